import type { Report } from '../core/report.js'
import { code, escapeText } from './escape.js'

interface Facts {
  branch?: string
  window?: number
  requests?: number
  jobs?: {
    workflow: string
    job: string
    samples: number
    pass_rate: number | null
    flaky_rate: number | null
    duration_median: number | null
    duration_p95: number | null
    recent: string
    budget: { allowed: number; spent: number }
    series: { run: number; outcome: string; duration: number | null }[]
  }[]
}

/** Mermaid labels: keep it to safe characters. */
function label(s: string): string {
  return s.replace(/[^\w .()\-/:›,]/g, '').slice(0, 80)
}

/**
 * Per critical job: a Mermaid chart (GitHub renders it) of the rolling pass rate and each run's
 * duration, then a table of SLOs with the budget spent.
 */
export function renderCiTrendMarkdown(r: Report): string {
  const f = (r.facts ?? {}) as Facts
  const out: string[] = [`### CI stability (${r.status})`, '']
  out.push(
    `Branch ${code(f.branch ?? '?', 60)} · last ${f.window ?? '?'} completed runs per workflow · ${f.requests ?? '?'} API requests`,
    ''
  )
  const jobs = f.jobs ?? []
  if (jobs.length > 0) {
    out.push(
      '| Workflow | Job | Samples | Pass rate | Flaky rate | Duration median / p95 (s) | Budget spent | Recent (newest first) |',
      '|---|---|---:|---:|---:|---:|---:|---|'
    )
    for (const j of jobs) {
      out.push(
        `| ${code(j.workflow, 60)} | ${code(j.job, 80)} | ${j.samples} | ${j.pass_rate ?? '—'}% | ${j.flaky_rate ?? '—'}% | ${j.duration_median ?? '—'} / ${j.duration_p95 ?? '—'} | ${j.budget.spent} of ${j.budget.allowed} | ${code(j.recent, 40)} |`
      )
    }
    out.push('')
  }
  for (const j of jobs.slice(0, 10)) {
    const pts = j.series.filter((s) => s.outcome === 'passed' || s.outcome === 'failed')
    if (pts.length === 0) continue
    let passed = 0
    const rolling = pts.map((s, i) => {
      if (s.outcome === 'passed') passed++
      return Math.round((passed / (i + 1)) * 100)
    })
    const durations = pts.map((s) => s.duration ?? 0)
    const max = Math.max(1, ...durations)
    out.push(
      '```mermaid',
      'xychart-beta',
      `  title "${label(`${j.workflow} › ${j.job}`)}: pass rate % (line) and duration s (bars, scaled to 100 = ${max}s)"`
    )
    out.push(
      `  x-axis [${pts.map((s) => `"#${s.run}"`).join(', ')}]`,
      '  y-axis "percent" 0 --> 100'
    )
    out.push(
      `  bar [${durations.map((d) => Math.round((d / max) * 100)).join(', ')}]`,
      `  line [${rolling.join(', ')}]`,
      '```',
      ''
    )
  }
  const bad = r.checks.filter((c) => c.status !== 'passed')
  if (bad.length > 0) {
    out.push('| Check | Status | Detail |', '|---|---|---|')
    for (const c of bad.slice(0, 50))
      out.push(
        `| ${code(c.id, 100)} | ${c.status} | ${escapeText(c.message, 300)}${c.unlock ? ` — unlock: ${escapeText(c.unlock, 160)}` : ''} |`
      )
    out.push('')
  }
  return out.join('\n')
}

/** Extra job-summary sections for built-in reports that have one. */
export function renderBuiltinMarkdown(r: Report): string | undefined {
  if (r.control === 'ci-trend') return renderCiTrendMarkdown(r)
  return undefined
}
