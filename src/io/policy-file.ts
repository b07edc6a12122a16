import type { ErrorObject } from 'ajv'
import {
  isMap,
  isNode,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  type Document,
  type Node
} from 'yaml'
import { ConfigurationError } from '../core/errors.js'
import { checkPolicyReferences, type Policy } from '../core/policy.js'
import { validatePolicy } from '../generated/validators.js'
import type { Workspace } from './workspace.js'

const MAX_POLICY_BYTES = 1024 * 1024
const MAX_MESSAGES = 10

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

/** Parses and validates policy text; every problem names file:line:column, the key, and what is allowed. */
export function parsePolicy(text: string, file: string): Policy {
  if (text.includes('\u0000')) throw new ConfigurationError(`${file}: binary data, not YAML`)
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number): string => {
    const p = lines.linePos(offset)
    return `${file}:${p.line}:${p.col}`
  }
  if (doc.errors.length > 0) {
    throw new ConfigurationError(
      doc.errors
        .slice(0, MAX_MESSAGES)
        .map((e) => `${at(e.pos[0])}: YAML syntax: ${e.message.split('\n')[0] ?? ''}`)
        .join('\n')
    )
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 })
  } catch (e) {
    // e.g. an alias bomb: "Excessive alias count indicates a resource exhaustion attack"
    throw new ConfigurationError(`${file}: ${e instanceof Error ? e.message : String(e)}`)
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

/** `if`/`$ref` wrappers repeat what the real error says. */
function isNoise(e: ErrorObject): boolean {
  return e.keyword === 'if' || e.keyword === '$ref'
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
