import { ruleOf } from './cli-findings.js'
import { controlNote } from '../core/claims.js'
import type { Blocker, ControlResult, ExecutiveSummary } from '../core/decision.js'
import { visibleLine } from '../core/visible-text.js'
import { code, escapeText, safeLink } from './escape.js'

export interface RenderOptions {
  /** Hidden marker placed first (the sticky comment is found by it). */
  marker?: string
  /** Rows per table before "… and N more". */
  maxRows: number
  /** Hard cap on the whole text (GitHub: 65,536 for a comment, 1 MiB for a job summary). */
  maxChars: number
  /** `https://github.com/o/r/blob/<sha>` for linking runbooks and evidence. */
  blobBase?: string
  /** Extra lines (e.g. "could not post the PR comment") shown under the heading. */
  notes?: readonly string[]
}

const HEADLINE: Record<ExecutiveSummary['decision'], string> = {
  go: '✅ gonogo: GO',
  'conditional-go': '⚠️ gonogo: CONDITIONAL GO',
  'no-go': '⛔ gonogo: NO-GO'
}

const OUTCOME: Record<ControlResult['outcome'], string> = {
  passed: '✅ passed',
  conditional: '🟠 conditional go',
  'accepted-unverified': '🟡 unverified (accepted)',
  waived: '🟠 waived',
  failed: '❌ failed'
}

/** The executive summary as Markdown: headline, counts, blocker register, claim matrix. */
export function renderSummaryMarkdown(s: ExecutiveSummary, opts: RenderOptions): string {
  let rows = opts.maxRows
  for (;;) {
    const md = render(s, { ...opts, maxRows: rows })
    if (md.length <= opts.maxChars || rows <= 1)
      return md.length <= opts.maxChars ? md : truncate(md, opts.maxChars)
    rows = Math.floor(rows / 2)
  }
}

function truncate(md: string, max: number): string {
  const note = '\n\n_… truncated: the full summary is in executive-summary.json._\n'
  return md.slice(0, max - note.length) + note
}

function render(s: ExecutiveSummary, opts: RenderOptions): string {
  const out: string[] = []
  if (opts.marker) out.push(opts.marker)
  out.push(`## ${HEADLINE[s.decision]}`, '')
  const p = s.profile
  out.push(
    `**Decision:** \`${s.decision}\` · **Profile:** ${code(p.name, 64)} (max high ${p.max_high}, max medium ${p.max_medium}; ${escapeText(p.selected_by, 40)}) · **Commit:** ${code(s.subject.sha.slice(0, 12) || 'unknown', 16)} · **Effective time:** ${s.effective_time}`,
    ''
  )
  for (const n of opts.notes ?? []) out.push(`> ${escapeText(n, 500)}`, '')
  const c = s.counts
  out.push(
    '| Controls | Passed | Failed | Waived | Unverified (accepted) | High | Medium | Low (waived) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${c.controls} | ${c.passed} | ${c.failed} | ${c.waived} | ${c.accepted_unverified} | ${c.high} | ${c.medium} | ${c.low} |`,
    ''
  )

  out.push('### Blocker register', '')
  if (s.blockers.length === 0) out.push('No blockers.', '')
  else {
    out.push(
      '| Severity | Control | Kind | Reason | Owner | Runbook |',
      '|---|---|---|---|---|---|'
    )
    for (const b of s.blockers.slice(0, opts.maxRows)) out.push(blockerRow(b, opts))
    more(out, s.blockers.length, opts.maxRows, 'blockers')
    out.push('')
  }

  if (s.warnings.length > 0) {
    out.push('### Warnings', '')
    for (const w of s.warnings.slice(0, opts.maxRows))
      out.push(`- ${code(w.control, 64)}: ${escapeText(w.message, 300)}`)
    more(out, s.warnings.length, opts.maxRows, 'warnings')
    out.push('')
  }

  if (s.claims && s.claims.claims.length > 0) {
    out.push('### Claims by tier', '')
    out.push('| Tier | Claim | Grade | Level | Controls | Blocker |', '|---:|---|---|---|---|---|')
    for (const g of s.claims.claims.slice(0, opts.maxRows)) {
      // Each control that keeps the claim from proven says why (waived, unverified, failed…);
      // a long list shows those first, so one row stays small enough for a PR comment.
      const noted = g.controls.map((c) => ({ id: c.id, note: controlNote(c) }))
      const shown =
        noted.length > CLAIM_CONTROLS
          ? [...noted.filter((c) => c.note), ...noted.filter((c) => !c.note)].slice(
              0,
              CLAIM_CONTROLS
            )
          : noted
      const listed = shown.map((c) => `${code(c.id, 64)}${c.note ? ` (${c.note})` : ''}`)
      if (noted.length > shown.length) listed.push(`… and ${noted.length - shown.length} more`)
      const controls = listed.join(', ')
      out.push(
        `| ${g.tier} | ${code(g.id, 32)} ${escapeText(visibleLine(g.title), 120)} | ${GRADE[g.grade]} | ${g.level} | ${controls} | ${g.blocker ? `high: ${g.blocker_class ?? 'unresolved-tier-0'}` : '—'} |`
      )
    }
    more(out, s.claims.claims.length, opts.maxRows, 'claims')
    if (s.claims.unclaimed_controls.length > 0)
      out.push(
        '',
        `Controls no claim names: ${s.claims.unclaimed_controls
          .slice(0, 50)
          .map((id) => code(id, 64))
          .join(', ')}${s.claims.unclaimed_controls.length > 50 ? ', …' : ''}`
      )
    out.push('')
  }

  out.push('### Claim matrix', '')
  out.push(
    '| Control | Severity | Status | Evidence | Waiver | Owner | Runbook |',
    '|---|---|---|---|---|---|---|'
  )
  const ordered = [...s.controls].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1))
  for (const r of ordered.slice(0, opts.maxRows)) out.push(controlRow(r, opts))
  more(out, ordered.length, opts.maxRows, 'controls')
  out.push('')

  const withFindings = ordered.filter((r) => r.findings.length > 0 && r.outcome !== 'passed')
  if (withFindings.length > 0) {
    out.push('<details><summary>Findings</summary>', '')
    for (const r of withFindings.slice(0, opts.maxRows)) {
      out.push(`**${escapeText(r.id, 64)}**`, '')
      for (const f of r.findings.slice(0, 10)) {
        const loc = f.location
          ? ` (${code(`${f.location.file}${f.location.line ? `:${f.location.line}` : ''}`, 120)})`
          : ''
        out.push(
          `- ${f.status === 'failed' ? '❌' : '🟡'} ${escapeText(ruleOf(f), 120)}${loc}: ${escapeText(f.message, 300)}${f.remediation ? ` — ${escapeText(f.remediation, 200)}` : ''}${f.unlock ? ` (unlock: ${escapeText(f.unlock, 120)})` : ''}`
        )
      }
      const hidden = r.findings.length - 10 + r.findings_omitted
      if (hidden > 0) out.push(`- … and ${hidden} more`)
      out.push('')
    }
    out.push('</details>', '')
  }

  if (s.unclaimed_reports.length > 0) {
    out.push(
      `<details><summary>Reports no control reads (${s.unclaimed_reports.length})</summary>`,
      ''
    )
    for (const f of s.unclaimed_reports.slice(0, opts.maxRows)) out.push(`- ${code(f, 200)}`)
    more(out, s.unclaimed_reports.length, opts.maxRows, 'reports')
    out.push('', '</details>', '')
  }
  out.push(`<sub>${s.generator.name} ${s.generator.version} · ${s.contract}</sub>`, '')
  return out.join('\n')
}

function rank(r: ControlResult): number {
  return r.outcome === 'failed'
    ? 0
    : r.outcome === 'waived'
      ? 1
      : r.outcome === 'accepted-unverified' || r.outcome === 'conditional'
        ? 2
        : 3
}

function more(out: string[], total: number, shown: number, what: string): void {
  if (total > shown)
    out.push('', `_… and ${total - shown} more ${what} (see executive-summary.json)._`)
}

function cell(text: string | null, max = 200): string {
  return text ? escapeText(text, max) : '—'
}

/** Controls listed per claim in the Markdown matrix (all of them: executive-summary.json). */
const CLAIM_CONTROLS = 20

const GRADE = { proven: '✅ proven', partial: '🟡 partial', 'not-proven': '❌ not proven' } as const

function blockerRow(b: Blocker, opts: RenderOptions): string {
  return `| ${b.severity} | ${code(b.control, 64)} | ${b.kind}${b.class ? ` (${b.class})` : ''} | ${cell(b.reason, 300)} | ${cell(b.owner, 60)} | ${b.runbook ? safeLink('runbook', b.runbook, opts.blobBase) : '—'} |`
}

function controlRow(r: ControlResult, opts: RenderOptions): string {
  // A single file is shown with the start of its SHA-256 (all digests: executive-summary.json).
  const digest = r.evidence.inputs?.find((i) => i.path === r.evidence.files[0])?.sha256
  const evidence =
    r.evidence.files.length === 1
      ? `${code(r.evidence.files[0] ?? '', 120)}${digest ? ` · sha256 ${code(digest.slice(0, 12), 16)}` : ''}`
      : r.evidence.files.length > 1
        ? `${r.evidence.files.length} files (${code(r.evidence.pattern, 100)})`
        : `${r.status}: ${code(r.evidence.pattern, 100)}`
  const waiver = r.waiver
    ? `${cell(r.waiver.owner, 40)} until ${r.waiver.expires}${r.waiver.state === 'expiring' ? ' (expiring)' : ''}`
    : '—'
  const status = r.outcome === 'failed' ? `${OUTCOME.failed} (${r.status})` : OUTCOME[r.outcome]
  return `| ${code(r.id, 64)} | ${r.severity} | ${status} | ${evidence} | ${waiver} | ${cell(r.owner, 60)} | ${r.runbook ? safeLink('runbook', r.runbook, opts.blobBase) : '—'} |`
}
