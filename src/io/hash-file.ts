import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'

export interface FileHash {
  size: number
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string
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
 * SHA-256 and size of a file, streamed. The file is opened without following a symbolic link in
 * its last component (O_NOFOLLOW where the platform has it): a link swapped in fails, it is not read.
 */
export async function hashFile(file: string): Promise<FileHash> {
  const handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
  // The stream closes the handle when it ends or fails.
  return hashStream(handle.createReadStream({ highWaterMark: 1024 * 1024 }))
}
