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

/** Splits `release/1.0/min-approvals` at the branch it names (branch names may contain `/`). */
function split(id: string, branches: readonly string[]): [string, string] {
  const b = [...branches].sort((x, y) => y.length - x.length).find((x) => id.startsWith(`${x}/`))
  if (b) return [b, id.slice(b.length + 1)]
  const cut = id.lastIndexOf('/')
  return cut > 0 ? [id.slice(0, cut), id.slice(cut + 1)] : ['—', id]
}

function rows(checks: ReportCheck[], branches: readonly string[]): string[] {
  return checks.map((c) => {
    const [branch, setting] = split(c.id, branches)
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
  out.push(...rows(o.branchProtection.checks, o.branches))
  out.push(
    '',
    '### Required checks a workflow can produce',
    '',
    '| Branch | Check | Wanted | Observed | Status | Detail |',
    '|---|---|---|---|---|---|'
  )
  out.push(...rows(o.requiredChecks.checks, o.branches), '')
  return out.join('\n')
}
