/**
 * One reader of `.github/workflows/*.yml` for every consumer, on GitHub's own workflow parser
 * (`@actions/workflow-parser`, the parser of GitHub's Actions language services): YAML anchors and
 * aliases resolved as GitHub resolves them (the merge key `<<` is refused, as GitHub refuses it),
 * duplicate keys and schema errors reported with their line, `${{ }}` expressions recognised by
 * GitHub's grammar (a quoted `}}` does not end one).
 *
 * The token tree comes out as plain values: strings, numbers, booleans, null, lists, mappings
 * (null-prototype objects, so keys such as `__proto__` are data), and {@link Expr} for a value
 * holding `${{ }}`. Positions live beside the values: {@link positionOf} gives the line and column
 * of a mapping entry or list item. Pure apart from the parser; never throws.
 */
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow
} from '@actions/workflow-parser'
import { ErrorPolicy } from '@actions/workflow-parser/model/convert'
import {
  TemplateContext,
  TemplateValidationErrors
} from '@actions/workflow-parser/templates/template-context'
import { getWorkflowSchema } from '@actions/workflow-parser/workflows/workflow-schema'
import { isValidCron } from '@actions/workflow-parser/model/converter/cron'
import { FeatureFlags } from '@actions/expressions/features'
import { Lexer, parseDocument } from 'yaml'

/** GitHub's token type (not exported by the package under its own name). */
type TemplateToken = NonNullable<ReturnType<typeof parseWorkflow>['value']>

/** A workflow file as read from the repository. */
export interface WorkflowFile {
  /** Workspace-relative, e.g. `.github/workflows/ci.yml`. */
  path: string
  text: string
  /** Set when the file could not be read (too large, unreadable); `text` is then empty. */
  readError?: string
}

/** A 1-based position in a workflow file. */
export interface Position {
  line: number
  column: number
}

/** A value written with `${{ }}`: the expression GitHub evaluates, and the text as written. */
export class Expr {
  constructor(
    /** The expression without `${{ }}`; several parts are joined by GitHub as `format(…)`. */
    readonly expr: string,
    /** The scalar as written in the file (for a `run:` script: the script text). */
    readonly source: string,
    /** Each `${{ }}` part as written, with its position. */
    readonly parts: readonly { expr: string; at?: Position }[]
  ) {}
}

export type Plain = string | number | boolean | null | Expr | PlainList | PlainMap
export type PlainList = Plain[]
export interface PlainMap {
  [key: string]: Plain
}

/** Why a workflow (or action) file was not read: the first problem, with its line. */
export interface ParseFailure {
  ok: false
  path: string
  error: string
  line?: number
  /** Not read because of a gonogo limit: GitHub may still run the file. */
  limit?: true
}

export type ParsedWorkflow = { ok: true; path: string; root: PlainMap; at: Position } | ParseFailure

/** A mapping entry as GitHub's parser gives it. */
interface TokenPair {
  key: TemplateToken
  value: TemplateToken
}
/**
 * The tokens each plain container was made from: a mapping's entries by key, a list's items by
 * index. Positions and layouts are read from them only when asked (most never are).
 */
const SOURCES = new WeakMap<object, Map<string, TokenPair> | readonly TemplateToken[]>()

function sourceToken(
  container: object,
  key: string | number,
  which: 'key' | 'value'
): TemplateToken | undefined {
  const src = SOURCES.get(container)
  if (src === undefined) return undefined
  if (src instanceof Map) return typeof key === 'string' ? src.get(key)?.[which] : undefined
  return typeof key === 'number' && which === 'value' ? src[key] : undefined
}

/**
 * Where a mapping entry's value (by key) or a list item (by index) is written; undefined if
 * unknown. For a value reached through an alias, the position of the anchored text.
 */
export function positionOf(
  container: PlainMap | PlainList,
  key: string | number
): Position | undefined {
  const value = sourceToken(container, key, 'value')
  return (
    (value && positionOfToken(value)) ??
    (typeof key === 'string' ? keyPositionOf(container as PlainMap, key) : undefined)
  )
}

/** How a scalar value is written: where it starts and ends, and its block header (`|`, `>-`, …). */
export interface ScalarLayout {
  start: Position
  end: Position
  /** The block scalar header, when the value is a block scalar. */
  blockHeader?: string
}

/** How the scalar at a mapping key or list index is written; undefined for collections. */
export function layoutOf(
  container: PlainMap | PlainList,
  key: string | number
): ScalarLayout | undefined {
  const t = sourceToken(container, key, 'value')
  const r = t?.range
  if (!t || !r || !t.isScalar) return undefined
  const header = (t as unknown as { blockScalarHeader?: string }).blockScalarHeader
  return {
    start: { line: r.start.line, column: r.start.column },
    end: { line: r.end.line, column: r.end.column },
    ...(header ? { blockHeader: header } : {})
  }
}

/** Where a mapping entry's key is written (a job's id, a step's `run:`); undefined if unknown. */
export function keyPositionOf(container: PlainMap, key: string): Position | undefined {
  const t = sourceToken(container, key, 'key')
  return t ? positionOfToken(t) : undefined
}

/** Most workflow files are far smaller; GitHub refuses larger ones anyway. */
const MAX_TOKENS = 200_000
/**
 * GitHub does not start runs of a workflow file larger than 500 KB (docs: "Actions limits",
 * Workflow file size, https://docs.github.com/en/actions/reference/limits).
 */
export const MAX_WORKFLOW_FILE_BYTES = 500 * 1024
/**
 * Lists and mappings nested deeper than this are not read (a gonogo limit: GitHub's parser and
 * the `yaml` library recurse per level; real workflows nest about 8 deep).
 */
export const MAX_WORKFLOW_DEPTH = 64
/**
 * GitHub's parser finds the line of each `${{` in a multi-line scalar by splitting the text
 * before it, which costs the square of the scalar's size. The summed distance of each `${{` from
 * the start of its scalar is bounded by this (a gonogo limit; 10,000 expressions in one 100 KB
 * script is 500 million).
 */
export const MAX_EXPRESSION_SCAN = 500_000_000

/**
 * Parses one workflow file the way GitHub reads it. An error names the first problem GitHub's
 * parser reports, with its line, and what to do; the other consumers then treat the file as
 * unreadable (GitHub would not run it either).
 *
 * @param file the file's workspace path and text
 * @returns the plain tree, or the first error (message and line)
 */
export function parseWorkflowFile(file: WorkflowFile): ParsedWorkflow {
  if (file.readError !== undefined) return { ok: false, path: file.path, error: file.readError }
  if (file.text.includes('\u0000'))
    return { ok: false, path: file.path, error: 'binary data (U+0000 bytes), not YAML' }
  const bytes = Buffer.byteLength(file.text, 'utf8')
  if (bytes > MAX_WORKFLOW_FILE_BYTES)
    return {
      ok: false,
      path: file.path,
      error: `the file is ${bytes} bytes; GitHub does not start runs of a workflow file larger than 500 KB (docs: "Actions limits", Workflow file size)`
    }
  const costly = mayPassLexicalLimits(file.text) ? lexicalLimits(file.text) : undefined
  if (costly) return { ok: false, path: file.path, error: costly, limit: true }
  const bomb = aliasBomb(file.text)
  if (bomb) return { ok: false, path: file.path, error: bomb }
  const parsed = plainFromParser(file.path, () => parsedAndConverted(file), WORKFLOW_WORDS)
  if (!parsed.ok) return parsed
  const conflict = conflictingFilters(parsed.root)
  return conflict ? { ok: false, path: file.path, ...conflict } : parsed
}

/**
 * GitHub's parse of a workflow file, followed by the checks GitHub makes when it turns the parsed
 * template into a workflow (`convertWorkflowTemplate` of the same library): `needs:` naming an
 * unknown job or making a cycle, a job id GitHub does not accept (`test.unit`), a job `if:` that
 * is not a valid expression, no job without dependencies. GitHub refuses such a file ("The
 * workflow is not valid") and runs none of its jobs; the problems land in the parse's errors.
 *
 * Reusable workflows are not fetched (depth 0, as the library's default): the conversion then
 * awaits nothing, so its checks have run when the call returns
 * (`__tests__/workflow-refusals.test.ts` asserts each of them is reported).
 */
function parsedAndConverted(file: WorkflowFile): ReturnType<typeof parseWorkflow> {
  const result = parseWorkflow(
    { name: file.path, content: file.text },
    githubContext(getWorkflowSchema())
  )
  const root = result.value
  if (!root) return result
  keepErrors(result, (e) => !insideEventSettings(root, e.range?.start))
  if (result.context.errors.getErrors().length > 0) return result
  convertWorkflowTemplate(result.context, root, undefined, {
    fetchReusableWorkflowDepth: 0,
    errorPolicy: ErrorPolicy.ReturnErrorsOnly,
    featureFlags: GITHUB_FEATURES
  }).catch(() => undefined)
  // Only the conversion's checks GitHub's service makes too are kept (see SERVER_REFUSALS).
  keepErrors(
    result,
    (e) =>
      SERVER_REFUSALS.test(e.rawMessage) ||
      (INVALID_CRON.test(e.rawMessage) && !cronValidOnceTrimmed(root, e.range?.start))
  )
  return result
}

type ParserError = ReturnType<
  ReturnType<typeof parseWorkflow>['context']['errors']['getErrors']
>[number]

/** Keeps only the parse's errors that `keep` accepts. */
function keepErrors(
  result: ReturnType<typeof parseWorkflow>,
  keep: (e: ParserError) => boolean
): void {
  const errors = result.context.errors.getErrors()
  const kept = errors.filter(keep)
  if (kept.length === errors.length) return
  result.context.errors.clear()
  result.context.errors.add(kept)
}

/** Events whose settings GitHub checks (cron expressions; a reusable workflow's interface). */
const CHECKED_EVENT_SETTINGS = new Set(['schedule', 'workflow_call'])

/**
 * Whether a parse error lies inside the settings of an event of `on:` (its filters, types,
 * inputs), other than `schedule` and `workflow_call`. GitHub's service runs such workflows and
 * ignores what it does not know, where the editor library refuses them: etcd's
 * `workflow_dispatch` input of `type: int`, helm's `create: { tags: [v*] }` (create takes no
 * filter), opentelemetry's `merge_group: { paths: … }` (merge_group takes none; GitHub runs it on
 * every merge queue entry). An unknown event name (the key itself) is still a refusal.
 */
function insideEventSettings(
  root: TemplateToken,
  at: { line: number; column: number } | undefined
): boolean {
  if (!at) return false
  return onEvents(root).some((event) => {
    if (CHECKED_EVENT_SETTINGS.has(scalarKey(event.key))) return false
    const r = event.value.range
    return r !== undefined && after(at, r.start) && !after(at, r.end)
  })
}

/** The entries (event and settings) of the token tree's `on:` mapping; none when it is not one. */
function onEvents(root: TemplateToken): TokenPair[] {
  if (!isMappingToken(root)) return []
  for (const pair of root as unknown as Iterable<TokenPair>) {
    if (scalarKey(pair.key) === 'on' && isMappingToken(pair.value))
      return [...(pair.value as unknown as Iterable<TokenPair>)]
  }
  return []
}

/** Whether position `a` is at or after `b`. */
function after(a: { line: number; column: number }, b: { line: number; column: number }): boolean {
  return a.line > b.line || (a.line === b.line && a.column >= b.column)
}

/**
 * Language features GitHub runs that the parser library keeps behind flags (its editor ships them
 * later): background steps (`background:`, `wait:`, `wait-all:`, `cancel:`, `parallel:`; GitHub
 * changelog 2026-06-25, "Actions steps can now be run in parallel"; electron/electron's CI uses
 * them), the `case()` function, the `copilot-requests` permission. Without them GitHub's own
 * workflows would read as refused.
 */
export const GITHUB_FEATURES = new FeatureFlags({
  allowBackgroundSteps: true,
  allowCaseFunction: true,
  allowCopilotRequestsPermission: true
})

/** A parser context for `schema` with {@link GITHUB_FEATURES} on. */
export function githubContext(
  schema: ConstructorParameters<typeof TemplateContext>[1]
): TemplateContext {
  const context = new TemplateContext(
    new TemplateValidationErrors(),
    schema,
    new NoOperationTraceWriter()
  )
  context.state.featureFlags = GITHUB_FEATURES
  return context
}

/** The library's message for a `cron:` its validator refuses. */
const INVALID_CRON = /^Invalid cron expression/

/**
 * Whether the `cron:` value at `at` is valid once its surrounding whitespace is removed: the
 * library refuses `cron: |` (a block scalar ending in a newline) where GitHub trims it and runs
 * the schedule (apache/arrow cpp_extra.yml); any other invalid cron GitHub refuses too ("invalid
 * `cron` attribute", qiskit-community/prototype-quantum-kernel-training#35).
 */
function cronValidOnceTrimmed(
  root: TemplateToken,
  at: { line: number; column: number } | undefined
): boolean {
  if (!at) return false
  for (const event of onEvents(root)) {
    if (scalarKey(event.key) !== 'schedule' || !isSequenceToken(event.value)) continue
    for (const item of event.value as unknown as Iterable<TemplateToken>) {
      if (!isMappingToken(item)) continue
      for (const entry of item as unknown as Iterable<TokenPair>) {
        const start = entry.value.range?.start
        const value = (entry.value as unknown as { value?: unknown }).value
        if (scalarKey(entry.key) !== 'cron' || !start || typeof value !== 'string') continue
        if (start.line === at.line && start.column === at.column)
          return value.trim() !== value && isValidCron(value.trim())
      }
    }
  }
  return false
}

/**
 * Conversion errors that GitHub's service reports too ("Invalid workflow file"): `needs:` naming
 * an unknown job (apache/buildstream#1736), a cycle, which leaves no job without dependencies
 * (canonical/mlflow-operator#396), an invalid job id, more unnamed steps than can be named, and
 * an `if:` that is not an expression (the expression parser's own errors), and an invalid cron
 * expression (see {@link cronValidOnceTrimmed}). The library is GitHub's editor language service
 * and is stricter elsewhere than the service that runs workflows: it refuses a `cron: |` block
 * scalar (its trailing newline) and a `workflow_dispatch` input default of another YAML type
 * (`default: 14` without `type:`), both of which GitHub runs (apache/arrow cpp_extra.yml,
 * r_nightly.yml); those are not refusals.
 */
const SERVER_REFUSALS =
  /depends on unknown job|must contain at least one job with no dependencies|The identifier '.*' is invalid|Unable to create a unique name|^(Unexpected end of expression|Unexpected symbol|Unrecognized named-value|Unrecognized function|Too few parameters supplied|Too many parameters supplied|Even number of parameters supplied|Exceeded max expression)/

/** Filters an event may carry only one of (workflow syntax: `on.<event>.<branches|tags|paths>`). */
const EXCLUSIVE_FILTERS = [
  ['branches', 'branches-ignore'],
  ['tags', 'tags-ignore'],
  ['paths', 'paths-ignore']
] as const

/**
 * An event of `on:` that sets a filter together with its `-ignore` form. The workflow syntax docs
 * say "You cannot use both the branches and branches-ignore filters for the same event" (tags and
 * paths alike), and GitHub refuses the file: "Invalid workflow file: you may only define one of
 * `branches` and `branches-ignore` for a single event". Returns the problem and its line.
 */
function conflictingFilters(root: PlainMap): { error: string; line?: number } | undefined {
  const on = root.on
  if (!isPlainMap(on)) return undefined
  for (const [event, spec] of Object.entries(on)) {
    if (!isPlainMap(spec)) continue
    for (const [only, ignore] of EXCLUSIVE_FILTERS) {
      if (spec[only] === undefined || spec[ignore] === undefined) continue
      const line = keyPositionOf(spec, ignore)?.line
      return {
        error: `GitHub would refuse this workflow: on.${event} sets both \`${only}\` and \`${ignore}\` ("you may only define one of \`${only}\` and \`${ignore}\` for a single event"); keep one, using \`!\` patterns in \`${only}\` to exclude${line !== undefined ? ` (line ${line})` : ''}`,
        ...(line !== undefined ? { line } : {})
      }
    }
  }
  return undefined
}

/** The lexer's control tokens, which stand for no text of the file. */
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f'])

/**
 * Measured on the `yaml` lexer's token stream (iterative, linear) before GitHub's parser runs:
 * flow collections nested past {@link MAX_WORKFLOW_DEPTH}, and multi-line scalars whose `${{ }}`
 * would cost GitHub's parser more than {@link MAX_EXPRESSION_SCAN}. Returns why the file is not
 * read, or undefined.
 */
export function lexicalLimits(text: string): string | undefined {
  let depth = 0
  let scan = 0
  let offset = 0
  let scalars = 0
  for (const tok of new Lexer().lex(text)) {
    // '\x1f' starts a plain scalar; quoted ones come whole.
    if (tok === '\x1f' || tok.startsWith('"') || tok.startsWith("'")) {
      if (++scalars > MAX_WORKFLOW_SCALARS)
        return `more than ${MAX_WORKFLOW_SCALARS} keys and values (line ${lineAt(text, offset)}); gonogo does not read a workflow that large (real ones hold a few thousand)`
    }
    if (tok === '[' || tok === '{') {
      if (++depth > MAX_WORKFLOW_DEPTH)
        return `lists and mappings nest more than ${MAX_WORKFLOW_DEPTH} deep (line ${lineAt(text, offset)}); gonogo does not read a workflow nested that deep`
    } else if (tok === ']' || tok === '}') {
      depth = Math.max(0, depth - 1)
    } else if (tok.length > 3 && tok.includes('\n')) {
      for (let i = tok.indexOf('${{'); i >= 0; i = tok.indexOf('${{', i + 3)) {
        scan += i
        if (scan > MAX_EXPRESSION_SCAN)
          return `a multi-line value with many \${{ }} expressions (line ${lineAt(text, offset)}) would take GitHub's parser too long to read; gonogo stops at ${MAX_EXPRESSION_SCAN} characters scanned — split the script into a file`
      }
    }
    if (!CONTROL_TOKENS.has(tok)) offset += tok.length
  }
  return undefined
}

/**
 * Keys and values (scalars) a workflow may hold: GitHub's parser takes about a second per
 * 100,000, so a file of one huge list would hold the run (a gonogo limit; a 500 KB workflow of
 * real jobs holds far fewer).
 */
export const MAX_WORKFLOW_SCALARS = 50_000

/**
 * Whether a text could pass one of {@link lexicalLimits}' bounds at all, without lexing it: more
 * than {@link MAX_WORKFLOW_DEPTH} flow brackets, or enough characters for
 * {@link MAX_WORKFLOW_SCALARS} scalars (one character each at least) or for
 * {@link MAX_EXPRESSION_SCAN} (at most one `\${{` per three characters, each at most the text's
 * length from its scalar's start). Most workflow files are far below all three: the lexing pass
 * is then skipped.
 */
function mayPassLexicalLimits(text: string): boolean {
  const n = text.length
  if (n > MAX_WORKFLOW_SCALARS || (n * n) / 3 > MAX_EXPRESSION_SCAN) return true
  let brackets = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if ((c === 0x5b || c === 0x7b) && ++brackets > MAX_WORKFLOW_DEPTH) return true
  }
  return false
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** Aliased nodes a file may expand to before it is refused (the `yaml` library's own guard). */
const MAX_ALIAS_COUNT = 10_000
/** `*name` where YAML allows an alias: after a space, `[`, `{`, `,`, `:` or `-`, or at a line start. */
const ALIAS = /(^|[\s[{,:-])\*[^\s,[\]{}]/m

/**
 * GitHub's parser expands every alias before it validates anything, so a few lines of nested
 * aliases ("billion laughs") would take it forever. Files with aliases are first measured by the
 * `yaml` library's expansion guard (`maxAliasCount`, which counts the nodes aliases expand to).
 * Returns why the file is refused, or undefined.
 */
export function aliasBomb(text: string): string | undefined {
  if (!ALIAS.test(text)) return undefined
  try {
    const doc = parseDocument(text, { uniqueKeys: false })
    if (doc.errors.length > 0) return undefined // GitHub's parser reports them
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
    return undefined
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e)
    return /alias/i.test(why ?? '')
      ? `its YAML aliases expand past ${MAX_ALIAS_COUNT} nodes (a resource-exhaustion pattern, "billion laughs"); not read`
      : undefined
  }
}

/** How messages name what was parsed. */
export interface ParsedWords {
  /** "workflow", "action" */
  noun: string
  /** What GitHub does with a file it refuses: "would not run it either". */
  consequence: string
}

const WORKFLOW_WORDS: ParsedWords = {
  noun: 'workflow',
  consequence: 'GitHub would not run it either'
}

/**
 * A parse of GitHub's workflow or action parser (both return a TemplateParseResult) as plain
 * values, or the first problem it reports (message and line). Never throws: a parser exception
 * is reported as the file's problem.
 *
 * @param path the file, for the result
 * @param parse runs GitHub's parser
 * @param words how messages name the file
 */
export function plainFromParser(
  path: string,
  parse: () => ReturnType<typeof parseWorkflow>,
  words: ParsedWords
): ParsedWorkflow {
  let result: ReturnType<typeof parseWorkflow>
  try {
    result = parse()
  } catch (e) {
    return {
      ok: false,
      path,
      error: `GitHub's ${words.noun} parser could not read it (${e instanceof Error ? e.message.slice(0, 200) : String(e)}); ${words.consequence}`
    }
  }
  const errors = result.context.errors.getErrors()
  const first = errors[0]
  if (first) {
    const line = first.range?.start.line
    const raw = (first.rawMessage.split('\n')[0] ?? first.rawMessage).trim().replace(/:$/, '')
    return {
      ok: false,
      path,
      error: `GitHub would refuse this ${words.noun}: ${raw}${line !== undefined && !raw.includes(`line ${line}`) ? ` (line ${line})` : ''}${errors.length > 1 ? `, and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}` : ''}`,
      ...(line !== undefined ? { line } : {})
    }
  }
  const token = result.value
  if (!token) return { ok: false, path, error: 'the file is empty' }
  let root: Plain
  try {
    root = toPlain(token, { left: MAX_TOKENS })
  } catch (e) {
    if (e instanceof TooLarge)
      return {
        ok: false,
        path,
        error: `the ${words.noun} expands to more than ${MAX_TOKENS} values (aliases repeated many times?); ${words.consequence}`
      }
    if (e instanceof TooDeep)
      return {
        ok: false,
        path,
        error: `lists and mappings nest more than ${MAX_WORKFLOW_DEPTH} deep; gonogo does not read a ${words.noun} nested that deep`,
        limit: true
      }
    return {
      ok: false,
      path,
      error: `the ${words.noun} could not be read (${e instanceof Error ? e.message.slice(0, 200) : String(e)})`,
      limit: true
    }
  }
  if (!isPlainMap(root))
    return { ok: false, path, error: `not a ${words.noun}: the file is not a YAML mapping` }
  return { ok: true, path, root, at: positionOfToken(token) ?? { line: 1, column: 1 } }
}

class TooLarge extends Error {}
class TooDeep extends Error {}

function positionOfToken(t: TemplateToken): Position | undefined {
  const r = t.range
  return r ? { line: r.start.line, column: r.start.column } : undefined
}

/** Token tree → plain values (iterative, so deep nesting cannot overflow the stack). */
function toPlain(rootToken: TemplateToken, budget: { left: number }): Plain {
  const top: PlainList = [null]
  // Each frame fills one slot: `into[key]` gets the value of `token`.
  const stack: {
    token: TemplateToken
    into: PlainMap | PlainList
    key: string | number
    depth: number
  }[] = [{ token: rootToken, into: top, key: 0, depth: 0 }]
  while (stack.length > 0) {
    const { token: t, into, key: slot, depth } = stack.pop() as (typeof stack)[number]
    if (--budget.left < 0) throw new TooLarge()
    if (depth > MAX_WORKFLOW_DEPTH) throw new TooDeep()
    let value: Plain
    if (isMappingToken(t)) {
      const out = Object.create(null) as PlainMap
      const entries = new Map<string, TokenPair>()
      SOURCES.set(out, entries)
      for (const pair of t as unknown as Iterable<TokenPair>) {
        const key = scalarKey(pair.key)
        entries.set(key, pair)
        // Keys keep the file's order: each is defined now and filled when its value is read
        // (a null-prototype object, so `__proto__` is an ordinary key).
        out[key] = null
        stack.push({ token: pair.value, into: out, key, depth: depth + 1 })
      }
      value = out
    } else if (isSequenceToken(t)) {
      const items = [...(t as unknown as Iterable<TemplateToken>)]
      const out: PlainList = new Array<Plain>(items.length).fill(null)
      SOURCES.set(out, items)
      for (let i = 0; i < items.length; i++)
        stack.push({ token: items[i] as TemplateToken, into: out, key: i, depth: depth + 1 })
      value = out
    } else if (isExpressionToken(t)) {
      value = expressionOf(t)
    } else {
      value = literalOf(t)
    }
    ;(into as Record<string | number, Plain>)[slot] = value
  }
  return top[0] ?? null
}

function isMappingToken(t: TemplateToken): boolean {
  return t.templateTokenType === TOKEN_MAPPING
}
function isSequenceToken(t: TemplateToken): boolean {
  return t.templateTokenType === TOKEN_SEQUENCE
}
function isExpressionToken(t: TemplateToken): boolean {
  return t.templateTokenType === TOKEN_BASIC_EXPRESSION
}
/** TokenType values of @actions/workflow-parser (templates/tokens/types). */
const TOKEN_SEQUENCE = 1
const TOKEN_MAPPING = 2
const TOKEN_BASIC_EXPRESSION = 3

function scalarKey(t: TemplateToken): string {
  const v = (t as unknown as { value?: unknown }).value
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  const e = t as unknown as { source?: string; expression?: string }
  return e.source ?? (e.expression !== undefined ? `\${{ ${e.expression} }}` : '')
}

function literalOf(t: TemplateToken): Plain {
  const v = (t as unknown as { value?: unknown }).value
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  return null
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

export function isPlainMap(v: unknown): v is PlainMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Expr)
}
