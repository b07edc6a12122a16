// Issue 19, third break test (F1): every failure of the organisation's repository listing
// (GET /orgs/{org}/repos) is a clear error naming the endpoint, what the API answered and what to
// do — never "unexpected error" — through the loopback fake's fault kinds (./support/github-fake.ts
// faultKinds), a server that is not there, and a GITHUB_API_URL that is not a URL. The CLI exits 1
// (nothing planned or verified), 2 only for the URL that is no URL (configuration).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import { createClient } from '../src/github/client.js'
import { listOrgRepos, OrgListingError } from '../src/github/org-repos.js'
import {
  faultKinds,
  fullRepositoryJson,
  paginate,
  startGitHubFake,
  tokenKind,
  type GitHubFake
} from './support/github-fake.js'
import { seedRepo } from './support/rules-fixtures.js'
import { orgCliIo } from './support/org-fixtures.js'

const ORG = 'acme'
const TOKEN = 'ghs_org_listing_installation'
/** Short limits: one retry, waits in milliseconds, a rate limit's wait is always too long. */
const LIMITS = { timeoutMs: 400, retries: 1, retryBaseMs: 5, maxWaitMs: 50 }

async function fakeWithFault(kind: string): Promise<GitHubFake> {
  const fake = await startGitHubFake()
  fake.tokens.set(TOKEN, 'admin')
  seedRepo(fake, { owner: ORG, repo: 'svc', default_branch: 'main', branches: ['main'] })
  fake.route('GET /orgs/{org}/repos', (req, f) =>
    paginate(
      req,
      [...f.state.repos.entries()].map(([full, st]) => {
        const [owner = '', repo = ''] = full.split('/')
        return fullRepositoryJson(f.url, owner, repo, st, tokenKind(req, f))
      }),
      f
    )
  )
  const fault = kind === '500' ? { status: 500 } : faultKinds()[kind]
  if (!fault) throw new Error(`no fault kind ${kind}`)
  fake.inject({ ...fault, path: `/orgs/${ORG}/repos`, times: Infinity })
  return fake
}

/** The advice each kind of failure must give. */
const ADVICE: Record<string, RegExp> = {
  reset: /re-run/,
  'html-502': /HTTP 502.*re-run/,
  '401': /HTTP 401: Bad credentials.*"Metadata" repository permission \(read\)/,
  '403-rate-limit': /rate limited \(HTTP 403.*wait for the rate limit to reset at \d{4}-\d\d-\d\dT/,
  '429-secondary': /rate limited \(HTTP 429.*wait for the rate limit to reset/,
  'truncated-json': /re-run/,
  'null-items': /not the repositories of acme.*is null.*re-run.*GITHUB_API_URL/,
  'wrong-shape': /not the repositories of acme.*expected a list.*re-run/,
  hang: /did not answer within 0.4 s.*re-run/,
  '500': /HTTP 500 after retries.*re-run/
}

describe('a listing the API fails is an OrgListingError naming the endpoint and what to do', () => {
  for (const [kind, advice] of Object.entries(ADVICE))
    test(kind, async () => {
      const fake = await fakeWithFault(kind)
      try {
        const gh = createClient(TOKEN, { baseUrl: fake.url, ...LIMITS })
        const e = await listOrgRepos(gh, ORG).then(
          () => undefined,
          (x: unknown) => x
        )
        expect(e).toBeInstanceOf(OrgListingError)
        const m = (e as Error).message
        expect(m).toContain('GET /orgs/acme/repos')
        expect(m).toMatch(advice)
        expect(m).not.toMatch(/undefined|unexpected/)
        expect(m).not.toContain(TOKEN)
      } finally {
        await fake.close()
      }
    })

  test('a server that is not there: check GITHUB_API_URL', async () => {
    // A port that was just free: nothing listens there.
    const { createServer } = await import('node:net')
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    await new Promise<void>((resolve) => server.close(() => resolve()))
    const gh = createClient(TOKEN, { baseUrl: `http://127.0.0.1:${port}`, ...LIMITS })
    const e = await listOrgRepos(gh, ORG).then(
      () => undefined,
      (x: unknown) => x
    )
    expect(e).toBeInstanceOf(OrgListingError)
    expect((e as Error).message).toMatch(
      /GET \/orgs\/acme\/repos could not be sent or got no answer \(.+\); check that GITHUB_API_URL/
    )
  })
})

describe('gonogo org plan|verify when the listing fails', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-org-listing-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })
  const io = (url: string): Io & { stdout: string; stderr: string } => orgCliIo(dir, TOKEN, url)

  test('401: exit 1, the endpoint, the answer and the permission; no plan written', async () => {
    const fake = await fakeWithFault('401')
    try {
      const o = io(fake.url)
      expect(await main(['org', 'plan', '--org', ORG], o)).toBe(1)
      expect(o.stderr).toMatch(
        /^gonogo org plan: the repositories of acme could not be listed: GET \/orgs\/acme\/repos failed: HTTP 401: Bad credentials; .*Metadata/
      )
      expect(o.stderr).not.toContain('unexpected')
      await expect(stat(path.join(dir, 'org-plan.json'))).rejects.toThrow()
    } finally {
      await fake.close()
    }
  })

  test('org verify, primary rate limit: exit 1 and when it resets', async () => {
    const fake = await fakeWithFault('403-rate-limit')
    try {
      // verify loads the policy first: give one, then the listing fails.
      const { writeIn } = await import('./support/temp-workspace.js')
      await writeIn(
        dir,
        '.github/gonogo.yml',
        'version: 1\ncontrols:\n  - id: branch-protection\n    severity: high\nbranches:\n  main:\n    min_approvals: 1\n'
      )
      const o2 = io(fake.url)
      expect(await main(['org', 'verify', '--org', ORG], o2)).toBe(1)
      expect(o2.stderr).toMatch(/^gonogo org verify: .*GET \/orgs\/acme\/repos.*rate limited/)
      expect(o2.stderr).toMatch(/wait for the rate limit to reset at \d{4}-/)
    } finally {
      await fake.close()
    }
  })

  test('GITHUB_API_URL that is not a URL: exit 2 naming it, no request', async () => {
    const o = io('not-a-url')
    expect(await main(['org', 'plan', '--org', ORG], o)).toBe(2)
    expect(o.stderr).toMatch(/GITHUB_API_URL is not an http\(s\) URL \("not-a-url"\)/)
  })

  test('org --help documents the exit codes, options aligned', async () => {
    const o = io('http://127.0.0.1:1')
    expect(await main(['org', '--help'], o)).toBe(0)
    expect(o.stdout).toMatch(
      /Exit codes:\n {2}0 [^]*\n {2}1 [^]*could\s+not be listed[^]*\n {2}2 +usage/
    )
    expect(o.stdout).toContain('\n  --plan-digest DIGEST      merge:')
    const columns = o.stdout
      .split('\n')
      .filter((l) => /^ {2}--/.test(l))
      .map((l) => l.search(/\S/.exec(l.slice(28)) ? / {2,}\S/ : /$/))
    expect(new Set(columns).size).toBeLessThanOrEqual(1)
  })
})
