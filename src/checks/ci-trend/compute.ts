import picomatch from 'picomatch'
import type { ReportCheck } from '../../core/report.js'
import {
  DEFAULT_SLO,
  outcomeOf,
  type CiTrendSettings,
  type RunFacts,
  type Slo,
  type WorkflowFacts
} from './model.js'

export interface JobFigures {
  workflow: string
  job: string
  samples: number
  passed: number
  failed: number
  cancelled: number
  skipped: number
  pass_rate: number | null
  flaky: number
  flaky_rate: number | null
  duration_median: number | null
  duration_p95: number | null
  /** Newest first: P(assed), F(ailed), C(ancelled), S(kipped), ? (other), with * for passed on re-run. */
  recent: string
  budget: { allowed: number; spent: number }
  /** Per run, oldest first, for the chart: the final outcome and duration. */
  series: { run: number; outcome: string; duration: number | null }[]
}

const pct = (n: number, d: number): number | null =>
  d === 0 ? null : Math.round((n / d) * 10000) / 100

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] ?? null
}

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/**
 * Figures for one job over the window. A run counts once, by its final attempt (a re-run is the
 * same commit's history, not extra samples); a run whose job failed and then passed on a re-run
 * is flaky.
 */
export function jobFigures(
  workflow: string,
  job: string,
  runs: readonly RunFacts[],
  budget: number
): JobFigures {
  const ordered = [...runs].sort((a, b) =>
    a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id
  )
  let passed = 0
  let failed = 0
  let cancelled = 0
  let skipped = 0
  let flaky = 0
  const durations: number[] = []
  const series: JobFigures['series'] = []
  const recent: string[] = []
  for (const run of ordered) {
    const attempts = [...(run.jobs[job] ?? [])].sort((a, b) => a.attempt - b.attempt)
    const last = attempts[attempts.length - 1]
    if (!last) continue
    const outcome = outcomeOf(last.conclusion)
    const wasFlaky =
      outcome === 'passed' &&
      attempts.slice(0, -1).some((a) => outcomeOf(a.conclusion) === 'failed')
    if (outcome === 'passed') passed++
    else if (outcome === 'failed') failed++
    else if (outcome === 'cancelled') cancelled++
    else if (outcome === 'skipped') skipped++
    if (wasFlaky) flaky++
    if ((outcome === 'passed' || outcome === 'failed') && last.duration !== undefined)
      durations.push(last.duration)
    series.push({ run: run.number, outcome, duration: last.duration ?? null })
    recent.unshift(
      `${{ passed: 'P', failed: 'F', cancelled: 'C', skipped: 'S', other: '?' }[outcome]}${wasFlaky ? '*' : ''}`
    )
  }
  const samples = passed + failed
  durations.sort((a, b) => a - b)
  return {
    workflow,
    job,
    samples,
    passed,
    failed,
    cancelled,
    skipped,
    pass_rate: pct(passed, samples),
    flaky,
    flaky_rate: pct(flaky, samples),
    duration_median: median(durations),
    duration_p95: percentile(durations, 95),
    recent: recent.slice(0, 10).join(' '),
    budget: { allowed: budget, spent: failed },
    series
  }
}

/** Job names observed in the runs that a spec's name or glob selects, sorted. */
export function selectJobs(spec: string, runs: readonly RunFacts[]): string[] {
  const names = new Set(runs.flatMap((r) => Object.keys(r.jobs)))
  const isGlob = picomatch.scan(spec).isGlob
  return [...names]
    .filter((n) => (isGlob ? picomatch.isMatch(n, spec, { dot: true }) : n === spec))
    .sort()
}

function judge(
  id: string,
  f: Pick<JobFigures, 'samples' | 'pass_rate' | 'flaky_rate' | 'budget'>,
  slo: Slo,
  label: string
): ReportCheck[] {
  const out: ReportCheck[] = []
  // No completed pass or fail in the window proves nothing, whatever min_samples says.
  if (f.samples === 0 || f.samples < slo.min_samples) {
    out.push({
      id: `${id}/samples`,
      status: 'unverified',
      message: `${label}: ${f.samples} completed runs in the window, fewer than the ${slo.min_samples} the SLO needs to judge`,
      wanted: slo.min_samples,
      observed: f.samples,
      unlock: 'more history: widen checks.ci-trend.window or wait for more runs'
    })
  } else {
    out.push({
      id: `${id}/samples`,
      status: 'passed',
      message: `${label}: ${f.samples} samples`,
      wanted: slo.min_samples,
      observed: f.samples
    })
  }
  if (f.pass_rate !== null) {
    const ok = f.pass_rate >= slo.min_pass_rate
    out.push({
      id: `${id}/pass-rate`,
      status: ok ? 'passed' : 'failed',
      message: `${label}: pass rate ${f.pass_rate}% ${ok ? '≥' : '<'} ${slo.min_pass_rate}%`,
      wanted: slo.min_pass_rate,
      observed: f.pass_rate,
      ...(ok
        ? {}
        : { remediation: 'fix the failures behind the failing runs (see the recent outcomes)' })
    })
  }
  if (f.flaky_rate !== null) {
    const ok = f.flaky_rate <= slo.max_flaky_rate
    out.push({
      id: `${id}/flaky-rate`,
      status: ok ? 'passed' : 'failed',
      message: `${label}: flaky rate ${f.flaky_rate}% ${ok ? '≤' : '>'} ${slo.max_flaky_rate}% (runs that failed and passed on re-run)`,
      wanted: slo.max_flaky_rate,
      observed: f.flaky_rate,
      ...(ok ? {} : { remediation: 'find and fix the flaky tests: re-runs hide real failures' })
    })
  }
  const spent = f.budget.spent
  const okBudget = spent <= slo.error_budget
  out.push({
    id: `${id}/error-budget`,
    status: okBudget ? 'passed' : 'failed',
    message: `${label}: ${spent} of ${slo.error_budget} allowed failures spent${okBudget ? '' : ' (budget exhausted)'}`,
    wanted: slo.error_budget,
    observed: spent
  })
  return out
}

export interface CiTrendResult {
  checks: ReportCheck[]
  jobs: JobFigures[]
  overall: {
    samples: number
    passed: number
    failed: number
    pass_rate: number | null
    flaky_rate: number | null
  }
}

/** SLOs per declared job and over all of them, from the gathered history. */
export function computeCiTrend(
  settings: CiTrendSettings,
  history: readonly WorkflowFacts[]
): CiTrendResult {
  const checks: ReportCheck[] = []
  const jobs: JobFigures[] = []
  const byWorkflow = new Map(history.map((w) => [w.workflow, w]))
  for (const w of history) {
    if (w.problem) {
      checks.push({
        id: `${w.workflow}/history`,
        status: w.problem.status,
        message: `${w.workflow}: ${w.problem.message}`,
        ...(w.problem.unlock ? { unlock: w.problem.unlock } : {}),
        ...(w.problem.remediation ? { remediation: w.problem.remediation } : {}),
        location: { file: `.github/workflows/${w.workflow}` }
      })
    }
  }
  for (const spec of settings.jobs) {
    const w = byWorkflow.get(spec.workflow)
    if (!w || w.problem) continue
    const slo: Slo = { ...settings.slo, ...spec.slo }
    const names = selectJobs(spec.job, w.runs)
    if (names.length === 0) {
      checks.push({
        id: `${spec.workflow}/${spec.job}/present`,
        status: 'failed',
        message: `${spec.workflow}: no job named '${spec.job}' ran in the last ${w.runs.length} runs; was it renamed or removed?`,
        remediation: `update checks.ci-trend.jobs to the job's current name (see the workflow's recent runs)`,
        location: { file: `.github/workflows/${spec.workflow}` }
      })
      continue
    }
    for (const name of names) {
      const f = jobFigures(spec.workflow, name, w.runs, slo.error_budget)
      jobs.push(f)
      checks.push(...judge(`${spec.workflow}/${name}`, f, slo, `${spec.workflow} › ${name}`))
    }
  }
  const passed = jobs.reduce((n, j) => n + j.passed, 0)
  const failed = jobs.reduce((n, j) => n + j.failed, 0)
  const flaky = jobs.reduce((n, j) => n + j.flaky, 0)
  const overall = {
    samples: passed + failed,
    passed,
    failed,
    pass_rate: pct(passed, passed + failed),
    flaky_rate: pct(flaky, passed + failed)
  }
  if (jobs.length > 0) {
    const slo = settings.slo
    checks.push(
      ...judge(
        'overall',
        {
          samples: overall.samples,
          pass_rate: overall.pass_rate,
          flaky_rate: overall.flaky_rate,
          budget: { allowed: slo.error_budget * jobs.length, spent: failed }
        },
        { ...slo, min_samples: slo.min_samples, error_budget: slo.error_budget * jobs.length },
        'all critical jobs'
      )
    )
  }
  return { checks, jobs, overall }
}

export { DEFAULT_SLO }
