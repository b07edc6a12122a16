import { timingSafeEqual } from 'node:crypto'
import { open, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { isUtf8 } from 'node:buffer'
import { inflateRawSync } from 'node:zlib'
import yauzl from 'yauzl'
import {
  bundlePathProblem,
  comparePaths,
  manifestDigest,
  MANIFEST_FILE,
  SIGNATURE_ALGORITHM,
  SIGNATURE_FILE,
  signDigest,
  UNLISTED_FILES,
  type BundleManifest
} from '../core/bundle-manifest.js'
import { errorMessage } from '../core/errors.js'
import { parseBoundedJson } from '../parsers/json-error.js'
import { formatSchemaError } from '../parsers/schema-errors.js'
import { validateBundleManifest } from '../generated/validators.js'
import { sha256Hex } from './bundle-copy.js'
import { hashRegularFile, hashStream, READ_NOFOLLOW, type HashedFile } from './hash-file.js'

export interface BundleProblem {
  /** The bundle path (or zip entry name) the problem is about, when it is about one. */
  file?: string
  message: string
}

export interface VerifyResult {
  ok: boolean
  /** The digest recomputed from the manifest, when there was a manifest to compute it from. */
  digest?: string
  problems: BundleProblem[]
  /** The manifest as read, when it is valid against the schema. */
  manifest?: BundleManifest
  /** The bytes of the files asked for with `keep`, each only when its hash matched the manifest. */
  kept: Map<string, Buffer>
  /**
   * Set when files asked for were not kept because together they passed
   * {@link MAX_KEPT_TOTAL_BYTES}: the caller reads them from the bundle or says to unzip it.
   */
  keptPartly?: true
}

/** Largest file `keep` holds in memory. */
const MAX_KEPT_BYTES = 16 * 1024 * 1024

/**
 * Most bytes `keep` holds in all: a small zip of many highly compressible entries (16 MiB of
 * zeros deflates to 16 KiB) must not make a verify hold gigabytes.
 */
export const MAX_KEPT_TOTAL_BYTES = 256 * 1024 * 1024

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024
const MAX_SIGNATURE_BYTES = 64 * 1024
const S_IFMT = 0o170000
const S_IFLNK = 0o120000

/** One file of a bundle: its bytes as a stream, or hashed (and kept, when small enough). */
interface BundleSource {
  stream: () => Promise<AsyncIterable<unknown>>
  /** Size and SHA-256; with `keepUpTo`, the bytes too when there are at most that many. */
  hash: (keepUpTo?: number) => HashedFile | Promise<HashedFile>
}

/** The files of a bundle, by bundle path, and what was wrong with the rest while listing. */
interface Listing {
  files: Map<string, BundleSource>
  problems: BundleProblem[]
  close: () => void
}

/**
 * Verifies a bundle folder or its zip (the downloaded artifact): the manifest against its schema,
 * every file's size and SHA-256, the digest, no file added or missing, no path that could escape
 * the bundle, no symbolic link (never followed), and the signature when a key is given.
 *
 * @param opts.keep the paths (or a test on the path) whose verified bytes are returned in `kept`,
 *   each up to 16 MiB: what a caller reads next without opening the bundle again (a zip's
 *   evidence for a replay, the summary)
 */
export async function verifyBundle(
  target: string,
  opts: {
    signingKey?: string
    keep?: readonly string[] | ((path: string) => boolean)
    /** A zip up to this size is read into memory at once (default 256 MiB); larger, streamed. */
    zipInMemoryUpTo?: number
    /** Most bytes `keep` holds in all (default {@link MAX_KEPT_TOTAL_BYTES}). */
    keepTotal?: number
  } = {}
): Promise<VerifyResult> {
  let isDir: boolean
  try {
    isDir = (await stat(target)).isDirectory()
  } catch {
    return { ok: false, problems: [{ message: `${target}: not found` }], kept: new Map() }
  }
  let listing: Listing
  try {
    listing = isDir
      ? await listFolder(target)
      : await listZip(target, opts.zipInMemoryUpTo ?? ZIP_IN_MEMORY_BYTES)
  } catch (e) {
    return {
      ok: false,
      problems: [
        { message: `${target}: not a bundle folder or a readable zip (${errorMessage(e)})` }
      ],
      kept: new Map()
    }
  }
  try {
    const keep = opts.keep
    const asked = typeof keep === 'function' ? undefined : new Set(keep ?? [])
    const keeps = typeof keep === 'function' ? keep : (p: string): boolean => asked?.has(p) === true
    return await judge(listing, opts.signingKey, keeps, opts.keepTotal ?? MAX_KEPT_TOTAL_BYTES)
  } finally {
    listing.close()
  }
}

async function judge(
  listing: Listing,
  signingKey: string | undefined,
  keep: (path: string) => boolean,
  keepTotal: number
): Promise<VerifyResult> {
  const problems = [...listing.problems]
  const named = new Set(problems.map((p) => p.file).filter((f) => f !== undefined))
  const kept = new Map<string, Buffer>()
  let keptBytes = 0
  let keptPartly = false
  const done = (digest?: string, manifest?: BundleManifest): VerifyResult => ({
    ok: problems.length === 0,
    ...(digest !== undefined ? { digest } : {}),
    problems,
    ...(manifest !== undefined && problems.length === 0 ? { manifest } : {}),
    kept,
    ...(keptPartly ? { keptPartly: true as const } : {})
  })

  const manifestText = await readSmall(listing, MANIFEST_FILE, MAX_MANIFEST_BYTES, problems)
  if (manifestText === undefined) return done()
  // Depth bounded before parsing (json-error.ts): a manifest nests 3 levels.
  const parsed = parseBoundedJson(manifestText)
  if (!parsed.ok) {
    problems.push({ file: MANIFEST_FILE, message: parsed.message })
    return done()
  }
  const doc: unknown = parsed.value
  if (!validateBundleManifest(doc)) {
    for (const e of (validateBundleManifest.errors ?? []).slice(0, 20)) {
      // Bad file paths are reported below, each naming its file.
      if (e.keyword === 'pattern' && /^\/files\/\d+\/path$/.test(e.instancePath)) continue
      problems.push({ file: MANIFEST_FILE, message: `schema: ${formatSchemaError(e)}` })
    }
  }
  if (!isRecord(doc)) return done()

  // Every listed file: a safe path, once, present, with the bytes the manifest says.
  const listed = new Set<string>()
  const entries = Array.isArray(doc.files) ? (doc.files as unknown[]) : []
  let previous: string | undefined
  let sorted = true
  for (const entry of entries) {
    if (!isRecord(entry) || typeof entry.path !== 'string') continue
    const p = entry.path
    if (previous !== undefined && comparePaths(previous, p) > 0) sorted = false
    previous = p
    const pathProblem = bundlePathProblem(p)
    if (pathProblem !== undefined) {
      problems.push({
        file: p,
        message: `listed in the manifest with an unsafe path: ${pathProblem}`
      })
      continue
    }
    if (UNLISTED_FILES.includes(p)) {
      problems.push({ file: p, message: 'listed in the manifest, but describes the bundle itself' })
      continue
    }
    if (listed.has(p)) {
      problems.push({ file: p, message: 'duplicate path: listed more than once in the manifest' })
      continue
    }
    listed.add(p)
    const reader = listing.files.get(p)
    if (reader === undefined) {
      if (!named.has(p))
        problems.push({ file: p, message: 'missing: listed in the manifest but not in the bundle' })
      continue
    }
    let got: HashedFile
    try {
      // A small file of a folder is hashed synchronously (no promise to wait for).
      const hashed = reader.hash(keep(p) ? MAX_KEPT_BYTES : undefined)
      got = hashed instanceof Promise ? await hashed : hashed
    } catch (e) {
      problems.push({ file: p, message: `cannot be read (${errorMessage(e)})` })
      continue
    }
    if (got.size !== entry.size || got.sha256 !== entry.sha256) {
      problems.push({
        file: p,
        message: `content changed: ${got.size} bytes with SHA-256 ${got.sha256}, the manifest says ${String(entry.size)} bytes with ${String(entry.sha256)}`
      })
    } else if (got.data !== undefined) {
      if (keptBytes + got.data.length <= keepTotal) {
        kept.set(p, got.data)
        keptBytes += got.data.length
      } else keptPartly = true
    }
  }
  if (!sorted) problems.push({ file: MANIFEST_FILE, message: 'files are not sorted by path' })
  for (const p of [...listing.files.keys()].sort(comparePaths)) {
    if (!listed.has(p) && !UNLISTED_FILES.includes(p))
      problems.push({ file: p, message: 'added: present in the bundle but not in the manifest' })
  }

  let digest: string
  try {
    digest = manifestDigest(doc as unknown as BundleManifest)
  } catch (e) {
    problems.push({ file: MANIFEST_FILE, message: `cannot be canonicalized (${errorMessage(e)})` })
    return done()
  }
  if (doc.digest !== digest) {
    problems.push({
      file: MANIFEST_FILE,
      message: `digest ${String(doc.digest)} does not match the manifest's content (${digest}): the manifest or its digest was edited`
    })
  }
  if (signingKey !== undefined) await checkSignature(listing, signingKey, digest, problems)
  return done(digest, doc as unknown as BundleManifest)
}

async function checkSignature(
  listing: Listing,
  key: string,
  digest: string,
  problems: BundleProblem[]
): Promise<void> {
  if (!listing.files.has(SIGNATURE_FILE)) {
    problems.push({ file: SIGNATURE_FILE, message: 'missing, but a signing key was given' })
    return
  }
  const text = await readSmall(listing, SIGNATURE_FILE, MAX_SIGNATURE_BYTES, problems)
  if (text === undefined) return
  let sig: unknown
  try {
    sig = JSON.parse(text)
  } catch (e) {
    problems.push({ file: SIGNATURE_FILE, message: `not valid JSON (${errorMessage(e)})` })
    return
  }
  if (
    !isRecord(sig) ||
    sig.algorithm !== SIGNATURE_ALGORITHM ||
    typeof sig.signature !== 'string' ||
    !/^[0-9a-f]{64}$/.test(sig.signature)
  ) {
    problems.push({
      file: SIGNATURE_FILE,
      message: `not a ${SIGNATURE_ALGORITHM} signature ({"algorithm", "digest", "signature": 64 hex})`
    })
    return
  }
  if (sig.digest !== digest)
    problems.push({
      file: SIGNATURE_FILE,
      message: `signs digest ${String(sig.digest)}, not this manifest's ${digest}`
    })
  const want = Buffer.from(signDigest(key, digest), 'hex')
  const got = Buffer.from(sig.signature, 'hex')
  if (got.length !== want.length || !timingSafeEqual(got, want))
    problems.push({
      file: SIGNATURE_FILE,
      message: 'signature does not match: wrong key, or the bundle was changed after signing'
    })
}

/** Size and SHA-256 of a zip entry's stream; its bytes too when at most `keepUpTo`. */
async function hashZipEntry(
  stream: AsyncIterable<unknown>,
  keepUpTo: number | undefined
): Promise<HashedFile> {
  if (keepUpTo === undefined) return hashStream(stream)
  const chunks: Buffer[] = []
  const got = await hashStream(collect(stream, chunks, keepUpTo))
  return got.size <= keepUpTo ? { ...got, data: Buffer.concat(chunks) } : got
}

/** Passes a stream through, keeping its chunks while they total at most `max` bytes. */
async function* collect(
  stream: AsyncIterable<unknown>,
  chunks: Buffer[],
  max: number
): AsyncIterable<Buffer> {
  let size = 0
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array)
    size += buf.length
    if (size <= max) chunks.push(buf)
    else chunks.length = 0
    yield buf
  }
}

/** A small file of the bundle as text; a problem (naming it) when absent or too large. */
async function readSmall(
  listing: Listing,
  file: string,
  max: number,
  problems: BundleProblem[]
): Promise<string | undefined> {
  const reader = listing.files.get(file)
  if (reader === undefined) {
    if (!problems.some((p) => p.file === file))
      problems.push({ file, message: 'missing: this is not a bundle' })
    return undefined
  }
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of await reader.stream()) {
      const buf = Buffer.from(chunk as Uint8Array)
      size += buf.length
      if (size > max) {
        problems.push({ file, message: `larger than ${max} bytes` })
        return undefined
      }
      chunks.push(buf)
    }
  } catch (e) {
    problems.push({ file, message: `cannot be read (${errorMessage(e)})` })
    return undefined
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Lists a folder without following any symbolic link: a link is a problem, never a file. */
async function listFolder(root: string): Promise<Listing> {
  const files = new Map<string, BundleSource>()
  const problems: BundleProblem[] = []
  const base = path.resolve(root)
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(root, ...rel.split('/').filter(Boolean)), {
      withFileTypes: true
    })
    entries.sort((a, b) => comparePaths(a.name, b.name))
    for (const e of entries) {
      const p = rel === '' ? e.name : `${rel}/${e.name}`
      const pathProblem = bundlePathProblem(p)
      if (pathProblem !== undefined) {
        problems.push({ file: p, message: `unsafe file name: ${pathProblem}` })
      } else if (e.isSymbolicLink()) {
        problems.push({
          file: p,
          message: 'symbolic link: a bundle holds only regular files (links are never followed)'
        })
      } else if (e.isDirectory()) {
        await walk(p)
      } else if (e.isFile()) {
        const abs = path.sep === '/' ? `${base}/${p}` : path.join(base, ...p.split('/'))
        // Opened without following a link and checked by fstat on the descriptor it reads
        // (hash-file.ts): a link or FIFO swapped in after this listing is refused, not read.
        files.set(p, {
          stream: async () =>
            (await open(abs, READ_NOFOLLOW)).createReadStream({ highWaterMark: 1024 * 1024 }),
          hash: (keepUpTo) => hashRegularFile(abs, keepUpTo)
        })
      } else {
        problems.push({ file: p, message: 'not a regular file' })
      }
    }
  }
  await walk('')
  return { files, problems, close: () => undefined }
}

/**
 * Lists a zip from its central directory. Every entry name is checked before anything else is done
 * with it (absolute, drive letter, backslash, `..`: zip-slip), link entries are refused, and files
 * are hashed from the archive's streams: nothing is extracted.
 */
/**
 * A zip up to this size is read into memory in one call and its entries inflated from there; a
 * larger one is read entry by entry from the file. A bundle of 10,000 small files then costs one
 * read instead of several positioned reads per entry on the thread pool.
 */
const ZIP_IN_MEMORY_BYTES = 256 * 1024 * 1024

async function listZip(file: string, inMemoryUpTo: number): Promise<Listing> {
  const options = {
    lazyEntries: true,
    autoClose: false,
    decodeStrings: false,
    validateEntrySizes: true
  } as const
  const st = await stat(file)
  if (!st.isFile()) throw new Error('not a regular file')
  const whole = st.size <= inMemoryUpTo ? await readWhole(file, st.size) : undefined
  const zip = whole
    ? await yauzl.fromBufferPromise(whole, options)
    : await yauzl.openPromise(file, options)
  const files = new Map<string, BundleSource>()
  const problems: BundleProblem[] = []
  const seen = new Set<string>()
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entryName(entry)
        const isDir = name.endsWith('/')
        const p = isDir ? name.slice(0, -1) : name
        const pathProblem = bundlePathProblem(p)
        const mode = (entry.externalFileAttributes >>> 16) & S_IFMT
        if (pathProblem !== undefined) {
          problems.push({ file: name, message: `unsafe zip entry name (zip-slip): ${pathProblem}` })
        } else if (mode === S_IFLNK) {
          problems.push({
            file: p,
            message: 'symbolic link entry: a bundle holds only regular files'
          })
        } else if (seen.has(p)) {
          problems.push({
            file: p,
            message: 'duplicate path: the zip holds this entry more than once'
          })
          files.delete(p)
        } else if (!isDir) {
          seen.add(p)
          if (entry.isEncrypted()) problems.push({ file: p, message: 'encrypted zip entry' })
          else {
            const stream = (): Promise<AsyncIterable<unknown>> => zip.openReadStreamPromise(entry)
            files.set(p, {
              stream,
              hash: async (keepUpTo) =>
                whole && entry.uncompressedSize <= INFLATE_AT_ONCE_BYTES
                  ? hashHeldEntry(zip, whole, entry, keepUpTo)
                  : hashZipEntry(await stream(), keepUpTo)
            })
          }
        } else {
          seen.add(p)
        }
        zip.readEntry()
      })
      zip.readEntry()
    })
  } catch (e) {
    zip.close()
    throw e
  }
  return { files, problems, close: () => zip.close() }
}

/** Largest entry of an in-memory zip inflated in one call; a larger one is streamed. */
const INFLATE_AT_ONCE_BYTES = 16 * 1024 * 1024

/**
 * Size and SHA-256 of an entry of a zip held in memory (`whole`), its bytes too when at most
 * `keepUpTo`: the entry's data is found through its local header (yauzl checks it lies inside
 * the file), then stored (method 0) or inflated (method 8, raw DEFLATE, APPNOTE 4.4.5) in one
 * call, bounded by the size the central directory declares. Throws, as yauzl's stream does, for
 * another method or data whose size is not the declared one.
 */
async function hashHeldEntry(
  zip: yauzl.ZipFile,
  whole: Buffer,
  entry: yauzl.Entry,
  keepUpTo: number | undefined
): Promise<HashedFile> {
  const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true })
  const raw = whole.subarray(fileDataStart, fileDataStart + entry.compressedSize)
  let data: Buffer
  if (entry.compressionMethod === 0) data = raw
  else if (entry.compressionMethod === 8) {
    try {
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) })
    } catch (e) {
      // Inflating stops at the declared size: more data is a header that lies (a zip bomb's way).
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw new Error(`more bytes than the zip's header declares (${entry.uncompressedSize})`)
      throw e
    }
  } else throw new Error(`unsupported compression method: ${entry.compressionMethod}`)
  if (data.length !== entry.uncompressedSize)
    throw new Error(
      `${data.length > entry.uncompressedSize ? 'more' : 'fewer'} bytes than the zip's header declares (${entry.uncompressedSize})`
    )
  const sha256 = sha256Hex(data)
  return keepUpTo !== undefined && data.length <= keepUpTo
    ? // A stored entry is a view into the whole zip: copied, so keeping it does not keep the zip.
      { size: data.length, sha256, data: raw === data ? Buffer.from(data) : data }
    : { size: data.length, sha256 }
}

/** The first `size` bytes of `file` (fewer if it shrank since it was measured). */
async function readWhole(file: string, size: number): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const buf = Buffer.allocUnsafe(size)
    let at = 0
    while (at < size) {
      const { bytesRead } = await handle.read(buf, at, size - at, at)
      if (bytesRead === 0) break
      at += bytesRead
    }
    return buf.subarray(0, at)
  } finally {
    await handle.close()
  }
}

/**
 * A zip entry's name. The zip format (APPNOTE 4.4.4, bit 11) says names without the UTF-8 flag
 * are CP437, but Info-ZIP's `zip` on Linux writes UTF-8 names without setting it: a name that is
 * valid UTF-8 and not plain ASCII is read as UTF-8 (CP437 text is almost never valid UTF-8), so
 * `ü.xml` zipped by hand is not "missing" plus an added `├╝.xml`.
 */
function entryName(entry: yauzl.Entry): string {
  const flagged = (entry.generalPurposeBitFlag & 0x800) !== 0
  const raw = entry.fileNameRaw
  if (!flagged && raw.some((b) => b >= 0x80) && isUtf8(raw)) return raw.toString('utf8')
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true)
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}
