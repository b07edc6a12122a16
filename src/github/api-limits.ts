import { ConfigurationError } from '../core/errors.js'

/**
 * How long gonogo waits for the GitHub API, and how often it tries again.
 *
 * - Per request: each attempt gets at most {@link ApiLimits.timeoutMs} for the whole answer
 *   (headers and body). GitHub itself ends a REST request that takes more than 10 s ("Timeouts"
 *   in the REST API troubleshooting docs), so the default leaves room for a slow network.
 * - Whole run: after {@link ApiLimits.deadlineMs} from the client's creation every further
 *   request fails at once, so a GitHub that hangs or keeps failing makes the rest `unverified`
 *   instead of holding the job ("GitHub API deadline of N s passed before <endpoint> was read").
 * - Retries: 5xx answers, dropped connections and timeouts are retried up to
 *   {@link ApiLimits.retries} times (a timeout at most once), waiting 1 s, 2 s, 4 s…; rate limits
 *   ("Rate limits for the REST API": `retry-after`, else `x-ratelimit-reset` when
 *   `x-ratelimit-remaining` is 0, else one minute for a secondary limit) are waited out at most
 *   twice when the wait is at most {@link ApiLimits.maxWaitMs} and ends before the deadline.
 *
 * Configured by the action inputs `api-timeout` and `api-deadline` (seconds; read from
 * `INPUT_API-TIMEOUT` / `INPUT_API-DEADLINE` as `@actions/core` does), or for the CLI by
 * `GONOGO_API_TIMEOUT` / `GONOGO_API_DEADLINE`; explicit client options win over both.
 */
export interface ApiLimits {
  /** Per attempt, headers and body, in ms. Default {@link DEFAULT_API_TIMEOUT_S} s. */
  timeoutMs: number
  /** Whole client (one run), in ms. Default {@link DEFAULT_API_DEADLINE_S} s. */
  deadlineMs: number
  /** Retries after a 5xx, a dropped connection or a timeout. Default 3. */
  retries: number
  /** First retry waits this long, then twice as long each time. Default 1000 ms. */
  retryBaseMs: number
  /** Longest single wait (backoff or rate limit) before giving up instead. Default 60 s. */
  maxWaitMs: number
  /** Largest JSON or text answer read, in bytes. Default 32 MiB. */
  maxBodyBytes: number
}

export const DEFAULT_API_TIMEOUT_S = 20
export const DEFAULT_API_DEADLINE_S = 300
export const DEFAULT_API_LIMITS: Readonly<ApiLimits> = {
  timeoutMs: DEFAULT_API_TIMEOUT_S * 1000,
  deadlineMs: DEFAULT_API_DEADLINE_S * 1000,
  retries: 3,
  retryBaseMs: 1000,
  maxWaitMs: 60_000,
  maxBodyBytes: 32 * 1024 * 1024
}

/** Largest accepted setting: one day. */
const MAX_SECONDS = 86_400

const SOURCES = {
  timeout: ['INPUT_API-TIMEOUT', 'GONOGO_API_TIMEOUT'],
  deadline: ['INPUT_API-DEADLINE', 'GONOGO_API_DEADLINE']
} as const

function seconds(
  env: Record<string, string | undefined>,
  names: readonly string[]
): number | undefined {
  for (const name of names) {
    const raw = env[name]?.trim()
    if (!raw) continue
    const label = name.startsWith('INPUT_')
      ? `Input '${name.slice('INPUT_'.length).toLowerCase()}'`
      : `Environment variable ${name}`
    if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) <= 0 || Number(raw) > MAX_SECONDS)
      throw new ConfigurationError(
        `${label} must be a number of seconds between 0 and ${MAX_SECONDS}, got '${raw.slice(0, 40)}'.`
      )
    return Number(raw)
  }
  return undefined
}

/**
 * The limits the environment asks for (action inputs first, then GONOGO_API_* variables), over
 * the defaults. Throws a ConfigurationError naming the input when a value is not a positive
 * number of seconds.
 */
export function apiLimitsFromEnv(env: Record<string, string | undefined> = process.env): ApiLimits {
  const timeout = seconds(env, SOURCES.timeout)
  const deadline = seconds(env, SOURCES.deadline)
  return {
    ...DEFAULT_API_LIMITS,
    ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
    ...(deadline !== undefined ? { deadlineMs: deadline * 1000 } : {})
  }
}

/**
 * A point in time after which no request is sent. One Deadline may be shared by several clients
 * so that a whole run (the gate's history, comment and check run) has one budget.
 */
export class Deadline {
  readonly at: number
  constructor(
    /** Length of the budget, in ms (for messages). */
    readonly ms: number,
    private readonly now: () => number = Date.now
  ) {
    this.at = now() + ms
  }

  /** ms left; 0 or less once passed. */
  remaining(): number {
    return this.at - this.now()
  }

  /** The budget in seconds, as messages and inputs state it. */
  get seconds(): number {
    return Math.round(this.ms / 100) / 10
  }
}
