/**
 * Checks that an API answer has the shape gonogo reads from it, so that a truncated, empty,
 * HTML, `null`-riddled or otherwise wrong answer becomes an error naming the endpoint instead of
 * facts (or a "Cannot read properties of null" crash). The shapes follow GitHub's OpenAPI
 * description (@octokit/openapi-types) but check only the fields gonogo uses: extra fields are
 * ignored, a field gonogo reads must have the documented type.
 *
 * A shape is a function from a value and its path (`.rules[2].parameters`) to a problem, or
 * undefined when the value fits. Problems name the place and the kind of value found, never the
 * value itself (an answer may echo a secret).
 */
export type Shape = (value: unknown, at: string) => string | undefined

/** An answer that does not have the shape gonogo needs; its message names the endpoint. */
export class MalformedAnswerError extends Error {
  override name = 'MalformedAnswerError'
  constructor(
    readonly endpoint: string,
    readonly what: string,
    readonly problem: string
  ) {
    super(`${endpoint} answered with a body that is not ${what} (${problem})`)
  }
}

/** `null`, `a list`, `a string`… for messages. */
export function kindOf(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'a list'
  if (v instanceof ArrayBuffer) return 'binary data'
  if (typeof v === 'string') {
    if (v.trim() === '') return 'empty'
    return /^\s*</.test(v) ? 'an HTML or XML page' : 'text that is not JSON (truncated?)'
  }
  if (typeof v === 'object') return 'an object'
  return `a ${typeof v}`
}

const where = (at: string): string => (at === '' ? 'the body' : `\`${at}\``)
const wrong = (at: string, v: unknown, wanted: string): string =>
  `${where(at)} is ${kindOf(v)}, expected ${wanted}`

export const str: Shape = (v, at) => (typeof v === 'string' ? undefined : wrong(at, v, 'a string'))
export const num: Shape = (v, at) =>
  typeof v === 'number' && Number.isFinite(v) ? undefined : wrong(at, v, 'a number')
export const bool: Shape = (v, at) =>
  typeof v === 'boolean' ? undefined : wrong(at, v, 'true or false')
/** Any JSON value (a field that must be present, whatever it holds). */
export const any: Shape = () => undefined

export function optional(s: Shape): Shape {
  const o: Shape = (v, at) => (v === undefined ? undefined : s(v, at))
  OPTIONAL.add(o)
  return o
}

/** `null` or undefined allowed. */
export function nullable(s: Shape): Shape {
  const o: Shape = (v, at) => (v === undefined || v === null ? undefined : s(v, at))
  OPTIONAL.add(o)
  return o
}

const OPTIONAL = new WeakSet<Shape>()

export function oneOf(values: readonly string[]): Shape {
  return (v, at) =>
    typeof v === 'string' && values.includes(v)
      ? undefined
      : typeof v === 'string'
        ? `${where(at)} is not one of ${values.join(', ')}`
        : wrong(at, v, `one of ${values.join(', ')}`)
}

export function list(item: Shape): Shape {
  return (v, at) => {
    if (!Array.isArray(v)) return wrong(at, v, 'a list')
    for (let i = 0; i < v.length; i++) {
      const p = item(v[i], `${at}[${i}]`)
      if (p) return p
    }
    return undefined
  }
}

/** An object with these fields; a field whose shape is not optional()/nullable() is required. */
export function obj(
  fields: Record<string, Shape>,
  check?: (o: Record<string, unknown>, at: string) => string | undefined
): Shape {
  return (v, at) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof ArrayBuffer)
      return wrong(at, v, 'an object')
    const o = v as Record<string, unknown>
    for (const [k, s] of Object.entries(fields)) {
      const value = Object.hasOwn(o, k) ? o[k] : undefined
      if (value === undefined && !OPTIONAL.has(s)) return `${where(`${at}.${k}`)} is missing`
      const p = s(value, `${at}.${k}`)
      if (p) return p
    }
    return check?.(o, at)
  }
}

/** The first problem of `value` against `shape`, or undefined. */
export function problemOf(value: unknown, shape: Shape): string | undefined {
  return shape(value, '')
}

/**
 * `data` as T when it has the shape; otherwise a {@link MalformedAnswerError} such as
 * "GET /repos/{owner}/{repo}/branches/{branch}/protection answered with a body that is not
 * branch protection (`.required_status_checks.contexts` is an object, expected a list)".
 */
export function expectShape<T>(data: unknown, shape: Shape, endpoint: string, what: string): T {
  const problem = shape(data, '')
  if (problem) throw new MalformedAnswerError(endpoint, what, problem)
  return data as T
}
