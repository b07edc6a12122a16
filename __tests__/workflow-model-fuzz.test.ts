// The workflow model never throws: any text a repository holds under .github/workflows comes back
// as a model or as the reason GitHub would not run it, and the consumers built on it (check names,
// the lint walk) never throw either. Mutations of real fixtures and alias bombs included.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { deriveCheckNames } from '../src/checks/check-names.js'
import { walkWorkflows } from '../src/checks/workflow-lint/walk.js'
import { readWorkflowModel } from '../src/workflow/model.js'

const SEEDS = [
  'workflows/01-yaml-aliases-lint/.github/workflows/label.yml',
  'workflows/producibility/.github/workflows/build.yml',
  'workflow-lint/ci-matrix.yml',
  'workflow-lint/pr-target.yml'
].flatMap((p) => {
  try {
    return [readFileSync(path.resolve('__tests__/fixtures', p), 'utf8')]
  } catch {
    return []
  }
})

function judge(text: string): void {
  const file = { path: '.github/workflows/x.yml', text }
  const r = readWorkflowModel(file)
  if (r.ok) {
    // Touch what consumers read lazily.
    for (const j of r.model.jobs) void j.steps.map((s) => s.shells)
    walkWorkflows([{ file: file.path, model: r.model }], new Map())
  } else expect(typeof r.error).toBe('string')
  const names = deriveCheckNames([file])
  expect(Array.isArray(names.checks)).toBe(true)
}

describe('the workflow model never throws', () => {
  test('there are seeds', () => {
    expect(SEEDS.length).toBeGreaterThanOrEqual(3)
  })

  test('on mutations of real workflows (bytes removed, replaced, lines cut)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEDS),
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.string({ maxLength: 8 }),
        (seed, at, cut, insert) => {
          const i = at % (seed.length + 1)
          judge(seed.slice(0, i) + insert + seed.slice(i + cut))
        }
      ),
      { numRuns: 300 }
    )
  })

  test('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => judge(text)),
      { numRuns: 300 }
    )
  })

  test('on an alias bomb and deep nesting: a reason, not a hang or a crash', () => {
    const bomb = [
      'on: push',
      'x: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]',
      ...Array.from(
        { length: 8 },
        (_, k) =>
          `x${k}: &a${k} [${Array(10)
            .fill(k === 0 ? '*a' : `*a${k - 1}`)
            .join(', ')}]`
      ),
      'jobs:',
      '  j:',
      '    runs-on: ubuntu-latest',
      '    steps: [{ run: echo }]'
    ].join('\n')
    expect(() => judge(bomb)).not.toThrow()
    const r = readWorkflowModel({ path: '.github/workflows/x.yml', text: bomb })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(/aliases expand past 10000 nodes/)
    const deep = `on: push\njobs: ${'['.repeat(5000)}${']'.repeat(5000)}\n`
    expect(() => judge(deep)).not.toThrow()
    expect(readWorkflowModel({ path: '.github/workflows/x.yml', text: deep }).ok).toBe(false)
  })
})
