// Issue 19, the pure half: plan (selection and balanced deterministic shards, the shard
// descriptors of the plan job's output and the plan's digest) and merge (one organisation report,
// its Markdown and SARIF). The API listing, shard runs and artifacts: org-github, org-scale and
// org-step tests.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  ACTIONS_OUTPUT_MAX_BYTES,
  checkPlan,
  checkShardRef,
  costsFromReport,
  DEFAULT_REPO_REQUESTS,
  isOrganisationName,
  isRepositoryName,
  MAX_SHARDS,
  mergeOrg,
  orgSarif,
  outputBytes,
  planDigest,
  planShards,
  planText,
  SARIF_MAX_RESULTS,
  selectRepos,
  settingOf,
  shardOfPlan,
  shardRefs,
  type OrgPlan,
  type OrgRepo,
  type ShardRef,
  type ShardResult
} from '../src/core/org.js'
import type { Report, ReportCheck } from '../src/core/report.js'
import { renderOrgMarkdown } from '../src/render/org-markdown.js'
import { orgCheck as check, orgRepo, orgReport as report } from './support/org-fixtures.js'

const repo = (name: string, o: Partial<OrgRepo> = {}): OrgRepo => orgRepo(`acme/${name}`, o)

describe('plan', () => {
  test('selection: archived left out by default, topics, visibility, include and exclude globs', () => {
    const repos = [
      repo('api', { topics: ['service'] }),
      repo('web', { topics: ['Service'], visibility: 'public' }),
      repo('old', { archived: true, topics: ['service'] }),
      repo('docs'),
      repo('api-legacy', { topics: ['service'] }),
      repo('API', { topics: ['service'] }) // the same repository listed twice (another case)
    ]
    expect(selectRepos(repos).map((r) => r.full_name)).toEqual([
      'acme/api',
      'acme/api-legacy',
      'acme/docs',
      'acme/web'
    ])
    expect(
      selectRepos(repos, {
        topics: ['service'],
        visibility: ['private'],
        include: ['api*'],
        exclude: ['*-legacy']
      }).map((r) => r.full_name)
    ).toEqual(['acme/api'])
    expect(selectRepos(repos, { includeArchived: true }).map((r) => r.full_name)).toContain(
      'acme/old'
    )
  })

  test('the same list in any order gives the same shards, balanced within one repository', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), {
          minLength: 1,
          maxLength: 80
        }),
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 80, maxLength: 80 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer(),
        (names, costList, count, seed) => {
          const repos = names.map((n) =>
            repo(n, { default_branch: hash(n) % 3 === 0 ? 'release/v2' : 'main' })
          )
          const costs = new Map(names.map((n, i) => [`acme/${n}`, costList[i] ?? 1]))
          const shuffled = [...repos].sort(
            (a, b) => ((hash(a.full_name) ^ seed) >>> 0) - ((hash(b.full_name) ^ seed) >>> 0)
          )
          const a = planShards(repos, count, costs)
          const b = planShards(shuffled, count, costs)
          expect(b).toEqual(a)
          // The same bytes, default branches included (whatever order they were added in).
          const text = (shards: typeof a): string =>
            planText({ contract: 'gonogo.org-plan/v1', organisation: 'acme', shards })
          expect(text(b)).toBe(text(a))
          expect(a.length).toBe(Math.min(count, repos.length))
          expect(a.flatMap((s) => s.repositories).sort()).toEqual(
            repos.map((r) => r.full_name).sort()
          )
          const most = Math.max(...a.map((s) => s.cost))
          const least = Math.min(...a.map((s) => s.cost))
          expect(most - least).toBeLessThanOrEqual(Math.max(...costList.slice(0, names.length)))
        }
      ),
      { numRuns: 200 }
    )
  })

  test('without measured costs every repository costs the default and shards differ by at most one repository', () => {
    const repos = Array.from({ length: 1000 }, (_, i) => repo(`r${String(i).padStart(4, '0')}`))
    const shards = planShards(repos, 20)
    expect(shards).toHaveLength(20)
    for (const s of shards) {
      expect(s.repositories).toHaveLength(50)
      expect(s.cost).toBe(50 * DEFAULT_REPO_REQUESTS)
    }
  })

  test("each shard carries its repositories' default branches from the listing; a name unfit for the API is left out", () => {
    const repos = [
      repo('a'),
      repo('b', { default_branch: 'release/v2' }),
      repo('c', { default_branch: '' }),
      repo('d', { default_branch: 'bad\nname' }),
      repo('e', { default_branch: 'x'.repeat(256) }),
      repo('f', { default_branch: 'x'.repeat(255) })
    ]
    const shards = planShards(repos, 2)
    const all = Object.assign({}, ...shards.map((s) => s.default_branches)) as Record<
      string,
      string
    >
    expect(all).toEqual({
      'acme/a': 'main',
      'acme/b': 'release/v2',
      'acme/f': 'x'.repeat(255)
    })
    for (const s of shards)
      for (const k of Object.keys(s.default_branches ?? {})) expect(s.repositories).toContain(k)
    // Read back unchanged: the same digest.
    const plan: OrgPlan = { contract: 'gonogo.org-plan/v1', organisation: 'acme', shards }
    const back = checkPlan(JSON.parse(planText(plan)))
    expect('plan' in back && back.plan).toEqual(plan)
    expect('plan' in back && planDigest(back.plan)).toBe(planDigest(plan))
  })

  test('a shard count outside 1–256 is refused', () => {
    expect(() => planShards([repo('a')], 0)).toThrow(/1 to 256/)
    expect(() => planShards([repo('a')], 257)).toThrow(/1 to 256/)
    expect(() => planShards([repo('a')], 1.5)).toThrow(/1 to 256/)
  })
})

describe('merge', () => {
  const plan = planShards(
    ['a', 'b', 'c', 'd'].map((n) => repo(n)),
    2
  )

  test('settings are named without the branch and detail, per report', () => {
    expect(settingOf('branch-protection', { id: 'main/min-approvals' })).toBe(
      'branch-protection:min-approvals'
    )
    expect(settingOf('required-checks', { id: 'main/required-check:ci/test' })).toBe(
      'required-checks:required-check'
    )
  })

  test('a shard that left nothing makes its repositories unverified, never passed; worst first', () => {
    const [first, second] = plan
    if (!first || !second) throw new Error('two shards expected')
    const reported = new Map<string, Report[]>(
      first.repositories.map((r, i) => [
        r,
        [
          report(r, 'branch-protection', [
            check('main/min-approvals', i === 0 ? 'failed' : 'passed'),
            check('main/block-force-pushes', 'passed')
          ]),
          report(r, 'required-checks', [check('main/producible:test', 'passed')])
        ]
      ])
    )
    const results: ShardResult[] = [{ index: first.index, reports: reported }]
    const m = mergeOrg({ organisation: 'acme', generatedAt: '2026-11-30T00:00:00Z', plan, results })
    expect(m.totals).toEqual({ repositories: 4, passed: 1, failed: 1, unverified: 2 })
    expect(m.repositories[0]?.status).toBe('failed')
    for (const r of second.repositories) {
      const row = m.repositories.find((x) => x.repository === r)
      expect(row).toMatchObject({
        status: 'unverified',
        reason: expect.stringMatching(/^shard 1: /)
      })
    }
    expect(m.shards.find((s) => s.index === second.index)?.status).toBe('missing')
    // Deterministic: the same inputs give the same report.
    expect(
      mergeOrg({ organisation: 'acme', generatedAt: '2026-11-30T00:00:00Z', plan, results })
    ).toEqual(m)
  })

  test('a repository its shard did not report is unverified, and a report without checks proves nothing', () => {
    const [first] = plan
    if (!first) throw new Error('a shard expected')
    const [r1, r2] = first.repositories as [string, string]
    const m = mergeOrg({
      organisation: 'acme',
      generatedAt: '2026-11-30T00:00:00Z',
      plan: [first],
      results: [
        { index: first.index, reports: new Map([[r1, [report(r1, 'required-checks', [])]]]) }
      ]
    })
    expect(m.repositories.find((r) => r.repository === r1)?.status).toBe('unverified')
    expect(m.repositories.find((r) => r.repository === r2)?.reason).toBe(
      `shard ${first.index} did not report this repository`
    )
  })

  test('1,000 repositories over 20 shards merge into one report, Markdown and SARIF', () => {
    const repos = Array.from({ length: 1000 }, (_, i) => repo(`r${String(i).padStart(4, '0')}`))
    const shards = planShards(repos, 20)
    const results: ShardResult[] = shards
      .filter((s) => s.index !== 7)
      .map((s) => ({
        index: s.index,
        reports: new Map(
          s.repositories.map((r, i) => [
            r,
            [
              report(r, 'branch-protection', [
                check('main/min-approvals', i % 10 === 0 ? 'failed' : 'passed')
              ]),
              report(r, 'required-checks', [
                check('main/required-check:ci', i % 25 === 0 ? 'unverified' : 'passed')
              ])
            ]
          ])
        )
      }))
    const m = mergeOrg({
      organisation: 'acme',
      generatedAt: '2026-11-30T00:00:00Z',
      plan: shards,
      results
    })
    expect(m.totals.repositories).toBe(1000)
    expect(m.totals.unverified).toBeGreaterThanOrEqual(50) // shard 7's 50 at least
    expect(m.totals.passed + m.totals.failed + m.totals.unverified).toBe(1000)
    expect(m.settings).toEqual([
      'branch-protection:min-approvals',
      'required-checks:required-check'
    ])
    const md = renderOrgMarkdown(m, 100)
    expect(md).toContain('1000 repositories:')
    expect(md).toContain('Shards that did not report')
    expect(md).toContain('… and 900 more repositories')
    const sarif = orgSarif(m, '.github/gonogo-org.yml', '1.0.0') as {
      version: string
      runs: {
        results: { ruleId: string; level: string; partialFingerprints: Record<string, string> }[]
      }[]
    }
    expect(sarif.version).toBe('2.1.0')
    const results0 = sarif.runs[0]?.results ?? []
    expect(results0.length).toBe(
      m.repositories.reduce((n, r) => n + (r.reason !== null ? 1 : r.failed + r.unverified), 0)
    )
    expect(
      new Set(results0.map((r) => r.partialFingerprints['gonogo/repository-setting'])).size
    ).toBe(results0.length)
  })

  test('names cannot break the Markdown table', () => {
    const m = mergeOrg({
      organisation: 'ac|me`',
      generatedAt: '2026-11-30T00:00:00Z',
      plan: [{ index: 0, repositories: ['acme/a|b'], cost: 9 }],
      results: [{ index: 0, why: 'artifact gonogo-shard-0 | not found\nat all' }]
    })
    const md = renderOrgMarkdown(m)
    for (const line of md.split('\n').filter((l) => l.startsWith('| `')))
      expect(line.split(' | ').length).toBe(2 + m.settings.length)
    expect(md).not.toContain('ac|me')
  })
})

describe('faults found at organisation scale', () => {
  const at = '2026-11-30T00:00:00Z'
  const both = (r: string, bp: ReportCheck[], rc: ReportCheck[]): Report[] => [
    report(r, 'branch-protection', bp),
    report(r, 'required-checks', rc)
  ]
  const one = (r: string, reports: Report[]) =>
    mergeOrg({
      organisation: 'acme',
      generatedAt: at,
      plan: [{ index: 0, repositories: [r], cost: 9 }],
      results: [{ index: 0, reports: new Map([[r, reports]]) }]
    })

  test('a default branch with a slash gives the same setting columns as main', () => {
    expect(settingOf('branch-protection', { id: 'release/v2/min-approvals' })).toBe(
      'branch-protection:min-approvals'
    )
    expect(settingOf('required-checks', { id: 'release/v2/producible:ci/test (20)' })).toBe(
      'required-checks:producible'
    )
    expect(settingOf('branch-protection', { id: 'api-budget' })).toBe(
      'branch-protection:api-budget'
    )
  })

  test('a tampered report (status passed, a check failed) never passes', () => {
    const [bp, rc] = both(
      'acme/a',
      [check('main/min-approvals', 'failed')],
      [check('main/producible:test', 'passed')]
    ) as [Report, Report]
    const m = one('acme/a', [{ ...bp, status: 'passed' }, rc])
    expect(m.repositories[0]).toMatchObject({ status: 'failed', failed: 1 })
  })

  test("a repository missing one of its two reports, or given another repository's, is unverified", () => {
    const bpOnly = one('acme/a', [
      report('acme/a', 'branch-protection', [check('main/strict', 'passed')])
    ])
    expect(bpOnly.repositories[0]).toMatchObject({
      status: 'unverified',
      settings: { 'required-checks:(not reported)': 'unverified' }
    })
    const foreign = one(
      'acme/a',
      both('acme/b', [check('main/strict', 'passed')], [check('main/producible:t', 'passed')])
    )
    expect(foreign.repositories[0]?.status).toBe('unverified')
  })

  test('Markdown: reasons from artifacts cannot link, mention, render HTML or break the table', () => {
    const m = mergeOrg({
      organisation: 'acme',
      generatedAt: at,
      plan: [
        { index: 0, repositories: ['acme/a'], cost: 9 },
        { index: 1, repositories: ['acme/b'], cost: 9 }
      ],
      results: [
        {
          index: 0,
          why: 'see [here](https://evil.example/x) @acme/admins <img src=x onerror=y> #1\n| a | b |'
        },
        {
          index: 1,
          reports: new Map([
            [
              'acme/b',
              both('acme/b', [check('main/x`|y:<b>', 'failed')], [check('main/p:t', 'passed')])
            ]
          ])
        }
      ]
    })
    const md = renderOrgMarkdown(m)
    expect(md).not.toMatch(/(^|[^\\])\]\(/)
    expect(md).not.toContain('https://')
    expect(md).not.toContain('@acme')
    expect(md).not.toContain('<img')
    expect(md).not.toMatch(/(^|[^\\])#1/)
    const lines = md.split('\n')
    const header = lines.find((l) => l.startsWith('| Repository'))
    const cols = (header ?? '').split(' | ').length
    for (const line of lines.filter((l) => l.startsWith('| `')))
      expect(line.split(' | ').length).toBe(cols)
  })

  test('an empty plan says nothing was verified', () => {
    const m = mergeOrg({ organisation: 'acme', generatedAt: at, plan: [], results: [] })
    expect(renderOrgMarkdown(m)).toContain('No repository was verified')
  })

  test('SARIF meets code scanning: ruleId, message.text, a repository-relative location with %SRCROOT%, partialFingerprints', () => {
    const m = one(
      'acme/a',
      both(
        'acme/a',
        [check('main/min-approvals', 'failed')],
        [check('main/producible:t', 'unverified')]
      )
    )
    for (const given of [
      './.github/gonogo-org.yml',
      '.github\\gonogo-org.yml',
      '.github//gonogo-org.yml'
    ]) {
      const log = orgSarif(m, given, '1.0.0') as {
        runs: {
          tool: { driver: { name: string; rules: { id: string }[] } }
          originalUriBaseIds: Record<string, unknown>
          results: {
            ruleId: string
            level: string
            message: { text: string }
            locations: {
              physicalLocation: {
                artifactLocation: { uri: string; uriBaseId: string }
                region: { startLine: number }
              }
            }[]
            partialFingerprints: Record<string, string>
          }[]
        }[]
      }
      const run = log.runs[0]
      expect(run?.tool.driver.name).toBe('gonogo')
      expect(run?.originalUriBaseIds).toHaveProperty('%SRCROOT%')
      expect(run?.results).toHaveLength(2)
      for (const r of run?.results ?? []) {
        expect(run?.tool.driver.rules.map((x) => x.id)).toContain(r.ruleId)
        expect(r.message.text).toMatch(/^acme\/a: /)
        expect(r.locations).toHaveLength(1)
        expect(r.locations[0]?.physicalLocation).toEqual({
          artifactLocation: { uri: '.github/gonogo-org.yml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1 }
        })
        expect(Object.values(r.partialFingerprints)[0]).toMatch(/^acme\/a#/)
      }
    }
    const abs = orgSarif(m, '/etc/passwd', '1') as {
      runs: {
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]
      }[]
    }
    expect(abs.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      '.github/gonogo.yml'
    )
  })

  test("SARIF stays within code scanning's 25,000 results per run, worst first, and says how many were left out", () => {
    const n = 2600
    const names = Array.from({ length: n }, (_, i) => `acme/r${String(i).padStart(5, '0')}`)
    const ten = Array.from({ length: 10 }, (_, k) => check(`main/s${k}`, 'failed'))
    const m = mergeOrg({
      organisation: 'acme',
      generatedAt: at,
      plan: [{ index: 0, repositories: names, cost: 0 }],
      results: [
        {
          index: 0,
          reports: new Map(names.map((r) => [r, both(r, ten, [check('main/p:t', 'passed')])]))
        }
      ]
    })
    const log = orgSarif(m, '.github/gonogo.yml', '1') as {
      runs: {
        results: unknown[]
        invocations?: { toolExecutionNotifications: { message: { text: string } }[] }[]
      }[]
    }
    expect(log.runs[0]?.results).toHaveLength(SARIF_MAX_RESULTS)
    expect(log.runs[0]?.invocations?.[0]?.toolExecutionNotifications[0]?.message.text).toMatch(
      /^1000 results left out/
    )
  })

  test('plan read back: malformed, foreign or path-climbing plans are refused, naming the field', () => {
    const ok = {
      contract: 'gonogo.org-plan/v1',
      organisation: 'acme',
      shards: [{ index: 0, repositories: ['acme/b', 'acme/a'], cost: 18 }]
    }
    expect(checkPlan(ok)).toEqual({
      plan: { ...ok, shards: [{ index: 0, repositories: ['acme/a', 'acme/b'], cost: 18 }] }
    })
    // default_branches: kept as given (a repository without one is read by its shard).
    const branches = { 'acme/b': 'release/v2', 'acme/a': 'm'.repeat(255) }
    expect(checkPlan({ ...ok, shards: [{ ...ok.shards[0], default_branches: branches }] })).toEqual(
      {
        plan: {
          ...ok,
          shards: [
            { index: 0, repositories: ['acme/a', 'acme/b'], cost: 18, default_branches: branches }
          ]
        }
      }
    )
    const bad: [unknown, RegExp][] = [
      [null, /not a JSON object/],
      [[], /not a JSON object/],
      [{ ...ok, contract: 'x' }, /contract/],
      [{ ...ok, organisation: 'ac|me' }, /organisation/],
      [{ ...ok, shards: 'x' }, /shards is not a list/],
      [
        { ...ok, shards: Array.from({ length: 257 }, (_, i) => ({ index: i, repositories: [] })) },
        /at most 256/
      ],
      [{ ...ok, shards: [null] }, /shards\[0\] is not an object/],
      [{ ...ok, shards: [{ index: 1.5, repositories: [] }] }, /index/],
      [
        {
          ...ok,
          shards: [
            { index: 0, repositories: [] },
            { index: 0, repositories: [] }
          ]
        },
        /appears twice/
      ],
      [{ ...ok, shards: [{ index: 0, repositories: ['acme/..'] }] }, /not OWNER\/NAME/],
      [{ ...ok, shards: [{ index: 0, repositories: ['acme/a/../../x'] }] }, /not OWNER\/NAME/],
      [{ ...ok, shards: [{ index: 0, repositories: ['other/a'] }] }, /not a repository of acme/],
      [
        { ...ok, shards: [{ index: 0, repositories: ['acme/a'], default_branches: ['main'] }] },
        /^shards\[0\]\.default_branches is not an object/
      ],
      [
        { ...ok, shards: [{ index: 0, repositories: ['acme/a'], default_branches: null }] },
        /^shards\[0\]\.default_branches is not an object/
      ],
      [
        {
          ...ok,
          shards: [
            { index: 0, repositories: ['acme/a'] },
            { index: 1, repositories: ['acme/b'], default_branches: { 'acme/a': 'main' } }
          ]
        },
        /^shards\[1\]\.default_branches names "acme\/a", not a repository of shards\[1\]/
      ],
      [
        {
          ...ok,
          shards: [{ index: 0, repositories: ['acme/a'], default_branches: { 'ACME/A': 'main' } }]
        },
        /default_branches names "ACME\/A"/
      ],
      ...[
        '',
        'x'.repeat(256),
        'a\nb',
        'a\tb',
        'a\u007fb',
        'a\u0000b',
        7,
        null,
        { name: 'main' }
      ].map((branch): [unknown, RegExp] => [
        {
          ...ok,
          shards: [{ index: 0, repositories: ['acme/a'], default_branches: { 'acme/a': branch } }]
        },
        /^shards\[0\]\.default_branches\["acme\/a"\] is not a branch name \(a string of 1 to 255 characters without control characters\)$/
      ]),
      [
        {
          ...ok,
          shards: [
            { index: 0, repositories: ['acme/a'] },
            { index: 1, repositories: ['ACME/A'] }
          ]
        },
        /more than one shard/
      ]
    ]
    for (const [doc, why] of bad) {
      const r = checkPlan(doc)
      expect('error' in r ? r.error : 'accepted').toMatch(why)
    }
  })

  test('names: organisation logins and OWNER/NAME as GitHub allows them', () => {
    for (const o of ['acme', 'a', 'a-b', 'A1'.padEnd(39, 'x')])
      expect(isOrganisationName(o)).toBe(true)
    for (const o of ['', '-acme', 'acme-', 'a--b', 'ac me', 'a'.repeat(40), 'a/b'])
      expect(isOrganisationName(o)).toBe(false)
    for (const r of ['acme/a', 'acme/.github', 'acme/a.b_c-d', 'acme/...'])
      expect(isRepositoryName(r)).toBe(true)
    for (const r of ['acme/.', 'acme/..', 'acme', 'acme/a/b', 'acme/a b', 'acme/a`b', '../x'])
      expect(isRepositoryName(r)).toBe(false)
  })

  test('measured requests go into the report and balance the next plan', () => {
    const repos = ['a', 'b', 'c', 'd'].map((n) => repo(n))
    const plan = planShards(repos, 1)
    const reports = new Map(
      repos.map((r) => [
        r.full_name,
        both(r.full_name, [check('main/strict', 'passed')], [check('main/p:t', 'passed')])
      ])
    )
    const requests = new Map([
      ['acme/a', 60],
      ['acme/b', 8],
      ['acme/c', 7],
      ['acme/d', 9]
    ])
    const m = mergeOrg({
      organisation: 'acme',
      generatedAt: at,
      plan,
      results: [{ index: 0, reports, requests }]
    })
    expect(m.repositories.find((r) => r.repository === 'acme/a')?.requests).toBe(60)
    const costs = costsFromReport(JSON.parse(JSON.stringify(m)))
    expect(costs.get('acme/a')).toBe(60)
    const next = planShards(repos, 2, costs)
    expect(next.map((s) => s.repositories)).toEqual([['acme/a'], ['acme/b', 'acme/c', 'acme/d']])
    expect(costsFromReport(null).size).toBe(0)
  })
})

function hash(s: string): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h
}

describe('the plan job outputs whatever the organisation size (1 MB per output, 256 matrix jobs)', () => {
  // Names as long as GitHub allows (100 characters) make the worst case for the old output.
  const big = (n: number, len: number): OrgRepo[] =>
    Array.from({ length: n }, (_, i) => repo(`r${String(i).padStart(6, '0')}`.padEnd(len, 'x')))
  const planOf = (repos: readonly OrgRepo[], count: number): OrgPlan => ({
    contract: 'gonogo.org-plan/v1',
    organisation: 'acme',
    shards: planShards(repos, count)
  })

  test('20,000 repositories in 256 shards: the shards output stays under 1 MB by size, the repository lists would not', () => {
    const plan = planOf(big(20_000, 40), MAX_SHARDS)
    const refs = shardRefs(plan)
    expect(refs).toHaveLength(MAX_SHARDS)
    const shards = JSON.stringify(refs)
    expect(outputBytes(shards)).toBeLessThan(ACTIONS_OUTPUT_MAX_BYTES)
    expect(outputBytes(shards)).toBeLessThan(64 * 1024)
    // What the shards output carried before: every repository name, more than an output holds.
    expect(outputBytes(JSON.stringify(plan.shards))).toBeGreaterThan(ACTIONS_OUTPUT_MAX_BYTES)
    expect(refs.every((r, i) => r.index === i && r.count === MAX_SHARDS)).toBe(true)
    expect(new Set(refs.map((r) => r.plan))).toEqual(new Set([planDigest(plan)]))
    // And the plan file carries them all, read back to the same digest.
    const back = checkPlan(JSON.parse(planText(plan)))
    expect('plan' in back && planDigest(back.plan)).toBe(planDigest(plan))
    expect('plan' in back && back.plan.shards.flatMap((s) => s.repositories)).toHaveLength(20_000)
  })

  test('20,000 repositories with their default branches: the plan file stays about 1 MB, the same listing gives the same bytes', () => {
    // Names of a usual length (acme/ and 20 characters), a few default branches not main.
    const listing = Array.from({ length: 20_000 }, (_, i) =>
      repo(`service-${String(i).padStart(5, '0')}`.padEnd(20, 'x'), {
        default_branch: i % 10 === 0 ? 'develop' : 'main'
      })
    )
    const plan = planOf(listing, 20)
    const text = planText(plan)
    const bytes = Buffer.byteLength(text)
    expect(plan.shards.every((s) => Object.keys(s.default_branches ?? {}).length === 1000)).toBe(
      true
    )
    // Shards output untouched: descriptors only.
    expect(outputBytes(JSON.stringify(shardRefs(plan)))).toBeLessThan(8 * 1024)
    expect(bytes).toBeLessThan(2_000_000)
    expect(planText(planOf([...listing].reverse(), 20))).toBe(text)
    const back = checkPlan(JSON.parse(text))
    expect('plan' in back && planText(back.plan)).toBe(text)
    process.stdout.write(
      `plan file, 20,000 repositories in 20 shards with default branches: ${bytes} bytes (${(bytes / 20_000).toFixed(1)} a repository)\n`
    )
  })

  test('each shard descriptor names its shard of its plan, and nothing else', () => {
    const plan = planOf(big(50, 10), 4)
    const [ref] = shardRefs(plan)
    if (!ref) throw new Error('no shard')
    expect(Object.keys(ref).sort()).toEqual(['count', 'index', 'plan'])
    const picked = shardOfPlan(plan, ref)
    expect('shard' in picked && picked.shard).toEqual(plan.shards[0])
    expect(checkShardRef(JSON.parse(JSON.stringify(ref)))).toEqual({ ref })
  })

  test('a descriptor and a plan that disagree are refused, never verified', () => {
    const plan = planOf(big(50, 10), 4)
    const ref = shardRefs(plan)[2] as ShardRef
    const other = planOf(big(51, 10), 4)
    expect(shardOfPlan(other, ref)).toEqual({
      error: `the plan file is not the plan this shard belongs to (its digest is ${planDigest(other)}, the shard names ${ref.plan}): download the gonogo-org-plan artifact of this workflow run`
    })
    // One repository moved between shards changes the digest.
    const moved = structuredClone(plan)
    const r = moved.shards[0]?.repositories.pop() as string
    moved.shards[1]?.repositories.push(r)
    const back = checkPlan(moved)
    expect('plan' in back && planDigest(back.plan)).not.toBe(ref.plan)
    // A count that is not the plan's, or an index the plan does not have, even with its digest.
    expect(shardOfPlan(plan, { ...ref, count: 5 })).toEqual({
      error: 'the plan has 4 shards, the shard says 5'
    })
    const gap: OrgPlan = { ...plan, shards: plan.shards.filter((s) => s.index !== 2) }
    expect(shardOfPlan(gap, { ...ref, count: 3, plan: planDigest(gap) })).toEqual({
      error: 'the plan has no shard 2'
    })
  })

  test('shard descriptors read back: malformed, oversized or of an older plan are refused, naming why', () => {
    const ok = { index: 1, count: 2, plan: `sha256:${'a'.repeat(64)}` }
    expect(checkShardRef(ok)).toEqual({ ref: ok })
    const bad: [unknown, RegExp][] = [
      [null, /not a JSON object/],
      [[ok], /not a JSON object/],
      [{ ...ok, repositories: ['acme/a'] }, /an older plan; plan again/],
      [{ ...ok, cost: 9 }, /unknown key "cost"/],
      [{ ...ok, count: 257 }, /count is not a whole number from 1 to 256/],
      [{ ...ok, count: 0 }, /count/],
      [{ ...ok, index: 2 }, /index is not a whole number from 0 to 1/],
      [{ ...ok, index: -1 }, /index/],
      [{ ...ok, index: '1' }, /index/],
      [{ ...ok, plan: `sha256:${'A'.repeat(64)}` }, /plan is not a sha256/],
      [{ ...ok, plan: 'sha256:abc' }, /plan is not a sha256/]
    ]
    for (const [doc, why] of bad) {
      const r = checkShardRef(doc)
      expect('error' in r ? r.error : 'accepted').toMatch(why)
    }
  })

  test('more than 256 shards are refused with the reason', () => {
    expect(() => planShards(big(300, 5), 257)).toThrow(
      /from 1 to 256 \(a matrix runs at most 256 jobs\), got 257/
    )
  })
})

describe('overrides in the organisation report', () => {
  test('each row names the overrides its shard applied; none when its shard did not report', () => {
    const at = '2026-11-30T00:00:00Z'
    const reports = (r: string): Report[] => [
      report(r, 'branch-protection', [check('main/min-approvals', 'passed')]),
      report(r, 'required-checks', [check('main/producible:t', 'passed')])
    ]
    const m = mergeOrg({
      organisation: 'acme',
      generatedAt: at,
      plan: [
        { index: 0, repositories: ['acme/a', 'acme/b'], cost: 18 },
        { index: 1, repositories: ['acme/c'], cost: 9 }
      ],
      results: [
        {
          index: 0,
          reports: new Map([
            ['acme/a', reports('acme/a')],
            ['acme/b', reports('acme/b')]
          ]),
          overrides: new Map([['acme/a', ['legacy', 'later']]])
        },
        { index: 1, why: 'no artifact', overrides: new Map([['acme/c', ['legacy']]]) }
      ]
    })
    const row = (r: string) => m.repositories.find((x) => x.repository === r)
    expect(row('acme/a')?.overrides).toEqual(['legacy', 'later'])
    expect(row('acme/b')?.overrides).toEqual([])
    expect(row('acme/c')?.overrides).toEqual([])
  })
})
