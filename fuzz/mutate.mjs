/* global TextEncoder */
/**
 * Mutation operators shared by the fuzz targets. Each takes a seed text (or bytes) and a random
 * source and returns the mutated input. Text goes to the readers as bytes (UTF-8 unless an
 * operator chose another encoding), as it would come off the disk.
 */

const utf8 = new TextEncoder()

export function toBytes(text) {
  return utf8.encode(text)
}

/** Flips 1–4 random bytes; returns the bytes and the offsets touched. */
export function flipBytes(bytes, rng) {
  const out = Uint8Array.from(bytes)
  const at = []
  const n = rng.between(1, 4)
  for (let k = 0; k < n && out.length > 0; k++) {
    const i = rng.int(out.length)
    out[i] = rng.chance(0.5) ? out[i] ^ (1 << rng.int(8)) : rng.int(256)
    at.push(i)
  }
  return { bytes: out, at }
}

/** Cuts the text at a random offset; returns the cut text and the offset. */
export function truncate(text, rng) {
  const at = rng.int(Math.max(1, text.length))
  return { text: text.slice(0, at), at }
}

/** Removes or duplicates a random slice. */
export function spliceSlice(text, rng) {
  const a = rng.int(text.length + 1)
  const len = rng.between(1, 40)
  if (rng.chance(0.5)) return text.slice(0, a) + text.slice(a + len)
  return text.slice(0, a) + text.slice(a, a + len) + text.slice(a)
}

/** The text in another encoding: UTF-8 with a BOM, UTF-16LE/BE with or without a BOM. */
export function encodeAs(text, rng) {
  const kind = rng.pick(['utf8-bom', 'utf16le-bom', 'utf16be-bom', 'utf16le', 'utf16be'])
  if (kind === 'utf8-bom') {
    const body = utf8.encode(text)
    const out = new Uint8Array(body.length + 3)
    out.set([0xef, 0xbb, 0xbf])
    out.set(body, 3)
    return { bytes: out, kind }
  }
  const bom = kind.endsWith('-bom')
  const be = kind.startsWith('utf16be')
  const units = (bom ? '\ufeff' : '') + text
  const out = new Uint8Array(units.length * 2)
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i)
    out[2 * i + (be ? 0 : 1)] = u >> 8
    out[2 * i + (be ? 1 : 0)] = u & 0xff
  }
  return { bytes: out, kind }
}

/** A huge or odd number as text. */
export function hugeNumber(rng) {
  return rng.pick([
    '1e400',
    '-1e400',
    '99999999999999999999999999',
    '9007199254740993',
    '1' + '0'.repeat(rng.between(20, 400)),
    '-0',
    '0x10',
    '1.5',
    'NaN',
    '4294967296'
  ])
}

/** Random garbage: control characters, surrogates, markup characters. */
export function garbage(rng, max = 30) {
  const alphabet = [
    '\u0000',
    '\u0001',
    '\u001f',
    '\u007f',
    '\ud800',
    '\udc00',
    '\ufeff',
    '\u202e',
    '\uffff',
    '<',
    '>',
    '&',
    ';',
    '"',
    "'",
    '{',
    '}',
    '[',
    ']',
    ':',
    ',',
    '-',
    '*',
    '!',
    '?',
    '#',
    '\\',
    '\n',
    '\r',
    '\t',
    ' ',
    'a',
    'Z',
    '0',
    '9',
    'é',
    '😀'
  ]
  let s = ''
  const n = rng.int(max)
  for (let i = 0; i < n; i++) s += rng.pick(alphabet)
  return s
}

/** Inserts `what` at a random offset of `text`. */
export function insertAt(text, what, rng) {
  const i = rng.int(text.length + 1)
  return text.slice(0, i) + what + text.slice(i)
}
