import { DAY_MS, parseRfc3339 } from './time.js'
import type { Severity } from './status.js'
import type { BuiltinName } from './builtin-names.js'
import type { BlockerClass } from './claims.js'
import type { IncidentPolicy } from './incidents.js'
import { checkOrgSection, type OrgSection } from './org-policy.js'

/** The policy file after schema validation (`schemas/gonogo.schema.json` is the source of truth). */
export interface Policy {
  version: 1
  profiles?: Record<string, Profile>
  select_profile?: ProfileRule[]
  controls: Control[]
  /** What the controls prove together, graded by core/claims.ts; absent: no claim matrix. */
  claims?: Claim[]
  waivers?: Waiver[]
  branches?: Record<string, BranchPolicy>
  /** Organisation scale: per-repository overrides of `branches` (core/org-policy.ts). */
  org?: OrgSection
  environments?: Record<string, EnvironmentPolicy>
  /** Incident response on the default branch (core/incidents.ts); absent: off. */
  incidents?: IncidentPolicy
  /** Settings of the built-in checks, each validated by schemas/checks/<name>.schema.json. */
  checks?: Partial<Record<BuiltinSourceName, unknown>>
  comment?: { max_rows?: number }
  limits?: { max_report_bytes?: number; max_files_per_source?: number }
}

/** The protection wanted on a branch (`branches.<pattern>` in the policy file). */
export interface BranchPolicy {
  required_checks?: (string | { context: string; app_id?: number })[]
  strict?: boolean
  min_approvals?: number
  dismiss_stale_reviews?: boolean
  require_code_owner_review?: boolean
  require_last_push_approval?: boolean
  require_conversation_resolution?: boolean
  require_linear_history?: boolean
  block_force_pushes?: boolean
  block_deletions?: boolean
  require_signed_commits?: boolean
  bypass_allowed?: { type: string; id?: number; name?: string }[]
}

/** One stop of the promotion corridor (`environments.<name>` in the policy file). */
export interface EnvironmentPolicy {
  /** The environment whose current bundle this one takes. */
  from?: string
  /** May a bundle that runs nowhere yet come here (default: no `from`). */
  fresh?: boolean
  /** The weakest gate decision accepted. */
  requires: 'go' | 'conditional-go'
  /** Reviewers the environment's required-reviewers rule must name. */
  reviewers?: number
  prevent_self_review?: boolean
}

/** Whether an environment takes bundles that run nowhere yet. */
export function takesFresh(env: EnvironmentPolicy): boolean {
  return env.fresh ?? env.from === undefined
}

export interface Profile {
  max_high: number
  max_medium: number
  description?: string
}

export interface ProfileRule {
  event?: string
  branch?: string
  profile: string
}

export type SourceKind = 'report' | 'junit' | 'sarif' | 'builtin'
export type Source =
  { report: string } | { junit: string } | { sarif: string } | { builtin: BuiltinSourceName }

/** A built-in check's name, as `source: { builtin: <name> }` gives it (see core/builtin-names.ts). */
export type BuiltinSourceName = BuiltinName

export interface Control {
  id: string
  description?: string
  source?: Source
  severity: Severity
  owner?: string
  runbook?: string
  allow_unverified?: { evidence: string }
}

/**
 * A promise the controls back together (`claims[]` in the policy file), graded from their
 * results by `gradeClaims` (core/claims.ts). Tier 0 must be proven for a release; tiers 1 and 2
 * are graded and listed.
 */
export interface Claim {
  id: string
  title: string
  tier: 0 | 1 | 2
  /** Ids of declared controls (checked by {@link checkPolicyReferences}). */
  controls: string[]
  /** Controls without an owner or a runbook cap the claim at partial. */
  require_ownership?: boolean
  /** The blocker class when it blocks; derived from its failing controls when absent. */
  class?: BlockerClass
}

export interface Waiver {
  control: string
  owner: string
  reason: string
  mitigation?: string
  link?: string
  expires: string
}

/** Used when the file declares no profiles: nothing failed may pass. */
export const DEFAULT_PROFILES: Readonly<Record<string, Profile>> = {
  strict: { max_high: 0, max_medium: 0 }
}

export interface Limits {
  max_report_bytes: number
  max_files_per_source: number
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  max_report_bytes: 50 * 1024 * 1024,
  max_files_per_source: 20000
}

/** A problem found in a valid-shaped policy: `path` is a JSON path into the document. */
export interface PolicyProblem {
  path: (string | number)[]
  message: string
}

/** Resolves a control's source, defaulting to `<reports>/<id>.json` when none is declared. */
export function sourceOf(
  control: Control,
  reportsDir: string
): { kind: SourceKind; pattern: string } {
  const s = control.source
  if (!s) return { kind: 'report', pattern: `${reportsDir.replace(/\/+$/, '')}/${control.id}.json` }
  if ('junit' in s) return { kind: 'junit', pattern: s.junit }
  if ('sarif' in s) return { kind: 'sarif', pattern: s.sarif }
  if ('builtin' in s) return { kind: 'builtin', pattern: s.builtin }
  return { kind: 'report', pattern: s.report }
}

/** Names listed in one message at most; the rest are counted. */
const MAX_LISTED = 20

/** `a, b, c` — at most {@link MAX_LISTED} names, then how many more. */
function listed(names: readonly string[]): string {
  const shown = names.slice(0, MAX_LISTED).join(', ')
  return names.length > MAX_LISTED ? `${shown} and ${names.length - MAX_LISTED} more` : shown
}

/**
 * Cross-references the schema cannot express: unique ids, known profiles, waivers of real
 * controls, a corridor of environments without loops. Linear in the policy's size; each message
 * lists at most 20 names.
 */
export function checkPolicyReferences(policy: Policy): PolicyProblem[] {
  const problems: PolicyProblem[] = []
  const seen = new Map<string, number>()
  policy.controls.forEach((c, i) => {
    const first = seen.get(c.id)
    if (first !== undefined) {
      problems.push({
        path: ['controls', i, 'id'],
        message: `duplicate control id '${c.id}' (first declared at controls[${first}]); ids must be unique`
      })
    } else seen.set(c.id, i)
  })
  const profiles = Object.keys(policy.profiles ?? DEFAULT_PROFILES)
  const profileSet = new Set(profiles)
  ;(policy.select_profile ?? []).forEach((rule, i) => {
    if (!profileSet.has(rule.profile)) {
      problems.push({
        path: ['select_profile', i, 'profile'],
        message: `unknown profile '${rule.profile}'; declared profiles: ${listed(profiles)}`
      })
    }
  })
  let controlIds: string | undefined
  ;(policy.waivers ?? []).forEach((w, i) => {
    if (!seen.has(w.control)) {
      controlIds ??= listed([...seen.keys()].sort())
      problems.push({
        path: ['waivers', i, 'control'],
        message: `waiver for unknown control '${w.control}'; declared controls: ${controlIds}`
      })
    }
    if (Number.isNaN(waiverExpiry(w.expires))) {
      problems.push({
        path: ['waivers', i, 'expires'],
        message: `'${w.expires}' is not a real date`
      })
    }
  })
  problems.push(...checkEnvironments(policy.environments ?? {}))
  problems.push(...checkClaims(policy.claims ?? [], seen))
  ;(policy.incidents?.triggers ?? []).forEach((id, i) => {
    if (seen.has(id)) return
    controlIds ??= listed([...seen.keys()].sort())
    problems.push({
      path: ['incidents', 'triggers', i],
      message: `incident trigger names unknown control '${id}'; declared controls: ${controlIds}`
    })
  })
  problems.push(...checkIncidentLabels(policy.incidents))
  problems.push(...checkOrgSection(policy))
  return problems
}

/**
 * The incident labels cannot be the gate's own `needs-postmortem` (the mark of a recovered
 * incident) nor the fix label (the mark of a pull request exempt from the freeze); GitHub compares
 * label names without case, so these do too.
 */
function checkIncidentLabels(incidents: Policy['incidents']): PolicyProblem[] {
  const problems: PolicyProblem[] = []
  const labels = (incidents?.labels ?? []).map((l) => l.toLowerCase())
  labels.forEach((l, i) => {
    if (l === 'needs-postmortem')
      problems.push({
        path: ['incidents', 'labels', i],
        message:
          "'needs-postmortem' is the label the gate gives a recovered incident without its postmortem; choose another label"
      })
  })
  const fix = incidents?.fix_label?.toLowerCase()
  if (fix !== undefined && labels.includes(fix))
    problems.push({
      path: ['incidents', 'fix_label'],
      message: `the fix label '${incidents?.fix_label ?? ''}' is also an incident label; a pull request carrying it would look like an incident: choose another`
    })
  return problems
}

/**
 * Claim ids are unique and every control a claim names is declared (`controls` maps declared
 * ids to their index). Each problem's path points at the offending id.
 */
function checkClaims(
  claims: readonly Claim[],
  controls: ReadonlyMap<string, number>
): PolicyProblem[] {
  const problems: PolicyProblem[] = []
  const seen = new Map<string, number>()
  let declared: string | undefined
  claims.forEach((claim, i) => {
    const first = seen.get(claim.id)
    if (first !== undefined) {
      problems.push({
        path: ['claims', i, 'id'],
        message: `duplicate claim id '${claim.id}' (first declared at claims[${first}]); ids must be unique`
      })
    } else seen.set(claim.id, i)
    if (controls.has(claim.id))
      problems.push({
        path: ['claims', i, 'id'],
        message: `claim id '${claim.id}' is also a control id, so the blocker register could not tell them apart; use another id (for example T0.1)`
      })
    const named = new Set<string>()
    claim.controls.forEach((id, j) => {
      if (named.has(id)) {
        problems.push({
          path: ['claims', i, 'controls', j],
          message: `claim '${claim.id}' names control '${id}' twice; name each control once`
        })
        return
      }
      named.add(id)
      if (controls.has(id)) return
      declared ??= listed([...controls.keys()].sort())
      problems.push({
        path: ['claims', i, 'controls', j],
        message: `claim '${claim.id}' names unknown control '${id}'; declared controls: ${declared}`
      })
    })
  })
  return problems
}

/**
 * Every `from` names a declared environment, no corridor loops, and every stop can be reached.
 * Each `from` chain is followed once: a stop already known to reach the start of the corridor (or
 * to end at an unknown name) is not walked again, so the cost is linear in the environments.
 */
function checkEnvironments(envs: Record<string, EnvironmentPolicy>): PolicyProblem[] {
  const problems: PolicyProblem[] = []
  const names = Object.keys(envs)
  /** Stops whose chain is known to end without a loop (at a start, or at an unknown name). */
  const ends = new Set<string>()
  for (const [name, env] of Object.entries(envs)) {
    if (env.from === undefined) {
      if (env.fresh === false) {
        problems.push({
          path: ['environments', name, 'fresh'],
          message: `environment '${name}' has no 'from' and takes no fresh bundle, so nothing can ever reach it`
        })
      }
      continue
    }
    if (!Object.hasOwn(envs, env.from)) {
      problems.push({
        path: ['environments', name, 'from'],
        message: `unknown environment '${env.from}'; declared environments: ${names.join(', ')}`
      })
      continue
    }
    const seen = [name]
    const onPath = new Set(seen)
    let at: string | undefined = env.from
    let loops = false
    while (at !== undefined && Object.hasOwn(envs, at) && !ends.has(at)) {
      if (onPath.has(at)) {
        const shown = [...seen, at]
        problems.push({
          path: ['environments', name, 'from'],
          message: `the corridor loops: ${shown.length > MAX_LISTED ? [...shown.slice(0, MAX_LISTED - 1), '…', at].join(' ← ') : shown.join(' ← ')}`
        })
        loops = true
        break
      }
      seen.push(at)
      onPath.add(at)
      at = envs[at]?.from
    }
    if (!loops) for (const s of seen) ends.add(s)
  }
  return problems
}

/**
 * The instant a waiver stops applying. A bare date is valid through the end of that day in UTC;
 * a date-time is exact. NaN for an impossible date such as 2026-02-30.
 */
export function waiverExpiry(expires: string): number {
  const t = parseRfc3339(expires)
  return expires.length === 10 ? t + DAY_MS : t
}
