/**
 * The incidents release control (issue 18), pure: every incident since the previous release must
 * be closed with its cause and corrective action written down. Source: the Production Readiness
 * Playbook's incident section (document cause and corrective action) as issue 18 states the
 * control: failed when an incident since the previous release tag is still open or lacks cause
 * and corrective action; passed otherwise.
 */
import type { IncidentIssue, ReleaseFact } from '../../core/facts-runtime.js'
import { readPostmortem } from '../../core/incidents.js'
import type { ReportCheck } from '../../core/report.js'

/** The release the judged incidents are counted from. */
export interface PreviousRelease {
  tag: string
  published_at: string
}

/**
 * The previous release: the newest published, non-draft release (prereleases only with
 * `includePrereleases`) published at or before `effectiveTime` whose tag is not `currentTag` (the
 * tag being released, when the gate runs for one). Undefined when there is none.
 */
export function previousRelease(
  releases: readonly ReleaseFact[],
  o: { effectiveTime: number; currentTag?: string; includePrereleases: boolean }
): PreviousRelease | undefined {
  const eligible = releases
    .filter(
      (r) =>
        !r.draft &&
        (o.includePrereleases || !r.prerelease) &&
        r.tag !== o.currentTag &&
        Date.parse(r.published_at) <= o.effectiveTime
    )
    .sort(
      (a, b) => Date.parse(b.published_at) - Date.parse(a.published_at) || (a.tag < b.tag ? -1 : 1)
    )
  const r = eligible[0]
  return r ? { tag: r.tag, published_at: r.published_at } : undefined
}

/**
 * The judged incidents: those open at some time since the previous release: opened after it,
 * still open, or closed after it (an incident open when the previous release was cut escaped no
 * judgement by being closed later without its postmortem). Duplicates the gate closed are left
 * out, and so are issues opened after `effectiveTime`. A time that does not parse counts as within
 * the scope (fail closed: an unreadable date never hides an incident from judgement).
 */
export function incidentsInScope(
  issues: readonly IncidentIssue[],
  since: PreviousRelease | undefined,
  effectiveTime: number
): IncidentIssue[] {
  const from = since ? Date.parse(since.published_at) : -Infinity
  const after = (t: string | null): boolean => t !== null && !(Date.parse(t) <= from)
  return issues
    .filter((i) => i.state_reason !== 'duplicate')
    .filter((i) => !(Date.parse(i.created_at) > effectiveTime))
    .filter((i) => i.state === 'open' || after(i.created_at) || after(i.closed_at))
    .sort((a, b) => a.number - b.number)
}

/**
 * One check per incident in scope (`incident-<number>`): failed while open, failed when closed
 * without cause or corrective action (read from the issue's postmortem checklist), passed when
 * closed with both. With none in scope, one passed check says so.
 */
export function judgeIncidents(
  issues: readonly IncidentIssue[],
  since: PreviousRelease | undefined
): ReportCheck[] {
  const scope = since
    ? `since release ${since.tag} (${since.published_at})`
    : 'ever (no release yet)'
  if (issues.length === 0)
    return [{ id: 'incidents', status: 'passed', message: `no incident ${scope}` }]
  return issues.map((i): ReportCheck => {
    const pm = readPostmortem(i.body)
    const missing = [
      ...(pm.cause === null ? ['cause'] : []),
      ...(pm.corrective_action === null ? ['corrective action'] : [])
    ]
    const id = `incident-${i.number}`
    if (i.state === 'open')
      return {
        id,
        status: 'failed',
        message: `incident #${i.number} (opened ${i.created_at}) is still open${missing.length > 0 ? ` and lacks its ${missing.join(' and ')}` : ''}`,
        remediation: `recover the default branch, write the cause and corrective action in ${i.url}, and close it`,
        observed: { state: 'open', missing }
      }
    if (missing.length > 0)
      return {
        id,
        status: 'failed',
        message: `incident #${i.number} was closed without its ${missing.join(' and ')}`,
        remediation: `fill in the postmortem checklist of ${i.url} (Cause: …, Corrective action: …)`,
        observed: { state: 'closed', missing }
      }
    return {
      id,
      status: 'passed',
      message: `incident #${i.number} is closed with cause and corrective action`,
      observed: { state: 'closed', missing: [] }
    }
  })
}
