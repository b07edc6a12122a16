/**
 * The GitHub API fault matrix (issue 14): every route of verify-rules, of the gate's sticky
 * comment and check run, of ci-trend and of the promotion store, under every kind of API fault
 * the fake can produce (`faultKinds()` in ./support/github-fake.ts). Each run must end failed or
 * unverified (never passed, never a claim of a write that did not happen), must not crash, must
 * finish within its deadline (short limits here; the jest timeout is the generous bound), and
 * nothing it returns or sends to GitHub may contain the token.
 *
 * The longest run of the matrix is printed at the end (`longest fault-matrix run: N ms`).
 */
import { afterAll, describe, expect, jest, test } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BuiltinContext } from '../src/checks/builtin-contract.js'
import { runCiTrend } from '../src/checks/ci-trend/run.js'
import { PROMOTION_TASK, type PromotionRecord } from '../src/core/promotion.js'
import { ConfigurationError } from '../src/core/errors.js'
import { MASK } from '../src/core/secrets.js'
import { publishCheckRun } from '../src/github/check-run.js'
import { createClient, type GitHubClient } from '../src/github/client.js'
import { apiLimitsFromEnv, DEFAULT_API_LIMITS } from '../src/github/api-limits.js'
import { DeploymentStore } from '../src/github/deployment-store.js'
import { upsertStickyComment } from '../src/github/sticky-comment.js'
import { createCheckFacts } from '../src/io/check-facts.js'
import { Workspace } from '../src/io/workspace.js'
import { runVerify } from '../src/ruleset-verify/run-verify.js'
import { seedTinyHistory } from './support/actions-fixtures.js'
import { seedDeployment } from './support/deployment-fixtures.js'
import { faultKinds, startGitHubFake, type GitHubFake } from './support/github-fake.js'
import { seedRepo, setProtection } from './support/rules-fixtures.js'
import { OWNER, REPO, rulesWorkspace, seedMatchingRules } from './support/rules-scenario.js'

jest.setTimeout(30_000)

/** Looks like an installation token; registered as a secret by createClient. */
const TOKEN = 'ghs_FaultMatrixToken0123456789ABCDEFGH'
const LIMITS = { timeoutMs: 1000, deadlineMs: 2000 }
/** Baselines run next to the matrix on a busy machine: room enough never to hit a limit. */
const ROOMY = { timeoutMs: 10_000, deadlineMs: 30_000 }
const KINDS = Object.keys(faultKinds())
const SHA = 'a'.repeat(40)
const durations: { run: string; ms: number }[] = []

afterAll(() => {
  const longest = durations.reduce((a, b) => (b.ms > a.ms ? b : a), { run: 'none', ms: 0 })
  console.log(
    `longest fault-matrix run: ${longest.ms} ms (${longest.run}); ${durations.length} runs, deadline ${LIMITS.deadlineMs} ms, per-request timeout ${LIMITS.timeoutMs} ms`
  )
})

/** A crash is an exception a reader should never let out (TypeError "Cannot read properties…"). */
function assertNoCrash(e: unknown): void {
  expect(e).toBeInstanceOf(Error)
  const err = e as Error
  expect([TypeError, RangeError, SyntaxError, ReferenceError].some((c) => err instanceof c)).toBe(
    false
  )
  expect(err.message).not.toMatch(/Cannot read properties|is not a function|is not iterable/)
}

/** Every text that left the run: results, error messages, and what GitHub was sent. */
function assertNoToken(fake: GitHubFake, outputs: unknown[]): void {
  const sent = fake.requests.filter((r) => r.method !== 'GET').map((r) => r.body)
  const stored = [
    ...[...fake.state.comments.values()].flat().map((c) => c.body),
    ...fake.state.checkRuns.map((c) => c.output)
  ]
  for (const text of [...outputs, ...sent, ...stored].map((x) =>
    typeof x === 'string' ? x : (JSON.stringify(x) ?? '')
  )) {
    expect(text).not.toContain(TOKEN)
  }
}

/** Runs `body` against a fresh fake with `fault` on `route`; records the time taken. */
async function withFault<T>(
  label: string,
  seed: (fake: GitHubFake) => void | Promise<void>,
  route: { method?: string; path: RegExp },
  kind: string,
  body: (fake: GitHubFake) => Promise<T>
): Promise<{ fake: GitHubFake; result?: T; error?: unknown; close: () => Promise<void> }> {
  const fake = await startGitHubFake()
  await seed(fake)
  const fault = faultKinds()[kind]
  if (!fault) throw new Error(`no fault kind ${kind}`)
  fake.inject({ ...fault, ...route, times: Infinity })
  const started = Date.now()
  let result: T | undefined
  let error: unknown
  try {
    result = await body(fake)
  } catch (e) {
    error = e
  }
  durations.push({
    run: `${label} ${route.method ?? ''} ${route.path.source} ${kind}`,
    ms: Date.now() - started
  })
  return {
    fake,
    ...(result !== undefined ? { result } : {}),
    ...(error !== undefined ? { error } : {}),
    close: () => fake.close()
  }
}

function client(fake: GitHubFake, limits = LIMITS): GitHubClient {
  return createClient(TOKEN, { baseUrl: fake.url, ...limits })
}

// ---------------------------------------------------------------------------------------------

describe('verify-rules under API faults', () => {
  const base = `/repos/${OWNER}/${REPO}`
  const ROUTES = [
    { path: new RegExp(`^${base}$`) },
    { path: new RegExp(`^${base}/branches$`) },
    { path: new RegExp(`^${base}/rulesets$`) },
    { path: new RegExp(`^${base}/rulesets/\\d+$`) },
    { path: new RegExp(`^${base}/rules/branches/main$`) },
    { path: new RegExp(`^${base}/branches/main/protection$`) }
  ]
  const seed = (fake: GitHubFake): void => {
    seedMatchingRules(fake)
    fake.tokens.set(TOKEN, 'admin')
    setProtection(fake, OWNER, REPO, 'main', {
      required_status_checks: { strict: true, contexts: ['Lint'] },
      enforce_admins: true,
      allow_force_pushes: false
    })
  }
  async function verify(fake: GitHubFake, dir: string, limits = LIMITS) {
    const r = await runVerify({
      workspace: dir,
      config: '.github/gonogo.yml',
      output: path.join(dir, 'gonogo-reports'),
      owner: OWNER,
      repo: REPO,
      branches: [],
      sha: SHA,
      ref: 'refs/heads/main',
      token: TOKEN,
      apiUrl: fake.url,
      effectiveTime: Date.parse('2026-11-21T00:00:00Z'),
      ...limits
    })
    const files = await Promise.all(r.paths.map((p) => readFile(p, 'utf8')))
    return { r, files }
  }

  test('without faults every route is read and the branch passes (the baseline)', async () => {
    const ws = await rulesWorkspace()
    const fake = await startGitHubFake()
    try {
      seed(fake)
      const { r } = await verify(fake, ws.dir, ROOMY)
      expect(
        [...r.branchProtection.checks, ...r.requiredChecks.checks].filter(
          (c) => c.status !== 'passed'
        )
      ).toEqual([])
      for (const route of ROUTES)
        expect(fake.requests.some((q) => route.path.test(q.path))).toBe(true)
    } finally {
      await fake.close()
      await ws.cleanup()
    }
  })

  test.concurrent.each(KINDS)(
    '%s on every route: unverified or failed, no crash, no token',
    async (kind) => {
      await Promise.all(
        ROUTES.map(async (route) => {
          const ws = await rulesWorkspace()
          const run = await withFault('verify-rules', seed, route, kind, (fake) =>
            verify(fake, ws.dir)
          )
          try {
            if (run.error !== undefined) assertNoCrash(run.error)
            expect(run.error).toBeUndefined()
            const { r, files } = run.result as Awaited<ReturnType<typeof verify>>
            expect([r.branchProtection.status, r.requiredChecks.status]).not.toEqual([
              'passed',
              'passed'
            ])
            const text = JSON.stringify([r.branchProtection, r.requiredChecks, r.markdown, files])
            expect(text).not.toMatch(/Cannot read properties/)
            assertNoToken(run.fake, [text])
          } finally {
            await run.close()
            await ws.cleanup()
          }
        })
      )
    }
  )
})

// ---------------------------------------------------------------------------------------------

describe("the gate's sticky comment under API faults", () => {
  const issue = 7
  const marker = '<!-- gonogo:fault-matrix -->'
  const comments = new RegExp(`^/repos/${OWNER}/${REPO}/issues/${issue}/comments$`)
  const ROUTES = [
    { method: 'GET', path: comments },
    { method: 'POST', path: comments },
    { method: 'PATCH', path: new RegExp(`^/repos/${OWNER}/${REPO}/issues/comments/\\d+$`) }
  ]
  // The body carries the token, as an error text that echoed it would: GitHub must get the mask.
  const body = `${marker}\n**no-go**: the API said \`Bad credentials for token ${TOKEN}\``
  const scenarios = {
    fresh: (): void => undefined,
    existing: (fake: GitHubFake): void => {
      fake.seedComments(OWNER, REPO, issue, [`${marker}\nold verdict`], {
        login: 'github-actions[bot]',
        id: 41898282,
        type: 'Bot'
      })
    }
  }

  test('without faults the body reaches GitHub with the token masked', async () => {
    const fake = await startGitHubFake()
    try {
      const r = await upsertStickyComment(
        client(fake, ROOMY),
        { owner: OWNER, repo: REPO, issueNumber: issue, marker },
        body
      )
      expect(r.action).toBe('created')
      const stored = fake.state.comments.get(`${OWNER}/${REPO}#${issue}`) ?? []
      expect(stored.map((c) => c.body)).toEqual([body.replace(TOKEN, MASK)])
    } finally {
      await fake.close()
    }
  })

  test.concurrent.each(KINDS)(
    '%s on every route: fails, or the comment it reports is really there',
    async (kind) => {
      const cases = Object.entries(scenarios).flatMap(([name, seed]) =>
        ROUTES.map((route) => ({ name, seed, route }))
      )
      await Promise.all(
        cases.map(async ({ name, seed, route }) => {
          const run = await withFault(`comment (${name})`, seed, route, kind, (fake) =>
            upsertStickyComment(
              client(fake),
              { owner: OWNER, repo: REPO, issueNumber: issue, marker },
              body
            )
          )
          try {
            if (run.error !== undefined) assertNoCrash(run.error)
            else {
              // Success is claimed only for a comment that holds the (masked) body now.
              const stored = run.fake.state.comments.get(`${OWNER}/${REPO}#${issue}`) ?? []
              const c = stored.find((x) => x.id === run.result?.id)
              expect(c?.body).toBe(body.replace(TOKEN, MASK))
            }
            assertNoToken(run.fake, [run.result, (run.error as Error | undefined)?.message])
          } finally {
            await run.close()
          }
        })
      )
    }
  )
})

// ---------------------------------------------------------------------------------------------

describe("the gate's check run under API faults", () => {
  const ROUTES = [
    { method: 'POST', path: new RegExp(`^/repos/${OWNER}/${REPO}/check-runs$`) },
    { method: 'PATCH', path: new RegExp(`^/repos/${OWNER}/${REPO}/check-runs/\\d+$`) }
  ]
  // 60 annotations: one create and one update; the summary carries the token.
  const output = {
    conclusion: 'failure' as const,
    title: 'no-go',
    summary: `the API said: Bad credentials for token ${TOKEN}`,
    annotations: Array.from({ length: 60 }, (_, i) => ({
      path: 'src/a.ts',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'failure' as const,
      message: `finding ${i}`,
      title: 'finding'
    }))
  }
  const publish = (fake: GitHubFake, limits = LIMITS) =>
    publishCheckRun(
      client(fake, limits),
      { owner: OWNER, repo: REPO, headSha: SHA, name: 'gonogo' },
      output
    )

  test('without faults the check run is created with the token masked', async () => {
    const fake = await startGitHubFake()
    try {
      const r = await publish(fake, ROOMY)
      const run = fake.state.checkRuns.find((c) => c.id === r.id)
      expect(run?.output.summary).toBe(output.summary.replace(TOKEN, MASK))
      expect(run?.output.annotations).toHaveLength(60)
    } finally {
      await fake.close()
    }
  })

  test.concurrent.each(KINDS)(
    '%s on every route: fails, or the check run it reports is really there',
    async (kind) => {
      await Promise.all(
        ROUTES.map(async (route) => {
          const run = await withFault(
            'check run',
            () => undefined,
            route,
            kind,
            (f) => publish(f)
          )
          try {
            if (run.error !== undefined) assertNoCrash(run.error)
            else {
              const stored = run.fake.state.checkRuns.find((c) => c.id === run.result?.id)
              expect(stored?.output.annotations).toHaveLength(60)
            }
            assertNoToken(run.fake, [run.result, (run.error as Error | undefined)?.message])
          } finally {
            await run.close()
          }
        })
      )
    }
  )
})

// ---------------------------------------------------------------------------------------------

describe('ci-trend under API faults', () => {
  const base = `/repos/${OWNER}/${REPO}`
  const ROUTES = [
    { path: new RegExp(`^${base}$`) },
    { path: new RegExp(`^${base}/actions/workflows/ci\\.yml/runs$`) },
    { path: new RegExp(`^${base}/actions/runs/\\d+/jobs$`) }
  ]
  const settings = {
    jobs: [{ workflow: 'ci.yml', job: 'test' }],
    // Lenient objectives: the history as seeded passes, so a fault is what makes it not pass.
    slo: { min_pass_rate: 0, min_samples: 1, max_flaky_rate: 100, error_budget: 1000 }
  }
  async function trend(fake: GitHubFake, limits = LIMITS) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-faults-'))
    try {
      // The facts' Actions history carries the limits through to createClient's options.
      const github = { token: TOKEN, apiUrl: fake.url, owner: OWNER, repo: REPO, ...limits }
      const ws = await Workspace.open(dir)
      const ctx: BuiltinContext = {
        facts: createCheckFacts(ws, github),
        policy: { version: 1, controls: [] },
        settings,
        subject: { repository: `${OWNER}/${REPO}`, sha: SHA, ref: 'refs/heads/main' },
        effectiveTime: Date.parse('2026-11-21T00:00:00Z'),
        log: () => undefined
      }
      return await runCiTrend(ctx)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  const seed = (fake: GitHubFake): void => {
    seedTinyHistory(fake, { owner: OWNER, repo: REPO })
  }

  test('without faults the seeded history passes the lenient objectives (the baseline)', async () => {
    const fake = await startGitHubFake()
    try {
      seed(fake)
      const r = await trend(fake, ROOMY)
      expect(r.status).toBe('passed')
      for (const route of ROUTES)
        expect(fake.requests.some((q) => route.path.test(q.path))).toBe(true)
    } finally {
      await fake.close()
    }
  })

  test.concurrent.each(KINDS)(
    '%s on every route: unverified or failed, no crash, no token',
    async (kind) => {
      await Promise.all(
        ROUTES.map(async (route) => {
          const run = await withFault('ci-trend', seed, route, kind, (f) => trend(f))
          try {
            if (run.error !== undefined) assertNoCrash(run.error)
            expect(run.error).toBeUndefined()
            expect(run.result?.status).not.toBe('passed')
            expect(JSON.stringify(run.result)).not.toMatch(/Cannot read properties/)
            assertNoToken(run.fake, [run.result])
          } finally {
            await run.close()
          }
        })
      )
    }
  )
})

// ---------------------------------------------------------------------------------------------

describe('the promotion store (deployments) under API faults', () => {
  const base = `/repos/${OWNER}/${REPO}`
  const ROUTES = [
    { method: 'GET', path: new RegExp(`^${base}/deployments$`) },
    { method: 'GET', path: new RegExp(`^${base}/deployments/\\d+/statuses$`) },
    { method: 'POST', path: new RegExp(`^${base}/deployments$`) },
    { method: 'POST', path: new RegExp(`^${base}/deployments/\\d+/statuses$`) }
  ]
  const seed = (fake: GitHubFake): void => {
    seedRepo(fake, { owner: OWNER, repo: REPO, default_branch: 'main', branches: ['main'] })
    seedDeployment(fake, {
      owner: OWNER,
      repo: REPO,
      ref: 'main',
      environment: 'dev',
      task: PROMOTION_TASK,
      payload: { sequence: 1, environment: 'dev' },
      statuses: ['in_progress', 'success']
    })
  }
  // Only the fields the store reads; the record's own checks are not the store's business.
  const record = {
    environment: 'dev',
    sequence: 2,
    kind: 'promotion',
    bundle: { id: 'bundle-2', subject: { sha: 'main' } },
    note: `carries ${TOKEN}`
  } as unknown as PromotionRecord
  /** history, then append: what a promotion does with its store. */
  async function promote(fake: GitHubFake, limits = LIMITS) {
    const store = new DeploymentStore(client(fake, limits), { owner: OWNER, repo: REPO })
    const history = await store.history('dev')
    const appended = await store.append(record)
    return { history, appended }
  }
  const ours = (fake: GitHubFake) =>
    fake.state.deployments.filter((d) => d.task === PROMOTION_TASK && d.environment === 'dev')

  test('without faults the history is read and the record appended (the baseline)', async () => {
    const fake = await startGitHubFake()
    try {
      seed(fake)
      const r = await promote(fake, ROOMY)
      expect(r.history).toHaveLength(1)
      expect(r.appended.ok).toBe(true)
      expect(ours(fake)).toHaveLength(2)
      expect(ours(fake).at(-1)?.statuses.at(-1)?.state).toBe('success')
    } finally {
      await fake.close()
    }
  })

  test.concurrent.each(KINDS)(
    '%s on every route: fails closed, no crash, no token',
    async (kind) => {
      await Promise.all(
        ROUTES.map(async (route) => {
          const run = await withFault('promotion store', seed, route, kind, (f) => promote(f))
          try {
            if (run.error !== undefined) {
              assertNoCrash(run.error)
              // The action reports a ConfigurationError as its failure, message only.
              expect(run.error).toBeInstanceOf(ConfigurationError)
              expect((run.error as Error).message).toMatch(/deployment/)
            } else if (run.result?.appended.ok) {
              // Claimed only when GitHub holds the new record as a successful deployment.
              const latest = ours(run.fake).at(-1)
              expect(latest?.statuses.at(-1)?.state).toBe('success')
              expect(ours(run.fake)).toHaveLength(2)
            }
            assertNoToken(run.fake, [run.result, (run.error as Error | undefined)?.message])
          } finally {
            await run.close()
          }
        })
      )
    }
  )
})

// ---------------------------------------------------------------------------------------------

describe('client limits and messages', () => {
  test('the retry count is fresh for every request: each first retry waits the base delay', async () => {
    const fake = await startGitHubFake()
    try {
      seedRepo(fake, { owner: OWNER, repo: REPO, default_branch: 'main', branches: ['main'] })
      const waits: { endpoint: string; retry: number; waitMs: number }[] = []
      const gh = createClient(TOKEN, {
        baseUrl: fake.url,
        retryBaseMs: 10,
        onRetry: ({ endpoint, retry, waitMs }) => waits.push({ endpoint, retry, waitMs })
      })
      fake.inject({ path: `/repos/${OWNER}/${REPO}/branches`, status: 502, times: 3 })
      await gh.request('GET /repos/{owner}/{repo}/branches', { owner: OWNER, repo: REPO })
      fake.inject({ path: `/repos/${OWNER}/${REPO}`, status: 503, times: 1 })
      await gh.request('GET /repos/{owner}/{repo}', { owner: OWNER, repo: REPO })
      // @octokit/plugin-retry kept the count on a shared object: the second request's first
      // retry would have been its fifth, waiting 25 x the base.
      expect(waits).toEqual([
        { endpoint: 'GET /repos/{owner}/{repo}/branches', retry: 1, waitMs: 10 },
        { endpoint: 'GET /repos/{owner}/{repo}/branches', retry: 2, waitMs: 20 },
        { endpoint: 'GET /repos/{owner}/{repo}/branches', retry: 3, waitMs: 40 },
        { endpoint: 'GET /repos/{owner}/{repo}', retry: 1, waitMs: 10 }
      ])
    } finally {
      await fake.close()
    }
  })

  test('retry-after is honoured over the backoff', async () => {
    const fake = await startGitHubFake()
    try {
      seedRepo(fake, { owner: OWNER, repo: REPO, default_branch: 'main', branches: ['main'] })
      const waits: number[] = []
      const gh = createClient(TOKEN, {
        baseUrl: fake.url,
        retryBaseMs: 10,
        onRetry: ({ waitMs }) => waits.push(waitMs)
      })
      fake.inject({ path: `/repos/${OWNER}/${REPO}`, status: 503, headers: { 'retry-after': '1' } })
      await gh.request('GET /repos/{owner}/{repo}', { owner: OWNER, repo: REPO })
      expect(waits).toEqual([1000])
    } finally {
      await fake.close()
    }
  })

  test('past the deadline every request fails at once, naming the deadline and the endpoint', async () => {
    const ws = await rulesWorkspace()
    const fake = await startGitHubFake()
    try {
      seedMatchingRules(fake)
      fake.tokens.set(TOKEN, 'admin')
      fake.inject({ path: /\/rulesets$/, timeout: true, times: Infinity })
      const r = await runVerify({
        workspace: ws.dir,
        config: '.github/gonogo.yml',
        output: path.join(ws.dir, 'gonogo-reports'),
        owner: OWNER,
        repo: REPO,
        branches: [],
        sha: SHA,
        ref: 'refs/heads/main',
        token: TOKEN,
        apiUrl: fake.url,
        effectiveTime: Date.parse('2026-11-21T00:00:00Z'),
        timeoutMs: 5000,
        deadlineMs: 1000
      })
      const text = JSON.stringify(r.branchProtection)
      expect(text).toContain(
        'GitHub API deadline of 1 s passed before GET /repos/{owner}/{repo}/rulesets was read'
      )
      expect(text).toContain(
        'GitHub API deadline of 1 s passed before GET /repos/{owner}/{repo}/rules/branches/{branch} was read'
      )
      // Nothing after the deadline reached the server.
      expect(fake.requests.filter((q) => /\/rules\/branches\//.test(q.path))).toEqual([])
      expect(r.branchProtection.status).toBe('unverified')
    } finally {
      await fake.close()
      await ws.cleanup()
    }
  })

  test('a classic-protection answer of the wrong shape is unverified, naming the endpoint, never facts', async () => {
    const ws = await rulesWorkspace()
    const fake = await startGitHubFake()
    try {
      seedMatchingRules(fake)
      fake.tokens.set(TOKEN, 'admin')
      fake.inject({
        path: /\/branches\/main\/protection$/,
        status: 200,
        body: { required_status_checks: { contexts: { 0: 'Lint' } } },
        times: Infinity
      })
      const r = await runVerify({
        workspace: ws.dir,
        config: '.github/gonogo.yml',
        output: path.join(ws.dir, 'gonogo-reports'),
        owner: OWNER,
        repo: REPO,
        branches: [],
        sha: SHA,
        ref: 'refs/heads/main',
        token: TOKEN,
        apiUrl: fake.url,
        effectiveTime: Date.parse('2026-11-21T00:00:00Z'),
        ...LIMITS
      })
      const c = r.branchProtection.checks.find((x) => x.id === 'main/undeclared-required-checks')
      expect(c?.status).toBe('unverified')
      expect(c?.message).toContain(
        'GET /repos/{owner}/{repo}/branches/{branch}/protection answered with a body that is not branch protection (`.required_status_checks.contexts` is an object, expected a list)'
      )
    } finally {
      await fake.close()
      await ws.cleanup()
    }
  })

  test('an HTML 502 page is named, not quoted, and an echoed token never reaches a message', async () => {
    const fake = await startGitHubFake()
    try {
      seedRepo(fake, { owner: OWNER, repo: REPO, default_branch: 'main', branches: ['main'] })
      const gh = client(fake)
      fake.inject({ path: `/repos/${OWNER}/${REPO}`, ...faultKinds()['html-502'], times: Infinity })
      const { describeFailure } = await import('../src/github/branch-rules.js')
      const html = await gh
        .request('GET /repos/{owner}/{repo}', { owner: OWNER, repo: REPO })
        .catch((e: unknown) => e)
      expect(describeFailure(html, 'x').reason).toMatch(
        /^HTTP 502 after retries \(an HTML page titled '502 Bad Gateway' instead of JSON\), answered by GET \/repos\/acme\/shop$/
      )
      fake.inject({
        path: `/repos/${OWNER}/${REPO}/branches`,
        ...faultKinds()['echo'],
        times: Infinity
      })
      const echo = await gh
        .request('GET /repos/{owner}/{repo}/branches', { owner: OWNER, repo: REPO })
        .catch((e: unknown) => e)
      expect((echo as Error).message).toContain(`token ${MASK}`)
      expect((echo as Error).message).not.toContain(TOKEN)
      expect(describeFailure(echo, 'x').reason).not.toContain(TOKEN)
    } finally {
      await fake.close()
    }
  })

  test('a redirect to another host does not carry the token there', async () => {
    const fake = await startGitHubFake()
    const other = await startGitHubFake()
    try {
      seedRepo(fake, { owner: OWNER, repo: REPO, default_branch: 'main', branches: ['main'] })
      const elsewhere = other.url.replace('127.0.0.1', 'localhost')
      fake.inject({
        path: `/repos/${OWNER}/${REPO}`,
        kind: 'redirect',
        location: `${elsewhere}/repos/${OWNER}/${REPO}`
      })
      await client(fake)
        .request('GET /repos/{owner}/{repo}', { owner: OWNER, repo: REPO })
        .catch(() => undefined)
      expect(other.requests.length).toBeGreaterThan(0)
      expect(other.requests.map((q) => q.headers.authorization)).toEqual(
        other.requests.map(() => undefined)
      )
    } finally {
      await other.close()
      await fake.close()
    }
  })

  test('api-timeout and api-deadline come from the action inputs, else GONOGO_API_*, else defaults', () => {
    expect(apiLimitsFromEnv({})).toEqual(DEFAULT_API_LIMITS)
    expect(apiLimitsFromEnv({ 'INPUT_API-TIMEOUT': '5', GONOGO_API_DEADLINE: '90' })).toMatchObject(
      {
        timeoutMs: 5000,
        deadlineMs: 90_000
      }
    )
    expect(
      apiLimitsFromEnv({ 'INPUT_API-DEADLINE': '', GONOGO_API_DEADLINE: '12.5' }).deadlineMs
    ).toBe(12_500)
    expect(() => apiLimitsFromEnv({ 'INPUT_API-DEADLINE': '5m' })).toThrow(
      "Input 'api-deadline' must be a number of seconds between 0 and 86400, got '5m'."
    )
    expect(() => apiLimitsFromEnv({ GONOGO_API_TIMEOUT: '0' })).toThrow(
      /Environment variable GONOGO_API_TIMEOUT must be a number of seconds/
    )
  })
})
