/**
 * The contract between the gate and a built-in check: what a check receives ({@link BuiltinContext})
 * and what it is ({@link BuiltinCheck}). Each check's `run.ts` imports this file only; the registry
 * (`registry.ts`) imports the checks. Keeping the two apart leaves no import cycle.
 */
import type { BuiltinName } from '../core/builtin-names.js'
import type { CheckFacts } from '../core/facts.js'
import type { Policy } from '../core/policy.js'
import type { Report } from '../core/report.js'

export { BUILTIN_NAMES, type BuiltinName } from '../core/builtin-names.js'

/** What a built-in check may use: its facts, its settings, the subject, the clock. */
export interface BuiltinContext {
  /**
   * Everything the check may read (files, git, processes, the Actions API), built by the gate
   * with `createCheckFacts` (`io/check-facts.ts`); tests hand in the in-memory facts of
   * `__tests__/support/`.
   */
  facts: CheckFacts
  policy: Policy
  /** `checks.<name>` from the policy file (schema-validated), or undefined when absent. */
  settings: unknown
  subject: { repository: string; sha: string; ref: string }
  /** Milliseconds; the only clock a check may read. Recorded as generated_at. */
  effectiveTime: number
  /** For base-ref comparisons (policy-bundle revision bumps). */
  baseRef?: string
  log: (message: string) => void
}

/**
 * A built-in check: gathers its facts through `ctx.facts` and turns them into one
 * `gonogo.report/v1` report through a pure judge. It never throws for bad input: problems are
 * failed or unverified checks in the report.
 */
export type BuiltinCheck = (ctx: BuiltinContext) => Promise<Report>

/** Loads one check's module on demand, so the gate pays start-up only for the checks it runs. */
export type BuiltinLoader = () => Promise<BuiltinCheck>

/** One loader per built-in name; `registry.ts` holds the only value of this type. */
export type BuiltinRegistry = Record<BuiltinName, BuiltinLoader>
