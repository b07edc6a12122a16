import { ConfigurationError } from './errors.js'

/**
 * Parses an RFC 3339 date (`2026-11-21`, meaning its first instant in UTC) or date-time. Unlike
 * Date.parse it refuses impossible calendar values (2026-02-30, 24:00) instead of rolling them over.
 * Returns NaN when the text is not such a time.
 */
export function parseRfc3339(text: string): number {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(
      text
    )
  if (!m) return NaN
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const day = new Date(Date.UTC(y, mo - 1, d))
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d)
    return NaN
  if (m[4] === undefined) return day.getTime()
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return NaN
  return Date.parse(text)
}

export const DAY_MS = 24 * 60 * 60 * 1000

/** An `effective-time` input or option: an RFC 3339 time, or a configuration error saying so. */
export function parseEffectiveTime(value: string): number {
  const t = parseRfc3339(value)
  if (Number.isNaN(t)) {
    throw new ConfigurationError(
      `effective time '${value}' is not an RFC 3339 time such as 2026-11-21T00:00:00Z`
    )
  }
  return t
}
