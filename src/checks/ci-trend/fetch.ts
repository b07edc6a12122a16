import {
  expectShape,
  list,
  nullable,
  num,
  obj,
  optional,
  str,
  type Shape
} from '../../github/answer.js'
import { createClient, type Deadline, type GitHubClient } from '../../github/client.js'
import { describeFailure } from '../../github/branch-rules.js'
import { statusOf } from '../../github/status.js'
import type { JobAttempt, RunFacts, WorkflowFacts } from './model.js'

export const UNLOCK_ACTIONS =
  'a token with "actions: read" (add `permissions: { actions: read }` to the job)'

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

export interface FetchOptions {
  token: string
  apiUrl: string
  owner: string
  repo: string
  workflows: string[]
  branch?: string
  event?: string
  window: number
  maxRequests: number
  /** Runs created after it are left out: the same effective time gives the same history. */
  effectiveTime: number
  log: (m: string) => void
  /** API limits (default: the api-timeout / api-deadline inputs, see ApiLimits). */
  timeoutMs?: number
  deadlineMs?: number
  deadline?: Deadline
}

/** Reads the last `window` completed runs of each workflow and their jobs (all attempts). */
export async function fetchHistory(
  o: FetchOptions
): Promise<{ history: WorkflowFacts[]; requests: number; branch: string }> {
  let requests = 0
  const gh = createClient(o.token, {
    baseUrl: o.apiUrl,
    log: o.log,
    ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
    ...(o.deadlineMs !== undefined ? { deadlineMs: o.deadlineMs } : {}),
    ...(o.deadline ? { deadline: o.deadline } : {}),
    onRequest: () => {
      requests++
      if (requests > o.maxRequests)
        throw new BudgetExhausted(
          `stopped after ${o.maxRequests} requests (checks.ci-trend.max_requests)`
        )
    }
  })
  const history: WorkflowFacts[] = []
  let branch = o.branch ?? ''
  if (!branch) {
    try {
      const route = 'GET /repos/{owner}/{repo}'
      const { data } = await gh.request(route, { owner: o.owner, repo: o.repo })
      branch = expectShape<{ default_branch: string }>(
        data,
        REPO_SHAPE,
        route,
        'a repository'
      ).default_branch
    } catch (e) {
      const f = describeFailure(e, UNLOCK_ACTIONS)
      return {
        history: o.workflows.map((w) => ({
          workflow: w,
          runs: [],
          problem: {
            status: 'unverified',
            message: `the default branch could not be read: ${f.reason}`,
            unlock: f.unlock
          }
        })),
        requests,
        branch
      }
    }
  }
  let stopped: string | undefined
  for (const workflow of o.workflows) {
    if (stopped) {
      history.push({
        workflow,
        runs: [],
        problem: {
          status: 'unverified',
          message: `not read: ${stopped}`,
          unlock: 'wait for the rate limit to reset, or raise checks.ci-trend.max_requests'
        }
      })
      continue
    }
    try {
      history.push(await fetchWorkflow(gh, o, workflow, branch))
    } catch (e) {
      // The budget check throws inside fetch, which Octokit wraps: judge by the count itself.
      if (e instanceof BudgetExhausted || requests > o.maxRequests) {
        stopped = `stopped after ${o.maxRequests} requests (checks.ci-trend.max_requests)`
        history.push({
          workflow,
          runs: [],
          problem: {
            status: 'unverified',
            message: `history incomplete: ${stopped}`,
            unlock: 'raise checks.ci-trend.max_requests or shorten the window'
          }
        })
        continue
      }
      const status = statusOf(e)
      if (status === 404) {
        history.push({
          workflow,
          runs: [],
          problem: {
            status: 'failed',
            message: `workflow ${workflow} was not found (deleted or renamed)`,
            remediation: 'point checks.ci-trend.jobs at the workflow file that runs these jobs now'
          }
        })
        continue
      }
      const f = describeFailure(e, UNLOCK_ACTIONS)
      if (/rate limit/.test(f.reason)) stopped = f.reason
      history.push({
        workflow,
        runs: [],
        problem: {
          status: 'unverified',
          message: `history could not be read: ${f.reason}`,
          unlock: f.unlock
        }
      })
    }
  }
  return { history, requests, branch }
}

async function fetchWorkflow(
  gh: GitHubClient,
  o: FetchOptions,
  workflow: string,
  branch: string
): Promise<WorkflowFacts> {
  const runs = await listItems<RawRun>(
    gh,
    'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    {
      owner: o.owner,
      repo: o.repo,
      workflow_id: workflow,
      branch,
      status: 'completed',
      created: `<=${new Date(o.effectiveTime).toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
      ...(o.event ? { event: o.event } : {})
    },
    'workflow_runs',
    RUN_SHAPE,
    o.window,
    Math.min(100, o.window)
  ).then((rs) => rs.filter((r) => Date.parse(r.created_at) <= o.effectiveTime))
  const facts: RunFacts[] = []
  for (const r of runs) {
    const jobs = await listItems<RawJob>(
      gh,
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
      { owner: o.owner, repo: o.repo, run_id: r.id, filter: 'all' },
      'jobs',
      JOB_SHAPE,
      10_000,
      100
    )
    const byName: Record<string, JobAttempt[]> = {}
    for (const j of jobs) {
      const start = j.started_at ? Date.parse(j.started_at) : NaN
      const end = j.completed_at ? Date.parse(j.completed_at) : NaN
      const attempt: JobAttempt = {
        attempt: j.run_attempt ?? 1,
        conclusion: j.conclusion,
        ...(Number.isFinite(start) && Number.isFinite(end) && end >= start
          ? { duration: Math.round((end - start) / 1000) }
          : {})
      }
      ;(byName[j.name] ??= []).push(attempt)
    }
    for (const list of Object.values(byName)) list.sort((a, b) => a.attempt - b.attempt)
    facts.push({
      workflow,
      id: r.id,
      number: r.run_number,
      head_sha: r.head_sha,
      created_at: r.created_at,
      attempts: r.run_attempt ?? 1,
      jobs: sortKeys(byName)
    })
  }
  return { workflow, runs: facts }
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
