// Issue 19, second break test (F2): a shard folder left from an earlier run (a self-hosted
// runner's workspace, a reused `gonogo org merge --input`) must not count as this run's. A
// shard's shard.json names the digest of the plan it verified (src/ruleset-verify/org.ts
// verifyShard), and the merge reads a shard only when it names the digest of the plan being
// merged (readShards): one that names another plan, or none, is not reported, so its
// repositories are unverified, never passed. Also: the hint when the shards' artifacts were
// downloaded into one folder (merge-multiple), and include/exclude globs refused before any
// request (F4).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ConfigurationError } from '../src/core/errors.js'
import { planDigest, type OrgPlan } from '../src/core/org.js'
import type { GitHubFake } from './support/github-fake.js'
import { routeRateLimit, startOrgFake, writePassingShard } from './support/org-fixtures.js'

const TOKEN = 'ghs_org_shard_plan_installation'
const TIME = Date.parse('2026-11-30T00:00:00Z')
const REPOS = ['acme/a', 'acme/b']

/** Two plans with the same shard 0, differing only in cost (so in digest). */
const planOf = (cost: number): OrgPlan => ({
  contract: 'gonogo.org-plan/v1',
  organisation: 'acme',
  shards: [{ index: 0, repositories: REPOS, cost }]
})
const TODAY = planOf(18)
const EARLIER = planOf(19)

const passingShard = (folder: string, meta: Record<string, unknown>) =>
  writePassingShard(folder, REPOS, meta)

describe('a shard folder counts only for the plan it names', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-org-shard-plan-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const rows = async (input: string, plan: OrgPlan) => {
    const { readShards, writeOrgReport } = await import('../src/ruleset-verify/org.js')
    const w = await writeOrgReport({
      plan,
      results: await readShards(input, plan),
      generatedAt: '2026-11-30T00:00:00Z',
      output: path.join(input, '..', `${path.basename(input)}-out`),
      policyPath: '.github/gonogo.yml'
    })
    return w.report.repositories.map((r) => [r.repository, r.status, r.reason])
  }

  test("this run's digest: read and passed", async () => {
    const input = path.join(dir, 'today')
    await passingShard(path.join(input, 'shard-0'), { plan: planDigest(TODAY) })
    expect(await rows(input, TODAY)).toEqual(REPOS.map((r) => [r, 'passed', null]))
  })

  test('a leftover shard-0 of another plan: its passing reports are not read, every repository unverified', async () => {
    const input = path.join(dir, 'leftover')
    await passingShard(path.join(input, 'shard-0'), { plan: planDigest(EARLIER) })
    const why = `shard 0: shard-0 is from another plan (${planDigest(EARLIER)}), not this run's (${planDigest(TODAY)}); delete the folder or download this run's artifacts`
    expect(planDigest(EARLIER)).not.toBe(planDigest(TODAY))
    expect(await rows(input, TODAY)).toEqual(REPOS.map((r) => [r, 'unverified', why]))
  })

  test('a shard.json without a digest (an earlier version), or with one that is not a digest: unverified', async () => {
    for (const [label, meta] of [
      ['none', {}],
      ['number', { plan: 7 }],
      ['upper', { plan: planDigest(TODAY).toUpperCase() }]
    ] as const) {
      const input = path.join(dir, `no-digest-${label}`)
      await passingShard(path.join(input, 'shard-0'), meta)
      for (const [, status, reason] of await rows(input, TODAY)) {
        expect(status).toBe('unverified')
        expect(reason).toMatch(
          /^shard 0: shard-0 (names no plan digest \(left by an earlier version, or not by a shard of this run\)|is from another plan \(SHA256:)/
        )
        expect(reason).toContain("delete the folder or download this run's artifacts")
      }
    }
  })

  test('the same shard folders in two places give the same report bytes (no path in a reason)', async () => {
    const a = path.join(dir, 'same-a')
    const b = path.join(dir, 'same-b')
    for (const input of [a, b])
      await passingShard(path.join(input, 'shard-0'), { plan: planDigest(EARLIER) })
    await rows(a, TODAY)
    await rows(b, TODAY)
    expect(await readFile(path.join(dir, 'same-a-out', 'org-report.json'), 'utf8')).toBe(
      await readFile(path.join(dir, 'same-b-out', 'org-report.json'), 'utf8')
    )
  })

  test("the shards' artifacts downloaded into one folder (merge-multiple): the reason says so", async () => {
    const input = path.join(dir, 'merged')
    await passingShard(input, { plan: planDigest(TODAY) })
    for (const [, status, reason] of await rows(input, TODAY)) {
      expect(status).toBe('unverified')
      expect(reason).toMatch(
        /^shard 0: no artifact shard-0 \(the job failed or never ran\); the input folder itself holds a shard\.json: .*merge-multiple: true.*download them without merge-multiple/
      )
    }
  })
})

describe('verifyShard writes the digest of its plan; planOrg checks the globs first', () => {
  let fake: GitHubFake
  let dir = ''
  beforeAll(async () => {
    ;({ fake, dir } = await startOrgFake({
      token: TOKEN,
      repos: ['a', 'b'],
      prefix: 'gonogo-org-shard-plan-'
    }))
    // No budget: nothing but GET /rate_limit is asked.
    routeRateLimit(fake, 5)
  })
  afterAll(async () => {
    await fake.close()
    await rm(dir, { recursive: true, force: true })
  })

  const verify = async (output: string, plan: string) => {
    const { verifyShard } = await import('../src/ruleset-verify/org.js')
    const { createClient } = await import('../src/github/client.js')
    const { loadPolicy } = await import('../src/io/policy-file.js')
    const { Workspace } = await import('../src/io/workspace.js')
    let requests = 0
    return verifyShard({
      gh: createClient(TOKEN, { baseUrl: fake.url, onRequest: () => requests++ }),
      apiUrl: fake.url,
      shard: TODAY.shards[0] as OrgPlan['shards'][0],
      planDigest: plan,
      policy: await loadPolicy(await Workspace.open(dir), '.github/gonogo.yml'),
      config: '.github/gonogo.yml',
      effectiveTime: TIME,
      output,
      requestCount: () => requests
    })
  }

  test("shard.json names the plan's digest, and the merge of that plan reads it; of another, not", async () => {
    const { readShards } = await import('../src/ruleset-verify/org.js')
    const input = path.join(dir, 'run')
    await verify(path.join(input, 'shard-0'), planDigest(TODAY))
    const meta = JSON.parse(await readFile(path.join(input, 'shard-0', 'shard.json'), 'utf8')) as {
      plan?: string
    }
    expect(meta.plan).toBe(planDigest(TODAY))
    const [today] = await readShards(input, TODAY)
    expect(today?.why).toBeUndefined()
    expect([...(today?.reports?.keys() ?? [])]).toEqual(REPOS)
    const [earlier] = await readShards(input, EARLIER)
    expect(earlier?.reports).toBeUndefined()
    expect(earlier?.why).toMatch(/^shard-0 is from another plan \(sha256:[0-9a-f]{64}\)/)
  })

  test('a plan digest that is not sha256:<hex> is refused before anything is written', async () => {
    const output = path.join(dir, 'bad-digest', 'shard-0')
    await expect(verify(output, 'sha256:xyz')).rejects.toThrow(/is not sha256:<64 hex digits>/)
    await expect(readFile(path.join(output, 'shard.json'))).rejects.toThrow()
  })

  test('an include or exclude glob outside the language is refused before any request', async () => {
    const { planOrg } = await import('../src/ruleset-verify/org.js')
    const { createClient } = await import('../src/github/client.js')
    const before = fake.requests.length
    for (const [filters, why] of [
      [
        { include: ['svc-{1..3}'] },
        /^the include glob "svc-\{1\.\.3\}" is not a usable repository name glob: a range/
      ],
      [
        { exclude: ['ok-*', 'acme/x'] },
        /^the exclude glob "acme\/x" is not a usable repository name glob: "\/" at character 5/
      ]
    ] as const) {
      const err = await planOrg({
        gh: createClient(TOKEN, { baseUrl: fake.url }),
        org: 'acme',
        filters,
        shards: 1
      }).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(ConfigurationError)
      expect((err as Error).message).toMatch(why)
    }
    expect(fake.requests.length).toBe(before)
  })
})
