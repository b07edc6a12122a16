/**
 * The SARIF reader against SARIF 2.1.0 (OASIS, errata 01) as tools write it: hand-made fixtures
 * for what the real tools in this repository cannot produce (see fixtures/sarif/NOTES.md; each is
 * validated with the SARIF multitool in sarif-real-tools.test.ts), inline cases for each rule,
 * and fast-check properties: the reader never throws, and a passing log with one byte removed
 * is read as passed only when an independent reading of the damaged log also passes.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { CONTROL_STATUSES } from '../src/core/status.js'
import { readSarif } from '../src/parsers/sarif.js'

const SHA = '4c8d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d'
const OTHER_SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b'

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/sarif/${name}`, import.meta.url), 'utf8')
}

type Json = Record<string, unknown>

/** A one-run log around `run` (tool defaults to a driver with `rules`). */
function log(run: Json, rules: Json[] = []): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'CodeScanner', rules } }, ...run }]
  })
}

const result = (extra: Json = {}): Json => ({ message: { text: 'm' }, ...extra })

describe('ruleConfigurationOverrides (§3.20.5, §3.51)', () => {
  test('CodeQL-style: an override raises an extension rule from warning to error, and the message says so', () => {
    const v = readSarif(fixture('codeql-extension-override-raise.sarif'), { file: 'codeql.sarif' })
    expect(v.status).toBe('failed')
    expect(v.message).toBe(
      'codeql.sarif: 2 errors (rule js/sql-injection raised to error by runs[0].invocations[0].ruleConfigurationOverrides[0]), 0 warnings, 1 notes in 1 runs'
    )
    expect(v.summary).toMatchObject({ results: 3, error: 2, note: 1 })
    expect(v.findings.map((f) => f.location)).toEqual([
      { file: 'src/db/orders.js', line: 42, column: 18 },
      { file: 'src/db/orders.js', line: 57, column: 9 }
    ])
    expect(v.findings[0]?.id).toBe('js/sql-injection')
  })

  test('the same CodeQL log without its override reads the rule at its default, warning', () => {
    const doc = JSON.parse(fixture('codeql-extension-override-raise.sarif')) as {
      runs: { invocations: Json[] }[]
    }
    delete doc.runs[0]?.invocations[0]?.ruleConfigurationOverrides
    const v = readSarif(JSON.stringify(doc), { file: 'codeql.sarif' })
    expect(v.status).toBe('passed')
    expect(v.message).toBe('codeql.sarif: 0 errors, 2 warnings, 1 notes in 1 runs')
  })

  test('PSRule-style: an override lowers an extension rule (referenced by guid) from error to warning', () => {
    const v = readSarif(fixture('psrule-override-lower.sarif'), { file: 'psrule.sarif' })
    expect(v.status).toBe('passed')
    expect(v.message).toBe(
      'psrule.sarif: 0 errors, 1 warnings, 1 notes in 1 runs (rule AZR-000001 lowered from error to warning by runs[0].invocations[0].ruleConfigurationOverrides[0])'
    )
  })

  test('without the override the PSRule result counts at its rule default, error', () => {
    const doc = JSON.parse(fixture('psrule-override-lower.sarif')) as {
      runs: { invocations: Json[] }[]
    }
    delete doc.runs[0]?.invocations[0]?.ruleConfigurationOverrides
    const v = readSarif(JSON.stringify(doc), { file: 'psrule.sarif' })
    expect(v.status).toBe('failed')
    expect(v.findings[0]).toMatchObject({
      id: 'AZR-000001',
      location: { file: 'deploy/registry.bicep', line: 12, column: 1 }
    })
  })

  test('Roslyn duplicate overrides (dotnet/roslyn#76004): the result level wins; disagreeing overrides give the most severe', () => {
    const v = readSarif(fixture('roslyn-duplicate-overrides.sarif'), { file: 'csc.sarif' })
    expect(v.status).toBe('failed')
    expect(v.summary).toMatchObject({ error: 1, note: 1 })
    expect(v.message).toBe(
      'csc.sarif: 1 errors (rule CA2000 raised to error by runs[0].invocations[0].ruleConfigurationOverrides[2] ' +
        '(runs[0].invocations[0].ruleConfigurationOverrides[3] says note; the most severe applies)), 0 warnings, 1 notes in 1 runs'
    )
  })

  test('provenance.invocationIndex picks the invocation whose overrides apply (§3.27.10, §3.48.6)', () => {
    const text = fixture('invocation-index.sarif')
    const v = readSarif(text, { file: 'scan.sarif' })
    expect(v.status).toBe('passed')
    expect(v.message).toBe(
      'scan.sarif: 0 errors, 0 warnings, 1 notes in 1 runs (rule CA2101 lowered from error to note by runs[0].invocations[1].ruleConfigurationOverrides[0])'
    )
    // Without provenance both invocations apply, and they disagree: the most severe counts.
    const doc = JSON.parse(text) as { runs: { results: Json[] }[] }
    delete doc.runs[0]?.results[0]?.provenance
    expect(readSarif(JSON.stringify(doc), { file: 'scan.sarif' }).status).toBe('failed')
  })

  test('an invocationIndex past the invocations is invalid and named', () => {
    const v = readSarif(
      log(
        {
          invocations: [{ executionSuccessful: true }],
          results: [result({ ruleId: 'r', provenance: { invocationIndex: 2 } })]
        },
        [{ id: 'r' }]
      ),
      { file: 'a.sarif' }
    )
    expect(v).toMatchObject({
      status: 'invalid',
      message:
        'a.sarif: runs[0].results[0].provenance.invocationIndex 2 names no invocation: the run has 1 invocation (SARIF 2.1.0 §3.48.6)'
    })
  })

  test('an override whose descriptor index names no rule is invalid, named by its JSON path', () => {
    const v = readSarif(fixture('dangling-override.sarif'), { file: 'dangling.sarif' })
    expect(v).toMatchObject({
      status: 'invalid',
      message:
        'dangling.sarif: runs[0].invocations[1].ruleConfigurationOverrides[0].descriptor.index 3 names no rule: runs[0].tool.driver.rules has 1 rule (SARIF 2.1.0 §3.52.5)'
    })
  })

  test('an override into an extension that does not exist is invalid', () => {
    const v = readSarif(
      log({
        invocations: [
          {
            ruleConfigurationOverrides: [
              {
                descriptor: { index: 0, toolComponent: { index: 1 } },
                configuration: { level: 'error' }
              }
            ]
          }
        ],
        results: []
      }),
      { file: 'a.sarif' }
    )
    expect(v.message).toBe(
      'a.sarif: runs[0].invocations[0].ruleConfigurationOverrides[0].descriptor.toolComponent.index 1 names no tool extension: the run has 0 extensions (SARIF 2.1.0 §3.54.4)'
    )
  })

  test.each([
    [
      { configuration: { level: 'error' } },
      'runs[0].invocations[0].ruleConfigurationOverrides[0].descriptor must be an object (SARIF 2.1.0 §3.51.2)'
    ],
    [
      { descriptor: { index: 0 } },
      'runs[0].invocations[0].ruleConfigurationOverrides[0].configuration must be an object (SARIF 2.1.0 §3.51.3)'
    ],
    [
      { descriptor: { index: 0 }, configuration: { level: 'fatal' } },
      'runs[0].invocations[0].ruleConfigurationOverrides[0].configuration.level "fatal" is not one of error, warning, note, none'
    ],
    [
      { descriptor: {}, configuration: { level: 'error' } },
      'runs[0].invocations[0].ruleConfigurationOverrides[0].descriptor names no rule: give its index, guid or id (SARIF 2.1.0 §3.52)'
    ],
    ['error', 'runs[0].invocations[0].ruleConfigurationOverrides[0] must be an object']
  ])('a malformed override %j is invalid: %s', (override, why) => {
    const v = readSarif(
      log({ invocations: [{ ruleConfigurationOverrides: [override] }], results: [] }, [
        { id: 'r', defaultConfiguration: { level: 'warning' } }
      ]),
      { file: 'a.sarif' }
    )
    expect(v).toMatchObject({ status: 'invalid', message: `a.sarif: ${why}` })
  })

  test('an override without a level leaves the default in force (§3.51.3)', () => {
    const v = readSarif(
      log(
        {
          invocations: [
            {
              ruleConfigurationOverrides: [
                { descriptor: { index: 0 }, configuration: { enabled: true } }
              ]
            }
          ],
          results: [result({ ruleId: 'r', ruleIndex: 0 })]
        },
        [{ id: 'r', defaultConfiguration: { level: 'error' } }]
      ),
      { file: 'a.sarif' }
    )
    expect(v.status).toBe('failed')
    expect(v.message).toBe('a.sarif: 1 errors, 0 warnings, 0 notes in 1 runs')
  })

  test("a result's own level beats any override (§3.27.10)", () => {
    const v = readSarif(
      log(
        {
          invocations: [
            {
              ruleConfigurationOverrides: [
                { descriptor: { id: 'r' }, configuration: { level: 'error' } }
              ]
            }
          ],
          results: [result({ ruleId: 'r', level: 'warning' })]
        },
        [{ id: 'r' }]
      ),
      { file: 'a.sarif' }
    )
    expect(v.status).toBe('passed')
  })

  test('an override naming a rule by id alone (bsl-language-server, PSRule) applies to results with that ruleId', () => {
    const v = readSarif(
      log(
        {
          invocations: [
            {
              ruleConfigurationOverrides: [
                { descriptor: { id: 'Typo' }, configuration: { level: 'error' } }
              ]
            }
          ],
          results: [result({ ruleId: 'Typo' })]
        },
        [{ id: 'Typo', defaultConfiguration: { level: 'note' } }]
      ),
      { file: 'a.sarif' }
    )
    expect(v.message).toBe(
      'a.sarif: 1 errors (rule Typo raised to error by runs[0].invocations[0].ruleConfigurationOverrides[0]), 0 warnings, 0 notes in 1 runs'
    )
  })
})

test('the message names at most three overrides, then how many more', () => {
  const ids = ['r1', 'r2', 'r3', 'r4', 'r5']
  const v = readSarif(
    log(
      {
        invocations: [
          {
            ruleConfigurationOverrides: ids.map((id) => ({
              descriptor: { id },
              configuration: { level: 'error' }
            }))
          }
        ],
        results: ids.map((ruleId) => result({ ruleId }))
      },
      ids.map((id) => ({ id }))
    ),
    { file: 'a.sarif' }
  )
  expect(v.message).toBe(
    'a.sarif: 5 errors (rule r1 raised to error by runs[0].invocations[0].ruleConfigurationOverrides[0]; ' +
      'rule r2 raised to error by runs[0].invocations[0].ruleConfigurationOverrides[1]; ' +
      'rule r3 raised to error by runs[0].invocations[0].ruleConfigurationOverrides[2]; 2 more), 0 warnings, 0 notes in 1 runs'
  )
})

test('findings past the cap are counted as omitted', () => {
  const v = readSarif(
    log({ results: Array.from({ length: 130 }, () => result({ level: 'error' })) }),
    {
      file: 'a.sarif'
    }
  )
  expect(v.findings).toHaveLength(100)
  expect(v.findingsOmitted).toBe(30)
  expect(v.summary.error).toBe(130)
})

describe('rule lookup (§3.52.3, §3.54.2)', () => {
  const extLog = (resultRef: Json, extension: Json = {}): string =>
    JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: { name: 'PSRule', guid: '0130215d-58eb-4887-b6fa-31ed02500569' },
            extensions: [
              { name: 'other', rules: [{ id: 'X', defaultConfiguration: { level: 'note' } }] },
              {
                name: 'PSRule.Rules.Azure',
                guid: '7BFB5234-1648-4E52-956C-42F303D416CB',
                rules: [{ id: 'AZR-000001', defaultConfiguration: { level: 'error' } }],
                ...extension
              }
            ]
          },
          results: [result(resultRef)]
        }
      ]
    })

  test.each([
    ['toolComponent.index', { rule: { index: 0, toolComponent: { index: 1 } } }],
    [
      'toolComponent.guid (any case)',
      {
        rule: { id: 'AZR-000001', toolComponent: { guid: '7bfb5234-1648-4e52-956c-42f303d416cb' } }
      }
    ],
    [
      'toolComponent.name (kubeshop/monokle-core#428)',
      { rule: { index: 0, toolComponent: { name: 'PSRule.Rules.Azure' } } }
    ],
    ['ruleId alone, no toolComponent (microsoft/PSRule#949)', { ruleId: 'AZR-000001' }],
    ['a hierarchical ruleId one level below the rule (§3.52.4)', { ruleId: 'AZR-000001/storage' }]
  ])('an extension rule found by %s gives its default level, error', (_how, ref) => {
    const v = readSarif(extLog(ref), { file: 'a.sarif' })
    expect(v.status).toBe('failed')
    expect(v.summary.error).toBe(1)
  })

  test('an extension referenced by name alone, as monokle writes it', () => {
    const v = readSarif(fixture('monokle-extension-by-name.sarif'), { file: 'monokle.sarif' })
    expect(v.status).toBe('failed')
    expect(v.findings[0]).toMatchObject({
      id: 'KSV001',
      location: { file: 'pod-errors.yaml', line: 9 }
    })
  })

  test.each([
    [
      { rule: { index: 0, toolComponent: { index: 5 } } },
      'runs[0].results[0].rule.toolComponent.index 5 names no tool extension: the run has 2 extensions (SARIF 2.1.0 §3.54.4)'
    ],
    [
      { rule: { index: 0, toolComponent: { guid: '00000000-0000-0000-0000-000000000000' } } },
      'runs[0].results[0].rule.toolComponent.guid "00000000-0000-0000-0000-000000000000" names neither the driver nor an extension (SARIF 2.1.0 §3.54.5)'
    ],
    [
      { rule: { index: 4, toolComponent: { index: 1 } } },
      'runs[0].results[0].rule.index 4 names no rule: runs[0].tool.extensions[1].rules has 1 rule (SARIF 2.1.0 §3.52.5)'
    ],
    [
      { ruleIndex: 2 },
      'runs[0].results[0].ruleIndex 2 names no rule: runs[0].tool.driver.rules has 0 rules (SARIF 2.1.0 §3.52.5)'
    ],
    [
      { ruleIndex: 0, rule: { index: 1 } },
      'runs[0].results[0].rule.index 1 differs from ruleIndex 0; they must be equal (SARIF 2.1.0 §3.27.7)'
    ],
    [
      { ruleId: 'a', rule: { id: 'b' } },
      'runs[0].results[0].rule.id "b" differs from ruleId "a" and no index decides which rule is meant (SARIF 2.1.0 §3.27.7)'
    ],
    [
      { ruleIndex: 1.5 },
      'runs[0].results[0].ruleIndex must be an array index (an integer ≥ -1), not 1.5'
    ]
  ])('a reference that names nothing, or two things, is invalid: %j', (ref, why) => {
    expect(readSarif(extLog(ref), { file: 'a.sarif' })).toMatchObject({
      status: 'invalid',
      message: `a.sarif: ${why}`
    })
  })

  test('a rule id the tool does not describe reads as warning (§3.27.10)', () => {
    expect(readSarif(extLog({ ruleId: 'nowhere' }), { file: 'a.sarif' }).message).toBe(
      'a.sarif: 0 errors, 1 warnings, 0 notes in 1 runs'
    )
  })

  test('several rules with one id and no index: the most severe counts (fail closed)', () => {
    const v = readSarif(
      log({ results: [result({ ruleId: 'CA1711' })] }, [
        { id: 'CA1711', defaultConfiguration: { level: 'note' } },
        { id: 'CA1711', defaultConfiguration: { level: 'error' } }
      ]),
      { file: 'a.sarif' }
    )
    expect(v.status).toBe('failed')
  })

  test('prototype keys as rule ids are ordinary ids', () => {
    const v = readSarif(fixture('prototype-rule-ids.sarif'), { file: 'proto.sarif' })
    expect(v.status).toBe('failed')
    expect(v.summary).toMatchObject({ error: 3, warning: 1 })
    expect(v.findings.map((f) => f.id)).toEqual(['constructor', '__proto__', 'hasOwnProperty'])
    expect(v.message).toBe(
      'proto.sarif: 3 errors (rule __proto__ raised to error by runs[0].invocations[0].ruleConfigurationOverrides[0]; ' +
        'rule hasOwnProperty raised to error by runs[0].invocations[0].ruleConfigurationOverrides[1]), 1 warnings, 0 notes in 1 runs'
    )
  })

  test('a "__proto__" member of a result is not read as its level or rule', () => {
    const text =
      '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":"r","defaultConfiguration":{"level":"note"}}]}},' +
      '"results":[{"message":{"text":"m"},"ruleId":"r","__proto__":{"level":"error","kind":"pass"},"constructor":{"level":"error"}}]}]}'
    expect(readSarif(text, { file: 'a.sarif' }).message).toBe(
      'a.sarif: 0 errors, 0 warnings, 1 notes in 1 runs'
    )
  })
})

describe('results: null and missing (§3.14.23)', () => {
  test('a run whose results are null did not produce results: failed, naming the run', () => {
    const v = readSarif(fixture('results-null.sarif'), { file: 'scan.sarif' })
    expect(v).toMatchObject({
      status: 'failed',
      message:
        'scan.sarif: runs[0] has no results: the analysis did not complete; runs[0] reports an unsuccessful tool execution (executionSuccessful: false)'
    })
  })

  test('null and missing results read the same', () => {
    const withNull = readSarif(log({ results: null }), { file: 'a.sarif' })
    const missing = readSarif(log({}), { file: 'a.sarif' })
    expect(withNull).toEqual(missing)
    expect(withNull.message).toBe('a.sarif: runs[0] has no results: the analysis did not complete')
  })

  test('a second run without results fails the log although the first is clean', () => {
    const text = JSON.stringify({
      version: '2.1.0',
      runs: [
        { tool: { driver: { name: 'a' } }, results: [] },
        { tool: { driver: { name: 'b' } }, results: null }
      ]
    })
    expect(readSarif(text, { file: 'a.sarif' }).message).toBe(
      'a.sarif: runs[1] has no results: the analysis did not complete'
    )
  })
})

describe('error notifications (§3.20.21, §3.20.22, §3.58.6; Appendix I)', () => {
  test('an error-level tool execution notification fails a clean run, naming it and its text', () => {
    const v = readSarif(fixture('tool-execution-error-notification.sarif'), { file: 'sg.sarif' })
    expect(v.status).toBe('failed')
    expect(v.message).toBe(
      'sg.sarif: runs[0].invocations[0].toolExecutionNotifications[0] is an error notification: "could not analyze file x"; the tool\'s results cannot be assumed complete (SARIF 2.1.0 Appendix I)'
    )
  })

  const withNotifications = (key: string, notifications: unknown): string =>
    log({ results: [], invocations: [{ executionSuccessful: true, [key]: notifications }] })

  test('a configuration notification at level error fails too; warnings, notes and no level do not', () => {
    const bad = readSarif(
      withNotifications('toolConfigurationNotifications', [
        { level: 'error', message: { text: 'bad config' } }
      ]),
      { file: 'a.sarif' }
    )
    expect(bad.status).toBe('failed')
    expect(bad.message).toContain('toolConfigurationNotifications[0] is an error notification')
    for (const quiet of [{ level: 'warning' }, { level: 'note' }, { level: 'none' }, {}]) {
      const v = readSarif(
        withNotifications('toolExecutionNotifications', [{ ...quiet, message: { text: 'x' } }]),
        { file: 'a.sarif' }
      )
      expect(v.status).toBe('passed')
    }
  })

  // §3.58.6: without its own level, a notification's level comes as a result's does, from its
  // descriptor's defaultConfiguration and notificationConfigurationOverrides (break test).
  const described = (driver: Json, inv: Json, extensions?: Json[]): string =>
    JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'T', ...driver }, ...(extensions ? { extensions } : {}) },
          results: [],
          invocations: [{ executionSuccessful: true, ...inv }]
        }
      ]
    })
  const noted = (descriptor: Json): Json => ({
    toolExecutionNotifications: [{ descriptor, message: { text: 'failed to parse y' } }]
  })

  test('a notification whose descriptor defaults to error fails; to warning, or none, passes', () => {
    const errorDefault = { notifications: [{ id: 'N1', defaultConfiguration: { level: 'error' } }] }
    for (const ref of [{ index: 0 }, { id: 'N1' }]) {
      const v = readSarif(described(errorDefault, noted(ref)), { file: 'a.sarif' })
      expect(v.status).toBe('failed')
      expect(v.message).toContain('toolExecutionNotifications[0] is an error notification')
    }
    const warningDefault = {
      notifications: [{ id: 'N1', defaultConfiguration: { level: 'warning' } }]
    }
    expect(
      readSarif(described(warningDefault, noted({ id: 'N1' })), { file: 'a.sarif' }).status
    ).toBe('passed')
    expect(
      readSarif(described({ notifications: [{ id: 'N1' }] }, noted({ id: 'N1' })), {
        file: 'a.sarif'
      }).status
    ).toBe('passed')
  })

  test('notificationConfigurationOverrides raise or lower a notification', () => {
    const plain = { notifications: [{ id: 'N1' }] }
    const raise = {
      ...noted({ index: 0 }),
      notificationConfigurationOverrides: [
        { descriptor: { index: 0 }, configuration: { level: 'error' } }
      ]
    }
    expect(readSarif(described(plain, raise), { file: 'a.sarif' }).status).toBe('failed')
    const errorDefault = { notifications: [{ id: 'N1', defaultConfiguration: { level: 'error' } }] }
    const lower = {
      ...noted({ id: 'N1' }),
      notificationConfigurationOverrides: [
        { descriptor: { id: 'N1' }, configuration: { level: 'note' } }
      ]
    }
    expect(readSarif(described(errorDefault, lower), { file: 'a.sarif' }).status).toBe('passed')
  })

  test('an override names the descriptor, however either reference spells it', () => {
    const two = {
      notifications: [{ id: 'N1' }, { id: 'N2', defaultConfiguration: { level: 'error' } }]
    }
    // Raised by id, referenced by index: the same descriptor.
    const raise = {
      ...noted({ index: 0 }),
      notificationConfigurationOverrides: [
        { descriptor: { id: 'N1' }, configuration: { level: 'error' } }
      ]
    }
    expect(readSarif(described(two, raise), { file: 'a.sarif' }).status).toBe('failed')
    // Lowering N1 does not lower N2, whatever the override shares with it.
    const other = {
      ...noted({ index: 1 }),
      notificationConfigurationOverrides: [
        { descriptor: { id: 'N1' }, configuration: { level: 'note' } }
      ]
    }
    expect(readSarif(described(two, other), { file: 'a.sarif' }).status).toBe('failed')
  })

  test('a descriptor in an extension, named by toolComponent', () => {
    const ext = [
      { name: 'plugin', notifications: [{ id: 'P1', defaultConfiguration: { level: 'error' } }] }
    ]
    const v = readSarif(described({}, noted({ id: 'P1', toolComponent: { index: 0 } }), ext), {
      file: 'a.sarif'
    })
    expect(v.status).toBe('failed')
    // The same id looked up in the driver (no toolComponent) finds nothing: warning.
    expect(readSarif(described({}, noted({ id: 'P1' }), ext), { file: 'a.sarif' }).status).toBe(
      'passed'
    )
    // A toolComponent named by guid may be the driver (§3.54.5): its descriptor counts too.
    const guid = '11111111-2222-4333-8444-555555555555'
    const driver = {
      guid,
      notifications: [{ id: 'D1', defaultConfiguration: { level: 'error' } }]
    }
    const byGuid = noted({ id: 'D1', toolComponent: { guid } })
    expect(readSarif(described(driver, byGuid, ext), { file: 'a.sarif' }).status).toBe('failed')
  })

  test('130,000 error notifications: failed, three named and the rest counted', () => {
    const many = Array.from({ length: 130_000 }, (_, i) => ({
      level: 'error',
      message: { text: `e${i}` }
    }))
    const v = readSarif(log({ results: [], invocations: [{ toolExecutionNotifications: many }] }), {
      file: 'a.sarif'
    })
    expect(v.status).toBe('failed')
    expect(v.message).toContain(
      'toolExecutionNotifications[2] is an error notification: "e2"; and 129997 more error notifications'
    )
    expect(v.message.length).toBeLessThan(600)
  })

  test('notifications of the wrong shape are invalid, named by their JSON path', () => {
    const notList = readSarif(withNotifications('toolExecutionNotifications', {}), {
      file: 'a.sarif'
    })
    expect(notList.status).toBe('invalid')
    expect(notList.message).toContain('runs[0].invocations[0].toolExecutionNotifications')
    const badLevel = readSarif(
      withNotifications('toolExecutionNotifications', [{ level: 'fatal' }]),
      { file: 'a.sarif' }
    )
    expect(badLevel.status).toBe('invalid')
    expect(badLevel.message).toContain('toolExecutionNotifications[0].level')
  })
})

describe('suppressions (§3.27.23, §3.35.3) and baseline (§3.27.24)', () => {
  test('accepted or status-less suppressions hide a result; underReview, a rejected one among others, or [] do not', () => {
    const v = readSarif(fixture('suppressions-review.sarif'), { file: 's.sarif' })
    expect(v.status).toBe('failed')
    expect(v.message).toBe('s.sarif: 3 errors, 0 warnings, 0 notes in 1 runs (2 suppressed)')
    expect(v.findings.map((f) => f.location?.file)).toEqual(['src/c.cs', 'src/d.cs', 'src/e.cs'])
  })

  test('suppressions: null means no suppression information: the result counts', () => {
    const v = readSarif(log({ results: [result({ level: 'error', suppressions: null })] }), {
      file: 'a.sarif'
    })
    expect(v.status).toBe('failed')
  })

  test.each([
    [
      { suppressions: {} },
      'runs[0].results[0].suppressions must be an array or null (SARIF 2.1.0 §3.27.23)'
    ],
    [{ suppressions: ['accepted'] }, 'runs[0].results[0].suppressions[0] must be an object'],
    [
      { suppressions: [{ kind: 'external', status: 'approved' }] },
      'runs[0].results[0].suppressions[0].status "approved" is not one of accepted, underReview, rejected'
    ],
    [
      { baselineState: 'gone' },
      'runs[0].results[0].baselineState "gone" is not one of new, unchanged, updated, absent'
    ]
  ])('%j is invalid', (extra, why) => {
    expect(
      readSarif(log({ results: [result({ level: 'error', ...extra })] }), { file: 'a.sarif' })
    ).toMatchObject({
      status: 'invalid',
      message: `a.sarif: ${why}`
    })
  })
})

describe('never throws, fails closed', () => {
  test('a UTF-8 byte order mark is skipped', () => {
    const text = fixture('bom-utf8.sarif')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const v = readSarif(text, { file: 'bom.sarif' })
    expect(v.status).toBe('failed')
    expect(v.message).toBe('bom.sarif: 1 errors, 0 warnings, 0 notes in 1 runs')
  })

  const deep = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`

  test.each([
    ['an unclosed nest of 200,000 arrays', '['.repeat(200_000)],
    ['a version that is 100,000 arrays deep', `{"version":${deep(100_000)},"runs":[]}`],
    [
      'a level that is 100,000 arrays deep',
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":${deep(100_000)}}]}]}`
    ],
    [
      'a rule id that is 100,000 arrays deep',
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":${deep(100_000)}}]}},"results":[]}]}`
    ],
    [
      'a result nested 100,000 objects deep in a property bag',
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"error","properties":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}},{"level":"fatal"}]}]}`
    ]
  ])('%s is invalid, not a crash', (_what, text) => {
    const v = readSarif(text, { file: 'deep.sarif' })
    expect(v.status).toBe('invalid')
    expect(v.message).toMatch(/^deep\.sarif: /)
    expect(v.message.length).toBeLessThan(400)
  })

  test('a missing tool or driver is invalid (§3.14.6, §3.18.2)', () => {
    expect(
      readSarif('{"version":"2.1.0","runs":[{"results":[]}]}', { file: 'a.sarif' }).message
    ).toBe('a.sarif: runs[0].tool must be an object (SARIF 2.1.0 §3.14.6)')
    expect(
      readSarif('{"version":"2.1.0","runs":[{"tool":{},"results":[]}]}', { file: 'a.sarif' })
        .message
    ).toBe('a.sarif: runs[0].tool.driver must be an object (SARIF 2.1.0 §3.18.2)')
  })

  test('several runs: an invalid run outranks a stale one, and a stale run outranks errors', () => {
    const run = (extra: Json): Json => ({ tool: { driver: { name: 't' } }, results: [], ...extra })
    const doc = (runs: Json[]): string => JSON.stringify({ version: '2.1.0', runs })
    const errors = run({ results: [result({ level: 'error' })] })
    const stale = run({
      versionControlProvenance: [{ repositoryUri: 'https://x', revisionId: OTHER_SHA }]
    })
    const broken = run({ results: [result({ level: 'fatal' })] })
    expect(readSarif(doc([errors, stale]), { file: 'a.sarif', sha: SHA }).status).toBe('stale')
    expect(readSarif(doc([stale, broken]), { file: 'a.sarif', sha: SHA }).status).toBe('invalid')
    expect(readSarif(doc([errors, run({})]), { file: 'a.sarif', sha: SHA }).status).toBe('failed')
  })

  test('executionSuccessful must be a boolean', () => {
    expect(
      readSarif(log({ invocations: [{ executionSuccessful: 'yes' }], results: [] }), {
        file: 'a.sarif'
      }).message
    ).toBe('a.sarif: runs[0].invocations[0].executionSuccessful must be true or false')
  })

  const STATUSES = new Set<string>(CONTROL_STATUSES)
  const wellFormed = (text: string): void => {
    const v = readSarif(text, { file: 'x.sarif' })
    expect(STATUSES.has(v.status)).toBe(true)
    expect(v.message.startsWith('x.sarif: ')).toBe(true)
    if (v.status === 'passed') expect(v.findings).toEqual([])
  }

  test('any byte string gives a verdict', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        wellFormed(new TextDecoder().decode(bytes))
      }),
      { numRuns: 300 }
    )
  })

  test('any JSON value gives a verdict', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        wellFormed(JSON.stringify(value))
      }),
      { numRuns: 300 }
    )
  })

  test('SARIF-shaped JSON with any value in any field gives a verdict', () => {
    const any = fc.jsonValue({ maxDepth: 3 })
    const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
      fc.oneof(arb, any, fc.constant(undefined))
    const id = fc.constantFrom('r', 'constructor', '__proto__', 'toString', 'a/b', 'a')
    const index = fc.integer({ min: -2, max: 3 })
    const level = fc.constantFrom('error', 'warning', 'note', 'none', 'fatal')
    const ref = fc.record(
      {
        id: maybe(id),
        index: maybe(index),
        guid: maybe(fc.constant('g')),
        toolComponent: maybe(fc.record({ index: maybe(index), name: maybe(id) }))
      },
      { requiredKeys: [] }
    )
    const rule = fc.record(
      {
        id: maybe(id),
        guid: maybe(fc.constant('g')),
        defaultConfiguration: maybe(fc.record({ level: maybe(level) }))
      },
      { requiredKeys: [] }
    )
    const component = fc.record(
      { name: maybe(id), rules: maybe(fc.array(maybe(rule), { maxLength: 3 })) },
      { requiredKeys: [] }
    )
    const res = fc.record(
      {
        ruleId: maybe(id),
        ruleIndex: maybe(index),
        rule: maybe(ref),
        level: maybe(level),
        kind: maybe(fc.constantFrom('fail', 'pass', 'review')),
        suppressions: maybe(
          fc.array(
            maybe(
              fc.record({ status: maybe(fc.constantFrom('accepted', 'underReview', 'rejected')) })
            ),
            { maxLength: 2 }
          )
        ),
        baselineState: maybe(fc.constantFrom('absent', 'new')),
        provenance: maybe(fc.record({ invocationIndex: maybe(index) })),
        message: fc.constant({ text: 'm' })
      },
      { requiredKeys: [] }
    )
    const invocation = fc.record(
      {
        executionSuccessful: maybe(fc.boolean()),
        ruleConfigurationOverrides: maybe(
          fc.array(
            maybe(
              fc.record({
                descriptor: maybe(ref),
                configuration: maybe(fc.record({ level: maybe(level) }))
              })
            ),
            { maxLength: 2 }
          )
        )
      },
      { requiredKeys: [] }
    )
    const run = fc.record(
      {
        tool: maybe(
          fc.record({
            driver: maybe(component),
            extensions: maybe(fc.array(maybe(component), { maxLength: 2 }))
          })
        ),
        invocations: maybe(fc.array(maybe(invocation), { maxLength: 2 })),
        results: maybe(fc.oneof(fc.array(maybe(res), { maxLength: 4 }), fc.constant(null)))
      },
      { requiredKeys: [] }
    )
    const doc = fc.record({
      version: maybe(fc.constant('2.1.0')),
      runs: maybe(fc.array(maybe(run), { maxLength: 2 }))
    })
    fc.assert(
      fc.property(doc, (d) => {
        wellFormed(JSON.stringify(d))
      }),
      { numRuns: 500 }
    )
  })

  test('a passing log with one byte removed reads as passed only if it still is a passing log', () => {
    fc.assert(
      fc.property(passingLog(), fc.nat(), (text, at) => {
        expect(readSarif(text, { file: 'x.sarif' }).status).toBe('passed')
        const bytes = Buffer.from(text, 'utf8')
        const i = at % bytes.length
        const damaged = new TextDecoder().decode(
          Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1)])
        )
        const v = readSarif(damaged, { file: 'x.sarif' })
        if (v.status === 'passed') expect(independentVerdict(damaged)).not.toBe('not passed')
      }),
      { numRuns: 400 }
    )
  })
})

// ---------------------------------------------------------------------------------------------
// An independent, plain reading of SARIF 2.1.0 for the property above. It understands the
// subset the generator writes (rules by index, by toolComponent.index or by id; overrides by
// index or id; suppressions; baselineState; kind) and says "unsure" for anything else, so a
// damaged log the reader passes must be one this reading passes too.
// ---------------------------------------------------------------------------------------------

const LEVEL_WORDS = ['none', 'note', 'warning', 'error']

function independentVerdict(text: string): 'passed' | 'not passed' | 'unsure' {
  let doc: unknown
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return 'not passed'
  }
  const obj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
  const get = (o: Json, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined)
  const word = (v: unknown, words: readonly string[]): boolean =>
    v === undefined || words.includes(v as string)
  const isIndex = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= -1
  if (!obj(doc) || get(doc, 'version') !== '2.1.0') return 'not passed'
  const runs = get(doc, 'runs')
  if (!Array.isArray(runs) || runs.length === 0) return 'not passed'
  for (const run of runs as unknown[]) {
    if (!obj(run)) return 'not passed'
    const tool = get(run, 'tool')
    const driver = obj(tool) ? get(tool, 'driver') : undefined
    if (!obj(tool) || !obj(driver)) return 'not passed'
    const exts = get(tool, 'extensions') ?? []
    if (!Array.isArray(exts)) return 'not passed'
    const components = [driver, ...(exts as unknown[])]
    if (!components.every(obj)) return 'not passed'
    const rules: Json[][] = []
    const defaults = new Map<string, string | undefined>()
    for (const [ci, c] of components.entries()) {
      const list = get(c, 'rules') ?? []
      if (!Array.isArray(list)) return 'not passed'
      rules.push([])
      for (const [i, r] of (list as unknown[]).entries()) {
        if (!obj(r) || typeof get(r, 'id') !== 'string') return 'not passed'
        const cfg = get(r, 'defaultConfiguration')
        if (cfg !== undefined && !obj(cfg)) return 'not passed'
        const lvl = obj(cfg) ? get(cfg, 'level') : undefined
        if (!word(lvl, LEVEL_WORDS)) return 'not passed'
        rules[ci]?.push(r)
        defaults.set(`${ci}#${i}`, lvl as string | undefined)
      }
    }
    // What a reference names: rule keys ("component#index") and the components searched by id.
    type Found = { keys: string[]; searched: number[]; id: string | undefined }
    const resolve = (
      ref: Json,
      fallbackIndex: unknown,
      fallbackId: unknown
    ): Found | 'bad' | 'unsure' => {
      const tc = get(ref, 'toolComponent')
      if (tc !== undefined && !obj(tc)) return 'bad'
      if (obj(tc) && (get(tc, 'guid') !== undefined || get(tc, 'name') !== undefined))
        return 'unsure'
      const tci = obj(tc) ? get(tc, 'index') : undefined
      if (tci !== undefined && !isIndex(tci)) return 'bad'
      const explicit = tci !== undefined && tci !== -1
      const ci = explicit ? (tci as number) + 1 : 0
      if (!components[ci]) return 'bad'
      let idx = get(ref, 'index') ?? fallbackIndex
      if (idx !== undefined && !isIndex(idx)) return 'bad'
      if (idx === -1) idx = undefined
      if (get(ref, 'guid') !== undefined) return 'unsure'
      if (idx !== undefined)
        return (idx as number) < (rules[ci]?.length ?? 0)
          ? { keys: [`${ci}#${idx as number}`], searched: [ci], id: undefined }
          : 'bad'
      const id = get(ref, 'id') ?? fallbackId
      if (id === undefined) return { keys: [], searched: [ci], id: undefined }
      if (typeof id !== 'string') return 'bad'
      const inComponent = (c: number): string[] => {
        const matching = (wanted: string): string[] =>
          (rules[c] ?? []).flatMap((r, i) => (get(r, 'id') === wanted ? [`${c}#${i}`] : []))
        const exact = matching(id)
        const cut = id.lastIndexOf('/')
        return exact.length || cut <= 0 ? exact : matching(id.slice(0, cut))
      }
      const keys = inComponent(ci)
      if (keys.length || explicit) return { keys, searched: [ci], id }
      const others = components.map((_, c) => c).filter((c) => c > 0)
      return { keys: others.flatMap(inComponent), searched: [0, ...others], id }
    }
    const invocations = get(run, 'invocations') ?? []
    if (!Array.isArray(invocations)) return 'not passed'
    const overrides = new Map<string, string[]>()
    const note = (k: string, lvl: string): void => {
      overrides.set(k, [...(overrides.get(k) ?? []), lvl])
    }
    for (const inv of invocations as unknown[]) {
      if (!obj(inv)) return 'not passed'
      if (get(inv, 'executionSuccessful') === false) return 'not passed'
      const list = get(inv, 'ruleConfigurationOverrides') ?? []
      if (!Array.isArray(list)) return 'not passed'
      for (const o of list as unknown[]) {
        if (!obj(o)) return 'not passed'
        const d = get(o, 'descriptor')
        const cfg = get(o, 'configuration')
        if (!obj(d) || !obj(cfg)) return 'not passed'
        const lvl = get(cfg, 'level')
        if (!word(lvl, LEVEL_WORDS)) return 'not passed'
        const found = resolve(d, undefined, undefined)
        if (found === 'bad') return 'not passed'
        if (found === 'unsure') return 'unsure'
        if (found.keys.length === 0 && found.id === undefined) return 'not passed'
        if (typeof lvl !== 'string') continue
        for (const k of found.keys) note(k, lvl)
        if (found.keys.length === 0)
          for (const c of found.searched) note(`${c}@${found.id as string}`, lvl)
      }
    }
    const results = get(run, 'results')
    if (!Array.isArray(results)) return 'not passed'
    for (const r of results as unknown[]) {
      if (!obj(r)) return 'not passed'
      if (get(r, 'provenance') !== undefined) return 'unsure'
      const sup = get(r, 'suppressions')
      if (sup !== undefined && sup !== null && !Array.isArray(sup)) return 'not passed'
      const statuses = Array.isArray(sup)
        ? sup.map((s) => (obj(s) ? get(s, 'status') : 'not an object'))
        : []
      if (!statuses.every((st) => word(st, ['accepted', 'underReview', 'rejected'])))
        return 'not passed'
      const suppressed =
        statuses.length > 0 && statuses.every((st) => st === undefined || st === 'accepted')
      const baseline = get(r, 'baselineState')
      if (!word(baseline, ['new', 'unchanged', 'updated', 'absent'])) return 'not passed'
      const kind = get(r, 'kind')
      if (!word(kind, ['pass', 'open', 'informational', 'notApplicable', 'review', 'fail']))
        return 'not passed'
      const level = get(r, 'level')
      if (!word(level, LEVEL_WORDS)) return 'not passed'
      const ref = get(r, 'rule') ?? {}
      if (!obj(ref)) return 'not passed'
      const found = resolve(ref, get(r, 'ruleIndex'), get(r, 'ruleId'))
      if (found === 'bad') return 'not passed'
      if (found === 'unsure') return 'unsure'
      if (suppressed || baseline === 'absent') continue
      const worst = (levels: string[]): string =>
        levels.reduce((a, b) => (LEVEL_WORDS.indexOf(b) > LEVEL_WORDS.indexOf(a) ? b : a), 'none')
      let effective: string
      if (level !== undefined) effective = level as string
      else if (kind !== undefined && kind !== 'fail') effective = 'none'
      else if (found.keys.length === 0) {
        const byId =
          found.id === undefined
            ? []
            : found.searched.flatMap((c) => overrides.get(`${c}@${found.id as string}`) ?? [])
        effective = byId.length ? worst(byId) : 'warning'
      } else {
        effective = worst(
          found.keys.map((k) => {
            const o = overrides.get(k)
            return o?.length ? worst(o) : (defaults.get(k) ?? 'warning')
          })
        )
      }
      if (effective === 'error') return 'not passed'
    }
  }
  return 'passed'
}

/**
 * Passing SARIF logs in the subset above: rules in the driver and one extension, results that
 * reference them by ruleIndex, by rule.index with toolComponent.index, or by ruleId; overrides by
 * index or id; results that would be errors are suppressed or marked absent, so the log passes.
 */
function passingLog(): fc.Arbitrary<string> {
  const level = fc.constantFrom('error', 'warning', 'note', 'none')
  const ids = ['r1', 'r2', 'a', 'a/b', 'constructor', '__proto__']
  const rules = fc.array(
    fc.record(
      {
        id: fc.constantFrom(...ids),
        defaultConfiguration: fc.option(fc.record({ level }), { nil: undefined })
      },
      { requiredKeys: ['id'] }
    ),
    { maxLength: 3 }
  )
  return fc
    .record({
      driverRules: rules,
      extRules: rules,
      results: fc.array(
        fc.record({
          ref: fc.constantFrom('ruleIndex', 'rule', 'ruleId', 'ext'),
          n: fc.nat(5),
          id: fc.constantFrom(...ids, 'a/b/c'),
          level: fc.option(level, { nil: undefined }),
          kind: fc.option(fc.constantFrom('fail', 'pass', 'review'), { nil: undefined }),
          hide: fc.constantFrom('accepted', 'inSource', 'absent')
        }),
        { maxLength: 4 }
      ),
      overrides: fc.array(
        fc.record({ n: fc.nat(5), ext: fc.boolean(), byId: fc.boolean(), level }),
        { maxLength: 3 }
      )
    })
    .map(({ driverRules, extRules, results, overrides }) => {
      const ruleOverrides = overrides.flatMap(({ n, ext, byId, level: l }) => {
        const rulesHere = ext ? extRules : driverRules
        if (rulesHere.length === 0) return []
        const i = n % rulesHere.length
        const tc = ext ? { toolComponent: { index: 0 } } : {}
        const descriptor = byId ? { id: rulesHere[i]?.id, ...tc } : { index: i, ...tc }
        return [{ descriptor, configuration: { level: l } }]
      })
      const doc = {
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: { name: 'T', rules: driverRules },
              extensions: [{ name: 'E', rules: extRules }]
            },
            invocations: [{ executionSuccessful: true, ruleConfigurationOverrides: ruleOverrides }],
            results: results.map((r) => {
              const out: Json = { message: { text: 'm' } }
              if (r.ref === 'ruleIndex' && driverRules.length)
                out.ruleIndex = r.n % driverRules.length
              else if (r.ref === 'rule' && driverRules.length)
                out.rule = { index: r.n % driverRules.length }
              else if (r.ref === 'ext' && extRules.length)
                out.rule = { index: r.n % extRules.length, toolComponent: { index: 0 } }
              else out.ruleId = r.id
              if (r.level !== undefined) out.level = r.level
              if (
                r.kind !== undefined &&
                (r.level === undefined || r.level === 'none' || r.kind === 'fail')
              )
                out.kind = r.kind
              return out
            })
          }
        ]
      }
      // Hide every result the independent reading counts as an error, so the log passes.
      const run = doc.runs[0] as { results: Json[] }
      run.results.forEach((r, i) => {
        const probe = { ...doc, runs: [{ ...doc.runs[0], results: [r] }] }
        if (independentVerdict(JSON.stringify(probe)) === 'passed') return
        const how = results[i]?.hide
        if (how === 'absent') r.baselineState = 'absent'
        else
          r.suppressions = [
            how === 'accepted' ? { kind: 'external', status: 'accepted' } : { kind: 'inSource' }
          ]
      })
      return JSON.stringify(doc, null, 1)
    })
}
