import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readJunit } from '../src/parsers/junit.js'
import { readJsonReport } from '../src/parsers/report-json.js'
import { readSarif } from '../src/parsers/sarif.js'
import { checkPolicyReferences, waiverExpiry, type Policy } from '../src/core/policy.js'
import { ConfigurationError } from '../src/core/errors.js'
import { parsePolicy } from '../src/io/policy-file.js'
import { PathEscapeError, Workspace } from '../src/io/workspace.js'

/** Cases found in review: each once let failing evidence pass, hung, or misreported. */
describe('review findings', () => {
  let dir: string
  let outside: string
  let ws: Workspace
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-reg-'))
    outside = await mkdtemp(path.join(os.tmpdir(), 'gonogo-out-'))
    await writeFile(path.join(outside, 'secret.json'), '{"status":"ok"}')
    await writeFile(path.join(dir, '..weird.json'), '{"status":"ok"}')
    await symlink(outside, path.join(dir, 'linked'))
    execFileSync('mkfifo', [path.join(dir, 'pipe.json')])
    ws = await Workspace.open(dir)
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
    await rm(outside, { recursive: true, force: true })
  })

  test('a named pipe is refused as not a regular file instead of hanging the gate', async () => {
    await expect(ws.readText('pipe.json', 1024)).resolves.toMatchObject({
      ok: false,
      reason: 'not-a-file'
    })
  })

  test('a file whose name starts with two dots is inside the workspace', async () => {
    await expect(ws.readText('..weird.json', 1024)).resolves.toMatchObject({ ok: true })
  })

  test('a glob does not list files behind a base folder that links out of the workspace', async () => {
    await expect(ws.glob('linked/*.json', 10)).rejects.toBeInstanceOf(PathEscapeError)
  })

  test('SARIF: a CodeQL result whose rule lives in an extension with default level error fails', () => {
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: { name: 'CodeQL', rules: [] },
            extensions: [
              {
                name: 'codeql/javascript-queries',
                rules: [{ id: 'js/sql-injection', defaultConfiguration: { level: 'error' } }]
              }
            ]
          },
          results: [
            {
              ruleId: 'js/sql-injection',
              rule: { id: 'js/sql-injection', index: 0, toolComponent: { index: 0 } },
              message: { text: 'SQL built from user input' }
            }
          ]
        }
      ]
    }
    const v = readSarif(JSON.stringify(sarif), { file: 'results/codeql.sarif' })
    expect(v.status).toBe('failed')
    expect(v.summary).toMatchObject({ error: 1 })
  })

  test('SARIF: ruleIndex -1 falls back to the rule id', () => {
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: { name: 'x', rules: [{ id: 'r1', defaultConfiguration: { level: 'error' } }] }
          },
          results: [{ ruleId: 'r1', ruleIndex: -1, message: { text: 'm' } }]
        }
      ]
    }
    expect(readSarif(JSON.stringify(sarif), { file: 'a.sarif' }).status).toBe('failed')
  })

  test('SARIF: absolute file URIs inside the workspace become repository paths', () => {
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'ESLint' } },
          results: [
            {
              ruleId: 'no-eval',
              level: 'error',
              message: { text: 'eval' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'file:///home/runner/work/shop/shop/src/cart.js' },
                    region: { startLine: 4 }
                  }
                }
              ]
            }
          ]
        }
      ]
    }
    const v = readSarif(JSON.stringify(sarif), {
      file: 'eslint.sarif',
      root: '/home/runner/work/shop/shop'
    })
    expect(v.findings[0]?.location).toEqual({ file: 'src/cart.js', line: 4 })
  })

  test('JUnit: a suite listing only totals still counts when another suite lists test cases', () => {
    const xml =
      '<testsuites><testsuite name="A" tests="1"><testcase name="x"/></testsuite><testsuite name="B" tests="4" failures="2"/></testsuites>'
    const v = readJunit(xml, { file: 'junit.xml' })
    expect(v.status).toBe('failed')
    expect(v.summary).toMatchObject({ tests: 5, failures: 2 })
  })

  test('an impossible waiver date-time is refused, not rolled over to the next month', () => {
    expect(waiverExpiry('2026-02-30T10:00:00Z')).toBeNaN()
    expect(waiverExpiry('2026-02-28T24:30:00Z')).toBeNaN()
    expect(waiverExpiry('2026-02-28T10:00:00Z')).toBe(Date.parse('2026-02-28T10:00:00Z'))
    const policy: Policy = {
      version: 1,
      controls: [{ id: 'a', severity: 'high' }],
      waivers: [{ control: 'a', owner: 'o', reason: 'r', expires: '2026-02-30T10:00:00Z' }]
    }
    expect(checkPolicyReferences(policy)).toEqual([
      { path: ['waivers', 0, 'expires'], message: "'2026-02-30T10:00:00Z' is not a real date" }
    ])
  })

  test('truncated JSON names the line and column where it ends', () => {
    const v = readJsonReport('{\n  "status": "passed",\n  "summary":', { file: 'r.json' })
    expect(v.status).toBe('invalid')
    expect(v.message).toMatch(/^r\.json: not valid JSON at line 3, column 13 /)
  })

  test('older reports: failure counts under the names test tools use fail (review of issue 14)', () => {
    for (const k of [
      'total_failures',
      'failure_count',
      'error_count',
      'errored',
      'num_errors',
      'failedTests',
      'failedCount',
      'numFailedTests',
      'failing'
    ]) {
      const r = readJsonReport(`{"status":"passed","${k}":2}`, { file: 'r.json' })
      expect([k, r.status]).toEqual([k, 'failed'])
      const s = readJsonReport(`{"status":"passed","summary":{"${k}":2,"total":5}}`, {
        file: 'r.json'
      })
      expect([k, s.status]).toEqual([k, 'failed'])
    }
    // A setting named like a count is not one.
    expect(readJsonReport('{"status":"passed","max_failures":2}', { file: 'r.json' }).status).toBe(
      'passed'
    )
  })

  test('a key written twice in one JSON object makes the report invalid, not last-wins (review of issue 14)', () => {
    // RFC 8259 §4 leaves duplicate names to the reader: JavaScript keeps the last one.
    const dup = readJsonReport('{"contract":"x.report","status":"failed","status":"passed"}', {
      file: 'r.json'
    })
    expect(dup.status).toBe('invalid')
    expect(dup.message).toContain('key "status" is written twice in one object (line 1, column 42)')
    const escaped = readJsonReport('{"status":"failed","\\u0073tatus":"passed"}', {
      file: 'r.json'
    })
    expect(escaped.status).toBe('invalid')
    const sarif = readSarif(
      '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"t"}},"results":[{"level":"error","message":{"text":"x"}}],"results":[]}]}',
      { file: 'a.sarif' }
    )
    expect(sarif.status).toBe('invalid')
    // The same key in different objects, and a key-like string value, are fine.
    const ok = readJsonReport(
      '{"status":"passed","summary":{"status":"passed","total":1,"failed":0},"note":"status"}',
      { file: 'r.json' }
    )
    expect(ok.status).toBe('passed')
  })

  test('JUnit: a DOCTYPE declaring attribute defaults is refused, not read without them', () => {
    // XML 1.0 §3.3.2: non-validating readers apply these defaults (failures="1" here).
    const xml =
      '<?xml version="1.0"?>\n<!DOCTYPE testsuite [<!ATTLIST testsuite failures CDATA "1">]>\n<testsuite name="a" tests="1"><testcase name="t"/></testsuite>'
    const r = readJunit(xml, { file: 'j.xml' })
    expect(r.status).toBe('invalid')
    expect(r.message).toContain('ATTLIST')
  })

  test('an abbreviated or upper-case commit in an older report is compared, not skipped', () => {
    const sha = '4c8d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d'
    expect(
      readJsonReport('{"status":"ok","commit":"4C8D1E2"}', { file: 'r.json', sha }).status
    ).toBe('passed')
    expect(
      readJsonReport('{"status":"ok","commit":"deadbee"}', { file: 'r.json', sha }).status
    ).toBe('stale')
  })

  test('SARIF: a run without results, or with a failed invocation, did not complete and fails', () => {
    const noResults = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } } }] }
    expect(readSarif(JSON.stringify(noResults), { file: 'a.sarif' })).toMatchObject({
      status: 'failed',
      message: 'a.sarif: runs[0] has no results: the analysis did not complete'
    })
    const crashed = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'x' } },
          invocations: [{ executionSuccessful: false }],
          results: []
        }
      ]
    }
    expect(readSarif(JSON.stringify(crashed), { file: 'a.sarif' }).status).toBe('failed')
  })

  const contract = (
    control: string,
    repository: string,
    checks: unknown[] = [{ id: 'c', status: 'passed', message: 'ok' }]
  ): string =>
    JSON.stringify({
      contract: 'gonogo.report/v1',
      control,
      status: 'passed',
      subject: { repository, sha: 'a'.repeat(40) },
      generated_at: '2026-11-21T00:00:00Z',
      generator: { name: 't' },
      checks
    })

  test('a gonogo report that lists no checks proves nothing: unverified, not passed', () => {
    const v = readJsonReport(contract('x', 'acme/shop', []), { file: 'r.json' })
    expect(v.status).toBe('unverified')
    expect(v.message).toBe('r.json: unverified (no checks listed)')
  })

  test('a gonogo report with an empty repository is not taken for this repository', () => {
    expect(
      readJsonReport(contract('x', ''), { file: 'r.json', repository: 'acme/shop' })
    ).toMatchObject({
      status: 'invalid',
      message: "r.json: report is about repository '', but the gate checks 'acme/shop'"
    })
  })

  test('a SARIF result with a kind SARIF does not define makes the file invalid', () => {
    const sarif = {
      version: '2.1.0',
      runs: [
        { tool: { driver: { name: 't' } }, results: [{ kind: 'FAIL', message: { text: 'x' } }] }
      ]
    }
    expect(readSarif(JSON.stringify(sarif), { file: 'a.sarif' })).toMatchObject({
      status: 'invalid',
      message: expect.stringContaining('runs[0].results[0].kind "FAIL" is not one of pass, open')
    })
  })

  test("a gonogo report for another control cannot stand in for this control's report", () => {
    const v = readJsonReport(contract('unit-tests', 'acme/shop'), {
      file: 'r.json',
      control: 'branch-protection'
    })
    expect(v).toMatchObject({
      status: 'invalid',
      message:
        "r.json: report is for control 'unit-tests', but control 'branch-protection' reads it; point the control at its own report"
    })
    expect(
      readJsonReport(contract('branch-protection', 'acme/shop'), {
        file: 'r.json',
        control: 'branch-protection'
      }).status
    ).toBe('passed')
  })

  test('a gonogo report about another repository is refused', () => {
    const v = readJsonReport(contract('x', 'evil/other'), {
      file: 'r.json',
      repository: 'acme/shop'
    })
    expect(v).toMatchObject({
      status: 'invalid',
      message: "r.json: report is about repository 'evil/other', but the gate checks 'acme/shop'"
    })
    expect(
      readJsonReport(contract('x', 'Acme/Shop'), { file: 'r.json', repository: 'acme/shop' }).status
    ).toBe('passed')
  })

  test('an older report without a commit says that staleness was not checked', () => {
    const v = readJsonReport('{"status":"ok"}', { file: 'r.json', sha: 'a'.repeat(40) })
    expect(v.status).toBe('passed')
    expect(v.message).toContain('no commit recorded, so staleness was not checked')
  })

  test('a YAML alias bomb is a configuration error naming the file', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`
      )
    ].join('\n')
    expect(() => parsePolicy(bomb, '.github/gonogo.yml')).toThrow(ConfigurationError)
    expect(() => parsePolicy(bomb, '.github/gonogo.yml')).toThrow(
      /^\.github\/gonogo\.yml: .*alias/i
    )
  })
})
