import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js'
import { defaultInputs, runAction } from '../support/runner.js'
import { exampleWorkspace, FAILING_JUNIT, writeIn } from '../support/temp-workspace.js'

const ENTRY = 'dist/gate/index.js'
const ACTION = 'action-gate/action.yml'
const OWNER = 'Codertocat'
const REPO = 'Hello-World'

interface PullRequestEvent {
  number: number
  pull_request: { number: number; head: { sha: string; repo: { full_name: string } } }
  repository: { full_name: string }
}

/** A real pull_request "opened" payload from @octokit/webhooks-examples. */
function pullRequestPayload(): PullRequestEvent {
  const all = JSON.parse(
    readFileSync('node_modules/@octokit/webhooks-examples/api.github.com/index.json', 'utf8')
  ) as {
    name: string
    examples: (PullRequestEvent & { action: string })[]
  }[]
  const ex = all.find((e) => e.name === 'pull_request')?.examples.find((e) => e.action === 'opened')
  if (!ex) throw new Error('no pull_request opened example')
  return structuredClone(ex)
}

let fake: GitHubFake
let nextPr = 100
beforeAll(async () => {
  fake = await startGitHubFake()
})
afterAll(async () => {
  await fake.close()
})

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()))
  fake.assertNoViolations()
})

async function scenario(
  opts: {
    failing?: boolean
    passing?: boolean
    fork?: boolean
    inputs?: Record<string, string>
  } = {}
) {
  const ws = await exampleWorkspace({ git: true })
  cleanups.push(ws.cleanup)
  // Other jobs wrote this report about the commit under test (an artifact, not a tracked file).
  const bpPath = path.join(ws.dir, 'gonogo-reports/branch-protection.json')
  const bp = JSON.parse(await readFile(bpPath, 'utf8')) as {
    subject: { sha: string; repository: string }
  }
  bp.subject.sha = ws.sha
  bp.subject.repository = `${OWNER}/${REPO}`
  await writeFile(bpPath, JSON.stringify(bp))
  if (opts.passing) await rm(path.join(ws.dir, 'results/codeql.sarif'))
  if (opts.passing)
    await writeIn(
      ws.dir,
      'results/codeql.sarif',
      JSON.stringify({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'CodeQL' } }, results: [] }]
      })
    )
  if (opts.failing) await writeIn(ws.dir, 'test-results/unit/junit.xml', FAILING_JUNIT)
  const event = pullRequestPayload()
  // Each scenario its own pull request, so comments from one never meet another.
  event.number = event.pull_request.number = nextPr++
  if (opts.fork) event.pull_request.head.repo.full_name = 'mallory/Hello-World'
  const eventPath = path.join(os.tmpdir(), `gonogo-event-${process.pid}-${Date.now()}.json`)
  await writeFile(eventPath, JSON.stringify(event))
  cleanups.push(() => rm(eventPath, { force: true }))
  const env = {
    ...defaultInputs(ACTION, { 'effective-time': '2026-11-21T00:00:00Z', ...opts.inputs }),
    GITHUB_WORKSPACE: ws.dir,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: ws.sha,
    GITHUB_REF: `refs/pull/${event.number}/merge`,
    GITHUB_BASE_REF: 'main',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.url,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1'
  }
  return { ws, env, event }
}

const commentsOf = (n: number) => fake.state.comments.get(`${OWNER}/${REPO}#${n}`) ?? []
const gonogoComments = (n: number) =>
  commentsOf(n).filter((c) => c.body.startsWith('<!-- gonogo:gate:default -->'))

describe('action-gate end to end (dist/gate/index.js under Node 24)', () => {
  test('conditional-go: outputs, job summary, one PR comment created then updated in place', async () => {
    const { env, event } = await scenario()
    const first = await runAction(ENTRY, env)
    expect(first.stderr).toBe('')
    expect(first.stdout).not.toContain('::error::')
    expect(first.code).toBe(0)
    expect(first.outputs.decision).toBe('conditional-go')
    expect(first.outputs.status).toBe('passed')
    expect(JSON.parse(first.outputs.blockers ?? '')).toEqual([
      expect.objectContaining({ control: 'code-scanning', severity: 'low' })
    ])
    const summary = JSON.parse(await readFile(first.outputs['summary-path'] ?? '', 'utf8')) as {
      decision: string
      profile: { name: string }
    }
    expect(summary).toMatchObject({ decision: 'conditional-go', profile: { name: 'transitional' } })
    expect(first.summary).toContain('CONDITIONAL GO')
    expect(first.summary).toContain('### Claim matrix')
    expect(gonogoComments(event.number)).toHaveLength(1)
    expect(first.outputs['comment-url']).toMatch(
      /^https:\/\/github\.com\/Codertocat\/Hello-World\/(pull|issues)\/\d+#issuecomment-\d+$/
    )

    const second = await runAction(ENTRY, {
      ...env,
      'INPUT_EFFECTIVE-TIME': '2026-11-22T00:00:00Z'
    })
    expect(second.code).toBe(0)
    expect(gonogoComments(event.number)).toHaveLength(1)
    expect(gonogoComments(event.number)[0]?.body).toContain('2026-11-22T00:00:00.000Z')
    const patches = fake.requests.filter(
      (r) =>
        r.method === 'PATCH' && r.template === '/repos/{owner}/{repo}/issues/comments/{comment_id}'
    )
    expect(patches.length).toBeGreaterThanOrEqual(1)
  })

  test('no-go fails the step with the blockers, and the comment says NO-GO', async () => {
    const { env, event } = await scenario({ failing: true })
    const r = await runAction(ENTRY, { ...env, INPUT_PROFILE: 'strict' })
    expect(r.code).toBe(1)
    expect(r.outputs.decision).toBe('no-go')
    expect(r.stdout).toContain('::error::gonogo: no-go')
    expect(r.stdout).toContain('unit-tests')
    expect(gonogoComments(event.number).at(-1)?.body).toContain('NO-GO')
  })

  test('go: every control passes, exit code 0', async () => {
    const { env } = await scenario({ passing: true })
    const r = await runAction(ENTRY, env)
    expect(r.code).toBe(0)
    expect(r.outputs.decision).toBe('go')
    expect(r.summary).toContain('gonogo: GO')
  })

  test('a PR with 150 comments by others still finds and updates its own comment', async () => {
    const { env, event } = await scenario()
    const n = event.number
    fake.seedComments(
      OWNER,
      REPO,
      n,
      Array.from({ length: 150 }, (_, i) => `LGTM ${i} <!-- gonogo:gate:default --> quoted`)
    )
    expect((await runAction(ENTRY, env)).code).toBe(0)
    const afterFirst = commentsOf(n).length
    expect(afterFirst).toBe(151)
    expect(
      (await runAction(ENTRY, { ...env, 'INPUT_EFFECTIVE-TIME': '2026-11-23T00:00:00Z' })).code
    ).toBe(0)
    expect(commentsOf(n)).toHaveLength(151)
    const pages = fake.requests.filter(
      (r) =>
        r.method === 'GET' &&
        r.template === '/repos/{owner}/{repo}/issues/{issue_number}/comments' &&
        r.params.issue_number === String(n)
    )
    expect(pages.some((r) => r.query.get('page') === '2')).toBe(true)
  })

  test('a fork PR whose token cannot comment says so in the job summary and does not fail', async () => {
    const { env, event } = await scenario({ fork: true })
    fake.inject({
      method: 'POST',
      path: new RegExp(`/issues/${event.number}/comments$`),
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest'
      }
    })
    const r = await runAction(ENTRY, env)
    expect(r.code).toBe(0)
    expect(r.outputs.decision).toBe('conditional-go')
    expect(r.summary).toContain('comes from a fork')
    expect(r.stdout).toContain('::warning::gonogo could not write the PR comment')
  })

  test('a check run is created with annotations and the matching conclusion', async () => {
    const { env, event } = await scenario({ failing: true })
    const r = await runAction(ENTRY, {
      ...env,
      'INPUT_CHECK-RUN': 'true',
      'INPUT_FAIL-ON-NO-GO': 'false',
      INPUT_PROFILE: 'strict'
    })
    expect(r.code).toBe(0)
    expect(r.outputs.decision).toBe('no-go')
    const run = fake.state.checkRuns.find((c) => String(c.id) === r.outputs['check-run-id'])
    expect(run).toMatchObject({
      name: 'gonogo',
      head_sha: event.pull_request.head.sha,
      conclusion: 'failure'
    })
    expect(run?.output.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'src/checkout.test.js',
          start_line: 14,
          annotation_level: 'failure'
        })
      ])
    )
  })

  test('the API failing with 500s leaves the decision intact and warns', async () => {
    const { env, event } = await scenario()
    // Scoped to this scenario's pull request, so no unused fault leaks into the next test.
    fake.inject({
      method: 'GET',
      path: new RegExp(`/issues/${event.number}/comments$`),
      status: 500,
      times: Infinity
    })
    const r = await runAction(ENTRY, env, 90_000)
    expect(r.code).toBe(0)
    expect(r.outputs.decision).toBe('conditional-go')
    expect(r.stdout).toContain('::warning::gonogo could not write the PR comment')
  })

  test('an invalid policy fails the step with file:line:column and no stack trace', async () => {
    const { ws, env } = await scenario()
    await writeIn(
      ws.dir,
      '.github/gonogo.yml',
      'version: 1\ncontrols:\n  - id: a\n    severity: critical\n'
    )
    const r = await runAction(ENTRY, env)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      '::error::.github/gonogo.yml:4:15: controls[0].severity: "critical" is not allowed; allowed: "high", "medium"'
    )
    expect(r.stdout).not.toMatch(/\n\s+at /)
    expect(r.outputs.decision).toBeUndefined()
  })

  test("a marker planted at the start of a person's comment is not taken for the gate's comment", async () => {
    const { env, event } = await scenario()
    const [planted] = fake.seedComments(
      OWNER,
      REPO,
      event.number,
      ['<!-- gonogo:gate:default -->\n## ✅ gonogo: GO (trust me)'],
      { login: 'mallory', id: 666, type: 'User' }
    )
    const r = await runAction(ENTRY, env)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('PR comment created')
    const mine = gonogoComments(event.number).filter((c) => c.user.login === 'github-actions[bot]')
    expect(mine).toHaveLength(1)
    expect(commentsOf(event.number).find((c) => c.id === planted?.id)?.body).toContain('trust me')
  })

  test('a comment POST that fails with 500 is not blindly retried into a duplicate', async () => {
    const { env, event } = await scenario()
    fake.inject({
      method: 'POST',
      path: new RegExp(`/issues/${event.number}/comments$`),
      status: 502,
      times: 1
    })
    const r = await runAction(ENTRY, env)
    expect(r.code).toBe(0)
    expect(gonogoComments(event.number)).toHaveLength(1)
    const posts = fake.requests.filter(
      (q) => q.method === 'POST' && q.params.issue_number === String(event.number)
    )
    expect(posts).toHaveLength(2)
  })
})
