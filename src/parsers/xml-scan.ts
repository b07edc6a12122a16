import { SaxesParser } from 'saxes'
import { describeChar } from './decode-text.js'
import { lineColumn } from './json-error.js'

/**
 * XML well-formedness by saxes (strict, non-validating, no DTD processing), for report files.
 * saxes checks XML 1.0 (Fifth Edition): §2.1 document, §2.2 characters, §2.3 names, §2.4
 * character data, §2.5 comments, §2.6 processing instructions, §2.7 CDATA, §2.8 the XML
 * declaration, §3.1 tags and unique attributes, §3.3.3 attribute-value normalisation, §4.1
 * references. This module hands its elements to a handler as they come, keeping no tree (memory
 * is the text plus the open-element stack), stops at saxes' first error and words it for a
 * reader: where it is, which character, which element and the line it opened on. It checks on
 * its own only what saxes 6 lets through: a lone high surrogate (§2.2), a DOCTYPE without a space
 * after `<!DOCTYPE` (§2.8) and a processing-instruction target followed by "?" but not "?>" (§2.6).
 *
 * Safe by construction:
 * - a DOCTYPE (§2.8) is read past, never processed: saxes reads no external entity or DTD (it has
 *   no file or network access) and expands no declared entity, so a reference to anything but the
 *   five predefined entities (§4.6) is refused with a message naming it;
 * - XML 1.0 whatever the declaration's version says (§2.8: a 1.0 processor processes a 1.x
 *   document as 1.0);
 * - no recursion, and elements nested deeper than {@link MAX_XML_DEPTH} end the scan with an
 *   error at the first one too deep (the cost of a hostile nesting stops there);
 * - saxes keeps attributes and entities in prototype-less objects, so a name like `__proto__` or
 *   `constructor` is just a name;
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

/**
 * The deepest element nesting a report may have (the root is depth 1). Real JUnit files nest
 * suites a few levels deep (vitest and jest-junit: 2, Surefire: 1–2, pytest: 2); a file nested
 * deeper is refused at the first element past the limit, so its cost stops there.
 */
export const MAX_XML_DEPTH = 256

/** Scans `text` (already decoded; a leading U+FEFF is skipped). Never throws on any input. */
export function scanXml(text: string, handler: XmlHandler): XmlScan {
  try {
    return new Scan(text, handler).run()
  } catch (e) {
    if (e instanceof Stop) return e.scan
    throw e
  }
}

/** Thrown from saxes' error handler: the first error ends the scan. */
class Stop extends Error {
  constructor(readonly scan: XmlScan) {
    super(scan.ok ? 'ok' : scan.message)
  }
}

/** §2.2 Char excludes surrogates; saxes 6 takes a lone high one for half of a pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const NOT_SPACE = /[^\x20\t\r\n]/g
const BARE_AMPERSAND = '"&" that starts no reference; write &amp; for a literal "&"'
const MALFORMED_DECLARATION =
  'malformed XML declaration; it must read like <?xml version="1.0" encoding="UTF-8"?>'
const CONCATENATED = ' (were two files concatenated?)'
/** What a reader may want to know beside some of saxes' messages. */
const HINTS = new Map([
  ['documents may contain only one root', CONCATENATED],
  ['an XML declaration must be at the start of the document', CONCATENATED],
  ['document must contain a root element', ' (is the file empty?)']
])

/** §2.2 Char. */
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

class Scan {
  private readonly parser = new SaxesParser({ defaultXMLVersion: '1.0', forceXMLVersion: true })
  /** The line of each open element's `<`, innermost last. */
  private readonly lines: number[] = []
  private tagLine = 0
  private rootSeen = false
  private doctypeLine: number | undefined
  /** Offset just past the last markup saxes reported: a failing reference started after it. */
  private mark: number
  private ending = false
  private textOn = false
  /** An end tag that names another element than the one it would close. */
  private mismatch: { at: number; name: string; open: string } | undefined

  constructor(
    private readonly text: string,
    private readonly handler: XmlHandler
  ) {
    this.mark = text.charCodeAt(0) === 0xfeff ? 1 : 0
    const p = this.parser
    const marked = (): void => {
      this.mark = p.position
    }
    p.on('error', (e) => {
      throw new Stop(this.error(e.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')))
    })
    p.on('xmldecl', marked)
    p.on('comment', marked)
    p.on('processinginstruction', ({ target }) => {
      // §2.6: the target ends with a space or "?>"; saxes 6 also lets "?" and more end it. The
      // processing instruction is the first markup since the last one saxes reported.
      const after = text.indexOf('<?', this.mark) + 2 + target.length
      if (text[after] === '?' && text[after + 1] !== '>') {
        this.stop(after, `"?" after <?${target}; expected a space or ?>`)
      }
      marked()
    })
    p.on('doctype', (body) => {
      // saxes counts line ends as XML does (§2.11) and hands them over as \n.
      this.doctypeLine = p.line - (body.match(/\n/g)?.length ?? 0)
      // §2.8 doctypedecl: '<!DOCTYPE' S Name …; saxes skips the declaration unread.
      if (!/^[\x20\t\n]/.test(body)) {
        this.stop(text.indexOf('<!DOCTYPE', this.mark) + 9, 'expected a space after <!DOCTYPE')
      }
      // §3.3.2: even a non-validating processor applies attribute defaults an internal DTD
      // declares (`<!ATTLIST testsuite failures CDATA "1">`); gonogo reads no DTD, so a file
      // whose meaning depends on one is refused rather than read differently from other tools.
      if (/<!ATTLIST\b/.test(body)) {
        throw new Stop(
          this.result(
            text.indexOf('<!DOCTYPE', this.mark),
            'its DOCTYPE declares attribute defaults (<!ATTLIST>) that XML readers apply; gonogo reads no DTD, so the file is refused: remove the DOCTYPE',
            true
          )
        )
      }
      marked()
    })
    p.on('opentagstart', () => {
      // Names hold no line end; only the character that ended the name may have been one.
      this.tagLine = p.column === 0 ? p.line - 1 : p.line
      marked()
    })
    p.on('opentag', (tag) => {
      marked()
      if (this.lines.length >= MAX_XML_DEPTH) {
        const lt = text.lastIndexOf('<', p.position - 1)
        throw new Stop(
          this.result(
            lt,
            `elements nested more than ${MAX_XML_DEPTH} deep (<${tag.name.slice(0, 40)}>); a test report nests a few levels: check the tool that wrote it`,
            true
          )
        )
      }
      this.rootSeen = true
      this.lines.push(this.tagLine)
      handler.open(tag.name, new Map(Object.entries(tag.attributes)), this.tagLine)
      this.syncText()
    })
    p.on('closetag', (tag) => {
      marked()
      if (!tag.isSelfClosing) {
        // saxes reports an end tag that names another element only after this event.
        const at = text.lastIndexOf('</', p.position - 1)
        const name = text.slice(at + 2, p.position - 1).replace(/[\x20\t\r\n]+$/, '')
        if (name !== tag.name) {
          this.mismatch = { at, name, open: tag.name }
          return
        }
      }
      this.lines.pop()
      handler.close(tag.name)
      this.syncText()
    })
    p.on('cdata', (data) => {
      marked()
      if (this.lines.length > 0 && handler.wantsText()) handler.text(data.slice(0, MAX_TEXT_CHUNK))
      this.syncText()
    })
  }

  run(): XmlScan {
    const t = this.text
    // String.prototype.isWellFormed (ES2024) finds lone surrogates natively, where there is one.
    const wellFormed = (t as { isWellFormed?: () => boolean }).isWellFormed?.call(t)
    const lone = wellFormed === true ? null : LONE_SURROGATE.exec(t)
    if (lone) {
      this.parser.write(t.slice(0, lone.index))
      const cp = t.charCodeAt(lone.index)
      return this.result(lone.index, `${describeChar(cp)} is not allowed in XML`)
    }
    this.parser.write(t)
    this.ending = true
    this.parser.close()
    return { ok: true, doctype: this.doctypeLine !== undefined }
  }

  private readonly onText = (chunk: string): void => {
    if (this.lines.length > 0 && this.handler.wantsText()) {
      this.handler.text(chunk.slice(0, MAX_TEXT_CHUNK))
    }
    this.syncText()
  }

  /** Lets saxes gather character data only while the handler wants it. */
  private syncText(): void {
    const on = this.lines.length > 0 && this.handler.wantsText()
    if (on === this.textOn) return
    this.textOn = on
    if (on) this.parser.on('text', this.onText)
    else this.parser.off('text')
  }

  private stop(offset: number, message: string): never {
    throw new Stop(this.result(offset, message))
  }

  private result(offset: number, message: string, refused = false): XmlScan {
    // Line ends count as XML counts them (§2.11: CR LF, CR, LF), as saxes counts them.
    const before = this.text.slice(0, offset).replace(/\r\n?/g, '\n')
    const { line, column } = lineColumn(before, before.length)
    return { ok: false, line, column, message, refused }
  }

  private describeAt(offset: number): string {
    const cp = this.text.codePointAt(offset)
    return cp === undefined ? 'the end of the file' : describeChar(cp)
  }

  /** saxes' first error (its message without position), located and worded for a reader. */
  private error(message: string): XmlScan {
    const t = this.text
    // Where saxes is: past the end, or on the character it just read (a CR LF read as one).
    let at = this.ending ? t.length : Math.max(0, this.parser.position - 1)
    if (t[at] === '\n' && t[at - 1] === '\r') at--

    // A reference (§4.1) runs from "&" to ";" in character data or an attribute value, after
    // the last markup, and holds no ";"; saxes reports it at its ";" or at the end of the text.
    if (t[at] === ';' && message.includes('entity')) {
      const amp = t.indexOf('&', Math.max(this.mark, t.lastIndexOf(';', at - 1) + 1))
      return this.reference(amp, t.slice(amp, at + 1), message)
    }
    if (this.ending) {
      const amp = t.indexOf('&', Math.max(this.mark, t.lastIndexOf(';') + 1))
      if (amp >= 0 && !t.slice(this.mark, amp).includes('<')) {
        return this.result(amp, BARE_AMPERSAND)
      }
    }

    if (message.startsWith('unclosed tag')) {
      const name = message.slice(message.indexOf(':') + 2)
      const line = this.lines[this.lines.length - 1] ?? 0
      return this.result(
        at,
        `<${name}> opened on line ${line} is never closed (is the file cut short?)`
      )
    }
    if (message === 'unexpected close tag' && this.mismatch) {
      const { at: lt, name, open } = this.mismatch
      const line = this.lines[this.lines.length - 1] ?? 0
      return this.result(
        lt,
        `closing tag '${name}' does not close <${open}> opened on line ${line}`
      )
    }
    if (message === 'inappropriately located doctype declaration') {
      const lt = at - '<!DOCTYP'.length
      return this.rootSeen || this.doctypeLine === undefined
        ? this.result(lt, 'DOCTYPE inside or after the root element')
        : this.result(lt, `a second DOCTYPE (the first is on line ${this.doctypeLine})`)
    }
    if (message === 'text data outside of root node') {
      NOT_SPACE.lastIndex = this.mark
      const first = NOT_SPACE.exec(t)?.index ?? at
      if (t[first] !== '<') {
        const where = this.rootSeen
          ? 'after the end of the root element'
          : 'before the root element'
        return this.result(first, `${this.describeAt(first)} ${where}; only markup may stand there`)
      }
    }
    if (message.startsWith('disallowed character')) {
      const cp = t.codePointAt(at) ?? 0
      if (!isXmlChar(cp)) {
        return this.result(
          at,
          `${describeChar(cp)}${cp < 0x20 ? BINARY_HINT : ' is not allowed in XML'}`
        )
      }
      if (t[at - 1] === '<' && message.includes('tag name')) {
        return this.result(
          at,
          `"<" followed by ${describeChar(cp)}, not an element name; write &lt; for a literal "<"`
        )
      }
      if (cp === 0x3c && message === 'disallowed character') {
        return this.result(at, '"<" inside an attribute value; write &lt;')
      }
      return this.result(at, `${message}: ${describeChar(cp)}`)
    }
    if (/^(?:expected (?:one of|the name)|did not expect any more)/.test(message)) {
      // saxes 6 words an unexpected name in the XML declaration by the wrong count.
      return this.result(at, MALFORMED_DECLARATION)
    }
    return this.result(at, message + (HINTS.get(message) ?? ''))
  }

  /** saxes refused the reference `ref` (from "&" to ";") at `amp`. */
  private reference(amp: number, ref: string, message: string): XmlScan {
    if (message.startsWith('undefined entity')) {
      if (this.doctypeLine !== undefined) {
        return this.result(
          amp,
          `entity reference ${ref} needs the DOCTYPE on line ${this.doctypeLine}, which gonogo never reads (external entities are never fetched, none are expanded); write the report without a DOCTYPE`,
          true
        )
      }
      return this.result(
        amp,
        `undeclared entity ${ref} (XML predefines only &amp; &lt; &gt; &apos; &quot;); write the character itself or a character reference`
      )
    }
    const number = /^&#(?:([0-9]+)|x([0-9a-fA-F]+));$/.exec(ref)
    if (number) {
      const [, dec, hexa] = number
      const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hexa ?? '', 16)
      const named = cp <= 0x10ffff ? describeChar(cp) : 'no Unicode character'
      return this.result(amp, `character reference ${ref} names ${named}, which XML does not allow`)
    }
    return this.result(amp, BARE_AMPERSAND)
  }
}
