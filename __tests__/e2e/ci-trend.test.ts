import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { seedTinyHistory } from '../support/actions-fixtures.js'
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js'
import { defaultInputs, runAction } from '../support/runner.js'
import { writeIn } from '../support/temp-workspace.js'

let fake: GitHubFake
let dir: string
beforeEach(async () => {
  fake = await startGitHubFake()
  dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-e2e-trend-'))
})
afterEach(async () => {
  await fake.close()
  await rm(dir, { recursive: true, force: true })
  fake.assertNoViolations()
})

const POLICY = (minPassRate: number) => `version: 1
controls:
  - id: ci-health
    source: { builtin: ci-trend }
    severity: high
    owner: '@acme/platform'
checks:
  ci-trend:
    branch: main
    event: push
    jobs:
      - { workflow: ci.yml, job: test }
      - { workflow: ci.yml, job: build }
    slo: { min_pass_rate: ${minPassRate}, min_samples: 5, max_flaky_rate: 25, error_budget: 2 }
`

function env(): Record<string, string> {
  return {
    ...defaultInputs('action-gate/action.yml', {
      'effective-time': '2026-11-21T00:00:00Z',
      output: path.join(dir, 'out')
    }),
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_API_URL: fake.url
  }
}

describe('ci-trend end to end through dist/gate/index.js', () => {
  test('a healthy history is go; the job summary charts it; the report travels with the summary', async () => {
    seedTinyHistory(fake, { owner: 'acme', repo: 'shop' })
    await writeIn(dir, '.github/gonogo.yml', POLICY(50))
    const r = await runAction('dist/gate/index.js', env())
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.outputs.decision).toBe('go')
    expect(r.summary).toContain('### CI stability (passed)')
    expect(r.summary).toContain('```mermaid')
    const report = JSON.parse(
      await readFile(path.join(dir, 'out/report-ci-trend.json'), 'utf8')
    ) as { control: string; facts: { requests: number } }
    expect(report).toMatchObject({ control: 'ci-trend', facts: { requests: 8 } })
  })

  test('a breached SLO is no-go and names the job', async () => {
    seedTinyHistory(fake, { owner: 'acme', repo: 'shop' })
    await writeIn(dir, '.github/gonogo.yml', POLICY(90))
    const r = await runAction('dist/gate/index.js', env())
    expect(r.code).toBe(1)
    expect(r.outputs.decision).toBe('no-go')
    expect(r.stdout).toContain('ci-health')
    expect(r.summary).toContain('pass rate 60% &lt; 90%')
  })
})
