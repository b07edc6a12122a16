/**
 * Reports written by the older governance scripts (the Python `tooling/*.py` gonogo replaces),
 * judged as the Production Readiness Playbook (§2.2–2.4) and the older release gate judged them.
 *
 * Those reports carry a `contract` of their own (`policy_gate_freshness_v1`,
 * `critical_ci_trend_slo_v1`, `release_readiness_gate_v1`, …) or none, and say their verdict in
 * several ways at once. Every signal below is read; the worst one stands, and the message names
 * the field that decided:
 * - verdict words: `status` (`passed`/`failed`/`unverified`), `slo_status` (`pass`/`breach`/…);
 * - the older gate's own `decision` (`go`, `conditional-go`, `no-go`): the verdict of that report
 *   (it writes `status: passed` only for go, so a go with another status word is inconsistent);
 * - `summary.failed_tests > 0`, `summary.test_execution_complete: false`,
 *   `summary.failed_executions > 0`, `summary.execution_complete: false` (also in objects nested
 *   in `summary`: `summary.unit.failed_tests`), `summary.unverified` (true, or a count above 0);
 * - a consolidated summary's counts of inputs by status word (`missing`, `invalid`, `unknown`,
 *   top-level `unverified`) above 0: the status of that word (missing and invalid fail);
 * - `checks` as a list of `{check_id, passed, detail, severity?}` or an object of booleans;
 * - `breaches[]`, `failures[]`, `mismatches[]`, `violations[]`, `errors[]` (failed when not
 *   empty); `warnings[]` and `notes[]` (shown, never counted);
 * - nested items with their own verdict word (`scenarios[].status`, `nodes[].status`,
 *   `current.status`, `reports[].status`, per-surface results): the worst counts. A nested
 *   `status` that is not a verdict word (a lifecycle stage such as `experimental`, a policy
 *   outcome such as `allow`) is data, not a verdict;
 * - counts and ratios at the top level and in `summary`: a failure count above 0 (`failed`,
 *   `failed_*`, `*_failed`, `unstable`, `mismatched`, …) fails; with no verdict word at all, the
 *   report passes only with 0 failures of at least one item, every `*_ratio` at 1.0 (above 1 is
 *   not a ratio: invalid), and counts that add up, as the older gate read such reports; with
 *   neither, it is invalid. Counts
 *   that restate the `checks` list (`total`, `passed`, `failed`, `pass_ratio`) are read through
 *   the list.
 *
 * `unverified` never hides a failure, with one exception the scripts rely on: a report that says
 * `unverified` because it could not reach its evidence lists that reason as a failed check of its
 * own (`github_token_present`, `repository_provided`, `branch_rules_api_call:main` with status
 * 403). Those access checks explain the `unverified`; any other failed check makes it failed.
 *
 * Playbook §2.4: `unverified` may be accepted (with manual evidence) only for the GitHub branch
 * protection report. Any other older report that is unverified, and a consolidated summary whose
 * unverified inputs are not only that report, is marked so that `allow_unverified` cannot accept
 * it (`refuseUnverified`).
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

/** The older gate's decision words. */
const DECISION_WORDS: Readonly<Record<string, 'go' | 'conditional-go' | 'no-go'>> = {
  go: 'go',
  'conditional-go': 'conditional-go',
  conditional_go: 'conditional-go',
  'no-go': 'no-go',
  no_go: 'no-go'
}

/** Summary fields the Playbook names, and when each fails the report. */
const SUMMARY_RULES: readonly { field: string; kind: 'count' | 'complete'; what: string }[] = [
  { field: 'failed_tests', kind: 'count', what: 'tests failed' },
  { field: 'test_execution_complete', kind: 'complete', what: 'test execution did not complete' },
  { field: 'failed_executions', kind: 'count', what: 'executions failed' },
  { field: 'execution_complete', kind: 'complete', what: 'execution did not complete' }
]

/** How far above 1 floating-point division may put a ratio that is 1. */
const RATIO_ROUNDING = 1e-9

/**
 * Counts of inputs by a consolidated summary's status words (`"invalid": 1`, top level or in
 * `summary`): above 0, each is the status its word has for an input listed with it (status.ts:
 * missing and invalid fail, unknown and unverified are unverified), whatever the counts of passed
 * and failed inputs say. `summary.unverified` has its own rule (it may be a boolean).
 */
const INPUT_STATUS_COUNTS = ['missing', 'invalid', 'unknown', 'unverified'] as const

/** Lists whose entries are failures, and lists shown but never counted. */
const FAILURE_LISTS = ['breaches', 'failures', 'mismatches', 'violations', 'errors'] as const
const SHOWN_LISTS = ['warnings', 'notes'] as const

/** Top-level keys that hold settings, inputs or lists read above: never read as nested items. */
const NOT_ITEMS = new Set<string>([
  'summary',
  'checks',
  'thresholds',
  'inputs',
  'policy',
  'config',
  'settings',
  'environment',
  'exceptions_applied',
  ...FAILURE_LISTS,
  ...SHOWN_LISTS
])

/**
 * The access checks of the older scripts (verify_github_branch_protection.py): a repository
 * given, a token present, an API call answered. Matched on the whole id (an API call check is
 * `<what>_api_call:<branch>`), never on a substring: required check names can contain "token".
 */
const ACCESS_CHECK =
  /^(repository_provided|github_token_present|token_present|[a-z_]+_api_call(:[^:]*)?)$/

/** The one report §2.4 lets be accepted while unverified. */
const BRANCH_PROTECTION_REPORT = /github_branch_protection/

/**
 * The words the older scripts write as an item's verdict. Other words in a nested `status`
 * (`experimental`, `pending`, `allow`, `skipped`) are lifecycle stages or outcomes, not verdicts.
 */
const NESTED_VERDICTS = new Set([
  'failure',
  'timed_out',
  'cancelled',
  'canceled',
  'passed',
  'pass',
  'ok',
  'success',
  'failed',
  'fail',
  'error',
  'breach',
  'missing',
  'invalid',
  'unverified',
  'unknown'
])

/** How many nested values are looked at before the report is refused as too large to judge. */
const MAX_NESTED_VALUES = 200_000

/** Failure counts and item counts (top level and `summary`). */
const FAILED_WORDS =
  /^(failed|failures|errors|unstable|mismatched|violations|breaches|failed_[a-z_]+|[a-z_]+_failed|failing|errored|(num|total|count|n)_(failed|failures|failing|errors|errored|failed_[a-z_]+)|(failure|error|errored|failing|failed)_(count|total|num))$/
/** Words that make a failure-sounding field a setting, not a count (`max_failures`). */
const NOT_A_COUNT = /(^|_)(max|min|allowed|threshold|limit|budget|tolerance|expected|target)(_|$)/
const ITEM_WORDS =
  /^(total|passed|stable|matched|total_[a-z_]+|[a-z_]+_total|passed_[a-z_]+|[a-z_]+_passed|completed_[a-z_]+)$/
/** `numFailedTests` (jest's field) → `num_failed_tests`. */
const snake = (k: string): string => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
/**
 * What a field name counts: bit 1 a failure count, bit 2 an item count. Reports of one kind repeat
 * the same few names thousands of times, so each name is classified once (at most 4,096 kept).
 */
const keyKinds = new Map<string, number>()
function keyKind(k: string): number {
  let kind = keyKinds.get(k)
  if (kind === undefined) {
    const s = snake(k)
    const failed = FAILED_WORDS.test(s) && !NOT_A_COUNT.test(s)
    kind = failed ? 1 : ITEM_WORDS.test(s) ? 2 : 0
    if (keyKinds.size < 4096) keyKinds.set(k, kind)
  }
  return kind
}
/** A failure count, as the older scripts and the test tools they wrapped name one. */
function isFailedCount(k: string): boolean {
  return (keyKind(k) & 1) !== 0
}
/** An item count (what failures are counted of); never a failure count itself. */
function isItemCount(k: string): boolean {
  return (keyKind(k) & 2) !== 0
}
const PLAYBOOK_FIELDS = new Set(SUMMARY_RULES.map((r) => r.field))
/** Counts that restate a `checks` list; read through the list when it is there. */
const RESTATES_CHECKS = new Set(['total', 'passed', 'failed', 'pass_ratio'])

interface Signal {
  status: ReportStatus
  /** The rule that gave it, e.g. "summary.failed_executions = 2". */
  why: string
}

type Decision = 'go' | 'conditional-go' | 'no-go'

/**
 * Judges one report of the older scripts. Pure; never throws.
 *
 * @param doc the parsed JSON object (any `contract` but `gonogo.report/v1`, or none)
 * @param ctx file name (for messages) and the commit being gated (a report naming another commit
 *   is stale)
 * @returns the verdict; `conditional` when the older gate decided conditional-go,
 *   `refuseUnverified` when §2.4 forbids accepting this report's `unverified`
 */
export function readLegacyReport(doc: Record<string, unknown>, ctx: ParseContext): FileVerdict {
  if (doc.contract !== undefined && typeof doc.contract !== 'string')
    return invalid(ctx.file, "'contract' must be a string naming the report's kind")
  const contract = typeof doc.contract === 'string' ? doc.contract : undefined
  const label = contract ? `older report (contract ${contract.slice(0, 80)})` : 'older report'

  const shas = legacyShas(doc)
  if (typeof shas === 'string') return invalid(ctx.file, shas)
  const reportSha = shas[0]
  const other = ctx.sha ? shas.find((c) => !sameCommit(c, ctx.sha as string)) : undefined
  if (ctx.sha && other) return stale(ctx.file, other, ctx.sha)

  const r = judge(doc, label)
  if ('invalid' in r) return invalid(ctx.file, r.invalid)

  const status = worstStatus(r.signals.map((x) => x.status))
  const deciding = r.signals.filter((x) => x.status === status)
  const notes: string[] = []
  if (r.accessChecks.length > 0 && status === 'unverified')
    notes.push(
      `could not reach its evidence: ${list(r.accessChecks)} (the reason it is unverified)`
    )
  if (r.conditional && status === 'passed') notes.push(r.conditional)
  if (r.tolerated.length > 0 && status === 'passed')
    notes.push(`the older gate's decision tolerated failed checks: ${list(r.tolerated)}`)
  let refuseUnverified: string | undefined
  if (status === 'unverified') {
    refuseUnverified = unverifiedRefusal(doc, contract, r.unverifiedInputs)
    if (refuseUnverified) notes.push(refuseUnverified)
  }
  if (r.shown.length > 0) notes.push(`${r.shown[0]}${r.shown.length > 1 ? '; …' : ''}`)
  if (ctx.sha && !reportSha) notes.push('no commit recorded, so staleness was not checked')
  const message = `${ctx.file}: ${status} (${label}: ${deciding
    .slice(0, 4)
    .map((x) => x.why)
    .join('; ')}${deciding.length > 4 ? '; …' : ''}${notes.map((n) => `; ${n}`).join('')})`
  const kept = keepFindings(r.findings)
  return {
    status,
    message,
    findings: kept.findings,
    summary: r.summary,
    ...(r.conditional && status === 'passed' ? { conditional: r.conditional } : {}),
    ...(refuseUnverified ? { refuseUnverified } : {})
  }
}

interface Judged {
  signals: Signal[]
  findings: Finding[]
  summary: Record<string, number>
  conditional?: string
  /** Failed access checks that explain an `unverified`. */
  accessChecks: string[]
  /** Failed checks a go decision of the older gate tolerated within its profile. */
  tolerated: string[]
  /** Consolidated summaries: the inputs listed as unverified (their contract or path). */
  unverifiedInputs: string[]
  /** Warnings and notes, shown only. */
  shown: string[]
}

function judge(doc: Record<string, unknown>, label: string): Judged | { invalid: string } {
  const j: Judged = {
    signals: [],
    findings: [],
    summary: {},
    accessChecks: [],
    tolerated: [],
    unverifiedInputs: [],
    shown: []
  }

  // 1. Verdict words.
  const words: Signal[] = []
  for (const field of ['status', 'slo_status'] as const) {
    const v = doc[field]
    if (v === undefined || v === null) continue
    if (typeof v !== 'string') return { invalid: `'${field}' must be a string status word` }
    const s = normaliseStatusWord(v)
    if (!s) {
      return {
        invalid: `unknown status word ${JSON.stringify(v.slice(0, 40))} in '${field}'; known words: ${LEGACY_STATUS_WORDS.join(', ')}`
      }
    }
    words.push({ status: s, why: `${field}: ${v}` })
  }

  // 2. The older gate's decision is the verdict of its own report.
  let decision: Decision | undefined
  if (doc.decision !== undefined && doc.decision !== null) {
    const raw = typeof doc.decision === 'string' ? doc.decision : undefined
    const key = raw?.trim().toLowerCase() ?? ''
    const known = Object.hasOwn(DECISION_WORDS, key) ? DECISION_WORDS[key] : undefined
    if (raw === undefined || known === undefined) {
      return {
        invalid: `unknown decision ${raw !== undefined ? JSON.stringify(raw.slice(0, 40)) : `of type ${typeof doc.decision}`}; expected go, conditional-go or no-go`
      }
    }
    decision = known
    j.signals.push({
      status: decision === 'no-go' ? 'failed' : 'passed',
      why: `decision: ${raw}`
    })
    // The gate writes `status: failed` with a conditional-go; any other word still counts.
    j.signals.push(...words.filter((w) => !w.why.startsWith('status:')))
    const statusWord = words.find((w) => w.why.startsWith('status:'))
    if (decision === 'go' && statusWord && statusWord.status !== 'passed') {
      j.signals.push({
        status: 'failed',
        why: `decision go but ${statusWord.why}: the older gate writes status passed with every go; regenerate the report`
      })
    }
  } else {
    j.signals.push(...words)
  }
  const saysUnverified =
    words.length > 0 && worstStatus(words.map((w) => w.status)) === 'unverified'

  // 3. Checks: a list of {check_id, passed} or an object of booleans.
  const checks = readChecks(doc.checks)
  if (typeof checks === 'string') return { invalid: checks }
  const failed: string[] = []
  for (const c of checks) {
    if (c.passed) continue
    const access = saysUnverified && !decision && ACCESS_CHECK.test(c.id)
    if (access) j.accessChecks.push(c.id)
    else failed.push(c.id)
    j.findings.push({
      id: c.id,
      status: access ? 'unverified' : 'failed',
      message: `${access ? 'could not reach evidence' : 'failed'}${c.detail ? `: ${c.detail}` : ''}${c.severity ? ` (severity ${c.severity})` : ''}`
    })
  }
  if (checks.length > 0) {
    j.summary.checks = checks.length
    j.summary.failed_checks = failed.length
    // With no verdict word, a list of checks that all passed is a verdict of its own (the
    // counts that restate it are read through it).
    if (words.length === 0 && !decision && failed.length === 0 && j.accessChecks.length === 0)
      j.signals.push({
        status: 'passed',
        why: `checks: ${checks.length} of ${checks.length} passed`
      })
  }
  if (decision === 'conditional-go') {
    j.conditional = `the older gate decided conditional-go${failed.length > 0 ? ` (failed within its profile or under an exception: ${list(failed)})` : ''}`
  } else if (decision === 'go') {
    j.tolerated = failed
  } else if (!decision && failed.length > 0) {
    j.signals.push({
      status: 'failed',
      why: `${failed.length === 1 ? 'check' : `${failed.length} checks`} failed: ${list(failed)}`
    })
  }

  // 4. Summary fields the Playbook names.
  const s = doc.summary
  if (s !== undefined && s !== null && !isRecord(s))
    return { invalid: "'summary' must be an object" }
  if (isRecord(s)) {
    for (const [k, v] of Object.entries(s)) {
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) j.summary[k] = v
    }
    const bad = playbookSummaryFields(s, 'summary', j, { left: MAX_NESTED_VALUES })
    if (bad) return { invalid: bad }
    const u = s.unverified
    if (u !== undefined && u !== null && typeof u !== 'boolean' && typeof u !== 'number')
      return { invalid: "'summary.unverified' must be true or false, or a count" }
    if (u === true) j.signals.push({ status: 'unverified', why: 'summary.unverified = true' })
    else if (typeof u === 'number') {
      const bad = countProblem(u)
      if (bad) return { invalid: `'summary.unverified' ${bad}` }
      if (u > 0) j.signals.push({ status: 'unverified', why: `summary.unverified = ${u}` })
    }
  }

  // 5. Failure lists; warnings and notes are shown only.
  for (const field of FAILURE_LISTS) {
    const items = doc[field]
    if (items === undefined || items === null) continue
    if (!Array.isArray(items)) {
      if (field === 'errors' && typeof items === 'number') continue // a count, read in step 7
      return { invalid: `'${field}' must be a list` }
    }
    if (items.length === 0) continue
    j.summary[field] = items.length
    const texts = items.map(itemText)
    j.signals.push({
      status: 'failed',
      why: `${field}[] lists ${items.length}: ${texts.slice(0, 2).join('; ')}${items.length > 2 ? '; …' : ''}`
    })
    texts.forEach((t, i) =>
      j.findings.push({ id: `${field}[${i}]`, status: 'failed', message: t || '(no text)' })
    )
  }
  for (const field of SHOWN_LISTS) {
    const items = doc[field]
    if (!Array.isArray(items) || items.length === 0) continue
    j.summary[field] = items.length
    j.shown.push(`${field} (not counted): ${items.slice(0, 2).map(itemText).join('; ')}`)
  }

  // 6. Nested items with their own verdict word.
  const nested = nestedVerdicts(doc)
  if (typeof nested === 'string') return { invalid: nested }
  // An item's own summary (per surface, per suite) holds the Playbook fields too.
  // A summary inside one already walked (`summary.unit.summary`, an item's summary in a
  // surface's summary) was read with it: walking it again would repeat its findings.
  const budget = { left: MAX_NESTED_VALUES }
  const walked: string[] = []
  for (const at of nested.summaries) {
    if (walked.some((w) => at.path.startsWith(`${w}.`) || at.path.startsWith(`${w}[`))) continue
    walked.push(at.path)
    const bad = playbookSummaryFields(at.summary, at.path, j, budget)
    if (bad) return { invalid: bad }
  }
  for (const n of nested.verdicts) {
    j.signals.push({ status: n.status, why: `${n.path}: ${n.word}` })
    if (n.status !== 'passed')
      j.findings.push({
        id: n.path,
        status: n.status,
        message: `${n.word}${n.name ? ` (${n.name})` : ''}`
      })
    if (n.status === 'unverified' && n.name) j.unverifiedInputs.push(n.name)
  }

  // 7. Counts and ratios (for the older gate's own report too: a failure count still fails).
  const counted = countVerdicts(doc, checks.length > 0, words.length === 0 && !decision)
  if (typeof counted === 'string') return { invalid: counted }
  j.signals.push(...counted)
  if (j.signals.length === 0) {
    return {
      invalid: `${label} carries no verdict: looked for 'status', 'slo_status', 'decision', failure counts with a total (top level or in 'summary'), '*_ratio' fields and items with a status; add one, or write a gonogo.report/v1 report`
    }
  }
  return j
}

/**
 * Keys under a summary that hold settings, baselines or earlier runs, not this run's results:
 * never looked into for the Playbook fields (`summary.thresholds.failed_tests: 5` is a limit).
 */
const NOT_A_BREAKDOWN =
  /(^|_)(max|min|maximum|minimum|allowed|threshold|thresholds|limit|limits|budget|tolerance|expected|target|targets|baseline|previous|prior|last|history|config|settings|policy|inputs)(_|$)/

/**
 * The Playbook's summary fields (SUMMARY_RULES) of a summary object `o`, named `at.<field>`, as
 * signals and findings on `j`; then the same in every object and list nested in it, at any depth
 * (`summary.unit.failed_tests`, `summary.suites[2].failed_tests`): a breakdown's failure fails
 * the report as the total's would. Keys that name a setting, a baseline or an earlier run
 * (NOT_A_BREAKDOWN) are not looked into. Iterative; bounded by `budget` (values visited).
 * Returns what is malformed, or undefined.
 */
function playbookSummaryFields(
  o: Record<string, unknown>,
  at: string,
  j: Judged,
  budget: { left: number }
): string | undefined {
  const stack: [unknown, string][] = [[o, at]]
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string]
    if (--budget.left < 0)
      return `the report nests more than ${MAX_NESTED_VALUES} values below its top level; too large to judge`
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}[${i}]`])
      continue
    }
    if (!isRecord(value)) continue
    for (const rule of SUMMARY_RULES) {
      const v = value[rule.field]
      if (v === undefined || v === null) continue
      const name = `${path}.${rule.field}`
      if (rule.kind === 'count') {
        const bad = countProblem(v)
        if (bad || typeof v !== 'number') return `'${name}' ${bad ?? 'must be a number'}`
        if (v > 0) {
          j.signals.push({ status: 'failed', why: `${name} = ${v}` })
          j.findings.push({ id: name, status: 'failed', message: `${v} ${rule.what}` })
        }
      } else {
        if (typeof v !== 'boolean') return `'${name}' must be true or false`
        if (!v) {
          j.signals.push({ status: 'failed', why: `${name} = false` })
          j.findings.push({ id: name, status: 'failed', message: rule.what })
        }
      }
    }
    const keys = Object.keys(value)
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i] as string
      const v = value[k]
      if (typeof v === 'object' && v !== null && !NOT_A_BREAKDOWN.test(k))
        stack.push([v, `${path}.${k}`])
    }
  }
  return undefined
}

/** Why a count is not a count (negative, not finite, not a number); undefined when it is one. */
function countProblem(v: unknown): string | undefined {
  if (typeof v !== 'number') return 'must be a number'
  if (!Number.isFinite(v)) return `must be a finite number, not ${String(v)}`
  if (v < 0) return `must not be negative (${v})`
  return undefined
}

/**
 * §2.4: whether an `unverified` report may be accepted with manual evidence. Only the GitHub
 * branch protection report may; a consolidated summary only when every unverified input is that
 * report. Returns the reason it may not, or undefined.
 */
function unverifiedRefusal(
  doc: Record<string, unknown>,
  contract: string | undefined,
  unverifiedInputs: readonly string[]
): string | undefined {
  const isSummary = Array.isArray(doc.reports)
  if (isSummary) {
    const others = unverifiedInputs.filter((i) => !BRANCH_PROTECTION_REPORT.test(i))
    // A count of unverified (or unknown) inputs above those listed hides which the others are.
    // Each word counted once: a report may write the same count at the top and in `summary`.
    const places = [doc, isRecord(doc.summary) ? doc.summary : {}]
    const counted = (['unverified', 'unknown'] as const)
      .map((k) => Math.max(0, ...places.map((o) => (typeof o[k] === 'number' ? o[k] : 0))))
      .reduce((a, b) => a + b, 0)
    if (counted > unverifiedInputs.length) {
      return `Playbook §2.4: unverified may be accepted only for the GitHub branch protection report, but the summary counts ${counted} unverified or unknown input${counted === 1 ? '' : 's'} while ${unverifiedInputs.length} ${unverifiedInputs.length === 1 ? 'is' : 'are'} listed as unverified: the others are not named`
    }
    if (unverifiedInputs.length > 0 && others.length === 0) return undefined
    return `Playbook §2.4: unverified may be accepted only for the GitHub branch protection report, but ${others.length > 0 ? `${list(others)} ${others.length === 1 ? 'is' : 'are'} unverified` : 'no input says which report is unverified'}`
  }
  if (contract && BRANCH_PROTECTION_REPORT.test(contract)) return undefined
  return `Playbook §2.4: unverified may be accepted only for the GitHub branch protection report${contract ? `, not ${contract}` : ''}`
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
      if (c.passed !== undefined && c.passed !== null && typeof c.passed !== 'boolean')
        return `'checks[${i}].passed' must be true or false`
      if (typeof c.passed === 'boolean') passed = c.passed
      if (typeof c.status === 'string') {
        const s = normaliseStatusWord(c.status)
        if (s === undefined)
          return `unknown status word ${JSON.stringify(c.status.slice(0, 40))} in 'checks[${i}].status'; known words: ${LEGACY_STATUS_WORDS.join(', ')}`
        // An item that says both passed and not: the worse stands.
        passed = (passed ?? true) && s === 'passed'
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

interface NestedVerdict {
  path: string
  word: string
  status: ReportStatus
  /** What the item names (its contract, path, id or name), for messages and §2.4. */
  name?: string
}

/**
 * Verdict words of nested items (`scenarios[1].status`, `current.status`, `reports[4].status`,
 * `surfaces.api.status`, …) at any depth below the top level, in document order. A `status` or
 * `slo_status` that is not a verdict word is data. Iterative, with a bound on the values read.
 */
function nestedVerdicts(
  doc: Record<string, unknown>
):
  | { verdicts: NestedVerdict[]; summaries: { path: string; summary: Record<string, unknown> }[] }
  | string {
  const out: NestedVerdict[] = []
  const summaries: { path: string; summary: Record<string, unknown> }[] = []
  type Item = { value: unknown; path: string }
  const stack: Item[] = []
  for (const [k, v] of Object.entries(doc).reverse()) {
    if (!NOT_ITEMS.has(k) && typeof v === 'object' && v !== null) stack.push({ value: v, path: k })
  }
  let budget = MAX_NESTED_VALUES
  while (stack.length > 0) {
    if (--budget < 0)
      return `the report nests more than ${MAX_NESTED_VALUES} values below its top level; too large to judge`
    const { value, path } = stack.pop() as Item
    const children: Item[] = []
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        if (typeof v === 'object' && v !== null) children.push({ value: v, path: `${path}[${i}]` })
      })
    } else if (isRecord(value)) {
      for (const field of ['status', 'slo_status'] as const) {
        const w = value[field]
        if (typeof w !== 'string') continue
        const s = NESTED_VERDICTS.has(w.trim().toLowerCase()) ? normaliseStatusWord(w) : undefined
        if (!s) continue
        const name = itemName(value)
        out.push({ path: `${path}.${field}`, word: w, status: s, ...(name ? { name } : {}) })
      }
      // A baseline's or an earlier run's summary is not this run's (NOT_A_BREAKDOWN).
      if (isRecord(value.summary) && !path.split(/[.[\]]/).some((k) => NOT_A_BREAKDOWN.test(k)))
        summaries.push({ path: `${path}.summary`, summary: value.summary })
      for (const [k, v] of Object.entries(value)) {
        if (typeof v === 'object' && v !== null) children.push({ value: v, path: `${path}.${k}` })
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Item)
  }
  return { verdicts: out, summaries }
}

function itemName(o: Record<string, unknown>): string | undefined {
  for (const k of ['contract', 'path', 'report', 'name', 'id', 'check_id', 'capability_id']) {
    const v = o[k]
    if (typeof v === 'string' && v) return v.slice(0, 120)
  }
  return undefined
}

/**
 * Counts and ratios at the top level and in `summary`. A failure count above 0 always fails.
 * With no verdict word (`judgeAll`), the report passes only with 0 failures of at least one item,
 * every `*_ratio` at 1.0 or more, and `passed + failed (+ skipped) == total` where all are given.
 * Returns a message when a count is not a count.
 */
function countVerdicts(
  doc: Record<string, unknown>,
  hasChecks: boolean,
  judgeAll: boolean
): Signal[] | string {
  const out: Signal[] = []
  const places: [string, Record<string, unknown>][] = [['', doc]]
  if (isRecord(doc.summary)) places.push(['summary.', doc.summary])
  for (const [prefix, o] of places) {
    // Playbook summary fields are read by their own rules; a checks list by its items.
    const skip = (k: string): boolean =>
      (prefix === 'summary.' && PLAYBOOK_FIELDS.has(k)) || (hasChecks && RESTATES_CHECKS.has(k))
    const nums = new Map<string, number>()
    for (const [k, v] of Object.entries(o)) {
      if (skip(k) || !(isFailedCount(k) || isItemCount(k) || k.endsWith('_ratio'))) continue
      if (v === null || v === undefined || typeof v === 'boolean' || Array.isArray(v)) continue
      if (typeof v === 'object') {
        if (isFailedCount(k)) return `'${prefix}${k}' must be a count, not an object`
        continue
      }
      const bad = countProblem(v)
      if (bad) return `'${prefix}${k}' ${bad}`
      nums.set(k, v as number)
    }
    const items = Math.max(0, ...[...nums].filter(([k]) => isItemCount(k)).map(([, n]) => n))
    for (const [k, n] of nums) {
      if (!isFailedCount(k)) continue
      if (n > 0) out.push({ status: 'failed', why: `${prefix}${k} = ${n}` })
      else if (judgeAll)
        out.push(
          items > 0
            ? { status: 'passed', why: `${prefix}${k} = 0 of ${items}` }
            : { status: 'failed', why: `${prefix}${k} = 0 but no item was counted` }
        )
    }
    for (const [k, n] of nums) {
      if (!k.endsWith('_ratio')) continue
      // A ratio that decides the report (no verdict word) must be one: 1.5 or 100 is not.
      // Division rounding may land a hair above 1 (0.1+0.2+0.7 over itself reversed).
      if (judgeAll && n > 1 + RATIO_ROUNDING)
        return `'${prefix}${k}' = ${n} is not a ratio (0 to 1); write the fraction of items that passed, not a percentage`
      if (n < 1) out.push({ status: 'failed', why: `${prefix}${k} = ${n} (below 1.0)` })
      else if (judgeAll) out.push({ status: 'passed', why: `${prefix}${k} = ${n}` })
    }
    for (const k of INPUT_STATUS_COUNTS) {
      const v = o[k]
      if (prefix === 'summary.' && k === 'unverified') continue
      // A count written as a string ("1") is refused as the other counts are; other strings
      // (a text saying what is missing) are not counts.
      if (typeof v === 'string' && /^\s*[-+]?\d+(\.\d+)?\s*$/.test(v))
        return `'${prefix}${k}' must be a number, not the string ${JSON.stringify(v)}`
      if (typeof v !== 'number') continue
      const bad = countProblem(v)
      if (bad) return `'${prefix}${k}' ${bad}`
      const status = normaliseStatusWord(k)
      if (v > 0 && status) out.push({ status, why: `${prefix}${k} = ${v} (inputs ${k})` })
    }
    // `total_reports`: the consolidated summary's total (governance_executive_summary_v1).
    const totalKey = nums.has('total') ? 'total' : 'total_reports'
    const total = nums.get(totalKey)
    const passed = nums.get('passed')
    const failed = nums.get('failed')
    if (judgeAll && total !== undefined && passed !== undefined && failed !== undefined) {
      if (o.skipped !== undefined && o.skipped !== null && countProblem(o.skipped))
        return `'${prefix}skipped' ${countProblem(o.skipped) ?? ''}`
      const skipped = typeof o.skipped === 'number' ? o.skipped : 0
      // Inputs counted by another status word are part of the total too.
      const others = INPUT_STATUS_COUNTS.filter((k) => typeof o[k] === 'number' && o[k] !== 0)
      const other = others.reduce((n, k) => n + (o[k] as number), 0)
      if (passed + failed + skipped + other !== total)
        out.push({
          status: 'failed',
          why: `${prefix}passed (${passed}) + failed (${failed})${skipped ? ` + skipped (${skipped})` : ''}${others.map((k) => ` + ${k} (${String(o[k])})`).join('')} ≠ ${totalKey} (${total}): the counts disagree`
        })
    }
  }
  return out
}

function list(ids: readonly string[]): string {
  return `${ids.slice(0, 3).join(', ')}${ids.length > 3 ? `, … (${ids.length})` : ''}`
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

/**
 * Every commit id the report names (`subject.sha`, `sha`, `commit`, `git_sha`, `head_sha`): all
 * are compared with the gated commit. A field present that is not a commit id is a message.
 */
function legacyShas(doc: Record<string, unknown>): string[] | string {
  const fields: [string, unknown][] = [
    ['subject.sha', isRecord(doc.subject) ? doc.subject.sha : undefined],
    ['sha', doc.sha],
    ['commit', doc.commit],
    ['git_sha', doc.git_sha],
    ['head_sha', doc.head_sha]
  ]
  const out: string[] = []
  for (const [name, c] of fields) {
    if (c === undefined || c === null) continue
    if (typeof c !== 'string' || !REPORT_SHA_PATTERN.test(c))
      return `'${name}' must be a commit id (7 to 64 hex digits), not ${JSON.stringify(typeof c === 'string' ? c.slice(0, 40) : typeof c)}; write the commit the report is about`
    out.push(c)
  }
  return out
}
