/**
 * A job-level `if:` evaluated for one event before the run, by GitHub's expression engine
 * (`@actions/expressions`). Docs: "Using conditions to control job execution" and
 * "jobs.<job_id>.if" (contexts available there: `github`, `needs`, `vars`, `inputs`; status
 * functions `success()`, `always()`, `cancelled()`, `failure()`; GitHub adds `success() &&` when
 * none is used), and "Troubleshooting required status checks" → "Handling skipped but required
 * checks": a job skipped by its condition reports Success.
 *
 * Known here: `github.event_name`, `github.base_ref` on a pull request, `github.repository` and
 * `github.repository_owner` when the caller knows them, and `inputs` (a called workflow's, from
 * its caller; a top-level workflow run by a pull request has none). Status functions are taken on
 * the path where every needed job succeeded and nothing was cancelled. `&&`, `||` and `!` are
 * decided by their known operands (`github.event_name == 'push' && needs.a.outputs.x` is false on
 * a pull request); anything else that reads a value only known at run time is unknown, with the
 * reference named. Pure; never throws.
 */
import { data, Evaluator, Lexer, Parser, type Expr as Ast } from '@actions/expressions'
import { astReferences, type Known } from '../workflow/expressions.js'

/** One `if:` a check depends on. */
export interface JobCondition {
  workflow: string
  job: string
  line: number
  /**
   * Whose condition it is: the job's `own`, a job it `needs`; `calling` a caller job's own, or
   * `calling-needs` a job a caller job needs (for a reusable workflow's jobs).
   */
  role: 'own' | 'needs' | 'calling' | 'calling-needs'
  /** The `if:` as written. */
  text: string
  /** The expression GitHub evaluates. */
  expr: string
  /** Inputs of a called workflow (undefined: a top-level workflow). */
  inputs?: ReadonlyMap<string, Known>
}

/** What is known about the run the condition is evaluated for. */
export interface RunFacts {
  event: string
  /** The pull request's base branch (pull_request, pull_request_target). */
  baseRef?: string
  /** `owner/name` of the repository the workflow runs in. */
  repository?: string
}

/** `why` completes a sentence about the condition: "reads `needs.a.outputs.x`, only known …". */
export type Truth = { truth: boolean } | { truth: 'unknown'; why: string }

type ExprVisitor<R> = Parameters<Ast['accept']>[0] & { visitLiteral(...a: never[]): R }

const CONTEXTS = [
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

/** The happy path: every needed job succeeded, the run was not cancelled. */
const STATUS: Record<string, boolean> = {
  success: true,
  always: true,
  failure: false,
  cancelled: false
}
const STATUS_INFO = Object.keys(STATUS).map((name) => ({ name, minArgs: 0, maxArgs: 0 }))
const STATUS_FUNCTIONS = new Map(
  Object.entries(STATUS).map(([name, value]) => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: (): data.ExpressionData => new data.BooleanData(value) }
  ])
)

/**
 * Whether the job runs for the run described by `facts`.
 *
 * @returns true or false, or why it is only known when the workflow runs
 */
export function evaluateJobCondition(c: JobCondition, facts: RunFacts): Truth {
  let ast: Ast | undefined
  try {
    ast = new Parser(new Lexer(c.expr).lex().tokens, CONTEXTS, STATUS_INFO).parse()
  } catch (e) {
    return { truth: 'unknown', why: `is not a valid expression (${short(e)})` }
  }
  if (!ast) return { truth: true }
  const scope = knownScope(c, facts)
  return truthOf(ast, scope, c)
}

/**
 * True when the `if:` calls `always()`, `failure()` or `cancelled()`: the job then runs (or not)
 * whatever happened to the jobs it needs, so their conditions do not carry over.
 */
export function overridesNeeds(expr: string): boolean {
  try {
    const tokens = new Lexer(expr).lex().tokens
    return tokens.some(
      (t, i) =>
        t.lexeme !== '' &&
        ['always', 'failure', 'cancelled'].includes(t.lexeme.toLowerCase()) &&
        tokens[i + 1]?.lexeme === '('
    )
  } catch {
    return false
  }
}

interface Scope {
  github: Record<string, unknown>
  inputs: ReadonlyMap<string, Known>
}

function knownScope(c: JobCondition, facts: RunFacts): Scope {
  const github: Record<string, unknown> = { event_name: facts.event }
  if (facts.baseRef !== undefined) github.base_ref = facts.baseRef
  if (facts.repository !== undefined) {
    github.repository = facts.repository
    github.repository_owner = facts.repository.split('/')[0]
  }
  return { github, inputs: c.inputs ?? new Map() }
}

/** Three-valued truth: `&&`, `||`, `!` and grouping by their operands, the rest by value. */
function truthOf(node: Ast, scope: Scope, c: JobCondition): Truth {
  let why: string | undefined
  try {
    why = unknownIn(node, scope)
  } catch (e) {
    return { truth: 'unknown', why: `cannot be read (${short(e)})` }
  }
  if (why === undefined) {
    try {
      const context = new data.Dictionary()
      context.add('github', toData(scope.github))
      const inputs: Record<string, unknown> = {}
      for (const [k, v] of scope.inputs) if ('value' in v) inputs[k] = v.value
      context.add('inputs', toData(inputs))
      const value = new Evaluator(node, context, STATUS_FUNCTIONS).evaluate()
      return { truth: truthy(JSON.parse(JSON.stringify(value, data.replacer) ?? 'null')) }
    } catch (e) {
      return { truth: 'unknown', why: `cannot be evaluated (${short(e)})` }
    }
  }
  const shape = node.accept(new Shape())
  if (shape.kind === 'group') return truthOf(shape.inner, scope, c)
  if (shape.kind === 'not') {
    const t = truthOf(shape.inner, scope, c)
    return t.truth === 'unknown' ? t : { truth: !t.truth }
  }
  if (shape.kind === 'and' || shape.kind === 'or') {
    const decisive = shape.kind === 'or'
    let unknown: Truth | undefined
    for (const arg of shape.args) {
      const t = truthOf(arg, scope, c)
      if (t.truth === decisive) return t
      if (t.truth === 'unknown') unknown ??= t
    }
    return unknown ?? { truth: !decisive }
  }
  return { truth: 'unknown', why: `reads ${why}` }
}

/** GitHub's truthiness: false, 0, NaN, '' and null are false. */
function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === '') return false
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v)
  return true
}

function toData(v: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(v ?? null), data.reviver) as data.ExpressionData
}

function short(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 160) ?? ''
}

/** The first reference in `node` only known at run time, described; undefined if none. */
function unknownIn(node: Ast, scope: Scope): string | undefined {
  for (const ref of astReferences(node)) {
    const [root = '', first] = ref
    const shown = `\`${ref.join('.')}\``
    switch (root.toLowerCase()) {
      case 'github':
        if (first !== undefined && Object.hasOwn(scope.github, first.toLowerCase())) continue
        return `${shown}, only known when the workflow runs`
      case 'inputs': {
        if (first === undefined) continue
        const k = scope.inputs.get(first.toLowerCase())
        if (k && 'unknown' in k) return `${shown} (${k.unknown})`
        continue
      }
      case 'matrix':
        return `${shown}, which a job-level if: cannot read (GitHub evaluates it before the matrix)`
      default:
        return `${shown}, only known when the workflow runs`
    }
  }
  return undefined
}

type ShapeOf =
  | { kind: 'group'; inner: Ast }
  | { kind: 'not'; inner: Ast }
  | { kind: 'and' | 'or'; args: Ast[] }
  | { kind: 'other' }

/** The operator at the top of an expression. */
class Shape implements ExprVisitor<ShapeOf> {
  visitLiteral(): ShapeOf {
    return { kind: 'other' }
  }
  visitUnary(u: { operator: { lexeme: string }; expr: Ast }): ShapeOf {
    return u.operator.lexeme === '!' ? { kind: 'not', inner: u.expr } : { kind: 'other' }
  }
  visitBinary(): ShapeOf {
    return { kind: 'other' }
  }
  visitLogical(l: { operator: { lexeme: string }; args: Ast[] }): ShapeOf {
    if (l.operator.lexeme === '&&') return { kind: 'and', args: l.args }
    if (l.operator.lexeme === '||') return { kind: 'or', args: l.args }
    return { kind: 'other' }
  }
  visitGrouping(g: { group: Ast }): ShapeOf {
    return { kind: 'group', inner: g.group }
  }
  visitContextAccess(): ShapeOf {
    return { kind: 'other' }
  }
  visitIndexAccess(): ShapeOf {
    return { kind: 'other' }
  }
  visitFunctionCall(): ShapeOf {
    return { kind: 'other' }
  }
}
