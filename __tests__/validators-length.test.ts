// The precompiled validators (scripts/gen-validators.mjs) answer string lengths with a fast path:
// `.length` when no high surrogate can pair, ajv's code-point count otherwise. They must accept
// and refuse exactly what ajv itself does when it compiles the same schema at run time.
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import ucs2length from 'ajv/dist/runtime/ucs2length.js'
import { validateReport } from '../src/generated/validators.js'

const schema = JSON.parse(readFileSync('schemas/report.v1.schema.json', 'utf8')) as object
const reference = new Ajv({ allErrors: true, strict: true }).compile(schema)

/** A v1 report whose `control` (minLength 1, maxLength 128) is `control`. */
function report(control: string): unknown {
  return {
    contract: 'gonogo.report/v1',
    control,
    status: 'passed',
    subject: { repository: 'acme/shop', sha: 'c'.repeat(40) },
    generated_at: '2026-11-21T00:00:00Z',
    generator: { name: 'test' },
    checks: []
  }
}

// Units around the surrogate ranges: ASCII, BMP, paired astral characters, lone halves.
const unit = fc.constantFrom('a', 'é', '中', '\u{1F600}', '\uD83D', '\uDE00', '\uDBFF', '\uDC00')

describe('precompiled validators count string lengths as ajv does', () => {
  it.each([
    ['128 ASCII characters', 'a'.repeat(128), true],
    ['129 ASCII characters', 'a'.repeat(129), false],
    ['128 astral characters (256 UTF-16 units)', '\u{1F600}'.repeat(128), true],
    ['129 astral characters', '\u{1F600}'.repeat(129), false],
    ['128 lone high surrogates', '\uD83D'.repeat(128), true],
    ['a high surrogate before a low one counts once', `${'a'.repeat(127)}\uD83D\uDE00`, true],
    ['a low surrogate before a high one counts twice', `${'a'.repeat(127)}\uDE00\uD83D`, false],
    ['the last high surrogate pairs too', `${'a'.repeat(127)}\uDBFF\uDC00`, true],
    ['the first high surrogate pairs too', `${'a'.repeat(127)}\uD800\uDFFF`, true],
    ['empty', '', false],
    // minLength 1 is decided by .length from two units on; one unit is counted.
    ['one lone high surrogate', '\uD83D', true],
    ['one astral character (two units)', '\u{1F600}', true],
    ['one lone low surrogate', '\uDE00', true]
  ])('%s', (_name, control, valid) => {
    expect(validateReport(report(control))).toBe(valid)
    expect(reference(report(control))).toBe(valid)
  })

  it('agrees with run-time ajv on strings of mixed units at the limit', () => {
    const count = ucs2length.default
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 140 }),
        fc.integer({ min: -1, max: 1 }),
        (units, d) => {
          // Padded to one code point under, at, or over the limit (by ajv's own count).
          const body = units.join('')
          const control = 'x'.repeat(Math.max(0, 128 - count(body) + d)) + body
          expect(validateReport(report(control))).toBe(reference(report(control)))
        }
      ),
      { numRuns: 2000 }
    )
  })
})
