/**
 * The claim matrix: each claim of the policy (`claims:`, core/policy.ts `Claim`) graded from the
 * results of its controls, as the gate decision computed them (core/decision.ts
 * `ControlResult`). Pure; the same claims and results give the same matrix.
 *
 * ## How a control counts for its claim
 * - **proves**: outcome `passed`, or `accepted-unverified` (unverified, accepted on its
 *   `allow_unverified` evidence with nothing else failing);
 * - **weak**: outcome `conditional` (passed with only a conditional go), `waived` (failed, but
 *   under a live waiver), or status `unverified` not accepted;
 * - **fails**: status `failed`, `missing`, `invalid` or `stale` without a waiver, or a control
 *   the results do not hold at all (counted as `missing`).
 *
 * ## Grades (issue 17)
 * - **proven**: every control proves;
 * - **partial**: at least one control proves and none fails; the weak ones are named;
 * - **not-proven**: any control fails, or none proves.
 * With `require_ownership: true`, a claim with a control lacking an `owner` or a `runbook` is
 * at most partial (that control is listed in `failing`).
 *
 * ## Maturity levels
 * - **L0** nothing proves: not proven and no control of the claim passed;
 * - **L1** some evidence: not proven, though some control passed;
 * - **L2** partial;
 * - **L3** proven;
 * - **L4** proven and rehearsed: proven, and one of its controls is a rehearsal that passed
 *   within its window (the built-ins `rollback-drill`, a rollback exercised within
 *   `max_age_days` and its recovery objective, and `replay-determinism`, the build replayed).
 *   The rehearsal must have passed outright: an `accepted-unverified` one proves the claim (L3)
 *   but shows no rehearsal.
 * A level never rises when a failing control is added (the grade falls to not-proven: L0/L1).
 *
 * ## Blockers and their class
 * A Tier 0 claim that is not proven (partial or not-proven) is a blocker: high, and the decision
 * is no-go whatever the profile's `max_high` allows (core/decision.ts); Tier 1 and 2 claims
 * never block. A blocker's class is one of {@link BLOCKER_CLASSES}: the claim's `class:` when it
 * names one; else the first class, in the order of that list, among its `failing` controls,
 * where a control's class is: `runbook-ownership` when it is listed only for lacking an owner
 * or a runbook; else by its built-in check ({@link BUILTIN_CLASS}); else `release-corridor` for
 * the reports gonogo writes about the corridor itself (`branch-protection`, `required-checks`,
 * `promotion-<environment>`); else `unresolved-tier-0`.
 */
import type { BuiltinName } from './builtin-names.js'
import type { ControlResult, Outcome } from './decision.js'
import type { Claim } from './policy.js'
import type { ControlStatus } from './status.js'

/** The fixed list of blocker classes, in the order a claim's class is chosen. */
export const BLOCKER_CLASSES = [
  'release-corridor',
  'rollback',
  'provenance',
  'runbook-ownership',
  'determinism',
  'unresolved-tier-0'
] as const
export type BlockerClass = (typeof BLOCKER_CLASSES)[number]

export const CLAIM_GRADES = ['proven', 'partial', 'not-proven'] as const
export type ClaimGrade = (typeof CLAIM_GRADES)[number]

export const CLAIM_LEVELS = ['L0', 'L1', 'L2', 'L3', 'L4'] as const
export type ClaimLevel = (typeof CLAIM_LEVELS)[number]

/** The class of a failing control by the built-in check behind it. */
export const BUILTIN_CLASS: Readonly<Record<BuiltinName, BlockerClass>> = {
  'policy-bundle': 'release-corridor',
  'policy-freshness': 'release-corridor',
  'workflow-lint': 'release-corridor',
  'ci-trend': 'release-corridor',
  'provenance-coverage': 'provenance',
  'replay-determinism': 'determinism',
  'rollback-drill': 'rollback',
  incidents: 'release-corridor'
}

/** Built-ins whose pass is a rehearsal within its window (level L4). */
const REHEARSALS: ReadonlySet<string> = new Set<BuiltinName>([
  'rollback-drill',
  'replay-determinism'
])

/** One control as its claim sees it. */
export interface ClaimControl {
  id: string
  /** `missing` for a control the results do not hold. */
  status: ControlStatus
  /** null for a control the results do not hold. */
  outcome: Outcome | null
  /** How it counts: see the module comment. */
  counts: 'proves' | 'weak' | 'fails'
  /** With `require_ownership`: whether it lacks an owner or a runbook (else false). */
  unowned: boolean
}

export interface GradedClaim {
  id: string
  title: string
  tier: 0 | 1 | 2
  grade: ClaimGrade
  level: ClaimLevel
  /** In the claim's order. */
  controls: ClaimControl[]
  /** Controls keeping the claim from proven (weak, failing or unowned), in the claim's order. */
  failing: string[]
  /** A Tier 0 claim that is not proven. */
  blocker: boolean
  /** The blocker's class; null when the claim does not block. */
  blocker_class: BlockerClass | null
}

export interface ClaimMatrix {
  /** By tier, then id. */
  claims: GradedClaim[]
  /** Controls no claim names, sorted. */
  unclaimed_controls: string[]
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const GRADE_RANK: Readonly<Record<ClaimGrade, number>> = {
  'not-proven': 0,
  partial: 1,
  proven: 2
}

/** How one control result counts for a claim (see the module comment). */
export function countsAs(r: ControlResult | undefined): ClaimControl['counts'] {
  if (!r) return 'fails'
  if (r.outcome === 'passed' || r.outcome === 'accepted-unverified') return 'proves'
  if (r.outcome === 'conditional' || r.outcome === 'waived' || r.status === 'unverified')
    return 'weak'
  return 'fails'
}

/**
 * Why a control keeps its claim from proven, in a few words for the blocker reason and the
 * Markdown matrix: `waived`, `conditional go`, `unverified`, its status (`failed`, `missing`,
 * `invalid`, `stale`), with `no owner/runbook` added when it lacks either under
 * `require_ownership`; null for a control that proves and is owned.
 */
export function controlNote(c: ClaimControl): string | null {
  const why =
    c.counts === 'proves'
      ? null
      : c.outcome === 'waived'
        ? 'waived'
        : c.outcome === 'conditional'
          ? 'conditional go'
          : c.status
  const notes = [why, c.unowned ? 'no owner/runbook' : null].filter((n) => n !== null)
  return notes.length > 0 ? notes.join(', ') : null
}

/** The class of one failing control (see the module comment). */
function classOf(c: ClaimControl, r: ControlResult | undefined): BlockerClass {
  if (c.counts === 'proves' && c.unowned) return 'runbook-ownership'
  if (r?.evidence.kind === 'builtin' && Object.hasOwn(BUILTIN_CLASS, r.evidence.pattern))
    return BUILTIN_CLASS[r.evidence.pattern as BuiltinName]
  if (c.id === 'branch-protection' || c.id === 'required-checks' || c.id.startsWith('promotion-'))
    return 'release-corridor'
  return 'unresolved-tier-0'
}

/**
 * Grades every claim from the control results of one gate decision.
 *
 * @param claims `claims` of the policy (already checked: unique ids, declared controls)
 * @param controls `ExecutiveSummary.controls` of `decide` (core/decision.ts)
 * @returns the claims by tier then id, and the controls no claim names
 */
export function gradeClaims(
  claims: readonly Claim[],
  controls: readonly ControlResult[]
): ClaimMatrix {
  const results = new Map(controls.map((r) => [r.id, r]))
  const named = new Set(claims.flatMap((c) => c.controls))
  const graded = claims.map((claim) => gradeOne(claim, results))
  graded.sort((a, b) => a.tier - b.tier || byString(a.id, b.id))
  return {
    claims: graded,
    unclaimed_controls: controls
      .map((r) => r.id)
      .filter((id) => !named.has(id))
      .sort(byString)
  }
}

function gradeOne(claim: Claim, results: ReadonlyMap<string, ControlResult>): GradedClaim {
  const ownership = claim.require_ownership === true
  const controls: ClaimControl[] = claim.controls.map((id) => {
    const r = results.get(id)
    return {
      id,
      status: r?.status ?? 'missing',
      outcome: r?.outcome ?? null,
      counts: countsAs(r),
      unowned: ownership && (!r?.owner || !r.runbook)
    }
  })
  const proves = controls.filter((c) => c.counts === 'proves').length
  let grade: ClaimGrade =
    controls.length === 0 || controls.some((c) => c.counts === 'fails') || proves === 0
      ? 'not-proven'
      : proves === controls.length
        ? 'proven'
        : 'partial'
  if (controls.some((c) => c.unowned) && GRADE_RANK[grade] > GRADE_RANK.partial) grade = 'partial'
  const rehearsed = controls.some((c) => {
    const r = results.get(c.id)
    return (
      r?.outcome === 'passed' && r.evidence.kind === 'builtin' && REHEARSALS.has(r.evidence.pattern)
    )
  })
  const level: ClaimLevel =
    grade === 'proven'
      ? rehearsed
        ? 'L4'
        : 'L3'
      : grade === 'partial'
        ? 'L2'
        : proves > 0
          ? 'L1'
          : 'L0'
  const failingControls = controls.filter((c) => c.counts !== 'proves' || c.unowned)
  const blocker = claim.tier === 0 && grade !== 'proven'
  let blockerClass: BlockerClass | null = null
  if (blocker) {
    if (claim.class !== undefined) blockerClass = claim.class
    else {
      const found = new Set(failingControls.map((c) => classOf(c, results.get(c.id))))
      blockerClass = BLOCKER_CLASSES.find((k) => found.has(k)) ?? 'unresolved-tier-0'
    }
  }
  return {
    id: claim.id,
    title: claim.title,
    tier: claim.tier,
    grade,
    level,
    controls,
    failing: failingControls.map((c) => c.id),
    blocker,
    blocker_class: blockerClass
  }
}
