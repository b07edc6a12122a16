/**
 * The promotion-history fact of `CheckFacts` (core/facts-runtime.ts `PromotionHistory`), over the
 * existing promotion stores: the CLI's state folder through `LocalStateStore` (io/local-state.ts),
 * confined to the workspace, with each record file's modification time as its completion; GitHub
 * deployments (io/deployment-history.ts, loaded on first use) with their `created_at` and their
 * first `success` status's `created_at`.
 */
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../core/errors.js'
import {
  DEPLOYMENTS_READ_UNLOCK,
  type PromotionEntry,
  type PromotionHistory,
  type PromotionHistoryAnswer,
  type PromotionSource
} from '../core/facts-runtime.js'
import { ENVIRONMENT_NAME } from '../core/promotion.js'
import type { ActionsApiAccess } from '../github/actions-history.js'
import type { GitHubClient } from '../github/client.js'
import { LocalStateStore } from './local-state.js'
import type { Workspace } from './workspace.js'

/**
 * The promotion history readable from `ws` (the state folder) and, when `github` is given, from
 * the repository's deployments. Every answer is a value: a folder outside the workspace, an
 * unreadable folder or an API error is `ok: false` with what to do.
 */
export function createPromotionHistory(ws: Workspace, github?: ActionsApiAccess): PromotionHistory {
  let client: Promise<GitHubClient> | undefined
  const sources: PromotionSource[] = github ? ['deployments', 'local'] : ['local']
  return {
    sources,
    read: async (q): Promise<PromotionHistoryAnswer> => {
      if (!ENVIRONMENT_NAME.test(q.environment)) {
        return {
          ok: false,
          source: q.source,
          describe: q.source === 'local' ? q.folder : 'deployments',
          reason: `'${q.environment}' is not an environment name`,
          unlock: 'name environments as GitHub does (letters, digits, ., _ and -)'
        }
      }
      if (q.source === 'local') return readLocal(ws, q.folder, q.environment)
      if (!github) {
        return {
          ok: false,
          source: 'deployments',
          describe: 'deployments',
          reason: 'no GitHub token, so the deployments could not be read',
          unlock: `${DEPLOYMENTS_READ_UNLOCK}; locally, set GITHUB_TOKEN and GITHUB_REPOSITORY`,
          permission: 'deployments: read'
        }
      }
      try {
        const m = await import('./deployment-history.js')
        client ??= Promise.resolve(m.deploymentClient(github))
        return await m.readDeploymentHistory(await client, github, q.environment)
      } catch (e) {
        return {
          ok: false,
          source: 'deployments',
          describe: `deployments of ${github.owner}/${github.repo}`,
          reason: `the GitHub client could not be started (${errorMessage(e)})`,
          unlock: 're-run the job; if it persists, report it'
        }
      }
    }
  }
}

/**
 * The records of `environment` under the workspace folder `folder`, as `LocalStateStore` reads
 * them. The folder and the environment's folder must stay inside the workspace (links
 * included); a record file that is not a regular file (a symbolic link) breaks the history there.
 */
async function readLocal(
  ws: Workspace,
  folder: string,
  environment: string
): Promise<PromotionHistoryAnswer> {
  const describe = ws.relative(folder) ?? folder
  const fail = (reason: string, unlock: string): PromotionHistoryAnswer => ({
    ok: false,
    source: 'local',
    describe,
    reason,
    unlock
  })
  const root = await ws.confine(folder)
  const envDir = await ws.confine(`${describe}/${environment}`)
  if (root === undefined || envDir === undefined) {
    return fail(
      `${describe}/${environment} is outside the workspace (or a link leads out of it)`,
      'point checks.rollback-drill.state at the state folder inside the repository'
    )
  }
  let chain
  try {
    chain = await new LocalStateStore(root, describe).history(environment)
  } catch (e) {
    // The store names absolute paths; reports name workspace paths (the same on every machine).
    return fail(
      errorMessage(e).split(root).join(describe),
      `make ${describe}/${environment} readable to the gate`
    )
  }
  const entries: PromotionEntry[] = []
  for (const entry of chain) {
    const name = path.posix.basename(entry.where)
    let completedAt: number | undefined
    let record = entry.record
    try {
      const st = await lstat(path.join(envDir, name))
      if (st.isFile()) completedAt = Math.trunc(st.mtimeMs)
      else record = { unreadable: 'not a regular file (a symbolic link?)' }
    } catch (e) {
      record = { unreadable: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` }
    }
    entries.push({
      where: entry.where,
      record,
      ...(completedAt !== undefined ? { completedAt } : {})
    })
  }
  return { ok: true, source: 'local', describe, entries }
}
