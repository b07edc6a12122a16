import { ACTIONS_READ_UNLOCK, type ActionsHistory } from '../../core/facts-runtime.js'
import type { WorkflowFacts } from './model.js'

/** What lets ci-trend read the Actions history. */
export const UNLOCK_ACTIONS = ACTIONS_READ_UNLOCK

/** The setting that bounds the requests, as messages name it. */
const BUDGET_NAME = 'checks.ci-trend.max_requests'

export interface GatherOptions {
  workflows: string[]
  /** The branch whose runs count; the repository's default branch when absent. */
  branch?: string
  event?: string
  /** Runs per workflow, at most. */
  window: number
  /** Requests this gathering may send (retries and pages included). */
  maxRequests: number
  /** Runs created after it (ms) are left out: the same effective time gives the same history. */
  effectiveTime: number
  log: (m: string) => void
}

/**
 * Reads the last `window` completed runs of each workflow and their jobs (all attempts) through
 * `actions`. A workflow whose history cannot be read gets a `problem` instead of runs: `failed`
 * when the API does not know it (404), else `unverified` naming why; once the request budget or
 * the rate limit is spent, the workflows after it are not read. Never throws.
 */
export async function gatherHistory(
  actions: ActionsHistory,
  o: GatherOptions
): Promise<{ history: WorkflowFacts[]; requests: number; branch: string }> {
  const reader = actions.open({ maxRequests: o.maxRequests, budgetName: BUDGET_NAME, log: o.log })
  const history: WorkflowFacts[] = []
  let branch = o.branch ?? ''
  if (!branch) {
    const b = await reader.defaultBranch()
    if (!b.ok) {
      return {
        history: o.workflows.map((w) => ({
          workflow: w,
          runs: [],
          problem: {
            status: 'unverified',
            message: `the default branch could not be read: ${b.failure.reason}`,
            unlock: b.failure.unlock
          }
        })),
        requests: reader.requests,
        branch
      }
    }
    branch = b.value
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
    const a = await reader.workflowRuns({
      workflow,
      branch,
      ...(o.event ? { event: o.event } : {}),
      window: o.window,
      createdAtOrBefore: o.effectiveTime
    })
    if (a.ok) {
      history.push({ workflow, runs: a.value.map((r) => ({ workflow, ...r })) })
      continue
    }
    const f = a.failure
    if (f.kind === 'budget') {
      stopped = `stopped after ${o.maxRequests} requests (${BUDGET_NAME})`
      history.push({
        workflow,
        runs: [],
        problem: {
          status: 'unverified',
          message: `history incomplete: ${stopped}`,
          unlock: 'raise checks.ci-trend.max_requests or shorten the window'
        }
      })
    } else if (f.kind === 'not-found') {
      history.push({
        workflow,
        runs: [],
        problem: {
          status: 'failed',
          message: `workflow ${workflow} was not found (deleted or renamed)`,
          remediation: 'point checks.ci-trend.jobs at the workflow file that runs these jobs now'
        }
      })
    } else {
      if (f.rateLimited) stopped = f.reason
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
  return { history, requests: reader.requests, branch }
}
