import { createHash } from 'node:crypto'
import fs, { closeSync, constants, fstatSync, openSync } from 'node:fs'

export interface FileHash {
  size: number
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string
}

/**
 * Flags for opening a file to read it: read-only, never following a symbolic link in the last
 * component (ELOOP instead, where the platform has O_NOFOLLOW), never blocking on a named pipe
 * (O_NONBLOCK: a FIFO opens at once and is refused by fstat, see {@link openRegularFile}), never
 * taking a terminal as the controlling one.
 */
export const READ_NOFOLLOW =
  constants.O_RDONLY |
  constants.O_NONBLOCK |
  (constants.O_NOFOLLOW ?? 0) |
  (constants.O_NOCTTY ?? 0)

/**
 * Files up to this size are read with synchronous calls on their descriptor (a few microseconds
 * each; thousands of small files are the common case); larger ones with asynchronous reads, so a
 * big file does not hold up the event loop.
 */
export const SYNC_READ_BYTES = 1024 * 1024

const CHUNK_BYTES = 1024 * 1024

/** Spare chunk buffers (a few, reused across files, so reading thousands allocates none). */
const spareBuffers: Buffer[] = []

function takeBuffer(): Buffer {
  return spareBuffers.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES)
}

function giveBuffer(b: Buffer): void {
  if (spareBuffers.length < 4) spareBuffers.push(b)
}

/** A path that is not a regular file (a FIFO, device, folder or socket), refused after open. */
export class NotRegularFileError extends Error {
  constructor(readonly file: string) {
    super(`${file}: not a regular file`)
  }
}

/**
 * Opens `file` with {@link READ_NOFOLLOW} and checks by fstat on the descriptor (the same file
 * that will be read, whatever happens to the path meanwhile) that it is a regular file.
 *
 * @returns the descriptor (the caller closes it) and the size fstat gave, in bytes
 * @throws the open error (ELOOP for a symbolic link, ENOENT, EACCES …), or NotRegularFileError
 */
export function openRegularFile(file: string): { fd: number; size: number } {
  const fd = openSync(file, READ_NOFOLLOW)
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) throw new NotRegularFileError(file)
    return { fd, size: st.size }
  } catch (e) {
    closeSync(fd)
    throw e
  }
}

/**
 * Reads an open descriptor from its current position to the end, handing each chunk to `onChunk`
 * in order. A chunk's buffer is reused once `onChunk` has returned (or its promise settled): copy
 * it to keep it. Files of at most {@link SYNC_READ_BYTES} (by `sizeHint`) are read with
 * synchronous calls; larger ones with asynchronous reads, the next chunk read while `onChunk`
 * handles the last (double buffering).
 *
 * @param sizeHint the size fstat gave (bytes); a file that grows meanwhile is still read to its end
 * @returns the number of bytes read
 */
export async function pumpFd(
  fd: number,
  sizeHint: number,
  onChunk: (chunk: Buffer) => void | Promise<void>
): Promise<number> {
  let total = 0
  if (sizeHint <= SYNC_READ_BYTES) {
    // Read into one pooled buffer until it is full or the file ends (the read that returns 0
    // lands in the buffer's free space: no allocation per file).
    const buf = takeBuffer()
    try {
      let filled = 0
      for (;;) {
        const n = fs.readSync(fd, buf, filled, buf.length - filled, null)
        if (n === 0) break
        filled += n
        if (filled === buf.length) {
          total += filled
          await onChunk(buf)
          filled = 0
        }
      }
      if (filled > 0) {
        total += filled
        await onChunk(buf.subarray(0, filled))
      }
      return total
    } finally {
      giveBuffer(buf)
    }
  }
  const readInto = (b: Buffer): Promise<number> =>
    new Promise((resolve, reject) =>
      fs.read(fd, b, 0, b.length, null, (e, n) => (e ? reject(e) : resolve(n)))
    )
  let current = takeBuffer()
  let spare = takeBuffer()
  try {
    let n = await readInto(current)
    while (n > 0) {
      total += n
      const next = readInto(spare)
      try {
        await onChunk(n === current.length ? current : current.subarray(0, n))
      } catch (e) {
        await next.catch(() => 0)
        throw e
      }
      n = await next
      ;[current, spare] = [spare, current]
    }
    return total
  } finally {
    giveBuffer(current)
    giveBuffer(spare)
  }
}

/** SHA-256 and byte count of a stream, read chunk by chunk (never held whole in memory). */
export async function hashStream(stream: AsyncIterable<unknown>): Promise<FileHash> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array)
    size += buf.length
    hash.update(buf)
  }
  return { size, sha256: hash.digest('hex') }
}

/**
 * Reads a descriptor synchronously from its position to the end into one pooled buffer, handing
 * each chunk to `onChunk` (the buffer is reused after it returns; copy to keep).
 *
 * @returns the number of bytes read
 */
export function pumpFdSync(fd: number, onChunk: (chunk: Buffer) => void): number {
  const buf = takeBuffer()
  try {
    let total = 0
    let filled = 0
    for (;;) {
      const n = fs.readSync(fd, buf, filled, buf.length - filled, null)
      if (n === 0) break
      filled += n
      if (filled === buf.length) {
        total += filled
        onChunk(buf)
        filled = 0
      }
    }
    if (filled > 0) {
      total += filled
      onChunk(buf.subarray(0, filled))
    }
    return total
  } finally {
    giveBuffer(buf)
  }
}

/** A file's hash, and its bytes when they were asked for and fit. */
export type HashedFile = FileHash & { data?: Buffer }

/**
 * SHA-256 and size of a regular file, opened as {@link openRegularFile} does (no link followed,
 * no FIFO waited on, fstat on the descriptor read). A file of at most {@link SYNC_READ_BYTES} is
 * read and hashed synchronously and the result returned as is (no promise: verifying thousands of
 * small files costs no event-loop turn each); a larger one returns a promise.
 *
 * @param keepUpTo when given, the bytes are returned as `data` too if there are at most that many
 * @throws (synchronously) the open error or NotRegularFileError; a read error rejects or throws
 */
export function hashRegularFile(file: string, keepUpTo?: number): HashedFile | Promise<HashedFile> {
  const { fd, size: sizeHint } = openRegularFile(file)
  if (sizeHint > SYNC_READ_BYTES) return hashLarge(fd, sizeHint, keepUpTo)
  try {
    const hash = createHash('sha256')
    const keep = keeper(keepUpTo)
    const size = pumpFdSync(fd, (chunk) => {
      hash.update(chunk)
      keep.add(chunk)
    })
    return keep.done({ size, sha256: hash.digest('hex') })
  } finally {
    closeSync(fd)
  }
}

async function hashLarge(fd: number, sizeHint: number, keepUpTo?: number): Promise<HashedFile> {
  try {
    const hash = createHash('sha256')
    const keep = keeper(keepUpTo)
    const size = await pumpFd(fd, sizeHint, (chunk) => {
      hash.update(chunk)
      keep.add(chunk)
    })
    return keep.done({ size, sha256: hash.digest('hex') })
  } finally {
    closeSync(fd)
  }
}

/** Keeps copies of chunks while they total at most `max` bytes (nothing when max is undefined). */
function keeper(max: number | undefined): {
  add: (chunk: Buffer) => void
  done: (h: FileHash) => HashedFile
} {
  const kept: Buffer[] = []
  let bytes = 0
  return {
    add: (chunk) => {
      if (max === undefined) return
      bytes += chunk.length
      if (bytes <= max) kept.push(Buffer.from(chunk))
      else kept.length = 0
    },
    done: (h) =>
      max !== undefined && h.size <= max ? { ...h, data: Buffer.concat(kept, h.size) } : h
  }
}

/**
 * SHA-256 and size of a regular file, as a promise: {@link hashRegularFile}. A link swapped in
 * fails with ELOOP and a FIFO with NotRegularFileError; neither is read.
 *
 * @param keepUpTo when given, the file's bytes are returned as `data` too if it has at most that
 *   many bytes
 */
export async function hashFile(file: string, keepUpTo?: number): Promise<HashedFile> {
  return hashRegularFile(file, keepUpTo)
}
