/**
 * The organisation report (core/org.ts mergeOrg, issue 19) as Markdown: the merge job's summary
 * and org-report.md. Everything taken from the plan, the shards' artifacts or API errors goes
 * through render/escape.ts like every other renderer: registered secrets scrubbed, Markdown and
 * HTML escaped, @mentions and #references neutralised, line breaks flattened, lengths capped.
 */
import { mostFailing, type OrgReport, type SettingStatus } from '../core/org.js'
import { code, escapeText } from './escape.js'

const MARK: Record<SettingStatus, string> = { passed: '✅', failed: '❌', unverified: '🟡' }

/**
 * The most a job summary may hold: GitHub refuses a step's summary over 1 MiB (docs: "Workflow
 * commands for GitHub Actions", adding a job summary: "the maximum size of a step's summary is
 * 1 MiB"). The same 1,000,000 as gate/run-gate.ts JOB_SUMMARY_MAX_CHARS (not imported: that module
 * brings the whole gate into the ruleset-verify bundle), counted here in UTF-8 bytes, as GitHub
 * counts the file — a status mark is 3 or 4 bytes for one or two UTF-16 units.
 */
export const ORG_SUMMARY_MAX_BYTES = 1000 * 1000

/** Setting columns shown by default: the most failing ones (org-report.json has all). */
export const ORG_MARKDOWN_MAX_SETTINGS = 30

/** Shards that did not report, named one by one at most (the rest are counted). */
const MAX_MISSING_SHARDS_LISTED = 20

/** Overrides named in one row at most (the rest are counted). */
const MAX_OVERRIDES_LISTED = 5

export interface OrgMarkdownOptions {
  /** Setting columns shown, the most failing first chosen (default {@link ORG_MARKDOWN_MAX_SETTINGS}). */
  maxSettings?: number
  /** UTF-8 bytes the whole text may take (default {@link ORG_SUMMARY_MAX_BYTES}). */
  maxBytes?: number
}

/**
 * The settings shown as columns: at most `max`, those with most failed repositories, then most
 * unverified, then by name; shown in name order (the report's order).
 */
function shownSettings(r: OrgReport, max: number): string[] {
  const count = new Map(r.settings.map((s) => [s, { failed: 0, unverified: 0 }]))
  for (const row of r.repositories)
    for (const [s, v] of Object.entries(row.settings)) {
      const c = count.get(s)
      if (c && v !== 'passed') c[v]++
    }
  const chosen = mostFailing(count, max)
  return r.settings.filter((s) => chosen.has(s))
}

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8')

/**
 * The organisation report as a job summary: totals, shards that did not report, and the table
 * repository × setting, worst repositories first, at most `maxRows` rows and `maxSettings`
 * setting columns (the most failing settings; a line says how many were left out); the JSON
 * (org-report.json) has them all. When some repository was verified against an override of the
 * org policy (`org.overrides`, core/org-policy.ts), an `Overrides` column names the overrides
 * that applied to each (at most 5 per row, the rest counted). The whole text stays within
 * `maxBytes` UTF-8 bytes (GitHub's job summary limit, {@link ORG_SUMMARY_MAX_BYTES}): rows that
 * would pass it are left out, whole, and a last line says how many and where they are. Names are
 * inline code (escape.ts `code`: no backtick, line break or unescaped `|` can leave the cell);
 * reasons from artifacts and API errors escaped text (escape.ts `escapeText`: no link, mention,
 * reference, HTML or table syntax survives, secrets scrubbed). Deterministic.
 *
 * @param maxRows table rows shown (default 200)
 */
export function renderOrgMarkdown(
  r: OrgReport,
  maxRows = 200,
  opts: OrgMarkdownOptions = {}
): string {
  const maxBytes = opts.maxBytes ?? ORG_SUMMARY_MAX_BYTES
  const t = r.totals
  const head = [
    `## gonogo: branch rules across ${code(r.organisation)}`,
    '',
    `${t.repositories} repositories: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified.`,
    ''
  ]
  if (t.repositories === 0)
    head.push('No repository was verified: the plan is empty (check the filters).', '')
  const missing = r.shards.filter((s) => s.status === 'missing')
  if (missing.length > 0) {
    const listed = missing.slice(0, MAX_MISSING_SHARDS_LISTED)
    const more = missing.length - listed.length
    head.push(
      `Shards that did not report (${unverifiedRepos(missing.reduce((n, s) => n + s.repositories, 0))}): ${listed.map((s) => `${s.index} (${escapeText(s.why ?? '')})`).join(', ')}${more > 0 ? ` and ${more} more (see \`shards\` in org-report.json)` : ''}`,
      ''
    )
  }
  const settings = shownSettings(r, opts.maxSettings ?? ORG_MARKDOWN_MAX_SETTINGS)
  const hidden = r.settings.length - settings.length
  if (hidden > 0)
    head.push(
      `_${settings.length} of ${r.settings.length} settings shown (those with most failed, then unverified repositories); the other ${hidden} are in org-report.json (\`settings\`, and each repository's \`settings\`)._`,
      ''
    )
  const withOverrides = r.repositories.some((row) => row.overrides.length > 0)
  const header = [
    'Repository',
    'Status',
    ...(withOverrides ? ['Overrides'] : []),
    ...settings.map((s) => code(s))
  ]
  head.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---|').join('')}`)
  const rows: string[] = []
  for (const row of r.repositories.slice(0, maxRows)) {
    const cells = settings.map((s) => {
      const v = row.settings[s]
      return v ? MARK[v] : '—'
    })
    const applied = row.overrides.slice(0, MAX_OVERRIDES_LISTED).map((id) => code(id, 64))
    const moreOverrides = row.overrides.length - applied.length
    rows.push(
      `| ${[
        code(row.repository),
        `${MARK[row.status]} ${row.status}`,
        ...(withOverrides
          ? [
              applied.length > 0
                ? `${applied.join(', ')}${moreOverrides > 0 ? ` +${moreOverrides}` : ''}`
                : '—'
            ]
          : []),
        ...cells
      ].join(' | ')} |`
    )
  }
  // Within the byte budget: whole rows only, then one line saying what was left out.
  const tail = (left: number): string[] =>
    left > 0
      ? ['', `_… and ${left} more repositories (see org-report.json, which has them all)._`]
      : []
  const budget = (lines: readonly string[]): number => utf8(lines.join('\n')) + 1
  let used = budget(head)
  const reserve = budget(tail(r.repositories.length))
  let shown = 0
  for (const line of rows) {
    const size = utf8(line) + 1
    if (used + size + reserve > maxBytes) break
    used += size
    shown++
  }
  const out = [...head, ...rows.slice(0, shown), ...tail(r.repositories.length - shown), '']
  const text = out.join('\n')
  if (utf8(text) <= maxBytes) return text
  // Only the heading lines left (a budget smaller than them): cut to the budget, whole characters.
  const note = '\n\n_… the rest of this summary is left out (see org-report.json)._\n'
  const chars = [...text]
  let lo = 0
  let hi = chars.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (utf8(chars.slice(0, mid).join('')) + utf8(note) <= maxBytes) lo = mid
    else hi = mid - 1
  }
  return utf8(note) <= maxBytes ? `${chars.slice(0, lo).join('')}${note}` : ''
}

/** "their 1 repository is unverified" / "their 3 repositories are unverified". */
function unverifiedRepos(n: number): string {
  return n === 1 ? 'their 1 repository is unverified' : `their ${n} repositories are unverified`
}
