import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
export { statusOf } from './status.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  /** REST API root: `GITHUB_API_URL` (GitHub Enterprise Server: https://HOST/api/v3). */
  baseUrl: string
  /** Per attempt; a hung server counts as a failed attempt and is retried. */
  timeoutMs?: number
  retries?: number
  /** First retry waits this long, then 4x, 9x… */
  retryBaseMs?: number
  /** Where rate-limit waits are reported (the action passes core.warning). */
  log?: (message: string) => void
  /** Called for every HTTP request sent, retries included (for counting). */
  onRequest?: () => void
}

/** Rate limits: wait when GitHub says how long (up to a minute), at most twice per request. */
const MAX_RATE_LIMIT_WAIT_S = 60
const MAX_RATE_LIMIT_RETRIES = 2

type Fetch = typeof globalThis.fetch

/** An Octokit with retries on 5xx and timeouts, honouring the runner's proxy settings. */
export function createClient(token: string, o: ClientOptions): GitHubClient {
  const timeoutMs = o.timeoutMs ?? 30_000
  const base: Fetch = (defaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch
  const fetchWithTimeout: Fetch = (input, init) => {
    o.onRequest?.()
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    return base(input, { ...init, signal })
  }
  return getOctokit(
    token,
    {
      baseUrl: o.baseUrl.replace(/\/+$/, ''),
      request: { fetch: fetchWithTimeout },
      retry: { retries: o.retries ?? 3, retryAfterBaseValue: o.retryBaseMs ?? 1000 },
      throttle: {
        onRateLimit: (
          after: number,
          options: { method: string; url: string },
          _o: unknown,
          count: number
        ) => onLimit('rate limit', after, options, count, o.log),
        onSecondaryRateLimit: (
          after: number,
          options: { method: string; url: string },
          _o: unknown,
          count: number
        ) => onLimit('secondary rate limit', after, options, count, o.log)
      }
    },
    retry,
    throttling
  )
}

function onLimit(
  kind: string,
  retryAfter: number,
  options: { method: string; url: string },
  retryCount: number,
  log: ((m: string) => void) | undefined
): boolean {
  const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S
  log?.(
    `GitHub ${kind} on ${options.method} ${options.url}: ${retrying ? `retrying after ${retryAfter} s` : 'giving up'}`
  )
  return retrying
}
