import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js'
import {
  ADMIN_TOKEN,
  DEFAULT_TOKEN,
  OWNER,
  REPO,
  rulesWorkspace,
  seedMatchingRules
} from '../support/rules-scenario.js'
import { defaultInputs, node24, runAction } from '../support/runner.js'
import { writeIn } from '../support/temp-workspace.js'

let fake: GitHubFake
let ws: { dir: string; cleanup: () => Promise<void> }
let sha: string

beforeEach(async () => {
  fake = await startGitHubFake()
  seedMatchingRules(fake)
  ws = await rulesWorkspace()
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: ws.dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Ada',
        GIT_AUTHOR_EMAIL: 'a@example.com',
        GIT_COMMITTER_NAME: 'Ada',
        GIT_COMMITTER_EMAIL: 'a@example.com'
      }
    }).trim()
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-qm', 'policy and workflows')
  sha = git('rev-parse', 'HEAD')
})
afterEach(async () => {
  await ws.cleanup()
  await fake.close()
  fake.assertNoViolations()
})

function env(token: string): Record<string, string> {
  return {
    ...defaultInputs('action-ruleset-verify/action.yml', {
      token,
      'effective-time': '2026-11-21T00:00:00Z'
    }),
    GITHUB_WORKSPACE: ws.dir,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.url
  }
}

function gate(extraArgs: string[] = []): { code: number; stdout: string } {
  try {
    const stdout = execFileSync(
      node24(),
      [
        path.resolve('dist/cli/index.js'),
        'gate',
        '--workspace',
        ws.dir,
        '--output',
        path.join(ws.dir, 'out'),
        '--sha',
        sha,
        '--effective-time',
        '2026-11-21T00:00:00Z',
        ...extraArgs
      ],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', GITHUB_REPOSITORY: `${OWNER}/${REPO}` }
      }
    )
    return { code: 0, stdout }
  } catch (e) {
    const err = e as { status: number; stdout: string }
    return { code: err.status, stdout: err.stdout }
  }
}

describe('action-ruleset-verify end to end (dist/ruleset-verify/index.js under Node 24), then the gate', () => {
  test('an admin token: both reports pass, the summary tabulates wanted vs observed, the gate says go', async () => {
    const r = await runAction('dist/ruleset-verify/index.js', env(ADMIN_TOKEN))
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('passed')
    expect(JSON.parse(r.outputs['report-paths'] ?? '[]')).toEqual([
      path.join(ws.dir, 'gonogo-reports/branch-protection.json'),
      path.join(ws.dir, 'gonogo-reports/required-checks.json')
    ])
    // no event payload here, so the default branch costs a request: 1 + branches + list + 4 details + 2
    expect(Number(r.outputs.requests)).toBe(9)
    expect(r.summary).toContain('### Wanted vs observed')
    expect(r.summary).toMatch(/\| `main` \| `min-approvals` \| 2 \| 2 \| ✅ passed \|/)
    const report = JSON.parse(
      await readFile(path.join(ws.dir, 'gonogo-reports/branch-protection.json'), 'utf8')
    ) as { subject: { sha: string; repository: string } }
    expect(report.subject).toMatchObject({ sha, repository: `${OWNER}/${REPO}` })
    const g = gate()
    expect(g.stdout).toMatch(/^go /)
    expect(g.code).toBe(0)
  })

  test('the default token: unverified where classic protection or bypass lists matter; the gate blocks unless manual evidence is allowed', async () => {
    const r = await runAction('dist/ruleset-verify/index.js', env(DEFAULT_TOKEN))
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('unverified')
    expect(r.summary).toContain('🟡 unverified')
    const blocked = gate()
    expect(blocked.code).toBe(1)
    expect(blocked.stdout).toContain('[high] branch-protection (unverified)')
    const policy = await readFile(path.join(ws.dir, '.github/gonogo.yml'), 'utf8')
    // Both reports are unverified with this token, so both controls must accept the manual evidence.
    await writeIn(
      ws.dir,
      '.github/gonogo.yml',
      policy.replace(
        /(source: \{ report: gonogo-reports\/[a-z-]+\.json \}\n {4}severity: high\n)/g,
        '$1    allow_unverified: { evidence: evidence/manual-ruleset-check.md }\n'
      )
    )
    await writeIn(
      ws.dir,
      'evidence/manual-ruleset-check.md',
      'Checked the bypass list by hand on 2026-11-20.\n'
    )
    const accepted = gate()
    expect(accepted.stdout).toMatch(/^go /)
    expect(accepted.code).toBe(0)
  })

  test('fail-on: unverified fails the step, and the reports are still written', async () => {
    const r = await runAction('dist/ruleset-verify/index.js', {
      ...env(DEFAULT_TOKEN),
      'INPUT_FAIL-ON': 'unverified'
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::gonogo ruleset-verify: branch rules unverified')
    expect(JSON.parse(r.outputs['report-paths'] ?? '[]')).toHaveLength(2)
  })
})
