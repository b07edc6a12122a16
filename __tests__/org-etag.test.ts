// Issue 19, the ETag cache as a user option and the default branches in the plan, against the
// loopback fake (requests and responses validated against the OpenAPI description; it serves
// ETags and answers a matching If-None-Match with 304, not counted against the rate limit):
// action-ruleset-verify's `etag-cache` input (mode shard, in process: src/ruleset-verify/
// org-step.ts) and `gonogo org verify --etag-cache DIR` make a second run conditional and say how
// many answers were 304; an input leaving the workspace is refused before any request; a shard
// job takes the default branches from the plan file (no GET /repos/{owner}/{repo}); and 304s do
// not use up a shard's rate-limit budget (src/ruleset-verify/org.ts verifyShard).
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import { createClient, EtagCache } from '../src/github/client.js'
import { loadPolicy } from '../src/io/policy-file.js'
import { Workspace } from '../src/io/workspace.js'
import type { OrgMode } from '../src/ruleset-verify/org-step.js'
import { verifyShard } from '../src/ruleset-verify/org.js'
import { startGitHubFake, type FakeRequest, type GitHubFake } from './support/github-fake.js'
import {
  addRuleset,
  rulesetPullRequest,
  rulesetStatusChecks,
  seedRepo
} from './support/rules-fixtures.js'
import { writeIn } from './support/temp-workspace.js'
import {
  routeOrgListing,
  routeWorkflowContents,
  runOrgStep,
  orgCliIo
} from './support/org-fixtures.js'

const ORG = 'acme'
const TOKEN = 'ghs_installation_org_etag'
const WORKFLOW =
  'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'
const POLICY = `version: 1
controls:
  - id: branch-protection
    severity: high
branches:
  main:
    required_checks: [test]
    min_approvals: 1
`
const N = 30
const TIME = '2026-11-30T00:00:00Z'
const name = (i: number): string => `svc-${String(i).padStart(2, '0')}`

let fake: GitHubFake
let dir = ''
let tmp = ''
const saved = { ...process.env }

/** GET /repos/{owner}/{repo} itself, or the branch list: what the plan's default branches spare. */
const readsRepository = (q: FakeRequest): boolean =>
  q.method === 'GET' && /^\/repos\/[^/]+\/[^/]+(\/branches)?$/.test(q.path)

beforeAll(async () => {
  fake = await startGitHubFake()
  fake.tokens.set(TOKEN, 'admin')
  dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-org-etag-'))
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gonogo-org-etag-runner-'))
  await writeIn(dir, '.github/gonogo.yml', POLICY)
  for (let i = 0; i < N; i++) {
    // Two default branches, so that a plan carrying the wrong one would show in the reports.
    const main = i % 5 === 4 ? 'trunk' : 'main'
    seedRepo(fake, { owner: ORG, repo: name(i), default_branch: main, branches: [main] })
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
  routeOrgListing(fake)
  routeWorkflowContents(fake, WORKFLOW)
  fake.route('GET /rate_limit', (_req, f) => {
    const b = f.rateLimit ?? { limit: 5000, remaining: 5000, reset: 1796000000 }
    // GET /rate_limit does not count against the limit (docs: "Get rate limit status").
    if (f.rateLimit) f.rateLimit.remaining++
    const r = {
      limit: b.limit,
      remaining: b.remaining,
      reset: b.reset,
      used: b.limit - b.remaining
    }
    return { status: 200, body: { resources: { core: r, search: r }, rate: r } }
  })
})

afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
  Object.assign(process.env, saved)
})

afterAll(async () => {
  await fake.close()
  fake.assertNoViolations()
  await rm(dir, { recursive: true, force: true })
  await rm(tmp, { recursive: true, force: true })
})

/** Runs one mode as the runner would (support/org-fixtures.ts runOrgStep); its outputs and summary. */
const step = (
  mode: OrgMode,
  inputs: Record<string, string>
): Promise<{ outputs: Record<string, string>; summary: string }> =>
  runOrgStep(mode, inputs, { tmp, workspace: dir, token: TOKEN, apiUrl: fake.url, owner: ORG })

/** Every report file under a folder, path → bytes. */
async function tree(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const e of await readdir(root, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const p = path.join(e.parentPath, e.name)
      out.set(path.relative(root, p), await readFile(p, 'utf8'))
    }
  return out
}

interface Ref {
  index: number
  count: number
  plan: string
}

describe('action-ruleset-verify mode shard: default branches from the plan, input etag-cache', () => {
  let refs: Ref[] = []

  test('plan: the plan file carries each repository default branch from the listing', async () => {
    const plan = await step('plan', { org: ORG, shards: '2', upload: 'false' })
    refs = JSON.parse(plan.outputs.shards ?? '[]') as Ref[]
    expect(refs).toHaveLength(2)
    const file = path.join(dir, 'gonogo-reports/gonogo-org-plan/org-plan.json')
    const doc = JSON.parse(await readFile(file, 'utf8')) as {
      shards: { repositories: string[]; default_branches: Record<string, string> }[]
    }
    for (const s of doc.shards)
      expect(Object.keys(s.default_branches).sort()).toEqual(s.repositories)
    const all = Object.assign({}, ...doc.shards.map((s) => s.default_branches)) as Record<
      string,
      string
    >
    expect(all[`${ORG}/${name(4)}`]).toBe('trunk')
    expect(all[`${ORG}/${name(0)}`]).toBe('main')
    // As actions/download-artifact (name: gonogo-org-plan, path: gonogo-org-plan) leaves it.
    await mkdir(path.join(dir, 'gonogo-org-plan'), { recursive: true })
    await cp(file, path.join(dir, 'gonogo-org-plan/org-plan.json'))
  })

  test('a shard reads no repository first; a second run through the cache sends If-None-Match, gets 304s and says how many', async () => {
    const ref = refs[0] as Ref
    const run = async (output: string) => {
      const before = fake.requests.length
      const before304 = fake.notModified.length
      const r = await step('shard', {
        shard: JSON.stringify(ref),
        upload: 'false',
        output,
        'etag-cache': '.gonogo-etag-cache'
      })
      return {
        ...r,
        sent: fake.requests.slice(before),
        notModified: fake.notModified.length - before304
      }
    }
    const first = await run('first')
    expect(first.sent.filter(readsRepository).map((q) => q.path)).toEqual([])
    expect(first.notModified).toBe(0)
    expect(first.summary).toContain('0 answered 304 Not Modified from the ETag cache')
    expect(first.sent.some((q) => q.headers['if-none-match'] !== undefined)).toBe(false)
    expect((await readdir(path.join(dir, '.gonogo-etag-cache'))).length).toBeGreaterThan(0)
    const second = await run('second')
    expect(second.sent.filter(readsRepository).map((q) => q.path)).toEqual([])
    const conditional = second.sent.filter((q) => q.headers['if-none-match'] !== undefined)
    expect(conditional.length).toBeGreaterThan(0)
    expect(second.notModified).toBe(conditional.length)
    expect(second.summary).toMatch(
      new RegExp(
        `^## gonogo org shard 0\\n\\n\\d+ repositories of shard 0 of 2, ${second.sent.length} API requests \\(${second.notModified} answered 304 Not Modified from the ETag cache: not counted against the rate limit\\)\\.\\n$`
      )
    )
    expect(second.outputs.requests).toBe(String(second.sent.length))
    // The same reports, byte for byte, and the trunk repositories verified on trunk.
    const a = await tree(path.join(dir, 'first/shard-0'))
    expect(await tree(path.join(dir, 'second/shard-0'))).toEqual(a)
    const trunks = [...a].filter(
      ([p]) => /svc-(04|09|14|19|24|29)/.test(p) && p.endsWith('branch-protection.json')
    )
    // (shards alternate by name at equal cost: shard 0 holds svc-04, svc-14 and svc-24)
    expect(trunks.length).toBeGreaterThan(0)
    for (const [, text] of trunks) expect(text).toContain('"trunk/')
  }, 60_000)

  test('without the input nothing is conditional and no folder is written', async () => {
    const before = fake.requests.length
    const r = await step('shard', {
      shard: JSON.stringify(refs[1]),
      upload: 'false',
      output: 'plain'
    })
    const sent = fake.requests.slice(before)
    expect(sent.some((q) => q.headers['if-none-match'] !== undefined)).toBe(false)
    expect(sent.filter(readsRepository)).toEqual([])
    expect(r.summary).not.toContain('304')
    expect(r.summary).toMatch(/^## gonogo org shard 1\n/)
  }, 60_000)

  test('an etag-cache folder outside the workspace, the workspace itself or inside the shard output is refused before any request', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'gonogo-org-etag-outside-'))
    try {
      await symlink(outside, path.join(dir, 'link-out'))
      const before = fake.requests.length
      const cases: [string, RegExp][] = [
        [
          '../cache',
          /^Input 'etag-cache' \(\.\.\/cache\) is outside the workspace; give a folder of its own relative to the repository root/
        ],
        [outside, /is outside the workspace/],
        ['link-out/cache', /\(link-out\/cache\) is outside the workspace/],
        ['.', /^Input 'etag-cache' \(\.\) is the workspace itself; give a folder of its own/],
        [
          'refused/shard-0/cache',
          /^Input 'etag-cache' \(refused\/shard-0\/cache\) lies inside this shard's output folder refused\/shard-0, which is uploaded as an artifact/
        ]
      ]
      for (const [input, why] of cases)
        await expect(
          step('shard', {
            shard: JSON.stringify(refs[0]),
            upload: 'false',
            output: 'refused',
            'etag-cache': input
          })
        ).rejects.toThrow(why)
      expect(fake.requests.length).toBe(before)
      expect(await readdir(outside)).toEqual([])
      await expect(stat(path.join(dir, 'refused'))).rejects.toThrow(/ENOENT/)
    } finally {
      await rm(outside, { recursive: true, force: true })
    }
  })
})

describe('gonogo org --etag-cache DIR', () => {
  const io = (): Io & { stdout: string; stderr: string } => orgCliIo(dir, TOKEN, fake.url)
  const verify = async (output: string, extra: string[]) => {
    const before = fake.requests.length
    const before304 = fake.notModified.length
    const o = io()
    const code = await main(
      [
        'org',
        'verify',
        '--org',
        ORG,
        '--shards',
        '2',
        '--output',
        output,
        '--effective-time',
        TIME,
        ...extra
      ],
      o
    )
    return {
      code,
      stdout: o.stdout,
      sent: fake.requests.slice(before),
      notModified: fake.notModified.length - before304
    }
  }

  test('a second verify sends If-None-Match, gets 304s and prints how many next to the request count', async () => {
    const cache = ['--etag-cache', 'cli-etag']
    const first = await verify('cli-first', cache)
    expect(first.code).toBe(1)
    expect(first.stdout).toContain(
      `API requests: ${first.sent.length} (${(first.sent.length / N).toFixed(1)} per repository), 0 answered 304 Not Modified (not counted against the rate limit)\n`
    )
    const second = await verify('cli-second', cache)
    const conditional = second.sent.filter((q) => q.headers['if-none-match'] !== undefined)
    expect(conditional.length).toBeGreaterThan(N)
    expect(second.notModified).toBeGreaterThan(N)
    expect(second.stdout).toContain(
      `API requests: ${second.sent.length} (${(second.sent.length / N).toFixed(1)} per repository), ${second.notModified} answered 304 Not Modified (not counted against the rate limit)\n`
    )
    expect(await readFile(path.join(dir, 'cli-second/org-report.json'), 'utf8')).toBe(
      await readFile(path.join(dir, 'cli-first/org-report.json'), 'utf8')
    )
    // Without the flag: nothing conditional, no 304 figure.
    const plain = await verify('cli-plain', [])
    expect(plain.sent.some((q) => q.headers['if-none-match'] !== undefined)).toBe(false)
    expect(plain.stdout).not.toContain('304')
  }, 120_000)

  test('an empty --etag-cache is a usage error before any request', async () => {
    const before = fake.requests.length
    const o = io()
    expect(await main(['org', 'verify', '--org', ORG, '--etag-cache', ' '], o)).toBe(2)
    expect(o.stderr).toMatch(/--etag-cache needs a folder/)
    expect(fake.requests.length).toBe(before)
  })
})

describe('the rate-limit budget of a shard', () => {
  test('answers that come back 304 do not use up the budget: a budget too small for the requests sent still verifies every repository', async () => {
    const repositories = Array.from({ length: N }, (_, i) => `${ORG}/${name(i)}`)
    const policy = await loadPolicy(await Workspace.open(dir), '.github/gonogo.yml')
    const folder = path.join(dir, 'budget-etag-cache')
    const saved = fake.rateLimit
    const run = async (label: string, remaining: number, cached: boolean) => {
      const cache = cached ? new EtagCache(folder) : undefined
      let requests = 0
      const gh = createClient(TOKEN, {
        baseUrl: fake.url,
        onRequest: () => requests++,
        ...(cache ? { etagCache: cache } : {})
      })
      fake.rateLimit = { limit: 5000, remaining, reset: 1796000000 }
      const r = await verifyShard({
        gh,
        apiUrl: fake.url,
        shard: { index: 0, repositories, cost: 0 },
        policy,
        config: '.github/gonogo.yml',
        effectiveTime: Date.parse(TIME),
        output: path.join(dir, `budget-${label}`, 'shard-0'),
        requestCount: () => requests
      })
      await cache?.flush() // as the command does before it ends
      const outOfBudget = [...r.reports.values()].filter((rs) =>
        rs.some((x) => x.checks.some((c) => c.id === 'api-budget'))
      ).length
      return {
        requests,
        spent: remaining - fake.rateLimit.remaining,
        notModified: cache?.stats.notModified ?? 0,
        outOfBudget
      }
    }
    try {
      const fill = await run('fill', 5000, true)
      expect(fill.outOfBudget).toBe(0)
      const bp = await readFile(
        path.join(dir, 'budget-fill/shard-0', ORG, name(4), 'branch-protection.json'),
        'utf8'
      )
      expect(bp).toContain('"trunk/')
      // What a fully cached run costs the rate limit, measured with room to spare.
      const measure = await run('measure', 5000, true)
      expect(measure.notModified).toBeGreaterThan(N)
      expect(measure.outOfBudget).toBe(0)
      // A budget above what the cached run counts (plus the margin kept for requests in flight),
      // below what it sends: were 304s counted, the shard would stop early.
      const budget = measure.spent + 80
      expect(budget).toBeLessThan(measure.requests)
      const cached = await run('cached', budget, true)
      // (GET /rate_limit now answers another remaining figure: 200, not 304.)
      expect(cached.notModified).toBeGreaterThanOrEqual(measure.notModified - 1)
      expect(cached.outOfBudget).toBe(0)
      expect(cached.spent).toBeLessThanOrEqual(budget)
      // The same budget without the cache runs out (the test could fail).
      const plain = await run('plain', budget, false)
      expect(plain.outOfBudget).toBeGreaterThan(0)
    } finally {
      fake.rateLimit = saved
    }
  }, 120_000)
})
