// The JUnit reader on files written by the real tools, generated here, into a temp folder, each
// run once (beforeAll) and read by several tests. A missing tool fails its tests (CI installs
// them: .ci/run installs python3-pytest, golang-go and gotestsum; the rest are devDependencies).
//
// Verified with: jest 29.7.0 + jest-junit 16.0.0; mocha 12.0.3 (built-in xunit reporter) and
// mocha-junit-reporter 2.2.1; vitest 5.1.2 (--reporter=junit); pytest 7.2.1 (Debian
// python3-pytest 7.2.1-2, /usr/bin/pytest-3 --junitxml); go 1.19.8 (Debian golang-go 2:1.19~1)
// + gotestsum 1.8.2 (Debian 1.8.2-1+b3). The versions found are checked by the first test.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { judgeTogether, readJunit } from '../src/parsers/junit.js'
import type { FileVerdict } from '../src/parsers/verdict.js'
import { decodeText } from '../src/parsers/decode-text.js'

const NM = path.resolve('node_modules')

interface Ran {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs a command to its end (a failing test run exits non-zero: that is not an error here). */
function run(
  cmd: string,
  args: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      {
        cwd: opts.cwd,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...opts.env },
        timeout: opts.timeout ?? 120_000,
        maxBuffer: 16 * 1024 * 1024
      },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') {
          reject(new Error(`${cmd} ${args.join(' ')} did not run: ${err.message}`))
          return
        }
        resolve({ code: typeof err?.code === 'number' ? err.code : 0, stdout, stderr })
      }
    )
  })
}

/** vitest 5 and mocha 12 need Node 22+: this process's node, else the `node` devDependency's. */
function modernNode(): string {
  const major = Number(process.versions.node.split('.')[0])
  if (major >= 22) return process.execPath
  const dev = path.join(NM, 'node', 'bin', 'node')
  if (existsSync(dev)) return dev
  throw new Error(
    `node ${process.versions.node} is too old for vitest 5 and the devDependency node is missing; run npm ci`
  )
}

async function write(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), content)
  }
}

/** The reader as the gate uses it: bytes → decodeText → readJunit. */
async function judge(file: string): Promise<FileVerdict> {
  const decoded = decodeText(await readFile(file), 'xml')
  if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`)
  return readJunit(decoded.text, { file: path.basename(file) })
}

type Scenario = 'pass' | 'fail' | 'skip'
interface Generated {
  version: string
  files: Partial<Record<string, string>>
}

let tmp = ''
const generated = new Map<string, Promise<Generated>>()

/** The generation of one tool; its error (a missing tool) fails that tool's tests only. */
async function tool(name: string): Promise<Generated> {
  const g = generated.get(name)
  if (!g) throw new Error(`no generation for ${name}`)
  return g
}

// --- jest + jest-junit --------------------------------------------------------------------------

async function generateJest(): Promise<Generated> {
  const node = modernNode()
  const root = path.join(tmp, 'jest')
  const projects: Record<string, Record<string, string>> = {
    pass: {
      'cart.test.js':
        "describe('cart', () => {\n  test('adds', () => expect(1 + 1).toBe(2))\n  test('removes', () => expect([1].length).toBe(1))\n})\n"
    },
    fail: {
      'cart.test.js':
        "test('adds', () => expect(1 + 1).toBe(2))\ntest('totals', () => expect(9).toBe(10))\n"
    },
    skip: {
      'cart.test.js':
        "describe.skip('cart', () => {\n  test('adds', () => {})\n})\ntest.skip('totals', () => {})\n"
    },
    // A test file that does not load, reported with jest-junit's reportTestSuiteErrors.
    suiteError: {
      'ok.test.js': "test('adds', () => expect(1 + 1).toBe(2))\n",
      'broken.test.js': 'this is not javascript(\n'
    }
  }
  const files: Generated['files'] = {}
  for (const [scenario, content] of Object.entries(projects)) {
    const dir = path.join(root, scenario)
    await write(dir, { ...content, 'package.json': '{}\n' })
    await run(
      node,
      [
        path.join(NM, 'jest', 'bin', 'jest.js'),
        '--rootDir',
        dir,
        '--ci',
        '--runInBand',
        '--watchman=false',
        '--cacheDirectory',
        path.join(root, 'cache'),
        `--reporters=${path.join(NM, 'jest-junit')}`
      ],
      {
        cwd: dir,
        env: {
          JEST_JUNIT_OUTPUT_DIR: dir,
          JEST_JUNIT_OUTPUT_NAME: 'junit.xml',
          ...(scenario === 'suiteError' ? { JEST_JUNIT_REPORT_TEST_SUITE_ERRORS: 'true' } : {})
        }
      }
    )
    files[scenario] = path.join(dir, 'junit.xml')
  }
  const version = JSON.parse(
    await readFile(path.join(NM, 'jest-junit', 'package.json'), 'utf8')
  ) as { version: string }
  return { version: `jest-junit ${version.version}`, files }
}

// --- mocha: built-in xunit reporter and mocha-junit-reporter -------------------------------------

const MOCHA_SPECS: Record<Scenario, string> = {
  pass: "const assert = require('node:assert')\ndescribe('cart', () => {\n  it('adds', () => assert.strictEqual(1 + 1, 2))\n  describe('coupons', () => {\n    it('applies', () => assert.ok(true))\n  })\n})\n",
  fail: "const assert = require('node:assert')\ndescribe('cart', () => {\n  it('adds', () => assert.strictEqual(1 + 1, 2))\n  it('totals', () => assert.strictEqual(9, 10))\n})\n",
  skip: "describe('cart', () => {\n  it.skip('adds', () => {})\n  it('totals (pending, no body)')\n})\n"
}

async function generateMocha(): Promise<Generated> {
  const node = modernNode()
  const root = path.join(tmp, 'mocha')
  // mocha-junit-reporter 2.2.1 calls `Base.call(this, runner)`, which Mocha 12's class-based
  // Base reporter refuses (michaelleeallen/mocha-junit-reporter#216, open). This shim lends it a
  // function-style Base while it loads; the XML is still written by the reporter's own code.
  const shim = `const mocha = require(${JSON.stringify(path.join(NM, 'mocha'))})
const RealBase = mocha.reporters.Base
function FunctionBase(runner, options) { Object.assign(this, new RealBase(runner, options)) }
Object.setPrototypeOf(FunctionBase, RealBase)
FunctionBase.prototype = RealBase.prototype
mocha.reporters.Base = FunctionBase
try { module.exports = require(${JSON.stringify(path.join(NM, 'mocha-junit-reporter'))}) } finally { mocha.reporters.Base = RealBase }
`
  await write(root, { 'mjr-shim.cjs': shim })
  const files: Generated['files'] = {}
  for (const scenario of Object.keys(MOCHA_SPECS) as Scenario[]) {
    const dir = path.join(root, scenario)
    await write(dir, { 'cart.spec.cjs': MOCHA_SPECS[scenario] })
    const mocha = [path.join(NM, 'mocha', 'bin', 'mocha.js'), '--no-config', '--no-package']
    await run(
      node,
      [
        ...mocha,
        '--reporter',
        'xunit',
        '--reporter-option',
        `output=${dir}/xunit.xml`,
        'cart.spec.cjs'
      ],
      { cwd: dir }
    )
    await run(
      node,
      [
        ...mocha,
        '--reporter',
        path.join(root, 'mjr-shim.cjs'),
        '--reporter-option',
        `mochaFile=${dir}/mjr.xml`,
        'cart.spec.cjs'
      ],
      { cwd: dir }
    )
    files[`xunit-${scenario}`] = path.join(dir, 'xunit.xml')
    files[`mjr-${scenario}`] = path.join(dir, 'mjr.xml')
  }
  // Hooks that throw: mocha 12's xunit reporter then writes skipped="-2" on the suite.
  const hooks = path.join(root, 'hooks')
  await write(hooks, {
    'cart.spec.cjs':
      "describe('cart', () => {\n  before(() => { throw new Error('db down') })\n  it('adds', () => {})\n})\ndescribe('basket', () => {\n  afterEach(() => { throw new Error('cleanup failed') })\n  it('empties', () => {})\n})\n"
  })
  await run(
    node,
    [
      path.join(NM, 'mocha', 'bin', 'mocha.js'),
      '--no-config',
      '--no-package',
      '--reporter',
      'xunit',
      '--reporter-option',
      `output=${hooks}/xunit.xml`,
      'cart.spec.cjs'
    ],
    { cwd: hooks }
  )
  files['xunit-hooks'] = path.join(hooks, 'xunit.xml')
  const mochaVersion = (
    await run(node, [path.join(NM, 'mocha', 'bin', 'mocha.js'), '--version'], { cwd: root })
  ).stdout.trim()
  const mjr = JSON.parse(
    await readFile(path.join(NM, 'mocha-junit-reporter', 'package.json'), 'utf8')
  ) as { version: string }
  return { version: `mocha ${mochaVersion}, mocha-junit-reporter ${mjr.version}`, files }
}

// --- vitest --------------------------------------------------------------------------------------

async function generateVitest(): Promise<Generated> {
  const node = modernNode()
  const root = path.join(tmp, 'vitest')
  const specs: Record<Scenario, string> = {
    pass: "import { describe, expect, test } from 'vitest'\ntest('adds', () => expect(1 + 1).toBe(2))\ndescribe('coupons', () => {\n  test('applies', () => expect(true).toBe(true))\n})\n",
    fail: "import { expect, test } from 'vitest'\ntest('adds', () => expect(1 + 1).toBe(2))\ntest('totals', () => expect(9).toBe(10))\n",
    skip: "import { test } from 'vitest'\ntest.skip('adds', () => {})\ntest.todo('totals')\n"
  }
  const files: Generated['files'] = {}
  for (const scenario of Object.keys(specs) as Scenario[]) {
    const dir = path.join(root, scenario)
    await write(dir, { 'cart.test.mjs': specs[scenario], 'package.json': '{"type":"module"}\n' })
    await run(
      node,
      [
        path.join(NM, 'vitest', 'vitest.mjs'),
        'run',
        '--root',
        dir,
        '--reporter=junit',
        `--outputFile=${dir}/junit.xml`
      ],
      { cwd: dir, env: { CI: '1' } }
    )
    files[scenario] = path.join(dir, 'junit.xml')
  }
  const version = (
    await run(node, [path.join(NM, 'vitest', 'vitest.mjs'), '--version'], { cwd: root })
  ).stdout.trim()
  return { version, files }
}

// --- pytest (Debian) -----------------------------------------------------------------------------

const PYTEST = '/usr/bin/pytest-3'

async function generatePytest(): Promise<Generated> {
  const dir = path.join(tmp, 'pytest')
  await write(dir, {
    'test_pass.py':
      'def test_add():\n    assert 1 + 1 == 2\n\ndef test_remove():\n    assert [1][0] == 1\n',
    'test_fail.py':
      'import pytest\n\ndef test_add():\n    assert 1 + 1 == 2\n\ndef test_total():\n    assert 10.7 == 10.8\n\n@pytest.fixture\ndef db():\n    raise RuntimeError("db down")\n\ndef test_query(db):\n    pass\n',
    'test_skip.py':
      'import pytest\n\npytestmark = pytest.mark.skip(reason="no database here")\n\ndef test_query():\n    pass\n\ndef test_insert():\n    pass\n',
    // Interrupted runs (exit status 2): pytest writes a <testcase> without a name for the test it
    // was running, and nothing for the tests after it.
    'test_exit.py':
      'import pytest\n\ndef test_a():\n    pass\n\ndef test_b():\n    pytest.exit("stop here")\n\ndef test_c():\n    pass\n',
    'test_interrupt.py': 'def test_a():\n    raise KeyboardInterrupt\n\ndef test_b():\n    pass\n'
  })
  const files: Generated['files'] = {}
  for (const scenario of ['pass', 'fail', 'skip', 'exit', 'interrupt']) {
    await run(
      PYTEST,
      [
        '-q',
        '-p',
        'no:cacheprovider',
        `--rootdir=${dir}`,
        `--junitxml=${dir}/${scenario}.xml`,
        `test_${scenario}.py`
      ],
      { cwd: dir, env: { PYTHONDONTWRITEBYTECODE: '1', HOME: dir } }
    )
    files[scenario] = path.join(dir, `${scenario}.xml`)
  }
  const version = (await run(PYTEST, ['--version'], { cwd: dir })).stdout.trim()
  const stderrVersion = version || (await run(PYTEST, ['--version'], { cwd: dir })).stderr.trim()
  return { version: stderrVersion, files }
}

// --- go test via gotestsum (Debian) --------------------------------------------------------------

async function generateGo(): Promise<Generated> {
  const root = path.join(tmp, 'go')
  const mod = path.join(root, 'shop')
  await write(mod, {
    'go.mod': 'module example.com/shop\n\ngo 1.19\n',
    'basket/basket_test.go':
      'package basket\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif 1+1 != 2 {\n\t\tt.Fatal("math")\n\t}\n}\n\nfunc TestRemove(t *testing.T) {}\n',
    'totals/totals_test.go':
      'package totals\n\nimport "testing"\n\nfunc TestTotal(t *testing.T) { t.Errorf("total = %d, want %d", 9, 10) }\n\nfunc TestTax(t *testing.T) {}\n',
    'later/later_test.go':
      'package later\n\nimport "testing"\n\nfunc TestRefund(t *testing.T) { t.Skip("not yet") }\n',
    // A package that does not compile: gotestsum reports it only as <testsuites errors="1">.
    'broken/broken.go': 'package broken\n\nfunc Price() int { return "free" }\n',
    'broken/broken_test.go':
      'package broken\n\nimport "testing"\n\nfunc TestPrice(t *testing.T) { _ = Price() }\n',
    // Fails on its first run and passes on the rerun (a marker file in the temp dir).
    'flaky/flaky_test.go':
      'package flaky\n\nimport (\n\t"os"\n\t"testing"\n)\n\nfunc TestOK(t *testing.T) {}\n\nfunc TestFlaky(t *testing.T) {\n\tm := os.Getenv("FLAKY_MARKER")\n\tif _, err := os.Stat(m); err != nil {\n\t\t_ = os.WriteFile(m, nil, 0o644)\n\t\tt.Fatal("first run fails")\n\t}\n}\n'
  })
  const env = {
    HOME: path.join(root, 'home'),
    GOCACHE: path.join(root, 'cache'),
    GOPATH: path.join(root, 'gopath'),
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GO111MODULE: 'on',
    CGO_ENABLED: '0',
    FLAKY_MARKER: path.join(root, 'flaky-ran-once')
  }
  const runs: Record<string, string[]> = {
    pass: ['./basket'],
    fail: ['./totals'],
    skip: ['./later'],
    buildError: ['./basket', './broken']
  }
  const files: Generated['files'] = {}
  for (const [scenario, packages] of Object.entries(runs)) {
    const out = path.join(root, `${scenario}.xml`)
    await run('gotestsum', ['--format', 'standard-quiet', '--junitfile', out, '--', ...packages], {
      cwd: mod,
      env,
      timeout: 180_000
    })
    files[scenario] = out
  }
  // gotestsum --rerun-fails writes each run of a test as its own <testcase> (gotestsum#281).
  const rerun = path.join(root, 'rerun.xml')
  await run(
    'gotestsum',
    ['--format', 'standard-quiet', '--junitfile', rerun, '--rerun-fails', '--packages', './flaky'],
    { cwd: mod, env, timeout: 180_000 }
  )
  files.rerun = rerun
  const go = (await run('go', ['version'], { cwd: mod, env })).stdout.trim()
  const dpkg = await run('dpkg-query', ['-W', '-f=${Version}', 'gotestsum'], { cwd: mod }).catch(
    () => undefined
  )
  const gotestsum =
    dpkg?.code === 0
      ? dpkg.stdout.trim()
      : (await run('gotestsum', ['--version'], { cwd: mod, env })).stdout.trim()
  return { version: `${go}, gotestsum ${gotestsum}`, files }
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gonogo-real-tools-'))
  const generators: Record<string, () => Promise<Generated>> = {
    jest: generateJest,
    mocha: generateMocha,
    vitest: generateVitest,
    pytest: generatePytest,
    go: generateGo
  }
  for (const [name, generate] of Object.entries(generators)) {
    const p = generate()
    p.catch(() => undefined) // reported by the tool's own tests
    generated.set(name, p)
  }
  await Promise.allSettled(generated.values())
}, 300_000)

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

async function verdict(toolName: string, scenario: string): Promise<FileVerdict> {
  const g = await tool(toolName)
  const file = g.files[scenario]
  if (!file || !existsSync(file)) throw new Error(`${toolName} wrote no ${scenario} report`)
  return judge(file)
}

describe('the tools are there', () => {
  test.each([
    ['jest', /^jest-junit \d+\./],
    ['mocha', /^mocha \d+\.\d+\.\d+, mocha-junit-reporter \d+\./],
    ['vitest', /vitest\/\d+\./],
    ['pytest', /^pytest \d+\./],
    ['go', /^go version go1\.\d+.*, gotestsum \S+/]
  ])('%s reports its version', async (name, pattern) => {
    expect((await tool(name)).version).toMatch(pattern)
  })
})

describe('jest + jest-junit', () => {
  test('a green run passes', async () => {
    const v = await verdict('jest', 'pass')
    expect(v).toMatchObject({ status: 'passed', message: 'junit.xml: 2 tests passed' })
  })

  test('a failing assertion fails and the finding names the test and the assertion', async () => {
    const v = await verdict('jest', 'fail')
    expect(v.status).toBe('failed')
    expect(v.message).toBe('junit.xml: 1 failed and 0 errored of 2 tests')
    expect(v.findings).toHaveLength(1)
    expect(v.findings[0]?.id).toMatch(/totals$/)
    expect(v.findings[0]?.message).toMatch(/^failed: Error: expect\(received\)\.toBe\(expected\)/)
  })

  test('a run of skipped tests only: no test ran, unless tests ran in another file of the source', async () => {
    const skip = await verdict('jest', 'skip')
    expect(skip.status).toBe('failed')
    expect(skip.message).toBe(
      'junit.xml: no test ran (2 tests, 2 skipped); a run without tests proves nothing'
    )
    const [together] = judgeTogether([skip, await verdict('jest', 'pass')])
    expect(together?.status).toBe('passed')
  })

  test('a test file that does not load (reportTestSuiteErrors) fails', async () => {
    const v = await verdict('jest', 'suiteError')
    expect(v.status).toBe('failed')
    expect(v.findings.map((f) => f.message).join('\n')).toContain('Test suite failed to run')
  })
})

describe('mocha (xunit reporter and mocha-junit-reporter)', () => {
  test.each(['xunit', 'mjr'])('%s: a green run passes', async (reporter) => {
    const v = await verdict('mocha', `${reporter}-pass`)
    expect(v).toMatchObject({
      status: 'passed',
      message: expect.stringMatching(/: 2 tests passed$/)
    })
  })

  test.each(['xunit', 'mjr'])(
    '%s: a failing assertion fails (the xunit reporter counts it in errors="1" on a <failure>: still one failure)',
    async (reporter) => {
      const v = await verdict('mocha', `${reporter}-fail`)
      expect(v.status).toBe('failed')
      expect(v.message).toMatch(/: 1 failed and 0 errored of 2 tests$/)
      expect(v.findings[0]?.message).toMatch(/^failed: .*Expected values to be strictly equal/)
    }
  )

  test.each(['xunit', 'mjr'])(
    '%s: only skipped and pending tests: no test ran (mocha-junit-reporter leaves pending tests out but counts them in skipped="2")',
    async (reporter) => {
      const v = await verdict('mocha', `${reporter}-skip`)
      expect(v.status).toBe('failed')
      expect(v.message).toMatch(/: no test ran \(\d+ tests, \d+ skipped\)/)
      expect(v.tests?.ran).toBe(0)
    }
  )

  test('xunit: hooks that throw fail the source, naming them, though the reporter writes skipped="-2"', async () => {
    const g = await tool('mocha')
    expect(await readFile(g.files['xunit-hooks'] ?? '', 'utf8')).toMatch(/skipped="-\d+"/)
    const v = await verdict('mocha', 'xunit-hooks')
    expect(v.status).toBe('failed')
    expect(v.message).toMatch(
      /skipped="-\d+" on <testsuite> at line \d+ is not a count .*\(not counted\)/
    )
    expect(v.findings.map((f) => f.id).join(' ')).toMatch(/hook/)
  })
})

describe('vitest --reporter=junit', () => {
  test('a green run passes', async () => {
    expect(await verdict('vitest', 'pass')).toMatchObject({
      status: 'passed',
      message: 'junit.xml: 2 tests passed'
    })
  })

  test('a failing assertion fails with its message', async () => {
    const v = await verdict('vitest', 'fail')
    expect(v.status).toBe('failed')
    expect(v.findings).toEqual([
      expect.objectContaining({
        id: 'cart.test.mjs › cart.test.mjs.totals',
        message: 'failed: expected 9 to be 10 // Object.is equality'
      })
    ])
  })

  test('skipped and todo tests only: no test ran', async () => {
    const v = await verdict('vitest', 'skip')
    expect(v.status).toBe('failed')
    expect(v.message).toBe(
      'junit.xml: no test ran (2 tests, 2 skipped); a run without tests proves nothing'
    )
  })
})

describe('pytest --junitxml (Debian pytest-3)', () => {
  test('a green run passes', async () => {
    expect(await verdict('pytest', 'pass')).toMatchObject({
      status: 'passed',
      message: 'pass.xml: 2 tests passed'
    })
  })

  test('a failed assert and an error in a fixture: one failed, one errored, both named', async () => {
    const v = await verdict('pytest', 'fail')
    expect(v.status).toBe('failed')
    expect(v.message).toBe('fail.xml: 1 failed and 1 errored of 3 tests')
    expect(v.findings.map((f) => [f.id, f.message])).toEqual([
      ['pytest › test_fail.test_total', 'failed: assert 10.7 == 10.8'],
      ['pytest › test_fail.test_query', 'errored: failed on setup with "RuntimeError: db down"']
    ])
  })

  test('an interrupted run (pytest.exit, KeyboardInterrupt) fails: its nameless test case is named by line', async () => {
    const exit = await verdict('pytest', 'exit')
    expect(exit.status).toBe('failed')
    expect(exit.message).toMatch(
      /^exit\.xml: the <testcase> at line 1 has no name: the run stopped while a test ran \(pytest writes this when interrupted by KeyboardInterrupt or pytest\.exit\), so the run did not finish; 1 named tests passed\. Re-run the tests to the end$/
    )
    const interrupt = await verdict('pytest', 'interrupt')
    expect(interrupt.status).toBe('failed')
    expect(interrupt.message).toContain('0 named tests passed')
    // Beside a green file of the same source it still fails.
    const together = judgeTogether([await verdict('pytest', 'pass'), interrupt])
    expect(together.map((v) => v.status)).toEqual(['passed', 'failed'])
  })

  test('a module of skipped tests: no test ran alone, fine beside a module whose tests ran', async () => {
    const skip = await verdict('pytest', 'skip')
    expect(skip).toMatchObject({
      status: 'failed',
      message: 'skip.xml: no test ran (2 tests, 2 skipped); a run without tests proves nothing'
    })
    const together = judgeTogether([await verdict('pytest', 'pass'), skip])
    expect(together.map((v) => v.status)).toEqual(['passed', 'passed'])
    expect(together[1]?.message).toBe(
      'skip.xml: no test ran in this file (2 tests, 2 skipped); tests ran in other files of this source'
    )
  })
})

describe('go test via gotestsum --junitfile (Debian golang-go, gotestsum)', () => {
  test('a green package passes', async () => {
    expect(await verdict('go', 'pass')).toMatchObject({
      status: 'passed',
      message: 'pass.xml: 2 tests passed'
    })
  })

  test('a failing test fails and is named', async () => {
    const v = await verdict('go', 'fail')
    expect(v.status).toBe('failed')
    expect(v.findings.map((f) => f.id)).toEqual([
      'example.com/shop/totals › example.com/shop/totals.TestTotal'
    ])
  })

  test('a skipped test only: no test ran', async () => {
    expect((await verdict('go', 'skip')).status).toBe('failed')
  })

  test('a package that does not build: gotestsum writes only <testsuites errors="1">, and the source fails (gotestyourself/gotestsum#475)', async () => {
    const g = await tool('go')
    const xml = await readFile(g.files.buildError ?? '', 'utf8')
    expect(xml).toMatch(/<testsuites tests="2" failures="0" errors="1"/)
    expect(xml).not.toMatch(/<(failure|error)\b/)
    const v = await verdict('go', 'buildError')
    expect(v.status).toBe('failed')
    expect(v.message).toMatch(
      /^buildError\.xml: <testsuites> on line 2 says tests="2" failures="0" errors="1", but no <failure> or <error> element accounts for it/
    )
    expect(v.summary).toMatchObject({ tests: 2, failures: 0, errors: 0, unaccounted: 1 })
  })

  test('a test that failed and passed on its rerun (gotestsum --rerun-fails) is flaky, not failed (gotestsum#281: the run passes)', async () => {
    const g = await tool('go')
    const xml = await readFile(g.files.rerun ?? '', 'utf8')
    expect(xml.match(/name="TestFlaky"/g)).toHaveLength(2)
    expect(xml).toMatch(/<failure\b/)
    const v = await verdict('go', 'rerun')
    expect(v.status).toBe('passed')
    expect(v.message).toMatch(/1 flaky \(passed on rerun\): example.com\/shop\/flaky.TestFlaky/)
  })
})
