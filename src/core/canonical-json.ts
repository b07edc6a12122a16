/**
 * JSON with object keys sorted at every depth, so output never depends on insertion order.
 * `indent` 0 gives the compact form; undefined values are dropped as JSON.stringify does.
 */
export function stableStringify(value: unknown, indent = 2): string {
  return JSON.stringify(sortKeys(value), null, indent)
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
