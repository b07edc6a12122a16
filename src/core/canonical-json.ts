import { randomUUID } from 'node:crypto'

/**
 * JSON with object keys sorted at every depth, so output never depends on insertion order.
 * `indent` 0 gives the compact form; undefined values are dropped as JSON.stringify does.
 */
export function stableStringify(value: unknown, indent = 2): string {
  return JSON.stringify(sortKeys(value), null, indent)
}

/** Arrays with at least this many items are written apart by {@link stableStringifyBytes}. */
const PART_ITEMS = 256

/**
 * `stableStringify(value, indent) + suffix` as UTF-8 bytes, byte for byte, written in parts: each
 * array of at least PART_ITEMS items (an executive summary's file lists) is serialized on its
 * own and spliced in at its indentation. V8 builds a whole JSON text as two-byte characters once
 * one character outside Latin-1 appears in it (the `…` of a message), which doubles the text's
 * memory and slows writing and UTF-8 encoding; apart, the large ASCII lists stay one-byte. Each
 * part is marked in the skeleton by a random token; if the skeleton's own text held the token
 * (it never does in practice), the text is written whole instead. Pure apart from the token.
 */
export function stableStringifyBytes(
  value: unknown,
  indent = 2,
  suffix = '',
  /** The part marker (a test passes one that occurs in `value`). */
  token = `gonogo-part-${randomUUID()}-`
): Buffer {
  const sorted = sortKeys(value)
  const parts: unknown[] = []
  const skeleton = `${JSON.stringify(markParts(sorted, parts, token), null, indent)}${suffix}`
  if (parts.length === 0) return Buffer.from(skeleton)
  const out: Buffer[] = []
  let last = 0
  let next = 0
  for (const m of skeleton.matchAll(new RegExp(`"${token}(\\d+)"`, 'g'))) {
    if (next === parts.length || Number(m[1]) !== next) break
    out.push(Buffer.from(skeleton.slice(last, m.index)))
    // The part's lines take the indentation of the line it stands on.
    const lineStart = skeleton.lastIndexOf('\n', m.index) + 1
    let i = lineStart
    while (skeleton.charCodeAt(i) === 0x20) i++
    const body = JSON.stringify(parts[next], null, indent)
    out.push(
      Buffer.from(i > lineStart ? body.replaceAll('\n', `\n${' '.repeat(i - lineStart)}`) : body)
    )
    last = m.index + m[0].length
    next++
  }
  if (next !== parts.length || skeleton.includes(token, last))
    return Buffer.from(`${JSON.stringify(sorted, null, indent)}${suffix}`)
  out.push(Buffer.from(skeleton.slice(last)))
  return Buffer.concat(out)
}

/**
 * A copy of `sorted` (sortKeys' output: plain objects without a `__proto__` key, arrays,
 * primitives) in which every array of at least PART_ITEMS items is `token` and its index in
 * `parts`, where it is pushed. The copy is the small rest of the value; the parts are shared.
 */
function markParts(sorted: unknown, parts: unknown[], token: string): unknown {
  if (Array.isArray(sorted)) {
    if (sorted.length < PART_ITEMS) return sorted.map((v: unknown) => markParts(v, parts, token))
    parts.push(sorted)
    return `${token}${parts.length - 1}`
  }
  if (sorted === null || typeof sorted !== 'object') return sorted
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(sorted)) out[k] = markParts(v, parts, token)
  return out
}

/**
 * `value` with the keys of every object in sorted order (UTF-16 code unit order, as
 * `Array.prototype.sort` compares), undefined members dropped. What needs no change is returned
 * as it is, not copied: a plain object whose own keys are already in that order and whose values
 * need no change, an array whose items need none (an executive summary's 10,000-entry file lists
 * are mostly such). JSON.stringify writes both exactly as it writes a sorted copy.
 */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i]
      const s = sortKeys(v)
      if (out === undefined && s !== v) out = value.slice(0, i)
      if (out !== undefined) out.push(s)
    }
    return out ?? value
  }
  if (value === null || typeof value !== 'object') return value
  const o = value as Record<string, unknown>
  const keys = Object.keys(o)
  if (!inOrder(o, keys)) {
    const out: Record<string, unknown> = {}
    for (const k of keys.sort()) {
      const v = o[k]
      if (v !== undefined) out[k] = sortKeys(v)
    }
    return out
  }
  for (let i = 0; i < keys.length; i++) {
    const v = o[keys[i] as string]
    const s = v === undefined ? undefined : sortKeys(v)
    if (v !== undefined && s === v) continue
    // The first member that changes (or is dropped): copy, keeping what was already checked.
    const out: Record<string, unknown> = {}
    for (let j = 0; j < i; j++) out[keys[j] as string] = o[keys[j] as string]
    if (s !== undefined) out[keys[i] as string] = s
    for (let j = i + 1; j < keys.length; j++) {
      const w = o[keys[j] as string]
      if (w !== undefined) out[keys[j] as string] = sortKeys(w)
    }
    return out
  }
  return o
}

/**
 * Whether `o` may be written as it is: a plain object (prototype Object.prototype or null: a
 * Date or another class keeps its own JSON form only through the copy, as before) whose own keys
 * are already sorted, none of them `__proto__` (a copy cannot hold that key as its own).
 */
function inOrder(o: object, keys: readonly string[]): boolean {
  const proto: unknown = Object.getPrototypeOf(o)
  if (proto !== Object.prototype && proto !== null) return false
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string
    if (k === '__proto__' || (i > 0 && (keys[i - 1] as string) > k)) return false
  }
  return true
}
