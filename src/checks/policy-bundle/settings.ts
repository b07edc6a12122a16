/** `checks.policy-bundle` in the policy file (schemas/checks/policy-bundle.schema.json). */

export const CHANGE_KINDS = [
  'package-removed',
  'rule-removed',
  'package-added',
  'rule-added',
  'policy-changed',
  'data-changed',
  'tests-changed'
] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

export type BumpLevel = 'major' | 'minor' | 'patch'

export interface BundleSettingsInput {
  path: string
  require_annotations?: string[]
  require_tests?: boolean
  test_coverage?: number
  bump?: { major?: ChangeKind[]; minor?: ChangeKind[] }
}

export interface PolicyBundleSettingsInput {
  bundles?: BundleSettingsInput[]
  base_ref?: string
  opa_timeout_seconds?: number
  max_files?: number
  max_file_bytes?: number
}

export interface BundleSettings {
  path: string
  requireAnnotations: string[]
  requireTests: boolean
  testCoverage?: number
  /** Declared bump levels per change kind; undefined when the bundle declares none. */
  bump?: Partial<Record<ChangeKind, BumpLevel>>
}

export interface PolicyBundleSettings {
  bundles: BundleSettings[]
  baseRef?: string
  opaTimeoutMs: number
  maxFiles: number
  maxFileBytes: number
}

export const DEFAULT_OPA_TIMEOUT_SECONDS = 300
export const DEFAULT_MAX_FILES = 20_000
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024

/** Settings with defaults applied. The input was validated against the schema by the caller. */
export function bundleSettings(input: unknown): PolicyBundleSettings {
  const s = (input ?? {}) as PolicyBundleSettingsInput
  return {
    bundles: (s.bundles ?? []).map((b) => {
      let bump: Partial<Record<ChangeKind, BumpLevel>> | undefined
      if (b.bump && ((b.bump.major?.length ?? 0) > 0 || (b.bump.minor?.length ?? 0) > 0)) {
        bump = {}
        for (const k of b.bump.minor ?? []) bump[k] = 'minor'
        for (const k of b.bump.major ?? []) bump[k] = 'major'
      }
      return {
        path: b.path.replace(/\/+$/, '').replace(/^\.\//, '') || '.',
        requireAnnotations: [...(b.require_annotations ?? [])],
        requireTests: b.require_tests ?? true,
        ...(b.test_coverage !== undefined ? { testCoverage: b.test_coverage } : {}),
        ...(bump ? { bump } : {})
      }
    }),
    ...(s.base_ref ? { baseRef: s.base_ref } : {}),
    opaTimeoutMs: (s.opa_timeout_seconds ?? DEFAULT_OPA_TIMEOUT_SECONDS) * 1000,
    maxFiles: s.max_files ?? DEFAULT_MAX_FILES,
    maxFileBytes: s.max_file_bytes ?? DEFAULT_MAX_FILE_BYTES
  }
}
