import path from 'node:path'
import type { ReportCheck } from '../../core/report.js'
import type { ArtifactFacts, CoverageFacts } from './gather.js'
import { MAX_ARTIFACTS } from './gather.js'
import type { ManifestEntry, Subject } from './parse-sources.js'
import { SETTINGS_HINT } from './settings.js'

/** How each artifact fares against the manifests and the provenance. */
export interface ArtifactCoverage {
  path: string
  sha256?: string
  /** Sources whose digest matches the file: `manifest.json` or `x.intoto.jsonl:3`. */
  coveredBy: string[]
  mismatches: {
    source: string
    file: string
    line?: number
    claimed: string
    what: string
  }[]
}

const where = (file: string, line?: number): string => (line ? `${file}:${line}` : file)

/** A subject names an artifact by its path, or by its file name alone. */
export function subjectNames(name: string, artifact: string): boolean {
  const n = name.replace(/^\.\//, '')
  return (
    n === artifact ||
    artifact.endsWith(`/${n}`) ||
    (!n.includes('/') && n === path.posix.basename(artifact))
  )
}

/** Pure: which manifest entries and subjects cover which artifact, and which contradict it. */
export function coverage(
  artifacts: readonly ArtifactFacts[],
  entries: readonly ManifestEntry[],
  subjects: readonly Subject[]
): ArtifactCoverage[] {
  const digestsHere = new Set(artifacts.flatMap((a) => (a.sha256 ? [a.sha256] : [])))
  const bySha = new Map<string, Subject[]>()
  for (const s of subjects) {
    const list = bySha.get(s.sha256)
    if (list) list.push(s)
    else bySha.set(s.sha256, [s])
  }
  // A named subject whose digest matches no artifact here is stale or forged; only these can
  // contradict an artifact.
  const stale = subjects.filter((s) => s.name !== undefined && !digestsHere.has(s.sha256))
  return artifacts.map((a) => {
    const out: ArtifactCoverage = { path: a.path, coveredBy: [], mismatches: [] }
    if (a.sha256 === undefined) return out
    out.sha256 = a.sha256
    for (const e of entries) {
      if (!e.candidates.includes(a.path)) continue
      if (e.sha256 === a.sha256 && e.size === a.size) out.coveredBy.push(where(e.file, e.line))
      else
        out.mismatches.push({
          source: 'manifest',
          file: e.file,
          ...(e.line ? { line: e.line } : {}),
          claimed: e.sha256,
          what:
            e.sha256 === a.sha256
              ? `size ${e.size}, the file has ${a.size ?? '?'} bytes`
              : `sha256 ${e.sha256}, the file has ${a.sha256}`
        })
    }
    for (const s of bySha.get(a.sha256) ?? []) out.coveredBy.push(where(s.file, s.line))
    for (const s of stale) {
      if (s.name === undefined || !subjectNames(s.name, a.path)) continue
      out.mismatches.push({
        source: 'provenance',
        file: s.file,
        ...(s.line ? { line: s.line } : {}),
        claimed: s.sha256,
        what: `subject ${s.name} has sha256 ${s.sha256}, the file has ${a.sha256}`
      })
    }
    out.coveredBy = [...new Set(out.coveredBy)].sort()
    return out
  })
}

/** Turns what was read into checks. Pure: same facts, same checks. */
export function judgeCoverage(f: CoverageFacts): ReportCheck[] {
  const checks: ReportCheck[] = f.problems.map((p) => ({
    id: p.id,
    status: 'failed',
    message: p.message,
    remediation: p.remediation
  }))
  const c = f.config
  if (f.problems.length > 0 || c === undefined) return checks

  const seen = new Map<string, number>()
  for (const p of f.sourceProblems) {
    const base = `provenance/source/${where(p.file, p.line)}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    checks.push({
      id: n === 1 ? base : `${base}#${n}`,
      status: 'failed',
      message: `${where(p.file, p.line)}: ${p.message}`,
      location: { file: p.file, ...(p.line ? { line: p.line } : {}) },
      remediation: p.file.endsWith('.jsonl')
        ? 'regenerate the provenance: each line must be a DSSE envelope (payloadType application/vnd.in-toto+json) or a Sigstore bundle, or remove the file from checks.provenance-coverage.provenance'
        : 'regenerate the file (gonogo bundle create, or the attestation step), or remove it from the globs in checks.provenance-coverage'
    })
  }
  if (f.sourcesTruncated) {
    checks.push({
      id: 'provenance/sources',
      status: 'failed',
      message: 'the manifests or provenance globs matched too many files; the rest were not read',
      remediation: `narrow checks.provenance-coverage.manifests and .provenance in ${SETTINGS_HINT}`
    })
  }

  if (f.artifacts.length === 0) {
    checks.push({
      id: 'provenance/artifacts',
      status: 'failed',
      message: `the artifacts globs matched nothing (${c.artifacts.join(', ')}); coverage of no artifacts proves nothing`,
      remediation: `build the release artifacts before this check runs, or fix checks.provenance-coverage.artifacts in ${SETTINGS_HINT}`
    })
    return checks
  }
  if (f.artifactsTruncated) {
    checks.push({
      id: 'provenance/artifacts',
      status: 'failed',
      message: `the artifacts globs matched more than ${MAX_ARTIFACTS} files; the rest were not checked`,
      remediation: `narrow checks.provenance-coverage.artifacts in ${SETTINGS_HINT}`
    })
  }
  for (const a of f.artifacts) {
    if (a.error === undefined) continue
    checks.push({
      id: `provenance/artifact/${a.path}`,
      status: 'failed',
      message: `${a.path} ${a.error}, so its digest cannot be checked`,
      location: { file: a.path },
      remediation: 'make the artifact a regular, readable file inside the workspace'
    })
  }

  const cov = coverage(f.artifacts, f.entries, f.subjects)
  const total = cov.length
  const covered = cov.filter((x) => x.coveredBy.length > 0).length
  const meets = covered * 100 >= c.threshold * total
  for (const x of cov) {
    for (const m of x.mismatches) {
      checks.push({
        id: `provenance/mismatch/${x.path}@${where(m.file, m.line)}`,
        status: 'failed',
        message: `digest mismatch: ${where(m.file, m.line)} records ${x.path} with ${m.what}`,
        location: { file: m.file, ...(m.line ? { line: m.line } : {}) },
        remediation:
          m.source === 'manifest'
            ? `the artifact changed after the bundle was made: rebuild the bundle from the released ${x.path}, or restore the artifact`
            : `the artifact changed after it was attested: attest the released ${x.path} again, or restore the artifact`,
        observed: { claimed: m.claimed, actual: x.sha256 ?? null }
      })
    }
    if (x.coveredBy.length > 0) continue
    checks.push({
      id: `provenance/uncovered/${x.path}`,
      status: meets ? 'passed' : 'failed',
      message: `${x.path}${x.sha256 ? ` (sha256 ${x.sha256})` : ''} is covered by no manifest entry and no provenance subject${meets ? `, allowed by the ${c.threshold}% threshold` : ''}`,
      location: { file: x.path },
      ...(meets
        ? {}
        : {
            remediation: `attest it (actions/attest-build-provenance with subject-path: ${x.path}) or list it in the release bundle's manifest`
          })
    })
  }
  const pct = ((covered * 100) / total).toFixed(1)
  const noSources = f.manifestFiles.length === 0 && f.provenanceFiles.length === 0
  const unmatched =
    !meets && !noSources && f.unmatchedSourceGlobs.length > 0
      ? `; matched no file: ${f.unmatchedSourceGlobs.join(', ')}`
      : ''
  checks.push({
    id: 'provenance/coverage',
    status: meets ? 'passed' : 'failed',
    message: `${covered} of ${total} artifacts covered (${pct}%), threshold ${c.threshold}%${
      noSources
        ? `; no manifest or provenance file matched (${[...c.manifests, ...c.provenance].join(', ') || 'no globs'})`
        : ` (${f.manifestFiles.length} manifests, ${f.provenanceFiles.length} provenance files read${unmatched})`
    }`,
    ...(meets
      ? {}
      : {
          remediation: noSources
            ? `produce provenance for the artifacts (actions/attest-build-provenance) or a release bundle, and point checks.provenance-coverage.provenance / .manifests at the files in ${SETTINGS_HINT}`
            : 'cover the artifacts listed as uncovered, or lower checks.provenance-coverage.threshold'
        }),
    wanted: c.threshold,
    observed: Number(pct)
  })
  return checks
}
