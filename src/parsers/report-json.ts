import { REPORT_CONTRACT } from '../core/contracts.js'
import { keepFindings, type Finding } from '../core/evidence.js'
import { worstStatus, type ReportStatus } from '../core/status.js'
import { validateReport } from '../generated/validators.js'
import { readLegacyReport } from './legacy-report.js'
import { formatSchemaError } from './schema-errors.js'
import {
  invalid,
  isRecord,
  parseJson,
  sameCommit,
  stale,
  type FileVerdict,
  type ParseContext
} from './verdict.js'

/** Our own contracts' prefix: another version of ours is never read as an older script's report. */
const REPORT_CONTRACT_FAMILY = REPORT_CONTRACT.slice(0, REPORT_CONTRACT.indexOf('/') + 1)

interface ContractReport {
  contract: string
  control: string
  status: ReportStatus
  subject: { repository: string; sha: string; ref?: string }
  summary?: Record<string, number>
  checks: Finding[]
}

/**
 * Reads a JSON report: the `gonogo.report/v1` contract (schemas/report.v1.schema.json), or a
 * report of the older governance scripts (any other `contract`, or none: see legacy-report.ts).
 * Never throws: malformed JSON or shapes are `invalid`, naming the file and the field; an
 * unexpected error (a bug) is `invalid` naming the file. Any depth is read: the walks over the
 * value are iterative (older-reports.test.ts reads 100,000 levels).
 */
export function readJsonReport(text: string, ctx: ParseContext): FileVerdict {
  try {
    return read(text, ctx)
  } catch (e) {
    const why = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0] ?? ''}` : String(e)
    return invalid(
      ctx.file,
      `could not be read (${why.slice(0, 200)}); this is a gonogo bug, please report it with the file`
    )
  }
}

function read(text: string, ctx: ParseContext): FileVerdict {
  const parsed = parseJson(text, ctx.file)
  if (!parsed.ok) return parsed.verdict
  const doc = parsed.value
  if (!isRecord(doc)) return invalid(ctx.file, 'a report must be a JSON object')
  // Only gonogo.report/v1 is ours; any other contract, or none, is an older script's report.
  if (doc.contract === REPORT_CONTRACT) return readContract(doc, ctx)
  if (typeof doc.contract === 'string' && doc.contract.startsWith(REPORT_CONTRACT_FAMILY)) {
    return invalid(
      ctx.file,
      `unknown contract ${JSON.stringify(doc.contract.slice(0, 80))}; this gate reads ${REPORT_CONTRACT}`
    )
  }
  return readLegacyReport(doc, ctx)
}

function readContract(doc: Record<string, unknown>, ctx: ParseContext): FileVerdict {
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
  // One pass: a check's status is one of REPORT_STATUSES (the schema), so the worst of them is
  // decided by whether any failed or was unverified.
  let failedChecks = 0
  let unverifiedChecks = 0
  for (const c of report.checks) {
    if (c.status === 'failed') failedChecks++
    else if (c.status === 'unverified') unverifiedChecks++
  }
  const status = worstStatus([
    report.status,
    ...(failedChecks > 0 ? (['failed'] as const) : []),
    ...(unverifiedChecks > 0 || report.checks.length === 0 ? (['unverified'] as const) : [])
  ])
  const kept = keepFindings(report.checks)
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
