// Issue 19, the organisation report as Markdown (src/render/org-markdown.ts): through
// render/escape.ts like every renderer, so registered secrets are scrubbed and #references and
// @mentions from shard artifacts cannot cross-link or notify; the Overrides column shows only
// when some repository was verified against an override of the org policy.
import { afterEach, describe, expect, test } from '@jest/globals'
import { mergeOrg, type OrgReport } from '../src/core/org.js'
import { makeReport, type Report, type ReportCheck } from '../src/core/report.js'
import { clearSecrets, registerSecret } from '../src/core/secrets.js'
import { renderOrgMarkdown } from '../src/render/org-markdown.js'

const AT = '2026-11-30T00:00:00Z'

function both(repository: string, status: ReportCheck['status']): Report[] {
  return ['branch-protection', 'required-checks'].map((control) =>
    makeReport({
      control,
      subject: { repository, sha: 'a'.repeat(40) },
      generatedAt: AT,
      generator: 'ruleset-verify',
      checks: [{ id: 'main/min-approvals', status, message: status }]
    })
  )
}

function twoShards(why: string, overrides?: ReadonlyMap<string, string[]>): OrgReport {
  return mergeOrg({
    organisation: 'acme',
    generatedAt: AT,
    plan: [
      { index: 0, repositories: ['acme/a', 'acme/b'], cost: 18 },
      { index: 1, repositories: ['acme/c'], cost: 9 }
    ],
    results: [
      {
        index: 0,
        reports: new Map([
          ['acme/a', both('acme/a', 'passed')],
          ['acme/b', both('acme/b', 'failed')]
        ]),
        ...(overrides ? { overrides } : {})
      },
      { index: 1, why }
    ]
  })
}

afterEach(() => clearSecrets())

describe('organisation Markdown', () => {
  test('the summary as before: totals, the shards that did not report, the table worst first', () => {
    expect(renderOrgMarkdown(twoShards('no artifact shard-1 (the job failed or never ran)'))).toBe(
      [
        '## gonogo: branch rules across `acme`',
        '',
        '3 repositories: 1 passed, 1 failed, 1 unverified.',
        '',
        'Shards that did not report (their 1 repository is unverified): 1 (no artifact shard-1 (the job failed or never ran))',
        '',
        '| Repository | Status | `branch-protection:min-approvals` | `required-checks:min-approvals` |',
        '|---|---|---|---|',
        '| `acme/b` | ❌ failed | ❌ | ❌ |',
        '| `acme/c` | 🟡 unverified | — | — |',
        '| `acme/a` | ✅ passed | ✅ | ✅ |',
        ''
      ].join('\n')
    )
  })

  test('a registered secret in a reason from an artifact is scrubbed', () => {
    const secret = 'ghs_0123456789abcdefghijABCDEFGHIJ0123'
    registerSecret(secret)
    const md = renderOrgMarkdown(twoShards(`upload failed with token ${secret}`))
    expect(md).not.toContain(secret)
    expect(md).not.toContain(secret.replace(/_/g, '\\_'))
    expect(md).toContain('(upload failed with token \\*\\*\\*)')
  })

  test('#references and @mentions from an artifact neither cross-link nor notify', () => {
    const md = renderOrgMarkdown(twoShards('see #123, GH-7 and acme/x#9; ping @acme/admins'))
    expect(md).not.toMatch(/(^|[^\\])#\d/)
    expect(md).not.toMatch(/#\d/)
    expect(md).not.toMatch(/@acme/)
    expect(md).toContain('\\#\u200b123')
  })

  test('an Overrides column naming the overrides applied, only when some repository had one', () => {
    const md = renderOrgMarkdown(twoShards('gone', new Map([['acme/a', ['legacy', 'one|two`@x']]])))
    const lines = md.split('\n')
    const header = lines.find((l) => l.startsWith('| Repository'))
    expect(header).toBe(
      '| Repository | Status | Overrides | `branch-protection:min-approvals` | `required-checks:min-approvals` |'
    )
    expect(lines).toContain("| `acme/a` | ✅ passed | `legacy`, `one\\|two'@\u200bx` | ✅ | ✅ |")
    expect(lines).toContain('| `acme/b` | ❌ failed | — | ❌ | ❌ |')
    const cols = (header ?? '').split(' | ').length
    for (const line of lines.filter((l) => l.startsWith('| `')))
      expect(line.split(' | ').length).toBe(cols)
    expect(renderOrgMarkdown(twoShards('gone'))).not.toContain('Overrides')
  })
})
