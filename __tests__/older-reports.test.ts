import { afterAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readJsonReport } from '../src/parsers/report-json.js'
import { CONTROL_STATUSES } from '../src/core/status.js'
import { main, type Io } from '../src/cli/main.js'

/** The 31 reports the older scripts wrote (fixtures/seed-reports/NOTES.md says where from). */
const SEED = path.resolve('__tests__/fixtures/seed-reports')
const CASES = readdirSync(SEED, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()

interface Expected {
  args: string[]
  exit: number
  decision: string
  control_status: string | null
  contract: string | null
}

const tmp: string[] = []
afterAll(async () => {
  await Promise.all(tmp.map((d) => rm(d, { recursive: true, force: true })))
})

function io(cwd: string): Io & { stdout: string; stderr: string } {
  const o = {
    stdout: '',
    stderr: '',
    env: {} as NodeJS.ProcessEnv,
    cwd,
    out: (s: string) => {
      o.stdout += s
    },
    err: (s: string) => {
      o.stderr += s
    }
  }
  return o
}

interface SummaryView {
  decision: string
  controls: { id: string; status: string; outcome: string; message: string }[]
  blockers: { kind: string; severity: string; reason: string }[]
}

async function gateOn(name: string): Promise<{ code: number; summary: SummaryView; e: Expected }> {
  const e = JSON.parse(readFileSync(path.join(SEED, name, 'expected.json'), 'utf8')) as Expected
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-seed-'))
  tmp.push(dir)
  await cp(path.join(SEED, name), dir, { recursive: true })
  const o = io(dir)
  const code = await main(
    [
      'gate',
      '--config',
      '.github/gonogo.yml',
      '--reports',
      'artifacts',
      '--output',
      'out',
      '--quiet',
      ...e.args
    ],
    o
  )
  const summary = JSON.parse(
    await readFile(path.join(dir, 'out', 'executive-summary.json'), 'utf8')
  ) as SummaryView
  return { code, summary, e }
}

describe('reports the older scripts wrote, judged as the Playbook judges them', () => {
  test('there are 31 of them', () => {
    expect(CASES).toHaveLength(31)
  })

  test.each(CASES)('%s', async (name) => {
    const { code, summary, e } = await gateOn(name)
    expect({ exit: code, decision: summary.decision }).toEqual({
      exit: e.exit,
      decision: e.decision
    })
    const control = summary.controls[0]
    if (e.control_status) expect(control?.status).toBe(e.control_status)
    // The evidence names the report's own kind, never "unknown contract".
    if (e.contract) expect(control?.message).toContain(`contract ${e.contract}`)
    expect(control?.message).not.toMatch(/unknown contract/)
  })

  test('a failed report says which rule decided, not just "failed"', async () => {
    const cases: [string, string][] = [
      ['a40-replay-determinism-failed', 'summary.failed_executions = 1'],
      ['a36-provenance-coverage-failed', 'summary.test_execution_complete = false'],
      ['a26-critical-ci-trend-slo-breach', 'breaches[] lists 1'],
      ['a12-policy-promotion-readiness-failed', '3 checks failed: durability_passed'],
      ['a61-release-readiness-gate-no-go', 'decision: no-go'],
      ['a33-dx-metrics-slo-breach', 'current.status: failed']
    ]
    for (const [name, rule] of cases) {
      const { summary } = await gateOn(name)
      expect(summary.controls[0]?.message).toContain(rule)
    }
  })

  test("the older gate's conditional-go makes the decision at best conditional-go", async () => {
    const { summary } = await gateOn('a62-release-readiness-gate-conditional-go')
    expect(summary.controls[0]?.outcome).toBe('conditional')
    expect(summary.blockers).toEqual([
      expect.objectContaining({ kind: 'conditional-go', severity: 'low' })
    ])
    expect(summary.blockers[0]?.reason).toContain('dx_slo_status_pass')
  })
})

const read = (doc: unknown): ReturnType<typeof readJsonReport> =>
  readJsonReport(JSON.stringify(doc), { file: 'artifacts/r.json' })

describe('older reports: the rules beyond the sample', () => {
  test('status and slo_status disagree: the worse stands', () => {
    expect(read({ status: 'passed', slo_status: 'breach' }).status).toBe('failed')
    expect(read({ status: 'unverified', slo_status: 'pass' }).status).toBe('unverified')
  })

  test('unverified never hides a failed check that is not about reaching the evidence', () => {
    const v = read({
      status: 'unverified',
      contract: 'github_branch_protection_v1',
      checks: [
        { check_id: 'github_token_present', passed: true },
        { check_id: 'required_check_present:main:runtime_canary', passed: false }
      ]
    })
    expect(v.status).toBe('failed')
    expect(v.message).toContain('required_check_present:main:runtime_canary')
  })

  test('a refused API call explains unverified; the same check in a passed report fails it', () => {
    const checks = [{ check_id: 'branch_rules_api_call:main', passed: false, detail: 'status=403' }]
    expect(read({ status: 'unverified', checks }).status).toBe('unverified')
    expect(read({ status: 'passed', checks }).status).toBe('failed')
  })

  test('checks as an object of booleans', () => {
    expect(read({ status: 'passed', checks: { a: true, b: false } }).status).toBe('failed')
    expect(read({ status: 'passed', checks: { a: true } }).status).toBe('passed')
    expect(read({ status: 'passed', checks: { a: 'yes' } }).status).toBe('invalid')
  })

  test('nested item statuses: the worst counts', () => {
    expect(
      read({ status: 'passed', scenarios: [{ status: 'passed' }, { status: 'failed' }] }).status
    ).toBe('failed')
    expect(read({ status: 'passed', nodes: [{ id: 'n1', status: 'unverified' }] }).status).toBe(
      'unverified'
    )
    const surfaces = read({
      status: 'passed',
      surfaces: { http: { status: 'passed' }, mcp: { status: 'failed' } }
    })
    expect(surfaces.status).toBe('failed')
    expect(surfaces.message).toContain('surfaces.mcp.status: failed')
  })

  test('no verdict word: judged by count or ratio, and nothing else is invalid', () => {
    expect(read({ total: 3, passed: 3, failed: 0 }).status).toBe('passed')
    expect(read({ total: 3, passed: 2, failed: 1 }).status).toBe('failed')
    expect(read({ total: 0, passed: 0, failed: 0 }).status).toBe('failed')
    expect(read({ summary: { coverage_ratio: 1.0, executability_ratio: 1.0 } }).status).toBe(
      'passed'
    )
    expect(read({ coverage_ratio: 0.9 }).status).toBe('failed')
    const none = read({ contract: 'mystery_v1', generated_at: '2026-11-20T10:00:00Z' })
    expect(none.status).toBe('invalid')
    expect(none.message).toMatch(/artifacts\/r\.json: .*no verdict: looked for 'status'/)
  })

  test('no verdict word: a list of checks that all passed is a verdict, one failed check fails', () => {
    const checks = [
      { check_id: 'a', passed: true },
      { check_id: 'b', passed: true }
    ]
    const summary = { total: 2, passed: 2, failed: 0 }
    expect(read({ contract: 'x_v1', summary, checks }).status).toBe('passed')
    expect(read({ contract: 'x_v1', checks: { a: true, b: true } }).status).toBe('passed')
    const one = read({ contract: 'x_v1', checks: [...checks, { check_id: 'c', passed: false }] })
    expect(one.status).toBe('failed')
    expect(one.message).toContain('check failed: c')
  })

  test('a decision does not hide slo_status, failure counts or another commit', () => {
    expect(read({ decision: 'go', status: 'passed', slo_status: 'breach' }).status).toBe('failed')
    expect(read({ decision: 'go', status: 'passed', failed_tests: 4 }).status).toBe('failed')
    const two = readJsonReport(
      JSON.stringify({
        status: 'passed',
        subject: { sha: 'a'.repeat(40) },
        commit: 'b'.repeat(40)
      }),
      { file: 'r.json', sha: 'a'.repeat(40) }
    )
    expect(two.status).toBe('stale')
    const head = readJsonReport(JSON.stringify({ status: 'passed', sha: 'HEAD~1' }), {
      file: 'r.json',
      sha: 'a'.repeat(40)
    })
    expect(head.status).toBe('invalid')
    expect(head.message).toContain("'sha' must be a commit id")
  })

  test('nested failure words GitHub uses fail; counts that are not counts are invalid', () => {
    expect(read({ status: 'passed', scenarios: [{ status: 'failure' }] }).status).toBe('failed')
    expect(read({ status: 'passed', nodes: [{ status: 'timed_out' }] }).status).toBe('failed')
    expect(read({ passed: 3, failed: 0, total: 1, skipped: -2 }).status).toBe('invalid')
    expect(read({ status: 'passed', failed: { count: 3 } }).status).toBe('invalid')
  })

  test('warnings are shown, not counted', () => {
    const v = read({ slo_status: 'pass', warnings: ['smoke: samples below threshold (3 < 5)'] })
    expect(v.status).toBe('passed')
    expect(v.message).toContain('warnings (not counted): smoke: samples below threshold')
  })

  test('summary.unverified and the Playbook summary fields', () => {
    expect(read({ status: 'passed', summary: { unverified: true } }).status).toBe('unverified')
    expect(read({ status: 'passed', summary: { failed_tests: 2 } }).status).toBe('failed')
    expect(read({ status: 'passed', summary: { execution_complete: false } }).status).toBe('failed')
    expect(read({ status: 'passed', summary: { failed_tests: 'two' } }).status).toBe('invalid')
  })

  test("the older gate's decision is the verdict of its own report", () => {
    const cond = read({ status: 'failed', decision: 'conditional-go' })
    expect(cond.status).toBe('passed')
    expect(cond.conditional).toBe('the older gate decided conditional-go')
    expect(read({ status: 'passed', decision: 'no-go' }).status).toBe('failed')
    // A profile may tolerate failed checks (max_high_failures > 0): go stands, and says so.
    const go = read({
      status: 'passed',
      decision: 'go',
      checks: [{ check_id: 'x', passed: false }]
    })
    expect(go.status).toBe('passed')
    expect(go.message).toContain("the older gate's decision tolerated failed checks: x")
    // It writes status passed with every go: anything else is inconsistent, so not passed.
    expect(read({ status: 'failed', decision: 'go' }).status).toBe('failed')
    expect(read({ status: 'passed', decision: 'maybe' }).status).toBe('invalid')
  })

  test('Playbook §2.4: only the branch protection report may be accepted while unverified', () => {
    const trend = read({ contract: 'critical_ci_trend_v1', status: 'unverified' })
    expect(trend.status).toBe('unverified')
    expect(trend.refuseUnverified).toContain('not critical_ci_trend_v1')
    const bp = read({ contract: 'github_branch_protection_v1', status: 'unverified' })
    expect(bp.refuseUnverified).toBeUndefined()
    const summary = (input: string): ReturnType<typeof read> =>
      read({
        contract: 'governance_executive_summary_v1',
        status: 'unverified',
        reports: [
          { contract: 'opa_policy_bundle_lifecycle_v2', status: 'passed' },
          { contract: input, status: 'unverified' }
        ]
      })
    expect(summary('github_branch_protection_v1').refuseUnverified).toBeUndefined()
    expect(summary('critical_ci_trend_v1').refuseUnverified).toContain('critical_ci_trend_v1')
  })

  // The consolidated summary's counts (governance_executive_summary_v1 writes total_reports,
  // passed, failed, unverified, unknown, invalid, missing): an input counted invalid, missing or
  // unknown is as if it were listed with that word (break test of 2026-11-30).
  test('counts of inputs by status word: invalid and missing fail, unknown is unverified', () => {
    const counts = { total_reports: 4, failed: 0, unverified: 0, unknown: 0 }
    // Consistent counts: the inputs not counted otherwise passed.
    const only = (extra: Record<string, number>): ReturnType<typeof read> =>
      read({
        summary: {
          ...counts,
          invalid: 0,
          missing: 0,
          ...extra,
          passed: 4 - Object.values(extra).reduce((a, b) => a + Math.max(0, b), 0)
        }
      })
    expect(only({}).status).toBe('passed')
    expect(only({ invalid: 1 }).status).toBe('failed')
    expect(only({ invalid: 1 }).message).toContain('summary.invalid = 1')
    expect(only({ missing: 1 }).status).toBe('failed')
    expect(only({ unknown: 1 }).status).toBe('unverified')
    expect(only({ invalid: -1 }).status).toBe('invalid')
    const worded = read({ status: 'passed', summary: { ...counts, invalid: 1 }, reports: [] })
    expect(worded.status).toBe('failed')
    // Top level as in summary: a count-only report that counts an unverified input.
    expect(read({ total: 3, passed: 2, failed: 0, unverified: 1 }).status).toBe('unverified')
    // …and counted in the total: 3 passed and 1 unverified of 3 do not add up.
    const over = read({ total: 3, passed: 3, failed: 0, unverified: 1 })
    expect(over.status).toBe('failed')
    expect(over.message).toContain('+ unverified (1) ≠ total (3)')
    // The consolidated summary's own total is total_reports.
    const ges = read({ summary: { total_reports: 3, passed: 2, failed: 0, unverified: 0 } })
    expect(ges.status).toBe('failed')
    expect(ges.message).toContain('passed (2) + failed (0) ≠ total_reports (3)')
    expect(
      read({ summary: { total_reports: 3, passed: 2, failed: 0, missing: 1 } }).message
    ).toContain('summary.missing = 1')
  })

  test('Playbook §2.4: a summary counting more unverified inputs than it lists is refused', () => {
    const doc = (unverified: number): ReturnType<typeof read> =>
      read({
        contract: 'governance_executive_summary_v1',
        status: 'unverified',
        summary: { total_reports: 3, passed: 3 - unverified, failed: 0, unverified },
        reports: [{ contract: 'github_branch_protection_v1', status: 'unverified' }]
      })
    expect(doc(1).refuseUnverified).toBeUndefined()
    expect(doc(2).status).toBe('unverified')
    expect(doc(2).refuseUnverified).toContain(
      'the summary counts 2 unverified or unknown inputs while 1 is listed as unverified'
    )
    // An unknown input counted, or the count written at the top level, is not named either.
    const listed = [{ contract: 'github_branch_protection_v1', status: 'unverified' }]
    const unknown = read({
      contract: 'governance_executive_summary_v1',
      status: 'unverified',
      summary: { total_reports: 3, passed: 1, failed: 0, unverified: 1, unknown: 1 },
      reports: listed
    })
    expect(unknown.refuseUnverified).toContain('counts 2 unverified or unknown inputs')
    const top = read({
      contract: 'governance_executive_summary_v1',
      status: 'unverified',
      unverified: 2,
      reports: listed
    })
    expect(top.refuseUnverified).toContain('counts 2 unverified or unknown inputs')
    // The same count written at both levels is one count.
    const both = read({
      contract: 'governance_executive_summary_v1',
      status: 'unverified',
      unverified: 1,
      summary: { total_reports: 3, passed: 2, failed: 0, unverified: 1 },
      reports: listed
    })
    expect(both.refuseUnverified).toBeUndefined()
  })

  test('Playbook summary fields nested in summary fail the report as the totals do', () => {
    const nested = read({ status: 'passed', summary: { unit: { failed_tests: 1, total: 9 } } })
    expect(nested.status).toBe('failed')
    expect(nested.message).toContain('summary.unit.failed_tests = 1')
    expect(
      read({ status: 'passed', summary: { e2e: { run: { execution_complete: false } } } }).status
    ).toBe('failed')
    expect(read({ status: 'passed', summary: { unit: { failed_tests: 0 } } }).status).toBe('passed')
    expect(read({ status: 'passed', summary: { unit: { failed_tests: 'x' } } }).status).toBe(
      'invalid'
    )
    // An item's summary inside a summary already read is not read (and reported) twice.
    const inner = read({
      status: 'passed',
      surfaces: { api: { summary: { unit: { summary: { failed_tests: 2 } } } } }
    })
    expect(inner.status).toBe('failed')
    expect(inner.findings.map((f) => f.id)).toEqual([
      'surfaces.api.summary.unit.summary.failed_tests'
    ])
  })

  test('a ratio that decides the report and is above 1 is not a ratio: invalid, named', () => {
    const v = read({ coverage_ratio: 1.5 })
    expect(v.status).toBe('invalid')
    expect(v.message).toContain("'coverage_ratio' = 1.5 is not a ratio")
    expect(read({ coverage_ratio: 1 }).status).toBe('passed')
    // Division rounding: 100% computed as a weighted ratio lands a hair above 1.
    expect(read({ summary: { coverage_ratio: 1.0000000000000002 } }).status).toBe('passed')
    // Beside a verdict word a ratio above 1 is a metric (a slowdown), not a verdict.
    expect(read({ status: 'passed', summary: { duration_ratio: 1.25 } }).status).toBe('passed')
  })

  test('summary breakdowns: lists, per-surface summaries and any depth; settings and baselines are not results', () => {
    const failed = (doc: object): void => expect(read(doc).status).toBe('failed')
    failed({ status: 'passed', summary: { suites: [{ failed_tests: 0 }, { failed_tests: 2 }] } })
    failed({ status: 'passed', surfaces: { api: { summary: { failed_tests: 2 } } } })
    // A baseline's or an earlier run's own summary is not this run's result.
    expect(read({ status: 'passed', baseline: { summary: { failed_tests: 2 } } }).status).toBe(
      'passed'
    )
    failed({ status: 'passed', summary: { a: { b: { c: { d: { e: { failed_tests: 1 } } } } } } })
    expect(
      read({ status: 'passed', summary: { suites: [{ failed_tests: 0 }, { failed_tests: 2 }] } })
        .message
    ).toContain('summary.suites[1].failed_tests = 2')
    for (const summary of [
      { failed_tests: 0, thresholds: { failed_tests: 5 } },
      { baseline: { failed_tests: 2 } },
      { max: { failed_executions: 3 } },
      { previous_run: { execution_complete: false } },
      { max_failed_tests: { unit: { failed_tests: 1 } } }
    ])
      expect(read({ status: 'passed', summary }).status).toBe('passed')
  })

  test('status counts written as numeric strings are refused; other strings are not counts', () => {
    const v = read({ summary: { total_reports: 2, passed: 1, failed: 0, invalid: '1' } })
    expect(v.status).toBe('invalid')
    expect(v.message).toContain(`'summary.invalid' must be a number, not the string "1"`)
    expect(read({ status: 'passed', missing: 'nothing is missing' }).status).toBe('passed')
  })

  test('only the scripts’ own access checks explain unverified, never a check naming a token', () => {
    const v = read({
      contract: 'github_branch_protection_v1',
      status: 'unverified',
      checks: [
        { check_id: 'branch_rules_api_call:release', passed: false, detail: 'status=403' },
        { check_id: 'required_check_present:main:branch_metadata:secret-token-scan', passed: false }
      ]
    })
    expect(v.status).toBe('failed')
    expect(v.message).toContain('secret-token-scan')
  })

  test('a nested status that is not a verdict word is data, not a verdict', () => {
    const v = read({
      contract: 'governance_tenancy_rollout_v1',
      status: 'passed',
      capabilities: [{ id: 'x', status: 'experimental' }],
      comparisons: [{ internal: { status: 'allow' }, external: { status: 'block' } }]
    })
    expect(v.status).toBe('passed')
  })

  test('counts that are not counts are invalid; counts that disagree fail', () => {
    expect(read({ total: 3, passed: 3, failed: -1 }).status).toBe('invalid')
    expect(read({ status: 'passed', summary: { failed_tests: -3 } }).status).toBe('invalid')
    expect(read({ total: 3, passed: 1, failed: 0 }).status).toBe('failed')
    expect(read({ status: 'passed', summary: { failed: 2, total: 3 } }).status).toBe('failed')
    expect(read({ summary: { stable: 1, unstable: 1 } }).status).toBe('failed')
    expect(read({ status: 'passed', mismatches: [{ equal: false }] }).status).toBe('failed')
  })

  test('other producers’ words keep their wider normalisation; unknown words are invalid', () => {
    expect(read({ status: 'ok' }).status).toBe('passed')
    expect(read({ status: 'error' }).status).toBe('failed')
    const v = read({ status: 'green' })
    expect(v.status).toBe('invalid')
    expect(v.message).toContain('"green"')
  })
})

describe('the JSON report reader never throws', () => {
  const passing = JSON.stringify({
    contract: 'policy_gate_freshness_v1',
    status: 'passed',
    summary: { total: 2, passed: 2, failed: 0 },
    checks: [
      { check_id: 'a', passed: true },
      { check_id: 'b', passed: true }
    ]
  })

  test('for any byte string it returns a verdict', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const v = readJsonReport(Buffer.from(bytes).toString('utf8'), { file: 'r.json' })
        expect(CONTROL_STATUSES).toContain(v.status)
        expect(v.message.startsWith('r.json')).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })

  test('for any JSON value it returns a verdict', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const v = readJsonReport(JSON.stringify(value) ?? 'null', { file: 'r.json' })
        expect(CONTROL_STATUSES).toContain(v.status)
        // Only an object with a verdict can pass.
        if (v.status === 'passed') expect(typeof value === 'object' && value !== null).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })

  test('deep nesting is a verdict, not a stack overflow', () => {
    const deep = '{"status":"passed","x":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'
    expect(readJsonReport(deep, { file: 'r.json' }).status).toBe('passed')
    const failing =
      '{"status":"passed","x":[{"status":"failed"},' +
      '['.repeat(100_000) +
      ']'.repeat(100_000) +
      ']}'
    expect(readJsonReport(failing, { file: 'r.json' }).status).toBe('failed')
  })

  test('a passing report with one byte removed passes only if it still parses to a passing report', () => {
    fc.assert(
      fc.property(fc.nat({ max: passing.length - 1 }), (i) => {
        const cut = passing.slice(0, i) + passing.slice(i + 1)
        const v = readJsonReport(cut, { file: 'r.json' })
        if (v.status !== 'passed') return
        // Still passed: the cut text must be JSON that reads as a passing report of its own.
        // An independent oracle: a passing verdict word, or with none a count of 0 failed of N > 0.
        const doc = JSON.parse(cut) as Record<string, unknown>
        const words = [doc.status, doc.slo_status].filter((w) => w !== undefined)
        const summary = (doc.summary ?? {}) as Record<string, unknown>
        const byWord = words.length > 0 && words.every((w) => w === 'passed' || w === 'pass')
        const byCount =
          words.length === 0 && summary.failed === 0 && Number(summary.total ?? summary.passed) > 0
        expect(byWord || byCount).toBe(true)
        const checks = (doc.checks ?? []) as { passed: unknown }[]
        expect(checks.every((c) => c.passed === true)).toBe(true)
      }),
      { numRuns: passing.length }
    )
  })
})
