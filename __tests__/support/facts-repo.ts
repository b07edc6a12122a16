/**
 * Repository facts for tests: `memoryRepo` scripts `RepoFiles` and `GitHistory` in memory (no
 * temporary repository, no git), with the same messages as the workspace implementation;
 * `workspaceWithFacts` opens a real folder with the real facts, for end-to-end tests.
 */
/* eslint-disable @typescript-eslint/require-await -- in-memory facts answer at once; the interfaces are async */
import { createHash } from 'node:crypto'
import path from 'node:path'
import picomatch from 'picomatch'
import type {
  GitChange,
  GitFailure,
  GitHistory,
  OpaRun,
  PathCommit,
  PathKind,
  RepoFiles,
  RepoState,
  TextRead
} from '../../src/core/facts-repo.js'
import type { CheckFacts } from '../../src/core/facts.js'
import { createCheckFacts } from '../../src/io/check-facts.js'
import { MAX_WORKFLOW_BYTES, MAX_WORKFLOW_FILES } from '../../src/io/workflows.js'
import { formatBytes, Workspace } from '../../src/io/workspace.js'

/** A real workspace at `dir` and the facts over it (the gate's own construction). */
export async function workspaceWithFacts(
  dir: string
): Promise<{ ws: Workspace; facts: CheckFacts }> {
  const ws = await Workspace.open(dir)
  return { ws, facts: createCheckFacts(ws) }
}

/** What sits at a path: file contents, or a symbolic link out of the workspace, or a FIFO. */
export type MemoryEntry = string | Uint8Array | { linkOut: true } | { special: true }

export interface MemoryGit {
  /** Default: a full (not shallow) checkout at the top of the repository. */
  state?: RepoState
  /** Refs that name commits: ref → commit id. */
  refs?: Record<string, string>
  /** The merge base (default: the first argument), or a failure. */
  mergeBase?: string | GitFailure
  /** Changes from the merge base to HEAD (default: none), or a failure. */
  changes?: GitChange[] | GitFailure
  /** Files at commits: commit id → repository path → contents. */
  at?: Record<string, Record<string, string>>
  /** A failure of `readAt`. */
  readAtFailure?: string
  /** The latest commit per workspace path, or a failure for every path. */
  log?: Record<string, PathCommit> | GitFailure
}

export interface MemoryRepoSpec {
  /** Workspace-relative path → entry; folders are implied by the paths below them. */
  files?: Record<string, MemoryEntry>
  git?: MemoryGit
  /** What `opa test` does (default: not installed). */
  opa?: (dir: string, opts: { opa: string; timeoutMs: number }) => OpaRun
}

/** The in-memory facts, and what was asked of them (for tests that assert what was not done). */
export interface MemoryRepo {
  files: RepoFiles
  git: GitHistory
  /** Files written through `writeOutput`, by workspace path. */
  written: Map<string, string>
  /** Every git call, as `name args…`. */
  gitCalls: string[]
}

const OUTSIDE = (p: string): string =>
  `${p}: path is outside the workspace; use a path relative to the repository root`

/** Workspace-relative POSIX path, or undefined when the text leaves the workspace. */
function relativeOf(p: string): string | undefined {
  if (p.includes('\0') || path.posix.isAbsolute(p)) return undefined
  const n = path.posix.normalize(p)
  if (n === '..' || n.startsWith('../')) return undefined
  return n === '.' ? '' : n.replace(/\/$/, '')
}

const isFailure = (v: unknown): v is GitFailure =>
  typeof v === 'object' && v !== null && (v as { ok?: unknown }).ok === false

/** `RepoFiles` and `GitHistory` over `spec` (see {@link MemoryRepoSpec}). */
export function memoryRepo(spec: MemoryRepoSpec = {}): MemoryRepo {
  const entries = new Map<string, MemoryEntry>()
  for (const [p, e] of Object.entries(spec.files ?? {})) entries.set(relativeOf(p) ?? p, e)
  const written = new Map<string, string>()
  const gitCalls: string[] = []
  const bytesOf = (e: string | Uint8Array): Uint8Array =>
    typeof e === 'string' ? new TextEncoder().encode(e) : e
  /** The link out at or above `rel`, if any. */
  const linkOutAbove = (rel: string): boolean => {
    const parts = rel.split('/')
    for (let i = 1; i <= parts.length; i++) {
      const e = entries.get(parts.slice(0, i).join('/'))
      if (e !== undefined && typeof e === 'object' && 'linkOut' in e) return true
    }
    return false
  }
  const isDir = (rel: string): boolean =>
    rel === '' || [...entries.keys(), ...written.keys()].some((k) => k.startsWith(`${rel}/`))
  const kind = (p: string): PathKind => {
    const rel = relativeOf(p)
    if (rel === undefined) return { kind: 'outside' }
    if (linkOutAbove(rel)) return { kind: 'link-out', rel }
    const e = entries.get(rel)
    if (e !== undefined)
      return { kind: typeof e === 'string' || e instanceof Uint8Array ? 'file' : 'other', rel }
    if (written.has(rel)) return { kind: 'file', rel }
    return isDir(rel) ? { kind: 'dir', rel } : { kind: 'missing', rel }
  }
  const contents = (rel: string): Uint8Array | undefined => {
    const e = entries.get(rel)
    if (typeof e === 'string' || e instanceof Uint8Array) return bytesOf(e)
    const w = written.get(rel)
    return w === undefined ? undefined : bytesOf(w)
  }
  const readText = (p: string, maxBytes: number, limitName: string): TextRead => {
    const k = kind(p)
    if (k.kind === 'outside') return { ok: false, reason: 'escapes', message: OUTSIDE(p) }
    const rel = k.rel
    if (k.kind === 'link-out')
      return {
        ok: false,
        reason: 'escapes',
        message: `${rel}: symbolic link that leads outside the workspace`
      }
    if (k.kind === 'missing')
      return { ok: false, reason: 'missing', message: `${rel}: file not found` }
    if (k.kind !== 'file')
      return { ok: false, reason: 'not-a-file', message: `${rel}: not a regular file` }
    const data = contents(rel) as Uint8Array
    if (data.length > maxBytes)
      return {
        ok: false,
        reason: 'too-large',
        message: `${rel}: ${formatBytes(data.length)} is over the ${formatBytes(maxBytes)} limit ${limitName}`
      }
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(data)
    return {
      ok: true,
      text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
      bytes: data.length
    }
  }
  const glob: RepoFiles['glob'] = async (pattern, limit) => {
    const scan = picomatch.scan(pattern)
    if (!scan.isGlob) {
      const rel = relativeOf(pattern)
      if (rel === undefined) return { ok: false, message: OUTSIDE(pattern) }
      return { ok: true, files: kind(rel).kind === 'missing' ? [] : [rel], truncated: false }
    }
    const base = relativeOf(scan.base === '' ? '.' : scan.base)
    if (base === undefined) return { ok: false, message: OUTSIDE(pattern) }
    if (linkOutAbove(base)) return { ok: false, message: OUTSIDE(pattern) }
    const isMatch = picomatch(pattern.replace(/^\.\//, ''), { dot: false })
    const all = [...entries.keys()]
      .filter((k) => (base === '' || k.startsWith(`${base}/`)) && isMatch(k))
      .filter(
        (k) =>
          !k
            .split('/')
            .slice(0, -1)
            .some((d) => d === '.git' || d === 'node_modules')
      )
      // Files behind a link are not listed; the link itself is (a link to a file).
      .filter((k) => !linkOutAbove(k.split('/').slice(0, -1).join('/') || '\0'))
      .sort()
    return { ok: true, files: all.slice(0, limit), truncated: all.length > limit }
  }
  const files: RepoFiles = {
    relative: relativeOf,
    kind: async (p) => kind(p),
    readText: async (p, maxBytes, limitName) => readText(p, maxBytes, limitName),
    hasFile: async (p) =>
      kind(p).kind === 'file' && (contents(relativeOf(p) ?? '')?.length ?? 0) > 0,
    glob,
    workflows: async () => {
      const limits = { maxBytes: MAX_WORKFLOW_BYTES, maxFiles: MAX_WORKFLOW_FILES }
      if (linkOutAbove('.github/workflows')) return { ok: false, ...limits }
      const listed = [...entries.keys()]
        .filter((k) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(k))
        .sort()
      return {
        ok: true,
        files: listed.slice(0, MAX_WORKFLOW_FILES).map((p) => {
          const r = readText(p, MAX_WORKFLOW_BYTES, 'for a workflow file')
          return r.ok ? { path: p, text: r.text } : { path: p, text: '', readError: r.message }
        }),
        truncated: listed.length > MAX_WORKFLOW_FILES,
        ...limits
      }
    },
    hash: async (p) => {
      const k = kind(p)
      if (k.kind === 'outside' || k.kind === 'link-out')
        return { ok: false, error: 'is a symbolic link that leads outside the workspace' }
      if (k.kind === 'missing')
        return { ok: false, error: 'is a dangling symbolic link or was removed while being read' }
      if (k.kind !== 'file') return { ok: false, error: 'is not a regular file' }
      const data = contents(k.rel) as Uint8Array
      return {
        ok: true,
        sha256: createHash('sha256').update(data).digest('hex'),
        size: data.length
      }
    },
    writeOutput: async (p, content) => {
      const rel = relativeOf(p)
      if (rel === undefined || rel === '') return { ok: false, reason: 'outside' }
      if (linkOutAbove(path.posix.dirname(rel))) return { ok: false, reason: 'link-out', rel }
      written.set(rel, content)
      return { ok: true, rel }
    },
    opaTest: async (dir, opts) => (spec.opa ? spec.opa(dir, opts) : { kind: 'missing' })
  }
  const g = spec.git ?? {}
  const git: GitHistory = {
    state: async () => {
      gitCalls.push('state')
      return g.state ?? { ok: true, prefix: '', shallow: false }
    },
    resolveCommit: async (candidates) => {
      gitCalls.push(`resolveCommit ${candidates.join(' ')}`)
      for (const ref of candidates) {
        const sha = ref.startsWith('-') ? undefined : g.refs?.[ref]
        if (sha) return { ref, sha }
      }
      return undefined
    },
    mergeBase: async (a, b) => {
      gitCalls.push(`mergeBase ${a} ${b}`)
      if (isFailure(g.mergeBase)) return g.mergeBase
      return { ok: true, sha: g.mergeBase ?? a }
    },
    changedFiles: async (base, head, pathspec) => {
      gitCalls.push(`changedFiles ${base} ${head} ${pathspec}`)
      if (isFailure(g.changes)) return g.changes
      const under = (f: string): boolean =>
        pathspec === '.' || f === pathspec || f.startsWith(`${pathspec}/`)
      return { ok: true, changes: (g.changes ?? []).filter((c) => under(c.file)) }
    },
    readAt: async (commit, paths) => {
      gitCalls.push(`readAt ${commit} ${paths.join(' ')}`)
      if (g.readAtFailure !== undefined) return { ok: false, message: g.readAtFailure }
      const files = new Map<string, Uint8Array | undefined>()
      for (const p of paths) {
        const t = g.at?.[commit]?.[p]
        files.set(p, t === undefined ? undefined : new TextEncoder().encode(t))
      }
      return { ok: true, files }
    },
    lastCommit: async (p) => {
      gitCalls.push(`lastCommit ${p}`)
      if (isFailure(g.log)) return g.log
      const c = g.log?.[p]
      return c ? { ok: true, commit: c } : { ok: true }
    }
  }
  return { files, git, written, gitCalls }
}
