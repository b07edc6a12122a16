/**
 * Child processes and the Actions API, as built-in checks use them (see core/facts.ts).
 *
 * Implemented over the real machine by io/processes.ts (with io/replay-sandbox.ts) and over the
 * REST API by github/actions-history.ts; scripted in memory by __tests__/support/facts-runtime.ts.
 * No operation here throws for a failure of the outside world: a missing interpreter, a time-out,
 * an unreadable copy or an API error is a value the check judges. Times are milliseconds unless a
 * name says seconds; paths handed back are opaque strings the check only passes on or scrubs.
 *
 * Where the line is: the facts run things and read what they left (exit status, bounded output,
 * file digests, API records); the checks decide what to run, with which pinned environment, and
 * what the observations mean.
 */

// ------------------------------------------------------------------------------------------------
// Tools (interpreters run over text the check hands in: workflow-lint's syntax checks)

/**
 * How a tool run ended, when it did not simply exit:
 * - `missing`: the executable was not found or may not be run (ENOENT, EACCES);
 * - `timeout`: killed (SIGKILL) after `timeoutMs`;
 * - `output-limit`: killed because stdout or stderr passed {@link TOOL_MAX_OUTPUT_BYTES};
 * - `failed`: could not be started for another reason (`message` says why).
 */
export type ToolFailure =
  | { kind: 'missing' }
  | { kind: 'timeout' }
  | { kind: 'output-limit' }
  | { kind: 'failed'; message: string }

/**
 * One run of a tool: its exit code (null when killed by a signal or never started), its whole
 * stdout and stderr as UTF-8 (each at most {@link TOOL_MAX_OUTPUT_BYTES}), and `failure` when it
 * did not run to an exit of its own.
 */
export interface ToolRun {
  exitCode: number | null
  stdout: string
  stderr: string
  failure?: ToolFailure
}

/** Bytes of stdout (and, separately, stderr) a tool may write before it is killed: 4 MiB. */
export const TOOL_MAX_OUTPUT_BYTES = 4 * 1024 * 1024

/**
 * A private temporary folder for a tool's input files, outside the workspace. `write` stores a
 * UTF-8 text under a plain file name (no `/`) and answers its absolute path, or `{ error }` when
 * the file could not be written (`cannot write <name> (<errno code>)`). `dispose` removes the
 * folder and everything in it; it never throws.
 */
export interface ToolScratch {
  write(name: string, text: string): Promise<{ path: string } | { error: string }>
  dispose(): Promise<void>
}

// ------------------------------------------------------------------------------------------------
// Replays (the repository's own build command, run in disposable copies: replay-determinism)

/** Something in the workspace that was not copied, and why. */
export interface SkippedEntry {
  /** Workspace-relative POSIX path. */
  path: string
  reason: 'link-out' | 'special-file' | 'unreadable'
  /** Completes a sentence that starts with the path: `cannot be read (EACCES)`. */
  detail: string
}

/** What one copy of the workspace held. */
export interface CopyFacts {
  files: number
  /** Bytes of the regular files copied. */
  bytes: number
  /** Symbolic links recreated inside the copy. */
  links: number
  /** Sorted by path, capped at {@link MAX_SKIPPED_LISTED}; `skippedCount` counts all. */
  skipped: SkippedEntry[]
  skippedCount: number
  /** `.git`: copied, left out by copy_git: false, absent, or a worktree link file (never copied). */
  git: 'copied' | 'excluded' | 'absent' | 'link-file'
}

/** Skipped entries listed one by one in {@link CopyFacts.skipped}. */
export const MAX_SKIPPED_LISTED = 100

/** How a replayed command ended. */
export interface CommandOutcome {
  /** Exit code, or null when the process was killed by a signal or never started. */
  exitCode: number | null
  signal: string | null
  /** Killed (with its whole process group) after the time limit. */
  timedOut: boolean
  /** Set when the shell could not be started at all. */
  error?: string
  /**
   * The last {@link STDERR_TAIL_BYTES} bytes of standard error as UTF-8, with the sandbox's
   * temporary paths replaced by `<copy>` (the copy) and `<tmp>` (its parent), so reports agree
   * between runs.
   */
  stderrTail: string
}

/** Bytes of standard error kept in {@link CommandOutcome.stderrTail}. */
export const STDERR_TAIL_BYTES = 4096

/** Digests of a run's outputs. */
export interface OutputHashes {
  /** Relative POSIX path (to the run's working directory) → `sha256:<hex>` or `link:<target>`. */
  digests: Record<string, string>
  /** Matched entries that could not be hashed (sorted by path), with why. */
  unreadable: { path: string; detail: string }[]
  /** More than {@link MAX_OUTPUTS} files matched; the rest were not hashed. */
  truncated: boolean
}

/** Output files hashed per run, at most. */
export const MAX_OUTPUTS = 100_000

/**
 * A private temporary folder holding one copy of the workspace at a fixed absolute path (so
 * absolute paths a build embeds agree between runs). Use: `copyWorkspace`, `run`, `hashOutputs`,
 * `removeCopy`, repeated per run; `dispose` at the end (also after a failure).
 */
export interface ReplaySandbox {
  /**
   * Copies the workspace into the sandbox without ever leaving it: a symbolic link is recreated
   * (relative, inside the copy) only when it resolves inside the workspace; a link out, a FIFO, a
   * socket or a device is skipped and listed. Modes and modification times are kept. `.git` is
   * copied when `copyGit`. `error` (temporary paths replaced by `<tmp>`) when the copy failed
   * outright.
   */
  copyWorkspace(o: {
    copyGit: boolean
  }): Promise<{ ok: true; copy: CopyFacts } | { ok: false; error: string }>
  /**
   * Runs `command` with `/bin/sh -c` in `workingDirectory` (relative to the copy's root, `''` for
   * the root) in its own process group, stdin and stdout ignored, stderr tail kept. The
   * environment is the gate's own minus credentials, action inputs (`INPUT_*`, `ACTIONS_*`, names
   * with TOKEN, SECRET, PASSWORD, PRIVATE_KEY, CREDENTIAL) and the workflow-command files
   * (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_PATH`, `GITHUB_STEP_SUMMARY`, `GITHUB_STATE`), then
   * `env` over it (the workflow-command files are removed after that too). After `timeoutMs` the
   * whole group is killed (SIGKILL); after a normal exit whatever it left running is killed too.
   */
  run(o: {
    command: string
    workingDirectory: string
    env: Readonly<Record<string, string>>
    timeoutMs: number
  }): Promise<CommandOutcome>
  /**
   * Hashes every file under `workingDirectory` of the copy that matches one of the picomatch
   * `globs` (dot files included). The walk starts at each glob's fixed prefix, skips `.git` and
   * `node_modules` below it, never follows a symbolic link (a link output is compared by its
   * target text) and refuses a base that a link leads out of the working directory.
   */
  hashOutputs(workingDirectory: string, globs: readonly string[]): Promise<OutputHashes>
  /** Removes the copy (even where a build left read-only folders); false when it is still there. */
  removeCopy(): Promise<boolean>
  /** Removes the whole sandbox; never throws. */
  dispose(): Promise<void>
}

// ------------------------------------------------------------------------------------------------

/** Runs interpreters and commands with the isolation the checks need. */
export interface Processes {
  /**
   * Runs `command` with `args` (no shell) from the OS temporary folder, never the workspace (a
   * pull request could otherwise plant modules an interpreter imports from its working
   * directory), with the gate's environment minus credentials and action inputs. Killed
   * (SIGKILL) after `timeoutMs`; output bounded by {@link TOOL_MAX_OUTPUT_BYTES}. Never throws.
   */
  runTool(command: string, args: readonly string[], o: { timeoutMs: number }): Promise<ToolRun>
  /** A scratch folder for tool inputs (see {@link ToolScratch}); `error` when none could be made. */
  toolScratch(): Promise<ToolScratch | { error: string }>
  /**
   * A sandbox for replaying the repository's build (see {@link ReplaySandbox}), created under
   * `$RUNNER_TEMP` (else the OS temporary folder); `error` when the folder could not be made
   * (`cannot create a temporary folder: <reason>`).
   */
  openReplay(): Promise<ReplaySandbox | { error: string }>
  /**
   * The committer time of the workspace's HEAD commit in seconds since the epoch (`git log -1
   * --format=%ct HEAD`, 10 s limit), the conventional SOURCE_DATE_EPOCH; undefined when the
   * workspace is not a git repository, git is missing or the answer is not a whole number.
   * (A git fact kept here until GitHistory offers it.)
   */
  headCommitTime(): Promise<number | undefined>
}

// ------------------------------------------------------------------------------------------------
// The Actions API (ci-trend)

/** The unlock for Actions API answers a token may not read. */
export const ACTIONS_READ_UNLOCK =
  'a token with "actions: read" (add `permissions: { actions: read }` to the job)'

/** One attempt of a job, as the API recorded it. */
export interface ActionsJobAttempt {
  /** `run_attempt` of the job (1 for the first). */
  attempt: number
  /** GitHub's `conclusion` (`success`, `failure`, …), null while unfinished. */
  conclusion: string | null
  /** Whole seconds from `started_at` to `completed_at`, when both exist and are in order. */
  duration?: number
}

/** A completed workflow run and what each of its jobs did (every attempt). */
export interface ActionsRun {
  id: number
  /** `run_number`. */
  number: number
  head_sha: string
  /** ISO 8601, as the API gave it. */
  created_at: string
  /** `run_attempt` of the run (1 when absent). */
  attempts: number
  /** Job name → its attempts, oldest first; names sorted. */
  jobs: Record<string, ActionsJobAttempt[]>
}

/**
 * Why an Actions answer is unverified. `endpoint` is the route (`GET /repos/{owner}/{repo}/…`);
 * `reason` completes "could not be read: …" (it names the HTTP status and the endpoint; secrets
 * scrubbed); `unlock` says what would let it be read.
 * - `budget`: the reader's request budget ran out (`maxRequests`);
 * - `not-found`: HTTP 404 (deleted, renamed, or hidden from the token);
 * - `unavailable`: anything else (permissions, rate limit, time-out, deadline, malformed answer);
 *   `rateLimited` when GitHub said so, in which case further requests are pointless.
 */
export interface ActionsFailure {
  kind: 'budget' | 'not-found' | 'unavailable'
  endpoint: string
  reason: string
  unlock: string
  maxRequests: number
  rateLimited: boolean
}

/** An answer of the Actions API, or why not. */
export type ActionsAnswer<T> = { ok: true; value: T } | { ok: false; failure: ActionsFailure }

/** The runs asked for. */
export interface WorkflowRunsQuery {
  /** The workflow file name (`ci.yml`) or its numeric id. */
  workflow: string
  branch: string
  /** The triggering event (`push`), or every event when absent. */
  event?: string
  /** How many of the newest completed runs, at most. */
  window: number
  /** Runs created after this time (ms) are left out: the same time gives the same history. */
  createdAtOrBefore: number
}

/**
 * One reader's view of the API with its own request budget (every HTTP request, retries and
 * pages included, counts). Source: GitHub REST "Workflow runs" (`GET
 * /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs`), "Workflow jobs" (`GET
 * /repos/{owner}/{repo}/actions/runs/{run_id}/jobs?filter=all`), "Repositories" (`GET
 * /repos/{owner}/{repo}`).
 */
export interface ActionsReader {
  /** Requests sent so far by this reader. */
  readonly requests: number
  /** The repository's default branch. */
  defaultBranch(): Promise<ActionsAnswer<string>>
  /**
   * The newest completed runs of a workflow (at most `window`, newest first as the API lists
   * them), each with all its jobs and attempts.
   */
  workflowRuns(q: WorkflowRunsQuery): Promise<ActionsAnswer<ActionsRun[]>>
}

/** Workflow runs and jobs from the Actions API, within a request budget. */
export interface ActionsHistory {
  /**
   * A reader that stops after `maxRequests` requests; `budgetName` names that setting in the
   * messages (`checks.ci-trend.max_requests`); `log` receives retry notes.
   */
  open(o: {
    maxRequests: number
    budgetName: string
    log: (message: string) => void
  }): ActionsReader
}

// ------------------------------------------------------------------------------------------------
// Promotion history (rollback-drill)

/** The permission that reads GitHub deployments, as messages name it. */
export const DEPLOYMENTS_READ_PERMISSION = 'deployments: read'

/** The unlock for a deployment history a token may not read. */
export const DEPLOYMENTS_READ_UNLOCK = `a token with "${DEPLOYMENTS_READ_PERMISSION}" (add \`permissions: { deployments: read }\` to the job)`

/**
 * Where promotion records live: GitHub deployments (task `deploy:gonogo`, read through the
 * promotion store of github/deployment-store.ts) or the CLI's state folder (io/local-state.ts).
 */
export type PromotionSource = 'deployments' | 'local'

/**
 * One accepted record of an environment, as its store kept it, with the store's own times.
 * `record` is unchecked (the reader verifies it with `verifyChain` of core/promotion.ts).
 */
export interface PromotionEntry {
  /** For people: `deployment 42`, `.gonogo/state/prod/000003.json`. */
  where: string
  record: unknown
  /**
   * Milliseconds: when the store saw the promotion begin. Deployments: the deployment's
   * `created_at`. The state folder keeps no such time: absent (the record's `promoted_at`, the
   * moment the CLI started the promotion, stands for it).
   */
  startedAt?: number
  /**
   * Milliseconds: when the promotion succeeded. Deployments: the `created_at` of its first
   * `success` status; the state folder: the record file's modification time (the file is
   * linked into place once complete). Absent when the store gave no usable time.
   */
  completedAt?: number
}

/**
 * One environment's history, or why it could not be read. `describe` names the store
 * (`deployments of acme/shop`, `.gonogo/state`); a failure's `reason` completes "could not be
 * read: …" (HTTP status and endpoint, secrets scrubbed), `unlock` says what would let it be read
 * and `permission` names the token permission involved when there is one (`deployments: read`).
 */
export type PromotionHistoryAnswer =
  | { ok: true; source: PromotionSource; describe: string; entries: PromotionEntry[] }
  | {
      ok: false
      source: PromotionSource
      describe: string
      reason: string
      unlock: string
      permission?: string
    }

/** Which store to read: GitHub deployments, or a workspace-relative state folder. */
export type PromotionHistoryQuery =
  | { source: 'deployments'; environment: string }
  | { source: 'local'; environment: string; folder: string }

/**
 * The promotion records of environments, oldest first, the way the promotion step reads them
 * (deployments that reached `success`, ordered by id; the state folder's numbered files).
 * Source: GitHub REST "List deployments" and "List deployment statuses"
 * (https://docs.github.com/en/rest/deployments/deployments#list-deployments,
 * https://docs.github.com/en/rest/deployments/statuses#list-deployment-statuses). Never throws.
 */
export interface PromotionHistory {
  /** The sources this gate can read: `local` always, `deployments` only with a token. */
  readonly sources: readonly PromotionSource[]
  read(q: PromotionHistoryQuery): Promise<PromotionHistoryAnswer>
}

// ------------------------------------------------------------------------------------------------
// Incident history (the incidents built-in, issue 18)

/** The permission that reads the incident issues, as messages name it. */
export const ISSUES_READ_PERMISSION = 'issues: read'

/** The unlock for incident issues a token may not read. */
export const ISSUES_READ_UNLOCK = `a token with "${ISSUES_READ_PERMISSION}" (add \`permissions: { issues: read }\` to the job)`

/**
 * One incident tracking issue the gate opened (marker, label and a trusted author checked by the
 * reader): times are ISO 8601 as the API gave them; `body` is the issue's text now (its
 * postmortem checklist is read by core/incidents.ts `readPostmortem`).
 */
export interface IncidentIssue {
  number: number
  url: string
  state: 'open' | 'closed'
  /** GitHub's `state_reason` (`completed`, `duplicate`, …), null when none. */
  state_reason: string | null
  created_at: string
  closed_at: string | null
  body: string | null
  labels: string[]
}

/** A published release: its tag and when it was published (ISO 8601). */
export interface ReleaseFact {
  tag: string
  published_at: string
  draft: boolean
  prerelease: boolean
}

/**
 * The incident issues with a label and the repository's releases, or why they could not be read
 * (`reason` completes "could not be read: …" naming the HTTP status and endpoint, secrets
 * scrubbed; `unlock` says what would let them be read; `permission` names the token permission).
 */
export type IncidentHistoryAnswer =
  | { ok: true; issues: IncidentIssue[]; releases: ReleaseFact[] }
  | { ok: false; reason: string; unlock: string; permission: string }

/**
 * The incident issues and releases of the repository under test. Source: GitHub REST "List
 * repository issues" (`GET /repos/{owner}/{repo}/issues?labels=…&state=all`) and "List releases"
 * (`GET /repos/{owner}/{repo}/releases`). Never throws.
 */
export interface IncidentHistory {
  read(q: { label: string }): Promise<IncidentHistoryAnswer>
}
