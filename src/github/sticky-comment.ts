import { statusOf, type GitHubClient } from './client.js'

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
    if (existing.body === body)
      return { action: 'unchanged', id: existing.id, url: existing.html_url }
    try {
      const { data } = await gh.rest.issues.updateComment({
        owner: t.owner,
        repo: t.repo,
        comment_id: existing.id,
        body
      })
      return { action: 'updated', id: data.id, url: data.html_url }
    } catch (e) {
      // Somebody else's comment carrying our marker, or one deleted meanwhile: write our own.
      if (statusOf(e) !== 403 && statusOf(e) !== 404) throw e
    }
  }
  const { data } = await gh.rest.issues.createComment({
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    body
  })
  return { action: 'created', id: data.id, url: data.html_url }
}

async function findSticky(
  gh: GitHubClient,
  t: StickyTarget
): Promise<{ id: number; body: string; html_url: string } | undefined> {
  let fallback: { id: number; body: string; html_url: string } | undefined
  const pages = gh.paginate.iterator(gh.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100
  })
  for await (const page of pages) {
    // A truncated body reaches us as 200 with no list; never mistake it for "no comment yet".
    if (!Array.isArray(page.data))
      throw new Error('listing PR comments returned an unreadable page')
    for (const c of page.data) {
      if (!c.body?.startsWith(t.marker)) continue
      const found = { id: c.id, body: c.body, html_url: c.html_url }
      // Prefer a bot's comment (the Actions token writes as github-actions[bot]).
      if (c.user?.type === 'Bot') return found
      fallback ??= found
    }
  }
  return fallback
}
