// Workflows GitHub parses but then refuses ("The workflow is not valid"), found with the checks
// of GitHub's own parser (`convertWorkflowTemplate`, @actions/workflow-parser) and the filter
// rule of the workflow syntax docs. Inputs are hand-written, each after the public run page or
// issue that shows GitHub's message (break test of 2026-11-30).
import { parseWorkflowFile } from '../src/workflow/parse.js'
import { deriveCheckNames } from '../src/checks/check-names.js'

const wf = (jobs: string, on = 'pull_request'): string =>
  `on: ${on}\npermissions: {}\njobs:\n${jobs}`
const job = (id: string, extra = ''): string =>
  `  ${id}:\n    runs-on: ubuntu-latest\n${extra}    steps:\n      - run: echo hi\n`

function refusal(text: string): { error: string; line?: number } {
  const r = parseWorkflowFile({ path: '.github/workflows/ci.yml', text })
  if (r.ok) throw new Error('expected a refusal')
  return { error: r.error, ...(r.line !== undefined ? { line: r.line } : {}) }
}

describe('workflows GitHub refuses after parsing', () => {
  test.each([
    [
      // apache/buildstream#1736: "Job 'x' depends on unknown job 'y'"
      'needs naming an unknown job',
      wf(job('test') + job('gate', '    needs: [tset]\n')),
      "Job 'gate' depends on unknown job 'tset'",
      10
    ],
    [
      // canonical/mlflow-operator#396: a needs cycle leaves no job to start with
      'a needs cycle',
      wf(job('a', '    needs: b\n') + job('b', '    needs: a\n')),
      'The workflow must contain at least one job with no dependencies',
      4
    ],
    ['a job id with a dot', wf(job('test.unit')), "The identifier 'test.unit' is invalid", 4],
    ['a job id starting with a digit', wf(job('1st')), "The identifier '1st' is invalid", 4],
    [
      'a job if: that is not an expression',
      wf(job('a', "    if: github.event_name == 'push' ||\n")),
      "Unexpected end of expression: '||'",
      6
    ]
  ])('%s', (_name, text, message, line) => {
    const r = refusal(text)
    expect(r.error).toContain(`GitHub would refuse this workflow: ${message}`)
    expect(r.line).toBe(line)
  })

  test.each([
    ['branches', 'branches-ignore'],
    ['tags', 'tags-ignore'],
    ['paths', 'paths-ignore']
  ])('an event with both %s and %s', (only, ignore) => {
    const text = wf(job('a'), `\n  push:\n    ${only}: [main]\n    ${ignore}: [dev]`)
    const r = refusal(text)
    expect(r.error).toContain(
      `on.push sets both \`${only}\` and \`${ignore}\` ("you may only define one of \`${only}\` and \`${ignore}\` for a single event")`
    )
    expect(r.line).toBe(4)
  })

  test('what GitHub accepts is read: needs chains, ids with - and _, one filter with ! patterns', () => {
    const text = wf(
      job('build_1') +
        job('test-unit', '    needs: build_1\n') +
        job('_gate', '    needs: [build_1, test-unit]\n'),
      "\n  pull_request:\n    branches: [main, '!main-old']\n    paths-ignore: [docs/**]"
    )
    expect(parseWorkflowFile({ path: '.github/workflows/ci.yml', text }).ok).toBe(true)
  })

  // The parser library is stricter than GitHub's service here; GitHub runs both (apache/arrow
  // cpp_extra.yml schedules with `cron: |`; r_nightly.yml has `default: 14`; break test).
  test('what only the editor library refuses is read: a cron block scalar, an input default of another type', () => {
    const cron = `on:\n  schedule:\n    - cron: |\n        0 0 * * *\npermissions: {}\njobs:\n${job('a')}`
    const input = `on:\n  workflow_dispatch:\n    inputs:\n      days:\n        default: 14\npermissions: {}\njobs:\n${job('a')}`
    for (const text of [cron, input])
      expect(parseWorkflowFile({ path: '.github/workflows/ci.yml', text }).ok).toBe(true)
  })

  // "Invalid workflow file … invalid `cron` attribute" (qiskit-community/prototype-quantum-
  // kernel-training#35, actions/starter-workflows#1475): GitHub refuses a cron it cannot read.
  test.each(['x y z', '0 0 * * 7', '0 0 2 1/1 * ? *', '$cron-daily'])(
    'an invalid cron (%s) is refused',
    (cron) => {
      const text = `on:\n  schedule:\n    - cron: '${cron}'\npermissions: {}\njobs:\n${job('a')}`
      expect(refusal(text).error).toContain('Invalid cron expression')
    }
  )

  // GitHub changelog 2026-06-25, "Actions steps can now be run in parallel"; electron/electron's
  // build pipeline backgrounds a step and waits for it (break test of 2026-11-30).
  test('background steps and waits GitHub runs are read', () => {
    const text = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Free up space\n        run: rm -rf /opt/hostedtoolcache\n        background: true\n      - name: Wait\n        wait-all:\n      - run: echo done\n`
    expect(parseWorkflowFile({ path: '.github/workflows/ci.yml', text })).toMatchObject({
      ok: true
    })
  })

  // GitHub runs these and ignores what it does not know: etcd's antithesis-test.yml (`type:
  // int`, a run linked in etcd-io/etcd#20216), helm's release.yml (`create: { tags }`),
  // opentelemetry's `merge_group: { paths }` (GitHub runs it on every queue entry).
  test('settings of an event GitHub ignores are not refusals; an unknown event is', () => {
    const ok = (on: string): void =>
      expect(
        parseWorkflowFile({ path: '.github/workflows/ci.yml', text: wf(job('a'), on) })
      ).toMatchObject({ ok: true })
    ok('\n  workflow_dispatch:\n    inputs:\n      n:\n        type: int\n        default: 3')
    ok('\n  create:\n    tags: [v*]')
    ok('\n  pull_request:\n    branches: [main]\n  merge_group:\n    paths: [src/**]')
    const r = refusal(wf(job('a'), '\n  pull_requests:\n    branches: [main]'))
    expect(r.error).toContain("Unexpected value 'pull_requests'")
    // A schedule's and a reusable workflow's settings are still checked.
    expect(refusal(wf(job('a'), "\n  schedule:\n    - crons: '0 0 * * *'")).error).toContain(
      "Unexpected value 'crons'"
    )
  })

  test('a refused workflow produces no check at all', () => {
    const files = [
      {
        path: '.github/workflows/ci.yml',
        text: wf(job('test') + job('gate', '    needs: [tset]\n'))
      },
      { path: '.github/workflows/ok.yml', text: wf(job('lint')) }
    ]
    const names = deriveCheckNames(files)
    expect(names.checks.map((c) => c.name)).toEqual(['lint'])
    expect(names.unresolved).toEqual([
      expect.objectContaining({
        workflow: '.github/workflows/ci.yml',
        reason: expect.stringContaining("Job 'gate' depends on unknown job 'tset'") as unknown
      })
    ])
  })
})
