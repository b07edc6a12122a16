import type { Policy } from '../core/policy.js'
import type { Report } from '../core/report.js'
import type { Workspace } from '../io/workspace.js'
import type { Deadline } from '../github/api-limits.js'

/** The built-in checks a control can name as `source: { builtin: <name> }`. */
export const BUILTIN_NAMES = [
  'policy-bundle',
  'policy-freshness',
  'workflow-lint',
  'replay-determinism',
  'provenance-coverage',
  'ci-trend'
] as const
export type BuiltinName = (typeof BUILTIN_NAMES)[number]

/** What a built-in check may use: the workspace, its settings, the subject, the clock, GitHub. */
export interface BuiltinContext {
  ws: Workspace
  policy: Policy
  /** `checks.<name>` from the policy file (schema-validated), or undefined when absent. */
  settings: unknown
  subject: { repository: string; sha: string; ref: string }
  /** Milliseconds; the only clock a check may read. Recorded as generated_at. */
  effectiveTime: number
  /** For checks that read the GitHub API (ci-trend); absent when no token is available. */
  github?: {
    token: string
    apiUrl: string
    owner: string
    repo: string
    /** Per-request timeout, ms (the `api-timeout` input). */
    timeoutMs?: number
    /** The run's one API budget, shared by every client (the `api-deadline` input). */
    deadline?: Deadline
  }
  /** For base-ref comparisons (policy-bundle revision bumps). */
  baseRef?: string
  log: (message: string) => void
}

/**
 * A built-in check: gathers its facts (files, git, processes, API) and turns them into one
 * `gonogo.report/v1` report through a pure function. It never throws for bad input: problems are
 * failed or unverified checks in the report.
 */
export type BuiltinCheck = (ctx: BuiltinContext) => Promise<Report>

/** Loaded on demand so the gate pays start-up only for the checks it runs. */
export async function loadBuiltin(name: BuiltinName): Promise<BuiltinCheck> {
  switch (name) {
    case 'ci-trend':
      return (await import('./ci-trend/run.js')).runCiTrend
    case 'workflow-lint':
      return (await import('./workflow-lint/run.js')).runWorkflowLint
    case 'policy-bundle':
      return (await import('./policy-bundle/run.js')).runPolicyBundle
    case 'policy-freshness':
      return (await import('./policy-freshness/run.js')).runPolicyFreshness
    case 'replay-determinism':
      return (await import('./replay-determinism/run.js')).runReplayDeterminism
    case 'provenance-coverage':
      return (await import('./provenance-coverage/run.js')).runProvenanceCoverage
  }
}
