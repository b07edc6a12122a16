import { makeReport, type ReportCheck } from '../../core/report.js'
import type { BuiltinCheck } from '../builtin-contract.js'
import { computeCiTrend } from './compute.js'
import { gatherHistory, UNLOCK_ACTIONS } from './gather.js'
import {
  DEFAULT_SLO,
  DEFAULT_WINDOW,
  type CiTrendSettings,
  type JobSpec,
  type Slo
} from './model.js'

interface RawSettings {
  branch?: string
  event?: string
  window?: number
  max_requests?: number
  jobs?: JobSpec[]
  slo?: Partial<Slo>
}

/** ci-trend: are the jobs that guard our releases healthy enough to trust? */
export const runCiTrend: BuiltinCheck = async (ctx) => {
  const raw = (ctx.settings ?? {}) as RawSettings
  const settings: CiTrendSettings = {
    ...(raw.branch ? { branch: raw.branch } : {}),
    ...(raw.event ? { event: raw.event } : {}),
    window: raw.window ?? DEFAULT_WINDOW,
    jobs: raw.jobs ?? [],
    slo: { ...DEFAULT_SLO, ...raw.slo }
  }
  const report = (checks: ReportCheck[], facts?: unknown) =>
    makeReport({
      control: 'ci-trend',
      subject: ctx.subject,
      generatedAt: new Date(ctx.effectiveTime).toISOString(),
      generator: 'ci-trend',
      checks,
      ...(facts !== undefined ? { facts } : {})
    })
  if (settings.jobs.length === 0) {
    return report([
      {
        id: 'settings',
        status: 'failed',
        message: 'no critical jobs declared',
        remediation:
          'declare checks.ci-trend.jobs: [{ workflow: ci.yml, job: test }] in the policy file',
        location: { file: '.github/gonogo.yml' }
      }
    ])
  }
  const actions = ctx.facts.actions
  if (!actions) {
    return report([
      {
        id: 'history',
        status: 'unverified',
        message: 'no GitHub token, so the Actions history could not be read',
        unlock: `${UNLOCK_ACTIONS}; locally, set GITHUB_TOKEN and GITHUB_REPOSITORY`
      }
    ])
  }
  const workflows = [...new Set(settings.jobs.map((j) => j.workflow))].sort()
  const { history, requests, branch } = await gatherHistory(actions, {
    workflows,
    ...(settings.branch ? { branch: settings.branch } : {}),
    ...(settings.event ? { event: settings.event } : {}),
    window: settings.window,
    maxRequests: raw.max_requests ?? 1000,
    effectiveTime: ctx.effectiveTime,
    log: ctx.log
  })
  // GitHub also answers 404 when the token may not read Actions: a workflow whose file is still
  // in the repository was not deleted, so that is unverified, not failed.
  for (const w of history) {
    if (
      w.problem?.status === 'failed' &&
      (await ctx.facts.files.hasFile(`.github/workflows/${w.workflow}`))
    ) {
      w.problem = {
        status: 'unverified',
        message: `the API did not find ${w.workflow} although the file exists`,
        unlock: UNLOCK_ACTIONS
      }
    }
  }
  const result = computeCiTrend(settings, history)
  return report(result.checks, {
    branch,
    window: settings.window,
    requests,
    slo: settings.slo,
    overall: result.overall,
    jobs: result.jobs,
    runs: history.map((w) => ({
      workflow: w.workflow,
      ...(w.problem ? { problem: w.problem.message } : {}),
      runs: w.runs
    }))
  })
}
