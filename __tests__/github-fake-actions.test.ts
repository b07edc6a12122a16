import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import {
  DEFAULT_RATE_LIMIT,
  parseCreatedQualifier,
  startGitHubFake
} from './support/github-fake.js'
import type { GitHubFake } from './support/github-fake.js'
import {
  CI_MATRIX,
  FLAKY_JOB,
  RENAME_AT_PUSH,
  TINY_FIGURES,
  seedActionsHistory,
  seedTinyHistory
} from './support/actions-fixtures.js'
import type { ActionsHistory, TinyHistory } from './support/actions-fixtures.js'

const OWNER = 'octo-org'
const REPO = 'app'
const TINY = 'tiny'
const TOKEN = 'ghs_default'
const ADMIN_TOKEN = 'admin-token'

type Octokit = ReturnType<typeof getOctokit>

async function failure(
  promise: Promise<unknown>
): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }> {
  try {
    await promise
  } catch (error) {
    const e = error as {
      status?: number
      response?: { data?: unknown; headers?: Record<string, unknown> }
    }
    return { status: e.status ?? -1, data: e.response?.data, headers: e.response?.headers ?? {} }
  }
  throw new Error('expected the request to fail')
}

function seconds(from: string | null | undefined, to: string | null | undefined): number {
  return (Date.parse(to ?? '') - Date.parse(from ?? '')) / 1000
}

describe('GitHub fake: Actions history', () => {
  let fake: GitHubFake
  let octokit: Octokit
  let history: ActionsHistory
  let tiny: TinyHistory

  beforeEach(async () => {
    fake = await startGitHubFake()
    fake.tokens.set(ADMIN_TOKEN, 'admin')
    octokit = getOctokit(TOKEN, { baseUrl: fake.url })
    history = seedActionsHistory(fake, { owner: OWNER, repo: REPO })
    tiny = seedTinyHistory(fake, { owner: OWNER, repo: TINY })
  })

  afterEach(async () => {
    await fake.close()
    fake.assertNoViolations()
  })

  describe('the tiny history (hand-computed figures)', () => {
    it('reproduces TINY_FIGURES through the API in 8 requests', async () => {
      const before = fake.requests.length
      const { data } = await octokit.rest.actions.listWorkflowRuns({
        owner: OWNER,
        repo: TINY,
        workflow_id: 'ci.yml',
        branch: 'main',
        event: 'push',
        status: 'completed',
        per_page: 100
      })
      expect(data.total_count).toBe(TINY_FIGURES.samples)
      expect(data.workflow_runs.map((r) => r.display_title)).toEqual([
        'R7',
        'R6',
        'R5',
        'R4',
        'R3',
        'R2',
        'R1'
      ])
      const outcomes: Record<string, { conclusion: string | null; seconds: number }[]> = {}
      for (const run of data.workflow_runs) {
        const jobs = await octokit.rest.actions.listJobsForWorkflowRun({
          owner: OWNER,
          repo: TINY,
          run_id: run.id,
          per_page: 100
        })
        for (const job of jobs.data.jobs) {
          expect(job.run_attempt).toBe(run.run_attempt)
          ;(outcomes[job.name] ??= []).push({
            conclusion: job.conclusion,
            seconds: seconds(job.started_at, job.completed_at)
          })
        }
      }
      expect(fake.requests.length - before).toBe(TINY_FIGURES.requests)

      const test = outcomes.test ?? []
      const count = (c: string): number => test.filter((o) => o.conclusion === c).length
      expect(test.map((o) => o.conclusion)).toEqual(TINY_FIGURES.test.recentNewestFirst)
      const passed = count('success')
      const failed = count('failure') + count('timed_out')
      expect([passed, failed, count('cancelled'), count('skipped')]).toEqual([
        TINY_FIGURES.test.passed,
        TINY_FIGURES.test.failed,
        TINY_FIGURES.test.cancelled,
        TINY_FIGURES.test.skipped
      ])
      expect(passed / (passed + failed)).toBe(TINY_FIGURES.test.passRate)
      const decided = test
        .filter((o) => ['success', 'failure', 'timed_out'].includes(o.conclusion ?? ''))
        .map((o) => o.seconds)
        .sort((a, b) => a - b)
      expect(decided).toEqual(TINY_FIGURES.test.durations)
      expect(decided[Math.ceil(0.95 * decided.length) - 1]).toBe(
        TINY_FIGURES.test.p95NearestRankSeconds
      )
      expect(decided[Math.floor(decided.length / 2)]).toBe(TINY_FIGURES.test.medianSeconds)

      const build = (outcomes.build ?? []).map((o) => o.seconds).sort((a, b) => a - b)
      expect(build).toEqual(TINY_FIGURES.build.durations)
      expect((outcomes.build ?? []).every((o) => o.conclusion === 'success')).toBe(true)

      const conclusions = data.workflow_runs.map((r) => r.conclusion)
      for (const [conclusion, n] of Object.entries(TINY_FIGURES.runs)) {
        expect(conclusions.filter((c) => c === conclusion)).toHaveLength(n)
      }
    })

    it('finds the flaky re-run: attempt 1 failed, attempt 2 passed, same commit', async () => {
      const r3 = tiny.runs[2]
      if (!r3) throw new Error('no R3')
      expect(r3.run_attempt).toBe(2)
      const latest = await octokit.rest.actions.listJobsForWorkflowRun({
        owner: OWNER,
        repo: TINY,
        run_id: r3.id
      })
      expect(latest.data.total_count).toBe(2)
      expect(latest.data.jobs.map((j) => [j.name, j.run_attempt, j.conclusion])).toEqual([
        ['build', 2, 'success'],
        ['test', 2, 'success']
      ])
      const all = await octokit.rest.actions.listJobsForWorkflowRun({
        owner: OWNER,
        repo: TINY,
        run_id: r3.id,
        filter: 'all'
      })
      expect(all.data.jobs.map((j) => [j.name, j.run_attempt, j.conclusion])).toEqual([
        ['build', 1, 'success'],
        ['test', 1, 'failure'],
        ['build', 2, 'success'],
        ['test', 2, 'success']
      ])
      expect(new Set(all.data.jobs.map((j) => j.head_sha))).toEqual(new Set([r3.head_sha]))

      const first = await octokit.rest.actions.listJobsForWorkflowRunAttempt({
        owner: OWNER,
        repo: TINY,
        run_id: r3.id,
        attempt_number: 1
      })
      expect(first.data.jobs.map((j) => j.conclusion)).toEqual(['success', 'failure'])
      expect(seconds(first.data.jobs[1]?.started_at, first.data.jobs[1]?.completed_at)).toBe(300)
      const missing = await failure(
        octokit.rest.actions.listJobsForWorkflowRunAttempt({
          owner: OWNER,
          repo: TINY,
          run_id: r3.id,
          attempt_number: 3
        })
      )
      expect(missing.status).toBe(404)

      const run = await octokit.rest.actions.getWorkflowRun({
        owner: OWNER,
        repo: TINY,
        run_id: r3.id
      })
      expect(run.data).toMatchObject({
        run_attempt: 2,
        conclusion: 'success',
        previous_attempt_url: `${fake.url}/repos/${OWNER}/${TINY}/actions/runs/${r3.id}/attempts/1`
      })
      const attempt1 = await octokit.rest.actions.getWorkflowRunAttempt({
        owner: OWNER,
        repo: TINY,
        run_id: r3.id,
        attempt_number: 1
      })
      expect(attempt1.data).toMatchObject({
        run_attempt: 1,
        conclusion: 'failure',
        previous_attempt_url: null
      })
      expect(Date.parse(attempt1.data.run_started_at ?? '')).toBeLessThan(
        Date.parse(run.data.run_started_at ?? '')
      )
    })

    it('filters by status (completed, a conclusion, in_progress), event and branch', async () => {
      const list = async (query: Record<string, string>): Promise<string[]> => {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs', {
          owner: OWNER,
          repo: TINY,
          ...query
        })
        return data.workflow_runs.map((r) => r.display_title)
      }
      expect(await list({})).toHaveLength(10)
      expect(await list({ status: 'in_progress' })).toEqual(['R9'])
      expect(await list({ status: 'success', branch: 'main' })).toEqual(['R7', 'R5', 'R3', 'R1'])
      expect(await list({ status: 'timed_out' })).toEqual(['R6'])
      expect(await list({ event: 'pull_request' })).toEqual(['R8'])
      expect(await list({ branch: 'dev' })).toEqual(['R10'])
      expect(await list({ created: '2024-05-01T12:00:00Z..2024-05-01T14:00:00Z' })).toEqual([
        'R5',
        'R4',
        'R3'
      ])
      expect(await list({ created: '<2024-05-01T11:00:00Z' })).toEqual(['R1'])
      expect(await list({ created: '>=2024-05-02' })).toEqual([])
      expect(await list({ created: '2024-05-01' })).toHaveLength(10)
      expect(parseCreatedQualifier('not a date')).toBeUndefined()
    })
  })

  describe('the 300-run history', () => {
    it('has the documented shape', () => {
      expect(history.counts).toEqual({
        total: 367,
        mainCompleted: 300,
        byWorkflow: { ci: 200, release: 40, nightly: 40, legacy: 20 },
        forkPullRequestsOnMain: 10,
        notCompletedOnMain: 2,
        otherBranches: 55
      })
      const scenarios = new Set(history.ciScenario.values())
      for (const s of [
        'flaky',
        'flaky3',
        'rerun-fail',
        'cancelled',
        'timed_out',
        'startup_failure'
      ])
        expect(scenarios).toContain(s)
      const conclusions = new Set(history.runs.map((r) => r.conclusion))
      for (const c of [
        'success',
        'failure',
        'cancelled',
        'timed_out',
        'startup_failure',
        'skipped'
      ])
        expect(conclusions).toContain(c)
      expect(history.jobs.some((j) => j.conclusion === 'skipped')).toBe(true)
    })

    it('is deterministic for a seed', async () => {
      const other = await startGitHubFake()
      try {
        const again = seedActionsHistory(other, { owner: OWNER, repo: REPO })
        expect(again.runs).toEqual(history.runs)
        expect(again.jobs).toEqual(history.jobs)
        const reseeded = await startGitHubFake()
        try {
          const different = seedActionsHistory(reseeded, { owner: OWNER, repo: REPO, seed: 7 })
          expect(different.counts).toEqual(history.counts)
          expect(different.runs.map((r) => r.conclusion)).not.toEqual(
            history.runs.map((r) => r.conclusion)
          )
        } finally {
          await reseeded.close()
        }
      } finally {
        await other.close()
      }
    })

    it('pages past 100 runs with Link headers, newest first, latest attempts', async () => {
      const first = await octokit.rest.actions.listWorkflowRuns({
        owner: OWNER,
        repo: REPO,
        workflow_id: 'ci.yml',
        branch: 'main',
        event: 'push',
        status: 'completed',
        per_page: 100
      })
      expect(first.data.total_count).toBe(200)
      expect(first.data.workflow_runs).toHaveLength(100)
      expect(first.headers.link).toContain('rel="next"')
      expect(first.headers.link).toContain('page=2')

      const requestsBefore = fake.requests.length
      const all = await octokit.paginate(octokit.rest.actions.listWorkflowRuns, {
        owner: OWNER,
        repo: REPO,
        workflow_id: history.workflows.ci.id,
        branch: 'main',
        event: 'push',
        status: 'completed',
        per_page: 100
      })
      expect(fake.requests.length - requestsBefore).toBe(2)
      expect(all).toHaveLength(200)
      expect(new Set(all.map((r) => r.id)).size).toBe(200)
      const times = all.map((r) => Date.parse(r.created_at))
      expect([...times].sort((a, b) => b - a)).toEqual(times)
      expect(all.every((r) => r.status === 'completed' && r.head_branch === 'main')).toBe(true)
      expect(all.map((r) => r.run_number)).toEqual(
        [...all.map((r) => r.run_number)].sort((a, b) => b - a)
      )
      const stored = new Map(history.runs.map((r) => [r.id, r]))
      for (const r of all) expect(r.run_attempt).toBe(stored.get(r.id)?.run_attempt)
      expect(all.some((r) => r.run_attempt === 2)).toBe(true)
      expect(all.some((r) => r.run_attempt === 3)).toBe(true)

      // all workflows, every branch and event: 367 runs in 4 pages
      const everything = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
        owner: OWNER,
        repo: REPO,
        per_page: 100
      })
      expect(everything).toHaveLength(367)
      // per_page is capped at 100
      const capped = await octokit.request('GET /repos/{owner}/{repo}/actions/runs', {
        owner: OWNER,
        repo: REPO,
        per_page: 500
      })
      expect(capped.data.workflow_runs).toHaveLength(100)
      expect(capped.data.total_count).toBe(367)
    })

    it('filters out pull_request runs from forks on `main` only by event', async () => {
      const onMain = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
        owner: OWNER,
        repo: REPO,
        branch: 'main',
        status: 'completed',
        per_page: 100
      })
      expect(onMain).toHaveLength(310)
      const forks = onMain.filter((r) => r.event === 'pull_request')
      expect(forks).toHaveLength(10)
      expect(forks.every((r) => r.head_repository.full_name === `forker/${REPO}`)).toBe(true)
      expect(forks.every((r) => r.head_repository.fork)).toBe(true)
      const push = await octokit.rest.actions.listWorkflowRunsForRepo({
        owner: OWNER,
        repo: REPO,
        branch: 'main',
        event: 'push',
        status: 'completed',
        per_page: 1
      })
      const schedule = await octokit.rest.actions.listWorkflowRunsForRepo({
        owner: OWNER,
        repo: REPO,
        branch: 'main',
        event: 'schedule',
        status: 'completed',
        per_page: 1
      })
      expect(push.data.total_count + schedule.data.total_count).toBe(300)
      expect(schedule.data.workflow_runs[0]?.name).toBe('Nightly')
    })

    it('serves matrix jobs, skipped jobs and the renamed job', async () => {
      const ci = history.runs.filter(
        (r) =>
          r.workflow_id === history.workflows.ci.id &&
          history.ciScenario.get(r.id) === 'build-failure'
      )[0]
      if (!ci) throw new Error('no build-failure run')
      const { data } = await octokit.rest.actions.listJobsForWorkflowRun({
        owner: OWNER,
        repo: REPO,
        run_id: ci.id
      })
      expect(data.jobs.map((j) => j.name)).toEqual(['build', ...CI_MATRIX])
      expect(data.jobs.map((j) => j.conclusion)).toEqual([
        'failure',
        'skipped',
        'skipped',
        'skipped'
      ])
      expect(data.jobs.find((j) => j.name === FLAKY_JOB)?.labels).toEqual(['windows-latest'])
      expect(data.jobs[1]?.runner_name).toBeNull()

      const release = history.runs.filter((r) => r.workflow_id === history.workflows.release.id)
      const names = async (runId: number): Promise<string[]> =>
        (
          await octokit.rest.actions.listJobsForWorkflowRun({
            owner: OWNER,
            repo: REPO,
            run_id: runId
          })
        ).data.jobs.map((j) => j.name)
      expect(await names(release[0]?.id ?? 0)).toEqual(['pack', 'publish'])
      expect(await names(release[release.length - 1]?.id ?? 0)).toEqual(['package', 'publish'])
      expect(release.length - RENAME_AT_PUSH / 5).toBe(10)

      const startup = history.runs.find((r) => r.conclusion === 'startup_failure')
      const none = await octokit.rest.actions.listJobsForWorkflowRun({
        owner: OWNER,
        repo: REPO,
        run_id: startup?.id ?? 0
      })
      expect(none.data).toEqual({ total_count: 0, jobs: [] })
    })

    it('pages jobs with filter=all (3 attempts x 4 jobs, per_page=5)', async () => {
      const flaky3 = [...history.ciScenario].find(([, s]) => s === 'flaky3')?.[0] ?? 0
      const pages = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
        owner: OWNER,
        repo: REPO,
        run_id: flaky3,
        filter: 'all',
        per_page: 5
      })
      expect(pages).toHaveLength(12)
      expect(pages.map((j) => j.run_attempt)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3])
      expect(pages.filter((j) => j.name === FLAKY_JOB).map((j) => j.conclusion)).toEqual([
        'failure',
        'failure',
        'success'
      ])
    })

    it('404s the deleted workflow but keeps its runs', async () => {
      const workflows = await octokit.rest.actions.listRepoWorkflows({ owner: OWNER, repo: REPO })
      expect(workflows.data.total_count).toBe(3)
      expect(workflows.data.workflows.map((w) => [w.name, w.path, w.state])).toEqual([
        ['CI', '.github/workflows/ci.yml', 'active'],
        ['Release', '.github/workflows/release.yml', 'active'],
        ['Nightly', '.github/workflows/nightly.yml', 'active']
      ])
      const byName = await octokit.rest.actions.getWorkflow({
        owner: OWNER,
        repo: REPO,
        workflow_id: 'release.yml'
      })
      expect(byName.data.id).toBe(history.workflows.release.id)

      for (const id of ['legacy.yml', history.workflows.legacy.id, 'nope.yml', 999_999]) {
        expect(
          (
            await failure(
              octokit.rest.actions.getWorkflow({ owner: OWNER, repo: REPO, workflow_id: id })
            )
          ).status
        ).toBe(404)
      }
      const runs = await failure(
        octokit.rest.actions.listWorkflowRuns({
          owner: OWNER,
          repo: REPO,
          workflow_id: 'legacy.yml'
        })
      )
      expect(runs.status).toBe(404)
      const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
        owner: OWNER,
        repo: REPO,
        per_page: 100
      })
      const legacy = all.filter((r) => r.workflow_id === history.workflows.legacy.id)
      expect(legacy).toHaveLength(20)
      expect(legacy[0]?.path).toBe('.github/workflows/legacy.yml')
      expect(
        (await failure(octokit.rest.actions.listRepoWorkflows({ owner: OWNER, repo: 'unknown' })))
          .status
      ).toBe(404)
    })

    it('answers 403 to a token without actions: read', async () => {
      fake.tokenPermissions.set('no-actions', { actions: 'none' })
      const denied = getOctokit('no-actions', { baseUrl: fake.url })
      const res = await failure(
        denied.rest.actions.listWorkflowRunsForRepo({ owner: OWNER, repo: REPO })
      )
      expect(res.status).toBe(403)
      expect(res.data).toMatchObject({ message: 'Resource not accessible by integration' })
      expect(res.headers['x-accepted-github-permissions']).toBe('actions=read')
      const jobs = await failure(
        denied.rest.actions.listJobsForWorkflowRun({
          owner: OWNER,
          repo: REPO,
          run_id: history.runs[0]?.id ?? 0
        })
      )
      expect(jobs.status).toBe(403)
      // default and admin tokens can read
      const admin = getOctokit(ADMIN_TOKEN, { baseUrl: fake.url })
      const ok = await admin.rest.actions.listRepoWorkflows({ owner: OWNER, repo: REPO })
      expect(ok.status).toBe(200)
    })
  })

  it('validates the Actions responses (a malformed run is a violation)', async () => {
    const good = history.runs[0]
    if (!good) throw new Error('no run')
    const { data } = await octokit.rest.actions.getWorkflowRun({
      owner: OWNER,
      repo: REPO,
      run_id: good.id
    })
    expect(fake.violations).toEqual([])
    fake.route('GET /repos/{owner}/{repo}/actions/runs/{run_id}', () => {
      const broken: Record<string, unknown> = { ...data, run_attempt: 'two' }
      delete broken.head_sha
      return { status: 200, body: broken }
    })
    await octokit.rest.actions.getWorkflowRun({ owner: OWNER, repo: REPO, run_id: good.id })
    expect(fake.violations.join('\n')).toMatch(/head_sha/)
    expect(fake.violations.join('\n')).toMatch(/run_attempt/)
    fake.violations.length = 0
  })

  describe('rate limit', () => {
    it('sends x-ratelimit headers from a never-exhausted budget by default', async () => {
      const a = await octokit.rest.actions.listRepoWorkflows({ owner: OWNER, repo: REPO })
      const b = await octokit.rest.actions.listRepoWorkflows({ owner: OWNER, repo: REPO })
      expect(a.headers['x-ratelimit-limit']).toBe(String(DEFAULT_RATE_LIMIT))
      expect(a.headers['x-ratelimit-resource']).toBe('core')
      expect(Number(b.headers['x-ratelimit-remaining'])).toBe(
        Number(a.headers['x-ratelimit-remaining']) - 1
      )
      expect(Number(b.headers['x-ratelimit-used'])).toBe(Number(a.headers['x-ratelimit-used']) + 1)
      expect(Number(a.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)
    })

    it('exhausts a configured budget mid-way through pagination', async () => {
      const reset = Math.floor(Date.now() / 1000) + 1800
      fake.rateLimit = { limit: 5000, remaining: 3, reset }
      const pages: number[] = []
      let error: { status: number; data: unknown; headers: Record<string, unknown> } | undefined
      try {
        for await (const page of octokit.paginate.iterator(
          octokit.rest.actions.listWorkflowRunsForRepo,
          { owner: OWNER, repo: REPO, per_page: 100 }
        )) {
          pages.push(Number(page.headers['x-ratelimit-remaining']))
        }
      } catch (e) {
        const err = e as {
          status: number
          response: { data: unknown; headers: Record<string, unknown> }
        }
        error = { status: err.status, data: err.response.data, headers: err.response.headers }
      }
      expect(pages).toEqual([2, 1, 0])
      expect(error?.status).toBe(403)
      expect(error?.data).toMatchObject({
        message: 'API rate limit exceeded for installation ID 1.'
      })
      expect(error?.headers).toMatchObject({
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-resource': 'core'
      })
      // stays exhausted until refilled
      expect(
        (await failure(octokit.rest.actions.listRepoWorkflows({ owner: OWNER, repo: REPO }))).status
      ).toBe(403)
      fake.rateLimit.remaining = 10
      const ok = await octokit.rest.actions.listRepoWorkflows({ owner: OWNER, repo: REPO })
      expect(ok.headers['x-ratelimit-remaining']).toBe('9')
    })

    it('combines with injected faults on the jobs endpoint', async () => {
      fake.inject({ path: '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs', status: 500 })
      const runId = history.runs[0]?.id ?? 0
      const res = await failure(
        octokit.rest.actions.listJobsForWorkflowRun({ owner: OWNER, repo: REPO, run_id: runId })
      )
      expect(res.status).toBe(500)
      expect(res.headers['x-ratelimit-resource']).toBe('core')
      const again = await octokit.rest.actions.listJobsForWorkflowRun({
        owner: OWNER,
        repo: REPO,
        run_id: runId
      })
      expect(again.status).toBe(200)
    })
  })
})
