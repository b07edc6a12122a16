import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { keepFindings, type Evidence } from '../src/core/evidence.js'
import type { Control, Policy } from '../src/core/policy.js'
import type { FileVerdict } from '../src/parsers/verdict.js'
import { ByteBudget } from '../src/io/byte-budget.js'
import { judgeReportFile } from '../src/io/report-file.js'
import { findingsSettler, gatherEvidence } from '../src/io/sources.js'
import { Workspace } from '../src/io/workspace.js'

const SHA = '4c8d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d'
const OTHER_SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b'
const REPORTS = 'gonogo-reports'
const MiB = 1024 * 1024

let root = ''
let outside = ''

async function write(rel: string, text: string): Promise<void> {
  const abs = path.join(root, rel)
  await fs.mkdir(path.dirname(abs), { recursive: true })
  await fs.writeFile(abs, text)
}

function policy(controls: Control[], extra: Partial<Policy> = {}): Policy {
  return { version: 1, controls, ...extra }
}

/** Gathers for the commit SHA, or, with `{ sha: undefined }`, without a commit to gate. */
async function gather(p: Policy, opts: { sha?: string } = { sha: SHA }) {
  const ws = await Workspace.open(root)
  return gatherEvidence(ws, p, { reportsDir: REPORTS, ...(opts.sha ? { sha: opts.sha } : {}) })
}

function evidenceOf(m: Map<string, Evidence>, id: string): Evidence {
  const ev = m.get(id)
  if (!ev) throw new Error(`no evidence for ${id}; have ${[...m.keys()].join(', ')}`)
  return ev
}

function contractReport(control: string, status: string, sha = SHA): string {
  return JSON.stringify({
    contract: 'gonogo.report/v1',
    control,
    status,
    subject: { repository: 'acme/shop', sha, ref: 'refs/heads/main' },
    generated_at: '2026-11-20T09:00:00Z',
    generator: { name: 'gonogo/ruleset-verify', version: '1.0.0' },
    checks: [
      { id: 'main/required-status-checks', status, message: 'ci / test and gonogo are required' },
      { id: 'main/required-approvals', status: 'passed', message: '2 approvals required' }
    ]
  })
}

function junit(
  suite: string,
  cases: { name: string; failure?: string; skipped?: boolean }[]
): string {
  const failures = cases.filter((c) => c.failure !== undefined).length
  const skipped = cases.filter((c) => c.skipped).length
  const body = cases
    .map((c) => {
      const inner =
        c.failure !== undefined
          ? `\n      <failure message="${c.failure}">${c.failure}\n    at spec (${suite}.test.ts:12:5)</failure>\n    `
          : c.skipped
            ? '\n      <skipped/>\n    '
            : ''
      return `    <testcase classname="${suite}" name="${c.name}" time="0.01">${inner}</testcase>`
    })
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="jest tests" tests="${cases.length}" failures="${failures}" errors="0" time="0.5">
  <testsuite name="${suite}" errors="0" failures="${failures}" skipped="${skipped}" timestamp="2026-11-20T09:12:01" time="0.5" tests="${cases.length}">
${body}
  </testsuite>
</testsuites>
`
}

const CODEQL_CLEAN = JSON.stringify({
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  version: '2.1.0',
  runs: [
    {
      tool: {
        driver: {
          name: 'CodeQL',
          rules: [{ id: 'js/unused-local-variable', defaultConfiguration: { level: 'note' } }]
        }
      },
      versionControlProvenance: [
        { repositoryUri: 'https://github.com/acme/shop', revisionId: SHA }
      ],
      results: [
        {
          ruleId: 'js/unused-local-variable',
          ruleIndex: 0,
          message: { text: 'Unused variable tmp.' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'src/cart.js' },
                region: { startLine: 9 }
              }
            }
          ]
        }
      ]
    }
  ]
})

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'gonogo-'))
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'gonogo-'))
})

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
  await fs.rm(outside, { recursive: true, force: true })
})

describe('gatherEvidence: where a control reads from', () => {
  test('a control without a source reads <reports>/<id>.json', async () => {
    await write(`${REPORTS}/branch-protection.json`, contractReport('branch-protection', 'passed'))
    const g = await gather(policy([{ id: 'branch-protection', severity: 'high' }]))
    const ev = evidenceOf(g.evidence, 'branch-protection')
    expect(ev).toMatchObject({
      status: 'passed',
      kind: 'report',
      pattern: 'gonogo-reports/branch-protection.json',
      files: ['gonogo-reports/branch-protection.json'],
      message: 'gonogo-reports/branch-protection.json: passed (2 checks, 0 failed, 0 unverified)',
      findings: [],
      findingsOmitted: 0
    })
    expect(ev.summary).toEqual({ files: 1, checks: 2, failed_checks: 0, unverified_checks: 0 })
    expect(g.unclaimedReports).toEqual([])
  })

  test('a trailing slash on the reports directory changes nothing', async () => {
    await write(`${REPORTS}/branch-protection.json`, contractReport('branch-protection', 'failed'))
    const ws = await Workspace.open(root)
    const g = await gatherEvidence(ws, policy([{ id: 'branch-protection', severity: 'high' }]), {
      reportsDir: 'gonogo-reports//',
      sha: SHA
    })
    expect(evidenceOf(g.evidence, 'branch-protection')).toMatchObject({
      status: 'failed',
      pattern: 'gonogo-reports/branch-protection.json'
    })
  })

  test('a report about another commit makes the control stale', async () => {
    await write(
      `${REPORTS}/branch-protection.json`,
      contractReport('branch-protection', 'passed', OTHER_SHA)
    )
    const g = await gather(policy([{ id: 'branch-protection', severity: 'high' }]))
    const ev = evidenceOf(g.evidence, 'branch-protection')
    expect(ev.status).toBe('stale')
    expect(ev.message).toContain(OTHER_SHA.slice(0, 12))
    expect(ev.message).toContain(SHA.slice(0, 12))
  })

  test('without a sha to gate, a report about any commit is read for what it says', async () => {
    await write(
      `${REPORTS}/branch-protection.json`,
      contractReport('branch-protection', 'passed', OTHER_SHA)
    )
    const g = await gather(policy([{ id: 'branch-protection', severity: 'high' }]), {})
    expect(evidenceOf(g.evidence, 'branch-protection').status).toBe('passed')
  })

  test('a glob over three JUnit files, one failing, fails the control and the counts add up', async () => {
    await write(
      'test-results/unit/junit.xml',
      junit('cart', [{ name: 'adds' }, { name: 'removes' }, { name: 'totals' }])
    )
    await write(
      'test-results/integration/junit.xml',
      junit('orders', [
        { name: 'creates an order' },
        { name: 'refunds twice', failure: 'expected 409, got 200' }
      ])
    )
    await write(
      'test-results/e2e/junit.xml',
      junit('checkout', [{ name: 'pays' }, { name: 'pays with paypal', skipped: true }])
    )
    const g = await gather(
      policy([{ id: 'unit-tests', severity: 'high', source: { junit: 'test-results/**/*.xml' } }])
    )
    const ev = evidenceOf(g.evidence, 'unit-tests')
    expect(ev.status).toBe('failed')
    expect(ev.kind).toBe('junit')
    expect(ev.files).toEqual([
      'test-results/e2e/junit.xml',
      'test-results/integration/junit.xml',
      'test-results/unit/junit.xml'
    ])
    expect(ev.summary).toEqual({ files: 3, tests: 7, failures: 1, errors: 0, skipped: 1 })
    expect(ev.message).toBe(
      '1 of 3 files failed: test-results/integration/junit.xml: 1 failed and 0 errored of 2 tests'
    )
    expect(ev.findings).toEqual([
      {
        id: 'orders › orders.refunds twice',
        status: 'failed',
        message: 'failed: expected 409, got 200'
      }
    ])
  })

  test('when every JUnit file is green the control passes with the total count', async () => {
    await write(
      'test-results/unit/junit.xml',
      junit('cart', [{ name: 'adds' }, { name: 'removes' }])
    )
    await write('test-results/integration/junit.xml', junit('orders', [{ name: 'creates' }]))
    const g = await gather(
      policy([{ id: 'unit-tests', severity: 'high', source: { junit: 'test-results/**/*.xml' } }])
    )
    const ev = evidenceOf(g.evidence, 'unit-tests')
    expect(ev.status).toBe('passed')
    expect(ev.summary).toEqual({ files: 2, tests: 3, failures: 0, errors: 0, skipped: 0 })
    expect(ev.message).toBe(
      '2 of 2 files passed: test-results/integration/junit.xml: 1 tests passed; test-results/unit/junit.xml: 2 tests passed'
    )
  })

  test('a broken file among good ones makes the control invalid (the worst status wins)', async () => {
    await write('test-results/unit/junit.xml', junit('cart', [{ name: 'adds' }]))
    await write('test-results/flaky/junit.xml', junit('flaky', [{ name: 'x', failure: 'boom' }]))
    await write('test-results/broken/junit.xml', '<testsuites><testsuite name="a">')
    const g = await gather(
      policy([{ id: 'unit-tests', severity: 'high', source: { junit: 'test-results/**/*.xml' } }])
    )
    const ev = evidenceOf(g.evidence, 'unit-tests')
    expect(ev.status).toBe('invalid')
    expect(ev.message).toMatch(
      /^1 of 3 files invalid: test-results\/broken\/junit\.xml: not well-formed XML at line 1/
    )
  })

  test('a SARIF source is read with the SARIF reader', async () => {
    await write('results/codeql.sarif', CODEQL_CLEAN)
    const g = await gather(
      policy([{ id: 'code-scanning', severity: 'medium', source: { sarif: 'results/*.sarif' } }])
    )
    expect(evidenceOf(g.evidence, 'code-scanning')).toMatchObject({
      status: 'passed',
      kind: 'sarif',
      files: ['results/codeql.sarif'],
      message: 'results/codeql.sarif: 0 errors, 0 warnings, 1 notes in 1 runs'
    })
  })
})

describe('gatherEvidence: evidence problems are statuses, not exceptions', () => {
  test('a glob that matches no file makes the control missing, naming the pattern and the kind', async () => {
    const g = await gather(
      policy([
        { id: 'unit-tests', severity: 'high', source: { junit: 'test-results/**/*.xml' } },
        { id: 'code-scanning', severity: 'medium', source: { sarif: 'results/*.sarif' } },
        { id: 'ci-stability', severity: 'medium' }
      ])
    )
    expect(evidenceOf(g.evidence, 'unit-tests')).toMatchObject({
      status: 'missing',
      files: [],
      message:
        'test-results/**/*.xml: no JUnit XML file found; the job that produces it did not run or wrote elsewhere'
    })
    expect(evidenceOf(g.evidence, 'code-scanning').message).toMatch(
      /^results\/\*\.sarif: no SARIF file found;/
    )
    expect(evidenceOf(g.evidence, 'ci-stability')).toMatchObject({
      status: 'missing',
      pattern: 'gonogo-reports/ci-stability.json'
    })
    expect(evidenceOf(g.evidence, 'ci-stability').message).toMatch(
      /^gonogo-reports\/ci-stability\.json: no report file found;/
    )
  })

  test('a report path that escapes the workspace makes the control invalid without throwing', async () => {
    await fs.writeFile(path.join(outside, 'report.json'), '{"status":"passed"}')
    const escaping = `../${path.basename(outside)}/report.json`
    const g = await gather(
      policy([{ id: 'shared', severity: 'high', source: { report: escaping } }])
    )
    expect(evidenceOf(g.evidence, 'shared')).toMatchObject({
      status: 'invalid',
      files: [],
      message: `${escaping}: path is outside the workspace; use a path relative to the repository root`
    })
  })

  test('an escaping glob makes the control invalid, and the other controls are still read', async () => {
    await write(`${REPORTS}/ok.json`, '{"status":"ok"}')
    const g = await gather(
      policy([
        { id: 'climb', severity: 'high', source: { junit: '../**/*.xml' } },
        { id: 'ok', severity: 'high' }
      ])
    )
    expect(evidenceOf(g.evidence, 'climb').status).toBe('invalid')
    expect(evidenceOf(g.evidence, 'climb').message).toContain(
      '../**/*.xml: path is outside the workspace'
    )
    expect(evidenceOf(g.evidence, 'ok').status).toBe('passed')
  })

  test('a report that is a symbolic link out of the workspace is invalid and its target is not read', async () => {
    await fs.writeFile(
      path.join(outside, 'forged.json'),
      contractReport('branch-protection', 'passed')
    )
    await fs.mkdir(path.join(root, REPORTS), { recursive: true })
    await fs.symlink(
      path.join(outside, 'forged.json'),
      path.join(root, REPORTS, 'branch-protection.json')
    )
    const g = await gather(policy([{ id: 'branch-protection', severity: 'high' }]))
    expect(evidenceOf(g.evidence, 'branch-protection')).toMatchObject({
      status: 'invalid',
      files: ['gonogo-reports/branch-protection.json'],
      message:
        'gonogo-reports/branch-protection.json: symbolic link that leads outside the workspace',
      summary: { files: 1 }
    })
  })

  test('a 100 MiB report is invalid, naming the file and the 50 MiB default limit', async () => {
    await write(`${REPORTS}/sbom.json`, '')
    await fs.truncate(path.join(root, REPORTS, 'sbom.json'), 100 * MiB)
    const started = performance.now()
    const g = await gather(policy([{ id: 'sbom', severity: 'medium' }]))
    expect(evidenceOf(g.evidence, 'sbom')).toMatchObject({
      status: 'invalid',
      message:
        'gonogo-reports/sbom.json: 100.0 MiB is over the 50.0 MiB limit for a report (limits.max_report_bytes)'
    })
    expect(performance.now() - started).toBeLessThan(5000)
  })

  test('limits.max_report_bytes from the policy replaces the default', async () => {
    await write(`${REPORTS}/sbom.json`, JSON.stringify({ status: 'ok', pad: 'x'.repeat(5000) }))
    const g = await gather(
      policy([{ id: 'sbom', severity: 'medium' }], { limits: { max_report_bytes: 4096 } })
    )
    const ev = evidenceOf(g.evidence, 'sbom')
    expect(ev.status).toBe('invalid')
    expect(ev.message).toMatch(/^gonogo-reports\/sbom\.json: 4\.9 KiB is over the 4\.0 KiB limit/)
  })

  test('a glob matching more files than limits.max_files_per_source is invalid, not silently cut', async () => {
    for (const n of [1, 2, 3])
      await write(`test-results/shard-${n}.xml`, junit(`shard${n}`, [{ name: 't' }]))
    const g = await gather(
      policy([{ id: 'unit-tests', severity: 'high', source: { junit: 'test-results/*.xml' } }], {
        limits: { max_files_per_source: 2 }
      })
    )
    expect(evidenceOf(g.evidence, 'unit-tests')).toMatchObject({
      status: 'invalid',
      files: [],
      message:
        'test-results/*.xml: matches more than 2 files (limits.max_files_per_source); narrow the pattern'
    })
  })
})

describe('gatherEvidence: allow_unverified evidence and unclaimed reports', () => {
  test('allow_unverified evidence is recorded as present only for a non-empty file inside the workspace', async () => {
    await write(
      'evidence/manual-ruleset-check.md',
      '# Manual check\nRulesets verified by @alice on 2026-11-20.\n'
    )
    await write('evidence/empty.md', '')
    await fs.writeFile(path.join(outside, 'elsewhere.md'), 'signed off\n')
    const g = await gather(
      policy([
        {
          id: 'present',
          severity: 'high',
          allow_unverified: { evidence: 'evidence/manual-ruleset-check.md' }
        },
        {
          id: 'absent',
          severity: 'high',
          allow_unverified: { evidence: 'evidence/not-written.md' }
        },
        { id: 'empty', severity: 'high', allow_unverified: { evidence: 'evidence/empty.md' } },
        {
          id: 'outside',
          severity: 'high',
          allow_unverified: { evidence: `../${path.basename(outside)}/elsewhere.md` }
        },
        { id: 'no-allowance', severity: 'high' }
      ])
    )
    expect(Object.fromEntries([...g.unverifiedEvidence].sort())).toEqual({
      absent: false,
      empty: false,
      outside: false,
      present: true
    })
    expect(g.unverifiedEvidence.has('no-allowance')).toBe(false)
  })

  test('reports nobody claims are listed, sorted; claimed ones and non-JSON files are not', async () => {
    await write(`${REPORTS}/branch-protection.json`, contractReport('branch-protection', 'passed'))
    await write(`${REPORTS}/ci-stability.json`, '{"slo_status":"healthy"}')
    await write(`${REPORTS}/zz-forgotten.json`, '{"status":"failed"}')
    await write(`${REPORTS}/nightly/dependency-review.json`, '{"status":"ok"}')
    await write(`${REPORTS}/README.md`, 'reports land here\n')
    const g = await gather(
      policy([
        { id: 'branch-protection', severity: 'high' },
        { id: 'slo', severity: 'medium', source: { report: 'gonogo-reports/ci-*.json' } }
      ])
    )
    expect(g.unclaimedReports).toEqual([
      'gonogo-reports/nightly/dependency-review.json',
      'gonogo-reports/zz-forgotten.json'
    ])
  })

  test('a missing reports directory leaves nothing unclaimed', async () => {
    const g = await gather(
      policy([{ id: 'unit-tests', severity: 'high', source: { junit: 'junit.xml' } }])
    )
    expect(g.unclaimedReports).toEqual([])
    expect(evidenceOf(g.evidence, 'unit-tests').status).toBe('missing')
  })
})

describe('gatherEvidence: determinism', () => {
  test('the evidence does not depend on the order of the controls', async () => {
    await write(`${REPORTS}/branch-protection.json`, contractReport('branch-protection', 'passed'))
    await write(`${REPORTS}/ci-stability.json`, '{"slo_status":"breach"}')
    await write(`${REPORTS}/stale.json`, contractReport('stale', 'passed', OTHER_SHA))
    await write(`${REPORTS}/leftover.json`, '{"status":"ok"}')
    await write(
      'test-results/unit/junit.xml',
      junit('cart', [{ name: 'adds' }, { name: 'fails', failure: 'nope' }])
    )
    await write('test-results/e2e/junit.xml', junit('checkout', [{ name: 'pays' }]))
    await write('results/codeql.sarif', CODEQL_CLEAN)
    await write('evidence/manual.md', 'checked\n')
    const controls: Control[] = [
      {
        id: 'branch-protection',
        severity: 'high',
        allow_unverified: { evidence: 'evidence/manual.md' }
      },
      { id: 'ci-stability', severity: 'medium' },
      { id: 'stale', severity: 'high' },
      { id: 'unit-tests', severity: 'high', source: { junit: 'test-results/**/*.xml' } },
      // two controls sharing a file
      { id: 'e2e', severity: 'medium', source: { junit: 'test-results/e2e/*.xml' } },
      { id: 'code-scanning', severity: 'medium', source: { sarif: 'results/*.sarif' } },
      { id: 'absent', severity: 'medium', allow_unverified: { evidence: 'evidence/none.md' } }
    ]
    const forward = await gather(policy(controls))
    const backward = await gather(policy([...controls].reverse()))
    const sorted = (m: Map<string, unknown>): [string, unknown][] =>
      [...m].sort(([a], [b]) => (a < b ? -1 : 1))

    expect(sorted(backward.evidence)).toEqual(sorted(forward.evidence))
    expect(sorted(backward.unverifiedEvidence)).toEqual(sorted(forward.unverifiedEvidence))
    expect(backward.unclaimedReports).toEqual(forward.unclaimedReports)

    // and the evidence itself is what the files say
    expect(forward.evidence.size).toBe(7)
    expect(
      Object.fromEntries(sorted(forward.evidence).map(([id, ev]) => [id, (ev as Evidence).status]))
    ).toEqual({
      absent: 'missing',
      'branch-protection': 'passed',
      'ci-stability': 'failed',
      'code-scanning': 'passed',
      e2e: 'passed',
      stale: 'stale',
      'unit-tests': 'failed'
    })
    expect(forward.unclaimedReports).toEqual(['gonogo-reports/leftover.json'])
  })
})

describe('gatherEvidence: JUnit XML judged over the whole source, bytes decoded, memory bounded', () => {
  const unitTests = (pattern = 'target/surefire-reports/*.xml'): Policy =>
    policy([{ id: 'unit-tests', severity: 'high', source: { junit: pattern } }])

  test('a per-class file of skipped tests passes when tests ran in another file of the source', async () => {
    await write('target/surefire-reports/TEST-CartTest.xml', junit('CartTest', [{ name: 'adds' }]))
    await write(
      'target/surefire-reports/TEST-DbIT.xml',
      junit('DbIT', [
        { name: 'inserts', skipped: true },
        { name: 'queries', skipped: true }
      ])
    )
    const ev = evidenceOf((await gather(unitTests())).evidence, 'unit-tests')
    expect(ev.status).toBe('passed')
    expect(ev.message).toBe(
      '2 of 2 files passed: target/surefire-reports/TEST-CartTest.xml: 1 tests passed; target/surefire-reports/TEST-DbIT.xml: no test ran in this file (2 tests, 2 skipped); tests ran in other files of this source'
    )
    expect(ev.summary).toEqual({ files: 2, tests: 3, failures: 0, errors: 0, skipped: 2 })
  })

  test('when no test ran in any file of the source, it fails', async () => {
    await write(
      'target/surefire-reports/TEST-DbIT.xml',
      junit('DbIT', [{ name: 'q', skipped: true }])
    )
    await write('target/surefire-reports/TEST-Empty.xml', junit('Empty', []))
    const ev = evidenceOf((await gather(unitTests())).evidence, 'unit-tests')
    expect(ev.status).toBe('failed')
    expect(ev.message).toMatch(
      /^2 of 2 files failed: .*TEST-DbIT\.xml: no test ran \(1 tests, 1 skipped\)/
    )
  })

  test('JUnit XML in UTF-16LE with a byte-order mark and in UTF-8 with one is read like UTF-8', async () => {
    const xml = junit('cart', [{ name: 'adds' }]).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    await fs.mkdir(path.join(root, 'test-results'), { recursive: true })
    await fs.writeFile(
      path.join(root, 'test-results/a.xml'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')])
    )
    await fs.writeFile(
      path.join(root, 'test-results/b.xml'),
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(junit('orders', [{ name: 'creates' }]))
      ])
    )
    const ev = evidenceOf((await gather(unitTests('test-results/*.xml'))).evidence, 'unit-tests')
    expect(ev).toMatchObject({ status: 'passed', summary: { files: 2, tests: 2 } })
  })

  test('a JSON report and a SARIF log with a UTF-8 byte-order mark are read (RFC 8259 §8.1)', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    await fs.mkdir(path.join(root, REPORTS), { recursive: true })
    await fs.mkdir(path.join(root, 'results'), { recursive: true })
    await fs.writeFile(
      path.join(root, REPORTS, 'branch-protection.json'),
      Buffer.concat([bom, Buffer.from(contractReport('branch-protection', 'passed'))])
    )
    await fs.writeFile(
      path.join(root, 'results/codeql.sarif'),
      Buffer.concat([bom, Buffer.from(CODEQL_CLEAN)])
    )
    const g = await gather(
      policy([
        { id: 'branch-protection', severity: 'high' },
        { id: 'code-scanning', severity: 'medium', source: { sarif: 'results/*.sarif' } }
      ])
    )
    expect(evidenceOf(g.evidence, 'branch-protection').status).toBe('passed')
    expect(evidenceOf(g.evidence, 'code-scanning').status).toBe('passed')
  })

  test('bytes that do not decode make the file invalid, naming it, the place and the fix', async () => {
    await fs.mkdir(path.join(root, 'test-results'), { recursive: true })
    await fs.writeFile(
      path.join(root, 'test-results/junit.xml.gz'),
      Buffer.from([0x1f, 0x8b, 8, 0])
    )
    await fs.writeFile(
      path.join(root, 'test-results/latin1.xml'),
      Buffer.from('<testsuite name="café"><testcase name="t"/></testsuite>', 'latin1')
    )
    const ev = evidenceOf((await gather(unitTests('test-results/*'))).evidence, 'unit-tests')
    expect(ev.status).toBe('invalid')
    expect(ev.message).toBe(
      '2 of 2 files invalid: test-results/junit.xml.gz: gzip-compressed data, not text; decompress it before the gate reads it; test-results/latin1.xml: not valid UTF-8 at line 1 (byte offset 20: 0xE9 0x22 0x3E 0x3C); save the report as UTF-8 or declare its encoding in the XML declaration'
    )
  })

  test('many large files are read holding at most the byte budget at once', async () => {
    const pad = 'x'.repeat(1024 * 1024)
    for (let i = 0; i < 24; i++) {
      await write(
        `test-results/shard-${String(i).padStart(2, '0')}.xml`,
        `<testsuite name="s${i}" tests="1"><testcase name="t"><system-out>${pad}</system-out></testcase></testsuite>`
      )
    }
    const budget = new ByteBudget(3 * MiB)
    const ws = await Workspace.open(root)
    const g = await gatherEvidence(ws, unitTests('test-results/*.xml'), {
      reportsDir: REPORTS,
      bytesInFlight: budget
    })
    const ev = evidenceOf(g.evidence, 'unit-tests')
    expect(ev).toMatchObject({ status: 'passed', summary: { files: 24, tests: 24 } })
    expect(budget.peak).toBeGreaterThanOrEqual(MiB)
    expect(budget.peak).toBeLessThanOrEqual(3 * MiB)
  })

  test('findings past the cap are dropped in file order as files are read: the kept ones and the count are those of keeping all', async () => {
    for (let i = 0; i < 60; i++) {
      const name = `f${String(i).padStart(2, '0')}`
      await write(
        `test-results/${name}.xml`,
        junit(name, [
          { name: 'a', failure: 'x' },
          { name: 'b', failure: 'y' },
          { name: 'c', failure: 'z' }
        ])
      )
    }
    const ev = evidenceOf((await gather(unitTests('test-results/*.xml'))).evidence, 'unit-tests')
    expect(ev.findings).toHaveLength(100)
    expect(ev.findingsOmitted).toBe(80)
    expect(ev.findings[0]?.id).toBe('f00 › f00.a')
    expect(ev.findings[99]?.id).toBe('f33 › f33.a')
  })
})

describe('judgeReportFile: one file, never an exception', () => {
  test('a reader that throws makes its file invalid, naming it', async () => {
    await write('test-results/junit.xml', '<testsuite/>')
    const ws = await Workspace.open(root)
    const v = await judgeReportFile(ws, 'test-results/junit.xml', {
      syntax: 'xml',
      reader: () => {
        throw new RangeError('Maximum call stack size exceeded')
      },
      ctx: {},
      maxBytes: MiB,
      budget: new ByteBudget(MiB)
    })
    expect(v).toMatchObject({
      status: 'invalid',
      message:
        'test-results/junit.xml: could not be read (RangeError: Maximum call stack size exceeded); this is a gonogo bug, please report it with the file'
    })
  })
})

describe('ByteBudget', () => {
  test('grants in order, holds at most the limit, and lets one oversized request run alone', async () => {
    const budget = new ByteBudget(10)
    const log: string[] = []
    const a = await budget.acquire(6)
    const b = budget.acquire(6).then((release) => {
      log.push('b')
      return release
    })
    const c = budget.acquire(30).then((release) => {
      log.push('c')
      return release
    })
    await Promise.resolve()
    expect(log).toEqual([])
    a()
    a() // a second release gives nothing back
    const releaseB = await b
    expect(log).toEqual(['b'])
    releaseB()
    const releaseC = await c
    expect(log).toEqual(['b', 'c'])
    expect(budget.peak).toBe(30)
    releaseC()
    const d = await budget.acquire(10)
    d()
  })
})

describe('findings kept while files are still being read', () => {
  // findingsSettler trims each file's findings as verdicts land (bounded memory); what the
  // control then keeps must equal keepFindings over every finding, and the counts must add up.
  const finding = fc.record({
    id: fc.string({ maxLength: 3 }),
    status: fc.constantFrom(
      'passed' as const,
      'failed' as const,
      'failed' as const,
      'unverified' as const
    ),
    message: fc.string({ maxLength: 3 })
  })
  test('equals keepFindings over all findings, in any arrival order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(finding, { minLength: 20, maxLength: 90 }), {
          minLength: 1,
          maxLength: 6
        }),
        fc.func(fc.integer()),
        (perFile, order) => {
          const full: FileVerdict[] = perFile.map((findings, i) => ({
            status: 'failed',
            message: `f${i}`,
            findings,
            summary: {}
          }))
          const verdicts: FileVerdict[] = new Array<FileVerdict>(full.length)
          const settle = findingsSettler(verdicts)
          const arrival = [...full.keys()].sort((a, b) => order(a) - order(b) || a - b)
          for (const i of arrival) {
            verdicts[i] = full[i] as FileVerdict
            settle()
          }
          const all = keepFindings(full.flatMap((v) => v.findings))
          const trimmed = keepFindings(verdicts.flatMap((v) => v.findings))
          expect(trimmed.findings).toEqual(all.findings)
          expect(trimmed.omitted + settle.dropped()).toBe(all.omitted)
        }
      ),
      { numRuns: 300 }
    )
  })
})
