/**
 * Per-repository overrides of the organisation policy (issue 19: "the org policy lives in one
 * file … with per-repository overrides; `branches:` as today"). Pure: the policy file's `org:`
 * section is read by io/policy-file.ts (schema `org`, `orgOverride`, `branchOverride`,
 * `repositoryGlob` in schemas/gonogo.schema.json) and checked here beyond the schema.
 *
 * ```yaml
 * branches:
 *   main: { required_checks: [test], min_approvals: 2, block_force_pushes: true }
 * org:
 *   overrides:
 *     - id: legacy
 *       repositories: ['legacy-*', 'old-api']
 *       branches:
 *         main: { min_approvals: 1, required_checks: null }
 *     - id: trunk
 *       repositories: ['mono']
 *       branches:
 *         trunk: { min_approvals: 2 }
 * ```
 *
 * The precedence rule, for one repository OWNER/NAME:
 * 1. `branches:` of the policy applies to every repository.
 * 2. Every override with a `repositories` glob matching NAME (the name without the owner,
 *    compared without case, as GitHub compares repository names) applies, in file order, so a
 *    later override wins over an earlier one for what both set.
 * 3. Within an override, a `branches` key already in effect keeps its place and gets the
 *    override's settings one by one: a setting given replaces the one in effect (lists are
 *    replaced whole, not appended to), `null` removes it (that setting is no longer verified), a
 *    setting not given stays.
 * 4. A key K not yet in effect starts from the settings of the entry that verify-rules would
 *    pick, among the keys in effect, for a branch named K (core/branch-entry.ts branchEntryFor:
 *    the exact key, else the first key in order whose glob matches; for a glob K its text is
 *    matched as the name, so `'*'` or `'**'` in effect covers `release-*`), and gets the
 *    override's settings on a copy of them as in rule 3; when no key in effect matches, it starts
 *    from nothing. So with `branches: { '*': {required_checks: [test], min_approvals: 2} }` an
 *    override `main: { min_approvals: 1 }` verifies `main` for `required_checks: [test]` and
 *    `min_approvals: 1`: only what the override gives changes. K is added before the keys in
 *    effect, so it is tried before the organisation's globs (an exact branch name is always tried
 *    first).
 *
 * Repository globs are matched by core/name-glob.ts in linear time (a name chosen by whoever may
 * create a repository cannot make a plan or shard hang); a glob outside its language is refused
 * when the policy is loaded, at its line and column.
 */
import { branchEntryFor } from './branch-entry.js'
import { compileNameGlobs, nameGlobProblem } from './name-glob.js'
import type { BranchPolicy, Policy, PolicyProblem } from './policy.js'

/** A `branches:` entry of an override: a setting, or `null` to remove the one in effect. */
export type BranchOverride = { [K in keyof BranchPolicy]?: BranchPolicy[K] | null }

/** One entry of `org.overrides`. */
export interface OrgOverride {
  /** Unique among the overrides; the org report names it for every repository it applies to. */
  id: string
  description?: string
  /** Repository name globs (core/name-glob.ts: without the owner, no case). */
  repositories: string[]
  branches: Record<string, BranchOverride>
}

/** The policy file's `org:` section. */
export interface OrgSection {
  overrides?: OrgOverride[]
}

/** The policy one repository is verified against, and the ids of the overrides in it. */
export interface EffectivePolicy {
  /** The policy as given when no override applies (the same object), else a copy. */
  policy: Policy
  /** Ids of the overrides that apply, in file order; empty when none. */
  applied: string[]
}

/** Compiled matchers per policy object: a shard asks once per repository. */
const matchers = new WeakMap<Policy, ((name: string) => boolean)[]>()

function matchersOf(policy: Policy): ((name: string) => boolean)[] {
  const known = matchers.get(policy)
  if (known) return known
  // A glob checkOrgSection refused never gets here (the policy is not loaded); one that does
  // anyway (a policy built in code) matches nothing rather than throwing.
  const made = (policy.org?.overrides ?? []).map((o) => {
    try {
      return compileNameGlobs(o.repositories)
    } catch {
      return () => false
    }
  })
  matchers.set(policy, made)
  return made
}

/** NAME of OWNER/NAME (the whole text when there is no `/`). */
function nameOf(repository: string): string {
  const slash = repository.indexOf('/')
  return slash >= 0 ? repository.slice(slash + 1) : repository
}

/**
 * The policy one repository is verified against: `branches:` with every matching override
 * applied in file order (see the precedence rule at the top of this module). Every other part of
 * the policy is unchanged. Deterministic; never throws for a policy the schema accepted.
 *
 * @param repository OWNER/NAME as the plan or GITHUB_REPOSITORY gives it
 */
export function effectivePolicy(policy: Policy, repository: string): EffectivePolicy {
  const all = policy.org?.overrides ?? []
  if (all.length === 0 || !policy.branches) return { policy, applied: [] }
  const name = nameOf(repository)
  const m = matchersOf(policy)
  let branches: Record<string, BranchPolicy> = policy.branches
  const applied: string[] = []
  all.forEach((o, i) => {
    if (m[i]?.(name) !== true) return
    branches = applyOverride(branches, o.branches)
    applied.push(o.id)
  })
  return applied.length === 0 ? { policy, applied } : { policy: { ...policy, branches }, applied }
}

/** `branches` with one override's entries applied (rules 3 and 4); new objects, inputs untouched. */
function applyOverride(
  branches: Readonly<Record<string, BranchPolicy>>,
  override: Readonly<Record<string, BranchOverride>>
): Record<string, BranchPolicy> {
  const merge = (base: BranchPolicy | undefined, o: BranchOverride): BranchPolicy => {
    const out = new Map<string, unknown>(Object.entries(base ?? {}))
    for (const [k, v] of Object.entries(o)) {
      if (v === null) out.delete(k)
      else if (v !== undefined) out.set(k, v)
    }
    return Object.fromEntries(out)
  }
  const added: [string, BranchPolicy][] = []
  const kept: [string, BranchPolicy][] = Object.entries(branches).map(([k, v]) => [
    k,
    Object.hasOwn(override, k) ? merge(v, override[k] as BranchOverride) : v
  ])
  for (const [k, v] of Object.entries(override))
    if (!Object.hasOwn(branches, k)) added.push([k, merge(branchEntryFor(branches, k)?.policy, v)])
  // Object.fromEntries defines own data properties: a key `__proto__` stays a key.
  return Object.fromEntries([...added, ...kept])
}

/**
 * What the schema cannot say about `org:` (called by checkPolicyReferences, so each problem is
 * reported at its line and column): the section needs `branches:` (every repository starts from
 * it), override ids are unique, and every repository glob is in the language of
 * core/name-glob.ts (brackets and braces balanced — an unbalanced `[` or `{` would be read
 * literally and silently match nothing —, no range in braces, no `{…}` without `,`).
 */
export function checkOrgSection(policy: Policy): PolicyProblem[] {
  const org = policy.org
  if (org === undefined) return []
  const problems: PolicyProblem[] = []
  if (!policy.branches)
    problems.push({
      path: ['org'],
      message:
        'its overrides change branches:, which this policy does not declare; add branches: (the protection every repository starts from)'
    })
  const seen = new Map<string, number>()
  ;(org.overrides ?? []).forEach((o, i) => {
    const first = seen.get(o.id)
    if (first !== undefined)
      problems.push({
        path: ['org', 'overrides', i, 'id'],
        message: `duplicate override id '${o.id}' (first declared at org.overrides[${first}]); ids must be unique`
      })
    else seen.set(o.id, i)
    o.repositories.forEach((glob, j) => {
      const why = nameGlobProblem(glob)
      if (why !== undefined)
        problems.push({
          path: ['org', 'overrides', i, 'repositories', j],
          message: `'${glob}' is not a usable repository name glob: ${why}`
        })
    })
  })
  return problems
}

/** An override that matches no repository of a plan: worth a warning, never silent. */
export interface UnmatchedOverride {
  index: number
  id: string
  message: string
}

/**
 * The overrides that match none of `repositories` (a plan's), in file order, each with a warning
 * naming it and its globs: a misspelt glob would otherwise leave the repositories it meant under
 * the organisation's rules without a word.
 *
 * @param repositories OWNER/NAME of every repository the plan covers
 */
export function unmatchedOverrides(
  policy: Policy,
  repositories: readonly string[]
): UnmatchedOverride[] {
  const all = policy.org?.overrides ?? []
  const m = matchersOf(policy)
  const names = repositories.map(nameOf)
  const out: UnmatchedOverride[] = []
  all.forEach((o, index) => {
    const match = m[index]
    if (match && names.some((n) => match(n))) return
    out.push({
      index,
      id: o.id,
      message: `org.overrides[${index}] '${o.id}' matches no repository of the plan (repositories: ${o.repositories.join(', ')}); check the globs, or remove the override`
    })
  })
  return out
}

/** Largest number of override ids read back per repository (the schema's maxItems). */
const MAX_APPLIED = 1000
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

/**
 * The overrides a shard applied (`overrides` of its shard.json: OWNER/NAME → ids), read back
 * for the repositories of the plan's shard only; anything that is not a list of override ids is
 * left out (the row then names no override). Never throws.
 */
export function appliedFromShard(
  doc: unknown,
  repositories: readonly string[]
): Map<string, string[]> {
  const out = new Map<string, string[]>()
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return out
  const rec = doc as Record<string, unknown>
  for (const full of repositories) {
    if (!Object.hasOwn(rec, full)) continue
    const ids = rec[full]
    if (
      Array.isArray(ids) &&
      ids.length > 0 &&
      ids.length <= MAX_APPLIED &&
      ids.every((x) => typeof x === 'string' && ID.test(x))
    )
      out.set(full, [...new Set(ids as string[])])
  }
  return out
}
