import os from 'node:os'
import type { ActionsHistory, IncidentHistory, Processes, PromotionHistory } from '../core/facts.js'
import { ISSUES_READ_PERMISSION, type ActionsReader } from '../core/facts-runtime.js'
import type { ActionsApiAccess } from '../github/actions-history.js'
import { headCommitTime, openToolScratch, runTool } from './processes.js'
import { createPromotionHistory } from './promotion-history.js'
import { openReplaySandbox } from './replay-sandbox.js'
import type { Workspace } from './workspace.js'

/** What the Actions API facts need: the repository and a token (absent: no `actions`). */
export type ActionsAccess = ActionsApiAccess

/**
 * The real processes for a workspace: tools run from the OS temporary folder (io/processes.ts),
 * replays in copies under `tempRoot` (default `$RUNNER_TEMP`, else the OS temporary folder; see
 * io/replay-sandbox.ts), HEAD's commit time from git in the workspace.
 */
export function createProcesses(ws: Workspace, o: { tempRoot?: string } = {}): Processes {
  return {
    runTool,
    toolScratch: openToolScratch,
    openReplay: () =>
      openReplaySandbox({
        root: ws.root,
        tempRoot: o.tempRoot ?? process.env.RUNNER_TEMP ?? os.tmpdir()
      }),
    headCommitTime: () => headCommitTime(ws.root)
  }
}

/**
 * Processes run in (a copy of) the workspace; the Actions history (github/actions-history.ts)
 * when GitHub is reachable, i.e. when `github` is given; the promotion history
 * (io/promotion-history.ts): the workspace's state folder, and the deployments with `github`;
 * the incident history (github/incidents.ts) with `github`.
 */
export function createRuntimeFacts(
  ws: Workspace,
  github?: ActionsAccess
): {
  processes: Processes
  actions?: ActionsHistory
  promotions: PromotionHistory
  incidents?: IncidentHistory
} {
  return {
    processes: createProcesses(ws),
    ...(github ? { actions: lazyActionsHistory(github), incidents: lazyIncidents(github) } : {}),
    promotions: createPromotionHistory(ws, github)
  }
}

/**
 * The incident issues and releases (github/incidents.ts), with the GitHub client loaded only
 * when the incidents check first reads them.
 */
function lazyIncidents(github: ActionsAccess): IncidentHistory {
  return {
    read: async (q) => {
      try {
        const [m, c] = await Promise.all([
          import('../github/incidents.js'),
          import('../github/client.js')
        ])
        const client = () =>
          Promise.resolve(
            c.createClient(github.token, {
              baseUrl: github.apiUrl,
              ...(github.timeoutMs !== undefined ? { timeoutMs: github.timeoutMs } : {}),
              ...(github.deadline
                ? { deadline: github.deadline }
                : github.deadlineMs !== undefined
                  ? { deadlineMs: github.deadlineMs }
                  : {})
            })
          )
        return await m.createIncidentHistory(github, client).read(q)
      } catch (e) {
        // Only loading can throw here (the reader itself answers every API error).
        return {
          ok: false,
          reason: `the GitHub client could not be loaded: ${e instanceof Error ? e.message : String(e)}`,
          unlock: 'reinstall gonogo',
          permission: ISSUES_READ_PERMISSION
        }
      }
    }
  }
}

/**
 * The Actions history, with the GitHub client (Octokit and its plugins, about 30 ms to load)
 * loaded only when a reader first asks something: most gates run no check that reads the API.
 */
function lazyActionsHistory(github: ActionsAccess): ActionsHistory {
  return {
    open: (o) => {
      let reader: Promise<ActionsReader> | undefined
      const real = (): Promise<ActionsReader> =>
        (reader ??= import('../github/actions-history.js').then((m) =>
          m.createActionsHistory(github).open(o)
        ))
      let loaded: ActionsReader | undefined
      return {
        get requests() {
          return loaded?.requests ?? 0
        },
        defaultBranch: async () => (loaded = await real()).defaultBranch(),
        workflowRuns: async (q) => (loaded = await real()).workflowRuns(q)
      }
    }
  }
}
