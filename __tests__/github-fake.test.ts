import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { performance } from 'node:perf_hooks'
import { getOctokit } from '@actions/github'
import { faultKinds, paginate, rateLimitFault, startGitHubFake } from './support/github-fake.js'
import type { GitHubFake } from './support/github-fake.js'
import {
  addedFormats,
  loadOpenApiSpec,
  openApiTimings,
  prepareOpenApiValidation,
  validateAgainst
} from './support/openapi.js'

const OWNER = 'octo-org'
const REPO = 'hello-world'
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments'

interface HttpFailure {
  status: number
  headers: Record<string, string | number | undefined>
  message: string
  /** name of the underlying cause (e.g. TimeoutError for an aborted fetch) */
  causeName?: string
}

/** Awaits an octokit call that must fail and returns the RequestError's status/headers. */
async function failure(promise: Promise<unknown>): Promise<HttpFailure> {
  try {
    await promise
  } catch (error) {
    const status = (error as { status?: unknown }).status
    const response = (
      error as { response?: { headers?: Record<string, string | number | undefined> } }
    ).response
    const cause = (error as { cause?: { name?: unknown } }).cause
    const result: HttpFailure = {
      status: typeof status === 'number' ? status : -1,
      headers: response?.headers ?? {},
      message: error instanceof Error ? error.message : String(error)
    }
    if (typeof cause?.name === 'string') result.causeName = cause.name
    return result
  }
  throw new Error('expected the request to fail')
}

const timing: Record<string, number> = {}

beforeAll(() => {
  let started = performance.now()
  loadOpenApiSpec()
  timing.specLoadMs = performance.now() - started
  started = performance.now()
  prepareOpenApiValidation()
  timing.prepareMs = performance.now() - started
})

afterAll(() => {
  const t = openApiTimings()
  const round = (n: number): number => Math.round(n)
  console.log(
    `OpenAPI fake timings: spec read+parse ${round(t.loadMs)} ms, ajv setup ${round(t.prepareMs)} ms, ` +
      `${t.components} component schemas converted+registered lazily in ${round(t.componentsMs)} ms, ` +
      `${t.compiled} validators compiled in ${round(t.compileMs)} ms (first: ${round(t.firstCompileMs)} ms), ` +
      `first request through the fake ${round(timing.firstRequestMs ?? 0)} ms; ` +
      `formats added: ${addedFormats.join(', ')}`
  )
})

describe('GitHub fake', () => {
  let fake: GitHubFake
  let octokit: ReturnType<typeof getOctokit>

  beforeEach(async () => {
    fake = await startGitHubFake()
    octokit = getOctokit('test-token', { baseUrl: fake.url })
  })

  afterEach(async () => {
    await fake.close()
  })

  it('round-trips comment create / list / update with zero violations', async () => {
    let started = performance.now()
    const created = await octokit.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 7,
      body: 'first'
    })
    timing.firstRequestMs = performance.now() - started
    started = performance.now()
    expect(created.status).toBe(201)
    expect(created.data.body).toBe('first')
    expect(created.data.user?.login).toBe('github-actions[bot]')
    expect(created.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(created.headers['x-github-request-id']).toMatch(/^[0-9A-F:]+$/)

    await octokit.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 7,
      body: 'second'
    })
    const updated = await octokit.rest.issues.updateComment({
      owner: OWNER,
      repo: REPO,
      comment_id: created.data.id,
      body: 'first (edited)'
    })
    expect(updated.status).toBe(200)
    expect(updated.data.body).toBe('first (edited)')

    const listed = await octokit.rest.issues.listComments({
      owner: OWNER,
      repo: REPO,
      issue_number: 7
    })
    expect(listed.data.map((c) => c.body)).toEqual(['first (edited)', 'second'])
    expect(listed.headers.link).toBeUndefined()
    expect(fake.state.comments.get(`${OWNER}/${REPO}#7`)).toHaveLength(2)
    expect(fake.requests.map((r) => `${r.method} ${r.template}`)).toEqual([
      `POST ${COMMENTS}`,
      `POST ${COMMENTS}`,
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      `GET ${COMMENTS}`
    ])
    expect(fake.requests[2]?.params).toEqual({
      owner: OWNER,
      repo: REPO,
      comment_id: String(created.data.id)
    })
    timing.restOfRoundTripMs = performance.now() - started

    const missing = await failure(
      octokit.rest.issues.updateComment({
        owner: OWNER,
        repo: REPO,
        comment_id: 999_999,
        body: 'x'
      })
    )
    expect(missing.status).toBe(404)
    fake.assertNoViolations()
  })

  it('paginates 150 seeded comments: octokit.paginate follows the Link header', async () => {
    const bodies = Array.from({ length: 150 }, (_, i) => `comment ${i + 1}`)
    fake.seedComments(OWNER, REPO, 42, bodies, { login: 'hubot', id: 1001 })

    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: OWNER,
      repo: REPO,
      issue_number: 42,
      per_page: 100
    })
    expect(all.map((c) => c.body)).toEqual(bodies)
    expect(all[0]?.user?.login).toBe('hubot')
    const pages = fake.requests.map((r) => r.query.get('page'))
    expect(pages).toEqual([null, '2'])

    // default per_page is 30 -> 5 pages; Link points back at the fake and keeps other params
    const first = await octokit.rest.issues.listComments({
      owner: OWNER,
      repo: REPO,
      issue_number: 42,
      since: '2023-01-01T00:00:00Z'
    })
    expect(first.data).toHaveLength(30)
    const base = `${fake.url}/repos/${OWNER}/${REPO}/issues/42/comments?since=2023-01-01T00%3A00%3A00Z`
    expect(first.headers.link).toBe(`<${base}&page=2>; rel="next", <${base}&page=5>; rel="last"`)

    const middle = await fetch(
      `${fake.url}/repos/${OWNER}/${REPO}/issues/42/comments?per_page=40&page=2`
    )
    const link = middle.headers.get('link') ?? ''
    for (const rel of ['prev', 'next', 'last', 'first']) expect(link).toContain(`rel="${rel}"`)
    expect(link).toContain(`per_page=40&page=4>; rel="last"`)

    // per_page is capped at 100
    const capped = await octokit.rest.issues.listComments({
      owner: OWNER,
      repo: REPO,
      issue_number: 42,
      per_page: 500
    })
    expect(capped.data).toHaveLength(100)

    const all30 = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: OWNER,
      repo: REPO,
      issue_number: 42
    })
    expect(all30).toHaveLength(150)
    fake.assertNoViolations()
  })

  it('answers 422 to a request body that violates the schema and records the violation', async () => {
    const res = await fetch(`${fake.url}/repos/${OWNER}/${REPO}/issues/3/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 123 })
    })
    expect(res.status).toBe(422)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const payload = (await res.json()) as { message: string; errors: { field: string }[] }
    expect(payload.message).toBe('Validation Failed')
    expect(payload.errors[0]?.field).toBe('body')
    expect(fake.violations).toEqual([`POST ${COMMENTS} request body: /body must be string`])
    expect(fake.state.comments.size).toBe(0) // the handler was not called
    expect(() => fake.assertNoViolations()).toThrow(/request body: \/body must be string/)

    const missing = await fetch(`${fake.url}/repos/${OWNER}/${REPO}/issues/3/comments`, {
      method: 'POST',
      body: JSON.stringify({ text: 'hi' })
    })
    expect(missing.status).toBe(422)
    expect(fake.violations[1]).toBe(
      `POST ${COMMENTS} request body: / must have required property 'body'`
    )

    const broken = await fetch(`${fake.url}/repos/${OWNER}/${REPO}/issues/3/comments`, {
      method: 'POST',
      body: '{"body":'
    })
    expect(broken.status).toBe(400)
    expect(fake.violations[2]).toBe(`POST ${COMMENTS} request body: is not valid JSON`)
  })

  it('records a handler response that violates the schema (and still sends it)', async () => {
    fake.route('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', (req) => ({
      status: 200,
      body: { id: req.params.comment_id, body: 5, user: { login: 'x' } }
    }))
    const res = await octokit.rest.issues.getComment({ owner: OWNER, repo: REPO, comment_id: 12 })
    expect(res.data.id).toBe('12')
    const prefix = 'GET /repos/{owner}/{repo}/issues/comments/{comment_id} response 200: '
    expect(fake.violations).toEqual(
      expect.arrayContaining([
        `${prefix}/id must be integer`,
        `${prefix}/body must be string`,
        `${prefix}/ must have required property 'node_id'`,
        `${prefix}/user must have required property 'id'`
      ])
    )
    expect(() => fake.assertNoViolations()).toThrow(/OpenAPI violation/)

    // a 2xx status the operation does not declare is a violation; an undeclared 5xx is not
    fake.violations.length = 0
    fake.route('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', () => ({
      status: 200,
      body: { ok: true }
    }))
    await octokit.rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: 1 })
    expect(fake.violations).toEqual([
      'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id} response 200: status is not declared by the OpenAPI operation'
    ])
    fake.violations.length = 0
    fake.route('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', () => ({
      status: 503,
      body: { message: 'Service Unavailable', documentation_url: 'https://docs.github.com/rest' }
    }))
    expect(
      (
        await failure(
          octokit.rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: 1 })
        )
      ).status
    ).toBe(503)
    fake.assertNoViolations()
  })

  it('injects 403 rate-limit / 404 / 422 / 500 faults, in order, `times` times', async () => {
    const args = { owner: OWNER, repo: REPO, issue_number: 1 }
    fake.inject(rateLimitFault({ path: `/repos/${OWNER}/${REPO}/issues/1/comments` }))
    const limited = await failure(octokit.rest.issues.listComments(args))
    expect(limited.status).toBe(403)
    expect(limited.headers['x-ratelimit-remaining']).toBe('0')
    expect(Number(limited.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)

    fake.inject({ path: /\/issues\/1\/comments$/, status: 404 })
    fake.inject({ path: COMMENTS, method: 'GET', status: 500, times: 2 })
    expect((await failure(octokit.rest.issues.listComments(args))).status).toBe(404)
    expect((await failure(octokit.rest.issues.listComments(args))).status).toBe(500)
    expect((await failure(octokit.rest.issues.listComments(args))).status).toBe(500)
    expect((await octokit.rest.issues.listComments(args)).status).toBe(200) // faults used up

    fake.inject({
      method: 'POST',
      path: `/repos/${OWNER}/${REPO}/check-runs`,
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'CheckRun', code: 'invalid', field: 'head_sha' }],
        documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run'
      }
    })
    const rejected = await failure(
      octokit.rest.checks.create({ owner: OWNER, repo: REPO, name: 'gate', head_sha: 'abc' })
    )
    expect(rejected.status).toBe(422)
    expect(fake.state.checkRuns).toHaveLength(0)

    const forever = { path: /.*/, status: 500, times: Infinity }
    fake.inject(forever)
    for (let i = 0; i < 3; i++) {
      expect((await failure(octokit.rest.issues.listComments(args))).status).toBe(500)
    }
    expect(fake.requests).toHaveLength(9)
    fake.assertNoViolations()
  })

  it('hangs on a timeout fault until the client aborts, and close() still returns promptly', async () => {
    fake.inject({ path: COMMENTS, timeout: true })
    const started = performance.now()
    const aborted = await failure(
      octokit.rest.issues.listComments({
        owner: OWNER,
        repo: REPO,
        issue_number: 1,
        request: { signal: AbortSignal.timeout(200) }
      })
    )
    // octokit wraps the fetch abort in a RequestError (status 500); under jest's vm realm the
    // DOMException is not `instanceof Error`, so its message is 'Unknown Error'
    expect(aborted.status).toBe(500)
    expect(aborted.causeName).toBe('TimeoutError')
    expect(performance.now() - started).toBeLessThan(5000)

    fake.inject({ path: COMMENTS, timeout: true })
    const hung = fetch(`${fake.url}/repos/${OWNER}/${REPO}/issues/1/comments`)
    const outcome = hung.then(
      () => 'answered',
      () => 'failed'
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    const closing = performance.now()
    await fake.close()
    expect(performance.now() - closing).toBeLessThan(1000)
    expect(await outcome).toBe('failed') // the socket was destroyed
    fake = await startGitHubFake() // afterEach closes again
  })

  it('truncates a body mid-JSON', async () => {
    fake.seedComments(OWNER, REPO, 1, ['a', 'b', 'c'])
    fake.inject({ path: `/repos/${OWNER}/${REPO}/issues/1/comments`, truncate: true })
    const res = await fetch(`${fake.url}/repos/${OWNER}/${REPO}/issues/1/comments`)
    expect(res.status).toBe(200)
    await expect(res.text()).rejects.toThrow()

    // NB: @octokit/request swallows body read errors: a truncated JSON body becomes a 200 whose
    // data is '' (not an array), so callers must check the shape of what they get
    fake.inject({ path: `/repos/${OWNER}/${REPO}/issues/1/comments`, truncate: true })
    const viaOctokit = await octokit.rest.issues.listComments({
      owner: OWNER,
      repo: REPO,
      issue_number: 1
    })
    expect(viaOctokit.status).toBe(200)
    expect(viaOctokit.data as unknown).toBe('')
    const ok = await octokit.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 1 })
    expect(ok.data).toHaveLength(3)
  })

  it('creates and updates check runs with annotations; enforces the 50-annotation cap', async () => {
    const annotation = (
      i: number
    ): {
      path: string
      start_line: number
      end_line: number
      annotation_level: 'warning'
      message: string
    } => ({
      path: `src/f${i}.ts`,
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'warning',
      message: `m${i}`
    })
    const created = await octokit.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'gonogo',
      head_sha: 'a'.repeat(40),
      status: 'in_progress',
      output: { title: 'Gate', summary: 'running', annotations: [annotation(0), annotation(1)] }
    })
    expect(created.status).toBe(201)
    expect(created.data.status).toBe('in_progress')
    expect(created.data.conclusion).toBeNull()
    expect(created.data.output.annotations_count).toBe(2)
    expect(created.data.app?.slug).toBe('github-actions')

    const updated = await octokit.rest.checks.update({
      owner: OWNER,
      repo: REPO,
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: {
        title: 'Gate: no-go',
        summary: 'two blockers',
        text: 'details',
        annotations: Array.from({ length: 50 }, (_, i) => annotation(i + 2))
      }
    })
    expect(updated.status).toBe(200)
    expect(updated.data.status).toBe('completed')
    expect(updated.data.conclusion).toBe('failure')
    expect(updated.data.completed_at).toMatch(/Z$/)
    expect(updated.data.output.annotations_count).toBe(52)

    const run = fake.state.checkRuns[0]
    expect(run?.name).toBe('gonogo')
    expect(run?.output).toMatchObject({
      title: 'Gate: no-go',
      summary: 'two blockers',
      text: 'details'
    })
    expect(run?.output.annotations).toHaveLength(52)
    fake.assertNoViolations()

    const tooMany = await failure(
      octokit.rest.checks.update({
        owner: OWNER,
        repo: REPO,
        check_run_id: created.data.id,
        output: { summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) }
      })
    )
    expect(tooMany.status).toBe(422)
    expect(fake.violations).toEqual([
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id} request body: /output/annotations must NOT have more than 50 items'
    ])
    expect(run?.output.annotations).toHaveLength(52)

    expect(
      (
        await failure(
          octokit.rest.checks.update({
            owner: OWNER,
            repo: REPO,
            check_run_id: 424242,
            conclusion: 'success'
          })
        )
      ).status
    ).toBe(404)
  })

  it('enforces the annotation cap in the handler too when validation is off', async () => {
    const loose = await startGitHubFake({ validate: false })
    try {
      const res = await fetch(`${loose.url}/repos/${OWNER}/${REPO}/check-runs`, {
        method: 'POST',
        body: JSON.stringify({
          name: 'n',
          head_sha: 'h',
          output: {
            title: 't',
            summary: 's',
            annotations: Array.from({ length: 51 }, () => ({
              path: 'p',
              start_line: 1,
              end_line: 1,
              annotation_level: 'notice',
              message: 'm'
            }))
          }
        })
      })
      expect(res.status).toBe(422)
      const stale = await fetch(`${loose.url}/repos/${OWNER}/${REPO}/check-runs`, {
        method: 'POST',
        body: JSON.stringify({ name: 'n', head_sha: 'h', conclusion: 'stale' })
      })
      expect(stale.status).toBe(422)
      expect(loose.violations).toEqual([])
      expect(loose.state.checkRuns).toHaveLength(0)
    } finally {
      await loose.close()
    }
  })

  it('rejects unknown templates at route() time and 404s unrouted requests', async () => {
    expect(() => fake.route('GET /repos/{owner}/{repo}/isues', () => ({ status: 200 }))).toThrow(
      /not in GitHub's OpenAPI description/
    )
    expect(() =>
      fake.route('PUT /repos/{owner}/{repo}/check-runs', () => ({ status: 200 }))
    ).toThrow(/it has POST/)
    expect(() => fake.route('/repos/{owner}/{repo}/check-runs', () => ({ status: 200 }))).toThrow(
      /expected 'METHOD/
    )

    const res = await fetch(`${fake.url}/repos/${OWNER}/${REPO}/pulls/1`)
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest'
    })
    expect(fake.requests[0]?.template).toBe('/repos/{owner}/{repo}/pulls/{pull_number}')
    const nowhere = await fetch(`${fake.url}/no/such/thing`)
    expect(nowhere.status).toBe(404)
    expect(fake.requests[1]?.template).toBe('')
    fake.assertNoViolations()
  })

  it('exposes paginate() for custom routes', async () => {
    fake.route(
      'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
      (req, f) => {
        const policies = Array.from({ length: 7 }, (_, i) => ({
          id: i + 1,
          node_id: `MDE2OkdhdGVCcmFuY2hQb2xpY3kzNjE3MjM0Ng${i}`,
          name: `release/${i}`,
          type: 'branch'
        }))
        const page = paginate(req, policies, f)
        return { ...page, body: { total_count: policies.length, branch_policies: page.body } }
      }
    )
    const res = await octokit.request(
      'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
      { owner: OWNER, repo: REPO, environment_name: 'prod', per_page: 3, page: 3 }
    )
    expect(res.data.branch_policies.map((p) => p.name)).toEqual(['release/6'])
    expect(res.headers.link).toContain('rel="prev"')
    expect(res.headers.link).toContain('rel="first"')
    expect(res.headers.link).not.toContain('rel="next"')
    fake.assertNoViolations()
  })
})

describe('OpenAPI schema conversion', () => {
  it('accepts null for `nullable` schemas without a type (allOf/$ref) and reports clean errors', () => {
    const schema = (): unknown => ({
      nullable: true,
      allOf: [{ $ref: '#/components/schemas/simple-user' }]
    })
    expect(validateAgainst('test nullable allOf', schema, null)).toEqual([])
    const issues = validateAgainst('test nullable allOf', schema, { login: 7 }).map(
      (i) => i.message
    )
    expect(issues).toContain('/login must be string')
    expect(issues).toContain("/ must have required property 'id'")
    expect(issues.some((m) => /must be null|anyOf/.test(m))).toBe(false)
  })

  it('handles `nullable` next to `type` and enum, and the int64 / uri-template formats', () => {
    const schema = (): unknown => ({
      type: 'object',
      properties: {
        conclusion: { type: 'string', nullable: true, enum: ['success', 'failure'] },
        id: { type: 'integer', format: 'int64' },
        following_url: { type: 'string', format: 'uri-template' }
      }
    })
    const ok = { conclusion: null, id: 2 ** 40, following_url: 'https://x/users/a{/other_user}' }
    expect(validateAgainst('test nullable enum', schema, ok)).toEqual([])
    expect(
      validateAgainst('test nullable enum', schema, {
        conclusion: 'stale',
        id: 1.5,
        following_url: 'https://x/{oops'
      }).map((i) => i.message)
    ).toEqual([
      '/conclusion must be equal to one of the allowed values ("success", "failure", null)',
      '/id must be integer',
      '/id must match format "int64"',
      '/following_url must match format "uri-template"'
    ])
  })
})

describe('fault kinds of the matrix (faultKinds)', () => {
  let f: GitHubFake
  beforeEach(async () => {
    f = await startGitHubFake()
    f.state.repos.set('o/r', { default_branch: 'main', branches: ['main', 'dev'] })
  })
  afterEach(async () => {
    await f.close()
  })
  const get = (path: string, init: RequestInit = {}) =>
    fetch(`${f.url}${path}`, { redirect: 'manual', ...init })

  it('null-items and wrong-shape degrade the real answer', async () => {
    f.inject({ path: '/repos/o/r/branches', ...faultKinds()['null-items'] })
    const nulls = (await (await get('/repos/o/r/branches')).json()) as unknown[]
    expect(nulls).toHaveLength(3)
    expect(nulls).toContain(null)
    f.inject({ path: '/repos/o/r/branches', ...faultKinds()['wrong-shape'] })
    const wrapped = (await (await get('/repos/o/r/branches')).json()) as { items: unknown[] }
    expect(wrapped.items).toHaveLength(2)
    f.inject({ path: '/repos/o/r', ...faultKinds()['null-items'] })
    expect(await (await get('/repos/o/r')).json()).toBeNull()
  })

  it('html, empty, echo and redirect answer as described', async () => {
    f.inject({ path: '/repos/o/r', ...faultKinds()['html-502'] })
    const html = await get('/repos/o/r')
    expect([html.status, html.headers.get('content-type')]).toEqual([
      502,
      'text/html; charset=utf-8'
    ])
    f.inject({ path: '/repos/o/r', ...faultKinds()['empty-200'] })
    expect(await (await get('/repos/o/r')).text()).toBe('')
    f.inject({ path: '/repos/o/r', ...faultKinds().echo })
    const echo = await get('/repos/o/r', { headers: { authorization: 'token sekrit-value' } })
    expect(echo.status).toBe(400)
    expect(await echo.text()).toContain('sekrit-value')
    f.inject({ path: '/repos/o/r', ...faultKinds().redirect })
    const moved = await get('/repos/o/r')
    expect([moved.status, moved.headers.get('location')]).toEqual([302, `${f.url}/repos/o/r`])
  })

  it('huge sends a valid JSON list of the given size; reset closes the connection', async () => {
    f.inject({ path: '/repos/o/r/branches', kind: 'huge', hugeBytes: 200_000 })
    const text = await (await get('/repos/o/r/branches')).text()
    expect(text.length).toBeGreaterThan(190_000)
    expect(text.length).toBeLessThanOrEqual(200_000)
    expect(Array.isArray(JSON.parse(text))).toBe(true)
    f.inject({ path: '/repos/o/r', ...faultKinds().reset })
    await expect(get('/repos/o/r')).rejects.toThrow()
  })

  it('slow-body sends the real answer a byte at a time', async () => {
    f.inject({ path: '/repos/o/r/branches', kind: 'slow-body', slowMs: 1 })
    const branches = (await (await get('/repos/o/r/branches')).json()) as { name: string }[]
    expect(branches.map((b) => b.name)).toEqual(['main', 'dev'])
  })
})
