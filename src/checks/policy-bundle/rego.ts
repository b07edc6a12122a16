import { isMap, LineCounter, parseDocument } from 'yaml'

/**
 * Just enough of Rego for governance checks, no full parser: the `package` statement, the
 * `# METADATA` comment blocks (YAML inside comments) and the heads of top-level rules. Strings,
 * raw strings and comments are skipped so braces inside them do not count.
 *
 * Pure: text in, facts out.
 */

export interface MetadataBlock {
  /** Line of the `# METADATA` comment. */
  line: number
  /** `package` when the block sits right before the package statement or says `scope: package`. */
  scope: 'package' | 'subpackages' | 'rule' | 'document'
  /** The parsed YAML (an object), or undefined when it did not parse. */
  value?: Record<string, unknown>
  /** Why the YAML did not parse, with its line in the .rego file. */
  error?: { line: number; message: string }
  /** Line of each top-level key in the block (`custom` → 12). */
  keyLines: Record<string, number>
}

export interface RuleHead {
  /** The rule's name or ref (`allow`, `deny`, `a.b.c`). */
  name: string
  line: number
}

export interface RegoModule {
  /** The package as path segments (`package a.b["c-d"]` → [a, b, c-d]); undefined when none. */
  package?: string[]
  packageLine?: number
  /** Why the package statement could not be read. */
  packageError?: { line: number; message: string }
  metadata: MetadataBlock[]
  rules: RuleHead[]
  /** Documents the module refers to (`data.authz.allow` → [authz, allow]), sorted, each once. */
  dataRefs: string[][]
}

const KEYWORDS = new Set(['package', 'import', 'else', 'not', 'some', 'every', 'with', 'as', 'in'])
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/
const DATA_REF = /(?<![A-Za-z0-9_.])data((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g

/** Reads a Rego module as far as governance needs it. */
export function scanRego(text: string): RegoModule {
  const lines = text.split(/\r?\n/)
  const mod: RegoModule = { metadata: [], rules: [], dataRefs: [] }
  const refs = new Set<string>()
  let depth = 0
  let inRaw = false
  let pending: { start: number; body: string[] } | undefined
  let openBlock: { start: number; body: string[] } | undefined
  const closeBlock = (nextStatement: string | undefined): void => {
    if (!openBlock) return
    mod.metadata.push(readMetadata(openBlock.start, openBlock.body, nextStatement))
    openBlock = undefined
  }
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? ''
    const lineNo = i + 1
    const atTop = depth === 0 && !inRaw
    if (atTop) {
      const trimmed = raw.trim()
      if (pending) {
        if (trimmed.startsWith('#')) {
          pending.body.push(trimmed.replace(/^#\s?/, ''))
          continue
        }
        openBlock = pending
        pending = undefined
      }
      if (/^#\s*METADATA\s*$/.test(trimmed)) {
        closeBlock(undefined)
        pending = { start: lineNo, body: [] }
        continue
      }
      // Blank lines and other comments between a block and its statement keep the block open.
      if (trimmed === '' || trimmed.startsWith('#')) continue
      const head = /^package\b/.test(trimmed) ? 'package' : 'rule'
      closeBlock(head)
      if (head === 'package') readPackage(trimmed, lineNo, mod)
      else if (raw === raw.trimStart()) readRuleHead(raw, lineNo, mod)
    }
    // Track nesting over the rest of the line (strings and comments skipped).
    const r = scanLine(raw, depth, inRaw)
    depth = r.depth
    inRaw = r.inRaw
    if (r.code.includes('data.'))
      for (const m of r.code.matchAll(DATA_REF)) refs.add(m[1]?.slice(1) ?? '')
  }
  if (pending) openBlock = pending
  closeBlock(undefined)
  mod.dataRefs = [...refs]
    .filter((r) => r !== '')
    .sort()
    .map((r) => r.split('.'))
  return mod
}

function scanLine(
  line: string,
  depth: number,
  inRaw: boolean
): { depth: number; inRaw: boolean; code: string } {
  let d = depth
  let raw = inRaw
  let code = ''
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (raw) {
      if (c === '`') raw = false
      continue
    }
    if (c === '#') break
    if (c === '`') {
      raw = true
      code += ' '
    } else if (c === '"') {
      for (i++; i < line.length && line[i] !== '"'; i++) if (line[i] === '\\') i++
      code += ' '
    } else {
      if (c === '{' || c === '[' || c === '(') d++
      else if (c === '}' || c === ']' || c === ')') d = Math.max(0, d - 1)
      code += c
    }
  }
  return { depth: d, inRaw: raw, code }
}

function readPackage(statement: string, line: number, mod: RegoModule): void {
  if (mod.package !== undefined || mod.packageError !== undefined) {
    mod.packageError = { line, message: 'a second package statement' }
    return
  }
  const ref = statement
    .replace(/^package\s*/, '')
    .replace(/#.*$/, '')
    .trim()
  const segs = parseRef(ref)
  if (!segs) {
    mod.packageError = { line, message: `cannot read the package name '${ref.slice(0, 80)}'` }
    return
  }
  mod.package = segs
  mod.packageLine = line
}

/** `a.b["c-d"].e` → [a, b, c-d, e]; undefined for anything else. */
export function parseRef(ref: string): string[] | undefined {
  const segs: string[] = []
  let rest = ref
  const first = IDENT.exec(rest)
  if (!first) return undefined
  segs.push(first[0])
  rest = rest.slice(first[0].length)
  while (rest.length > 0) {
    if (rest.startsWith('.')) {
      const m = IDENT.exec(rest.slice(1))
      if (!m) return undefined
      segs.push(m[0])
      rest = rest.slice(1 + m[0].length)
    } else {
      const m = /^\[\s*"((?:[^"\\]|\\.)*)"\s*\]/.exec(rest)
      if (!m) return undefined
      segs.push(JSON.parse(`"${m[1] ?? ''}"`) as string)
      rest = rest.slice(m[0].length)
    }
  }
  return segs
}

function readRuleHead(line: string, lineNo: number, mod: RegoModule): void {
  let s = line
  const def = /^default\s+/.exec(s)
  if (def) s = s.slice(def[0].length)
  const m = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(s)
  if (!m) return
  const name = m[0]
  if (KEYWORDS.has(name.split('.')[0] ?? '')) return
  const after = s.slice(name.length).trimStart()
  // A rule head continues with a body, an assignment, `if`, `contains`, arguments or a key.
  if (!/^($|\{|:=|=|\(|\[|if\b|contains\b)/.test(after)) return
  mod.rules.push({ name, line: lineNo })
}

function readMetadata(start: number, body: string[], next: string | undefined): MetadataBlock {
  const text = body.join('\n')
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false })
  const keyLines: Record<string, number> = {}
  const error = doc.errors[0]
  if (error) {
    const pos = counter.linePos(error.pos[0])
    return {
      line: start,
      scope: next === 'package' ? 'package' : 'rule',
      error: {
        line: start + pos.line,
        message: error.message.split('\n')[0] ?? 'invalid YAML'
      },
      keyLines
    }
  }
  const value: unknown = doc.toJS()
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      const k = item.key as { value?: unknown; range?: [number, number, number] } | null
      if (k && typeof k.value === 'string' && k.range)
        keyLines[k.value] = start + counter.linePos(k.range[0]).line
    }
  }
  if (
    value !== null &&
    value !== undefined &&
    (typeof value !== 'object' || Array.isArray(value))
  ) {
    return {
      line: start,
      scope: next === 'package' ? 'package' : 'rule',
      error: { line: start + 1, message: 'the METADATA block is not a YAML mapping' },
      keyLines
    }
  }
  const obj = (value ?? {}) as Record<string, unknown>
  const declared = obj.scope
  const scope =
    declared === 'package' ||
    declared === 'subpackages' ||
    declared === 'rule' ||
    declared === 'document'
      ? declared
      : next === 'package'
        ? 'package'
        : 'rule'
  return { line: start, scope, value: obj, keyLines }
}

/** The value at a dotted key (`custom.owner`) of a METADATA block, or undefined. */
export function annotationValue(block: MetadataBlock, dotted: string): unknown {
  let v: unknown = block.value
  for (const k of dotted.split('.')) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined
    v = Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined
  }
  return v
}

/** A value counts as set when it is not empty: no null, '', [] or {}. */
export function isSet(v: unknown): boolean {
  if (v === undefined || v === null) return false
  if (typeof v === 'string') return v.trim() !== ''
  if (Array.isArray(v)) return v.length > 0
  if (typeof v === 'object') return Object.keys(v).length > 0
  return true
}

/** True for a test module: `*_test.rego`, a package ending in `_test`, or `test_` rules. */
export function isTestModule(file: string, mod: RegoModule): boolean {
  if (file.endsWith('_test.rego')) return true
  const last = mod.package?.at(-1)
  if (last?.endsWith('_test')) return true
  return mod.rules.some((r) => r.name.startsWith('test_'))
}

/** The package a test module tests by its name: its own, without a `_test` suffix or `.test` segment. */
export function testedPackage(pkg: readonly string[]): string[] {
  const last = pkg.at(-1) ?? ''
  if ((last === 'test' || last === 'tests') && pkg.length > 1) return [...pkg.slice(0, -1)]
  if (last.endsWith('_test') && last.length > '_test'.length)
    return [...pkg.slice(0, -1), last.slice(0, -'_test'.length)]
  return [...pkg]
}

/** `a.b["c-d"]` for messages. */
export function packageName(segs: readonly string[]): string {
  return segs
    .map((s, i) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? (i === 0 ? s : `.${s}`) : `["${s}"]`))
    .join('')
}
