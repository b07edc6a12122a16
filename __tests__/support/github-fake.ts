/**
 * A loopback fake of the GitHub REST API for tests.
 *
 * Every JSON request body it receives and every response body it sends is validated against
 * GitHub's official OpenAPI description (see ./openapi.ts); failures are collected in
 * `fake.violations`. Routes are keyed by OpenAPI path template, so adding one is a single
 * `fake.route('METHOD /template', handler)` call, and a typo'd template throws at once.
 *
 * Octokit 7+ uses undici fetch (nock cannot intercept it), so this is a real `node:http`
 * server bound to 127.0.0.1 on an ephemeral port; point clients at `fake.url` via `baseUrl`.
 */
import { randomBytes } from 'node:crypto'
import { createServer, STATUS_CODES } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import {
  compileTemplate,
  getOperation,
  isRecord,
  matchOperation,
  matchTemplate,
  methodsFor,
  validateBasicError,
  validateRequestBody,
  validateResponseBody
} from './openapi.js'
import type { CompiledTemplate, JsonRecord, OpenApiOperation, SchemaIssue } from './openapi.js'

// ---------------------------------------------------------------------------------------------
// Public types

export interface FakeRequest {
  method: string
  /** concrete path without the query string, e.g. /repos/o/r/issues/1/comments */
  path: string
  /** OpenAPI path template that served the request ('' when no spec operation matches) */
  template: string
  params: Record<string, string>
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** parsed JSON body (undefined when empty; the raw text when it is not JSON) */
  body: unknown
}

export interface FakeResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type Handler = (req: FakeRequest, fake: GitHubFake) => FakeResponse | Promise<FakeResponse>

export interface Fault {
  method?: string
  /** matched against the concrete path: exact string, a `{param}` template, or a RegExp */
  path: string | RegExp
  /** default 500 (200 when `truncate` is set) */
  status?: number
  /** default: GitHub's basic-error `{ message, documentation_url }` for the status */
  body?: unknown
  headers?: Record<string, string>
  /** how many requests the fault applies to; default 1, Infinity allowed */
  times?: number
  /** accept the request and never answer (until close) */
  timeout?: boolean
  /** send the headers and half the JSON body, then destroy the socket */
  truncate?: boolean
}

export interface SimpleUser {
  name?: string | null
  email?: string | null
  login: string
  id: number
  node_id: string
  avatar_url: string
  gravatar_id: string | null
  url: string
  html_url: string
  followers_url: string
  following_url: string
  gists_url: string
  starred_url: string
  subscriptions_url: string
  organizations_url: string
  repos_url: string
  events_url: string
  received_events_url: string
  type: string
  site_admin: boolean
  user_view_type?: string
}

export type AuthorAssociation =
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'MANNEQUIN'
  | 'MEMBER'
  | 'NONE'
  | 'OWNER'

export interface ReactionRollup {
  url: string
  total_count: number
  '+1': number
  '-1': number
  laugh: number
  confused: number
  heart: number
  hooray: number
  eyes: number
  rocket: number
}

/** An issue comment exactly as the API returns it (schema `issue-comment`). */
export interface IssueComment {
  id: number
  node_id: string
  url: string
  html_url: string
  body: string
  user: SimpleUser
  created_at: string
  updated_at: string
  issue_url: string
  author_association: AuthorAssociation
  performed_via_github_app: null
  reactions: ReactionRollup
}

export type CheckRunStatus =
  'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
export type CheckRunConclusion =
  'action_required' | 'cancelled' | 'failure' | 'neutral' | 'success' | 'skipped' | 'timed_out'

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
  raw_details?: string
}

/** A stored check run; {@link checkRunJson} renders the API object (schema `check-run`). */
export interface CheckRun {
  id: number
  owner: string
  repo: string
  name: string
  head_sha: string
  status: CheckRunStatus
  conclusion: CheckRunConclusion | null
  started_at: string | null
  completed_at: string | null
  details_url: string | null
  external_id: string | null
  output: {
    title: string | null
    summary: string | null
    text: string | null
    /** every annotation sent so far (GitHub appends them across updates) */
    annotations: CheckAnnotation[]
  }
  check_suite_id: number
  /** number of POST/PATCH requests that touched this run */
  writes: number
}

export interface FakeState {
  /** keyed 'owner/repo#123' (exactly as the request path spells owner and repo) */
  comments: Map<string, IssueComment[]>
  checkRuns: CheckRun[]
  /** next id handed out for comments, check runs and suites */
  nextId: number
  /** the authenticated user: author of comments created through the API */
  viewer: { login: string; id: number }
}

export interface GitHubFake {
  /** e.g. http://127.0.0.1:PORT */
  url: string
  /** every request received, in order */
  requests: FakeRequest[]
  /** every OpenAPI validation failure (request body or response), human readable */
  violations: string[]
  state: FakeState
  /** registers (or replaces) the handler for 'METHOD /openapi/path/{template}' */
  route(spec: string, handler: Handler): void
  inject(fault: Fault): void
  /** throws an Error listing the violations, if any */
  assertNoViolations(): void
  /** pre-creates comments on an issue (default author: octocat, a User) */
  seedComments(
    owner: string,
    repo: string,
    issue: number,
    bodies: string[],
    author?: { login: string; id: number; type?: string }
  ): IssueComment[]
  close(): Promise<void>
}

export interface GitHubFakeOptions {
  /** validate request and response bodies against the OpenAPI spec (default true) */
  validate?: boolean
  /** register the built-in comment and check-run routes (default true) */
  builtins?: boolean
  /** the authenticated user (default github-actions[bot], as with GITHUB_TOKEN) */
  viewer?: { login: string; id: number }
}

// ---------------------------------------------------------------------------------------------
// Helpers for handlers

export const DOCS_URL = 'https://docs.github.com/rest'

/** GitHub's basic-error response. */
export function errorResponse(
  status: number,
  message = STATUS_CODES[status] ?? 'Error',
  headers?: Record<string, string>
): FakeResponse {
  const response: FakeResponse = { status, body: { message, documentation_url: DOCS_URL } }
  if (headers) response.headers = headers
  return response
}

export function notFound(): FakeResponse {
  return errorResponse(404, 'Not Found')
}

/** 422 with a validation-error body, e.g. validationFailed([{ field: 'x', code: 'invalid' }]). */
export function validationFailed(
  errors: { resource?: string; field?: string; code: string; message?: string }[],
  message = 'Validation Failed'
): FakeResponse {
  return { status: 422, body: { message, errors, documentation_url: DOCS_URL } }
}

/** A primary rate-limit fault: 403 with x-ratelimit-remaining: 0 and a reset time. */
export function rateLimitFault(
  options: { path?: string | RegExp; method?: string; resetInSeconds?: number; times?: number } = {}
): Fault {
  const reset = Math.floor(Date.now() / 1000) + (options.resetInSeconds ?? 60)
  const fault: Fault = {
    path: options.path ?? /.*/,
    status: 403,
    times: options.times ?? 1,
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits'
    },
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': 'core'
    }
  }
  if (options.method !== undefined) fault.method = options.method
  return fault
}

function intParam(value: string | null, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback
  const n = Number(value)
  return n > 0 ? n : fallback
}

/**
 * Pages `items` like GitHub: `per_page` (default 30, max 100) and `page` (default 1), with a
 * Link header (rel="prev"/"next"/"last"/"first") of absolute URLs back into the fake that keep
 * every other query parameter.
 */
export function paginate<T>(req: FakeRequest, items: T[], fake: GitHubFake): FakeResponse {
  const perPage = Math.min(intParam(req.query.get('per_page'), 30), 100)
  const page = intParam(req.query.get('page'), 1)
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))
  const link = (p: number, rel: string): string => {
    const query = new URLSearchParams(req.query)
    query.set('page', String(p))
    return `<${fake.url}${req.path}?${query.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(Math.min(page - 1, lastPage), 'prev'))
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'))
  if (page > 1) links.push(link(1, 'first'))
  const response: FakeResponse = {
    status: 200,
    body: items.slice((page - 1) * perPage, page * perPage)
  }
  if (links.length > 0) response.headers = { link: links.join(', ') }
  return response
}

const GITHUB_WEB = 'https://github.com'

function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function nodeId(prefix: string, kind: string, id: number): string {
  return `${prefix}_${Buffer.from(`${kind}${id}`).toString('base64url')}`
}

/** A complete simple-user object whose API URLs point at `apiUrl` (the fake's origin). */
export function simpleUser(
  apiUrl: string,
  login: string,
  id: number,
  type = login.endsWith('[bot]') ? 'Bot' : 'User'
): SimpleUser {
  const api = `${apiUrl}/users/${encodeURIComponent(login)}`
  const html =
    type === 'Bot'
      ? `${GITHUB_WEB}/apps/${encodeURIComponent(login.replace(/\[bot\]$/, ''))}`
      : `${GITHUB_WEB}/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: nodeId(type === 'Bot' ? 'BOT' : type === 'Organization' ? 'O' : 'U', type, id),
    avatar_url: `https://avatars.githubusercontent.com/${type === 'Bot' ? 'in' : 'u'}/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: html,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false
  }
}

function reactions(url: string): ReactionRollup {
  return {
    url,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0
  }
}

/** The GitHub Actions app, as it appears in `check-run.app`. */
function githubActionsApp(apiUrl: string): JsonRecord {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    client_id: 'Iv1.05c79e9ad1f6bdfa',
    owner: simpleUser(apiUrl, 'github', 9919, 'Organization'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${GITHUB_WEB}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: {
      actions: 'write',
      checks: 'write',
      contents: 'write',
      deployments: 'write',
      issues: 'write',
      metadata: 'read',
      pull_requests: 'write',
      statuses: 'write'
    },
    events: ['check_run', 'check_suite', 'pull_request', 'push', 'workflow_dispatch']
  }
}

/** Renders a stored check run as the API's `check-run` object. */
export function checkRunJson(run: CheckRun, apiUrl: string): JsonRecord {
  const repoApi = `${apiUrl}/repos/${run.owner}/${run.repo}`
  const htmlUrl = `${GITHUB_WEB}/${run.owner}/${run.repo}/runs/${run.id}`
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('CR', 'CheckRun', run.id),
    head_sha: run.head_sha,
    external_id: run.external_id ?? '',
    url: `${repoApi}/check-runs/${run.id}`,
    html_url: htmlUrl,
    details_url: run.details_url ?? htmlUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${repoApi}/check-runs/${run.id}/annotations`
    },
    check_suite: { id: run.check_suite_id },
    app: githubActionsApp(apiUrl),
    pull_requests: []
  }
}

// ---------------------------------------------------------------------------------------------
// Built-in routes

const CONCLUSIONS: readonly string[] = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'timed_out'
]
const STATUSES: readonly string[] = [
  'queued',
  'in_progress',
  'completed',
  'waiting',
  'requested',
  'pending'
]
const MAX_ANNOTATIONS = 50

function field(body: unknown, key: string): unknown {
  return isRecord(body) ? body[key] : undefined
}

function stringField(body: unknown, key: string): string | undefined {
  const value = field(body, key)
  return typeof value === 'string' ? value : undefined
}

function toAnnotations(value: unknown): CheckAnnotation[] {
  if (!Array.isArray(value)) return []
  const annotations: CheckAnnotation[] = []
  for (const item of value) {
    if (!isRecord(item)) continue
    const level = item.annotation_level
    const annotation: CheckAnnotation = {
      path: String(item.path),
      start_line: Number(item.start_line),
      end_line: Number(item.end_line),
      annotation_level: level === 'warning' || level === 'failure' ? level : 'notice',
      message: String(item.message)
    }
    for (const key of ['start_column', 'end_column'] as const) {
      if (typeof item[key] === 'number') annotation[key] = item[key]
    }
    for (const key of ['title', 'raw_details'] as const) {
      if (typeof item[key] === 'string') annotation[key] = item[key]
    }
    annotations.push(annotation)
  }
  return annotations
}

/**
 * Applies a create/update body to a check run, enforcing what GitHub enforces beyond the schema.
 * Returns an error response or undefined.
 */
function applyCheckRunBody(
  run: CheckRun,
  body: unknown,
  creating: boolean
): FakeResponse | undefined {
  const output = field(body, 'output')
  const annotations = field(output, 'annotations')
  if (Array.isArray(annotations) && annotations.length > MAX_ANNOTATIONS) {
    return validationFailed(
      [{ resource: 'CheckRun', field: 'output.annotations', code: 'invalid' }],
      `Only ${MAX_ANNOTATIONS} annotations are allowed per request`
    )
  }
  const status = stringField(body, 'status')
  const conclusion = stringField(body, 'conclusion')
  if (status !== undefined && !STATUSES.includes(status)) {
    return validationFailed([{ resource: 'CheckRun', field: 'status', code: 'invalid' }])
  }
  if (conclusion !== undefined && !CONCLUSIONS.includes(conclusion)) {
    // includes 'stale': only GitHub itself can set it
    return validationFailed([{ resource: 'CheckRun', field: 'conclusion', code: 'invalid' }])
  }
  const completedAt = stringField(body, 'completed_at')
  if (
    (status === 'completed' || completedAt !== undefined) &&
    conclusion === undefined &&
    run.conclusion === null
  ) {
    return validationFailed(
      [{ resource: 'CheckRun', field: 'conclusion', code: 'missing_field' }],
      'Invalid request.\n\nNo conclusion given for a completed check run.'
    )
  }
  const name = stringField(body, 'name')
  if (name !== undefined) run.name = name
  const detailsUrl = stringField(body, 'details_url')
  if (detailsUrl !== undefined) run.details_url = detailsUrl
  const externalId = stringField(body, 'external_id')
  if (externalId !== undefined) run.external_id = externalId
  const startedAt = stringField(body, 'started_at')
  if (startedAt !== undefined) run.started_at = startedAt
  else if (creating) run.started_at = isoNow()
  if (status !== undefined) run.status = status as CheckRunStatus
  if (conclusion !== undefined) {
    run.conclusion = conclusion as CheckRunConclusion
    run.status = 'completed'
  }
  if (status !== undefined && status !== 'completed' && conclusion === undefined) {
    run.conclusion = null
    run.completed_at = null
  }
  if (run.status === 'completed') run.completed_at = completedAt ?? run.completed_at ?? isoNow()
  if (isRecord(output)) {
    const title = stringField(output, 'title')
    if (title !== undefined) run.output.title = title
    const summary = stringField(output, 'summary')
    if (summary !== undefined) run.output.summary = summary
    const text = stringField(output, 'text')
    if (text !== undefined) run.output.text = text
    run.output.annotations.push(...toAnnotations(annotations))
  }
  run.writes++
  return undefined
}

function registerBuiltins(fake: GitHubFakeImpl): void {
  const { state } = fake
  const key = (p: Record<string, string>): string =>
    `${p.owner ?? ''}/${p.repo ?? ''}#${p.issue_number ?? ''}`

  fake.route('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', (req, f) => {
    let comments = state.comments.get(key(req.params)) ?? []
    const since = req.query.get('since')
    if (since !== null) {
      const from = Date.parse(since)
      if (!Number.isNaN(from)) comments = comments.filter((c) => Date.parse(c.updated_at) >= from)
    }
    return paginate(req, comments, f)
  })

  fake.route('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', (req) => {
    const { owner = '', repo = '', issue_number = '' } = req.params
    const issue = Number(issue_number)
    if (!Number.isInteger(issue) || issue <= 0) return notFound()
    const comment = fake.createComment(owner, repo, issue, stringField(req.body, 'body') ?? '', {
      ...state.viewer
    })
    return { status: 201, body: comment, headers: { location: comment.url } }
  })

  fake.route('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', (req) => {
    const { owner = '', repo = '', comment_id = '' } = req.params
    const prefix = `${owner}/${repo}#`
    for (const [k, comments] of state.comments) {
      if (!k.startsWith(prefix)) continue
      const comment = comments.find((c) => String(c.id) === comment_id)
      if (!comment) continue
      comment.body = stringField(req.body, 'body') ?? comment.body
      comment.updated_at = isoNow()
      return { status: 200, body: comment }
    }
    return notFound()
  })

  fake.route('POST /repos/{owner}/{repo}/check-runs', (req, f) => {
    const { owner = '', repo = '' } = req.params
    const run: CheckRun = {
      id: state.nextId++,
      owner,
      repo,
      name: stringField(req.body, 'name') ?? '',
      head_sha: stringField(req.body, 'head_sha') ?? '',
      status: 'queued',
      conclusion: null,
      started_at: null,
      completed_at: null,
      details_url: null,
      external_id: null,
      output: { title: null, summary: null, text: null, annotations: [] },
      check_suite_id: state.nextId++,
      writes: 0
    }
    const error = applyCheckRunBody(run, req.body, true)
    if (error) return error
    state.checkRuns.push(run)
    return { status: 201, body: checkRunJson(run, f.url) }
  })

  fake.route('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', (req, f) => {
    const { owner = '', repo = '', check_run_id = '' } = req.params
    const run = state.checkRuns.find(
      (r) => String(r.id) === check_run_id && r.owner === owner && r.repo === repo
    )
    if (!run) return notFound()
    const error = applyCheckRunBody(run, req.body, false)
    if (error) return error
    return { status: 200, body: checkRunJson(run, f.url) }
  })
}

// ---------------------------------------------------------------------------------------------
// The server

interface Route {
  method: string
  compiled: CompiledTemplate
  operation: OpenApiOperation
  handler: Handler
}

interface ActiveFault {
  fault: Fault
  remaining: number
  matcher: (path: string) => boolean
}

function requestId(): string {
  const hex = (n: number): string => randomBytes(n).toString('hex').toUpperCase()
  return `${hex(2)}:${hex(3)}:${hex(4)}:${hex(4)}:${hex(4)}`
}

function faultMatcher(path: string | RegExp): (path: string) => boolean {
  if (path instanceof RegExp) {
    return (p) => {
      path.lastIndex = 0 // a /g or /y regex is stateful
      return path.test(p)
    }
  }
  if (path.includes('{')) {
    const compiled = compileTemplate(path)
    return (p) => matchTemplate(compiled, p) !== undefined
  }
  return (p) => p === path
}

function issuesText(prefix: string, issues: SchemaIssue[]): string[] {
  return issues.map((issue) => `${prefix}: ${issue.message}`)
}

class GitHubFakeImpl implements GitHubFake {
  url = ''
  readonly requests: FakeRequest[] = []
  readonly violations: string[] = []
  readonly state: FakeState
  private readonly routes: Route[] = []
  private readonly faults: ActiveFault[] = []
  private readonly sockets = new Set<Socket>()
  private readonly server = createServer((req, res) => {
    void this.handle(req, res)
  })
  private readonly validate: boolean

  constructor(options: GitHubFakeOptions) {
    this.validate = options.validate ?? true
    this.state = {
      comments: new Map(),
      checkRuns: [],
      nextId: 1000,
      viewer: options.viewer ?? { login: 'github-actions[bot]', id: 41898282 }
    }
    this.server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(0, '127.0.0.1', () => {
        this.server.off('error', reject)
        resolve()
      })
    })
    const address = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${address.port}`
  }

  route(spec: string, handler: Handler): void {
    const m = /^\s*([A-Za-z]+)\s+(\/\S*)\s*$/.exec(spec)
    if (!m?.[1] || !m[2])
      throw new Error(`route(): expected 'METHOD /path/{template}', got '${spec}'`)
    const method = m[1].toUpperCase()
    const template = m[2]
    const operation = getOperation(method, template)
    if (!operation) {
      const methods = methodsFor(template)
      throw new Error(
        methods.length > 0
          ? `route(): ${method} ${template} is not in GitHub's OpenAPI description (it has ${methods.join(', ')})`
          : `route(): path template ${template} is not in GitHub's OpenAPI description`
      )
    }
    const existing = this.routes.findIndex(
      (r) => r.method === method && r.compiled.template === template
    )
    const route: Route = {
      method,
      compiled: compileTemplate(template, operation.multiSegment),
      operation,
      handler
    }
    if (existing >= 0) this.routes[existing] = route
    else this.routes.push(route)
    this.routes.sort((a, b) => b.compiled.specificity - a.compiled.specificity)
  }

  inject(fault: Fault): void {
    if (fault.times !== undefined && !(fault.times > 0)) return
    this.faults.push({
      fault,
      remaining: fault.times ?? 1,
      matcher: faultMatcher(fault.path)
    })
  }

  assertNoViolations(): void {
    if (this.violations.length === 0) return
    throw new Error(
      `GitHub fake recorded ${this.violations.length} OpenAPI violation(s):\n` +
        this.violations.map((v) => `  - ${v}`).join('\n')
    )
  }

  seedComments(
    owner: string,
    repo: string,
    issue: number,
    bodies: string[],
    author: { login: string; id: number; type?: string } = {
      login: 'octocat',
      id: 583231,
      type: 'User'
    }
  ): IssueComment[] {
    // deterministic, strictly increasing timestamps in the past
    const base = Date.parse('2024-01-01T00:00:00Z')
    return bodies.map((body, i) => {
      const at = new Date(base + i * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
      return this.createComment(owner, repo, issue, body, author, at)
    })
  }

  createComment(
    owner: string,
    repo: string,
    issue: number,
    body: string,
    author: { login: string; id: number; type?: string },
    at = isoNow()
  ): IssueComment {
    const id = this.state.nextId++
    const repoApi = `${this.url}/repos/${owner}/${repo}`
    const commentUrl = `${repoApi}/issues/comments/${id}`
    const viewer = this.state.viewer
    const comment: IssueComment = {
      id,
      node_id: nodeId('IC', 'IssueComment', id),
      url: commentUrl,
      html_url: `${GITHUB_WEB}/${owner}/${repo}/issues/${issue}#issuecomment-${id}`,
      body,
      user: simpleUser(this.url, author.login, author.id, author.type),
      created_at: at,
      updated_at: at,
      issue_url: `${repoApi}/issues/${issue}`,
      author_association:
        author.login === viewer.login || author.login.endsWith('[bot]') ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: null,
      reactions: reactions(`${commentUrl}/reactions`)
    }
    const key = `${owner}/${repo}#${issue}`
    const list = this.state.comments.get(key) ?? []
    list.push(comment)
    this.state.comments.set(key, list)
    return comment
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => {
      this.server.close(() => resolve())
    })
    this.server.closeAllConnections()
    for (const socket of this.sockets) socket.destroy()
    await closed
  }

  // -------------------------------------------------------------------------------------------

  private record(lines: string[]): void {
    this.violations.push(...lines)
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const raw = Buffer.concat(chunks).toString('utf8')
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const method = (req.method ?? 'GET').toUpperCase()
      const path = url.pathname

      let route: Route | undefined
      let params: Record<string, string> | undefined
      for (const candidate of this.routes) {
        if (candidate.method !== method) continue
        params = matchTemplate(candidate.compiled, path)
        if (params) {
          route = candidate
          break
        }
      }
      let operation = route?.operation
      if (!route) {
        const match = matchOperation(method, path)
        operation = match?.operation
        params = match?.params
      }

      let body: unknown = undefined
      let badJson = false
      if (raw.trim() !== '') {
        try {
          body = JSON.parse(raw)
        } catch {
          body = raw
          badJson = true
        }
      }
      const fakeRequest: FakeRequest = {
        method,
        path,
        template: operation?.template ?? '',
        params: params ?? {},
        query: url.searchParams,
        headers: req.headers,
        body
      }
      this.requests.push(fakeRequest)
      const label = operation ? `${operation.method} ${operation.template}` : `${method} ${path}`

      let requestIssues: SchemaIssue[] = []
      if (operation && this.validate && operation.requestBody?.json) {
        if (badJson) {
          this.record([`${label} request body: is not valid JSON`])
        } else {
          requestIssues = validateRequestBody(operation, body)
          this.record(issuesText(`${label} request body`, requestIssues))
        }
      }

      const fault = this.takeFault(method, path)
      if (fault) {
        this.applyFault(fault, res, operation, label)
        return
      }
      if (!route) {
        this.send(res, notFound(), operation, label)
        return
      }
      if (badJson) {
        this.send(res, errorResponse(400, 'Problems parsing JSON'), operation, label)
        return
      }
      if (requestIssues.length > 0) {
        this.send(res, this.validationResponse(route.operation, requestIssues), operation, label)
        return
      }
      let response: FakeResponse
      try {
        response = await route.handler(fakeRequest, this)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        this.record([`${label} handler threw: ${message}`])
        response = errorResponse(500, 'Internal Server Error')
      }
      this.send(res, response, operation, label)
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
      this.record([`fake crashed on ${req.method ?? ''} ${req.url ?? ''}: ${message}`])
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' })
        res.end(JSON.stringify({ message: 'Internal Server Error', documentation_url: DOCS_URL }))
      } else {
        res.destroy()
      }
    }
  }

  private validationResponse(operation: OpenApiOperation, issues: SchemaIssue[]): FakeResponse {
    const simple = operation.responses['422']?.refName === 'validation_failed_simple'
    const errors = issues.map((issue) => {
      if (simple) return issue.message
      const path = issue.pointer.replace(/^\//, '').replace(/\//g, '.')
      const fieldName =
        issue.property !== undefined && issue.keyword === 'required'
          ? [path, issue.property].filter((s) => s !== '').join('.')
          : path
      return {
        resource: 'Request',
        field: fieldName,
        code: issue.keyword === 'required' ? 'missing_field' : 'invalid',
        message: issue.message
      }
    })
    return {
      status: 422,
      body: { message: 'Validation Failed', errors, documentation_url: DOCS_URL }
    }
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const index = this.faults.findIndex(
      (f) =>
        (f.fault.method === undefined || f.fault.method.toUpperCase() === method) && f.matcher(path)
    )
    const active = index >= 0 ? this.faults[index] : undefined
    if (!active) return undefined
    active.remaining--
    if (active.remaining <= 0) this.faults.splice(index, 1)
    return active.fault
  }

  private applyFault(
    fault: Fault,
    res: ServerResponse,
    operation: OpenApiOperation | undefined,
    label: string
  ): void {
    if (fault.timeout) return // hold the request open; close() destroys the socket
    const status = fault.status ?? (fault.truncate ? 200 : 500)
    const response: FakeResponse = {
      status,
      body:
        fault.body !== undefined
          ? fault.body
          : status >= 400
            ? { message: STATUS_CODES[status] ?? 'Error', documentation_url: DOCS_URL }
            : Array.from({ length: 5 }, (_, i) => ({ id: i + 1, body: 'x'.repeat(40) }))
    }
    if (fault.headers) response.headers = fault.headers
    if (fault.truncate) {
      const text = Buffer.from(JSON.stringify(response.body))
      res.writeHead(status, {
        ...this.baseHeaders(),
        ...response.headers,
        'content-length': String(text.length)
      })
      res.write(text.subarray(0, Math.floor(text.length / 2)), () => {
        res.destroy()
      })
      return
    }
    this.send(res, response, operation, label)
  }

  private baseHeaders(): Record<string, string> {
    return {
      'content-type': 'application/json; charset=utf-8',
      'x-github-request-id': requestId(),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json'
    }
  }

  private send(
    res: ServerResponse,
    response: FakeResponse,
    operation: OpenApiOperation | undefined,
    label: string
  ): void {
    const { status } = response
    if (this.validate) {
      if (operation) {
        const check = validateResponseBody(operation, status, response.body)
        if (!check.declared && status >= 200 && status < 300) {
          this.record([
            `${label} response ${status}: status is not declared by the OpenAPI operation`
          ])
        }
        this.record(issuesText(`${label} response ${status}`, check.issues))
      } else if (status >= 400 && response.body !== undefined) {
        this.record(issuesText(`${label} response ${status}`, validateBasicError(response.body)))
      }
    }
    const headers: Record<string, string> = { ...this.baseHeaders(), ...response.headers }
    const noBody = status === 204 || status === 304 || response.body === undefined
    const text = noBody ? '' : JSON.stringify(response.body)
    headers['content-length'] = String(Buffer.byteLength(text))
    res.writeHead(status, headers)
    res.end(text)
  }
}

/** Starts a fake GitHub API on 127.0.0.1 (ephemeral port). Remember to `await fake.close()`. */
export async function startGitHubFake(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
  const fake = new GitHubFakeImpl(options)
  if (options.builtins ?? true) registerBuiltins(fake)
  await fake.listen()
  return fake
}
