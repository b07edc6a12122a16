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
import { createHash, createHmac, randomBytes } from 'node:crypto'
import { createServer, STATUS_CODES } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import picomatch from 'picomatch'
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

/** What a {@link GitHubFake.rawRoute} handler answers: bytes, sent as they are. */
export interface RawResponse {
  status: number
  headers?: Record<string, string>
  body?: Buffer
}

/** `req.body` is the raw request body as a Buffer (undefined when empty). */
export type RawHandler = (req: FakeRequest, fake: GitHubFake) => RawResponse | Promise<RawResponse>

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
  /**
   * A fault beyond a status and body (see {@link FAULT_KINDS} for ready-made ones):
   * - 'reset': destroy the connection before answering;
   * - 'slow-body': the real answer, one byte every `slowMs` (default 250 ms);
   * - 'html': an HTML error page (status default 502), as a proxy or load balancer sends;
   * - 'empty': status (default 200) with `content-type: application/json` and no body;
   * - 'null-items': the real answer with `null` in its list (a list answer, or the list of a
   *   `{ total_count, <items>: [...] }` answer), or `null` itself for an object answer;
   * - 'wrong-shape': the real answer wrapped in the wrong kind (a list as `{ items: [...] }`, an
   *   object as `[ {...} ]`);
   * - 'huge': a valid JSON list of `hugeBytes` bytes (default 40 MiB), chunked, no length;
   * - 'redirect': a 302 (or `status`) to `location` (default: the same URL, a loop);
   * - 'echo': an error (status default 400) whose message echoes the request line, headers
   *   (Authorization included) and body, as some proxies and debug endpoints do.
   * The real answer of 'slow-body', 'null-items' and 'wrong-shape' comes from the route's
   * handler (which runs, so a write happens); these answers are not OpenAPI-validated.
   */
  kind?:
    | 'reset'
    | 'slow-body'
    | 'html'
    | 'empty'
    | 'null-items'
    | 'wrong-shape'
    | 'huge'
    | 'redirect'
    | 'echo'
  slowMs?: number
  hugeBytes?: number
  location?: string
}

/** Kinds whose answer is derived from the route's real answer. */
const DERIVED_KINDS: readonly string[] = ['slow-body', 'null-items', 'wrong-shape']

/**
 * One ready-made fault per kind of API failure (issue 14's fault matrix): add `path` (and
 * `times`, default Infinity in the matrix) and inject. Rate-limit resets are computed when called.
 */
export function faultKinds(): Record<string, Omit<Fault, 'path'>> {
  const now = Math.floor(Date.now() / 1000)
  return {
    hang: { timeout: true },
    'slow-body': { kind: 'slow-body' },
    reset: { kind: 'reset' },
    'truncated-json': { truncate: true },
    'html-502': { kind: 'html', status: 502 },
    'empty-200': { kind: 'empty', status: 200 },
    'null-items': { kind: 'null-items' },
    'wrong-shape': { kind: 'wrong-shape' },
    huge: { kind: 'huge' },
    '401': { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS_URL } },
    '403-rate-limit': {
      status: 403,
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits'
      },
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(now + 1),
        'x-ratelimit-resource': 'core'
      }
    },
    '429-secondary': {
      status: 429,
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
      },
      headers: { 'retry-after': '1' }
    },
    redirect: { kind: 'redirect' },
    echo: { kind: 'echo', status: 400 },
    'echo-500': { kind: 'echo', status: 500 }
  }
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

// --- branch rules (rulesets and classic branch protection) ----------------------------------

/** What a token may do: 'admin' can read protection and ruleset bypass actors. */
export type TokenKind = 'admin' | 'default'

/** A repository known to the fake (`state.repos`, keyed 'owner/repo'). */
export interface FakeRepo {
  default_branch: string
  /** existing branch names (the default branch should be one of them) */
  branches: string[]
  /** existing tag names (deployments may target a tag) */
  tags?: string[]
  private?: boolean
  /** type of the owner account (default 'Organization') */
  owner_type?: 'User' | 'Organization'
}

export type RulesetEnforcement = 'active' | 'evaluate' | 'disabled'

export interface BypassActor {
  actor_id: number | null
  actor_type: 'Integration' | 'OrganizationAdmin' | 'RepositoryRole' | 'Team' | 'DeployKey' | 'User'
  bypass_mode: 'always' | 'pull_request' | 'exempt'
}

/** Patterns: '~DEFAULT_BRANCH', '~ALL', 'refs/heads/main', fnmatch globs ('refs/heads/release/*'). */
export interface RefNameCondition {
  include: string[]
  exclude: string[]
}

export interface RulesetConditions {
  ref_name: RefNameCondition
  /** organization rulesets only: repository names or fnmatch globs, '~ALL' for every repository */
  repository_name?: { include: string[]; exclude: string[]; protected?: boolean }
}

export interface PullRequestRuleParameters {
  allowed_merge_methods?: ('merge' | 'squash' | 'rebase')[]
  dismiss_stale_reviews_on_push: boolean
  require_code_owner_review: boolean
  require_last_push_approval: boolean
  required_approving_review_count: number
  required_review_thread_resolution: boolean
}

export interface PullRequestRule {
  type: 'pull_request'
  parameters: PullRequestRuleParameters
}

export interface StatusCheckConfiguration {
  context: string
  integration_id?: number
}

export interface RequiredStatusChecksRule {
  type: 'required_status_checks'
  parameters: {
    do_not_enforce_on_create?: boolean
    required_status_checks: StatusCheckConfiguration[]
    strict_required_status_checks_policy: boolean
  }
}

export interface RequiredDeploymentsRule {
  type: 'required_deployments'
  parameters: { required_deployment_environments: string[] }
}

export interface UpdateRule {
  type: 'update'
  parameters?: { update_allows_fetch_and_merge: boolean }
}

export interface SimpleRule {
  type:
    'creation' | 'deletion' | 'non_fast_forward' | 'required_linear_history' | 'required_signatures'
}

/** The repository-rule objects the fake stores and serves (schema `repository-rule`). */
export type RepositoryRule =
  PullRequestRule | RequiredStatusChecksRule | RequiredDeploymentsRule | UpdateRule | SimpleRule

export interface StoredRuleset {
  id: number
  name: string
  target: 'branch'
  source_type: 'Repository' | 'Organization'
  /** 'owner/repo' for a repository ruleset, the org login for an organization ruleset */
  source: string
  enforcement: RulesetEnforcement
  bypass_actors: BypassActor[]
  conditions: RulesetConditions
  rules: RepositoryRule[]
  created_at: string
  updated_at: string
}

/** Who may bypass / dismiss / push, by login (users), team slug (teams) or app slug (apps). */
export interface ProtectionActors {
  users?: string[]
  teams?: string[]
  apps?: string[]
}

/**
 * Classic branch protection in a simple input shape; {@link branchProtectionJson} renders the
 * API's `branch-protection` object. Omitted booleans render as `{ enabled: false }`; omitted
 * `required_status_checks` / `required_pull_request_reviews` / `restrictions` are left out, as
 * GitHub does when they are not configured.
 */
export interface ClassicProtection {
  required_status_checks?: {
    strict?: boolean
    /** contexts accepted from any source (rendered with app_id null) */
    contexts?: string[]
    /** checks bound to an app (app_id null or omitted: any source) */
    checks?: { context: string; app_id?: number | null }[]
  }
  required_pull_request_reviews?: {
    dismiss_stale_reviews?: boolean
    require_code_owner_reviews?: boolean
    /** default 1 */
    required_approving_review_count?: number
    require_last_push_approval?: boolean
    bypass_pull_request_allowances?: ProtectionActors
    dismissal_restrictions?: ProtectionActors
  }
  restrictions?: ProtectionActors
  enforce_admins?: boolean
  required_linear_history?: boolean
  allow_force_pushes?: boolean
  allow_deletions?: boolean
  block_creations?: boolean
  required_conversation_resolution?: boolean
  required_signatures?: boolean
  lock_branch?: boolean
  allow_fork_syncing?: boolean
}

// --- GitHub Actions history (workflows, runs, jobs) ------------------------------------------

export type WorkflowState =
  'active' | 'deleted' | 'disabled_fork' | 'disabled_inactivity' | 'disabled_manually'

/** A workflow file of a repository; {@link workflowJson} renders the API's `workflow` object. */
export interface StoredWorkflow {
  id: number
  owner: string
  repo: string
  name: string
  /** e.g. '.github/workflows/ci.yml'; GET .../workflows/ci.yml matches on the file name */
  path: string
  /** 'deleted': the workflow endpoints answer 404, its runs stay in GET .../actions/runs */
  state: WorkflowState
  created_at: string
  updated_at: string
  deleted_at?: string
}

export type ActionsStatus =
  'completed' | 'in_progress' | 'queued' | 'waiting' | 'requested' | 'pending'
export type RunConclusion =
  | 'success'
  | 'failure'
  | 'cancelled'
  | 'timed_out'
  | 'startup_failure'
  | 'skipped'
  | 'neutral'
  | 'action_required'
  | 'stale'
/** The `job` schema's conclusions (no 'startup_failure': such a run has no jobs). */
export type JobConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required'

/** An earlier attempt of a run (the run itself carries the latest attempt's fields). */
export interface StoredRunAttempt {
  run_attempt: number
  status: ActionsStatus
  conclusion: RunConclusion | null
  run_started_at: string
  updated_at: string
}

/**
 * A workflow run as of its LATEST attempt (what the runs list shows); earlier attempts are in
 * `previous_attempts`. Owner and repository are the workflow's.
 */
export interface StoredRun {
  id: number
  workflow_id: number
  /** the workflow's name when the run was created */
  name: string
  head_branch: string | null
  head_sha: string
  /** 'push', 'pull_request', 'schedule', 'workflow_dispatch', ... */
  event: string
  status: ActionsStatus
  conclusion: RunConclusion | null
  /** latest attempt (1 when never re-run) */
  run_attempt: number
  run_number: number
  created_at: string
  /** start of the latest attempt (resets on re-run) */
  run_started_at: string
  updated_at: string
  /** default: the head commit message */
  display_title?: string
  /** default: 'Update README' */
  head_commit_message?: string
  /** login; default 'octocat' */
  actor?: string
  triggering_actor?: string
  /** default: allocated when the run is stored with {@link addRun} (else the run id + 1) */
  check_suite_id?: number
  /** 'owner/repo' of the head repository when it is a fork (default: the repository itself) */
  head_repository?: string
  /** numbers of open pull requests for this head (rendered as pull-request-minimal) */
  pull_requests?: number[]
  /** attempts 1..run_attempt-1, oldest first */
  previous_attempts?: StoredRunAttempt[]
}

export interface StoredStep {
  name: string
  number: number
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: string | null
  started_at: string | null
  completed_at: string | null
}

/** A job of one attempt of a run; {@link jobJson} renders the API's `job` object. */
export interface StoredJob {
  id: number
  run_id: number
  run_attempt: number
  /** matrix jobs carry their matrix values: 'test (ubuntu-latest, 20)' */
  name: string
  status: ActionsStatus
  conclusion: JobConclusion | null
  /** default: started_at */
  created_at?: string
  started_at: string
  completed_at: string | null
  steps?: StoredStep[]
  /** runs-on labels (default ['ubuntu-latest']) */
  labels?: string[]
  /** default 'GitHub Actions N' (null for a skipped or queued job) */
  runner_name?: string | null
}

// --- pull requests of a commit (lineage) ----------------------------------------------------

/**
 * A pull request associated with a commit (`state.pullsByCommit`), rendered by
 * {@link pullRequestSimpleJson} as the API's `pull-request-simple`.
 */
export interface FakeCommitPull {
  number: number
  title: string
  /** author login */
  user: string
  /** null: not merged (state 'open') */
  merged_at: string | null
  /** base branch, e.g. 'main' */
  base: string
  /** head branch, e.g. 'feature/x' */
  head: string
}

// --- deployments, environments, run approvals, artifacts -------------------------------------

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'pending' | 'success' | 'queued' | 'in_progress'

/** A user as the fake stores it; rendered as a simple-user ('[bot]' logins are Bots). */
export interface FakeActor {
  login: string
  id: number
}

/** A deployment status; {@link deploymentStatusJson} renders the API's `deployment-status`. */
export interface StoredDeploymentStatus {
  id: number
  state: DeploymentState
  description: string
  environment: string
  /** '' when unset, as GitHub sends it (see SPEC_ERRATA) */
  target_url: string
  log_url: string
  environment_url: string
  creator: FakeActor
  created_at: string
  updated_at: string
}

/** A deployment; {@link deploymentJson} renders the API's `deployment` object. */
export interface StoredDeployment {
  id: number
  owner: string
  repo: string
  sha: string
  /** as given at creation (branch, tag or sha) */
  ref: string
  task: string
  /** the latest environment: a status may move the deployment to another environment */
  environment: string
  /** the environment at creation */
  original_environment: string
  /** object or string, exactly as given */
  payload: JsonRecord | string
  description: string | null
  creator: FakeActor
  created_at: string
  updated_at: string
  production_environment: boolean
  transient_environment: boolean
  /** oldest first (the statuses route serves them newest first) */
  statuses: StoredDeploymentStatus[]
}

export type EnvironmentReviewer =
  | { type: 'User'; login: string; id: number }
  | { type: 'Team'; slug: string; id: number; name?: string }

/** A protection rule; ids and node_ids are derived when rendering. */
export type EnvironmentProtectionRule =
  | { type: 'required_reviewers'; prevent_self_review: boolean; reviewers: EnvironmentReviewer[] }
  | { type: 'wait_timer'; wait_timer: number }
  | { type: 'branch_policy' }

/** A deployment environment (`state.environments`, keyed 'owner/repo#name'). */
export interface StoredEnvironment {
  id: number
  name: string
  created_at: string
  updated_at: string
  protection_rules: EnvironmentProtectionRule[]
  deployment_branch_policy: null | { protected_branches: boolean; custom_branch_policies: boolean }
}

/** One review of a run's pending deployments (`state.runApprovals`, keyed 'owner/repo#runId'). */
export interface StoredApproval {
  /** names of environments of the run's repository */
  environments: string[]
  state: 'approved' | 'rejected' | 'pending'
  user: FakeActor
  comment: string
}

/** A workflow-run artifact; {@link artifactJson} renders the API's `artifact` object. */
export interface StoredArtifact {
  id: number
  owner: string
  repo: string
  name: string
  size_in_bytes: number
  /** served (without authorization) from the blob URL the download route redirects to */
  zip: Buffer
  run_id: number
  head_sha: string
  head_branch: string
  /** true: the download route answers 410 and the blob is gone */
  expired: boolean
  created_at: string
  expires_at: string
  updated_at: string
  /** 'sha256:<hex>' (artifacts uploaded by upload-artifact v4+); rendered null when absent */
  digest?: string
}

/** The primary rate-limit budget (`fake.rateLimit`); `remaining` decrements per request. */
export interface RateLimitBudget {
  limit: number
  remaining: number
  /** epoch seconds */
  reset: number
}

/**
 * What a token may do beyond its kind; `actions: 'none'` makes the Actions routes answer 403,
 * `deployments` (default 'write', like GITHUB_TOKEN) gates the deployments routes: 'none' -> 403
 * on all of them, 'read' -> 403 on the POSTs.
 */
export interface TokenPermissions {
  actions?: 'none' | 'read' | 'write'
  deployments?: 'none' | 'read' | 'write'
  /** default 'write' (GITHUB_TOKEN on push); 'read' -> 403 on writes to issues, 'none' -> 403 on all */
  issues?: 'none' | 'read' | 'write'
}

export interface FakeState {
  /** keyed 'owner/repo#123' (exactly as the request path spells owner and repo) */
  comments: Map<string, IssueComment[]>
  checkRuns: CheckRun[]
  /** next id handed out for comments, check runs and suites */
  nextId: number
  /** the authenticated user: author of comments created through the API */
  viewer: { login: string; id: number }
  /** repositories served by GET /repos/{owner}/{repo} and the branch-rule routes */
  repos: Map<string, FakeRepo>
  /** repository and organization rulesets, in creation order */
  rulesets: StoredRuleset[]
  /** classic branch protection, keyed 'owner/repo#branch' */
  protections: Map<string, ClassicProtection>
  /** GitHub Actions workflows of every repository */
  workflows: StoredWorkflow[]
  /** workflow runs (latest attempt each), any order: the routes sort newest first */
  runs: StoredRun[]
  /** jobs of every attempt of every run */
  jobs: StoredJob[]
  /**
   * Pull requests served by GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls, keyed
   * 'owner/repo@sha' (full 40-hex sha); an absent key answers an empty list.
   */
  pullsByCommit: Map<string, FakeCommitPull[]>
  /** deployments of every repository, in creation order (the routes serve newest first) */
  deployments: StoredDeployment[]
  /** deployment environments, keyed 'owner/repo#name' */
  environments: Map<string, StoredEnvironment>
  /** reviews of runs waiting on environments, keyed 'owner/repo#runId', in review order */
  runApprovals: Map<string, StoredApproval[]>
  /** workflow-run artifacts of every repository, in creation order */
  artifacts: StoredArtifact[]
  /** issues of every repository, in creation order (see {@link seedIssue}) */
  issues: StoredIssue[]
  /** releases of every repository, in creation order */
  releases: StoredRelease[]
  /**
   * Epoch ms of the next timestamp {@link nextTimestamp} hands out (deployments, statuses,
   * environments, artifacts): starts at 2026-11-01T00:00:00Z, one second per object, so a
   * fresh fake always produces the same timestamps.
   */
  clock: number
}

export interface GitHubFake {
  /** e.g. http://127.0.0.1:PORT */
  url: string
  /** every request received, in order */
  requests: FakeRequest[]
  /**
   * The requests answered 304 Not Modified (a GET whose If-None-Match named the ETag of the
   * answer it would get), in order. Every GET 200 answer with a JSON body carries an ETag (a
   * weak one over the body, as GitHub's); a 304 is not counted against the primary rate limit
   * (docs: "Rate limits for the REST API", conditional requests).
   */
  notModified: FakeRequest[]
  /** every OpenAPI validation failure (request body or response), human readable */
  violations: string[]
  state: FakeState
  /**
   * Token -> kind. Requests carry `authorization: token X` or `Bearer X`; unknown (or absent)
   * tokens are 'default' (like GITHUB_TOKEN: no administration permission).
   */
  tokens: Map<string, TokenKind>
  /**
   * Token -> extra permissions. Tokens are `actions: read` unless set here, e.g.
   * `fake.tokenPermissions.set('t', { actions: 'none' })` -> 403 'Resource not accessible by
   * integration' from every Actions route.
   */
  tokenPermissions: Map<string, TokenPermissions>
  /**
   * Opt-in primary rate limit. When set, every request decrements `remaining` and, once it is 0,
   * is answered 403 'API rate limit exceeded ...' with x-ratelimit-remaining: 0 (refill by setting
   * `remaining` again). When undefined, the x-ratelimit-* headers are still sent, from a large
   * budget that is never exhausted.
   */
  rateLimit: RateLimitBudget | undefined
  /** registers (or replaces) the handler for 'METHOD /openapi/path/{template}' */
  route(spec: string, handler: Handler): void
  /**
   * Registers (or replaces) a handler for every path starting with `pathPrefix` (e.g. '/_blobs/'),
   * consulted before the OpenAPI routes: for URLs outside the API (signed blob URLs the API
   * redirects to). Such requests are recorded in `requests` (template '') and may be hit by
   * faults, but are not validated, not rate limited and need no authorization.
   */
  rawRoute(pathPrefix: string, handler: RawHandler): void
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

/** The budget reported in x-ratelimit-* headers while `fake.rateLimit` is undefined. */
export const DEFAULT_RATE_LIMIT = 15_000

function intParam(value: string | null, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback
  const n = Number(value)
  return n > 0 ? n : fallback
}

interface Page<T> {
  items: T[]
  headers?: Record<string, string>
}

function pageOf<T>(req: FakeRequest, items: T[], fake: GitHubFake): Page<T> {
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
  const result: Page<T> = { items: items.slice((page - 1) * perPage, page * perPage) }
  if (links.length > 0) result.headers = { link: links.join(', ') }
  return result
}

/**
 * Pages `items` like GitHub: `per_page` (default 30, max 100) and `page` (default 1), with a
 * Link header (rel="prev"/"next"/"last"/"first") of absolute URLs back into the fake that keep
 * every other query parameter.
 */
export function paginate<T>(req: FakeRequest, items: T[], fake: GitHubFake): FakeResponse {
  const page = pageOf(req, items, fake)
  const response: FakeResponse = { status: 200, body: page.items }
  if (page.headers) response.headers = page.headers
  return response
}

/**
 * Like {@link paginate}, for the endpoints that wrap their items in an object:
 * `{ total_count, [key]: items-of-this-page }` (Actions workflows, runs, jobs), with the same
 * per_page/page handling and Link header. `total_count` counts every item, not just the page.
 * `render` (optional) turns each item of the page into its API object.
 */
export function paginateObject<T>(
  req: FakeRequest,
  items: T[],
  key: string,
  fake: GitHubFake,
  render?: (item: T) => unknown
): FakeResponse {
  const page = pageOf(req, items, fake)
  const response: FakeResponse = {
    status: 200,
    body: { total_count: items.length, [key]: render ? page.items.map(render) : page.items }
  }
  if (page.headers) response.headers = page.headers
  return response
}

const GITHUB_WEB = 'https://github.com'

function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Where `state.clock` starts: the first deterministic timestamp the fake hands out. */
export const CLOCK_START = Date.parse('2026-11-01T00:00:00Z')

/**
 * The fake's next deterministic timestamp (ISO, whole seconds) for a new object; advances
 * `state.clock` by one second, so timestamps are strictly increasing in creation order.
 */
export function nextTimestamp(fake: { state: FakeState }): string {
  const at = new Date(fake.state.clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
  fake.state.clock += 1000
  return at
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
    const denied = issuesDenied(req, f, ISSUE_DOCS, false)
    if (denied) return denied
    let comments = state.comments.get(key(req.params)) ?? []
    const since = req.query.get('since')
    if (since !== null) {
      const from = Date.parse(since)
      if (!Number.isNaN(from)) comments = comments.filter((c) => Date.parse(c.updated_at) >= from)
    }
    return paginate(req, comments, f)
  })

  fake.route('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', (req, f) => {
    const denied = issuesDenied(req, f, ISSUE_DOCS, true)
    if (denied) return denied
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

  registerRuleRoutes(fake)
  registerActionsRoutes(fake)
  registerCommitPullRoutes(fake)
  registerDeploymentRoutes(fake)
  registerEnvironmentRoutes(fake)
  registerArtifactRoutes(fake)
  registerIssueRoutes(fake)
}

// ---------------------------------------------------------------------------------------------
// Branch rules: repositories, branches, rulesets, classic protection, the authenticated user

const PROTECTION_DOCS =
  'https://docs.github.com/rest/branches/branch-protection#get-branch-protection'
/** the login GET /user reports for an 'admin' token */
export const ADMIN_LOGIN = 'octo-admin'
export const ADMIN_ID = 5_550_001
const FIXED_TIME = '2024-01-15T10:00:00Z'

/** The kind of token the request carries ('default' when absent or unknown). */
export function tokenKind(req: FakeRequest, fake: GitHubFake): TokenKind {
  const header = req.headers.authorization
  const m = typeof header === 'string' ? /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header) : null
  return (m?.[1] !== undefined ? fake.tokens.get(m[1]) : undefined) ?? 'default'
}

/** GitHub's 403 for a GITHUB_TOKEN-like token lacking the permission (with `status`). */
export function notAccessible(documentationUrl: string, permission?: string): FakeResponse {
  const response: FakeResponse = {
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: documentationUrl,
      status: '403'
    }
  }
  if (permission !== undefined) response.headers = { 'x-accepted-github-permissions': permission }
  return response
}

/** A deterministic positive id for a name (users, teams, apps, repositories). */
function stableId(kind: string, name: string): number {
  return (
    100_000 +
    (parseInt(createHash('sha1').update(`${kind}:${name}`).digest('hex').slice(0, 7), 16) %
      9_000_000)
  )
}

function branchSha(owner: string, repo: string, branch: string): string {
  return createHash('sha1').update(`${owner}/${repo}#${branch}`).digest('hex')
}

/**
 * fnmatch with File::FNM_PATHNAME, as GitHub matches ruleset patterns: `*` and `?` stay within
 * one `/` segment, `**` crosses segments, `[...]` classes and `{a,b}` work; no negation/extglob.
 */
export function fnmatch(pattern: string, name: string): boolean {
  return picomatch.isMatch(name, pattern, { dot: true, nonegate: true, noextglob: true })
}

function refMatches(pattern: string, ref: string, defaultRef: string): boolean {
  if (pattern === '~ALL') return true
  if (pattern === '~DEFAULT_BRANCH') return ref === defaultRef
  return fnmatch(pattern, ref)
}

/** Whether a ruleset's conditions select `branch` of `owner/repo`. */
export function rulesetApplies(
  ruleset: StoredRuleset,
  owner: string,
  repo: string,
  branch: string,
  repoState: FakeRepo
): boolean {
  if (ruleset.target !== 'branch') return false
  if (!rulesetCoversRepo(ruleset, owner, repo)) return false
  const ref = `refs/heads/${branch}`
  const defaultRef = `refs/heads/${repoState.default_branch}`
  const { include, exclude } = ruleset.conditions.ref_name
  return (
    include.some((p) => refMatches(p, ref, defaultRef)) &&
    !exclude.some((p) => refMatches(p, ref, defaultRef))
  )
}

/** Whether a ruleset belongs to (repository ruleset) or targets (org ruleset) `owner/repo`. */
export function rulesetCoversRepo(ruleset: StoredRuleset, owner: string, repo: string): boolean {
  if (ruleset.source_type === 'Repository') return ruleset.source === `${owner}/${repo}`
  if (ruleset.source !== owner) return false
  const names = ruleset.conditions.repository_name
  if (!names) return true
  const match = (p: string): boolean => p === '~ALL' || fnmatch(p, repo)
  return names.include.some(match) && !names.exclude.some(match)
}

function rulesetLinks(ruleset: StoredRuleset, apiUrl: string): JsonRecord {
  const self =
    ruleset.source_type === 'Repository'
      ? `${apiUrl}/repos/${ruleset.source}/rulesets/${ruleset.id}`
      : `${apiUrl}/orgs/${ruleset.source}/rulesets/${ruleset.id}`
  const html =
    ruleset.source_type === 'Repository'
      ? `${GITHUB_WEB}/${ruleset.source}/rules/${ruleset.id}`
      : `${GITHUB_WEB}/organizations/${ruleset.source}/settings/rules/${ruleset.id}`
  return { self: { href: self }, html: { href: html } }
}

/** The `repository-ruleset` summary served by the list endpoint (no conditions/rules/actors). */
export function rulesetSummaryJson(ruleset: StoredRuleset, apiUrl: string): JsonRecord {
  return {
    id: ruleset.id,
    name: ruleset.name,
    target: ruleset.target,
    source_type: ruleset.source_type,
    source: ruleset.source,
    enforcement: ruleset.enforcement,
    node_id: nodeId('RRS', 'RepositoryRuleset', ruleset.id),
    _links: rulesetLinks(ruleset, apiUrl),
    created_at: ruleset.created_at,
    updated_at: ruleset.updated_at
  }
}

function currentUserCanBypass(ruleset: StoredRuleset, kind: TokenKind): string {
  if (kind !== 'admin') return 'never'
  // the admin token's user is a repository and organization admin
  const actor = ruleset.bypass_actors.find(
    (a) =>
      a.actor_type === 'OrganizationAdmin' ||
      (a.actor_type === 'RepositoryRole' && a.actor_id === 5) ||
      (a.actor_type === 'User' && a.actor_id === ADMIN_ID)
  )
  if (!actor) return 'never'
  return actor.bypass_mode === 'pull_request'
    ? 'pull_requests_only'
    : actor.bypass_mode === 'exempt'
      ? 'exempt'
      : 'always'
}

/**
 * The full `repository-ruleset` object. GitHub only returns `bypass_actors` to users who can edit
 * the ruleset, so they are included for 'admin' tokens only.
 */
export function rulesetDetailJson(
  ruleset: StoredRuleset,
  apiUrl: string,
  kind: TokenKind
): JsonRecord {
  const { created_at, updated_at, ...summary } = rulesetSummaryJson(ruleset, apiUrl)
  const body: JsonRecord = { ...summary }
  if (kind === 'admin') body.bypass_actors = structuredClone(ruleset.bypass_actors)
  body.current_user_can_bypass = currentUserCanBypass(ruleset, kind)
  body.conditions = structuredClone(ruleset.conditions)
  body.rules = structuredClone(ruleset.rules)
  body.created_at = created_at
  body.updated_at = updated_at
  return body
}

/** A `team` object (id and name default to a stable id and the slug). */
function teamJson(
  apiUrl: string,
  org: string,
  slug: string,
  overrides: { id?: number; name?: string } = {}
): JsonRecord {
  const id = overrides.id ?? stableId('team', `${org}/${slug}`)
  const url = `${apiUrl}/organizations/${stableId('org', org)}/team/${id}`
  return {
    id,
    node_id: nodeId('T', 'Team', id),
    url,
    html_url: `${GITHUB_WEB}/orgs/${org}/teams/${slug}`,
    name: overrides.name ?? slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    type: 'organization',
    parent: null
  }
}

function appJson(apiUrl: string, slug: string): JsonRecord {
  if (slug === 'github-actions') return githubActionsApp(apiUrl)
  const id = stableId('app', slug)
  return {
    id,
    slug,
    node_id: nodeId('A', 'App', id),
    client_id: `Iv1.${createHash('sha1').update(slug).digest('hex').slice(0, 16)}`,
    owner: simpleUser(apiUrl, 'octo-org', stableId('user', 'octo-org'), 'Organization'),
    name: slug,
    // a string, not null: branch-restriction-policy's apps[].description is not nullable
    description: `The ${slug} app`,
    external_url: `https://example.com/${slug}`,
    html_url: `${GITHUB_WEB}/apps/${slug}`,
    created_at: FIXED_TIME,
    updated_at: FIXED_TIME,
    permissions: { checks: 'write', contents: 'read', metadata: 'read' },
    events: ['check_run', 'push']
  }
}

function actorsJson(apiUrl: string, owner: string, actors: ProtectionActors): JsonRecord {
  return {
    users: (actors.users ?? []).map((login) => simpleUser(apiUrl, login, stableId('user', login))),
    teams: (actors.teams ?? []).map((slug) => teamJson(apiUrl, owner, slug)),
    apps: (actors.apps ?? []).map((slug) => appJson(apiUrl, slug))
  }
}

/** Renders classic protection as GitHub's `branch-protection` object (GET .../protection). */
export function branchProtectionJson(
  protection: ClassicProtection,
  apiUrl: string,
  owner: string,
  repo: string,
  branch: string
): JsonRecord {
  const url = `${apiUrl}/repos/${owner}/${repo}/branches/${branch}/protection`
  const enabled = (value: boolean | undefined): JsonRecord => ({ enabled: value === true })
  const body: JsonRecord = { url }
  const checks = protection.required_status_checks
  if (checks) {
    const list: { context: string; app_id: number | null }[] = []
    for (const context of checks.contexts ?? []) {
      if (!list.some((c) => c.context === context)) list.push({ context, app_id: null })
    }
    for (const check of checks.checks ?? []) {
      const existing = list.find((c) => c.context === check.context)
      if (existing) existing.app_id = check.app_id ?? existing.app_id
      else list.push({ context: check.context, app_id: check.app_id ?? null })
    }
    body.required_status_checks = {
      url: `${url}/required_status_checks`,
      strict: checks.strict === true,
      contexts: list.map((c) => c.context),
      contexts_url: `${url}/required_status_checks/contexts`,
      checks: list
    }
  }
  const reviews = protection.required_pull_request_reviews
  if (reviews) {
    const rendered: JsonRecord = { url: `${url}/required_pull_request_reviews` }
    if (reviews.dismissal_restrictions) {
      rendered.dismissal_restrictions = {
        ...actorsJson(apiUrl, owner, reviews.dismissal_restrictions),
        url: `${url}/dismissal_restrictions`,
        users_url: `${url}/dismissal_restrictions/users`,
        teams_url: `${url}/dismissal_restrictions/teams`
      }
    }
    rendered.dismiss_stale_reviews = reviews.dismiss_stale_reviews === true
    rendered.require_code_owner_reviews = reviews.require_code_owner_reviews === true
    rendered.required_approving_review_count = reviews.required_approving_review_count ?? 1
    rendered.require_last_push_approval = reviews.require_last_push_approval === true
    if (reviews.bypass_pull_request_allowances) {
      rendered.bypass_pull_request_allowances = actorsJson(
        apiUrl,
        owner,
        reviews.bypass_pull_request_allowances
      )
    }
    body.required_pull_request_reviews = rendered
  }
  if (protection.restrictions) {
    body.restrictions = {
      url: `${url}/restrictions`,
      users_url: `${url}/restrictions/users`,
      teams_url: `${url}/restrictions/teams`,
      apps_url: `${url}/restrictions/apps`,
      ...actorsJson(apiUrl, owner, protection.restrictions)
    }
  }
  body.required_signatures = {
    url: `${url}/required_signatures`,
    enabled: protection.required_signatures === true
  }
  body.enforce_admins = {
    url: `${url}/enforce_admins`,
    enabled: protection.enforce_admins === true
  }
  body.required_linear_history = enabled(protection.required_linear_history)
  body.allow_force_pushes = enabled(protection.allow_force_pushes)
  body.allow_deletions = enabled(protection.allow_deletions)
  body.block_creations = enabled(protection.block_creations)
  body.required_conversation_resolution = enabled(protection.required_conversation_resolution)
  body.lock_branch = enabled(protection.lock_branch)
  body.allow_fork_syncing = enabled(protection.allow_fork_syncing)
  return body
}

/** A `full-repository` object for a seeded repository. */
export function fullRepositoryJson(
  apiUrl: string,
  owner: string,
  repo: string,
  state: FakeRepo,
  kind: TokenKind
): JsonRecord {
  const ownerType = state.owner_type ?? 'Organization'
  const ownerUser = simpleUser(apiUrl, owner, stableId('user', owner), ownerType)
  const id = stableId('repo', `${owner}/${repo}`)
  const api = `${apiUrl}/repos/${owner}/${repo}`
  const html = `${GITHUB_WEB}/${owner}/${repo}`
  const isPrivate = state.private === true
  const body: JsonRecord = {
    id,
    node_id: nodeId('R', 'Repository', id),
    name: repo,
    full_name: `${owner}/${repo}`,
    private: isPrivate,
    owner: ownerUser,
    html_url: html,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${owner}/${repo}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${owner}/${repo}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 1024,
    default_branch: state.default_branch,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: !isPrivate,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: isPrivate ? 'private' : 'public',
    pushed_at: FIXED_TIME,
    created_at: '2023-06-01T08:00:00Z',
    updated_at: FIXED_TIME,
    allow_forking: !isPrivate,
    web_commit_signoff_required: false,
    license: null,
    forks: 0,
    open_issues: 0,
    watchers: 0,
    network_count: 0,
    subscribers_count: 1
  }
  if (kind === 'admin') {
    body.permissions = { admin: true, maintain: true, push: true, triage: true, pull: true }
    Object.assign(body, {
      allow_rebase_merge: true,
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
      allow_update_branch: false,
      use_squash_pr_title_as_default: false,
      squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
      squash_merge_commit_message: 'COMMIT_MESSAGES',
      merge_commit_title: 'MERGE_MESSAGE',
      merge_commit_message: 'PR_TITLE'
    })
  }
  if (ownerType === 'Organization') body.organization = ownerUser
  return body
}

/** The `private-user` object GET /user returns for an 'admin' token. */
function adminUserJson(apiUrl: string): JsonRecord {
  return {
    ...simpleUser(apiUrl, ADMIN_LOGIN, ADMIN_ID, 'User'),
    user_view_type: 'private',
    name: 'Octo Admin',
    company: null,
    blog: '',
    location: null,
    email: null,
    notification_email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 3,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2020-02-02T12:00:00Z',
    updated_at: FIXED_TIME,
    private_gists: 0,
    total_private_repos: 1,
    owned_private_repos: 1,
    disk_usage: 2048,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { name: 'pro', space: 976562499, private_repos: 9999, collaborators: 0 }
  }
}

function registerRuleRoutes(fake: GitHubFakeImpl): void {
  const { state } = fake
  const lookup = (
    req: FakeRequest
  ): { owner: string; repo: string; state: FakeRepo } | undefined => {
    const { owner = '', repo = '' } = req.params
    const found = state.repos.get(`${owner}/${repo}`)
    return found ? { owner, repo, state: found } : undefined
  }
  const activeRulesFor = (owner: string, repo: string, branch: string, repoState: FakeRepo) =>
    state.rulesets.filter(
      (r) => r.enforcement === 'active' && rulesetApplies(r, owner, repo, branch, repoState)
    )

  fake.route('GET /user', (req, f) => {
    if (req.headers.authorization === undefined) {
      return {
        status: 401,
        body: {
          message: 'Requires authentication',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          status: '401'
        }
      }
    }
    if (tokenKind(req, f) !== 'admin') {
      return notAccessible('https://docs.github.com/rest/users/users#get-the-authenticated-user')
    }
    return { status: 200, body: adminUserJson(f.url) }
  })

  fake.route('GET /repos/{owner}/{repo}', (req, f) => {
    const found = lookup(req)
    if (!found) return notFound()
    return {
      status: 200,
      body: fullRepositoryJson(f.url, found.owner, found.repo, found.state, tokenKind(req, f))
    }
  })

  fake.route('GET /repos/{owner}/{repo}/branches', (req, f) => {
    const found = lookup(req)
    if (!found) return notFound()
    const { owner, repo } = found
    const api = `${f.url}/repos/${owner}/${repo}`
    let branches = found.state.branches.map((name) => {
      const classic = state.protections.get(`${owner}/${repo}#${name}`)
      const byRules = activeRulesFor(owner, repo, name, found.state).some((r) => r.rules.length > 0)
      const contexts = classic?.required_status_checks
        ? [
            ...new Set([
              ...(classic.required_status_checks.contexts ?? []),
              ...(classic.required_status_checks.checks ?? []).map((c) => c.context)
            ])
          ]
        : []
      return {
        name,
        commit: {
          sha: branchSha(owner, repo, name),
          url: `${api}/commits/${branchSha(owner, repo, name)}`
        },
        protected: classic !== undefined || byRules,
        protection: {
          enabled: classic !== undefined,
          required_status_checks: {
            enforcement_level: classic?.required_status_checks
              ? classic.enforce_admins
                ? 'everyone'
                : 'non_admins'
              : 'off',
            contexts,
            checks: contexts.map((context) => ({
              context,
              app_id:
                classic?.required_status_checks?.checks?.find((c) => c.context === context)
                  ?.app_id ?? null
            }))
          }
        },
        protection_url: `${api}/branches/${name}/protection`
      }
    })
    const only = req.query.get('protected')
    if (only === 'true' || only === 'false') {
      branches = branches.filter((b) => b.protected === (only === 'true'))
    }
    return paginate(req, branches, f)
  })

  fake.route('GET /repos/{owner}/{repo}/rules/branches/{branch}', (req, f) => {
    const found = lookup(req)
    if (!found) return notFound()
    const { branch = '' } = req.params
    const rules: JsonRecord[] = []
    for (const ruleset of activeRulesFor(found.owner, found.repo, branch, found.state)) {
      for (const rule of ruleset.rules) {
        rules.push({
          ...structuredClone(rule),
          ruleset_source_type: ruleset.source_type,
          ruleset_source: ruleset.source,
          ruleset_id: ruleset.id
        })
      }
    }
    return paginate(req, rules, f)
  })

  fake.route('GET /repos/{owner}/{repo}/rulesets', (req, f) => {
    const found = lookup(req)
    if (!found) return notFound()
    const includesParents = req.query.get('includes_parents') !== 'false'
    const targets = req.query
      .get('targets')
      ?.split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '')
    const list = state.rulesets
      .filter(
        (r) =>
          rulesetCoversRepo(r, found.owner, found.repo) &&
          (includesParents || r.source_type === 'Repository') &&
          (!targets || targets.length === 0 || targets.includes(r.target))
      )
      .map((r) => rulesetSummaryJson(r, f.url))
    return paginate(req, list, f)
  })

  fake.route('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', (req, f) => {
    const found = lookup(req)
    if (!found) return notFound()
    const includesParents = req.query.get('includes_parents') !== 'false'
    const ruleset = state.rulesets.find(
      (r) =>
        String(r.id) === req.params.ruleset_id &&
        rulesetCoversRepo(r, found.owner, found.repo) &&
        (includesParents || r.source_type === 'Repository')
    )
    if (!ruleset) return errorResponse(404, 'Not Found')
    return { status: 200, body: rulesetDetailJson(ruleset, f.url, tokenKind(req, f)) }
  })

  fake.route('GET /repos/{owner}/{repo}/branches/{branch}/protection', (req, f) => {
    const found = lookup(req)
    if (!found) return notFound()
    const { branch = '' } = req.params
    if (tokenKind(req, f) !== 'admin') return notAccessible(PROTECTION_DOCS, 'administration=read')
    if (!found.state.branches.includes(branch)) {
      return {
        status: 404,
        body: { message: 'Branch not found', documentation_url: PROTECTION_DOCS, status: '404' }
      }
    }
    const protection = state.protections.get(`${found.owner}/${found.repo}#${branch}`)
    if (!protection) {
      return {
        status: 404,
        body: { message: 'Branch not protected', documentation_url: PROTECTION_DOCS, status: '404' }
      }
    }
    return {
      status: 200,
      body: branchProtectionJson(protection, f.url, found.owner, found.repo, branch)
    }
  })
}

// ---------------------------------------------------------------------------------------------
// GitHub Actions: workflows, workflow runs, jobs

const ACTIONS_DOCS = 'https://docs.github.com/rest/actions/workflow-runs'
const RUN_STATUSES: readonly string[] = [
  'completed',
  'in_progress',
  'queued',
  'requested',
  'waiting',
  'pending'
]

/** Keys of the `minimal-repository` object as GitHub embeds it in workflow runs. */
const MINIMAL_REPOSITORY_KEYS = [
  'id',
  'node_id',
  'name',
  'full_name',
  'private',
  'owner',
  'html_url',
  'description',
  'fork',
  'url',
  'forks_url',
  'keys_url',
  'collaborators_url',
  'teams_url',
  'hooks_url',
  'issue_events_url',
  'events_url',
  'assignees_url',
  'branches_url',
  'tags_url',
  'blobs_url',
  'git_tags_url',
  'git_refs_url',
  'trees_url',
  'statuses_url',
  'languages_url',
  'stargazers_url',
  'contributors_url',
  'subscribers_url',
  'subscription_url',
  'commits_url',
  'git_commits_url',
  'comments_url',
  'issue_comment_url',
  'contents_url',
  'compare_url',
  'merges_url',
  'archive_url',
  'downloads_url',
  'issues_url',
  'pulls_url',
  'milestones_url',
  'notifications_url',
  'labels_url',
  'releases_url',
  'deployments_url'
] as const

function minimalRepositoryJson(
  apiUrl: string,
  fullName: string,
  repoState: FakeRepo | undefined,
  fork: boolean
): JsonRecord {
  const [owner = '', repo = ''] = fullName.split('/')
  const full = fullRepositoryJson(
    apiUrl,
    owner,
    repo,
    repoState ?? { default_branch: 'main', branches: ['main'] },
    'default'
  )
  const body: JsonRecord = {}
  for (const key of MINIMAL_REPOSITORY_KEYS) body[key] = full[key]
  body.fork = fork
  return body
}

/** Renders a stored workflow as the API's `workflow` object. */
export function workflowJson(workflow: StoredWorkflow, apiUrl: string): JsonRecord {
  const { owner, repo } = workflow
  const body: JsonRecord = {
    id: workflow.id,
    node_id: nodeId('W', 'Workflow', workflow.id),
    name: workflow.name,
    path: workflow.path,
    state: workflow.state,
    created_at: workflow.created_at,
    updated_at: workflow.updated_at,
    url: `${apiUrl}/repos/${owner}/${repo}/actions/workflows/${workflow.id}`,
    html_url: `${GITHUB_WEB}/${owner}/${repo}/blob/main/${workflow.path}`,
    badge_url: `${GITHUB_WEB}/${owner}/${repo}/workflows/${encodeURIComponent(workflow.name)}/badge.svg`
  }
  if (workflow.deleted_at !== undefined) body.deleted_at = workflow.deleted_at
  return body
}

/**
 * Renders a stored run as the API's `workflow-run` object, as of `attempt` (default: the latest
 * attempt, as the runs list shows it).
 */
export function workflowRunJson(
  run: StoredRun,
  workflow: StoredWorkflow,
  apiUrl: string,
  options: { attempt?: number; repoState?: FakeRepo; excludePullRequests?: boolean } = {}
): JsonRecord {
  const { owner, repo } = workflow
  const api = `${apiUrl}/repos/${owner}/${repo}`
  const attemptNumber = options.attempt ?? run.run_attempt
  const earlier = run.previous_attempts?.find((a) => a.run_attempt === attemptNumber)
  const attempt: StoredRunAttempt = earlier ?? {
    run_attempt: run.run_attempt,
    status: run.status,
    conclusion: run.conclusion,
    run_started_at: run.run_started_at,
    updated_at: run.updated_at
  }
  const runUrl = `${api}/actions/runs/${run.id}`
  const checkSuiteId = run.check_suite_id ?? run.id + 1
  const actor = run.actor ?? 'octocat'
  const triggering = run.triggering_actor ?? actor
  const message = run.head_commit_message ?? 'Update README'
  const headFullName = run.head_repository ?? `${owner}/${repo}`
  const repository = minimalRepositoryJson(apiUrl, `${owner}/${repo}`, options.repoState, false)
  const headRepository =
    headFullName === `${owner}/${repo}`
      ? repository
      : minimalRepositoryJson(apiUrl, headFullName, undefined, true)
  const repoRef = (r: JsonRecord): JsonRecord => ({ id: r.id, url: r.url, name: r.name })
  const pullRequests = options.excludePullRequests
    ? []
    : (run.pull_requests ?? []).map((number) => ({
        id: stableId('pull', `${owner}/${repo}#${number}`),
        number,
        url: `${api}/pulls/${number}`,
        head: { ref: run.head_branch ?? '', sha: run.head_sha, repo: repoRef(headRepository) },
        base: {
          ref: options.repoState?.default_branch ?? 'main',
          sha: branchSha(owner, repo, options.repoState?.default_branch ?? 'main'),
          repo: repoRef(repository)
        }
      }))
  const author = { name: 'Monalisa Octocat', email: 'octocat@users.noreply.github.com' }
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WFR', 'WorkflowRun', run.id),
    head_branch: run.head_branch,
    head_sha: run.head_sha,
    path: workflow.path,
    display_title: run.display_title ?? message.split('\n')[0],
    run_number: run.run_number,
    event: run.event,
    status: attempt.status,
    conclusion: attempt.conclusion,
    workflow_id: workflow.id,
    check_suite_id: checkSuiteId,
    check_suite_node_id: nodeId('CS', 'CheckSuite', checkSuiteId),
    url: runUrl,
    html_url: `${GITHUB_WEB}/${owner}/${repo}/actions/runs/${run.id}`,
    pull_requests: pullRequests,
    created_at: run.created_at,
    updated_at: attempt.updated_at,
    actor: simpleUser(apiUrl, actor, stableId('user', actor)),
    run_attempt: attempt.run_attempt,
    referenced_workflows: [],
    run_started_at: attempt.run_started_at,
    triggering_actor: simpleUser(apiUrl, triggering, stableId('user', triggering)),
    jobs_url: `${runUrl}/jobs`,
    logs_url: `${runUrl}/logs`,
    check_suite_url: `${api}/check-suites/${checkSuiteId}`,
    artifacts_url: `${runUrl}/artifacts`,
    cancel_url: `${runUrl}/cancel`,
    rerun_url: `${runUrl}/rerun`,
    previous_attempt_url:
      attempt.run_attempt > 1 ? `${runUrl}/attempts/${attempt.run_attempt - 1}` : null,
    workflow_url: `${api}/actions/workflows/${workflow.id}`,
    head_commit: {
      id: run.head_sha,
      tree_id: createHash('sha1').update(`tree:${run.head_sha}`).digest('hex'),
      message,
      timestamp: run.created_at,
      author,
      committer: { name: 'GitHub', email: 'noreply@github.com' }
    },
    repository,
    head_repository: headRepository,
    head_repository_id: headRepository.id
  }
}

/** Renders a stored job as the API's `job` object. */
export function jobJson(
  job: StoredJob,
  run: StoredRun,
  workflow: StoredWorkflow,
  apiUrl: string
): JsonRecord {
  const { owner, repo } = workflow
  const api = `${apiUrl}/repos/${owner}/${repo}`
  const assigned = job.status !== 'queued' && job.conclusion !== 'skipped'
  const runnerName =
    job.runner_name !== undefined
      ? job.runner_name
      : assigned
        ? `GitHub Actions ${(job.id % 1000) + 1}`
        : null
  const body: JsonRecord = {
    id: job.id,
    run_id: run.id,
    workflow_name: run.name,
    head_branch: run.head_branch,
    run_url: `${api}/actions/runs/${run.id}`,
    run_attempt: job.run_attempt,
    node_id: nodeId('CR', 'CheckRun', job.id),
    head_sha: run.head_sha,
    url: `${api}/actions/jobs/${job.id}`,
    html_url: `${GITHUB_WEB}/${owner}/${repo}/actions/runs/${run.id}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    created_at: job.created_at ?? job.started_at,
    started_at: job.started_at,
    completed_at: job.completed_at,
    name: job.name,
    steps: (job.steps ?? []).map((step) => ({ ...step })),
    check_run_url: `${api}/check-runs/${job.id}`,
    labels: job.labels ?? ['ubuntu-latest'],
    runner_id: runnerName === null ? null : (job.id % 1000) + 1,
    runner_name: runnerName,
    runner_group_id: runnerName === null ? null : 0,
    runner_group_name: runnerName === null ? null : 'GitHub Actions'
  }
  return body
}

/**
 * Parses GitHub's `created` search qualifier into [from, to] epoch-ms bounds (inclusive):
 * '2024-01-01' (that day), '>=2024-01-01', '>2024-01-01T10:00:00Z', '<=…', '<…',
 * '2024-01-01..2024-01-31', '2024-01-01..*', '*..2024-01-31'. Undefined when unparsable.
 */
export function parseCreatedQualifier(value: string): [number, number] | undefined {
  const dateOnly = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s)
  const start = (s: string): number => (s === '*' ? -Infinity : Date.parse(s))
  const end = (s: string): number =>
    s === '*' ? Infinity : dateOnly(s) ? Date.parse(s) + 86_400_000 - 1 : Date.parse(s)
  const v = value.trim()
  let bounds: [number, number]
  const range = /^(.+?)\.\.(.+)$/.exec(v)
  const op = /^(>=|<=|>|<)(.+)$/.exec(v)
  if (range?.[1] !== undefined && range[2] !== undefined) {
    bounds = [start(range[1]), end(range[2])]
  } else if (op?.[1] !== undefined && op[2] !== undefined) {
    const s = op[2]
    if (op[1] === '>=') bounds = [start(s), Infinity]
    else if (op[1] === '>') bounds = [end(s) + 1, Infinity]
    else if (op[1] === '<=') bounds = [-Infinity, end(s)]
    else bounds = [-Infinity, start(s) - 1]
  } else {
    bounds = [start(v), end(v)]
  }
  return Number.isNaN(bounds[0]) || Number.isNaN(bounds[1]) ? undefined : bounds
}

function newestFirst(a: StoredRun, b: StoredRun): number {
  const byTime = Date.parse(b.created_at) - Date.parse(a.created_at)
  return byTime !== 0 ? byTime : b.id - a.id
}

function bearerToken(req: FakeRequest): string | undefined {
  const header = req.headers.authorization
  const m = typeof header === 'string' ? /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header) : null
  return m?.[1]
}

/** 403 when the request's token has `actions: 'none'` (see {@link TokenPermissions}). */
function actionsDenied(req: FakeRequest, f: GitHubFake, docs: string): FakeResponse | undefined {
  const token = bearerToken(req)
  const permission = token !== undefined ? f.tokenPermissions.get(token)?.actions : undefined
  return permission === 'none' ? notAccessible(docs, 'actions=read') : undefined
}

/** A run of `owner/repo` (the repository of its workflow) and its workflow. */
function findRun(
  state: FakeState,
  owner: string,
  repo: string,
  id: string
): { run: StoredRun; workflow: StoredWorkflow } | undefined {
  const run = state.runs.find((r) => String(r.id) === id)
  const workflow = run ? state.workflows.find((w) => w.id === run.workflow_id) : undefined
  if (!run || !workflow || workflow.owner !== owner || workflow.repo !== repo) return undefined
  return { run, workflow }
}

function isResponse(value: unknown): value is FakeResponse {
  return isRecord(value) && typeof value.status === 'number'
}

function registerActionsRoutes(fake: GitHubFakeImpl): void {
  const { state } = fake
  /** the repository, or a response: 404 when unknown, 403 when the token lacks actions: read */
  const access = actionsRepo
  const workflowsOf = (owner: string, repo: string): StoredWorkflow[] =>
    state.workflows.filter((w) => w.owner === owner && w.repo === repo)
  const activeWorkflow = (owner: string, repo: string, id: string): StoredWorkflow | undefined =>
    workflowsOf(owner, repo).find(
      (w) =>
        w.state !== 'deleted' &&
        (String(w.id) === id || w.path === id || w.path.split('/').pop() === id)
    )

  const listRuns = (
    req: FakeRequest,
    f: GitHubFake,
    owner: string,
    repo: string,
    repoState: FakeRepo | undefined,
    only?: StoredWorkflow
  ): FakeResponse => {
    const byId = new Map(workflowsOf(owner, repo).map((w) => [w.id, w]))
    let runs = state.runs.filter((r) =>
      only ? r.workflow_id === only.id : byId.has(r.workflow_id)
    )
    const q = req.query
    const branch = q.get('branch')
    if (branch !== null) runs = runs.filter((r) => r.head_branch === branch)
    const event = q.get('event')
    if (event !== null) runs = runs.filter((r) => r.event === event)
    const actor = q.get('actor')
    if (actor !== null) runs = runs.filter((r) => (r.actor ?? 'octocat') === actor)
    const headSha = q.get('head_sha')
    if (headSha !== null) runs = runs.filter((r) => r.head_sha === headSha)
    const suite = q.get('check_suite_id')
    if (suite !== null) runs = runs.filter((r) => String(r.check_suite_id ?? r.id + 1) === suite)
    const status = q.get('status')
    if (status !== null) {
      runs = RUN_STATUSES.includes(status)
        ? runs.filter((r) => r.status === status)
        : runs.filter((r) => r.conclusion === status)
    }
    const created = q.get('created')
    if (created !== null) {
      const bounds = parseCreatedQualifier(created)
      if (!bounds)
        return validationFailed([{ resource: 'WorkflowRun', field: 'created', code: 'invalid' }])
      runs = runs.filter((r) => {
        const t = Date.parse(r.created_at)
        return t >= bounds[0] && t <= bounds[1]
      })
    }
    const excludePullRequests = q.get('exclude_pull_requests') === 'true'
    const options: { repoState?: FakeRepo; excludePullRequests: boolean } = {
      excludePullRequests
    }
    if (repoState) options.repoState = repoState
    return paginateObject(req, [...runs].sort(newestFirst), 'workflow_runs', f, (r) =>
      workflowRunJson(r, byId.get(r.workflow_id) ?? (only as StoredWorkflow), f.url, options)
    )
  }

  const jobsResponse = (
    req: FakeRequest,
    f: GitHubFake,
    run: StoredRun,
    workflow: StoredWorkflow,
    attempts: (attempt: number) => boolean
  ): FakeResponse => {
    const jobs = state.jobs
      .filter((j) => j.run_id === run.id && attempts(j.run_attempt))
      .sort((a, b) => a.run_attempt - b.run_attempt || a.id - b.id)
    return paginateObject(req, jobs, 'jobs', f, (j) => jobJson(j, run, workflow, f.url))
  }

  fake.route('GET /repos/{owner}/{repo}/actions/workflows', (req, f) => {
    const found = access(
      req,
      f,
      'https://docs.github.com/rest/actions/workflows#list-repository-workflows'
    )
    if (isResponse(found)) return found
    const list = workflowsOf(found.owner, found.repo)
      .filter((w) => w.state !== 'deleted')
      .sort((a, b) => a.id - b.id)
      .map((w) => workflowJson(w, f.url))
    return paginateObject(req, list, 'workflows', f)
  })

  fake.route('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}', (req, f) => {
    const found = access(req, f, 'https://docs.github.com/rest/actions/workflows#get-a-workflow')
    if (isResponse(found)) return found
    const workflow = activeWorkflow(found.owner, found.repo, req.params.workflow_id ?? '')
    if (!workflow) return notFound()
    return { status: 200, body: workflowJson(workflow, f.url) }
  })

  fake.route('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', (req, f) => {
    const found = access(req, f, `${ACTIONS_DOCS}#list-workflow-runs-for-a-workflow`)
    if (isResponse(found)) return found
    const workflow = activeWorkflow(found.owner, found.repo, req.params.workflow_id ?? '')
    if (!workflow) return notFound()
    return listRuns(req, f, found.owner, found.repo, found.repoState, workflow)
  })

  fake.route('GET /repos/{owner}/{repo}/actions/runs', (req, f) => {
    const found = access(req, f, `${ACTIONS_DOCS}#list-workflow-runs-for-a-repository`)
    if (isResponse(found)) return found
    return listRuns(req, f, found.owner, found.repo, found.repoState)
  })

  fake.route('GET /repos/{owner}/{repo}/actions/runs/{run_id}', (req, f) => {
    const found = access(req, f, `${ACTIONS_DOCS}#get-a-workflow-run`)
    if (isResponse(found)) return found
    const hit = findRun(state, found.owner, found.repo, req.params.run_id ?? '')
    if (!hit) return notFound()
    const options: { repoState?: FakeRepo; excludePullRequests: boolean } = {
      excludePullRequests: req.query.get('exclude_pull_requests') === 'true'
    }
    if (found.repoState) options.repoState = found.repoState
    return { status: 200, body: workflowRunJson(hit.run, hit.workflow, f.url, options) }
  })

  fake.route(
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}',
    (req, f) => {
      const found = access(req, f, `${ACTIONS_DOCS}#get-a-workflow-run-attempt`)
      if (isResponse(found)) return found
      const hit = findRun(state, found.owner, found.repo, req.params.run_id ?? '')
      const attempt = Number(req.params.attempt_number)
      if (!hit || !Number.isInteger(attempt) || attempt < 1 || attempt > hit.run.run_attempt) {
        return notFound()
      }
      const options: { attempt: number; repoState?: FakeRepo; excludePullRequests: boolean } = {
        attempt,
        excludePullRequests: req.query.get('exclude_pull_requests') === 'true'
      }
      if (found.repoState) options.repoState = found.repoState
      return { status: 200, body: workflowRunJson(hit.run, hit.workflow, f.url, options) }
    }
  )

  fake.route('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', (req, f) => {
    const found = access(
      req,
      f,
      'https://docs.github.com/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run'
    )
    if (isResponse(found)) return found
    const hit = findRun(state, found.owner, found.repo, req.params.run_id ?? '')
    if (!hit) return notFound()
    const filter = req.query.get('filter') ?? 'latest'
    if (filter !== 'latest' && filter !== 'all') {
      return validationFailed([{ resource: 'WorkflowJob', field: 'filter', code: 'invalid' }])
    }
    const latest = hit.run.run_attempt
    return jobsResponse(req, f, hit.run, hit.workflow, (a) => filter === 'all' || a === latest)
  })

  fake.route(
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
    (req, f) => {
      const found = access(
        req,
        f,
        'https://docs.github.com/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run-attempt'
      )
      if (isResponse(found)) return found
      const hit = findRun(state, found.owner, found.repo, req.params.run_id ?? '')
      const attempt = Number(req.params.attempt_number)
      if (!hit || !Number.isInteger(attempt) || attempt < 1 || attempt > hit.run.run_attempt) {
        return notFound()
      }
      return jobsResponse(req, f, hit.run, hit.workflow, (a) => a === attempt)
    }
  )
}

// ---------------------------------------------------------------------------------------------
// Pull requests associated with a commit

/** Renders a stored commit pull request as the API's `pull-request-simple` object. */
export function pullRequestSimpleJson(
  pull: FakeCommitPull,
  owner: string,
  repo: string,
  sha: string,
  apiUrl: string
): JsonRecord {
  const api = `${apiUrl}/repos/${owner}/${repo}`
  const html = `${GITHUB_WEB}/${owner}/${repo}`
  const id = stableId('pull', `${owner}/${repo}#${pull.number}`)
  const user = simpleUser(apiUrl, pull.user, stableId('user', pull.user))
  const ownerUser = simpleUser(apiUrl, owner, stableId('user', owner), 'Organization')
  const repository = fullRepositoryJson(
    apiUrl,
    owner,
    repo,
    { default_branch: pull.base, branches: [pull.base, pull.head] },
    'default'
  )
  const self = `${api}/pulls/${pull.number}`
  const created = '2024-01-10T09:00:00Z'
  const closed = pull.merged_at
  const headSha = createHash('sha1').update(`head:${owner}/${repo}#${pull.number}`).digest('hex')
  return {
    url: self,
    id,
    node_id: nodeId('PR', 'PullRequest', id),
    html_url: `${html}/pull/${pull.number}`,
    diff_url: `${html}/pull/${pull.number}.diff`,
    patch_url: `${html}/pull/${pull.number}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${headSha}`,
    number: pull.number,
    state: closed === null ? 'open' : 'closed',
    locked: false,
    title: pull.title,
    user,
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: created,
    updated_at: closed ?? created,
    closed_at: closed,
    merged_at: closed,
    merge_commit_sha: closed === null ? null : sha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${owner}:${pull.head}`,
      ref: pull.head,
      repo: repository,
      sha: headSha,
      user: ownerUser
    },
    base: {
      label: `${owner}:${pull.base}`,
      ref: pull.base,
      repo: repository,
      sha: branchSha(owner, repo, pull.base),
      user: ownerUser
    },
    _links: {
      self: { href: self },
      html: { href: `${html}/pull/${pull.number}` },
      issue: { href: `${api}/issues/${pull.number}` },
      comments: { href: `${api}/issues/${pull.number}/comments` },
      review_comments: { href: `${self}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${self}/commits` },
      statuses: { href: `${api}/statuses/${headSha}` }
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: false
  }
}

function registerCommitPullRoutes(fake: GitHubFakeImpl): void {
  fake.route('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', (req, f) => {
    const { owner = '', repo = '', commit_sha = '' } = req.params
    const pulls = [...(f.state.pullsByCommit.get(`${owner}/${repo}@${commit_sha}`) ?? [])].sort(
      (a, b) => b.number - a.number
    )
    return paginate(
      req,
      pulls.map((p) => pullRequestSimpleJson(p, owner, repo, commit_sha, f.url)),
      f
    )
  })
}

// ---------------------------------------------------------------------------------------------
// Deployments and deployment statuses

const DEPLOYMENTS_DOCS = 'https://docs.github.com/rest/deployments/deployments'
const DEPLOYMENT_STATUSES_DOCS = 'https://docs.github.com/rest/deployments/statuses'
const DEPLOYMENT_STATES: readonly string[] = [
  'error',
  'failure',
  'inactive',
  'pending',
  'success',
  'queued',
  'in_progress'
]
/** GitHub rejects longer deployment-status descriptions (the response schema's maxLength). */
const MAX_STATUS_DESCRIPTION = 140

/** The user behind the request's token: the admin user for 'admin' tokens, else the viewer. */
function tokenUser(req: FakeRequest, f: GitHubFake): FakeActor {
  return tokenKind(req, f) === 'admin'
    ? { login: ADMIN_LOGIN, id: ADMIN_ID }
    : { login: f.state.viewer.login, id: f.state.viewer.id }
}

/** GITHUB_TOKEN's user (github-actions[bot]) acts through the GitHub Actions app. */
function performedVia(apiUrl: string, actor: FakeActor): JsonRecord | null {
  return actor.login === 'github-actions[bot]' ? githubActionsApp(apiUrl) : null
}

/**
 * 403 when the token's `deployments` permission (default 'write', as GITHUB_TOKEN has) is
 * 'none', or 'read' on a route that writes.
 */
function deploymentsDenied(
  req: FakeRequest,
  f: GitHubFake,
  docs: string,
  writes: boolean
): FakeResponse | undefined {
  const token = bearerToken(req)
  const permission =
    (token !== undefined ? f.tokenPermissions.get(token)?.deployments : undefined) ?? 'write'
  if (permission === 'none') return notAccessible(docs, 'deployments=read')
  if (writes && permission === 'read') return notAccessible(docs, 'deployments=write')
  return undefined
}

/** Renders a stored deployment as the API's `deployment` object. */
export function deploymentJson(deployment: StoredDeployment, apiUrl: string): JsonRecord {
  const api = `${apiUrl}/repos/${deployment.owner}/${deployment.repo}`
  const url = `${api}/deployments/${deployment.id}`
  return {
    url,
    id: deployment.id,
    node_id: nodeId('DE', 'Deployment', deployment.id),
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.original_environment,
    environment: deployment.environment,
    description: deployment.description,
    creator: simpleUser(apiUrl, deployment.creator.login, deployment.creator.id),
    created_at: deployment.created_at,
    updated_at: deployment.updated_at,
    statuses_url: `${url}/statuses`,
    repository_url: api,
    transient_environment: deployment.transient_environment,
    production_environment: deployment.production_environment,
    performed_via_github_app: performedVia(apiUrl, deployment.creator)
  }
}

/** Renders a status of `deployment` as the API's `deployment-status` object. */
export function deploymentStatusJson(
  deployment: StoredDeployment,
  status: StoredDeploymentStatus,
  apiUrl: string
): JsonRecord {
  const api = `${apiUrl}/repos/${deployment.owner}/${deployment.repo}`
  const deploymentUrl = `${api}/deployments/${deployment.id}`
  return {
    url: `${deploymentUrl}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId('DES', 'DeploymentStatus', status.id),
    state: status.state,
    creator: simpleUser(apiUrl, status.creator.login, status.creator.id),
    description: status.description,
    environment: status.environment,
    target_url: status.target_url,
    created_at: status.created_at,
    updated_at: status.updated_at,
    deployment_url: deploymentUrl,
    repository_url: api,
    environment_url: status.environment_url,
    log_url: status.log_url,
    performed_via_github_app: performedVia(apiUrl, status.creator)
  }
}

/**
 * The commit a deployment's ref names: a 40-hex sha as is; otherwise a branch or tag (plain, or
 * refs/heads/..., refs/tags/...) of a repository in `state.repos`, undefined when it has no such
 * ref. Repositories the fake does not know resolve any ref (it keeps no git data for them).
 */
export function resolveDeploymentRef(
  state: FakeState,
  owner: string,
  repo: string,
  ref: string
): string | undefined {
  if (/^[0-9a-f]{40}$/i.test(ref)) return ref.toLowerCase()
  const known = state.repos.get(`${owner}/${repo}`)
  const branch = ref.replace(/^refs\/heads\//, '')
  if (!known) return branchSha(owner, repo, branch)
  if (!ref.startsWith('refs/tags/') && known.branches.includes(branch)) {
    return branchSha(owner, repo, branch)
  }
  const tag = ref.replace(/^refs\/tags\//, '')
  if (!ref.startsWith('refs/heads/') && (known.tags ?? []).includes(tag)) {
    return branchSha(owner, repo, `refs/tags/${tag}`)
  }
  return undefined
}

/**
 * auto_inactive: once `status` (a `success`) is added to `current`, every earlier non-transient
 * deployment of the same repository and environment whose latest status is `success` gets an
 * `inactive` status, so only the newest successful deployment stays active. The spec's text
 * also says "non-production"; production deployments are deactivated here too (GitHub's
 * deployments page shows one active production deployment), which is not verified against
 * api.github.com.
 */
function deactivatePriorDeployments(
  f: GitHubFake,
  current: StoredDeployment,
  status: StoredDeploymentStatus
): void {
  for (const deployment of f.state.deployments) {
    if (deployment.id >= current.id) continue
    if (deployment.owner !== current.owner || deployment.repo !== current.repo) continue
    if (deployment.transient_environment || deployment.environment !== status.environment) continue
    const last = deployment.statuses.at(-1)
    if (last?.state !== 'success') continue
    const at = nextTimestamp(f)
    deployment.statuses.push({
      ...last,
      id: f.state.nextId++,
      state: 'inactive',
      description: '',
      creator: { ...status.creator },
      created_at: at,
      updated_at: at
    })
    deployment.updated_at = at
  }
}

function registerDeploymentRoutes(fake: GitHubFakeImpl): void {
  const { state } = fake
  const findDeployment = (req: FakeRequest): StoredDeployment | undefined => {
    const { owner = '', repo = '', deployment_id = '' } = req.params
    return state.deployments.find(
      (d) => String(d.id) === deployment_id && d.owner === owner && d.repo === repo
    )
  }

  fake.route('GET /repos/{owner}/{repo}/deployments', (req, f) => {
    const denied = deploymentsDenied(req, f, `${DEPLOYMENTS_DOCS}#list-deployments`, false)
    if (denied) return denied
    const { owner = '', repo = '' } = req.params
    let list = state.deployments.filter((d) => d.owner === owner && d.repo === repo)
    for (const key of ['sha', 'ref', 'task', 'environment'] as const) {
      const value = req.query.get(key)
      if (value !== null) list = list.filter((d) => d[key] === value)
    }
    // newest first: GitHub orders by id, descending
    const sorted = [...list].sort((a, b) => b.id - a.id)
    return paginate(
      req,
      sorted.map((d) => deploymentJson(d, f.url)),
      f
    )
  })

  fake.route('POST /repos/{owner}/{repo}/deployments', (req, f) => {
    const denied = deploymentsDenied(req, f, `${DEPLOYMENTS_DOCS}#create-a-deployment`, true)
    if (denied) return denied
    const { owner = '', repo = '' } = req.params
    const ref = stringField(req.body, 'ref') ?? ''
    const sha = resolveDeploymentRef(state, owner, repo, ref)
    if (sha === undefined) return errorResponse(422, `No ref found for: ${ref}`)
    // required_contexts is not checked: the fake keeps no commit statuses (all "verified")
    const environment = stringField(req.body, 'environment') ?? 'production'
    const payload = field(req.body, 'payload')
    const description = field(req.body, 'description')
    const production = field(req.body, 'production_environment')
    const at = nextTimestamp(f)
    const deployment: StoredDeployment = {
      id: state.nextId++,
      owner,
      repo,
      sha,
      ref,
      task: stringField(req.body, 'task') ?? 'deploy',
      environment,
      original_environment: environment,
      payload: typeof payload === 'string' || isRecord(payload) ? payload : {},
      description: typeof description === 'string' || description === null ? description : '',
      creator: tokenUser(req, f),
      created_at: at,
      updated_at: at,
      production_environment:
        typeof production === 'boolean' ? production : environment === 'production',
      transient_environment: field(req.body, 'transient_environment') === true,
      statuses: []
    }
    state.deployments.push(deployment)
    return { status: 201, body: deploymentJson(deployment, f.url) }
  })

  fake.route('GET /repos/{owner}/{repo}/deployments/{deployment_id}', (req, f) => {
    const denied = deploymentsDenied(req, f, `${DEPLOYMENTS_DOCS}#get-a-deployment`, false)
    if (denied) return denied
    const deployment = findDeployment(req)
    if (!deployment) return notFound()
    return { status: 200, body: deploymentJson(deployment, f.url) }
  })

  fake.route('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (req, f) => {
    const docs = `${DEPLOYMENT_STATUSES_DOCS}#list-deployment-statuses`
    const denied = deploymentsDenied(req, f, docs, false)
    if (denied) return denied
    const deployment = findDeployment(req)
    if (!deployment) return notFound()
    const newestFirst = [...deployment.statuses].sort((a, b) => b.id - a.id)
    return paginate(
      req,
      newestFirst.map((s) => deploymentStatusJson(deployment, s, f.url)),
      f
    )
  })

  fake.route('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (req, f) => {
    const docs = `${DEPLOYMENT_STATUSES_DOCS}#create-a-deployment-status`
    const denied = deploymentsDenied(req, f, docs, true)
    if (denied) return denied
    const deployment = findDeployment(req)
    if (!deployment) return notFound()
    const stateName = stringField(req.body, 'state') ?? ''
    if (!DEPLOYMENT_STATES.includes(stateName)) {
      return validationFailed([{ resource: 'DeploymentStatus', field: 'state', code: 'invalid' }])
    }
    const description = stringField(req.body, 'description') ?? ''
    if (description.length > MAX_STATUS_DESCRIPTION) {
      return validationFailed([
        {
          resource: 'DeploymentStatus',
          field: 'description',
          code: 'custom',
          message: `description is too long (maximum is ${MAX_STATUS_DESCRIPTION} characters)`
        }
      ])
    }
    // unset: the previous status's environment, else the deployment's
    const environment =
      stringField(req.body, 'environment') ??
      deployment.statuses.at(-1)?.environment ??
      deployment.environment
    // log_url replaces target_url: setting it sets target_url too (and vice versa for old clients)
    const logUrl = stringField(req.body, 'log_url')
    const targetUrl = stringField(req.body, 'target_url')
    const at = nextTimestamp(f)
    const status: StoredDeploymentStatus = {
      id: state.nextId++,
      state: stateName as DeploymentState,
      description,
      environment,
      target_url: logUrl ?? targetUrl ?? '',
      log_url: logUrl ?? targetUrl ?? '',
      environment_url: stringField(req.body, 'environment_url') ?? '',
      creator: tokenUser(req, f),
      created_at: at,
      updated_at: at
    }
    deployment.statuses.push(status)
    // a status may move the deployment to another environment (original_environment keeps the first)
    deployment.environment = environment
    deployment.updated_at = at
    if (status.state === 'success' && field(req.body, 'auto_inactive') !== false) {
      deactivatePriorDeployments(f, deployment, status)
    }
    const body = deploymentStatusJson(deployment, status, f.url)
    return { status: 201, body, headers: { location: String(body.url) } }
  })
}

// ---------------------------------------------------------------------------------------------
// Environments and the review history of runs waiting on them

/** The environment `name` of `owner/repo`, or a bare one when it was never stored. */
function environmentOf(
  state: FakeState,
  owner: string,
  repo: string,
  name: string
): StoredEnvironment {
  const key = `${owner}/${repo}#${name}`
  return (
    state.environments.get(key) ?? {
      id: stableId('environment', key),
      name,
      created_at: FIXED_TIME,
      updated_at: FIXED_TIME,
      protection_rules: [],
      deployment_branch_policy: null
    }
  )
}

/** The environment fields every rendering shares (what run approvals embed). */
export function environmentSummaryJson(
  environment: StoredEnvironment,
  owner: string,
  repo: string,
  apiUrl: string
): JsonRecord {
  const name = encodeURIComponent(environment.name)
  return {
    id: environment.id,
    node_id: nodeId('EN', 'Environment', environment.id),
    name: environment.name,
    url: `${apiUrl}/repos/${owner}/${repo}/environments/${name}`,
    html_url: `${GITHUB_WEB}/${owner}/${repo}/deployments/activity_log?environments_filter=${name}`,
    created_at: environment.created_at,
    updated_at: environment.updated_at
  }
}

function protectionRuleJson(
  rule: EnvironmentProtectionRule,
  index: number,
  environment: StoredEnvironment,
  owner: string,
  apiUrl: string
): JsonRecord {
  // stored rules carry no ids: derive stable ones from the environment and the rule's position
  const id = stableId('environment-rule', `${environment.id}#${index}`)
  const base = { id, node_id: nodeId('GA', 'Gate', id) }
  switch (rule.type) {
    case 'wait_timer':
      return { ...base, type: rule.type, wait_timer: rule.wait_timer }
    case 'branch_policy':
      return { ...base, type: rule.type }
    case 'required_reviewers':
      return {
        ...base,
        prevent_self_review: rule.prevent_self_review,
        type: rule.type,
        reviewers: rule.reviewers.map((reviewer) =>
          reviewer.type === 'User'
            ? { type: 'User', reviewer: simpleUser(apiUrl, reviewer.login, reviewer.id, 'User') }
            : {
                type: 'Team',
                reviewer: teamJson(apiUrl, owner, reviewer.slug, {
                  id: reviewer.id,
                  name: reviewer.name ?? reviewer.slug
                })
              }
        )
      }
  }
}

/** Renders a stored environment as the API's `environment` object. */
export function environmentJson(
  environment: StoredEnvironment,
  owner: string,
  repo: string,
  apiUrl: string
): JsonRecord {
  const policy = environment.deployment_branch_policy
  return {
    ...environmentSummaryJson(environment, owner, repo, apiUrl),
    protection_rules: environment.protection_rules.map((rule, i) =>
      protectionRuleJson(rule, i, environment, owner, apiUrl)
    ),
    deployment_branch_policy: policy ? { ...policy } : null
  }
}

/** Renders a stored approval as the API's `environment-approvals` object. */
export function environmentApprovalJson(
  approval: StoredApproval,
  state: FakeState,
  owner: string,
  repo: string,
  apiUrl: string
): JsonRecord {
  return {
    environments: approval.environments.map((name) =>
      environmentSummaryJson(environmentOf(state, owner, repo, name), owner, repo, apiUrl)
    ),
    state: approval.state,
    user: simpleUser(apiUrl, approval.user.login, approval.user.id),
    comment: approval.comment
  }
}

function registerEnvironmentRoutes(fake: GitHubFakeImpl): void {
  const { state } = fake

  fake.route('GET /repos/{owner}/{repo}/environments/{environment_name}', (req, f) => {
    const { owner = '', repo = '', environment_name = '' } = req.params
    const environment = state.environments.get(`${owner}/${repo}#${environment_name}`)
    if (!environment) return notFound()
    return { status: 200, body: environmentJson(environment, owner, repo, f.url) }
  })

  fake.route('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', (req, f) => {
    const found = actionsRepo(req, f, `${ACTIONS_DOCS}#get-the-review-history-for-a-workflow-run`)
    if (isResponse(found)) return found
    const { owner, repo } = found
    const runId = req.params.run_id ?? ''
    if (!findRun(state, owner, repo, runId)) return notFound()
    const approvals = state.runApprovals.get(`${owner}/${repo}#${runId}`) ?? []
    return {
      status: 200,
      body: approvals.map((a) => environmentApprovalJson(a, state, owner, repo, f.url))
    }
  })
}

// ---------------------------------------------------------------------------------------------
// Artifacts (and the blob storage their downloads redirect to)

const ARTIFACTS_DOCS = 'https://docs.github.com/rest/actions/artifacts'
/** Raw (non-API) paths of the fake's blob storage: signed, no authorization needed. */
export const BLOB_PREFIX = '/_blobs/'
/** Signs blob URLs like an Azure SAS; a constant, so URLs are deterministic. */
const BLOB_SIGNING_KEY = 'github-fake-blob-signing-key'

function blobSignature(blob: string): string {
  return createHmac('sha256', BLOB_SIGNING_KEY).update(blob).digest('base64url')
}

/**
 * The signed, short-lived-looking URL `GET .../artifacts/{id}/zip` redirects to. Like the Azure
 * blob SAS URLs GitHub hands out, it carries its own authorization (`sig`).
 */
export function artifactBlobUrl(artifact: StoredArtifact, apiUrl: string): string {
  const blob = `artifact-${artifact.id}.zip`
  return `${apiUrl}${BLOB_PREFIX}${blob}?sp=r&sr=b&sig=${blobSignature(blob)}`
}

/**
 * Renders a stored artifact as the API's `artifact` object; `headRepository` ('owner/repo') is
 * the run's head repository when it is a fork.
 */
export function artifactJson(
  artifact: StoredArtifact,
  apiUrl: string,
  headRepository = `${artifact.owner}/${artifact.repo}`
): JsonRecord {
  const url = `${apiUrl}/repos/${artifact.owner}/${artifact.repo}/actions/artifacts/${artifact.id}`
  return {
    id: artifact.id,
    node_id: nodeId('AR', 'Artifact', artifact.id),
    name: artifact.name,
    size_in_bytes: artifact.size_in_bytes,
    url,
    archive_download_url: `${url}/zip`,
    expired: artifact.expired,
    created_at: artifact.created_at,
    expires_at: artifact.expires_at,
    updated_at: artifact.updated_at,
    digest: artifact.digest ?? null,
    workflow_run: {
      id: artifact.run_id,
      repository_id: stableId('repo', `${artifact.owner}/${artifact.repo}`),
      head_repository_id: stableId('repo', headRepository),
      head_branch: artifact.head_branch,
      head_sha: artifact.head_sha
    }
  }
}

/**
 * A repository the Actions routes serve, or a response: 404 when the fake knows nothing of it
 * (not in `state.repos`, no workflows, no artifacts), 403 when the token lacks actions: read.
 */
function actionsRepo(
  req: FakeRequest,
  f: GitHubFake,
  docs: string
): { owner: string; repo: string; repoState: FakeRepo | undefined } | FakeResponse {
  const { state } = f
  const { owner = '', repo = '' } = req.params
  const repoState = state.repos.get(`${owner}/${repo}`)
  const of = (x: { owner: string; repo: string }): boolean => x.owner === owner && x.repo === repo
  const known = repoState !== undefined || state.workflows.some(of) || state.artifacts.some(of)
  if (!known) return notFound()
  return actionsDenied(req, f, docs) ?? { owner, repo, repoState }
}

/** An Azure-storage-like error (XML, as blob storage answers). */
function blobError(status: number, code: string, message: string): RawResponse {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`
  return {
    status,
    headers: { 'content-type': 'application/xml', 'x-ms-error-code': code },
    body: Buffer.from(xml)
  }
}

function registerArtifactRoutes(fake: GitHubFakeImpl): void {
  const { state } = fake
  const render = (artifact: StoredArtifact, apiUrl: string): JsonRecord => {
    const run = findRun(state, artifact.owner, artifact.repo, String(artifact.run_id))
    return artifactJson(artifact, apiUrl, run?.run.head_repository)
  }
  const findArtifact = (owner: string, repo: string, id: string): StoredArtifact | undefined =>
    state.artifacts.find((a) => String(a.id) === id && a.owner === owner && a.repo === repo)

  fake.route('GET /repos/{owner}/{repo}/actions/artifacts', (req, f) => {
    const found = actionsRepo(req, f, `${ARTIFACTS_DOCS}#list-artifacts-for-a-repository`)
    if (isResponse(found)) return found
    const name = req.query.get('name')
    const list = state.artifacts
      .filter((a) => a.owner === found.owner && a.repo === found.repo)
      .filter((a) => name === null || a.name === name)
      .sort((a, b) => b.id - a.id)
    return paginateObject(req, list, 'artifacts', f, (a) => render(a, f.url))
  })

  fake.route('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}', (req, f) => {
    const found = actionsRepo(req, f, `${ARTIFACTS_DOCS}#get-an-artifact`)
    if (isResponse(found)) return found
    const artifact = findArtifact(found.owner, found.repo, req.params.artifact_id ?? '')
    if (!artifact) return notFound()
    return { status: 200, body: render(artifact, f.url) }
  })

  fake.route(
    'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    (req, f) => {
      const found = actionsRepo(req, f, `${ARTIFACTS_DOCS}#download-an-artifact`)
      if (isResponse(found)) return found
      const artifact = findArtifact(found.owner, found.repo, req.params.artifact_id ?? '')
      // 'zip' is the only archive format
      if (!artifact || req.params.archive_format !== 'zip') return notFound()
      if (artifact.expired) return errorResponse(410, 'Artifact has expired')
      return { status: 302, headers: { location: artifactBlobUrl(artifact, f.url) } }
    }
  )

  // The blob the download redirects to: authorized by its signature, not by a token.
  fake.rawRoute(BLOB_PREFIX, (req, f) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return blobError(405, 'UnsupportedHttpVerb', 'The resource does not support the verb.')
    }
    const blob = req.path.slice(BLOB_PREFIX.length)
    if (req.query.get('sig') !== blobSignature(blob)) {
      return blobError(
        403,
        'AuthenticationFailed',
        'Server failed to authenticate the request. Make sure the signature is formed correctly.'
      )
    }
    const id = /^artifact-(\d+)\.zip$/.exec(blob)?.[1]
    const artifact = f.state.artifacts.find((a) => String(a.id) === id)
    // expired artifacts are deleted from storage
    if (!artifact || artifact.expired) {
      return blobError(404, 'BlobNotFound', 'The specified blob does not exist.')
    }
    return {
      status: 200,
      headers: {
        'content-type': 'application/zip',
        'x-ms-blob-type': 'BlockBlob',
        etag: `"0x${createHash('sha1').update(artifact.zip).digest('hex').slice(0, 16).toUpperCase()}"`
      },
      body: artifact.zip
    }
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

interface RawRoute {
  prefix: string
  handler: RawHandler
}

/**
 * A place where api.github.com and its OpenAPI description disagree. The fake sends what GitHub
 * sends, and drops exactly the issue that causes (same operation, field, keyword and value).
 */
interface SpecErratum {
  /** matched against 'METHOD /template' */
  operation: RegExp
  /** matched against the issue's JSON pointer */
  pointer: RegExp
  keyword: string
  value: unknown
  why: string
}

const SPEC_ERRATA: readonly SpecErratum[] = [
  {
    operation:
      /^(GET|POST) \/repos\/\{owner\}\/\{repo\}\/deployments\/\{deployment_id\}\/statuses$/,
    pointer: /^(\/\d+)?\/(target_url|log_url|environment_url)$/,
    keyword: 'format',
    value: '',
    why: "deployment-status declares them `format: uri` with `default: ''`; GitHub sends '' when unset"
  }
]

/** The value at a JSON pointer ('' is the root). */
function valueAt(root: unknown, pointer: string): unknown {
  let node = root
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(node)) node = (node as unknown[])[Number(part)]
    else if (isRecord(node)) node = node[part]
    else return undefined
  }
  return node
}

function isSpecErratum(label: string, issue: SchemaIssue, body: unknown): boolean {
  return SPEC_ERRATA.some(
    (e) =>
      e.operation.test(label) &&
      e.keyword === issue.keyword &&
      e.pointer.test(issue.pointer) &&
      valueAt(body, issue.pointer) === e.value
  )
}

interface ActiveFault {
  fault: Fault
  remaining: number
  matcher: (path: string) => boolean
}

/** The answer with a `null` in its list (see Fault 'null-items'). */
function withNullItem(body: unknown): unknown {
  const insert = (list: unknown[]): unknown[] => {
    const at = Math.floor(list.length / 2)
    return [...list.slice(0, at), null, ...list.slice(at)]
  }
  if (Array.isArray(body)) return insert(body)
  // A wrapped list ({ total_count, workflow_runs: [...] }); any other object becomes null.
  if (isRecord(body) && 'total_count' in body) {
    const key = Object.keys(body).find((k) => Array.isArray(body[k]))
    if (key !== undefined) return { ...body, [key]: insert(body[key] as unknown[]) }
  }
  return null
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
  readonly notModified: FakeRequest[] = []
  readonly violations: string[] = []
  readonly state: FakeState
  readonly tokens = new Map<string, TokenKind>()
  readonly tokenPermissions = new Map<string, TokenPermissions>()
  rateLimit: RateLimitBudget | undefined = undefined
  /** the never-exhausted budget reported while `rateLimit` is undefined */
  private readonly defaultRateLimit: RateLimitBudget = {
    limit: DEFAULT_RATE_LIMIT,
    remaining: DEFAULT_RATE_LIMIT,
    reset: Math.floor(Date.now() / 1000) + 3600
  }
  private readonly routes: Route[] = []
  /** longest prefix first */
  private readonly rawRoutes: RawRoute[] = []
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
      viewer: options.viewer ?? { login: 'github-actions[bot]', id: 41898282 },
      repos: new Map(),
      rulesets: [],
      protections: new Map(),
      workflows: [],
      runs: [],
      jobs: [],
      pullsByCommit: new Map(),
      deployments: [],
      environments: new Map(),
      runApprovals: new Map(),
      artifacts: [],
      issues: [],
      releases: [],
      clock: CLOCK_START
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

  rawRoute(pathPrefix: string, handler: RawHandler): void {
    if (!pathPrefix.startsWith('/')) {
      throw new Error(`rawRoute(): the path prefix must start with '/', got '${pathPrefix}'`)
    }
    const existing = this.rawRoutes.findIndex((r) => r.prefix === pathPrefix)
    if (existing >= 0) this.rawRoutes[existing] = { prefix: pathPrefix, handler }
    else this.rawRoutes.push({ prefix: pathPrefix, handler })
    this.rawRoutes.sort((a, b) => b.prefix.length - a.prefix.length)
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
      const bytes = Buffer.concat(chunks)
      const raw = bytes.toString('utf8')
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const method = (req.method ?? 'GET').toUpperCase()
      const path = url.pathname

      // non-API paths (blob storage) come first: no spec, no validation, no rate limit
      const rawRoute = this.rawRoutes.find((r) => path.startsWith(r.prefix))
      if (rawRoute) {
        const rawRequest: FakeRequest = {
          method,
          path,
          template: '',
          params: {},
          query: url.searchParams,
          headers: req.headers,
          body: bytes.length > 0 ? bytes : undefined
        }
        await this.handleRaw(rawRoute.handler, rawRequest, res)
        return
      }

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

      const rate = this.consumeRateLimit()
      if (rate.exceeded) {
        this.send(res, rate.exceeded, operation, label, rate.headers)
        return
      }
      const fault = this.takeFault(method, path)
      if (fault && !DERIVED_KINDS.includes(fault.kind ?? '')) {
        this.applyFault(
          fault,
          res,
          operation,
          label,
          rate.headers,
          fakeRequest,
          raw,
          req.url ?? path
        )
        return
      }
      if (!route) {
        this.send(res, notFound(), operation, label, rate.headers)
        return
      }
      if (badJson) {
        this.send(res, errorResponse(400, 'Problems parsing JSON'), operation, label, rate.headers)
        return
      }
      if (requestIssues.length > 0) {
        this.send(
          res,
          this.validationResponse(route.operation, requestIssues),
          operation,
          label,
          rate.headers
        )
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
      if (fault) {
        this.sendDerived(fault, res, response, rate.headers)
        return
      }
      this.send(res, response, operation, label, rate.headers, fakeRequest)
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

  private async handleRaw(
    handler: RawHandler,
    request: FakeRequest,
    res: ServerResponse
  ): Promise<void> {
    this.requests.push(request)
    const label = `${request.method} ${request.path}`
    const fault = this.takeFault(request.method, request.path)
    if (fault) {
      this.applyFault(fault, res, undefined, label)
      return
    }
    let response: RawResponse
    try {
      response = await handler(request, this)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      this.record([`${label} raw handler threw: ${message}`])
      response = { status: 500, headers: { 'content-type': 'text/plain' }, body: Buffer.from('') }
    }
    const body = response.body ?? Buffer.alloc(0)
    res.writeHead(response.status, {
      ...response.headers,
      'content-length': String(body.length)
    })
    res.end(request.method === 'HEAD' ? undefined : body)
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

  /**
   * Counts the request against the primary rate limit. With `rateLimit` set, a request arriving
   * when `remaining` is 0 gets the 403 GitHub sends; otherwise `remaining` decrements.
   */
  private consumeRateLimit(): { headers: Record<string, string>; exceeded?: FakeResponse } {
    const budget = this.rateLimit ?? this.defaultRateLimit
    const headersFor = (b: RateLimitBudget): Record<string, string> => ({
      'x-ratelimit-limit': String(b.limit),
      'x-ratelimit-remaining': String(Math.max(0, b.remaining)),
      'x-ratelimit-used': String(Math.max(0, b.limit - Math.max(0, b.remaining))),
      'x-ratelimit-reset': String(b.reset),
      'x-ratelimit-resource': 'core'
    })
    if (this.rateLimit && this.rateLimit.remaining <= 0) {
      const headers = headersFor(this.rateLimit)
      return {
        headers,
        exceeded: {
          status: 403,
          body: {
            message: 'API rate limit exceeded for installation ID 1.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits'
          },
          headers
        }
      }
    }
    budget.remaining--
    // the default budget is never exhausted
    if (!this.rateLimit && budget.remaining < 1) budget.remaining = budget.limit
    return { headers: headersFor(budget) }
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
    label: string,
    rateHeaders: Record<string, string> = {},
    request?: FakeRequest,
    rawBody = '',
    url = ''
  ): void {
    if (fault.timeout) return // hold the request open; close() destroys the socket
    if (fault.kind) {
      this.applyKind(fault, res, rateHeaders, request, rawBody, url)
      return
    }
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
        ...rateHeaders,
        ...response.headers,
        'content-length': String(text.length)
      })
      res.write(text.subarray(0, Math.floor(text.length / 2)), () => {
        res.destroy()
      })
      return
    }
    this.send(res, response, operation, label, rateHeaders)
  }

  private applyKind(
    fault: Fault,
    res: ServerResponse,
    rateHeaders: Record<string, string>,
    request: FakeRequest | undefined,
    rawBody: string,
    url: string
  ): void {
    const headers = { ...this.baseHeaders(), ...rateHeaders, ...fault.headers }
    switch (fault.kind) {
      case 'reset':
        res.socket?.destroy()
        return
      case 'html': {
        const status = fault.status ?? 502
        const text = `<!DOCTYPE html>\n<html><head><title>${status} ${STATUS_CODES[status] ?? 'Error'}</title></head><body><h1>${STATUS_CODES[status] ?? 'Error'}</h1><p>The server had a problem; please try again.</p></body></html>\n`
        res.writeHead(status, {
          ...headers,
          'content-type': 'text/html; charset=utf-8',
          'content-length': String(Buffer.byteLength(text))
        })
        res.end(text)
        return
      }
      case 'empty':
        res.writeHead(fault.status ?? 200, { ...headers, 'content-length': '0' })
        res.end()
        return
      case 'huge': {
        const total = fault.hugeBytes ?? 40 * 1024 * 1024
        const item = `"${'x'.repeat(1022)}",`
        const chunk = Buffer.from(item.repeat(64))
        res.writeHead(fault.status ?? 200, headers)
        res.write('[')
        let sent = 1
        const pump = (): void => {
          while (sent + chunk.length + 5 < total) {
            if (res.destroyed) return
            sent += chunk.length
            if (!res.write(chunk)) {
              res.once('drain', pump)
              return
            }
          }
          res.end('"x"]')
        }
        res.on('close', () => res.removeAllListeners('drain'))
        pump()
        return
      }
      case 'redirect': {
        const location = fault.location ?? `${this.url}${url}`
        res.writeHead(fault.status ?? 302, { ...headers, location, 'content-length': '0' })
        res.end()
        return
      }
      case 'echo': {
        const status = fault.status ?? 400
        const seen = request
          ? `${request.method} ${url} headers ${JSON.stringify(request.headers)} body ${rawBody}`
          : url
        const text = JSON.stringify({
          message: `Could not process the request: ${seen}`,
          documentation_url: DOCS_URL
        })
        res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(text)) })
        res.end(text)
        return
      }
      default:
        return
    }
  }

  /** 'slow-body', 'null-items', 'wrong-shape': the real answer, degraded (not validated). */
  private sendDerived(
    fault: Fault,
    res: ServerResponse,
    response: FakeResponse,
    rateHeaders: Record<string, string>
  ): void {
    let body = response.body
    if (fault.kind === 'null-items') body = withNullItem(body)
    if (fault.kind === 'wrong-shape') body = Array.isArray(body) ? { items: body } : [body]
    const text = Buffer.from(body === undefined ? '' : JSON.stringify(body))
    const headers: Record<string, string> = {
      ...this.baseHeaders(),
      ...rateHeaders,
      ...response.headers,
      ...fault.headers,
      'content-length': String(text.length)
    }
    res.writeHead(fault.status ?? response.status, headers)
    if (fault.kind !== 'slow-body') {
      res.end(text)
      return
    }
    let i = 0
    const timer = setInterval(() => {
      if (res.destroyed || i >= text.length) {
        clearInterval(timer)
        if (!res.destroyed) res.end()
        return
      }
      res.write(text.subarray(i, i + 1))
      i++
    }, fault.slowMs ?? 250)
    res.on('close', () => clearInterval(timer))
  }

  private baseHeaders(): Record<string, string> {
    return {
      'content-type': 'application/json; charset=utf-8',
      'x-github-request-id': requestId(),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json'
    }
  }

  /**
   * Counts a request back into the primary rate limit (a 304 answer does not count) and gives
   * the x-ratelimit-* headers as they are then.
   */
  private refundRateLimit(headers: Record<string, string>): Record<string, string> {
    const budget = this.rateLimit ?? this.defaultRateLimit
    budget.remaining++
    const remaining = Math.max(0, budget.remaining)
    return {
      ...headers,
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-used': String(Math.max(0, budget.limit - remaining))
    }
  }

  /**
   * Sends a route's answer, validated against the OpenAPI description. For a GET (`request`
   * given) answered 200 with a JSON body: an ETag (weak, over the body's bytes) unless the
   * handler set one, and a 304 without a body, not counted against the rate limit, when the
   * request's If-None-Match names it (weak comparison, a list or `*`; RFC 9110 §13.1.2). The
   * 200 representation is validated either way.
   */
  private send(
    res: ServerResponse,
    response: FakeResponse,
    operation: OpenApiOperation | undefined,
    label: string,
    rateHeaders: Record<string, string> = {},
    request?: FakeRequest
  ): void {
    if (request?.method === 'GET' && response.status === 200 && response.body !== undefined) {
      const etag =
        Object.entries(response.headers ?? {}).find(([k]) => k.toLowerCase() === 'etag')?.[1] ??
        `W/"${createHash('sha1').update(JSON.stringify(response.body)).digest('hex')}"`
      response = { ...response, headers: { ...response.headers, etag } }
      const asked = request.headers['if-none-match']
      if (typeof asked === 'string' && etagMatches(asked, etag)) {
        this.validateAnswer(response, operation, label)
        this.notModified.push(request)
        const headers: Record<string, string> = {
          ...this.baseHeaders(),
          ...this.refundRateLimit(rateHeaders),
          ...response.headers,
          'content-length': '0'
        }
        delete headers['content-type']
        res.writeHead(304, headers)
        res.end()
        return
      }
    }
    this.validateAnswer(response, operation, label)
    const headers: Record<string, string> = {
      ...this.baseHeaders(),
      ...rateHeaders,
      ...response.headers
    }
    const { status } = response
    const noBody = status === 204 || status === 304 || response.body === undefined
    const text = noBody ? '' : JSON.stringify(response.body)
    headers['content-length'] = String(Buffer.byteLength(text))
    res.writeHead(status, headers)
    res.end(text)
  }

  /** Records where an answer departs from the OpenAPI description of its operation. */
  private validateAnswer(
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
        const issues = check.issues.filter((i) => !isSpecErratum(label, i, response.body))
        this.record(issuesText(`${label} response ${status}`, issues))
      } else if (status >= 400 && response.body !== undefined) {
        this.record(issuesText(`${label} response ${status}`, validateBasicError(response.body)))
      }
    }
  }
}

/** Whether an If-None-Match header names the entity tag (weak comparison, RFC 9110 §8.8.3.2). */
export function etagMatches(ifNoneMatch: string, etag: string): boolean {
  const opaque = (t: string): string => t.trim().replace(/^W\//, '')
  if (ifNoneMatch.trim() === '*') return true
  return (ifNoneMatch.match(/(?:W\/)?"[^"]*"/g) ?? []).some((t) => opaque(t) === opaque(etag))
}

/** Starts a fake GitHub API on 127.0.0.1 (ephemeral port). Remember to `await fake.close()`. */
export async function startGitHubFake(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
  const fake = new GitHubFakeImpl(options)
  if (options.builtins ?? true) registerBuiltins(fake)
  await fake.listen()
  return fake
}

// ---------------------------------------------------------------------------------------------
// Issues, their labels, and releases (incident tracking, issue 18)

/** An issue as the fake keeps it; {@link issueJson} renders the API's `issue`. */
export interface StoredIssue {
  owner: string
  repo: string
  number: number
  id: number
  title: string
  body: string | null
  author: { login: string; id: number; type?: string }
  labels: string[]
  state: 'open' | 'closed'
  state_reason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null
  created_at: string
  updated_at: string
  closed_at: string | null
  /** true for a pull request (listed by the issues routes, like GitHub does) */
  pull_request?: boolean
}

/** A release as the fake keeps it; {@link releaseJson} renders the API's `release`. */
export interface StoredRelease {
  owner: string
  repo: string
  id: number
  tag_name: string
  draft: boolean
  prerelease: boolean
  created_at: string
  published_at: string | null
}

const ISSUE_DOCS = 'https://docs.github.com/rest/issues/issues'

/** 403 when the token's `issues` permission (default 'write') is 'none', or 'read' on a write. */
function issuesDenied(
  req: FakeRequest,
  f: GitHubFake,
  docs: string,
  writes: boolean
): FakeResponse | undefined {
  const token = bearerToken(req)
  const permission =
    (token !== undefined ? f.tokenPermissions.get(token)?.issues : undefined) ?? 'write'
  if (permission === 'none') return notAccessible(docs, 'issues=read')
  if (writes && permission === 'read') return notAccessible(docs, 'issues=write')
  return undefined
}

function labelJson(name: string, apiUrl: string, owner: string, repo: string): JsonRecord {
  const id = stableId('label', `${owner}/${repo}#${name}`)
  return {
    id,
    node_id: nodeId('LA', 'Label', id),
    url: `${apiUrl}/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false
  }
}

/** Renders a stored issue as the API's `issue` object. */
export function issueJson(issue: StoredIssue, apiUrl: string): JsonRecord {
  const repoApi = `${apiUrl}/repos/${issue.owner}/${issue.repo}`
  const api = `${repoApi}/issues/${issue.number}`
  const comments = 0
  return {
    id: issue.id,
    node_id: nodeId('I', 'Issue', issue.id),
    url: api,
    repository_url: repoApi,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${GITHUB_WEB}/${issue.owner}/${issue.repo}/${issue.pull_request ? 'pull' : 'issues'}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state_reason,
    title: issue.title,
    body: issue.body,
    user: simpleUser(apiUrl, issue.author.login, issue.author.id, issue.author.type),
    labels: issue.labels.map((l) => labelJson(l, apiUrl, issue.owner, issue.repo)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments,
    closed_at: issue.closed_at,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    author_association: issue.author.login.endsWith('[bot]') ? 'NONE' : 'CONTRIBUTOR',
    reactions: reactions(`${api}/reactions`),
    ...(issue.pull_request
      ? {
          pull_request: {
            url: `${repoApi}/pulls/${issue.number}`,
            html_url: `${GITHUB_WEB}/${issue.owner}/${issue.repo}/pull/${issue.number}`,
            diff_url: `${GITHUB_WEB}/${issue.owner}/${issue.repo}/pull/${issue.number}.diff`,
            patch_url: `${GITHUB_WEB}/${issue.owner}/${issue.repo}/pull/${issue.number}.patch`
          }
        }
      : {})
  }
}

/** Renders a stored release as the API's `release` object. */
export function releaseJson(r: StoredRelease, apiUrl: string): JsonRecord {
  const api = `${apiUrl}/repos/${r.owner}/${r.repo}/releases/${r.id}`
  return {
    url: api,
    html_url: `${GITHUB_WEB}/${r.owner}/${r.repo}/releases/tag/${encodeURIComponent(r.tag_name)}`,
    assets_url: `${api}/assets`,
    upload_url: `https://uploads.github.com/repos/${r.owner}/${r.repo}/releases/${r.id}/assets{?name,label}`,
    tarball_url: `${apiUrl}/repos/${r.owner}/${r.repo}/tarball/${r.tag_name}`,
    zipball_url: `${apiUrl}/repos/${r.owner}/${r.repo}/zipball/${r.tag_name}`,
    id: r.id,
    node_id: nodeId('RE', 'Release', r.id),
    tag_name: r.tag_name,
    target_commitish: 'main',
    name: r.tag_name,
    body: null,
    draft: r.draft,
    prerelease: r.prerelease,
    created_at: r.created_at,
    published_at: r.published_at,
    author: simpleUser(apiUrl, 'github-actions[bot]', 41898282),
    assets: []
  }
}

/**
 * Adds an issue (or, with `pull_request`, a pull request) to the fake: the next number of its
 * repository, created now on the fake's clock; author octocat unless given.
 */
export function seedIssue(
  fake: GitHubFake,
  o: {
    owner: string
    repo: string
    title?: string
    body?: string | null
    labels?: string[]
    author?: { login: string; id: number; type?: string }
    state?: 'open' | 'closed'
    pull_request?: boolean
    created_at?: string
  }
): StoredIssue {
  const at = o.created_at ?? nextTimestamp(fake)
  const issue: StoredIssue = {
    owner: o.owner,
    repo: o.repo,
    number: fake.state.issues.filter((i) => i.owner === o.owner && i.repo === o.repo).length + 1,
    id: fake.state.nextId++,
    title: o.title ?? 'an issue',
    body: o.body ?? null,
    author: o.author ?? { login: 'octocat', id: 583231, type: 'User' },
    labels: [...(o.labels ?? [])],
    state: o.state ?? 'open',
    state_reason: o.state === 'closed' ? 'completed' : null,
    created_at: at,
    updated_at: at,
    closed_at: o.state === 'closed' ? at : null,
    ...(o.pull_request ? { pull_request: true } : {})
  }
  fake.state.issues.push(issue)
  return issue
}

function labelNames(value: unknown): string[] | undefined {
  const list = isRecord(value) ? value.labels : value
  if (!Array.isArray(list)) return undefined
  return list
    .map((l) => (typeof l === 'string' ? l : isRecord(l) ? l.name : undefined))
    .filter((l): l is string => typeof l === 'string')
}

function registerIssueRoutes(fake: GitHubFake): void {
  const find = (req: FakeRequest): StoredIssue | undefined =>
    fake.state.issues.find(
      (i) =>
        i.owner === req.params.owner &&
        i.repo === req.params.repo &&
        String(i.number) === req.params.issue_number
    )

  fake.route('GET /repos/{owner}/{repo}/issues', (req, f) => {
    const denied = issuesDenied(req, f, ISSUE_DOCS, false)
    if (denied) return denied
    const state = req.query.get('state') ?? 'open'
    const labels = (req.query.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim())
      .filter((l) => l !== '')
    const since = req.query.get('since')
    const from = since !== null ? Date.parse(since) : NaN
    const sort = req.query.get('sort') ?? 'created'
    const ascending = req.query.get('direction') === 'asc'
    const items = f.state.issues
      .filter(
        (i) =>
          i.owner === req.params.owner &&
          i.repo === req.params.repo &&
          (state === 'all' || i.state === state) &&
          // GitHub matches label names without case.
          labels.every((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase())) &&
          (Number.isNaN(from) || Date.parse(i.updated_at) >= from)
      )
      .sort((a, b) => {
        const key = (i: StoredIssue): string => (sort === 'updated' ? i.updated_at : i.created_at)
        const d = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number
        return ascending ? d : -d
      })
      .map((i) => issueJson(i, f.url))
    return paginate(req, items, f)
  })

  fake.route('POST /repos/{owner}/{repo}/issues', (req, f) => {
    const denied = issuesDenied(req, f, ISSUE_DOCS, true)
    if (denied) return denied
    const title = field(req.body, 'title')
    if (typeof title !== 'string' || title === '')
      return validationFailed([{ resource: 'Issue', field: 'title', code: 'missing_field' }])
    if (title.length > 256)
      return validationFailed([{ resource: 'Issue', field: 'title', code: 'custom' }])
    const actor = tokenUser(req, f)
    const issue = seedIssue(f, {
      owner: req.params.owner ?? '',
      repo: req.params.repo ?? '',
      title,
      body: stringField(req.body, 'body') ?? null,
      labels: labelNames(field(req.body, 'labels')) ?? [],
      author: { ...actor, type: actor.login.endsWith('[bot]') ? 'Bot' : 'User' }
    })
    return { status: 201, body: issueJson(issue, f.url) }
  })

  fake.route('GET /repos/{owner}/{repo}/issues/{issue_number}', (req, f) => {
    const denied = issuesDenied(req, f, ISSUE_DOCS, false)
    if (denied) return denied
    const issue = find(req)
    return issue ? { status: 200, body: issueJson(issue, f.url) } : notFound()
  })

  fake.route('PATCH /repos/{owner}/{repo}/issues/{issue_number}', (req, f) => {
    const denied = issuesDenied(req, f, ISSUE_DOCS, true)
    if (denied) return denied
    const issue = find(req)
    if (!issue) return notFound()
    const title = stringField(req.body, 'title')
    if (title !== undefined) issue.title = title
    const body = field(req.body, 'body')
    if (typeof body === 'string' || body === null) issue.body = body
    const state = stringField(req.body, 'state')
    const at = nextTimestamp(f)
    if (state === 'closed' && issue.state === 'open') {
      issue.state = 'closed'
      issue.closed_at = at
      const reason = stringField(req.body, 'state_reason')
      issue.state_reason = reason === 'not_planned' || reason === 'duplicate' ? reason : 'completed'
    } else if (state === 'open' && issue.state === 'closed') {
      issue.state = 'open'
      issue.closed_at = null
      issue.state_reason = 'reopened'
    }
    const labels = labelNames(field(req.body, 'labels'))
    if (labels) issue.labels = labels
    issue.updated_at = at
    return { status: 200, body: issueJson(issue, f.url) }
  })

  fake.route('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', (req, f) => {
    const denied = issuesDenied(req, f, ISSUE_DOCS, false)
    if (denied) return denied
    const issue = find(req)
    if (!issue) return notFound()
    return paginate(
      req,
      issue.labels.map((l) => labelJson(l, f.url, issue.owner, issue.repo)),
      f
    )
  })

  fake.route('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', (req, f) => {
    const denied = issuesDenied(req, f, ISSUE_DOCS, true)
    if (denied) return denied
    const issue = find(req)
    if (!issue) return notFound()
    for (const l of labelNames(req.body) ?? []) if (!issue.labels.includes(l)) issue.labels.push(l)
    issue.updated_at = nextTimestamp(f)
    return {
      status: 200,
      body: issue.labels.map((l) => labelJson(l, f.url, issue.owner, issue.repo))
    }
  })

  fake.route('GET /repos/{owner}/{repo}/releases', (req, f) => {
    const items = f.state.releases
      .filter((r) => r.owner === req.params.owner && r.repo === req.params.repo)
      .sort((a, b) =>
        a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id
      )
      .map((r) => releaseJson(r, f.url))
    return paginate(req, items, f)
  })
}
