import type { Interpreters } from './interpreters.js'

/** The finding kinds whose severity `checks.workflow-lint.severity` can set. */
export const CONFIGURABLE_RULES = [
  'script-syntax',
  'unpinned-action',
  'missing-permissions',
  'script-injection',
  'untrusted-checkout'
] as const
export type ConfigurableRule = (typeof CONFIGURABLE_RULES)[number]

/** Every rule: the configurable ones and `workflow-parse`, which always fails. */
export const RULES = ['workflow-parse', ...CONFIGURABLE_RULES] as const
export type RuleId = (typeof RULES)[number]

/**
 * `error`: the finding fails the check; `warning`: it is listed (and written to SARIF as a
 * warning) but the check still passes; `off`: the rule does not run.
 */
export type Severity = 'error' | 'warning' | 'off'

/** `checks.workflow-lint` in the policy file (schemas/checks/workflow-lint.schema.json). */
export interface WorkflowLintSettings {
  severity?: Partial<Record<ConfigurableRule, Severity>>
  allow_unpinned?: string[]
  sarif?: string
  timeout_seconds?: number
  interpreters?: Partial<Interpreters>
}

export interface ResolvedSettings {
  severity: Record<ConfigurableRule, Severity>
  allowUnpinned: string[]
  sarif?: string
  timeoutMs: number
  interpreters: Interpreters
}

export const DEFAULT_TIMEOUT_SECONDS = 30
export const DEFAULT_INTERPRETERS: Interpreters = {
  python: 'python3',
  bash: 'bash',
  sh: 'sh',
  node: 'node'
}

/** Defaults applied to schema-validated settings (or none). */
export function resolveSettings(raw: unknown): ResolvedSettings {
  const s = (raw ?? {}) as WorkflowLintSettings
  const severity = Object.fromEntries(
    CONFIGURABLE_RULES.map((r) => [r, s.severity?.[r] ?? 'error'])
  ) as Record<ConfigurableRule, Severity>
  return {
    severity,
    allowUnpinned: [...(s.allow_unpinned ?? [])].sort(),
    ...(s.sarif !== undefined ? { sarif: s.sarif } : {}),
    timeoutMs: (s.timeout_seconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
    interpreters: { ...DEFAULT_INTERPRETERS, ...(s.interpreters ?? {}) }
  }
}
