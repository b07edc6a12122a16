/**
 * A job's `strategy.matrix` expanded into its runs, as GitHub expands it (docs: "Running
 * variations of jobs in a workflow"; actions/runner `MatrixBuilder.cs`): the product of the
 * keys' lists, `exclude` removing partial matches, `include` extending matching combinations or
 * adding its own. Values written with `${{ }}` are evaluated by GitHub's expression engine over
 * what is known before the run (workflow/expressions.ts); what is only known at run time is
 * reported, not guessed. Pure.
 */
import { evaluateExpression, type StaticContext } from './expressions.js'
import { Expr, isPlainMap, type Plain } from './parse.js'

/**
 * GitHub refuses a matrix that expands to more jobs than this (docs: "Actions limits", Job matrix:
 * "A job matrix can generate a maximum of 256 jobs per workflow run",
 * https://docs.github.com/en/actions/reference/limits; also "Workflow syntax",
 * `jobs.<job_id>.strategy.matrix`).
 */
export const MAX_MATRIX_JOBS = 256

/**
 * Filter comparisons gonogo spends on one matrix: each `exclude` entry against each combination
 * of the keys' lists, each `include` entry against each kept combination. GitHub's own expansion
 * (MatrixBuilder) makes the same comparisons without a bound, so a matrix past this is not
 * refused by GitHub, only not expanded by gonogo: its names are reported as unknown (a gonogo
 * limit; a matrix within GitHub's 256 jobs needs far fewer, e.g. 256 jobs × 5,000 `include`
 * entries is 1.3 million).
 */
export const MAX_MATRIX_COMPARISONS = 5_000_000

export interface Combo {
  /** The matrix context of this run: original values plus what `include` added. */
  values: Record<string, unknown>
  /** The values shown in the check name, in order. */
  nameValues: unknown[]
}

/**
 * The runs of a job: one combination per run, or why they cannot be known.
 *
 * GitHub's order (actions/runner and the Actions service's `MatrixBuilder`): the product of the
 * keys' lists, in key order with the last key varying fastest; each combination an `exclude`
 * entry matches (partially: the keys it names) is dropped; every `include` entry is matched
 * against each kept combination (its keys that are matrix keys are the filter) and adds its other
 * keys to each it matches; an `include` entry matching none is a combination of its own, after
 * the others. Cost: linear in the number of combinations visited and in the lists; the
 * combinations are visited one at a time and the visit stops as soon as more than
 * {@link MAX_MATRIX_JOBS} are kept (GitHub refuses such a matrix), and within
 * {@link MAX_MATRIX_COMPARISONS} filter comparisons.
 *
 * @param strategyIn the job's `strategy:` as parsed
 * @param ctx what is known (inputs of a called workflow)
 * @returns `hasMatrix` and the combinations (one empty one without a matrix), or a reason
 */
export function expandMatrix(
  strategyIn: Plain | undefined,
  ctx: StaticContext
): { hasMatrix: boolean; combos: Combo[] } | string {
  const single = { hasMatrix: false, combos: [{ values: {}, nameValues: [] }] }
  const strategy = resolveValue(strategyIn, ctx)
  if (isUnresolved(strategy)) return `strategy ${strategy.reason}`
  if (strategy === undefined || strategy === null) return single
  if (!isRecord(strategy)) return '`strategy:` must be a mapping'
  const matrix = strategy.matrix
  if (matrix === undefined || matrix === null) return single
  if (isUnresolved(matrix)) return `matrix ${matrix.reason}`
  if (!isRecord(matrix)) return '`strategy.matrix` must be a mapping of keys to lists'

  const vectors: [string, unknown[]][] = []
  let include: Record<string, unknown>[] = []
  let exclude: Record<string, unknown>[] = []
  for (const [key, value] of Object.entries(matrix)) {
    const expr = findUnresolved(value)
    if (expr !== undefined) {
      return key === 'include' || key === 'exclude'
        ? `matrix ${key} ${expr}`
        : `matrix key "${key}" ${expr}`
    }
    if (key === 'include' || key === 'exclude') {
      if (!Array.isArray(value) || !value.every(isRecord))
        return `matrix ${key} must be a list of mappings`
      if (key === 'include') include = value
      else exclude = value
      continue
    }
    if (!Array.isArray(value)) return `matrix key "${key}" must be a list of values`
    if (value.length === 0)
      return `matrix key "${key}" has no values; GitHub rejects an empty matrix list`
    vectors.push([key, value])
  }
  if (vectors.length === 0 && include.length === 0)
    return 'the matrix defines no values; GitHub rejects it'

  const tooMany = `the matrix expands to more than ${MAX_MATRIX_JOBS} jobs; GitHub allows at most ${MAX_MATRIX_JOBS} (docs: "Actions limits", Job matrix), so it refuses the workflow`
  const tooCostly = `the matrix takes more than ${MAX_MATRIX_COMPARISONS} include/exclude comparisons to expand (gonogo's limit on one matrix); its check names are not worked out — name them in the policy by hand or simplify the matrix`
  let budget = MAX_MATRIX_COMPARISONS
  const original = new Set(vectors.map(([k]) => k))
  const excludeFilters = exclude.map((e) => Object.entries(e))
  const base: Combo[] = []
  if (vectors.length > 0) {
    // An odometer over the keys' lists: one combination at a time, the last key fastest.
    const index = vectors.map(() => 0)
    for (;;) {
      const values: Record<string, unknown> = {}
      for (let k = 0; k < vectors.length; k++) {
        const [key, list] = vectors[k] as [string, unknown[]]
        values[key] = list[index[k] as number]
      }
      budget -= excludeFilters.length
      if (budget < 0) return tooCostly
      if (!excludeFilters.some((f) => entriesMatch(f, values))) {
        base.push({ values, nameValues: vectors.map(([k]) => values[k]) })
        if (base.length > MAX_MATRIX_JOBS) return tooMany
      }
      let k = vectors.length - 1
      while (k >= 0) {
        const next = (index[k] as number) + 1
        if (next < (vectors[k] as [string, unknown[]])[1].length) {
          index[k] = next
          break
        }
        index[k] = 0
        k--
      }
      if (k < 0) break
    }
  }
  const added: Combo[] = []
  for (const entry of include) {
    const filter: [string, unknown][] = []
    const extra: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(entry)) {
      if (original.has(k)) filter.push([k, v])
      else extra[k] = v
    }
    budget -= base.length
    if (budget < 0) return tooCostly
    let matched = false
    for (const combo of base) {
      if (!entriesMatch(filter, combo.values)) continue
      matched = true
      Object.assign(combo.values, extra)
    }
    // Include entries are matched only against the original combinations, never each other.
    if (!matched) {
      added.push({ values: { ...entry }, nameValues: Object.values(entry) })
      if (base.length + added.length > MAX_MATRIX_JOBS) return tooMany
    }
  }
  const combos = [...base, ...added]
  if (combos.length === 0) return 'the matrix excludes every combination, so the job never runs'
  return { hasMatrix: true, combos }
}

/** {@link filterMatches} over a filter's entries, listed once. */
function entriesMatch(
  filter: readonly (readonly [string, unknown])[],
  values: Record<string, unknown>
): boolean {
  for (const [k, want] of filter) {
    const have = values[k]
    if (isRecord(want)) {
      if (!isRecord(have) || !filterMatches(want, have)) return false
    } else if (!looseEquals(want, have)) {
      return false
    }
  }
  return true
}

/** True when every key/value of `filter` (nested mappings partially) equals the combination's. */
function filterMatches(filter: Record<string, unknown>, values: Record<string, unknown>): boolean {
  return entriesMatch(Object.entries(filter), values)
}

/**
 * GitHub's `==`, with which it compares matrix filters: strings ignore case; values of different
 * types are compared as numbers (`'18' == 18`).
 */
export function looseEquals(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b) || isRecord(a) || isRecord(b))
    return JSON.stringify(a) === JSON.stringify(b)
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase()
  if (typeof a === typeof b) return a === b
  const na = toNumber(a)
  const nb = toNumber(b)
  return !Number.isNaN(na) && na === nb
}

function toNumber(v: unknown): number {
  if (v === null || v === undefined) return 0
  if (typeof v === 'boolean') return v ? 1 : 0
  if (typeof v === 'number') return v
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v.trim())
  return NaN
}

export function isUnresolved(v: unknown): v is { reason: string } {
  return isRecord(v) && UNRESOLVED in v && typeof v.reason === 'string'
}

/** A value left unresolved by {@link resolveValue} (its reason), looked for at any depth. */
export function findUnresolved(v: unknown): string | undefined {
  if (isUnresolved(v)) return v.reason
  if (Array.isArray(v)) {
    for (const x of v) {
      const e = findUnresolved(x)
      if (e !== undefined) return e
    }
  } else if (isRecord(v)) {
    return findUnresolved(Object.values(v))
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Expressions: GitHub's own engine (workflow/expressions.ts) over what is known before the run
// ---------------------------------------------------------------------------------------------

const UNRESOLVED = Symbol('unresolved')

/**
 * A workflow value with every `${{ }}` evaluated: plain JSON, where a part that cannot be known
 * becomes `{ reason, [UNRESOLVED]: true }` (found by {@link findUnresolved}).
 */
export function resolveValue(v: Plain | undefined, ctx: StaticContext): unknown {
  if (v instanceof Expr) {
    const r = evaluateExpression(v.expr, ctx)
    return 'reason' in r
      ? { reason: `comes from ${v.source.trim()}: ${r.reason}`, [UNRESOLVED]: true }
      : r.value
  }
  if (Array.isArray(v)) return v.map((x) => resolveValue(x, ctx))
  if (isPlainMap(v)) {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[k] = resolveValue(x, ctx)
    return out
  }
  return v
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
