/**
 * What a built-in check receives to read the world: the repository's files, its git history,
 * child processes and the Actions API, each behind a small interface (implemented in `io/` and
 * `github/`, scripted in memory by tests). A check's gather half sees only these; its judge half
 * only the facts they return. Modelled on Scorecard's `clients.RepoClient`.
 */
import type { GitHistory, RepoFiles } from './facts-repo.js'
import type {
  ActionsHistory,
  IncidentHistory,
  Processes,
  PromotionHistory
} from './facts-runtime.js'

export type { GitHistory, RepoFiles } from './facts-repo.js'
export type {
  ActionsHistory,
  IncidentHistory,
  Processes,
  PromotionHistory
} from './facts-runtime.js'

/**
 * Everything a built-in check may read; `actions` is absent without a GitHub token. `promotions`
 * (the promotion history: deployments with a token, the CLI's state folder always) is absent
 * where the caller built no such reader (older in-memory facts): a check treats that as
 * unverified, never as an empty history. `incidents` (the incident issues and releases, issue 18)
 * is absent without a token: unverified too.
 */
export interface CheckFacts {
  files: RepoFiles
  git: GitHistory
  processes: Processes
  actions?: ActionsHistory
  promotions?: PromotionHistory
  incidents?: IncidentHistory
}
