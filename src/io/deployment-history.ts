/**
 * An environment's promotion records from GitHub deployments, with the times GitHub gave them:
 * the same records the promotion store (github/deployment-store.ts) reads as a history (task
 * `deploy:gonogo`, the record as payload, only deployments that reached `success`, by ascending
 * id), plus each deployment's `created_at` and the `created_at` of its first `success` status.
 * Loaded lazily by io/promotion-history.ts, so a gate that runs no rollback-drill never loads
 * Octokit.
 *
 * Sources: GitHub REST "List deployments"
 * (https://docs.github.com/en/rest/deployments/deployments#list-deployments) and "List deployment
 * statuses" (https://docs.github.com/en/rest/deployments/statuses#list-deployment-statuses); both
 * need `deployments: read`.
 */
import {
  DEPLOYMENTS_READ_PERMISSION,
  DEPLOYMENTS_READ_UNLOCK,
  type PromotionEntry,
  type PromotionHistoryAnswer
} from '../core/facts-runtime.js'
import { mapLimit } from '../core/map-limit.js'
import { PROMOTION_TASK } from '../core/promotion.js'
import type { ActionsApiAccess } from '../github/actions-history.js'
import { any, num, obj, str } from '../github/answer.js'
import { describeFailure } from '../github/branch-rules.js'
import { createClient, statusOf, type GitHubClient } from '../github/client.js'
import { listAll } from '../github/paginate.js'
import { payloadOf } from '../github/deployment-store.js'

const LIST_ROUTE = 'GET /repos/{owner}/{repo}/deployments'
const STATUS_ROUTE = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses'
/** Status lookups in flight at once (as the promotion store reads a history). */
const CONCURRENCY = 6

// Shapes read (OpenAPI `deployment`, `deployment-status`), restricted to the fields used.
const DEPLOYMENT_SHAPE = obj({ id: num, payload: any, created_at: str })
const STATUS_SHAPE = obj({ state: str, created_at: str })

interface DeploymentJson {
  id: number
  payload: unknown
  created_at: string
}
interface StatusJson {
  state: string
  created_at: string
}

/** Milliseconds of an ISO 8601 time, or undefined when it is not one. */
function timeOf(text: string): number | undefined {
  const t = Date.parse(text)
  return Number.isFinite(t) ? t : undefined
}

/** One client per history reader, made on first use. */
export function deploymentClient(a: ActionsApiAccess): GitHubClient {
  return createClient(a.token, {
    baseUrl: a.apiUrl,
    ...(a.timeoutMs !== undefined ? { timeoutMs: a.timeoutMs } : {}),
    ...(a.deadlineMs !== undefined ? { deadlineMs: a.deadlineMs } : {}),
    ...(a.deadline ? { deadline: a.deadline } : {})
  })
}

/**
 * The promotion records of `environment` in `a.owner/a.repo`, oldest first. Never throws: an API
 * error, a time-out or a malformed answer is `ok: false` with the reason (naming the endpoint),
 * the unlock and, for 401/403/404, the permission `deployments: read`.
 */
export async function readDeploymentHistory(
  gh: GitHubClient,
  a: ActionsApiAccess,
  environment: string
): Promise<PromotionHistoryAnswer> {
  const describe = `deployments of ${a.owner}/${a.repo}`
  try {
    const deployments = (
      await listAll<DeploymentJson>(
        gh,
        LIST_ROUTE,
        { owner: a.owner, repo: a.repo, task: PROMOTION_TASK, environment },
        { item: DEPLOYMENT_SHAPE, what: 'a list of deployments' }
      )
    ).sort((x, y) => x.id - y.id)
    const statuses = await mapLimit(deployments, CONCURRENCY, (d) =>
      listAll<StatusJson>(
        gh,
        STATUS_ROUTE,
        { owner: a.owner, repo: a.repo, deployment_id: d.id },
        { maxPages: 10, item: STATUS_SHAPE, what: 'a list of deployment statuses' }
      )
    )
    const entries: PromotionEntry[] = []
    deployments.forEach((d, i) => {
      const successes = (statuses[i] ?? [])
        .filter((s) => s.state === 'success')
        .map((s) => timeOf(s.created_at))
      if (successes.length === 0) return
      const known = successes.filter((t): t is number => t !== undefined)
      const startedAt = timeOf(d.created_at)
      entries.push({
        where: `deployment ${d.id}`,
        record: payloadOf(d),
        ...(startedAt !== undefined ? { startedAt } : {}),
        ...(known.length === successes.length ? { completedAt: Math.min(...known) } : {})
      })
    })
    return { ok: true, source: 'deployments', describe, entries }
  } catch (e) {
    const f = describeFailure(e, DEPLOYMENTS_READ_UNLOCK)
    const status = statusOf(e)
    return {
      ok: false,
      source: 'deployments',
      describe,
      reason: f.reason,
      unlock: f.unlock,
      ...((status === 401 || status === 403 || status === 404) && !/^rate limited/.test(f.reason)
        ? { permission: DEPLOYMENTS_READ_PERMISSION }
        : {})
    }
  }
}
