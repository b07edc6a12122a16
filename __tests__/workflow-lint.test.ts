import { execFileSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BuiltinContext } from '../src/checks/builtin.js'
import { runWorkflowLint } from '../src/checks/workflow-lint/run.js'
import { parseWorkflow } from '../src/checks/workflow-lint/parse.js'
import { taintedContexts, unpinnedReason } from '../src/checks/workflow-lint/rules.js'
import { extractScripts, replaceExpressions } from '../src/checks/workflow-lint/scripts.js'
import type { Report, ReportCheck } from '../src/core/report.js'
import { Workspace } from '../src/io/workspace.js'
import { validatePolicy } from '../src/generated/validators.js'

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

/** A repository whose .github/workflows holds the given files (fixture names or literal text). */
async function repo(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await tempDir()
  await mkdir(path.join(dir, '.github/workflows'), { recursive: true })
  for (const [name, content] of Object.entries(files))
    await writeFile(path.join(dir, '.github/workflows', name), content)
  return dir
}

async function fixture(name: string): Promise<string> {
  return readFile(path.join(FIXTURES, name), 'utf8')
}

async function lint(dir: string, settings?: unknown): Promise<Report> {
  const ctx: BuiltinContext = {
    ws: await Workspace.open(dir),
    policy: { version: 1, controls: [] } as unknown as BuiltinContext['policy'],
    settings,
    subject: { repository: 'acme/shop', sha: SHA, ref: 'refs/heads/main' },
    effectiveTime: Date.parse('2026-11-21T00:00:00Z'),
    log: () => {}
  }
  return runWorkflowLint(ctx)
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
    const r = await lint(await repo({ 'ci.yml': await fixture('ci-matrix.yml') }))
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
    // bash blocks, the python heredoc and the node -e code were all checked
    expect(byRule(r, 'script-syntax')[0]?.message).toMatch(/1 node, 1 python/)
    expect(r.facts).toMatchObject({ workflows: 1, jobs: 2 })
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
      - shell: node {0}
        run: |
          const x = 1
          if (x) {
`
    const r = await lint(await repo({ 'multi.yml': wf }))
    const lines = failedLines(r, 'script-syntax')
    expect(lines).toEqual([10, 11, 14, 19])
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
    // the mixed matrix also runs bash: its unbalanced quote is a finding; the pwsh step is not
    expect(failedLines(r, 'script-syntax')).toEqual([12])
    expect(r.facts).toMatchObject({ scripts_not_checked: 1 })
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
    expect(byFile['.github/workflows/broken.yml']?.message).toMatch(/YAML error/)
    expect(byFile['.github/workflows/broken.yml']?.location?.line).toBeGreaterThan(1)
    expect(byFile['.github/workflows/nojobs.yml']?.message).toMatch(/'jobs:' is missing/)
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

  test('a large workflow (2,000 steps) is linted without trouble', async () => {
    const steps = Array.from(
      { length: 2000 },
      (_, i) => `      - run: echo step ${i} && test ${i} -ge 0`
    ).join('\n')
    const wf = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}\n      - run: echo "unterminated\n`
    const r = await lint(await repo({ 'big.yml': wf }))
    expect(failedLines(r, 'script-syntax')).toEqual([2007])
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
    const wf = parseWorkflow(
      'w.yml',
      'on: push\njobs:\n  a:\n    runs-on: ${{ matrix.os }}\n    strategy:\n      matrix:\n        os: [windows-2022]\n        include: [{ os: windows-2019 }]\n    steps:\n      - run: |\n          one\n          two\n'
    )
    expect(wf.errors).toEqual([])
    expect(wf.jobs[0]?.runsOn).toEqual(['windows-2022', 'windows-2019'])
    expect(wf.jobs[0]?.steps[0]?.run).toMatchObject({ line: 10, mapping: 'literal' })
    expect(extractScripts([wf]).unchecked.length).toBe(1)
  })

  test('expressions become one placeholder word, keeping newlines', () => {
    expect(replaceExpressions('a ${{ x\n  || y }} b')).toBe('a __GH_EXPR__\n b')
  })

  test('tainted contexts: free text is, numbers and SHAs are not', () => {
    expect(taintedContexts(' github.event.pull_request.title ')).toEqual([
      'github.event.pull_request.title'
    ])
    expect(taintedContexts('toJSON(github.event)')).toEqual(['github.event'])
    expect(taintedContexts('github.event.pull_request.head.sha')).toEqual([])
    expect(taintedContexts('github.event.issue.number')).toEqual([])
    expect(taintedContexts("github['head_ref']")).toEqual(['github.head_ref'])
  })

  test('pinning: only full SHAs, local paths and image digests count', () => {
    expect(unpinnedReason(`a/b@${'f'.repeat(40)}`, [])).toBeUndefined()
    expect(unpinnedReason('a/b', [])).toBe('no @ref at all')
    expect(unpinnedReason('a/b/sub@v1', ['a/*'])).toBeUndefined()
    expect(unpinnedReason('./x', [])).toBeUndefined()
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
