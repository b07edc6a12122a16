/**
 * action-gate's incident step (issue 18), run after the decision: on a push to the default
 * branch it opens, updates or recovers the tracking issue and writes `incident-<number>.json`
 * next to the executive summary; on a pull request into the default branch it adds the freeze
 * blocker while an incident is open (and rewrites the summary files so they say what the step
 * decided). Nothing here fails the step: a token that may not read or write issues, a fork, an
 * API error become notes for the job summary.
 */
import path from 'node:path'
import { stableStringify } from '../core/canonical-json.js'
import { SUMMARY_JSON, SUMMARY_MD } from '../core/contracts.js'
import type { ExecutiveSummary } from '../core/decision.js'
import {
  assessPush,
  freezeBlocker,
  incidentRecordName,
  incidentSettings,
  withBlockers,
  type IncidentPush,
  type IncidentSettings
} from '../core/incidents.js'
import type { Policy } from '../core/policy.js'
import type { Report } from '../core/report.js'
import type { Deadline } from '../github/api-limits.js'
import { apiErrorText, statusOf } from '../github/status.js'
import type { RunnerContext } from '../github/runner-context.js'
import { writeAllOrNothing } from '../io/atomic-write.js'
import {
  duplicateComment,
  incidentBody,
  incidentTitle,
  recoveryComment,
  timelineComment
} from '../render/incident-markdown.js'
import { renderSummaryMarkdown } from '../render/summary-markdown.js'
import { JOB_SUMMARY_MAX_CHARS, type GateResult } from './run-gate.js'
import type { GitHubClient } from '../github/client.js'
import type { respondToPush as RespondToPushFn } from '../github/incidents.js'

type RespondToPush = typeof RespondToPushFn

/** The run's API limits, shared with every client it creates. */
export type ApiBudget = { timeoutMs: number; deadline: Deadline }

export interface IncidentStepInput {
  token: string
  ctx: RunnerContext
  result: GateResult
  api: ApiBudget
  /** The commit the gate judged. */
  sha: string
  blobBase: string
  log: (message: string) => void
}

export interface IncidentStepResult {
  /** The result to publish: with the freeze blocker and re-rendered Markdown when frozen. */
  result: GateResult
  /** For the job summary. */
  notes: string[]
  /** `incident-<number>.json`, when one was written. */
  recordPath?: string
}

/**
 * A merge queue's temporary branch, `gh-readonly-queue/<base>/pr-<number>-<sha>` (GitHub docs,
 * "Managing a merge queue": the `merge_group` event runs on it): the base branch and the pull
 * request it merges. Undefined for any other ref.
 */
export function mergeQueueRef(ref: string): { base: string; number: number } | undefined {
  const m = /^refs\/heads\/gh-readonly-queue\/(.+)\/pr-(\d{1,10})-[0-9a-f]{40,64}$/.exec(ref)
  return m ? { base: m[1] as string, number: Number(m[2]) } : undefined
}

/**
 * The incident step for this event. Off (no notes) when the policy has no `incidents:` or the
 * event is neither a push to, a pull request into, nor a merge queue's group for the default
 * branch. A merge group is frozen like the pull request it merges (a pull request whose gate
 * passed before the incident opened would otherwise merge through the queue).
 */
export async function incidentStep(i: IncidentStepInput): Promise<IncidentStepResult> {
  const { ctx, result } = i
  const same = { result, notes: [] as string[] }
  const isPush = ctx.eventName === 'push'
  const queued = ctx.eventName === 'merge_group' ? mergeQueueRef(ctx.ref) : undefined
  const isPull = ctx.pullRequest !== undefined || queued !== undefined
  if (!isPush && !isPull) return same
  // The gate read the policy once; the incident settings are part of it.
  const policy: Policy = result.policy
  const settings = incidentSettings(policy.incidents)
  if (!settings) return same
  const def = ctx.defaultBranch
  if (def === undefined)
    return {
      result,
      notes: ['Incidents were not checked: the event payload names no default branch.']
    }
  if (isPush && ctx.ref !== `refs/heads/${def}`) return same
  if (isPull && (queued ? queued.base : ctx.branch) !== def) return same
  if (!i.token)
    return {
      result,
      notes: [
        'Incidents were not checked: no token (pass `token`; a push needs `issues: write`, a pull request `issues: read`).'
      ]
    }
  try {
    const { createClient } = await import('../github/client.js')
    const gh = createClient(i.token, { baseUrl: ctx.apiUrl, log: i.log, ...i.api })
    const target = { owner: ctx.owner, repo: ctx.repo, label: settings.labels[0] as string }
    const { respondToPush, freezeFacts } = await import('../github/incidents.js')
    if (isPull) {
      if (!settings.freeze) return same
      const prNumber = queued ? queued.number : (ctx.pullRequest?.number as number)
      const facts = await freezeFacts(gh, target, prNumber)
      if (!facts.incident) return same
      const blocker = freezeBlocker(facts.incident, facts.labels, settings.fix_label)
      if (!blocker)
        return {
          result,
          notes: [
            `Incident #${facts.incident.number} is open; this pull request carries '${settings.fix_label}', so the freeze does not apply.`
          ]
        }
      return {
        result: await frozen(result, withBlockers(result.summary, [blocker], { noGo: true }), i),
        notes: []
      }
    }
    return await onPush(i, settings, policy, gh, target, respondToPush)
  } catch (e) {
    const status = statusOf(e)
    const rateLimited = await import('../github/incidents.js').then(
      (m) => m.isRateLimited(e),
      () => false
    )
    const why = rateLimited
      ? `the GitHub API rate limit was reached (HTTP ${status}: ${apiErrorText(e)}); the next run tries again`
      : status === 403 && ctx.pullRequest?.isFork
        ? 'this pull request comes from a fork and its token cannot read issues'
        : status === 403 || status === 404
          ? `the token may not ${isPush ? 'write' : 'read'} issues (grant \`issues: ${isPush ? 'write' : 'read'}\`)`
          : status !== undefined
            ? `the GitHub API answered ${status}: ${apiErrorText(e)}`
            : `the GitHub API could not be used: ${apiErrorText(e)}`
    i.log(`gonogo could not handle incidents: ${why}`)
    return { result, notes: [`Incidents were not handled: ${why}.`] }
  }
}

async function onPush(
  i: IncidentStepInput,
  settings: IncidentSettings,
  policy: Policy,
  gh: GitHubClient,
  target: { owner: string; repo: string; label: string },
  respondToPush: RespondToPush
): Promise<IncidentStepResult> {
  const { ctx, result } = i
  const s = result.summary
  const ciTrend: Report | undefined = result.builtinReports.find((r) => r.control === 'ci-trend')
  const assessment = assessPush(
    s,
    settings,
    policy.controls.map((c) => c.id),
    ciTrend
  )
  const runUrl = ctx.runId ? `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : null
  const push: IncidentPush = {
    sha: i.sha,
    decision: s.decision,
    at: s.effective_time,
    run_url: runUrl
  }
  const links = {
    commitUrl: `${ctx.serverUrl}/${ctx.repository}/commit/${i.sha}`,
    runUrl,
    blobBase: i.blobBase
  }
  const branch = ctx.defaultBranch ?? ctx.branch
  const out = await respondToPush(gh, {
    target,
    labels: settings.labels,
    assessment,
    push,
    opening: () => ({
      title: incidentTitle(assessment.first, branch),
      body: incidentBody(
        s,
        {
          opened_at: s.effective_time,
          first_control: assessment.first ?? null,
          reasons: assessment.reasons,
          push
        },
        links
      )
    }),
    timeline: (o) => timelineComment(s, push, assessment.first, links, o),
    recovery: (outcome) => recoveryComment(push, links, outcome),
    duplicate: (winner) => duplicateComment(winner)
  })
  if (!out.incident || !out.record) return { result, notes: [] }
  const [recordPath] = await writeAllOrNothing(path.dirname(result.summaryPath), [
    { name: incidentRecordName(out.incident.number), content: `${stableStringify(out.record)}\n` }
  ])
  const verb =
    out.action === 'open'
      ? 'opened'
      : out.action === 'update'
        ? out.reopened
          ? 'reopened (it was closed while the default branch was still failing) and updated'
          : 'updated'
        : out.closedByHand
          ? 'recovered (it had been closed by hand; the recovery is recorded on it)'
          : out.closed
            ? 'recovered and closed'
            : `recovered; labelled needs-postmortem until cause and corrective action are written`
  i.log(`incident #${out.incident.number} ${verb}: ${out.incident.url}`)
  return {
    result,
    notes: [`Incident #${out.incident.number} ${verb}: ${out.incident.url}`],
    ...(recordPath ? { recordPath } : {})
  }
}

/** The result with the frozen summary, its files rewritten all or nothing. */
async function frozen(
  result: GateResult,
  summary: ExecutiveSummary,
  i: IncidentStepInput
): Promise<GateResult> {
  const markdown = renderSummaryMarkdown(summary, {
    maxRows: Math.max(result.maxRows, 500),
    maxChars: JOB_SUMMARY_MAX_CHARS,
    blobBase: i.blobBase
  })
  const dir = path.dirname(result.summaryPath)
  await writeAllOrNothing(dir, [
    { name: SUMMARY_JSON, content: `${stableStringify(summary)}\n` },
    { name: SUMMARY_MD, content: markdown }
  ])
  return { ...result, summary, markdown }
}
