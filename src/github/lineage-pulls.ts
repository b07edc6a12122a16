import type { CommitFact, LineageGap, PullFact, PullsUnavailable } from '../core/lineage.js'
import { mergePulls, pullsFromSubjects } from '../core/lineage.js'
import { describeFailure } from './branch-rules.js'
import type { GitHubClient } from './client.js'
import { listAll, UnreadablePageError } from './paginate.js'

export const PULLS_PERMISSION = 'pull-requests: read'
export const UNLOCK_PULLS = `a token with "${PULLS_PERMISSION}" (add \`permissions: pull-requests: read\` to the job)`
/** Commits looked up through the API at most; the rest fall back to their subjects. */
export const DEFAULT_MAX_PULL_LOOKUPS = 250
const CONCURRENCY = 6

interface Repo {
  owner: string
  repo: string
}

interface PullRequestSimple {
  number: number
  title?: string
  user?: { login?: string } | null
  merged_at?: string | null
  base?: { ref?: string }
  head?: { ref?: string }
}

export interface LineagePulls {
  /** pull requests of the commits, or why the API could not say (then subjects decide) */
  pulls: PullFact[] | PullsUnavailable
  gaps: LineageGap[]
}

/**
 * The merged pull requests of each commit (`GET /repos/{o}/{r}/commits/{sha}/pulls`), for at most
 * `maxCommits` commits (in the order given: newest first from git log); commits past the cap are
 * matched by their merge or squash subjects, with a gap. Any failure makes the whole lookup
 * `unavailable`, naming the permission, so that the lineage falls back to subjects for every
 * commit rather than mixing a partial answer in. Open pull requests that merely contain a
 * commit are not part of a release and are left out.
 */
export async function pullsForCommits(
  gh: GitHubClient,
  r: Repo,
  commits: CommitFact[],
  options: { maxCommits?: number } = {}
): Promise<LineagePulls> {
  const max = options.maxCommits ?? DEFAULT_MAX_PULL_LOOKUPS
  const looked = commits.slice(0, max)
  const rest = commits.slice(max)
  const gaps: LineageGap[] = []
  const found: PullFact[] = []
  for (let i = 0; i < looked.length; i += CONCURRENCY) {
    const batch = looked.slice(i, i + CONCURRENCY)
    const answers = await Promise.allSettled(
      batch.map((c) =>
        listAll<PullRequestSimple>(
          gh,
          'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
          { owner: r.owner, repo: r.repo, commit_sha: c.sha },
          10
        )
      )
    )
    for (const [k, a] of answers.entries()) {
      const sha = batch[k]?.sha ?? ''
      if (a.status === 'rejected')
        return { pulls: { unavailable: unavailable(a.reason, sha) }, gaps }
      for (const p of a.value) {
        if (typeof p?.number !== 'number' || p.merged_at === null || p.merged_at === undefined)
          continue
        const pull: PullFact = { number: p.number, commits: [sha], source: 'api' }
        if (typeof p.title === 'string') pull.title = p.title
        if (typeof p.user?.login === 'string') pull.author = p.user.login
        pull.mergedAt = p.merged_at
        if (typeof p.base?.ref === 'string') pull.base = p.base.ref
        if (typeof p.head?.ref === 'string') pull.head = p.head.ref
        found.push(pull)
      }
    }
  }
  if (rest.length > 0) {
    found.push(...pullsFromSubjects(rest))
    gaps.push({
      what: 'pull requests',
      reason: `only the newest ${max} of ${commits.length} commits were looked up through the API; the other ${rest.length} are linked by merge and squash commit subjects only`
    })
  }
  return { pulls: mergePulls(found), gaps }
}

function unavailable(e: unknown, sha: string): string {
  const at = `GET commits/${sha.slice(0, 7)}/pulls`
  if (e instanceof UnreadablePageError)
    return `could not list pull requests through the API (${at}: ${e.message}); reading them needs a token with ${PULLS_PERMISSION}`
  const f = describeFailure(e, UNLOCK_PULLS)
  const fix =
    f.unlock === UNLOCK_PULLS ? f.unlock : `${f.unlock}, with a token with ${PULLS_PERMISSION}`
  return `could not list pull requests through the API (${at}: ${f.reason}); needs ${fix}`
}
