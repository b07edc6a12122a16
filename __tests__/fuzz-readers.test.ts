// Property tests for the readers under hostile input (issue 14): each reader returns a verdict for
// any bytes (never throws), and never passes an input cut short or mutated from a failing seed in a
// way that keeps what made it fail. Bounded counts (the whole file runs in seconds); `npm run fuzz`
// (fuzz/run.mjs) runs 10,000 inputs per reader with hang detection. Seeds are the fixtures under
// __tests__/fixtures (fuzz/NOTES.md there says where each comes from).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readJunit } from '../src/parsers/junit.js'
import { readJsonReport } from '../src/parsers/report-json.js'
import { readSarif } from '../src/parsers/sarif.js'
import type { FileVerdict } from '../src/parsers/verdict.js'
import { canonicalDigest } from '../src/core/bundle-manifest.js'
import { verifyChain, type ChainEntry } from '../src/core/promotion.js'
import { verifyBundle } from '../src/io/bundle-verify.js'
import { decodeText } from '../src/parsers/decode-text.js'

const FIX = path.resolve('__tests__/fixtures')
const STATUSES = ['passed', 'failed', 'invalid', 'stale', 'unverified', 'missing']
const text = (p: string): string => readFileSync(path.join(FIX, p), 'utf8')

const JUNIT_FAILING = ['failing-jest.xml', 'failing-pytest.xml', 'failing-gotestsum.xml'].map((f) =>
  text(`fuzz/junit/${f}`)
)
const JUNIT_PASSING = text('fuzz/junit/passing-mocha.xml')
const SARIF = readdirSync(path.join(FIX, 'sarif'))
  .filter((f) => f.endsWith('.sarif'))
  .sort()
  .map((f) => text(`sarif/${f}`).replace(/^\ufeff/, ''))
const REPORT_FAILING = [
  text('fuzz/reports/failing-contract.json'),
  ...readdirSync(path.join(FIX, 'migrate/reports/failed'))
    .sort()
    .map((f) => text(`migrate/reports/failed/${f}`))
]

function junit(bytes: Uint8Array | string): FileVerdict {
  const d = decodeText(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, 'xml')
  if (!d.ok)
    return {
      status: 'invalid',
      message: `results/junit.xml: ${d.message}`,
      findings: [],
      summary: {}
    }
  return readJunit(d.text, { file: 'results/junit.xml' })
}

function json(
  reader: (t: string, c: { file: string }) => FileVerdict,
  bytes: Uint8Array | string
): FileVerdict {
  const d = decodeText(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, 'json')
  if (!d.ok)
    return { status: 'invalid', message: `results/x.json: ${d.message}`, findings: [], summary: {} }
  return reader(d.text, { file: 'results/x.json' })
}

/** A verdict as the readers must give it: a known status and a message naming the file. */
function wellFormed(v: FileVerdict, file: string): void {
  expect(STATUSES).toContain(v.status)
  if (v.status === 'invalid') expect(v.message).toContain(file)
  expect(v.message).not.toMatch(/\n\s+at /) // no stack trace
}

/** Byte edits: replace, delete or insert a few bytes at positions chosen by fast-check. */
const edits = fc.array(
  fc.record({ at: fc.nat(), kind: fc.constantFrom('set', 'del', 'ins'), byte: fc.nat(255) }),
  { minLength: 1, maxLength: 4 }
)
function applyEdits(src: string, es: { at: number; kind: string; byte: number }[]): Uint8Array {
  const b = [...Buffer.from(src)]
  for (const e of es) {
    const i = e.at % (b.length + 1)
    if (e.kind === 'set') b[i] = e.byte
    else if (e.kind === 'del') b.splice(i, 1)
    else b.splice(i, 0, e.byte)
  }
  return Uint8Array.from(b)
}

/** Hostile fragments of XML put anywhere. */
const XML_FRAGMENTS = [
  '<!DOCTYPE testsuites [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE t [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>',
  '&x;',
  '<__proto__/>',
  '<constructor>1</constructor>',
  '<testcase name="constructor"/>',
  '<?pi',
  ']]>',
  '<!--',
  '\u0000',
  '\ud800',
  '<testsuite failures="99999999999999999999">',
  'failures="1" failures="1"'
]

describe('JUnit reader', () => {
  test('returns a verdict for any edit of any seed, never throws', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JUNIT_FAILING, JUNIT_PASSING),
        edits,
        fc.nat(),
        fc.constantFrom(...XML_FRAGMENTS),
        (seed, es, at, fragment) => {
          wellFormed(junit(applyEdits(seed, es)), 'results/junit.xml')
          const i = at % (seed.length + 1)
          wellFormed(junit(seed.slice(0, i) + fragment + seed.slice(i)), 'results/junit.xml')
        }
      ),
      { numRuns: 400 }
    )
  })

  test('never passes a file cut short', () => {
    fc.assert(
      fc.property(fc.constantFrom(...JUNIT_FAILING, JUNIT_PASSING), fc.nat(), (seed, at) => {
        const end = seed.lastIndexOf('>') + 1
        expect(junit(seed.slice(0, at % end)).status).not.toBe('passed')
      }),
      { numRuns: 300 }
    )
  })

  const after = (s: string, re: RegExp): number => {
    const m = re.exec(s)
    return m ? m.index + m[0].length : 0
  }
  const mutations: Record<string, (seed: string) => string> = {
    'a DOCTYPE with external and parameter entities': (s) =>
      s.replace(/(<\?xml[^>]*\?>)?/, '$1<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/">]>'),
    'elements named like Object.prototype members': (s) =>
      s.replace(/(<testcase\b[^>]*[^/]>)/, '$1<__proto__/><constructor>x</constructor>'),
    'a second root element': (s) =>
      `${s}<testsuite name="second"><testcase name="ok"/></testsuite>`,
    'a failure only an internal entity would list': (s) => {
      const r = after(s, /<(testsuites|testsuite)\b[^>]*>/)
      const decl = after(s, /^<\?xml[^>]*\?>/)
      return `${s.slice(0, decl)}<!DOCTYPE x [<!ENTITY f '<testsuite name="e"><testcase name="e"><failure/></testcase></testsuite>'>]>${s.slice(decl, r)}&f;${s.slice(r)}`
    },
    'a declared failure count hidden in a comment': (s) => {
      const r = after(s, /<(testsuites|testsuite)\b[^>]*>/)
      const root = /<(testsuites|testsuite)\b/.exec(s)?.[1] ?? 'testsuites'
      const hidden = '<!--<testcase name="h"><failure/></testcase>-->'
      const out = `${s.slice(0, r)}${root === 'testsuites' ? `<testsuite name="w">${hidden}</testsuite>` : hidden}${s.slice(r)}`
      return out
        .replace(new RegExp(`<${root}\\b([^>]*?)\\sfailures="\\d+"`), `<${root}$1`)
        .replace(new RegExp(`<${root}\\b`), `<${root} failures="9"`)
    },
    'a huge declared failure count': (s) =>
      s.replace(
        /<(testsuites|testsuite)\b([^>]*?)(\sfailures="\d+")?/,
        '<$1$2 failures="99999999999999999999"'
      ),
    'elements nested 100,000 deep': (s) =>
      s.replace(/(<testcase\b[^>]*[^/]>)/, `$1${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}`),
    'UTF-16 with a byte-order mark': (s) => s // encoded below
  }

  test.each(Object.keys(mutations))('never passes a failing seed with %s', (name) => {
    const mutate = mutations[name] as (s: string) => string
    for (const seed of [...JUNIT_FAILING, JUNIT_PASSING]) {
      const out = mutate(seed)
      const failing = JUNIT_FAILING.includes(seed)
      // Every mutation but these keeps a passing seed passing; these must fail or be refused.
      const mustFail = failing || /second root|internal entity|comment|huge|nested/.test(name)
      const v = name.startsWith('UTF-16')
        ? junit(
            Buffer.concat([
              Buffer.from([0xff, 0xfe]),
              Buffer.from(out.replace(/encoding="[^"]*"/, ''), 'utf16le')
            ])
          )
        : junit(out)
      wellFormed(v, 'results/junit.xml')
      if (mustFail) expect(`${name}: ${v.status}`).not.toBe(`${name}: passed`)
    }
  })

  test('a declared failure with no element says so', () => {
    const v = junit(JUNIT_PASSING.replace('tests="2" failures="0">', 'tests="2" failures="2">'))
    expect(v.status).toBe('failed')
    expect(v.message).toMatch(
      /failures="2".*no <failure> or <error> element accounts for 2 of them/
    )
  })

  test('an element nested past the limit is refused by name and line', () => {
    const v = junit(
      JUNIT_PASSING.replace(
        '<testcase name="price rounds"',
        `${'<x>'.repeat(300)}${'</x>'.repeat(300)}<testcase name="price rounds"`
      )
    )
    expect(v.status).toBe('invalid')
    expect(v.message).toMatch(
      /^results\/junit\.xml: cannot be read safely at line \d+, column \d+: elements nested more than 256 deep/
    )
  })
})

/** Adds `raw` (JSON text) under a new key of an object inside `seed`, chosen by `pick`. */
function addKey(seed: string, pick: number, key: string, raw: string): string {
  const value = JSON.parse(seed) as unknown
  const objects: Record<string, unknown>[] = []
  const stack = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (v === null || typeof v !== 'object') continue
    if (!Array.isArray(v)) objects.push(v as Record<string, unknown>)
    for (const x of Object.values(v)) stack.push(x)
  }
  const target = objects[pick % objects.length] as Record<string, unknown>
  target['@@NEW@@'] = '@@RAW@@'
  return JSON.stringify(value).replace('"@@NEW@@"', JSON.stringify(key)).replace('"@@RAW@@"', raw)
}

const HOSTILE_JSON: [string, string][] = [
  ['x-deep', `${'['.repeat(50_000)}${']'.repeat(50_000)}`],
  ['x-deep-object', `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`],
  ['__proto__', '{"status":"passed","polluted":true}'],
  ['constructor', '"passed"'],
  ['x-surrogate', '"\\ud800"'],
  ['x-huge', '1e400'],
  ['x-big', `[${'0,'.repeat(99_999)}0]`]
]

type Reader = (t: string, c: { file: string }) => FileVerdict

describe.each([
  ['SARIF reader', readSarif, SARIF],
  ['JSON report reader', readJsonReport, REPORT_FAILING]
] as [string, Reader, string[]][])('%s', (_name, reader, seeds) => {
  const failing = seeds.filter((s) => json(reader, s).status === 'failed')

  test('has failing seeds', () => {
    expect(failing.length).toBeGreaterThan(1)
  })

  test('returns a verdict for any edit, never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), edits, (seed, es) => {
        wellFormed(json(reader, applyEdits(seed, es)), 'results/x.json')
      }),
      { numRuns: 400 }
    )
  })

  test('never passes a file cut short', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.nat(), (seed, at) => {
        const end = seed.trimEnd().length - 1
        expect(json(reader, seed.slice(0, at % end)).status).not.toBe('passed')
      }),
      { numRuns: 300 }
    )
  })

  test('never passes a failing seed with deep, prototype, surrogate, huge or big values added', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...failing),
        fc.nat(),
        fc.constantFrom(...HOSTILE_JSON),
        fc.boolean(),
        (seed, pick, [key, raw], bom) => {
          const out = addKey(seed, pick, key, raw)
          const bytes = bom
            ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(out, 'utf16le')])
            : Buffer.from(out)
          const v = json(reader, bytes)
          wellFormed(v, 'results/x.json')
          expect(v.status).not.toBe('passed')
        }
      ),
      { numRuns: 150 }
    )
  })
})

test('the SARIF reader refuses nesting past 256 levels by line and column, before parsing', () => {
  const seed = SARIF.find((t) => json(readSarif, t).status === 'failed') as string
  const v = json(readSarif, addKey(seed, 0, 'x-deep', `${'['.repeat(300)}${']'.repeat(300)}`))
  expect(v.status).toBe('invalid')
  expect(v.message).toMatch(
    /^results\/x\.json: arrays and objects nested deeper than 256 levels at line 1, column \d+/
  )
})

describe('bundle manifest verify', () => {
  const KEY = 'fuzz signing key'
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-fuzz-test-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  test('the seed bundle verifies', async () => {
    const r = await verifyBundle(path.join(FIX, 'fuzz/bundle'), { signingKey: KEY })
    expect(r.problems).toEqual([])
  })

  test('a manifest changed in any way that changes its JSON value never verifies, never throws', async () => {
    const manifest = text('fuzz/bundle/manifest.json')
    const canonical = canonicalDigest(JSON.parse(manifest))
    let n = 0
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          edits.map((es) => Buffer.from(applyEdits(manifest, es)).toString('latin1')),
          fc
            .tuple(fc.nat(), fc.constantFrom(...HOSTILE_JSON))
            .map(([pick, [key, raw]]) => addKey(manifest, pick, key, raw))
        ),
        async (changed) => {
          let same = false
          try {
            same = canonicalDigest(JSON.parse(changed)) === canonical
          } catch {
            same = false
          }
          const b = path.join(dir, String(n++))
          await cp(path.join(FIX, 'fuzz/bundle'), b, { recursive: true })
          await writeFile(path.join(b, 'manifest.json'), Buffer.from(changed, 'latin1'))
          const r = await verifyBundle(b, { signingKey: KEY })
          if (!same) expect(r.ok).toBe(false)
          for (const p of r.problems) expect(p.message).not.toMatch(/\n\s+at /)
          await rm(b, { recursive: true, force: true })
        }
      ),
      { numRuns: 60 }
    )
  })
})

describe('promotion chain verify', () => {
  const KEY = 'fuzz signing key'
  const dir = path.join(FIX, 'fuzz/promotion/prod')
  const texts = readdirSync(dir)
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
  const entries = (ts: string[]): ChainEntry[] =>
    ts.map((t, i) => {
      try {
        return { where: `#${i + 1}`, record: JSON.parse(t) as unknown }
      } catch {
        return { where: `#${i + 1}`, record: { unreadable: 'not JSON' } }
      }
    })

  test('the seed chain verifies', () => {
    expect(verifyChain('prod', entries(texts), KEY).ok).toBe(true)
  })

  test('a record with a lone surrogate breaks the chain there, with the reason', () => {
    const ts = [...texts]
    ts[1] = (ts[1] as string).replace(
      /"kind": ?"promotion"/,
      '"kind": "promotion", "reason": "\\ud800"'
    )
    const state = verifyChain('prod', entries(ts), KEY)
    expect(state.ok).toBe(false)
    expect(state.broken).toEqual({
      where: '#2',
      message: expect.stringMatching(/\$\.reason holds a lone surrogate/) as unknown
    })
  })

  test('a record changed in its value never verifies, never throws', () => {
    fc.assert(
      fc.property(
        fc.nat(2),
        fc.oneof(
          edits.map((es) => (t: string) => Buffer.from(applyEdits(t, es)).toString('utf8')),
          fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_JSON.slice(2))).map(
            ([pick, [key, raw]]) =>
              (t: string) =>
                addKey(t, pick, key, raw)
          )
        ),
        (i, mutate) => {
          const ts = [...texts]
          ts[i] = mutate(ts[i] as string)
          let same = false
          try {
            same =
              canonicalDigest(JSON.parse(ts[i])) === canonicalDigest(JSON.parse(texts[i] as string))
          } catch {
            same = false
          }
          const state = verifyChain('prod', entries(ts), KEY)
          if (!same) expect(state.ok).toBe(false)
        }
      ),
      { numRuns: 300 }
    )
  })
})

test('the seed bundle files hash as its manifest says (fixtures intact)', () => {
  const m = JSON.parse(text('fuzz/bundle/manifest.json')) as {
    files: { path: string; sha256: string }[]
  }
  for (const f of m.files) {
    const got = createHash('sha256')
      .update(readFileSync(path.join(FIX, 'fuzz/bundle', f.path)))
      .digest('hex')
    expect(got).toBe(f.sha256)
  }
})
