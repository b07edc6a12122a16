/**
 * Where the values of an expression come from: each context path that can reach its result
 * (workflow/dataflow.ts, on GitHub's expression parser), with `inputs.*` followed into the value
 * the caller's `with:` gives it (a reusable workflow's caller, a composite action's step; else
 * the action's default), and `env.*` into the `env:` entry in force (the step's, the job's, the
 * workflow's; docs: "Contexts reference" → `env` context, `inputs` context). Pure.
 */
import { dataflowPaths } from '../../workflow/dataflow.js'
import type { Scope } from './walk.js'

/** A context path an expression's value can come from, and the hops that led to it. */
export interface Origin {
  path: string[]
  /** e.g. `inputs.title (with: title of job 'call', .github/workflows/pr.yml:12)`. */
  through: string[]
}

/** Hops through inputs and env followed at most. */
const MAX_HOPS = 20

/**
 * The origins of one expression's value in a scope. An `inputs.*` the scope does not bind (the
 * workflow's own inputs: whoever starts it sets them) and an `env.*` no `env:` sets stay as they
 * are; an expression that cannot be read yields nothing (GitHub refuses the file first).
 */
export function originsOf(
  expr: string,
  scope: Scope,
  hops = 0,
  onPath: ReadonlySet<object> = new Set()
): Origin[] {
  const df = dataflowPaths(expr)
  if ('error' in df) return []
  const out: Origin[] = []
  for (const path of df.paths) {
    const [root, name] = path
    if (hops < MAX_HOPS && name !== undefined && name !== '*' && name !== '?') {
      if (root === 'inputs' && scope.inputs) {
        const b = scope.inputs.get(name)
        // A default that reads itself (directly or round about) is not followed again.
        if (b && !onPath.has(b)) {
          const path2 = new Set([...onPath, b])
          for (const e of b.script.expressions) {
            const hop = `inputs.${name} (${b.what}, ${b.file}:${e.line})`
            for (const o of originsOf(e.expr, b.scope, hops + 1, path2))
              out.push({ path: o.path, through: [hop, ...o.through] })
          }
        }
        continue
      }
      if (root === 'env') {
        const i = scope.env.findIndex((m) => findKey(m, name) !== undefined)
        const level = scope.env[i]
        const key = level ? findKey(level, name) : undefined
        const script = level && key !== undefined ? level[key] : undefined
        if (script) {
          const outer = { ...scope, env: scope.env.slice(i + 1) }
          for (const e of script.expressions) {
            const hop = `env.${key} (${scope.file}:${e.line})`
            for (const o of originsOf(e.expr, outer, hops + 1, onPath))
              out.push({ path: o.path, through: [hop, ...o.through] })
          }
          continue
        }
      }
    }
    out.push({ path, through: [] })
  }
  return out
}

/** The key of an `env:` mapping matching a lower-cased context name. */
function findKey(m: Record<string, unknown>, lower: string): string | undefined {
  return Object.keys(m).find((k) => k.toLowerCase() === lower)
}
