// Issue 19 against the loopback GitHub fake (every request and response validated against the
// OpenAPI description): `gonogo org plan`, `org verify` (every shard in one process) and
// `org merge` over an organisation of many repositories — some with rules matching the policy,
// some without any, some listed but gone (404), some over the rate-limit budget — and a shard
// that never reported.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtemp, readFile, rm, cp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import {
  fullRepositoryJson,
  paginate,
  startGitHubFake,
  tokenKind,
  type GitHubFake
} from './support/github-fake.js'
import { routeRateLimit, routeWorkflowContents, orgCliIo } from './support/org-fixtures.js'
import {
  addRuleset,
  rulesetPullRequest,
  rulesetStatusChecks,
  seedRepo
} from './support/rules-fixtures.js'
import { writeIn } from './support/temp-workspace.js'

const ORG = 'acme'
const TOKEN = 'ghs_app_installation'
const N = 120
const TIME = ['--effective-time', '2026-11-30T00:00:00Z']
const WORKFLOW = `name: ci
on: [push, pull_request]
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
`
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
/** Requests left in the core rate limit, as GET /rate_limit answers. */
let remaining = 5000
const gone = new Set<string>()

const name = (i: number): string => `svc-${String(i).padStart(3, '0')}`

const io = (): Io & { stdout: string; stderr: string } => orgCliIo(dir, TOKEN, fake.url)

beforeAll(async () => {
  fake = await startGitHubFake()
  fake.tokens.set(TOKEN, 'admin')
  dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-org-'))
  await writeIn(dir, '.github/gonogo.yml', POLICY)
  for (let i = 0; i < N; i++) {
    seedRepo(fake, { owner: ORG, repo: name(i), default_branch: 'main', branches: ['main'] })
    // Two in three repositories have rules matching the policy; the rest have none.
    if (i % 3 !== 2)
      addRuleset(fake, {
        source: `${ORG}/${name(i)}`,
        name: 'main',
        include: ['~DEFAULT_BRANCH'],
        rules: [
          rulesetPullRequest({ required_approving_review_count: 1 }),
          rulesetStatusChecks(['test'])
        ]
      })
  }
  // Listed by the organisation, but gone by the time the shard reads it.
  for (const i of [7, 50]) gone.add(`${ORG}/${name(i)}`)
  fake.route('GET /orgs/{org}/repos', (req, f) => {
    const org = req.params.org ?? ''
    const repos = [...f.state.repos.entries()]
      .filter(([full]) => full.startsWith(`${org}/`))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([full, st]) => {
        const [owner = '', repo = ''] = full.split('/')
        return {
          ...fullRepositoryJson(f.url, owner, repo, st, tokenKind(req, f)),
          archived: repo === name(9),
          topics: repo === name(9) ? ['legacy'] : ['service']
        }
      })
    return paginate(req, repos, f)
  })
  // The repositories gone (deleted below) answer 404 here too.
  routeWorkflowContents(fake, WORKFLOW)
  routeRateLimit(fake, () => remaining)
  // The repositories gone since the listing answer 404 everywhere.
  for (const full of gone) fake.state.repos.delete(full)
})

afterAll(async () => {
  await fake.close()
  await rm(dir, { recursive: true, force: true })
})

describe('gonogo org (CLI) against the fake', () => {
  test('plan lists, filters and shards the organisation deterministically', async () => {
    const a = io()
    expect(
      await main(['org', 'plan', '--org', ORG, '--shards', '4', '--topic', 'service'], a)
    ).toBe(0)
    const plan = JSON.parse(await readFile(path.join(dir, 'org-plan.json'), 'utf8')) as {
      shards: { repositories: string[] }[]
    }
    const all = plan.shards.flatMap((s) => s.repositories)
    expect(all).toHaveLength(N - 2 - 1) // two gone from the fake, the archived one left out
    expect(all).not.toContain(`${ORG}/${name(9)}`)
    const sizes = plan.shards.map((s) => s.repositories.length)
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
    const again = io()
    expect(
      await main(['org', 'plan', '--org', ORG, '--shards', '4', '--topic', 'service'], again)
    ).toBe(0)
    expect(JSON.parse(await readFile(path.join(dir, 'org-plan.json'), 'utf8'))).toEqual(plan)
    expect(fake.violations).toEqual([])
  })

  test('verify runs every shard and merges: matching repositories pass, the rest fail, requests per repository printed', async () => {
    const o = io()
    const code = await main(['org', 'verify', '--org', ORG, '--shards', '4', ...TIME], o)
    expect(o.stderr).toBe('')
    expect(code).toBe(1)
    const report = JSON.parse(
      await readFile(path.join(dir, 'gonogo-org/org-report.json'), 'utf8')
    ) as {
      totals: { repositories: number; passed: number; failed: number; unverified: number }
      repositories: { repository: string; status: string }[]
    }
    const status = (i: number) =>
      report.repositories.find((r) => r.repository === `${ORG}/${name(i)}`)?.status
    expect(status(0)).toBe('passed')
    expect(status(2)).toBe('failed')
    expect(report.totals.passed + report.totals.failed + report.totals.unverified).toBe(
      report.totals.repositories
    )
    const perRepo = Number(/\(([\d.]+) per repository\)/.exec(o.stdout)?.[1])
    // No more than a single-repository verify-rules needs (listing and plan included).
    expect(perRepo).toBeGreaterThan(0)
    expect(perRepo).toBeLessThanOrEqual(12)
    const sarif = JSON.parse(
      await readFile(path.join(dir, 'gonogo-org/org-report.sarif'), 'utf8')
    ) as {
      version: string
    }
    expect(sarif.version).toBe('2.1.0')
    expect(fake.violations).toEqual([])
  }, 120_000)

  test('org verify sends no more requests per repository than verify-rules does for the same repositories', async () => {
    // Every repository once through the single-repository verify-rules (workflows from a
    // checkout: here none), then the whole organisation through org verify.
    const single = new Map<string, number>()
    for (let i = 0; i < N; i++) {
      const full = `${ORG}/${name(i)}`
      if (i === 9 || gone.has(full)) continue // left out of the plan / gone
      const before = fake.requests.length
      await main(['verify-rules', '--repo', full, '--output', `single/${name(i)}`, ...TIME], io())
      single.set(full, fake.requests.length - before)
    }
    const before = fake.requests.length
    const o = io()
    await main(
      [
        'org',
        'verify',
        '--org',
        ORG,
        '--shards',
        '4',
        '--output',
        'per-repo',
        '--topic',
        'service',
        ...TIME
      ],
      o
    )
    const sent = fake.requests.slice(before)
    const repos = [...single.keys()]
    const naming = (full: string): number =>
      sent.filter((r) => r.path === `/repos/${full}` || r.path.startsWith(`/repos/${full}/`)).length
    const singlePerRepo = [...single.values()].reduce((a, b) => a + b, 0) / repos.length
    const orgPerRepo = repos.reduce((n, full) => n + naming(full), 0) / repos.length
    // Shared by the whole run: the listing (100 repositories a page) and GET /rate_limit (which
    // does not count against the rate limit).
    const shared = sent.filter((r) => !r.path.startsWith('/repos/'))
    const routes = new Map<string, number>()
    for (const r of sent) routes.set(r.template, (routes.get(r.template) ?? 0) + 1)
    process.stdout.write(
      `\nrequests per repository over ${repos.length} repositories: org verify ${orgPerRepo.toFixed(2)} (${(sent.length / repos.length).toFixed(2)} with the ${shared.length} shared ones: listing, GET /rate_limit), verify-rules ${singlePerRepo.toFixed(2)}\n` +
        [...routes]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([t, n]) => `  ${t}: ${n}`)
          .join('\n') +
        '\n'
    )
    // Each repository: no more requests than its own verify-rules run.
    for (const full of repos)
      expect([full, naming(full) <= (single.get(full) ?? 0)]).toEqual([full, true])
    expect(shared.map((r) => r.template).sort()).toEqual([
      '/orgs/{org}/repos',
      '/orgs/{org}/repos',
      '/rate_limit',
      '/rate_limit',
      '/rate_limit',
      '/rate_limit'
    ])
    // Nothing asked twice for what the listing already said.
    expect(sent.filter((r) => r.template === '/repos/{owner}/{repo}')).toEqual([])
    expect(sent.filter((r) => r.template === '/repos/{owner}/{repo}/branches')).toEqual([])
    // The same verdicts as the single-repository runs.
    const report = JSON.parse(
      await readFile(path.join(dir, 'per-repo/org-report.json'), 'utf8')
    ) as { repositories: { repository: string; status: string }[] }
    for (const full of repos) {
      const bp = JSON.parse(
        await readFile(
          path.join(dir, `single/${full.split('/')[1]}/branch-protection.json`),
          'utf8'
        )
      ) as { status: string }
      expect([full, report.repositories.find((r) => r.repository === full)?.status]).toEqual([
        full,
        bp.status === 'passed' ? 'passed' : expect.stringMatching(/failed|unverified/)
      ])
    }
    expect(fake.violations).toEqual([])
  }, 120_000)

  test('a shard that never reported makes its repositories unverified in the merge, never passed', async () => {
    const input = path.join(dir, 'downloaded')
    await cp(path.join(dir, 'gonogo-org'), input, { recursive: true })
    await rm(path.join(input, 'shard-1'), { recursive: true })
    const plan = JSON.parse(await readFile(path.join(dir, 'org-plan.json'), 'utf8')) as {
      shards: { index: number; repositories: string[] }[]
    }
    const o = io()
    expect(
      await main(['org', 'merge', '--input', 'downloaded', '--output', 'merged', ...TIME], o)
    ).toBe(1)
    const report = JSON.parse(await readFile(path.join(dir, 'merged/org-report.json'), 'utf8')) as {
      repositories: { repository: string; status: string; reason: string | null }[]
    }
    for (const r of plan.shards.find((s) => s.index === 1)?.repositories ?? []) {
      expect(report.repositories.find((x) => x.repository === r)).toMatchObject({
        status: 'unverified',
        reason: expect.stringMatching(/no artifact shard-1/)
      })
    }
  })

  test('a budget that runs out mid-way leaves the rest unverified, naming the budget', async () => {
    remaining = 60
    try {
      const o = io()
      expect(
        await main(
          ['org', 'verify', '--org', ORG, '--shards', '1', '--output', 'budget', ...TIME],
          o
        )
      ).toBe(1)
      const report = JSON.parse(
        await readFile(path.join(dir, 'budget/org-report.json'), 'utf8')
      ) as {
        totals: { unverified: number }
      }
      expect(report.totals.unverified).toBeGreaterThan(90)
      const shard = await readFile(
        path.join(dir, `budget/shard-0/${ORG}/${name(119)}/branch-protection.json`),
        'utf8'
      )
      expect(shard).toMatch(/the API budget ran out/)
    } finally {
      remaining = 5000
    }
  }, 120_000)
})
