import { ISSUES_READ_PERMISSION, ISSUES_READ_UNLOCK } from '../../core/facts-runtime.js'
import { makeReport, type ReportCheck } from '../../core/report.js'
import type { BuiltinCheck } from '../builtin-contract.js'
import { incidentsInScope, judgeIncidents, previousRelease } from './judge.js'
import { incidentsCheckSettings } from './settings.js'

/**
 * incidents: is every incident since the previous release closed with its cause and corrective
 * action written down? Reads the incident issues and releases through `ctx.facts.incidents` only;
 * unverified, naming `issues: read`, when they cannot be read.
 */
export const runIncidents: BuiltinCheck = async (ctx) => {
  const settings = incidentsCheckSettings(ctx.settings, ctx.policy)
  const report = (checks: ReportCheck[], facts?: unknown) =>
    makeReport({
      control: 'incidents',
      subject: ctx.subject,
      generatedAt: new Date(ctx.effectiveTime).toISOString(),
      generator: 'incidents',
      checks,
      ...(facts !== undefined ? { facts } : {})
    })
  const history = ctx.facts.incidents
  if (!history) {
    return report([
      {
        id: 'history',
        status: 'unverified',
        message: 'no GitHub token, so the incident issues could not be read',
        unlock: `${ISSUES_READ_UNLOCK}; locally, set GITHUB_TOKEN and GITHUB_REPOSITORY`
      }
    ])
  }
  const answer = await history.read({ label: settings.label })
  if (!answer.ok) {
    return report(
      [
        {
          id: 'history',
          status: 'unverified',
          message: `the incident issues could not be read: ${answer.reason}`,
          unlock: answer.unlock
        }
      ],
      { permission: answer.permission ?? ISSUES_READ_PERMISSION }
    )
  }
  const currentTag = ctx.subject.ref.startsWith('refs/tags/')
    ? ctx.subject.ref.slice('refs/tags/'.length)
    : undefined
  const since = previousRelease(answer.releases, {
    effectiveTime: ctx.effectiveTime,
    ...(currentTag !== undefined ? { currentTag } : {}),
    includePrereleases: settings.includePrereleases
  })
  const scope = incidentsInScope(answer.issues, since, ctx.effectiveTime)
  return report(judgeIncidents(scope, since), {
    label: settings.label,
    label_from: settings.labelFrom,
    previous_release: since ?? null,
    incidents: scope.map((i) => ({
      number: i.number,
      url: i.url,
      state: i.state,
      created_at: i.created_at,
      closed_at: i.closed_at
    }))
  })
}
