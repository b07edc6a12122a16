/**
 * The organisation report (core/org.ts mergeOrg, issue 19) as Markdown: the merge job's summary
 * and org-report.md. Everything taken from the plan, the shards' artifacts or API errors goes
 * through render/escape.ts like every other renderer: registered secrets scrubbed, Markdown and
 * HTML escaped, @mentions and #references neutralised, line breaks flattened, lengths capped.
 */
import type { OrgReport, SettingStatus } from '../core/org.js'
import { code, escapeText } from './escape.js'

const MARK: Record<SettingStatus, string> = { passed: '✅', failed: '❌', unverified: '🟡' }

/**
 * The organisation report as a job summary: totals, shards that did not report, and the table
 * repository × setting, worst repositories first, at most `maxRows` rows (the JSON has them all).
 * When some repository was verified against an override of the org policy (`org.overrides`,
 * core/org-policy.ts), an `Overrides` column names the overrides that applied to each. Names are
 * inline code (escape.ts `code`: no backtick, line break or unescaped `|` can leave the cell);
 * reasons from artifacts and API errors escaped text (escape.ts `escapeText`: no link, mention,
 * reference, HTML or table syntax survives, secrets scrubbed).
 *
 * @param maxRows table rows shown (default 200)
 */
export function renderOrgMarkdown(r: OrgReport, maxRows = 200): string {
  const t = r.totals
  const out = [
    `## gonogo: branch rules across ${code(r.organisation)}`,
    '',
    `${t.repositories} repositories: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified.`,
    ''
  ]
  if (t.repositories === 0)
    out.push('No repository was verified: the plan is empty (check the filters).', '')
  const missing = r.shards.filter((s) => s.status === 'missing')
  if (missing.length > 0) {
    out.push(
      `Shards that did not report (their ${missing.reduce((n, s) => n + s.repositories, 0)} repositories are unverified): ${missing.map((s) => `${s.index} (${escapeText(s.why ?? '')})`).join(', ')}`,
      ''
    )
  }
  const withOverrides = r.repositories.some((row) => row.overrides.length > 0)
  const header = [
    'Repository',
    'Status',
    ...(withOverrides ? ['Overrides'] : []),
    ...r.settings.map((s) => code(s))
  ]
  out.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---|').join('')}`)
  for (const row of r.repositories.slice(0, maxRows)) {
    const cells = r.settings.map((s) => {
      const v = row.settings[s]
      return v ? MARK[v] : '—'
    })
    const applied = row.overrides
    out.push(
      `| ${[
        code(row.repository),
        `${MARK[row.status]} ${row.status}`,
        ...(withOverrides
          ? [applied.length > 0 ? applied.map((id) => code(id, 64)).join(', ') : '—']
          : []),
        ...cells
      ].join(' | ')} |`
    )
  }
  if (r.repositories.length > maxRows)
    out.push(
      '',
      `_… and ${r.repositories.length - maxRows} more repositories (see the JSON report)._`
    )
  out.push('')
  return out.join('\n')
}
