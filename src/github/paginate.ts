import { any, expectShape, list, MalformedAnswerError, type Shape } from './answer.js'
import type { GitHubClient } from './client.js'

/** A list answer that cannot be read whole (a malformed page, too many pages). */
export class UnreadablePageError extends MalformedAnswerError {
  override name = 'UnreadablePageError'
}

export interface ListOptions {
  /** Pages read at most (100 items each); more is an error. Default 100. */
  maxPages?: number
  /** The shape every item must have (default: any JSON value but `null`). */
  item?: Shape
  /** What the list holds, for messages: "the branch list". Default: "a list". */
  what?: string
}

const notNull: Shape = (v, at) => (v === null ? `\`${at}\` is null` : any(v, at))

/**
 * Every item of a paginated list, following the Link header's rel="next". Octokit's own
 * paginator turns a truncated or empty body into an empty page; here a page that is not a JSON
 * list, or holds an item without the expected shape (`null` included), is an
 * {@link UnreadablePageError} naming the endpoint, so a broken answer can never read as
 * "nothing there" nor crash a reader.
 */
export async function listAll<T>(
  gh: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  options: number | ListOptions = {}
): Promise<T[]> {
  const o: ListOptions = typeof options === 'number' ? { maxPages: options } : options
  const maxPages = o.maxPages ?? 100
  const shape = list(o.item ?? notNull)
  const what = o.what ?? 'a list'
  const out: T[] = []
  for (let page = 1; page <= maxPages; page++) {
    const res = await gh.request(route, { ...params, per_page: 100, page })
    try {
      out.push(...expectShape<T[]>(res.data, shape, route, what))
    } catch (e) {
      if (!(e instanceof MalformedAnswerError)) throw e
      throw new UnreadablePageError(
        route,
        what,
        page > 1 ? `page ${page}: ${e.problem}` : e.problem
      )
    }
    const link = (res.headers as Record<string, string | undefined>).link ?? ''
    if (!/rel="next"/.test(link)) return out
  }
  throw new UnreadablePageError(route, what, `more than ${maxPages} pages`)
}
