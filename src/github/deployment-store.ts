import { ConfigurationError } from '../core/errors.js'
import { PROMOTION_TASK, type ChainEntry, type PromotionRecord } from '../core/promotion.js'
import type { AppendResult, PromotionStore } from '../core/promotion-store.js'
import { describeFailure } from './branch-rules.js'
import type { GitHubClient } from './client.js'
import { any, expectShape, num, obj, str } from './answer.js'
import { listAll } from './paginate.js'
import { mapLimit } from '../core/map-limit.js'

export const DEPLOYMENTS_PERMISSION = 'deployments: write'
const UNLOCK = `a token with "${DEPLOYMENTS_PERMISSION}" (add \`permissions: deployments: write\` to the job)`
/** GitHub keeps deployment and status descriptions to 140 characters. */
const MAX_DESCRIPTION = 140
/** Status lookups in flight at once while reading a history. */
const CONCURRENCY = 6

interface Repo {
  owner: string
  repo: string
}

interface DeploymentJson {
  id: number
  payload: unknown
}

interface StatusJson {
  state: string
}

// Shapes read (OpenAPI `deployment`, `deployment-status`), restricted to the fields used.
const DEPLOYMENT_SHAPE = obj({ id: num, payload: any })
const STATUS_SHAPE = obj({ state: str })
const CREATED_SHAPE = obj({ id: num })
const STATUS_CREATED_SHAPE = obj({ id: num, state: str })

/** A state that ends a deployment without it having happened. */
const FAILED_STATES = new Set(['failure', 'error'])

function short(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`
}

/** A deployment's payload as a value: GitHub may hand it back as the JSON text it was given. */
export function payloadOf(d: { payload?: unknown }): unknown {
  if (typeof d.payload !== 'string') return d.payload
  try {
    return JSON.parse(d.payload) as unknown
  } catch {
    return { unreadable: 'payload is not JSON' }
  }
}

function sequenceOf(d: DeploymentJson): number | undefined {
  const p = payloadOf(d)
  if (p === null || typeof p !== 'object') return undefined
  const n = (p as { sequence?: unknown }).sequence
  return typeof n === 'number' ? n : undefined
}

/**
 * Promotion records as GitHub deployments: one deployment per promotion (task `deploy:gonogo`,
 * the record as its payload) with statuses in_progress, then success or failure. The history of
 * an environment is its deployments that reached success, oldest first.
 *
 * Races: after creating its deployment (in_progress), a promotion lists the environment's
 * deployments again; if an earlier deployment claims the same record number and has not failed,
 * the earlier one wins and this one is marked failure, naming the winner. Deployment ids only
 * grow, so exactly one of racing promotions sees no earlier claimant.
 */
export class DeploymentStore implements PromotionStore {
  readonly describe: string

  constructor(
    private readonly gh: GitHubClient,
    private readonly r: Repo,
    private readonly opts: { logUrl?: string | null } = {}
  ) {
    this.describe = `deployments of ${r.owner}/${r.repo}`
  }

  private async list(environment: string): Promise<DeploymentJson[]> {
    try {
      const all = await listAll<DeploymentJson>(
        this.gh,
        'GET /repos/{owner}/{repo}/deployments',
        {
          owner: this.r.owner,
          repo: this.r.repo,
          task: PROMOTION_TASK,
          environment
        },
        { item: DEPLOYMENT_SHAPE, what: 'a list of deployments' }
      )
      return all.sort((a, b) => a.id - b.id)
    } catch (e) {
      throw this.failure(`cannot list the deployments of ${environment}`, e)
    }
  }

  private async statuses(id: number): Promise<string[]> {
    try {
      const all = await listAll<StatusJson>(
        this.gh,
        'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        { owner: this.r.owner, repo: this.r.repo, deployment_id: id },
        { maxPages: 10, item: STATUS_SHAPE, what: 'a list of deployment statuses' }
      )
      return all.map((s) => s.state)
    } catch (e) {
      throw this.failure(`cannot read the statuses of deployment ${id}`, e)
    }
  }

  private failure(what: string, e: unknown): ConfigurationError {
    const d = describeFailure(e, UNLOCK)
    return new ConfigurationError(
      `${what} in ${this.r.owner}/${this.r.repo}: ${d.reason}; ${d.unlock}`
    )
  }

  async history(environment: string): Promise<ChainEntry[]> {
    const deployments = await this.list(environment)
    const states = await mapLimit(deployments, CONCURRENCY, (d) => this.statuses(d.id))
    return deployments
      .filter((_, i) => (states[i] ?? []).includes('success'))
      .map((d) => ({ where: `deployment ${d.id}`, record: payloadOf(d) }))
  }

  private async create(record: PromotionRecord, description: string): Promise<number> {
    try {
      const res = await this.gh.request('POST /repos/{owner}/{repo}/deployments', {
        owner: this.r.owner,
        repo: this.r.repo,
        ref: record.bundle.subject.sha,
        task: PROMOTION_TASK,
        environment: record.environment,
        payload: record as unknown as Record<string, unknown>,
        description: short(description),
        auto_merge: false,
        // The gate already judged the commit; GitHub's commit-status check would only repeat it.
        required_contexts: [],
        transient_environment: false
      })
      if (res.status !== 201)
        throw new Error(`GitHub did not create the deployment (HTTP ${res.status})`)
      return expectShape<{ id: number }>(
        res.data,
        CREATED_SHAPE,
        'POST /repos/{owner}/{repo}/deployments',
        'a deployment'
      ).id
    } catch (e) {
      throw this.failure(`cannot create a deployment for ${record.environment}`, e)
    }
  }

  private async setStatus(
    id: number,
    state: 'in_progress' | 'success' | 'failure',
    description: string
  ): Promise<void> {
    const route = 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses'
    try {
      const res = await this.gh.request(route, {
        owner: this.r.owner,
        repo: this.r.repo,
        deployment_id: id,
        state,
        description: short(description),
        ...(this.opts.logUrl ? { log_url: this.opts.logUrl } : {})
      })
      // Only an answer that is the new status confirms it (a redirect or an empty 200 does not).
      const created = expectShape<{ state: string }>(
        res.data,
        STATUS_CREATED_SHAPE,
        route,
        'a deployment status'
      )
      if (res.status !== 201 || created.state !== state)
        throw new Error(`GitHub did not record the ${state} status (HTTP ${res.status})`)
    } catch (e) {
      throw this.failure(`cannot set deployment ${id} to ${state}`, e)
    }
  }

  async append(record: PromotionRecord): Promise<AppendResult> {
    const label = `gonogo ${record.kind} #${record.sequence}: ${record.bundle.id}`
    const id = await this.create(record, label)
    try {
      await this.setStatus(id, 'in_progress', `${label}: checking for a concurrent promotion`)
      const winner = await this.earlierClaimant(record, id)
      if (winner !== undefined) {
        const still = winner.finished
          ? ''
          : ` and is still in progress (if its run has died, set its status to failure: POST /repos/${this.r.owner}/${this.r.repo}/deployments/${winner.id}/statuses with state=failure)`
        const message = `deployment ${winner.id} claimed ${record.environment} #${record.sequence} first${still}; this promotion (deployment ${id}) is not recorded: run it again to promote on top of it`
        await this.setStatus(id, 'failure', `lost the race to deployment ${winner.id}`)
        return { ok: false, message }
      }
      await this.setStatus(id, 'success', label)
    } catch (e) {
      // Never leave a claim behind that would block every later promotion.
      await this.setStatus(id, 'failure', 'gonogo could not finish recording this promotion').catch(
        () => undefined
      )
      throw e
    }
    return { ok: true, where: `deployment ${id}` }
  }

  /** An earlier deployment claiming the same record number (or a later one), not failed. */
  private async earlierClaimant(
    record: PromotionRecord,
    mine: number
  ): Promise<{ id: number; finished: boolean } | undefined> {
    for (const d of await this.list(record.environment)) {
      if (d.id >= mine) break
      const n = sequenceOf(d)
      if (n === undefined || n < record.sequence) continue
      const states = await this.statuses(d.id)
      if (!states.some((s) => FAILED_STATES.has(s)))
        return { id: d.id, finished: states.includes('success') }
    }
    return undefined
  }

  async refuse(record: PromotionRecord, why: string): Promise<void> {
    const id = await this.create(record, `gonogo ${record.kind} refused: ${record.bundle.id}`)
    // Retried once: a refused deployment without a failure status would read as a claimant.
    await this.setStatus(id, 'failure', why).catch(() => this.setStatus(id, 'failure', why))
  }
}
