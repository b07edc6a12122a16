/**
 * Reads an action's metadata file (`action.yml` / `action.yaml`) with GitHub's own action parser
 * (`@actions/workflow-parser/actions/action-parser`, the action schema of GitHub's Actions
 * language services): anchors and aliases resolved, duplicate keys and schema errors reported
 * with their line, `${{ }}` recognised by GitHub's grammar. Docs: "Metadata syntax reference"
 * (docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax).
 *
 * The token tree comes out as the same plain values as a workflow (parse.ts): strings, numbers,
 * booleans, null, lists, null-prototype mappings and {@link Expr}; positions live beside them and
 * are read with {@link actionPositionOf}, {@link actionKeyPositionOf} and
 * {@link actionLayoutOf}. (parse.ts keeps its converter private, so the conversion is repeated
 * here for the action schema.) Pure apart from the parser; never throws.
 */
import { NoOperationTraceWriter } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import {
  Expr,
  isPlainMap,
  type Plain,
  type PlainList,
  type PlainMap,
  type Position,
  type ScalarLayout,
  type WorkflowFile
} from './parse.js'

type TemplateToken = NonNullable<ReturnType<typeof parseAction>['value']>

export type ParsedAction =
  | { ok: true; path: string; root: PlainMap }
  | { ok: false; path: string; error: string; line?: number }

const POSITIONS = new WeakMap<object, Map<string | number, Position>>()
const KEY_POSITIONS = new WeakMap<object, Map<string, Position>>()
const LAYOUTS = new WeakMap<object, Map<string | number, ScalarLayout>>()

/** Where a mapping entry's value or a list item of an action file is written. */
export function actionPositionOf(
  container: PlainMap | PlainList,
  key: string | number
): Position | undefined {
  return POSITIONS.get(container)?.get(key)
}

/** Where a mapping entry's key of an action file is written. */
export function actionKeyPositionOf(container: PlainMap, key: string): Position | undefined {
  return KEY_POSITIONS.get(container)?.get(key)
}

/** How a scalar of an action file is written (start, end, block header). */
export function actionLayoutOf(
  container: PlainMap | PlainList,
  key: string | number
): ScalarLayout | undefined {
  return LAYOUTS.get(container)?.get(key)
}

/** Action files are small; this bounds what aliases can expand to. */
const MAX_TOKENS = 200_000

/**
 * Parses one action metadata file the way GitHub reads it.
 *
 * @param file the file's workspace path and text
 * @returns the plain tree, or the first problem GitHub's parser reports (message and line)
 */
export function parseActionFile(file: WorkflowFile): ParsedAction {
  if (file.readError !== undefined) return { ok: false, path: file.path, error: file.readError }
  let result: ReturnType<typeof parseAction>
  try {
    result = parseAction({ name: file.path, content: file.text }, new NoOperationTraceWriter())
  } catch (e) {
    return {
      ok: false,
      path: file.path,
      error: `GitHub's action parser could not read it (${e instanceof Error ? e.message.slice(0, 200) : String(e)}); GitHub could not run the action either`
    }
  }
  const errors = result.context.errors.getErrors()
  const first = errors[0]
  if (first) {
    const line = first.range?.start.line
    const raw = (first.rawMessage.split('\n')[0] ?? first.rawMessage).trim().replace(/:$/, '')
    return {
      ok: false,
      path: file.path,
      error: `GitHub would refuse this action: ${raw}${line !== undefined && !raw.includes(`line ${line}`) ? ` (line ${line})` : ''}${errors.length > 1 ? `, and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}` : ''}`,
      ...(line !== undefined ? { line } : {})
    }
  }
  if (!result.value) return { ok: false, path: file.path, error: 'the file is empty' }
  let root: Plain
  try {
    root = toPlain(result.value, { left: MAX_TOKENS })
  } catch (e) {
    if (!(e instanceof TooLarge)) throw e
    return {
      ok: false,
      path: file.path,
      error: `the action expands to more than ${MAX_TOKENS} values (aliases repeated many times?)`
    }
  }
  if (!isPlainMap(root))
    return { ok: false, path: file.path, error: 'not an action: the file is not a YAML mapping' }
  return { ok: true, path: file.path, root }
}

class TooLarge extends Error {}

/** TokenType values of @actions/workflow-parser (templates/tokens/types). */
const TOKEN_SEQUENCE = 1
const TOKEN_MAPPING = 2
const TOKEN_BASIC_EXPRESSION = 3

function positionOfToken(t: TemplateToken): Position | undefined {
  const r = t.range
  return r ? { line: r.start.line, column: r.start.column } : undefined
}

function recordLayout(container: object, key: string | number, t: TemplateToken): void {
  const r = t.range
  if (!r || !t.isScalar) return
  let m = LAYOUTS.get(container)
  if (!m) LAYOUTS.set(container, (m = new Map<string | number, ScalarLayout>()))
  const header = (t as unknown as { blockScalarHeader?: string }).blockScalarHeader
  m.set(key, {
    start: { line: r.start.line, column: r.start.column },
    end: { line: r.end.line, column: r.end.column },
    ...(header ? { blockHeader: header } : {})
  })
}

/** Token tree → plain values (iterative, so deep nesting cannot overflow the stack). */
function toPlain(rootToken: TemplateToken, budget: { left: number }): Plain {
  type Frame = { token: TemplateToken; set: (v: Plain) => void }
  let root: Plain = null
  const stack: Frame[] = [{ token: rootToken, set: (v) => (root = v) }]
  while (stack.length > 0) {
    const { token: t, set } = stack.pop() as Frame
    if (--budget.left < 0) throw new TooLarge()
    if (t.templateTokenType === TOKEN_MAPPING) {
      const out = Object.create(null) as PlainMap
      const pos = new Map<string | number, Position>()
      const keyPos = new Map<string, Position>()
      POSITIONS.set(out, pos)
      KEY_POSITIONS.set(out, keyPos)
      set(out)
      for (const pair of t as unknown as Iterable<{ key: TemplateToken; value: TemplateToken }>) {
        const key = scalarKey(pair.key)
        const kp = positionOfToken(pair.key)
        const p = positionOfToken(pair.value) ?? kp
        if (p) pos.set(key, p)
        if (kp) keyPos.set(key, kp)
        Object.defineProperty(out, key, {
          value: null,
          enumerable: true,
          writable: true,
          configurable: true
        })
        recordLayout(out, key, pair.value)
        stack.push({
          token: pair.value,
          set: (v) => {
            out[key] = v
          }
        })
      }
    } else if (t.templateTokenType === TOKEN_SEQUENCE) {
      const out: PlainList = []
      const pos = new Map<string | number, Position>()
      POSITIONS.set(out, pos)
      set(out)
      const items = [...(t as unknown as Iterable<TemplateToken>)]
      items.forEach((item, i) => {
        out.push(null)
        const p = positionOfToken(item)
        if (p) pos.set(i, p)
        recordLayout(out, i, item)
        stack.push({ token: item, set: (v) => (out[i] = v) })
      })
    } else if (t.templateTokenType === TOKEN_BASIC_EXPRESSION) {
      set(expressionOf(t))
    } else {
      const v = (t as unknown as { value?: unknown }).value
      set(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null)
    }
  }
  return root
}

function scalarKey(t: TemplateToken): string {
  const v = (t as unknown as { value?: unknown }).value
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  const e = t as unknown as { source?: string; expression?: string }
  return e.source ?? (e.expression !== undefined ? `\${{ ${e.expression} }}` : '')
}

function expressionOf(t: TemplateToken): Expr {
  const e = t as unknown as {
    expression: string
    source?: string
    originalExpressions?: { expression: string; range?: { start: Position } }[]
    range?: { start: Position }
  }
  const originals = e.originalExpressions ?? [e]
  const parts = originals.map((o) => ({
    expr: o.expression,
    ...(o.range ? { at: { line: o.range.start.line, column: o.range.start.column } } : {})
  }))
  return new Expr(e.expression, e.source ?? `\${{ ${e.expression} }}`, parts)
}
