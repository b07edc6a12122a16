/**
 * Organisation scale (issue 19), the pure half: which repositories a plan covers, how they are
 * split into shards of balanced expected request cost, and how the shards' verify-rules reports
 * merge into one organisation report (table repository × setting, totals, worst first), its
 * Markdown and a SARIF log for code scanning. No I/O: the listing, the per-shard verification and
 * the artifacts live in io/ and github/.
 */
import { createHash } from 'node:crypto'
import { stableStringify } from './canonical-json.js'
import { compileNameGlobs } from './name-glob.js'
import type { Report, ReportCheck } from './report.js'
import type { ReportStatus } from './status.js'

/** A repository as the organisation listing gives it (GET /orgs/{org}/repos). */
export interface OrgRepo {
  /** OWNER/NAME */
  full_name: string
  archived: boolean
  visibility: 'public' | 'private' | 'internal'
  topics: readonly string[]
  default_branch: string
}

/** Which repositories a plan covers; every filter must hold. */
export interface PlanFilters {
  /** Any of these topics (GitHub's topic names, lower case). */
  topics?: readonly string[]
  visibility?: readonly OrgRepo['visibility'][]
  /**
   * NAME globs (core/name-glob.ts, matched in linear time without case; the repository name
   * without the owner) a repository must match.
   */
  include?: readonly string[]
  /** NAME globs that leave a repository out (after include). */
  exclude?: readonly string[]
  /** Archived repositories are left out unless this is true (they cannot change). */
  includeArchived?: boolean
}

/**
 * An organisation login as GitHub allows it: letters, digits and single hyphens, not at either
 * end, at most 39 characters.
 */
export function isOrganisationName(s: string): boolean {
  return /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(s)
}

/**
 * OWNER/NAME as GitHub allows it (the owner: letters, digits and `-`, not first, at most 39;
 * the name: letters, digits, `-`, `_`, `.`, at most 100
 * characters and neither `.` nor `..`): a name that is safe as a folder name under a shard's
 * output (no path can climb out of it) and as Markdown code.
 */
export function isRepositoryName(full: string): boolean {
  const m = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9_.-]{1,100})$/.exec(full)
  return m !== null && m[2] !== '.' && m[2] !== '..'
}

/** One share of the plan: the repositories one matrix job verifies. */
export interface Shard {
  /** 0-based, also the matrix value. */
  index: number
  /** OWNER/NAME, sorted. */
  repositories: string[]
  /** Sum of the expected requests of its repositories. */
  cost: number
  /**
   * OWNER/NAME → default branch, as the organisation's listing gave it (GET /orgs/{org}/repos,
   * `default_branch`): a shard job reads neither GET /repos/{owner}/{repo} nor the branch list
   * for them. Keys are among `repositories`; a repository missing here is read. Absent in plans
   * of earlier versions.
   */
  default_branches?: Record<string, string>
}

/** Longest default branch name a plan may carry (git allows longer; GitHub's refs are bounded). */
const MAX_BRANCH_NAME_LENGTH = 255

/**
 * A default branch name a plan may carry, as the API is asked with it: not empty, at most
 * {@link MAX_BRANCH_NAME_LENGTH} characters, no control character (C0 or DEL).
 */
export function isPlanBranchName(b: unknown): b is string {
  if (typeof b !== 'string' || b.length === 0 || b.length > MAX_BRANCH_NAME_LENGTH) return false
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i)
    if (c <= 0x1f || c === 0x7f) return false
  }
  return true
}

/**
 * The requests one repository's verify-rules is expected to cost when no earlier run measured it:
 * the repository, the default branch's classic protection and its rules
 * (GET /repos/{o}/{r}/rules/branches/{branch}), the rulesets list, the workflows listing and a few
 * workflow files (for the check names). A measured figure from the previous organisation report
 * (`requests` of its row) replaces it in {@link planShards}.
 */
export const DEFAULT_REPO_REQUESTS = 9

/**
 * The most requests one repository may be planned at: 15,000, the largest primary rate limit an
 * installation token gets in an hour (GitHub Enterprise Cloud; 12,500 elsewhere, 5,000 for
 * GITHUB_TOKEN — docs: "Rate limits for the REST API", primary rate limit for GitHub App
 * installations). A repository measured above it could not be verified within one hour's budget
 * whatever the sharding, so a larger figure says nothing more; bounding it keeps every shard's
 * cost a finite whole number (at most 15,000 × the repositories, far below 2^53 even at 100,000
 * repositories), so the plan file holds the number, never `null` for an Infinity.
 */
export const MAX_REPO_REQUESTS = 15_000

/**
 * A measured cost as a plan uses it: a finite number above 0 rounded up and capped at
 * {@link MAX_REPO_REQUESTS}; anything else (NaN, ±Infinity, 0, negative, not a number) is not a
 * measurement and gives undefined.
 */
function planCost(c: unknown): number | undefined {
  if (typeof c !== 'number' || !Number.isFinite(c) || c <= 0) return undefined
  return Math.min(Math.ceil(c), MAX_REPO_REQUESTS)
}

/**
 * The repositories a plan covers, sorted by full name (case-insensitive, then exact): archived
 * ones left out unless `includeArchived`, then topics, visibility, include and exclude globs.
 * The globs are matched in linear time (core/name-glob.ts), so no repository name makes the plan
 * hang.
 *
 * @throws RangeError naming an include or exclude glob outside core/name-glob.ts's language
 */
export function selectRepos(repos: readonly OrgRepo[], f: PlanFilters = {}): OrgRepo[] {
  const include = f.include?.length ? compileNameGlobs(f.include) : null
  const exclude = f.exclude?.length ? compileNameGlobs(f.exclude) : null
  const topics = f.topics?.length ? new Set(f.topics.map((t) => t.toLowerCase())) : null
  const visibility = f.visibility?.length ? new Set(f.visibility) : null
  const seen = new Set<string>()
  const out: OrgRepo[] = []
  for (const r of repos) {
    const key = r.full_name.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    const name = r.full_name.split('/')[1] ?? r.full_name
    if (r.archived && !f.includeArchived) continue
    if (topics && !r.topics.some((t) => topics.has(t.toLowerCase()))) continue
    if (visibility && !visibility.has(r.visibility)) continue
    if (include && !include(name)) continue
    if (exclude && exclude(name)) continue
    out.push(r)
  }
  return out.sort((a, b) => byName(a.full_name, b.full_name))
}

/**
 * Splits repositories into `count` shards of balanced expected cost, deterministically: the same
 * list gives the same shards whatever its order. Longest-processing-time-first (Graham 1969):
 * repositories by cost, highest first (ties by name), each to the shard with the least cost so
 * far (ties: the lowest index); no shard is more than one repository's cost above the lightest.
 * Fewer repositories than shards gives fewer shards (no empty matrix job). Each shard carries
 * its repositories' default branches from the listing (`default_branches`; a name that
 * {@link isPlanBranchName} refuses is left out, so that repository's shard reads it). A
 * repository listed twice (names compare case-insensitively, as GitHub's do) is planned once.
 *
 * @param count shards wanted, 1–256 (GitHub's matrix limit is 256 jobs)
 * @param costs requests each repository took in an earlier run (OWNER/NAME → requests), taken
 *   through {@link planCost} (rounded up, at most {@link MAX_REPO_REQUESTS}); others, and figures
 *   that are not finite numbers above 0, cost {@link DEFAULT_REPO_REQUESTS}
 * @param organisation when given, every repository must be of it (owner compared
 *   case-insensitively), as {@link checkPlan} will require of the plan
 * @throws RangeError for a count outside 1–256, or a repository that is not OWNER/NAME or not of
 *   `organisation` (naming it): a plan its own reader would refuse is never made
 */
export function planShards(
  repos: readonly OrgRepo[],
  count: number,
  costs: ReadonlyMap<string, number> = new Map(),
  organisation?: string
): Shard[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS)
    throw new RangeError(
      `shards must be a whole number from 1 to ${MAX_SHARDS} (a matrix runs at most ${MAX_SHARDS} jobs), got ${count}`
    )
  for (const r of repos) {
    if (!isRepositoryName(r.full_name))
      throw new RangeError(
        `${JSON.stringify(r.full_name.slice(0, 200))} is not an OWNER/NAME repository name`
      )
    if (
      organisation !== undefined &&
      r.full_name.split('/')[0]?.toLowerCase() !== organisation.toLowerCase()
    )
      throw new RangeError(`${r.full_name} is not a repository of ${organisation}`)
  }
  const costOf = (name: string): number => planCost(costs.get(name)) ?? DEFAULT_REPO_REQUESTS
  const seen = new Set<string>()
  const unique = [...repos]
    .sort((a, b) => byName(a.full_name, b.full_name))
    .filter((r) => {
      const key = r.full_name.toLowerCase()
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  const items = unique
    .map((r) => ({ name: r.full_name, cost: costOf(r.full_name), branch: r.default_branch }))
    .sort((a, b) => b.cost - a.cost || byName(a.name, b.name))
  const n = Math.min(count, items.length)
  const shards: (Shard & { default_branches: Record<string, string> })[] = Array.from(
    { length: n },
    (_, index) => ({ index, repositories: [], cost: 0, default_branches: {} })
  )
  for (const it of items) {
    let best = shards[0] as (typeof shards)[0]
    for (const s of shards) if (s.cost < best.cost) best = s
    best.repositories.push(it.name)
    best.cost += it.cost
    if (isPlanBranchName(it.branch)) best.default_branches[it.name] = it.branch
  }
  for (const s of shards) s.repositories.sort(byName)
  return shards
}

/** The organisation's plan: what `mode: plan` outputs and `mode: merge` reads back. */
export interface OrgPlan {
  contract: 'gonogo.org-plan/v1'
  organisation: string
  shards: Shard[]
}

/**
 * Largest plan file read (mode shard/merge, `gonogo org merge`): about 65 bytes a repository with
 * its default branch, so 20,000 repositories are about 1.3 MB and 100,000 under 7 MiB.
 */
export const MAX_PLAN_BYTES = 64 * 1024 * 1024

/**
 * A plan read back (a file, an action input): the contract, a valid organisation name, at most
 * 256 shards with distinct whole indexes 0–255, and repositories that are valid OWNER/NAMEs of
 * that organisation, each in one shard only; a shard's `default_branches`, when present, an
 * object whose keys are among that shard's repositories and whose values are branch names
 * ({@link isPlanBranchName}: not empty, at most 255 characters, no control character). Returns
 * the plan (shards by index, their repositories sorted, `default_branches` kept as given) or what
 * is wrong with it, naming the field; never throws.
 */
export function checkPlan(doc: unknown): { plan: OrgPlan } | { error: string } {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return { error: 'not a JSON object' }
  const p = doc as { contract?: unknown; organisation?: unknown; shards?: unknown }
  if (p.contract !== 'gonogo.org-plan/v1')
    return { error: `contract is ${JSON.stringify(p.contract)}, not "gonogo.org-plan/v1"` }
  if (typeof p.organisation !== 'string' || !isOrganisationName(p.organisation))
    return { error: 'organisation is not an organisation name' }
  const org = p.organisation.toLowerCase()
  if (!Array.isArray(p.shards) || p.shards.length > 256)
    return { error: 'shards is not a list of at most 256 shards' }
  const indexes = new Set<number>()
  const seen = new Set<string>()
  const shards: Shard[] = []
  for (const [i, raw] of p.shards.entries()) {
    const s = raw as {
      index?: unknown
      repositories?: unknown
      cost?: unknown
      default_branches?: unknown
    } | null
    if (typeof s !== 'object' || s === null) return { error: `shards[${i}] is not an object` }
    if (!Number.isInteger(s.index) || (s.index as number) < 0 || (s.index as number) > 255)
      return { error: `shards[${i}].index is not a whole number from 0 to 255` }
    const index = s.index as number
    if (indexes.has(index)) return { error: `shards[${i}].index ${index} appears twice` }
    indexes.add(index)
    if (!Array.isArray(s.repositories)) return { error: `shards[${i}].repositories is not a list` }
    for (const r of s.repositories as unknown[]) {
      if (typeof r !== 'string' || !isRepositoryName(r))
        return { error: `shards[${i}].repositories holds ${JSON.stringify(r)}, not OWNER/NAME` }
      if (r.split('/')[0]?.toLowerCase() !== org)
        return {
          error: `shards[${i}].repositories holds ${r}, not a repository of ${p.organisation}`
        }
      if (seen.has(r.toLowerCase())) return { error: `${r} is in more than one shard` }
      seen.add(r.toLowerCase())
    }
    const cost = typeof s.cost === 'number' && Number.isFinite(s.cost) && s.cost >= 0 ? s.cost : 0
    const repositories = [...(s.repositories as string[])].sort(byName)
    const shard: Shard = { index, repositories, cost }
    if (s.default_branches !== undefined) {
      const branches = checkDefaultBranches(s.default_branches, repositories, `shards[${i}]`)
      if ('error' in branches) return branches
      shard.default_branches = branches.map
    }
    shards.push(shard)
  }
  return {
    plan: {
      contract: 'gonogo.org-plan/v1',
      organisation: p.organisation,
      shards: shards.sort((a, b) => a.index - b.index)
    }
  }
}

/**
 * A shard's `default_branches` read back: an object whose keys are repositories of the shard
 * (exactly as listed) and whose values are {@link isPlanBranchName}s; the error names the field.
 */
function checkDefaultBranches(
  v: unknown,
  repositories: readonly string[],
  at: string
): { map: Record<string, string> } | { error: string } {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return { error: `${at}.default_branches is not an object (OWNER/NAME → branch)` }
  const members = new Set(repositories)
  const map: Record<string, string> = {}
  for (const [repo, branch] of Object.entries(v)) {
    if (!members.has(repo))
      return {
        error: `${at}.default_branches names ${JSON.stringify(repo.slice(0, 200))}, not a repository of ${at}`
      }
    if (!isPlanBranchName(branch))
      return {
        error: `${at}.default_branches[${JSON.stringify(repo)}] is not a branch name (a string of 1 to ${MAX_BRANCH_NAME_LENGTH} characters without control characters)`
      }
    map[repo] = branch
  }
  return { map }
}

/** A matrix generates at most this many jobs per workflow run (docs: "Running variations of jobs in a workflow", matrix limits). */
export const MAX_SHARDS = 256

/**
 * A job output may hold at most 1 MB, its size approximated in UTF-16 (docs: "Passing information
 * between jobs", output limitations). The plan job's outputs must stay under it whatever the
 * organisation's size, so they never carry repository names.
 */
export const ACTIONS_OUTPUT_MAX_BYTES = 1_000_000

/** The size GitHub counts for an output: its UTF-16 code units, two bytes each. */
export function outputBytes(value: string): number {
  return value.length * 2
}

/**
 * The plan file's text: canonical JSON (keys sorted, core/canonical-json.ts) and a newline. The
 * same plan always gives the same bytes, which {@link planDigest} hashes.
 */
export function planText(plan: OrgPlan): string {
  return `${stableStringify(plan)}\n`
}

/**
 * `sha256:<hex>` of {@link planText} of the plan as {@link checkPlan} returns it (shards by index,
 * repositories sorted), so a plan file reformatted in transit keeps its digest and a plan with
 * one repository more or less does not.
 */
export function planDigest(plan: OrgPlan): string {
  return digestOf(planText(plan))
}

/** `sha256:<hex>` of a plan file's text. */
function digestOf(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`
}

/** A plan digest as {@link planDigest} writes it: `sha256:` and 64 lower-case hex digits. */
export function isPlanDigest(v: unknown): boolean {
  return typeof v === 'string' && /^sha256:[0-9a-f]{64}$/.test(v)
}

/**
 * A plan as it will be written, read back before it is: {@link planText} parsed and checked by
 * {@link checkPlan} (what `mode: shard` and `mode: merge` do with the file), and written again,
 * must give the same bytes. Returns the plan as read back, the exact text to write and the
 * `sha256:` digest of that text (so the digest printed and given to the shards is the file's),
 * or what is wrong: the reader's refusal, or the field that does not read back as written
 * (a cost of Infinity is written `null` and read back 0, which would change the digest).
 * Never throws.
 */
export function sealPlan(
  plan: OrgPlan
): { plan: OrgPlan; text: string; digest: string } | { error: string } {
  for (const sh of plan.shards)
    if (!Number.isSafeInteger(sh.cost) || sh.cost < 0)
      return {
        error: `shard ${sh.index} costs ${String(sh.cost)} requests, not a whole number the plan file can hold (JSON writes Infinity and NaN as null); check the --costs report`
      }
  let text: string
  let doc: unknown
  try {
    text = planText(plan)
    doc = JSON.parse(text) as unknown
  } catch (e) {
    return { error: `the plan cannot be written as JSON (${String(e)})` }
  }
  const back = checkPlan(doc)
  if ('error' in back) return { error: `the plan would be refused when read back: ${back.error}` }
  const again = planText(back.plan)
  if (again !== text) {
    const at = [...text].findIndex((c, i) => again[i] !== c)
    return {
      error: `the plan does not read back as written (first difference at character ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))}); a shard cost or name is not what the plan file can hold`
    }
  }
  return {
    plan: back.plan,
    text,
    digest: digestOf(text)
  }
}

/**
 * What one matrix job gets (`strategy.matrix.shard` over the plan job's `shards` output): which
 * shard of how many, of which plan. The repositories travel in the plan file (the artifact
 * `gonogo-org-plan`), not in the output: at 20,000 repositories their names alone pass the 1 MB
 * an output may hold, while 256 of these stay under 30 KB.
 */
export interface ShardRef {
  /** 0-based shard index. */
  index: number
  /** Shards in the plan. */
  count: number
  /** {@link planDigest} of the plan. */
  plan: string
}

/** The plan job's `shards` output: one {@link ShardRef} per shard, by index. */
export function shardRefs(plan: OrgPlan): ShardRef[] {
  const digest = planDigest(plan)
  return [...plan.shards]
    .sort((a, b) => a.index - b.index)
    .map((s) => ({ index: s.index, count: plan.shards.length, plan: digest }))
}

/**
 * A shard descriptor read back (the `shard` input, `${{ toJSON(matrix.shard) }}`): exactly
 * `index`, `count` (1–{@link MAX_SHARDS}) and `plan` (a sha256 digest), `index` below `count`.
 * Returns it or what is wrong with it; never throws.
 */
export function checkShardRef(doc: unknown): { ref: ShardRef } | { error: string } {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return { error: 'not a JSON object' }
  const d = doc as Record<string, unknown>
  if (Object.hasOwn(d, 'repositories'))
    return {
      error:
        'it carries a repository list: a shard of an older plan; plan again with this version (its shards output names index, count and plan only, the repositories travel in the gonogo-org-plan artifact)'
    }
  const extra = Object.keys(d).filter((k) => !['index', 'count', 'plan'].includes(k))
  if (extra.length > 0) return { error: `unknown key ${JSON.stringify(extra[0])}` }
  if (!Number.isInteger(d.count) || (d.count as number) < 1 || (d.count as number) > MAX_SHARDS)
    return { error: `count is not a whole number from 1 to ${MAX_SHARDS}` }
  const count = d.count as number
  if (!Number.isInteger(d.index) || (d.index as number) < 0 || (d.index as number) >= count)
    return { error: `index is not a whole number from 0 to ${count - 1}` }
  if (!isPlanDigest(d.plan)) return { error: 'plan is not a sha256:<64 hex digits> plan digest' }
  return { ref: { index: d.index as number, count, plan: d.plan as string } }
}

/**
 * The shard a descriptor names, taken from the plan file it must belong to: the plan's digest
 * must be the descriptor's and its shard count the descriptor's count (a plan file of another
 * run, or edited, is refused: fail closed rather than verify other repositories than planned).
 */
export function shardOfPlan(plan: OrgPlan, ref: ShardRef): { shard: Shard } | { error: string } {
  const digest = planDigest(plan)
  if (digest !== ref.plan)
    return {
      error: `the plan file is not the plan this shard belongs to (its digest is ${digest}, the shard names ${ref.plan}): download the gonogo-org-plan artifact of this workflow run`
    }
  if (plan.shards.length !== ref.count)
    return {
      error: `the plan has ${plan.shards.length} shards, the shard says ${ref.count}`
    }
  const shard = plan.shards.find((s) => s.index === ref.index)
  if (!shard) return { error: `the plan has no shard ${ref.index}` }
  return { shard }
}

/**
 * Measured costs for {@link planShards} from a previous org-report.json: OWNER/NAME → the
 * requests its verification took (`requests` of its row): a whole number above 0, capped at
 * {@link MAX_REPO_REQUESTS} (the most one hour's installation budget allows; a report edited to
 * say `1e308` plans that repository at 15,000, never at Infinity). A row whose repository is not
 * OWNER/NAME, a figure that is not a finite whole number above 0, anything else in the
 * document, or a document that is not a report, gives no cost (the default is used).
 */
export function costsFromReport(doc: unknown): Map<string, number> {
  const out = new Map<string, number>()
  const rows = (doc as { repositories?: unknown } | null)?.repositories
  if (!Array.isArray(rows)) return out
  for (const row of rows as unknown[]) {
    const r = row as { repository?: unknown; requests?: unknown } | null
    if (
      typeof r?.repository === 'string' &&
      isRepositoryName(r.repository) &&
      typeof r.requests === 'number' &&
      Number.isInteger(r.requests) &&
      r.requests > 0
    )
      out.set(r.repository, Math.min(r.requests, MAX_REPO_REQUESTS))
  }
  return out
}

/** What one shard job left: its reports by repository, or nothing (failed, never uploaded). */
export interface ShardResult {
  index: number
  /** Undefined: the shard's artifact is missing or unreadable (`why` says which). */
  reports?: ReadonlyMap<string, readonly Report[]>
  /** Requests each repository took (its shard.json), the measured cost for the next plan. */
  requests?: ReadonlyMap<string, number>
  /** Ids of the org policy's overrides applied to each repository (its shard.json). */
  overrides?: ReadonlyMap<string, readonly string[]>
  why?: string
}

/**
 * The reports verify-rules writes for every repository: a repository missing one of them is not
 * fully verified (an artifact with a file removed or replaced must not pass).
 */
export const ORG_CONTROLS = ['branch-protection', 'required-checks'] as const

export type SettingStatus = ReportStatus

export interface OrgRepoRow {
  repository: string
  status: SettingStatus
  /** Setting → status (worst of the checks of that setting). */
  settings: Record<string, SettingStatus>
  failed: number
  unverified: number
  /** Why the repository is unverified as a whole (its shard did not report it), else null. */
  reason: string | null
  /** Requests its verification took (from its shard), null when not measured. */
  requests: number | null
  /**
   * Ids of the org policy's overrides (`org.overrides`, core/org-policy.ts) its shard verified
   * it against, in file order; empty when none applied or its shard did not report.
   */
  overrides: string[]
}

export interface OrgReport {
  contract: 'gonogo.org-report/v1'
  organisation: string
  generated_at: string
  /** Every setting seen, sorted: the table's columns. */
  settings: string[]
  /** Worst first (failed, unverified, passed), then by failed and unverified counts, then name. */
  repositories: OrgRepoRow[]
  totals: { repositories: number; passed: number; failed: number; unverified: number }
  shards: {
    index: number
    repositories: number
    status: 'reported' | 'missing'
    why: string | null
  }[]
}

/**
 * The setting a check is about: its id without the branch prefix and detail (`main/min-approvals`
 * → `min-approvals`, `main/required-check:ci/test` → `required-check`,
 * `release/v2/min-approvals` → `min-approvals`), prefixed by the report's control
 * (`branch-protection`, `required-checks`) so the two reports never mix. Check ids are
 * `<branch>/<setting>[:<detail>]`; a branch name may hold `/` but never `:` (git-check-ref-format),
 * and setting names hold neither, so the setting is what lies between the last `/` before the
 * first `:` and that `:`.
 */
export function settingOf(control: string, check: Pick<ReportCheck, 'id'>): string {
  const colon = check.id.indexOf(':')
  const head = colon >= 0 ? check.id.slice(0, colon) : check.id
  return `${control}:${head.slice(head.lastIndexOf('/') + 1)}`
}

/**
 * One organisation report from the plan and what each shard left: a repository whose shard is
 * missing, or that its shard did not report, is `unverified` with the reason — never passed.
 * Deterministic for the same inputs (`generatedAt` is the only time in it).
 */
export function mergeOrg(o: {
  organisation: string
  generatedAt: string
  plan: readonly Shard[]
  results: readonly ShardResult[]
}): OrgReport {
  const byIndex = new Map(o.results.map((r) => [r.index, r]))
  const rows: OrgRepoRow[] = []
  const settings = new Set<string>()
  const shards: OrgReport['shards'] = []
  for (const shard of o.plan) {
    const result = byIndex.get(shard.index)
    const missing = result?.reports === undefined
    shards.push({
      index: shard.index,
      repositories: shard.repositories.length,
      status: missing ? 'missing' : 'reported',
      why: missing ? (result?.why ?? 'the shard left no artifact (it failed or never ran)') : null
    })
    for (const repo of shard.repositories) {
      const reports = result?.reports?.get(repo)
      const measured = result?.requests?.get(repo)
      const requests =
        measured !== undefined && Number.isInteger(measured) && measured >= 0 ? measured : null
      const overrides = missing ? [] : [...(result.overrides?.get(repo) ?? [])]
      if (missing || reports === undefined || reports.length === 0) {
        rows.push({
          repository: repo,
          status: 'unverified',
          settings: {},
          failed: 0,
          unverified: 1,
          reason: missing
            ? `shard ${shard.index}: ${result?.why ?? 'the shard left no artifact (it failed or never ran)'}`
            : `shard ${shard.index} did not report this repository`,
          requests,
          overrides
        })
        continue
      }
      const per = new Map<string, SettingStatus[]>()
      // A report of another repository, or a control missing, proves nothing for this one.
      for (const control of ORG_CONTROLS)
        if (!reports.some((r) => r.control === control && r.subject.repository === repo))
          per.set(`${control}:(not reported)`, ['unverified'])
      for (const r of reports) {
        if (r.subject.repository !== repo) continue
        if (r.checks.length === 0) per.set(`${r.control}:(no checks)`, ['unverified'])
        for (const c of r.checks) {
          const s = settingOf(r.control, c)
          per.set(s, [...(per.get(s) ?? []), c.status])
        }
      }
      const cells: Record<string, SettingStatus> = {}
      for (const s of [...per.keys()].sort(byName)) {
        cells[s] = worstOf(per.get(s) ?? [])
        settings.add(s)
      }
      const values = Object.values(cells)
      rows.push({
        repository: repo,
        status: worstOf([
          ...values,
          ...reports.filter((r) => r.subject.repository === repo).map((r) => r.status)
        ]),
        settings: cells,
        failed: values.filter((v) => v === 'failed').length,
        unverified: values.filter((v) => v === 'unverified').length,
        reason: null,
        requests,
        overrides
      })
    }
  }
  const rank: Record<SettingStatus, number> = { failed: 0, unverified: 1, passed: 2 }
  rows.sort(
    (a, b) =>
      rank[a.status] - rank[b.status] ||
      b.failed - a.failed ||
      b.unverified - a.unverified ||
      byName(a.repository, b.repository)
  )
  return {
    contract: 'gonogo.org-report/v1',
    organisation: o.organisation,
    generated_at: o.generatedAt,
    settings: [...settings].sort(byName),
    repositories: rows,
    totals: {
      repositories: rows.length,
      passed: rows.filter((r) => r.status === 'passed').length,
      failed: rows.filter((r) => r.status === 'failed').length,
      unverified: rows.filter((r) => r.status === 'unverified').length
    },
    shards: shards.sort((a, b) => a.index - b.index)
  }
}

/**
 * Code scanning's hard limits on an uploaded SARIF file (docs: "SARIF support for code scanning",
 * upload limits; "SARIF results exceed limit"): a file of more than 20 runs, a run of more than
 * 25,000 results or more than 25,000 rules is rejected as a whole. orgSarif writes one run and
 * stays within the other two. This is the results limit.
 */
export const SARIF_MAX_RESULTS = 25_000
/** Code scanning rejects a run of more rules than this (docs: "SARIF results exceed limit"). */
const SARIF_MAX_RULES = 25_000

/**
 * Rules (settings) one organisation SARIF run holds at most: well under code scanning's
 * {@link SARIF_MAX_RULES}. verify-rules reports a few dozen settings (the policy keys of
 * action-ruleset-verify/README.md "The policy" and the read failures), so 500 is never reached
 * by real reports; a forged shard report inventing 20,000 check ids would otherwise make 20,000
 * rules with their descriptions (about 20 MB, over the 10 MB a gzip-compressed upload may hold,
 * docs: "SARIF file is too large"). The settings kept are those with the most failed, then
 * unverified results; the others' results are left out and counted.
 */
export const ORG_SARIF_MAX_RULES = 500

/** Where the policy keys and the organisation report are documented (README sections). */
const POLICY_DOC = 'action-ruleset-verify/README.md, section "The policy"'
const ORG_DOC = 'README.md, section "Organisation scale"'

/**
 * What each setting gonogo reports means and how it is fixed: setting name (the part of a check
 * id {@link settingOf} keeps) → [meaning, fix, policy key under `branches.<branch>` or null].
 */
const SETTING_HELP: Record<string, readonly [string, string, string | null]> = {
  'required-check': [
    'A status check the policy declares is required on the branch (by a ruleset or classic protection), from the app the policy names when it names one.',
    "Require the status check in a ruleset on the branch (Settings → Rules → Rulesets → Require status checks to pass), or remove it from the policy's required_checks.",
    'required_checks'
  ],
  'undeclared-required-check': [
    'A status check is required on the branch but not declared in the policy: the policy is the one source of truth for required checks.',
    "Add the check to the branch's required_checks in the policy, or stop requiring it in the ruleset or classic protection.",
    'required_checks'
  ],
  'undeclared-required-checks': [
    'Some source of required checks (rulesets, classic protection) could not be read, so the branch may require checks the policy does not declare.',
    'Give the token read access to the repository administration (rulesets and branch protection), then run again.',
    'required_checks'
  ],
  'min-approvals': [
    'Pull requests into the branch need at least the number of approving reviews the policy asks for.',
    'Raise "Required approvals" in the pull-request rule of a ruleset on the branch (or classic protection).',
    'min_approvals'
  ],
  strict: [
    'Branches must be up to date with the base before merging.',
    'Turn on "Require branches to be up to date before merging" in the status-check rule.',
    'strict'
  ],
  'dismiss-stale-reviews': [
    'Approvals are dismissed when new commits are pushed.',
    'Turn on "Dismiss stale pull request approvals when new commits are pushed".',
    'dismiss_stale_reviews'
  ],
  'require-code-owner-review': [
    'A review from a code owner is required.',
    'Turn on "Require review from Code Owners".',
    'require_code_owner_review'
  ],
  'require-last-push-approval': [
    'The most recent push must be approved by someone other than its author.',
    'Turn on "Require approval of the most recent reviewable push".',
    'require_last_push_approval'
  ],
  'require-conversation-resolution': [
    'All review conversations must be resolved before merging.',
    'Turn on "Require conversation resolution before merging".',
    'require_conversation_resolution'
  ],
  'require-linear-history': [
    'Merge commits cannot be pushed to the branch.',
    'Add the "Require linear history" rule.',
    'require_linear_history'
  ],
  'block-force-pushes': [
    'Force pushes to the branch are blocked.',
    'Add the "Block force pushes" rule.',
    'block_force_pushes'
  ],
  'block-deletions': [
    'The branch cannot be deleted.',
    'Add the "Restrict deletions" rule.',
    'block_deletions'
  ],
  'require-signed-commits': [
    'Commits pushed to the branch must be signed.',
    'Add the "Require signed commits" rule.',
    'require_signed_commits'
  ],
  'bypass-actors': [
    'Only the actors the policy allows can bypass the branch rules.',
    "Remove the other actors from the ruleset's bypass list, or add them to the branch's bypass_allowed in the policy.",
    'bypass_allowed'
  ],
  'required-checks-visible': [
    'The checks required on the branch could be read.',
    'Give the token read access to the repository administration (rulesets and branch protection), then run again.',
    'required_checks'
  ],
  producible: [
    'Every check required on the branch is produced by a workflow of the repository (or by the app the rule pins), so merges do not wait for a check that never comes.',
    'Add or fix the workflow job that reports the check, or pin the check to the app that reports it, or stop requiring it.',
    'required_checks'
  ],
  policy: [
    'The branch has an entry under branches: in the policy (its exact name or a glob).',
    'Add the branch, or a glob that matches it, under branches: in the policy.',
    null
  ],
  exists: [
    'The branch the policy names exists in the repository.',
    'Create the branch, or correct its name in the branches input or the policy.',
    null
  ],
  'default-branch': [
    "The repository's default branch could be read.",
    'Give the token read access to the repository (metadata), then run again.',
    null
  ],
  branches: [
    "The repository's branches could be listed.",
    'Give the token read access to the repository (metadata), then run again.',
    null
  ],
  'api-budget': [
    'The repository was verified: it was not left out because the API rate limit ran out.',
    'Run the shard again after the rate limit resets (GET /rate_limit), or run fewer shards at once: every shard shares one installation budget.',
    null
  ],
  verify: [
    'The repository could be read and verified through the API.',
    "Read the result's message for the endpoint that failed; grant the token access to the repository, or drop it from the plan.",
    null
  ],
  '(not reported)': [
    "The repository's shard wrote this report (branch-protection or required-checks); a repository missing one is not fully verified.",
    "Run the repository's shard again; check that its artifact holds both reports.",
    null
  ],
  '(no checks)': [
    'The report of this repository holds at least one check: a report without checks proves nothing.',
    'Declare the protection wanted for its branches in the policy, then run again.',
    null
  ],
  unverified: [
    "The repository's shard reported it: a repository whose shard failed, or left no artifact, is not verified.",
    "Run the repository's shard again (the merge lists why each shard did not report).",
    null
  ]
}

/** A SARIF reportingDescriptor for one setting (docs: "SARIF support for code scanning", reportingDescriptor). */
interface SarifRule {
  id: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  help: { text: string; markdown: string }
}

/**
 * The rule of one setting: `fullDescription` says what the setting means, `help` (text and
 * Markdown) what to do and where the policy key is documented — code scanning shows both on the
 * alert (docs: "SARIF support for code scanning", reportingDescriptor object). Settings gonogo
 * does not know (a report from a newer version, or forged) get a generic text naming the
 * setting, its name capped and kept out of Markdown syntax. Deterministic.
 */
function sarifRule(setting: string): SarifRule {
  const colon = setting.indexOf(':')
  const control = colon >= 0 ? setting.slice(0, colon) : ''
  const name = colon >= 0 ? setting.slice(colon + 1) : setting
  const known = Object.hasOwn(SETTING_HELP, name) ? SETTING_HELP[name] : undefined
  const shown = [...setting].slice(0, 120).join('')
  const safe = shown.replace(/[`\r\n]/g, "'")
  if (!known) {
    const text = `A check of the ${control || 'organisation'} report that gonogo does not describe (${shown}).`
    const fix = `Read the result's message and the repository's ${control || 'verify-rules'} report in the shard artifact; the policy keys are in ${POLICY_DOC}, the organisation report in ${ORG_DOC}.`
    return {
      id: setting,
      shortDescription: { text: `branch rule setting ${shown}` },
      fullDescription: { text },
      help: {
        text: fix,
        markdown: `A check \`${safe}\` that gonogo does not describe.\n\nRead the result's message and the repository's report in the shard artifact; the policy keys are in ${POLICY_DOC}, the organisation report in ${ORG_DOC}.`
      }
    }
  }
  const [meaning, fix, key] = known
  const where = key
    ? `The policy key is branches.<branch>.${key} in the org policy (${POLICY_DOC}).`
    : `See ${ORG_DOC}.`
  const whereMd = key
    ? `The policy key is \`branches.<branch>.${key}\` in the org policy (${POLICY_DOC}).`
    : `See ${ORG_DOC}.`
  return {
    id: setting,
    shortDescription: { text: `branch rule setting ${shown}` },
    fullDescription: { text: meaning },
    help: {
      text: `${fix} ${where}`,
      markdown: `**${control ? `${control}: ` : ''}${name}**: ${meaning}\n\n**To fix:** ${fix}\n\n${whereMd}`
    }
  }
}

/**
 * The org policy's path as code scanning wants an artifact location: relative to the root of the
 * repository the log is uploaded to, `/`-separated, no `./` (docs: "SARIF support for code
 * scanning", physicalLocation.artifactLocation.uri).
 */
function repoRelative(p: string): string {
  const s = p
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/{2,}/g, '/')
  return s === '' || s.startsWith('/') || s.split('/').includes('..') ? '.github/gonogo.yml' : s
}

/**
 * The organisation report as SARIF 2.1.0 for code scanning in the repository that holds the org
 * policy (docs: "SARIF support for code scanning"): one result per repository and setting that is
 * not passed (`error` for failed, `warning` for unverified), each with the required `ruleId`,
 * `message.text` and one location — the policy file, relative to the repository root with
 * `uriBaseId: %SRCROOT%`, line 1 (code scanning needs a file of the repository the log is
 * uploaded to) — the repository as a logical location and in `partialFingerprints`, so the alert
 * follows the repository and setting across runs. Each rule carries `fullDescription` (what the
 * setting means) and `help` (text and Markdown: what to do, and the policy key).
 *
 * Within code scanning's upload limits (docs: "SARIF results exceed limit"): one run (at most
 * 20), at most {@link ORG_SARIF_MAX_RULES} rules (under the documented
 * {@link SARIF_MAX_RULES}; the settings with most failed, then unverified results, ties by name)
 * and at most {@link SARIF_MAX_RESULTS} results, worst repositories first. When anything is left
 * out, `invocations[0].toolExecutionNotifications` says how many results and rules, and the run's
 * `properties` hold the counts (`omittedResults`, `omittedRules`); org-report.json has them all.
 *
 * @param policyPath the org policy's path in the uploading repository, e.g. `.github/gonogo-org.yml`
 */
export function orgSarif(r: OrgReport, policyPath: string, version: string): unknown {
  const uri = repoRelative(policyPath)
  const entriesOf = (row: OrgRepoRow): [string, SettingStatus, string][] =>
    row.reason !== null
      ? [['repository:unverified', 'unverified', row.reason]]
      : Object.entries(row.settings)
          .filter(([, v]) => v !== 'passed')
          .map(([s, v]) => [s, v, `${s} is ${v}`])
  // Which settings get a rule: most failed, then most unverified results, then by name.
  const tally = new Map<string, { failed: number; unverified: number }>()
  for (const row of r.repositories)
    for (const [setting, status] of entriesOf(row)) {
      const t = tally.get(setting) ?? { failed: 0, unverified: 0 }
      t[status === 'failed' ? 'failed' : 'unverified']++
      tally.set(setting, t)
    }
  const kept = mostFailing(tally, ORG_SARIF_MAX_RULES)
  const omittedRules = tally.size - kept.size
  const rules = new Map<string, SarifRule>()
  const results: unknown[] = []
  let omitted = 0
  for (const row of r.repositories) {
    for (const [setting, status, why] of entriesOf(row)) {
      if (!kept.has(setting) || results.length >= SARIF_MAX_RESULTS) {
        omitted++
        continue
      }
      if (!rules.has(setting)) rules.set(setting, sarifRule(setting))
      results.push({
        ruleId: setting,
        level: status === 'failed' ? 'error' : 'warning',
        message: { text: `${row.repository}: ${why}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: 1 }
            },
            logicalLocations: [{ name: row.repository, kind: 'module' }]
          }
        ],
        partialFingerprints: { 'gonogo/repository-setting': `${row.repository}#${setting}` }
      })
    }
  }
  const notes: string[] = []
  if (omittedRules > 0)
    notes.push(
      `${omittedRules} settings have no rule: this log holds at most ${ORG_SARIF_MAX_RULES} (the most failing; code scanning accepts at most ${SARIF_MAX_RULES} rules per run)`
    )
  if (omitted > 0)
    notes.push(
      `${omitted} results left out: code scanning accepts at most ${SARIF_MAX_RESULTS} per run${omittedRules > 0 ? ', and results of settings without a rule are left out' : ''}`
    )
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gonogo',
            version,
            informationUri: 'https://github.com/acme/gonogo',
            rules: [...rules.values()].sort((a, b) => byName(a.id, b.id))
          }
        },
        originalUriBaseIds: {
          '%SRCROOT%': { description: { text: 'The root of the repository holding the policy.' } }
        },
        ...(notes.length > 0
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: [
                    {
                      level: 'warning',
                      message: { text: `${notes.join('; ')}; org-report.json has them all` }
                    }
                  ]
                }
              ],
              properties: { omittedResults: omitted, omittedRules }
            }
          : {}),
        results
      }
    ]
  }
}

/** failed before unverified before passed; none is unverified (nothing proves it passed). */
function worstOf(statuses: readonly SettingStatus[]): SettingStatus {
  if (statuses.length === 0) return 'unverified'
  if (statuses.includes('failed')) return 'failed'
  return statuses.includes('unverified') ? 'unverified' : 'passed'
}

/**
 * The `max` settings (at most) with most failed, then most unverified results, ties by name: the
 * ones orgSarif gives a rule and render/org-markdown.ts shows as columns.
 *
 * @param tally setting → its failed and unverified results
 */
export function mostFailing(
  tally: ReadonlyMap<string, { failed: number; unverified: number }>,
  max: number
): Set<string> {
  return new Set(
    [...tally]
      .sort(([a, x], [b, y]) => y.failed - x.failed || y.unverified - x.unverified || byName(a, b))
      .slice(0, Math.max(0, max))
      .map(([s]) => s)
  )
}

function byName(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0
}
