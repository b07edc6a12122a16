import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BuiltinContext } from '../src/checks/builtin-contract.js'
import { matchesGate } from '../src/checks/policy-freshness/judge.js'
import { runPolicyFreshness } from '../src/checks/policy-freshness/run.js'
import { stableStringify } from '../src/core/canonical-json.js'
import type { Report, ReportCheck } from '../src/core/report.js'
import { validatePolicy, validateReport } from '../src/generated/validators.js'
import { workspaceWithFacts } from './support/facts-repo.js'

const FIXTURE = path.resolve('__tests__/fixtures/opa/bundle')
const EFFECTIVE = Date.parse('2026-11-21T00:00:00Z')
const temps: string[] = []

afterAll(async () => {
  for (const t of temps) await fs.rm(t, { recursive: true, force: true })
})

async function tempDir(): Promise<string> {
  const d = await fs.mkdtemp(path.join(os.tmpdir(), 'gonogo-fresh-'))
  temps.push(d)
  return d
}

async function fixtureWorkspace(): Promise<string> {
  const dir = await tempDir()
  await fs.cp(FIXTURE, dir, { recursive: true })
  return dir
}

async function write(dir: string, rel: string, content: string | Buffer): Promise<void> {
  await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true })
  await fs.writeFile(path.join(dir, rel), content)
}

function git(dir: string, date: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Ada',
      GIT_AUTHOR_EMAIL: 'ada@example.com',
      GIT_COMMITTER_NAME: 'Ada',
      GIT_COMMITTER_EMAIL: 'ada@example.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: dir
    }
  }).trim()
}

function commitAll(dir: string, date: string, message: string): void {
  git(dir, date, 'add', '-A')
  git(dir, date, 'commit', '-qm', message)
}

async function run(dir: string, settings: unknown): Promise<Report> {
  return runPolicyFreshness({
    ...(await workspaceWithFacts(dir)),
    policy: { version: 1, controls: [] } as unknown as BuiltinContext['policy'],
    settings,
    subject: { repository: 'acme/shop', sha: 'a'.repeat(40), ref: 'refs/heads/main' },
    effectiveTime: EFFECTIVE,
    log: () => {}
  })
}

function check(r: Report, id: string): ReportCheck {
  const c = r.checks.find((x) => x.id === id)
  if (!c) throw new Error(`no check ${id} in ${r.checks.map((x) => x.id).join(', ')}`)
  return c
}

const CI = `name: CI
on: [push, pull_request]
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm test
  lint:
    name: Lint \${{ matrix.part }}
    strategy: { matrix: { part: [a, b] } }
    runs-on: ubuntu-latest
    steps: [{ run: npm run lint }]
  gate:
    needs: [test, lint]
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }
      - uses: acme/gonogo/action-gate@v1
        with: { config: .github/gonogo.yml }
`

describe('policy-freshness settings', () => {
  test('the documented settings validate against the policy schema', () => {
    const ok = validatePolicy({
      version: 1,
      controls: [{ id: 'fresh', severity: 'medium', source: { builtin: 'policy-freshness' } }],
      checks: {
        'policy-freshness': {
          policies: [{ path: 'policies/authz', max_age_days: 90 }, { path: 'policies/x.rego' }],
          max_age_days: 180,
          workflows: [{ file: '.github/workflows/ci.yml', gate_job: 'gate' }],
          gate_action: ['acme/gonogo/action-gate@*'],
          required_jobs: ['test', 'gate']
        }
      }
    })
    expect(validatePolicy.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  test('nothing declared is unverified and says what to declare', async () => {
    const r = await run(await fixtureWorkspace(), {})
    expect(r.status).toBe('unverified')
    expect(check(r, 'settings').remediation).toContain('max_age_days')
  })
})

describe('review age', () => {
  test('a METADATA custom.reviewed date within the limit passes, judged at the effective time', async () => {
    const dir = await fixtureWorkspace()
    const r = await run(dir, { policies: [{ path: 'policies/authz/authz.rego' }] })
    expect(check(r, 'review:policies/authz/authz.rego')).toEqual({
      id: 'review:policies/authz/authz.rego',
      status: 'passed',
      message:
        'policies/authz/authz.rego: reviewed 2026-10-15 (METADATA custom.reviewed), 37 day(s) ago, within 90',
      location: { file: 'policies/authz/authz.rego', line: 3 }
    })
  })

  test('a review older than max_age_days fails at the custom: line', async () => {
    const dir = await fixtureWorkspace()
    const c = check(
      await run(dir, { policies: [{ path: 'policies/authz/authz.rego', max_age_days: 30 }] }),
      'review:policies/authz/authz.rego'
    )
    expect(c.status).toBe('failed')
    expect(c.message).toContain('37 days ago; the limit is 30 days')
    expect(c.location).toEqual({ file: 'policies/authz/authz.rego', line: 3 })
    expect(c.remediation).toContain('reviewed: 2026-11-21')
  })

  test("a bundle folder is judged by its .manifest's metadata.reviewed, with the top-level default", async () => {
    const dir = await fixtureWorkspace()
    const r = await run(dir, { policies: [{ path: 'policies' }], max_age_days: 45 })
    expect(check(r, 'review:policies')).toMatchObject({
      status: 'failed',
      message:
        'policies: last reviewed 2026-10-01 (.manifest metadata.reviewed), 51 days ago; the limit is 45 days',
      location: { file: 'policies/.manifest', line: 4 }
    })
  })

  test('an unreadable .manifest fails rather than falling back to the commit that broke it', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, 'policies/.manifest', '{"metadata": {"reviewed": "2026-11-01",}')
    const c = check(await run(dir, { policies: [{ path: 'policies' }] }), 'review:policies')
    expect(c.status).toBe('failed')
    expect(c.message).toMatch(/^policies\/\.manifest: /)
  })

  test('a date that is not a calendar day fails', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, 'p.rego', '# METADATA\n# custom:\n#   reviewed: 2026-02-30\npackage p\n')
    const c = check(await run(dir, { policies: [{ path: 'p.rego' }] }), 'review:p.rego')
    expect(c.status).toBe('failed')
    expect(c.message).toBe("p.rego:2: review date '2026-02-30' is not a YYYY-MM-DD calendar date")
  })

  test('a review date after the effective time fails', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, 'p.rego', '# METADATA\n# custom:\n#   reviewed: 2027-01-01\npackage p\n')
    const c = check(await run(dir, { policies: [{ path: 'p.rego' }] }), 'review:p.rego')
    expect(c.message).toContain('is after the effective time 2026-11-21')
  })

  test('without a review date, the last commit decides', async () => {
    const dir = await fixtureWorkspace()
    git(dir, '2026-05-01T10:00:00Z', 'init', '-q', '-b', 'main')
    commitAll(dir, '2026-05-01T10:00:00Z', 'policies')
    await write(
      dir,
      'policies/billing/billing.rego',
      '# METADATA\n# scope: subpackages\n# custom:\n#   owner: "@acme/billing"\npackage billing\n\nmax_amount := 20000\n'
    )
    commitAll(dir, '2026-11-01T10:00:00Z', 'raise the limit')
    const r = await run(dir, {
      policies: [
        { path: 'policies/billing/billing.rego' },
        { path: 'policies/authz/users/users.rego' }
      ]
    })
    expect(check(r, 'review:policies/billing/billing.rego')).toMatchObject({
      status: 'passed',
      message: expect.stringContaining('reviewed 2026-11-01 (last commit ') as unknown as string
    })
    expect(check(r, 'review:policies/authz/users/users.rego')).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('last reviewed 2026-05-01 (last commit') as unknown as string
    })
  })

  test('in a shallow clone, a file last changed before the fetched history is unverified', async () => {
    const origin = await fixtureWorkspace()
    git(origin, '2026-05-01T10:00:00Z', 'init', '-q', '-b', 'main')
    commitAll(origin, '2026-05-01T10:00:00Z', 'policies')
    await write(origin, 'README.md', 'changed\n')
    commitAll(origin, '2026-11-20T10:00:00Z', 'docs')
    const clone = await tempDir()
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone])
    const c = check(
      await run(clone, { policies: [{ path: 'policies/authz/users/users.rego' }] }),
      'review:policies/authz/users/users.rego'
    )
    expect(c.status).toBe('unverified')
    expect(c.message).toContain('the clone is shallow')
    expect(c.unlock).toContain('fetch-depth: 0')
  })

  test('outside a git checkout, a policy without a review date is unverified', async () => {
    const dir = await fixtureWorkspace()
    const c = check(
      await run(dir, { policies: [{ path: 'policies/authz/users/users.rego' }] }),
      'review:policies/authz/users/users.rego'
    )
    expect(c.status).toBe('unverified')
    expect(c.message).toContain('not a git checkout')
  })

  test('a missing policy, a link out of the workspace and a binary file fail', async () => {
    const dir = await fixtureWorkspace()
    const outside = await tempDir()
    await write(outside, 'x.rego', '# METADATA\n# custom:\n#   reviewed: 2026-11-20\npackage x\n')
    await fs.symlink(path.join(outside, 'x.rego'), path.join(dir, 'linked.rego'))
    await write(dir, 'blob.rego', Buffer.from([0, 1, 2, 3]))
    const r = await run(dir, {
      policies: [{ path: 'gone.rego' }, { path: 'linked.rego' }, { path: 'blob.rego' }]
    })
    expect(check(r, 'review:gone.rego').message).toBe('gone.rego: policy not found')
    expect(check(r, 'review:linked.rego').message).toBe(
      'linked.rego: symbolic link that leads outside the workspace'
    )
    expect(check(r, 'review:blob.rego').message).toBe('blob.rego: binary data, not Rego')
    expect(r.checks.every((c) => c.status === 'failed')).toBe(true)
  })
})

describe('governance wiring', () => {
  const WIRING = {
    workflows: [{ file: '.github/workflows/ci.yml', gate_job: 'gate' }],
    required_jobs: ['test', 'Lint b', 'gate']
  }

  test('the gate step and the required jobs still in place pass, with lines', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, '.github/workflows/ci.yml', CI)
    const r = await run(dir, WIRING)
    expect(r.status).toBe('passed')
    expect(check(r, 'gate:.github/workflows/ci.yml:gate').location).toEqual({
      file: '.github/workflows/ci.yml',
      line: 21
    })
    expect(check(r, 'required-job:Lint b').location).toEqual({
      file: '.github/workflows/ci.yml',
      line: 10
    })
  })

  test('a gate job whose gate step was removed fails at the job', async () => {
    const dir = await fixtureWorkspace()
    await write(
      dir,
      '.github/workflows/ci.yml',
      CI.replace('acme/gonogo/action-gate@v1', 'acme/other@v1')
    )
    const c = check(await run(dir, WIRING), 'gate:.github/workflows/ci.yml:gate')
    expect(c.status).toBe('failed')
    expect(c.message).toContain("job 'gate' no longer runs the gonogo gate")
    expect(c.location).toEqual({ file: '.github/workflows/ci.yml', line: 15 })
    expect(c.remediation).toContain('acme/gonogo/action-gate@v1')
  })

  test('a renamed gate job and a deleted required job fail', async () => {
    const dir = await fixtureWorkspace()
    await write(
      dir,
      '.github/workflows/ci.yml',
      CI.replace('  gate:\n', '  release-gate:\n')
        .replace('  test:\n', '  unit:\n')
        .replace('needs: [test, lint]', 'needs: [unit, lint]')
    )
    const r = await run(dir, WIRING)
    expect(check(r, 'gate:.github/workflows/ci.yml:gate').message).toContain(
      "job 'gate' no longer exists (jobs: unit, lint, release-gate)"
    )
    expect(check(r, 'required-job:test').status).toBe('failed')
    expect(check(r, 'required-job:gate').status).toBe('failed')
    expect(check(r, 'required-job:Lint b').status).toBe('passed')
  })

  test('a workflow GitHub refuses (needs naming a job that is gone) fails naming why', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, '.github/workflows/ci.yml', CI.replace('  test:\n', '  unit:\n'))
    const c = check(await run(dir, WIRING), 'gate:.github/workflows/ci.yml:gate')
    expect(c.status).toBe('failed')
    expect(c.message).toContain(
      "GitHub would refuse this workflow: Job 'gate' depends on unknown job 'test'"
    )
  })

  test('a deleted workflow fails', async () => {
    const dir = await fixtureWorkspace()
    const c = check(await run(dir, WIRING), 'gate:.github/workflows/ci.yml:gate')
    expect(c.message).toBe(
      '.github/workflows/ci.yml: the workflow that should run the gonogo gate is gone'
    )
  })

  test('a gate run through a local reusable workflow counts; so do ./action-gate and the root action', async () => {
    const dir = await fixtureWorkspace()
    await write(
      dir,
      '.github/workflows/ci.yml',
      'on: push\njobs:\n  gate:\n    uses: ./.github/workflows/gate.yml\n'
    )
    await write(
      dir,
      '.github/workflows/gate.yml',
      'on: workflow_call\njobs:\n  decide:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./action-gate/\n'
    )
    const c = check(await run(dir, WIRING), 'gate:.github/workflows/ci.yml:gate')
    expect(c.status).toBe('passed')
    expect(c.message).toContain('through .github/workflows/ci.yml job gate')
    expect(c.location).toEqual({ file: '.github/workflows/gate.yml', line: 6 })
    expect(matchesGate('acme/gonogo@v1.2.0', ['acme/gonogo@*'])).toBe(true)
    expect(matchesGate('./', ['./'])).toBe(true)
    expect(matchesGate('acme/gonogo-evil/action-gate@v1', ['acme/gonogo/action-gate@*'])).toBe(
      false
    )
  })

  test('a configured gate_action pattern replaces the defaults', async () => {
    const dir = await fixtureWorkspace()
    await write(
      dir,
      '.github/workflows/ci.yml',
      CI.replace('acme/gonogo/action-gate@v1', 'fork/gonogo/action-gate@0123abc')
    )
    const settings = { workflows: WIRING.workflows, gate_action: 'fork/gonogo/action-gate@*' }
    expect(check(await run(dir, settings), 'gate:.github/workflows/ci.yml:gate').status).toBe(
      'passed'
    )
    expect(check(await run(dir, WIRING), 'gate:.github/workflows/ci.yml:gate').status).toBe(
      'failed'
    )
  })

  test('a workflow with a YAML error fails at its line; required jobs it may hold are unverified', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, '.github/workflows/ci.yml', 'on: push\njobs:\n  gate:\n    steps: [\n')
    const r = await run(dir, WIRING)
    const g = check(r, 'gate:.github/workflows/ci.yml:gate')
    expect(g.status).toBe('failed')
    expect(g.message).toMatch(
      /^\.github\/workflows\/ci\.yml:\d+: GitHub would refuse this workflow: /
    )
    expect(check(r, 'required-job:test').status).toBe('unverified')
  })

  test('a binary workflow file is a finding, not a crash', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, '.github/workflows/ci.yml', Buffer.from([0x1f, 0x8b, 0, 0, 1]))
    const g = check(await run(dir, WIRING), 'gate:.github/workflows/ci.yml:gate')
    expect(g).toMatchObject({
      status: 'failed',
      message: '.github/workflows/ci.yml: binary data (U+0000 bytes), not YAML'
    })
  })

  test('the same inputs give a byte-identical report that validates as gonogo.report/v1', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, '.github/workflows/ci.yml', CI)
    const settings = {
      ...WIRING,
      policies: [{ path: 'policies' }, { path: 'policies/authz/authz.rego' }]
    }
    const report = await run(dir, settings)
    expect(validateReport(report)).toBe(true)
    expect(stableStringify(report)).toBe(stableStringify(await run(dir, settings)))
  })
})
