/**
 * What `gonogo check NAME` prints about a report: its findings one line each with the location
 * once, a summary line of counts by rule and status, in three formats. Pure: the same report and
 * options give the same text.
 *
 * - `text`: `file:line rule: message` per finding (failed first), cut after `limit` lines with
 *   "and N more (see the report: PATH)", then `summary: …`. Colours (SGR) only when asked
 *   (see {@link colourWanted}); text from the report is made terminal-safe here, so the only
 *   escape sequences in the output are this module's own.
 * - `json`: one document, `gonogo.cli-findings/v1` (schemas/cli-findings.schema.json), every
 *   finding, no cut, no colour.
 * - `github`: one workflow command per finding (`::error file=…,line=…,title=…::message`), so
 *   a run in GitHub Actions turns them into annotations; properties and data escaped as the
 *   toolkit escapes them (@actions/core src/command.ts escapeProperty / escapeData: `%`, CR and
 *   LF as `%25`, `%0D`, `%0A`, and in properties also `:` and `,` as `%3A`, `%2C`), syntax per
 *   GitHub docs "Workflow commands for GitHub Actions" → "Setting an error message". No colour.
 */
import type { Report, ReportCheck } from '../core/report.js'

export const CLI_FINDINGS_CONTRACT = 'gonogo.cli-findings/v1'
export const OUTPUT_FORMATS = ['text', 'json', 'github'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** Findings the text format lists before it cuts the list. */
export const DEFAULT_TEXT_LIMIT = 50

/**
 * A finding's status as printed: `failed` and `unverified` as reported; `warning` for a check
 * that passed only because its rule's severity is `warning` (workflow-lint writes those as
 * passed checks whose message starts with `warning: `).
 */
export type FindingStatus = 'failed' | 'unverified' | 'warning'

export interface CliFinding {
  /** The rule: the check id without its location suffix (`unpinned-action`). */
  rule: string
  /** The check id in the report (unique there). */
  id: string
  status: FindingStatus
  location?: { file: string; line?: number; column?: number }
  message: string
  remediation?: string
  unlock?: string
}

export interface StatusCounts {
  failed: number
  unverified: number
  warning: number
}

/** The document the `json` format prints (schemas/cli-findings.schema.json). */
export interface CliFindingsDocument {
  contract: typeof CLI_FINDINGS_CONTRACT
  control: string
  status: Report['status']
  report: string
  summary: {
    checks: number
    passed: number
    failed: number
    unverified: number
    warnings: number
    /** Counts of findings by rule, rules in code-point order. */
    by_rule: Record<string, StatusCounts>
  }
  findings: CliFinding[]
}

export interface RenderOptions {
  format: OutputFormat
  /** Where the report was written (named in the output). */
  reportPath: string
  /** Text format only: SGR colours (decide with {@link colourWanted}). */
  colour?: boolean
  /** Text format only: findings listed before "and N more" (default {@link DEFAULT_TEXT_LIMIT}). */
  limit?: number
}

/** Whether a string names an output format. */
export function isOutputFormat(s: string): s is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(s)
}

/**
 * Whether the text may be coloured: only the `text` format, only on a terminal, never when
 * `NO_COLOR` is set to a non-empty value (https://no-color.org: "when present and not an empty
 * string, prevents the addition of ANSI color"), nor when `TERM` is `dumb`.
 */
export function colourWanted(o: {
  format: OutputFormat
  isTTY: boolean
  env: Readonly<Record<string, string | undefined>>
}): boolean {
  if (o.format !== 'text' || !o.isTTY) return false
  if ((o.env.NO_COLOR ?? '') !== '') return false
  return o.env.TERM !== 'dumb'
}

/**
 * The rule a check id names: the id without a `/<file>:<line>[:<column>]` (or `/<file>`) suffix
 * equal to its location, nor the `#n` that tells apart findings at one place (`unpinned-action/ci.yml:14#2`
 * → `unpinned-action`). An id that does not end with its location is its own rule.
 */
export function ruleOf(c: Pick<ReportCheck, 'id' | 'location'>): string {
  if (!c.location) return c.id
  const id = c.id.replace(/#\d+$/, '')
  const { file, line } = c.location
  const suffixes = [`/${locationText(c.location)}`, `/${file}:${line}`, `/${file}`]
  for (const suffix of suffixes) {
    if (id.endsWith(suffix) && id.length > suffix.length) return id.slice(0, -suffix.length)
  }
  return c.id
}

/** `file:line:column`, `file:line` or `file`. */
export function locationText(l: NonNullable<ReportCheck['location']>): string {
  if (l.line === undefined) return l.file
  return `${l.file}:${l.line}${l.column !== undefined ? `:${l.column}` : ''}`
}

const WARNING_PREFIX = 'warning: '

/** The findings of a report (every check that is not a plain pass), worst first, then by place. */
export function findingsOf(report: Pick<Report, 'checks'>): CliFinding[] {
  const out: CliFinding[] = []
  for (const c of report.checks) {
    let status: FindingStatus
    let message = c.message
    if (c.status === 'failed' || c.status === 'unverified') status = c.status
    else if (c.status === 'passed' && message.startsWith(WARNING_PREFIX)) {
      status = 'warning'
      message = message.slice(WARNING_PREFIX.length)
    } else continue
    // A message that repeats its location first (older reports) does not print it twice.
    if (c.location) {
      const loc = `${locationText(c.location)}: `
      if (message.startsWith(loc)) message = message.slice(loc.length)
    }
    out.push({
      rule: ruleOf(c),
      id: c.id,
      status,
      ...(c.location ? { location: { ...c.location } } : {}),
      message,
      ...(c.remediation !== undefined ? { remediation: c.remediation } : {}),
      ...(c.unlock !== undefined ? { unlock: c.unlock } : {})
    })
  }
  return out.sort(compareFindings)
}

const RANK: Readonly<Record<FindingStatus, number>> = { failed: 0, unverified: 1, warning: 2 }

function compareFindings(a: CliFinding, b: CliFinding): number {
  return (
    RANK[a.status] - RANK[b.status] ||
    cmp(a.location?.file ?? '', b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    cmp(a.rule, b.rule) ||
    cmp(a.message, b.message) ||
    cmp(a.id, b.id)
  )
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Counts of findings by rule (rules in code-point order) and in all. */
export function countFindings(findings: readonly CliFinding[]): {
  total: StatusCounts
  byRule: Record<string, StatusCounts>
} {
  const total: StatusCounts = { failed: 0, unverified: 0, warning: 0 }
  const by = new Map<string, StatusCounts>()
  for (const f of findings) {
    total[f.status]++
    let c = by.get(f.rule)
    if (!c) by.set(f.rule, (c = { failed: 0, unverified: 0, warning: 0 }))
    c[f.status]++
  }
  const byRule: Record<string, StatusCounts> = {}
  for (const rule of [...by.keys()].sort(cmp)) byRule[rule] = by.get(rule) as StatusCounts
  return { total, byRule }
}

/** The output for a report in the chosen format (ends with a line feed). */
export function renderFindings(report: Report, o: RenderOptions): string {
  const findings = findingsOf(report)
  if (o.format === 'json') {
    // JSON.stringify escapes C0 but not DEL and C1 (a C1 CSI can still drive some terminals).
    const json = JSON.stringify(findingsDocument(report, findings, o.reportPath), null, 2)
    return `${json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`
  }
  if (o.format === 'github') return renderGithub(report, findings, o.reportPath)
  return renderText(report, findings, o)
}

/** The `json` format's document. */
export function findingsDocument(
  report: Report,
  findings: readonly CliFinding[],
  reportPath: string
): CliFindingsDocument {
  const { total, byRule } = countFindings(findings)
  return {
    contract: CLI_FINDINGS_CONTRACT,
    control: report.control,
    status: report.status,
    report: reportPath,
    summary: {
      checks: report.checks.length,
      passed: report.checks.filter((c) => c.status === 'passed').length,
      failed: total.failed,
      unverified: total.unverified,
      warnings: total.warning,
      by_rule: byRule
    },
    findings: [...findings]
  }
}

// ---------------------------------------------------------------------------------------------
// text

const SGR = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m'
} as const

type Style = keyof typeof SGR

/**
 * One line of report text for a terminal: line breaks and runs of white space become one space,
 * and every other control character (C0, DEL, C1) is shown as `\xNN`, so nothing from a report
 * can move the cursor, recolour the output or start a workflow command on a line of its own.
 */
export function terminalLine(s: string): string {
  return visible(s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/\t/g, ' '))
}

/** Control characters (C0 but CR and LF, DEL, C1) shown as `\xNN`. */
function visible(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex -- showing control characters is the point
    /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
  )
}

const STATUS_STYLE: Readonly<Record<FindingStatus, Style>> = {
  failed: 'red',
  unverified: 'yellow',
  warning: 'yellow'
}

function renderText(report: Report, findings: readonly CliFinding[], o: RenderOptions): string {
  const paint = (style: Style, s: string): string =>
    o.colour ? `${SGR[style]}${s}${SGR.reset}` : s
  const limit = Math.max(0, Math.floor(o.limit ?? DEFAULT_TEXT_LIMIT))
  const s = report.summary
  const statusStyle: Style =
    report.status === 'passed' ? 'green' : report.status === 'failed' ? 'red' : 'yellow'
  const lines: string[] = [
    `${terminalLine(report.control)}: ${paint(statusStyle, report.status)} (${s.passed ?? 0} passed, ${s.failed ?? 0} failed, ${s.unverified ?? 0} unverified)`
  ]
  for (const f of findings.slice(0, limit)) {
    const where = f.location ? `${paint('bold', terminalLine(locationText(f.location)))} ` : ''
    const tag = f.status === 'failed' ? '' : ` [${f.status}]`
    const unlock = f.unlock ? ` (unlock: ${terminalLine(f.unlock)})` : ''
    lines.push(
      `${where}${paint(STATUS_STYLE[f.status], `${terminalLine(f.rule)}${tag}`)}: ${terminalLine(f.message)}${unlock}`
    )
  }
  const path = terminalLine(o.reportPath)
  if (findings.length > limit)
    lines.push(paint('dim', `and ${findings.length - limit} more (see the report: ${path})`))
  lines.push(`report: ${path}`)
  lines.push(summaryLine(findings, report.checks.length, paint))
  // No line is a workflow command (`::` first, `##[` anywhere) when the CLI runs in a workflow.
  return `${lines.map(notCommand).join('\n')}\n`
}

/**
 * `summary: 3 failed, 1 unverified, 1 warning in 12 checks — unpinned-action 2 failed, 1
 * warning; script-syntax 1 failed, 1 unverified`, or `summary: no findings in 12 checks`.
 */
export function summaryLine(
  findings: readonly CliFinding[],
  checks: number,
  paint: (style: Style, s: string) => string = (_, s) => s
): string {
  const { total, byRule } = countFindings(findings)
  const inChecks = `in ${checks} check${checks === 1 ? '' : 's'}`
  if (findings.length === 0) return `summary: ${paint('green', 'no findings')} ${inChecks}`
  const parts = (c: StatusCounts, coloured: boolean): string =>
    (
      [
        ['failed', c.failed, 'red'],
        ['unverified', c.unverified, 'yellow'],
        [c.warning === 1 ? 'warning' : 'warnings', c.warning, 'yellow']
      ] as const
    )
      .filter(([, n]) => n > 0)
      .map(([word, n, style]) => (coloured ? paint(style, `${n} ${word}`) : `${n} ${word}`))
      .join(', ')
  const rules = Object.entries(byRule)
    .map(([rule, c]) => `${terminalLine(rule)} ${parts(c, false)}`)
    .join('; ')
  return `summary: ${parts(total, true)} ${inChecks} — ${rules}`
}

// ---------------------------------------------------------------------------------------------
// github

/**
 * @actions/core escapeData: `%`, CR, LF. Other control characters are then shown as `\xNN`
 * (the toolkit leaves them; none can end a command, but they could recolour the log).
 */
export function escapeData(s: string): string {
  return visible(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
}

/** @actions/core escapeProperty: escapeData plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * Annotations of one kind (error, warning) GitHub shows per step; the rest of a step's commands
 * stay in the log only (50 per job in all). GitHub community discussion "Annotation limitation"
 * (https://github.com/orgs/community/discussions/26680) and zizmor's GitHub output format
 * (https://github.com/zizmorcore/zizmor/pull/634). Findings are written errors first, so the
 * ones shown are the failures.
 */
export const ANNOTATIONS_PER_KIND = 10

const COMMAND: Readonly<Record<FindingStatus, 'error' | 'warning'>> = {
  failed: 'error',
  unverified: 'warning',
  warning: 'warning'
}

/**
 * A workflow command line: `::name k=v,k=v::data`. Properties in the order given; an empty one
 * (undefined, '' or 0) is left out, as the toolkit's Command.toString does, so the line is the
 * toolkit's byte for byte (core.error/warning order their properties title, file, line, col).
 */
export function workflowCommand(
  name: string,
  props: readonly [string, string | number | undefined][],
  data: string
): string {
  const kv = props
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
  return `::${name}${kv.length > 0 ? ` ${kv.join(',')}` : ''}::${escapeData(data)}`
}

function renderGithub(report: Report, findings: readonly CliFinding[], reportPath: string): string {
  const lines: string[] = []
  for (const f of findings) {
    const title = `${report.control} ${f.rule}${f.status === 'failed' ? '' : ` (${f.status})`}`
    const body = [
      f.message,
      ...(f.remediation ? [f.remediation] : []),
      ...(f.unlock ? [`unlock: ${f.unlock}`] : [])
    ].join('\n')
    lines.push(
      workflowCommand(
        COMMAND[f.status],
        [
          ['title', title],
          ['file', f.location?.file],
          ['line', f.location?.line],
          ['col', f.location?.column]
        ],
        body
      )
    )
  }
  // Plain log lines, never commands: what ran, what GitHub will not show, and the counts.
  const s = report.summary
  const errors = findings.filter((f) => COMMAND[f.status] === 'error').length
  const hidden =
    Math.max(0, errors - ANNOTATIONS_PER_KIND) +
    Math.max(0, findings.length - errors - ANNOTATIONS_PER_KIND)
  const plain = [
    ...(hidden > 0
      ? [
          `and ${hidden} more not shown as annotations (GitHub shows ${ANNOTATIONS_PER_KIND} error and ${ANNOTATIONS_PER_KIND} warning annotations per step; every finding is in this log and the report: ${terminalLine(reportPath)})`
        ]
      : []),
    `${terminalLine(report.control)}: ${report.status} (${s.passed ?? 0} passed, ${s.failed ?? 0} failed, ${s.unverified ?? 0} unverified); report: ${terminalLine(reportPath)}`,
    summaryLine(findings, report.checks.length)
  ]
  return `${[...lines, ...plain.map(notCommand)].join('\n')}\n`
}

/**
 * A plain line that the Actions runner cannot read as a workflow command. The runner
 * (actions/runner src/Runner.Common/ActionCommand.cs) tries each line of a step's output twice:
 * `TryParseV2` trims leading white space and then looks for `::` at the start, and the older
 * `TryParse` looks for `##[` anywhere in the line. So a leading space is not enough: the `::`
 * that would start the line (after any white space) is written `\x3a:` and every `##[` is
 * written `##\x5b`, the way this module shows other characters a reader must not act on.
 */
export function notCommand(line: string): string {
  // .NET's white space includes NEL (U+0085), which JavaScript's \s does not.
  const lead = /^[\s\u0085]*/.exec(line)?.[0] ?? ''
  const start = line.startsWith('::', lead.length)
    ? `${lead}\\x3a${line.slice(lead.length + 1)}`
    : line
  return start.replace(/##\[/g, '##\\x5b')
}
