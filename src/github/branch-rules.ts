import picomatch from 'picomatch'
import type { BranchFacts, EffectiveRule, Readable, RulesetView } from '../core/branch-facts.js'
import type { ClassicProtection, Enforcement, RuleLike } from '../core/protection.js'
import { scrubSecrets } from '../core/secrets.js'
import {
  bool,
  expectShape,
  list as listOf,
  MalformedAnswerError,
  nullable,
  num,
  obj,
  oneOf,
  optional,
  str,
  type Shape
} from './answer.js'
import {
  AnswerTooLargeError,
  ApiDeadlineError,
  ApiTimeoutError,
  statusOf,
  type GitHubClient
} from './client.js'
import { listAll } from './paginate.js'
import { apiErrorText } from './status.js'

export const UNLOCK_CLASSIC =
  'a token that can read branch protection: a fine-grained token with "Administration: read", or a classic token with repo scope held by a repository admin (the default GITHUB_TOKEN cannot)'
export const UNLOCK_RULES =
  'a token that can read the repository ("Metadata: read"; the default GITHUB_TOKEN can)'
const UNLOCK_RETRY = 're-run the job; the GitHub API did not answer after retries'

interface Repo {
  owner: string
  repo: string
}

const UNLOCK_DEADLINE =
  're-run the job when the GitHub API answers again, or raise the api-deadline / api-timeout inputs (GONOGO_API_DEADLINE / GONOGO_API_TIMEOUT for the CLI)'
const UNLOCK_MALFORMED =
  're-run the job; if it persists, the API at GITHUB_API_URL does not answer as GitHub documents (a proxy or an outage page in between?)'

/** `, answered by GET /repos/acme/shop/branches` for a failed Octokit request (no query, no host), or ''. */
function endpointOf(e: unknown): string {
  const r = (e as { request?: { method?: unknown; url?: unknown } } | null)?.request
  if (typeof r?.method !== 'string' || typeof r.url !== 'string') return ''
  try {
    return `, answered by ${r.method} ${decodeURIComponent(new URL(r.url).pathname)}`
  } catch {
    return ''
  }
}

/**
 * Why a request failed, in words (scrubbed of secrets, bounded, naming the endpoint), with what
 * would let it succeed: an HTTP status, a rate limit with its reset time, the run's API deadline,
 * a timeout, or an answer without the documented shape.
 */
export function describeFailure(
  e: unknown,
  unlock: string
): { ok: false; reason: string; unlock: string } {
  if (e instanceof ApiDeadlineError || e instanceof ApiTimeoutError)
    return { ok: false, reason: scrubSecrets(e.message), unlock: UNLOCK_DEADLINE }
  if (e instanceof MalformedAnswerError || e instanceof AnswerTooLargeError)
    return { ok: false, reason: scrubSecrets(e.message), unlock: UNLOCK_MALFORMED }
  const status = statusOf(e)
  const headers =
    (e as { response?: { headers?: Record<string, string | undefined> } } | null)?.response
      ?.headers ?? {}
  const message = apiErrorText(e)
  const at = endpointOf(e)
  if (
    (status === 403 || status === 429) &&
    (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message))
  ) {
    const reset = Number(headers['x-ratelimit-reset'])
    return {
      ok: false,
      reason: `rate limited (HTTP ${status}: ${message})${at}`,
      unlock: `wait for the rate limit to reset${Number.isFinite(reset) && reset > 0 ? ` at ${new Date(reset * 1000).toISOString()}` : ''} and re-run`
    }
  }
  if (status === 429)
    return { ok: false, reason: `HTTP 429: ${message}${at}`, unlock: UNLOCK_RETRY }
  if (status === 403 || status === 401)
    return { ok: false, reason: `HTTP ${status}: ${message}${at}`, unlock }
  if (status === 404)
    return {
      ok: false,
      reason: `HTTP 404 (${message}): not found, or hidden from this token${at}`,
      unlock
    }
  if (status !== undefined && status >= 500)
    return {
      ok: false,
      reason: `HTTP ${status} after retries (${message})${at}`,
      unlock: UNLOCK_RETRY
    }
  if (status !== undefined)
    return { ok: false, reason: `HTTP ${status}: ${message}${at}`, unlock: UNLOCK_RETRY }
  return { ok: false, reason: `request failed: ${message}${at}`, unlock: UNLOCK_RETRY }
}

async function list<T>(
  gh: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  what: string,
  item: Shape,
  unlock: string
): Promise<Readable<T[]>> {
  try {
    return { ok: true, value: await listAll<T>(gh, route, params, { item, what }) }
  } catch (e) {
    return describeFailure(e, unlock)
  }
}

/** One JSON object of the shape, or why not (never throws). */
async function getOne<T>(
  gh: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  shape: Shape,
  what: string,
  unlock: string
): Promise<Readable<T>> {
  try {
    const res = await gh.request(route, params)
    return { ok: true, value: expectShape<T>(res.data as unknown, shape, route, what) }
  } catch (e) {
    return describeFailure(e, unlock)
  }
}

// Shapes of the answers read here (OpenAPI: full-repository, short-branch, repository-ruleset,
// repository-rule-detailed, branch-protection), restricted to the fields gonogo uses.
const REPO_SHAPE = obj({ default_branch: str })
const BRANCH_SHAPE = obj({ name: str })
const RULESET_SUMMARY_SHAPE = obj({ id: num, target: optional(str), enforcement: optional(str) })
const STATUS_CHECK_SHAPE = obj({ context: str, integration_id: optional(num) })
const RULE_PARAMETERS: Record<string, Shape> = {
  pull_request: obj({
    required_approving_review_count: num,
    dismiss_stale_reviews_on_push: optional(bool),
    require_code_owner_review: optional(bool),
    require_last_push_approval: optional(bool),
    required_review_thread_resolution: optional(bool)
  }),
  required_status_checks: obj({
    required_status_checks: listOf(STATUS_CHECK_SHAPE),
    strict_required_status_checks_policy: optional(bool),
    do_not_enforce_on_create: optional(bool)
  })
}
const RULE_FIELDS = { type: str, parameters: optional(obj({})) }
/** A rule's parameters are checked for the rule types gonogo reads. */
function ruleCheck(o: Record<string, unknown>, at: string): string | undefined {
  const shape = typeof o.type === 'string' ? RULE_PARAMETERS[o.type] : undefined
  return shape ? shape(o.parameters, `${at}.parameters`) : undefined
}
const RULE_SHAPE = obj(RULE_FIELDS, ruleCheck)
const EFFECTIVE_RULE_SHAPE = obj(
  {
    ...RULE_FIELDS,
    ruleset_id: num,
    ruleset_source_type: optional(str),
    ruleset_source: optional(str)
  },
  ruleCheck
)
const REF_LIST = optional(listOf(str))
const RULESET_DETAIL_SHAPE = obj({
  id: num,
  name: str,
  target: optional(str),
  enforcement: oneOf(['active', 'evaluate', 'disabled']),
  source_type: optional(str),
  source: str,
  conditions: nullable(obj({ ref_name: optional(obj({ include: REF_LIST, exclude: REF_LIST })) })),
  rules: optional(listOf(RULE_SHAPE)),
  bypass_actors: optional(
    listOf(obj({ actor_id: nullable(num), actor_type: str, bypass_mode: optional(str) }))
  )
})
const ENABLED = nullable(obj({ enabled: optional(bool) }))
const CLASSIC_KEYS = [
  'url',
  'required_status_checks',
  'required_pull_request_reviews',
  'enforce_admins',
  'required_linear_history',
  'allow_force_pushes',
  'allow_deletions',
  'required_conversation_resolution',
  'required_signatures'
]
const CLASSIC_SHAPE = obj(
  {
    url: optional(str),
    required_status_checks: nullable(
      obj({
        strict: optional(bool),
        contexts: optional(listOf(str)),
        checks: optional(listOf(obj({ context: str, app_id: nullable(num) })))
      })
    ),
    required_pull_request_reviews: nullable(
      obj({
        dismiss_stale_reviews: optional(bool),
        require_code_owner_reviews: optional(bool),
        required_approving_review_count: optional(num),
        require_last_push_approval: optional(bool),
        bypass_pull_request_allowances: nullable(
          obj({
            users: optional(listOf(obj({ login: str, id: num }))),
            teams: optional(listOf(obj({ slug: str, id: num }))),
            apps: optional(listOf(nullable(obj({ slug: nullable(str), id: num }))))
          })
        )
      })
    ),
    enforce_admins: nullable(obj({ enabled: bool })),
    required_linear_history: ENABLED,
    allow_force_pushes: ENABLED,
    allow_deletions: ENABLED,
    required_conversation_resolution: ENABLED,
    required_signatures: ENABLED
  },
  (o) =>
    CLASSIC_KEYS.some((k) => Object.hasOwn(o, k))
      ? undefined
      : 'none of the branch-protection fields is there'
)

/** The repository's default branch (the `~DEFAULT_BRANCH` of ruleset conditions). */
export async function defaultBranch(gh: GitHubClient, r: Repo): Promise<Readable<string>> {
  const repo = await getOne<{ default_branch: string }>(
    gh,
    'GET /repos/{owner}/{repo}',
    { owner: r.owner, repo: r.repo },
    REPO_SHAPE,
    'a repository',
    UNLOCK_RULES
  )
  return repo.ok ? { ok: true, value: repo.value.default_branch } : repo
}

/** For each name or glob (`main`, `release/*`), the existing branches it selects. */
export async function matchingBranches(
  gh: GitHubClient,
  r: Repo,
  patterns: string[]
): Promise<Readable<{ pattern: string; branches: string[] }[]>> {
  // One list answers both "does main exist" and "what does release/* match": the
  // effective-rules endpoint happily answers for a branch that does not exist.
  const all = await list<{ name: string }>(
    gh,
    'GET /repos/{owner}/{repo}/branches',
    { owner: r.owner, repo: r.repo },
    'the branch list',
    BRANCH_SHAPE,
    UNLOCK_RULES
  )
  if (!all.ok) return all
  const names = all.value.map((b) => b.name).sort()
  return {
    ok: true,
    value: [...new Set(patterns)].map((pattern) => ({
      pattern,
      branches: picomatch.scan(pattern).isGlob
        ? names.filter((n) => picomatch.isMatch(n, pattern))
        : names.filter((n) => n === pattern)
    }))
  }
}

interface RulesetDetail {
  id: number
  name: string
  target?: string
  enforcement: Enforcement
  source_type?: string
  source: string
  conditions?: { ref_name?: { include?: string[]; exclude?: string[] } } | null
  rules?: RuleLike[]
  bypass_actors?: { actor_id?: number | null; actor_type: string; bypass_mode?: string }[]
}

/** Every branch ruleset of the repository and its parents, with details (one request each). */
export async function fetchRulesets(gh: GitHubClient, r: Repo): Promise<Readable<RulesetDetail[]>> {
  const summaries = await list<{ id: number; target?: string; enforcement?: string }>(
    gh,
    'GET /repos/{owner}/{repo}/rulesets',
    { owner: r.owner, repo: r.repo, includes_parents: true, targets: 'branch' },
    'the ruleset list',
    RULESET_SUMMARY_SHAPE,
    UNLOCK_RULES
  )
  if (!summaries.ok) return summaries
  const details: RulesetDetail[] = []
  // Disabled rulesets enforce nothing and are not reported: no need to read their details.
  for (const s of summaries.value.filter(
    (x) => (x.target === undefined || x.target === 'branch') && x.enforcement !== 'disabled'
  )) {
    const d = await getOne<RulesetDetail>(
      gh,
      'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}',
      { owner: r.owner, repo: r.repo, ruleset_id: s.id, includes_parents: true },
      RULESET_DETAIL_SHAPE,
      `ruleset #${s.id}`,
      UNLOCK_RULES
    )
    if (!d.ok) return d
    details.push(d.value)
  }
  return { ok: true, value: details }
}

/** Whether a ruleset's ref_name condition selects the branch (GitHub's fnmatch: `*` stops at `/`). */
export function appliesTo(
  d: RulesetDetail,
  branch: string,
  defaultBranchName: string | undefined
): boolean {
  const ref = d.conditions?.ref_name
  if (!ref) return true
  const matches = (p: string): boolean => {
    if (p === '~ALL') return true
    if (p === '~DEFAULT_BRANCH')
      return defaultBranchName !== undefined && branch === defaultBranchName
    const pat = p.replace(/^refs\/heads\//, '')
    return picomatch.isMatch(branch, pat, { dot: true })
  }
  return (ref.include ?? []).some(matches) && !(ref.exclude ?? []).some(matches)
}

export async function fetchEffectiveRules(
  gh: GitHubClient,
  r: Repo,
  branch: string
): Promise<Readable<EffectiveRule[]>> {
  return list<EffectiveRule>(
    gh,
    'GET /repos/{owner}/{repo}/rules/branches/{branch}',
    { owner: r.owner, repo: r.repo, branch },
    `the rules of ${branch}`,
    EFFECTIVE_RULE_SHAPE,
    UNLOCK_RULES
  )
}

/** Classic protection; a 404 "Branch not protected" is the fact "none", not a permission problem. */
export async function fetchClassic(
  gh: GitHubClient,
  r: Repo,
  branch: string
): Promise<Readable<ClassicProtection | null>> {
  const route = 'GET /repos/{owner}/{repo}/branches/{branch}/protection'
  try {
    const { data } = await gh.request(route, { owner: r.owner, repo: r.repo, branch })
    return {
      ok: true,
      value: expectShape<ClassicProtection>(data, CLASSIC_SHAPE, route, 'branch protection')
    }
  } catch (e) {
    const message = (e as { response?: { data?: { message?: unknown } } }).response?.data?.message
    if (statusOf(e) === 404 && message === 'Branch not protected') return { ok: true, value: null }
    return describeFailure(e, UNLOCK_CLASSIC)
  }
}

/** Everything about each branch: effective rules, applicable rulesets, classic protection. */
export async function fetchBranchFacts(
  gh: GitHubClient,
  r: Repo,
  branches: readonly string[],
  defaultBranchName: string | undefined
): Promise<BranchFacts[]> {
  const rulesets = await fetchRulesets(gh, r)
  const facts: BranchFacts[] = []
  for (const branch of branches) {
    const effectiveRules = await fetchEffectiveRules(gh, r, branch)
    const activeIds = new Set(
      effectiveRules.ok ? effectiveRules.value.map((x) => x.ruleset_id) : []
    )
    const applicable: Readable<RulesetView[]> = rulesets.ok
      ? {
          ok: true,
          value: rulesets.value
            .filter((d) => activeIds.has(d.id) || appliesTo(d, branch, defaultBranchName))
            .map((d) => ({
              id: d.id,
              name: d.name,
              enforcement: d.enforcement,
              sourceType: d.source_type ?? 'Repository',
              source: d.source,
              rules: d.rules ?? [],
              ...(Array.isArray(d.bypass_actors) ? { bypassActors: d.bypass_actors } : {})
            }))
        }
      : rulesets
    facts.push({
      branch,
      effectiveRules,
      rulesets: applicable,
      classic: await fetchClassic(gh, r, branch)
    })
  }
  return facts
}
