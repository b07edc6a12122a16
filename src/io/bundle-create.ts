import { randomBytes } from 'node:crypto'
import { closeSync, mkdirSync, rmSync } from 'node:fs'
import { lstat, mkdir, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  buildManifest,
  bundlePathProblem,
  comparePaths,
  BUILTINS_DIR,
  EVIDENCE_DIR,
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
import { ConfigurationError, errorMessage } from '../core/errors.js'
import { scrubSecrets } from '../core/secrets.js'
import { formatSchemaError } from '../parsers/schema-errors.js'
import { validateBundleManifest } from '../generated/validators.js'
import { NotRegularFileError, openRegularFile, type FileHash } from './hash-file.js'
import { copyEvidence, isWithin, openSource, sha256Hex } from './bundle-copy.js'
import { copyDecisionInputs } from './bundle-evidence.js'
import { Workspace } from './workspace.js'
import { SUMMARY_JSON } from '../core/contracts.js'

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
  /**
   * Files copied under evidence/ and builtins/ (the decision's inputs); null when no summary with
   * recorded inputs was bundled: such a bundle cannot be replayed.
   */
  evidence: number | null
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
  // Like the gate, a reports folder not there yet is an empty one (the evidence still travels);
  // something else in its place is a mistake.
  let reportsExist = true
  try {
    if (!(await stat(reportsAbs)).isDirectory())
      throw new ConfigurationError(`reports folder ${reportsRel || '.'} is not a folder`)
  } catch (e) {
    if (e instanceof ConfigurationError) throw e
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new ConfigurationError(
        `reports folder ${reportsRel || '.'} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`
      )
    const isLink = await lstat(reportsAbs).then(
      (st) => st.isSymbolicLink(),
      () => false
    )
    if (isLink)
      throw new ConfigurationError(
        `reports folder ${reportsRel} is a symbolic link to nothing; use a folder inside the repository`
      )
    reportsExist = false
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
    if (reportsExist) await copyReports(ws, realRoot, reportsRel, stage, written)
    await copySummaries(o.summaryFiles ?? [], stage, written)
    // The files the decision read and the built-in reports, checked against the summary's digests.
    const summaryJson = (o.summaryFiles ?? []).find((f) => path.basename(f) === SUMMARY_JSON)
    const evidence =
      summaryJson === undefined
        ? undefined
        : await copyDecisionInputs({
            root: ws.root,
            realRoot,
            summaryCopy: path.join(stage, SUMMARY_JSON),
            summaryDir: path.dirname(summaryJson),
            stage,
            written
          })
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
      signed: o.signingKey !== undefined,
      evidence: evidence ?? null
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

async function copySummaries(
  summaryFiles: readonly string[],
  stage: string,
  written: Map<string, FileHash>
): Promise<void> {
  const reserved = new Set([
    MANIFEST_FILE,
    SIGNATURE_FILE,
    LINEAGE_FILE,
    REPORTS_DIR,
    EVIDENCE_DIR,
    BUILTINS_DIR
  ])
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
      throw new ConfigurationError(`${file}: summary file cannot be read (${errorMessage(e)})`)
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
