/** Status words: one place for each of them. */

/** What a report says about itself (the report contract). */
export const REPORT_STATUSES = ['passed', 'failed', 'unverified'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

/**
 * What the gate concluded about one control's evidence. `missing`, `invalid` and `stale` are
 * evidence problems; they count as failed.
 */
export const CONTROL_STATUSES = [
  'passed',
  'failed',
  'unverified',
  'missing',
  'invalid',
  'stale'
] as const
export type ControlStatus = (typeof CONTROL_STATUSES)[number]

export const DECISIONS = ['go', 'conditional-go', 'no-go'] as const
export type Decision = (typeof DECISIONS)[number]

export const SEVERITIES = ['high', 'medium'] as const
export type Severity = (typeof SEVERITIES)[number]

/** After a waiver a failure may sit one step lower than declared; `low` does not count. */
export type CountedSeverity = Severity | 'low'

/** Older governance scripts wrote free-form status words; this is how each one reads. */
const LEGACY_WORDS: Readonly<Record<string, ReportStatus>> = {
  passed: 'passed',
  pass: 'passed',
  ok: 'passed',
  healthy: 'passed',
  success: 'passed',
  failed: 'failed',
  fail: 'failed',
  error: 'failed',
  breach: 'failed',
  // GitHub's check conclusions, as reports copy them.
  failure: 'failed',
  timed_out: 'failed',
  cancelled: 'failed',
  canceled: 'failed',
  // The older consolidated summaries' words for an input that is absent or unreadable.
  missing: 'failed',
  invalid: 'failed',
  unverified: 'unverified',
  unknown: 'unverified',
  pending: 'unverified',
  partial: 'unverified',
  warning: 'unverified'
}

export const LEGACY_STATUS_WORDS: readonly string[] = Object.keys(LEGACY_WORDS).sort()

/** Normalises a status word; `undefined` for a word nobody defined (the caller fails closed). */
export function normaliseStatusWord(word: string): ReportStatus | undefined {
  const key = word.trim().toLowerCase()
  return Object.hasOwn(LEGACY_WORDS, key) ? LEGACY_WORDS[key] : undefined
}

/** Statuses that count as a failed control before waivers. */
export function isFailing(status: ControlStatus): boolean {
  return status !== 'passed' && status !== 'unverified'
}

/** Worst first: the status a control gets when several files feed it. */
const PRECEDENCE: readonly ControlStatus[] = [
  'invalid',
  'stale',
  'missing',
  'failed',
  'unverified',
  'passed'
]

export function worstStatus(statuses: readonly ControlStatus[]): ControlStatus {
  if (statuses.length === 0) return 'missing'
  let worst = PRECEDENCE.length - 1
  for (const s of statuses) worst = Math.min(worst, PRECEDENCE.indexOf(s))
  return PRECEDENCE[worst] as ControlStatus
}
