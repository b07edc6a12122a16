import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import path from 'node:path'
import type {
  FileHash,
  GitHistory,
  OpaRun,
  PathKind,
  RepoFiles,
  WriteResult
} from '../core/facts-repo.js'
import { writeAllOrNothing } from './atomic-write.js'
import { createGitHistory } from './git-history.js'
import {
  listWorkflows,
  MAX_WORKFLOW_BYTES,
  MAX_WORKFLOW_FILES,
  readWorkflowFiles
} from './workflows.js'
import { PathEscapeError, type Workspace } from './workspace.js'

/** Files up to this size are hashed from one read; larger ones are streamed. */
const WHOLE_READ_BYTES = 8 * 1024 * 1024
/** The most `opa test` output kept (bytes). */
const MAX_OPA_OUTPUT = 256 * 1024 * 1024

/**
 * The repository facts over a confined workspace (files) and git (history). Every path goes
 * through `Workspace` (`relative`, `confine`, `readText`, `glob`): this is the one place the
 * built-in checks' paths are confined to the checkout.
 */
export function createRepoFacts(ws: Workspace): { files: RepoFiles; git: GitHistory } {
  return { files: workspaceFiles(ws), git: createGitHistory(ws.root) }
}

/** {@link RepoFiles} over `ws`. */
export function workspaceFiles(ws: Workspace): RepoFiles {
  const kind = async (p: string): Promise<PathKind> => {
    const rel = ws.relative(p)
    if (rel === undefined || path.isAbsolute(p)) return { kind: 'outside' }
    const abs = await ws.confine(rel)
    if (abs === undefined) return { kind: 'link-out', rel }
    try {
      const st = await stat(abs)
      return { kind: st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other', rel }
    } catch {
      return { kind: 'missing', rel }
    }
  }
  return {
    relative: (p) => ws.relative(p),
    kind,
    readText: (p, maxBytes, limitName) => ws.readText(p, maxBytes, limitName),
    hasFile: (p) => ws.hasFile(p),
    glob: async (pattern, limit) => {
      try {
        return { ok: true, ...(await ws.glob(pattern, limit)) }
      } catch (e) {
        if (e instanceof PathEscapeError) return { ok: false, message: e.message }
        throw e
      }
    },
    workflows: async () => {
      const limits = { maxBytes: MAX_WORKFLOW_BYTES, maxFiles: MAX_WORKFLOW_FILES }
      let listed: Awaited<ReturnType<typeof listWorkflows>>
      try {
        listed = await listWorkflows(ws)
      } catch {
        return { ok: false, ...limits }
      }
      const files = await readWorkflowFiles(ws, listed.paths)
      return { ok: true, files, truncated: listed.truncated, ...limits }
    },
    hash: async (p) => {
      const k = await kind(p)
      return hashFile(ws, k)
    },
    writeOutput: (p, content) => writeOutput(ws, p, content),
    opaTest: (dir, opts) => opaTest(ws.root, dir, opts)
  }
}

async function hashFile(ws: Workspace, k: PathKind): Promise<FileHash> {
  if (k.kind === 'outside' || k.kind === 'link-out')
    return { ok: false, error: 'is a symbolic link that leads outside the workspace' }
  if (k.kind === 'missing')
    return { ok: false, error: 'is a dangling symbolic link or was removed while being read' }
  const abs = path.join(ws.root, k.rel)
  let handle
  try {
    handle = await open(abs, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (e) {
    return {
      ok: false,
      error: `cannot be opened (${(e as NodeJS.ErrnoException).code ?? 'error'})`
    }
  }
  try {
    const st = await handle.stat()
    if (!st.isFile()) return { ok: false, error: 'is not a regular file' }
    if (st.size <= WHOLE_READ_BYTES) {
      const buf = await handle.readFile()
      return { ok: true, sha256: createHash('sha256').update(buf).digest('hex'), size: buf.length }
    }
    const h = createHash('sha256')
    let size = 0
    for await (const chunk of handle.createReadStream({ autoClose: false })) {
      h.update(chunk as Buffer)
      size += (chunk as Buffer).length
    }
    return { ok: true, sha256: h.digest('hex'), size }
  } catch (e) {
    return { ok: false, error: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` }
  } finally {
    await handle.close()
  }
}

/** The output file's folder must stay inside (the nearest existing one resolves inside). */
async function writeOutput(ws: Workspace, p: string, content: string): Promise<WriteResult> {
  const rel = ws.relative(p)
  if (rel === undefined || path.isAbsolute(p) || rel === '') return { ok: false, reason: 'outside' }
  const dir = path.posix.dirname(rel)
  if ((await ws.confine(dir)) === undefined) return { ok: false, reason: 'link-out', rel }
  const abs = path.join(ws.root, rel)
  try {
    await writeAllOrNothing(path.dirname(abs), [{ name: path.basename(abs), content }])
  } catch (e) {
    return {
      ok: false,
      reason: 'failed',
      rel,
      code: (e as NodeJS.ErrnoException).code ?? (e as Error).message
    }
  }
  return { ok: true, rel }
}

/*
 * `opa test` is a command run over the repository's files. It lives here until the Processes
 * facts (core/facts-runtime.ts) offer a general command runner; then it can move there.
 */
function opaTest(
  cwd: string,
  dir: string,
  { opa, timeoutMs }: { opa: string; timeoutMs: number }
): Promise<OpaRun> {
  const seconds = Math.round(timeoutMs / 1000)
  return new Promise((resolve) => {
    execFile(
      opa,
      ['test', '--coverage', '--format=json', dir.startsWith('-') ? `./${dir}` : dir],
      { cwd, timeout: timeoutMs, maxBuffer: MAX_OPA_OUTPUT, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const e = err as
          (NodeJS.ErrnoException & { killed?: boolean; signal?: string | null }) | null
        if (e?.code === 'ENOENT') return resolve({ kind: 'missing' })
        if (e && (e.killed || e.signal === 'SIGTERM')) return resolve({ kind: 'timeout', seconds })
        const exitCode = e ? (typeof e.code === 'number' ? e.code : 1) : 0
        resolve({ kind: 'ran', exitCode, stdout, stderr })
      }
    )
  })
}
