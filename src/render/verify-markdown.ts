import type { Report, ReportCheck } from '../core/report.js'
import { code, escapeText } from './escape.js'

const ICON: Record<string, string> = { passed: '✅', failed: '❌', unverified: '🟡' }

function fmt(v: unknown): string {
  if (v === undefined) return '—'
  if (Array.isArray(v))
    return v.length
      ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ')
      : 'none'
  if (typeof v === 'object' && v !== null) return JSON.stringify(v)
  if (typeof v === 'boolean') return v ? 'on' : 'off'
  return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v)
}

function rows(checks: ReportCheck[]): string[] {
  return checks.map((c) => {
    const [branch, setting] = c.id.includes('/')
      ? [c.id.slice(0, c.id.indexOf('/')), c.id.slice(c.id.indexOf('/') + 1)]
      : ['—', c.id]
    return `| ${code(branch, 60)} | ${code(setting, 80)} | ${escapeText(fmt(c.wanted), 120)} | ${escapeText(fmt(c.observed), 120)} | ${ICON[c.status] ?? ''} ${c.status} | ${escapeText(c.message, 300)}${c.unlock ? ` — unlock: ${escapeText(c.unlock, 200)}` : ''} |`
  })
}

/** Job summary: wanted vs observed per branch and setting, then producibility of required checks. */
export function renderVerifyMarkdown(o: {
  branchProtection: Report
  requiredChecks: Report
  requests: number
  branches: string[]
}): string {
  const out: string[] = []
  out.push(
    `## gonogo: branch rules ${ICON[o.branchProtection.status] ?? ''} ${o.branchProtection.status}, required checks ${ICON[o.requiredChecks.status] ?? ''} ${o.requiredChecks.status}`,
    ''
  )
  out.push(
    `Branches: ${o.branches.length ? o.branches.map((b) => code(b, 60)).join(', ') : 'none'} · API requests: ${o.requests}`,
    ''
  )
  out.push(
    '### Wanted vs observed',
    '',
    '| Branch | Setting | Wanted | Observed | Status | Detail |',
    '|---|---|---|---|---|---|'
  )
  out.push(...rows(o.branchProtection.checks))
  out.push(
    '',
    '### Required checks a workflow can produce',
    '',
    '| Branch | Check | Wanted | Observed | Status | Detail |',
    '|---|---|---|---|---|---|'
  )
  out.push(...rows(o.requiredChecks.checks), '')
  return out.join('\n')
}
