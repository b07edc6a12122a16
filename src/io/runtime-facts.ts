import type { ActionsHistory, Processes } from '../core/facts.js'
import type { Workspace } from './workspace.js'

/** What the Actions API facts need: the repository and a token (absent: no `actions`). */
export interface ActionsAccess {
  token: string
  apiUrl: string
  owner: string
  repo: string
  timeoutMs?: number
  deadline?: unknown
}

/** Processes run in (a copy of) the workspace; the Actions history when GitHub is reachable. */
export function createRuntimeFacts(
  ws: Workspace,
  github?: ActionsAccess
): { processes: Processes; actions?: ActionsHistory } {
  void ws
  void github
  return { processes: {} }
}
