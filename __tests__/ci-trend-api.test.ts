import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runCiTrend } from '../src/checks/ci-trend/run.js'
import type { BuiltinContext } from '../src/checks/builtin-contract.js'
import { createCheckFacts } from '../src/io/check-facts.js'
import { Workspace } from '../src/io/workspace.js'
import { seedActionsHistory, seedTinyHistory, TINY_FIGURES } from './support/actions-fixtures.js'
import { startGitHubFake, type GitHubFake } from './support/github-fake.js'

const OWNER = 'acme'
const REPO = 'shop'
let fake: GitHubFake
let dir: string

beforeEach(async () => {
  fake = await startGitHubFake()
  dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-trend-'))
})
afterEach(async () => {
  await fake.close()
  await rm(dir, { recursive: true, force: true })
  fake.assertNoViolations()
})

async function context(settings: unknown, token = 'ghs_token'): Promise<BuiltinContext> {
  const ws = await Workspace.open(dir)
  const github = { token, apiUrl: fake.url, owner: OWNER, repo: REPO }
  return {
    facts: createCheckFacts(ws, github),
    policy: { version: 1, controls: [] },
    settings,
    subject: { repository: `${OWNER}/${REPO}`, sha: 'a'.repeat(40), ref: 'refs/heads/main' },
    effectiveTime: Date.parse('2026-11-21T00:00:00Z'),
    log: () => undefined
  }
}

interface Facts {
  requests: number
  jobs: {
    job: string
    samples: number
    passed: number
    failed: number
    cancelled: number
    skipped: number
    pass_rate: number
    flaky_rate: number
    duration_median: number
    duration_p95: number
    recent: string
  }[]
}

describe('ci-trend over the Actions API fake', () => {
  test('the tiny history gives the figures counted by hand, in 8 requests', async () => {
    seedTinyHistory(fake, { owner: OWNER, repo: REPO })
    const r = await runCiTrend(
      await context({
        branch: 'main',
        event: 'push',
        jobs: [
          { workflow: 'ci.yml', job: 'test' },
          { workflow: 'ci.yml', job: 'build' }
        ],
        slo: { min_samples: 5, min_pass_rate: 50, max_flaky_rate: 25, error_budget: 2 }
      })
    )
    const f = r.facts as Facts
    const test_ = f.jobs.find((j) => j.job === 'test')
    expect(test_).toMatchObject({
      samples: TINY_FIGURES.test.passed + TINY_FIGURES.test.failed,
      passed: 3,
      failed: 2,
      cancelled: 1,
      skipped: 1,
      pass_rate: TINY_FIGURES.test.passRate * 100,
      flaky_rate: TINY_FIGURES.test.flakyRateOfDecided * 100,
      duration_median: TINY_FIGURES.test.medianSeconds,
      duration_p95: TINY_FIGURES.test.p95NearestRankSeconds,
      recent: 'S F P C P* F P'
    })
    expect(f.jobs.find((j) => j.job === 'build')).toMatchObject({
      passed: 7,
      failed: 0,
      duration_median: 60,
      duration_p95: 80
    })
    expect(f.requests).toBe(8)
    expect(r.status).toBe('passed')
  })

  test('300 runs across workflows: few requests, windowed, re-runs counted once', async () => {
    seedActionsHistory(fake, { owner: OWNER, repo: REPO })
    const r = await runCiTrend(
      await context({
        branch: 'main',
        event: 'push',
        window: 20,
        jobs: [
          { workflow: 'ci.yml', job: 'test (*)' },
          { workflow: 'ci.yml', job: 'build' }
        ]
      })
    )
    const f = r.facts as Facts
    expect(f.jobs.map((j) => j.job)).toEqual([
      'test (ubuntu-latest, 20)',
      'test (ubuntu-latest, 22)',
      'test (windows-latest, 22)',
      'build'
    ])
    for (const j of f.jobs) expect(j.samples + j.cancelled + j.skipped).toBeLessThanOrEqual(20)
    // one runs page + one jobs page per run
    expect(f.requests).toBe(21)
  })

  test('a deleted workflow and a renamed job are findings, not crashes', async () => {
    seedActionsHistory(fake, { owner: OWNER, repo: REPO })
    const r = await runCiTrend(
      await context({
        branch: 'main',
        window: 10,
        jobs: [
          { workflow: 'legacy.yml', job: 'lint' },
          { workflow: 'release.yml', job: 'pack' }
        ]
      })
    )
    const ids = Object.fromEntries(r.checks.map((c) => [c.id, c.status]))
    expect(ids['legacy.yml/history']).toBe('failed')
    expect(ids['release.yml/pack/present']).toBe('failed')
  })

  test('a token without actions: read is unverified and names the permission', async () => {
    seedTinyHistory(fake, { owner: OWNER, repo: REPO })
    fake.tokenPermissions.set('ghs_noactions', { actions: 'none' })
    const r = await runCiTrend(
      await context(
        { branch: 'main', jobs: [{ workflow: 'ci.yml', job: 'test' }] },
        'ghs_noactions'
      )
    )
    expect(r.status).toBe('unverified')
    expect(r.checks[0]?.unlock).toContain('actions: read')
  })

  test('the rate limit running out mid-way stops cleanly as unverified', async () => {
    seedActionsHistory(fake, { owner: OWNER, repo: REPO })
    fake.rateLimit = { limit: 5000, remaining: 12, reset: Math.floor(Date.now() / 1000) + 3600 }
    const r = await runCiTrend(
      await context({
        branch: 'main',
        window: 20,
        jobs: [
          { workflow: 'ci.yml', job: 'build' },
          { workflow: 'release.yml', job: 'package' }
        ]
      })
    )
    expect(r.status).toBe('unverified')
    const msgs = r.checks.filter((c) => c.status === 'unverified').map((c) => c.message)
    expect(msgs.join(' ')).toMatch(/rate limited/)
    expect(fake.requests.length).toBeLessThanOrEqual(20)
  })

  test('persistent 500s on the jobs endpoint are unverified after bounded retries', async () => {
    seedTinyHistory(fake, { owner: OWNER, repo: REPO })
    fake.inject({ path: /\/actions\/runs\/\d+\/jobs$/, status: 500, times: Infinity })
    const ctx = await context({ branch: 'main', jobs: [{ workflow: 'ci.yml', job: 'test' }] })
    const r = await runCiTrend(ctx)
    expect(r.status).toBe('unverified')
    expect(r.checks[0]?.message).toContain('HTTP 500')
    expect(fake.requests.filter((q) => /\/jobs$/.test(q.path)).length).toBe(4)
  }, 60_000)

  test('without a token the check is unverified, never passed', async () => {
    const ctx = await context({ jobs: [{ workflow: 'ci.yml', job: 'test' }] })
    delete ctx.facts.actions
    const r = await runCiTrend(ctx)
    expect(r.status).toBe('unverified')
  })
})
