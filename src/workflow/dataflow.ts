/**
 * Which context values can reach the result of a `${{ }}` expression, read by GitHub's own
 * expression parser (`@actions/expressions`). `github.event.issue.title` reaches it;
 * `contains(github.event.issue.title, 'x')` or `github.event.issue.title == 'x'` do not (they
 * yield a boolean), while `a || b` (the result is one of the operands), `a && b` (its last
 * operand's: an earlier one only reaches the result when falsy, as '', 0, false or null, which
 * carry no text), `format()`, `join()`, `toJSON()`, `fromJSON()` and `case()` carry their
 * arguments' text into the result.
 * Docs: "Expressions" (operators, functions) and "Contexts reference".
 *
 * Unlike `contextReferences` (expressions.ts), paths may hold `*` (object filters such as
 * `github.event.commits.*.message`) and `?` for a computed index (`github.event[x]`). Pure;
 * never throws.
 */
import { Lexer, Parser, type Expr as Ast } from '@actions/expressions'
import {
  ContextAccess,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Star
} from '@actions/expressions/ast'
import { CONTEXTS, STEP_FUNCTIONS } from './expressions.js'

/** Functions whose result is not their arguments' text (booleans, a hash). */
const OPAQUE_FUNCTIONS = new Set([
  'contains',
  'startswith',
  'endswith',
  'hashfiles',
  'success',
  'always',
  'cancelled',
  'failure'
])

export type Dataflow = { paths: string[][] } | { error: string }

/**
 * The context paths whose values may reach the expression's result, lower-cased segment by
 * segment (`github.event.commits.*.message` → `['github', 'event', 'commits', '*', 'message']`).
 *
 * @param expr an expression without `${{ }}`
 * @returns the paths, or why the expression cannot be read
 */
export function dataflowPaths(expr: string): Dataflow {
  let ast: Ast
  try {
    const lexed = new Lexer(expr).lex()
    ast = new Parser(lexed.tokens, CONTEXTS, STEP_FUNCTIONS).parse()
  } catch (e) {
    return { error: (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '' }
  }
  const out: string[][] = []
  const seen = new Set<string>()
  const add = (p: string[]): void => {
    const k = p.join('\0')
    if (seen.has(k)) return
    seen.add(k)
    out.push(p)
  }
  // Iterative walk: deeply nested expressions cannot overflow the stack.
  const stack: Ast[] = [ast]
  while (stack.length > 0) {
    const node = stack.pop() as Ast
    const path = contextPath(node)
    if (path) {
      add(path)
      continue
    }
    if (node instanceof Logical) {
      // `a || b` yields the first truthy operand, so any of them; `a && b` yields the last one
      // when all are truthy, else the first falsy one, and a falsy value ('', 0, false, null)
      // carries no text: only the last operand's text reaches the result.
      if (node.operator.lexeme === '&&') stack.push(node.args[node.args.length - 1] as Ast)
      else stack.push(...node.args)
    } else if (node instanceof Grouping) stack.push(node.group)
    else if (node instanceof FunctionCall) {
      if (!OPAQUE_FUNCTIONS.has(node.functionName.lexeme.toLowerCase())) stack.push(...node.args)
    } else if (node instanceof IndexAccess) {
      // `fromJSON(x).y`, `(a || b)[0]`: the result is part of what the base yields.
      stack.push(node.expr)
    }
    // Literals, `!` (Unary) and comparisons (Binary) yield no context's text.
  }
  return { paths: out }
}

/** `github.event.x[0].*` → its path; undefined when the node is not a context access chain. */
function contextPath(node: Ast): string[] | undefined {
  const segments: string[] = []
  let n: Ast = node
  while (n instanceof IndexAccess) {
    const index = n.index
    if (index instanceof Star) segments.push('*')
    else if (index instanceof Literal) {
      const raw = literalKey(index)
      segments.push(raw === undefined ? '?' : raw)
    } else segments.push('?')
    n = n.expr
  }
  if (!(n instanceof ContextAccess)) return undefined
  segments.push(n.name.lexeme.toLowerCase())
  return segments.reverse()
}

function literalKey(l: Literal): string | undefined {
  const v = (l.literal as unknown as { value?: unknown }).value
  if (typeof v === 'string') return v.toLowerCase()
  if (typeof v === 'number') return String(v)
  return undefined
}
