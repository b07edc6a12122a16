import { REPORT_CONTRACT } from '../core/contracts.js'
import { keepFindings, type Finding } from '../core/evidence.js'
import {
  LEGACY_STATUS_WORDS,
  normaliseStatusWord,
  worstStatus,
  type ReportStatus
} from '../core/status.js'
import { validateReport } from '../generated/validators.js'
import { formatSchemaError } from './schema-errors.js'
import {
  invalid,
  isRecord,
  parseJson,
  REPORT_SHA_PATTERN,
  sameCommit,
  stale,
  type FileVerdict,
  type ParseContext
} from './verdict.js'

interface ContractReport {
  contract: string
  control: string
  status: ReportStatus
  subject: { repository: string; sha: string; ref?: string }
  summary?: Record<string, number>
  checks: Finding[]
}

/**
 * Reads a JSON report: the `gonogo.report/v1` contract, or a report of the older governance
 * scripts (status words normalised, test summaries honoured).
 */
export function readJsonReport(text: string, ctx: ParseContext): FileVerdict {
  const parsed = parseJson(text, ctx.file)
  if (!parsed.ok) return parsed.verdict
  const doc = parsed.value
  if (!isRecord(doc)) return invalid(ctx.file, 'a report must be a JSON object')
  if (doc.contract !== undefined) return readContract(doc, ctx)
  return readLegacy(doc, ctx)
}

function readContract(doc: Record<string, unknown>, ctx: ParseContext): FileVerdict {
  if (doc.contract !== REPORT_CONTRACT) {
    return invalid(
      ctx.file,
      `unknown contract ${JSON.stringify(doc.contract)}; this gate reads ${REPORT_CONTRACT}`
    )
  }
  if (!validateReport(doc)) {
    const errors = (validateReport.errors ?? []).slice(0, 3).map((e) => formatSchemaError(e))
    return invalid(ctx.file, `does not follow ${REPORT_CONTRACT}: ${errors.join('; ')}`)
  }
  const report = doc as unknown as ContractReport
  if (ctx.control && report.control !== ctx.control) {
    return invalid(
      ctx.file,
      `report is for control '${report.control}', but control '${ctx.control}' reads it; point the control at its own report`
    )
  }
  if (ctx.repository && report.subject.repository.toLowerCase() !== ctx.repository.toLowerCase()) {
    return invalid(
      ctx.file,
      `report is about repository '${report.subject.repository}', but the gate checks '${ctx.repository}'`
    )
  }
  if (ctx.sha && !sameCommit(report.subject.sha, ctx.sha))
    return stale(ctx.file, report.subject.sha, ctx.sha)
  // A report cannot claim passed while one of its own checks failed: take the worst. A report
  // with no checks proves nothing (as makeReport says): at best unverified.
  const status = worstStatus([
    report.status,
    ...report.checks.map((c) => c.status),
    ...(report.checks.length === 0 ? (['unverified'] as const) : [])
  ])
  const kept = keepFindings(report.checks)
  const failedChecks = report.checks.filter((c) => c.status === 'failed').length
  const unverifiedChecks = report.checks.filter((c) => c.status === 'unverified').length
  const detail =
    report.checks.length === 0
      ? 'no checks listed'
      : `${report.checks.length} checks, ${failedChecks} failed, ${unverifiedChecks} unverified`
  return {
    status,
    message: `${ctx.file}: ${status} (${detail})`,
    findings: kept.findings,
    summary: {
      checks: report.checks.length,
      failed_checks: failedChecks,
      unverified_checks: unverifiedChecks
    }
  }
}

function readLegacy(doc: Record<string, unknown>, ctx: ParseContext): FileVerdict {
  const field =
    doc.status !== undefined ? 'status' : doc.slo_status !== undefined ? 'slo_status' : undefined
  if (!field) {
    return invalid(
      ctx.file,
      `no 'contract', 'status' or 'slo_status' field: write a ${REPORT_CONTRACT} report or a status word`
    )
  }
  const word = doc[field]
  if (typeof word !== 'string') return invalid(ctx.file, `'${field}' must be a string status word`)
  const status = normaliseStatusWord(word)
  if (!status) {
    return invalid(
      ctx.file,
      `unknown status word ${JSON.stringify(word.slice(0, 40))} in '${field}'; known words: ${LEGACY_STATUS_WORDS.join(', ')}`
    )
  }
  const reportSha = legacySha(doc)
  if (ctx.sha && reportSha && !sameCommit(reportSha, ctx.sha))
    return stale(ctx.file, reportSha, ctx.sha)

  const summary: Record<string, number> = {}
  const findings: Finding[] = []
  const s = doc.summary
  if (s !== undefined && !isRecord(s)) return invalid(ctx.file, "'summary' must be an object")
  if (isRecord(s)) {
    for (const [k, v] of Object.entries(s)) {
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) summary[k] = v
    }
    if (s.failed_tests !== undefined && typeof s.failed_tests !== 'number')
      return invalid(ctx.file, "'summary.failed_tests' must be a number")
    if (typeof s.failed_tests === 'number' && s.failed_tests > 0) {
      findings.push({
        id: 'failed_tests',
        status: 'failed',
        message: `${s.failed_tests} tests failed`
      })
    }
    if (s.test_execution_complete !== undefined && typeof s.test_execution_complete !== 'boolean')
      return invalid(ctx.file, "'summary.test_execution_complete' must be true or false")
    if (s.test_execution_complete === false) {
      findings.push({
        id: 'test_execution_complete',
        status: 'failed',
        message: 'test execution did not complete'
      })
    }
  }
  const final = worstStatus([status, ...findings.map((f) => f.status)])
  const unchecked =
    ctx.sha && !reportSha ? '; no commit recorded, so staleness was not checked' : ''
  const why =
    (findings.length > 0 ? findings.map((f) => f.message).join('; ') : `${field}: ${word}`) +
    unchecked
  return { status: final, message: `${ctx.file}: ${final} (${why})`, findings, summary }
}

function legacySha(doc: Record<string, unknown>): string | undefined {
  const candidates = [
    isRecord(doc.subject) ? doc.subject.sha : undefined,
    doc.sha,
    doc.commit,
    doc.git_sha
  ]
  for (const c of candidates) if (typeof c === 'string' && REPORT_SHA_PATTERN.test(c)) return c
  return undefined
}
