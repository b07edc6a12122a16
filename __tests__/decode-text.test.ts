// Bytes → text for report files (src/parsers/decode-text.ts): XML 1.0 §4.3.3 and Appendix F for
// JUnit XML, RFC 8259 §8.1 for JSON reports and SARIF. Each case is a byte layout a tool or an
// editor writes; expat 2.5 (Python's xml.parsers.expat) agrees on every XML verdict here.
import { describe, expect, test } from '@jest/globals'
import { visibleLine } from '../src/core/visible-text.js'
import { decodeText, describeChar, nameInvisibles } from '../src/parsers/decode-text.js'

const XML = '<?xml version="1.0" encoding="ENC"?>\n<testsuite name="café"/>\n'
const utf16le = (s: string): Buffer => Buffer.from(s, 'utf16le')
const utf16be = (s: string): Buffer => utf16le(s).swap16()
const BOM8 = Buffer.from([0xef, 0xbb, 0xbf])
const BOM_LE = Buffer.from([0xff, 0xfe])
const BOM_BE = Buffer.from([0xfe, 0xff])

function ok(
  bytes: Uint8Array,
  syntax: 'xml' | 'json' = 'xml'
): { text: string; encoding: string; bom: boolean } {
  const d = decodeText(bytes, syntax)
  if (!d.ok) throw new Error(d.message)
  return d
}

function refused(bytes: Uint8Array, syntax: 'xml' | 'json' = 'xml'): string {
  const d = decodeText(bytes, syntax)
  if (d.ok) throw new Error(`decoded as ${d.encoding}`)
  return d.message
}

describe('XML: byte-order marks and declarations (XML 1.0 §4.3.3, Appendix F)', () => {
  test('UTF-8 without a byte-order mark and without a declaration', () => {
    expect(ok(Buffer.from('<testsuite name="café"/>'))).toMatchObject({
      text: '<testsuite name="café"/>',
      encoding: 'UTF-8',
      bom: false
    })
  })

  test('UTF-8 with a byte-order mark: the mark is dropped', () => {
    const d = ok(Buffer.concat([BOM8, Buffer.from(XML.replace('ENC', 'UTF-8'))]))
    expect(d).toMatchObject({ encoding: 'UTF-8', bom: true })
    expect(d.text.startsWith('<?xml')).toBe(true)
  })

  test.each([
    ['UTF-16LE', BOM_LE, utf16le],
    ['UTF-16BE', BOM_BE, utf16be]
  ])('%s with a byte-order mark, declared UTF-16', (encoding, bom, encode) => {
    const d = ok(Buffer.concat([bom, encode(XML.replace('ENC', 'UTF-16'))]))
    expect(d).toMatchObject({ text: XML.replace('ENC', 'UTF-16'), encoding, bom: true })
  })

  test.each([
    ['UTF-16LE', utf16le],
    ['UTF-16BE', utf16be]
  ])(
    '%s without a byte-order mark: detected from "<?" (Appendix F), the declaration names UTF-16',
    (encoding, encode) => {
      const d = ok(encode(XML.replace('ENC', 'UTF-16')))
      expect(d).toMatchObject({ encoding, bom: false, text: XML.replace('ENC', 'UTF-16') })
    }
  )

  test('UTF-16 without a byte-order mark whose declaration names no encoding is read as UTF-16 (as expat does)', () => {
    expect(ok(utf16le('<?xml version="1.0"?><testsuite/>'))).toMatchObject({
      encoding: 'UTF-16LE',
      text: '<?xml version="1.0"?><testsuite/>'
    })
  })

  test('UTF-16 without a byte-order mark whose declaration says UTF-8 is refused', () => {
    expect(refused(utf16be('<?xml version="1.0" encoding="UTF-8"?><testsuite/>'))).toBe(
      'its first bytes ("<?" in UTF-16BE) say UTF-16BE but its XML declaration says encoding="UTF-8" (a fatal error by XML 1.0 §4.3.3); save the report as UTF-8 with a matching declaration'
    )
  })

  // lukejpreston/xunit-viewer#143: PowerShell's `>` re-encodes a tool's UTF-8 output as
  // UTF-16LE, keeping its encoding="UTF-8" declaration: a fatal error by §4.3.3 (expat:
  // "encoding specified in XML declaration is incorrect").
  test('a byte-order mark that contradicts the declaration is refused, naming both', () => {
    expect(refused(Buffer.concat([BOM_LE, utf16le(XML.replace('ENC', 'UTF-8'))]))).toBe(
      'its byte-order mark (U+FEFF in UTF-16LE) says UTF-16LE but its XML declaration says encoding="UTF-8" (a fatal error by XML 1.0 §4.3.3); save the report as UTF-8 with a matching declaration'
    )
    expect(refused(Buffer.concat([BOM8, Buffer.from(XML.replace('ENC', 'UTF-16'))]))).toMatch(
      /says UTF-8 but its XML declaration says encoding="UTF-16"/
    )
  })

  test('declared UTF-16 with single-byte content is refused', () => {
    expect(refused(Buffer.from(XML.replace('ENC', 'utf-16')))).toBe(
      'declares encoding="utf-16" but has no byte-order mark and its bytes are not UTF-16 (XML 1.0 §4.3.3); save the report as UTF-8 and declare encoding="UTF-8"'
    )
  })

  test('ISO-8859-1 and windows-1252, as declared', () => {
    const latin1 = Buffer.from(XML.replace('ENC', 'ISO-8859-1'), 'latin1')
    expect(ok(latin1)).toMatchObject({
      encoding: 'ISO-8859-1',
      text: XML.replace('ENC', 'ISO-8859-1')
    })
    const cp1252 = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1252"?><testsuite name="'),
      Buffer.from([0x80]),
      Buffer.from('"/>')
    ])
    expect(ok(cp1252).text).toContain('name="€"')
  })

  test('US-ASCII declared with a byte above 0x7F is refused, naming the byte and line', () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="US-ASCII"?>\n<testsuite name="caf'),
      Buffer.from([0xe9]),
      Buffer.from('"/>')
    ])
    expect(refused(bytes)).toBe(
      'declares encoding="US-ASCII" but byte 0xE9 at line 2 (byte offset 62) is not ASCII; save the report as UTF-8 and declare encoding="UTF-8"'
    )
  })

  test('an encoding gonogo does not read is refused, naming it', () => {
    expect(refused(Buffer.from(XML.replace('ENC', 'Shift_JIS')))).toBe(
      'declares encoding="Shift_JIS", which gonogo does not read (UTF-8, UTF-16, US-ASCII, ISO-8859-1 and windows-1252 only); save the report as UTF-8'
    )
  })

  test.each([
    [
      'a UTF-32LE byte-order mark',
      Buffer.from([0xff, 0xfe, 0, 0, 0x3c, 0, 0, 0]),
      /UTF-32 byte-order mark/
    ],
    [
      'a UTF-32BE byte-order mark',
      Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x3c]),
      /UTF-32 byte-order mark/
    ],
    ['UCS-4 without a mark', Buffer.from([0, 0, 0, 0x3c, 0, 0, 0, 0x3f]), /UCS-4 \(UTF-32\)/],
    ['EBCDIC', Buffer.from([0x4c, 0x6f, 0xa7, 0x94]), /EBCDIC/],
    [
      'gzip',
      Buffer.from([0x1f, 0x8b, 0x08, 0x00]),
      /^gzip-compressed data, not text; decompress it/
    ],
    ['a ZIP archive', Buffer.from('PK\u0003\u0004rest'), /^a ZIP archive, not text/]
  ])('%s is refused', (_what, bytes, message) => {
    expect(refused(bytes)).toMatch(message)
  })

  test('bytes that are not UTF-8 are refused with line, offset and the bytes, never replaced by U+FFFD', () => {
    const bytes = Buffer.concat([
      Buffer.from('<testsuite>\n<testcase name="'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"/>')
    ])
    expect(refused(bytes)).toBe(
      'not valid UTF-8 at line 2 (byte offset 28: 0xC3 0x28 0x22 0x2F); save the report as UTF-8 or declare its encoding in the XML declaration'
    )
  })

  test('bytes that are not text at all (a PNG saved as a report) are binary data', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect(refused(png)).toBe('binary data, not XML')
    expect(refused(png, 'json')).toBe('binary data, not JSON')
  })

  test('UTF-16 cut short (an odd number of bytes) or with an unpaired surrogate is refused', () => {
    const xml = Buffer.concat([BOM_LE, utf16le('<testsuite/>')])
    expect(refused(xml.subarray(0, xml.length - 1))).toMatch(/odd number of bytes \(25\)/)
    const lone = Buffer.concat([BOM_LE, utf16le('<a>'), Buffer.from([0x00, 0xd8]), utf16le('</a>')])
    expect(refused(lone)).toBe(
      'is not valid UTF-16LE at line 1 (byte offset 8: U+D800 unpaired surrogate); save the report as UTF-8'
    )
  })
})

describe('JSON: RFC 8259 §8.1', () => {
  test('UTF-8 with a byte-order mark: the mark is ignored', () => {
    expect(ok(Buffer.concat([BOM8, Buffer.from('{"a":1}')]), 'json')).toMatchObject({
      text: '{"a":1}',
      encoding: 'UTF-8',
      bom: true
    })
  })

  test('UTF-16 with a byte-order mark (Windows PowerShell 5.1 `>`) is decoded by the mark', () => {
    expect(ok(Buffer.concat([BOM_LE, utf16le('{"a":"é"}')]), 'json').text).toBe('{"a":"é"}')
    expect(ok(Buffer.concat([BOM_BE, utf16be('{"a":"é"}')]), 'json').text).toBe('{"a":"é"}')
  })

  test('a file refused for its bytes leaves nothing behind: the next file decodes whole', () => {
    // One decoder serves every file; WHATWG Encoding's decode() without `stream` starts afresh.
    // A file cut inside "€" (E2 82 AC): the next file's lone AC must not complete it.
    expect(refused(Buffer.from([0x7b, 0x22, 0xe2, 0x82]), 'json')).toMatch(/^not valid UTF-8/)
    expect(refused(Buffer.from([0xac, 0x22, 0x7d]), 'json')).toMatch(
      /^not valid UTF-8 at line 1 \(byte offset 0: 0xAC/
    )
    expect(ok(Buffer.from('{"a":"€"}'), 'json').text).toBe('{"a":"€"}')
  })

  test('anything else is UTF-8: UTF-16 without a mark is not guessed', () => {
    expect(ok(utf16le('{}'), 'json').text).toBe('{\u0000}\u0000')
    expect(refused(Buffer.from([0x7b, 0xff, 0x7d]), 'json')).toMatch(
      /^not valid UTF-8 at line 1 \(byte offset 1: 0xFF 0x7D\)/
    )
  })
})

describe('naming invisible characters', () => {
  test.each([
    [0xfeff, 'U+FEFF byte-order mark'],
    [0x0000, 'U+0000 NUL'],
    [0x001f, 'U+001F control character'],
    [0x200b, 'U+200B zero width space'],
    [0xe000, 'U+E000 private-use character'],
    [0xd800, 'U+D800 unpaired surrogate'],
    [0x41, '"A" (U+0041)']
  ])('describeChar(%i) is %s', (cp, name) => {
    expect(describeChar(cp)).toBe(name)
  })

  test('nameInvisibles names every invisible character but spaces, tabs and line ends, and is idempotent', () => {
    const s = 'a\u00a0b\u200bc\ufeff\td\ne \u2028'
    const named = nameInvisibles(s)
    expect(named).toBe(
      'a[U+00A0 no-break space]b[U+200B zero width space]c[U+FEFF byte-order mark]\td\ne [U+2028 line separator]'
    )
    expect(nameInvisibles(named)).toBe(named)
  })
})

describe('values shown inside one-line messages', () => {
  test('a pasted zero-width space or a line break in an owner or path is named, never printed', () => {
    expect(visibleLine('@team\u200b')).toBe('@team[U+200B zero width space]')
    expect(visibleLine('x"\n  - control: evil')).toBe('x"[U+000A line feed]  - control: evil')
    expect(visibleLine('r/a\u200b.xml')).toBe('r/a[U+200B zero width space].xml')
  })
})
