// Issue 19 at scale, against the loopback GitHub fake (requests and responses validated against
// the OpenAPI description): 1,000 repositories mixing the ruleset scenarios of
// support/rules-scenario.ts — matching rules, no rules, classic protection, gone (404), contents
// API refused (403), no workflows, 50 workflows, a workflow over 1 MiB — with secondary rate
// limits and retry-after, a budget that runs out mid-shard, and hostile shard folders and plans
// for the merge. Figures (requests per repository against a single-repository verify-rules of the
// same fake, wall times of plan, verify and merge) are printed, never asserted.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import {
  faultKinds,
  fullRepositoryJson,
  notFound,
  paginate,
  startGitHubFake,
  tokenKind,
  type FakeRequest,
  type GitHubFake
} from './support/github-fake.js'
import {
  addRuleset,
  bypassOrgAdmin,
  fullProtection,
  rulesetNonFastForward,
  rulesetPullRequest,
  rulesetStatusChecks,
  seedRepo,
  setProtection
} from './support/rules-fixtures.js'
import { CI_WORKFLOW, POLICY } from './support/rules-scenario.js'
import { writeIn } from './support/temp-workspace.js'
import { orgCliIo } from './support/org-fixtures.js'

const ORG = 'acme'
const TOKEN = 'ghs_org_scale_installation'
const N = 1000
const TIME = ['--effective-time', '2026-11-30T00:00:00Z']
const name = (i: number): string => `svc-${String(i).padStart(4, '0')}`
const LINT_WORKFLOW = `name: lint
on: [pull_request]
permissions: { contents: read }
jobs:
  lint:
    name: Lint
    runs-on: ubuntu-latest
    steps:
      - run: npm run lint
`
const many = (k: number): string => `name: w${k}
on: [pull_request]
permissions: { contents: read }
jobs:
  job-${k}:
    runs-on: ubuntu-latest
    steps:
      - run: echo ${k}
`

/** What the contents API serves per repository: files, or a status for the whole folder. */
type Contents = Record<string, string> | 403 | 404
const contents = new Map<string, Contents>()
/** Sizes the listing reports instead of the text's length (a file over 1 MiB). */
const bigFiles = new Set<string>()
const gone = new Set<string>()
const extraListed: string[] = []
let fake: GitHubFake
let dir = ''
const figures: string[] = []

const io = (): Io & { stdout: string; stderr: string } => orgCliIo(dir, TOKEN, fake.url)

/** Scenario of repository i (see the file's heading). */
function scenario(i: number): string {
  if (i === 13) return 'fifty-workflows'
  if (i === 23) return 'huge-workflow'
  if (i === 17 || i === 501) return 'gone'
  return (
    [
      'matching',
      'matching',
      'matching',
      'matching',
      'no-rules',
      'no-workflows',
      'contents-403',
      'classic',
      'matching-two-files',
      'release-default'
    ][i % 10] ?? 'matching'
  )
}

function seed(f: GitHubFake): void {
  addRuleset(f, {
    source: ORG,
    name: 'org baseline',
    include: ['~DEFAULT_BRANCH'],
    rules: [rulesetNonFastForward()],
    bypass_actors: [bypassOrgAdmin()]
  })
  for (let i = 0; i < N; i++) {
    const repo = name(i)
    const full = `${ORG}/${repo}`
    const s = scenario(i)
    const main = s === 'release-default' ? 'release/v2' : 'main'
    seedRepo(f, { owner: ORG, repo, default_branch: main, branches: [main] })
    if (s !== 'no-rules' && s !== 'classic')
      addRuleset(f, {
        source: full,
        name: 'main protection',
        include: ['~DEFAULT_BRANCH'],
        rules: [
          rulesetPullRequest({
            required_approving_review_count: 2,
            dismiss_stale_reviews_on_push: true
          }),
          rulesetStatusChecks(['test (20)', 'test (22)', 'Lint'], { strict: true })
        ],
        bypass_actors: [bypassOrgAdmin()]
      })
    if (s === 'classic') setProtection(f, ORG, repo, 'main', fullProtection())
    if (s === 'gone') gone.add(full)
    contents.set(
      full,
      s === 'no-workflows'
        ? 404
        : s === 'contents-403'
          ? 403
          : s === 'fifty-workflows'
            ? Object.fromEntries(
                Array.from({ length: 50 }, (_, k) => [
                  `w${String(k).padStart(2, '0')}.yml`,
                  many(k)
                ])
              )
            : s === 'matching-two-files'
              ? { 'ci.yml': CI_WORKFLOW, 'lint.yaml': LINT_WORKFLOW }
              : { 'ci.yml': CI_WORKFLOW }
    )
    if (s === 'huge-workflow') bigFiles.add(`${full}/.github/workflows/ci.yml`)
  }
}

function routes(f: GitHubFake): void {
  f.route('GET /orgs/{org}/repos', (req, fk) => {
    const org = req.params.org ?? ''
    const repos = [...fk.state.repos.entries()]
      .filter(([full]) => full.startsWith(`${org}/`))
      .map(([full, st]) => {
        const [owner = '', repo = ''] = full.split('/')
        return fullRepositoryJson(fk.url, owner, repo, st, tokenKind(req, fk))
      })
    for (const full of extraListed) {
      const [owner = '', repo = ''] = full.split('/')
      if (owner === org)
        repos.push(
          fullRepositoryJson(
            fk.url,
            owner,
            repo,
            { default_branch: 'main', branches: ['main'] },
            tokenKind(req, fk)
          )
        )
    }
    repos.sort((a, b) => (String(a.full_name) < String(b.full_name) ? -1 : 1))
    return paginate(req, repos, fk)
  })
  f.route('GET /repos/{owner}/{repo}/contents/{path}', (req, fk) => {
    const full = `${req.params.owner}/${req.params.repo}`
    const c = contents.get(full)
    if (c === undefined || !fk.state.repos.has(full)) return notFound()
    if (c === 403)
      return {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content'
        }
      }
    if (c === 404) return notFound()
    const api = `${fk.url}/repos/${full}/contents`
    const p = req.params.path ?? ''
    const entry = (file: string, size: number) => ({
      type: 'file',
      size,
      name: file.split('/').pop() ?? file,
      path: file,
      sha: 'b'.repeat(40),
      url: `${api}/${file}`,
      git_url: `${fk.url}/repos/${full}/git/blobs/${'b'.repeat(40)}`,
      html_url: `https://github.com/${full}/blob/main/${file}`,
      download_url: `https://raw.githubusercontent.com/${full}/main/${file}`,
      _links: {
        self: `${api}/${file}`,
        git: `${fk.url}/repos/${full}/git/blobs/${'b'.repeat(40)}`,
        html: `https://github.com/${full}/blob/main/${file}`
      }
    })
    const sizeOf = (file: string, text: string): number =>
      bigFiles.has(`${full}/${file}`) ? 2 * 1024 * 1024 : Buffer.byteLength(text)
    if (p === '.github/workflows')
      return {
        status: 200,
        body: Object.entries(c)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([n, t]) => entry(`.github/workflows/${n}`, sizeOf(`.github/workflows/${n}`, t)))
      }
    const file = p.startsWith('.github/workflows/')
      ? c[p.slice('.github/workflows/'.length)]
      : undefined
    if (file === undefined) return notFound()
    // Files of 1–100 MB: the object comes with an empty content and encoding "none" (docs:
    // "Get repository content").
    if (bigFiles.has(`${full}/${p}`))
      return { status: 200, body: { ...entry(p, sizeOf(p, file)), encoding: 'none', content: '' } }
    return {
      status: 200,
      body: {
        ...entry(p, sizeOf(p, file)),
        encoding: 'base64',
        content: Buffer.from(file).toString('base64')
      }
    }
  })
  f.route('GET /rate_limit', (_req, fk) => {
    const b = fk.rateLimit ?? { limit: 5000, remaining: 5000, reset: 1796000000 }
    // GET /rate_limit does not count against the limit (docs: "Get rate limit status").
    if (fk.rateLimit) fk.rateLimit.remaining++
    const r = {
      limit: b.limit,
      remaining: b.remaining,
      reset: b.reset,
      used: b.limit - b.remaining
    }
    return { status: 200, body: { resources: { core: r, search: r, graphql: r }, rate: r } }
  })
}

const perRepo = (reqs: readonly FakeRequest[], full: string): number =>
  reqs.filter((r) => r.path.startsWith(`/repos/${full}/`) || r.path === `/repos/${full}`).length

interface Row {
  repository: string
  status: string
  settings: Record<string, string>
  reason: string | null
  requests: number | null
}
interface OrgReportJson {
  totals: { repositories: number; passed: number; failed: number; unverified: number }
  settings: string[]
  repositories: Row[]
}
const readJson = async <T>(...p: string[]): Promise<T> =>
  JSON.parse(await readFile(path.join(dir, ...p), 'utf8')) as T
const rowOf = (r: OrgReportJson, i: number | string): Row | undefined =>
  r.repositories.find((x) => x.repository === (typeof i === 'number' ? `${ORG}/${name(i)}` : i))
const timed = async <T>(label: string, f: () => Promise<T>): Promise<T> => {
  const t = process.hrtime.bigint()
  const r = await f()
  figures.push(`${label}: ${Number((process.hrtime.bigint() - t) / 1_000_000n)} ms`)
  return r
}

beforeAll(async () => {
  fake = await startGitHubFake()
  fake.tokens.set(TOKEN, 'admin')
  // A budget that never runs out here (the default one refills, which a live budget must not see).
  fake.rateLimit = { limit: 10_000_000, remaining: 10_000_000, reset: 1796000000 }
  dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-org-scale-'))
  await writeIn(dir, '.github/gonogo.yml', POLICY)
  await writeIn(dir, '.github/workflows/ci.yml', CI_WORKFLOW)
  seed(fake)
  routes(fake)
  // Listed by the organisation, gone by the time the shard reads them.
  for (const full of gone) fake.state.repos.delete(full)
  extraListed.push(...gone)
  // A name GitHub never gives: it must not reach a plan (it would be a path out of a shard folder).
  extraListed.push(`${ORG}/..`)
})

afterAll(async () => {
  await fake.close()
  await rm(dir, { recursive: true, force: true })
  if (figures.length > 0) process.stdout.write(`\norg-scale figures:\n  ${figures.join('\n  ')}\n`)
})

describe('gonogo org over 1,000 repositories (CLI, loopback fake)', () => {
  test('plan, verify and merge: every scenario ends as it should, deterministically, with requests per repository printed', async () => {
    // What one repository's verify-rules needs against the same fake (workflows from a checkout).
    let before = fake.requests.length
    const single = io()
    expect(
      await main(
        ['verify-rules', '--repo', `${ORG}/${name(0)}`, '--output', 'single', ...TIME],
        single
      )
    ).toBe(0)
    const singleRequests = fake.requests.length - before

    before = fake.requests.length
    const p = io()
    expect(
      await timed('org plan (1,000 repositories, 20 shards)', () =>
        main(['org', 'plan', '--org', ORG, '--shards', '20'], p)
      )
    ).toBe(0)
    const planRequests = fake.requests.length - before
    const plan = await readJson<{ shards: { index: number; repositories: string[] }[] }>(
      'org-plan.json'
    )
    const planned = plan.shards.flatMap((s) => s.repositories)
    expect(planned).toHaveLength(N)
    expect(planned).not.toContain(`${ORG}/..`)

    const k = faultKinds()
    // A secondary limit with retry-after once: waited out, the repository verified.
    fake.inject({ ...k['429-secondary'], path: `/repos/${ORG}/${name(31)}/rulesets`, times: 1 })
    // One that does not end within the client's waits: that repository unverified, never passed.
    fake.inject({
      status: 403,
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
      },
      headers: { 'retry-after': '1' },
      path: `/repos/${ORG}/${name(41)}/rules/branches/main`,
      times: 3
    })
    before = fake.requests.length
    const v = io()
    expect(
      await timed('org verify (1,000 repositories, 20 shards)', () =>
        main(['org', 'verify', '--org', ORG, '--shards', '20', ...TIME], v)
      )
    ).toBe(1)
    // The hostile listing entry `acme/..` is left out, and said so.
    expect(v.stderr).toBe(
      'warning: GET /orgs/acme/repos listed 1 entry without an OWNER/NAME full_name; it is not planned\n'
    )
    const verifyRequests = fake.requests.slice(before)
    const report = await readJson<OrgReportJson>('gonogo-org', 'org-report.json')
    expect(report.totals.repositories).toBe(N)

    const want: Record<string, string> = {
      matching: 'passed',
      'matching-two-files': 'passed',
      'no-rules': 'failed',
      'no-workflows': 'failed',
      'contents-403': 'unverified',
      classic: 'failed',
      'release-default': 'failed', // its rules require checks the policy's release/* entry does not declare
      gone: 'unverified',
      'huge-workflow': 'unverified',
      'fifty-workflows': 'failed' // none of them produces the required checks
    }
    for (let i = 0; i < N; i++) {
      if (i === 41) continue
      expect([name(i), rowOf(report, i)?.status]).toEqual([name(i), want[scenario(i)]])
    }
    expect(rowOf(report, 31)?.status).toBe('passed')
    expect(rowOf(report, 41)?.status).toBe('unverified')
    // A default branch release/v2 gives the same columns as main.
    expect(report.settings.filter((x) => x.includes('/'))).toEqual([])
    expect(Object.keys(rowOf(report, 9)?.settings ?? {})).toContain(
      'branch-protection:min-approvals'
    )
    // Contents API refused: what the workflows produce is unknown.
    expect(rowOf(report, 6)?.settings['required-checks:producible']).toBe('unverified')
    // The file over 1 MiB is not fetched: the listing gives its size.
    expect(
      verifyRequests.filter(
        (r) => r.path === `/repos/${ORG}/${name(23)}/contents/.github/workflows/ci.yml`
      )
    ).toEqual([])
    // Measured requests per repository in the report, for the next plan.
    expect(rowOf(report, 13)?.requests).toBe(perRepo(verifyRequests, `${ORG}/${name(13)}`))
    expect(rowOf(report, 0)?.requests).toBe(perRepo(verifyRequests, `${ORG}/${name(0)}`))
    // Per repository: no more than verify-rules needs for it, the workflows read through the
    // contents API included (the listing's default branch spares GET /repos and the branch list;
    // the organisation ruleset's details are read once, not per repository).
    const matching = perRepo(verifyRequests, `${ORG}/${name(0)}`)
    expect(matching).toBeLessThanOrEqual(singleRequests)
    expect(
      verifyRequests.filter(
        (r) =>
          r.template === '/repos/{owner}/{repo}' || r.template === '/repos/{owner}/{repo}/branches'
      )
    ).toEqual([])

    // Merge twice from the shard folders: byte-identical to each other and to verify's.
    const m1 = io()
    expect(
      await timed('org merge (1,000 repositories, 20 shards)', () =>
        main(['org', 'merge', '--output', 'merged', ...TIME], m1)
      )
    ).toBe(1)
    expect(await main(['org', 'merge', '--output', 'merged-again', ...TIME], io())).toBe(1)
    for (const f of ['org-report.json', 'org-report.sarif', 'org-report.md']) {
      const a = await readFile(path.join(dir, 'gonogo-org', f))
      expect(a.equals(await readFile(path.join(dir, 'merged', f)))).toBe(true)
      expect(a.equals(await readFile(path.join(dir, 'merged-again', f)))).toBe(true)
    }
    // A second plan balanced by the measured costs: the heaviest shard is lighter than before.
    expect(
      await main(
        [
          'org',
          'plan',
          '--org',
          ORG,
          '--shards',
          '20',
          '--costs',
          'gonogo-org/org-report.json',
          '--plan',
          'measured-plan.json'
        ],
        io()
      )
    ).toBe(0)
    const measuredPlan = await readJson<{ shards: { repositories: string[] }[] }>(
      'measured-plan.json'
    )
    const cost = (rs: string[]) => rs.reduce((n, r) => n + (rowOf(report, r)?.requests ?? 9), 0)
    expect(Math.max(...measuredPlan.shards.map((s) => cost(s.repositories)))).toBeLessThanOrEqual(
      Math.max(...plan.shards.map((s) => cost(s.repositories)))
    )

    const perRepository = (verifyRequests.length + planRequests) / N
    // verify-rules for one repository of each scenario, weighted by how many the organisation has.
    const scenarios = new Map<string, number[]>()
    for (let i = 0; i < N; i++)
      scenarios.set(scenario(i), [...(scenarios.get(scenario(i)) ?? []), i])
    let singleTotal = 0
    for (const [sc, members] of scenarios) {
      if (sc === 'gone') continue
      const b = fake.requests.length
      expect(
        await main(
          [
            'verify-rules',
            '--repo',
            `${ORG}/${name(members[0] ?? 0)}`,
            '--output',
            `single-${sc}`,
            ...TIME
          ],
          io()
        )
      ).toBeLessThanOrEqual(1)
      singleTotal += (fake.requests.length - b) * members.length
    }
    const verified = N - (scenarios.get('gone')?.length ?? 0)
    const orgNaming = verifyRequests.filter(
      (r) =>
        r.path.startsWith('/repos/') &&
        !(scenarios.get('gone') ?? []).some((i) => r.path.startsWith(`/repos/${ORG}/${name(i)}/`))
    ).length
    // The issue's goal: no more requests per repository than verify-rules needs, everything org
    // verify sent (listing, GET /rate_limit, the 50-workflow repository) included.
    expect(verifyRequests.length / N).toBeLessThanOrEqual(singleTotal / verified)
    figures.push(
      `requests per repository, the same ${verified} repositories: org verify ${(orgNaming / verified).toFixed(2)} (${(verifyRequests.length / N).toFixed(2)} with the listing and GET /rate_limit), verify-rules ${(singleTotal / verified).toFixed(2)} (workflows from a checkout)`,
      `verify-rules for one repository (${ORG}/${name(0)}): ${singleRequests} requests`,
      `org plan: ${planRequests} requests; org verify: ${verifyRequests.length} requests (${(verifyRequests.length / N).toFixed(2)} per repository, ${perRepository.toFixed(2)} with the plan)`,
      ...[
        'matching',
        'no-rules',
        'no-workflows',
        'contents-403',
        'classic',
        'matching-two-files',
        'release-default',
        'gone',
        'huge-workflow',
        'fifty-workflows'
      ].map((sc) => {
        const i = Array.from({ length: N }, (_, j) => j).find((j) => scenario(j) === sc) ?? 0
        return `  ${sc} (${name(i)}): ${perRepo(verifyRequests, `${ORG}/${name(i)}`)} requests`
      }),
      `CLI summary: ${v.stdout.split('\n').find((l) => l.includes('API requests')) ?? ''}`,
      `totals: ${JSON.stringify(report.totals)}`
    )
    expect(fake.violations).toEqual([])
  }, 300_000)

  test('merge of hostile shard artifacts: nothing unproven passes, nothing outside the plan shows', async () => {
    const input = path.join(dir, 'hostile')
    await rm(input, { recursive: true, force: true })
    await cp(path.join(dir, 'gonogo-org'), input, { recursive: true })
    const plan = await readJson<{ shards: { index: number; repositories: string[] }[] }>(
      'org-plan.json'
    )
    const shard = (i: number) => plan.shards.find((s) => s.index === i)?.repositories ?? []
    const file = (i: number, full: string, f: string) =>
      path.join(input, `shard-${i}`, ...full.split('/'), f)
    const of = (i: number, sc: string) =>
      shard(i).find((r) => scenario(Number(r.slice(-4))) === sc) ?? ''
    // shard 1 never reported; shard 2 left another index's shard.json; shard 3 one of another plan;
    // shard 5 a shard.json that is JSON null
    await rm(path.join(input, 'shard-1'), { recursive: true })
    await writeFile(
      path.join(input, 'shard-2', 'shard.json'),
      JSON.stringify({ index: 5, repositories: shard(2), requests: {} })
    )
    await writeFile(
      path.join(input, 'shard-3', 'shard.json'),
      JSON.stringify({
        index: 3,
        repositories: [...shard(3).slice(1), `${ORG}/other`],
        requests: {}
      })
    )
    await writeFile(path.join(input, 'shard-5', 'shard.json'), 'null')
    // shard 10: a passing report for a repository that is not in the plan
    const passing = of(10, 'matching')
    await mkdir(path.join(input, 'shard-10', ORG, 'intruder'), { recursive: true })
    for (const f of ['branch-protection.json', 'required-checks.json']) {
      const text = (await readFile(file(10, passing, f), 'utf8')).replaceAll(
        passing,
        `${ORG}/intruder`
      )
      await writeFile(path.join(input, 'shard-10', ORG, 'intruder', f), text)
    }
    // shard 4: a failed report tampered to passed; shard 0: a passing one replaced by another repository's;
    // one whose required-checks.json was removed; one whose branch-protection.json is the required-checks one
    const failedRepo = of(4, 'no-rules')
    const bp = JSON.parse(
      await readFile(file(4, failedRepo, 'branch-protection.json'), 'utf8')
    ) as { status: string }
    expect(bp.status).toBe('failed')
    await writeFile(
      file(4, failedRepo, 'branch-protection.json'),
      JSON.stringify({ ...bp, status: 'passed' })
    )
    const [p1 = '', p2 = '', p3 = '', p4 = ''] = shard(0).filter(
      (r) => scenario(Number(r.slice(-4))) === 'matching'
    )
    // a shard not tampered above: a failed report rewritten to pass, keeping `"status":"failed"`
    // as a key written twice (JSON.parse keeps the last one): refused as every report reader does
    const twiceShard = plan.shards.find(
      (s) => ![0, 1, 2, 3, 4, 5, 10].includes(s.index) && of(s.index, 'no-rules') !== ''
    )
    const twiceRepo = of(twiceShard?.index ?? -1, 'no-rules')
    expect(twiceRepo).not.toBe('')
    const twiceIndex = twiceShard?.index ?? -1
    const bp6 = JSON.parse(
      await readFile(file(twiceIndex, twiceRepo, 'branch-protection.json'), 'utf8')
    ) as { status: string; checks: { status: string }[] }
    expect(bp6.status).toBe('failed')
    const forged = JSON.stringify({
      ...bp6,
      status: 'passed',
      checks: bp6.checks.map((c) => ({ ...c, status: 'passed' }))
    })
    await writeFile(
      file(twiceIndex, twiceRepo, 'branch-protection.json'),
      `{"status":"failed",${forged.slice(1)}`
    )
    await cp(file(0, p2, 'required-checks.json'), file(0, p1, 'required-checks.json'))
    await rm(file(0, p3, 'required-checks.json'))
    await cp(file(0, p4, 'required-checks.json'), file(0, p4, 'branch-protection.json'))

    const o = io()
    expect(
      await main(['org', 'merge', '--input', 'hostile', '--output', 'hostile-out', ...TIME], o)
    ).toBe(1)
    const r = await readJson<OrgReportJson>('hostile-out', 'org-report.json')
    expect(r.totals.repositories).toBe(N)
    expect(rowOf(r, `${ORG}/intruder`)).toBeUndefined()
    for (const [i, why] of [
      [1, /no artifact shard-1/],
      [2, /is for shard 5, not 2/],
      [3, /other repositories than shard 3/],
      [5, /shard-5\/shard\.json unreadable/]
    ] as const)
      for (const repo of shard(i))
        expect(rowOf(r, repo)).toMatchObject({
          status: 'unverified',
          reason: expect.stringMatching(why)
        })
    expect(rowOf(r, failedRepo)?.status).toBe('failed')
    for (const repo of [p1, p3, p4])
      expect([repo, rowOf(r, repo)?.status]).toEqual([repo, 'unverified'])
    expect(rowOf(r, p1)?.settings['required-checks:(not reported)']).toBe('unverified')
    expect(rowOf(r, p4)?.settings['branch-protection:(not reported)']).toBe('unverified')
    expect(rowOf(r, twiceRepo)?.status).not.toBe('passed')
    expect(rowOf(r, twiceRepo)?.settings['branch-protection:(not reported)']).toBe('unverified')
    const md = await readFile(path.join(dir, 'hostile-out', 'org-report.md'), 'utf8')
    expect(md).toContain('Shards that did not report')

    // An empty input folder, or none at all: every repository unverified, never passed.
    await mkdir(path.join(dir, 'empty'), { recursive: true })
    for (const input of ['empty', 'does-not-exist']) {
      expect(
        await main(['org', 'merge', '--input', input, '--output', `${input}-out`, ...TIME], io())
      ).toBe(1)
      const e = await readJson<OrgReportJson>(`${input}-out`, 'org-report.json')
      expect(e.totals).toEqual({ repositories: N, passed: 0, failed: 0, unverified: N })
    }
  }, 120_000)

  test('usage errors: shard counts, organisation names and plan files that are not right exit 2, naming what to fix', async () => {
    for (const n of ['0', '257', 'abc', '1e1', '-1', '0x10', ' 5', '', '2.5']) {
      const o = io()
      expect([n, await main(['org', 'plan', '--org', ORG, `--shards=${n}`], o)]).toEqual([n, 2])
      expect(o.stderr).toMatch(/--shards must be a whole number from 1 to 256/)
    }
    for (const org of ['', '-acme', 'acme-', 'a--b', 'ac me', 'acme/x', 'a'.repeat(40), '`x`']) {
      const o = io()
      expect([org, await main(['org', 'plan', `--org=${org}`], o)]).toEqual([org, 2])
      expect(o.stderr).toMatch(/--org must be an organisation name/)
    }
    const plans: [string, RegExp][] = [
      ['{', /not valid JSON at line 1, column 2/],
      ['null', /not a JSON object/],
      ['[]', /not a JSON object/],
      [
        JSON.stringify({ contract: 'gonogo.org-plan/v1', organisation: 'ac|me', shards: [] }),
        /organisation/
      ],
      [
        JSON.stringify({
          contract: 'gonogo.org-plan/v1',
          organisation: ORG,
          shards: [{ index: 0, repositories: [`${ORG}/../../etc`] }]
        }),
        /not OWNER\/NAME/
      ],
      [
        JSON.stringify({
          contract: 'gonogo.org-plan/v1',
          organisation: ORG,
          shards: [{ index: 0, repositories: ['other/x'] }]
        }),
        /not a repository of acme/
      ]
    ]
    for (const [text, why] of plans) {
      await writeFile(path.join(dir, 'bad-plan.json'), text)
      const o = io()
      expect(
        await main(['org', 'merge', '--plan', 'bad-plan.json', '--output', 'bad-out', ...TIME], o)
      ).toBe(2)
      expect(o.stderr).toMatch(why)
      expect(o.stderr).toContain('bad-plan.json')
      expect(o.stderr).not.toMatch(/\n\s+at /)
    }
    const missing = io()
    expect(await main(['org', 'merge', '--plan', 'nope.json'], missing)).toBe(2)
    expect(missing.stderr).toMatch(/nope\.json: not a readable plan/)
  })

  test('an organisation with nothing selected: plan says so and exits 1', async () => {
    const o = io()
    expect(
      await main(
        ['org', 'plan', '--org', ORG, '--topic', 'no-such-topic', '--plan', 'empty-plan.json'],
        o
      )
    ).toBe(1)
    expect(o.stderr).toMatch(/no repository of acme is selected/)
    expect(
      await main(
        ['org', 'merge', '--plan', 'empty-plan.json', '--output', 'empty-plan-out', ...TIME],
        io()
      )
    ).toBe(1)
  })

  test('a budget spent by someone else mid-shard: the shard sees it in the answers, stops before GitHub refuses, and names the budget', async () => {
    const saved = fake.rateLimit
    // GET /rate_limit was read when 5,000 were left; since then another job spent all but 400.
    fake.rateLimit = { limit: 5000, remaining: 400, reset: 1796000000 }
    fake.route('GET /rate_limit', () => {
      const r = { limit: 5000, remaining: 5000, reset: 1796000000, used: 0 }
      return { status: 200, body: { resources: { core: r, search: r, graphql: r }, rate: r } }
    })
    try {
      const plan = {
        contract: 'gonogo.org-plan/v1',
        organisation: ORG,
        shards: [
          {
            index: 0,
            repositories: Array.from({ length: 200 }, (_, i) => `${ORG}/${name(i)}`),
            cost: 1800
          }
        ]
      }
      const { verifyShard } = await import('../src/ruleset-verify/org.js')
      const { createClient } = await import('../src/github/client.js')
      const { loadPolicy } = await import('../src/io/policy-file.js')
      const { Workspace } = await import('../src/io/workspace.js')
      let requests = 0
      const gh = createClient(TOKEN, { baseUrl: fake.url, onRequest: () => requests++ })
      const before = fake.requests.length
      const r = await verifyShard({
        gh,
        apiUrl: fake.url,
        shard: plan.shards[0] as (typeof plan.shards)[0],
        policy: await loadPolicy(await Workspace.open(dir), '.github/gonogo.yml'),
        config: '.github/gonogo.yml',
        effectiveTime: Date.parse('2026-11-30T00:00:00Z'),
        output: path.join(dir, 'budget', 'shard-0'),
        requestCount: () => requests
      })
      const sent = fake.requests.slice(before).filter((q) => q.path !== '/rate_limit').length
      // GitHub refused nothing: the shard stopped within what was left.
      expect(sent).toBeLessThanOrEqual(400)
      expect(fake.rateLimit.remaining).toBeGreaterThanOrEqual(0)
      const budget = [...r.reports].filter(([, rs]) =>
        rs.some((x) => x.checks.some((c) => c.id === 'api-budget'))
      )
      expect(budget.length).toBeGreaterThan(100)
      for (const [, rs] of budget) {
        expect(rs.map((x) => x.control).sort()).toEqual(['branch-protection', 'required-checks'])
        expect(rs[0]?.checks[0]?.message).toMatch(/the API budget ran out/)
      }
      const verified = [...r.reports].filter(([, rs]) => rs.every((x) => x.status === 'passed'))
      expect(verified.length).toBeGreaterThan(0)
      figures.push(
        `budget of 400 over 200 repositories: ${sent} requests sent, ${200 - budget.length} verified, ${budget.length} unverified naming the budget`
      )
    } finally {
      fake.rateLimit = saved
      routes(fake)
    }
  }, 120_000)

  test('a second scheduled run with the ETag cache: the same reports, unchanged answers are 304s that cost no rate limit', async () => {
    const { verifyShard } = await import('../src/ruleset-verify/org.js')
    const { createClient, EtagCache } = await import('../src/github/client.js')
    const { loadPolicy } = await import('../src/io/policy-file.js')
    const { Workspace } = await import('../src/io/workspace.js')
    const repositories = Array.from({ length: 200 }, (_, i) => `${ORG}/${name(i)}`)
    const defaultBranches = Object.fromEntries(
      repositories.map((r, i) => [r, scenario(i) === 'release-default' ? 'release/v2' : 'main'])
    )
    const policy = await loadPolicy(await Workspace.open(dir), '.github/gonogo.yml')
    const folder = path.join(dir, 'etag-cache')
    const saved = fake.rateLimit
    const run = async (label: string) => {
      // A fresh process each time: a new client and cache object over the folder actions/cache restored.
      const cache = new EtagCache(folder)
      let requests = 0
      const gh = createClient(TOKEN, {
        baseUrl: fake.url,
        etagCache: cache,
        onRequest: () => requests++
      })
      fake.rateLimit = { limit: 1_000_000, remaining: 1_000_000, reset: 1796000000 }
      const r = await verifyShard({
        gh,
        apiUrl: fake.url,
        shard: { index: 0, repositories, cost: 0 },
        defaultBranches,
        policy,
        config: '.github/gonogo.yml',
        effectiveTime: Date.parse('2026-11-30T00:00:00Z'),
        output: path.join(dir, `etag-${label}`, 'shard-0'),
        requestCount: () => requests
      })
      await cache.flush() // as the command does before it ends
      return { r, requests, spent: 1_000_000 - fake.rateLimit.remaining, stats: { ...cache.stats } }
    }
    try {
      const first = await run('first')
      const second = await run('second')
      expect(first.stats.notModified).toBe(0)
      expect(first.stats.stored).toBeGreaterThan(0)
      // Nothing changed on GitHub: every conditional request came back 304, and nearly every
      // entry kept was asked again. Not all: an organisation ruleset's details are asked once
      // per shard through whichever repository asks first, and with repositories verified two at
      // a time that repository (so the URL, so the entry) can differ from one run to the next.
      expect(second.stats.conditional).toBeGreaterThan(first.stats.stored * 0.95)
      expect(second.stats.conditional).toBeLessThanOrEqual(first.stats.stored)
      expect(second.stats.notModified).toBe(second.stats.conditional)
      expect(second.spent).toBe(second.requests - second.stats.notModified - 1) // GET /rate_limit is free
      // What is left: 404s and 403s (no ETag on an error), e.g. "Branch not protected".
      expect(second.spent).toBeLessThan(first.spent / 2)
      // The same reports, byte for byte.
      for (const full of repositories)
        for (const f of ['branch-protection.json', 'required-checks.json'])
          expect([
            full,
            (await readFile(path.join(dir, 'etag-second', 'shard-0', full, f))).equals(
              await readFile(path.join(dir, 'etag-first', 'shard-0', full, f))
            )
          ]).toEqual([full, true])
      figures.push(
        `ETag cache over a 200-repository shard: first run ${first.requests} requests (${first.spent} counted against the rate limit, ${first.stats.stored} answers kept); second run ${second.requests} requests, ${second.stats.notModified} answered 304 Not Modified, ${second.spent} counted (${first.spent - second.spent} saved)`
      )
      expect(fake.violations).toEqual([])
    } finally {
      fake.rateLimit = saved
    }
  }, 120_000)

  test('a shard holding a path-climbing repository name is refused before anything is written', async () => {
    const { verifyShard } = await import('../src/ruleset-verify/org.js')
    const { createClient } = await import('../src/github/client.js')
    const { loadPolicy } = await import('../src/io/policy-file.js')
    const { Workspace } = await import('../src/io/workspace.js')
    const out = path.join(dir, 'climb', 'shard-0')
    await expect(
      verifyShard({
        gh: createClient(TOKEN, { baseUrl: fake.url }),
        apiUrl: fake.url,
        shard: { index: 0, repositories: [`${ORG}/${name(0)}`, `${ORG}/..`], cost: 18 },
        policy: await loadPolicy(await Workspace.open(dir), '.github/gonogo.yml'),
        config: '.github/gonogo.yml',
        effectiveTime: 0,
        output: out,
        requestCount: () => 0
      })
    ).rejects.toThrow(/"acme\/\.\." is not an OWNER\/NAME repository/)
    await expect(readFile(path.join(out, 'shard.json'))).rejects.toThrow()
  })
})
