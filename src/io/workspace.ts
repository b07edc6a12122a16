import crypto, { createHash } from 'node:crypto'
import { ConfigurationError } from '../core/errors.js'
import fs, { closeSync, fstatSync, openSync, realpathSync } from 'node:fs'
import type { Dirent } from 'node:fs'
import { lstat, readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import picomatch from 'picomatch'
import {
  hashRegularFile,
  NotRegularFileError,
  READ_NOFOLLOW,
  SYNC_READ_BYTES
} from './hash-file.js'
import type { ReadLog, ReadRefusal } from './read-log.js'

/**
 * Folder listings shared by several globs of one short task (one gate's sources): each folder is
 * listed once, keyed by its workspace-relative path, entries sorted by name. Only for globs that
 * may see the same snapshot of the tree.
 */
export type GlobListings = Map<string, Dirent[]>

export type ReadFailure = 'missing' | 'escapes' | 'too-large' | 'not-a-file' | 'unreadable'

export type ReadResult =
  { ok: true; text: string; bytes: number } | { ok: false; reason: ReadFailure; message: string }

export type ReadBytesResult =
  { ok: true; data: Buffer } | { ok: false; reason: ReadFailure; message: string }

export interface ReadBytesOptions {
  /** Names the limit in the too-large message. */
  limitName?: string
  /**
   * Called with the file's size (bytes, at most `maxBytes`) before it is read; when it returns a
   * promise the read waits for it (nothing returned: go on at once). Lets a caller bound the
   * bytes it holds at once (see ByteBudget).
   */
  reserve?: (bytes: number) => Promise<void> | undefined
}

const SKIP_DIRS = new Set(['.git', 'node_modules'])

/**
 * The repository checkout. Every path the policy names is resolved here, and none may leave it:
 * not with `..`, not as an absolute path, not through a symbolic link.
 */
export class Workspace {
  /**
   * Each folder files were read from: whether its real path (every link on the way resolved) lies
   * inside the workspace, or it could not be resolved.
   */
  private readonly realDirs = new Map<string, 'inside' | 'missing' | 'escapes'>()

  /** When set, every file read (and every {@link fingerprint}) is noted with its digest. */
  log: ReadLog | undefined

  /**
   * Replaying a bundle: files the original run was refused (workspace-relative path → refusal).
   * Each reads as refused again, and globs list it where it matches, as the original tree did.
   */
  replayRefusals: ReadonlyMap<string, ReadRefusal> | undefined

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
    // Already a plain relative POSIX path (what globs and policies give): it is its own answer.
    if (POSIX && isPlainRelative(p)) return p
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
   *
   * The checks cost one open, one fstat and the reads per file: the file's folder is resolved
   * once per Workspace (its real path, every link on the way, must lie inside); the file is opened
   * without following a link in its last component (O_NOFOLLOW: a link is then resolved and
   * followed only to a target inside) and without blocking (O_NONBLOCK: a FIFO opens at once);
   * fstat on that descriptor then refuses what is not a regular file or is over the limit, before
   * `reserve` and before any byte is read. Files up to 1 MiB are read with synchronous calls.
   */
  async readBytes(
    p: string,
    maxBytes: number,
    { limitName = 'for a report (limits.max_report_bytes)', reserve }: ReadBytesOptions = {}
  ): Promise<ReadBytesResult> {
    const at = this.openToRead(p)
    if ('ok' in at) return at
    const { rel, abs, fd } = at
    if (fd === undefined)
      return this.noted(rel, await this.readThroughLink(abs, rel, maxBytes, limitName, reserve))
    return this.noted(rel, await readOpened(fd, rel, maxBytes, limitName, reserve))
  }

  /**
   * {@link readBytes} without waiting, for what most report files are: a regular file of at most
   * SYNC_READ_BYTES, not a symbolic link, whose bytes `hold` lets the caller keep at once. The
   * same checks, refusals and messages, noted in the log alike; `undefined` when it would have to
   * wait or read asynchronously (a larger file, a link, `hold` returned false): then call
   * readBytes, which reads it again from the start.
   *
   * @param hold called with the file's size before it is read; false: leave it to readBytes
   */
  readBytesNow(
    p: string,
    maxBytes: number,
    hold: (bytes: number) => boolean,
    limitName = 'for a report (limits.max_report_bytes)'
  ): ReadBytesResult | undefined {
    const at = this.openToRead(p)
    if ('ok' in at) return at
    const { rel, fd } = at
    if (fd === undefined) return undefined
    const read = readOpenedNow(fd, rel, maxBytes, limitName, hold)
    return read === undefined ? undefined : this.noted(rel, read)
  }

  /**
   * Opens `p` for reading once the path stays inside and its folder's real path does too:
   * its workspace-relative and absolute paths and the descriptor, opened without following a
   * link in the last component (`fd` undefined: that component is a link, for readThroughLink);
   * else the refusal (a replay's recorded refusal, a path out of the workspace, a missing folder,
   * a link out, an open that failed).
   */
  private openToRead(
    p: string
  ): { rel: string; abs: string; fd: number | undefined } | ReadBytesResult {
    const rel = this.relative(p)
    if (rel === undefined || path.isAbsolute(p)) {
      return {
        ok: false,
        reason: 'escapes',
        message: `${p}: path is outside the workspace; use a path relative to the repository root`
      }
    }
    const refusedBefore = this.replayRefusals?.get(rel)
    if (refusedBefore)
      return this.noted(rel, {
        ok: false,
        reason: refusedBefore.reason,
        message: refusedBefore.message
      })
    const abs =
      rel === '' ? this.root : POSIX ? joinPlain(this.root, rel) : path.join(this.root, rel)
    // The folder the file is in: resolved once per folder (symbolic links on the way included)
    // and confined to the workspace; the last component is never followed by open().
    const dir = rel === '' ? 'inside' : this.realDir(POSIX ? posixDirname(abs) : path.dirname(abs))
    if (dir === 'missing')
      return { ok: false, reason: 'missing', message: `${rel}: file not found` }
    if (dir === 'escapes') return escapes(rel)
    try {
      return { rel, abs, fd: openSync(abs, READ_NOFOLLOW) }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      return code === 'ELOOP' ? { rel, abs, fd: undefined } : openFailure(rel, code)
    }
  }

  /** `r` as it is, after noting a successful read in the log (when there is one). */
  private noted(rel: string, r: ReadBytesResult): ReadBytesResult {
    if (this.log && r.ok) {
      this.log.record({
        path: rel,
        size: r.data.length,
        // One-shot hash (Node 21.7+): no Hash object per file of a 10,000-report gate.
        sha256: oneShotSha256(r.data)
      })
    } else if (this.log && !r.ok && r.reason !== 'missing' && rel !== '') {
      this.log.recordRefusal({ path: rel, reason: r.reason, message: r.message })
    }
    return r
  }

  /**
   * Size and SHA-256 of a regular file inside the workspace (confined like {@link readBytes}: no
   * link out, no FIFO waited on, fstat on the descriptor hashed), noted in the log; undefined when
   * there is no such file. Streams: any size. For files the gate relies on without parsing them
   * (`allow_unverified` evidence, unclaimed reports).
   */
  async fingerprint(p: string): Promise<{ size: number; sha256: string } | undefined> {
    const rel = this.relative(p)
    if (rel === undefined || rel === '' || path.isAbsolute(p)) return undefined
    const refuse = (reason: ReadRefusal['reason'], why: string): undefined => {
      this.log?.recordRefusal({ path: rel, reason, message: `${rel}: ${why}` })
      return undefined
    }
    const before = this.replayRefusals?.get(rel)
    if (before) return refuse(before.reason, before.message.slice(rel.length + 2))
    const abs = path.join(this.root, ...rel.split('/'))
    const dir = this.realDir(path.dirname(abs))
    if (dir === 'escapes')
      return refuse('escapes', 'symbolic link that leads outside the workspace')
    if (dir === 'missing') return undefined
    let h
    try {
      h = await hashRegularFile(abs)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (e instanceof NotRegularFileError) return refuse('not-a-file', 'not a regular file')
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
      if (code !== 'ELOOP') return refuse('unreadable', `cannot be read (${code ?? 'error'})`)
      let real: string
      try {
        real = realpathSync.native(abs)
      } catch {
        return undefined // a dangling link: nothing there
      }
      if (!isInside(path.relative(this.realRoot, real)))
        return refuse('escapes', 'symbolic link that leads outside the workspace')
      try {
        h = await hashRegularFile(real)
      } catch (e2) {
        if (e2 instanceof NotRegularFileError) return refuse('not-a-file', 'not a regular file')
        return refuse(
          'unreadable',
          `cannot be read (${(e2 as NodeJS.ErrnoException).code ?? 'error'})`
        )
      }
    }
    this.log?.record({ path: rel, size: h.size, sha256: h.sha256 })
    return { size: h.size, sha256: h.sha256 }
  }

  /**
   * Whether the real path of the folder `absDir` lies inside the workspace, or it cannot be
   * resolved (cached: each folder is resolved once per Workspace, however many files are read
   * from it).
   */
  private realDir(absDir: string): 'inside' | 'missing' | 'escapes' {
    let verdict = this.realDirs.get(absDir)
    if (verdict === undefined) {
      try {
        const real = realpathSync.native(absDir)
        verdict = isInside(path.relative(this.realRoot, real)) ? 'inside' : 'escapes'
      } catch {
        verdict = 'missing'
      }
      this.realDirs.set(absDir, verdict)
    }
    return verdict
  }

  /**
   * The last component is a symbolic link: followed only when its target lies inside the
   * workspace, and the target is opened without following another link (a link swapped in
   * between is refused, not read).
   */
  private async readThroughLink(
    abs: string,
    rel: string,
    maxBytes: number,
    limitName: string,
    reserve: ReadBytesOptions['reserve']
  ): Promise<ReadBytesResult> {
    let real: string
    try {
      real = realpathSync.native(abs)
    } catch (e) {
      // A chain of links that never ends is no file to read, not an absent one.
      if ((e as NodeJS.ErrnoException).code === 'ELOOP')
        return {
          ok: false,
          reason: 'unreadable',
          message: `${rel}: symbolic links that lead back to themselves (a loop); point the link at the report`
        }
      return { ok: false, reason: 'missing', message: `${rel}: file not found` }
    }
    if (!isInside(path.relative(this.realRoot, real))) return escapes(rel)
    let fd: number
    try {
      fd = openSync(real, READ_NOFOLLOW)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ELOOP') return escapes(rel)
      return openFailure(rel, code)
    }
    return readOpened(fd, rel, maxBytes, limitName, reserve)
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
   * With `listings`, a folder listed by an earlier glob of the same task is not listed again.
   * Names starting with `.` match `*` only with `dot` (picomatch's option; off for policy globs).
   */
  async glob(
    pattern: string,
    limit: number,
    listings?: GlobListings,
    { dot = false }: { dot?: boolean } = {}
  ): Promise<{ files: string[]; truncated: boolean }> {
    const scan = picomatch.scan(pattern)
    if (!scan.isGlob) {
      const rel = this.relative(pattern)
      if (rel === undefined || path.isAbsolute(pattern)) throw new PathEscapeError(pattern)
      // Replaying: a file the original run was refused is not in the bundle, but was there.
      if (this.replayRefusals?.has(rel)) return { files: [rel], truncated: false }
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
    const isMatch = picomatch(pattern.replace(/^\.\//, ''), { dot })
    const files: string[] = []
    let truncated = false
    const walk = async (dirRel: string): Promise<void> => {
      let entries = listings?.get(dirRel)
      if (entries === undefined) {
        try {
          entries = await readdir(path.join(this.root, dirRel), { withFileTypes: true })
        } catch {
          return
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        listings?.set(dirRel, entries)
      }
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
    // A replay lists the files the original run matched but could not read (not in the bundle).
    for (const rel of this.replayRefusals?.keys() ?? []) {
      const under = relBase === '' || rel.startsWith(`${relBase}/`)
      if (under && isMatch(rel) && !files.includes(rel) && files.length < limit) files.push(rel)
    }
    files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    return { files, truncated }
  }
}

/**
 * Reads an open descriptor (closed before this returns): it must be a regular file of at most
 * `maxBytes` by fstat, and no more than `maxBytes` are read even when it grows meanwhile.
 */
async function readOpened(
  fd: number,
  rel: string,
  maxBytes: number,
  limitName: string,
  reserve: ReadBytesOptions['reserve']
): Promise<ReadBytesResult> {
  try {
    const st = fstatSync(fd)
    const refusal = statRefusal(st, rel, maxBytes, limitName)
    if (refusal) return refusal
    const wait = reserve?.(st.size)
    if (wait) await wait
    const buf =
      st.size <= SYNC_READ_BYTES
        ? readAtMostSync(fd, maxBytes + 1, st.size)
        : await readAtMost(fd, maxBytes + 1, st.size)
    return grownPast(rel, maxBytes, buf)
  } catch (e) {
    return unreadable(rel, e)
  } finally {
    closeSync(fd)
  }
}

/**
 * {@link readOpened} without waiting (the descriptor closed alike): undefined for a file over
 * SYNC_READ_BYTES or one `hold` does not take.
 */
function readOpenedNow(
  fd: number,
  rel: string,
  maxBytes: number,
  limitName: string,
  hold: (bytes: number) => boolean
): ReadBytesResult | undefined {
  try {
    const st = fstatSync(fd)
    const refusal = statRefusal(st, rel, maxBytes, limitName)
    if (refusal) return refusal
    if (st.size > SYNC_READ_BYTES || !hold(st.size)) return undefined
    return grownPast(rel, maxBytes, readAtMostSync(fd, maxBytes + 1, st.size))
  } catch (e) {
    return unreadable(rel, e)
  } finally {
    closeSync(fd)
  }
}

/** What fstat alone refuses: not a regular file, or over the limit. */
function statRefusal(
  st: fs.Stats,
  rel: string,
  maxBytes: number,
  limitName: string
): ReadBytesResult | undefined {
  if (!st.isFile())
    return { ok: false, reason: 'not-a-file', message: `${rel}: not a regular file` }
  if (st.size > maxBytes) return tooLarge(rel, st.size, maxBytes, limitName)
  return undefined
}

/** The bytes read, unless the file grew past the limit while being read. */
function grownPast(rel: string, maxBytes: number, buf: Buffer): ReadBytesResult {
  if (buf.length > maxBytes) {
    return {
      ok: false,
      reason: 'too-large',
      message: `${rel}: grew past the ${formatBytes(maxBytes)} limit while being read`
    }
  }
  return { ok: true, data: buf }
}

function unreadable(rel: string, e: unknown): ReadBytesResult {
  return {
    ok: false,
    reason: 'unreadable',
    message: `${rel}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`
  }
}

function escapes(rel: string): ReadBytesResult {
  return {
    ok: false,
    reason: 'escapes',
    message: `${rel}: symbolic link that leads outside the workspace`
  }
}

function openFailure(rel: string, code: string | undefined): ReadBytesResult {
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return { ok: false, reason: 'missing', message: `${rel}: file not found` }
  return {
    ok: false,
    reason: 'unreadable',
    message: `${rel}: cannot be opened (${code ?? 'error'})`
  }
}

/**
 * Reads until the end of the file or `cap` bytes, whichever comes first (a growing file stops).
 * The first buffer holds the expected size and one byte more, so the read that finds the end
 * lands in its free byte: a file that did not change is read in one call with no further
 * allocation. Only for regular files (a short read is their end).
 */
function readAtMostSync(fd: number, cap: number, sizeHint: number): Buffer {
  let buf = Buffer.allocUnsafe(Math.min(cap, Math.max(sizeHint, 0) + 1))
  let filled = 0
  for (;;) {
    if (filled === buf.length) {
      if (filled >= cap) break
      const bigger = Buffer.allocUnsafe(Math.min(cap, Math.max(2 * filled, filled + 64 * 1024)))
      buf.copy(bigger, 0, 0, filled)
      buf = bigger
    }
    const want = buf.length - filled
    const bytesRead = fs.readSync(fd, buf, filled, want, null)
    filled += bytesRead
    // A regular file (fstat said so) returns fewer bytes than asked only at its end (POSIX
    // read(2)): a short read ends it without a second call that would return 0.
    if (bytesRead < want) break
  }
  return filled === buf.length ? buf : buf.subarray(0, filled)
}

/** readAtMostSync with asynchronous reads, for files over SYNC_READ_BYTES. */
async function readAtMost(fd: number, cap: number, sizeHint: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  let want = Math.min(cap, Math.max(sizeHint, 0) + 1)
  while (total < cap) {
    const chunk = Buffer.allocUnsafe(Math.min(want, cap - total))
    const bytesRead = await new Promise<number>((resolve, reject) =>
      fs.read(fd, chunk, 0, chunk.length, null, (e, n) => (e ? reject(e) : resolve(n)))
    )
    if (bytesRead === 0) break
    chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead))
    total += bytesRead
    want = 1024 * 1024
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total)
}

function tooLarge(rel: string, size: number, maxBytes: number, limitName: string): ReadBytesResult {
  // A size that rounds like the limit ("2.0 KiB is over the 2.0 KiB limit") is given in bytes.
  const limit = formatBytes(maxBytes)
  const shown = formatBytes(size) === limit ? `${size} bytes` : formatBytes(size)
  return {
    ok: false,
    reason: 'too-large',
    message: `${rel}: ${shown} is over the ${limit} limit ${limitName}`
  }
}

const POSIX = path.sep === '/'

/**
 * True when `p` is relative, has no empty, `.` or `..` segment and no NUL: path.resolve and
 * path.relative would give it back unchanged.
 */
export function isPlainRelative(p: string): boolean {
  if (p === '' || p.charCodeAt(0) === 0x2f) return false
  let start = 0
  for (let i = 0; i <= p.length; i++) {
    const c = i === p.length ? 0x2f : p.charCodeAt(i)
    if (c === 0) return false
    if (c !== 0x2f) continue
    const len = i - start
    if (len === 0) return false
    if (len <= 2 && p.charCodeAt(start) === 0x2e && (len === 1 || p.charCodeAt(start + 1) === 0x2e))
      return false
    start = i + 1
  }
  return true
}

/** path.dirname of an absolute, normalized POSIX path, without normalizing it again. */
function posixDirname(abs: string): string {
  return abs.slice(0, abs.lastIndexOf('/')) || '/'
}

/** path.join(root, rel) for an absolute, normalized `root` and a plain relative `rel`. */
function joinPlain(root: string, rel: string): string {
  return root.endsWith('/') ? `${root}${rel}` : `${root}/${rel}`
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

/** Hex SHA-256 of `data`: crypto.hash where Node has it (21.7+), else a Hash object. */
function oneShotSha256(data: Buffer): string {
  const hash = (crypto as { hash?: (alg: string, d: Buffer, enc: 'hex') => string }).hash
  return hash ? hash('sha256', data, 'hex') : createHash('sha256').update(data).digest('hex')
}
