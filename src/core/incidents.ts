/**
 * Incident response on the default branch (issue 18), the pure half: when a push opens, updates
 * or recovers an incident, which control failed first, the freeze a pull request gains while an
 * incident is open, what the tracking issue's postmortem checklist says, and the incident record
 * (`incident-<number>.json`). The Markdown of the issue lives in render/incident-markdown.ts and
 * the GitHub I/O in github/incidents.ts.
 *
 * Source of the rules: the Production Readiness Playbook's incident section as issue 18 restates
 * it: a required control fails (the gate says no-go), a control marked as an incident trigger
 * fails, or the CI trend reports repeated SLO breaches; immediate actions are to freeze
 * non-essential merges, identify the first failing control, fix and re-run, and document cause
 * and corrective action.
 */
import { compareBlockers, decisionOf, type Blocker, type ExecutiveSummary } from './decision.js'
import type { Report } from './report.js'
import type { CountedSeverity, Decision } from './status.js'

/** What opens an incident on a push to the default branch. */
export type IncidentCause = 'no-go' | 'trigger'

/** `incidents:` in the policy file as written (schemas/gonogo.schema.json is the source of truth). */
export interface IncidentPolicy {
  on?: IncidentCause[]
  triggers?: string[]
  ci_trend_breaches?: number
  freeze?: boolean
  fix_label?: string
  labels?: string[]
}

/** `incidents:` with every default applied. */
export interface IncidentSettings {
  on: IncidentCause[]
  /** Control ids whose failure alone is an incident (when `on` has `trigger`). */
  triggers: string[]
  /** Consecutive breaching ci-trend windows that count as an incident; absent: never on its own. */
  ci_trend_breaches?: number
  /** While an incident is open, pull requests into the default branch are frozen. */
  freeze: boolean
  /** The label that exempts a pull request from the freeze. */
  fix_label: string
  /** Labels of the tracking issue; the first one is how the gate finds it again. */
  labels: string[]
}

/** Defaults of `incidents:` (issue 18's example). */
export const DEFAULT_INCIDENT_SETTINGS: Readonly<IncidentSettings> = {
  on: ['no-go', 'trigger'],
  triggers: [],
  freeze: true,
  fix_label: 'incident-fix',
  labels: ['gonogo-incident']
}

/** The label a recovered incident without its postmortem carries (and the freeze ignores). */
export const NEEDS_POSTMORTEM_LABEL = 'needs-postmortem'

/** `incidents:` with defaults; undefined when the policy has no `incidents:` (the feature is off). */
export function incidentSettings(raw: IncidentPolicy | undefined): IncidentSettings | undefined {
  if (raw === undefined) return undefined
  const d = DEFAULT_INCIDENT_SETTINGS
  return {
    on: [...new Set(raw.on ?? d.on)].sort(),
    triggers: [...(raw.triggers ?? d.triggers)],
    ...(raw.ci_trend_breaches !== undefined ? { ci_trend_breaches: raw.ci_trend_breaches } : {}),
    freeze: raw.freeze ?? d.freeze,
    fix_label: raw.fix_label ?? d.fix_label,
    labels: raw.labels && raw.labels.length > 0 ? [...raw.labels] : [...d.labels]
  }
}

// ------------------------------------------------------------------------------------------------
// Markers: hidden HTML comments the gate writes first in its issue and comments

/** Starts the body of every tracking issue the gate opens. */
export const INCIDENT_MARKER = '<!-- gonogo:incident -->'
/** Starts the postmortem checklist inside the issue body. */
export const POSTMORTEM_MARKER = '<!-- gonogo:postmortem -->'
/** Starts a timeline comment: `<!-- gonogo:incident-push {json} -->`. */
export const PUSH_MARKER_PREFIX = '<!-- gonogo:incident-push '
/** Starts the recovery comment: `<!-- gonogo:incident-recovered {json} -->`. */
export const RECOVERED_MARKER_PREFIX = '<!-- gonogo:incident-recovered '
/** Hidden data of the issue body: `<!-- gonogo:incident-data {json} -->`. */
export const DATA_MARKER_PREFIX = '<!-- gonogo:incident-data '

/**
 * Whether an issue body is one the gate wrote: a line that is exactly {@link INCIDENT_MARKER}
 * (spaces around it ignored) anywhere in it, so a person who writes above it, or whose editor
 * turns line ends into CRLF, does not make the gate lose its issue and open a second one. Who
 * wrote the issue and its label are checked by the caller (github/incidents.ts).
 */
export function isIncidentBody(body: string | null | undefined): boolean {
  if (!body) return false
  return body.split(/\r\n|\r|\n/).some((l) => l.trim() === INCIDENT_MARKER)
}

/**
 * Whether `labels` holds `name`. GitHub label names are unique regardless of case, and an issue
 * carries the repository's own spelling of a label ("Gonogo-Incident" when the policy says
 * `gonogo-incident`), so names are compared without case.
 */
export function hasLabel(labels: readonly string[], name: string): boolean {
  const n = name.toLowerCase()
  return labels.some((l) => l.toLowerCase() === n)
}

/** One push the incident saw: its commit, the decision, when (the gate's effective time). */
export interface IncidentPush {
  sha: string
  decision: Decision
  at: string
  run_url: string | null
}

/** A hidden JSON marker line; `>` and `-` are escaped so no text can end the HTML comment early. */
export function markerLine(prefix: string, data: unknown): string {
  const json = JSON.stringify(data).replace(/[<>-]/g, (c) =>
    c === '<' ? '\\u003c' : c === '>' ? '\\u003e' : '\\u002d'
  )
  return `${prefix}${json} -->`
}

/** The JSON of the first line `text` starts with when it is a `prefix` marker; undefined otherwise. */
export function readMarker(text: string, prefix: string): unknown {
  const lines = text.split(/\r?\n/)
  const line = lines.find((l) => l.startsWith(prefix))
  if (line === undefined || !line.endsWith(' -->')) return undefined
  try {
    return JSON.parse(line.slice(prefix.length, -' -->'.length)) as unknown
  } catch {
    return undefined
  }
}

/** A push record read back from a marker; undefined when its shape is wrong (never trusted half). */
export function asPush(v: unknown): IncidentPush | undefined {
  if (typeof v !== 'object' || v === null) return undefined
  const o = v as Record<string, unknown>
  if (typeof o.sha !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(o.sha)) return undefined
  if (o.decision !== 'go' && o.decision !== 'conditional-go' && o.decision !== 'no-go')
    return undefined
  if (typeof o.at !== 'string') return undefined
  return {
    sha: o.sha,
    decision: o.decision,
    at: o.at,
    run_url: typeof o.run_url === 'string' && /^https:\/\//.test(o.run_url) ? o.run_url : null
  }
}

// ------------------------------------------------------------------------------------------------
// What a push on the default branch means

/** The first failing control: the policy's id, its declared severity and why it failed. */
export interface FirstFailing {
  control: string
  severity: CountedSeverity
  reason: string
}

/** Why a push is an incident. */
export type IncidentReason =
  | { kind: 'no-go' }
  | { kind: 'trigger'; controls: string[] }
  | { kind: 'ci-trend'; windows: number }

export interface PushAssessment {
  /** Empty: the push is no incident. */
  reasons: IncidentReason[]
  /** Undefined only when nothing failed (then `reasons` is empty too, or ci-trend alone counts). */
  first: FirstFailing | undefined
  /** The gate passed (go or conditional-go) and no incident rule holds: an open incident recovers. */
  healthy: boolean
}

const RANK: Record<CountedSeverity, number> = { high: 0, medium: 1, low: 2 }

/**
 * The first failing control of a decision: among the controls that failed (outcome `failed` or
 * `waived`), the highest declared severity first, then the policy's order (`order`: control ids
 * as the policy lists them). `only` restricts the candidates (the trigger controls). When no
 * control failed, the first blocker (blockers are sorted by severity) stands for it; undefined
 * when there is none either.
 */
export function firstFailingControl(
  summary: ExecutiveSummary,
  order: readonly string[],
  only?: ReadonlySet<string>
): FirstFailing | undefined {
  const pos = new Map(order.map((id, i) => [id, i]))
  const failed = summary.controls
    .filter((c) => (c.outcome === 'failed' || c.outcome === 'waived') && (!only || only.has(c.id)))
    .sort(
      (a, b) =>
        RANK[a.severity] - RANK[b.severity] ||
        (pos.get(a.id) ?? order.length) - (pos.get(b.id) ?? order.length) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    )
  const c = failed[0]
  if (c) return { control: c.id, severity: c.severity, reason: c.message }
  if (only) return undefined
  const b = summary.blockers[0]
  return b ? { control: b.control, severity: b.severity, reason: b.reason } : undefined
}

/** One critical job's figures as ci-trend's report keeps them (`facts.jobs[]`). */
interface TrendJob {
  workflow: string
  job: string
  allowed: number
  /** Final outcome per run, oldest first. */
  outcomes: string[]
}

function trendJobs(report: Report): TrendJob[] | undefined {
  const facts = report.facts as { jobs?: unknown; slo?: unknown } | undefined
  if (!facts || !Array.isArray(facts.jobs)) return undefined
  const jobs: TrendJob[] = []
  for (const j of facts.jobs as unknown[]) {
    const o = j as Record<string, unknown> | null
    const budget = o?.budget as { allowed?: unknown } | undefined
    if (
      !o ||
      typeof o.workflow !== 'string' ||
      typeof o.job !== 'string' ||
      typeof budget?.allowed !== 'number' ||
      !Array.isArray(o.series)
    )
      return undefined
    jobs.push({
      workflow: o.workflow,
      job: o.job,
      allowed: budget.allowed,
      outcomes: (o.series as unknown[]).map((s) => {
        const outcome = (s as { outcome?: unknown } | null)?.outcome
        return typeof outcome === 'string' ? outcome : ''
      })
    })
  }
  return jobs
}

/**
 * Consecutive breaching windows in a ci-trend report, counted back from the newest run: window 0
 * is the report's own window; window k is the same window as it stood k runs earlier (the newest
 * k runs left out; the report holds no older runs, so earlier windows are shorter). A window
 * breaches when some critical job failed more often in it than its error budget allows
 * (`budget.allowed`) or its pass rate fell below the SLO's `min_pass_rate`. 0 when the report did
 * not fail or its facts cannot be read (fail closed: an unreadable trend opens nothing, and the
 * ci-trend control itself already fails or is unverified in the decision).
 */
export function ciTrendBreachWindows(report: Report | undefined): number {
  if (!report || report.status !== 'failed') return 0
  const jobs = trendJobs(report)
  if (!jobs || jobs.length === 0) return 0
  const slo = (report.facts as { slo?: { min_pass_rate?: unknown } }).slo
  const minPass = typeof slo?.min_pass_rate === 'number' ? slo.min_pass_rate : undefined
  const longest = Math.max(...jobs.map((j) => j.outcomes.length))
  let windows = 0
  for (let k = 0; k < longest; k++) {
    const breached = jobs.some((j) => {
      const w = j.outcomes.slice(0, Math.max(0, j.outcomes.length - k))
      const failed = w.filter((o) => o === 'failed').length
      const passed = w.filter((o) => o === 'passed').length
      if (failed > j.allowed) return true
      return (
        minPass !== undefined && passed + failed > 0 && (passed * 100) / (passed + failed) < minPass
      )
    })
    if (!breached) break
    windows++
  }
  return windows
}

/**
 * What a push to the default branch means for incidents: the reasons it is one (`settings.on`:
 * a no-go decision; a failing trigger control; ci-trend breaching `ci_trend_breaches` windows in
 * a row), the first failing control, and whether it is healthy (the gate passed and no rule
 * holds), which recovers an open incident. `order` is the policy's control ids in order.
 */
export function assessPush(
  summary: ExecutiveSummary,
  settings: IncidentSettings,
  order: readonly string[],
  ciTrend?: Report
): PushAssessment {
  const reasons: IncidentReason[] = []
  if (settings.on.includes('no-go') && summary.decision === 'no-go') reasons.push({ kind: 'no-go' })
  const triggers = new Set(settings.triggers)
  const firing = settings.on.includes('trigger')
    ? summary.controls
        .filter((c) => triggers.has(c.id) && (c.outcome === 'failed' || c.outcome === 'waived'))
        .map((c) => c.id)
        .sort()
    : []
  if (firing.length > 0) reasons.push({ kind: 'trigger', controls: firing })
  if (settings.ci_trend_breaches !== undefined) {
    const windows = ciTrendBreachWindows(ciTrend)
    if (windows >= settings.ci_trend_breaches) reasons.push({ kind: 'ci-trend', windows })
  }
  const first =
    (firing.length > 0 && !reasons.some((r) => r.kind === 'no-go')
      ? firstFailingControl(summary, order, new Set(firing))
      : undefined) ??
    firstFailingControl(summary, order) ??
    (reasons.some((r) => r.kind === 'ci-trend')
      ? { control: 'ci-trend', severity: 'high', reason: 'repeated SLO breaches of critical jobs' }
      : undefined)
  return { reasons, first, healthy: reasons.length === 0 && summary.status === 'passed' }
}

/** What the gate does with the tracking issue after a push. */
export type IncidentAction = 'open' | 'update' | 'recover' | 'none'

/** open: an incident and none open; update: an incident and one open; recover: healthy and one open. */
export function incidentAction(a: PushAssessment, hasOpen: boolean): IncidentAction {
  if (a.reasons.length > 0) return hasOpen ? 'update' : 'open'
  return hasOpen && a.healthy ? 'recover' : 'none'
}

// ------------------------------------------------------------------------------------------------
// The postmortem checklist

export interface Postmortem {
  cause: string | null
  corrective_action: string | null
}

/**
 * A postmortem item: an optional list bullet (`-`, `*`, `+` or `1.`), an optional checkbox, the
 * label `Cause` or `Corrective action(s)` (optionally bold or italic), a colon, and the text.
 */
const ITEM =
  /^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\[[ xX]\]\s*)?[*_]{0,3}\s*(cause|corrective[ -]actions?)\s*[*_]{0,3}\s*:\s*[*_]{0,3}(.*)$/i
const NEXT_ITEM = /^\s*((?:[-*+]|\d{1,3}[.)])\s+\[[ xX]\]|#{1,6}\s|<!-- gonogo:)/
const POSTMORTEM_HEADING = /^\s*#{1,6}\s*postmortem\s*$/im

/**
 * Text that stands in for an answer without being one: a placeholder, punctuation or emphasis
 * markers only. Such an item is not written (a recovery does not close the incident for it).
 */
const PLACEHOLDER =
  /^(?:tbd|tba|todo|fixme|xxx|n\/?a|none|unknown|pending|later|\?+|\.{2,}|…|[-–—_*~`#>.:\s]*)$/i

/**
 * Cause and corrective action as written in the issue body's checklist (after
 * {@link POSTMORTEM_MARKER}, else after a `### Postmortem` heading when a person removed the
 * marker): `- [ ] Cause: …` and `- [ ] Corrective action: …` (a bullet without checkbox, a
 * numbered item, a bold or italic label and a plural "actions" are read too), each item's text
 * running on to the next item or heading. HTML comments (the placeholders) are removed; an item
 * left empty or holding only a placeholder (`TBD`, `TODO`, `n/a`, `…`, `-`, emphasis markers) is
 * null. Without the marker or the heading nothing counts as written.
 */
export function readPostmortem(body: string | null | undefined): Postmortem {
  const out: Postmortem = { cause: null, corrective_action: null }
  if (!body) return out
  let at = body.indexOf(POSTMORTEM_MARKER)
  if (at >= 0) at += POSTMORTEM_MARKER.length
  else {
    const h = POSTMORTEM_HEADING.exec(body)
    if (!h) return out
    at = h.index + h[0].length
  }
  const lines = body.slice(at).split(/\r\n|\r|\n/)
  for (let i = 0; i < lines.length; i++) {
    const m = ITEM.exec(lines[i] ?? '')
    if (!m) continue
    const parts = [m[2] ?? '']
    while (
      i + 1 < lines.length &&
      !NEXT_ITEM.test(lines[i + 1] ?? '') &&
      !ITEM.test(lines[i + 1] ?? '')
    )
      parts.push(lines[++i] ?? '')
    const text = parts
      .join('\n')
      .replace(/<!--[\s\S]*?(-->|$)/g, '')
      .trim()
    const key = (m[1] ?? '').toLowerCase() === 'cause' ? 'cause' : 'corrective_action'
    if (text !== '' && !PLACEHOLDER.test(text) && out[key] === null) out[key] = text
  }
  return out
}

/** Both cause and corrective action are written. */
export function postmortemFilled(p: Postmortem): boolean {
  return p.cause !== null && p.corrective_action !== null
}

// ------------------------------------------------------------------------------------------------
// The freeze

/** The control id of the freeze blocker (no policy control has it: ids are the policy's own). */
export const FREEZE_CONTROL = 'incident-freeze'

/** An open incident as the freeze names it. */
export interface OpenIncidentRef {
  number: number
  url: string
}

/**
 * The blocker a pull request into the default branch gains while incident #N is open (issue 18:
 * "merges frozen by incident #N", high), unless it carries `fixLabel` (compared without case,
 * {@link hasLabel}); undefined when exempt.
 * The incident's URL is the blocker's runbook, so the PR comment links it.
 */
export function freezeBlocker(
  incident: OpenIncidentRef,
  prLabels: readonly string[],
  fixLabel: string
): Blocker | undefined {
  if (hasLabel(prLabels, fixLabel)) return undefined
  return {
    control: FREEZE_CONTROL,
    severity: 'high',
    kind: 'failed',
    reason: `merges frozen by incident #${incident.number}: the default branch is failing; only a pull request labelled '${fixLabel}' may merge until the incident recovers`,
    owner: null,
    runbook: incident.url
  }
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The summary with `extra` blockers added and the decision derived again by core/decision.ts's own
 * rule (`compareBlockers`, `decisionOf`): blockers sorted, counts of high/medium/low, no-go past
 * the profile's maxima, conditional-go with any blocker, `status` failed on no-go. Adding
 * blockers never makes a decision better: a no-go stays no-go (core/decision.ts also says no-go
 * for reasons the counts do not show, such as an unproven Tier 0 claim). `o.noGo`: the decision
 * is no-go whatever the profile allows (the freeze: issue 18, "while open, the gate on pull
 * requests says no-go"). Controls and everything else are unchanged. Pure.
 */
export function withBlockers(
  summary: ExecutiveSummary,
  extra: readonly Blocker[],
  o: { noGo?: boolean } = {}
): ExecutiveSummary {
  if (extra.length === 0) return summary
  const blockers = [...summary.blockers, ...extra].sort(compareBlockers)
  const { decision, high, medium, low } = decisionOf(
    blockers,
    summary.profile,
    o.noGo === true || summary.decision === 'no-go'
  )
  return {
    ...summary,
    decision,
    status: decision === 'no-go' ? 'failed' : 'passed',
    counts: { ...summary.counts, high, medium, low },
    blockers
  }
}

// ------------------------------------------------------------------------------------------------
// The incident record

/** Contract of `incident-<number>.json`. */
export const INCIDENT_CONTRACT = 'gonogo.incident/v1'

/** The data the gate keeps hidden in the issue body when it opens it. */
export interface IncidentOpening {
  opened_at: string
  first_control: FirstFailing | null
  reasons: IncidentReason[]
  push: IncidentPush
}

function isSeverity(x: unknown): x is CountedSeverity {
  return x === 'high' || x === 'medium' || x === 'low'
}

/** Reads the issue body's hidden data back; undefined when absent or malformed. */
export function readOpening(body: string | null | undefined): IncidentOpening | undefined {
  const v = readMarker(body ?? '', DATA_MARKER_PREFIX) as Record<string, unknown> | undefined
  if (!v || typeof v !== 'object' || typeof v.opened_at !== 'string') return undefined
  const push = asPush(v.push)
  if (!push) return undefined
  const f = v.first_control as Record<string, unknown> | null | undefined
  const severity: unknown = f?.severity
  const first =
    f && typeof f.control === 'string' && isSeverity(severity) && typeof f.reason === 'string'
      ? { control: f.control, severity, reason: f.reason }
      : null
  return {
    opened_at: v.opened_at,
    first_control: first,
    reasons: Array.isArray(v.reasons) ? (v.reasons as IncidentReason[]) : [],
    push
  }
}

/** `incident-<number>.json`. */
export interface IncidentRecord {
  contract: typeof INCIDENT_CONTRACT
  number: number
  url: string
  state: 'open' | 'closed'
  opened_at: string
  first_control: FirstFailing | null
  /** Failing pushes, oldest first, each commit once. */
  commits: IncidentPush[]
  recovered: IncidentPush | null
  cause: string | null
  corrective_action: string | null
}

/** The file name of an incident's record, next to the executive summary. */
export function incidentRecordName(number: number): string {
  return `incident-${number}.json`
}

/**
 * The incident record from what the issue holds: its opening data, the pushes of the gate's own
 * timeline comments and its recovery comment, and the postmortem in its body. Commits are kept
 * once each (the first time seen), ordered by time then sha, so the same issue gives the same
 * record.
 */
export function incidentRecord(o: {
  number: number
  url: string
  state: 'open' | 'closed'
  body: string | null
  createdAt: string
  pushes: readonly IncidentPush[]
  recovered: IncidentPush | null
}): IncidentRecord {
  const opening = readOpening(o.body)
  const seen = new Map<string, IncidentPush>()
  for (const p of [...(opening ? [opening.push] : []), ...o.pushes].sort(
    (a, b) => byString(a.at, b.at) || byString(a.sha, b.sha)
  ))
    if (!seen.has(p.sha)) seen.set(p.sha, p)
  const pm = readPostmortem(o.body)
  return {
    contract: INCIDENT_CONTRACT,
    number: o.number,
    url: o.url,
    state: o.state,
    opened_at: opening?.opened_at ?? o.createdAt,
    first_control: opening?.first_control ?? null,
    commits: [...seen.values()],
    recovered: o.recovered,
    cause: pm.cause,
    corrective_action: pm.corrective_action
  }
}

// ------------------------------------------------------------------------------------------------
// Owners

const USER_HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:_[A-Za-z0-9]{1,20})?$/
const TEAM_HANDLE =
  /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/

/**
 * The owner as a mention when it is exactly a GitHub user (`@login`: letters, digits and single
 * inner hyphens, at most 39, optionally followed by an Enterprise Managed User's `_shortcode`) or
 * team (`@org/team-slug`) handle; undefined otherwise (the caller escapes it: an email, a name,
 * several handles in one string, a bot). Source: GitHub's username rules and team mention syntax
 * (https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax#mentioning-people-and-teams).
 */
export function ownerMention(owner: string | null): string | undefined {
  if (owner === null) return undefined
  const t = owner.trim()
  return USER_HANDLE.test(t) || TEAM_HANDLE.test(t) ? t : undefined
}
