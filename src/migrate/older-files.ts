/**
 * Reads the older gate's files — `.github/release_gate_policy.json`,
 * `.github/release_exceptions.json` — and tells an older report from any other JSON file. Pure:
 * text in, values out.
 *
 * The shapes are those `tooling/generate_release_readiness_gate.py` reads (`_load_policy`,
 * `_load_active_exceptions`) and `docs/RELEASE_EXCEPTIONS_POLICY.md` §3 describes. Where the
 * older gate quietly coerced a value (`bool("false")` is true, `int(2.7)` is 2) or skipped a bad
 * entry, migrate refuses instead: every problem is a ConfigurationError naming the file, the line
 * and column when they can be found, the field, and what to write instead.
 */
import { LineCounter, parseDocument, isNode } from 'yaml'
import { parseJsonAt } from '../parsers/json-error.js'
import { isRecord } from '../parsers/verdict.js'
import { REPORT_CONTRACT } from '../core/contracts.js'
import { ConfigurationError } from '../core/errors.js'
import { parseRfc3339 } from '../core/time.js'
import { GATE_REPORT_CONTRACT } from './catalog.js'

type Path = (string | number)[]
type Fail = (p: Path, problem: string, fix: string) => never

/** One profile of `release_gate_policy.json`: its limits and every other setting as written. */
export interface OlderProfile {
  name: string
  /** `max_high_failures`; undefined when absent (the older gate then used 0). */
  maxHigh: number | undefined
  /** `max_medium_failures`; undefined when absent (the older gate then used 0). */
  maxMedium: number | undefined
  /** The other settings, keys sorted: what migrate has to explain. */
  settings: Record<string, unknown>
}

/** `release_gate_policy.json`: its profiles in file order, and unknown top-level keys. */
export interface OlderGatePolicy {
  profiles: OlderProfile[]
  unknownKeys: string[]
}

/** One entry of `release_exceptions.json`, checked. */
export interface OlderException {
  /** Position in `exceptions[]`. */
  index: number
  checkId: string
  approvedBy: string
  reason: string
  /** `expires_at` as written. */
  expiresAt: string
  /** The same instant as an RFC 3339 UTC time gonogo reads the same way. */
  expires: string
  /** Epoch milliseconds of `expires`. */
  expiresMs: number
  /** Why `expires` differs from `expiresAt`, when it does. */
  expiryChange?: string
  /** Keys the older format does not have (not carried over). */
  unknownKeys: string[]
}

/** What a JSON file in the artifacts folder is. */
export type ArtifactKind = 'older-report' | 'gate-report' | 'gonogo-report' | 'not-a-report'

export interface ArtifactInfo {
  /** Workspace-relative path. */
  path: string
  /** File name. */
  name: string
  kind: ArtifactKind
  /** The report's `contract`, if it names one. */
  contract?: string
  /** Why a file is not made a control. */
  why?: string
}

const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
const BOOLEAN_SETTINGS = ['allow_trend_unverified', 'allow_missing_runtime_executive_summary']
const COUNT_SETTINGS = [
  'max_high_failures',
  'max_medium_failures',
  'durability_advanced_min_expected_scenarios',
  'durability_advanced_min_expected_tests'
]
const WORD_LIST_SETTINGS = [
  'dx_allowed_slo_statuses',
  'trend_allowed_slo_statuses',
  'required_jobs'
]
const EXCEPTION_FIELDS = ['check_id', 'approved_by', 'reason', 'expires_at']
/** gonogo's limits on a waiver (schemas/gonogo.schema.json, definitions.waiver). */
const MAX_OWNER = 200
const MAX_REASON = 1000

/**
 * Parses `release_gate_policy.json`.
 * Shape: `{ "version"?: string, "profiles": { <name>: { max_high_failures?: int ≥ 0,
 * max_medium_failures?: int ≥ 0, allow_*?: boolean, *_statuses?: string[], required_jobs?:
 * string[], durability_advanced_min_expected_*?: int ≥ 0, …other keys } } }`.
 * Throws ConfigurationError for anything else, e.g.
 * `.github/release_gate_policy.json:9:30: profiles.strict.max_medium_failures: must be a whole number ≥ 0, found "2"; …`.
 */
export function parseGatePolicy(text: string, file: string): OlderGatePolicy {
  const doc = parseJsonFile(text, file, 'the older gate policy')
  const fail: Fail = failer(text, file)
  if (!isRecord(doc))
    fail([], 'must be a JSON object with "profiles"', 'see docs/RELEASE_GATE_SLO_POLICY.md §1–3')
  const profilesValue = doc.profiles
  if (!isRecord(profilesValue))
    fail(
      ['profiles'],
      `must be an object of profiles, found ${describe(profilesValue)}`,
      'write "profiles": { "strict": { "max_high_failures": 0, "max_medium_failures": 0 } }'
    )
  const names = Object.keys(profilesValue)
  if (names.length === 0)
    fail(
      ['profiles'],
      'declares no profile',
      'add at least the "strict" profile the older gate used by default'
    )
  const profiles = names.map((name) => {
    const raw = profilesValue[name]
    if (!PROFILE_NAME.test(name))
      fail(
        ['profiles', name],
        `'${name}' is not a usable profile name`,
        'rename it to letters, digits, ".", "_" or "-" (at most 64, starting with a letter or digit)'
      )
    if (!isRecord(raw))
      fail(
        ['profiles', name],
        `must be an object of settings, found ${describe(raw)}`,
        'write { "max_high_failures": 0, … }'
      )
    // fromEntries keeps a key such as "__proto__" an ordinary own property.
    const settings: [string, unknown][] = []
    for (const key of Object.keys(raw).sort()) {
      const value = raw[key]
      const at: Path = ['profiles', name, key]
      if (BOOLEAN_SETTINGS.includes(key) && typeof value !== 'boolean')
        fail(
          at,
          `must be true or false, found ${describe(value)}`,
          'write true or false without quotes'
        )
      if (COUNT_SETTINGS.includes(key) && !isCount(value))
        fail(
          at,
          `must be a whole number ≥ 0, found ${describe(value)}`,
          'write a number such as 0 or 2 without quotes'
        )
      if (WORD_LIST_SETTINGS.includes(key) && !isWordList(value))
        fail(
          at,
          `must be a list of strings, found ${describe(value)}`,
          'write e.g. ["pass", "passed"]'
        )
      if (key !== 'max_high_failures' && key !== 'max_medium_failures') settings.push([key, value])
    }
    return {
      name,
      maxHigh: raw.max_high_failures as number | undefined,
      maxMedium: raw.max_medium_failures as number | undefined,
      settings: Object.fromEntries(settings)
    }
  })
  const unknownKeys = Object.keys(doc)
    .filter((k) => k !== 'profiles' && k !== 'version')
    .sort()
  return { profiles, unknownKeys }
}

/**
 * Parses `release_exceptions.json` (docs/RELEASE_EXCEPTIONS_POLICY.md §3).
 * Shape: `{ "exceptions": [ { "check_id", "approved_by", "reason", "expires_at" } ] }`, each a
 * non-empty string, `expires_at` a UTC ISO-8601 time. Throws ConfigurationError naming
 * `exceptions[i].<field>` and its line for a missing, empty, mistyped or unreadable field: the
 * older gate skipped such an entry (and failed `exceptions_entry_issue`); migrate asks for a fix.
 */
export function parseExceptions(text: string, file: string): OlderException[] {
  const doc = parseJsonFile(text, file, 'the exceptions file')
  const fail: Fail = failer(text, file)
  if (!isRecord(doc) || !Array.isArray(doc.exceptions))
    fail(
      isRecord(doc) ? ['exceptions'] : [],
      'must be an object with an "exceptions" list',
      'write { "exceptions": [ { "check_id": …, "approved_by": …, "reason": …, "expires_at": … } ] }'
    )
  return doc.exceptions.map((entry: unknown, index: number): OlderException => {
    if (!isRecord(entry))
      fail(
        ['exceptions', index],
        `must be an object, found ${describe(entry)}`,
        'write { "check_id": …, "approved_by": …, "reason": …, "expires_at": … }'
      )
    for (const field of EXCEPTION_FIELDS) {
      const v = entry[field]
      if (typeof v !== 'string' || v.trim() === '')
        fail(
          ['exceptions', index, ...(field in entry ? [field] : [])],
          field in entry
            ? `must be a non-empty string, found ${describe(v)}`
            : `missing required field "${field}"`,
          'every exception needs check_id, approved_by, reason and expires_at (docs/RELEASE_EXCEPTIONS_POLICY.md §3)'
        )
    }
    const str = (k: string): string => (entry[k] as string).trim()
    const approvedBy = str('approved_by')
    const reason = str('reason')
    if (approvedBy.length > MAX_OWNER)
      fail(
        ['exceptions', index, 'approved_by'],
        `is ${approvedBy.length} characters; a waiver owner may have at most ${MAX_OWNER}`,
        'shorten it to a handle or team'
      )
    if (reason.length > MAX_REASON)
      fail(
        ['exceptions', index, 'reason'],
        `is ${reason.length} characters; a waiver reason may have at most ${MAX_REASON}`,
        'shorten it; link the long version'
      )
    const expiresAt = entry.expires_at as string
    const expiry = toUtcExpiry(expiresAt.trim())
    if (!expiry)
      fail(
        ['exceptions', index, 'expires_at'],
        `${JSON.stringify(expiresAt)} is not a UTC ISO-8601 time migrate can read`,
        'write it as 2026-06-15T00:00:00Z'
      )
    return {
      index,
      checkId: str('check_id'),
      approvedBy,
      reason,
      expiresAt,
      expires: expiry.text,
      expiresMs: expiry.ms,
      ...(expiry.change ? { expiryChange: expiry.change } : {}),
      unknownKeys: Object.keys(entry)
        .filter((k) => !EXCEPTION_FIELDS.includes(k))
        .sort()
    }
  })
}

/**
 * An `expires_at` as an instant gonogo reads the same way the older gate did (its `_parse_utc`:
 * Python's `datetime.fromisoformat`, a time without an offset taken as UTC). A bare date meant
 * its first instant to the older gate but its last day to gonogo, so it becomes `…T00:00:00Z`.
 * Accepted: `YYYY-MM-DD`, or that with `T` or a space and `HH:MM[:SS[.fraction]]`, optionally
 * `Z` or `±HH:MM`. Undefined for anything else or an impossible date.
 */
export function toUtcExpiry(
  text: string
): { text: string; ms: number; change?: string } | undefined {
  const m =
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|z|[+-]\d{2}:\d{2})?)?$/.exec(
      text
    )
  if (!m) return undefined
  const [, date, time, zone] = m
  if (time === undefined) {
    const out = `${date}T00:00:00Z`
    const ms = parseRfc3339(out)
    if (Number.isNaN(ms)) return undefined
    return {
      text: out,
      ms,
      change:
        'a bare date meant its first instant to the older gate (gonogo reads a date as the whole day)'
    }
  }
  const seconds = time.length === 5 ? `${time}:00` : time
  const out = `${date}T${seconds}${zone === undefined ? 'Z' : zone.toUpperCase()}`
  const ms = parseRfc3339(out)
  if (Number.isNaN(ms)) return undefined
  if (out === text) return { text: out, ms }
  return {
    text: out,
    ms,
    change:
      zone === undefined
        ? 'no offset: the older gate read it as UTC'
        : 'written in RFC 3339 form (same instant)'
  }
}

/**
 * What a JSON file in the artifacts folder is: an older-scripts report (a `contract` of its own,
 * or none but a verdict field — `status`, `slo_status`, `decision`, a count or a `*_ratio` — as
 * the older gate and executive summary read them), the older gate's own report, a gonogo report,
 * or no report (e.g. the `needs_context.json` the older workflow wrote).
 * Throws ConfigurationError, naming the line, for a file that is not valid JSON.
 */
export function classifyArtifact(text: string, path: string): ArtifactInfo {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const doc = parseJsonFile(text, path, 'a report')
  if (!isRecord(doc)) return { path, name, kind: 'not-a-report', why: 'not a JSON object' }
  const contract = typeof doc.contract === 'string' ? doc.contract : undefined
  if (contract === REPORT_CONTRACT)
    return {
      path,
      name,
      kind: 'gonogo-report',
      contract,
      why: `already a ${REPORT_CONTRACT} report`
    }
  if (
    contract === GATE_REPORT_CONTRACT ||
    (contract === undefined && typeof doc.decision === 'string' && isRecord(doc.inputs))
  )
    return {
      path,
      name,
      kind: 'gate-report',
      contract: contract ?? GATE_REPORT_CONTRACT,
      why: "the older gate's own decision, which gonogo replaces"
    }
  if (contract !== undefined) return { path, name, kind: 'older-report', contract }
  if (hasVerdict(doc)) return { path, name, kind: 'older-report' }
  return {
    path,
    name,
    kind: 'not-a-report',
    why: 'no contract and no verdict field (status, slo_status, decision, a count or a ratio)'
  }
}

function hasVerdict(doc: Record<string, unknown>): boolean {
  if (['status', 'slo_status', 'decision'].some((k) => typeof doc[k] === 'string')) return true
  if (Object.keys(doc).some((k) => k.endsWith('_ratio') && typeof doc[k] === 'number')) return true
  return typeof doc.failed === 'number' && typeof doc.total === 'number'
}

/** JSON.parse with the line and column of a syntax error, and a hint for a byte-order mark. */
function parseJsonFile(text: string, file: string, what: string): unknown {
  if (text.charCodeAt(0) === 0xfeff)
    throw new ConfigurationError(
      `${file}:1:1: starts with a byte-order mark, which the older scripts could not read either; save it as UTF-8 without BOM`
    )
  const parsed = parseJsonAt(text)
  if (!parsed.ok) {
    const line = parsed.line !== undefined ? `:${parsed.line}` : ''
    throw new ConfigurationError(
      `${file}${line}: ${parsed.message}; fix ${what} and run gonogo migrate again`
    )
  }
  return parsed.value
}

/** A thrower naming file:line:column (found through a YAML parse of the JSON text) and the field. */
function failer(text: string, file: string): Fail {
  return (p, problem, fix) => {
    const where = locate(text, p)
    throw new ConfigurationError(
      `${file}${where ? `:${where}` : ''}: ${fieldName(p)}: ${problem}; ${fix}`
    )
  }
}

/** `line:column` of the value at `p` (JSON is YAML), or undefined when it cannot be found. */
function locate(text: string, p: Path): string | undefined {
  try {
    const lines = new LineCounter()
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
    if (doc.errors.length > 0) return undefined
    const node: unknown = p.length === 0 ? doc.contents : doc.getIn(p, true)
    if (!isNode(node) || !node.range) return undefined
    const pos = lines.linePos(node.range[0])
    return `${pos.line}:${pos.col}`
  } catch {
    return undefined
  }
}

function fieldName(p: Path): string {
  if (p.length === 0) return '(top level)'
  return p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0
}

function isWordList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string')
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'an object'
  return `${typeof v} ${JSON.stringify(v)}`
}
