/**
 * The built-in checks a control can name as `source: { builtin: <name> }` and configure under
 * `checks.<name>` in `.github/gonogo.yml`. The one list of names: `checks/registry.ts` must have an
 * entry for each (the compiler checks it), and `__tests__/builtin-registry.test.ts` keeps the
 * schema (`schemas/gonogo.schema.json`), the README table and the CLI usage text equal to it.
 * Lives in `core/` because the policy types (`core/policy.ts`) need the names and core imports no
 * check.
 */
export const BUILTIN_NAMES = [
  'policy-bundle',
  'policy-freshness',
  'workflow-lint',
  'replay-determinism',
  'provenance-coverage',
  'ci-trend',
  'rollback-drill',
  'incidents'
] as const

/** One of {@link BUILTIN_NAMES}. */
export type BuiltinName = (typeof BUILTIN_NAMES)[number]

/** True when `name` is a built-in check's name (exact, case-sensitive). */
export function isBuiltinName(name: string): name is BuiltinName {
  return (BUILTIN_NAMES as readonly string[]).includes(name)
}
