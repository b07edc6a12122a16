import { statusOf, type GitHubClient } from './client.js'
import { expectShape, nullable, num, obj, optional, str } from './answer.js'
import { listAll } from './paginate.js'

// Shapes read (OpenAPI `issue-comment`), restricted to the fields used.
const WRITTEN_SHAPE = obj({ id: num, html_url: str })
const COMMENT_SHAPE = obj({
  id: num,
  body: optional(str),
  html_url: str,
  user: nullable(obj({ login: str, type: optional(str) }))
})
const written = (data: unknown, endpoint: string): { id: number; html_url: string } =>
  expectShape(data, WRITTEN_SHAPE, endpoint, 'a comment')

export interface StickyTarget {
  owner: string
  repo: string
  issueNumber: number
  marker: string
}

export type StickyResult = { action: 'created' | 'updated' | 'unchanged'; id: number; url: string }

/**
 * One comment per pull request, found by its hidden marker (which we always write first) and
 * updated in place. Reads every page, so a busy thread still finds it.
 */
export async function upsertStickyComment(
  gh: GitHubClient,
  t: StickyTarget,
  body: string
): Promise<StickyResult> {
  const existing = await findSticky(gh, t)
  if (existing) {
    const updated = await updateOrGiveWay(gh, t, existing, body)
    if (updated) return updated
  }
  return createOnce(gh, t, body)
}

interface Found {
  id: number
  body: string
  html_url: string
}

/** Updates our comment; undefined when it is gone or not ours to edit (a new one is written). */
async function updateOrGiveWay(
  gh: GitHubClient,
  t: StickyTarget,
  c: Found,
  body: string
): Promise<StickyResult | undefined> {
  if (c.body === body) return { action: 'unchanged', id: c.id, url: c.html_url }
  try {
    const res = await gh.rest.issues.updateComment({
      owner: t.owner,
      repo: t.repo,
      comment_id: c.id,
      body
    })
    const data = written(res.data, 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}')
    return { action: 'updated', id: data.id, url: data.html_url }
  } catch (e) {
    if (statusOf(e) !== 403 && statusOf(e) !== 404) throw e
    return undefined
  }
}

/**
 * Creating is not idempotent: a POST that timed out or got a 5xx may still have written the
 * comment. So it is never retried blindly; we look for the marker again before writing again.
 */
async function createOnce(gh: GitHubClient, t: StickyTarget, body: string): Promise<StickyResult> {
  const create = async (retries: number): Promise<StickyResult> => {
    const res = await gh.rest.issues.createComment({
      owner: t.owner,
      repo: t.repo,
      issue_number: t.issueNumber,
      body,
      request: { retries }
    })
    const data = written(res.data, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments')
    return { action: 'created', id: data.id, url: data.html_url }
  }
  try {
    return await create(0)
  } catch (e) {
    const status = statusOf(e)
    if (status !== undefined && status < 500) throw e
    const written = await findSticky(gh, t)
    if (written) return (await updateOrGiveWay(gh, t, written, body)) ?? create(0)
    return create(0)
  }
}

/** The Actions token writes as this bot; other authors' comments are never ours. */
/** The login GITHUB_TOKEN writes as (comments, issues). */
export const ACTIONS_BOT = 'github-actions[bot]'

/**
 * Our comment: one that starts with the marker and was written by us. Preferred: the Actions
 * bot, then another bot (a GitHub App token). A person's comment counts only when it is the
 * token's own user (a personal access token), so nobody can plant a marker to hijack the verdict.
 */
async function findSticky(gh: GitHubClient, t: StickyTarget): Promise<Found | undefined> {
  const bots: Found[] = []
  const people: (Found & { login: string })[] = []
  const comments = await listAll<{
    id: number
    body?: string
    html_url: string
    user?: { login: string; type?: string } | null
  }>(
    gh,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: t.owner, repo: t.repo, issue_number: t.issueNumber },
    { item: COMMENT_SHAPE, what: 'a list of comments' }
  )
  for (const c of comments) {
    if (!c.body?.startsWith(t.marker)) continue
    const found = { id: c.id, body: c.body, html_url: c.html_url }
    if (c.user?.login === ACTIONS_BOT) return found
    if (c.user?.type === 'Bot') bots.push(found)
    else if (c.user) people.push({ ...found, login: c.user.login })
  }
  if (bots[0]) return bots[0]
  if (people.length === 0) return undefined
  const me = await authenticatedLogin(gh)
  return people.find((p) => p.login === me)
}

async function authenticatedLogin(gh: GitHubClient): Promise<string | undefined> {
  try {
    // The Actions token cannot call this (403); a personal access token can.
    const login: unknown = (await gh.rest.users.getAuthenticated()).data?.login
    return typeof login === 'string' ? login : undefined
  } catch {
    return undefined
  }
}
