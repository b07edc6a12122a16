/**
 * `${{ }}` expressions evaluated by GitHub's own engine (`@actions/expressions`: its lexer, parser
 * and evaluator, with GitHub's operators and functions: `||`, `&&`, `format()`, `fromJSON()`,
 * `contains()`, …), over the contexts that are known before a workflow runs.
 *
 * Known statically: `matrix` (one combination), `inputs` of a called workflow (the caller's
 * `with:` over the callee's defaults), the members of `github` the caller names (e.g.
 * `event_name` when the event is fixed, `workflow`), and `strategy.job-index` / `job-total` of a
 * matrix job. Anything else (`github.ref`, `needs.*`, `vars.*`,
 * `secrets.*`, `env.*`, `steps.*`) is only known when the workflow runs: the result says which
 * reference and why, instead of a guess. Docs: "Expressions" and "Contexts reference"
 * (docs.github.com/en/actions/reference/workflows-and-actions/expressions, …/contexts).
 */
import { data, Evaluator, Lexer, Parser, type Expr as Ast } from '@actions/expressions'
import { Grouping, Logical, Star } from '@actions/expressions/ast'
import { falsy } from '@actions/expressions/result'

/** The visitor `Expr.accept` takes (not exported by the package under its own name). */
type ExprVisitor<R> = Parameters<Ast['accept']>[0] & { visitLiteral(...a: never[]): R }

/** A value known before the run, or the reason it is not. */
export type Known = { value: unknown } | { unknown: string }

export interface StaticContext {
  /** The matrix combination of this run (undefined: `matrix` is not known here). */
  matrix?: Record<string, unknown>
  /** Inputs of a called workflow, by lower-cased name (undefined: `inputs` are not known). */
  inputs?: ReadonlyMap<string, Known>
  /** Members of `github` known here, e.g. `{ event_name: 'pull_request' }`. */
  github?: Record<string, unknown>
  /** Members of `strategy` known here: `job-index` and `job-total` of a matrix job. */
  strategy?: Record<string, unknown>
  /** Members of `runner` known here, e.g. `{ os: 'Windows' }` for a step on a Windows runner. */
  runner?: Record<string, unknown>
}

export type Evaluated = { value: unknown } | { reason: string }

/** Every context name GitHub's expressions accept (the parser refuses others). */
export const CONTEXTS = [
  'github',
  'env',
  'vars',
  'job',
  'jobs',
  'steps',
  'runner',
  'secrets',
  'strategy',
  'matrix',
  'needs',
  'inputs'
]

/**
 * Evaluates one expression (without `${{ }}`) over what is known statically.
 *
 * @returns the value as plain JSON (strings, numbers, booleans, null, lists, objects), or the
 *   reason it cannot be known (a reference known only at run time, a syntax error)
 */
export function evaluateExpression(expr: string, ctx: StaticContext): Evaluated {
  const parsed = parseCached(expr)
  if ('error' in parsed) return { reason: parsed.error }
  const { ast, refs } = parsed
  for (const ref of refs) {
    const why = unknownReference(ref, ctx)
    if (why) return { reason: why }
  }
  try {
    const result = new Evaluator(ast, contextData(ctx)).evaluate()
    return { value: JSON.parse(JSON.stringify(result, data.replacer) ?? 'null') as unknown }
  } catch (e) {
    return { reason: `\${{ ${expr} }} cannot be evaluated (${message(e)})` }
  }
}

type Parsed = { ast: Ast; refs: string[][] } | { error: string }

/** Parsed expressions by text: workflows repeat the same few expressions across many jobs. */
const PARSED = new Map<string, Parsed>()
const MAX_CACHED = 10_000

function parseCached(expr: string): Parsed {
  const hit = PARSED.get(expr)
  if (hit) return hit
  let out: Parsed
  try {
    const ast = new Parser(new Lexer(expr).lex().tokens, CONTEXTS, []).parse()
    const refs: string[][] = []
    try {
      const top = ast.accept(new References(refs))
      if (top) refs.push(top)
      out = { ast, refs }
    } catch (e) {
      out = { error: `\${{ ${expr} }} cannot be read (${message(e)})` }
    }
  } catch (e) {
    out = { error: `\${{ ${expr} }} is not a valid expression (${message(e)})` }
  }
  if (PARSED.size >= MAX_CACHED) PARSED.clear()
  PARSED.set(expr, out)
  return out
}

function message(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 200) ?? ''
}

function toData(v: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(v ?? null), data.reviver) as data.ExpressionData
}

/** Why a context reference is not known statically; undefined when it is. */
function unknownReference(ref: readonly string[], ctx: StaticContext): string | undefined {
  const [root = '', first] = ref
  const runtime = `\`${ref.join('.')}\` is only known when the workflow runs`
  switch (root.toLowerCase()) {
    case 'matrix':
      return ctx.matrix ? undefined : `${runtime} (no matrix here)`
    case 'inputs': {
      if (!ctx.inputs) return `${runtime} (the workflow's own inputs come from whoever starts it)`
      if (first === undefined) return undefined
      const k = ctx.inputs.get(first.toLowerCase())
      return k && 'unknown' in k ? k.unknown : undefined
    }
    case 'github':
      if (first !== undefined && ctx.github && Object.hasOwn(ctx.github, first.toLowerCase()))
        return undefined
      return runtime
    case 'strategy':
      if (first !== undefined && ctx.strategy && Object.hasOwn(ctx.strategy, first.toLowerCase()))
        return undefined
      return runtime
    case 'runner':
      if (first !== undefined && ctx.runner && Object.hasOwn(ctx.runner, first.toLowerCase()))
        return undefined
      return runtime
    default:
      return runtime
  }
}

/**
 * Collects the context references of an expression: `matrix.os` → ['matrix', 'os'];
 * `inputs['name']` → ['inputs', 'name']; a computed index stops the path there.
 */
class References implements ExprVisitor<string[] | undefined> {
  constructor(private readonly out: string[][]) {}
  visitLiteral(): undefined {
    return undefined
  }
  visitUnary(u: { expr: Ast }): undefined {
    this.record(u.expr.accept(this))
    return undefined
  }
  visitBinary(b: { left: Ast; right: Ast }): undefined {
    this.record(b.left.accept(this))
    this.record(b.right.accept(this))
    return undefined
  }
  visitLogical(l: { args: Ast[] }): undefined {
    for (const a of l.args) this.record(a.accept(this))
    return undefined
  }
  visitGrouping(g: { group: Ast }): undefined {
    this.record(g.group.accept(this))
    return undefined
  }
  visitContextAccess(c: { name: { lexeme: string } }): string[] {
    return [c.name.lexeme]
  }
  visitIndexAccess(ia: { expr: Ast; index: Ast }): string[] | undefined {
    const base = ia.expr.accept(this)
    // `labels.*.name`: GitHub's object filter (a Star index) reads every element.
    if (ia.index instanceof Star) return base ? [...base, '*'] : undefined
    const index = ia.index as unknown as { literal?: data.ExpressionData }
    if (base && index.literal !== undefined) {
      const key = JSON.parse(JSON.stringify(index.literal, data.replacer) ?? 'null') as unknown
      if (typeof key === 'string' || typeof key === 'number') return [...base, String(key)]
    }
    this.record(base)
    this.record(ia.index.accept(this))
    return undefined
  }
  visitFunctionCall(f: { args: Ast[] }): undefined {
    for (const a of f.args) this.record(a.accept(this))
    return undefined
  }
  private record(path: string[] | undefined): void {
    if (path) this.out.push(path)
  }
}

/**
 * The context references of a parsed expression (or a part of one), e.g. for
 * `github.event.pull_request.title` → `[['github', 'event', 'pull_request', 'title']]`; a `.*`
 * filter shows as `'*'`.
 */
export function astReferences(node: Ast): string[][] {
  const refs: string[][] = []
  const top = node.accept(new References(refs))
  if (top) refs.push(top)
  return refs
}

/**
 * The context references of an expression, e.g. `github.event.pull_request.title` →
 * `[['github', 'event', 'pull_request', 'title']]`; `[]` when it does not parse.
 */
export function contextReferences(expr: string): string[][] {
  const parsed = parseCached(expr)
  return 'error' in parsed ? [] : parsed.refs.map((r) => [...r])
}

/** The contexts `ctx` knows, as the evaluator takes them. */
function contextData(ctx: StaticContext): data.Dictionary {
  const context = new data.Dictionary()
  if (ctx.matrix) context.add('matrix', toData(ctx.matrix))
  if (ctx.github) context.add('github', toData(ctx.github))
  if (ctx.strategy) context.add('strategy', toData(ctx.strategy))
  if (ctx.runner) context.add('runner', toData(ctx.runner))
  if (ctx.inputs) {
    const inputs: Record<string, unknown> = {}
    for (const [k, v] of ctx.inputs) if ('value' in v) inputs[k] = v.value
    context.add('inputs', toData(inputs))
  }
  return context
}

/** Functions available in steps beyond the built-in ones (docs: "Status check functions"). */
export const STEP_FUNCTIONS = [
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 0 },
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 }
]

/**
 * Whether an `if:` condition (without `${{ }}`) is false by what `ctx` knows, whatever the
 * rest: the condition, or an operand of its top-level `&&` chain, reads only contexts `ctx` knows
 * (and literals and functions GitHub's evaluator has) and is falsy. `always() && runner.os ==
 * 'Windows'` is false on Linux; `runner.os != 'Windows' && matrix.x` is not known there.
 * Never throws: what cannot be read is not false.
 */
export function falseByKnown(expr: string, ctx: StaticContext): boolean {
  let ast: Ast
  try {
    ast = new Parser(new Lexer(expr).lex().tokens, CONTEXTS, STEP_FUNCTIONS).parse()
  } catch {
    return false
  }
  const context = contextData(ctx)
  const conjuncts: Ast[] = []
  const stack: Ast[] = [ast]
  while (stack.length > 0) {
    const node = stack.pop() as Ast
    if (node instanceof Grouping) stack.push(node.group)
    else if (node instanceof Logical && node.operator.lexeme === '&&') stack.push(...node.args)
    else conjuncts.push(node)
  }
  return conjuncts.some((node) => {
    if (astReferences(node).some((ref) => unknownReference(ref, ctx) !== undefined)) return false
    try {
      return falsy(new Evaluator(node, context).evaluate())
    } catch {
      return false
    }
  })
}
