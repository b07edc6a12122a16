import type { PromotionRecord } from '../core/promotion.js'
import type { Report } from '../core/report.js'
import { code, escapeText } from './escape.js'

const ICON: Record<string, string> = { passed: '✅', failed: '❌', unverified: '🟡' }

/** Job summary of a promotion or rollback: the outcome, each check, and the record written. */
export function renderPromotionMarkdown(o: {
  report: Report
  record: PromotionRecord | null
  recorded: boolean
  kind: 'promotion' | 'rollback'
  environment: string
}): string {
  const r = o.record
  const out: string[] = [
    `## gonogo ${o.kind} to ${code(o.environment, 80)}: ${o.recorded ? '✅ recorded' : '❌ refused'}`,
    ''
  ]
  if (r) {
    out.push(
      `Bundle ${code(r.bundle.id, 120)} · digest ${code(r.bundle.digest, 80)} · decision ${code(r.bundle.decision, 20)} · record #${r.sequence} ${code(r.digest, 80)}`,
      ''
    )
  }
  out.push('| Check | Status | Detail |', '|---|---|---|')
  for (const c of o.report.checks) {
    out.push(
      `| ${code(c.id, 60)} | ${ICON[c.status] ?? ''} ${c.status} | ${escapeText(c.message, 400)}${c.remediation ? ` — ${escapeText(c.remediation, 300)}` : ''}${c.unlock ? ` — unlock: ${escapeText(c.unlock, 200)}` : ''} |`
    )
  }
  if (r && r.approvals.length > 0) {
    out.push('', 'Approvals (GitHub’s, as read):', '')
    for (const a of r.approvals)
      out.push(
        `- ${code(a.user, 60)} ${escapeText(a.state, 20)}${a.comment ? `: ${escapeText(a.comment, 200)}` : ''}`
      )
  }
  return `${out.join('\n')}\n`
}
