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

/**
 * How a `uses:` of another repository's action or reusable workflow must be pinned:
 * - `sha`: a full 40-hex commit SHA (the only immutable reference: GitHub docs, "Security
 *   hardening for GitHub Actions" → "Using third-party actions");
 * - `ref`: any tag, branch or SHA (`@v5`, `@main`), trusting the owner not to move it;
 * - `any`: nothing is required.
 *
 * The names follow zizmor's `unpinned-uses` policies (`hash-pin`, `ref-pin`, `any`:
 * https://docs.zizmor.sh/audits/#unpinned-uses-configuration).
 */
export type PinPolicy = 'sha' | 'ref' | 'any'

/**
 * Where a pinning rule comes from: `pinning` (an entry of `checks.workflow-lint.pinning`),
 * `allow_unpinned` (the older list: each glob is an `any` rule placed first) or `default` (the
 * implicit last rule, `"*": sha`).
 */
export type PinSource = 'pinning' | 'allow_unpinned' | 'default'

/** One `owner/name` pattern and the pinning it requires. */
export interface PinRule {
  /** `*` (every repository), or an `owner/name` glob (`*` and `?` within a segment). */
  pattern: string
  policy: PinPolicy
  source: PinSource
}

/**
 * The pinning every action needs when no pattern matches: a full commit SHA, GitHub's own actions
 * included. Both tools this rule follows do the same: OpenSSF Scorecard's Pinned-Dependencies
 * check asks for every GitHub workflow dependency to be pinned by hash and counts GitHub-owned
 * actions too (https://github.com/ossf/scorecard/blob/main/docs/checks.md#pinned-dependencies),
 * and zizmor's `unpinned-uses` has applied a blanket hash-pin policy since v1.20.0, having
 * dropped its ref-pin exception for `actions/*` (https://docs.zizmor.sh/audits/#unpinned-uses).
 */
export const DEFAULT_PIN_POLICY: PinPolicy = 'sha'

/** `checks.workflow-lint` in the policy file (schemas/checks/workflow-lint.schema.json). */
export interface WorkflowLintSettings {
  severity?: Partial<Record<ConfigurableRule, Severity>>
  /** Patterns in the order written: the first that matches a `uses:` decides. */
  pinning?: Record<string, PinPolicy>
  allow_unpinned?: string[]
  sarif?: string
  timeout_seconds?: number
  interpreters?: Partial<Interpreters>
}

export interface ResolvedSettings {
  severity: Record<ConfigurableRule, Severity>
  /**
   * The pinning rules in the order they are tried: `allow_unpinned` globs (as `any`), then the
   * `pinning` entries as written, then the default `"*": sha`. The first match decides.
   */
  pinning: PinRule[]
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
    pinning: pinningRules(s),
    ...(s.sarif !== undefined ? { sarif: s.sarif } : {}),
    timeoutMs: (s.timeout_seconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
    interpreters: { ...DEFAULT_INTERPRETERS, ...(s.interpreters ?? {}) }
  }
}

/**
 * The pinning rules in the order they are tried (see {@link ResolvedSettings.pinning}). Object
 * keys keep the order they are written in the YAML file (no pattern is an integer-like key, the
 * only kind JavaScript would reorder: the schema requires `*` or `owner/name`).
 */
export function pinningRules(
  s: Pick<WorkflowLintSettings, 'pinning' | 'allow_unpinned'>
): PinRule[] {
  const rules = [
    ...(s.allow_unpinned ?? []).map((pattern): PinRule => ({
      pattern,
      policy: 'any',
      source: 'allow_unpinned'
    })),
    ...Object.entries(s.pinning ?? {}).map(([pattern, policy]): PinRule => ({
      pattern,
      policy,
      source: 'pinning'
    }))
  ]
  // A written `*` already ends the list: the default could never be reached.
  if (rules.some((r) => r.pattern === '*')) return rules
  return [...rules, { pattern: '*', policy: DEFAULT_PIN_POLICY, source: 'default' }]
}
