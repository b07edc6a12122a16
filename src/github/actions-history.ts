/**
 * Workflow runs and their jobs from the Actions REST API, within a request budget (moved from
 * checks/ci-trend/fetch.ts). Implements `ActionsHistory` of core/facts-runtime.ts over
 * `createClient` (its per-request timeout, run deadline, retries and answer-size limits).
 *
 * Sources: GitHub REST "List workflow runs for a workflow"
 * (https://docs.github.com/en/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow),
 * "List jobs for a workflow run" (https://docs.github.com/en/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run),
 * "Get a repository" (https://docs.github.com/en/rest/repos/repos#get-a-repository).
 */
import {
  ACTIONS_READ_UNLOCK,
  type ActionsAnswer,
  type ActionsFailure,
  type ActionsHistory,
  type ActionsJobAttempt,
  type ActionsReader,
  type ActionsRun,
  type WorkflowRunsQuery
} from '../core/facts-runtime.js'
import { expectShape, list, nullable, num, obj, optional, str, type Shape } from './answer.js'
import type { Deadline } from './api-limits.js'
import { describeFailure } from './branch-rules.js'
import { createClient, type GitHubClient } from './client.js'
import { statusOf } from './status.js'

/** Where the API is and how long it may take. */
export interface ActionsApiAccess {
  token: string
  /** REST API root (`GITHUB_API_URL`). */
  apiUrl: string
  owner: string
  repo: string
  /** Per-request timeout, ms (the `api-timeout` input). */
  timeoutMs?: number
  /** Budget of each reader's client, ms from its creation; ignored when `deadline` is given. */
  deadlineMs?: number
  /** The run's one API budget, shared by every client (the `api-deadline` input). */
  deadline?: Deadline
}

class BudgetExhausted extends Error {}

interface RawRun {
  id: number
  run_number: number
  run_attempt?: number
  head_sha: string
  created_at: string
}
interface RawJob {
  name: string
  run_attempt?: number
  conclusion: string | null
  started_at?: string | null
  completed_at?: string | null
}

const REPO_ROUTE = 'GET /repos/{owner}/{repo}'
const RUNS_ROUTE = 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'
const JOBS_ROUTE = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs'

// Shapes read (OpenAPI `workflow-run`, `job`, `full-repository`), restricted to the fields used.
const RUN_SHAPE = obj({
  id: num,
  run_number: num,
  run_attempt: optional(num),
  head_sha: str,
  created_at: str
})
const JOB_SHAPE = obj({
  name: str,
  run_attempt: optional(num),
  conclusion: nullable(str),
  started_at: nullable(str),
  completed_at: nullable(str)
})
const REPO_SHAPE = obj({ default_branch: str })

/**
 * Items of a `{ total_count, <key>: [...] }` list, page by page, until `max` items or the end.
 * A page without the list, or with an item of the wrong shape (`null` included), is a
 * MalformedAnswerError naming the endpoint.
 */
async function listItems<T>(
  gh: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  key: string,
  item: Shape,
  max: number,
  perPage: number
): Promise<T[]> {
  const out: T[] = []
  const shape = obj({ [key]: list(item) })
  for (let page = 1; out.length < max && page <= 100; page++) {
    const res = await gh.request(route, { ...params, per_page: perPage, page })
    const items = expectShape<Record<string, T[]>>(
      res.data,
      shape,
      route,
      `a list of ${key.replace(/_/g, ' ')}`
    )[key] as T[]
    out.push(...items)
    const link = (res.headers as Record<string, string | undefined>).link ?? ''
    if (!/rel="next"/.test(link) || items.length === 0) break
  }
  return out.slice(0, max)
}

/**
 * The Actions history of one repository. Each `open` makes its own client (so `deadlineMs`
 * counts from then) whose every request, retries and pages included, counts against the reader's
 * `maxRequests`; past it, requests are refused and the answer is a `budget` failure.
 */
export function createActionsHistory(a: ActionsApiAccess): ActionsHistory {
  return {
    open: (o) => openReader(a, o)
  }
}

function openReader(
  a: ActionsApiAccess,
  o: { maxRequests: number; budgetName: string; log: (message: string) => void }
): ActionsReader {
  let requests = 0
  const gh = createClient(a.token, {
    baseUrl: a.apiUrl,
    log: o.log,
    ...(a.timeoutMs !== undefined ? { timeoutMs: a.timeoutMs } : {}),
    ...(a.deadlineMs !== undefined ? { deadlineMs: a.deadlineMs } : {}),
    ...(a.deadline ? { deadline: a.deadline } : {}),
    onRequest: () => {
      requests++
      if (requests > o.maxRequests)
        throw new BudgetExhausted(`stopped after ${o.maxRequests} requests (${o.budgetName})`)
    }
  })
  // The budget check throws inside fetch, which Octokit wraps: judge by the count itself.
  const failure = (e: unknown, endpoint: string): ActionsFailure => {
    const f = describeFailure(e, ACTIONS_READ_UNLOCK)
    return {
      kind:
        e instanceof BudgetExhausted || requests > o.maxRequests
          ? 'budget'
          : statusOf(e) === 404
            ? 'not-found'
            : 'unavailable',
      endpoint,
      reason: f.reason,
      unlock: f.unlock,
      maxRequests: o.maxRequests,
      rateLimited: /rate limit/.test(f.reason)
    }
  }
  return {
    get requests() {
      return requests
    },
    defaultBranch: async (): Promise<ActionsAnswer<string>> => {
      try {
        const { data } = await gh.request(REPO_ROUTE, { owner: a.owner, repo: a.repo })
        const repo = expectShape<{ default_branch: string }>(
          data,
          REPO_SHAPE,
          REPO_ROUTE,
          'a repository'
        )
        return { ok: true, value: repo.default_branch }
      } catch (e) {
        return { ok: false, failure: failure(e, REPO_ROUTE) }
      }
    },
    workflowRuns: async (q): Promise<ActionsAnswer<ActionsRun[]>> => {
      const at = { endpoint: RUNS_ROUTE }
      try {
        return { ok: true, value: await readRuns(gh, a, q, at) }
      } catch (e) {
        return { ok: false, failure: failure(e, at.endpoint) }
      }
    }
  }
}

/** The last `window` completed runs of a workflow and their jobs (all attempts). */
async function readRuns(
  gh: GitHubClient,
  a: ActionsApiAccess,
  q: WorkflowRunsQuery,
  at: { endpoint: string }
): Promise<ActionsRun[]> {
  const runs = await listItems<RawRun>(
    gh,
    RUNS_ROUTE,
    {
      owner: a.owner,
      repo: a.repo,
      workflow_id: q.workflow,
      branch: q.branch,
      status: 'completed',
      created: `<=${new Date(q.createdAtOrBefore).toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
      ...(q.event ? { event: q.event } : {})
    },
    'workflow_runs',
    RUN_SHAPE,
    q.window,
    Math.min(100, q.window)
  ).then((rs) => rs.filter((r) => Date.parse(r.created_at) <= q.createdAtOrBefore))
  at.endpoint = JOBS_ROUTE
  const out: ActionsRun[] = []
  for (const r of runs) {
    const jobs = await listItems<RawJob>(
      gh,
      JOBS_ROUTE,
      { owner: a.owner, repo: a.repo, run_id: r.id, filter: 'all' },
      'jobs',
      JOB_SHAPE,
      10_000,
      100
    )
    const byName: Record<string, ActionsJobAttempt[]> = {}
    for (const j of jobs) {
      const start = j.started_at ? Date.parse(j.started_at) : NaN
      const end = j.completed_at ? Date.parse(j.completed_at) : NaN
      const attempt: ActionsJobAttempt = {
        attempt: j.run_attempt ?? 1,
        conclusion: j.conclusion,
        ...(Number.isFinite(start) && Number.isFinite(end) && end >= start
          ? { duration: Math.round((end - start) / 1000) }
          : {})
      }
      ;(byName[j.name] ??= []).push(attempt)
    }
    for (const attempts of Object.values(byName)) attempts.sort((x, y) => x.attempt - y.attempt)
    out.push({
      id: r.id,
      number: r.run_number,
      head_sha: r.head_sha,
      created_at: r.created_at,
      attempts: r.run_attempt ?? 1,
      jobs: sortKeys(byName)
    })
  }
  return out
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
