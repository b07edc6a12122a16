/**
 * Shape checks for the SARIF reader: read only own properties, describe any JSON value without
 * recursing into it, and say where a value is wrong as a JSON path (`runs[0].results[3].level`).
 * Pure; nothing here throws except {@link SarifShapeError}, which the reader turns into `invalid`.
 */

/** A JSON object as `JSON.parse` returns it. */
export type JsonObject = Record<string, unknown>

/** The SARIF file does not have the shape SARIF 2.1.0 requires at `path`. */
export class SarifShapeError extends Error {
  constructor(
    readonly path: string,
    readonly why: string
  ) {
    super(`${path} ${why}`)
    this.name = 'SarifShapeError'
  }
}

/** Whether `v` is a JSON object (not `null`, not an array). */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * `obj[key]` when `obj` has that own property, else `undefined`. A key inherited from
 * `Object.prototype` (`constructor`, `toString`, `__proto__`) never reads as a SARIF value.
 */
export function own(obj: JsonObject, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined
}

/**
 * A short description of any value for a message: a string quoted as JSON (cut at 80), a number,
 * boolean or null as written, an array or object by its type. Never recurses (a deeply nested
 * array would overflow `JSON.stringify`).
 */
export function describe(v: unknown): string {
  if (typeof v === 'string') {
    const s = v.length > 80 ? `${v.slice(0, 80)}…` : v
    return JSON.stringify(s)
  }
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v)
  if (v === undefined) return 'undefined'
  if (Array.isArray(v)) return 'an array'
  return 'an object'
}

/** `runs[0]` + `results` → `runs[0].results`; `runs[0].results` + 3 → `runs[0].results[3]`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  return path === '' ? key : `${path}.${key}`
}

/**
 * An own property that must be an object when present; `undefined` when absent.
 * @throws SarifShapeError `<path>.<key> must be an object`.
 */
export function optionalObject(obj: JsonObject, key: string, path: string): JsonObject | undefined {
  const v = own(obj, key)
  if (v === undefined) return undefined
  if (!isObject(v)) throw new SarifShapeError(at(path, key), 'must be an object')
  return v
}

/**
 * An own property that must be an array when present; `undefined` when absent.
 * @throws SarifShapeError `<path>.<key> must be an array`.
 */
export function optionalArray(obj: JsonObject, key: string, path: string): unknown[] | undefined {
  const v = own(obj, key)
  if (v === undefined) return undefined
  if (!Array.isArray(v)) throw new SarifShapeError(at(path, key), 'must be an array')
  return v as unknown[]
}

/**
 * An own property that must be a string when present; `undefined` when absent.
 * @throws SarifShapeError `<path>.<key> must be a string`.
 */
export function optionalString(obj: JsonObject, key: string, path: string): string | undefined {
  const v = own(obj, key)
  if (v === undefined) return undefined
  if (typeof v !== 'string') throw new SarifShapeError(at(path, key), 'must be a string')
  return v
}

/**
 * An array index property (SARIF §3.7.4): an integer ≥ -1 when present. `-1`, the schema's
 * default, means "no index" and reads as `undefined`, as does an absent property.
 * @throws SarifShapeError when the value is not such an integer.
 */
export function optionalIndex(obj: JsonObject, key: string, path: string): number | undefined {
  const v = own(obj, key)
  if (v === undefined) return undefined
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < -1) {
    throw new SarifShapeError(
      at(path, key),
      `must be an array index (an integer ≥ -1), not ${describe(v)}`
    )
  }
  return v === -1 ? undefined : v
}

/**
 * Element `i` of `list`, which must be an object.
 * @throws SarifShapeError `<path>[i] must be an object`.
 */
export function objectAt(list: readonly unknown[], i: number, path: string): JsonObject {
  const v = list[i]
  if (!isObject(v)) throw new SarifShapeError(at(path, i), 'must be an object')
  return v
}

/**
 * An own property that, when present, must be one of `allowed` (SARIF's fixed word lists).
 * @throws SarifShapeError `<path>.<key> "x" is not one of a, b, c`.
 */
export function optionalWord<T extends string>(
  obj: JsonObject,
  key: string,
  path: string,
  allowed: readonly T[]
): T | undefined {
  const v = own(obj, key)
  if (v === undefined) return undefined
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new SarifShapeError(at(path, key), `${describe(v)} is not one of ${allowed.join(', ')}`)
  }
  return v as T
}
