import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { readJsonReport } from '../src/parsers/report-json.js'
import { readJunit } from '../src/parsers/junit.js'
import { readSarif } from '../src/parsers/sarif.js'
import { worstStatus } from '../src/core/status.js'
import fc from 'fast-check'

const SHA = '4c8d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d'
const OTHER_SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b'

// ---------------------------------------------------------------------------------------------
// gonogo.report/v1 and the older governance scripts' JSON
// ---------------------------------------------------------------------------------------------

/** The report the example repository ships (written by gonogo/ruleset-verify). */
const EXAMPLE_REPORT = readFileSync(
  new URL('../examples/basic/gonogo-reports/branch-protection.json', import.meta.url),
  'utf8'
)

interface ContractCheck {
  id: string
  status: string
  message: string
  location?: { file: string; line?: number }
  remediation?: string
  unlock?: string
}

function contractReport(overrides: Record<string, unknown> = {}, checks?: ContractCheck[]): string {
  return JSON.stringify(
    {
      contract: 'gonogo.report/v1',
      control: 'workflow-lint',
      status: 'passed',
      subject: { repository: 'acme/shop', sha: SHA, ref: 'refs/heads/main' },
      generated_at: '2026-11-20T09:00:00Z',
      generator: { name: 'gonogo/workflow-lint', version: '1.0.0' },
      summary: { workflows: 2, findings: 0 },
      checks: checks ?? [
        {
          id: '.github/workflows/ci.yml/permissions',
          status: 'passed',
          message: 'permissions declared'
        },
        {
          id: '.github/workflows/release.yml/pinning',
          status: 'passed',
          message: 'all third-party actions pinned to a commit'
        }
      ],
      ...overrides
    },
    null,
    2
  )
}

describe('readJsonReport: the gonogo.report/v1 contract', () => {
  test('the example branch-protection report about the gated commit passes with its check counts', () => {
    const v = readJsonReport(EXAMPLE_REPORT, {
      file: 'gonogo-reports/branch-protection.json',
      sha: SHA
    })
    expect(v.status).toBe('passed')
    expect(v.message).toBe(
      'gonogo-reports/branch-protection.json: passed (3 checks, 0 failed, 0 unverified)'
    )
    expect(v.summary).toEqual({ checks: 3, failed_checks: 0, unverified_checks: 0 })
    expect(v.findings).toEqual([])
  })

  test('a report that claims passed while one of its checks failed is read as failed, keeping the failed check', () => {
    const text = contractReport({ status: 'passed' }, [
      { id: 'ci.yml/permissions', status: 'passed', message: 'permissions declared' },
      {
        id: 'release.yml/unpinned-action',
        status: 'failed',
        message: 'softprops/action-gh-release@v2 is not pinned to a commit',
        location: { file: '.github/workflows/release.yml', line: 31 },
        remediation: 'pin it to a full commit sha'
      },
      {
        id: 'deploy.yml/oidc',
        status: 'unverified',
        message: 'needs id-token',
        unlock: 'id-token: write'
      }
    ])
    const v = readJsonReport(text, { file: 'gonogo-reports/workflow-lint.json', sha: SHA })
    expect(v.status).toBe('failed')
    expect(v.message).toBe(
      'gonogo-reports/workflow-lint.json: failed (3 checks, 1 failed, 1 unverified)'
    )
    expect(v.summary).toEqual({ checks: 3, failed_checks: 1, unverified_checks: 1 })
    // passed checks are dropped; failed ones come before unverified ones
    expect(v.findings.map((f) => [f.id, f.status])).toEqual([
      ['release.yml/unpinned-action', 'failed'],
      ['deploy.yml/oidc', 'unverified']
    ])
    expect(v.findings[0]?.location).toEqual({ file: '.github/workflows/release.yml', line: 31 })
  })

  test('a report that claims passed while a check is unverified is read as unverified', () => {
    const text = contractReport({}, [
      {
        id: 'main/rulesets',
        status: 'unverified',
        message: '403 reading rulesets',
        unlock: 'administration: read'
      }
    ])
    expect(readJsonReport(text, { file: 'r.json' }).status).toBe('unverified')
  })

  test('status, counts and findings follow every check, in any mix (one pass over the checks)', () => {
    const statuses = ['passed', 'failed', 'unverified'] as const
    fc.assert(
      fc.property(
        fc.constantFrom(...statuses),
        fc.array(fc.constantFrom(...statuses), { maxLength: 12 }),
        (own, each) => {
          const checks = each.map((status, i) => ({ id: `c${i}`, status, message: `m${i}` }))
          const v = readJsonReport(contractReport({ status: own }, checks), { file: 'r.json' })
          // The worst of the report's own status, every check's, and unverified for none.
          const expected = worstStatus([
            own,
            ...each,
            ...(each.length === 0 ? (['unverified'] as const) : [])
          ])
          expect(v.status).toBe(expected)
          expect(v.summary).toEqual({
            checks: each.length,
            failed_checks: each.filter((x) => x === 'failed').length,
            unverified_checks: each.filter((x) => x === 'unverified').length
          })
          expect(v.findings.map((f) => f.id)).toEqual([
            ...checks.filter((c) => c.status === 'failed').map((c) => c.id),
            ...checks.filter((c) => c.status === 'unverified').map((c) => c.id)
          ])
        }
      ),
      { numRuns: 300 }
    )
  })

  test('a report about a commit whose id shares the first 12 digits with the gated one shows both whole', () => {
    const sha256Id = `${SHA}${'0'.repeat(24)}`
    const v = readJsonReport(
      contractReport({ subject: { repository: 'acme/shop', sha: sha256Id } }),
      { file: 'r.json', sha: SHA }
    )
    expect(v.status).toBe('stale')
    expect(v.message).toBe(
      `r.json: report is about commit ${sha256Id}, but the gate checks ${SHA}; regenerate it for this commit`
    )
    const other = readJsonReport(
      contractReport({ subject: { repository: 'acme/shop', sha: OTHER_SHA } }),
      {
        file: 'r.json',
        sha: SHA
      }
    )
    expect(other.message).toBe(
      `r.json: report is about commit ${OTHER_SHA.slice(0, 12)}, but the gate checks ${SHA.slice(0, 12)}; regenerate it for this commit`
    )
  })

  test('a report with no checks at all keeps its own status and says so', () => {
    const v = readJsonReport(contractReport({ status: 'failed' }, []), { file: 'r.json' })
    expect(v.status).toBe('failed')
    expect(v.message).toBe('r.json: failed (no checks listed)')
  })

  test('a report missing generated_at is invalid and the message names the missing key at the top level', () => {
    const doc = JSON.parse(contractReport()) as Record<string, unknown>
    delete doc.generated_at
    const v = readJsonReport(JSON.stringify(doc), { file: 'gonogo-reports/workflow-lint.json' })
    expect(v.status).toBe('invalid')
    expect(v.message).toBe(
      "gonogo-reports/workflow-lint.json: does not follow gonogo.report/v1: (top level): missing required key 'generated_at'"
    )
  })

  test('schema violations deep in the report name their JSON pointers', () => {
    const text = contractReport({ subject: { repository: 'acme/shop', sha: 'HEAD' } }, [
      { id: 'a', status: 'passed', message: 'ok' },
      { id: 'b', status: 'ok', message: 'legacy word inside a contract report' }
    ])
    const v = readJsonReport(text, { file: 'r.json' })
    expect(v.status).toBe('invalid')
    expect(v.message).toContain('/subject/sha: must match pattern')
    expect(v.message).toContain('/checks/1/status: must be one of "passed", "failed", "unverified"')
    expect(v.findings).toEqual([])
  })

  test('an unknown top-level key in a contract report is invalid and named', () => {
    const v = readJsonReport(contractReport({ verdict: 'go' }), { file: 'r.json' })
    expect(v.status).toBe('invalid')
    expect(v.message).toContain("(top level): unknown key 'verdict'")
  })

  test('a report declaring another contract id is invalid and names both contracts', () => {
    const v = readJsonReport(contractReport({ contract: 'gonogo.report/v2' }), { file: 'r.json' })
    expect(v.status).toBe('invalid')
    expect(v.message).toBe(
      'r.json: unknown contract "gonogo.report/v2"; this gate reads gonogo.report/v1'
    )
  })

  test('a report about another commit is stale and the message names both shas', () => {
    const v = readJsonReport(
      contractReport({ subject: { repository: 'acme/shop', sha: OTHER_SHA } }),
      {
        file: 'gonogo-reports/workflow-lint.json',
        sha: SHA
      }
    )
    expect(v.status).toBe('stale')
    expect(v.message).toContain('gonogo-reports/workflow-lint.json')
    expect(v.message).toContain(OTHER_SHA.slice(0, 12))
    expect(v.message).toContain(SHA.slice(0, 12))
  })

  test('a stale report is stale even when it failed (staleness is reported first)', () => {
    const text = contractReport({
      status: 'failed',
      subject: { repository: 'acme/shop', sha: OTHER_SHA }
    })
    expect(readJsonReport(text, { file: 'r.json', sha: SHA }).status).toBe('stale')
  })
})

describe('readJsonReport: reports of the older governance scripts', () => {
  const table: [string, string][] = [
    ['passed', 'passed'],
    ['pass', 'passed'],
    ['ok', 'passed'],
    ['healthy', 'passed'],
    ['success', 'passed'],
    ['failed', 'failed'],
    ['fail', 'failed'],
    ['error', 'failed'],
    ['breach', 'failed'],
    ['unverified', 'unverified'],
    ['unknown', 'unverified'],
    ['pending', 'unverified'],
    ['partial', 'unverified'],
    ['warning', 'unverified']
  ]

  test.each(table)("status word '%s' reads as %s", (word, expected) => {
    const v = readJsonReport(JSON.stringify({ report: 'release_readiness', status: word }), {
      file: 'legacy.json'
    })
    expect(v.status).toBe(expected)
    expect(v.message).toMatch(
      new RegExp(`^legacy\\.json: ${expected} \\(older report: status: ${word}[;)]`)
    )
  })

  test.each(table.map(([w, s]): [string, string] => [w.toUpperCase(), s]))(
    "the upper-case word '%s' reads as %s too",
    (word, expected) => {
      expect(readJsonReport(JSON.stringify({ status: word }), { file: 'legacy.json' }).status).toBe(
        expected
      )
    }
  )

  test('mixed case and surrounding spaces are tolerated: " Healthy " is passed, "Breach" is failed', () => {
    expect(readJsonReport('{"status": " Healthy "}', { file: 'a.json' }).status).toBe('passed')
    expect(readJsonReport('{"status": "Breach"}', { file: 'a.json' }).status).toBe('failed')
  })

  test('an SLO report without status is read from slo_status', () => {
    const slo = JSON.stringify({
      report: 'ci_stability_trend',
      slo_status: 'breach',
      window_runs: 20,
      summary: { pass_rate_pct: 81, flaky_runs: 4 }
    })
    const v = readJsonReport(slo, { file: 'gonogo-reports/ci-stability.json' })
    expect(v.status).toBe('failed')
    expect(v.message).toBe(
      'gonogo-reports/ci-stability.json: failed (older report: slo_status: breach)'
    )
    expect(v.summary).toEqual({ pass_rate_pct: 81, flaky_runs: 4 })
  })

  test('status and slo_status both present: the worse stands', () => {
    const v = readJsonReport(JSON.stringify({ status: 'ok', slo_status: 'breach' }), {
      file: 'a.json'
    })
    expect(v.status).toBe('failed')
    expect(v.message).toBe('a.json: failed (older report: slo_status: breach)')
  })

  test('an unknown status word is invalid and the message lists every known word', () => {
    const v = readJsonReport(JSON.stringify({ status: 'green' }), {
      file: 'gonogo-reports/deps.json'
    })
    expect(v.status).toBe('invalid')
    expect(v.message).toBe(
      'gonogo-reports/deps.json: unknown status word "green" in \'status\'; known words: ' +
        'breach, canceled, cancelled, error, fail, failed, failure, healthy, invalid, missing, ok, partial, pass, passed, pending, success, timed_out, unknown, unverified, warning'
    )
  })

  test('an unknown word in slo_status names slo_status', () => {
    const v = readJsonReport(JSON.stringify({ slo_status: 'amber' }), { file: 'slo.json' })
    expect(v.status).toBe('invalid')
    expect(v.message).toContain('unknown status word "amber" in \'slo_status\'')
  })

  test('object property names are not status words ("constructor" is unknown, not passed)', () => {
    expect(readJsonReport('{"status": "constructor"}', { file: 'a.json' }).status).toBe('invalid')
    expect(readJsonReport('{"status": "__proto__"}', { file: 'a.json' }).status).toBe('invalid')
  })

  test('a status that is not a string is invalid', () => {
    const v = readJsonReport('{"status": true}', { file: 'a.json' })
    expect(v.status).toBe('invalid')
    expect(v.message).toBe("a.json: 'status' must be a string status word")
  })

  test('a test report saying ok while summary.failed_tests is 3 is failed, with the count in the message', () => {
    const text = JSON.stringify({
      report: 'integration_tests',
      status: 'ok',
      summary: {
        total_tests: 120,
        passed_tests: 117,
        failed_tests: 3,
        test_execution_complete: true
      }
    })
    const v = readJsonReport(text, { file: 'gonogo-reports/integration.json' })
    expect(v.status).toBe('failed')
    expect(v.message).toBe(
      'gonogo-reports/integration.json: failed (older report: summary.failed_tests = 3)'
    )
    expect(v.findings).toEqual([
      { id: 'summary.failed_tests', status: 'failed', message: '3 tests failed' }
    ])
    expect(v.summary).toEqual({ total_tests: 120, passed_tests: 117, failed_tests: 3 })
  })

  test('summary.failed_tests of 0 does not fail an ok report', () => {
    const v = readJsonReport(JSON.stringify({ status: 'ok', summary: { failed_tests: 0 } }), {
      file: 'a.json'
    })
    expect(v.status).toBe('passed')
    expect(v.findings).toEqual([])
  })

  test('a report whose test execution did not complete is failed even when it says success', () => {
    const text = JSON.stringify({
      status: 'success',
      summary: { failed_tests: 0, test_execution_complete: false }
    })
    const v = readJsonReport(text, { file: 'gonogo-reports/e2e.json' })
    expect(v.status).toBe('failed')
    expect(v.message).toBe(
      'gonogo-reports/e2e.json: failed (older report: summary.test_execution_complete = false)'
    )
    expect(v.findings.map((f) => f.id)).toEqual(['summary.test_execution_complete'])
  })

  test('a string failed_tests or test_execution_complete is invalid rather than guessed', () => {
    expect(
      readJsonReport('{"status":"ok","summary":{"failed_tests":"3"}}', { file: 'a.json' }).message
    ).toBe("a.json: 'summary.failed_tests' must be a number")
    expect(
      readJsonReport('{"status":"ok","summary":{"test_execution_complete":"no"}}', {
        file: 'a.json'
      }).message
    ).toBe("a.json: 'summary.test_execution_complete' must be true or false")
  })

  test('a legacy report naming another commit is stale', () => {
    const v = readJsonReport(JSON.stringify({ status: 'passed', git_sha: OTHER_SHA }), {
      file: 'a.json',
      sha: SHA
    })
    expect(v.status).toBe('stale')
    expect(v.message).toContain(OTHER_SHA.slice(0, 12))
    expect(v.message).toContain(SHA.slice(0, 12))
  })

  test('a legacy report naming the gated commit is not stale', () => {
    const v = readJsonReport(JSON.stringify({ status: 'passed', commit: SHA }), {
      file: 'a.json',
      sha: SHA
    })
    expect(v.status).toBe('passed')
  })

  test('a JSON object with no verdict (no word, count or ratio) is invalid and says what was looked for', () => {
    const v = readJsonReport(JSON.stringify({ report: 'coverage', line_rate: 0.83 }), {
      file: 'cov.json'
    })
    expect(v.status).toBe('invalid')
    expect(v.message).toBe(
      "cov.json: older report carries no verdict: looked for 'status', 'slo_status', 'decision', failure counts with a total (top level or in 'summary'), '*_ratio' fields and items with a status; add one, or write a gonogo.report/v1 report"
    )
  })

  test.each([['[{"status":"passed"}]'], ['"passed"'], ['null'], ['42']])(
    'non-object JSON %s is invalid',
    (text) => {
      const v = readJsonReport(text, { file: 'a.json' })
      expect(v.status).toBe('invalid')
      expect(v.message).toBe('a.json: a report must be a JSON object')
    }
  )

  test('malformed JSON is invalid and the message names the line and column of the error', () => {
    const text = '{\n  "status": "passed",\n  "summary": {\n    "failed_tests": 0,\n  }\n}'
    const v = readJsonReport(text, { file: 'gonogo-reports/tests.json' })
    expect(v.status).toBe('invalid')
    expect(v.message).toMatch(/^gonogo-reports\/tests\.json: not valid JSON at line 5, column 3 \(/)
  })

  test('a file with NUL bytes is invalid as binary data', () => {
    const v = readJsonReport('{"status":"ok"}\u0000\u0000', { file: 'a.json' })
    expect(v.status).toBe('invalid')
    expect(v.message).toBe('a.json: binary data, not JSON')
  })
})

// ---------------------------------------------------------------------------------------------
// JUnit XML
// ---------------------------------------------------------------------------------------------

/** jest-junit 16 with default options, all green (one skipped test). */
const JEST_JUNIT_PASSING = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="jest tests" tests="5" failures="0" errors="0" time="2.345">
  <testsuite name="cart" errors="0" failures="0" skipped="1" timestamp="2026-11-20T09:12:01" time="1.204" tests="3">
    <testcase classname="cart adds an item" name="cart adds an item" time="0.004">
    </testcase>
    <testcase classname="cart removes an item" name="cart removes an item" time="0.002">
    </testcase>
    <testcase classname="cart applies a coupon" name="cart applies a coupon" time="0">
      <skipped/>
    </testcase>
  </testsuite>
  <testsuite name="checkout" errors="0" failures="0" skipped="0" timestamp="2026-11-20T09:12:02" time="0.981" tests="2">
    <testcase classname="checkout charges the card once" name="checkout charges the card once" time="0.031">
    </testcase>
    <testcase classname="checkout refuses an expired card" name="checkout refuses an expired card" time="0.012">
    </testcase>
  </testsuite>
</testsuites>
`

/** jest-junit with one failing assertion (jest-junit writes no message attribute). */
const JEST_JUNIT_FAILING = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="jest tests" tests="2" failures="1" errors="0" time="1.102">
  <testsuite name="checkout" errors="0" failures="1" skipped="0" timestamp="2026-11-20T09:12:02" time="0.981" tests="2">
    <testcase classname="checkout charges the card once" name="checkout charges the card once" time="0.031">
      <failure>Error: expect(received).toBe(expected) // Object.is equality

Expected: 1
Received: 2
    at Object.&lt;anonymous&gt; (/home/runner/work/shop/shop/src/checkout.test.ts:14:25)</failure>
    </testcase>
    <testcase classname="checkout refuses an expired card" name="checkout refuses an expired card" time="0.012">
    </testcase>
  </testsuite>
</testsuites>
`

/** pytest 8 (junit_family=xunit2, the default): one failure, one skip. */
const PYTEST_FAILING = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="1" skipped="1" tests="4" time="0.087" timestamp="2026-11-20T09:14:55.123456+00:00" hostname="fv-az123-456"><testcase classname="tests.test_cart" name="test_add_item" time="0.001" /><testcase classname="tests.test_cart" name="test_total_with_tax" time="0.002"><failure message="assert 10.7 == 10.8">def test_total_with_tax():
&gt;       assert total([10], tax=0.08) == 10.8
E       assert 10.7 == 10.8

tests/test_cart.py:14: AssertionError</failure></testcase><testcase classname="tests.test_cart" name="test_remove_item" time="0.001" /><testcase classname="tests.test_cart" name="test_discount" time="0.000"><skipped type="pytest.skip" message="discounts not implemented">tests/test_cart.py:20: discounts not implemented</skipped></testcase></testsuite></testsuites>`

/** Maven Surefire 3 TEST-*.xml: a single <testsuite> root, properties, one <error>. */
const SUREFIRE_ERROR = `<?xml version="1.0" encoding="UTF-8"?>
<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report-3.0.xsd" version="3.0" name="com.acme.shop.CartTest" time="0.412" tests="3" errors="1" skipped="0" failures="0">
  <properties>
    <property name="java.version" value="21.0.5"/>
    <property name="os.name" value="Linux"/>
  </properties>
  <testcase name="addsAnItem" classname="com.acme.shop.CartTest" time="0.012"/>
  <testcase name="removesAnItem" classname="com.acme.shop.CartTest" time="0.003"/>
  <testcase name="loadsPrices" classname="com.acme.shop.CartTest" time="0.201">
    <error message="Connection refused" type="java.net.ConnectException"><![CDATA[java.net.ConnectException: Connection refused
	at java.base/sun.nio.ch.Net.connect0(Native Method)
	at com.acme.shop.PriceClient.load(PriceClient.java:41)]]></error>
    <system-out><![CDATA[loading prices from http://localhost:8089]]></system-out>
  </testcase>
</testsuite>
`

describe('readJunit', () => {
  test('a green jest-junit file passes and counts tests and skips', () => {
    const v = readJunit(JEST_JUNIT_PASSING, { file: 'test-results/unit/junit.xml' })
    expect(v.status).toBe('passed')
    expect(v.message).toBe('test-results/unit/junit.xml: 4 tests passed, 1 skipped')
    expect(v.summary).toEqual({ tests: 5, failures: 0, errors: 0, skipped: 1 })
    expect(v.findings).toEqual([])
  })

  test("a jest-junit failure fails the control and the finding names the test and the assertion's first line", () => {
    const v = readJunit(JEST_JUNIT_FAILING, { file: 'test-results/unit/junit.xml' })
    expect(v.status).toBe('failed')
    expect(v.message).toBe('test-results/unit/junit.xml: 1 failed and 0 errored of 2 tests')
    expect(v.summary).toEqual({ tests: 2, failures: 1, errors: 0, skipped: 0 })
    expect(v.findings).toEqual([
      {
        id: 'checkout › checkout charges the card once.checkout charges the card once',
        status: 'failed',
        message: 'failed: Error: expect(received).toBe(expected) // Object.is equality'
      }
    ])
  })

  test('a pytest failure fails the control with the message attribute, and the skip is counted', () => {
    const v = readJunit(PYTEST_FAILING, { file: 'reports/pytest.xml' })
    expect(v.status).toBe('failed')
    expect(v.summary).toEqual({ tests: 4, failures: 1, errors: 0, skipped: 1 })
    expect(v.findings).toHaveLength(1)
    expect(v.findings[0]?.id).toBe('pytest › tests.test_cart.test_total_with_tax')
    expect(v.findings[0]?.message).toBe('failed: assert 10.7 == 10.8')
  })

  test('a Maven Surefire <error> (single <testsuite> root) fails the control as errored', () => {
    const v = readJunit(SUREFIRE_ERROR, {
      file: 'target/surefire-reports/TEST-com.acme.shop.CartTest.xml'
    })
    expect(v.status).toBe('failed')
    expect(v.message).toBe(
      'target/surefire-reports/TEST-com.acme.shop.CartTest.xml: 0 failed and 1 errored of 3 tests'
    )
    expect(v.summary).toEqual({ tests: 3, failures: 0, errors: 1, skipped: 0 })
    expect(v.findings).toEqual([
      {
        id: 'com.acme.shop.CartTest › com.acme.shop.CartTest.loadsPrices',
        status: 'failed',
        message: 'errored: Connection refused'
      }
    ])
  })

  test('a green single-<testsuite> Surefire file passes', () => {
    const green = SUREFIRE_ERROR.replace(
      /<testcase name="loadsPrices"[\s\S]*?<\/testcase>/,
      '<testcase name="loadsPrices" classname="com.acme.shop.CartTest" time="0.2"/>'
    ).replace('errors="1"', 'errors="0"')
    expect(green).not.toContain('<error')
    const v = readJunit(green, { file: 'TEST-x.xml' })
    expect(v.status).toBe('passed')
    expect(v.summary.tests).toBe(3)
  })

  test('a suite whose errors="1" no <error> element accounts for fails, naming the suite and line', () => {
    const stale = SUREFIRE_ERROR.replace(
      /<testcase name="loadsPrices"[\s\S]*?<\/testcase>/,
      '<testcase name="loadsPrices" classname="com.acme.shop.CartTest" time="0.2"/>'
    )
    const v = readJunit(stale, { file: 'TEST-x.xml' })
    expect(v.status).toBe('failed')
    expect(v.message).toContain(
      '<testsuite> "com.acme.shop.CartTest" on line 2 says tests="3" failures="0" errors="1"'
    )
    expect(v.summary).toMatchObject({ tests: 3, failures: 0, errors: 0, unaccounted: 1 })
  })

  test('a failing test with file and line attributes (xunit1) keeps its location', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" tests="1" failures="1">
  <testcase classname="tests.test_api" name="test_orders" file="tests/test_api.py" line="41" time="0.3">
    <failure message="AssertionError: 500 != 200">trace</failure>
  </testcase>
</testsuite></testsuites>`
    const v = readJunit(xml, { file: 'pytest.xml' })
    expect(v.findings[0]?.location).toEqual({ file: 'tests/test_api.py', line: 41 })
  })

  test('a self-closing <failure/> without message or text still fails the test', () => {
    const xml =
      '<testsuite name="smoke" tests="1"><testcase classname="smoke" name="boots"><failure/></testcase></testsuite>'
    const v = readJunit(xml, { file: 'smoke.xml' })
    expect(v.status).toBe('failed')
    expect(v.findings).toEqual([{ id: 'smoke › smoke.boots', status: 'failed', message: 'failed' }])
  })

  test('a JUnit file in which no test ran fails the control', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="0" failures="0" errors="0" time="0.001">\n</testsuites>\n'
    const v = readJunit(xml, { file: 'test-results/unit/junit.xml' })
    expect(v.status).toBe('failed')
    expect(v.message).toBe(
      'test-results/unit/junit.xml: no test ran (0 tests, 0 skipped); a run without tests proves nothing'
    )
    expect(v.summary).toEqual({ tests: 0, failures: 0, errors: 0, skipped: 0 })
  })

  test('a JUnit file in which every test was skipped fails the control', () => {
    const xml = `<testsuites>
  <testsuite name="e2e" tests="2" skipped="2">
    <testcase classname="e2e" name="logs in"><skipped message="no browser"/></testcase>
    <testcase classname="e2e" name="checks out"><skipped/></testcase>
  </testsuite>
</testsuites>`
    const v = readJunit(xml, { file: 'e2e.xml' })
    expect(v.status).toBe('failed')
    expect(v.message).toBe(
      'e2e.xml: no test ran (2 tests, 2 skipped); a run without tests proves nothing'
    )
  })

  test('suites nested in suites are walked at any depth, and finding ids carry the suite path', () => {
    const xml = `<testsuites>
  <testsuite name="api">
    <testsuite name="orders">
      <testcase classname="OrdersSpec" name="lists orders"/>
      <testsuite name="refunds">
        <testcase classname="RefundsSpec" name="refunds twice">
          <failure message="expected 409, got 200"/>
        </testcase>
      </testsuite>
    </testsuite>
    <testcase classname="ApiSpec" name="health"/>
  </testsuite>
</testsuites>`
    const v = readJunit(xml, { file: 'nested.xml' })
    expect(v.status).toBe('failed')
    expect(v.summary).toEqual({ tests: 3, failures: 1, errors: 0, skipped: 0 })
    expect(v.findings).toEqual([
      {
        id: 'api › orders › refunds › RefundsSpec.refunds twice',
        status: 'failed',
        message: 'failed: expected 409, got 200'
      }
    ])
  })

  test('a file with only aggregate attributes and no <testcase> is judged by those attributes', () => {
    const green =
      '<testsuites><testsuite name="legacy" tests="12" failures="0" errors="0" skipped="2"/></testsuites>'
    expect(readJunit(green, { file: 'agg.xml' })).toMatchObject({
      status: 'passed',
      summary: { tests: 12, failures: 0, errors: 0, skipped: 2 }
    })
    const red = '<testsuite name="legacy" tests="12" failures="1" errors="2" skipped="0"/>'
    const v = readJunit(red, { file: 'agg.xml' })
    expect(v.status).toBe('failed')
    expect(v.message).toBe('agg.xml: 1 failed and 2 errored of 12 tests')
  })

  test('malformed XML is invalid and the message names the line and column', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="jest tests" tests="1">
  <testsuite name="cart" tests="1">
    <testcase classname="cart" name="adds an item">
  </testsuite>
</testsuites>
`
    const v = readJunit(xml, { file: 'test-results/unit/junit.xml' })
    expect(v.status).toBe('invalid')
    expect(v.message).toMatch(
      /^test-results\/unit\/junit\.xml: not well-formed XML at line 5, column \d+: /
    )
    expect(v.message).toContain(
      "closing tag 'testsuite' does not close <testcase> opened on line 4"
    )
  })

  test('an HTML page saved as junit.xml is invalid because of its root element', () => {
    const v = readJunit('<html><head><title>404 Not Found</title></head><body/></html>', {
      file: 'junit.xml'
    })
    expect(v.status).toBe('invalid')
    expect(v.message).toBe(
      'junit.xml: not JUnit XML: the root element is <html>, expected <testsuites> or <testsuite>'
    )
  })

  test('a gzip-compressed report is invalid as binary data', () => {
    const gz = gzipSync(Buffer.from(JEST_JUNIT_PASSING)).toString('utf8')
    const v = readJunit(gz, { file: 'junit.xml' })
    expect(v.status).toBe('invalid')
    expect(v.message).toBe(
      'junit.xml: binary data, not JUnit XML (U+001F control character at line 1, column 1)'
    )
  })

  test('garbage bytes without NUL are invalid XML at line 1, column 1', () => {
    const garbage = Buffer.from([0xff, 0xfe, 0x41, 0x3c, 0x3e, 0x9c, 0x80, 0x0a]).toString('utf8')
    const v = readJunit(garbage, { file: 'junit.xml' })
    expect(v.status).toBe('invalid')
    expect(v.message).toMatch(/^junit\.xml: not well-formed XML at line 1, column 1: /)
  })

  test('two root elements are invalid XML', () => {
    const v = readJunit('<testsuites></testsuites>\n<testsuites></testsuites>', {
      file: 'twice.xml'
    })
    expect(v.status).toBe('invalid')
    expect(v.message).toMatch(/^twice\.xml: not well-formed XML at line 2, column \d+: /)
  })
})

// ---------------------------------------------------------------------------------------------
// SARIF 2.1.0
// ---------------------------------------------------------------------------------------------

interface SarifRule {
  id: string
  name?: string
  shortDescription?: { text: string }
  defaultConfiguration?: { enabled?: boolean; level?: string }
  properties?: Record<string, unknown>
}

interface SarifResult {
  ruleId?: string
  ruleIndex?: number
  rule?: { id: string; index: number }
  kind?: string
  level?: string
  message: { text: string }
  locations?: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string; index?: number }
      region?: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number }
    }
  }[]
  partialFingerprints?: Record<string, string>
  suppressions?: { kind: string; status?: string; justification?: string }[]
  baselineState?: string
}

const CODEQL_RULES: SarifRule[] = [
  {
    id: 'js/sql-injection',
    name: 'js/sql-injection',
    shortDescription: { text: 'Database query built from user-controlled sources' },
    defaultConfiguration: { enabled: true, level: 'error' },
    properties: {
      tags: ['security', 'external/cwe/cwe-089'],
      kind: 'path-problem',
      precision: 'high',
      'security-severity': '8.8'
    }
  },
  {
    id: 'js/unused-local-variable',
    name: 'js/unused-local-variable',
    shortDescription: { text: 'Unused variable, import, function or class' },
    defaultConfiguration: { enabled: true, level: 'note' },
    properties: { tags: ['maintainability'], kind: 'problem', precision: 'very-high' }
  },
  {
    id: 'js/missing-rate-limiting',
    name: 'js/missing-rate-limiting',
    shortDescription: { text: 'Missing rate limiting' },
    defaultConfiguration: { enabled: true, level: 'warning' },
    properties: {
      tags: ['security', 'external/cwe/cwe-770'],
      kind: 'problem',
      precision: 'high',
      'security-severity': '7.5'
    }
  },
  {
    id: 'js/todo-comment',
    name: 'js/todo-comment',
    shortDescription: { text: 'TODO comment' },
    properties: { kind: 'problem' }
  }
]

/** A result as `codeql database analyze --format=sarif-latest` writes it: no level of its own. */
function codeqlResult(
  ruleIndex: number,
  uri: string,
  line: number,
  extra: Partial<SarifResult> = {}
): SarifResult {
  const id = CODEQL_RULES[ruleIndex]?.id ?? 'unknown'
  return {
    ruleId: id,
    ruleIndex,
    rule: { id, index: ruleIndex },
    message: { text: `Finding of ${id} in ${uri}.` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: 0 },
          region: { startLine: line, startColumn: 18, endColumn: 61 }
        }
      }
    ],
    partialFingerprints: {
      primaryLocationLineHash: 'f7f0b8c7c1a0e2d4:1',
      primaryLocationStartColumnFingerprint: '13'
    },
    ...extra
  }
}

function codeqlLog(
  results: SarifResult[],
  opts: { revision?: string; version?: string } = {}
): string {
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: opts.version ?? '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'CodeQL',
              organization: 'GitHub',
              semanticVersion: '2.19.3',
              rules: CODEQL_RULES
            }
          },
          versionControlProvenance: [
            {
              repositoryUri: 'https://github.com/acme/shop',
              revisionId: opts.revision ?? SHA,
              branch: 'refs/heads/main'
            }
          ],
          artifacts: [{ location: { uri: 'src/db/orders.js', uriBaseId: '%SRCROOT%', index: 0 } }],
          results,
          columnKind: 'utf16CodeUnits',
          properties: { 'semmle.formatSpecifier': 'sarif-latest' }
        }
      ]
    },
    null,
    2
  )
}

/** @microsoft/eslint-formatter-sarif: level on each result, absolute file:// URIs. */
const ESLINT_SARIF = JSON.stringify(
  {
    version: '2.1.0',
    $schema: 'http://json.schemastore.org/sarif-2.1.0-rtm.5',
    runs: [
      {
        tool: {
          driver: {
            name: 'ESLint',
            informationUri: 'https://eslint.org',
            rules: [
              {
                id: 'no-unused-vars',
                shortDescription: { text: 'Disallow unused variables' },
                helpUri: 'https://eslint.org/docs/latest/rules/no-unused-vars',
                properties: { category: 'Variables' }
              },
              {
                id: 'eqeqeq',
                shortDescription: { text: 'Require the use of `===` and `!==`' },
                helpUri: 'https://eslint.org/docs/latest/rules/eqeqeq',
                properties: { category: 'Best Practices' }
              }
            ],
            version: '9.39.1'
          }
        },
        artifacts: [{ location: { uri: 'file:///home/runner/work/shop/shop/src/cart.js' } }],
        results: [
          {
            level: 'error',
            message: { text: "'tmp' is assigned a value but never used." },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: {
                    uri: 'file:///home/runner/work/shop/shop/src/cart.js',
                    index: 0
                  },
                  region: { startLine: 9, startColumn: 7, endLine: 9, endColumn: 10 }
                }
              }
            ],
            ruleId: 'no-unused-vars',
            ruleIndex: 0
          },
          {
            level: 'warning',
            message: { text: "Expected '===' and instead saw '=='." },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: {
                    uri: 'file:///home/runner/work/shop/shop/src/cart.js',
                    index: 0
                  },
                  region: { startLine: 14, startColumn: 11, endLine: 14, endColumn: 13 }
                }
              }
            ],
            ruleId: 'eqeqeq',
            ruleIndex: 1
          }
        ],
        invocations: [{ toolConfigurationNotifications: [], executionSuccessful: true }]
      }
    ]
  },
  null,
  2
)

describe('readSarif', () => {
  test('an ESLint error-level result fails the control and its finding carries file, line and column', () => {
    const v = readSarif(ESLINT_SARIF, { file: 'results/eslint.sarif' })
    expect(v.status).toBe('failed')
    expect(v.message).toBe('results/eslint.sarif: 1 errors, 1 warnings, 0 notes in 1 runs')
    expect(v.findings).toHaveLength(1)
    expect(v.findings[0]).toMatchObject({
      id: 'no-unused-vars',
      status: 'failed',
      message: "'tmp' is assigned a value but never used."
    })
    expect(v.findings[0]?.location?.file).toMatch(/src\/cart\.js$/)
    expect(v.findings[0]?.location?.line).toBe(9)
    expect(v.findings[0]?.location?.column).toBe(7)
  })

  test("a CodeQL result without a level takes 'error' from its rule's defaultConfiguration via ruleIndex", () => {
    const v = readSarif(codeqlLog([codeqlResult(0, 'src/db/orders.js', 42)]), {
      file: 'results/codeql.sarif',
      sha: SHA
    })
    expect(v.status).toBe('failed')
    expect(v.findings).toEqual([
      {
        id: 'js/sql-injection',
        status: 'failed',
        message: 'Finding of js/sql-injection in src/db/orders.js.',
        location: { file: 'src/db/orders.js', line: 42, column: 18 }
      }
    ])
    expect(v.summary).toMatchObject({ runs: 1, results: 1, error: 1, warning: 0, note: 0 })
  })

  test('the rule is found by ruleId when the result has no ruleIndex', () => {
    const r = codeqlResult(0, 'src/db/orders.js', 42)
    delete r.ruleIndex
    delete r.rule
    const v = readSarif(codeqlLog([r]), { file: 'codeql.sarif' })
    expect(v.status).toBe('failed')
    expect(v.summary.error).toBe(1)
  })

  test('ruleIndex is preferred over ruleId when both are given', () => {
    // ruleId names the error rule, ruleIndex points at the note rule: the index decides.
    const r = codeqlResult(1, 'src/cart.js', 9, { ruleId: 'js/sql-injection' })
    const v = readSarif(codeqlLog([r]), { file: 'codeql.sarif' })
    expect(v.status).toBe('passed')
    expect(v.summary).toMatchObject({ error: 0, note: 1 })
  })

  test("a rule without defaultConfiguration defaults to 'warning', which does not fail the control", () => {
    const v = readSarif(
      codeqlLog([codeqlResult(3, 'src/cart.js', 3), codeqlResult(2, 'src/api.js', 7)]),
      {
        file: 'codeql.sarif'
      }
    )
    expect(v.status).toBe('passed')
    expect(v.message).toBe('codeql.sarif: 0 errors, 2 warnings, 0 notes in 1 runs')
    expect(v.findings).toEqual([])
  })

  test("a result's own level overrides its rule's default", () => {
    const v = readSarif(codeqlLog([codeqlResult(0, 'src/db/orders.js', 42, { level: 'note' })]), {
      file: 'c.sarif'
    })
    expect(v.status).toBe('passed')
    expect(v.summary).toMatchObject({ error: 0, note: 1 })
  })

  test("a result of kind 'pass' is not a failure even though its rule defaults to error", () => {
    const v = readSarif(codeqlLog([codeqlResult(0, 'src/db/orders.js', 42, { kind: 'pass' })]), {
      file: 'c.sarif'
    })
    expect(v.status).toBe('passed')
    expect(v.summary).toMatchObject({ error: 0, none: 1 })
  })

  test('an error whose suppressions are all accepted (or have no status) does not count', () => {
    const v = readSarif(
      codeqlLog([
        codeqlResult(0, 'src/db/orders.js', 42, {
          suppressions: [{ kind: 'external', status: 'accepted' }]
        }),
        codeqlResult(0, 'src/db/users.js', 8, {
          suppressions: [{ kind: 'inSource', justification: 'sanitised upstream' }]
        })
      ]),
      { file: 'c.sarif' }
    )
    expect(v.status).toBe('passed')
    expect(v.message).toBe('c.sarif: 0 errors, 0 warnings, 0 notes in 1 runs (2 suppressed)')
    expect(v.summary).toMatchObject({ results: 0, suppressed: 2 })
  })

  test.each([['underReview'], ['rejected']])(
    'an error whose suppression is %s still fails the control',
    (status) => {
      const v = readSarif(
        codeqlLog([
          codeqlResult(0, 'src/db/orders.js', 42, { suppressions: [{ kind: 'external', status }] })
        ]),
        {
          file: 'c.sarif'
        }
      )
      expect(v.status).toBe('failed')
      expect(v.summary).toMatchObject({ error: 1, suppressed: 0 })
      expect(v.findings[0]?.location).toEqual({ file: 'src/db/orders.js', line: 42, column: 18 })
    }
  )

  test('one rejected suppression among accepted ones keeps the result', () => {
    const suppressions = [
      { kind: 'external', status: 'accepted' },
      { kind: 'inSource', status: 'rejected' }
    ]
    const v = readSarif(codeqlLog([codeqlResult(0, 'src/db/orders.js', 42, { suppressions })]), {
      file: 'c.sarif'
    })
    expect(v.status).toBe('failed')
  })

  test("an error with baselineState 'absent' (fixed since the baseline) is ignored", () => {
    const v = readSarif(
      codeqlLog([
        codeqlResult(0, 'src/db/orders.js', 42, { baselineState: 'absent' }),
        codeqlResult(1, 'src/cart.js', 9, { baselineState: 'new' })
      ]),
      { file: 'c.sarif' }
    )
    expect(v.status).toBe('passed')
    expect(v.summary).toMatchObject({ results: 1, error: 0, note: 1, suppressed: 1 })
  })

  test("an error with baselineState 'unchanged' still fails", () => {
    const v = readSarif(
      codeqlLog([codeqlResult(0, 'src/db/orders.js', 42, { baselineState: 'unchanged' })]),
      {
        file: 'c.sarif'
      }
    )
    expect(v.status).toBe('failed')
  })

  test.each([['2.0.0'], ['2.1'], [undefined]])('SARIF version %s is invalid', (version) => {
    const doc = JSON.parse(codeqlLog([])) as Record<string, unknown>
    if (version === undefined) delete doc.version
    else doc.version = version
    const v = readSarif(JSON.stringify(doc), { file: 'results/codeql.sarif' })
    expect(v.status).toBe('invalid')
    expect(v.message).toBe(
      version === undefined
        ? `results/codeql.sarif: no 'version': not a SARIF log (SARIF 2.1.0 §3.13.2 requires "version": "2.1.0")`
        : `results/codeql.sarif: SARIF version ${JSON.stringify(version)} is not supported; expected "2.1.0"`
    )
  })

  test('a SARIF log with no runs fails: the analysis did not run', () => {
    const v = readSarif(
      '{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[]}',
      {
        file: 'results/codeql.sarif'
      }
    )
    expect(v.status).toBe('failed')
    expect(v.message).toBe('results/codeql.sarif: no runs: the analysis did not run')
    expect(v.summary).toEqual({ runs: 0 })
  })

  test('a clean run with no results passes', () => {
    const v = readSarif(codeqlLog([]), { file: 'c.sarif', sha: SHA })
    expect(v.status).toBe('passed')
    expect(v.message).toBe('c.sarif: 0 errors, 0 warnings, 0 notes in 1 runs')
  })

  test('an analysis of another revision is stale and names both commits', () => {
    const v = readSarif(codeqlLog([], { revision: OTHER_SHA }), {
      file: 'results/codeql.sarif',
      sha: SHA
    })
    expect(v.status).toBe('stale')
    expect(v.message).toContain('results/codeql.sarif')
    expect(v.message).toContain(OTHER_SHA.slice(0, 12))
    expect(v.message).toContain(SHA.slice(0, 12))
  })

  test('an analysis of another revision is stale even when it has errors', () => {
    const v = readSarif(
      codeqlLog([codeqlResult(0, 'src/db/orders.js', 42)], { revision: OTHER_SHA }),
      {
        file: 'c.sarif',
        sha: SHA
      }
    )
    expect(v.status).toBe('stale')
  })

  test('a level word outside SARIF is invalid and names the result', () => {
    const v = readSarif(
      codeqlLog([codeqlResult(1, 'a.js', 1), codeqlResult(0, 'b.js', 2, { level: 'critical' })]),
      {
        file: 'c.sarif'
      }
    )
    expect(v.status).toBe('invalid')
    expect(v.message).toBe(
      'c.sarif: runs[0].results[1].level "critical" is not one of error, warning, note, none'
    )
  })

  test('results that are not an array are invalid', () => {
    const v = readSarif(
      '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":{}}]}',
      { file: 'c.sarif' }
    )
    expect(v.status).toBe('invalid')
    expect(v.message).toBe('c.sarif: runs[0].results must be an array')
  })

  test('malformed SARIF JSON is invalid and names the line and column', () => {
    const v = readSarif('{\n  "version": "2.1.0"\n  "runs": []\n}', {
      file: 'results/codeql.sarif'
    })
    expect(v.status).toBe('invalid')
    expect(v.message).toMatch(/^results\/codeql\.sarif: not valid JSON at line 3, column 3 \(/)
  })
})
