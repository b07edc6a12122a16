import { describe, expect, test } from '@jest/globals'
import { decide } from '../src/core/decision.js'
import type { Evidence } from '../src/core/evidence.js'
import { checkRunOutput } from '../src/render/check-run.js'
import { code, escapeText, safeLink } from '../src/render/escape.js'
import { renderSummaryMarkdown } from '../src/render/summary-markdown.js'
import { control, gateInput } from './support/builders.js'

const HOSTILE =
  '<img src=x onerror=alert(1)> @everyone please see [click](javascript:alert(1)) | col ` code ` #1 <!-- gonogo:gate:default --> **bold**\nnext line https://evil.example'

function hostileEvidence(): Evidence {
  return {
    status: 'failed',
    message: HOSTILE,
    kind: 'report',
    pattern: 'gonogo-reports/x.json',
    files: ['gonogo-reports/x.json'],
    findings: [
      {
        id: '@admin <b>',
        status: 'failed',
        message: HOSTILE.repeat(20),
        location: { file: 'src/a.ts', line: 3 },
        remediation: '[fix](http://evil)'
      }
    ],
    findingsOmitted: 0,
    summary: {}
  }
}

describe('untrusted text in Markdown', () => {
  test('HTML, links, tables and mentions from a report cannot render raw', () => {
    const s = escapeText(HOSTILE)
    expect(s).not.toMatch(/<img|<!--/)
    expect(s).toContain('&lt;img')
    expect(s).not.toMatch(/@everyone/)
    expect(s).toContain('@\u200beveryone')
    expect(s).not.toMatch(/(?<!\\)\[click(?<!\\)\]/)
    expect(s).not.toMatch(/(?<!\\)\|/)
    expect(s).not.toContain('\n')
    expect(s).not.toContain('https://evil')
  })

  test('lengths are capped', () => {
    expect([...escapeText('x'.repeat(10_000), 300)].length).toBeLessThanOrEqual(300)
    expect(code('y'.repeat(500), 50).length).toBeLessThanOrEqual(52)
  })

  test('only https URLs and repository paths become links', () => {
    expect(safeLink('runbook', 'javascript:alert(1)', 'https://github.com/o/r/blob/abc')).toBe(
      '`javascript:alert(1)`'
    )
    expect(safeLink('runbook', 'http://plain.example/x', 'https://github.com/o/r/blob/abc')).toBe(
      '`http://plain.example/x`'
    )
    expect(safeLink('runbook', '../../etc/passwd', 'https://github.com/o/r/blob/abc')).toBe(
      '`../../etc/passwd`'
    )
    expect(safeLink('runbook', 'docs/run book.md', 'https://github.com/o/r/blob/abc')).toBe(
      '`docs/run book.md`'
    )
    expect(safeLink('runbook', 'docs/runbooks/bp.md', 'https://github.com/o/r/blob/abc')).toBe(
      '[runbook](https://github.com/o/r/blob/abc/docs/runbooks/bp.md)'
    )
    expect(safeLink('runbook', 'https://wiki.example/bp', undefined)).toBe(
      '[runbook](https://wiki.example/bp)'
    )
  })

  test('a hostile report cannot forge the sticky marker or break the comment out of its tables', () => {
    const c = control('x', 'high', { owner: '@acme/<script>', runbook: 'javascript:alert(1)' })
    const input = gateInput([[c, 'failed']])
    input.evidence = new Map([['x', hostileEvidence()]])
    const s = decide(input)
    const md = renderSummaryMarkdown(s, {
      marker: '<!-- gonogo:gate:default -->',
      maxRows: 50,
      maxChars: 65_000
    })
    expect(md.startsWith('<!-- gonogo:gate:default -->\n')).toBe(true)
    expect(md.indexOf('<!-- gonogo:gate')).toBe(md.lastIndexOf('<!-- gonogo:gate'))
    expect(md).not.toMatch(/<img|<script|<b>/)
    expect(md).not.toMatch(/@(everyone|admin|acme)/)
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/)
    expect(md).not.toContain('](http://evil')
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = line.replace(/\\\|/g, '').split('|').length
      expect(cells === 8 || cells === 9 || cells === 10).toBe(true)
    }
  })

  test('a summary with thousands of controls fits in one GitHub comment', () => {
    const pairs = Array.from(
      { length: 3000 },
      (_, i) => [control(`c-${String(i).padStart(4, '0')}`), 'failed'] as const
    )
    const input = gateInput(pairs.map(([c, st]) => [c, st]))
    input.evidence = new Map(pairs.map(([c]) => [c.id, hostileEvidence()]))
    const md = renderSummaryMarkdown(decide(input), {
      marker: '<!-- m -->',
      maxRows: 50,
      maxChars: 65_000
    })
    expect(md.length).toBeLessThanOrEqual(65_000)
    expect(md).toContain('… and 2950 more controls')
  })

  test('check-run annotations carry file and line and the conclusion follows the decision', () => {
    const input = gateInput([[control('x'), 'failed']])
    input.evidence = new Map([['x', hostileEvidence()]])
    const s = decide(input)
    const out = checkRunOutput(s, 'summary')
    expect(out.conclusion).toBe('failure')
    expect(out.annotations).toEqual([
      expect.objectContaining({
        path: 'src/a.ts',
        start_line: 3,
        end_line: 3,
        annotation_level: 'failure'
      })
    ])
    expect(out.annotations[0]?.title.length).toBeLessThanOrEqual(255)
  })

  test('a pipe inside a code span cannot split a table cell', () => {
    expect(code('rep/x|<img src=x>|y.json')).toBe('`rep/x\\|<img src=x>\\|y.json`')
  })

  test('a percent-encoded parenthesis cannot close a link early', () => {
    const link = safeLink('runbook', 'https://a.example/b%29@acme/admins%28x')
    expect(link).toBe('[runbook](https://a.example/b%29@acme/admins%28x)')
    expect(safeLink('runbook', 'https://user:pw@a.example/x')).toBe(
      '`https://user:pw@\u200ba.example/x`'
    )
  })

  test('issue references and www. autolinks are neutralised', () => {
    const s = escapeText('see #123 and www.evil.com')
    expect(s).not.toMatch(/#\d/)
    expect(s).toContain('#\u200b123')
    expect(s).not.toMatch(/www\./)
  })
})
