/**
 * The pieces producibility is built from: GitHub's filter patterns (workflow/triggers.ts), job-level
 * `if:` evaluated per event (checks/job-condition.ts), and the names a job with an unknown name
 * could spell (checks/name-pattern.ts).
 */
import { describe, expect, test } from '@jest/globals'
import {
  evaluateJobCondition,
  overridesNeeds,
  type JobCondition
} from '../src/checks/job-condition.js'
import { couldBeNamed, splitTemplate } from '../src/checks/name-pattern.js'
import {
  compileFilterPattern,
  firesForMergeGroupInto,
  firesForPullRequestInto,
  patternsMatch
} from '../src/workflow/triggers.js'

describe('filter patterns, by the examples of GitHub’s "Filter pattern cheat sheet"', () => {
  // docs: "Workflow syntax for GitHub Actions" → "Filter pattern cheat sheet".
  const cases: [string[], string[], string[]][] = [
    [['feature/*'], ['feature/my-branch', 'feature/your-branch'], ['feature/beta-a/my-branch']],
    [
      ['feature/**'],
      ['feature/beta-a/my-branch', 'feature/your-branch', 'feature/mona/the/octocat'],
      ['features/x']
    ],
    [['main', 'releases/mona-the-octocat'], ['main', 'releases/mona-the-octocat'], ['mainline']],
    [['*'], ['main', 'releases'], ['releases/10']],
    [['**'], ['all/the/branches', 'every/tag'], []],
    [['*feature'], ['mona-feature', 'feature', 'ver-10-feature'], ['feature/x']],
    [['v2*'], ['v2', 'v2.0', 'v2.9'], ['v3']],
    [['v[12].[0-9]+.[0-9]+'], ['v1.10.1', 'v2.0.0'], ['v3.0.0', 'v1.x.1']],
    [['*.jsx?'], ['page.js', 'page.jsx'], ['page.jsxx']],
    [['**.js'], ['index.js', 'js/index.js', 'src/js/app.js'], ['index.ts']],
    [
      ['docs/**/*.md'],
      ['docs/README.md', 'docs/mona/hello-world.md', 'docs/a/markdown/file.md'],
      []
    ],
    [['**/README.md'], ['README.md', 'js/README.md'], ['READMEmd']],
    [
      ['**/migrate-*.sql'],
      ['migrate-10909.sql', 'db/migrate-v1.0.sql', 'db/sept/migrate-v1.sql'],
      []
    ],
    [['*.md', '!README.md'], ['hello.md'], ['README.md', 'docs/hello.md']],
    [['*.md', '!README.md', 'README*'], ['hello.md', 'README.md', 'README.doc'], []],
    [
      ['releases/**', '!releases/**-alpha'],
      ['releases/10', 'releases/beta/mona'],
      ['releases/10-alpha']
    ]
  ]
  test.each(cases)('%j', (patterns, yes, no) => {
    for (const name of yes) expect([name, patternsMatch(patterns, name)]).toEqual([name, true])
    for (const name of no) expect([name, patternsMatch(patterns, name)]).toEqual([name, false])
  })

  test('a pattern GitHub refuses is reported, not thrown', () => {
    expect(compileFilterPattern('release/[')).toEqual({
      error: "pattern 'release/[' has a '[' without its ']'"
    })
    expect(compileFilterPattern('v[%]')).toHaveProperty('error')
    expect(patternsMatch(['a\\'], 'a')).toHaveProperty('error')
  })
})

describe('which triggers reach a pull request into main, or its merge group', () => {
  // docs: "Events that trigger workflows" (pull_request, push, merge_group) and "Workflow syntax".
  test('pull_request filters on the base branch; types need opened and synchronize', () => {
    expect(firesForPullRequestInto({ event: 'pull_request', line: 2 }, 'main')).toEqual({
      fires: 'always'
    })
    expect(
      firesForPullRequestInto({ event: 'pull_request', line: 2, branches: ['dev'] }, 'main').fires
    ).toBe('never')
    expect(
      firesForPullRequestInto(
        { event: 'pull_request_target', line: 2, types: ['opened', 'synchronize'] },
        'main'
      ).fires
    ).toBe('always')
    expect(
      firesForPullRequestInto({ event: 'pull_request', line: 2, types: ['opened'] }, 'main')
    ).toMatchObject({ fires: 'sometimes', why: expect.stringContaining('without synchronize') })
  })

  test('push: never for main itself or tags only; sometimes for other branches', () => {
    expect(
      firesForPullRequestInto({ event: 'push', line: 3, branches: ['main', '!x'] }, 'main').fires
    ).toBe('never')
    expect(
      firesForPullRequestInto({ event: 'push', line: 3, tagsIgnore: ['v*'] }, 'main').fires
    ).toBe('never')
    expect(
      firesForPullRequestInto({ event: 'push', line: 3, branches: ['main', 'develop'] }, 'main')
        .fires
    ).toBe('sometimes')
    expect(firesForPullRequestInto({ event: 'push', line: 3 }, 'main').fires).toBe('sometimes')
  })

  // docs: "Managing a merge queue" (merge_group; pushes to gh-readonly-queue/<base>/…).
  test('merge groups: merge_group with checks_requested, or a push to the queue branch', () => {
    expect(firesForMergeGroupInto({ event: 'merge_group', line: 4 }, 'main').fires).toBe('always')
    expect(
      firesForMergeGroupInto({ event: 'merge_group', line: 4, types: ['destroyed'] }, 'main').fires
    ).toBe('never')
    expect(
      firesForMergeGroupInto(
        { event: 'push', line: 5, branches: ['gh-readonly-queue/main/**'] },
        'main'
      ).fires
    ).toBe('always')
    expect(
      firesForMergeGroupInto({ event: 'push', line: 5, branches: ['main'] }, 'main').fires
    ).toBe('never')
    expect(firesForMergeGroupInto({ event: 'pull_request', line: 2 }, 'main').fires).toBe('never')
  })
})

describe('job-level if: for one event (docs: "Using conditions to control job execution")', () => {
  const cond = (expr: string, inputs?: JobCondition['inputs']): JobCondition => ({
    workflow: '.github/workflows/ci.yml',
    job: 'j',
    line: 5,
    role: 'own',
    text: expr,
    expr,
    ...(inputs ? { inputs } : {})
  })
  const pr = { event: 'pull_request', baseRef: 'main', repository: 'acme/shop' }

  test.each([
    ["github.event_name == 'pull_request'", true],
    ["github.event_name == 'push'", false],
    ["github.event_name == 'push' && needs.a.outputs.x == 'y'", false],
    ["github.event_name == 'pull_request' || needs.a.outputs.x", true],
    ["!(github.event_name == 'push')", true],
    ['always()', true],
    ['!cancelled()', true],
    ['failure()', false],
    ["success() && github.base_ref == 'main'", true],
    ["github.repository == 'acme/shop'", true],
    ["github.repository_owner != 'acme'", false],
    ["format('{0}', github.event_name) == 'push'", false],
    ["startsWith(github.base_ref, 'release/')", false],
    ['inputs.deploy', false]
  ])('%s → %s', (expr, truth) => {
    expect(evaluateJobCondition(cond(expr), pr)).toEqual({ truth })
  })

  test('what is only known at run time is named', () => {
    expect(evaluateJobCondition(cond("needs.changes.outputs.src == 'true'"), pr)).toEqual({
      truth: 'unknown',
      why: 'reads `needs.changes.outputs.src`, only known when the workflow runs'
    })
    expect(
      evaluateJobCondition(cond("contains(github.event.pull_request.labels.*.name, 'x')"), pr)
    ).toMatchObject({ truth: 'unknown' })
    expect(evaluateJobCondition(cond('matrix.os'), pr)).toMatchObject({
      truth: 'unknown',
      why: expect.stringContaining('a job-level if: cannot read')
    })
    expect(evaluateJobCondition(cond('github.event_name =='), pr)).toMatchObject({
      truth: 'unknown',
      why: expect.stringContaining('is not a valid expression')
    })
  })

  test('a called workflow’s inputs come from its caller', () => {
    const inputs = new Map([
      ['e2e', { value: true }],
      [
        'env',
        { unknown: 'input "env" is set to ${{ needs.a.outputs.env }}, only known at run time' }
      ]
    ])
    expect(evaluateJobCondition(cond('inputs.e2e', inputs), pr)).toEqual({ truth: true })
    expect(evaluateJobCondition(cond("inputs.env == 'prod'", inputs), pr)).toMatchObject({
      truth: 'unknown'
    })
  })

  test('always(), failure() and cancelled() make a job run whatever its needs did', () => {
    expect(overridesNeeds('always()')).toBe(true)
    expect(overridesNeeds('!Cancelled()')).toBe(true)
    expect(overridesNeeds("success() && github.event_name == 'push'")).toBe(false)
    expect(overridesNeeds("contains('always()', 'x')")).toBe(false)
  })
})

describe('names a job with an unknown name could report under', () => {
  test('known text around a wildcard; nothing else', () => {
    const p = { shown: 'lint (${{ matrix.tool }})', alternatives: [['lint (', null, ')']] }
    expect(couldBeNamed(p, 'lint (eslint)')).toBe(true)
    expect(couldBeNamed(p, 'lint ()')).toBe(true)
    expect(couldBeNamed(p, 'deploy')).toBe(false)
    expect(couldBeNamed(p, 'lint (eslint) / x')).toBe(false)
    expect(couldBeNamed({ shown: 'none', alternatives: [] }, 'anything')).toBe(false)
  })

  test('a required name cut at 100 characters matches the start of a longer one', () => {
    const p = { shown: 'e2e (…)', alternatives: [['e2e (', null, ')']] }
    const cut = `e2e (${'x'.repeat(92)}...`
    expect(cut).toHaveLength(100)
    expect(couldBeNamed(p, cut)).toBe(true)
    expect(couldBeNamed(p, `f2e (${'x'.repeat(92)}...`)).toBe(false)
  })

  test('templates split by GitHub’s grammar: a quoted }} does not end an expression', () => {
    expect(splitTemplate("Test ${{ matrix.os }} on ${{ format('{0}}}', matrix.v) }}!")).toEqual([
      'Test ',
      { expr: 'matrix.os' },
      ' on ',
      { expr: "format('{0}}}', matrix.v)" },
      '!'
    ])
  })
})
