/**
 * Reports written by the older governance scripts (the Python `tooling/*.py` gonogo replaces),
 * judged as the Production Readiness Playbook (§2.2–2.4) and the older release gate judged them.
 *
 * Those reports carry a `contract` of their own (`policy_gate_freshness_v1`,
 * `critical_ci_trend_slo_v1`, `release_readiness_gate_v1`, …) or none, and say their verdict in
 * several ways at once. Every signal below is read; the worst one stands, and the message names
 * the field that decided:
 * - verdict words: `status` (`passed`/`failed`/`unverified`), `slo_status` (`pass`/`breach`/…);
 * - the older gate's own `decision` (`go`, `conditional-go`, `no-go`), which supersedes its
 *   `status` (that gate writes `status: passed` only for go);
 * - `summary.failed_tests > 0`, `summary.test_execution_complete: false`,
 *   `summary.failed_executions > 0`, `summary.execution_complete: false`, `summary.unverified: true`;
 * - `checks` as a list of `{check_id, passed, detail, severity?}` or an object of booleans;
 * - `breaches[]` and `failures[]` (failed when not empty); `warnings[]` (shown, never counted);
 * - nested items with their own status word (`scenarios[]`, `nodes[]`, `reports[]`, `current`,
 *   per-surface results): the worst counts;
 * - with no verdict word at all: counts (`failed == 0` with at least one item) and ratios
 *   (`*_ratio == 1.0`), as the older gate read them; with neither, the report is invalid.
 *
 * `unverified` never hides a failure, with one exception the scripts rely on: a report that says
 * `unverified` because it could not reach its evidence lists that reason as a failed check
 * (`github_token_present: false`, `branch_rules_api_call:main` with status 403,
 * `repository_provided: false`). Such access checks explain the `unverified`; any other failed
 * check makes the report failed.
 */
import type { Finding } from '../core/evidence.js'
import { keepFindings } from '../core/evidence.js'
import {
  LEGACY_STATUS_WORDS,
  normaliseStatusWord,
  worstStatus,
  type ReportStatus
} from '../core/status.js'
import {
  invalid,
  isRecord,
  REPORT_SHA_PATTERN,
  sameCommit,
  stale,
  type FileVerdict,
  type ParseContext
} from './verdict.js'

/** The older gate's decision words and what each says about the control it feeds. */
const DECISION_WORDS: Readonly<Record<string, 'go' | 'conditional-go' | 'no-go'>> = {
  go: 'go',
  'conditional-go': 'conditional-go',
  conditional_go: 'conditional-go',
  'no-go': 'no-go',
  no_go: 'no-go'
}

/** Summary fields the Playbook names, and when each fails the report. */
const SUMMARY_RULES: readonly {
  field: string
  kind: 'count' | 'complete'
  what: string
}[] = [
  { field: 'failed_tests', kind: 'count', what: 'tests failed' },
  { field: 'test_execution_complete', kind: 'complete', what: 'test execution did not complete' },
  { field: 'failed_executions', kind: 'count', what: 'executions failed' },
  { field: 'execution_complete', kind: 'complete', what: 'execution did not complete' }
]

/** Top-level keys that hold settings or inputs, not results: never read as item statuses. */
const NOT_RESULTS = new Set([
  'summary',
  'checks',
  'thresholds',
  'inputs',
  'policy',
  'config',
  'settings',
  'exceptions_applied',
  'breaches',
  'failures',
  'warnings',
  'notes'
])

/**
 * A failed check that says the script could not reach its evidence (no token, a refused API call,
 * no repository given): the reason a report is `unverified`, not a failure of the control.
 */
const ACCESS_CHECK =
  /(^|[_:.-])(token|credentials?|auth\w*|permissions?|api_call|repository_provided)([_:.-]|$)/i

/** How deep nested results are looked for; deeper structure is data, not items. */
const MAX_ITEM_DEPTH = 4

interface Signal {
  status: ReportStatus
  /** The rule that gave it, e.g. "summary.failed_executions = 2". */
  why: string
}

/**
 * Judges one report of the older scripts. Pure; never throws.
 *
 * @param doc the parsed JSON object (any `contract` but `gonogo.report/v1`, or none)
 * @param ctx file name (for messages) and the commit being gated (a report naming another commit
 *   is stale)
 * @returns the verdict; `conditional` is set when the older gate decided conditional-go
 */
export function readLegacyReport(doc: Record<string, unknown>, ctx: ParseContext): FileVerdict {
  const contract = typeof doc.contract === 'string' ? doc.contract : undefined
  const label = contract ? `older report (contract ${contract.slice(0, 80)})` : 'older report'
  if (doc.contract !== undefined && typeof doc.contract !== 'string')
    return invalid(ctx.file, "'contract' must be a string naming the report's kind")

  const reportSha = legacySha(doc)
  if (ctx.sha && reportSha && !sameCommit(reportSha, ctx.sha))
    return stale(ctx.file, reportSha, ctx.sha)

  const signals: Signal[] = []
  const findings: Finding[] = []
  const summary: Record<string, number> = {}
  let conditional: string | undefined

  // 1. Verdict words.
  const words: Signal[] = []
  for (const field of ['status', 'slo_status'] as const) {
    const v = doc[field]
    if (v === undefined || v === null) continue
    if (typeof v !== 'string') return invalid(ctx.file, `'${field}' must be a string status word`)
    const s = normaliseStatusWord(v)
    if (!s) {
      return invalid(
        ctx.file,
        `unknown status word ${JSON.stringify(v.slice(0, 40))} in '${field}'; known words: ${LEGACY_STATUS_WORDS.join(', ')}`
      )
    }
    words.push({ status: s, why: `${field}: ${v}` })
  }

  // 2. The older gate's decision supersedes its status word.
  let decision: 'go' | 'conditional-go' | 'no-go' | undefined
  if (doc.decision !== undefined && doc.decision !== null) {
    const d =
      typeof doc.decision === 'string'
        ? DECISION_WORDS[doc.decision.trim().toLowerCase()]
        : undefined
    if (!d || !Object.hasOwn(DECISION_WORDS, String(doc.decision).trim().toLowerCase())) {
      return invalid(
        ctx.file,
        `unknown decision ${JSON.stringify(String(doc.decision).slice(0, 40))}; expected go, conditional-go or no-go`
      )
    }
    decision = d
    signals.push({
      status: d === 'no-go' ? 'failed' : 'passed',
      why: `decision: ${String(doc.decision)}`
    })
  } else {
    signals.push(...words)
  }
  const verdict = worstStatus(words.map((w) => w.status))
  const saysUnverified = words.length > 0 && verdict === 'unverified'

  // 3. Summary fields the Playbook names.
  const s = doc.summary
  if (s !== undefined && s !== null && !isRecord(s))
    return invalid(ctx.file, "'summary' must be an object")
  if (isRecord(s)) {
    for (const [k, v] of Object.entries(s)) {
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) summary[k] = v
    }
    for (const rule of SUMMARY_RULES) {
      const v = s[rule.field]
      if (v === undefined || v === null) continue
      if (rule.kind === 'count') {
        if (typeof v !== 'number' || !Number.isFinite(v))
          return invalid(ctx.file, `'summary.${rule.field}' must be a number`)
        if (v > 0) {
          signals.push({ status: 'failed', why: `summary.${rule.field} = ${v}` })
          findings.push({
            id: `summary.${rule.field}`,
            status: 'failed',
            message: `${v} ${rule.what}`
          })
        }
      } else {
        if (typeof v !== 'boolean')
          return invalid(ctx.file, `'summary.${rule.field}' must be true or false`)
        if (!v) {
          signals.push({ status: 'failed', why: `summary.${rule.field} = false` })
          findings.push({ id: `summary.${rule.field}`, status: 'failed', message: rule.what })
        }
      }
    }
    if (s.unverified === true)
      signals.push({ status: 'unverified', why: 'summary.unverified = true' })
  }

  // 4. Checks: a list of {check_id, passed} or an object of booleans.
  const checks = readChecks(doc.checks)
  if (typeof checks === 'string') return invalid(ctx.file, checks)
  let failedChecks = 0
  for (const c of checks) {
    if (c.passed) continue
    const explainsUnverified = saysUnverified && !decision && ACCESS_CHECK.test(c.id)
    const status: ReportStatus = explainsUnverified ? 'unverified' : 'failed'
    if (!explainsUnverified) failedChecks++
    findings.push({
      id: c.id,
      status,
      message: `${explainsUnverified ? 'could not reach evidence' : 'failed'}${c.detail ? `: ${c.detail}` : ''}${c.severity ? ` (severity ${c.severity})` : ''}`
    })
  }
  if (checks.length > 0) {
    summary.checks = checks.length
    summary.failed_checks = failedChecks
  }
  // The older gate's failed checks are what its decision already weighed (with its exceptions).
  if (failedChecks > 0 && decision !== 'conditional-go' && decision !== 'no-go') {
    const first = findings.filter((f) => f.status === 'failed').map((f) => f.id)
    signals.push({
      status: 'failed',
      why: `${failedChecks === 1 ? 'check' : `${failedChecks} checks`} failed: ${first.slice(0, 3).join(', ')}${first.length > 3 ? ', …' : ''}${decision === 'go' ? ' (although the decision says go)' : ''}`
    })
  }
  if (decision === 'conditional-go') {
    const waived = findings.filter((f) => f.status === 'failed').map((f) => f.id)
    conditional = `the older gate decided conditional-go${waived.length > 0 ? ` (failed within its profile or under an exception: ${waived.slice(0, 3).join(', ')}${waived.length > 3 ? ', …' : ''})` : ''}`
  }

  // 5. Breaches and failures lists; warnings are shown only.
  for (const field of ['breaches', 'failures'] as const) {
    const list = doc[field]
    if (list === undefined || list === null) continue
    if (!Array.isArray(list)) return invalid(ctx.file, `'${field}' must be a list`)
    if (list.length === 0) continue
    summary[field] = list.length
    const texts = list.map(itemText)
    signals.push({
      status: 'failed',
      why: `${field}[] lists ${list.length}: ${texts.slice(0, 2).join('; ')}${list.length > 2 ? '; …' : ''}`
    })
    texts.forEach((t, i) =>
      findings.push({ id: `${field}[${i}]`, status: 'failed', message: t || '(no text)' })
    )
  }
  const warnings = Array.isArray(doc.warnings) ? doc.warnings.map(itemText) : []
  if (warnings.length > 0) summary.warnings = warnings.length

  // 6. Nested items with their own status word.
  const nested: Signal[] = []
  const problem = nestedStatuses(doc, nested)
  if (problem) return invalid(ctx.file, problem)
  for (const n of nested) {
    signals.push(n)
    if (n.status !== 'passed')
      findings.push({ id: n.why.split(':')[0] ?? n.why, status: n.status, message: n.why })
  }

  // 7. No verdict at all: counts and ratios, as the older gate read them.
  if (words.length === 0 && !decision) {
    const counted = countVerdicts(doc)
    if (counted.length === 0 && nested.length === 0 && signals.length === 0) {
      return invalid(
        ctx.file,
        `${label} carries no verdict: looked for 'status', 'slo_status', 'decision', a 'failed' count with a total (top level or in 'summary'), '*_ratio' fields and items with a status; add one, or write a gonogo.report/v1 report`
      )
    }
    signals.push(...counted)
  }

  const status = worstStatus(signals.map((x) => x.status))
  const deciding = signals.filter((x) => x.status === status)
  const unchecked =
    ctx.sha && !reportSha ? '; no commit recorded, so staleness was not checked' : ''
  const shown =
    warnings.length > 0
      ? `; warnings (not counted): ${warnings.slice(0, 2).join('; ')}${warnings.length > 2 ? '; …' : ''}`
      : ''
  const cond = conditional && status === 'passed' ? `; ${conditional}` : ''
  const message = `${ctx.file}: ${status} (${label}: ${deciding
    .slice(0, 4)
    .map((x) => x.why)
    .join('; ')}${deciding.length > 4 ? '; …' : ''}${cond}${shown}${unchecked})`
  const kept = keepFindings(findings)
  return {
    status,
    message,
    findings: kept.findings,
    summary,
    ...(conditional && status === 'passed' ? { conditional } : {})
  }
}

interface LegacyCheck {
  id: string
  passed: boolean
  detail?: string
  severity?: string
}

/** `checks` as the scripts write it; a string names what is malformed. */
function readChecks(v: unknown): LegacyCheck[] | string {
  if (v === undefined || v === null) return []
  if (Array.isArray(v)) {
    const out: LegacyCheck[] = []
    for (const [i, c] of v.entries()) {
      if (!isRecord(c)) return `'checks[${i}]' must be an object with check_id and passed`
      const id = typeof c.check_id === 'string' ? c.check_id : typeof c.id === 'string' ? c.id : ''
      let passed: boolean | undefined
      if (typeof c.passed === 'boolean') passed = c.passed
      else if (typeof c.status === 'string') {
        const s = normaliseStatusWord(c.status)
        if (s === undefined)
          return `unknown status word ${JSON.stringify(c.status.slice(0, 40))} in 'checks[${i}].status'`
        passed = s === 'passed'
      }
      if (passed === undefined)
        return `'checks[${i}]' has no 'passed' (true or false); the older scripts always write it`
      out.push({
        id: id || `checks[${i}]`,
        passed,
        ...(c.detail !== undefined && c.detail !== null ? { detail: itemText(c.detail) } : {}),
        ...(typeof c.severity === 'string' ? { severity: c.severity } : {})
      })
    }
    return out
  }
  if (isRecord(v)) {
    const out: LegacyCheck[] = []
    for (const [k, b] of Object.entries(v)) {
      if (typeof b !== 'boolean') return `'checks.${k}' must be true or false`
      out.push({ id: k, passed: b })
    }
    return out
  }
  return "'checks' must be a list of {check_id, passed} or an object of booleans"
}

/**
 * Status words of nested items (`scenarios[].status`, `nodes[].status`, `current.status`,
 * `reports[].status`, `surfaces.api.status`, …) below the top level, to a bounded depth.
 * Returns a message when a nested status word is unknown.
 */
function nestedStatuses(doc: Record<string, unknown>, out: Signal[]): string | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = []
  for (const [k, v] of Object.entries(doc)) {
    if (NOT_RESULTS.has(k)) continue
    if (typeof v === 'object' && v !== null) stack.push({ value: v, path: k, depth: 1 })
  }
  // Depth-first, in document order (the stack is filled in reverse).
  stack.reverse()
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number }
    const children: { value: unknown; path: string; depth: number }[] = []
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        if (typeof v === 'object' && v !== null)
          children.push({ value: v, path: `${path}[${i}]`, depth: depth + 1 })
      })
    } else if (isRecord(value)) {
      for (const field of ['status', 'slo_status'] as const) {
        const w = value[field]
        if (typeof w !== 'string') continue
        const s = normaliseStatusWord(w)
        if (!s)
          return `unknown status word ${JSON.stringify(w.slice(0, 40))} in '${path}.${field}'; expected passed, failed or unverified`
        out.push({ status: s, why: `${path}.${field}: ${w}` })
      }
      for (const [k, v] of Object.entries(value)) {
        if (k === 'status' || k === 'slo_status' || NOT_RESULTS.has(k)) continue
        if (typeof v === 'object' && v !== null)
          children.push({ value: v, path: `${path}.${k}`, depth: depth + 1 })
      }
    }
    if (depth >= MAX_ITEM_DEPTH) continue
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as (typeof children)[0])
  }
  return undefined
}

/** Failure counts (`failed`, `failed_tests`, `automated_checks_failed`, …). */
const FAILED_COUNT = /^(failed|failed_[a-z_]+|[a-z_]+_failed)$/
/** Item counts (`total`, `passed`, `total_tests`, `checks_total`, `completed_executions`, …). */
const ITEM_COUNT =
  /^(total|passed|total_[a-z_]+|[a-z_]+_total|passed_[a-z_]+|[a-z_]+_passed|completed_[a-z_]+)$/

/**
 * Counts and ratios of a report with no verdict word, at the top level and in `summary`: every
 * failure count passes only at 0 with at least one item counted; every `*_ratio` only at 1.0.
 */
function countVerdicts(doc: Record<string, unknown>): Signal[] {
  const out: Signal[] = []
  const places: [string, Record<string, unknown>][] = [['', doc]]
  if (isRecord(doc.summary)) places.push(['summary.', doc.summary])
  for (const [prefix, o] of places) {
    const num = (k: string): number | undefined => {
      const v = o[k]
      return typeof v === 'number' && Number.isFinite(v) ? v : undefined
    }
    const keys = Object.keys(o)
    const items = keys.filter((k) => ITEM_COUNT.test(k)).map((k) => num(k) ?? 0)
    const counted = Math.max(0, ...items)
    for (const k of keys.filter((x) => FAILED_COUNT.test(x))) {
      const n = num(k)
      if (n === undefined) continue
      out.push(
        n > 0
          ? { status: 'failed', why: `${prefix}${k} = ${n}` }
          : counted > 0
            ? { status: 'passed', why: `${prefix}${k} = 0 of ${counted}` }
            : { status: 'failed', why: `${prefix}${k} = 0 but no item was counted` }
      )
    }
    for (const k of keys) {
      const v = num(k)
      if (!k.endsWith('_ratio') || v === undefined) continue
      out.push(
        v === 1
          ? { status: 'passed', why: `${prefix}${k} = 1.0` }
          : { status: 'failed', why: `${prefix}${k} = ${v} (< 1.0)` }
      )
    }
  }
  return out
}

/** One line of text for a breach, failure or warning entry (strings, or objects as JSON). */
function itemText(v: unknown): string {
  if (typeof v === 'string') return v.split('\n')[0]?.slice(0, 300) ?? ''
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  try {
    return JSON.stringify(v)?.slice(0, 300) ?? ''
  } catch {
    return '(unprintable)'
  }
}

function legacySha(doc: Record<string, unknown>): string | undefined {
  const candidates = [
    isRecord(doc.subject) ? doc.subject.sha : undefined,
    doc.sha,
    doc.commit,
    doc.git_sha,
    doc.head_sha
  ]
  for (const c of candidates) if (typeof c === 'string' && REPORT_SHA_PATTERN.test(c)) return c
  return undefined
}
