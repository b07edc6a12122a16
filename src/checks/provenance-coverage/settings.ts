import path from 'node:path'

/** `checks.provenance-coverage` as written in the policy file (already schema-validated). */
export interface ProvenanceSettings {
  artifacts?: string[]
  manifests?: string[]
  provenance?: string[]
  threshold?: number
}

/** The settings with every default applied. */
export interface ProvenanceConfig {
  artifacts: string[]
  manifests: string[]
  provenance: string[]
  /** Percentage, 0–100. */
  threshold: number
}

export const DEFAULT_PROVENANCE_GLOBS = ['**/*.intoto.jsonl', '**/*.sigstore.json']
export const DEFAULT_THRESHOLD = 100
export const SETTINGS_HINT = '.github/gonogo.yml (checks.provenance-coverage)'

export interface SettingsProblem {
  id: string
  message: string
  remediation: string
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []

export function resolveSettings(
  raw: unknown
): { ok: true; config: ProvenanceConfig } | { ok: false; problems: SettingsProblem[] } {
  const s: ProvenanceSettings =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}
  const artifacts = strings(s.artifacts)
  const manifests = strings(s.manifests)
  const provenance = s.provenance === undefined ? DEFAULT_PROVENANCE_GLOBS : strings(s.provenance)
  const problems: SettingsProblem[] = []
  if (artifacts.length === 0) {
    problems.push({
      id: 'provenance/configuration/artifacts',
      message: 'no release artifacts are declared, so there is nothing to cover',
      remediation: `set checks.provenance-coverage.artifacts in ${SETTINGS_HINT}, for example \`artifacts: ["dist/**/*.tgz"]\``
    })
  }
  for (const [key, globs] of [
    ['artifacts', artifacts],
    ['manifests', manifests],
    ['provenance', provenance]
  ] as const) {
    for (const g of globs) {
      if (escapes(g)) {
        problems.push({
          id: `provenance/configuration/${key}/${g}`,
          message: `${key} glob ${g} leaves the workspace`,
          remediation: 'write globs relative to the repository root, without a leading / or ..'
        })
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems }
  const uniq = (a: string[]): string[] => [...new Set(a)].sort()
  return {
    ok: true,
    config: {
      artifacts: uniq(artifacts),
      manifests: uniq(manifests),
      provenance: uniq(provenance),
      threshold:
        typeof s.threshold === 'number' && s.threshold >= 0 && s.threshold <= 100
          ? s.threshold
          : DEFAULT_THRESHOLD
    }
  }
}

/** True for an absolute path or one whose `..` segments climb out of the workspace. */
export function escapes(p: string): boolean {
  if (p.includes('\0') || p.startsWith('/') || /^[A-Za-z]:/.test(p)) return true
  const n = path.posix.normalize(p.replace(/\\/g, '/'))
  return n === '..' || n.startsWith('../')
}
