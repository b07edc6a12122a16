import type { CheckFacts } from '../core/facts.js'
import { createRepoFacts } from './repo-facts.js'
import { createRuntimeFacts, type ActionsAccess } from './runtime-facts.js'
import type { Workspace } from './workspace.js'

/** The facts a built-in check receives, over the real workspace, git, processes and API. */
export function createCheckFacts(ws: Workspace, github?: ActionsAccess): CheckFacts {
  return { ...createRepoFacts(ws), ...createRuntimeFacts(ws, github) }
}
