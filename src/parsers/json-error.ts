/**
 * Parses JSON; on failure says where, as "line L, column C". The engine's message does not
 * always carry a position (V8: `Unexpected token '}', ..."x": } is not valid JSON`), so the
 * offset of the first error is found by a small scanner that follows the JSON grammar. Pure.
 */
export function parseJsonAt(
  text: string
): { ok: true; value: unknown } | { ok: false; message: string; line?: number } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (e) {
    const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? ''
    const pos = /position (\d+)/.exec(msg)
    const offset = pos ? Number(pos[1]) : firstErrorOffset(text)
    if (offset === undefined) return { ok: false, message: `not valid JSON (${msg.slice(0, 160)})` }
    const where = lineColumn(text, offset)
    const short = /^(.*?)(,\s*"\.\.\.|\s*"|$)/.exec(msg)?.[1] ?? msg
    return {
      ok: false,
      message: `not valid JSON at line ${where.line}, column ${where.column} (${short.slice(0, 160)})`,
      line: where.line
    }
  }
}

class Stop extends Error {
  constructor(readonly at: number) {
    super(`JSON error at ${at}`)
  }
}

/** Offset of the first character that breaks the JSON grammar, or undefined if none does. */
export function firstErrorOffset(text: string): number | undefined {
  let i = 0
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++
  }
  const fail = (): never => {
    throw new Stop(Math.min(i, text.length))
  }
  const lit = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length
    else fail()
  }
  const str = (): void => {
    if (text[i] !== '"') fail()
    i++
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i)
      if (c < 0x20) fail()
      if (text[i] === '\\') {
        i++
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail()
          i += 4
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail()
      }
      i++
    }
    if (i >= text.length) fail()
    i++
  }
  const num = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!m || m[0] === '' || m[0] === '-') fail()
    i += (m as RegExpExecArray)[0].length
  }
  const value = (depth: number): void => {
    if (depth > 2000) fail()
    ws()
    const c = text[i]
    if (c === '{') {
      i++
      ws()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        ws()
        str()
        ws()
        if (text[i] !== ':') fail()
        i++
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return
        }
        fail()
      }
    } else if (c === '[') {
      i++
      ws()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return
        }
        fail()
      }
    } else if (c === '"') str()
    else if (c === 't') lit('true')
    else if (c === 'f') lit('false')
    else if (c === 'n') lit('null')
    else num()
  }
  try {
    value(0)
    ws()
    if (i < text.length) fail()
    return undefined
  } catch (e) {
    if (e instanceof Stop) return e.at
    return undefined
  }
}

/** Line and column of a character offset, 1-based. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let last = -1
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      last = i
    }
  }
  return { line, column: offset - last }
}

/**
 * The deepest nesting of arrays and objects a JSON file gonogo reads may have (the outermost value
 * is depth 1). SARIF 2.1.0 logs nest about 12 levels, gonogo's and the older scripts' reports
 * fewer than 10, bundle manifests and promotion records 4; property bags may add a few.
 */
export const MAX_JSON_DEPTH = 256

/**
 * Where JSON text nests arrays and objects deeper than `max`, before anything parses it: a linear
 * scan that skips strings (escapes included) and counts brackets, so a hostile nesting costs one
 * pass and no stack. Brackets that do not balance are left to the parser to report.
 *
 * @returns the offset of the first bracket too deep and its line/column, or undefined
 */
export function jsonTooDeep(
  text: string,
  max = MAX_JSON_DEPTH
): { offset: number; line: number; column: number } | undefined {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
      continue
    }
    if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return { offset: i, ...lineColumn(text, i) }
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return undefined
}

/**
 * Parses JSON text of bounded depth ({@link jsonTooDeep}) into a value, or says why not in words
 * for a message ("nested deeper than 256 levels at line 3, column 9", "not valid JSON at …").
 * Never throws.
 */
export function parseBoundedJson(
  text: string,
  max = MAX_JSON_DEPTH
): { ok: true; value: unknown } | { ok: false; message: string } {
  const deep = Number.isFinite(max) ? jsonTooDeep(text, max) : undefined
  if (deep) {
    return {
      ok: false,
      message: `arrays and objects nested deeper than ${max} levels at line ${deep.line}, column ${deep.column}; no report nests that deep, check the tool that wrote it`
    }
  }
  const parsed = parseJsonAt(text)
  return parsed.ok ? parsed : { ok: false, message: parsed.message }
}

/**
 * The first key written twice in one object of valid JSON text, with its position. RFC 8259 §4
 * says names "SHOULD be unique" and leaves duplicates to the reader: JavaScript keeps the last,
 * other readers the first or refuse, so `{"status":"failed","status":"passed"}` would mean
 * different things to different tools; a report must not. Keys are compared decoded (`"a"` and
 * `"\u0061"` are one key). One linear pass with an explicit stack (no recursion).
 *
 * @param text JSON text that already parsed
 * @param value what `JSON.parse(text)` returned, when the caller has it: then text whose key count
 *   equals the value's property count is answered without the keyed pass (duplicates collapse, so
 *   equal counts mean none); any difference falls through to the pass that finds the position
 * @returns the key and its line/column, or undefined when every key is unique in its object
 */
export function jsonDuplicateKey(
  text: string,
  value?: unknown
): { key: string; line: number; column: number } | undefined {
  // Fast path: a parsed object keeps one property per distinct key, so when the text holds as
  // many keys as the parsed value has properties, no key repeats and no position is needed.
  if (value !== undefined && keyTokens(text) === ownKeys(value)) return undefined
  // One frame per open object or array: the keys seen (objects), whether a key comes next.
  const stack: { keys: Set<string> | undefined; expectKey: boolean }[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      const start = i
      let escaped = false
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i)
        if (d === 0x5c) {
          escaped = true
          i++
        } else if (d === 0x22) break
      }
      const top = stack[stack.length - 1]
      if (top?.keys && top.expectKey) {
        top.expectKey = false
        // Only a key with an escape needs decoding to compare (`"\u0061"` is `"a"`).
        const key = escaped
          ? (JSON.parse(text.slice(start, i + 1)) as string)
          : text.slice(start + 1, i)
        if (top.keys.has(key)) return { key, ...lineColumn(text, start) }
        top.keys.add(key)
      }
    } else if (c === 0x7b) stack.push({ keys: new Set(), expectKey: true })
    else if (c === 0x5b) stack.push({ keys: undefined, expectKey: false })
    else if (c === 0x7d || c === 0x5d) stack.pop()
    else if (c === 0x2c) {
      const top = stack[stack.length - 1]
      if (top?.keys) top.expectKey = true
    }
  }
  return undefined
}

/** How many strings in valid JSON text are keys (a string followed by `:`); natively searched. */
function keyTokens(text: string): number {
  let n = 0
  let i = text.indexOf('"')
  while (i !== -1) {
    let j = text.indexOf('"', i + 1)
    while (j !== -1 && escapedAt(text, j)) j = text.indexOf('"', j + 1)
    if (j === -1) return n
    let k = j + 1
    for (let c = text.charCodeAt(k); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;) {
      c = text.charCodeAt(++k)
    }
    if (text.charCodeAt(k) === 0x3a) n++
    i = text.indexOf('"', k)
  }
  return n
}

/** Whether the character at `at` follows an odd number of backslashes. */
function escapedAt(text: string, at: number): boolean {
  let back = 0
  while (text.charCodeAt(at - 1 - back) === 0x5c) back++
  return back % 2 === 1
}

/** Properties of every object in a parsed JSON value; iterative, any depth. */
function ownKeys(value: unknown): number {
  let n = 0
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (typeof v !== 'object' || v === null) continue
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) stack.push(x)
    } else {
      for (const k in v) {
        n++
        const x = (v as Record<string, unknown>)[k]
        if (typeof x === 'object' && x !== null) stack.push(x)
      }
    }
  }
  return n
}
