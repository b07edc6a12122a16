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
import { MAX_WORKFLOW_SCALARS } from '../src/workflow/parse.js'

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

// Issue 14: no hang and no throw on hostile sizes; limits named in the message.
describe('hostile sizes (issue 14)', () => {
  const job = (body: string): string =>
    `on: pull_request_target\njobs:\n  a:\n    runs-on: ubuntu-latest\n${body}`

  test('a 40,000-item array is read; a 100,000-item one is refused before GitHub’s parser', () => {
    const list = (n: number): string =>
      `on:\n  push:\n    branches: [${Array.from({ length: n }, () => 'b').join(',')}]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{run: echo}]\n`
    judge(list(40_000))
    expect(readWorkflowModel({ path: '.github/workflows/x.yml', text: list(40_000) }).ok).toBe(true)
    const r = readWorkflowModel({ path: '.github/workflows/x.yml', text: list(100_000) })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain(`more than ${MAX_WORKFLOW_SCALARS} keys and values`)
    judge(list(100_000))
  })

  test('a file over 500 KB is refused as GitHub refuses it', () => {
    const text = job(`    steps:\n      - run: "${'x'.repeat(520_000)}"\n`)
    const r = readWorkflowModel({ path: '.github/workflows/x.yml', text })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain('larger than 500 KB')
    judge(text)
  })

  test('deep flow nesting is refused before GitHub’s parser recurses', () => {
    const text = job(
      `    env: {X: ${'['.repeat(50_000)}${']'.repeat(50_000)}}\n    steps: [{run: echo}]\n`
    )
    const r = readWorkflowModel({ path: '.github/workflows/x.yml', text })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain('nest more than 64 deep')
    judge(text)
    // A small file is lexed only when it could pass a bound: 65 levels still are refused.
    const small = (n: number): string =>
      job(`    env: {X: ${'['.repeat(n)}${']'.repeat(n)}}\n    steps: [{run: echo}]\n`)
    const at65 = readWorkflowModel({ path: '.github/workflows/x.yml', text: small(64) })
    expect(at65.ok).toBe(false)
    if (!at65.ok) expect(at65.error).toContain('nest more than 64 deep')
    const at41 = readWorkflowModel({ path: '.github/workflows/x.yml', text: small(40) })
    // (GitHub refuses a list as an env value; that is its message, not gonogo's limit.)
    expect(at41.ok ? '' : at41.error).not.toContain('nest more than')
  })

  test('deep block nesting and a self-referencing anchor do not throw', () => {
    let deep = job('    steps: [{run: echo}]\n    env:\n')
    for (let i = 0; i < 1200; i++) deep += `${' '.repeat(6 + i)}k${i}:\n`
    judge(deep)
    judge(job('    env: &e {X: *e}\n    steps: [{run: echo}]\n'))
  })

  test('a script with thousands of ${{ }} lines is bounded, not quadratic for minutes', () => {
    const lines = Array.from(
      { length: 11_000 },
      (_, i) => `          echo ${i} \${{ github.head_ref }}`
    )
    const text = job(`    steps:\n      - run: |\n${lines.join('\n')}\n`)
    const r = readWorkflowModel({ path: '.github/workflows/x.yml', text })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain('would take GitHub')
    // Not GitHub's refusal: its names stay possible.
    expect(
      deriveCheckNames([{ path: '.github/workflows/x.yml', text }]).unresolved[0]?.names
    ).toBeUndefined()
  })

  test('generated workflows with long lists, many jobs and needs never throw', () => {
    const n = fc.integer({ min: 0, max: 300 })
    fc.assert(
      fc.property(n, n, n, fc.boolean(), (jobs, items, needs, flow) => {
        const body = Array.from({ length: Math.max(1, jobs) }, (_, i) => {
          const list = Array.from({ length: items }, (_, k) => `v${k}`)
          const deps = Array.from({ length: Math.min(i, needs) }, (_, k) => `j${k}`)
          return `  j${i}:\n    runs-on: \${{ matrix.os }}\n    if: \${{ ${'('.repeat(items % 40)}true${')'.repeat(items % 40)} }}\n    needs: [${deps.join(',')}]\n    strategy:\n      matrix:\n        os: ${flow ? `[${list.join(',')}]` : `[ubuntu-latest]`}\n        include: [${list.map((v) => `{os: ${v}, x: 1}`).join(',')}]\n    steps: [{run: 'echo \${{ matrix.os }}'}]`
        })
        judge(`on: push\njobs:\n${body.join('\n')}\n`)
      }),
      { numRuns: 25 }
    )
  })
})
