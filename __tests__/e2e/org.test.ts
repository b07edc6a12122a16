// Issue 19 end to end: the three organisation modes of action-ruleset-verify run through
// dist/ruleset-verify/index.js with the runner's environment (every input at its action.yml
// default unless set), against the loopback fake (validated against the OpenAPI description):
// plan → one job per shard (upload off: the plan file and the shard folders stand in for the
// downloaded artifacts, one named as actions/download-artifact names it) → merge, with one shard
// missing. The plan job's shards output carries descriptors (index, count, plan digest) only;
// the default branches travel in the plan file (no shard reads GET /repos/{owner}/{repo}); with
// the etag-cache input a shard's second run is conditional and its summary counts the 304s.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { cp, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js'
import { routeOrgListing, routeRateLimit, routeWorkflowContents } from '../support/org-fixtures.js'
import {
  addRuleset,
  rulesetPullRequest,
  rulesetStatusChecks,
  seedRepo
} from '../support/rules-fixtures.js'
import { defaultInputs, runAction } from '../support/runner.js'
import { writeIn } from '../support/temp-workspace.js'

const ORG = 'acme'
const TOKEN = 'ghs_installation'
const WORKFLOW =
  'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'
const POLICY = `version: 1
controls:
  - id: branch-protection
    source: { report: gonogo-reports/branch-protection.json }
    severity: high
branches:
  main:
    required_checks: [test]
    min_approvals: 1
`
let fake: GitHubFake
let dir = ''

beforeAll(async () => {
  fake = await startGitHubFake()
  fake.tokens.set(TOKEN, 'admin')
  dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-org-e2e-'))
  await writeIn(dir, '.github/gonogo.yml', POLICY)
  for (let i = 0; i < 12; i++) {
    const repo = `svc-${i}`
    seedRepo(fake, { owner: ORG, repo, default_branch: 'main', branches: ['main'] })
    if (i % 4 !== 3)
      addRuleset(fake, {
        source: `${ORG}/${repo}`,
        name: 'main',
        include: ['~DEFAULT_BRANCH'],
        rules: [
          rulesetPullRequest({ required_approving_review_count: 1 }),
          rulesetStatusChecks(['test'])
        ]
      })
  }
  routeOrgListing(fake)
  routeWorkflowContents(fake, WORKFLOW)
  routeRateLimit(fake, 4000)
})

afterAll(async () => {
  await fake.close()
  fake.assertNoViolations()
  await rm(dir, { recursive: true, force: true })
})

function env(inputs: Record<string, string>): Record<string, string> {
  return {
    ...defaultInputs('action-ruleset-verify/action.yml', {
      token: TOKEN,
      'effective-time': '2026-11-30T00:00:00Z',
      ...inputs
    }),
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: `${ORG}/.github`,
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.url
  }
}

describe('action-ruleset-verify organisation modes (dist/ruleset-verify/index.js)', () => {
  test('plan → shards → merge: one report for the organisation; a shard that never reported leaves its repositories unverified', async () => {
    const plan = await runAction(
      'dist/ruleset-verify/index.js',
      env({ mode: 'plan', org: ORG, shards: '3', upload: 'false' })
    )
    expect(plan.stderr).toBe('')
    expect(plan.code).toBe(0)
    const refs = JSON.parse(plan.outputs.shards ?? '[]') as {
      index: number
      count: number
      plan: string
    }[]
    const digest = plan.outputs['plan-digest'] ?? ''
    expect(refs).toEqual([0, 1, 2].map((index) => ({ index, count: 3, plan: digest })))
    // As actions/download-artifact (name: gonogo-org-plan, path: gonogo-org-plan) leaves it.
    await mkdir(path.join(dir, 'gonogo-org-plan'), { recursive: true })
    await cp(
      path.join(dir, 'gonogo-reports/gonogo-org-plan/org-plan.json'),
      path.join(dir, 'gonogo-org-plan/org-plan.json')
    )
    const shards = (
      JSON.parse(await readFile(path.join(dir, 'gonogo-org-plan/org-plan.json'), 'utf8')) as {
        shards: { index: number; repositories: string[] }[]
      }
    ).shards
    expect(shards).toHaveLength(3)
    expect(shards.flatMap((s) => s.repositories)).toHaveLength(12)
    for (const ref of refs.slice(0, 2)) {
      const before = fake.requests.length
      const r = await runAction(
        'dist/ruleset-verify/index.js',
        env({ mode: 'shard', shard: JSON.stringify(ref), upload: 'false', output: 'gonogo-org' })
      )
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      // The default branches travel in the plan file: no repository is read first.
      expect(
        fake.requests
          .slice(before)
          .filter((q) => q.method === 'GET' && /^\/repos\/[^/]+\/[^/]+(\/branches)?$/.test(q.path))
          .map((q) => q.path)
      ).toEqual([])
    }
    // As actions/download-artifact (pattern gonogo-org-shard-*) names the folders.
    await rename(
      path.join(dir, 'gonogo-org/shard-1'),
      path.join(dir, 'gonogo-org/gonogo-org-shard-1')
    )
    const merge = await runAction(
      'dist/ruleset-verify/index.js',
      env({ mode: 'merge', 'plan-digest': digest, input: 'gonogo-org', output: 'org-out' })
    )
    expect(merge.stderr).toBe('')
    expect(merge.code).toBe(0)
    expect(merge.outputs.status).toBe('failed')
    const report = JSON.parse(
      await readFile(path.join(dir, 'org-out/org-report.json'), 'utf8')
    ) as {
      repositories: { repository: string; status: string }[]
      totals: { repositories: number; unverified: number }
    }
    expect(report.totals.repositories).toBe(12)
    for (const repo of shards[2]?.repositories ?? [])
      expect(report.repositories.find((r) => r.repository === repo)?.status).toBe('unverified')
    expect(report.repositories.find((r) => r.repository === `${ORG}/svc-3`)?.status).toMatch(
      /failed|unverified/
    )
    expect(merge.summary).toContain('## gonogo: branch rules across')
    await readFile(path.join(dir, 'org-out/org-report.sarif'), 'utf8')
  }, 120_000)

  test('etag-cache: the second run of a shard sends If-None-Match and its summary counts the 304s', async () => {
    const plan = await runAction(
      'dist/ruleset-verify/index.js',
      env({ mode: 'plan', org: ORG, shards: '3', upload: 'false', output: 'etag-plan' })
    )
    expect(plan.code).toBe(0)
    await mkdir(path.join(dir, 'etag-plan-download'), { recursive: true })
    await cp(
      path.join(dir, 'etag-plan/gonogo-org-plan/org-plan.json'),
      path.join(dir, 'etag-plan-download/org-plan.json')
    )
    const shard = (JSON.parse(plan.outputs.shards ?? '[]') as unknown[])[2]
    const run = async (output: string) => {
      const before = fake.requests.length
      const before304 = fake.notModified.length
      const r = await runAction(
        'dist/ruleset-verify/index.js',
        env({
          mode: 'shard',
          shard: JSON.stringify(shard),
          plan: 'etag-plan-download/org-plan.json',
          upload: 'false',
          output,
          'etag-cache': '.gonogo-etag-cache'
        })
      )
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      return {
        ...r,
        sent: fake.requests.slice(before),
        notModified: fake.notModified.length - before304
      }
    }
    const first = await run('etag-first')
    expect(first.notModified).toBe(0)
    const second = await run('etag-second')
    expect(second.sent.filter((q) => q.headers['if-none-match'] !== undefined).length).toBe(
      second.notModified
    )
    expect(second.notModified).toBeGreaterThan(0)
    expect(second.summary).toContain(
      `${second.sent.length} API requests (${second.notModified} answered 304 Not Modified from the ETag cache: not counted against the rate limit)`
    )
  }, 120_000)
})
