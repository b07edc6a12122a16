import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { registerSecret, scrubSecrets } from '../core/secrets.js'
import { apiLimitsFromEnv, Deadline, type ApiLimits } from './api-limits.js'
import { etagFetch, type EtagCache } from './etag-cache.js'
import { statusOf } from './status.js'
export { EtagCache, REVALIDATED_HEADER, type EtagCacheStats } from './etag-cache.js'
export { statusOf } from './status.js'
export { Deadline, DEFAULT_API_LIMITS, type ApiLimits } from './api-limits.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  /** REST API root: `GITHUB_API_URL` (GitHub Enterprise Server: https://HOST/api/v3). */
  baseUrl: string
  /** Per attempt (headers and body), ms; default from {@link apiLimitsFromEnv}. */
  timeoutMs?: number
  /** Whole-client budget, ms, counted from creation; ignored when `deadline` is given. */
  deadlineMs?: number
  /** A budget shared with other clients of the same run. */
  deadline?: Deadline
  /** Retries after a 5xx, a dropped connection or a timeout (default 3). */
  retries?: number
  /** First retry waits this long, then 2x, 4x… (default 1000 ms). */
  retryBaseMs?: number
  /** Longest single wait before giving up instead (default 60 s). */
  maxWaitMs?: number
  /** Largest JSON or text answer read (default 32 MiB). */
  maxBodyBytes?: number
  /** Where rate-limit waits are reported (the action passes core.warning). */
  log?: (message: string) => void
  /**
   * Called before every HTTP request is sent, retries included (for counting). What it throws
   * ends the request at once, unchanged (ci-trend's request budget).
   */
  onRequest?: () => void
  /** Called before each wait to retry (`retry` counts from 1 for every request). */
  onRetry?: (info: { endpoint: string; retry: number; waitMs: number; reason: string }) => void
  /**
   * Conditional GET requests with ETags through this folder cache (see {@link EtagCache}): only
   * when the user asked for one (`gonogo org --etag-cache DIR`, action-ruleset-verify's
   * `etag-cache` input); none by default, so nothing is written to disk unasked.
   */
  etagCache?: EtagCache
}

/** The deadline passed: no request is sent any more. */
export class ApiDeadlineError extends Error {
  override name = 'ApiDeadlineError'
}

/** An attempt got no complete answer in time. */
export class ApiTimeoutError extends Error {
  override name = 'ApiTimeoutError'
}

/** An answer larger than the client reads. */
export class AnswerTooLargeError extends Error {
  override name = 'AnswerTooLargeError'
}

/** Rate-limit waits per request. */
const MAX_RATE_LIMIT_WAITS = 2
/** A timed-out request is tried again once at most: a server silent twice is down. */
const MAX_TIMEOUT_RETRIES = 1
/** Binary answers (artifact zips) are read up to this size. */
const MAX_BINARY_BYTES = 2 * 1024 * 1024 * 1024
/** GitHub's advice when a secondary rate limit gives no retry-after: wait a minute. */
const SECONDARY_WAIT_MS = 60_000

type Fetch = typeof globalThis.fetch

/** Thrown inside fetch; the retry loop turns them into messages naming the endpoint. */
class AttemptTimeout extends Error {
  constructor(
    readonly ms: number,
    readonly byDeadline: boolean
  ) {
    super(`no answer within ${ms} ms`)
  }
}
class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`answer larger than ${limit} bytes`)
  }
}
class DeadlineBeforeSend extends Error {}

/**
 * An Octokit whose every request is bounded: a per-attempt timeout covering headers and body, a
 * whole-client deadline after which requests fail at once, bounded retries with exponential
 * backoff (a fresh count per request) honouring `retry-after` and `x-ratelimit-reset`, answers
 * read whole and capped in size, and the token scrubbed from what is sent and from error
 * messages. Limits and defaults: {@link ApiLimits}. Honours the runner's proxy settings. With an
 * ETag cache (`etagCache`) every GET is conditional and a
 * 304 Not Modified is answered from the cache as a 200 (src/github/etag-cache.ts); `onRequest`
 * still counts it, as it was sent.
 *
 * Retries are done here, not by @octokit/plugin-retry: that plugin keeps its retry count on
 * `options.request`, which @octokit/endpoint's mergeDeep shares by reference with the client's
 * defaults whenever a call passes no `request` option, so one request's count carried over to
 * the next and its first retry waited (count + 1)² s (25 s after one exhausted request).
 */
export function createClient(token: string, o: ClientOptions): GitHubClient {
  registerSecret(token)
  const env = apiLimitsFromEnv()
  const limits: ApiLimits = {
    timeoutMs: o.timeoutMs ?? env.timeoutMs,
    deadlineMs: o.deadlineMs ?? env.deadlineMs,
    retries: o.retries ?? env.retries,
    retryBaseMs: o.retryBaseMs ?? env.retryBaseMs,
    maxWaitMs: o.maxWaitMs ?? env.maxWaitMs,
    maxBodyBytes: o.maxBodyBytes ?? env.maxBodyBytes
  }
  const deadline = o.deadline ?? new Deadline(limits.deadlineMs)
  const base: Fetch = (defaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch
  const bounded = boundedFetch(base, limits, deadline)
  const cache = o.etagCache
  const gh = getOctokit(token, {
    baseUrl: o.baseUrl.replace(/\/+$/, ''),
    request: { fetch: cache ? etagFetch(bounded, cache) : bounded }
  })
  gh.hook.wrap('request', async (request, options) => {
    const endpoint = `${String(options.method)} ${String(options.url)}`
    const verb = options.method === 'GET' || options.method === 'HEAD' ? 'read' : 'sent'
    // Inner hooks are bound to this very options object (before-after-hook): scrub it in place.
    scrubRequest(options)
    const req = options.request as { retries?: unknown } | undefined
    const maxRetries = typeof req?.retries === 'number' ? req.retries : limits.retries
    let retries = 0
    let timeouts = 0
    let rateWaits = 0
    const deadlineError = (): ApiDeadlineError =>
      new ApiDeadlineError(
        `GitHub API deadline of ${deadline.seconds} s passed before ${endpoint} was ${verb}`
      )
    for (;;) {
      if (deadline.remaining() <= 0) throw deadlineError()
      o.onRequest?.()
      let e: unknown
      try {
        return await request(options)
      } catch (caught) {
        e = caught
      }
      const cause = (e as { cause?: unknown }).cause
      if (cause instanceof DeadlineBeforeSend) throw deadlineError()
      if (cause instanceof BodyTooLarge)
        throw new AnswerTooLargeError(
          `${endpoint} answered with more than ${Math.round(cause.limit / 1024 / 1024)} MiB; gonogo does not read answers that large`
        )
      let waitMs: number
      if (cause instanceof AttemptTimeout) {
        if (cause.byDeadline) throw deadlineError()
        if (timeouts >= MAX_TIMEOUT_RETRIES || retries >= maxRetries)
          throw new ApiTimeoutError(
            `${endpoint} did not answer within ${cause.ms / 1000} s (${timeouts + 1} attempts)`
          )
        timeouts++
        waitMs = backoff(limits.retryBaseMs, ++retries)
      } else {
        const kind = classify(e)
        if (kind === 'final' || (kind === 'retry' && retries >= maxRetries)) throw scrubError(e)
        if (kind === 'rate') {
          waitMs = rateLimitWait(e)
          const giveUp =
            rateWaits >= MAX_RATE_LIMIT_WAITS ||
            waitMs > limits.maxWaitMs ||
            waitMs >= deadline.remaining()
          o.log?.(
            `GitHub rate limit on ${endpoint}: ${giveUp ? 'giving up' : `retrying after ${Math.ceil(waitMs / 1000)} s`}`
          )
          if (giveUp) throw scrubError(e)
          rateWaits++
        } else {
          waitMs = Math.max(backoff(limits.retryBaseMs, ++retries), retryAfterMs(e) ?? 0)
        }
      }
      // A wait that would outlast the budget ends the request now, with what went wrong.
      if (waitMs > limits.maxWaitMs || waitMs >= deadline.remaining()) throw scrubError(e)
      o.onRetry?.({
        endpoint,
        retry: retries + rateWaits,
        waitMs,
        reason: cause instanceof AttemptTimeout ? 'timeout' : `HTTP ${statusOf(e) ?? 'error'}`
      })
      await sleep(waitMs)
    }
  })
  return gh
}

function backoff(baseMs: number, retry: number): number {
  return baseMs * 2 ** (retry - 1)
}

function headersOf(e: unknown): Record<string, string | undefined> {
  return (
    (e as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {}
  )
}

function messageOf(e: unknown): string {
  const data = (e as { response?: { data?: unknown } }).response?.data
  const m = (data as { message?: unknown } | undefined)?.message
  return typeof m === 'string' ? m : e instanceof Error ? e.message : ''
}

/** retry: 5xx and dropped connections; rate: a rate limit; final: anything else. */
function classify(e: unknown): 'retry' | 'rate' | 'final' {
  const status = statusOf(e)
  if (status === undefined) return 'final'
  const h = headersOf(e)
  if (status === 429) return 'rate'
  if (
    status === 403 &&
    (h['x-ratelimit-remaining'] === '0' ||
      h['retry-after'] !== undefined ||
      /rate limit/i.test(messageOf(e)))
  )
    return 'rate'
  return status >= 500 ? 'retry' : 'final'
}

function retryAfterMs(e: unknown): number | undefined {
  const v = headersOf(e)['retry-after']?.trim()
  if (!v) return undefined
  if (/^\d+$/.test(v)) return Number(v) * 1000
  const at = Date.parse(v)
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined
}

/** How long GitHub asks us to wait (docs: "Rate limits for the REST API", "Handle rate limit errors appropriately"). */
function rateLimitWait(e: unknown): number {
  const after = retryAfterMs(e)
  if (after !== undefined) return after
  const h = headersOf(e)
  const reset = Number(h['x-ratelimit-reset'])
  if (h['x-ratelimit-remaining'] === '0' && Number.isFinite(reset) && reset > 0)
    return Math.max(0, reset * 1000 - Date.now()) + 1000
  return SECONDARY_WAIT_MS
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Option keys that are Octokit's own, not data sent to GitHub. */
const STRUCTURAL = new Set(['method', 'url', 'baseUrl', 'headers', 'request', 'mediaType'])

/**
 * Removes every registered secret from the data a request sends (bodies, parameters), replacing
 * the top-level values of this per-request options object; nested values are copied, so the
 * caller's objects are left as they were.
 */
function scrubRequest(options: object): void {
  const o = options as Record<string, unknown>
  for (const [k, v] of Object.entries(o)) if (!STRUCTURAL.has(k)) o[k] = scrubDeep(v)
}

function scrubDeep(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return scrubSecrets(v)
  if (depth > 32 || typeof v !== 'object' || v === null || v instanceof ArrayBuffer) return v
  if (Array.isArray(v)) return v.map((x) => scrubDeep(x, depth + 1))
  if (Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) return v
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrubDeep(x, depth + 1)]))
}

/** The error with registered secrets removed from its message and the answer it carries. */
function scrubError(e: unknown): unknown {
  if (!(e instanceof Error)) return e
  try {
    e.message = scrubSecrets(e.message)
    const res = (e as { response?: { data?: unknown } }).response
    if (res && res.data !== undefined) res.data = scrubDeep(res.data)
  } catch {
    // a frozen error stays as it is; messages are scrubbed again where they are written
  }
  return e
}

const TEXTUAL = /^(application\/([\w.+-]*\+)?json|text\/)/i

/**
 * fetch with the per-attempt timeout (bounded by the deadline) over headers and body, the body
 * read whole here so that a reset or truncation mid-body is an error (Octokit would read it as
 * an empty answer), and its size capped.
 */
function boundedFetch(base: Fetch, limits: ApiLimits, deadline: Deadline): Fetch {
  return async (input, init) => {
    const left = deadline.remaining()
    if (left <= 0) throw new DeadlineBeforeSend()
    const ms = Math.min(limits.timeoutMs, left)
    const byDeadline = ms < limits.timeoutMs
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(new AttemptTimeout(ms, byDeadline)), ms)
    const signal = init?.signal
      ? AbortSignal.any([init.signal, controller.signal])
      : controller.signal
    const timedOut = (): AttemptTimeout | undefined =>
      controller.signal.aborted ? (controller.signal.reason as AttemptTimeout) : undefined
    try {
      let res: Response
      try {
        res = await base(input, { ...init, signal })
      } catch (e) {
        throw timedOut() ?? e
      }
      const type = res.headers.get('content-type') ?? ''
      const limit = TEXTUAL.test(type) || type === '' ? limits.maxBodyBytes : MAX_BINARY_BYTES
      const declared = Number(res.headers.get('content-length'))
      if (Number.isFinite(declared) && declared > limit) {
        await res.body?.cancel().catch(() => undefined)
        throw new BodyTooLarge(limit)
      }
      const chunks: Uint8Array[] = []
      let size = 0
      if (res.body) {
        const reader: ReadableStreamDefaultReader<Uint8Array> = res.body.getReader()
        try {
          for (;;) {
            const { done, value } = await reader.read()
            if (done) break
            size += value.byteLength
            if (size > limit) {
              await reader.cancel().catch(() => undefined)
              throw new BodyTooLarge(limit)
            }
            chunks.push(value)
          }
        } catch (e) {
          if (e instanceof BodyTooLarge) throw e
          throw (
            timedOut() ??
            new Error(
              `the connection broke after ${size} bytes of the answer (${e instanceof Error ? e.message : String(e)})`
            )
          )
        }
      }
      const nullBody = res.status === 204 || res.status === 205 || res.status === 304
      const whole = new Response(nullBody ? null : Buffer.concat(chunks), {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers
      })
      // Where a redirect led (artifact downloads end on a storage URL).
      Object.defineProperty(whole, 'url', { value: res.url })
      return whole
    } finally {
      clearTimeout(timer)
    }
  }
}
