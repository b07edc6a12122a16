// The JUnit cases of the shared ingest corpus, copied into __tests__/fixtures/ingest/<case>/ (see
// each NOTES.md for the corpus path and the public report it reproduces). Each case runs the
// gate the way the corpus does: `gonogo <expected.args>` in a scratch copy of the case folder,
// then the exit code, the decision and every control's status are compared with expected.json.
import { afterAll, afterEach, describe, expect, jest, test } from '@jest/globals'
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import { Workspace } from '../src/io/workspace.js'

const FIXTURES = path.resolve('__tests__/fixtures/ingest')

interface Expected {
  args: string[]
  exit: number
  decision: string
  status_of: Record<string, string>
  must_not_contain?: string[]
  message_includes?: Record<string, string>
  source: string
}

interface SummaryControl {
  id: string
  status: string
  message: string
}

const scratch: string[] = []
afterAll(async () => {
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })))
})
afterEach(() => {
  jest.restoreAllMocks()
})

/** Runs the case's gate command in a scratch copy; returns what the corpus scorer looks at. */
async function runCase(name: string): Promise<{
  expected: Expected
  code: number
  stdout: string
  stderr: string
  dir: string
  controls: Map<string, SummaryControl>
  decision: string
  outputs: string
}> {
  const expected = JSON.parse(
    await readFile(path.join(FIXTURES, name, 'expected.json'), 'utf8')
  ) as Expected
  const root = await mkdtemp(path.join(os.tmpdir(), 'gonogo-ingest-'))
  scratch.push(root)
  const dir = path.join(root, name)
  await cp(path.join(FIXTURES, name), dir, {
    recursive: true,
    filter: (p) => !p.endsWith('expected.json') && !p.endsWith('NOTES.md')
  })
  const io: Io & { stdout: string; stderr: string } = {
    stdout: '',
    stderr: '',
    env: {},
    cwd: dir,
    out: (s) => {
      io.stdout += s
    },
    err: (s) => {
      io.stderr += s
    }
  }
  const code = await main(expected.args, io)
  const out = path.join(dir, 'out')
  const summary = JSON.parse(await readFile(path.join(out, 'executive-summary.json'), 'utf8')) as {
    decision: string
    controls: SummaryControl[]
  }
  const files = await readdir(out)
  const outputs = (await Promise.all(files.map((f) => readFile(path.join(out, f), 'utf8')))).join(
    '\n'
  )
  return {
    expected,
    code,
    stdout: io.stdout,
    stderr: io.stderr,
    dir,
    controls: new Map(summary.controls.map((c) => [c.id, c])),
    decision: summary.decision,
    outputs
  }
}

function expectAsCorpus(r: Awaited<ReturnType<typeof runCase>>): void {
  expect(r.code).toBe(r.expected.exit)
  expect(r.decision).toBe(r.expected.decision)
  for (const [id, want] of Object.entries(r.expected.status_of)) {
    expect(want.split('|')).toContain(r.controls.get(id)?.status)
  }
  for (const [id, sub] of Object.entries(r.expected.message_includes ?? {})) {
    expect(r.controls.get(id)?.message).toContain(sub)
  }
}

describe('ingest corpus: JUnit XML as real tools write it', () => {
  test('01 Surefire rerunFailingTestsCount: a flaky test passes and is named, a test that failed every rerun fails (EnricoMi/publish-unit-test-result-action#539)', async () => {
    const r = await runCase('01-surefire-flaky-rerun')
    expectAsCorpus(r)
    expect(r.controls.get('flaky-suite')).toMatchObject({
      status: 'passed',
      message:
        'results/flaky/TEST-org.example.cart.PriceRulesTest.xml: 3 tests passed; 2 flaky (passed on rerun): org.example.cart.PriceRulesTest.appliesVolumeDiscount, org.example.cart.PriceRulesTest.readsRateTable'
    })
    expect(r.controls.get('rerun-suite')).toMatchObject({
      status: 'failed',
      message:
        'results/rerun/TEST-org.example.cart.CheckoutFlowTest.xml: 1 failed and 0 errored of 2 tests'
    })
  })

  test('02 gotestsum: errors="1" on <testsuites> with every listed test passing fails the source (gotestyourself/gotestsum#475)', async () => {
    const r = await runCase('02-gotestsum-root-errors')
    expectAsCorpus(r)
    const m = r.controls.get('go-tests')?.message ?? ''
    expect(m).toMatch(
      /^results\/junit\.xml: <testsuites> on line 2 says tests="3" failures="0" errors="1", but no <failure> or <error> element accounts for it/
    )
  })

  test('04 UTF-16LE with a byte-order mark is read like UTF-8 (lukejpreston/xunit-viewer#143)', async () => {
    const r = await runCase('04-junit-utf16')
    expectAsCorpus(r)
    expect(r.controls.get('apex-tests')?.message).toBe('results/tests.xml: 2 tests passed')
  })

  test('05 a DOCTYPE with an external entity: the file is refused naming it, the entity is never read, the other control is judged and the summary written (codeclou/java-junit-xml-merger#7)', async () => {
    const readBytes = jest.spyOn(Workspace.prototype, 'readBytes')
    const readBytesNow = jest.spyOn(Workspace.prototype, 'readBytesNow')
    const readText = jest.spyOn(Workspace.prototype, 'readText')
    const r = await runCase('05-junit-doctype-external-entity')
    expectAsCorpus(r)
    expect(r.controls.get('unit-tests')).toMatchObject({
      status: 'invalid',
      message:
        'results/junit/TEST-org.example.pay.RefundTest.xml: cannot be read safely at line 7, column 40: entity reference &detail; needs the DOCTYPE on line 2, which gonogo never reads (external entities are never fetched, none are expanded); write the report without a DOCTYPE'
    })
    expect(r.controls.get('code-scan')?.status).toBe('passed')
    // The entity's target is never opened, and its content appears nowhere.
    const asked = [...readBytes.mock.calls, ...readBytesNow.mock.calls, ...readText.mock.calls].map(
      (c) => String(c[0])
    )
    expect(asked).toContain('results/junit/TEST-org.example.pay.RefundTest.xml')
    expect(asked.some((p) => p.includes('canary'))).toBe(false)
    for (const s of r.expected.must_not_contain ?? []) {
      expect(r.stdout).not.toContain(s)
      expect(r.stderr).not.toContain(s)
      expect(r.outputs).not.toContain(s)
    }
  })

  test('the JUnit reader and the scanner import no file, network or process module: nothing they read can make them fetch', async () => {
    for (const f of [
      'src/parsers/junit.ts',
      'src/parsers/xml-scan.ts',
      'src/parsers/decode-text.ts'
    ]) {
      const source = await readFile(f, 'utf8')
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1])
      // The one package is the XML parser, saxes, which requires only its character tables.
      const packages = imports.filter((i) => i?.startsWith('node:') || !i?.startsWith('.'))
      expect(packages).toEqual(f.endsWith('xml-scan.ts') ? ['saxes'] : [])
    }
    const saxes = await readFile('node_modules/saxes/saxes.js', 'utf8')
    const required = [...saxes.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])
    expect(required.length).toBeGreaterThan(0)
    expect(required.filter((r) => !r?.startsWith('xmlchars/'))).toEqual([])
    const tables = await Promise.all(required.map((r) => readFile(`node_modules/${r}.js`, 'utf8')))
    for (const source of [saxes, ...tables]) {
      expect(source).not.toMatch(/\bimport\(|process\.binding|XMLHttpRequest|\bfetch\(/)
    }
    for (const source of tables) expect(source).not.toMatch(/\brequire\(/)
  })
})
