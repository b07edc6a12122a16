import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import { startGitHubFake, type GitHubFake } from './support/github-fake.js'
import {
  ADMIN_TOKEN,
  OWNER,
  REPO,
  rulesWorkspace,
  seedMatchingRules
} from './support/rules-scenario.js'

let fake: GitHubFake
let ws: { dir: string; cleanup: () => Promise<void> }
beforeEach(async () => {
  fake = await startGitHubFake()
  ws = await rulesWorkspace()
})
afterEach(async () => {
  await ws.cleanup()
  await fake.close()
  fake.assertNoViolations()
})

function io(env: NodeJS.ProcessEnv = {}): Io & { stdout: string; stderr: string } {
  const o = {
    stdout: '',
    stderr: '',
    env,
    cwd: ws.dir,
    out: (s: string) => void (o.stdout += s),
    err: (s: string) => void (o.stderr += s)
  }
  return o
}

describe('gonogo check-names', () => {
  test('lists every check name the workflows can produce, sorted, one per line', async () => {
    const o = io()
    expect(await main(['check-names'], o)).toBe(0)
    expect(o.stdout).toBe('Lint\ngonogo\ntest (20)\ntest (22)\n')
  })

  test('--json gives checks and unresolved jobs', async () => {
    const o = io()
    await main(
      ['check-names', '--json', '--workspace', path.resolve('__tests__/fixtures/workflows')],
      o
    )
    const out = JSON.parse(o.stdout) as {
      checks: string[]
      unresolved: { workflow: string; job: string; reason: string }[]
    }
    expect(out.checks.length).toBeGreaterThan(5)
    expect(out.checks).toEqual([...out.checks].sort())
    expect(out.unresolved.length).toBeGreaterThan(0)
    expect(Object.keys(out.unresolved[0] ?? {}).sort()).toEqual(['job', 'reason', 'workflow'])
  })
})

describe('gonogo verify-rules', () => {
  test('writes both reports and exits 0 when everything passes', async () => {
    seedMatchingRules(fake)
    const o = io({ GITHUB_TOKEN: ADMIN_TOKEN, GITHUB_API_URL: fake.url })
    const code = await main(
      [
        'verify-rules',
        '--repo',
        `${OWNER}/${REPO}`,
        '--branch',
        'main',
        '--sha',
        'e'.repeat(40),
        '--effective-time',
        '2026-11-21T00:00:00Z'
      ],
      o
    )
    expect(o.stderr).toBe('')
    expect(code).toBe(0)
    expect(o.stdout).toContain('branch-protection: passed')
    const report = JSON.parse(
      await readFile(path.join(ws.dir, 'gonogo-reports/required-checks.json'), 'utf8')
    ) as { status: string; generated_at: string }
    expect(report).toMatchObject({ status: 'passed', generated_at: '2026-11-21T00:00:00.000Z' })
  })

  test('without a token it is a usage error that says what to set', async () => {
    const o = io({ GITHUB_API_URL: fake.url })
    expect(await main(['verify-rules', '--repo', `${OWNER}/${REPO}`], o)).toBe(2)
    expect(o.stderr).toContain('set GITHUB_TOKEN')
  })

  test('a malformed --repo is a usage error', async () => {
    const o = io({ GITHUB_TOKEN: 'x' })
    expect(await main(['verify-rules', '--repo', 'just-a-name'], o)).toBe(2)
    expect(o.stderr).toContain("--repo must be OWNER/NAME, got 'just-a-name'")
  })
})

describe('gonogo check NAME', () => {
  test('runs one built-in check and writes NAME.json', async () => {
    const o = io()
    const code = await main(
      [
        'check',
        'workflow-lint',
        '--effective-time',
        '2026-11-21T00:00:00Z',
        '--sha',
        'a'.repeat(40)
      ],
      o
    )
    expect(o.stdout).toMatch(/^workflow-lint: (passed|failed|unverified) /)
    const report = JSON.parse(
      await readFile(path.join(ws.dir, 'gonogo-reports/workflow-lint.json'), 'utf8')
    ) as { control: string; status: string; generated_at: string }
    expect(report).toMatchObject({
      control: 'workflow-lint',
      generated_at: '2026-11-21T00:00:00.000Z'
    })
    expect(code).toBe(report.status === 'passed' ? 0 : 1)
  })

  test('an unknown check name is a usage error listing the built-in checks', async () => {
    const o = io()
    expect(await main(['check', 'nope'], o)).toBe(2)
    expect(o.stderr).toContain(
      "unknown check 'nope'; built-in checks: policy-bundle, policy-freshness, workflow-lint, replay-determinism, provenance-coverage, ci-trend"
    )
  })
})
