import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { keepFindings, type Finding } from '../core/evidence.js'
import { invalid, isRecord, type FileVerdict, type ParseContext } from './verdict.js'

const ARRAYS = new Set(['testsuite', 'testcase', 'failure', 'error', 'skipped'])
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  attributesGroupName: '$',
  processEntities: true,
  isArray: (name) => ARRAYS.has(name),
  parseAttributeValue: false,
  parseTagValue: false
})

interface Counts {
  tests: number
  failures: number
  errors: number
  skipped: number
}

/**
 * Reads JUnit XML (`<testsuites>` or `<testsuite>` at the root, suites nested at any depth).
 * Any failure or error fails the control; so does a file in which no test ran.
 */
export function readJunit(text: string, ctx: ParseContext): FileVerdict {
  if (text.includes('\u0000')) return invalid(ctx.file, 'binary data, not JUnit XML')
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    const { line, col, msg } = valid.err
    return invalid(ctx.file, `not well-formed XML at line ${line}, column ${col}: ${msg}`)
  }
  const doc = parser.parse(text) as Record<string, unknown>
  const rootName = Object.keys(doc).find((k) => k !== '?xml')
  if (rootName !== 'testsuites' && rootName !== 'testsuite') {
    return invalid(
      ctx.file,
      `not JUnit XML: the root element is <${rootName ?? 'none'}>, expected <testsuites> or <testsuite>`
    )
  }
  const counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 }
  const findings: Finding[] = []
  const roots = ([] as unknown[]).concat(doc[rootName])
  for (const root of roots) {
    if (!isRecord(root)) continue
    if (rootName === 'testsuite') walkSuite(root, '', counts, findings)
    else for (const s of asArray(root.testsuite)) walkSuite(s, '', counts, findings)
  }
  const c = counts
  const summary = { tests: c.tests, failures: c.failures, errors: c.errors, skipped: c.skipped }
  const kept = keepFindings(findings)
  if (c.failures + c.errors > 0) {
    return {
      status: 'failed',
      message: `${ctx.file}: ${c.failures} failed and ${c.errors} errored of ${c.tests} tests`,
      findings: kept.findings,
      summary
    }
  }
  if (c.tests - c.skipped <= 0) {
    return {
      status: 'failed',
      message: `${ctx.file}: no test ran (${c.tests} tests, ${c.skipped} skipped); a run without tests proves nothing`,
      findings: [],
      summary
    }
  }
  return {
    status: 'passed',
    message: `${ctx.file}: ${c.tests} tests passed`,
    findings: [],
    summary
  }
}

function asArray(v: unknown): Record<string, unknown>[] {
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(isRecord)
}

/** The first child of a repeated element: a string for `<failure>text</failure>`, else a node. */
function first(v: unknown): unknown {
  if (Array.isArray(v)) return v.length > 0 ? (v[0] as unknown) : undefined
  return v
}

function attr(node: Record<string, unknown>, name: string): string | undefined {
  const a = node.$
  if (!isRecord(a)) return undefined
  const v = a[name]
  return typeof v === 'string' ? v : undefined
}

function num(node: Record<string, unknown>, name: string): number {
  const n = Number(attr(node, name) ?? 0)
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0
}

function text(v: unknown): string {
  if (typeof v === 'string') return v
  if (isRecord(v)) {
    const m = attr(v, 'message')
    if (m) return m
    const t = v['#text']
    if (typeof t === 'string') return t
  }
  return ''
}

function walkSuite(
  suite: Record<string, unknown>,
  prefix: string,
  counts: Counts,
  findings: Finding[]
): void {
  const name = attr(suite, 'name') ?? ''
  const path = prefix && name ? `${prefix} › ${name}` : prefix || name
  const cases = asArray(suite.testcase)
  const nested = asArray(suite.testsuite)
  // Some reporters write only a suite's totals; a suite without <testcase> counts by them.
  if (nested.length === 0 && cases.length === 0) {
    counts.tests += num(suite, 'tests')
    counts.failures += num(suite, 'failures')
    counts.errors += num(suite, 'errors')
    counts.skipped += num(suite, 'skipped') + num(suite, 'disabled')
    if (num(suite, 'failures') + num(suite, 'errors') > 0) {
      findings.push({
        id: path || 'testsuite',
        status: 'failed',
        message: `${num(suite, 'failures')} failed and ${num(suite, 'errors')} errored (suite totals; no test cases listed)`
      })
    }
  }
  for (const tc of cases) {
    counts.tests++
    const caseName = [attr(tc, 'classname'), attr(tc, 'name')].filter(Boolean).join('.')
    const id = path ? `${path} › ${caseName}` : caseName
    const failure = first(tc.failure)
    const error = first(tc.error)
    if (failure !== undefined || error !== undefined) {
      if (failure !== undefined) counts.failures++
      else counts.errors++
      const detail =
        text(failure ?? error)
          .split('\n')[0]
          ?.trim() ?? ''
      const f: Finding = {
        id: id || `testcase ${counts.tests}`,
        status: 'failed',
        message: `${failure !== undefined ? 'failed' : 'errored'}${detail ? `: ${detail.slice(0, 300)}` : ''}`
      }
      const tcFile = attr(tc, 'file')
      const line = Number(attr(tc, 'line'))
      if (tcFile)
        f.location = Number.isInteger(line) && line > 0 ? { file: tcFile, line } : { file: tcFile }
      findings.push(f)
    } else if (tc.skipped !== undefined) {
      counts.skipped++
    }
  }
  for (const s of nested) walkSuite(s, path, counts, findings)
}
