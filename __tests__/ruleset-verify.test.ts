import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { runVerify, type VerifyOptions } from '../src/ruleset-verify/run-verify.js'
import { startGitHubFake, type GitHubFake } from './support/github-fake.js'
import {
  ADMIN_TOKEN,
  DEFAULT_TOKEN,
  OWNER,
  REPO,
  rulesWorkspace,
  seedMatchingRules
} from './support/rules-scenario.js'
import { writeIn } from './support/temp-workspace.js'

let fake: GitHubFake
let ws: { dir: string; cleanup: () => Promise<void> }
// A fresh fake per test: state and injected faults never leak from one case into the next.
beforeEach(async () => {
  fake = await startGitHubFake()
  ws = await rulesWorkspace()
})
afterEach(async () => {
  await ws.cleanup()
  await fake.close()
  fake.assertNoViolations()
})

const SHA = 'f'.repeat(40)

function options(token: string, extra: Partial<VerifyOptions> = {}): VerifyOptions {
  return {
    workspace: ws.dir,
    config: '.github/gonogo.yml',
    output: path.join(ws.dir, 'gonogo-reports'),
    owner: OWNER,
    repo: REPO,
    branches: [],
    sha: SHA,
    ref: 'refs/heads/main',
    token,
    apiUrl: fake.url,
    effectiveTime: Date.parse('2026-11-21T00:00:00Z'),
    retryBaseMs: 5,
    timeoutMs: 500,
    ...extra
  }
}

const byId = (checks: { id: string; status: string }[]) =>
  Object.fromEntries(checks.map((c) => [c.id, c.status]))

describe('verify-rules against the OpenAPI-validated fake', () => {
  test('an admin token sees everything: matching rules pass, with few requests', async () => {
    seedMatchingRules(fake)
    const r = await runVerify(options(ADMIN_TOKEN))
    expect(r.branches).toEqual(['main'])
    expect(byId(r.branchProtection.checks)).toEqual({
      'main/required-check:test (20)': 'passed',
      'main/required-check:test (22)': 'passed',
      'main/required-check:Lint': 'passed',
      'main/strict': 'passed',
      'main/min-approvals': 'passed',
      'main/dismiss-stale-reviews': 'passed',
      'main/block-force-pushes': 'passed',
      'main/bypass-actors': 'passed'
    })
    expect(r.requiredChecks.status).toBe('passed')
    // repo (default branch) + branch list + ruleset list + 4 details + effective rules + classic protection
    expect(r.requests).toBe(9)
    const written = JSON.parse(
      await readFile(path.join(ws.dir, 'gonogo-reports/branch-protection.json'), 'utf8')
    ) as { contract: string; control: string; subject: { sha: string } }
    expect(written).toMatchObject({
      contract: 'gonogo.report/v1',
      control: 'branch-protection',
      subject: { sha: SHA }
    })
  })

  test('the default token reads the rules but not classic protection nor bypass lists', async () => {
    seedMatchingRules(fake)
    const r = await runVerify(options(DEFAULT_TOKEN))
    const s = byId(r.branchProtection.checks)
    expect(s['main/min-approvals']).toBe('passed')
    expect(s['main/bypass-actors']).toBe('unverified')
    expect(r.branchProtection.status).toBe('unverified')
    const bypass = r.branchProtection.checks.find((c) => c.id === 'main/bypass-actors')
    expect(bypass?.unlock).toContain('Administration: read')
  })

  test('with the default token, a setting the rules do not satisfy is unverified, naming the permission', async () => {
    seedMatchingRules(fake)
    await writeIn(
      ws.dir,
      '.github/gonogo.yml',
      (await readFile(path.join(ws.dir, '.github/gonogo.yml'), 'utf8')).replace(
        'min_approvals: 2',
        'min_approvals: 4'
      )
    )
    const r = await runVerify(options(DEFAULT_TOKEN))
    const c = r.branchProtection.checks.find((x) => x.id === 'main/min-approvals')
    expect(c?.status).toBe('unverified')
    expect(c?.message).toContain('classic branch protection could not be read (HTTP 403')
    expect(c?.unlock).toContain('"Administration: read"')
    const admin = await runVerify(options(ADMIN_TOKEN))
    expect(admin.branchProtection.checks.find((x) => x.id === 'main/min-approvals')?.status).toBe(
      'failed'
    )
  })

  test('a required check that no workflow produces is failed and names the closest producible names', async () => {
    seedMatchingRules(fake, ['test (20)', 'test (22)', 'Lint', 'lint'])
    const r = await runVerify(options(ADMIN_TOKEN))
    const c = r.requiredChecks.checks.find((x) => x.id === 'main/producible:lint')
    expect(c?.status).toBe('failed')
    expect(c?.message).toContain("closest producible names: 'Lint'")
    expect(byId(r.branchProtection.checks)['main/undeclared-required-check:lint']).toBe('failed')
  })

  test('branch globs are expanded through the branch list; a name with / is encoded', async () => {
    seedMatchingRules(fake)
    const r = await runVerify(options(ADMIN_TOKEN, { branches: ['release/*'] }))
    expect(r.branches).toEqual(['release/1.0'])
    expect(byId(r.branchProtection.checks)).toEqual({
      'release/1.0/required-check:Lint': 'passed',
      'release/1.0/min-approvals': 'passed'
    })
    expect(fake.requests.some((q) => q.path.endsWith('/rules/branches/release%2F1.0'))).toBe(true)
  })

  test('a branch that does not exist fails instead of passing on rules GitHub answers for any name', async () => {
    seedMatchingRules(fake)
    const r = await runVerify(
      options(ADMIN_TOKEN, { branches: ['release/9.9', 'main', 'hotfix/*'] })
    )
    expect(r.branches).toEqual(['main'])
    const s = byId(r.branchProtection.checks)
    expect(s['release/9.9/exists']).toBe('failed')
    expect(s['hotfix/*/exists']).toBe('failed')
    expect(r.branchProtection.status).toBe('failed')
    expect(fake.requests.some((q) => q.path.includes('release%2F9.9'))).toBe(false)
  })

  test('the job summary splits branch names that contain a slash correctly', async () => {
    seedMatchingRules(fake)
    const r = await runVerify(options(ADMIN_TOKEN, { branches: ['release/*'] }))
    expect(r.markdown).toContain('| `release/1.0` | `min-approvals` |')
  })

  test('a ruleset in evaluate mode is reported as configured but not enforced', async () => {
    seedMatchingRules(fake)
    await writeIn(
      ws.dir,
      '.github/gonogo.yml',
      (await readFile(path.join(ws.dir, '.github/gonogo.yml'), 'utf8')).replace(
        'min_approvals: 2',
        'min_approvals: 3'
      )
    )
    const r = await runVerify(options(ADMIN_TOKEN))
    expect(r.branchProtection.checks.find((x) => x.id === 'main/min-approvals')?.message).toContain(
      "configured but not enforced in ruleset 'trial'"
    )
  })

  test('same facts and effective time give byte-identical reports', async () => {
    seedMatchingRules(fake)
    await runVerify(options(ADMIN_TOKEN))
    const first = await readFile(path.join(ws.dir, 'gonogo-reports/branch-protection.json'), 'utf8')
    await runVerify(options(ADMIN_TOKEN))
    expect(await readFile(path.join(ws.dir, 'gonogo-reports/branch-protection.json'), 'utf8')).toBe(
      first
    )
  })
})

describe('faults end in unverified with a clear message, after bounded retries', () => {
  const rulesPath = new RegExp(`/repos/${OWNER}/${REPO}/rules/branches/main$`)

  test('persistent 500s', async () => {
    seedMatchingRules(fake)
    fake.inject({ path: rulesPath, status: 500, times: Infinity })
    const r = await runVerify(options(ADMIN_TOKEN))
    const c = r.branchProtection.checks.find((x) => x.id === 'main/block-force-pushes')
    expect(c?.status).toBe('unverified')
    expect(c?.message).toContain('HTTP 500 after retries')
    expect(fake.requests.filter((q) => rulesPath.test(q.path))).toHaveLength(4)
  })

  test('a secondary rate limit with retry-after is waited out and retried', async () => {
    seedMatchingRules(fake)
    fake.inject({
      path: rulesPath,
      status: 403,
      times: 1,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest'
      }
    })
    const r = await runVerify(options(ADMIN_TOKEN))
    expect(
      r.branchProtection.checks.filter((c) => c.status !== 'passed').map((c) => c.message)
    ).toEqual([])
    expect(r.branchProtection.status).toBe('passed')
    expect(fake.requests.filter((q) => rulesPath.test(q.path))).toHaveLength(2)
  })

  test('an exhausted primary rate limit that resets late is unverified and says when it resets', async () => {
    seedMatchingRules(fake)
    const reset = Math.floor(Date.now() / 1000) + 3600
    fake.inject({
      path: rulesPath,
      status: 403,
      times: Infinity,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-reset': String(reset)
      },
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest'
      }
    })
    const r = await runVerify(options(ADMIN_TOKEN))
    const c = r.branchProtection.checks.find((x) => x.id === 'main/block-force-pushes')
    expect(c?.status).toBe('unverified')
    expect(c?.message).toContain('rate limited')
    expect(c?.unlock).toContain(new Date(reset * 1000).toISOString())
  })

  test('a truncated JSON answer is not mistaken for "no rules"', async () => {
    seedMatchingRules(fake)
    fake.inject({ path: rulesPath, truncate: true, times: Infinity })
    const r = await runVerify(options(ADMIN_TOKEN))
    const c = r.branchProtection.checks.find((x) => x.id === 'main/block-force-pushes')
    expect(c?.message).toContain('could not be read')
    expect(c?.status).toBe('unverified')
  })

  test('a server that never answers times out and is unverified', async () => {
    seedMatchingRules(fake)
    fake.inject({ path: rulesPath, timeout: true, times: Infinity })
    const r = await runVerify(options(ADMIN_TOKEN, { timeoutMs: 200 }))
    const c = r.branchProtection.checks.find((x) => x.id === 'main/block-force-pushes')
    expect(c?.status).toBe('unverified')
    expect(fake.requests.filter((q) => rulesPath.test(q.path)).length).toBeLessThanOrEqual(4)
  })

  test('a policy without branches: is a configuration error', async () => {
    await writeIn(
      ws.dir,
      '.github/gonogo.yml',
      'version: 1\ncontrols:\n  - { id: a, severity: high }\n'
    )
    await expect(runVerify(options(ADMIN_TOKEN))).rejects.toThrow("no 'branches:' section")
  })
})
