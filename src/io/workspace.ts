import { ConfigurationError } from '../core/errors.js'
import { constants } from 'node:fs'
import { lstat, open, readdir, realpath, stat, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import picomatch from 'picomatch'

export type ReadFailure = 'missing' | 'escapes' | 'too-large' | 'not-a-file' | 'unreadable'

export type ReadResult =
  { ok: true; text: string; bytes: number } | { ok: false; reason: ReadFailure; message: string }

export type ReadBytesResult =
  { ok: true; data: Buffer } | { ok: false; reason: ReadFailure; message: string }

export interface ReadBytesOptions {
  /** Names the limit in the too-large message. */
  limitName?: string
  /**
   * Called with the file's size (bytes, at most `maxBytes`) before it is opened; the read waits
   * for it. Lets a caller bound the bytes it holds at once (see ByteBudget).
   */
  reserve?: (bytes: number) => Promise<void>
}

const SKIP_DIRS = new Set(['.git', 'node_modules'])

/**
 * The repository checkout. Every path the policy names is resolved here, and none may leave it:
 * not with `..`, not as an absolute path, not through a symbolic link.
 */
export class Workspace {
  private constructor(
    readonly root: string,
    private readonly realRoot: string
  ) {}

  static async open(root: string): Promise<Workspace> {
    const abs = path.resolve(root)
    let real: string
    try {
      real = await realpath(abs)
    } catch {
      throw new ConfigurationError(
        `workspace ${abs} does not exist; run from the repository root or pass --workspace`
      )
    }
    let isDir = false
    try {
      isDir = (await stat(real)).isDirectory()
    } catch {
      isDir = false
    }
    if (!isDir)
      throw new ConfigurationError(
        `workspace ${abs} is not a folder; run from the repository root or pass --workspace`
      )
    return new Workspace(abs, real)
  }

  /** Workspace-relative POSIX path of `p` if it stays inside, else undefined. */
  relative(p: string): string | undefined {
    if (p.includes('\0')) return undefined
    const abs = path.resolve(this.root, p)
    const rel = path.relative(this.root, abs)
    if (!isInside(rel)) return undefined
    return rel.split(path.sep).join('/')
  }

  /**
   * The absolute path of a workspace-relative `p` (which may not exist yet) when neither its text
   * nor any symbolic link on the way out of it leaves the workspace; undefined otherwise.
   */
  async confine(p: string): Promise<string | undefined> {
    const rel = this.relative(p)
    if (rel === undefined) return undefined
    const abs = path.join(this.root, ...rel.split('/'))
    let probe = abs
    for (;;) {
      try {
        return (await this.insideReal(probe)) ? abs : undefined
      } catch {
        const up = path.dirname(probe)
        if (up === probe) return undefined
        probe = up
      }
    }
  }

  private async insideReal(abs: string): Promise<boolean> {
    return isInside(path.relative(this.realRoot, await realpath(abs)))
  }

  /**
   * Reads a text file of at most `maxBytes` as UTF-8, without a leading byte-order mark (YAML 1.2
   * §5.2 and RFC 8259 §8.1 let a reader ignore it); every refusal is a reason and a message.
   */
  async readText(
    p: string,
    maxBytes: number,
    limitName = 'for a report (limits.max_report_bytes)'
  ): Promise<ReadResult> {
    const r = await this.readBytes(p, maxBytes, { limitName })
    if (!r.ok) return r
    const text = r.data.toString('utf8')
    return {
      ok: true,
      text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
      bytes: r.data.length
    }
  }

  /**
   * Reads a file of at most `maxBytes` as bytes (report files are decoded by their own rules, see
   * decode-text.ts); every refusal is a reason and a message naming the file.
   */
  async readBytes(
    p: string,
    maxBytes: number,
    { limitName = 'for a report (limits.max_report_bytes)', reserve }: ReadBytesOptions = {}
  ): Promise<ReadBytesResult> {
    const rel = this.relative(p)
    if (rel === undefined || path.isAbsolute(p)) {
      return {
        ok: false,
        reason: 'escapes',
        message: `${p}: path is outside the workspace; use a path relative to the repository root`
      }
    }
    const abs = path.join(this.root, rel)
    try {
      if (!(await this.insideReal(abs))) {
        return {
          ok: false,
          reason: 'escapes',
          message: `${rel}: symbolic link that leads outside the workspace`
        }
      }
    } catch {
      return { ok: false, reason: 'missing', message: `${rel}: file not found` }
    }
    let size: number
    try {
      // Never open a FIFO or device: opening a named pipe would block forever.
      const st = await stat(abs)
      if (!st.isFile())
        return { ok: false, reason: 'not-a-file', message: `${rel}: not a regular file` }
      size = st.size
    } catch {
      return { ok: false, reason: 'missing', message: `${rel}: file not found` }
    }
    if (size > maxBytes) return tooLarge(rel, size, maxBytes, limitName)
    if (reserve) await reserve(size)
    let handle
    try {
      handle = await open(abs, constants.O_RDONLY | constants.O_NONBLOCK)
    } catch (e) {
      return {
        ok: false,
        reason: 'unreadable',
        message: `${rel}: cannot be opened (${(e as NodeJS.ErrnoException).code ?? 'error'})`
      }
    }
    try {
      const st = await handle.stat()
      if (!st.isFile())
        return { ok: false, reason: 'not-a-file', message: `${rel}: not a regular file` }
      if (st.size > maxBytes) return tooLarge(rel, st.size, maxBytes, limitName)
      const buf = await readAtMost(handle, maxBytes + 1, st.size)
      if (buf.length > maxBytes) {
        return {
          ok: false,
          reason: 'too-large',
          message: `${rel}: grew past the ${formatBytes(maxBytes)} limit while being read`
        }
      }
      return { ok: true, data: buf }
    } finally {
      await handle.close()
    }
  }

  /** True when `p` is a regular, non-empty file inside the workspace. */
  async hasFile(p: string): Promise<boolean> {
    const rel = this.relative(p)
    if (rel === undefined || path.isAbsolute(p)) return false
    const abs = path.join(this.root, rel)
    try {
      if (!(await this.insideReal(abs))) return false
      const st = await stat(abs)
      return st.isFile() && st.size > 0
    } catch {
      return false
    }
  }

  /**
   * Workspace-relative files matching a path or glob, sorted. Directories behind symbolic links
   * are not entered; `.git` and `node_modules` are skipped. Throws when the pattern escapes.
   */
  async glob(pattern: string, limit: number): Promise<{ files: string[]; truncated: boolean }> {
    const scan = picomatch.scan(pattern)
    if (!scan.isGlob) {
      const rel = this.relative(pattern)
      if (rel === undefined || path.isAbsolute(pattern)) throw new PathEscapeError(pattern)
      try {
        // Anything there (a directory, a link out) is read and refused with its own reason.
        await lstat(path.join(this.root, rel))
        return { files: [rel], truncated: false }
      } catch {
        return { files: [], truncated: false }
      }
    }
    const base = scan.base === '' ? '.' : scan.base
    const relBase = this.relative(base)
    if (relBase === undefined || path.isAbsolute(pattern)) throw new PathEscapeError(pattern)
    try {
      // A base folder that is (or lies behind) a link out of the workspace is not entered.
      if (!(await this.insideReal(path.join(this.root, relBase))))
        throw new PathEscapeError(pattern)
    } catch (e) {
      if (e instanceof PathEscapeError) throw e
      return { files: [], truncated: false }
    }
    const isMatch = picomatch(pattern.replace(/^\.\//, ''), { dot: false })
    const files: string[] = []
    let truncated = false
    const walk = async (dirRel: string): Promise<void> => {
      let entries
      try {
        entries = await readdir(path.join(this.root, dirRel), { withFileTypes: true })
      } catch {
        return
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      for (const e of entries) {
        if (truncated) return
        const rel = dirRel === '' ? e.name : `${dirRel}/${e.name}`
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) await walk(rel)
        } else if ((e.isFile() || e.isSymbolicLink()) && isMatch(rel)) {
          if (files.length >= limit) {
            truncated = true
            return
          }
          files.push(rel)
        }
      }
    }
    await walk(relBase === '' ? '' : relBase)
    files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    return { files, truncated }
  }
}

/** Reads until the end of the file or `cap` bytes, whichever comes first (a growing file stops). */
async function readAtMost(handle: FileHandle, cap: number, sizeHint: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  let want = Math.min(cap, Math.max(sizeHint, 0) + 1)
  while (total < cap) {
    const chunk = Buffer.allocUnsafe(Math.min(want, cap - total))
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
    if (bytesRead === 0) break
    chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead))
    total += bytesRead
    want = 64 * 1024
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total)
}

function tooLarge(rel: string, size: number, maxBytes: number, limitName: string): ReadBytesResult {
  return {
    ok: false,
    reason: 'too-large',
    message: `${rel}: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit ${limitName}`
  }
}

function isInside(rel: string): boolean {
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel)
}

export class PathEscapeError extends Error {
  constructor(readonly pattern: string) {
    super(`${pattern}: path is outside the workspace; use a path relative to the repository root`)
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`
  return `${n} bytes`
}
