import { describeChar } from '../io/decode-text.js'
import { lineColumn } from './json-error.js'

/**
 * A small, strict, non-validating XML 1.0 (Fifth Edition) scanner for report files: it checks
 * well-formedness (§2.1 document, §2.2 characters, §2.3 names, §2.4 character data, §2.5
 * comments, §2.6 processing instructions, §2.7 CDATA, §2.8 the XML declaration, §3.1 tags and
 * unique attributes, §3.3.3 attribute-value normalisation, §4.1 references) and hands elements to
 * a handler as it meets them, keeping no tree: memory is the text plus the open-element stack.
 *
 * Safe by construction:
 * - a DOCTYPE (§2.8) is skipped, never processed: no external entity or DTD is ever read (no file,
 *   no network) and no internal entity is expanded, so a reference to anything but the five
 *   predefined entities (§4.6) is refused with a message naming it;
 * - no recursion (an element nested a million deep costs an array entry, not a stack frame);
 * - element and attribute names are strings in arrays and `Map`s, never object keys, so a name
 *   like `__proto__` or `constructor` is just a name;
 * - every scan is linear in the text.
 *
 * Errors are results, not exceptions; only a handler's own exception propagates.
 */
export interface XmlHandler {
  /**
   * A start tag (an empty-element tag too, followed by {@link close}).
   * @param name the element name as written (prefix included)
   * @param attributes values with references resolved and whitespace normalised (§3.3.3)
   * @param line 1-based line of its `<`
   */
  open(name: string, attributes: ReadonlyMap<string, string>, line: number): void
  close(name: string): void
  /** Whether the handler wants the character data that follows (unwanted text is not decoded). */
  wantsText(): boolean
  /** Character data or CDATA inside the root, references resolved, line ends as `\n`; at most {@link MAX_TEXT_CHUNK} characters of each run. */
  text(chunk: string): void
}

export type XmlScan =
  | { ok: true; doctype: boolean }
  | {
      ok: false
      line: number
      column: number
      message: string
      /** Well-formed as far as XML goes, but refused (an entity only a DOCTYPE could declare). */
      refused: boolean
    }

/** Ends the message about a control character (other than tab and line ends) in the text. */
export const BINARY_HINT = ' is not allowed in XML (binary data?)'

/** The longest run of character data handed to {@link XmlHandler.text}, in UTF-16 code units. */
export const MAX_TEXT_CHUNK = 4096

/** Scans `text` (already decoded; a leading U+FEFF is skipped). Never throws on any input. */
export function scanXml(text: string, handler: XmlHandler): XmlScan {
  const scanner = new Scanner(text, handler)
  try {
    scanner.document()
    return { ok: true, doctype: scanner.doctype !== undefined }
  } catch (e) {
    if (!(e instanceof XmlError)) throw e
    const { line, column } = lineColumn(text, e.offset)
    return { ok: false, line, column, message: e.message, refused: e.refused }
  }
}

class XmlError extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly refused = false
  ) {
    super(message)
  }
}

const NAME_START =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}'
const NAME_REST = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`
const NAME = `[${NAME_START}][${NAME_REST}]*`
// The ranges of §2.3 include combining marks (U+0300–U+036F) on purpose.
// eslint-disable-next-line no-misleading-character-class
const NAME_AT = new RegExp(NAME, 'uy')
// eslint-disable-next-line no-misleading-character-class
const REFERENCE_AT = new RegExp(`&(?:#([0-9]+)|#x([0-9a-fA-F]+)|(${NAME}));`, 'uy')
/**
 * §2.2 Char: anything else anywhere in the document is a fatal error. Split in two for speed: the
 * code units that are never allowed, and surrogates that do not pair (a lone one).
 */
// eslint-disable-next-line no-control-regex -- these are the characters §2.2 forbids
const NOT_CHAR_UNIT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const XML_DECL =
  /^<\?xml[\x20\t\r\n]+version[\x20\t\r\n]*=[\x20\t\r\n]*("1\.[0-9]+"|'1\.[0-9]+')(?:[\x20\t\r\n]+encoding[\x20\t\r\n]*=[\x20\t\r\n]*("[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[\x20\t\r\n]+standalone[\x20\t\r\n]*=[\x20\t\r\n]*("(?:yes|no)"|'(?:yes|no)'))?[\x20\t\r\n]*\?>/
const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['apos', "'"],
  ['quot', '"']
])

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0d ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  )
}

function charAt(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file'
  return describeChar(text.codePointAt(i) ?? 0)
}

class Scanner {
  doctype: number | undefined
  private stack: string[] = []
  private opened: number[] = []
  /** Offset of the first line feed not yet counted (-2: not looked for yet, -1: none left). */
  private nextNewline = -2
  private lineNumber = 1

  constructor(
    private readonly text: string,
    private readonly handler: XmlHandler
  ) {}

  document(): void {
    const t = this.text
    // String.prototype.isWellFormed (ES2024) finds lone surrogates natively, where there is one.
    const wellFormed = (t as { isWellFormed?: () => boolean }).isWellFormed?.call(t)
    const bad = NOT_CHAR_UNIT.exec(t) ?? (wellFormed === true ? null : LONE_SURROGATE.exec(t))
    if (bad) {
      const cp = t.codePointAt(bad.index) ?? 0
      const binary = cp < 0x20 ? BINARY_HINT : ''
      throw new XmlError(bad.index, `${describeChar(cp)}${binary || ' is not allowed in XML'}`)
    }
    let i = t.charCodeAt(0) === 0xfeff ? 1 : 0
    if (t.startsWith('<?xml', i) && (isSpace(t.charCodeAt(i + 5)) || t[i + 5] === '?')) {
      const m = XML_DECL.exec(t.slice(i, i + 512))
      if (!m) {
        throw new XmlError(
          i,
          'malformed XML declaration; it must read like <?xml version="1.0" encoding="UTF-8"?>'
        )
      }
      i += m[0].length
    }
    let seenRoot = false
    const n = t.length
    while (i < n) {
      const lt = t.indexOf('<', i)
      const end = lt < 0 ? n : lt
      if (end > i) {
        if (this.stack.length > 0) this.charData(i, end)
        else {
          for (let k = i; k < end; k++) {
            if (!isSpace(t.charCodeAt(k))) {
              throw new XmlError(
                k,
                `${charAt(t, k)} ${seenRoot ? 'after the end of the root element' : 'before the root element'}; only markup may stand there`
              )
            }
          }
        }
      }
      if (lt < 0) break
      i = lt
      const next = t.charCodeAt(i + 1)
      if (next === 0x2f /* / */) i = this.endTag(i)
      else if (next === 0x3f /* ? */) i = this.processingInstruction(i)
      else if (t.startsWith('<!--', i)) i = this.comment(i)
      else if (t.startsWith('<![CDATA[', i)) {
        if (this.stack.length === 0) throw new XmlError(i, 'CDATA section outside the root element')
        const close = t.indexOf(']]>', i + 9)
        if (close < 0) throw new XmlError(i, 'CDATA section is never closed with ]]>')
        if (this.handler.wantsText()) {
          this.handler.text(
            t.slice(i + 9, Math.min(close, i + 9 + MAX_TEXT_CHUNK)).replace(/\r\n?/g, '\n')
          )
        }
        i = close + 3
      } else if (t.startsWith('<!DOCTYPE', i)) {
        if (seenRoot) throw new XmlError(i, 'DOCTYPE inside or after the root element')
        if (this.doctype !== undefined) {
          const first = lineColumn(t, this.doctype).line
          throw new XmlError(i, `a second DOCTYPE (the first is on line ${first})`)
        }
        this.doctype = i
        i = this.skipDoctype(i)
      } else if (next === 0x21 /* ! */) {
        throw new XmlError(i, `"<!" that starts no comment, CDATA section or DOCTYPE`)
      } else {
        if (seenRoot && this.stack.length === 0) {
          throw new XmlError(
            i,
            'a second root element; an XML document has exactly one (were two files concatenated?)'
          )
        }
        seenRoot = true
        i = this.startTag(i)
      }
    }
    if (this.stack.length > 0) {
      const name = this.stack[this.stack.length - 1] ?? ''
      const at = lineColumn(t, this.opened[this.opened.length - 1] ?? 0).line
      throw new XmlError(
        n,
        `<${name}> opened on line ${at} is never closed (is the file cut short?)`
      )
    }
    if (!seenRoot) throw new XmlError(n, 'no root element (is the file empty?)')
  }

  /** 1-based line of `offset`; offsets asked for only grow, so the whole scan stays linear. */
  private lineOf(offset: number): number {
    const t = this.text
    if (this.nextNewline === -2) this.nextNewline = t.indexOf('\n')
    while (this.nextNewline >= 0 && this.nextNewline < offset) {
      this.lineNumber++
      this.nextNewline = t.indexOf('\n', this.nextNewline + 1)
    }
    return this.lineNumber
  }

  private name(at: number, what: string): string {
    NAME_AT.lastIndex = at
    const m = NAME_AT.exec(this.text)
    if (!m) throw new XmlError(at, `${charAt(this.text, at)} where ${what} should start`)
    return m[0]
  }

  private skipSpace(i: number): number {
    while (isSpace(this.text.charCodeAt(i))) i++
    return i
  }

  private startTag(lt: number): number {
    const t = this.text
    NAME_AT.lastIndex = lt + 1
    const name = NAME_AT.exec(t)?.[0]
    if (name === undefined) {
      throw new XmlError(
        lt + 1,
        `"<" followed by ${charAt(t, lt + 1)}, not an element name; write &lt; for a literal "<"`
      )
    }
    let i = lt + 1 + name.length
    const attributes = new Map<string, string>()
    for (;;) {
      const afterSpace = this.skipSpace(i)
      const c = t.charCodeAt(afterSpace)
      if (c === 0x3e /* > */ || (c === 0x2f && t.charCodeAt(afterSpace + 1) === 0x3e)) {
        this.handler.open(name, attributes, this.lineOf(lt))
        if (c === 0x3e) {
          this.stack.push(name)
          this.opened.push(lt)
          return afterSpace + 1
        }
        this.handler.close(name)
        return afterSpace + 2
      }
      if (afterSpace >= t.length) throw new XmlError(lt, `<${name} is never closed with ">"`)
      if (afterSpace === i) {
        throw new XmlError(i, `${charAt(t, i)} in the tag <${name}>; expected a space, ">" or "/>"`)
      }
      const attr = this.name(afterSpace, `an attribute name in <${name}>`)
      i = this.skipSpace(afterSpace + attr.length)
      if (t[i] !== '=') throw new XmlError(i, `attribute ${attr} of <${name}> has no "=" value`)
      i = this.skipSpace(i + 1)
      const quote = t[i]
      if (quote !== '"' && quote !== "'") {
        throw new XmlError(i, `the value of attribute ${attr} of <${name}> is not in quotes`)
      }
      const close = t.indexOf(quote, i + 1)
      if (close < 0) throw new XmlError(i, `the value of attribute ${attr} is never closed`)
      if (attributes.has(attr)) {
        throw new XmlError(afterSpace, `attribute ${attr} appears twice in <${name}>`)
      }
      attributes.set(attr, this.attributeValue(i + 1, close))
      i = close + 1
    }
  }

  /** §3.3.3: references resolved, each literal whitespace character a space. */
  private attributeValue(from: number, to: number): string {
    const t = this.text
    let out = ''
    let piece = from
    for (let k = from; k < to; k++) {
      const c = t.charCodeAt(k)
      if (c === 0x3c /* < */) throw new XmlError(k, '"<" inside an attribute value; write &lt;')
      if (c === 0x26 /* & */) {
        const ref = this.reference(k, to)
        out += t.slice(piece, k) + ref.value
        k = ref.end - 1
        piece = ref.end
      } else if (c === 0x0d && t.charCodeAt(k + 1) === 0x0a) {
        out += `${t.slice(piece, k)} `
        k++
        piece = k + 1
      } else if (c === 0x09 || c === 0x0a || c === 0x0d) {
        out += `${t.slice(piece, k)} `
        piece = k + 1
      }
    }
    return out + t.slice(piece, to)
  }

  private reference(at: number, limit: number): { value: string; end: number } {
    const t = this.text
    REFERENCE_AT.lastIndex = at
    const m = REFERENCE_AT.exec(t)
    const end = m ? at + m[0].length : -1
    if (!m || end > limit) {
      throw new XmlError(at, '"&" that starts no reference; write &amp; for a literal "&"')
    }
    const [whole, dec, hexa, entity] = m
    if (entity !== undefined) {
      const value = PREDEFINED.get(entity)
      if (value !== undefined) return { value, end }
      if (this.doctype !== undefined) {
        const line = lineColumn(t, this.doctype).line
        throw new XmlError(
          at,
          `entity reference &${entity}; needs the DOCTYPE on line ${line}, which gonogo never reads (external entities are never fetched, none are expanded); write the report without a DOCTYPE`,
          true
        )
      }
      throw new XmlError(
        at,
        `undeclared entity &${entity}; (XML predefines only &amp; &lt; &gt; &apos; &quot;); write the character itself or a character reference`
      )
    }
    const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hexa ?? '', 16)
    if (!isXmlChar(cp)) {
      const named = cp <= 0x10ffff ? describeChar(cp) : 'no Unicode character'
      throw new XmlError(
        at,
        `character reference ${whole} names ${named}, which XML does not allow`
      )
    }
    return { value: String.fromCodePoint(cp), end }
  }

  private charData(from: number, to: number): void {
    const t = this.text
    const want = this.handler.wantsText()
    let out = ''
    let piece = from
    for (let k = from; k < to; k++) {
      const c = t.charCodeAt(k)
      if (c === 0x26 /* & */) {
        const ref = this.reference(k, to)
        if (want && out.length < MAX_TEXT_CHUNK) {
          out += t.slice(piece, Math.min(k, piece + MAX_TEXT_CHUNK)) + ref.value
        }
        k = ref.end - 1
        piece = ref.end
      } else if (
        c === 0x5d /* ] */ &&
        t.charCodeAt(k + 1) === 0x5d &&
        t.charCodeAt(k + 2) === 0x3e
      ) {
        throw new XmlError(k, '"]]>" in character data; write ]]&gt;')
      }
    }
    if (want) {
      out += t.slice(piece, Math.min(to, piece + MAX_TEXT_CHUNK))
      this.handler.text(out.slice(0, MAX_TEXT_CHUNK).replace(/\r\n?/g, '\n'))
    }
  }

  private endTag(lt: number): number {
    const t = this.text
    const name = this.name(lt + 2, 'the name in an end tag')
    const i = this.skipSpace(lt + 2 + name.length)
    if (t[i] !== '>')
      throw new XmlError(i, `${charAt(t, i)} in the end tag </${name}>; expected ">"`)
    const open = this.stack[this.stack.length - 1]
    if (open === undefined) throw new XmlError(lt, `</${name}> closes no open element`)
    if (open !== name) {
      const at = lineColumn(t, this.opened[this.opened.length - 1] ?? 0).line
      throw new XmlError(lt, `closing tag '${name}' does not close <${open}> opened on line ${at}`)
    }
    this.stack.pop()
    this.opened.pop()
    this.handler.close(name)
    return i + 1
  }

  private processingInstruction(lt: number): number {
    const t = this.text
    const target = this.name(lt + 2, 'a processing-instruction target')
    if (target.toLowerCase() === 'xml') {
      throw new XmlError(
        lt,
        'an XML declaration is allowed only at the very start of the file (were two files concatenated?)'
      )
    }
    const after = lt + 2 + target.length
    const close = t.indexOf('?>', after)
    if (close < 0)
      throw new XmlError(lt, `processing instruction <?${target} is never closed with ?>`)
    if (close !== after && !isSpace(t.charCodeAt(after))) {
      throw new XmlError(after, `${charAt(t, after)} after <?${target}; expected a space or ?>`)
    }
    return close + 2
  }

  private comment(lt: number): number {
    const t = this.text
    const dashes = t.indexOf('--', lt + 4)
    if (dashes < 0) throw new XmlError(lt, 'comment is never closed with -->')
    if (t[dashes + 2] !== '>') throw new XmlError(dashes, '"--" inside a comment')
    return dashes + 3
  }

  /** §2.8 doctypedecl, skipped: quoted literals, comments and PIs in the internal subset included. */
  private skipDoctype(lt: number): number {
    const t = this.text
    const unclosed = (): XmlError => new XmlError(lt, 'DOCTYPE is never closed with ">"')
    let i = lt + 9
    if (!isSpace(t.charCodeAt(i))) throw new XmlError(i, 'expected a space after <!DOCTYPE')
    const skipQuoted = (at: number): number => {
      const close = t.indexOf(t[at] ?? '"', at + 1)
      if (close < 0) throw unclosed()
      return close + 1
    }
    while (i < t.length) {
      const c = t[i]
      if (c === '"' || c === "'") i = skipQuoted(i)
      else if (c === '>') return i + 1
      else if (c === '[') {
        i++
        for (;;) {
          if (i >= t.length) throw unclosed()
          const d = t[i]
          if (d === ']') {
            i++
            break
          }
          if (d === '"' || d === "'") i = skipQuoted(i)
          else if (t.startsWith('<!--', i)) i = this.comment(i)
          else if (t.startsWith('<?', i)) {
            const close = t.indexOf('?>', i + 2)
            if (close < 0) throw unclosed()
            i = close + 2
          } else i++
        }
      } else i++
    }
    throw unclosed()
  }
}
