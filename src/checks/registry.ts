/**
 * The built-in checks, one line each: name → lazy import of its `run.ts`. The `Record` over
 * `BuiltinName` makes the compiler reject a name without an entry (or an entry without a name);
 * `__tests__/builtin-registry.test.ts` keeps the schema, README and CLI lists equal to the names.
 * Modelled on Scorecard's `checks/all_checks.go` and zizmor's `registry.rs`.
 */
import type { BuiltinCheck, BuiltinName, BuiltinRegistry } from './builtin-contract.js'

export const BUILTIN_REGISTRY: BuiltinRegistry = {
  'policy-bundle': async () => (await import('./policy-bundle/run.js')).runPolicyBundle,
  'policy-freshness': async () => (await import('./policy-freshness/run.js')).runPolicyFreshness,
  'workflow-lint': async () => (await import('./workflow-lint/run.js')).runWorkflowLint,
  'replay-determinism': async () =>
    (await import('./replay-determinism/run.js')).runReplayDeterminism,
  'provenance-coverage': async () =>
    (await import('./provenance-coverage/run.js')).runProvenanceCoverage,
  'ci-trend': async () => (await import('./ci-trend/run.js')).runCiTrend,
  'rollback-drill': async () => (await import('./rollback-drill/run.js')).runRollbackDrill,
  incidents: async () => (await import('./incidents/run.js')).runIncidents
}

/** The import of the check loaded last (see loadBuiltin). */
let loading: Promise<unknown> = Promise.resolve()

/**
 * The check named `name`, its module loaded on demand so the gate pays start-up only for the
 * checks it runs. `name` is a {@link BuiltinName} (callers validate user input first with
 * `isBuiltinName`); a failed import rejects with the module loader's error.
 */
export async function loadBuiltin(name: BuiltinName): Promise<BuiltinCheck> {
  // Loaded one after another (the checks still run together): two checks' modules share the
  // workflow model, and a module graph is linked once, not by two imports racing (Jest's VM
  // modules refuse the second: "can not be resolved on module … that is not linked").
  const load = loading.then(() => BUILTIN_REGISTRY[name]())
  loading = load.catch(() => undefined)
  return load
}
