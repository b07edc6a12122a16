import { stableStringify } from './canonical-json.js'
import { SUMMARY_CONTRACT, GENERATOR_NAME, GENERATOR_VERSION } from './contracts.js'
import type { Evidence, Finding, InputDigest } from './evidence.js'
import { DAY_MS } from './time.js'
import { visibleLine } from './visible-text.js'
import { waiverExpiry, type Control, type Waiver } from './policy.js'
import type { SelectedProfile } from './profile.js'
import {
  controlNote,
  gradeClaims,
  type BlockerClass,
  type ClaimMatrix,
  type GradedClaim
} from './claims.js'
import type { Claim } from './policy.js'
import {
  isFailing,
  type ControlStatus,
  type CountedSeverity,
  type Decision,
  type Severity
} from './status.js'

export const WAIVER_WARNING_DAYS = 7

export interface Subject {
  repository: string
  sha: string
  ref: string
  event: string
}

export interface GateInput {
  controls: readonly Control[]
  waivers: readonly Waiver[]
  profile: SelectedProfile
  /** Milliseconds since the epoch; the only clock the decision sees. */
  effectiveTime: number
  subject: Subject
  /** Evidence for every control, by id. A control without an entry is missing. */
  evidence: ReadonlyMap<string, Evidence>
  /** Whether each `allow_unverified.evidence` file exists, by control id. */
  unverifiedEvidence: ReadonlyMap<string, boolean>
  /** Reports found in the reports folder that no control reads. */
  unclaimedReports?: readonly string[]
  /** What a replay needs to decide again (written as `inputs`); absent for an unlogged decision. */
  inputs?: GateInputs
  /** The policy's claims (issue 17): graded into the summary's claim matrix when there are any. */
  claims?: readonly Claim[]
}

/** A file the gate read: workspace-relative POSIX path, size in bytes, SHA-256 (hex). */
export interface InputFile {
  path: string
  size: number
  sha256: string
}

/**
 * How a replay obtains a built-in check's report again: `files` — the check read nothing but
 * files, so it is run again on the bundled copies; `report` — it read git history, ran commands,
 * called the API or wrote a file, so the report it wrote is judged again as it was.
 */
export type BuiltinReplay = 'files' | 'report'

export interface BuiltinInput {
  name: string
  replay: BuiltinReplay
  /** The commit the check was run for (HEAD when the gate had no --sha). */
  sha: string
  /** SHA-256 (hex) of `report-<name>.json` exactly as the gate wrote it. */
  report_sha256: string
  /** The files the check read, sorted (also in `files`). */
  files: string[]
  /** The facts other than files it used (`git`, `processes`, `actions`, `files.writeOutput`…), sorted: why it replays from its report. */
  other_facts: string[]
}

/**
 * The gate's own inputs, recorded in the executive summary so that `gonogo bundle verify
 * --replay` can decide again from a bundle alone (issue 16): the policy file, the reports
 * folder, the branch and profile override that selected the profile, how each built-in is
 * replayed, and every file read with its digest. Together with `effective_time` and `subject`
 * this is everything the decision depends on.
 */
export interface GateInputs {
  policy: InputFile
  /** Reports folder, workspace-relative (its unclaimed reports are listed). */
  reports: string
  branch: string
  profile_override: string | null
  builtins: BuiltinInput[]
  /** Every file read (policy, sources, `allow_unverified` evidence, unclaimed reports, built-ins' reads), sorted by path, each once. */
  files: InputFile[]
  /**
   * Files the gate matched but could not read (a link out of the workspace, not a regular file,
   * over the size limit, unreadable), with the reason and message: not in the bundle, they read
   * as refused again in a replay. Absent when there is none.
   */
  unread?: { path: string; reason: string; message: string }[]
}

export type WaiverState = 'active' | 'expiring' | 'expired'

export interface WaiverView {
  owner: string
  reason: string
  mitigation: string | null
  link: string | null
  expires: string
  state: WaiverState
}

/** How a control ends up in the decision. */
export type Outcome = 'passed' | 'conditional' | 'accepted-unverified' | 'failed' | 'waived'

export interface ControlResult {
  id: string
  severity: Severity
  status: ControlStatus
  outcome: Outcome
  /** Severity the failure counts with after any waiver; null when it does not fail. */
  counted_severity: CountedSeverity | null
  message: string
  evidence: {
    kind: string
    pattern: string
    files: string[]
    summary: Record<string, number>
    /** Each file read for the control with its SHA-256: control → the bytes it rested on. */
    inputs?: InputDigest[]
  }
  waiver: WaiverView | null
  owner: string | null
  runbook: string | null
  findings: Finding[]
  findings_omitted: number
}

export type BlockerKind = ControlStatus | 'expired-waiver' | 'conditional-go' | 'unproven-claim'

export interface Blocker {
  /** The control; for an `unproven-claim` blocker, the claim's id. */
  control: string
  /** For an `unproven-claim` blocker: its class (core/claims.ts BLOCKER_CLASSES). */
  class?: BlockerClass
  severity: CountedSeverity
  kind: BlockerKind
  reason: string
  owner: string | null
  runbook: string | null
}

export interface Warning {
  control: string
  kind: 'waiver-expiring' | 'unverified-accepted' | 'waiver-unused'
  message: string
}

export interface ExecutiveSummary {
  contract: typeof SUMMARY_CONTRACT
  generator: { name: string; version: string }
  decision: Decision
  status: 'passed' | 'failed'
  profile: SelectedProfile
  effective_time: string
  subject: Subject
  counts: {
    controls: number
    passed: number
    /** Controls whose source passed with only a conditional go (counted as low). */
    conditional: number
    failed: number
    waived: number
    accepted_unverified: number
    high: number
    medium: number
    low: number
    by_status: Record<ControlStatus, number>
  }
  controls: ControlResult[]
  blockers: Blocker[]
  warnings: Warning[]
  unclaimed_reports: string[]
  /** Present when the gate logged its reads (every run of `runGate`); see {@link GateInputs}. */
  inputs?: GateInputs
  /** The claim matrix (policy `claims:`), by tier; absent without claims. */
  claims?: ClaimMatrix
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const SEVERITY_RANK: Record<CountedSeverity, number> = { high: 0, medium: 1, low: 2 }

/** The order of `ExecutiveSummary.blockers`: severity (high first), control, kind, reason. */
export function compareBlockers(a: Blocker, b: Blocker): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    byString(a.control, b.control) ||
    byString(a.kind, b.kind) ||
    byString(a.reason, b.reason)
  )
}

/**
 * The decision from the blockers and the profile: no-go when `forceNoGo` (an unproven Tier 0
 * claim, the incident freeze) or past the profile's `max_high`/`max_medium`; conditional-go with
 * any blocker; go otherwise. Also the high/medium/low counts it was derived from.
 */
export function decisionOf(
  blockers: readonly Blocker[],
  profile: { max_high: number; max_medium: number },
  forceNoGo: boolean
): { decision: Decision; high: number; medium: number; low: number } {
  const count = (s: CountedSeverity): number => blockers.filter((b) => b.severity === s).length
  const high = count('high')
  const medium = count('medium')
  const low = count('low')
  const decision: Decision =
    forceNoGo || high > profile.max_high || medium > profile.max_medium
      ? 'no-go'
      : high + medium + low > 0
        ? 'conditional-go'
        : 'go'
  return { decision, high, medium, low }
}

function lower(s: Severity): CountedSeverity {
  return s === 'high' ? 'medium' : 'low'
}

function waiverView(w: Waiver, state: WaiverState): WaiverView {
  return {
    owner: w.owner,
    reason: w.reason,
    mitigation: w.mitigation ?? null,
    link: w.link ?? null,
    expires: w.expires,
    state
  }
}

function waiverState(w: Waiver, now: number): WaiverState {
  const end = waiverExpiry(w.expires)
  if (!(now < end)) return 'expired'
  return end - now <= WAIVER_WARNING_DAYS * DAY_MS ? 'expiring' : 'active'
}

function missingEvidence(control: Control, pattern: string): Evidence {
  return {
    status: 'missing',
    message: `no evidence was gathered for control '${control.id}'`,
    kind: 'report',
    pattern,
    files: [],
    findings: [],
    findingsOmitted: 0,
    summary: {}
  }
}

/** Controls named in an `unproven-claim` reason; the rest are counted (all: `claims`). */
const REASON_CONTROLS = 20

/**
 * The reason of a Tier 0 claim's blocker: its title, grade and level, and each control keeping
 * it from proven with why (`controlNote`, core/claims.ts), the first {@link REASON_CONTROLS}.
 */
function unprovenReason(g: GradedClaim): string {
  const why: string[] = []
  for (const c of g.controls) {
    const note = controlNote(c)
    if (note !== null) why.push(`${c.id} (${note})`)
  }
  const listed =
    why.length === 0
      ? 'no control proves it'
      : `not proven by ${why.slice(0, REASON_CONTROLS).join(', ')}${why.length > REASON_CONTROLS ? `, … and ${why.length - REASON_CONTROLS} more (claims in executive-summary.json)` : ''}`
  return `Tier 0 claim '${visibleLine(g.title)}' is ${g.grade} (${g.level}): ${listed}; a Tier 0 claim not proven is no-go whatever the profile allows`
}

/**
 * The gate decision: a pure function of its input. The output is sorted throughout, so it does
 * not depend on the order of controls, waivers or files. With `claims`, each is graded
 * (core/claims.ts) and a Tier 0 claim not proven is a high `unproven-claim` blocker that makes
 * the decision no-go whatever the profile's `max_high` (issue 17).
 */
export function decide(input: GateInput): ExecutiveSummary {
  const now = input.effectiveTime
  const controls = [...input.controls].sort((a, b) => byString(a.id, b.id))
  const evidenceOf = (c: Control): Evidence => input.evidence.get(c.id) ?? missingEvidence(c, '')

  // unverified is acceptable only with allow_unverified, its evidence present, and nothing else failing.
  // A source may itself refuse acceptance (the Playbook's §2.4 for the older scripts' reports).
  const acceptableUnverified = (c: Control): boolean =>
    c.allow_unverified !== undefined &&
    input.unverifiedEvidence.get(c.id) === true &&
    evidenceOf(c).refuseUnverified === undefined
  // An expired waiver is itself a high blocker, so its control counts as failing too.
  const expiredWaiverIds = new Set(
    input.waivers.filter((w) => waiverState(w, now) === 'expired').map((w) => w.control)
  )
  const failingIds = new Set(
    controls
      .filter((c) => {
        const s = evidenceOf(c).status
        return (
          isFailing(s) ||
          (s === 'unverified' && !acceptableUnverified(c)) ||
          expiredWaiverIds.has(c.id)
        )
      })
      .map((c) => c.id)
  )

  const waiversByControl = new Map<string, { w: Waiver; state: WaiverState }[]>()
  // Ordered by expiry, so the live waiver applied is the one that lasts longest.
  for (const w of [...input.waivers].sort(
    (a, b) =>
      byString(a.control, b.control) ||
      waiverExpiry(a.expires) - waiverExpiry(b.expires) ||
      byString(a.owner, b.owner) ||
      byString(a.reason, b.reason) ||
      byString(stableStringify(a), stableStringify(b))
  )) {
    const list = waiversByControl.get(w.control) ?? []
    list.push({ w, state: waiverState(w, now) })
    waiversByControl.set(w.control, list)
  }

  const results: ControlResult[] = []
  const blockers: Blocker[] = []
  const warnings: Warning[] = []

  for (const c of controls) {
    const ev = evidenceOf(c)
    const owner = c.owner ?? null
    const runbook = c.runbook ?? null
    const waivers = waiversByControl.get(c.id) ?? []
    const live = waivers.filter((x) => x.state !== 'expired')
    const applied = live.length > 0 ? live[live.length - 1] : undefined

    for (const x of waivers) {
      if (x.state === 'expired') {
        blockers.push({
          control: c.id,
          severity: 'high',
          kind: 'expired-waiver',
          reason: `waiver by ${visibleLine(x.w.owner)} expired on ${visibleLine(x.w.expires)}: renew it with a new expiry or remove it`,
          owner,
          runbook
        })
      } else if (x.state === 'expiring') {
        warnings.push({
          control: c.id,
          kind: 'waiver-expiring',
          message: `waiver by ${visibleLine(x.w.owner)} expires on ${visibleLine(x.w.expires)} (within ${WAIVER_WARNING_DAYS} days)`
        })
      }
    }

    let outcome: Outcome = 'passed'
    let counted: CountedSeverity | null = null
    let message = ev.message
    if (ev.status === 'unverified' && acceptableUnverified(c)) {
      const others = [...failingIds].filter((id) => id !== c.id)
      if (others.length === 0) {
        outcome = 'accepted-unverified'
        warnings.push({
          control: c.id,
          kind: 'unverified-accepted',
          message: `unverified, accepted on the manual evidence in ${c.allow_unverified?.evidence ?? ''}`
        })
      } else {
        outcome = 'failed'
        message = `${ev.message}; unverified is accepted only when no other control fails (failing: ${others.join(', ')})`
      }
    } else if (ev.status === 'unverified') {
      outcome = 'failed'
      message = !c.allow_unverified
        ? ev.refuseUnverified
          ? ev.message
          : `${ev.message}; this control does not allow unverified (declare allow_unverified with evidence)`
        : ev.refuseUnverified
          ? `${ev.message}; so allow_unverified cannot accept it`
          : `${ev.message}; the evidence file ${c.allow_unverified.evidence} for accepting unverified is missing`
    } else if (isFailing(ev.status)) {
      outcome = 'failed'
    } else if (ev.status === 'passed' && ev.conditional) {
      // The source itself decided only a conditional go (the older release gate's
      // conditional-go): a low blocker keeps this decision conditional, never go.
      outcome = 'conditional'
      counted = 'low'
      blockers.push({
        control: c.id,
        severity: 'low',
        kind: 'conditional-go',
        reason: ev.conditional,
        owner,
        runbook
      })
    }

    if (outcome === 'failed') {
      counted = applied ? lower(c.severity) : c.severity
      if (applied) outcome = 'waived'
      blockers.push({
        control: c.id,
        severity: counted,
        kind: ev.status,
        reason: applied
          ? `${message} (waived by ${visibleLine(applied.w.owner)} until ${visibleLine(applied.w.expires)}: ${visibleLine(applied.w.reason)})`
          : message,
        owner,
        runbook
      })
    } else if (applied) {
      warnings.push({
        control: c.id,
        kind: 'waiver-unused',
        message: `waiver by ${visibleLine(applied.w.owner)} is not needed: the control does not fail; remove it when it is no longer wanted`
      })
    }

    results.push({
      id: c.id,
      severity: c.severity,
      status: ev.status,
      outcome,
      counted_severity: counted,
      message,
      evidence: {
        kind: ev.kind,
        pattern: ev.pattern,
        files: ev.files,
        summary: ev.summary,
        ...(ev.inputs ? { inputs: ev.inputs } : {})
      },
      waiver: applied ? waiverView(applied.w, applied.state) : null,
      owner,
      runbook,
      findings: ev.findings,
      findings_omitted: ev.findingsOmitted
    })
  }

  // A Tier 0 claim that is not proven blocks the release whatever the profile allows (issue 17:
  // "Tier 0 must be proven and blocker-free for a release"); tiers 1 and 2 are graded only.
  const matrix =
    input.claims && input.claims.length > 0 ? gradeClaims(input.claims, results) : undefined
  let unprovenTier0 = 0
  for (const g of matrix?.claims ?? []) {
    if (!g.blocker) continue
    unprovenTier0 += 1
    blockers.push({
      control: g.id,
      class: g.blocker_class ?? 'unresolved-tier-0',
      severity: 'high',
      kind: 'unproven-claim',
      reason: unprovenReason(g),
      owner: null,
      runbook: null
    })
  }

  blockers.sort(compareBlockers)
  warnings.sort(
    (a, b) =>
      byString(a.control, b.control) || byString(a.kind, b.kind) || byString(a.message, b.message)
  )

  const { decision, high, medium, low } = decisionOf(blockers, input.profile, unprovenTier0 > 0)

  const byStatus = {
    passed: 0,
    failed: 0,
    unverified: 0,
    missing: 0,
    invalid: 0,
    stale: 0
  } satisfies Record<ControlStatus, number>
  for (const r of results) byStatus[r.status] += 1

  return {
    contract: SUMMARY_CONTRACT,
    generator: { name: GENERATOR_NAME, version: GENERATOR_VERSION },
    decision,
    status: decision === 'no-go' ? 'failed' : 'passed',
    profile: input.profile,
    effective_time: new Date(now).toISOString(),
    subject: input.subject,
    counts: {
      controls: results.length,
      passed: results.filter((r) => r.outcome === 'passed').length,
      conditional: results.filter((r) => r.outcome === 'conditional').length,
      failed: results.filter((r) => r.outcome === 'failed').length,
      waived: results.filter((r) => r.outcome === 'waived').length,
      accepted_unverified: results.filter((r) => r.outcome === 'accepted-unverified').length,
      high,
      medium,
      low,
      by_status: byStatus
    },
    controls: results,
    blockers,
    warnings,
    unclaimed_reports: [...(input.unclaimedReports ?? [])].sort(byString),
    ...(matrix ? { claims: matrix } : {}),
    ...(input.inputs ? { inputs: input.inputs } : {})
  }
}
