import { createHash, randomBytes } from 'node:crypto'
import {
  closeSync,
  mkdirSync,
  openSync,
  realpathSync,
  rmSync,
  write,
  writeFileSync,
  writeSync
} from 'node:fs'
import { lstat, mkdir, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  buildManifest,
  bundlePathProblem,
  comparePaths,
  LINEAGE_FILE,
  MANIFEST_FILE,
  REPORTS_DIR,
  SIGNATURE_ALGORITHM,
  SIGNATURE_FILE,
  signDigest,
  type BundleFile,
  type BundleManifest,
  type BundleRun,
  type BundleSignature,
  type BundleSubject
} from '../core/bundle-manifest.js'
import { stableStringify } from '../core/canonical-json.js'
import { ConfigurationError } from '../core/errors.js'
import { hasSecrets, scrubBytes, scrubSecrets } from '../core/secrets.js'
import { formatSchemaError } from '../parsers/schema-errors.js'
import { validateBundleManifest } from '../generated/validators.js'
import {
  NotRegularFileError,
  openRegularFile,
  pumpFd,
  pumpFdSync,
  SYNC_READ_BYTES,
  type FileHash
} from './hash-file.js'
import { Workspace } from './workspace.js'

/** Report files a bundle carries from the reports folder. */
export const REPORT_EXTENSIONS = ['json', 'xml', 'sarif', 'md'] as const
const MAX_REPORT_FILES = 100_000

export interface CreateBundleOptions {
  /** Repository root; the reports folder must lie inside it. */
  workspace: string
  /** Reports folder, relative to the workspace (or absolute inside it). */
  reportsDir: string
  /** Absolute paths of the gate's executive-summary.json / .md, copied to the bundle root. */
  summaryFiles?: string[]
  /** Lineage document, written as lineage.json when given. */
  lineage?: unknown
  subject: BundleSubject
  run: BundleRun
  /** Creation time in ms (SOURCE_DATE_EPOCH or the effective time): the only time in the bundle. */
  createdAt: number
  /** Folder the bundle becomes; replaced whole if it holds an earlier bundle. */
  output: string
  /** HMAC-SHA256 key; when given, signature.json signs the manifest digest. */
  signingKey?: string
}

export interface CreateBundleResult {
  path: string
  manifest: BundleManifest
  bundleId: string
  digest: string
  signed: boolean
}

/**
 * Assembles an evidence bundle all or nothing: everything is written to a temporary sibling of
 * `output`, hashed there, and renamed into place only when complete. The same inputs and
 * `createdAt` give the same manifest digest.
 */
export async function createBundle(o: CreateBundleOptions): Promise<CreateBundleResult> {
  if (!Number.isFinite(o.createdAt))
    throw new ConfigurationError('the bundle creation time is not a valid time')
  if (o.signingKey !== undefined && o.signingKey === '')
    throw new ConfigurationError('the signing key is empty')
  const ws = await Workspace.open(o.workspace)
  const realRoot = await realpath(ws.root)
  const reportsRel = ws.relative(o.reportsDir)
  if (reportsRel === undefined)
    throw new ConfigurationError(
      `reports folder ${o.reportsDir} is outside the workspace; use a path inside the repository`
    )
  if ((await ws.confine(reportsRel)) === undefined)
    throw new ConfigurationError(
      `reports folder ${reportsRel} leads outside the workspace through a symbolic link; use a folder inside the repository`
    )
  const reportsAbs = path.join(ws.root, reportsRel)
  try {
    if (!(await stat(reportsAbs)).isDirectory()) throw new Error('not a folder')
  } catch {
    throw new ConfigurationError(`reports folder ${reportsRel || '.'} not found in the workspace`)
  }
  const output = path.resolve(o.output)
  for (const [inner, outer, what] of [
    [output, reportsAbs, 'inside the reports folder'],
    [reportsAbs, output, 'around the reports folder'],
    [ws.root, output, 'around the workspace']
  ] as const) {
    if (isWithin(outer, inner))
      throw new ConfigurationError(`bundle output ${output} is ${what}; choose a folder of its own`)
  }
  await checkReplaceable(output)

  const stage = `${output}.partial-${process.pid}-${randomBytes(4).toString('hex')}`
  await mkdir(path.dirname(output), { recursive: true })
  await mkdir(stage)
  try {
    // Each file is hashed as it is written to the stage: the manifest describes exactly the
    // bytes in the bundle (after any secret was masked), read once.
    const written = new Map<string, FileHash>()
    await copyReports(ws, realRoot, reportsRel, stage, written)
    await copySummaries(o.summaryFiles ?? [], stage, written)
    if (o.lineage !== undefined) {
      const text = Buffer.from(scrubSecrets(`${stableStringify(o.lineage)}\n`), 'utf8')
      await writeFile(path.join(stage, LINEAGE_FILE), text)
      written.set(LINEAGE_FILE, { size: text.length, sha256: sha256Hex(text) })
    }

    const files: BundleFile[] = []
    const listed = await listFiles(stage)
    for (const rel of listed) {
      const h = written.get(rel)
      // The stage holds only what this module wrote; anything else is a bug or interference.
      if (h === undefined)
        throw new ConfigurationError(`${rel}: appeared in the bundle stage while it was written`)
      files.push({ path: rel, size: h.size, sha256: h.sha256 })
    }
    if (listed.length !== written.size)
      throw new ConfigurationError('a file vanished from the bundle stage while it was written')
    const manifest = buildManifest({
      subject: o.subject,
      run: o.run,
      createdAt: o.createdAt,
      files
    })
    if (!validateBundleManifest(manifest)) {
      const why = (validateBundleManifest.errors ?? []).slice(0, 3).map(formatSchemaError)
      throw new ConfigurationError(`the bundle manifest would be invalid: ${why.join('; ')}`)
    }
    const manifestText = `${stableStringify(manifest)}\n`
    // The manifest's digest is over its own fields: a secret there cannot be masked without
    // breaking it, so the bundle is refused instead of written with the secret in it.
    if (scrubSecrets(manifestText) !== manifestText)
      throw new ConfigurationError(
        'the bundle manifest would contain a secret (the token or signing key appears in the subject or run fields); nothing was written'
      )
    await writeFile(path.join(stage, MANIFEST_FILE), manifestText)
    if (o.signingKey !== undefined) {
      const signature: BundleSignature = {
        algorithm: SIGNATURE_ALGORITHM,
        digest: manifest.digest,
        signature: signDigest(o.signingKey, manifest.digest)
      }
      await writeFile(path.join(stage, SIGNATURE_FILE), `${stableStringify(signature)}\n`)
    }
    await moveIntoPlace(stage, output)
    return {
      path: output,
      manifest,
      bundleId: manifest.bundle_id,
      digest: manifest.digest,
      signed: o.signingKey !== undefined
    }
  } catch (e) {
    await rm(stage, { recursive: true, force: true })
    throw e
  }
}

async function copyReports(
  ws: Workspace,
  realRoot: string,
  reportsRel: string,
  stage: string,
  written: Map<string, FileHash>
): Promise<void> {
  const prefix = reportsRel === '' ? '' : `${reportsRel}/`
  const { files, truncated } = await ws.glob(
    `${prefix}**/*.{${REPORT_EXTENSIONS.join(',')}}`,
    MAX_REPORT_FILES
  )
  if (truncated)
    throw new ConfigurationError(
      `more than ${MAX_REPORT_FILES} report files under ${reportsRel || '.'}`
    )
  // Each source folder is resolved once (links on the way included) and must lie in the
  // workspace; each file is opened without following a link in its last component and checked
  // by fstat on the descriptor that is then read (see openSource).
  const realDirs = new Map<string, string | null>()
  const madeDirs = new Set<string>([stage])
  for (const rel of files) {
    const inBundle = `${REPORTS_DIR}/${rel.slice(prefix.length)}`
    const problem = bundlePathProblem(inBundle)
    if (problem !== undefined) throw new ConfigurationError(`${rel}: ${problem}`)
    const source = openSource(path.join(ws.root, ...rel.split('/')), rel, realRoot, realDirs)
    const dest = path.join(stage, ...inBundle.split('/'))
    const destDir = path.dirname(dest)
    try {
      if (!madeDirs.has(destDir)) {
        mkdirSync(destDir, { recursive: true })
        madeDirs.add(destDir)
      }
      written.set(inBundle, await copyEvidence(source, dest))
    } finally {
      closeSync(source.fd)
    }
  }
}

/**
 * Opens a report for copying: its folder's real path (cached per folder) must lie inside the
 * workspace; the file itself is opened without following a link (O_NOFOLLOW) and must be a regular
 * file by fstat. A link in the last component is followed only to a target inside the workspace,
 * which is then opened without following another link.
 *
 * @throws ConfigurationError naming `rel`: broken link, link out of the workspace, not a regular
 *   file, unreadable
 */
function openSource(
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

function sourceError(rel: string, e: unknown): ConfigurationError {
  if (e instanceof NotRegularFileError) return new ConfigurationError(`${rel}: not a regular file`)
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ELOOP')
    return new ConfigurationError(`${rel}: symbolic link that changed while it was read`)
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new ConfigurationError(`${rel}: cannot be read (a broken symbolic link?)`)
  return new ConfigurationError(`${rel}: cannot be read (${code ?? errorText(e)})`)
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** Files larger than this are copied as they are, like binary evidence (see copyEvidence). */
const MAX_SCRUB_BYTES = 256 * 1024 * 1024

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
async function copyEvidence(source: { fd: number; size: number }, dest: string): Promise<FileHash> {
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

async function copySummaries(
  summaryFiles: readonly string[],
  stage: string,
  written: Map<string, FileHash>
): Promise<void> {
  const reserved = new Set([MANIFEST_FILE, SIGNATURE_FILE, LINEAGE_FILE, REPORTS_DIR])
  for (const file of summaryFiles) {
    const name = path.basename(file)
    if (reserved.has(name))
      throw new ConfigurationError(`${file}: the name ${name} is reserved in a bundle`)
    reserved.add(name)
    let st
    try {
      st = await lstat(file)
    } catch {
      throw new ConfigurationError(`${file}: summary file not found`)
    }
    if (!st.isFile())
      throw new ConfigurationError(`${file}: not a regular file (symbolic links are not bundled)`)
    let source
    try {
      // No link followed and fstat on the descriptor read: a link swapped in meanwhile fails.
      source = openRegularFile(file)
    } catch (e) {
      if (e instanceof NotRegularFileError || (e as NodeJS.ErrnoException).code === 'ELOOP')
        throw new ConfigurationError(`${file}: not a regular file (symbolic links are not bundled)`)
      throw new ConfigurationError(`${file}: summary file cannot be read (${errorText(e)})`)
    }
    try {
      written.set(name, await copyEvidence(source, path.join(stage, name)))
    } finally {
      closeSync(source.fd)
    }
  }
}

/** Every file under `dir` as sorted POSIX paths (the stage holds only what this module wrote). */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = []
  const entries = await readdir(path.join(dir, ...prefix.split('/').filter(Boolean)), {
    withFileTypes: true
  })
  for (const e of entries) {
    const rel = prefix === '' ? e.name : `${prefix}/${e.name}`
    if (e.isDirectory()) out.push(...(await listFiles(dir, rel)))
    else if (e.isFile()) out.push(rel)
  }
  return out.sort(comparePaths)
}

/** An existing output may be replaced only when it is empty or an earlier bundle. */
async function checkReplaceable(output: string): Promise<void> {
  let st
  try {
    st = await lstat(output)
  } catch {
    return
  }
  if (!st.isDirectory())
    throw new ConfigurationError(`bundle output ${output} exists and is not a folder`)
  const names = await readdir(output)
  if (names.length > 0 && !names.includes(MANIFEST_FILE))
    throw new ConfigurationError(
      `bundle output ${output} is not empty and holds no bundle; choose an empty or new folder`
    )
}

async function moveIntoPlace(stage: string, output: string): Promise<void> {
  const old = `${output}.old-${process.pid}-${randomBytes(4).toString('hex')}`
  let moved = false
  try {
    await rename(output, old)
    moved = true
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
  }
  try {
    await rename(stage, output)
  } catch (e) {
    if (moved) await rename(old, output)
    throw e
  }
  // Synchronous: one call removes an earlier bundle of thousands of files far faster.
  if (moved) rmSync(old, { recursive: true, force: true })
}

function isWithin(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}
