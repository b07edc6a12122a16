// Issue 19, break-test findings on the plan and report side: a plan its own reader refuses
// (costs that are not finite, repositories of another owner), the budget advice of a shard, and
// Markdown and SARIF bounded by GitHub's limits (job summary 1 MiB per step; code scanning's
// rules and results per run) whatever a forged shard report holds, with rules that say what a
// setting means and how to fix it. Reproductions: the break-test's `--costs` with `requests: 1e308`
// and its shard report with 20,000 distinct check ids, rebuilt here in memory.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import {
  checkPlan,
  costsFromReport,
  DEFAULT_REPO_REQUESTS,
  MAX_REPO_REQUESTS,
  mergeOrg,
  ORG_SARIF_MAX_RULES,
  orgSarif,
  planDigest,
  planShards,
  planText,
  sealPlan,
  shardOfPlan,
  shardRefs,
  type OrgPlan,
  type OrgReport,
  type OrgRepo
} from '../src/core/org.js'
import type { ReportCheck } from '../src/core/report.js'
import {
  ORG_MARKDOWN_MAX_SETTINGS,
  ORG_SUMMARY_MAX_BYTES,
  renderOrgMarkdown
} from '../src/render/org-markdown.js'
import {
  orgCheck as check,
  orgRepo,
  orgReport as report,
  routeOrgListing,
  routeRateLimit,
  startOrgFake
} from './support/org-fixtures.js'
import type { GitHubFake } from './support/github-fake.js'

const repo = (full: string): OrgRepo => orgRepo(full)

const sha256 = (s: string): string => `sha256:${createHash('sha256').update(s).digest('hex')}`

/** One shard's merge: `checks` per repository in the branch-protection report. */
function merged(byRepo: Record<string, ReportCheck[]>): OrgReport {
  const names = Object.keys(byRepo)
  return mergeOrg({
    organisation: 'acme',
    generatedAt: '2026-11-30T00:00:00Z',
    plan: [{ index: 0, repositories: names, cost: 0 }],
    results: [
      {
        index: 0,
        reports: new Map(
          names.map((r) => [
            r,
            [
              report(r, 'branch-protection', byRepo[r] ?? []),
              report(r, 'required-checks', [check('main/producible:test', 'passed')])
            ]
          ])
        )
      }
    ]
  })
}

describe('a plan is never written that its own reader refuses', () => {
  test('costs of 1e308 (or Infinity, NaN, negative) never make a shard cost Infinity; the plan reads back as written', () => {
    const repos = ['acme/a', 'acme/b', 'acme/c', 'acme/d'].map(repo)
    const costs = new Map([
      ['acme/a', 1e308],
      ['acme/b', 1e308],
      ['acme/c', Number.NaN],
      ['acme/d', -5]
    ])
    for (const count of [1, 2, 4]) {
      const shards = planShards(repos, count, costs, 'acme')
      for (const s of shards) expect(Number.isSafeInteger(s.cost)).toBe(true)
      const total = shards.reduce((n, s) => n + s.cost, 0)
      expect(total).toBe(2 * MAX_REPO_REQUESTS + 2 * DEFAULT_REPO_REQUESTS)
      const plan: OrgPlan = { contract: 'gonogo.org-plan/v1', organisation: 'acme', shards }
      const sealed = sealPlan(plan)
      if ('error' in sealed) throw new Error(sealed.error)
      expect(sealed.text).toBe(planText(plan))
      expect(sealed.text).not.toContain('null')
      expect(sealed.digest).toBe(sha256(sealed.text))
      // What a shard does with the file: parse, check, compare the digest it was given.
      const back = checkPlan(JSON.parse(sealed.text))
      if ('error' in back) throw new Error(back.error)
      for (const ref of shardRefs(sealed.plan)) {
        expect(ref.plan).toBe(sealed.digest)
        expect('shard' in shardOfPlan(back.plan, ref)).toBe(true)
      }
    }
  })

  test('a plan that would not read back as written is refused, naming the cause', () => {
    const infinite: OrgPlan = {
      contract: 'gonogo.org-plan/v1',
      organisation: 'acme',
      shards: [{ index: 0, repositories: ['acme/a'], cost: Infinity }]
    }
    const r = sealPlan(infinite)
    expect('error' in r && r.error).toMatch(/^shard 0 costs Infinity requests, not a whole number/)
    // Anything else that would not read back as written is caught by the comparison.
    const spaced: OrgPlan = {
      contract: 'gonogo.org-plan/v1',
      organisation: 'acme',
      shards: [{ index: 0, repositories: ['acme/b', 'acme/a'], cost: 18 }]
    }
    const s = sealPlan(spaced)
    expect('error' in s && s.error).toMatch(/does not read back as written \(first difference/)
    const foreign: OrgPlan = {
      contract: 'gonogo.org-plan/v1',
      organisation: 'acme',
      shards: [{ index: 0, repositories: ['acme/a', 'evil/x'], cost: 18 }]
    }
    const f = sealPlan(foreign)
    expect('error' in f && f.error).toMatch(
      /refused when read back: .*evil\/x, not a repository of acme/
    )
  })

  test('planShards refuses a repository of another owner or a name that is not OWNER/NAME, naming it; a repository listed twice is planned once', () => {
    const repos = ['acme/a', 'Evil/x'].map(repo)
    expect(() => planShards(repos, 2, new Map(), 'acme')).toThrow(
      /Evil\/x is not a repository of acme/
    )
    expect(() => planShards([repo('acme/../x')], 1)).toThrow(
      /"acme\/\.\.\/x" is not an OWNER\/NAME/
    )
    // The owner compares case-insensitively, as GitHub's logins do.
    expect(planShards([repo('ACME/a')], 1, new Map(), 'acme')[0]?.repositories).toEqual(['ACME/a'])
    const twice = planShards(['acme/a', 'acme/A', 'acme/b'].map(repo), 3)
    expect(twice.flatMap((s) => s.repositories).sort()).toEqual(['acme/A', 'acme/b'])
    const plan: OrgPlan = { contract: 'gonogo.org-plan/v1', organisation: 'acme', shards: twice }
    expect('plan' in sealPlan(plan)).toBe(true)
  })

  test('costs read from a report: finite whole numbers above 0, capped at the largest hourly budget', () => {
    const costs = costsFromReport({
      repositories: [
        { repository: 'acme/huge', requests: 1e308 },
        { repository: 'acme/ok', requests: 12 },
        { repository: 'acme/zero', requests: 0 },
        { repository: 'acme/neg', requests: -3 },
        { repository: 'acme/frac', requests: 2.5 },
        { repository: 'acme/text', requests: '7' },
        { repository: '../x', requests: 7 }
      ]
    })
    expect([...costs]).toEqual([
      ['acme/huge', MAX_REPO_REQUESTS],
      ['acme/ok', 12]
    ])
  })
})

describe('planOrg against the loopback fake', () => {
  let fake: GitHubFake
  let dir = ''
  const TOKEN = 'ghs_org_limits_installation'
  beforeAll(async () => {
    ;({ fake, dir } = await startOrgFake({
      token: TOKEN,
      repos: ['a', 'b', 'c', 'd', 'e'],
      prefix: 'gonogo-org-limits-'
    }))
    routeOrgListing(fake)
  })
  afterAll(async () => {
    await fake.close()
    await rm(dir, { recursive: true, force: true })
  })

  test('with --costs of 1e308 on two repositories: the digest is of the bytes written, and every shard accepts the plan', async () => {
    const { planOrg } = await import('../src/ruleset-verify/org.js')
    const { createClient } = await import('../src/github/client.js')
    const gh = createClient(TOKEN, { baseUrl: fake.url })
    const plan = await planOrg({
      gh,
      org: 'acme',
      filters: {},
      shards: 3,
      costs: new Map([
        ['acme/a', 1e308],
        ['acme/b', 1e308]
      ])
    })
    const written = planText(plan)
    expect(written).not.toContain('null')
    expect(planDigest(plan)).toBe(sha256(written))
    const back = checkPlan(JSON.parse(written))
    if ('error' in back) throw new Error(back.error)
    expect(planDigest(back.plan)).toBe(planDigest(plan))
    for (const ref of shardRefs(plan)) expect('shard' in shardOfPlan(back.plan, ref)).toBe(true)
  })

  test('a shard out of budget advises waiting for the reset or fewer shards at once, never more shards', async () => {
    const { verifyShard } = await import('../src/ruleset-verify/org.js')
    const { createClient } = await import('../src/github/client.js')
    const { loadPolicy } = await import('../src/io/policy-file.js')
    const { Workspace } = await import('../src/io/workspace.js')
    routeRateLimit(fake, 5)
    let requests = 0
    const gh = createClient(TOKEN, { baseUrl: fake.url, onRequest: () => requests++ })
    const r = await verifyShard({
      gh,
      apiUrl: fake.url,
      shard: { index: 0, repositories: ['acme/a', 'acme/b'], cost: 18 },
      policy: await loadPolicy(await Workspace.open(dir), '.github/gonogo.yml'),
      config: '.github/gonogo.yml',
      effectiveTime: Date.parse('2026-11-30T00:00:00Z'),
      output: path.join(dir, 'budget', 'shard-0'),
      requestCount: () => requests
    })
    const messages = [...r.reports.values()].flatMap((rs) =>
      rs.flatMap((x) => x.checks.map((c) => c.message))
    )
    expect(messages).toHaveLength(4)
    for (const m of messages) {
      expect(m).toMatch(/the API budget ran out/)
      expect(m).toMatch(
        /after the rate limit resets \(GET \/rate_limit\), or run fewer shards at once/
      )
      expect(m).not.toMatch(/more shards/)
    }
  })
})

describe('Markdown and SARIF bounded whatever a shard report holds', () => {
  // The break test's forged report: one repository with 20,000 distinct check ids, failed.
  const forged = Array.from({ length: 20_000 }, (_, i) =>
    check(`main/forged-${String(i).padStart(5, '0')}:x`, 'failed')
  )
  const others = Object.fromEntries(
    Array.from({ length: 300 }, (_, i) => [
      `acme/svc-${String(i).padStart(3, '0')}`,
      [check('main/min-approvals', i % 2 ? 'failed' : 'passed'), check('main/strict', 'passed')]
    ])
  )
  const m = merged({ 'acme/forged': forged, ...others })

  test('org-report.md: at most 30 setting columns (the most failing), a line saying how many were left out and where, under the job summary limit', () => {
    expect(m.settings.length).toBeGreaterThan(20_000)
    const md = renderOrgMarkdown(m)
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(ORG_SUMMARY_MAX_BYTES)
    const header = md.split('\n').find((l) => l.startsWith('| Repository'))
    const columns = (header ?? '').split(' | ').length
    expect(columns).toBe(2 + ORG_MARKDOWN_MAX_SETTINGS)
    // min-approvals fails in 150 repositories: it is among the columns shown.
    expect(header).toContain('branch-protection:min-approvals')
    const hidden = m.settings.length - ORG_MARKDOWN_MAX_SETTINGS
    expect(md).toContain(`${ORG_MARKDOWN_MAX_SETTINGS} of ${m.settings.length} settings shown`)
    expect(md).toContain(`the other ${hidden} are in org-report.json`)
    expect(renderOrgMarkdown(m)).toBe(md)
  })

  test('a summary over its byte budget keeps whole rows and says how many repositories were left out', () => {
    const maxBytes = 6000
    const md = renderOrgMarkdown(m, 200, { maxBytes })
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(maxBytes)
    const lines = md.split('\n')
    const header = lines.find((l) => l.startsWith('| Repository')) ?? ''
    const rows = lines.filter((l) => l.startsWith('| `'))
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.split(' | ').length).toBe(header.split(' | ').length)
    expect(md).toContain(
      `… and ${m.repositories.length - rows.length} more repositories (see org-report.json`
    )
    // Without a budget problem, nothing is said about one.
    const small = merged(others)
    expect(renderOrgMarkdown(small, 500)).not.toMatch(/more repositories|settings shown/)
  })

  test('org-report.sarif: at most 500 rules, results of the others counted in a notification and the run properties', () => {
    const text = JSON.stringify(orgSarif(m, '.github/gonogo.yml', '1.0.0'), null, 2)
    const run = (
      JSON.parse(text) as {
        runs: {
          tool: { driver: { rules: { id: string }[] } }
          results: { ruleId: string }[]
          invocations?: { toolExecutionNotifications: { message: { text: string } }[] }[]
          properties?: { omittedResults: number; omittedRules: number }
        }[]
      }
    ).runs[0]
    const rules = run?.tool.driver.rules ?? []
    expect(rules).toHaveLength(ORG_SARIF_MAX_RULES)
    const ids = new Set(rules.map((r) => r.id))
    for (const r of run?.results ?? []) expect(ids.has(r.ruleId)).toBe(true)
    // The setting failing in 150 repositories keeps its rule and all its results.
    expect(ids.has('branch-protection:min-approvals')).toBe(true)
    expect(run?.results.filter((r) => r.ruleId === 'branch-protection:min-approvals')).toHaveLength(
      150
    )
    const omittedRules = 20_000 + 1 - ORG_SARIF_MAX_RULES
    expect(run?.properties).toEqual({ omittedResults: omittedRules, omittedRules })
    expect(run?.invocations?.[0]?.toolExecutionNotifications[0]?.message.text).toMatch(
      new RegExp(`^${omittedRules} settings have no rule: .*; ${omittedRules} results left out`)
    )
    // From 20.7 MB in the break test to a log code scanning takes.
    expect(Buffer.byteLength(text)).toBeLessThan(2_000_000)
    expect(JSON.stringify(orgSarif(m, '.github/gonogo.yml', '1.0.0'), null, 2)).toBe(text)
  })

  test('every rule says what its setting means and how to fix it (fullDescription, help.text, help.markdown)', () => {
    const small = merged({
      'acme/a': [
        check('main/min-approvals', 'failed'),
        check('main/bypass-actors', 'unverified'),
        check('main/policy', 'failed'),
        check('main/made-up-`setting`', 'failed')
      ]
    })
    const log = orgSarif(small, '.github/gonogo-org.yml', '1') as {
      runs: {
        tool: {
          driver: {
            rules: {
              id: string
              fullDescription: { text: string }
              help: { text: string; markdown: string }
            }[]
          }
        }
      }[]
    }
    const rules = log.runs[0]?.tool.driver.rules ?? []
    expect(rules.map((r) => r.id)).toEqual([
      'branch-protection:bypass-actors',
      'branch-protection:made-up-`setting`',
      'branch-protection:min-approvals',
      'branch-protection:policy'
    ])
    for (const r of rules) {
      expect(r.fullDescription.text.length).toBeGreaterThan(20)
      expect(r.help.text.length).toBeGreaterThan(20)
      expect(r.help.markdown.length).toBeGreaterThan(20)
    }
    const byId = new Map(rules.map((r) => [r.id, r]))
    expect(byId.get('branch-protection:min-approvals')?.help.text).toMatch(
      /Required approvals.*branches\.<branch>\.min_approvals.*action-ruleset-verify\/README\.md/
    )
    expect(byId.get('branch-protection:min-approvals')?.help.markdown).toContain(
      '`branches.<branch>.min_approvals`'
    )
    expect(byId.get('branch-protection:bypass-actors')?.help.text).toContain('bypass_allowed')
    // A setting gonogo does not know: described generically, its backticks cannot close the code span.
    const odd = byId.get('branch-protection:made-up-`setting`')
    expect(odd?.help.markdown).toContain("`branch-protection:made-up-'setting'`")
    expect(odd?.fullDescription.text).toMatch(/does not describe/)
  })
})
