/**
 * The repository's files and git history, as built-in checks read them (see core/facts.ts).
 *
 * Every operation answers with a value, never an exception: a missing file, a path that leaves
 * the workspace, a git failure or a time-out is a result the check's judge turns into a failed or
 * unverified finding. Paths are workspace-relative POSIX paths (`a/b.rego`, `.` or `` for the
 * root); `..`, absolute paths and symbolic links that lead out of the workspace are refused.
 * Implemented over the real checkout by io/repo-facts.ts, in memory by
 * __tests__/support/facts-repo.ts.
 */

/** Why a file could not be read. */
export type FileFailure = 'missing' | 'escapes' | 'too-large' | 'not-a-file' | 'unreadable'

/**
 * A text file read as UTF-8 without a leading byte-order mark (`bytes`: its size in bytes), or why
 * not: `message` names the file (`<rel>: file not found`, `<rel>: … is over the … limit <limitName>`).
 */
export type TextRead =
  { ok: true; text: string; bytes: number } | { ok: false; reason: FileFailure; message: string }

/**
 * What is at a path, following symbolic links that stay inside the workspace:
 * - `outside`: the path's text leaves the workspace (`..`, absolute, NUL byte);
 * - `link-out`: it is, or lies behind, a symbolic link that leads outside;
 * - `missing`: nothing there (or a dangling link);
 * - `file`, `dir`, `other` (a FIFO, socket or device).
 * `rel` is the workspace-relative path when there is one.
 */
export type PathKind =
  { kind: 'outside' } | { kind: 'link-out' | 'missing' | 'file' | 'dir' | 'other'; rel: string }

/** Files matching a glob, sorted; `truncated` when more than the limit matched. */
export type GlobResult =
  | { ok: true; files: string[]; truncated: boolean }
  | {
      ok: false
      /** `<pattern>: path is outside the workspace; use a path relative to the repository root` */
      message: string
    }

/**
 * A file's SHA-256 (lower-case hex) and size in bytes, or why it could not be hashed; `error`
 * completes a sentence that starts with the path (`is a symbolic link that leads outside the
 * workspace`, `is not a regular file`, `cannot be opened (EACCES)`).
 */
export type FileHash = { ok: true; sha256: string; size: number } | { ok: false; error: string }

/** Where an output file may go, or why not. */
export type WriteResult =
  | { ok: true; rel: string }
  | {
      ok: false
      /** `outside`: the path's text leaves the workspace; `link-out`: a folder on the way is a link out; `failed`: the write failed (`code`: the errno code or message). */
      reason: 'outside' | 'link-out' | 'failed'
      rel?: string
      code?: string
    }

/** One run of `opa test --coverage --format=json <dir>` in the workspace. */
export type OpaRun =
  | { kind: 'missing' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'ran'; exitCode: number; stdout: string; stderr: string }

/** A workflow file's text, or why it could not be read (`text` is then ''). */
export interface WorkflowText {
  path: string
  text: string
  readError?: string
}

/** The repository's workflows and the limits they were read under (bytes per file, files). */
export type WorkflowListing =
  | { ok: true; files: WorkflowText[]; truncated: boolean; maxBytes: number; maxFiles: number }
  | { ok: false; maxBytes: number; maxFiles: number }

/** Files of the checked-out repository (workspace-confined). */
export interface RepoFiles {
  /**
   * The workspace-relative POSIX path of `p` (relative, or absolute under the workspace root) if
   * its text stays inside the workspace, else undefined. Pure: no file system access.
   */
  relative(p: string): string | undefined
  /** What is at `p` (see {@link PathKind}). */
  kind(p: string): Promise<PathKind>
  /**
   * Reads a text file of at most `maxBytes` bytes; `limitName` completes the too-large message
   * (`(checks.policy-bundle.max_file_bytes)`, `for a workflow file`).
   */
  readText(p: string, maxBytes: number, limitName: string): Promise<TextRead>
  /** True when `p` is a regular, non-empty file inside the workspace. */
  hasFile(p: string): Promise<boolean>
  /**
   * Workspace-relative files matching a path or picomatch glob, sorted, at most `limit`.
   * Directories behind symbolic links are not entered; `.git` and `node_modules` are skipped. A
   * plain path (no glob) is returned as is when anything is there, so its read reports why not.
   */
  glob(pattern: string, limit: number): Promise<GlobResult>
  /**
   * The workflow files GitHub reads (`.github/workflows/*.yml` and `*.yaml`, not in subfolders),
   * sorted, each read up to `maxBytes` (a file that cannot be read keeps its `readError`), at most
   * `maxFiles` of them (`truncated` when there were more). `ok: false` when the folder is, or lies
   * behind, a symbolic link out of the workspace.
   */
  workflows(): Promise<WorkflowListing>
  /** SHA-256 of a workspace file of any size (streamed), refusing links out and special files. */
  hash(p: string): Promise<FileHash>
  /**
   * Writes an output file all or nothing (temporary name, then rename), creating folders; refuses
   * paths outside the workspace or behind a link out. Secrets registered in core/secrets.ts are
   * scrubbed. Used for outputs a check is asked to leave in the workspace (workflow-lint's SARIF).
   */
  writeOutput(p: string, content: string): Promise<WriteResult>
  /**
   * Runs `<opa> test --coverage --format=json <dir>` in the workspace root within `timeoutMs`
   * (ms), output bounded; `missing` when the executable is not found. Never throws.
   * (A command run over the repository's files; see the note in io/repo-facts.ts.)
   */
  opaTest(dir: string, opts: { opa: string; timeoutMs: number }): Promise<OpaRun>
}

/** A git failure: `no-git` (not on PATH), `timeout`, or `failed` (with git's first stderr line). */
export interface GitFailure {
  ok: false
  reason: 'no-git' | 'timeout' | 'failed'
  /** `git is not on PATH`, `git log did not finish within 60 s`, `git merge-base failed: …` */
  message: string
}

/** Where the workspace sits in git. */
export type RepoState =
  | {
      ok: true
      /** The workspace's path inside the repository (`''` at the top, else `sub/dir/`). */
      prefix: string
      /** The clone is shallow (or git could not say: assumed shallow, fail closed). */
      shallow: boolean
    }
  | { ok: false; reason: 'no-git' | 'not-a-repo' | 'timeout'; message: string }

/** A file changed between two commits (`git diff --name-status --no-renames`). */
export interface GitChange {
  /** Workspace-relative path. */
  file: string
  status: 'added' | 'deleted' | 'modified'
}

/** The latest commit touching a path: committer date (ISO 8601 with offset), id and parent ids. */
export interface PathCommit {
  date: string
  sha: string
  parents: string[]
}

/**
 * The repository's git history, read in the workspace. Every call takes an optional time limit
 * in milliseconds (default 60 000) and answers with a value.
 */
export interface GitHistory {
  /** Whether the workspace is a git work tree, its prefix, and whether the clone is shallow. */
  state(timeoutMs?: number): Promise<RepoState>
  /** The first of `candidates` (refs) that names a commit, with its id; undefined when none. */
  resolveCommit(
    candidates: readonly string[],
    timeoutMs?: number
  ): Promise<{ ref: string; sha: string } | undefined>
  /** `git merge-base a b`: the best common ancestor's id. */
  mergeBase(
    a: string,
    b: string,
    timeoutMs?: number
  ): Promise<{ ok: true; sha: string } | GitFailure>
  /**
   * Files changed from `base` to `head` under `pathspec` (workspace-relative, `.` for all), paths
   * relative to the workspace, in git's order.
   */
  changedFiles(
    base: string,
    head: string,
    pathspec: string,
    timeoutMs?: number
  ): Promise<{ ok: true; changes: GitChange[] } | GitFailure>
  /**
   * The contents of `paths` (repository-relative: prefix them with the state's `prefix`) at
   * `commit`: bytes per path, undefined where the path did not exist. `message` on failure:
   * `git is not on PATH`, `git cat-file exited with 128`, …
   */
  readAt(
    commit: string,
    paths: readonly string[],
    timeoutMs?: number
  ): Promise<
    { ok: true; files: Map<string, Uint8Array | undefined> } | { ok: false; message: string }
  >
  /** The latest commit touching `path` (workspace-relative); undefined when none does. */
  lastCommit(
    path: string,
    timeoutMs?: number
  ): Promise<{ ok: true; commit?: PathCommit } | GitFailure>
}
