import { AsyncLocalStorage } from 'node:async_hooks'
import { comparePaths } from '../core/bundle-manifest.js'

/** One file a gate read: workspace-relative POSIX path, size in bytes, SHA-256 (hex) of the bytes. */
export interface ReadRecord {
  path: string
  size: number
  sha256: string
}

/** A file a run could not read: workspace-relative path, the reason and the message it gave. */
export interface ReadRefusal {
  path: string
  reason: 'escapes' | 'too-large' | 'not-a-file' | 'unreadable'
  message: string
}

/**
 * Every file one gate run read, with the digest of the bytes it read, and which part of the run
 * read it (a control's sources, a built-in check, the policy): what `bundle create` copies into
 * the bundle's `evidence/` and what `bundle verify --replay` decides again from. The part is
 * carried by an AsyncLocalStorage scope ({@link within}), so reads deep inside a built-in check
 * are attributed without threading a parameter through every reader.
 *
 * A file read twice with different bytes changed while the gate ran: it is named by
 * {@link changed}, and the gate refuses to write a decision that no file set could replay.
 */
export class ReadLog {
  private readonly scope = new AsyncLocalStorage<string>()
  private readonly byPath = new Map<string, ReadRecord>()
  private readonly byScope = new Map<string, Set<string>>()
  private readonly changedPaths = new Set<string>()
  private readonly refused = new Map<string, ReadRefusal>()

  /** Runs `fn` with its reads attributed to `scope` (nested scopes replace the outer one). */
  within<T>(scope: string, fn: () => Promise<T>): Promise<T> {
    return this.scope.run(scope, fn)
  }

  /** Notes one read; called by Workspace and the facts given to built-in checks. */
  record(r: ReadRecord): void {
    const seen = this.byPath.get(r.path)
    if (seen === undefined)
      // Keys in sorted order: the summary's `inputs.files` is written without copying them.
      this.byPath.set(r.path, { path: r.path, sha256: r.sha256, size: r.size })
    else if (seen.sha256 !== r.sha256 || seen.size !== r.size) this.changedPaths.add(r.path)
    const scope = this.scope.getStore() ?? ''
    let paths = this.byScope.get(scope)
    if (paths === undefined) this.byScope.set(scope, (paths = new Set()))
    paths.add(r.path)
  }

  /**
   * Notes a file the run tried to read and was refused (a link out of the workspace, not a
   * regular file, over its size limit, unreadable): a replay must meet the same refusal, since the
   * bundle cannot hold the file.
   */
  recordRefusal(r: ReadRefusal): void {
    if (!this.refused.has(r.path)) this.refused.set(r.path, { ...r })
  }

  /** The refusals, sorted by path. */
  refusals(): ReadRefusal[] {
    return [...this.refused.values()].sort((a, b) => comparePaths(a.path, b.path))
  }

  /** Every file read, sorted by path (UTF-16 code units), each once. */
  all(): ReadRecord[] {
    return [...this.byPath.values()].sort((a, b) => comparePaths(a.path, b.path))
  }

  /** The files read within any of `scopes`, sorted by path, each once. */
  inScope(...scopes: string[]): ReadRecord[] {
    const paths = new Set<string>()
    for (const scope of scopes) for (const p of this.byScope.get(scope) ?? []) paths.add(p)
    return [...paths].sort(comparePaths).map((p) => this.byPath.get(p) as ReadRecord)
  }

  /** Files read more than once with different bytes, sorted. */
  changed(): string[] {
    return [...this.changedPaths].sort(comparePaths)
  }
}
