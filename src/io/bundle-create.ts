import { randomBytes } from 'node:crypto'
import {
  copyFile,
  lstat,
  readFile,
  mkdir,
  readdir,
  realpath,
  rename,
  rm,
  stat,
  writeFile
} from 'node:fs/promises'
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
import { hashFile } from './hash-file.js'
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
    await copyReports(ws, realRoot, reportsRel, stage)
    await copySummaries(o.summaryFiles ?? [], stage)
    if (o.lineage !== undefined)
      await writeFile(
        path.join(stage, LINEAGE_FILE),
        scrubSecrets(`${stableStringify(o.lineage)}\n`)
      )

    const files: BundleFile[] = []
    for (const rel of await listFiles(stage)) {
      const h = await hashFile(path.join(stage, ...rel.split('/')))
      files.push({ path: rel, size: h.size, sha256: h.sha256 })
    }
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
  stage: string
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
  for (const rel of files) {
    const src = path.join(ws.root, ...rel.split('/'))
    let real: string
    try {
      real = await realpath(src)
    } catch {
      throw new ConfigurationError(`${rel}: cannot be read (a broken symbolic link?)`)
    }
    if (!isWithin(realRoot, real))
      throw new ConfigurationError(`${rel}: symbolic link that leads outside the workspace`)
    if (!(await stat(real)).isFile()) throw new ConfigurationError(`${rel}: not a regular file`)
    const inBundle = `${REPORTS_DIR}/${rel.slice(prefix.length)}`
    const problem = bundlePathProblem(inBundle)
    if (problem !== undefined) throw new ConfigurationError(`${rel}: ${problem}`)
    const dest = path.join(stage, ...inBundle.split('/'))
    await mkdir(path.dirname(dest), { recursive: true })
    await copyEvidence(real, dest)
  }
}

/** Files larger than this are copied as they are, like binary evidence (see copyEvidence). */
const MAX_SCRUB_BYTES = 256 * 1024 * 1024

/**
 * Copies a report or summary into the stage. When a secret is registered, a UTF-8 text file
 * (every report format the bundle carries: JSON, SARIF, JUnit XML, Markdown) is copied with the
 * secret masked, so an error text that echoed the token does not travel in the bundle. Binary
 * files, text in another encoding (UTF-16) and files over {@link MAX_SCRUB_BYTES} are evidence
 * whose bytes gonogo does not rewrite: they are copied unchanged. The manifest hashes the staged
 * copy, so it always describes the bytes in the bundle. Without a secret the copy is byte-exact.
 */
async function copyEvidence(src: string, dest: string): Promise<void> {
  if (!hasSecrets() || (await stat(src)).size > MAX_SCRUB_BYTES) {
    await copyFile(src, dest)
    return
  }
  const data = await readFile(src)
  const scrubbed = scrubBytes(data)
  if (scrubbed === data) await copyFile(src, dest)
  else await writeFile(dest, scrubbed)
}

async function copySummaries(summaryFiles: readonly string[], stage: string): Promise<void> {
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
    await copyEvidence(file, path.join(stage, name))
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
  if (moved) await rm(old, { recursive: true, force: true })
}

function isWithin(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}
