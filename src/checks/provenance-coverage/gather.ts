import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { open, realpath } from 'node:fs/promises'
import path from 'node:path'
import { PathEscapeError, type Workspace } from '../../io/workspace.js'
import {
  parseManifest,
  parseProvenance,
  type ManifestEntry,
  type SourceProblem,
  type Subject
} from './parse-sources.js'
import { resolveSettings, type ProvenanceConfig, type SettingsProblem } from './settings.js'

export const MAX_ARTIFACTS = 10_000
export const MAX_SOURCE_FILES = 10_000
/** Largest manifest or provenance file read. */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024

/** Files up to this size are read whole; larger ones are streamed. */
const WHOLE_READ_BYTES = 8 * 1024 * 1024

export interface ArtifactFacts {
  path: string
  sha256?: string
  size?: number
  /** Why it could not be hashed (a link out of the workspace, not a regular file, unreadable). */
  error?: string
}

/** Everything read from the workspace; `judgeCoverage` turns it into checks. */
export interface CoverageFacts {
  problems: SettingsProblem[]
  config?: ProvenanceConfig
  artifacts: ArtifactFacts[]
  artifactsTruncated: boolean
  manifestFiles: string[]
  provenanceFiles: string[]
  sourcesTruncated: boolean
  /** Manifest and provenance globs that matched no file. */
  unmatchedSourceGlobs: string[]
  entries: ManifestEntry[]
  subjects: Subject[]
  sourceProblems: SourceProblem[]
}

export async function gatherCoverage(ws: Workspace, settings: unknown): Promise<CoverageFacts> {
  const facts: CoverageFacts = {
    problems: [],
    artifacts: [],
    artifactsTruncated: false,
    manifestFiles: [],
    provenanceFiles: [],
    sourcesTruncated: false,
    unmatchedSourceGlobs: [],
    entries: [],
    subjects: [],
    sourceProblems: []
  }
  const resolved = resolveSettings(settings)
  if (!resolved.ok) {
    facts.problems = resolved.problems
    return facts
  }
  const config = resolved.config
  facts.config = config
  const expand = async (
    key: string,
    globs: readonly string[],
    limit: number
  ): Promise<{ files: string[]; truncated: boolean }> => {
    const files = new Set<string>()
    let truncated = false
    for (const g of globs) {
      try {
        const r = await ws.glob(g, limit)
        if (r.files.length === 0 && key !== 'artifacts') facts.unmatchedSourceGlobs.push(g)
        for (const f of r.files) files.add(f)
        truncated ||= r.truncated || files.size > limit
      } catch (e) {
        if (!(e instanceof PathEscapeError)) throw e
        facts.problems.push({
          id: `provenance/configuration/${key}/${g}`,
          message: `${key} glob ${g} leads outside the workspace`,
          remediation: 'write globs relative to the repository root, outside symbolic links'
        })
      }
    }
    return { files: [...files].sort().slice(0, limit), truncated }
  }
  const artifacts = await expand('artifacts', config.artifacts, MAX_ARTIFACTS)
  const manifests = await expand('manifests', config.manifests, MAX_SOURCE_FILES)
  const provenance = await expand('provenance', config.provenance, MAX_SOURCE_FILES)
  if (facts.problems.length > 0) return facts
  facts.unmatchedSourceGlobs.sort()
  facts.artifactsTruncated = artifacts.truncated
  facts.sourcesTruncated = manifests.truncated || provenance.truncated
  const realRoot = await realpath(ws.root)
  for (const a of artifacts.files) facts.artifacts.push(await hashArtifact(ws.root, realRoot, a))
  facts.manifestFiles = manifests.files
  facts.provenanceFiles = provenance.files
  for (const f of manifests.files) {
    const r = await ws.readText(f, MAX_SOURCE_BYTES, 'for a manifest')
    if (!r.ok) {
      facts.sourceProblems.push({ file: f, message: r.message.replace(`${f}: `, '') })
      continue
    }
    const m = parseManifest(r.text, f)
    facts.entries.push(...m.entries)
    facts.sourceProblems.push(...m.problems)
  }
  for (const f of provenance.files) {
    const r = await ws.readText(f, MAX_SOURCE_BYTES, 'for a provenance file')
    if (!r.ok) {
      facts.sourceProblems.push({ file: f, message: r.message.replace(`${f}: `, '') })
      continue
    }
    const p = parseProvenance(r.text, f)
    facts.subjects.push(...p.subjects)
    facts.sourceProblems.push(...p.problems)
  }
  return facts
}

/** SHA-256 and size of a workspace file, refusing links out of the workspace and special files. */
async function hashArtifact(root: string, realRoot: string, rel: string): Promise<ArtifactFacts> {
  const abs = path.join(root, rel)
  let real: string
  try {
    real = await realpath(abs)
  } catch {
    return { path: rel, error: 'is a dangling symbolic link or was removed while being read' }
  }
  const inside = path.relative(realRoot, real)
  if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside))
    return { path: rel, error: 'is a symbolic link that leads outside the workspace' }
  let handle
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (e) {
    return {
      path: rel,
      error: `cannot be opened (${(e as NodeJS.ErrnoException).code ?? 'error'})`
    }
  }
  try {
    const st = await handle.stat()
    if (!st.isFile()) return { path: rel, error: 'is not a regular file' }
    if (st.size <= WHOLE_READ_BYTES) {
      const buf = await handle.readFile()
      return { path: rel, sha256: createHash('sha256').update(buf).digest('hex'), size: buf.length }
    }
    const h = createHash('sha256')
    let size = 0
    for await (const chunk of handle.createReadStream({ autoClose: false })) {
      h.update(chunk as Buffer)
      size += (chunk as Buffer).length
    }
    return { path: rel, sha256: h.digest('hex'), size }
  } catch (e) {
    return { path: rel, error: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` }
  } finally {
    await handle.close()
  }
}
