// Issue 16: a bundle holds the policy and every file the decision read, and `gonogo bundle verify
// --replay` decides again from it alone. The gate run is real: JUnit written by mocha's own xunit
// reporter (run here), a SARIF log, a report the older Python scripts wrote (seed-reports, copied
// from the shared corpus), and two built-ins — workflow-lint without script-syntax (reads only
// files: run again on the bundled copies; with script-syntax it runs interpreters and so replays
// from its report) and policy-freshness (reads git history: replayed from its report).
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { buildManifest, type BundleManifest } from '../src/core/bundle-manifest.js'
import { stableStringify } from '../src/core/canonical-json.js'
import { main, type Io } from '../src/cli/main.js'
import type { ExecutiveSummary } from '../src/core/decision.js'
import { replayBundle } from '../src/gate/replay-bundle.js'
import { zipFolder } from './support/zip.js'

const readSummary = async (file: string): Promise<ExecutiveSummary> =>
  JSON.parse(await readFile(file, 'utf8')) as ExecutiveSummary

const SHA = '3f0c9a1e5b7d2c4f6a8e0b1d3c5f7a9e2b4d6f80'
const TIME = ['--effective-time', '2026-11-21T00:00:00Z']
const FIX = path.resolve('__tests__/fixtures')

let tmp = ''
let ws = ''
let out = ''
let bundle = ''

function io(cwd: string, env: NodeJS.ProcessEnv = {}): Io & { stdout: string; stderr: string } {
  const o = {
    stdout: '',
    stderr: '',
    env,
    cwd,
    out: (s: string) => void (o.stdout += s),
    err: (s: string) => void (o.stderr += s)
  }
  return o
}

function run(cmd: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      cmd,
      args,
      { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd }, timeout: 120_000 },
      (err, stdout, stderr) =>
        err && typeof err.code !== 'number'
          ? reject(new Error(`${cmd}: ${err.message}\n${stderr}`))
          : resolve(stdout)
    )
  )
}

const POLICY = `version: 1
controls:
  - id: unit-tests
    source: { junit: 'test-results/*.xml' }
    severity: high
  - id: code-scanning
    source: { sarif: 'results/*.sarif' }
    severity: medium
  - id: policy-gate-freshness
    source: { report: artifacts/policy_gate_freshness_report.json }
    severity: medium
  - id: workflow-lint
    source: { builtin: workflow-lint }
    severity: medium
  - id: policy-freshness
    source: { builtin: policy-freshness }
    severity: medium
checks:
  workflow-lint:
    severity: { script-syntax: 'off' }
  policy-freshness:
    policies: [{ path: policy/release.rego }]
    max_age_days: 3650
waivers:
  - control: code-scanning
    owner: '@alice'
    reason: vendored code
    expires: 2026-12-31
`

async function gateAndBundle(): Promise<void> {
  const r = io(ws)
  const code = await main(
    ['gate', '--sha', SHA, '--output', out, '--reports', 'gonogo-reports', ...TIME],
    r
  )
  expect([code, r.stderr]).toEqual([expect.any(Number), ''])
  expect([0, 1]).toContain(code)
  const b = io(ws)
  expect(
    await main(
      [
        'bundle',
        'create',
        '--reports',
        'gonogo-reports',
        '--summary',
        out,
        '--output',
        bundle,
        '--sha',
        SHA,
        ...TIME
      ],
      b
    )
  ).toBe(0)
}

async function replay(dir: string, env: NodeJS.ProcessEnv = {}) {
  const r = io(os.tmpdir(), env)
  const code = await main(['bundle', 'verify', dir, '--replay'], r)
  return { code, text: r.stdout + r.stderr }
}

/** Rewrites manifest.json over the bundle's files as they are now (an unsigned bundle's forger). */
async function reManifest(dir: string): Promise<void> {
  const old = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as BundleManifest
  const files: { path: string; size: number; sha256: string }[] = []
  const walk = async (rel: string): Promise<void> => {
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) await walk(p)
      else if (p !== 'manifest.json') {
        const data = await readFile(path.join(dir, p))
        files.push({
          path: p,
          size: data.length,
          sha256: createHash('sha256').update(data).digest('hex')
        })
      }
    }
  }
  await walk('')
  const m = buildManifest({
    subject: old.subject,
    run: old.run,
    createdAt: Date.parse(old.created_at),
    files
  })
  await writeFile(path.join(dir, 'manifest.json'), `${stableStringify(m)}\n`)
}

async function copyBundle(name: string): Promise<string> {
  const dir = path.join(tmp, name)
  await cp(bundle, dir, { recursive: true })
  return dir
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gonogo-replay-test-'))
  ws = path.join(tmp, 'repo')
  out = path.join(tmp, 'gate-out')
  bundle = path.join(tmp, 'bundle')
  await mkdir(path.join(ws, '.github/workflows'), { recursive: true })
  await mkdir(path.join(ws, 'test'), { recursive: true })
  await mkdir(path.join(ws, 'results'), { recursive: true })
  await mkdir(path.join(ws, 'policy'), { recursive: true })
  await mkdir(path.join(ws, 'gonogo-reports'), { recursive: true })
  // An unclaimed report in the reports folder: the gate reads it, and the bundle carries it twice
  // (reports/ and evidence/gonogo-reports/).
  await writeFile(
    path.join(ws, 'gonogo-reports/ci-stability.json'),
    '{"report":"ci_stability_trend","slo_status":"healthy","window_runs":20,"summary":{"pass_rate_pct":97,"flaky_runs":1}}\n'
  )
  await writeFile(path.join(ws, '.github/gonogo.yml'), POLICY)
  await cp(path.join(FIX, 'workflow-lint/ci-matrix.yml'), path.join(ws, '.github/workflows/ci.yml'))
  await cp(
    path.join(FIX, 'seed-reports/a03-policy-gate-freshness-passed/artifacts'),
    path.join(ws, 'artifacts'),
    { recursive: true }
  )
  await cp(
    path.join(FIX, 'sarif/codeql-extension-override-raise.sarif'),
    path.join(ws, 'results/codeql.sarif')
  )
  await writeFile(
    path.join(ws, 'policy/release.rego'),
    'package release\n\ndefault allow := false\n'
  )
  await writeFile(
    path.join(ws, 'test/math.test.cjs'),
    "const assert = require('node:assert')\ndescribe('math', () => {\n  it('adds', () => assert.strictEqual(1 + 1, 2))\n  it('multiplies', () => assert.strictEqual(2 * 3, 6))\n})\n"
  )
  // JUnit written by mocha itself (its built-in xunit reporter).
  await run(
    process.execPath,
    [
      path.resolve('node_modules/mocha/bin/mocha.js'),
      'test/math.test.cjs',
      '--reporter',
      'xunit',
      '--reporter-option',
      'output=test-results/mocha.xml'
    ],
    ws
  )
  await run('git', ['init', '-q', '-b', 'main'], ws)
  await run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '-A'], ws)
  await run(
    'git',
    [
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      'commit',
      '-q',
      '-m',
      'init',
      '--date',
      '2026-11-01T00:00:00Z'
    ],
    ws
  )
  await gateAndBundle()
}, 120_000)

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

describe('bundle create carries the evidence', () => {
  test('every file the gate read is under evidence/ with the digest the summary records, and each built-in report under builtins/', async () => {
    const summary = await readSummary(path.join(bundle, 'executive-summary.json'))
    const inputs = summary.inputs
    if (!inputs) throw new Error('the summary records no inputs')
    const paths = inputs.files.map((f) => f.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        '.github/gonogo.yml',
        '.github/workflows/ci.yml',
        'artifacts/policy_gate_freshness_report.json',
        'results/codeql.sarif',
        'test-results/mocha.xml'
      ])
    )
    for (const f of inputs.files) {
      const data = await readFile(path.join(bundle, 'evidence', f.path))
      expect(createHash('sha256').update(data).digest('hex')).toBe(f.sha256)
    }
    expect(inputs.builtins.map((b) => [b.name, b.replay, b.other_facts])).toEqual([
      ['policy-freshness', 'report', ['git']],
      ['workflow-lint', 'files', []]
    ])
    const unit = summary.controls.find((c) => c.id === 'unit-tests')
    expect(unit?.status).toBe('passed')
    expect(unit?.evidence.inputs).toEqual([
      { path: 'test-results/mocha.xml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }
    ])
    await readFile(path.join(bundle, 'builtins/report-policy-freshness.json'))
  })

  test('a file changed between the gate and the bundle is refused, naming it', async () => {
    const junit = path.join(ws, 'test-results/mocha.xml')
    const original = await readFile(junit)
    try {
      await writeFile(junit, original.toString().replace('tests="2"', 'tests="3"'))
      const b = io(ws)
      const code = await main(
        [
          'bundle',
          'create',
          '--reports',
          'gonogo-reports',
          '--summary',
          out,
          '--output',
          path.join(tmp, 'b2'),
          '--sha',
          SHA,
          ...TIME
        ],
        b
      )
      expect(code).toBe(2)
      expect(b.stderr).toMatch(/test-results\/mocha\.xml: changed since the gate read it/)
      await rm(junit)
      const c = io(ws)
      expect(
        await main(
          [
            'bundle',
            'create',
            '--reports',
            'gonogo-reports',
            '--summary',
            out,
            '--output',
            path.join(tmp, 'b3'),
            '--sha',
            SHA,
            ...TIME
          ],
          c
        )
      ).toBe(2)
      expect(c.stderr).toMatch(
        /test-results\/mocha\.xml: read by the gate but no longer in the workspace/
      )
    } finally {
      await writeFile(junit, original)
    }
  })
})

describe('files the gate matched but could not read', () => {
  test('a link out of the workspace among the sources: recorded as unread, and the bundle replays the same', async () => {
    const repo = path.join(tmp, 'unread-repo')
    const outside = path.join(tmp, 'unread-outside')
    await mkdir(path.join(repo, '.github'), { recursive: true })
    await mkdir(path.join(repo, 'test-results'), { recursive: true })
    await mkdir(path.join(repo, 'gonogo-reports'), { recursive: true })
    await mkdir(outside, { recursive: true })
    await writeFile(path.join(outside, 'secret.xml'), '<testsuite tests="1"/>')
    await writeFile(
      path.join(repo, '.github/gonogo.yml'),
      "version: 1\ncontrols:\n  - { id: unit-tests, severity: high, source: { junit: 'test-results/*.xml' } }\n"
    )
    await writeFile(
      path.join(repo, 'test-results/ok.xml'),
      '<testsuite name="s" tests="1" failures="0"><testcase name="t"/></testsuite>'
    )
    await symlink(path.join(outside, 'secret.xml'), path.join(repo, 'test-results/out.xml'))
    // (A link out in the reports folder is refused by bundle create, which copies that folder to
    // reports/; this case puts the link among a control's sources.)
    const out2 = path.join(tmp, 'unread-out')
    const b2 = path.join(tmp, 'unread-bundle')
    const g = io(repo)
    expect([0, 1]).toContain(await main(['gate', '--sha', SHA, '--output', out2, ...TIME], g))
    const summary = await readSummary(path.join(out2, 'executive-summary.json'))
    expect(summary.inputs?.unread?.map((u) => [u.path, u.reason])).toEqual([
      ['test-results/out.xml', 'escapes']
    ])
    const c = io(repo)
    expect(
      await main(
        [
          'bundle',
          'create',
          '--reports',
          'gonogo-reports',
          '--summary',
          out2,
          '--output',
          b2,
          '--sha',
          SHA,
          ...TIME
        ],
        c
      )
    ).toBe(0)
    const r = await replay(b2)
    expect(r.text).toMatch(/^replayed: same decision/)
    expect(r.code).toBe(0)
  })
})

describe('files a control names by path that the gate could not read', () => {
  // Not in the bundle, as any refused file: the replay must meet the same refusal at that path,
  // not a missing file (which would be a different decision).
  test('over the size limit, a link out, a folder: recorded as unread, and the bundle replays the same', async () => {
    const repo = path.join(tmp, 'named-unread-repo')
    await mkdir(path.join(repo, '.github'), { recursive: true })
    await mkdir(path.join(repo, 'special/dir.json'), { recursive: true })
    await mkdir(path.join(repo, 'gonogo-reports'), { recursive: true })
    await writeFile(
      path.join(repo, 'special/big.json'),
      `{"status":"passed","pad":"${'x'.repeat(3000)}"}`
    )
    await writeFile(path.join(tmp, 'named-outside.json'), '{"status":"passed"}')
    await symlink(path.join(tmp, 'named-outside.json'), path.join(repo, 'special/out.json'))
    await writeFile(
      path.join(repo, '.github/gonogo.yml'),
      [
        'version: 1',
        'limits: { max_report_bytes: 2048 }',
        'controls:',
        '  - { id: big, severity: high, source: { report: special/big.json } }',
        '  - { id: out, severity: high, source: { report: special/out.json } }',
        '  - { id: dir, severity: medium, source: { report: special/dir.json } }',
        ''
      ].join('\n')
    )
    const out = path.join(tmp, 'named-unread-out')
    const b = path.join(tmp, 'named-unread-bundle')
    expect(await main(['gate', '--sha', SHA, '--output', out, ...TIME], io(repo))).toBe(1)
    const summary = await readSummary(path.join(out, 'executive-summary.json'))
    expect(summary.controls.map((c) => [c.id, c.status]).sort()).toEqual([
      ['big', 'invalid'],
      ['dir', 'invalid'],
      ['out', 'invalid']
    ])
    expect(summary.inputs?.unread?.map((u) => [u.path, u.reason])).toEqual([
      ['special/big.json', 'too-large'],
      ['special/dir.json', 'not-a-file'],
      ['special/out.json', 'escapes']
    ])
    const c = io(repo)
    const args = ['--reports', 'gonogo-reports', '--summary', out, '--output', b, '--sha', SHA]
    expect(await main(['bundle', 'create', ...args, ...TIME], c)).toBe(0)
    const r = await replay(b)
    expect(r.text).toMatch(/^replayed: same decision/)
    expect(r.code).toBe(0)
  })
})

describe('gonogo bundle verify --replay', () => {
  test('decides again to a byte-identical summary, naming how each built-in was replayed', async () => {
    const r = await replay(bundle)
    expect(r.text).toMatch(/^replayed: same decision \((go|conditional-go|no-go), 5 controls\)/)
    expect(r.text).toMatch(/run again on the bundled files: workflow-lint/)
    expect(r.text).toMatch(/replayed from their reports .*: policy-freshness/)
    expect(r.code).toBe(0)
  })

  test('the same bundle moved to another folder replays the same', async () => {
    const moved = path.join(tmp, 'elsewhere', 'deep', 'copy')
    await mkdir(path.dirname(moved), { recursive: true })
    await cp(bundle, moved, { recursive: true })
    const r = await replay(moved)
    expect(r.code).toBe(0)
    expect(r.text).toMatch(/^replayed: same decision/)
  })

  test('the bundle zipped (as actions/upload-artifact stores it) replays the same, read in one pass', async () => {
    const zip = path.join(tmp, 'bundle.zip')
    await writeFile(zip, await zipFolder(bundle))
    const r = await replay(zip)
    expect(r.text).toMatch(/^replayed: same decision \((go|conditional-go|no-go), 5 controls\)/)
    expect(r.code).toBe(0)
  })

  test('a zip whose evidence was swapped and manifest rewritten is caught, naming the file', async () => {
    const dir = await copyBundle('t-zip-swap')
    const junit = path.join(dir, 'evidence/test-results/mocha.xml')
    await writeFile(
      junit,
      (await readFile(junit, 'utf8')).replace(/failures="0"/, 'failures="0" skipped="0"')
    )
    await reManifest(dir)
    const zip = path.join(tmp, 't-zip-swap.zip')
    await writeFile(zip, await zipFolder(dir))
    const r = await replay(zip)
    expect(r.code).toBe(1)
    expect(r.text).toMatch(/replayed: different decision/)
    expect(r.text).toMatch(/evidence\/test-results\/mocha\.xml: is not the file the gate read/)
  })

  test('a zip whose evidence outgrows what a replay holds: only what the summary names is kept, else unzip', async () => {
    // 1 MiB of zeros added under evidence/ with the manifest rewritten (it deflates to ~1 KiB):
    // the one pass keeps it too and runs past the budget, so a second pass keeps what the summary
    // names; the padding is then a file the decision did not read.
    const dir = await copyBundle('t-zip-budget')
    await mkdir(path.join(dir, 'evidence/pad'), { recursive: true })
    await writeFile(path.join(dir, 'evidence/pad/zeros.bin'), Buffer.alloc(1024 * 1024))
    await reManifest(dir)
    const zip = path.join(tmp, 't-zip-budget.zip')
    await writeFile(zip, await zipFolder(dir, { deflate: true }))
    const manifest = JSON.parse(
      await readFile(path.join(dir, 'manifest.json'), 'utf8')
    ) as BundleManifest
    const named = manifest.files
      .filter((f) => /^(evidence|builtins)\//.test(f.path) && !f.path.startsWith('evidence/pad/'))
      .reduce((n, f) => n + f.size, 0)
    const within = await replayBundle(zip, { keepTotal: named + 1024 })
    expect(within.ok).toBe(false)
    expect(JSON.stringify(within)).toMatch(
      /evidence\/pad\/zeros\.bin: .*not a file the decision read/
    )
    expect(JSON.stringify(within)).not.toMatch(/unzip the bundle/)
    const tight = await replayBundle(zip, { keepTotal: 1024 })
    expect(tight.ok).toBe(false)
    expect(tight.problems.map((p) => p.message).join('\n')).toMatch(
      /more than 1\.0 KiB in all: unzip the bundle and replay the folder/
    )
  })

  test('replay ignores the wall clock and the environment', async () => {
    jest.useFakeTimers({
      now: Date.parse('2031-01-01T00:00:00Z'),
      doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask']
    })
    try {
      const r = await replay(bundle, {
        GITHUB_SHA: 'b'.repeat(40),
        GITHUB_REPOSITORY: 'evil/other',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: 'refs/heads/other',
        GITHUB_TOKEN: 'ghp_notused'
      })
      expect(r.text).toMatch(/^replayed: same decision/)
      expect(r.code).toBe(0)
    } finally {
      jest.useRealTimers()
    }
  })

  test('an evidence file edited, removed or added is caught by the manifest, naming it', async () => {
    const edited = await copyBundle('t-edit')
    await writeFile(path.join(edited, 'evidence/test-results/mocha.xml'), '<testsuite tests="0"/>')
    const a = await replay(edited)
    expect(a.code).toBe(1)
    expect(a.text).toMatch(/evidence\/test-results\/mocha\.xml: content changed/)

    const removed = await copyBundle('t-remove')
    await rm(path.join(removed, 'evidence/results/codeql.sarif'))
    const b = await replay(removed)
    expect(b.code).toBe(1)
    expect(b.text).toMatch(/evidence\/results\/codeql\.sarif: missing/)

    const added = await copyBundle('t-add')
    await writeFile(
      path.join(added, 'evidence/test-results/extra.xml'),
      '<testsuite tests="1" failures="1"/>'
    )
    const c = await replay(added)
    expect(c.code).toBe(1)
    expect(c.text).toMatch(/evidence\/test-results\/extra\.xml: added/)
  })

  test('an evidence file swapped and the manifest rewritten is caught by the replay, naming the file and the control', async () => {
    const dir = await copyBundle('t-swap')
    const junit = path.join(dir, 'evidence/test-results/mocha.xml')
    await writeFile(
      junit,
      (await readFile(junit, 'utf8')).replace(/failures="0"/, 'failures="0" skipped="0"')
    )
    await reManifest(dir)
    const r = await replay(dir)
    expect(r.code).toBe(1)
    expect(r.text).toMatch(/replayed: different decision/)
    expect(r.text).toMatch(
      /evidence\/test-results\/mocha\.xml: is not the file the gate read for unit-tests: the bundle holds/
    )
  })

  test('a loosened policy (a severity lowered, a waiver added) is caught by the replay', async () => {
    for (const [name, edit] of [
      ['t-severity', (p: string) => p.replace('severity: high', 'severity: medium')],
      [
        't-waiver',
        (p: string) =>
          `${p}  - control: policy-gate-freshness\n    owner: '@mallory'\n    reason: later\n    expires: 2026-12-30\n`
      ]
    ] as const) {
      const dir = await copyBundle(name)
      const file = path.join(dir, 'evidence/.github/gonogo.yml')
      await writeFile(file, edit(await readFile(file, 'utf8')))
      await reManifest(dir)
      const r = await replay(dir)
      expect(r.code).toBe(1)
      expect(r.text).toMatch(/evidence\/\.github\/gonogo\.yml: is not the file the gate read/)
    }
  })

  test('a summary edited to say go is caught by the replay, naming the decision', async () => {
    const dir = await copyBundle('t-go')
    const file = path.join(dir, 'executive-summary.json')
    const s = await readSummary(file)
    const wasGo = s.decision === 'go'
    s.decision = wasGo ? 'no-go' : 'go'
    s.status = wasGo ? 'failed' : 'passed'
    await writeFile(file, `${stableStringify(s)}\n`)
    await reManifest(dir)
    const r = await replay(dir)
    expect(r.code).toBe(1)
    expect(r.text).toMatch(/decision: the bundle says (go|no-go), the replay decides/)
  })

  test('a bundle made before replayable bundles is refused with what to do', async () => {
    const dir = await copyBundle('t-old')
    const file = path.join(dir, 'executive-summary.json')
    const s = await readSummary(file)
    delete s.inputs
    for (const c of s.controls) delete c.evidence.inputs
    await writeFile(file, `${stableStringify(s)}\n`)
    await rm(path.join(dir, 'evidence'), { recursive: true })
    await rm(path.join(dir, 'builtins'), { recursive: true })
    await reManifest(dir)
    const r = await replay(dir)
    expect(r.code).toBe(1)
    expect(r.text).toMatch(/records no inputs: .*rebuild it/)
  })
})

// Faults found by trying the replay as a demanding user would (helper session on issue 16): each
// was a bundle that replayed `same decision` after tampering, or a refusal that misnamed the fault.
describe('gonogo bundle verify --replay: tampering the manifest was rewritten to hide', () => {
  test('an executive-summary.md edited to say go is caught, naming the line', async () => {
    const dir = await copyBundle('t-md')
    const file = path.join(dir, 'executive-summary.md')
    const md = await readFile(file, 'utf8')
    const s = await readSummary(path.join(dir, 'executive-summary.json'))
    const forged = md.replace(`\`${s.decision}\``, s.decision === 'go' ? '`no-go`' : '`go`')
    expect(forged).not.toBe(md)
    await writeFile(file, forged)
    await reManifest(dir)
    const r = await replay(dir)
    expect(r.code).toBe(1)
    expect(r.text).toMatch(
      /executive-summary\.md: is not what gonogo gate writes for this decision \(line \d+: the bundle has /
    )
  })

  test('a file added under evidence/ that no control reads, or a report under builtins/, is caught', async () => {
    const dir = await copyBundle('t-extra')
    await mkdir(path.join(dir, 'evidence/approvals'), { recursive: true })
    await writeFile(path.join(dir, 'evidence/approvals/release.md'), 'Approved by the CISO\n')
    await writeFile(path.join(dir, 'builtins/report-ci-trend.json'), '{}\n')
    await reManifest(dir)
    const r = await replay(dir)
    expect(r.code).toBe(1)
    expect(r.text).toMatch(/evidence\/approvals\/release\.md: not a file the decision read/)
    expect(r.text).toMatch(/builtins\/report-ci-trend\.json: not a file the decision read/)
  })

  test('a built-in report edited under builtins/ is caught, whether the built-in is run again or replayed from it', async () => {
    const dir = await copyBundle('t-builtins')
    // workflow-lint is run again on the files (its bundled report was ignored); policy-freshness
    // is replayed from its report (re-serialised, so a changed byte went unseen).
    const lint = path.join(dir, 'builtins/report-workflow-lint.json')
    await writeFile(
      lint,
      (await readFile(lint, 'utf8')).replace('"workflow-lint"', '"workflow-lint "')
    )
    await writeFile(
      path.join(dir, 'builtins/report-policy-freshness.json'),
      `${await readFile(path.join(dir, 'builtins/report-policy-freshness.json'), 'utf8')} `
    )
    await reManifest(dir)
    const r = await replay(dir)
    expect(r.code).toBe(1)
    expect(r.text).toMatch(
      /builtins\/report-workflow-lint\.json: is not the report built-in workflow-lint wrote/
    )
    expect(r.text).toMatch(
      /builtins\/report-policy-freshness\.json: is not the report built-in policy-freshness wrote/
    )
  })

  test('a report under reports/ edited is caught against its evidence/ copy', async () => {
    const dir = await copyBundle('t-reports')
    await writeFile(
      path.join(dir, 'reports/ci-stability.json'),
      '{"report":"ci_stability_trend","slo_status":"healthy","window_runs":20,"summary":{"pass_rate_pct":100,"flaky_runs":0}}\n'
    )
    await reManifest(dir)
    const r = await replay(dir)
    expect(r.code).toBe(1)
    expect(r.text).toMatch(
      /reports\/ci-stability\.json: is not the report the gate read: evidence\/gonogo-reports\/ci-stability\.json holds/
    )
  })
})

describe('gonogo bundle verify --replay: a malformed summary is refused, naming the field', () => {
  type Editable = {
    effective_time: unknown
    controls: unknown
    inputs: {
      files: Record<string, unknown>[]
      policy: Record<string, unknown>
      builtins: unknown
      reports: unknown
    }
  }
  const first = (list: unknown): Record<string, unknown> =>
    (list as Record<string, unknown>[])[0] as Record<string, unknown>
  const cases: [string, (s: Editable) => void, RegExp][] = [
    [
      'a path with ..',
      (s) => (first(s.inputs.files).path = '../../etc/passwd'),
      /`inputs\.files\[0\]\.path` "\.\.\/\.\.\/etc\/passwd": path contains '\.\.'/
    ],
    [
      'an absolute policy path',
      (s) => (s.inputs.policy.path = '/etc/passwd'),
      /`inputs\.policy\.path` "\/etc\/passwd": absolute path/
    ],
    ['a negative size', (s) => (first(s.inputs.files).size = -1), /`inputs\.files\[0\]\.size`/],
    [
      'a file listed twice',
      (s) => s.inputs.files.push({ ...first(s.inputs.files), sha256: 'b'.repeat(64) }),
      /listed more than once/
    ],
    ['builtins of the wrong type', (s) => (s.inputs.builtins = 'x'), /`inputs\.builtins`/],
    [
      "a built-in's file outside the inputs",
      (s) => (first(s.inputs.builtins).files = ['../outside']),
      /`inputs\.builtins\[0\]\.files\[0\]` is not one of `inputs\.files`/
    ],
    ['a reports folder outside', (s) => (s.inputs.reports = '../..'), /`inputs\.reports`/],
    [
      'a policy not among the files',
      (s) => (s.inputs.policy = { path: 'other.yml', size: 1, sha256: 'a'.repeat(64) }),
      /`inputs\.policy` is not among `inputs\.files`/
    ],
    [
      'an effective time that is no time',
      (s) => (s.effective_time = 'yesterday'),
      /`effective_time`/
    ],
    [
      '100,000 files that are not in the bundle',
      (s) =>
        s.inputs.files.push(
          ...Array.from({ length: 100_000 }, (_, i) => ({
            path: `zz/f${i}.xml`,
            size: 1,
            sha256: 'a'.repeat(64)
          }))
        ),
      /100000 files the summary records are not in the bundle \(evidence\/zz\/f0\.xml/
    ],
    [
      'controls that are not objects',
      (s) => (s.controls = [null, 1, 'x', { id: 5 }]),
      /unit-tests: decided by the replayed policy, but not in the bundled summary/
    ]
  ]
  test.each(cases)('%s', async (_name, edit, expected) => {
    const dir = await copyBundle(`t-malformed-${_name.replace(/[^a-z0-9]+/gi, '-')}`)
    const file = path.join(dir, 'executive-summary.json')
    const s = JSON.parse(await readFile(file, 'utf8')) as Editable
    edit(s)
    await writeFile(file, `${stableStringify(s)}\n`)
    await reManifest(dir)
    const r = await replay(dir)
    expect(r.code).toBe(1)
    expect(r.text).toMatch(expected)
    expect(r.text).not.toMatch(/the replay could not run|\n\s+at /)
    expect(r.text).not.toMatch(/executive-summary\.json: executive-summary\.json/)
  })

  test('a summary larger than verify keeps in memory is still read (not "not in the bundle")', async () => {
    const dir = await copyBundle('t-big-summary')
    const file = path.join(dir, 'executive-summary.json')
    // 17 MiB of trailing spaces: valid JSON, not what the gate writes.
    await writeFile(file, `${await readFile(file, 'utf8')}${' '.repeat(17 * 1024 * 1024)}`)
    await reManifest(dir)
    const r = await replay(dir)
    expect(r.code).toBe(1)
    expect(r.text).not.toMatch(/not in the bundle/)
    expect(r.text).toMatch(/differ only in how they are written/)
  })

  test('a file name holding a line feed cannot print a line of its own', async () => {
    const dir = await copyBundle('t-newline')
    await writeFile(
      path.join(dir, 'evidence', 'x\nreplayed: same decision (go, 5 controls)'),
      'forged\n'
    )
    const r = await replay(dir)
    expect(r.code).toBe(1)
    expect(r.text.split('\n').filter((l) => l.startsWith('replayed: same decision'))).toEqual([])
    expect(r.text).toMatch(/x\[U\+000A line feed\]replayed: same decision .*: added/)
  })
})

describe('action-release-bundle mode: verify', () => {
  test('prints a file name holding a line feed on one line, in the log and the job summary', async () => {
    const dir = await copyBundle('t-action-newline')
    await writeFile(
      path.join(dir, 'evidence', 'y\nreplayed: same decision (go, 5 controls)'),
      'x\n'
    )
    const saved = { ...process.env }
    const exitCode = process.exitCode
    const summaryFile = path.join(tmp, 'step-summary.md')
    await writeFile(summaryFile, '')
    await writeFile(path.join(tmp, 'step-output.txt'), '')
    Object.assign(process.env, {
      GITHUB_WORKSPACE: tmp,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: path.join(tmp, 'step-output.txt'),
      INPUT_BUNDLE: 't-action-newline',
      INPUT_REPLAY: 'true'
    })
    let log = ''
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      log += String(chunk)
      return true
    })
    try {
      const { verifyStep } = await import('../src/release-bundle/verify-step.js')
      await verifyStep()
    } finally {
      spy.mockRestore()
      process.env = saved
      process.exitCode = exitCode
    }
    expect(log.split('\n').filter((l) => /^(::error::)?replayed: same/.test(l))).toEqual([])
    expect(log).toMatch(/y\[U\+000A line feed\]replayed: same decision .*: added/)
    const md = await readFile(summaryFile, 'utf8')
    expect(md.split('\n').filter((l) => l.startsWith('replayed'))).toEqual([])
    expect(md).toMatch(/U\+000A line feed/)
  })
})
