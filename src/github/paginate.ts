import type { GitHubClient } from './client.js'

export class UnreadablePageError extends Error {
  override name = 'UnreadablePageError'
}

/**
 * Every item of a paginated list, following the Link header's rel="next". Octokit's own
 * paginator turns a truncated or empty body into an empty page; here a page that is not a JSON
 * array is an error, so a broken answer can never read as "nothing there".
 */
export async function listAll<T>(
  gh: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  maxPages = 100
): Promise<T[]> {
  const out: T[] = []
  for (let page = 1; page <= maxPages; page++) {
    const res = await gh.request(route, { ...params, per_page: 100, page })
    const data: unknown = res.data
    if (!Array.isArray(data))
      throw new UnreadablePageError(
        `page ${page} of ${route} is not a JSON list (truncated or malformed answer)`
      )
    out.push(...(data as T[]))
    const link = (res.headers as Record<string, string | undefined>).link ?? ''
    if (!/rel="next"/.test(link)) return out
  }
  throw new UnreadablePageError(`${route} has more than ${maxPages} pages`)
}
