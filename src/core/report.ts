import type { Finding } from './evidence.js'
import { GENERATOR_NAME, GENERATOR_VERSION, REPORT_CONTRACT } from './contracts.js'
import { worstStatus, type ReportStatus } from './status.js'

/** A finding as a report writes it: what the gate keeps, plus wanted and observed values. */
export interface ReportCheck extends Finding {
  wanted?: unknown
  observed?: unknown
}

export interface Report {
  contract: typeof REPORT_CONTRACT
  control: string
  status: ReportStatus
  subject: { repository: string; sha: string; ref?: string }
  generated_at: string
  generator: { name: string; version: string }
  summary: Record<string, number>
  checks: ReportCheck[]
  facts?: unknown
}

/**
 * A `gonogo.report/v1` report whose status is the worst of its checks. A report with no checks
 * proves nothing, so it is `unverified`.
 */
export function makeReport(o: {
  control: string
  subject: { repository: string; sha: string; ref?: string }
  generatedAt: string
  generator: string
  checks: ReportCheck[]
  facts?: unknown
}): Report {
  const checks = [...o.checks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const s = worstStatus(checks.map((c) => c.status))
  const status: ReportStatus =
    checks.length === 0
      ? 'unverified'
      : s === 'passed' || s === 'failed' || s === 'unverified'
        ? s
        : 'failed'
  const count = (st: ReportStatus): number => checks.filter((c) => c.status === st).length
  return {
    contract: REPORT_CONTRACT,
    control: o.control,
    status,
    subject: o.subject,
    generated_at: o.generatedAt,
    generator: { name: `${GENERATOR_NAME}/${o.generator}`, version: GENERATOR_VERSION },
    summary: {
      checks: checks.length,
      passed: count('passed'),
      failed: count('failed'),
      unverified: count('unverified')
    },
    checks,
    ...(o.facts !== undefined ? { facts: o.facts } : {})
  }
}
