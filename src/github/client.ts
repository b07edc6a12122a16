import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  /** REST API root: `GITHUB_API_URL` (GitHub Enterprise Server: https://HOST/api/v3). */
  baseUrl: string
  /** Per attempt; a hung server counts as a failed attempt and is retried. */
  timeoutMs?: number
  retries?: number
  /** First retry waits this long, then 4x, 9x… */
  retryBaseMs?: number
}

type Fetch = typeof globalThis.fetch

/** An Octokit with retries on 5xx and timeouts, honouring the runner's proxy settings. */
export function createClient(token: string, o: ClientOptions): GitHubClient {
  const timeoutMs = o.timeoutMs ?? 30_000
  const base: Fetch = (defaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch
  const fetchWithTimeout: Fetch = (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    return base(input, { ...init, signal })
  }
  return getOctokit(
    token,
    {
      baseUrl: o.baseUrl.replace(/\/+$/, ''),
      request: { fetch: fetchWithTimeout },
      retry: { retries: o.retries ?? 3, retryAfterBaseValue: o.retryBaseMs ?? 1000 }
    },
    retry
  )
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(e: unknown): number | undefined {
  if (typeof e === 'object' && e !== null && 'status' in e) {
    const s = e.status
    return typeof s === 'number' ? s : undefined
  }
  return undefined
}
