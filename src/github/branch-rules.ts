import picomatch from 'picomatch'
import type { BranchFacts, EffectiveRule, Readable, RulesetView } from '../checks/branch-facts.js'
import type { ClassicProtection, Enforcement, RuleLike } from '../core/protection.js'
import { statusOf, type GitHubClient } from './client.js'
import { listAll, UnreadablePageError } from './paginate.js'

export const UNLOCK_CLASSIC =
  'a token that can read branch protection: a fine-grained token with "Administration: read", or a classic token with repo scope held by a repository admin (the default GITHUB_TOKEN cannot)'
export const UNLOCK_RULES =
  'a token that can read the repository ("Metadata: read"; the default GITHUB_TOKEN can)'
const UNLOCK_RETRY = 're-run the job; the GitHub API did not answer after retries'

interface Repo {
  owner: string
  repo: string
}

/** Why a request failed, in words, with what would let it succeed. */
export function describeFailure(
  e: unknown,
  unlock: string
): { ok: false; reason: string; unlock: string } {
  const status = statusOf(e)
  const headers =
    (e as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {}
  const message = String(
    (e as { response?: { data?: { message?: unknown } } }).response?.data?.message ??
      (e instanceof Error ? e.message : e)
  )
  if (
    (status === 403 || status === 429) &&
    (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message))
  ) {
    const reset = Number(headers['x-ratelimit-reset'])
    return {
      ok: false,
      reason: `rate limited (HTTP ${status}: ${message})`,
      unlock: `wait for the rate limit to reset${Number.isFinite(reset) && reset > 0 ? ` at ${new Date(reset * 1000).toISOString()}` : ''} and re-run`
    }
  }
  if (status === 403 || status === 401)
    return { ok: false, reason: `HTTP ${status}: ${message}`, unlock }
  if (status === 404)
    return {
      ok: false,
      reason: `HTTP 404 (${message}): not found, or hidden from this token`,
      unlock
    }
  if (status !== undefined && status >= 500)
    return { ok: false, reason: `HTTP ${status} after retries (${message})`, unlock: UNLOCK_RETRY }
  return { ok: false, reason: `request failed: ${message}`, unlock: UNLOCK_RETRY }
}

function unreadable<T>(what: string): Readable<T> {
  return {
    ok: false,
    reason: `the answer for ${what} could not be read (truncated or malformed JSON)`,
    unlock: UNLOCK_RETRY
  }
}

async function list<T>(
  gh: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  what: string,
  unlock: string
): Promise<Readable<T[]>> {
  try {
    return { ok: true, value: await listAll<T>(gh, route, params) }
  } catch (e) {
    if (e instanceof UnreadablePageError) return unreadable(what)
    return describeFailure(e, unlock)
  }
}

/** The repository's default branch (the `~DEFAULT_BRANCH` of ruleset conditions). */
export async function defaultBranch(gh: GitHubClient, r: Repo): Promise<Readable<string>> {
  try {
    const { data } = await gh.rest.repos.get({ owner: r.owner, repo: r.repo })
    return typeof data?.default_branch === 'string'
      ? { ok: true, value: data.default_branch }
      : unreadable('the repository')
  } catch (e) {
    return describeFailure(e, UNLOCK_RULES)
  }
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
    UNLOCK_RULES
  )
  if (!summaries.ok) return summaries
  const details: RulesetDetail[] = []
  // Disabled rulesets enforce nothing and are not reported: no need to read their details.
  for (const s of summaries.value.filter(
    (x) => (x.target === undefined || x.target === 'branch') && x.enforcement !== 'disabled'
  )) {
    try {
      const { data } = await gh.request('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', {
        owner: r.owner,
        repo: r.repo,
        ruleset_id: s.id,
        includes_parents: true
      })
      const d = data as unknown as RulesetDetail
      if (typeof d !== 'object' || d === null || typeof d.id !== 'number')
        return unreadable(`ruleset #${s.id}`)
      details.push(d)
    } catch (e) {
      return describeFailure(e, UNLOCK_RULES)
    }
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
    UNLOCK_RULES
  )
}

/** Classic protection; a 404 "Branch not protected" is the fact "none", not a permission problem. */
export async function fetchClassic(
  gh: GitHubClient,
  r: Repo,
  branch: string
): Promise<Readable<ClassicProtection | null>> {
  try {
    const { data } = await gh.rest.repos.getBranchProtection({
      owner: r.owner,
      repo: r.repo,
      branch
    })
    if (typeof data !== 'object' || data === null) return unreadable(`the protection of ${branch}`)
    return { ok: true, value: data as ClassicProtection }
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
