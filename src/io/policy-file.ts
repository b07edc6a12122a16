import type { ErrorObject } from 'ajv'
import {
  Composer,
  isMap,
  isNode,
  isPair,
  isScalar,
  Lexer,
  LineCounter,
  Parser,
  visit,
  YAMLParseError,
  type CST,
  type Document,
  type Node
} from 'yaml'
import { ConfigurationError } from '../core/errors.js'
import { checkPolicyReferences, type Policy } from '../core/policy.js'
import { validatePolicy } from '../generated/validators.js'
import type { Workspace } from './workspace.js'

/** A policy file is read up to this size (characters of text; bytes when loaded). */
export const MAX_POLICY_BYTES = 1024 * 1024
const MAX_MESSAGES = 10
/**
 * How deep collections may nest in a policy file. The deepest the schema goes is 6 levels
 * (`branches.<name>.required_checks[i].context`); the `yaml` library recurses per level and
 * overflows the stack at a few hundred, so depth is measured before the document is built.
 */
export const MAX_POLICY_DEPTH = 32
/** Entries one list or mapping of a policy file may hold (controls, waivers, profiles, …). */
export const MAX_POLICY_ITEMS = 1000
/** YAML nodes (collections, keys and values) a policy file may hold in all. */
export const MAX_POLICY_NODES = 50_000
/** Nodes YAML aliases may expand to (the `yaml` library's guard against "billion laughs"). */
const MAX_ALIAS_COUNT = 100

/** Loads `.github/gonogo.yml`: YAML with positions, the schema, then cross-references. */
export async function loadPolicy(ws: Workspace, file: string): Promise<Policy> {
  const read = await ws.readText(file, MAX_POLICY_BYTES, 'for a policy file')
  if (!read.ok) {
    const hint =
      read.reason === 'missing' ? '; create it (see README "The policy file") or pass --config' : ''
    throw new ConfigurationError(`policy file ${read.message}${hint}`)
  }
  return parsePolicy(read.text, ws.relative(file) ?? file)
}

/**
 * Parses and validates policy text; every problem names file:line:column, the key, and what is
 * allowed. Any text yields a policy or a {@link ConfigurationError}, never another exception:
 * size ({@link MAX_POLICY_BYTES}), nesting ({@link MAX_POLICY_DEPTH}), entries per list or mapping
 * ({@link MAX_POLICY_ITEMS}) and nodes in all ({@link MAX_POLICY_NODES}) are measured on the YAML
 * syntax tree before the document is built; aliases may expand to {@link MAX_ALIAS_COUNT} nodes
 * and may not refer to a node that contains them (a circular structure); duplicate keys are YAML
 * errors; keys such as `__proto__` are data, refused by the schema where not allowed.
 *
 * @param text the file's text (decoded)
 * @param file the path named in messages
 * @throws ConfigurationError naming file:line:column and what to do
 */
export function parsePolicy(text: string, file: string): Policy {
  try {
    return parsePolicyText(text, file)
  } catch (e) {
    if (e instanceof ConfigurationError) throw e
    // A reader never throws anything else: whatever escaped the YAML library or the schema.
    const why = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)
    throw new ConfigurationError(
      `${file}: could not be read as a policy (${why.slice(0, 200)}); check that it is the YAML policy file described in README "The policy file"`
    )
  }
}

function parsePolicyText(text: string, file: string): Policy {
  if (text.includes('\u0000')) {
    // UTF-16 read as UTF-8: every other character is NUL.
    const nuls = text.split('\u0000').length - 1
    throw new ConfigurationError(
      nuls * 2 >= text.length * 0.8
        ? `${file}: saved as UTF-16; save it as UTF-8 (GitHub and gonogo read YAML as UTF-8)`
        : `${file}: binary data, not YAML`
    )
  }
  if (text.length > MAX_POLICY_BYTES)
    throw new ConfigurationError(
      `${file}: ${text.length} characters; a policy file may hold at most ${MAX_POLICY_BYTES}, so it is not read — is this the policy file?`
    )
  const lines = new LineCounter()
  const at = (offset: number): string => {
    const p = lines.linePos(offset)
    return `${file}:${p.line}:${p.col}`
  }
  // Flow nesting is refused on the lexer's stream, before any tree is built.
  const flow = flowTooDeep(text)
  if (flow) {
    lines.addNewLine(0)
    for (const m of text.matchAll(/\n/g)) lines.addNewLine(m.index + 1)
    throw new ConfigurationError(`${at(flow.offset)}: ${flow.message}`)
  }
  // One parse: its syntax tree is measured, then composed into the document (as parseDocument
  // does, with the same options and the same "one document" error).
  const tokens = [...new Parser(lines.addNewLine).parse(text)]
  const shape = measureTokens(tokens)
  if (shape) throw new ConfigurationError(`${at(shape.offset)}: ${shape.message}`)
  const doc = composeOne(tokens, text.length)
  if (doc.errors.length > 0) {
    throw new ConfigurationError(
      doc.errors
        .slice(0, MAX_MESSAGES)
        .map((e) =>
          e.code === 'MULTIPLE_DOCS'
            ? `${at(e.pos[0])}: a second YAML document (after \`---\`); the policy is one document: remove the separator or the second part`
            : `${at(e.pos[0])}: YAML syntax: ${e.message.split('\n')[0] ?? ''}`
        )
        .join('\n')
    )
  }
  const circular = circularAlias(doc)
  if (circular !== undefined)
    throw new ConfigurationError(
      `${at(circular.offset)}: the alias *${circular.name} stands for a node that contains it (a circular structure); write the value out instead`
    )
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new ConfigurationError(
      /alias count/i.test(why)
        ? `${file}: its aliases (*name) expand past the YAML reader's alias limit (maxAliasCount ${MAX_ALIAS_COUNT}), a resource-exhaustion pattern ("billion laughs"); write the values out or use fewer aliases`
        : `${file}: ${why.slice(0, 200)}`
    )
  }
  if (!validatePolicy(value)) {
    const messages = (validatePolicy.errors ?? [])
      .filter((e) => !isNoise(e))
      .map((e) => describe(e, doc, at))
    throw new ConfigurationError(uniqueSorted(messages).slice(0, MAX_MESSAGES).join('\n'))
  }
  const policy = value as Policy
  const problems = checkPolicyReferences(policy)
  if (problems.length > 0) {
    throw new ConfigurationError(
      problems
        .map((p) => `${at(nodeAt(doc, p.path)?.range?.[0] ?? 0)}: ${keyPath(p.path)}: ${p.message}`)
        .join('\n')
    )
  }
  return policy
}

/**
 * The first document composed from the parser's `tokens` of a text `length` characters long,
 * exactly as the yaml library's `parseDocument(text, { uniqueKeys: true, prettyErrors: false })`
 * composes it (yaml 2.x public-api.js), a second document noted as its `MULTIPLE_DOCS` error.
 */
function composeOne(tokens: readonly CST.Token[], length: number): Document.Parsed {
  const composer = new Composer({ prettyErrors: false, uniqueKeys: true })
  let doc: Document.Parsed | undefined
  for (const d of composer.compose(tokens, true, length)) {
    if (!doc) doc = d
    else {
      doc.errors.push(
        new YAMLParseError(
          [d.range[0], d.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents'
        )
      )
      break
    }
  }
  // compose(…, true) always ends with a document, an empty one for an empty text.
  return doc as Document.Parsed
}

/** The lexer's control tokens, which stand for no text of the file. */
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f'])

/**
 * Flow collections (`[`, `{`) nested past {@link MAX_POLICY_DEPTH}, found on the lexer's token
 * stream as it goes (a megabyte of `[` is refused at the 33rd, not after building its tree).
 */
function flowTooDeep(text: string): { offset: number; message: string } | undefined {
  // Nesting never exceeds the number of `[` and `{` in the text: when that is within the limit
  // (most policies), the lexer pass is not needed.
  let openers = 0
  for (
    let i = text.indexOf('[');
    i !== -1 && openers <= MAX_POLICY_DEPTH;
    i = text.indexOf('[', i + 1)
  )
    openers++
  for (
    let i = text.indexOf('{');
    i !== -1 && openers <= MAX_POLICY_DEPTH;
    i = text.indexOf('{', i + 1)
  )
    openers++
  if (openers <= MAX_POLICY_DEPTH) return undefined
  let depth = 0
  let offset = 0
  for (const tok of new Lexer().lex(text)) {
    if (tok === '[' || tok === '{') {
      if (++depth > MAX_POLICY_DEPTH)
        return {
          offset,
          message: `lists and mappings nest more than ${MAX_POLICY_DEPTH} deep here; a policy file nests at most ${MAX_POLICY_DEPTH} levels — flatten it`
        }
    } else if (tok === ']' || tok === '}') depth = Math.max(0, depth - 1)
    if (!CONTROL_TOKENS.has(tok)) offset += tok.length
  }
  return undefined
}

/**
 * The first place a parsed YAML syntax tree goes past {@link MAX_POLICY_DEPTH},
 * {@link MAX_POLICY_ITEMS} or {@link MAX_POLICY_NODES}, with the message; undefined if none.
 * Iterative, as the `yaml` library's lexer and parser are.
 */
function measureTokens(tokens: Iterable<unknown>): { offset: number; message: string } | undefined {
  let nodes = 0
  type Tok = { type: string; offset?: number; value?: unknown; items?: unknown[]; key?: unknown }
  const stack: { token: Tok; depth: number }[] = []
  for (const token of tokens) stack.push({ token: token as Tok, depth: 0 })
  while (stack.length > 0) {
    const { token, depth } = stack.pop() as { token: Tok; depth: number }
    const offset = token.offset ?? 0
    if (++nodes > MAX_POLICY_NODES)
      return {
        offset,
        message: `the file holds more than ${MAX_POLICY_NODES} YAML values; a policy file may hold at most ${MAX_POLICY_NODES} — is this the policy file?`
      }
    if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value as Tok, depth })
      continue
    }
    const items = token.items
    if (!Array.isArray(items)) continue
    if (depth + 1 > MAX_POLICY_DEPTH)
      return {
        offset,
        message: `lists and mappings nest more than ${MAX_POLICY_DEPTH} deep here; a policy file nests at most ${MAX_POLICY_DEPTH} levels — flatten it`
      }
    if (items.length > MAX_POLICY_ITEMS)
      return {
        offset,
        message: `this list or mapping holds ${items.length} entries; a policy file allows at most ${MAX_POLICY_ITEMS} per list or mapping — split or shorten it`
      }
    for (const item of items as { key?: unknown; value?: unknown }[]) {
      for (const part of [item.key, item.value]) {
        if (part && typeof part === 'object') stack.push({ token: part as Tok, depth: depth + 1 })
      }
    }
  }
  return undefined
}

/** An alias inside the very node its anchor names (`a: &x [*x]`), which would make a cycle. */
function circularAlias(doc: Document): { offset: number; name: string } | undefined {
  let found: { offset: number; name: string } | undefined
  visit(doc, {
    Alias(_key, alias) {
      const target = alias.resolve(doc)
      const r = target?.range
      const a = alias.range?.[0]
      if (r && a !== undefined && a >= r[0] && a < r[2]) {
        found = { offset: a, name: alias.source }
        return visit.BREAK
      }
      return undefined
    }
  })
  return found
}

/** `if`/`$ref` wrappers repeat what the real error says. */
function isNoise(e: ErrorObject): boolean {
  return e.keyword === 'if' || e.keyword === '$ref' || e.keyword === 'propertyNames'
}

function uniqueSorted(messages: string[]): string[] {
  const lineOf = (m: string): number => Number(/:(\d+):\d+:/.exec(m)?.[1] ?? 0)
  return [...new Set(messages)].sort((a, b) => lineOf(a) - lineOf(b) || (a < b ? -1 : 1))
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}

function keyPath(p: (string | number)[]): string {
  if (p.length === 0) return '(top level)'
  return p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}

function nodeAt(doc: Document, p: (string | number)[]): Node | undefined {
  const n: unknown = p.length === 0 ? doc.contents : doc.getIn(p, true)
  return isNode(n) ? n : undefined
}

/** The key node of `key` in the map at `p` (to point at an unknown key itself). */
function keyNode(doc: Document, p: (string | number)[], key: string): Node | undefined {
  const map = nodeAt(doc, p)
  if (!isMap(map)) return undefined
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && item.key.value === key) return item.key
  }
  return undefined
}

function describe(e: ErrorObject, doc: Document, at: (o: number) => string): string {
  const p = pointerToPath(e.instancePath)
  const params = e.params as Record<string, unknown>
  const parent = (e.parentSchema ?? {}) as Record<string, unknown>
  const node = nodeAt(doc, p)
  const pos = (n: Node | undefined): string => at(n?.range?.[0] ?? node?.range?.[0] ?? 0)
  // An error about a key's name (a `propertyNames` schema): at the key itself.
  if (e.propertyName !== undefined) {
    const key = e.propertyName
    const what = typeof parent.description === 'string' ? `: ${parent.description}` : ''
    return `${pos(keyNode(doc, p, key))}: ${keyPath([...p, key])}: '${key}' is not an allowed key here${what}`
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      const allowed = Object.keys(parent.properties ?? {})
      return `${pos(keyNode(doc, p, key))}: ${keyPath([...p, key])}: unknown key '${key}'; allowed keys here: ${allowed.join(', ')}`
    }
    case 'required':
      return `${pos(node)}: ${keyPath(p)}: missing required key '${String(params.missingProperty)}'`
    case 'enum':
      return `${pos(node)}: ${keyPath(p)}: ${JSON.stringify(valueAt(doc, p))} is not allowed; allowed: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
    case 'const':
      return `${pos(node)}: ${keyPath(p)}: must be ${JSON.stringify(params.allowedValue)}`
    case 'type':
      return `${pos(node)}: ${keyPath(p)}: must be ${article(String(params.type))}, found ${typeName(valueAt(doc, p))}`
    case 'pattern':
      return `${pos(node)}: ${keyPath(p)}: ${JSON.stringify(valueAt(doc, p))} does not match ${String(parent.description ?? params.pattern)}`
    case 'maxProperties':
    case 'minProperties':
      return `${pos(node)}: ${keyPath(p)}: ${typeof parent.description === 'string' ? parent.description : (e.message ?? e.keyword)}`
    default: {
      const hint = typeof parent.description === 'string' ? ` (${parent.description})` : ''
      return `${pos(node)}: ${keyPath(p)}: ${e.message ?? e.keyword}${hint}`
    }
  }
}

function valueAt(doc: Document, p: (string | number)[]): unknown {
  const n = nodeAt(doc, p)
  return isScalar(n) ? n.value : n?.toJSON()
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'nothing'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  if (typeof v === 'number' && !Number.isFinite(v)) return `a number too large to hold (${v})`
  return `${typeof v} ${JSON.stringify(v)}`
}

function article(t: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    integer: 'an integer',
    string: 'a string',
    number: 'a number',
    boolean: 'true or false'
  }
  return names[t] ?? t
}
