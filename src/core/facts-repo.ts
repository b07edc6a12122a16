/** The repository's files and git history, as built-in checks read them (see core/facts.ts). */

/** Files of the checked-out repository (workspace-confined). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the facts work
export interface RepoFiles {}

/** The repository's git history. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the facts work
export interface GitHistory {}
