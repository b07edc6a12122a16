import type { GitHistory, RepoFiles } from '../core/facts.js'
import type { Workspace } from './workspace.js'

/** The repository facts over a confined workspace (files) and git (history). */
export function createRepoFacts(ws: Workspace): { files: RepoFiles; git: GitHistory } {
  void ws
  return { files: {}, git: {} }
}
