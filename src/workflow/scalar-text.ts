/**
 * The text a step receives from a YAML scalar, recovered from how the scalar is written, with
 * the line of the workflow file each of its lines comes from; and the `${{ }}` expressions in
 * it, found by GitHub's grammar.
 *
 * GitHub's parser (`@actions/workflow-parser`) hands back, for a multi-line scalar holding
 * `${{ }}`, its source lines as written (indentation, quotes and all) rather than its value; the
 * runner substitutes the expressions into the value. This module reads that source the way YAML
 * 1.2 does (chapter 8.1 block scalars: indentation, chomping, folding; chapter 7.3 flow scalars:
 * escapes and line folding), keeping which source line each value line starts on. Pure.
 */

/** A scalar's text and, for each of its lines, the 0-based source line it starts on. */
export interface ScalarText {
  text: string
  /** `sourceLines[k]`: source line (0-based, from the first source line) of text line k. */
  sourceLines: number[]
}

/**
 * The value of a block scalar (`|`, `>`, with chomping `-`/`+` and an optional indentation
 * digit) from its content lines as written (everything after the header line).
 *
 * @param source the lines after the header, as written in the file
 * @param header the block header, e.g. `|`, `>-`, `|2+`
 * @param parentIndent the indentation of the mapping that holds the scalar (for a digit)
 */
export function blockScalarText(source: string, header: string, parentIndent = 0): ScalarText {
  const folded = header.startsWith('>')
  const chomp = header.includes('-') ? 'strip' : header.includes('+') ? 'keep' : 'clip'
  const digit = /[1-9]/.exec(header)?.[0]
  const raw = source.split('\n')
  // A trailing newline ends the last line; it does not start another.
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop()
  let indent: number
  if (digit !== undefined) indent = parentIndent + Number(digit)
  else {
    const first = raw.find((l) => l.trim() !== '')
    indent = first === undefined ? 0 : first.length - first.trimStart().length
  }
  const lines = raw.map((l) => (l.length >= indent ? l.slice(indent) : l.trim() === '' ? '' : l))
  // Trailing empty lines belong to chomping, not to the content.
  let last = lines.length
  while (last > 0 && (lines[last - 1] as string) === '') last--
  const content = lines.slice(0, last)
  const trailing = lines.length - last
  const out: string[] = []
  const from: number[] = []
  if (!folded) {
    content.forEach((l, i) => {
      out.push(l)
      from.push(i)
    })
  } else {
    foldBlock(content, out, from)
  }
  let text = out.join('\n')
  if (content.length > 0) {
    if (chomp === 'clip') text += '\n'
    else if (chomp === 'keep') text += '\n'.repeat(1 + trailing)
  } else if (chomp === 'keep') text = '\n'.repeat(trailing)
  return { text, sourceLines: from.length > 0 ? from : [0] }
}

/**
 * Folding of `>` content (YAML 1.2 §8.1.3): a line break between two lines of text becomes a
 * space; empty lines between them stay as line breaks; lines starting with a space or tab
 * ("more indented") keep their breaks.
 */
function foldBlock(lines: readonly string[], out: string[], from: number[]): void {
  let current: string | undefined
  let currentFrom = 0
  let prevMore = false
  let empties = 0
  lines.forEach((l, i) => {
    if (l === '') {
      empties++
      return
    }
    const more = l.startsWith(' ') || l.startsWith('\t')
    if (current === undefined) {
      for (let e = 0; e < empties; e++) {
        out.push('')
        from.push(i - empties + e)
      }
      current = l
      currentFrom = i
    } else if (empties === 0 && !more && !prevMore) {
      current += ` ${l}`
    } else {
      out.push(current)
      from.push(currentFrom)
      // Between two text lines the first break is folded away; around "more indented" lines
      // every break is kept.
      const kept = more || prevMore ? empties : Math.max(0, empties - 1)
      for (let e = 0; e < kept; e++) {
        out.push('')
        from.push(i - empties + e)
      }
      current = l
      currentFrom = i
    }
    prevMore = more
    empties = 0
  })
  if (current !== undefined) {
    out.push(current)
    from.push(currentFrom)
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029'
}

/**
 * The value of a flow scalar written over several lines (plain, `'single'` or `"double"`
 * quoted; YAML 1.2 §7.3): quotes and escapes resolved, each line break folded into a space,
 * empty lines kept as line breaks.
 *
 * @param source the scalar as written, from its first character (a quote, if quoted)
 */
export function flowScalarText(source: string): ScalarText {
  const q = source[0]
  const quoted = q === '"' || q === "'"
  let body = quoted ? source.slice(1) : source
  if (quoted && body.endsWith(q)) body = body.slice(0, -1)
  const raw = body.split('\n')
  const out: string[] = []
  const from: number[] = []
  let current = ''
  let currentFrom = 0
  let empties = 0
  let joinNext = false
  raw.forEach((line, i) => {
    let l = i === 0 ? line : line.trimStart()
    if (i < raw.length - 1) l = l.trimEnd()
    // `\` at the end of a double-quoted line joins the next line without a space.
    let escapedBreak = false
    if (q === '"' && /(^|[^\\])(\\\\)*\\$/.test(l)) {
      l = l.slice(0, -1)
      escapedBreak = true
    }
    const text = q === '"' ? unescapeDouble(l) : q === "'" ? l.replace(/''/g, "'") : l
    if (i === 0) {
      current = text
      currentFrom = 0
    } else if (l === '' && i < raw.length - 1) {
      empties++
      return
    } else if (empties > 0) {
      out.push(current)
      from.push(currentFrom)
      for (let e = 1; e < empties; e++) {
        out.push('')
        from.push(i - empties + e)
      }
      current = text
      currentFrom = i
    } else {
      current += joinNext ? text : ` ${text}`
    }
    empties = 0
    joinNext = escapedBreak
  })
  out.push(current)
  from.push(currentFrom)
  return { text: out.join('\n'), sourceLines: from }
}

function unescapeDouble(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (m, e: string) => {
    if (e.length > 1) {
      const cp = Number.parseInt(e.slice(1), 16)
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : m
    }
    return ESCAPES[e] ?? m
  })
}

/** One `${{ }}` in a text: its offsets (`end` after the closing `}}`) and the expression. */
export interface ExpressionSpan {
  start: number
  end: number
  /** The expression between `${{` and `}}`, trimmed. */
  expr: string
}

/**
 * The `${{ }}` expressions in a text, as GitHub finds them: from `${{` to the first `}}` that is
 * not inside a single-quoted string literal (`''` inside a literal is an escaped quote). An
 * unclosed `${{` ends the search (GitHub refuses such a value).
 */
export function expressionSpans(text: string): ExpressionSpan[] {
  const spans: ExpressionSpan[] = []
  let start = text.indexOf('${{')
  while (start >= 0) {
    let inString = false
    let end = -1
    for (let i = start + 3; i < text.length; i++) {
      const c = text[i]
      if (c === "'") inString = !inString
      else if (!inString && c === '}' && text[i - 1] === '}' && i - 1 >= start + 3) {
        end = i + 1
        break
      }
    }
    if (end < 0) break
    spans.push({ start, end, expr: text.slice(start + 3, end - 2).trim() })
    start = text.indexOf('${{', end)
  }
  return spans
}
