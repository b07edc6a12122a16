/** `checks.policy-freshness` in the policy file (schemas/checks/policy-freshness.schema.json). */

export interface PolicyFreshnessSettingsInput {
  policies?: { path: string; max_age_days?: number }[]
  max_age_days?: number
  workflows?: { file: string; gate_job?: string }[]
  gate_action?: string | string[]
  required_jobs?: string[]
  git_timeout_seconds?: number
}

export interface PolicyFreshnessSettings {
  policies: { path: string; maxAgeDays: number }[]
  workflows: { file: string; gateJob?: string }[]
  /** Patterns for a gate step's `uses:`; `*` matches any text. */
  gateActions: string[]
  requiredJobs: string[]
  gitTimeoutMs: number
}

export const DEFAULT_MAX_AGE_DAYS = 90
export const DEFAULT_GATE_ACTIONS = [
  'acme/gonogo/action-gate@*',
  'acme/gonogo@*',
  './action-gate',
  './'
]
export const DEFAULT_GIT_TIMEOUT_SECONDS = 30

/** Settings with defaults applied. The input was validated against the schema by the caller. */
export function freshnessSettings(input: unknown): PolicyFreshnessSettings {
  const s = (input ?? {}) as PolicyFreshnessSettingsInput
  const maxAge = s.max_age_days ?? DEFAULT_MAX_AGE_DAYS
  const gate =
    s.gate_action === undefined
      ? DEFAULT_GATE_ACTIONS
      : typeof s.gate_action === 'string'
        ? [s.gate_action]
        : s.gate_action
  return {
    policies: (s.policies ?? []).map((p) => ({
      path: p.path.replace(/\/+$/, '').replace(/^\.\//, '') || '.',
      maxAgeDays: p.max_age_days ?? maxAge
    })),
    workflows: (s.workflows ?? []).map((w) => ({
      file: w.file.replace(/^\.\//, ''),
      ...(w.gate_job ? { gateJob: w.gate_job } : {})
    })),
    gateActions: [...gate],
    requiredJobs: [...new Set(s.required_jobs ?? [])],
    gitTimeoutMs: (s.git_timeout_seconds ?? DEFAULT_GIT_TIMEOUT_SECONDS) * 1000
  }
}
