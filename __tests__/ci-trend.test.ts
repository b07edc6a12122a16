import { describe, expect, test } from '@jest/globals'
import { computeCiTrend, jobFigures, median, percentile } from '../src/checks/ci-trend/compute.js'
import { DEFAULT_SLO, type RunFacts, type CiTrendSettings } from '../src/checks/ci-trend/model.js'
import { renderCiTrendMarkdown } from '../src/render/ci-trend-markdown.js'
import { makeReport } from '../src/core/report.js'

/** A run of ci.yml: `jobs` maps a job name to its attempts' conclusions (oldest first) and a duration. */
function run(n: number, jobs: Record<string, [string[], number?]>): RunFacts {
  return {
    workflow: 'ci.yml',
    id: 1000 + n,
    number: n,
    head_sha: String(n).padStart(40, '0'),
    created_at: `2026-11-${String(n).padStart(2, '0')}T10:00:00Z`,
    attempts: Math.max(...Object.values(jobs).map(([a]) => a.length)),
    jobs: Object.fromEntries(
      Object.entries(jobs).map(([name, [conclusions, d]]) => [
        name,
        conclusions.map((c, i) => ({
          attempt: i + 1,
          conclusion: c,
          ...(d !== undefined ? { duration: d } : {})
        }))
      ])
    )
  }
}

// Eight runs of `test`, hand-counted:
//   1 success 60s · 2 failure 90s · 3 failure→success (flaky) 70s · 4 cancelled · 5 success 65s
//   6 timed_out 600s · 7 skipped · 8 success 80s
// completed samples = passed 4 (1,3,5,8) + failed 2 (2,6) = 6; pass rate 4/6 = 66.67 %;
// flaky 1/6 = 16.67 %; durations of samples sorted: 60 65 70 80 90 600 → median 75, p95 600.
const RUNS = [
  run(1, { test: [['success'], 60] }),
  run(2, { test: [['failure'], 90] }),
  run(3, { test: [['failure', 'success'], 70] }),
  run(4, { test: [['cancelled']] }),
  run(5, { test: [['success'], 65] }),
  run(6, { test: [['timed_out'], 600] }),
  run(7, { test: [['skipped']] }),
  run(8, { test: [['success'], 80] })
]

describe('ci-trend figures, computed by hand', () => {
  test('a job over eight runs: samples, rates, durations, recent outcomes', () => {
    const f = jobFigures('ci.yml', 'test', RUNS, 2)
    expect(f).toMatchObject({
      samples: 6,
      passed: 4,
      failed: 2,
      cancelled: 1,
      skipped: 1,
      pass_rate: 66.67,
      flaky: 1,
      flaky_rate: 16.67,
      duration_median: 75,
      duration_p95: 600,
      budget: { allowed: 2, spent: 2 }
    })
    expect(f.recent).toBe('P S F P C P* F P')
  })

  test('a re-run counts once, by its final attempt, and is what makes a run flaky', () => {
    const f = jobFigures(
      'ci.yml',
      'test',
      [run(1, { test: [['failure', 'failure', 'success'], 10] })],
      0
    )
    expect(f).toMatchObject({ samples: 1, passed: 1, failed: 0, flaky: 1, flaky_rate: 100 })
  })

  test('percentiles use the nearest rank', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5)
    expect(median([1, 2, 3, 4])).toBe(2.5)
    expect(percentile([], 95)).toBeNull()
  })
})

const settings = (slo: Partial<typeof DEFAULT_SLO> = {}, job = 'test'): CiTrendSettings => ({
  window: 20,
  jobs: [{ workflow: 'ci.yml', job }],
  slo: { ...DEFAULT_SLO, min_samples: 5, ...slo }
})
const statusById = (c: { id: string; status: string }[]) =>
  Object.fromEntries(c.map((x) => [x.id, x.status]))

describe('ci-trend SLOs', () => {
  test('pass rate, flaky rate and error budget breaches fail; enough samples pass', () => {
    const r = computeCiTrend(settings(), [{ workflow: 'ci.yml', runs: RUNS }])
    expect(statusById(r.checks)).toMatchObject({
      'ci.yml/test/samples': 'passed',
      'ci.yml/test/pass-rate': 'failed',
      'ci.yml/test/flaky-rate': 'failed',
      'ci.yml/test/error-budget': 'passed'
    })
  })

  test('too few samples is unverified, not a pass', () => {
    const r = computeCiTrend(
      settings({ min_samples: 10, min_pass_rate: 0, max_flaky_rate: 100, error_budget: 10 }),
      [{ workflow: 'ci.yml', runs: RUNS }]
    )
    expect(statusById(r.checks)['ci.yml/test/samples']).toBe('unverified')
    const report = makeReport({
      control: 'ci-trend',
      subject: { repository: 'a/b', sha: 'a'.repeat(40) },
      generatedAt: '2026-11-21T00:00:00.000Z',
      generator: 'ci-trend',
      checks: r.checks
    })
    expect(report.status).toBe('unverified')
  })

  test('a glob selects matrix variants, each judged on its own', () => {
    const runs = [
      run(1, {
        'test (ubuntu, 20)': [['success'], 5],
        'test (ubuntu, 22)': [['failure'], 6],
        build: [['success'], 3]
      })
    ]
    const r = computeCiTrend(settings({ min_samples: 1 }, 'test (*)'), [
      { workflow: 'ci.yml', runs }
    ])
    expect(r.jobs.map((j) => j.job)).toEqual(['test (ubuntu, 20)', 'test (ubuntu, 22)'])
  })

  test('a renamed or removed job is reported, not crashed on', () => {
    const r = computeCiTrend(settings({}, 'unit'), [{ workflow: 'ci.yml', runs: RUNS }])
    expect(r.checks).toEqual([
      expect.objectContaining({
        id: 'ci.yml/unit/present',
        status: 'failed',
        message: expect.stringContaining('renamed or removed')
      })
    ])
  })

  test('history that could not be read is carried through with its unlock', () => {
    const r = computeCiTrend(settings(), [
      {
        workflow: 'ci.yml',
        runs: [],
        problem: { status: 'unverified', message: 'HTTP 403', unlock: 'actions: read' }
      }
    ])
    expect(r.checks).toEqual([
      expect.objectContaining({
        id: 'ci.yml/history',
        status: 'unverified',
        unlock: 'actions: read'
      })
    ])
  })

  test('the job summary has a Mermaid chart and the SLO table', () => {
    const r = computeCiTrend(settings(), [{ workflow: 'ci.yml', runs: RUNS }])
    const report = makeReport({
      control: 'ci-trend',
      subject: { repository: 'a/b', sha: 'a'.repeat(40) },
      generatedAt: '2026-11-21T00:00:00.000Z',
      generator: 'ci-trend',
      checks: r.checks,
      facts: { branch: 'main', window: 20, requests: 9, jobs: r.jobs }
    })
    const md = renderCiTrendMarkdown(report)
    expect(md).toContain('```mermaid\nxychart-beta')
    // rolling pass rate over P F P P F P: 1/1 1/2 2/3 3/4 3/5 4/6
    expect(md).toContain('line [100, 50, 67, 75, 60, 67]')
    expect(md).toContain('| `ci.yml` | `test` | 6 | 66.67% | 16.67% | 75 / 600 | 2 of 2 |')
  })
})
