import { jsonDuplicateKey, parseBoundedJson } from './json-error.js'
import { nameInvisibles } from '../core/visible-text.js'

export { lineColumn } from './json-error.js'
import type { Finding } from '../core/evidence.js'
import type { ControlStatus } from '../core/status.js'

/** What one source file says. */
export interface FileVerdict {
  status: ControlStatus
  message: string
  findings: Finding[]
  summary: Record<string, number>
  /**
   * Set when the source passed but decided only a conditional go (the older release gate's
   * `decision: conditional-go`): the decision can be at best conditional-go. Says why.
   */
  conditional?: string
  /** Set when this source's `unverified` may not be accepted with manual evidence; says why. */
  refuseUnverified?: string
  /** Findings the reader left out of `findings` (it keeps at most MAX_FINDINGS_PER_CONTROL). */
  findingsOmitted?: number
  /** JUnit: what the file's tests did, so that a source of several files judges them together. */
  tests?: TestTally
}

/**
 * What one JUnit file's tests did. "No test ran" is a property of a whole source (every file a
 * control's glob matched), not of one file: a per-class file that holds only skipped tests is
 * fine when tests ran in another file of the same source (see `judgeTogether` in junit.ts).
 */
export interface TestTally {
  /** Workspace-relative path of the file. */
  file: string
  /** Test cases listed (or, in a file of suite totals only, counted by those totals). */
  tests: number
  /** Test cases that were skipped or disabled. */
  skipped: number
  /** Test cases that ran: not skipped (a flaky test that passed on a rerun ran). */
  ran: number
  /** Failures and errors: failed test cases plus totals no element accounts for. */
  failed: number
}

export interface ParseContext {
  /** Workspace-relative path, for messages. */
  file: string
  /** Absolute workspace root: absolute paths inside reports are made relative to it. */
  root?: string
  /** The control reading a single report: a gonogo report for another control is refused. */
  control?: string
  /** `owner/repo` being gated: a report about another repository is refused. */
  repository?: string
  /** The commit being gated; reports about another commit are stale. */
  sha?: string
}

export function invalid(file: string, why: string): FileVerdict {
  return { status: 'invalid', message: `${file}: ${why}`, findings: [], summary: {} }
}

export function stale(file: string, reportSha: string, sha: string): FileVerdict {
  // Ids that share their first 12 digits (a SHA-256 id and a SHA-1 one) are shown whole.
  const same = reportSha.slice(0, 12).toLowerCase() === sha.slice(0, 12).toLowerCase()
  const [a, b] = same ? [reportSha, sha] : [reportSha.slice(0, 12), sha.slice(0, 12)]
  return {
    status: 'stale',
    message: `${file}: report is about commit ${a}, but the gate checks ${b}; regenerate it for this commit`,
    findings: [],
    summary: {}
  }
}

/**
 * Parses a report's JSON, turning the engine's error into "at line L, column C: …" (see
 * json-error.ts). With `maxDepth`, nesting deeper is refused before parsing (json-error.ts
 * `jsonTooDeep`), so no later walk over the value can run out of stack. The size is bounded
 * before the file is read (`limits.max_report_bytes`). Never throws.
 *
 * @param maxDepth the SARIF reader passes MAX_JSON_DEPTH (256); the JSON report reader reads any
 *   depth (its walks over the value are iterative, older-reports.test.ts)
 * @param what what the file is, for the messages ('report'; 'plan' for an org plan)
 */
export function parseJson(
  text: string,
  file: string,
  maxDepth = Number.POSITIVE_INFINITY,
  what = 'report'
): { ok: true; value: unknown } | { ok: false; verdict: FileVerdict } {
  if (text.includes('\u0000')) return { ok: false, verdict: invalid(file, 'binary data, not JSON') }
  const parsed = parseBoundedJson(text, maxDepth)
  if (!parsed.ok) return { ok: false, verdict: invalid(file, parsed.message) }
  const dup = jsonDuplicateKey(text, parsed.value)
  if (dup)
    return {
      ok: false,
      verdict: invalid(
        file,
        `key ${JSON.stringify(nameInvisibles(dup.key).slice(0, 60))} is written twice in one object (line ${dup.line}, column ${dup.column}); JSON readers disagree on which one counts, so the ${what} is refused: write each key once`
      )
    }
  return parsed
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** A commit id a report names: full or abbreviated (7+), any case. */
export const REPORT_SHA_PATTERN = /^[0-9a-fA-F]{7,64}$/

/** Whether a report's commit id (full or abbreviated, any case) names the gated commit. */
export function sameCommit(reportSha: string, sha: string): boolean {
  const a = reportSha.toLowerCase()
  const b = sha.toLowerCase()
  return a.length >= 7 && (a === b || (a.length < b.length && b.startsWith(a)))
}
