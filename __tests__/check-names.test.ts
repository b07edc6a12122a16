import { beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  closestNames,
  deriveCheckNames,
  MAX_DERIVATION_STEPS,
  type CheckNames,
  type WorkflowFile
} from '../src/checks/check-names.js'
import { localResolver, readWorkflows, resolveLocal } from '../src/io/workflows.js'
import { Workspace } from '../src/io/workspace.js'
import { writeIn } from './support/temp-workspace.js'

/** A repository whose `.github/workflows` holds the realistic workflows these tests read. */
const FIXTURE_REPO = '__tests__/fixtures/workflows'

let files: WorkflowFile[]
let all: CheckNames

beforeAll(async () => {
  files = await readWorkflows(await Workspace.open(FIXTURE_REPO))
  all = deriveCheckNames(files, { resolveLocal: localResolver(files) })
})

const wf = (name: string): string => `.github/workflows/${name}`

function namesFrom(workflow: string, result: CheckNames = all): string[] {
  return result.checks.filter((c) => c.workflow === wf(workflow)).map((c) => c.name)
}

function unresolvedIn(workflow: string, result: CheckNames = all): Record<string, string> {
  return Object.fromEntries(
    result.unresolved.filter((u) => u.workflow === wf(workflow)).map((u) => [u.job, u.reason])
  )
}

/** One workflow file given inline, for the rules that need no fixture repository. */
function derive(...texts: [string, string][]): CheckNames {
  return deriveCheckNames(texts.map(([name, text]) => ({ path: wf(name), text })))
}

describe('reading the workflows of a repository', () => {
  test('reads *.yml and *.yaml directly in .github/workflows, sorted, and nothing else', () => {
    expect(files.map((f) => f.path)).toEqual([
      wf('broken.yml'),
      wf('docs.yaml'),
      wf('dynamic.yml'),
      wf('long-name.yml'),
      wf('node.yml'),
      wf('objects.yml'),
      wf('python.yml'),
      wf('release.yml'),
      wf('reusable-e2e.yml'),
      wf('reusable-tests.yml'),
      wf('templated.yml')
    ])
  })

  // moby/buildkit's CI calls ./.github/workflows/.test.yml (break test of 2026-11-30: a name
  // starting with a dot was not listed, so the caller was refused).
  test('a workflow file whose name starts with a dot is read, and can be called', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-wf-'))
    try {
      await writeIn(
        dir,
        '.github/workflows/ci.yml',
        'on: pull_request\njobs:\n  test:\n    uses: ./.github/workflows/.test.yml\n'
      )
      await writeIn(
        dir,
        '.github/workflows/.test.yml',
        'on: workflow_call\njobs:\n  unit:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo }]\n'
      )
      const read = await readWorkflows(await Workspace.open(dir))
      expect(read.map((f) => f.path)).toEqual([wf('.test.yml'), wf('ci.yml')])
      const names = deriveCheckNames(read, { resolveLocal: localResolver(read) })
      expect(names.checks.map((c) => c.name)).toEqual(['test / unit'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  // GitHub changelog 2026-07-30, "Reference same-repository actions with self-repository
  // syntax" (astral-sh/ruff's release.yml calls its workflows so; break test of 2026-11-30).
  test('a reusable workflow called with the self-repository form $/ is read like ./', () => {
    const r = derive(
      ['ci.yml', 'on: pull_request\njobs:\n  call:\n    uses: $/.github/workflows/lib.yml\n'],
      ['lib.yml', 'on: workflow_call\njobs:\n  unit:\n    runs-on: ubuntu-latest\n']
    )
    expect(namesFrom('ci.yml', r)).toEqual(['call / unit'])
  })

  test('a workflow over the 1 MiB limit is reported as unreadable, not silently skipped', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-wf-'))
    try {
      await writeIn(dir, '.github/workflows/huge.yml', `# ${'x'.repeat(1024 * 1024)}\n`)
      const read = await readWorkflows(await Workspace.open(dir))
      expect(read).toEqual([
        {
          path: wf('huge.yml'),
          text: '',
          readError: expect.stringContaining('over the 1.0 MiB limit for a workflow file')
        }
      ])
      expect(deriveCheckNames(read)).toEqual({
        checks: [],
        unresolved: [{ workflow: wf('huge.yml'), job: '', reason: read[0]?.readError }]
      })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('a repository without workflows produces no check names', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-wf-'))
    try {
      expect(await readWorkflows(await Workspace.open(dir))).toEqual([])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('resolveLocal finds ./.github/workflows paths and never a remote reference', () => {
    expect(resolveLocal(files, './.github/workflows/reusable-e2e.yml')?.path).toBe(
      wf('reusable-e2e.yml')
    )
    expect(resolveLocal(files, './.github/workflows/missing.yml')).toBeUndefined()
    expect(
      resolveLocal(files, 'octo-org/shared/.github/workflows/reusable-e2e.yml@v2')
    ).toBeUndefined()
  })
})

describe('matrix jobs are named job (values…) as GitHub names them', () => {
  test('exclude removes partial matches; include extends combinations or adds its own', () => {
    expect(namesFrom('node.yml')).toEqual([
      'lint',
      'test (macos-latest, 22)',
      'test (ubuntu-latest, 18)',
      'test (ubuntu-latest, 20)',
      'test (ubuntu-latest, 22)',
      'test (windows-latest, 20)',
      'test (windows-latest, 22)'
    ])
    expect(unresolvedIn('node.yml')).toEqual({})
  })

  test('unquoted 3.10 is the number 3.1; quoted it stays 3.10; empty values are left out', () => {
    expect(namesFrom('python.yml')).toEqual([
      'flags (false)',
      'flags (false, slow)',
      'flags (true)',
      'flags (true, slow)',
      'quoted (3.10)',
      'quoted (3.11)',
      'quoted (3.9)',
      'unquoted (3.1)',
      'unquoted (3.11)',
      'unquoted (3.9)'
    ])
  })

  test('a name with matrix expressions is evaluated per run and gets no suffix', () => {
    expect(namesFrom('templated.yml')).toEqual([
      'Build (darwin)',
      'Build (linux)',
      "Check ubuntu-latest on node 20 it's fine",
      'Lint / Types',
      'Test (ubuntu-latest)',
      'Test (windows-latest)'
    ])
  })

  test('object values show every field in order; a name can pick one field', () => {
    expect(namesFrom('objects.yml')).toEqual([
      'Package Linux x64',
      'Package Windows x64',
      'build (macos-14, arm64, stable)',
      'build (ubuntu-latest, x64, stable)'
    ])
  })

  test('an object value with an empty field is unresolved rather than guessed', () => {
    expect(unresolvedIn('objects.yml')).toEqual({
      review: expect.stringContaining(
        'a matrix value is an object or list with an empty or null entry ({"name":"deepseek","model_variant":""})'
      )
    })
  })

  test('include follows GitHub’s documented example (fruit and animal)', () => {
    const matrix = [
      '      matrix:',
      '        fruit: [apple, pear]',
      '        animal: [cat, dog]',
      '        include:',
      '          - color: green',
      '          - color: pink',
      '            animal: cat',
      '          - fruit: apple',
      '            shape: circle',
      '          - fruit: banana',
      '          - fruit: banana',
      '            animal: cat'
    ]
    const r = derive([
      'fruit.yml',
      [
        'on: push',
        'jobs:',
        '  plain:',
        '    runs-on: x',
        '    strategy:',
        ...matrix,
        '  context:',
        "    name: '${{ matrix.fruit }}-${{ matrix.animal }}-${{ matrix.color }}-${{ matrix.shape }}'",
        '    runs-on: x',
        '    strategy:',
        ...matrix
      ].join('\n')
    ])
    expect(r.unresolved).toEqual([])
    expect(r.checks.filter((c) => c.job === 'plain').map((c) => c.name)).toEqual([
      'plain (apple, cat)',
      'plain (apple, dog)',
      'plain (banana)',
      'plain (banana, cat)',
      'plain (pear, cat)',
      'plain (pear, dog)'
    ])
    // The matrix context of each run, exactly as the documentation lists the six combinations.
    expect(r.checks.filter((c) => c.job === 'context').map((c) => c.name)).toEqual([
      'apple-cat-pink-circle',
      'apple-dog-green-circle',
      'banana---',
      'banana-cat--',
      'pear-cat-pink-',
      'pear-dog-green-'
    ])
  })

  test('an include-only matrix names each entry by all of its values, in its key order', () => {
    const r = derive([
      'inc.yml',
      'on: push\njobs:\n  j:\n    runs-on: x\n    steps: [run: echo]\n    strategy:\n      matrix:\n        include:\n          - { os: linux, node: 20 }\n          - { os: mac }\n'
    ])
    expect(r.checks.map((c) => c.name)).toEqual(['j (linux, 20)', 'j (mac)'])
  })

  test('a number JavaScript and GitHub would write differently is unresolved', () => {
    const r = derive([
      'n.yml',
      'on: push\njobs:\n  j:\n    runs-on: x\n    steps: [run: echo]\n    strategy:\n      matrix:\n        size: [1e21]\n'
    ])
    expect(r.checks).toEqual([])
    expect(r.unresolved[0]?.reason).toMatch(/^matrix value 1e\+21 cannot be shown/)
  })

  test('the line of each check is the line of its job key', () => {
    const lines = all.checks
      .filter((c) => c.workflow === wf('node.yml'))
      .map((c) => [c.job, c.line])
    expect(new Set(lines.map((l) => JSON.stringify(l)))).toEqual(
      new Set([JSON.stringify(['lint', 4]), JSON.stringify(['test', 9])])
    )
  })
})

describe('long names are cut as GitHub cuts them', () => {
  test('over 100 characters: the first 97 and "..."', () => {
    const names = namesFrom('long-name.yml')
    expect(names).toEqual([
      'Integration tests against the staging cluster with every optional feature flag enabled and all re...',
      'test (3.13, core, tests/core/models tests/core/graph tests/core/calculate tests/core/components t...'
    ])
    expect(names.map((n) => n.length)).toEqual([100, 100])
  })

  test('a name of exactly 100 characters is kept whole', () => {
    const name = 'n'.repeat(100)
    const r = derive(['ok.yml', `on: push\njobs:\n  j:\n    name: ${name}\n    runs-on: x\n`])
    expect(r.checks.map((c) => c.name)).toEqual([name])
  })
})

describe('reusable workflows', () => {
  test('a local reusable workflow yields "caller / callee" for each of its jobs, nested too', () => {
    expect(namesFrom('release.yml')).toEqual([
      'Package / Smoke on linux (integration)',
      'Package / e2e / e2e (chromium)',
      'Package / e2e / e2e (firefox)',
      'Package / test',
      'build (linux) / Smoke on linux (unit)',
      'build (linux) / e2e / e2e (chromium)',
      'build (linux) / e2e / e2e (firefox)',
      'build (linux) / test',
      'build (windows) / Smoke on windows (unit)',
      'build (windows) / e2e / e2e (chromium)',
      'build (windows) / e2e / e2e (firefox)',
      'build (windows) / test'
    ])
  })

  test('a check made by a reusable workflow names the workflows it came through', () => {
    const check = all.checks.find((c) => c.name === 'build (linux) / e2e / e2e (firefox)')
    // The caller's triggers, not the callee's `workflow_call` (docs: "Reusing workflows").
    expect(check).toEqual({
      name: 'build (linux) / e2e / e2e (firefox)',
      workflow: wf('release.yml'),
      job: 'build',
      line: 7,
      via: [
        { workflow: wf('reusable-tests.yml'), job: 'e2e' },
        { workflow: wf('reusable-e2e.yml'), job: 'e2e' }
      ],
      on: {
        line: 2,
        events: [
          { event: 'push', line: 3, tags: ['v*'] },
          { event: 'pull_request', line: 5 }
        ]
      }
    })
  })

  test('workflows only callable by others produce no names of their own', () => {
    expect(namesFrom('reusable-tests.yml')).toEqual([])
    expect(namesFrom('reusable-e2e.yml')).toEqual([])
  })

  test('a reusable workflow in another repository cannot be read', () => {
    expect(unresolvedIn('release.yml')).toEqual({
      deploy:
        'reusable workflow octo-org/shared-workflows/.github/workflows/deploy.yml@v2 is not in this repository, so the check names it produces cannot be read; name them in the policy by hand'
    })
  })

  // GitHub resolves every called workflow before a run starts; a call it cannot make refuses the
  // whole workflow ("Invalid workflow file … failed to fetch workflow: workflow was not found",
  // alandtse/CrashLoggerSSE#23; "… missing a `on.workflow_call` trigger", pmem/run_qemu#179), so
  // none of its jobs reports a check: `names` spells nothing.
  const refusedWhole = (file: string, line: number, reason: string): object => ({
    workflow: wf(file),
    job: '',
    line,
    reason: `${reason}; GitHub refuses the whole workflow and runs none of its jobs`,
    names: { shown: wf(file), alternatives: [] },
    on: expect.anything() as unknown
  })

  test('a local reusable workflow that is not there refuses the whole caller', () => {
    const r = derive([
      'ci.yml',
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n  call:\n    uses: ./.github/workflows/gone.yml\n'
    ])
    expect(r).toEqual({
      checks: [],
      unresolved: [
        refusedWhole(
          'ci.yml',
          5,
          'job "call" calls ./.github/workflows/gone.yml, which is not among this repository\'s workflow files ("workflow was not found")'
        )
      ]
    })
  })

  test('a called workflow without workflow_call refuses the whole caller', () => {
    const r = derive(
      [
        'ci.yml',
        'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n  call:\n    uses: ./.github/workflows/deploy.yml\n'
      ],
      ['deploy.yml', 'on: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n']
    )
    expect(r.checks.map((c) => [c.workflow, c.name])).toEqual([[wf('deploy.yml'), 'd']])
    expect(r.unresolved).toEqual([
      refusedWhole(
        'ci.yml',
        5,
        'job "call" calls ./.github/workflows/deploy.yml, which is not reusable: its `on:` has no `workflow_call` ("workflow is not reusable as it is missing a `on.workflow_call` trigger")'
      )
    ])
  })

  test('a called workflow GitHub refuses refuses its caller too', () => {
    const r = derive(
      [
        'ci.yml',
        'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n  call:\n    uses: ./.github/workflows/lib.yml\n'
      ],
      [
        'lib.yml',
        'on: workflow_call\njobs:\n  b:\n    runs-on: ubuntu-latest\n  a:\n    runs-on: ubuntu-latest\n    needs: nope\n'
      ]
    )
    expect(r.checks).toEqual([])
    expect(r.unresolved.find((u) => u.workflow === wf('ci.yml'))?.reason).toContain(
      "job \"call\" calls ./.github/workflows/lib.yml, which GitHub would refuse: Job 'a' depends on unknown job 'nope'"
    )
  })

  test('a cycle of reusable workflows refuses the top-level workflow, not followed forever', () => {
    const r = derive(
      ['a.yml', 'on: [push, workflow_call]\njobs:\n  to-b:\n    uses: ./.github/workflows/b.yml\n'],
      ['b.yml', 'on: workflow_call\njobs:\n  to-a:\n    uses: ./.github/workflows/a.yml\n']
    )
    expect(r.checks).toEqual([])
    expect(r.unresolved).toEqual([
      refusedWhole(
        'a.yml',
        3,
        'job "to-a" (called from .github/workflows/a.yml job "to-b") calls ./.github/workflows/a.yml, which is already being called (.github/workflows/a.yml → .github/workflows/b.yml → .github/workflows/a.yml): a cycle'
      )
    ])
  })

  test('more than ten levels of workflows is over GitHub’s limit', () => {
    const levels: [string, string][] = [
      ['l1.yml', 'on: push\njobs:\n  c:\n    uses: ./.github/workflows/l2.yml\n']
    ]
    for (let i = 2; i <= 11; i++) {
      const body =
        i < 11 ? `    uses: ./.github/workflows/l${i + 1}.yml\n` : '    runs-on: ubuntu-latest\n'
      levels.push([`l${i}.yml`, `on: workflow_call\njobs:\n  c:\n${body}`])
    }
    const r = derive(...levels)
    expect(r.checks).toEqual([])
    expect(r.unresolved.map((u) => [u.workflow, u.reason])).toEqual([
      [
        wf('l1.yml'),
        'job "c" (called from .github/workflows/l1.yml job "c") calls ./.github/workflows/l11.yml at level 11; GitHub connects at most 10 levels of workflows; GitHub refuses the whole workflow and runs none of its jobs'
      ]
    ])
    const ten = derive(...levels.slice(0, 9), [
      'l10.yml',
      'on: workflow_call\njobs:\n  c:\n    runs-on: ubuntu-latest\n'
    ])
    expect(ten.checks.map((c) => c.name)).toEqual(['c / c / c / c / c / c / c / c / c / c'])
  })

  test('an input the caller sets at run time makes the callee’s name unresolved', () => {
    const r = derive(
      [
        'ci.yml',
        'on: push\njobs:\n  call:\n    uses: ./.github/workflows/r.yml\n    with:\n      env: ${{ needs.a.outputs.env }}\n'
      ],
      [
        'r.yml',
        'on: workflow_call\njobs:\n  d:\n    name: Deploy ${{ inputs.env }}\n    runs-on: x\n'
      ]
    )
    expect(r.checks).toEqual([])
    expect(r.unresolved).toEqual([
      {
        workflow: wf('r.yml'),
        job: 'd',
        line: 3,
        reason:
          'called from .github/workflows/ci.yml job "call" as "call / …": name "Deploy ${{ inputs.env }}": input "env" is set to ${{ needs.a.outputs.env }}, which is only known when the workflow runs',
        // What is known is kept: the caller's prefix and the text around the unknown input.
        names: {
          shown: 'call / Deploy ${{ inputs.env }}',
          alternatives: [
            ['call / ', 'Deploy ', null],
            ['call / ', 'd']
          ]
        },
        on: { line: 1, events: [{ event: 'push', line: 1 }] }
      }
    ])
  })
})

// Contexts reference: github.workflow is the workflow's name (else its path), a called
// workflow's github context is its caller's, strategy.job-index/job-total place a matrix run
// (break test of 2026-11-30: these were reported unresolved).
describe('github and strategy values fixed before the run', () => {
  const job = (name: string, extra = ''): string =>
    `jobs:\n  t:\n    name: ${name}\n${extra}    runs-on: ubuntu-latest\n`

  test('github.workflow is the workflow name, else its path', () => {
    expect(
      namesFrom(
        'ci.yml',
        derive([
          'ci.yml',
          `name: Main CI\non: pull_request\n${job('${{ github.workflow }} tests')}`
        ])
      )
    ).toEqual(['Main CI tests'])
    expect(
      namesFrom(
        'ci.yml',
        derive(['ci.yml', `on: pull_request\n${job('${{ github.workflow }} tests')}`])
      )
    ).toEqual(['.github/workflows/ci.yml tests'])
  })

  test('github.event_name is known when one event starts the workflow', () => {
    expect(
      namesFrom(
        'ci.yml',
        derive(['ci.yml', `on: pull_request\n${job('on ${{ github.event_name }}')}`])
      )
    ).toEqual(['on pull_request'])
    const two = derive([
      'ci.yml',
      `on: [push, pull_request]\n${job('on ${{ github.event_name }}')}`
    ])
    expect(namesFrom('ci.yml', two)).toEqual([])
    expect(unresolvedIn('ci.yml', two).t).toContain(
      '`github.event_name` is only known when the workflow runs'
    )
  })

  test("a called workflow's github context is its caller's", () => {
    const r = derive(
      [
        'ci.yml',
        'name: Main CI\non: pull_request\njobs:\n  call:\n    uses: ./.github/workflows/lib.yml\n'
      ],
      ['lib.yml', `name: Library\non: workflow_call\n${job('${{ github.workflow }}')}`]
    )
    expect(namesFrom('ci.yml', r)).toEqual(['call / Main CI'])
  })

  test('strategy.job-index and job-total number the matrix runs', () => {
    const r = derive([
      'ci.yml',
      `on: pull_request\n${job('shard ${{ strategy.job-index }}/${{ strategy.job-total }}', '    strategy: { matrix: { part: [a, b] } }\n')}`
    ])
    expect(namesFrom('ci.yml', r)).toEqual(['shard 0/2', 'shard 1/2'])
  })
})

describe('names only known at run time are unresolved, with the reason', () => {
  test('a matrix from an expression, and a name from the github context', () => {
    expect(namesFrom('dynamic.yml')).toEqual(['setup'])
    expect(unresolvedIn('dynamic.yml')).toEqual({
      test: 'matrix comes from ${{ fromJSON(needs.setup.outputs.matrix) }}: `needs.setup.outputs.matrix` is only known when the workflow runs',
      shards:
        'matrix key "shard" comes from ${{ fromJSON(needs.setup.outputs.shards) }}: `needs.setup.outputs.shards` is only known when the workflow runs',
      deploy:
        'name "Deploy ${{ github.ref_name }}": `github.ref_name` is only known when the workflow runs'
    })
  })

  test('a workflow that is not valid YAML is unresolved with the parser’s message and line', () => {
    expect(all.unresolved.filter((u) => u.workflow === wf('broken.yml'))).toEqual([
      {
        workflow: wf('broken.yml'),
        job: '',
        line: expect.any(Number),
        reason: expect.stringMatching(/^GitHub would refuse this workflow: .+ line \d+/),
        // GitHub runs nothing of a workflow it refuses.
        names: { shown: wf('broken.yml'), alternatives: [] }
      }
    ])
    expect(namesFrom('broken.yml')).toEqual([])
  })

  test('a matrix that excludes everything, or lists nothing, is unresolved', () => {
    const r = derive([
      'm.yml',
      [
        'on: push',
        'jobs:',
        '  none:',
        '    runs-on: x',
        '    steps: [run: echo]',
        '    strategy:',
        '      matrix:',
        '        os: [a]',
        '        exclude: [{ os: a }]',
        '  empty:',
        '    runs-on: x',
        '    steps: [run: echo]',
        '    strategy:',
        '      matrix:',
        '        os: []'
      ].join('\n')
    ])
    expect(r.unresolved.map((u) => [u.job, u.reason])).toEqual([
      ['empty', 'matrix key "os" has no values; GitHub rejects an empty matrix list'],
      ['none', 'the matrix excludes every combination, so the job never runs']
    ])
  })
})

describe('the result is complete and deterministic', () => {
  test('every fixture job is either named or unresolved, sorted, with no duplicates', () => {
    const keys = all.checks.map((c) => `${c.name}|${c.workflow}|${c.job}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect([...keys].sort()).toEqual(keys)
    expect(all.unresolved.map((u) => `${u.workflow}|${u.job}`)).toEqual([
      `${wf('broken.yml')}|`,
      `${wf('dynamic.yml')}|deploy`,
      `${wf('dynamic.yml')}|shards`,
      `${wf('dynamic.yml')}|test`,
      `${wf('objects.yml')}|review`,
      `${wf('release.yml')}|deploy`
    ])
  })

  test('the order of the files does not change the result', () => {
    const reversed = [...files].reverse()
    expect(deriveCheckNames(reversed, { resolveLocal: localResolver(reversed) })).toEqual(all)
  })

  test('without resolveLocal, local workflows are found among the given files', () => {
    expect(deriveCheckNames(files)).toEqual(all)
  })
})

describe('closestNames suggests what the user may have meant', () => {
  const available = [
    'test (ubuntu-latest, 24)',
    'test (ubuntu-latest, 16)',
    'test (ubuntu-latest, 20)',
    'test (ubuntu-latest, 22)',
    'test (windows-latest, 20)',
    'lint',
    'Build docs'
  ]

  test('closest by edit distance, ignoring case, at most three', () => {
    expect(closestNames('Test (ubuntu-latest, 18)', available)).toEqual([
      'test (ubuntu-latest, 16)',
      'test (ubuntu-latest, 20)',
      'test (ubuntu-latest, 22)'
    ])
    expect(closestNames('test (windows-latest, 18)', available, 1)).toEqual([
      'test (windows-latest, 20)'
    ])
    expect(closestNames('LINT', available, 1)).toEqual(['lint'])
  })

  test('ties are ordered alphabetically whatever the input order', () => {
    expect(closestNames('b', ['c', 'a', 'B'])).toEqual(['B', 'a', 'c'])
    expect(closestNames('b', ['B', 'c', 'a'])).toEqual(['B', 'a', 'c'])
  })

  test('a name containing the wanted one counts; unrelated names do not', () => {
    expect(closestNames('docs', available)).toEqual(['Build docs'])
    expect(closestNames('deploy to production', available)).toEqual([])
    expect(closestNames('x', [], 3)).toEqual([])
  })
})

describe('names carry what decides whether they reach a pull request', () => {
  /** Real workflows: matrix include/exclude, a matrix caller of nested reusable workflows. */
  const PRODUCIBILITY = '__tests__/fixtures/workflows/producibility'

  test('a matrix caller with inputs in the callees’ names, nested, include and exclude', async () => {
    const read = await readWorkflows(await Workspace.open(PRODUCIBILITY))
    const r = deriveCheckNames(read, { resolveLocal: localResolver(read) })
    const names = (workflow: string): string[] =>
      r.checks.filter((c) => c.workflow === wf(workflow)).map((c) => c.name)
    expect(names('build.yml')).toEqual([
      'build (linux) / Compile linux',
      'build (linux) / e2e',
      'build (linux) / package / Package linux',
      'build (windows) / Compile windows',
      'build (windows) / e2e',
      'build (windows) / package / Package windows'
    ])
    // exclude drops (windows-latest, 20); include adds a combination of its own, all its values
    // shown; a matrix job with an if: also reports its unexpanded name when skipped.
    expect(names('ci.yml').filter((n) => n.startsWith('test'))).toEqual([
      'test',
      'test (ubuntu-latest, 20)',
      'test (ubuntu-latest, 22)',
      'test (ubuntu-latest, 24, true)',
      'test (windows-latest, 22)'
    ])
    // The callee's `if: inputs.e2e` is kept with the inputs of each call (docs: "Reusing
    // workflows"; jobs.<job_id>.if may read inputs).
    const e2e = r.checks.find((c) => c.name === 'build (windows) / e2e')
    expect(e2e?.conditions?.map((c) => [c.role, c.job, c.text, c.inputs?.get('e2e')])).toEqual([
      ['own', 'e2e', 'inputs.e2e', { value: false }]
    ])
    expect(e2e?.on.events.map((e) => e.event)).toEqual(['pull_request', 'merge_group'])
    // A job that needs a conditional job carries that condition; !cancelled() stops it.
    expect(
      r.checks.find((c) => c.name === 'coverage-report')?.conditions?.map((c) => [c.role, c.job])
    ).toEqual([['needs', 'coverage']])
    expect(
      r.checks.find((c) => c.name === 'All green')?.conditions?.map((c) => [c.role, c.job])
    ).toEqual([['own', 'all-green']])
    expect(r.checks.find((c) => c.name === 'test')?.whenSkipped).toBe(true)
  })
})

// Issue 14: derivation costs linear in the workflow's size, within GitHub's documented limits.
describe('GitHub limits bound the derivation (issue 14)', () => {
  const list = (n: number): string => `[${Array.from({ length: n }, (_, i) => i).join(', ')}]`
  function matrixWorkflow(base: number, include: number, extra = 'x'): WorkflowFile {
    const lines = ['on: pull_request', 'jobs:', '  test:', '    runs-on: ubuntu-latest']
    lines.push('    strategy:', '      matrix:')
    if (base > 0) lines.push(`        a: ${list(base)}`, `        b: ${list(base)}`)
    lines.push('        include:')
    for (let i = 0; i < include; i++)
      lines.push(`          - a: ${i % 7}`, `            ${extra}: ${i}`)
    lines.push('    steps:', '      - run: echo')
    return { path: '.github/workflows/m.yml', text: `${lines.join('\n')}\n` }
  }
  function chain(levels: number, jobs: number): WorkflowFile[] {
    return Array.from({ length: levels }, (_, l) => {
      const lines = [l === 0 ? 'on: pull_request' : 'on: workflow_call', 'jobs:']
      for (let j = 0; j < jobs; j++) {
        lines.push(`  j${j}:`)
        if (l === levels - 1)
          lines.push('    runs-on: ubuntu-latest', '    steps:', '      - run: echo')
        else lines.push(`    uses: ./.github/workflows/w${l + 1}.yml`)
      }
      return { path: `.github/workflows/w${l}.yml`, text: `${lines.join('\n')}\n` }
    })
  }

  test('250 jobs that each need every earlier one: derived, conditions kept (review of issue 14)', () => {
    const lines = ['on: pull_request', 'jobs:']
    for (let j = 0; j < 250; j++) {
      lines.push(`  j${j}:`, '    runs-on: ubuntu-latest', '    steps: [{ run: echo }]')
      if (j > 0)
        lines.push(`    needs: [${Array.from({ length: j }, (_, i) => `j${i}`).join(', ')}]`)
      if (j === 3) lines.push("    if: github.event_name == 'pull_request'")
    }
    const r = deriveCheckNames([{ path: '.github/workflows/n.yml', text: `${lines.join('\n')}\n` }])
    expect(r.unresolved).toEqual([])
    expect(r.checks).toHaveLength(250)
    const byName = new Map(r.checks.map((c) => [c.name, c]))
    expect(byName.get('j2')?.conditions).toBeUndefined()
    // Every job after j3 runs only when j3 ran: its condition comes with it.
    expect(byName.get('j249')?.conditions?.map((c) => c.job)).toEqual(['j3'])
  })

  test('conditions worked out once per job come in the order of a depth-first walk of needs', () => {
    // Reference: the walk GitHub's docs describe, written plainly (own `if:`, then each needed
    // job's in `needs:` order, transitively, each job once; always() stops the walk).
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            needs: fc.uniqueArray(fc.nat(11), { maxLength: 4 }),
            cond: fc.constantFrom(undefined, 'a', 'always()')
          }),
          { minLength: 1, maxLength: 12 }
        ),
        (spec) => {
          const jobs = spec.map((j, i) => ({
            id: `j${i}`,
            needs: j.needs.filter((n) => n < i).map((n) => `j${n}`),
            cond: j.cond === 'a' ? `github.ref == 'refs/heads/x${i}'` : j.cond
          }))
          const byId = new Map(jobs.map((j) => [j.id, j]))
          const expected = (id: string): string[] => {
            const out: string[] = []
            const seen = new Set<string>()
            const walk = (j: (typeof jobs)[number]): void => {
              if (seen.has(j.id)) return
              seen.add(j.id)
              if (j.cond) out.push(j.id)
              if (j.cond === 'always()') return
              for (const n of j.needs) walk(byId.get(n) as (typeof jobs)[number])
            }
            walk(byId.get(id) as (typeof jobs)[number])
            return out
          }
          const lines = ['on: pull_request', 'jobs:']
          for (const j of jobs) {
            lines.push(`  ${j.id}:`, '    runs-on: ubuntu-latest', '    steps: [{ run: echo }]')
            if (j.needs.length > 0) lines.push(`    needs: [${j.needs.join(', ')}]`)
            if (j.cond) lines.push(`    if: \${{ ${j.cond} }}`)
          }
          const r = deriveCheckNames([
            { path: '.github/workflows/p.yml', text: `${lines.join('\n')}\n` }
          ])
          for (const j of jobs) {
            const c = r.checks.find((x) => x.name === j.id)
            expect([j.id, (c?.conditions ?? []).map((x) => x.job)]).toEqual([j.id, expected(j.id)])
          }
        }
      ),
      { numRuns: 150 }
    )
  })

  test('1,000 include entries over a 160 × 160 matrix: over 256 jobs, named as GitHub’s limit', () => {
    const r = deriveCheckNames([matrixWorkflow(160, 1000)])
    expect(r.checks).toEqual([])
    expect(r.unresolved).toHaveLength(1)
    expect(r.unresolved[0]?.reason).toContain('more than 256 jobs; GitHub allows at most 256')
    // What is known of the names is kept: `test (…)`.
    expect(r.unresolved[0]?.names?.shown).toBe('test (…)')
  })

  test('5,000 include entries over a 160 × 160 matrix finish with the same message', () => {
    const r = deriveCheckNames([matrixWorkflow(160, 5000)])
    expect(r.unresolved[0]?.reason).toContain('more than 256 jobs')
  })

  test('5,000 include entries that extend a 16 × 16 matrix give its 256 checks', () => {
    const r = deriveCheckNames([matrixWorkflow(16, 5000)])
    expect(r.unresolved).toEqual([])
    expect(r.checks).toHaveLength(256)
    expect(r.checks.map((c) => c.name)).toContain('test (0, 0)')
  })

  test('include entries that add combinations count towards the 256', () => {
    const lines = ['on: push', 'jobs:', '  t:', '    runs-on: ubuntu-latest']
    lines.push('    strategy:', '      matrix:', '        include:')
    for (let i = 0; i < 257; i++) lines.push(`          - v: ${i}`)
    lines.push('    steps: [{run: echo}]')
    const over = deriveCheckNames([{ path: '.github/workflows/i.yml', text: lines.join('\n') }])
    expect(over.unresolved[0]?.reason).toContain('more than 256 jobs')
    const at = deriveCheckNames([
      {
        path: '.github/workflows/i.yml',
        text: lines.filter((l) => l !== '          - v: 256').join('\n')
      }
    ])
    expect(at.checks).toHaveLength(256)
  })

  test('3 levels × 256 jobs of reusable workflows: past 50,000 check runs, the workflow is unresolved', () => {
    const r = deriveCheckNames(chain(3, 256))
    expect(r.checks).toEqual([])
    expect(r.unresolved).toHaveLength(1)
    expect(r.unresolved[0]).toMatchObject({ workflow: '.github/workflows/w0.yml', job: '' })
    expect(r.unresolved[0]?.reason).toContain('at most 50000 check runs per check suite')
    // GitHub runs the workflow: any of its names may appear, so none is ruled out.
    expect(r.unresolved[0]?.names).toBeUndefined()
  })

  test('2 levels × 100 jobs stay within the limits and give every `caller / callee` name', () => {
    const r = deriveCheckNames(chain(2, 100))
    expect(r.unresolved).toEqual([])
    expect(r.checks).toHaveLength(100 * 100)
    expect(r.checks.map((c) => c.name)).toContain('j99 / j0')
  })

  test('more than 50 unique reusable workflows from one file is refused, as GitHub refuses it', () => {
    const callees = Array.from({ length: 51 }, (_, i) => ({
      path: `.github/workflows/c${i}.yml`,
      text: 'on: workflow_call\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps: [{run: echo}]\n'
    }))
    const top = {
      path: '.github/workflows/top.yml',
      text: `on: push\njobs:\n${callees.map((_, i) => `  j${i}:\n    uses: ./.github/workflows/c${i}.yml`).join('\n')}\n`
    }
    const r = deriveCheckNames([top, ...callees])
    expect(r.checks).toEqual([])
    expect(r.unresolved[0]?.reason).toContain('more than 50 unique reusable workflows')
    expect(r.unresolved[0]?.names?.alternatives).toEqual([])
    const fifty = deriveCheckNames([
      { ...top, text: top.text.replace(/\n {2}j50:\n.*c50\.yml/, '') },
      ...callees
    ])
    expect(fifty.unresolved).toEqual([])
    expect(fifty.checks).toHaveLength(50)
  })

  test('a self-referencing anchor and a long `needs:` chain finish', () => {
    const self = deriveCheckNames([
      {
        path: '.github/workflows/s.yml',
        text: 'on: push\njobs:\n  a: &j\n    runs-on: ubuntu-latest\n    env: &e {X: *e}\n    steps: [{run: echo}]\n'
      }
    ])
    expect(self.checks.length + self.unresolved.length).toBeGreaterThan(0)
    const jobs = Array.from(
      { length: 3000 },
      (_, i) =>
        `  j${i}:\n    runs-on: ubuntu-latest\n    if: github.ref == 'refs/heads/x'\n${i ? `    needs: j${i - 1}\n` : ''}    steps: [{run: echo}]`
    )
    const r = deriveCheckNames([
      { path: '.github/workflows/n.yml', text: `on: push\njobs:\n${jobs.join('\n')}\n` }
    ])
    // Each job runs under its own and every needed job's condition: 4.5 million in all, past
    // gonogo's step limit, so the workflow is reported, not derived for minutes.
    expect(MAX_DERIVATION_STEPS).toBeLessThan(4_500_000)
    expect(r.unresolved[0]?.reason).toContain(`takes more than ${MAX_DERIVATION_STEPS} steps`)
  })
})
