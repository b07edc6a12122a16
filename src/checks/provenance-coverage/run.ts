import { makeReport } from '../../core/report.js'
import type { BuiltinCheck } from '../builtin-contract.js'
import { gatherCoverage, type CoverageFacts } from './gather.js'
import { coverage, judgeCoverage } from './judge.js'

export const CONTROL = 'provenance-coverage'

/** Share of release artifacts whose content a bundle manifest or an attestation records. */
export const runProvenanceCoverage: BuiltinCheck = async (ctx) => {
  const facts = await gatherCoverage(ctx.facts, ctx.settings)
  return makeReport({
    control: CONTROL,
    subject: ctx.subject,
    generatedAt: new Date(ctx.effectiveTime).toISOString(),
    generator: CONTROL,
    checks: judgeCoverage(facts),
    facts: reportFacts(facts)
  })
}

/** The artifacts with their digests and what covers each; the files read. */
export function reportFacts(f: CoverageFacts): unknown {
  if (f.config === undefined) return undefined
  const cov = coverage(f.artifacts, f.entries, f.subjects)
  return {
    threshold: f.config.threshold,
    artifacts: cov.map((x) => ({
      path: x.path,
      sha256: x.sha256 ?? null,
      covered_by: x.coveredBy
    })),
    manifests: f.manifestFiles,
    provenance: f.provenanceFiles,
    manifest_entries: f.entries.length,
    subjects: f.subjects.length
  }
}
