import type { RepoFiles } from '../../core/facts.js'
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

/**
 * Expands the artifact, manifest and provenance globs, hashes the artifacts and parses the
 * sources, all through `files`. Never throws: problems are facts.
 */
export async function gatherCoverage(
  { files: ws }: { files: RepoFiles },
  settings: unknown
): Promise<CoverageFacts> {
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
      const r = await ws.glob(g, limit)
      if (!r.ok) {
        facts.problems.push({
          id: `provenance/configuration/${key}/${g}`,
          message: `${key} glob ${g} leads outside the workspace`,
          remediation: 'write globs relative to the repository root, outside symbolic links'
        })
        continue
      }
      if (r.files.length === 0 && key !== 'artifacts') facts.unmatchedSourceGlobs.push(g)
      for (const f of r.files) files.add(f)
      truncated ||= r.truncated || files.size > limit
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
  for (const a of artifacts.files) {
    const h = await ws.hash(a)
    facts.artifacts.push(
      h.ok ? { path: a, sha256: h.sha256, size: h.size } : { path: a, error: h.error }
    )
  }
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
