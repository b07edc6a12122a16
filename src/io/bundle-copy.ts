import { createHash } from 'node:crypto'
import { closeSync, openSync, realpathSync, write, writeFileSync, writeSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError, errorMessage } from '../core/errors.js'
import { hasSecrets, scrubBytes } from '../core/secrets.js'
import {
  NotRegularFileError,
  openRegularFile,
  pumpFd,
  pumpFdSync,
  SYNC_READ_BYTES,
  type FileHash
} from './hash-file.js'

// Copying files into a bundle's stage: shared by the reports, summaries and evidence copies.

/**
 * Opens a report for copying: its folder's real path (cached per folder) must lie inside the
 * workspace; the file itself is opened without following a link (O_NOFOLLOW) and must be a regular
 * file by fstat. A link in the last component is followed only to a target inside the workspace,
 * which is then opened without following another link.
 *
 * @throws ConfigurationError naming `rel`: broken link, link out of the workspace, not a regular
 *   file, unreadable
 */
export function openSource(
  abs: string,
  rel: string,
  realRoot: string,
  realDirs: Map<string, string | null>
): { fd: number; size: number } {
  const dir = path.dirname(abs)
  let realDir = realDirs.get(dir)
  if (realDir === undefined) {
    try {
      realDir = realpathSync.native(dir)
    } catch {
      realDir = null
    }
    realDirs.set(dir, realDir)
  }
  if (realDir === null)
    throw new ConfigurationError(`${rel}: cannot be read (a broken symbolic link?)`)
  if (!isWithin(realRoot, realDir))
    throw new ConfigurationError(`${rel}: symbolic link that leads outside the workspace`)
  try {
    return openRegularFile(abs)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ELOOP') throw sourceError(rel, e)
  }
  let real: string
  try {
    real = realpathSync.native(abs)
  } catch {
    throw new ConfigurationError(`${rel}: cannot be read (a broken symbolic link?)`)
  }
  if (!isWithin(realRoot, real))
    throw new ConfigurationError(`${rel}: symbolic link that leads outside the workspace`)
  try {
    return openRegularFile(real)
  } catch (e) {
    throw sourceError(rel, e)
  }
}

export function sourceError(rel: string, e: unknown): ConfigurationError {
  if (e instanceof NotRegularFileError) return new ConfigurationError(`${rel}: not a regular file`)
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ELOOP')
    return new ConfigurationError(`${rel}: symbolic link that changed while it was read`)
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new ConfigurationError(`${rel}: cannot be read (a broken symbolic link?)`)
  return new ConfigurationError(`${rel}: cannot be read (${code ?? errorMessage(e)})`)
}

/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8 encoding. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex')
}

/** Files larger than this are copied as they are, like binary evidence (see copyEvidence). */
export const MAX_SCRUB_BYTES = 256 * 1024 * 1024

/**
 * Copies a report or summary into the stage. When a secret is registered, a UTF-8 text file
 * (every report format the bundle carries: JSON, SARIF, JUnit XML, Markdown) is copied with the
 * secret masked, so an error text that echoed the token does not travel in the bundle. Binary
 * files, text in another encoding (UTF-16) and files over {@link MAX_SCRUB_BYTES} are evidence
 * whose bytes gonogo does not rewrite: they are copied unchanged. Without a secret the copy is
 * byte-exact.
 *
 * The source is read once, from the descriptor that was checked (see openSource); the bytes are
 * hashed as they are written to a new file in the stage (O_EXCL), so the size and SHA-256 returned
 * for the manifest are exactly those of the staged copy. Files up to 1 MiB are copied with
 * synchronous calls, larger ones streamed in 1 MiB chunks (the next read overlapping the write).
 *
 * @returns size (bytes) and SHA-256 (hex) of what was written to `dest`
 */
export async function copyEvidence(
  source: { fd: number; size: number },
  dest: string
): Promise<FileHash> {
  const hash = createHash('sha256')
  if (hasSecrets() && source.size <= MAX_SCRUB_BYTES) {
    const chunks: Buffer[] = []
    await pumpFd(source.fd, source.size, (chunk) => void chunks.push(Buffer.from(chunk)))
    const data = Buffer.concat(chunks)
    const scrubbed = scrubBytes(data)
    if (scrubbed.length <= SYNC_READ_BYTES) writeFileSync(dest, scrubbed, { flag: 'wx' })
    else await writeFile(dest, scrubbed, { flag: 'wx' })
    return { size: scrubbed.length, sha256: hash.update(scrubbed).digest('hex') }
  }
  const out = openSync(dest, 'wx')
  try {
    // A small file is read, hashed and written with synchronous calls; a large one streamed.
    const size =
      source.size <= SYNC_READ_BYTES
        ? pumpFdSync(source.fd, (chunk) => {
            hash.update(chunk)
            writeAllSync(out, chunk)
          })
        : await pumpFd(source.fd, source.size, async (chunk) => {
            hash.update(chunk)
            await writeAll(out, chunk)
          })
    return { size, sha256: hash.digest('hex') }
  } finally {
    closeSync(out)
  }
}

function writeAllSync(fd: number, data: Buffer): void {
  for (let at = 0; at < data.length;) at += writeSync(fd, data, at, data.length - at)
}

async function writeAll(fd: number, data: Buffer): Promise<void> {
  for (let at = 0; at < data.length;)
    at += await new Promise<number>((resolve, reject) =>
      write(fd, data, at, data.length - at, null, (e, n) => (e ? reject(e) : resolve(n)))
    )
}

/** Whether `inner` is `outer` or lies inside it (path text only). */
export function isWithin(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}

/**
 * Copies evidence byte for byte (what the gate's digests describe): unlike {@link copyEvidence},
 * nothing is masked. So that a secret never travels in a bundle, a file of at most
 * {@link MAX_SCRUB_BYTES} that holds a registered secret is refused instead.
 *
 * @param rel the file as named in messages
 * @returns size (bytes) and SHA-256 (hex) of what was written to `dest`
 * @throws ConfigurationError naming `rel` when it holds a secret
 */
export async function copyExact(
  source: { fd: number; size: number },
  dest: string,
  rel: string
): Promise<FileHash> {
  if (!hasSecrets() || source.size > MAX_SCRUB_BYTES) return copyEvidence(source, dest)
  const chunks: Buffer[] = []
  await pumpFd(source.fd, source.size, (chunk) => void chunks.push(Buffer.from(chunk)))
  const data = Buffer.concat(chunks)
  if (!scrubBytes(data).equals(data))
    throw new ConfigurationError(
      `${rel}: holds a secret (the token or signing key); evidence is bundled byte for byte, so remove the secret from the file and run the gate again`
    )
  if (data.length <= SYNC_READ_BYTES) writeFileSync(dest, data, { flag: 'wx' })
  else await writeFile(dest, data, { flag: 'wx' })
  return { size: data.length, sha256: sha256Hex(data) }
}
