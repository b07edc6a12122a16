import { execFileSync } from 'node:child_process'
import { chmod, cp, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BuiltinContext } from '../src/checks/builtin-contract.js'
import { runWorkflowLint } from '../src/checks/workflow-lint/run.js'
import { unpinnedReason } from '../src/checks/workflow-lint/rules.js'
import { extractScripts, withPlaceholders } from '../src/checks/workflow-lint/scripts.js'
import { resolveSettings } from '../src/checks/workflow-lint/settings.js'
import { attackerControlled } from '../src/checks/workflow-lint/taint.js'
import { walkWorkflows } from '../src/checks/workflow-lint/walk.js'
import { dataflowPaths } from '../src/workflow/dataflow.js'
import { readWorkflowModel, type WorkflowModel } from '../src/workflow/model.js'
import type { Report, ReportCheck } from '../src/core/report.js'
import { workspaceWithFacts } from './support/facts-repo.js'
import { validatePolicy } from '../src/generated/validators.js'
import { parse as parseYaml } from 'yaml'

const FIXTURES = path.resolve('__tests__/fixtures/workflow-lint')
const SHA = 'a'.repeat(40)

let dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
  dirs = []
})

async function tempDir(): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), 'gonogo-wl-'))
  dirs.push(d)
  return d
}

/**
 * A repository whose .github/workflows holds the given files (fixture names or literal text), and
 * other files by their repository path (local actions).
 */
async function repo(
  files: Record<string, string | Buffer>,
  other: Record<string, string> = {}
): Promise<string> {
  const dir = await tempDir()
  await mkdir(path.join(dir, '.github/workflows'), { recursive: true })
  for (const [name, content] of Object.entries(files))
    await writeFile(path.join(dir, '.github/workflows', name), content)
  for (const [rel, content] of Object.entries(other)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true })
    await writeFile(path.join(dir, rel), content)
  }
  return dir
}

async function fixture(name: string): Promise<string> {
  return readFile(path.join(FIXTURES, name), 'utf8')
}

async function lint(dir: string, settings?: unknown): Promise<Report> {
  const ctx: BuiltinContext = {
    ...(await workspaceWithFacts(dir)),
    policy: { version: 1, controls: [] } as unknown as BuiltinContext['policy'],
    settings,
    subject: { repository: 'acme/shop', sha: SHA, ref: 'refs/heads/main' },
    effectiveTime: Date.parse('2026-11-21T00:00:00Z'),
    log: () => {}
  }
  return runWorkflowLint(ctx)
}

function model(text: string, file = '.github/workflows/w.yml'): WorkflowModel {
  const r = readWorkflowModel({ path: file, text })
  if (!r.ok) throw new Error(r.error)
  return r.model
}

function byRule(r: Report, rule: string): ReportCheck[] {
  return r.checks.filter((c) => c.id === rule || c.id.startsWith(`${rule}/`))
}

function failedLines(r: Report, rule: string): number[] {
  return byRule(r, rule)
    .filter((c) => c.status === 'failed')
    .map((c) => c.location?.line ?? 0)
    .sort((a, b) => a - b)
}

describe('workflow-lint on realistic workflows', () => {
  test('a pinned, permission-scoped matrix workflow with valid heredocs passes every rule', async () => {
    const r = await lint(
      await repo(
        { 'ci.yml': await fixture('ci-matrix.yml') },
        { '.github/actions/cache-deps/action.yml': await fixture('actions/cache-deps/action.yml') }
      )
    )
    expect(r.checks.filter((c) => c.status !== 'passed')).toEqual([])
    expect(r.status).toBe('passed')
    expect(r.checks.map((c) => c.id)).toEqual([
      'missing-permissions',
      'script-injection',
      'script-syntax',
      'unpinned-action',
      'untrusted-checkout',
      'workflow-parse'
    ])
    // bash blocks (the composite action's too), the python heredoc and the node -e code
    expect(byRule(r, 'script-syntax')[0]?.message).toMatch(/5 bash, 1 node, 1 python/)
    expect(r.facts).toMatchObject({ workflows: 1, jobs: 2, composite_actions: 1 })
  })

  test('a python heredoc with a syntax error on line 13 is a finding at line 13', async () => {
    const r = await lint(await repo({ 'release.yml': await fixture('release-heredoc.yml') }))
    expect(r.status).toBe('failed')
    const [f] = byRule(r, 'script-syntax')
    expect(f).toMatchObject({
      id: 'script-syntax/.github/workflows/release.yml:13',
      status: 'failed',
      location: { file: '.github/workflows/release.yml', line: 13 }
    })
    expect(f?.message).toMatch(/python syntax error in job 'notes' step 1, heredoc PY/)
    expect(f?.remediation).toMatch(/line 13/)
  })

  test('bash errors map to the workflow line, and ${{ }} expressions do not cause false errors', async () => {
    const wf = [
      'on: push', //                                       1
      'permissions: {}', //                                2
      'jobs:', //                                          3
      '  build:', //                                       4
      '    runs-on: ubuntu-latest', //                     5
      '    steps:', //                                     6
      '      - run: |', //                                 7
      '          if [ "${{ inputs.mode }}" = fast ]; then', // 8
      '            echo ${{ github.sha }}', //             9
      '          fi', //                                   10
      '          for x in a b; do', //                     11
      '            echo $x', //                            12
      '          done done', //                            13
      '      - run: echo ok' //                            14
    ].join('\n')
    const r = await lint(await repo({ 'build.yml': wf }))
    expect(failedLines(r, 'script-syntax')).toEqual([13])
    expect(byRule(r, 'script-syntax')[0]?.message).toMatch(/bash syntax error.*unexpected token/)
  })

  test('shell: python steps, python3 -c and node -e code are checked by their interpreters', async () => {
    const wf = `on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - shell: python
        run: |
          import os
          print(os.environ["HOME"]
      - run: python3 -c 'import sys; print(sys.argv[1:]'
      - run: |
          echo start
          node -e 'const a = [1, 2;'
      - run: node -e 'console.log("fine")'
      - run: |
          node --input-type=module -e '
            import { readFileSync } from "node:fs"
            console.log(readFileSync)
          '
      - run: node -e 'import fs from "node:fs"; console.log(await fs.promises.readdir("."))'
      - run: node --input-type=commonjs -e 'import fs from "node:fs"'
      - shell: node {0}
        run: |
          const x = 1
          if (x) {
`
    const r = await lint(await repo({ 'multi.yml': wf }))
    const lines = failedLines(r, 'script-syntax')
    // withastro/astro runs ES-module code with node --input-type=module -e: fine; without the
    // flag Node detects module syntax (since 20.19 / 22.7); with commonjs it is an error.
    expect(lines).toEqual([10, 11, 14, 22, 26])
    const messages = byRule(r, 'script-syntax').map((c) => c.message)
    expect(messages.some((m) => /python syntax error in job 'build' step 1, run/.test(m))).toBe(
      true
    )
    expect(messages.some((m) => /node syntax error.*node -e/.test(m))).toBe(true)
  })

  test('a Windows-only job is left to PowerShell, not bash -n', async () => {
    const wf = `on: push
permissions: {}
jobs:
  win:
    runs-on: windows-latest
    steps:
      - run: Get-ChildItem | ForEach-Object { $_.Name }
  mixed:
    runs-on: \${{ matrix.os }}
    strategy: { matrix: { os: [windows-latest, ubuntu-latest] } }
    steps:
      - run: echo "unbalanced
`
    const r = await lint(await repo({ 'win.yml': wf }))
    const syntax = byRule(r, 'script-syntax')
    // the mixed matrix also runs bash: its unbalanced quote is a finding; the pwsh step is not,
    // and neither is the mixed step's run on Windows (PowerShell has no checker here)
    expect(failedLines(r, 'script-syntax')).toEqual([12])
    expect(r.facts).toMatchObject({
      scripts_not_checked: 2,
      scripts_not_checked_by_shell: { pwsh: 2 }
    })
    expect(syntax.length).toBe(1)
  })

  test('attacker-controlled contexts in run: and github-script are script injection, at their line', async () => {
    const r = await lint(await repo({ 'triage.yml': await fixture('triage.yml') }))
    const inj = byRule(r, 'script-injection')
    expect(inj.map((c) => c.location?.line)).toEqual([16, 25])
    expect(inj[0]?.message).toMatch(/github\.event\.comment\.body/)
    expect(inj[1]?.message).toMatch(/github\.event\.issue\.title.*github-script/)
    expect(inj[0]?.remediation).toMatch(/env/)
    // the issue number (line 15) and the env: indirection (line 19) are not findings
    expect(r.status).toBe('failed')
  })

  test('github.head_ref in run: is script injection', async () => {
    const wf = `on: pull_request
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: git push origin HEAD:\${{ github.head_ref }}
`
    const r = await lint(await repo({ 'a.yml': wf }))
    expect(failedLines(r, 'script-injection')).toEqual([7])
  })

  test('pull_request_target checking out the PR head is an untrusted checkout at the ref line', async () => {
    const r = await lint(await repo({ 'preview.yml': await fixture('pr-target.yml') }))
    const [f] = byRule(r, 'untrusted-checkout')
    expect(f).toMatchObject({ status: 'failed', location: { line: 14 } })
    expect(f?.message).toMatch(/pull_request_target workflow checks out pull-request code/)
  })

  test('a checkout naming the PR head by both repository and ref is one finding, quoting both', async () => {
    const wf = `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          repository: \${{ github.event.pull_request.head.repo.full_name }}
          ref: \${{ github.event.pull_request.head.ref }}
`
    const found = byRule(await lint(await repo({ 'a.yml': wf })), 'untrusted-checkout')
    expect(found.map((c) => c.location?.line)).toEqual([10])
    expect(found[0]?.message).toContain(
      'ref: ${{ github.event.pull_request.head.ref }}, repository:'
    )
  })

  test('the same checkout under pull_request, or a workflow_run checking out its head branch', async () => {
    const pr = (await fixture('pr-target.yml')).replace('pull_request_target:', 'pull_request:')
    const run = `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.workflow_run.head_branch }}
`
    const r = await lint(await repo({ 'pr.yml': pr, 'run.yml': run }))
    const found = byRule(r, 'untrusted-checkout')
    expect(found.map((c) => `${c.location?.file}:${c.location?.line}`)).toEqual([
      '.github/workflows/run.yml:12'
    ])
  })

  // CodeQL actions/untrusted-checkout (GhMutableRefCheckout, GitMutableRefCheckout): the same
  // checkout written as shell (break test of 2026-11-30).
  test('a run: script that checks out the PR head in a pull_request_target workflow', async () => {
    const wf = `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      HEAD_SHA: \${{ github.event.pull_request.head.sha }}
    steps:
      - run: gh pr checkout \${{ github.event.pull_request.number }}
      - run: |
          git fetch origin pull/\${{ github.event.number }}/head
          git checkout FETCH_HEAD
      - run: git checkout \${{ github.event.pull_request.head.sha }}
      - run: git fetch origin main && git checkout main
      - run: echo "\${{ github.event.pull_request.head.sha }}" > sha.txt
      - run: git checkout "$HEAD_SHA"
      - run: |
          git fetch origin \\
            pull/\${{ github.event.number }}/head:pr
          git switch pr
      - run: git clone "https://github.com/\${{ github.event.pull_request.head.repo.full_name }}" pr
      - run: git checkout -b "preview-\${{ github.head_ref }}"
      - run: git checkout -b preview "$HEAD_SHA"
      - run: |
          # never use gh pr checkout here
          echo "run gh pr checkout 123 locally to test"
          git fetch --depth=1 origin "$HEAD_SHA"
          git diff --stat HEAD FETCH_HEAD
`
    const r = await lint(await repo({ 'a.yml': wf }))
    expect(failedLines(r, 'untrusted-checkout')).toEqual([9, 12, 13, 16, 20, 21, 23])
    expect(byRule(r, 'untrusted-checkout')[0]?.message).toContain(
      'checks out pull-request code in a run: script'
    )
    // The same steps under pull_request run without secrets: not a finding.
    const pr = await lint(
      await repo({ 'a.yml': wf.replace('pull_request_target', 'pull_request') })
    )
    expect(failedLines(pr, 'untrusted-checkout')).toEqual([])
  })

  test('actions not pinned to a full SHA are findings; SHA pins, local actions and digests are not', async () => {
    const wf = `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@39370e3
      - uses: someone/tool@main
      - uses: docker://alpine:3.20
      - uses: someone/tool@39370e3970a6d050c480ffad4ff0ed4d3fdee5af
      - uses: ./local-action
      - uses: docker://alpine@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a
  reuse:
    uses: acme/workflows/.github/workflows/release.yml@v1
`
    const r = await lint(await repo({ 'a.yml': wf }))
    expect(failedLines(r, 'unpinned-action')).toEqual([7, 8, 9, 10, 15])
    const at = (line: number): ReportCheck | undefined =>
      byRule(r, 'unpinned-action').find((c) => c.location?.line === line)
    expect(at(8)?.message).toMatch(/short SHA/)
    expect(at(10)?.message).toMatch(/docker image referenced by tag/)
    expect(at(15)?.message).toMatch(/job 'reuse' uses acme\/workflows.*movable ref 'v1'/)
    expect(at(7)?.remediation).toMatch(/actions\/checkout@<40-hex sha> # v4/)

    const allowed = await lint(await repo({ 'a.yml': wf }), { allow_unpinned: ['actions/*'] })
    expect(failedLines(allowed, 'unpinned-action')).toEqual([9, 10, 15])
  })

  test('a workflow without top-level permissions is a finding unless every job declares its own', async () => {
    const none = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps: [{ run: echo }]
  b:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps: [{ run: echo }]
`
    const r = await lint(await repo({ 'none.yml': none }))
    const [f] = byRule(r, 'missing-permissions')
    expect(f).toMatchObject({ status: 'failed', location: { line: 1 } })
    expect(f?.message).toMatch(/job 'a' declares none/)

    const perJob = none.replace(
      '  a:\n    runs-on: ubuntu-latest\n',
      '  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n'
    )
    const ok = await lint(await repo({ 'none.yml': perJob }))
    expect(byRule(ok, 'missing-permissions')).toEqual([
      expect.objectContaining({ id: 'missing-permissions', status: 'passed' })
    ])

    // Docs "Reusing workflows" → "Access and permissions": a called workflow runs with its
    // caller's GITHUB_TOKEN and can only narrow it, so the caller's permissions are what count.
    const callee = none.replace(/^on: .*$/m, 'on: workflow_call')
    expect(callee).toContain('on: workflow_call')
    const called = await lint(await repo({ 'callee.yml': callee }))
    expect(byRule(called, 'missing-permissions')).toEqual([
      expect.objectContaining({ id: 'missing-permissions', status: 'passed' })
    ])
  })
})

describe('severity settings', () => {
  test('warning keeps a finding in the report as passed; off removes the rule', async () => {
    const dir = await repo({ 'triage.yml': await fixture('triage.yml') })
    const r = await lint(dir, {
      severity: { 'script-injection': 'warning', 'unpinned-action': 'off' }
    })
    expect(r.status).toBe('passed')
    const inj = byRule(r, 'script-injection')
    expect(inj.length).toBe(2)
    expect(inj.every((c) => c.status === 'passed' && c.message.startsWith('warning: '))).toBe(true)
    expect(byRule(r, 'unpinned-action')).toEqual([])
  })
})

describe('missing interpreters and bad input fail closed', () => {
  test('a missing python3 makes the python checks unverified, naming the tool', async () => {
    const dir = await repo({ 'release.yml': await fixture('release-heredoc.yml') })
    const r = await lint(dir, { interpreters: { python: 'python3-not-installed-gonogo' } })
    expect(r.status).toBe('unverified')
    const [u] = byRule(r, 'script-syntax').filter((c) => c.status === 'unverified')
    expect(u?.message).toMatch(
      /1 python script not checked: python3-not-installed-gonogo was not found/
    )
    expect(u?.unlock).toMatch(/python3 on PATH/)
    expect(u?.location).toEqual({ file: '.github/workflows/release.yml', line: 12 })
  })

  test('a timeout is unverified, not passed', async () => {
    const dir = await tempDir()
    const slow = path.join(dir, 'slow-bash')
    await writeFile(slow, '#!/bin/sh\nsleep 5\n')
    await chmod(slow, 0o755)
    const ws = await repo({
      'a.yml':
        'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo hi }]\n'
    })
    const r = await lint(ws, { interpreters: { bash: slow }, timeout_seconds: 0.3 })
    const [u] = byRule(r, 'script-syntax').filter((c) => c.status === 'unverified')
    expect(u?.message).toMatch(/took longer than 0.3 s/)
    expect(r.status).toBe('unverified')
  })

  test('invalid YAML, binary, oversized and non-workflow files are findings naming the file and line', async () => {
    const dir = await repo({
      'broken.yml': 'on: push\njobs:\n  a:\n    steps: [\n      - run: echo\n',
      'binary.yml': Buffer.from([0x6f, 0x6e, 0x3a, 0x00, 0xff, 0xfe]),
      'huge.yaml': `on: push\n# ${'x'.repeat(1024 * 1024 + 10)}\n`,
      'list.yml': '- a\n- b\n',
      'nojobs.yml': 'on: push\nname: x\n'
    })
    const r = await lint(dir)
    const parse = byRule(r, 'workflow-parse').filter((c) => c.status === 'failed')
    const byFile: Record<string, ReportCheck> = Object.fromEntries(
      parse.map((c): [string, ReportCheck] => [c.location?.file ?? '', c])
    )
    expect(Object.keys(byFile).sort()).toEqual([
      '.github/workflows/binary.yml',
      '.github/workflows/broken.yml',
      '.github/workflows/huge.yaml',
      '.github/workflows/list.yml',
      '.github/workflows/nojobs.yml'
    ])
    expect(byFile['.github/workflows/binary.yml']?.message).toMatch(/binary data/)
    expect(byFile['.github/workflows/huge.yaml']?.message).toMatch(/over the 1\.0 MiB limit/)
    // read by GitHub's own parser: its message, at the line it names
    expect(byFile['.github/workflows/broken.yml']?.message).toMatch(
      /GitHub would refuse this workflow: Block collections are not allowed/
    )
    expect(byFile['.github/workflows/broken.yml']?.location?.line).toBeGreaterThan(1)
    expect(byFile['.github/workflows/nojobs.yml']?.message).toMatch(/jobs/)
    expect(byFile['.github/workflows/list.yml']?.message).toMatch(/GitHub would refuse/)
    expect(parse.every((c) => c.remediation)).toBe(true)
    expect(r.status).toBe('failed')
  })

  test('a workflow that is a symbolic link out of the workspace is refused', async () => {
    const outside = await tempDir()
    await writeFile(path.join(outside, 'secret.yml'), 'on: push\njobs: {}\n')
    const dir = await repo({})
    await symlink(path.join(outside, 'secret.yml'), path.join(dir, '.github/workflows/evil.yml'))
    const r = await lint(dir)
    const [f] = byRule(r, 'workflow-parse')
    expect(f).toMatchObject({ status: 'failed', location: { file: '.github/workflows/evil.yml' } })
    expect(f?.message).toMatch(/symbolic link that leads outside the workspace/)
  })

  test('a .github/workflows folder that links out of the workspace is refused', async () => {
    const outside = await tempDir()
    await writeFile(path.join(outside, 'ci.yml'), 'on: push\njobs: {}\n')
    const dir = await tempDir()
    await mkdir(path.join(dir, '.github'))
    await symlink(outside, path.join(dir, '.github/workflows'))
    const r = await lint(dir)
    expect(r.status).toBe('failed')
    expect(byRule(r, 'workflow-parse')[0]?.message).toMatch(/outside the workspace/)
  })

  test('an unreadable workflow is a finding, not a crash', async () => {
    if (process.getuid?.() === 0) return // root reads anything; nothing to prove here
    const dir = await repo({ 'locked.yml': 'on: push\njobs: {}\n' })
    await chmod(path.join(dir, '.github/workflows/locked.yml'), 0o000)
    const r = await lint(dir)
    expect(byRule(r, 'workflow-parse')[0]?.message).toMatch(/cannot be opened/)
  })

  test('a repository without workflows is unverified', async () => {
    const r = await lint(await tempDir())
    expect(r.status).toBe('unverified')
    expect(r.checks[0]).toMatchObject({ id: 'workflow-parse', status: 'unverified' })
  })

  test('a large workflow (1,998 steps over two jobs) is linted without trouble', async () => {
    // GitHub names unnamed steps __run, __run_2, … and gives up after 999 of one name in a job
    // ("Unable to create a unique name", the workflow parser's IdBuilder): two jobs of 1,000.
    const steps = (from: number, length: number): string =>
      Array.from(
        { length },
        (_, i) => `      - run: echo step ${from + i} && test ${from + i} -ge 0`
      ).join('\n')
    const job = (id: string, from: number, length: number): string =>
      `  ${id}:\n    runs-on: ubuntu-latest\n    steps:\n${steps(from, length)}\n`
    const wf = `on: push\npermissions: {}\njobs:\n${job('a', 0, 999)}${job('b', 999, 998)}      - run: echo "unterminated\n`
    const r = await lint(await repo({ 'big.yml': wf }))
    expect(failedLines(r, 'script-syntax')).toEqual([2007])
  })

  test('a job of more unnamed steps than GitHub can name is refused as GitHub refuses it', async () => {
    const steps = Array.from({ length: 1000 }, () => '      - run: echo hi').join('\n')
    const wf = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}\n`
    const r = await lint(await repo({ 'big.yml': wf }))
    expect(JSON.stringify(r.checks)).toContain('Unable to create a unique name')
  })
})

describe('SARIF output and determinism', () => {
  test('findings are written as SARIF 2.1.0 with rule ids, levels and physical locations', async () => {
    const dir = await repo({
      'triage.yml': await fixture('triage.yml'),
      'release.yml': await fixture('release-heredoc.yml')
    })
    const r = await lint(dir, {
      sarif: 'gonogo-reports/workflow-lint.sarif',
      severity: { 'script-injection': 'warning' }
    })
    expect(byRule(r, 'sarif-output')[0]).toMatchObject({ status: 'passed' })
    const log = JSON.parse(
      await readFile(path.join(dir, 'gonogo-reports/workflow-lint.sarif'), 'utf8')
    ) as {
      version: string
      runs: {
        tool: { driver: { rules: { id: string }[] } }
        results: {
          ruleId: string
          ruleIndex: number
          level: string
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
          }[]
        }[]
      }[]
    }
    expect(log.version).toBe('2.1.0')
    const run = log.runs[0]
    const rules = run?.tool.driver.rules.map((x) => x.id)
    expect(rules).toContain('unpinned-action')
    const results = run?.results.map((x) => [
      x.ruleId,
      x.level,
      x.locations[0]?.physicalLocation.artifactLocation.uri,
      x.locations[0]?.physicalLocation.region.startLine,
      rules?.[x.ruleIndex]
    ])
    expect(results).toEqual([
      ['script-syntax', 'error', '.github/workflows/release.yml', 13, 'script-syntax'],
      ['script-injection', 'warning', '.github/workflows/triage.yml', 16, 'script-injection'],
      ['script-injection', 'warning', '.github/workflows/triage.yml', 25, 'script-injection']
    ])
  })

  test('a SARIF path outside the workspace fails and writes nothing', async () => {
    const dir = await repo({ 'ci.yml': await fixture('ci-matrix.yml') })
    const outside = await tempDir()
    const r = await lint(dir, { sarif: `../${path.basename(outside)}/x.sarif` })
    expect(byRule(r, 'sarif-output')[0]).toMatchObject({ status: 'failed' })
    await expect(stat(path.join(outside, 'x.sarif'))).rejects.toThrow()
    await symlink(outside, path.join(dir, 'out'))
    const viaLink = await lint(dir, { sarif: 'out/x.sarif' })
    expect(byRule(viaLink, 'sarif-output')[0]?.message).toMatch(/symbolic link/)
    await expect(stat(path.join(outside, 'x.sarif'))).rejects.toThrow()
  })

  test('the same workspace gives a byte-identical report and SARIF log', async () => {
    const dir = await repo({
      'ci.yml': await fixture('ci-matrix.yml'),
      'triage.yml': await fixture('triage.yml'),
      'preview.yml': await fixture('pr-target.yml'),
      'release.yml': await fixture('release-heredoc.yml')
    })
    const a = JSON.stringify(await lint(dir, { sarif: 'a.sarif' }))
    const sa = await readFile(path.join(dir, 'a.sarif'), 'utf8')
    const b = JSON.stringify(await lint(dir, { sarif: 'a.sarif' }))
    const sb = await readFile(path.join(dir, 'a.sarif'), 'utf8')
    expect(b).toBe(a)
    expect(sb).toBe(sa)
  })
})

describe('pure pieces', () => {
  test('block scalars keep their lines; runs-on matrix values are expanded', () => {
    const wf = model(
      'on: push\njobs:\n  a:\n    runs-on: ${{ matrix.os }}\n    strategy:\n      matrix:\n        os: [windows-2022]\n        include: [{ os: windows-2019 }]\n    steps:\n      - run: |\n          one\n          two\n'
    )
    expect(wf.jobs[0]?.runners).toEqual(['windows'])
    expect(wf.jobs[0]?.steps[0]?.run).toMatchObject({ line: 10, lines: [11, 12, 12] })
    const walk = walkWorkflows([{ file: wf.path, model: wf }], new Map())
    expect(extractScripts(walk.steps).unchecked).toEqual([
      expect.objectContaining({ shell: 'pwsh', line: 10 })
    ])
  })

  test('expressions become one placeholder word, keeping newlines', () => {
    const wf = model(
      "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          a ${{ github.sha\n            || '}}' }} b\n"
    )
    const run = wf.jobs[0]?.steps[0]?.run
    if (!run) throw new Error('no run')
    expect(withPlaceholders(run)).toBe('a __GH_EXPR__\n b\n')
  })

  test('attacker-controlled contexts: free text is, numbers, SHAs and base refs are not', () => {
    const controlled = (expr: string): string[] => {
      const df = dataflowPaths(expr)
      if ('error' in df) throw new Error(df.error)
      return df.paths.flatMap((p) => attackerControlled(p)?.path ?? [])
    }
    expect(controlled(' github.event.pull_request.title ')).toEqual([
      'github.event.pull_request.title'
    ])
    expect(controlled('toJSON(github.event)')).toEqual(['github.event'])
    expect(controlled('github.event.pull_request.head.sha')).toEqual([])
    expect(controlled('github.event.issue.number')).toEqual([])
    expect(controlled("github['head_ref']")).toEqual(['github.head_ref'])
    // `a && b` yields b, or a falsy a ('', null) that carries no text; `a || b` yields either.
    expect(controlled("github.event.pull_request.title && 'has title'")).toEqual([])
    expect(controlled("github.event.pull_request.title || 'none'")).toEqual([
      'github.event.pull_request.title'
    ])
    expect(
      controlled("github.event.issue.title && github.event.issue.body && 'x' || github.head_ref")
    ).toEqual(['github.head_ref'])
    expect(controlled('github.event.issue.title && github.event.issue.body')).toEqual([
      'github.event.issue.body'
    ])
  })

  // docs: YAML 1.2 §8.1 (block scalars: indentation, chomping, folding) and §7.3 (flow scalars);
  // the runner receives the scalar's value, and GitHub's parser hands back the source of a
  // multi-line value holding ${{ }}: the model's text must be the value YAML reads.
  test('a multi-line run: holding ${{ }} is the text YAML reads, in every block and flow style', () => {
    const runs = [
      '|\n          echo "${{ github.sha }}"\n            indented ${{ github.ref }}\n\n          done',
      '|-\n          a ${{ github.sha }}\n\n',
      '|+\n          a ${{ github.sha }}\n\n\n',
      '|2\n            two extra ${{ github.sha }}\n          base',
      '>\n          folded ${{ github.sha }}\n          same line\n\n          next paragraph\n            more indented\n          back',
      '>-\n          x ${{ github.sha }}\n          y',
      '"double ${{ github.sha }} \\t tab\n          next \\\n          joined\n\n          para"',
      "'single ''q'' ${{ github.sha }}\n          next'",
      'plain ${{ github.sha }}\n          continued'
    ]
    const doc = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${runs.map((r) => `      - run: ${r}\n`).join('')}`
    const wf = model(doc)
    const yamlSteps = (parseYaml(doc) as { jobs: { a: { steps: { run: string }[] } } }).jobs.a.steps
    expect(wf.jobs[0]?.steps.length).toBe(runs.length)
    expect(yamlSteps[3]?.run).toBe('  two extra ${{ github.sha }}\nbase\n')
    wf.jobs[0]?.steps.forEach((step, i) => {
      expect(step.run?.text).toBe(yamlSteps[i]?.run)
      expect(step.run?.expressions.map((e) => e.expr)).toContain('github.sha')
    })
    // each expression's line is the line it is written on
    const first = wf.jobs[0]?.steps[0]?.run
    expect(first?.expressions.map((e) => e.line)).toEqual([7, 8])
  })

  test('pinning: only full SHAs, local paths and image digests count', () => {
    const sha = resolveSettings(undefined).pinning
    expect(unpinnedReason(`a/b@${'f'.repeat(40)}`, sha)).toBeUndefined()
    expect(unpinnedReason('a/b', sha)).toBe('no @ref at all')
    expect(unpinnedReason('a/b/sub@v1', sha)).toBe("the movable ref 'v1'")
    const allowA = resolveSettings({ allow_unpinned: ['a/*'] }).pinning
    expect(unpinnedReason('a/b/sub@v1', allowA)).toBeUndefined()
    expect(unpinnedReason('./x', sha)).toBeUndefined()
  })

  test('the interpreters are real: bash and python3 are on this machine', () => {
    expect(execFileSync('bash', ['-c', 'echo ok'], { encoding: 'utf8' }).trim()).toBe('ok')
    expect(execFileSync('python3', ['-c', 'print(1)'], { encoding: 'utf8' }).trim()).toBe('1')
  })

  test('the settings schema accepts the documented keys and refuses unknown ones', () => {
    const base = {
      version: 1,
      controls: [{ id: 'w', severity: 'high', source: { builtin: 'workflow-lint' } }]
    }
    const good = {
      severity: { 'unpinned-action': 'warning', 'script-syntax': 'off' },
      allow_unpinned: ['actions/*'],
      sarif: 'gonogo-reports/workflow-lint.sarif',
      timeout_seconds: 10,
      interpreters: { python: 'python3.12' }
    }
    expect(validatePolicy({ ...base, checks: { 'workflow-lint': good } })).toBe(true)
    const bad = { severity: { 'unpinned-action': 'info' }, pin_everything: true }
    expect(validatePolicy({ ...base, checks: { 'workflow-lint': bad } })).toBe(false)
  })
})

/** Failed findings as `rule file:line`, sorted. */
function failedFindings(r: Report): string[] {
  return r.checks
    .filter((c) => c.status === 'failed')
    .map((c) => `${c.id.split('/')[0]} ${c.location?.file}:${c.location?.line}`)
    .sort()
}

async function copyDir(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true })
}

describe('corpus case 01: YAML anchors and aliases (fixtures/workflows/01-yaml-aliases-lint)', () => {
  // docs: "Reusing workflow configurations" → "YAML anchors and aliases"
  // (docs.github.com/en/actions/reference/workflows-and-actions/reusing-workflow-configurations#yaml-anchors-and-aliases):
  // an alias is the anchored node itself, so an aliased job or script is linted like the original.
  test('exactly the expected findings: the aliased job and the aliased script are each counted', async () => {
    const src = path.resolve('__tests__/fixtures/workflows/01-yaml-aliases-lint')
    const dir = await tempDir()
    await copyDir(src, dir)
    const r = await lint(dir)
    expect(failedFindings(r)).toEqual([
      'script-injection .github/workflows/label.yml:23',
      'script-injection .github/workflows/label.yml:25',
      'untrusted-checkout .github/workflows/label.yml:12',
      'untrusted-checkout .github/workflows/label.yml:15'
    ])
    expect(r.checks.filter((c) => c.status === 'unverified')).toEqual([])
    // the same judgement as the corpus scorer, from expected.json itself
    const expected = JSON.parse(await readFile(path.join(src, 'expected.json'), 'utf8')) as {
      right: { findings: { rule: string; file: string; lines: number[] }[]; no_findings: string[] }
    }
    const found = r.checks
      .filter((c) => c.status === 'failed')
      .map((c) => ({ rule: c.id.split('/')[0], file: c.location?.file, line: c.location?.line }))
    const wants = [...expected.right.findings].sort((a, b) => a.lines.length - b.lines.length)
    for (const w of wants) {
      const i = found.findIndex(
        (x) => x.rule === w.rule && x.file === w.file && w.lines.includes(x.line ?? 0)
      )
      expect(i).toBeGreaterThanOrEqual(0)
      found.splice(i, 1)
    }
    expect(found).toEqual([])
    for (const rule of expected.right.no_findings)
      expect(byRule(r, rule)).not.toContainEqual(expect.objectContaining({ status: 'failed' }))
    const second = byRule(r, 'untrusted-checkout').find((c) => c.location?.line === 15)
    expect(second?.message).toMatch(
      /job 'second' \(an alias at line 15 of job 'first' written at line 5\)/
    )
  })
})

describe('every rule sees aliased jobs and steps', () => {
  // docs: "Reusing workflow configurations" → "YAML anchors and aliases": anchors may stand for
  // a list of steps, a step, or a mapping such as `with:`; each use runs.
  test('an aliased steps list, an aliased step and an aliased with: are linted where they are used', async () => {
    const wf = `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps: &steps
      - uses: actions/checkout@v4
        with: &head
          ref: \${{ github.event.pull_request.head.ref }}
      - run: echo "\${{ github.event.pull_request.body }}"
  b:
    runs-on: ubuntu-latest
    steps: *steps
  c:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with: *head
`
    const r = await lint(await repo({ 'alias.yml': wf }), { severity: { 'script-syntax': 'off' } })
    // job b runs job a's steps: each finding again, at b's `steps: *steps` (line 13); job c's
    // checkout reads job a's with: through the alias (line 18)
    expect(failedFindings(r)).toEqual([
      'script-injection .github/workflows/alias.yml:10',
      'script-injection .github/workflows/alias.yml:13',
      'unpinned-action .github/workflows/alias.yml:13',
      'unpinned-action .github/workflows/alias.yml:7',
      'untrusted-checkout .github/workflows/alias.yml:13',
      'untrusted-checkout .github/workflows/alias.yml:18',
      'untrusted-checkout .github/workflows/alias.yml:9'
    ])
  })
})

describe('each run: is checked in the shell it runs under', () => {
  // docs: "Workflow syntax for GitHub Actions" → jobs.<job_id>.steps[*].shell (bash on Linux and
  // macOS, pwsh on Windows), defaults.run.shell; "Using labels with self-hosted runners" (a
  // self-hosted runner carries its OS as a label: Linux, Windows, macOS).
  test('Windows self-hosted labels, a matrix runs-on and defaults.run.shell: pwsh are not bash', async () => {
    const powershell = 'Get-ChildItem | ForEach-Object { $_.Name }; if ($LASTEXITCODE) { exit 1 }'
    const wf = `on: push
permissions: {}
defaults:
  run:
    shell: bash
jobs:
  selfhosted:
    runs-on: [self-hosted, Windows, X64]
    defaults: { run: { shell: pwsh } }
    steps:
      - run: ${powershell}
  matrix:
    runs-on: \${{ matrix.platform.os }}
    strategy:
      matrix:
        platform: [{ os: windows-2022, arch: x64 }, { os: windows-11-arm, arch: arm64 }]
    defaults: { run: { shell: pwsh } }
    steps:
      - run: ${powershell}
  windows:
    runs-on: [self-hosted, Windows, X64]
    steps:
      - shell: pwsh
        run: ${powershell}
  python-on-windows:
    runs-on: windows-latest
    steps:
      - shell: python
        run: print("ok"
`
    const r = await lint(await repo({ 'shells.yml': wf }))
    // only the python step is wrong; PowerShell is not read as bash
    expect(failedFindings(r)).toEqual(['script-syntax .github/workflows/shells.yml:29'])
    expect(r.facts).toMatchObject({ scripts_not_checked_by_shell: { pwsh: 3 } })
  })

  test('a matrix over Linux and Windows checks bash and lists the PowerShell run as not checked', async () => {
    const wf = `on: push
permissions: {}
jobs:
  both:
    runs-on: \${{ matrix.platform.os }}
    strategy:
      matrix:
        platform: [{ os: ubuntu-24.04 }, { os: windows-2022 }]
    steps:
      - run: echo "fine"
  pwsh-default:
    runs-on: ubuntu-latest
    defaults:
      run:
        shell: pwsh
    steps:
      - run: Write-Output "$($env:HOME)"
`
    const r = await lint(await repo({ 'm.yml': wf }))
    expect(failedFindings(r)).toEqual([])
    const summary = byRule(r, 'script-syntax')[0]
    expect(summary?.message).toMatch(/1 embedded script parses \(1 bash\)/)
    expect(summary?.message).toMatch(
      /2 run: steps .*pwsh \(PowerShell\): no PowerShell syntax checker here/
    )
  })

  // sh(1) on macOS: /bin/sh runs bash (POSIX mode) by default, which takes arrays; Ubuntu's is
  // dash, which does not (break test of 2026-11-30: macOS was checked as dash).
  // GitHub resolves every call before a run ("Invalid workflow file … error parsing called
  // workflow"): the caller is refused, as check-names refuses it (break test of 2026-11-30).
  test('a call GitHub cannot make is a finding at the call: not callable, a cycle, refused, past 10 levels', async () => {
    const call = (to: string, on = 'push'): string =>
      `on: ${on}\npermissions: {}\njobs:\n  c:\n    uses: ./.github/workflows/${to}\n`
    const leaf = (on: string, extra = ''): string =>
      `on: ${on}\npermissions: {}\njobs:\n${extra}  t:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo }]\n`
    const r = await lint(
      await repo({
        'not-callable.yml': call('push-only.yml'),
        'push-only.yml': leaf('push'),
        'cycle-a.yml': call('cycle-b.yml', '[push, workflow_call]'),
        'cycle-b.yml': call('cycle-a.yml', 'workflow_call'),
        'to-refused.yml': call('refused.yml'),
        'refused.yml': leaf(
          'workflow_call',
          '  x:\n    runs-on: ubuntu-latest\n    needs: nope\n    steps: [{ run: echo }]\n'
        )
      })
    )
    const parse = byRule(r, 'workflow-parse').filter((c) => c.status === 'failed')
    const at = (file: string): string[] =>
      parse.filter((c) => c.location?.file === `.github/workflows/${file}`).map((c) => c.message)
    expect(at('not-callable.yml').join()).toContain(
      'which is not reusable: its `on:` has no `workflow_call`'
    )
    expect(at('cycle-b.yml').join()).toContain('a cycle')
    expect(at('to-refused.yml').join()).toContain(
      'which GitHub would refuse (its own finding says why)'
    )
    expect(at('refused.yml').join()).toContain("depends on unknown job 'nope'")

    const levels: Record<string, string> = {}
    for (let i = 1; i <= 11; i++)
      levels[`l${i}.yml`] =
        i < 11 ? call(`l${i + 1}.yml`, i === 1 ? 'push' : 'workflow_call') : leaf('workflow_call')
    const deep = await lint(await repo(levels))
    expect(
      byRule(deep, 'workflow-parse')
        .filter((c) => c.status === 'failed')
        .map((c) => c.message)
        .join()
    ).toContain('at level 11; GitHub connects at most 10 levels of workflows')
    delete levels['l11.yml']
    levels['l10.yml'] = leaf('workflow_call')
    const ten = await lint(await repo(levels))
    expect(byRule(ten, 'workflow-parse').filter((c) => c.status === 'failed')).toEqual([])
  })

  // github/codeql-action's own PR checks move the repository to ../action first, then use
  // ./../action/init: not knowable from the checkout, so unverified, not failed.
  test('a local action outside the repository is unverified, naming why', async () => {
    const wf = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./../action/init\n`
    const r = await lint(await repo({ 'a.yml': wf }))
    expect(failedFindings(r)).toEqual([])
    const [c] = byRule(r, 'workflow-parse').filter((x) => x.status === 'unverified')
    expect(c?.message).toContain('../action/init lies outside the repository as checked out')
  })

  // GitHub changelog 2026-07-30: `$/path` is the repository itself at the running commit.
  test('same-repository uses: $/… needs no pin and is followed like ./…', async () => {
    const wf = `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: $/.github/actions/local
  b:
    uses: $/.github/workflows/lib.yml
`
    const lib = `on: workflow_call\npermissions: {}\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo }]\n`
    const action = `runs:\n  using: composite\n  steps:\n    - run: echo "\${{ github.event.pull_request.title }}"\n      shell: bash\n`
    const r = await lint(
      await repo({ 'a.yml': wf, 'lib.yml': lib }, { '.github/actions/local/action.yml': action })
    )
    expect(failedFindings(r)).toEqual(['script-injection .github/actions/local/action.yml:4'])
    // Missing, it fails: no earlier step can create what $/ names.
    const missing = await lint(
      await repo({
        'a.yml':
          'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: $/.github/actions/gone\n'
      })
    )
    const [c] = byRule(missing, 'workflow-parse').filter((x) => x.status === 'failed')
    expect(c?.message).toContain('uses $/.github/actions/gone, but')
  })

  // numpy's wheels.yml: a PowerShell step kept to Windows by its if: in a matrix that also runs
  // on Linux and macOS never meets bash (break test of 2026-11-30).
  test('a step whose if: keeps it off an OS (by runner.os or the matrix) is checked only in the shells it meets', async () => {
    const wf = `on: push
permissions: {}
jobs:
  wheels:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest, macos-latest]
    steps:
      - if: runner.os == 'windows'
        run: |
          $env:PATH = "C:\\tools;" + $env:PATH
          if ($IsWindows) { Write-Output "ok" }
      - if: \${{ runner.os == 'Linux' }}
        run: if then fi
      - if: always() && runner.os == 'Windows' && matrix.os != ''
        run: if ($IsWindows) { Write-Output "ok" }
      - if: matrix.os == 'windows-latest'
        run: if ($IsWindows) { Write-Output "ok" }
      - if: \${{ startsWith(matrix.os, 'windows') }}
        run: if ($IsWindows) { Write-Output "ok" }
  linux-only:
    runs-on: ubuntu-latest
    steps:
      - if: runner.os == 'Windows'
        run: Write-Output "$($env:HOME)"
      - if: runner.os != 'Windows' && github.event_name == 'push'
        run: if then fi
`
    const r = await lint(await repo({ 'w.yml': wf }))
    expect(failedFindings(r)).toEqual([
      'script-syntax .github/workflows/w.yml:15',
      'script-syntax .github/workflows/w.yml:28'
    ])
  })

  test('shell: sh is bash on macOS runners and dash on Ubuntu ones', async () => {
    const job = (id: string, runsOn: string): string =>
      `  ${id}:\n    runs-on: ${runsOn}\n    steps:\n      - shell: sh\n        run: a=(1 2); echo "\${a[0]}"\n`
    const wf = `on: push\npermissions: {}\njobs:\n${job('mac', 'macos-latest')}${job('linux', 'ubuntu-latest')}`
    const r = await lint(await repo({ 's.yml': wf }))
    expect(failedFindings(r)).toEqual(['script-syntax .github/workflows/s.yml:13'])
    expect(byRule(r, 'script-syntax')[0]?.message).toMatch(/^sh syntax error/)
  })

  test('a runner whose labels name no operating system is not guessed: the step is not checked, and the report says why', async () => {
    const wf = `on: push
permissions: {}
jobs:
  gpu:
    runs-on: [self-hosted, gpu]
    steps:
      - run: if this is not bash
`
    const r = await lint(await repo({ 'gpu.yml': wf }))
    expect(failedFindings(r)).toEqual([])
    expect(byRule(r, 'script-syntax')[0]?.message).toMatch(
      /1 run: step \(first \.github\/workflows\/gpu\.yml:7\): its shell cannot be known: runs-on \["self-hosted","gpu"\] names no operating system/
    )
    expect(r.facts).toMatchObject({ scripts_not_checked_by_shell: { unknown: 1 } })
  })
})

describe('expressions are found by GitHub grammar', () => {
  // docs: "Evaluate expressions in workflows and actions" → Literals: a string is written in single
  // quotes, so `}}` inside one does not end the `${{ }}`
  // (docs.github.com/en/actions/reference/workflows-and-actions/expressions#literals).
  test("a quoted '}}' inside ${{ }} neither breaks the script nor hides an injection after it", async () => {
    const wf = `on: issues
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "\${{ format('}}{0}', github.sha) }}" && echo "\${{ github.event.issue.title }}"
          echo '\${{ github.event.issue.number }}'
`
    const r = await lint(await repo({ 'q.yml': wf }))
    expect(failedFindings(r)).toEqual(['script-injection .github/workflows/q.yml:8'])
    expect(byRule(r, 'script-injection')[0]?.message).toMatch(
      /expands github\.event\.issue\.title \(written by the issue's author\)/
    )
  })
})

describe('local reusable workflows are judged under their caller', () => {
  // docs: "Reusing workflows" → "Using inputs and secrets in a reusable workflow" and "Supported
  // keywords for jobs that call a reusable workflow": the called workflow runs in the caller's
  // context (github.event is the caller's event); "Security hardening for GitHub Actions" →
  // pull_request_target runs with the base repository's secrets and a write token.
  const callee = `on:
  workflow_call:
    inputs:
      ref: { type: string, required: true }
      title: { type: string, required: false }
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ inputs.ref }}
      - run: echo "\${{ inputs.title }}"
`
  test('a pull_request_target caller whose local callee checks out the PR head is flagged in the callee, naming the caller', async () => {
    const caller = `on: pull_request_target
permissions:
  contents: read
jobs:
  call:
    uses: ./.github/workflows/build.yml
    with:
      ref: \${{ github.event.pull_request.head.ref }}
      title: \${{ github.event.pull_request.title }}
`
    const push = `on: push
permissions:
  contents: read
jobs:
  call:
    uses: ./.github/workflows/build.yml
    with:
      ref: \${{ github.sha }}
`
    const r = await lint(
      await repo({ 'build.yml': callee, 'preview.yml': caller, 'push.yml': push }),
      { severity: { 'script-syntax': 'off' } }
    )
    expect(failedFindings(r)).toEqual([
      'script-injection .github/workflows/build.yml:18',
      'untrusted-checkout .github/workflows/build.yml:14',
      'untrusted-checkout .github/workflows/build.yml:17'
    ])
    const [head, input] = byRule(r, 'untrusted-checkout')
    expect(head?.message).toMatch(
      /^a pull_request_target workflow \(\.github\/workflows\/preview\.yml\) checks out pull-request code \(job 'build' step 1, ref: \$\{\{ github\.event\.pull_request\.head\.sha \}\}\).*reached from \.github\/workflows\/preview\.yml:6 \(job 'call' calls \.github\/workflows\/build\.yml\)/
    )
    expect(input?.message).toMatch(/ref: \$\{\{ inputs\.ref \}\}/)
    const [inj] = byRule(r, 'script-injection')
    expect(inj?.message).toMatch(
      /expands inputs\.title \(with: title of job 'call', \.github\/workflows\/preview\.yml:9\), from github\.event\.pull_request\.title \(written by the pull request's author\)/
    )
  })

  test('the same callee called only on push is not an untrusted checkout', async () => {
    const push = `on: push
permissions:
  contents: read
jobs:
  call:
    uses: ./.github/workflows/build.yml
    with:
      ref: \${{ github.sha }}
`
    const r = await lint(await repo({ 'build.yml': callee, 'push.yml': push }), {
      severity: { 'script-syntax': 'off' }
    })
    expect(failedFindings(r)).toEqual([])
  })

  test('a call to a local workflow that is not there is a finding at the call', async () => {
    const caller = `on: push
permissions: {}
jobs:
  call:
    uses: ./.github/workflows/missing.yml
`
    const r = await lint(await repo({ 'c.yml': caller }))
    expect(failedFindings(r)).toEqual(['workflow-parse .github/workflows/c.yml:5'])
  })
})

describe('untrusted checkout', () => {
  // docs: "Security hardening for GitHub Actions" → "Mitigating the risks of untrusted code
  // checkout": a pull request's merge or head ref (refs/pull/N/merge|head) is its code too.
  test('a refs/pull ref built with format() is pull-request code', async () => {
    const wf = `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ format('refs/pull/{0}/merge', github.event.number) }}
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.base.ref }}
`
    const r = await lint(await repo({ 't.yml': wf }), { severity: { 'script-syntax': 'off' } })
    expect(failedFindings(r)).toEqual(['untrusted-checkout .github/workflows/t.yml:9'])
  })
})

describe('local composite actions are read as part of the steps that use them', () => {
  // docs: "Creating a composite action" and "Metadata syntax reference" → runs for composite
  // actions (runs.steps[*].run needs shell; the steps run in the calling job with its token).
  const action = `name: Setup
description: composite
inputs:
  title:
    description: a title
runs:
  using: composite
  steps:
    - uses: actions/cache@v4
      with:
        path: ~/.npm
        key: npm
    - shell: bash
      run: echo "\${{ inputs.title }}"
    - shell: bash
      run: |
        if [ -d x ]; then
          echo x
    - uses: ./.github/actions/inner
`
  const inner = `name: Inner
description: nested composite
runs:
  using: composite
  steps:
    - shell: pwsh
      run: Get-ChildItem | ForEach-Object { $_ }
    - uses: someone/tool@main
`
  test('unpinned actions, injections and syntax errors inside them are findings naming both files', async () => {
    const wf = `on: issues
permissions: {}
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/setup
        with:
          title: \${{ github.event.issue.title }}
      - uses: ./.github/actions/setup
        with:
          title: \${{ github.event.issue.number }}
`
    const dir = await repo(
      { 'triage.yml': wf },
      {
        '.github/actions/setup/action.yaml': action,
        '.github/actions/inner/action.yml': inner
      }
    )
    const r = await lint(dir, { sarif: 'out/workflow-lint.sarif' })
    expect(failedFindings(r)).toEqual([
      'script-injection .github/actions/setup/action.yaml:14',
      'script-syntax .github/actions/setup/action.yaml:18',
      'unpinned-action .github/actions/inner/action.yml:8',
      'unpinned-action .github/actions/setup/action.yaml:9'
    ])
    const [inj] = byRule(r, 'script-injection')
    // only the first use passes attacker text; the finding names that caller
    expect(inj?.message).toMatch(
      /step 2 of action \.\/\.github\/actions\/setup expands inputs\.title \(with: title of job 'triage' step 1, \.github\/workflows\/triage\.yml:9\), from github\.event\.issue\.title/
    )
    expect(inj?.message).toMatch(
      /reached from \.github\/workflows\/triage\.yml:7 \(job 'triage' step 1 uses \.\/\.github\/actions\/setup\)/
    )
    const [pin] = byRule(r, 'unpinned-action').filter((c) => c.location?.line === 9)
    expect(pin?.message).toMatch(/triage\.yml:7 .*; \.github\/workflows\/triage\.yml:10/)
    const [syntax] = byRule(r, 'script-syntax').filter((c) => c.status === 'failed')
    expect(syntax?.message).toMatch(
      /bash syntax error in step 3 of action \.\/\.github\/actions\/setup, run/
    )
    expect(syntax?.message).toMatch(/reached from \.github\/workflows\/triage\.yml:7/)
    expect(r.facts).toMatchObject({
      composite_actions: 2,
      scripts_not_checked_by_shell: { pwsh: 1 }
    })
    // SARIF names the callers as related locations
    const log = JSON.parse(await readFile(path.join(dir, 'out/workflow-lint.sarif'), 'utf8')) as {
      runs: {
        results: {
          ruleId: string
          relatedLocations?: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
            message: { text: string }
          }[]
        }[]
      }[]
    }
    const injection = log.runs[0]?.results.find((x) => x.ruleId === 'script-injection')
    expect(
      injection?.relatedLocations?.map((l) => [
        l.physicalLocation.artifactLocation.uri,
        l.physicalLocation.region.startLine,
        l.message.text
      ])
    ).toEqual([
      ['.github/workflows/triage.yml', 7, "job 'triage' step 1 uses ./.github/actions/setup"]
    ])
  })

  test('a local composite action without name or description is read and linted (the runner needs neither)', async () => {
    // actions/runner src/Runner.Worker/action_yaml.json requires neither; github/docs#43910.
    const action = `runs:
  using: composite
  steps:
    - uses: actions/setup-node@v4
    - run: echo "\${{ github.event.pull_request.title }}"
      shell: bash
`
    const wf = `on: pull_request_target
permissions: {}
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/local
`
    const r = await lint(
      await repo({ 'a.yml': wf }, { '.github/actions/local/action.yml': action })
    )
    expect(failedFindings(r)).toEqual([
      'script-injection .github/actions/local/action.yml:5',
      'unpinned-action .github/actions/local/action.yml:4'
    ])
  })
  test('a local action that is not in the workspace is unverified, naming the step; a bad one is a finding in its file', async () => {
    const wf = `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/generated
      - uses: ./.github/actions/broken
      - uses: ./.github/actions/node
`
    const r = await lint(
      await repo(
        { 'a.yml': wf },
        {
          '.github/actions/broken/action.yml':
            'name: x\nruns:\n  using: composite\n  steps:\n    - run: echo\n',
          '.github/actions/node/action.yml':
            'name: n\ndescription: d\nruns:\n  using: node20\n  main: index.js\n'
        }
      ),
      { severity: { 'script-syntax': 'off' } }
    )
    const parse = byRule(r, 'workflow-parse').filter((c) => c.status !== 'passed')
    expect(parse.map((c) => [c.status, c.location?.file, c.location?.line])).toEqual([
      ['failed', '.github/actions/broken/action.yml', expect.any(Number)],
      ['unverified', '.github/workflows/a.yml', 7]
    ])
    expect(parse[0]?.message).toMatch(/GitHub would refuse this action/)
    expect(parse[0]?.message).toMatch(/reached from \.github\/workflows\/a\.yml:8/)
    expect(parse[1]?.message).toMatch(
      /uses \.\/\.github\/actions\/generated, but \.github\/actions\/generated holds no action\.yml or action\.yaml/
    )
  })
})

describe('loops and limits never hang or throw', () => {
  // docs: "Creating a composite action" (a composite may use other local actions); a loop is a
  // run-time failure on GitHub, and here a place the walk does not enter twice.
  test('a composite action that uses itself ends', async () => {
    const wf = `on: issues
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/loop
`
    const loop = `name: loop
description: uses itself
runs:
  using: composite
  steps:
    - shell: bash
      run: echo loop
    - uses: ./.github/actions/loop
`
    const r = await lint(await repo({ 'a.yml': wf }, { '.github/actions/loop/action.yml': loop }), {
      severity: { 'script-syntax': 'off' }
    })
    expect(failedFindings(r)).toEqual([])
    expect(r.facts).toMatchObject({ composite_actions: 1 })
  })
})

describe('injection sources are classified by who controls them', () => {
  // docs: "Script injections" → "Understanding the risk of script injections"
  // (docs.github.com/en/actions/concepts/security/script-injections): contexts ending in body,
  // default_branch, email, head_ref, label, message, name, page_name, ref and title are written
  // by whoever triggers the event; numbers, SHAs and the base repository's own refs are not.
  test('attacker-controlled sources are findings; SHAs, numbers, base refs and booleans are not', async () => {
    const attacker = [
      'github.head_ref',
      'github.event.pull_request.head.ref',
      'github.event.pull_request.head.label',
      'github.event.pull_request.title',
      'github.event.pull_request.body',
      'github.event.issue.body',
      'github.event.comment.body',
      'github.event.review.body',
      'github.event.head_commit.message',
      'join(github.event.commits.*.message)',
      'github.event.head_commit.author.email',
      'github.event.commits[0].author.name',
      'github.event.pages[0].page_name',
      'github.event.workflow_run.head_branch',
      'github.event.pull_request.head.repo.default_branch',
      'env.TITLE'
    ]
    const safe = [
      'github.event.pull_request.base.ref',
      'github.event.pull_request.head.sha',
      'github.event.pull_request.number',
      'github.event.issue.id',
      'github.sha',
      'github.ref',
      'github.event.repository.default_branch',
      "contains(github.event.pull_request.title, 'wip')",
      "github.event.pull_request.title == 'x'",
      'github.event.inputs.name'
    ]
    const steps = [...attacker, ...safe].map((e) => `      - run: echo "\${{ ${e} }}"`).join('\n')
    const wf = `on: [pull_request_target, issue_comment, push, workflow_run, gollum]
permissions: {}
env:
  TITLE: \${{ github.event.issue.title }}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
${steps}
`
    const r = await lint(await repo({ 'i.yml': wf }), { severity: { 'script-syntax': 'off' } })
    expect(failedLines(r, 'script-injection')).toEqual(attacker.map((_, i) => 9 + i))
    const env = byRule(r, 'script-injection').find(
      (c) => c.location?.line === 9 + attacker.length - 1
    )
    expect(env?.message).toMatch(
      /env\.TITLE \(\.github\/workflows\/i\.yml:4\), from github\.event\.issue\.title/
    )
  })
})

// Issue 14: workflow-lint never throws and never hangs on any workflow text.
describe('hostile workflows (issue 14)', () => {
  const job = (body: string): string =>
    `on: pull_request_target\njobs:\n  a:\n    runs-on: ubuntu-latest\n${body}`

  test('deep nesting, huge scripts and long lists fail closed as workflow-parse, naming the limit', async () => {
    const dir = await repo({
      'deep.yml': job(
        `    env: {X: ${'['.repeat(20_000)}${']'.repeat(20_000)}}\n    steps: [{run: echo}]\n`
      ),
      'big.yml': job(`    steps:\n      - run: "${'x'.repeat(520_000)}"\n`),
      'exprs.yml': job(
        `    steps:\n      - run: |\n${Array.from({ length: 11_000 }, (_, i) => `          echo ${i} \${{ github.head_ref }}`).join('\n')}\n`
      ),
      'self.yml': job('    env: &e {X: *e}\n    steps: [{run: echo}]\n')
    })
    const r = await lint(dir)
    const parse = byRule(r, 'workflow-parse').filter((c) => c.status === 'failed')
    const text = parse.map((c) => `${c.location?.file}: ${c.message}`).join('\n')
    expect(text).toContain('deep.yml: ')
    expect(text).toContain('nest more than 64 deep')
    expect(text).toContain('larger than 500 KB')
    expect(text).toContain('would take GitHub')
    expect(r.checks.some((c) => c.status === 'failed')).toBe(true)
  })

  test('many jobs, many `needs`, long `${{ }}` chains: the walk and extraction never throw', () => {
    const jobs = Array.from(
      { length: 400 },
      (_, i) =>
        `  j${i}:\n    runs-on: ubuntu-latest\n    needs: [${Array.from({ length: Math.min(i, 50) }, (_, k) => `j${k}`).join(',')}]\n    steps:\n      - run: echo "${'${{ github.event.issue.title }}'.repeat(20)}"\n      - uses: ./.github/workflows/x${i}.yml`
    )
    const m = model(`on: issues\njobs:\n${jobs.join('\n')}\n`)
    const walk = walkWorkflows([{ file: m.path, model: m }], new Map())
    expect(walk.steps).toHaveLength(800)
    expect(extractScripts(walk.steps).snippets.length).toBeGreaterThan(0)
  })
})
