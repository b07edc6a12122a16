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

/** GitHub refuses a matrix that expands to more jobs than this. */
export const MAX_MATRIX_JOBS = 256

export interface Combo {
  /** The matrix context of this run: original values plus what `include` added. */
  values: Record<string, unknown>
  /** The values shown in the check name, in order. */
  nameValues: unknown[]
}

/**
 * The runs of a job: one combination per run, or why they cannot be known.
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

  const size = vectors.reduce((n, [, values]) => n * values.length, 1)
  if (size > MAX_MATRIX_JOBS * 100)
    return `the matrix has ${size} combinations; GitHub allows at most ${MAX_MATRIX_JOBS} jobs`
  const original = new Set(vectors.map(([k]) => k))
  const base: Combo[] = []
  if (vectors.length > 0) {
    let product: Record<string, unknown>[] = [{}]
    for (const [key, values] of vectors) {
      const next: Record<string, unknown>[] = []
      for (const partial of product) for (const v of values) next.push({ ...partial, [key]: v })
      product = next
    }
    for (const values of product) {
      if (exclude.some((e) => filterMatches(e, values))) continue
      base.push({ values, nameValues: vectors.map(([k]) => values[k]) })
    }
  }
  const added: Combo[] = []
  for (const entry of include) {
    const filter: Record<string, unknown> = {}
    const extra: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(entry)) (original.has(k) ? filter : extra)[k] = v
    let matched = false
    for (const combo of base) {
      if (!filterMatches(filter, combo.values)) continue
      matched = true
      Object.assign(combo.values, extra)
    }
    // Include entries are matched only against the original combinations, never each other.
    if (!matched) added.push({ values: { ...entry }, nameValues: Object.values(entry) })
  }
  const combos = [...base, ...added]
  if (combos.length === 0) return 'the matrix excludes every combination, so the job never runs'
  if (combos.length > MAX_MATRIX_JOBS)
    return `the matrix expands to ${combos.length} jobs; GitHub allows at most ${MAX_MATRIX_JOBS}`
  return { hasMatrix: true, combos }
}

/** True when every key/value of `filter` (nested mappings partially) equals the combination's. */
function filterMatches(filter: Record<string, unknown>, values: Record<string, unknown>): boolean {
  for (const [k, want] of Object.entries(filter)) {
    const have = values[k]
    if (isRecord(want)) {
      if (!isRecord(have) || !filterMatches(want, have)) return false
    } else if (!looseEquals(want, have)) {
      return false
    }
  }
  return true
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
