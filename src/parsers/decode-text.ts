import { describeChar, nameInvisibles } from '../core/visible-text.js'

/**
 * Bytes → text for the report files gonogo reads (JUnit XML, SARIF, JSON reports). Pure.
 *
 * XML, by XML 1.0 (Fifth Edition):
 * - §4.3.3 "Character Encoding in Entities": every processor must accept UTF-8 and UTF-16; a
 *   UTF-16 entity begins with the byte-order mark U+FEFF, a UTF-8 one may; an entity with neither
 *   a byte-order mark nor an encoding declaration is UTF-8; an encoding declaration that names
 *   another encoding than the entity's own is a fatal error (refused here, as expat does).
 * - Appendix F.1 "Detection Without External Encoding Information": the first bytes tell the
 *   family (`EF BB BF`, `FF FE`, `FE FF` byte-order marks; `3C 00 3F 00` / `00 3C 00 3F`, that is
 *   `<?` in UTF-16LE/BE without a byte-order mark; `3C 3F 78 6D`, `<?xm` in an ASCII-compatible
 *   encoding) and the encoding declaration names the encoding within it.
 *
 * JSON, by RFC 8259 §8.1: JSON text is UTF-8; a parser may ignore a leading byte-order mark. A
 * UTF-16 byte-order mark names its encoding as surely as in XML (Windows PowerShell 5.1's `>`
 * writes UTF-16LE with one), so such a file is decoded too.
 *
 * Decoding never guesses and never substitutes: a byte sequence that is not valid in the
 * encoding, an unsupported encoding (UTF-32, EBCDIC, legacy code pages other than ISO-8859-1 and
 * windows-1252) or a declaration that contradicts the bytes is refused with a message that says
 * where and what to do. No message shows an invisible character without naming it
 * ({@link describeChar}).
 */

/** How the decoded text is written: XML reads its declaration, JSON has none. */
export type TextSyntax = 'xml' | 'json'

export type TextEncoding =
  'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'US-ASCII' | 'ISO-8859-1' | 'windows-1252'

/** The decoded text (without its byte-order mark), or why the bytes are not text gonogo reads. */
export type Decoded =
  { ok: true; text: string; encoding: TextEncoding; bom: boolean } | { ok: false; message: string }

const SAVE_AS_UTF8 = 'save the report as UTF-8'

/**
 * Decodes a report file's bytes.
 *
 * @param bytes the whole file
 * @param syntax `xml` (byte-order mark, Appendix F detection, encoding declaration) or `json`
 *   (byte-order mark, else UTF-8)
 * @returns the text without its byte-order mark and the encoding used, or a refusal whose message
 *   (no file name; the caller adds it) says where the bytes go wrong and what to do
 */
export function decodeText(bytes: Uint8Array, syntax: TextSyntax): Decoded {
  const b = (i: number): number => bytes[i] ?? -1
  if (b(0) === 0x1f && b(1) === 0x8b)
    return refuse('gzip-compressed data, not text; decompress it before the gate reads it')
  if (b(0) === 0x50 && b(1) === 0x4b && b(2) === 0x03 && b(3) === 0x04)
    return refuse('a ZIP archive, not text; extract the report from it first')
  // UTF-32 byte-order marks first: FF FE 00 00 also starts like the UTF-16LE one.
  if (
    (b(0) === 0x00 && b(1) === 0x00 && b(2) === 0xfe && b(3) === 0xff) ||
    (b(0) === 0xff && b(1) === 0xfe && b(2) === 0x00 && b(3) === 0x00)
  )
    return refuse(`starts with a UTF-32 byte-order mark; UTF-32 is not supported, ${SAVE_AS_UTF8}`)
  if (b(0) === 0xef && b(1) === 0xbb && b(2) === 0xbf)
    return withDeclaration(utf8(bytes, 3, syntax), 'UTF-8', true, syntax)
  if (b(0) === 0xff && b(1) === 0xfe)
    return withDeclaration(utf16(bytes, 2, 'UTF-16LE'), 'UTF-16LE', true, syntax)
  if (b(0) === 0xfe && b(1) === 0xff)
    return withDeclaration(utf16(bytes, 2, 'UTF-16BE'), 'UTF-16BE', true, syntax)
  if (syntax === 'json') return done(utf8(bytes, 0, syntax), 'UTF-8', false)
  // XML without a byte-order mark: Appendix F.1, the second table.
  const first4 = [b(0), b(1), b(2), b(3)].join(',')
  if (['0,0,0,60', '60,0,0,0', '0,0,60,0', '0,60,0,0'].includes(first4))
    return refuse(`is UCS-4 (UTF-32) encoded; that is not supported, ${SAVE_AS_UTF8}`)
  if (first4 === '0,60,0,63')
    return withDeclaration(utf16(bytes, 0, 'UTF-16BE'), 'UTF-16BE', false, syntax)
  if (first4 === '60,0,63,0')
    return withDeclaration(utf16(bytes, 0, 'UTF-16LE'), 'UTF-16LE', false, syntax)
  if (first4 === '76,111,167,148')
    return refuse(`is EBCDIC encoded; that is not supported, ${SAVE_AS_UTF8}`)
  return asciiCompatible(bytes)
}

type Step = { ok: true; text: string } | { ok: false; message: string }

function refuse(message: string): Decoded {
  return { ok: false, message }
}

function done(step: Step, encoding: TextEncoding, bom: boolean): Decoded {
  return step.ok ? { ok: true, text: step.text, encoding, bom } : step
}

/** XML with a byte-order mark or UTF-16 detected from `<?`: the declaration must agree. */
function withDeclaration(
  step: Step,
  encoding: TextEncoding,
  bom: boolean,
  syntax: TextSyntax
): Decoded {
  if (!step.ok || syntax === 'json') return done(step, encoding, bom)
  const label = declaredEncoding(step.text)
  const family = encoding === 'UTF-8' ? 'UTF-8' : 'UTF-16'
  const how = bom
    ? `its byte-order mark (U+FEFF in ${encoding}) says`
    : `its first bytes ("<?" in ${encoding}) say`
  // No encoding named: the byte-order mark, or "<?" read as UTF-16, is the only reading there is
  // (§4.3.3 wants a mark on UTF-16; expat, like gonogo, reads it without one).
  if (label === undefined) return done(step, encoding, bom)
  if (labelFamily(label) !== family) {
    return refuse(
      `${how} ${encoding} but its XML declaration says encoding="${label}" (a fatal error by XML 1.0 §4.3.3); ${SAVE_AS_UTF8} with a matching declaration`
    )
  }
  return done(step, encoding, bom)
}

/** ASCII-compatible bytes without a byte-order mark: UTF-8 unless the declaration says otherwise. */
function asciiCompatible(bytes: Uint8Array): Decoded {
  // The declaration is ASCII in every encoding of this family; read it through latin1.
  const head = latin1(bytes.subarray(0, 256))
  const label = declaredEncoding(head)
  const family = label === undefined ? 'UTF-8' : labelFamily(label)
  switch (family) {
    case 'UTF-8':
      return done(utf8(bytes, 0, 'xml'), 'UTF-8', false)
    case 'US-ASCII': {
      const at = bytes.findIndex((x) => x > 0x7f)
      if (at < 0) return { ok: true, text: latin1(bytes), encoding: 'US-ASCII', bom: false }
      return refuse(
        `declares encoding="${label}" but byte 0x${hex(bytes[at] ?? 0)} at line ${byteLine(bytes, at)} (byte offset ${at}) is not ASCII; ${SAVE_AS_UTF8} and declare encoding="UTF-8"`
      )
    }
    case 'ISO-8859-1':
      return { ok: true, text: latin1(bytes), encoding: 'ISO-8859-1', bom: false }
    case 'windows-1252':
      return {
        ok: true,
        text: windows1252(bytes),
        encoding: 'windows-1252',
        bom: false
      }
    case 'UTF-16':
      return refuse(
        `declares encoding="${label}" but has no byte-order mark and its bytes are not UTF-16 (XML 1.0 §4.3.3); ${SAVE_AS_UTF8} and declare encoding="UTF-8"`
      )
    default:
      return refuse(
        `declares encoding="${label}", which gonogo does not read (UTF-8, UTF-16, US-ASCII, ISO-8859-1 and windows-1252 only); ${SAVE_AS_UTF8}`
      )
  }
}

/**
 * windows-1252 per the WHATWG Encoding Standard's index (bytes 0x80–0x9F are not the C1
 * controls ISO-8859-1 has there). Node 20's TextDecoder decodes this label as ISO-8859-1, so the
 * 32 bytes that differ are mapped here; 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay as they are.
 */
const WINDOWS_1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
]

function windows1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    out += String.fromCharCode(
      ...Array.from(chunk, (b) =>
        b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_80_9F[b - 0x80] ?? b) : b
      )
    )
  }
  return out
}

const XML_DECL_ENCODING =
  /^<\?xml[\x20\t\r\n]+version[\x20\t\r\n]*=[\x20\t\r\n]*(["'])1\.[0-9]+\1[\x20\t\r\n]+encoding[\x20\t\r\n]*=[\x20\t\r\n]*(["'])([A-Za-z][A-Za-z0-9._-]*)\2/

/** The `encoding` of an XML declaration at the very start of `text`, if there is one. */
export function declaredEncoding(text: string): string | undefined {
  return XML_DECL_ENCODING.exec(text)?.[3]
}

type Family = 'UTF-8' | 'UTF-16' | 'US-ASCII' | 'ISO-8859-1' | 'windows-1252' | 'other'

/** Encoding names are case-insensitive (XML 1.0 §4.3.3); the IANA names and common aliases. */
function labelFamily(label: string): Family {
  const l = label.toLowerCase()
  if (l === 'utf-8' || l === 'utf8') return 'UTF-8'
  if (['utf-16', 'utf-16le', 'utf-16be', 'iso-10646-ucs-2', 'ucs-2'].includes(l)) return 'UTF-16'
  if (['us-ascii', 'ascii', 'iso646-us', 'ansi_x3.4-1968'].includes(l)) return 'US-ASCII'
  if (['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1'].includes(l))
    return 'ISO-8859-1'
  if (l === 'windows-1252' || l === 'cp1252') return 'windows-1252'
  return 'other'
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
}

/** One decoder for every file: decode() without `stream` keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function utf8(bytes: Uint8Array, from: number, syntax: TextSyntax): Step {
  const body = bytes.subarray(from)
  try {
    return { ok: true, text: UTF8.decode(body) }
  } catch {
    // Not text at all (an image, an archive, a compiled file): say so rather than where.
    if (looksBinary(body)) {
      return { ok: false, message: `binary data, not ${syntax === 'xml' ? 'XML' : 'JSON'}` }
    }
    const at = firstBadUtf8(body)
    const offset = from + at
    const shown = Array.from(body.subarray(at, at + 4), (x) => `0x${hex(x)}`).join(' ')
    const fix =
      syntax === 'xml'
        ? `${SAVE_AS_UTF8} or declare its encoding in the XML declaration`
        : `${SAVE_AS_UTF8} (RFC 8259 §8.1)`
    return {
      ok: false,
      message: `not valid UTF-8 at line ${byteLine(bytes, offset)} (byte offset ${offset}: ${shown}); ${fix}`
    }
  }
}

/** A NUL or another C0 control byte (not tab, line feed, form feed, carriage return) early on. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  for (let i = 0; i < n; i++) {
    const c = bytes[i] ?? 0
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) return true
  }
  return false
}

function utf16(bytes: Uint8Array, from: number, encoding: 'UTF-16LE' | 'UTF-16BE'): Step {
  const body = bytes.subarray(from)
  if (body.length % 2 !== 0) {
    return {
      ok: false,
      message: `is ${encoding} but has an odd number of bytes (${bytes.length}); the file is cut short or not ${encoding}; ${SAVE_AS_UTF8}`
    }
  }
  let le = body
  if (encoding === 'UTF-16BE') {
    le = new Uint8Array(body.length)
    for (let i = 0; i < body.length; i += 2) {
      le[i] = body[i + 1] ?? 0
      le[i + 1] = body[i] ?? 0
    }
  }
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le)
    }
  } catch {
    const units = new Uint16Array(le.buffer, le.byteOffset, le.length / 2)
    const at = firstUnpairedSurrogate(units)
    let line = 1
    for (let i = 0; i < at; i++) if (units[i] === 0x0a) line++
    return {
      ok: false,
      message: `is not valid ${encoding} at line ${line} (byte offset ${from + at * 2}: ${describeChar(units[at] ?? 0)}); ${SAVE_AS_UTF8}`
    }
  }
}

/** Offset of the first byte that does not continue a valid UTF-8 sequence (RFC 3629 §4). */
function firstBadUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i] ?? 0
    let n: number
    let lo = 0x80
    let hi = 0xbf
    if (c < 0x80) n = 0
    else if (c >= 0xc2 && c <= 0xdf) n = 1
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2
      if (c === 0xe0) lo = 0xa0
      if (c === 0xed) hi = 0x9f
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3
      if (c === 0xf0) lo = 0x90
      if (c === 0xf4) hi = 0x8f
    } else return i
    for (let k = 1; k <= n; k++) {
      const x = b[i + k]
      if (x === undefined) return i
      if (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf) return i
    }
    i += n + 1
  }
  return b.length
}

function firstUnpairedSurrogate(u: Uint16Array): number {
  for (let i = 0; i < u.length; i++) {
    const c = u[i] ?? 0
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = u[i + 1] ?? 0
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++
        continue
      }
      return i
    }
    if (c >= 0xdc00 && c <= 0xdfff) return i
  }
  return u.length
}

function byteLine(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++
  return line
}

function hex(n: number): string {
  return n.toString(16).toUpperCase().padStart(2, '0')
}

export { describeChar, nameInvisibles }
