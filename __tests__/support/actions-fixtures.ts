/**
 * GitHub Actions history for the GitHub fake (./github-fake.ts): workflows, runs (with re-run
 * attempts) and jobs, for the `ci-trend` check.
 *
 *   const fake = await startGitHubFake()
 *   const history = seedActionsHistory(fake, { owner: 'octo-org', repo: 'app' }) // 367 runs
 *   const tiny = seedTinyHistory(fake, { owner: 'octo-org', repo: 'tiny' })     // 10 runs, see TINY_FIGURES
 *
 * Everything is deterministic: fixed timestamps, a seeded PRNG, ids taken from
 * `fake.state.nextId` in chronological order (so a fresh fake always gets the same ids).
 */
import { createHash } from 'node:crypto'
import type {
  ActionsStatus,
  GitHubFake,
  JobConclusion,
  RunConclusion,
  StoredJob,
  StoredRun,
  StoredRunAttempt,
  StoredStep,
  StoredWorkflow
} from './github-fake.js'

// ---------------------------------------------------------------------------------------------
// Small builders

/** mulberry32: a tiny deterministic PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** ISO 8601 without milliseconds, as GitHub writes Actions timestamps. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function sha(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

function ensureRepo(fake: GitHubFake, owner: string, repo: string, branches: string[]): void {
  const key = `${owner}/${repo}`
  const existing = fake.state.repos.get(key)
  if (!existing) {
    fake.state.repos.set(key, { default_branch: 'main', branches: [...new Set(branches)] })
    return
  }
  for (const b of branches) if (!existing.branches.includes(b)) existing.branches.push(b)
}

/** Stores a workflow (id from state.nextId unless given). */
export function addWorkflow(
  fake: GitHubFake,
  workflow: Omit<StoredWorkflow, 'id' | 'state' | 'created_at' | 'updated_at'> &
    Partial<Pick<StoredWorkflow, 'id' | 'state' | 'created_at' | 'updated_at'>>
): StoredWorkflow {
  const stored: StoredWorkflow = {
    id: workflow.id ?? fake.state.nextId++,
    state: 'active',
    created_at: '2024-01-02T09:00:00Z',
    updated_at: '2024-01-02T09:00:00Z',
    ...workflow
  }
  fake.state.workflows.push(stored)
  return stored
}

/** What one job of one attempt did; times are seconds after the attempt started. */
export interface JobPlan {
  name: string
  conclusion: JobConclusion | null
  /** default 'completed' */
  status?: ActionsStatus
  /** queue + dependencies: seconds from the attempt start to the job start */
  startOffset: number
  /** seconds; 0 for skipped jobs */
  duration: number
  labels?: string[]
}

/** One attempt of a run: its jobs (empty for startup_failure) and the run-level outcome. */
export interface AttemptPlan {
  /** epoch ms */
  startedAt: number
  status?: ActionsStatus
  conclusion: RunConclusion | null
  jobs: JobPlan[]
}

export interface RunPlan {
  workflow: StoredWorkflow
  /** epoch ms */
  createdAt: number
  head_branch: string | null
  head_sha: string
  event: string
  attempts: AttemptPlan[]
  run_number: number
  message?: string
  actor?: string
  head_repository?: string
  pull_requests?: number[]
}

function steps(plan: JobPlan, start: number): StoredStep[] | undefined {
  if (plan.conclusion === 'skipped' || (plan.status ?? 'completed') !== 'completed')
    return undefined
  const end = start + plan.duration * 1000
  const main = plan.conclusion ?? 'success'
  const setupEnd = start + Math.min(2000, plan.duration * 250)
  const checkoutEnd = start + Math.min(4000, plan.duration * 500)
  const runEnd = Math.max(checkoutEnd, end - 1000)
  const rows: [string, number, number, string][] = [
    ['Set up job', start, setupEnd, 'success'],
    ['Run actions/checkout@v4', setupEnd, checkoutEnd, 'success'],
    [`Run ${plan.name.split(' ')[0] ?? 'job'}`, checkoutEnd, runEnd, main],
    ['Complete job', runEnd, end, 'success']
  ]
  return rows.map(([name, from, to, conclusion], i) => ({
    name,
    number: i + 1,
    status: 'completed',
    conclusion,
    started_at: iso(from),
    completed_at: iso(to)
  }))
}

/**
 * Stores a run with all its attempts and jobs (ids from state.nextId: run, check suite, then the
 * jobs attempt by attempt). Returns the stored run (latest attempt) and its jobs.
 */
export function addRun(fake: GitHubFake, plan: RunPlan): { run: StoredRun; jobs: StoredJob[] } {
  const { state } = fake
  const id = state.nextId++
  const checkSuiteId = state.nextId++
  const jobs: StoredJob[] = []
  const attempts: StoredRunAttempt[] = []
  plan.attempts.forEach((attempt, index) => {
    let last = attempt.startedAt + 2000
    for (const job of attempt.jobs) {
      const start = attempt.startedAt + job.startOffset * 1000
      const status = job.status ?? 'completed'
      const done = status === 'completed'
      const end = start + job.duration * 1000
      if (done) last = Math.max(last, end)
      const stored: StoredJob = {
        id: state.nextId++,
        run_id: id,
        run_attempt: index + 1,
        name: job.name,
        status,
        conclusion: done ? job.conclusion : null,
        created_at: iso(attempt.startedAt + 1000),
        started_at: iso(start),
        completed_at: done ? iso(end) : null,
        labels: job.labels ?? ['ubuntu-latest']
      }
      const s = done ? steps(job, start) : undefined
      if (s) stored.steps = s
      jobs.push(stored)
    }
    attempts.push({
      run_attempt: index + 1,
      status: attempt.status ?? 'completed',
      conclusion: (attempt.status ?? 'completed') === 'completed' ? attempt.conclusion : null,
      run_started_at: iso(attempt.startedAt),
      updated_at: iso(last + 3000)
    })
  })
  const latest = attempts[attempts.length - 1]
  if (!latest) throw new Error('addRun(): a run needs at least one attempt')
  const run: StoredRun = {
    id,
    workflow_id: plan.workflow.id,
    name: plan.workflow.name,
    head_branch: plan.head_branch,
    head_sha: plan.head_sha,
    event: plan.event,
    status: latest.status,
    conclusion: latest.conclusion,
    run_attempt: latest.run_attempt,
    run_number: plan.run_number,
    created_at: iso(plan.createdAt),
    run_started_at: latest.run_started_at,
    updated_at: latest.updated_at,
    check_suite_id: checkSuiteId,
    head_commit_message: plan.message ?? `Commit ${plan.head_sha.slice(0, 7)}`
  }
  if (plan.actor !== undefined) run.actor = plan.actor
  if (plan.head_repository !== undefined) run.head_repository = plan.head_repository
  if (plan.pull_requests !== undefined) run.pull_requests = plan.pull_requests
  if (attempts.length > 1) run.previous_attempts = attempts.slice(0, -1)
  state.runs.push(run)
  state.jobs.push(...jobs)
  return { run, jobs }
}

/** Jobs run in stages: each stage starts 5 s after the previous stage's last job ended. */
function staged(
  stages: { name: string; conclusion: JobConclusion; duration: number; labels?: string[] }[][],
  queue = 10
): JobPlan[] {
  const out: JobPlan[] = []
  let offset = queue
  for (const stage of stages) {
    let end = offset
    for (const job of stage) {
      const plan: JobPlan = {
        name: job.name,
        conclusion: job.conclusion,
        startOffset: offset,
        duration: job.conclusion === 'skipped' ? 0 : job.duration
      }
      if (job.labels) plan.labels = job.labels
      out.push(plan)
      end = Math.max(end, offset + plan.duration)
    }
    offset = end + 5
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// The 300-run history

export const CI_MATRIX = [
  'test (ubuntu-latest, 20)',
  'test (ubuntu-latest, 22)',
  'test (windows-latest, 22)'
] as const
/** the matrix job that flakes (fails on attempt 1, passes on re-run) */
export const FLAKY_JOB = 'test (windows-latest, 22)'
/** CI's `build` job; Release's `package` job was called `pack` before RENAME_AT_PUSH */
export const RENAMED_JOB = { workflow: 'release.yml', old: 'pack', new: 'package' } as const
/** pushes 0..RENAME_AT_PUSH-1 ran Release's `pack`, later ones `package` */
export const RENAME_AT_PUSH = 150
/** legacy.yml was deleted when push DELETE_AT_PUSH landed */
export const DELETE_AT_PUSH = 100

export type CiScenario =
  | 'success'
  | 'failure'
  | 'build-failure'
  | 'flaky'
  | 'flaky3'
  | 'rerun-fail'
  | 'cancelled'
  | 'timed_out'
  | 'startup_failure'

export interface ActionsHistory {
  owner: string
  repo: string
  workflows: {
    /** .github/workflows/ci.yml "CI": build, then the 3-way test matrix; push + pull_request */
    ci: StoredWorkflow
    /** release.yml "Release": package (formerly pack), then publish (often skipped) */
    release: StoredWorkflow
    /** nightly.yml "Nightly": e2e, on schedule */
    nightly: StoredWorkflow
    /** legacy.yml "Legacy": lint; deleted midway (404 from the workflow endpoints) */
    legacy: StoredWorkflow
  }
  /** every stored run, oldest first */
  runs: StoredRun[]
  jobs: StoredJob[]
  /** the CI scenario of each CI push run on main, by run id */
  ciScenario: Map<number, CiScenario>
  counts: {
    /** 367 */
    total: number
    /** 300: head_branch main, status completed, event push or schedule (ci 200, release 40, nightly 40, legacy 20) */
    mainCompleted: number
    byWorkflow: { ci: number; release: number; nightly: number; legacy: number }
    /** 10 pull_request runs from forks whose head branch is also called main */
    forkPullRequestsOnMain: number
    /** 2 CI runs on main not completed (in_progress, queued), the newest ones */
    notCompletedOnMain: number
    /** 25 push runs on feature branches + 30 pull_request runs on feature branches */
    otherBranches: number
  }
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/**
 * Seeds ~40 days (from 2024-03-01) of Actions history into `owner/repo` (registered in
 * `state.repos` if absent, default branch main):
 * - 202 pushes to main, ~4.75 h apart. CI runs on every push (pushes 200 and 201: in_progress
 *   and queued, so 200 completed); Release on every 5th push (40); Legacy on pushes 2, 7, ... 97
 *   (20) and was deleted at push 100; Nightly 40 schedule runs at 02:00 on the main head.
 *   That is 300 completed runs on main.
 * - noise: 25 CI push runs on feature branches, 30 pull_request runs on feature branches,
 *   10 pull_request runs from forks whose branch is `main` (only `event=push` filters them out).
 * - CI scenarios (seeded, plus fixed ones on the newest pushes: 199 flaky, 198 flaky3,
 *   197 cancelled, 196 timed_out, 195 startup_failure, 194 build-failure, 193 rerun-fail):
 *   flaky = attempt 1 failed (FLAKY_JOB), attempt 2 passed, same head_sha; flaky3 = attempts
 *   1-2 failed, 3 passed; rerun-fail = failed twice; build-failure = build failed, the matrix
 *   skipped; cancelled = build passed, tests cancelled; timed_out = FLAKY_JOB hit its 30 min
 *   timeout; startup_failure = no jobs at all.
 * - Release: `publish` skipped on about half the runs; Nightly: e2e occasionally failed,
 *   cancelled or skipped (run conclusion 'skipped').
 */
export function seedActionsHistory(
  fake: GitHubFake,
  options: { owner: string; repo: string; seed?: number }
): ActionsHistory {
  const { owner, repo } = options
  const rng = seededRandom(options.seed ?? 1)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T
  const jitter = (base: number): number => Math.round(base * (0.85 + 0.3 * rng()))
  const base = Date.parse('2024-03-01T00:00:00Z')
  const featureBranches = ['feature/login', 'feature/cache', 'fix/flaky-test', 'chore/deps']
  ensureRepo(fake, owner, repo, ['main', ...featureBranches])

  const created = iso(base - 30 * 24 * HOUR)
  const wf = (name: string, file: string): StoredWorkflow =>
    addWorkflow(fake, {
      owner,
      repo,
      name,
      path: `.github/workflows/${file}`,
      created_at: created,
      updated_at: created
    })
  const workflows = {
    ci: wf('CI', 'ci.yml'),
    release: wf('Release', 'release.yml'),
    nightly: wf('Nightly', 'nightly.yml'),
    legacy: wf('Legacy', 'legacy.yml')
  }

  // --- plans, in any order; sorted by time before ids are handed out
  interface Draft {
    workflow: StoredWorkflow
    createdAt: number
    head_branch: string
    head_sha: string
    event: string
    attempts: AttemptPlan[]
    scenario?: CiScenario
    message: string
    actor?: string
    head_repository?: string
    pull_requests?: number[]
  }
  const drafts: Draft[] = []

  const ciJobs = (kind: 'success' | 'failure' | 'build-failure' | 'cancelled' | 'timed_out') => {
    const failing = kind === 'failure' ? FLAKY_JOB : undefined
    const build = {
      name: 'build',
      conclusion: (kind === 'build-failure' ? 'failure' : 'success') as JobConclusion,
      duration: jitter(120)
    }
    const tests = CI_MATRIX.map((name) => {
      const windows = name.includes('windows')
      let conclusion: JobConclusion = 'success'
      let duration = jitter(windows ? 600 : 300)
      if (kind === 'build-failure') conclusion = 'skipped'
      if (kind === 'cancelled') {
        conclusion = 'cancelled'
        duration = jitter(60)
      }
      if (kind === 'timed_out' && windows) {
        conclusion = 'timed_out'
        duration = 1800
      }
      if (name === failing) conclusion = 'failure'
      return { name, conclusion, duration, labels: [windows ? 'windows-latest' : 'ubuntu-latest'] }
    })
    return staged([[build], tests])
  }
  const ciAttempts = (scenario: CiScenario, start: number): AttemptPlan[] => {
    const attempt = (
      at: number,
      kind: 'success' | 'failure' | 'build-failure' | 'cancelled' | 'timed_out'
    ): AttemptPlan => ({
      startedAt: at,
      conclusion:
        kind === 'success'
          ? 'success'
          : kind === 'cancelled'
            ? 'cancelled'
            : kind === 'timed_out'
              ? 'timed_out'
              : 'failure',
      jobs: ciJobs(kind)
    })
    const later = (n: number): number => start + n * (40 * MINUTE)
    switch (scenario) {
      case 'success':
      case 'failure':
      case 'build-failure':
      case 'cancelled':
      case 'timed_out':
        return [attempt(start, scenario)]
      case 'flaky':
        return [attempt(start, 'failure'), attempt(later(1), 'success')]
      case 'flaky3':
        return [
          attempt(start, 'failure'),
          attempt(later(1), 'failure'),
          attempt(later(2), 'success')
        ]
      case 'rerun-fail':
        return [attempt(start, 'failure'), attempt(later(1), 'failure')]
      case 'startup_failure':
        return [{ startedAt: start, conclusion: 'startup_failure', jobs: [] }]
    }
  }
  const randomScenario = (): CiScenario => {
    const r = rng()
    if (r < 0.04) return 'cancelled'
    if (r < 0.06) return 'timed_out'
    if (r < 0.08) return 'startup_failure'
    if (r < 0.16) return 'flaky'
    if (r < 0.18) return 'flaky3'
    if (r < 0.21) return 'rerun-fail'
    if (r < 0.25) return 'failure'
    if (r < 0.27) return 'build-failure'
    return 'success'
  }
  const fixed: Record<number, CiScenario> = {
    199: 'flaky',
    198: 'flaky3',
    197: 'cancelled',
    196: 'timed_out',
    195: 'startup_failure',
    194: 'build-failure',
    193: 'rerun-fail'
  }

  const pushes: { at: number; sha: string }[] = []
  for (let i = 0; i < 202; i++) {
    const at = base + Math.round(i * 4.75 * HOUR) + Math.floor(rng() * 30) * MINUTE
    pushes.push({ at, sha: sha(`${owner}/${repo}:main:${i}`) })
  }
  pushes.forEach((push, i) => {
    const message = `Merge pull request #${1000 + i} from octo-org/change-${i}`
    // CI
    if (i >= 200) {
      const status: ActionsStatus = i === 200 ? 'in_progress' : 'queued'
      const jobs: JobPlan[] =
        i === 200
          ? [
              { name: 'build', conclusion: 'success', startOffset: 10, duration: 118 },
              ...CI_MATRIX.map((name): JobPlan => ({
                name,
                conclusion: null,
                status: 'in_progress',
                startOffset: 133,
                duration: 0,
                labels: [name.includes('windows') ? 'windows-latest' : 'ubuntu-latest']
              }))
            ]
          : [
              {
                name: 'build',
                conclusion: null,
                status: 'queued',
                startOffset: 0,
                duration: 0
              }
            ]
      drafts.push({
        workflow: workflows.ci,
        createdAt: push.at + 5000,
        head_branch: 'main',
        head_sha: push.sha,
        event: 'push',
        message,
        attempts: [{ startedAt: push.at + 5000, status, conclusion: null, jobs }]
      })
    } else {
      const scenario = fixed[i] ?? randomScenario()
      drafts.push({
        workflow: workflows.ci,
        createdAt: push.at + 5000,
        head_branch: 'main',
        head_sha: push.sha,
        event: 'push',
        message,
        scenario,
        attempts: ciAttempts(scenario, push.at + 5000)
      })
    }
    // Release on every 5th push
    if (i % 5 === 0 && i < 200) {
      const packageName = i < RENAME_AT_PUSH ? RENAMED_JOB.old : RENAMED_JOB.new
      const r = rng()
      const packageOk = r >= 0.08
      const publish: JobConclusion = !packageOk
        ? 'skipped'
        : r < 0.13
          ? 'failure'
          : r < 0.55
            ? 'skipped'
            : 'success'
      drafts.push({
        workflow: workflows.release,
        createdAt: push.at + 7000,
        head_branch: 'main',
        head_sha: push.sha,
        event: 'push',
        message,
        attempts: [
          {
            startedAt: push.at + 7000,
            conclusion: packageOk && publish !== 'failure' ? 'success' : 'failure',
            jobs: staged([
              [
                {
                  name: packageName,
                  conclusion: packageOk ? 'success' : 'failure',
                  duration: jitter(90)
                }
              ],
              [{ name: 'publish', conclusion: publish, duration: jitter(45) }]
            ])
          }
        ]
      })
    }
    // Legacy, until it was deleted
    if (i % 5 === 2 && i < DELETE_AT_PUSH) {
      const ok = rng() >= 0.1
      drafts.push({
        workflow: workflows.legacy,
        createdAt: push.at + 9000,
        head_branch: 'main',
        head_sha: push.sha,
        event: 'push',
        message,
        attempts: [
          {
            startedAt: push.at + 9000,
            conclusion: ok ? 'success' : 'failure',
            jobs: staged([
              [{ name: 'lint', conclusion: ok ? 'success' : 'failure', duration: jitter(40) }]
            ])
          }
        ]
      })
    }
  })
  const deletedAt = iso((pushes[DELETE_AT_PUSH]?.at ?? base) - 10 * MINUTE)
  workflows.legacy.state = 'deleted'
  workflows.legacy.updated_at = deletedAt
  workflows.legacy.deleted_at = deletedAt

  // Nightly at 02:00 on the then-current main head
  for (let n = 0; n < 40; n++) {
    const at = base + n * 24 * HOUR + 2 * HOUR + 13_000
    const head = [...pushes].reverse().find((p) => p.at <= at) ?? pushes[0]
    const r = rng()
    const conclusion: JobConclusion =
      r < 0.12 ? 'failure' : r < 0.15 ? 'cancelled' : r < 0.2 ? 'skipped' : 'success'
    drafts.push({
      workflow: workflows.nightly,
      createdAt: at,
      head_branch: 'main',
      head_sha: head?.sha ?? sha('none'),
      event: 'schedule',
      message: 'Nightly',
      actor: 'octo-admin',
      attempts: [
        {
          startedAt: at,
          conclusion,
          jobs: staged([
            [
              {
                name: 'e2e',
                conclusion,
                duration: conclusion === 'cancelled' ? jitter(300) : jitter(1200)
              }
            ]
          ])
        }
      ]
    })
  }

  // Noise: feature branch pushes and pull requests, fork pull requests from their `main`
  const noise = (
    n: number,
    make: (k: number) => Pick<Draft, 'head_branch' | 'head_sha' | 'event'> & Partial<Draft>
  ): void => {
    for (let k = 0; k < n; k++) {
      const at = base + Math.floor(rng() * 38 * 24) * HOUR + 17 * MINUTE
      const scenario: CiScenario = rng() < 0.4 ? 'failure' : 'success'
      drafts.push({
        workflow: workflows.ci,
        createdAt: at,
        message: `WIP ${k}`,
        attempts: ciAttempts(scenario, at),
        ...make(k)
      })
    }
  }
  noise(25, (k) => {
    const branch = pick(featureBranches)
    return { head_branch: branch, head_sha: sha(`${branch}:push:${k}`), event: 'push' }
  })
  noise(30, (k) => {
    const branch = pick(featureBranches)
    return {
      head_branch: branch,
      head_sha: sha(`${branch}:pr:${k}`),
      event: 'pull_request',
      pull_requests: [2000 + featureBranches.indexOf(branch)]
    }
  })
  noise(10, (k) => ({
    head_branch: 'main',
    head_sha: sha(`forker/${repo}:main:${k}`),
    event: 'pull_request',
    actor: 'forker',
    head_repository: `forker/${repo}`
  }))

  // --- ids in chronological order, run numbers per workflow
  drafts.sort((a, b) => a.createdAt - b.createdAt)
  const numbers = new Map<number, number>()
  const runs: StoredRun[] = []
  const jobs: StoredJob[] = []
  const ciScenario = new Map<number, CiScenario>()
  for (const d of drafts) {
    const runNumber = (numbers.get(d.workflow.id) ?? 0) + 1
    numbers.set(d.workflow.id, runNumber)
    const plan: RunPlan = {
      workflow: d.workflow,
      createdAt: d.createdAt,
      head_branch: d.head_branch,
      head_sha: d.head_sha,
      event: d.event,
      attempts: d.attempts,
      run_number: runNumber,
      message: d.message
    }
    if (d.actor !== undefined) plan.actor = d.actor
    if (d.head_repository !== undefined) plan.head_repository = d.head_repository
    if (d.pull_requests !== undefined) plan.pull_requests = d.pull_requests
    const stored = addRun(fake, plan)
    runs.push(stored.run)
    jobs.push(...stored.jobs)
    if (
      d.scenario &&
      d.workflow === workflows.ci &&
      d.head_branch === 'main' &&
      d.event === 'push'
    ) {
      ciScenario.set(stored.run.id, d.scenario)
    }
  }

  const isMainCompleted = (r: StoredRun): boolean =>
    r.head_branch === 'main' &&
    r.status === 'completed' &&
    (r.event === 'push' || r.event === 'schedule')
  const countOf = (w: StoredWorkflow): number =>
    runs.filter((r) => r.workflow_id === w.id && isMainCompleted(r)).length
  return {
    owner,
    repo,
    workflows,
    runs,
    jobs,
    ciScenario,
    counts: {
      total: runs.length,
      mainCompleted: runs.filter(isMainCompleted).length,
      byWorkflow: {
        ci: countOf(workflows.ci),
        release: countOf(workflows.release),
        nightly: countOf(workflows.nightly),
        legacy: countOf(workflows.legacy)
      },
      forkPullRequestsOnMain: runs.filter(
        (r) => r.head_branch === 'main' && r.event === 'pull_request'
      ).length,
      notCompletedOnMain: runs.filter((r) => r.head_branch === 'main' && r.status !== 'completed')
        .length,
      otherBranches: runs.filter((r) => r.head_branch !== 'main').length
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The tiny, hand-countable history

/**
 * Figures for `seedTinyHistory`, computed by hand over the 7 completed `push` runs of ci.yml on
 * main (R1..R7), counting each run once, as of its latest attempt. Durations are seconds
 * (completed_at - started_at). "decided" = passed + failed (cancelled and skipped apart).
 *
 *   run  created (UTC)      attempts  run conclusion  build (s)         test (s)
 *   R1   2024-05-01 10:00   1         success         success 50        success 100
 *   R2   2024-05-01 11:00   1         failure         success 60        failure 200
 *   R3   2024-05-01 12:00   2         success         a1 success 65     a1 failure 300   <- flaky
 *                                                    a2 success 70     a2 success 120
 *   R4   2024-05-01 13:00   1         cancelled       success 55        cancelled 30
 *   R5   2024-05-01 14:00   1         success         success 65        success 140
 *   R6   2024-05-01 15:00   1         timed_out       success 80        timed_out 600
 *   R7   2024-05-01 16:00   1         success         success 45        skipped 0
 *   not samples: R8 16:30 pull_request on feature/x (failure), R9 17:00 push on main
 *   in_progress, R10 17:30 push on dev (success).
 *
 * test: samples 7; passed 3 (R1 R3 R5); failed 2 (R2 failure, R6 timed_out); cancelled 1 (R4);
 *   skipped 1 (R7); pass rate 3/5 = 0.6 (3/7 of all samples); flaky runs 1 (R3): 1/7 of
 *   samples, 1/5 of decided; durations of decided runs sorted [100, 120, 140, 200, 600]:
 *   median 140, p95 600 by nearest rank (ceil(0.95*5) = 5th), 520 by linear interpolation
 *   (200 + 0.8*400), mean 232; recent outcomes newest first: skipped, timed_out, success,
 *   cancelled, success, failure, success.
 * build: samples 7, passed 7, pass rate 1, flaky 0; durations sorted [45, 50, 55, 60, 65, 70, 80]:
 *   median 60, p95 80 by nearest rank (7th), 77 by linear interpolation (70 + 0.7*10).
 * runs (workflow level): success 4, failure 1, timed_out 1, cancelled 1: 4/6 decided.
 * requests: 1 runs list (per_page=100, branch=main, event=push, status=completed) + 7 jobs lists.
 * R3's jobs: filter=latest 2 (attempt 2), filter=all 4, attempts/1/jobs 2, attempts/3/jobs 404.
 */
export const TINY_FIGURES = {
  samples: 7,
  test: {
    passed: 3,
    failed: 2,
    cancelled: 1,
    skipped: 1,
    passRate: 0.6,
    flakyRuns: 1,
    flakyRateOfSamples: 1 / 7,
    flakyRateOfDecided: 0.2,
    durations: [100, 120, 140, 200, 600],
    medianSeconds: 140,
    p95NearestRankSeconds: 600,
    p95LinearSeconds: 520,
    meanSeconds: 232,
    recentNewestFirst: [
      'skipped',
      'timed_out',
      'success',
      'cancelled',
      'success',
      'failure',
      'success'
    ]
  },
  build: {
    passed: 7,
    failed: 0,
    passRate: 1,
    flakyRuns: 0,
    durations: [45, 50, 55, 60, 65, 70, 80],
    medianSeconds: 60,
    p95NearestRankSeconds: 80,
    p95LinearSeconds: 77
  },
  runs: { success: 4, failure: 1, timed_out: 1, cancelled: 1 },
  requests: 8
} as const

export interface TinyHistory {
  workflow: StoredWorkflow
  /** R1..R10 in order (R1..R7 are the samples; R3 has run_attempt 2) */
  runs: StoredRun[]
  jobs: StoredJob[]
}

/** Seeds the 10 runs documented at {@link TINY_FIGURES} into `owner/repo` (ci.yml "CI"). */
export function seedTinyHistory(
  fake: GitHubFake,
  options: { owner: string; repo: string }
): TinyHistory {
  const { owner, repo } = options
  ensureRepo(fake, owner, repo, ['main', 'dev', 'feature/x'])
  const workflow = addWorkflow(fake, {
    owner,
    repo,
    name: 'CI',
    path: '.github/workflows/ci.yml'
  })
  const t0 = Date.parse('2024-05-01T10:00:00Z')
  type Outcome = [JobConclusion, number]
  const attempt = (
    at: number,
    conclusion: RunConclusion,
    build: Outcome,
    test: Outcome
  ): AttemptPlan => ({
    startedAt: at,
    conclusion,
    jobs: staged([
      [{ name: 'build', conclusion: build[0], duration: build[1] }],
      [{ name: 'test', conclusion: test[0], duration: test[1] }]
    ])
  })
  const plans: {
    at: number
    branch: string
    event: string
    attempts: (at: number) => AttemptPlan[]
  }[] = [
    {
      at: 0,
      branch: 'main',
      event: 'push',
      attempts: (a) => [attempt(a, 'success', ['success', 50], ['success', 100])]
    },
    {
      at: 1,
      branch: 'main',
      event: 'push',
      attempts: (a) => [attempt(a, 'failure', ['success', 60], ['failure', 200])]
    },
    {
      at: 2,
      branch: 'main',
      event: 'push',
      attempts: (a) => [
        attempt(a, 'failure', ['success', 65], ['failure', 300]),
        attempt(a + 30 * MINUTE, 'success', ['success', 70], ['success', 120])
      ]
    },
    {
      at: 3,
      branch: 'main',
      event: 'push',
      attempts: (a) => [attempt(a, 'cancelled', ['success', 55], ['cancelled', 30])]
    },
    {
      at: 4,
      branch: 'main',
      event: 'push',
      attempts: (a) => [attempt(a, 'success', ['success', 65], ['success', 140])]
    },
    {
      at: 5,
      branch: 'main',
      event: 'push',
      attempts: (a) => [attempt(a, 'timed_out', ['success', 80], ['timed_out', 600])]
    },
    {
      at: 6,
      branch: 'main',
      event: 'push',
      attempts: (a) => [attempt(a, 'success', ['success', 45], ['skipped', 0])]
    },
    {
      at: 6.5,
      branch: 'feature/x',
      event: 'pull_request',
      attempts: (a) => [attempt(a, 'failure', ['success', 50], ['failure', 90])]
    },
    {
      at: 7,
      branch: 'main',
      event: 'push',
      attempts: (a) => [
        {
          startedAt: a,
          status: 'in_progress',
          conclusion: null,
          jobs: [
            { name: 'build', conclusion: 'success', startOffset: 10, duration: 50 },
            { name: 'test', conclusion: null, status: 'in_progress', startOffset: 65, duration: 0 }
          ]
        }
      ]
    },
    {
      at: 7.5,
      branch: 'dev',
      event: 'push',
      attempts: (a) => [attempt(a, 'success', ['success', 50], ['success', 100])]
    }
  ]
  const runs: StoredRun[] = []
  const jobs: StoredJob[] = []
  plans.forEach((p, i) => {
    const at = t0 + p.at * HOUR
    const plan: RunPlan = {
      workflow,
      createdAt: at,
      head_branch: p.branch,
      head_sha: sha(`${owner}/${repo}:tiny:${i + 1}`),
      event: p.event,
      attempts: p.attempts(at),
      run_number: i + 1,
      message: `R${i + 1}`
    }
    if (p.event === 'pull_request') plan.pull_requests = [7]
    const stored = addRun(fake, plan)
    runs.push(stored.run)
    jobs.push(...stored.jobs)
  })
  return { workflow, runs, jobs }
}
