// Shared set-up of the organisation-scale tests (issue 19): repositories as the listing gives
// them, reports and shard folders as verifyShard leaves them, and the loopback fake's routes the
// org modes need beyond rules-fixtures.ts (the organisation's listing, the rate limit, a
// repository's workflows through the contents API).
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Io } from '../../src/cli/main.js'
import { stableStringify } from '../../src/core/canonical-json.js'
import type { OrgRepo } from '../../src/core/org.js'
import { makeReport, type Report, type ReportCheck } from '../../src/core/report.js'
import { orgStep, type OrgMode } from '../../src/ruleset-verify/org-step.js'
import {
  fullRepositoryJson,
  notFound,
  paginate,
  startGitHubFake,
  tokenKind,
  type GitHubFake
} from './github-fake.js'
import { seedRepo } from './rules-fixtures.js'
import { defaultInputs, parseOutputFile } from './runner.js'
import { writeIn } from './temp-workspace.js'

/** The time the org tests' reports are generated at. */
export const ORG_AT = '2026-11-30T00:00:00Z'

/** The smallest policy the org modes accept: one control, `main` needs one approval. */
export const MIN_ORG_POLICY = `version: 1
controls:
  - id: branch-protection
    source: { report: gonogo-reports/branch-protection.json }
    severity: high
branches:
  main:
    min_approvals: 1
`

/** A repository as GET /orgs/{org}/repos lists it (private, not archived, no topics, `main`). */
export function orgRepo(full: string, o: Partial<OrgRepo> = {}): OrgRepo {
  return {
    full_name: full,
    archived: false,
    visibility: 'private',
    topics: [],
    default_branch: 'main',
    ...o
  }
}

/** A report of one repository for `control`, at {@link ORG_AT}. */
export function orgReport(
  repository: string,
  control: string,
  checks: ReportCheck[],
  generator = 'verify-rules'
): Report {
  return makeReport({
    control,
    subject: { repository, sha: 'a'.repeat(40) },
    generatedAt: ORG_AT,
    generator,
    checks
  })
}

/** A check whose message is its id and status. */
export const orgCheck = (id: string, status: ReportCheck['status']): ReportCheck => ({
  id,
  status,
  message: `${id} ${status}`
})

/**
 * A shard folder as verifyShard leaves it: both reports of every repository passed, and
 * `shard.json` with index 0, the repositories, no requests nor overrides, then `meta` (e.g. the
 * plan digest as `plan`).
 */
export async function writePassingShard(
  folder: string,
  repositories: readonly string[],
  meta: Record<string, unknown>
): Promise<void> {
  for (const full of repositories) {
    const dir = path.join(folder, ...full.split('/'))
    await mkdir(dir, { recursive: true })
    for (const control of ['branch-protection', 'required-checks'])
      await writeFile(
        path.join(dir, `${control}.json`),
        `${stableStringify(
          makeReport({
            control,
            subject: { repository: full, sha: '0'.repeat(40) },
            generatedAt: '2026-11-30T00:00:00.000Z',
            generator: 'ruleset-verify',
            checks: [{ id: `main/${control}`, status: 'passed', message: 'as the policy says' }]
          })
        )}\n`
      )
  }
  await writeFile(
    path.join(folder, 'shard.json'),
    `${stableStringify({ index: 0, repositories: repositories, requests: {}, overrides: {}, ...meta })}\n`
  )
}

/**
 * GET /orgs/{org}/repos: the fake's seeded repositories of that owner, in the order seeded,
 * paginated; then `extra()` entries, each laid over the first repository's JSON (a listing entry
 * the fake holds no state for, e.g. a malformed name).
 */
export function routeOrgListing(
  fake: GitHubFake,
  extra: () => readonly Record<string, unknown>[] = () => []
): void {
  fake.route('GET /orgs/{org}/repos', (req, f) => {
    const own = [...f.state.repos.entries()]
      .filter(([full]) => full.startsWith(`${req.params.org ?? ''}/`))
      .map(([full, st]) => {
        const [owner = '', name = ''] = full.split('/')
        return fullRepositoryJson(f.url, owner, name, st, tokenKind(req, f))
      })
    const first = own[0] ?? {}
    return paginate(req, [...own, ...extra().map((e) => ({ ...first, ...e }))], f)
  })
}

/**
 * GET /rate_limit: `remaining` of 5,000 core requests left (the same for search and GraphQL); a
 * function is asked at each request (a test that lowers it part-way).
 */
export function routeRateLimit(fake: GitHubFake, remaining: number | (() => number)): void {
  fake.route('GET /rate_limit', () => {
    const left = typeof remaining === 'function' ? remaining() : remaining
    const r = { limit: 5000, remaining: left, reset: 1796000000, used: 5000 - left }
    return { status: 200, body: { resources: { core: r, search: r, graphql: r }, rate: r } }
  })
}

/**
 * GET /repos/{owner}/{repo}/contents/{path}: every seeded repository holds one workflow,
 * `.github/workflows/ci.yml` with `text`; anything else is 404.
 */
export function routeWorkflowContents(fake: GitHubFake, text: string): void {
  fake.route('GET /repos/{owner}/{repo}/contents/{path}', (req, f) => {
    const full = `${req.params.owner}/${req.params.repo}`
    if (!f.state.repos.has(full)) return notFound()
    const p = req.params.path ?? ''
    const api = `${f.url}/repos/${full}/contents`
    const entry = (x: string) => ({
      type: 'file',
      size: text.length,
      name: x.split('/').pop() ?? x,
      path: x,
      sha: 'b'.repeat(40),
      url: `${api}/${x}`,
      git_url: null,
      html_url: null,
      download_url: null,
      _links: { self: `${api}/${x}`, git: null, html: null }
    })
    if (p === '.github/workflows') return { status: 200, body: [entry('.github/workflows/ci.yml')] }
    if (p === '.github/workflows/ci.yml')
      return {
        status: 200,
        body: { ...entry(p), encoding: 'base64', content: Buffer.from(text).toString('base64') }
      }
    return notFound()
  })
}

/**
 * The loopback fake with `token` an admin installation token and `repos` (names of `owner`,
 * default `acme`) seeded with one branch `main`, and a temporary workspace (prefix `prefix`)
 * holding `policy` (default {@link MIN_ORG_POLICY}) as `.github/gonogo.yml`. The caller closes
 * the fake and removes the folder.
 */
export async function startOrgFake(o: {
  token: string
  repos: readonly string[]
  prefix: string
  owner?: string
  policy?: string
}): Promise<{ fake: GitHubFake; dir: string }> {
  const fake = await startGitHubFake()
  fake.tokens.set(o.token, 'admin')
  const dir = await mkdtemp(path.join(os.tmpdir(), o.prefix))
  await writeIn(dir, '.github/gonogo.yml', o.policy ?? MIN_ORG_POLICY)
  for (const repo of o.repos)
    seedRepo(fake, { owner: o.owner ?? 'acme', repo, default_branch: 'main', branches: ['main'] })
  return { fake, dir }
}

/**
 * Runs one org mode of action-ruleset-verify in process as the runner would: INPUT_* from
 * action.yml's defaults and `inputs` (token `at.token`, effective time {@link ORG_AT}), a
 * scheduled run of `<owner>/.github` (owner default `acme`) over `at.workspace`, against
 * `at.apiUrl`; its outputs and summary (files in `at.tmp`). The caller restores process.env.
 */
export async function runOrgStep(
  mode: OrgMode,
  inputs: Record<string, string>,
  at: { tmp: string; workspace: string; token: string; apiUrl: string; owner?: string }
): Promise<{ outputs: Record<string, string>; summary: string }> {
  const output = path.join(at.tmp, `output-${mode}`)
  // @actions/core keeps the first GITHUB_STEP_SUMMARY it saw: one file, emptied per step.
  const summary = path.join(at.tmp, 'summary')
  await writeFile(output, '')
  await writeFile(summary, '')
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k.startsWith('ACTIONS_')) delete process.env[k]
  Object.assign(process.env, {
    ...defaultInputs('action-ruleset-verify/action.yml', {
      mode,
      token: at.token,
      'effective-time': ORG_AT,
      ...inputs
    }),
    GITHUB_WORKSPACE: at.workspace,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: `${at.owner ?? 'acme'}/.github`,
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: at.apiUrl,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary
  })
  await orgStep(mode)
  return {
    outputs: parseOutputFile(await readFile(output, 'utf8')),
    summary: await readFile(summary, 'utf8')
  }
}

/**
 * A CLI `Io` that keeps what is written: `GITHUB_TOKEN` and `GITHUB_API_URL` (the fake's) in its
 * environment, `cwd` as the working folder.
 */
export function orgCliIo(
  cwd: string,
  token: string,
  apiUrl: string
): Io & { stdout: string; stderr: string } {
  const o = {
    stdout: '',
    stderr: '',
    env: { GITHUB_TOKEN: token, GITHUB_API_URL: apiUrl } as NodeJS.ProcessEnv,
    cwd,
    out: (s: string) => void (o.stdout += s),
    err: (s: string) => void (o.stderr += s)
  }
  return o
}
