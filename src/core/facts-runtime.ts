/** Child processes and the Actions API, as built-in checks use them (see core/facts.ts). */

/** Runs interpreters and commands with the isolation the checks need. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the facts work
export interface Processes {}

/** Workflow runs and jobs from the Actions API, within a request budget. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the facts work
export interface ActionsHistory {}
