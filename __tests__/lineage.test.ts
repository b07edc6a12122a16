import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  buildLineage,
  checkLineage,
  LINEAGE_CONTRACT,
  parseNeeds,
  pullFromSubject,
  pullsFromSubjects
} from '../src/core/lineage.js'
import type { LineageFacts, LineageGraph } from '../src/core/lineage.js'
import { createClient } from '../src/github/client.js'
import { pullsForCommits, PULLS_PERMISSION } from '../src/github/lineage-pulls.js'
import {
  compareSemver,
  parseSemver,
  readGitLineage,
  sortReleaseTags
} from '../src/io/git-lineage.js'
import type { GitLineage } from '../src/io/git-lineage.js'
import { startGitHubFake } from './support/github-fake.js'
import type { GitHubFake } from './support/github-fake.js'

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Ada',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada',
  GIT_COMMITTER_EMAIL: 'ada@example.com',
  GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
  GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

const temps: string[] = []

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  temps.push(dir)
  return dir
}

function gitIn(dir: string) {
  return (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: ENV }).trim()
}

async function commit(dir: string, file: string, subject: string): Promise<string> {
  const git = gitIn(dir)
  await writeFile(path.join(dir, file), `${subject}\n`, { flag: 'a' })
  git('add', '-A')
  git('commit', '-q', '-m', subject)
  return git('rev-parse', 'HEAD')
}

interface Fixture {
  dir: string
  sha: Record<string, string>
}

/**
 * v1.0.0 → v1.1.0 → v1.9.0 → v1.10.0 (text order would pick v1.9.0), an annotated tag, a
 * non-semver tag, then: a feature branch merged as "Merge pull request #7", a squash commit
 * "(#8)", a direct commit; a prerelease tag v2.0.0-rc.1 on the squash commit.
 */
async function releaseRepo(): Promise<Fixture> {
  const dir = await tempDir('gonogo-lineage-')
  const git = gitIn(dir)
  git('init', '-q', '-b', 'main')
  const sha: Record<string, string> = {}
  sha.c1 = await commit(dir, 'a.txt', 'initial')
  git('tag', 'v1.0.0')
  sha.c2 = await commit(dir, 'a.txt', 'second')
  git('tag', '-a', 'v1.1.0', '-m', 'release 1.1.0')
  sha.c3 = await commit(dir, 'a.txt', 'third')
  git('tag', 'v1.9.0')
  sha.c4 = await commit(dir, 'a.txt', 'fourth')
  git('tag', 'v1.10.0')
  git('tag', 'latest')
  git('checkout', '-q', '-b', 'feature-x')
  sha.f1 = await commit(dir, 'b.txt', 'feature: part one')
  sha.f2 = await commit(dir, 'b.txt', 'feature: part two')
  git('checkout', '-q', 'main')
  git('merge', '-q', '--no-ff', 'feature-x', '-m', 'Merge pull request #7 from acme/feature-x')
  sha.merge = git('rev-parse', 'HEAD')
  sha.squash = await commit(dir, 'c.txt', 'Add the widget (#8)')
  git('tag', 'v2.0.0-rc.1')
  sha.direct = await commit(dir, 'd.txt', 'chore: bump version')
  return { dir, sha }
}

afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })))
})

describe('semver', () => {
  it('orders by precedence, not by text', () => {
    const names = ['v1.9.0', 'v1.10.0', '1.2.3', 'v1.1.0', 'nightly', 'v1.10.0-rc.1', 'v01.2.3']
    expect(sortReleaseTags(names.map((name) => ({ name }))).map((t) => t.name)).toEqual([
      'v1.10.0',
      'v1.9.0',
      '1.2.3',
      'v1.1.0'
    ])
    expect(
      sortReleaseTags(
        names.map((name) => ({ name })),
        { prereleases: true }
      ).map((t) => t.name)
    ).toEqual(['v1.10.0', 'v1.10.0-rc.1', 'v1.9.0', '1.2.3', 'v1.1.0'])
  })

  it('follows the semver.org precedence example', () => {
    const chain = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.0+build.7'
    ].map((t) => parseSemver(t))
    for (let i = 0; i + 1 < chain.length; i++) {
      const [a, b] = [chain[i], chain[i + 1]]
      if (!a || !b) throw new Error('unparsed')
      expect(compareSemver(a, b)).toBeLessThanOrEqual(0)
      expect(compareSemver(b, a)).toBeGreaterThanOrEqual(0)
    }
    expect(parseSemver('1.0.0+build.7')).toEqual(parseSemver('v1.0.0'))
    expect(parseSemver('1.2')).toBeUndefined()
  })

  it('ties equal versions by name, so the order never depends on input order', () => {
    const a = sortReleaseTags([{ name: 'v1.2.3' }, { name: '1.2.3' }])
    const b = sortReleaseTags([{ name: '1.2.3' }, { name: 'v1.2.3' }])
    expect(a).toEqual(b)
    expect(a.map((t) => t.name)).toEqual(['1.2.3', 'v1.2.3'])
  })
})

describe('commit subjects', () => {
  it('reads merge and squash pull request numbers', () => {
    expect(pullFromSubject('Merge pull request #123 from acme/feature/login')).toEqual({
      number: 123,
      head: 'feature/login'
    })
    expect(pullFromSubject('Fix the parser (#45)')).toEqual({ number: 45 })
    expect(pullFromSubject('Revert "Fix (#12)" (#15)')).toEqual({ number: 15 })
    expect(pullFromSubject('Mention #12 in passing')).toBeUndefined()
    expect(pullFromSubject('Merge branch main into feature')).toBeUndefined()
  })

  it('unions the commits of one pull request', () => {
    const pulls = pullsFromSubjects([
      { sha: 'b'.repeat(40), subject: 'Merge pull request #9 from o/x', parents: [] },
      { sha: 'a'.repeat(40), subject: 'x (#9)', parents: [] },
      { sha: 'c'.repeat(40), subject: 'y (#2)', parents: [] }
    ])
    expect(pulls).toEqual([
      { number: 2, commits: ['c'.repeat(40)], source: 'subject' },
      { number: 9, commits: ['a'.repeat(40), 'b'.repeat(40)], source: 'subject', head: 'x' }
    ])
  })
})

describe('git lineage (real repositories)', () => {
  let repo: Fixture

  beforeAll(async () => {
    repo = await releaseRepo()
  })

  it('finds the previous release tag by semver and lists the commits since', async () => {
    const lineage = await readGitLineage(repo.dir)
    const s = repo.sha
    expect(lineage.head).toBe(s.direct)
    expect(lineage.shallow).toBe(false)
    expect(lineage.previousTag).toEqual({ name: 'v1.10.0', sha: s.c4 })
    expect(lineage.commits.map((c) => c.sha).sort()).toEqual(
      [s.f1, s.f2, s.merge, s.squash, s.direct].sort()
    )
    expect(lineage.commits[0]).toEqual({
      sha: s.direct,
      subject: 'chore: bump version',
      parents: [s.squash]
    })
    expect(lineage.commits.find((c) => c.sha === s.merge)?.parents).toEqual([s.c4, s.f2])
    expect(lineage.gaps).toEqual([])
  })

  it('peels annotated tags and counts prereleases only when asked', async () => {
    const git = gitIn(repo.dir)
    git('checkout', '-q', repo.sha.c3 ?? '')
    try {
      const atC3 = await readGitLineage(repo.dir)
      expect(atC3.previousTag).toEqual({ name: 'v1.9.0', sha: repo.sha.c3 })
      const releasing = await readGitLineage(repo.dir, { releaseTag: 'v1.9.0' })
      expect(releasing.previousTag).toEqual({ name: 'v1.1.0', sha: repo.sha.c2 })
      expect(releasing.commits.map((c) => c.sha)).toEqual([repo.sha.c3])
    } finally {
      git('checkout', '-q', 'main')
    }
    const pre = await readGitLineage(repo.dir, { prereleases: true })
    expect(pre.previousTag?.name).toBe('v2.0.0-rc.1')
    expect(pre.commits.map((c) => c.sha)).toEqual([repo.sha.direct])
  })

  it('excludes the tag being released when it is on HEAD', async () => {
    const git = gitIn(repo.dir)
    git('tag', 'v1.11.0')
    try {
      const plain = await readGitLineage(repo.dir)
      expect(plain.previousTag?.name).toBe('v1.11.0')
      expect(plain.commits).toEqual([])
      const releasing = await readGitLineage(repo.dir, { releaseTag: 'v1.11.0' })
      expect(releasing.previousTag?.name).toBe('v1.10.0')
      expect(releasing.commits).toHaveLength(5)
    } finally {
      git('tag', '-d', 'v1.11.0')
    }
  })

  it('says what a shallow clone could not see rather than inventing', async () => {
    const clone = await tempDir('gonogo-shallow-')
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.dir}`, clone], { env: ENV })
    const lineage = await readGitLineage(clone)
    expect(lineage.shallow).toBe(true)
    expect(lineage.head).toBe(repo.sha.direct)
    expect(lineage.previousTag).toBeNull()
    expect(lineage.commits.map((c) => c.sha)).toEqual([repo.sha.direct, repo.sha.squash])
    expect(lineage.gaps).toContainEqual({
      what: 'commits',
      reason: `shallow clone: history before ${repo.sha.squash} not fetched; use fetch-depth: 0 (actions/checkout) to fetch the full history`
    })
    expect(lineage.gaps.find((g) => g.what === 'previous release tag')?.reason).toMatch(
      /^no previous release tag visible: in a shallow clone/
    )
    // The graph carries the gaps, and only links what it saw.
    const graph = buildLineage({
      previousTag: lineage.previousTag,
      commits: lineage.commits,
      pulls: { unavailable: 'no token' },
      gaps: lineage.gaps
    })
    expect(graph.nodes.filter((n) => n.kind === 'commit')).toHaveLength(2)
    expect(graph.nodes.filter((n) => n.kind === 'pull_request').map((n) => n.id)).toEqual([
      'pull_request:8'
    ])
    expect(graph.gaps.map((g) => g.what)).toEqual(
      expect.arrayContaining(['commits', 'previous release tag', 'pull requests'])
    )
    expect(checkLineage(graph).filter((p) => p.code === 'dangling-edge')).toEqual([])
  })

  it('lists every commit, with a gap, when there is no release tag', async () => {
    const dir = await tempDir('gonogo-notags-')
    gitIn(dir)('init', '-q', '-b', 'main')
    const a = await commit(dir, 'x.txt', 'one')
    const b = await commit(dir, 'x.txt', 'two (#3)')
    gitIn(dir)('tag', 'not-a-version')
    const lineage = await readGitLineage(dir)
    expect(lineage.previousTag).toBeNull()
    expect(lineage.commits.map((c) => c.sha)).toEqual([b, a])
    expect(lineage.gaps).toEqual([
      {
        what: 'previous release tag',
        reason:
          'no previous release tag: no semver tag (v1.2.3 or 1.2.3) is reachable from HEAD, so the lineage lists every commit'
      }
    ])
  })

  it('caps the commits it lists', async () => {
    const lineage = await readGitLineage(repo.dir, { maxCommits: 2 })
    expect(lineage.commits.map((c) => c.sha)).toEqual([repo.sha.direct, repo.sha.squash])
    expect(lineage.gaps).toEqual([
      {
        what: 'commits',
        reason: 'more than 2 commits since v1.10.0: only the newest 2 are listed'
      }
    ])
  })

  it('is a gap, not a throw, outside a repository', async () => {
    const dir = await tempDir('gonogo-nogit-')
    const lineage = await readGitLineage(dir)
    expect(lineage).toMatchObject({ head: '', previousTag: null, commits: [] })
    expect(lineage.gaps[0]?.what).toBe('git history')
  })
})

describe('pull requests through the API', () => {
  const OWNER = 'acme'
  const REPO = 'app'
  let repo: Fixture
  let git: GitLineage
  let fake: GitHubFake

  beforeAll(async () => {
    repo = await releaseRepo()
    git = await readGitLineage(repo.dir)
  })

  beforeEach(async () => {
    fake = await startGitHubFake()
    const s = repo.sha
    const pr7 = {
      number: 7,
      title: 'Feature X',
      user: 'octocat',
      merged_at: '2026-11-19T09:00:00Z',
      base: 'main',
      head: 'feature-x'
    }
    for (const sha of [s.f1, s.f2, s.merge])
      fake.state.pullsByCommit.set(`${OWNER}/${REPO}@${sha}`, [pr7])
    fake.state.pullsByCommit.set(`${OWNER}/${REPO}@${s.squash}`, [
      {
        number: 8,
        title: 'Add the widget',
        user: 'hubot',
        merged_at: '2026-11-19T10:00:00Z',
        base: 'main',
        head: 'widget'
      },
      // An open pull request that merely contains the commit is not part of the release.
      { number: 11, title: 'Draft', user: 'hubot', merged_at: null, base: 'main', head: 'draft' }
    ])
  })

  afterEach(async () => {
    fake.assertNoViolations()
    await fake.close()
  })

  const client = (): ReturnType<typeof createClient> =>
    createClient('ghs_test', { baseUrl: fake.url, retries: 0, retryBaseMs: 1 })

  it('links commits to merged pull requests', async () => {
    const result = await pullsForCommits(client(), { owner: OWNER, repo: REPO }, git.commits)
    const s = repo.sha
    expect(result.gaps).toEqual([])
    expect(result.pulls).toEqual([
      {
        number: 7,
        title: 'Feature X',
        commits: [s.f1, s.f2, s.merge].sort(),
        source: 'api',
        author: 'octocat',
        mergedAt: '2026-11-19T09:00:00Z',
        base: 'main',
        head: 'feature-x'
      },
      {
        number: 8,
        title: 'Add the widget',
        commits: [s.squash],
        source: 'api',
        author: 'hubot',
        mergedAt: '2026-11-19T10:00:00Z',
        base: 'main',
        head: 'widget'
      }
    ])
    expect(fake.requests.filter((r) => r.template.endsWith('/pulls'))).toHaveLength(5)
  })

  it('falls back to commit subjects on 403, naming the permission', async () => {
    fake.inject({
      path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url:
          'https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit'
      },
      times: Infinity
    })
    const result = await pullsForCommits(client(), { owner: OWNER, repo: REPO }, git.commits)
    expect('unavailable' in result.pulls && result.pulls.unavailable).toMatch(
      /HTTP 403: Resource not accessible by integration.*pull-requests: read/
    )
    const graph = buildLineage({ previousTag: git.previousTag, commits: git.commits, ...result })
    const pulls = graph.nodes.filter((n) => n.kind === 'pull_request')
    expect(pulls.map((n) => [n.id, n.data?.source])).toEqual([
      ['pull_request:7', 'subject'],
      ['pull_request:8', 'subject']
    ])
    const gap = graph.gaps.find((g) => g.what === 'pull requests')
    expect(gap?.reason).toContain(PULLS_PERMISSION)
    expect(gap?.reason).toContain('merge and squash commit subjects')
  })

  it('falls back on a truncated answer too', async () => {
    fake.inject({ path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', truncate: true })
    const result = await pullsForCommits(client(), { owner: OWNER, repo: REPO }, git.commits)
    expect('unavailable' in result.pulls && result.pulls.unavailable).toContain(PULLS_PERMISSION)
  })

  it('caps the lookups and links the rest by subjects, with a gap', async () => {
    const result = await pullsForCommits(client(), { owner: OWNER, repo: REPO }, git.commits, {
      maxCommits: 2
    })
    expect(fake.requests.filter((r) => r.template.endsWith('/pulls'))).toHaveLength(2)
    expect(result.gaps).toEqual([
      {
        what: 'pull requests',
        reason:
          'only the newest 2 of 5 commits were looked up through the API; the other 3 are linked by merge and squash commit subjects only'
      }
    ])
    const pulls = Array.isArray(result.pulls) ? result.pulls : []
    // #8 from the API (the squash commit is the second newest); #7 from the merge subject.
    expect(pulls.map((p) => [p.number, p.source, p.commits])).toEqual([
      [7, 'subject', [repo.sha.merge]],
      [8, 'api', [repo.sha.squash]]
    ])
  })

  it('builds a complete, deterministic lineage end to end', async () => {
    const build = async (): Promise<LineageGraph> => {
      const lineage = await readGitLineage(repo.dir)
      const pulls = await pullsForCommits(client(), { owner: OWNER, repo: REPO }, lineage.commits)
      return buildLineage({
        previousTag: lineage.previousTag,
        commits: lineage.commits,
        pulls: pulls.pulls,
        gaps: [...lineage.gaps, ...pulls.gaps],
        run: {
          id: 42,
          attempt: 1,
          url: 'https://github.com/acme/app/actions/runs/42/attempts/1',
          workflow: 'release'
        },
        needs: {
          test: { result: 'success', outputs: { coverage: '91' } },
          build: { result: 'success', outputs: {} }
        },
        requiredJobs: ['build', 'test'],
        reports: [
          { path: 'gonogo-reports/tests.json', control: 'tests', status: 'pass', job: 'test' },
          { path: 'gonogo-reports/sast.json', control: 'sast', status: 'pass' }
        ],
        decision: { decision: 'go', status: 'pass' }
      })
    }
    const graph = await build()
    expect(graph.contract).toBe(LINEAGE_CONTRACT)
    expect(checkLineage(graph)).toEqual([])
    expect(graph.gaps).toEqual([])
    expect(graph.nodes.map((n) => n.kind)).toEqual([
      'tag',
      'commit',
      'commit',
      'commit',
      'commit',
      'commit',
      'pull_request',
      'pull_request',
      'run',
      'job',
      'job',
      'report',
      'report',
      'decision'
    ])
    const s = repo.sha
    const has = (from: string, to: string, kind: string): void =>
      expect(graph.edges).toContainEqual({ from, to, kind })
    has('tag:v1.10.0', `commit:${s.merge}`, 'precedes')
    has('tag:v1.10.0', `commit:${s.f1}`, 'precedes')
    has(`commit:${s.f2}`, `commit:${s.merge}`, 'precedes')
    has(`commit:${s.merge}`, 'pull_request:7', 'part_of')
    has('pull_request:8', 'run:42/attempt/1', 'included_in')
    has(`commit:${s.direct}`, 'run:42/attempt/1', 'built_by')
    has('run:42/attempt/1', 'job:test', 'ran')
    has('job:test', 'report:gonogo-reports/tests.json', 'produced')
    has('run:42/attempt/1', 'report:gonogo-reports/sast.json', 'produced')
    has('report:gonogo-reports/sast.json', 'decision', 'informs')
    has('job:build', 'decision', 'required_for')
    // Same inputs → the same JSON, byte for byte.
    expect(JSON.stringify(await build())).toBe(JSON.stringify(graph))
  })
})

describe('lineage graph', () => {
  const sha = (c: string): string => c.repeat(40)
  const facts = (): LineageFacts => ({
    previousTag: { name: 'v1.0.0', sha: sha('0') },
    commits: [
      { sha: sha('b'), subject: 'Merge pull request #2 from o/y', parents: [sha('a'), sha('c')] },
      { sha: sha('c'), subject: 'y', parents: [sha('0')] },
      { sha: sha('a'), subject: 'x (#1)', parents: [sha('0')] }
    ],
    pulls: [
      { number: 10, title: 'ten', commits: [sha('a')], source: 'api' },
      { number: 2, title: 'two', commits: [sha('c'), sha('b')], source: 'api' }
    ],
    run: {
      id: 7,
      attempt: 2,
      url: 'https://github.com/o/r/actions/runs/7/attempts/2',
      workflow: 'ci'
    },
    needs: { lint: { result: 'success', outputs: {} }, test: { result: 'success', outputs: {} } },
    requiredJobs: ['test'],
    reports: [{ path: 'r/a.json', control: 'a', status: 'pass' }],
    decision: { decision: 'go', status: 'pass' }
  })

  it('is complete when everything is there', () => {
    const graph = buildLineage(facts())
    expect(checkLineage(graph)).toEqual([])
    // Pull requests in number order (2 before 10), edges sorted.
    expect(graph.nodes.filter((n) => n.kind === 'pull_request').map((n) => n.id)).toEqual([
      'pull_request:2',
      'pull_request:10'
    ])
    const keys = graph.edges.map((e) => `${e.from} ${e.to} ${e.kind}`)
    expect(keys).toEqual([...keys].sort())
    expect(graph.nodes.find((n) => n.id === 'job:test')?.data).toEqual({
      name: 'test',
      result: 'success',
      required: true
    })
  })

  it('does not depend on input order', () => {
    const a = facts()
    const b = facts()
    b.commits.reverse()
    if (Array.isArray(b.pulls)) b.pulls.reverse()
    b.needs = { test: { result: 'success', outputs: {} }, lint: { result: 'success', outputs: {} } }
    b.gaps = [
      { what: 'z', reason: 'last' },
      { what: 'a', reason: 'first' }
    ]
    a.gaps = [...b.gaps].reverse()
    expect(JSON.stringify(buildLineage(b))).toBe(JSON.stringify(buildLineage(a)))
  })

  it('finds a dangling edge', () => {
    const graph = buildLineage(facts())
    graph.edges.push({ from: 'commit:' + sha('f'), to: 'pull_request:2', kind: 'part_of' })
    expect(checkLineage(graph)).toEqual([
      {
        code: 'dangling-edge',
        message: `edge commit:${sha('f')} -part_of-> pull_request:2 references commit:${sha('f')}, which is not a node`,
        ref: `commit:${sha('f')}`
      }
    ])
  })

  it('finds a required job missing from needs', () => {
    const graph = buildLineage({ ...facts(), requiredJobs: ['test', 'deploy-check'] })
    expect(checkLineage(graph)).toEqual([
      {
        code: 'required-job-missing',
        message: "required job deploy-check is not in needs (add it to this job's needs)",
        ref: 'job:deploy-check'
      }
    ])
    // Stated as a requirement, never as a job that ran.
    expect(graph.edges.some((e) => e.to === 'job:deploy-check')).toBe(false)
  })

  it('finds a required job that did not succeed, and ignores an optional one', () => {
    const graph = buildLineage({
      ...facts(),
      needs: { test: { result: 'failure', outputs: {} }, lint: { result: 'cancelled' } }
    })
    expect(checkLineage(graph)).toEqual([
      {
        code: 'required-job-failed',
        message: 'required job test has result failure, not success',
        ref: 'job:test'
      }
    ])
  })

  it('finds the decision missing', () => {
    const graph = buildLineage({ ...facts(), decision: null })
    expect(checkLineage(graph)).toEqual([
      { code: 'decision-missing', message: 'the lineage has no gate decision' }
    ])
    expect(graph.gaps).toContainEqual({ what: 'decision', reason: 'no gate decision was given' })
    expect(graph.edges.some((e) => e.to === 'decision')).toBe(false)
  })

  it('records what it was not given', () => {
    const graph = buildLineage({
      previousTag: null,
      commits: [],
      pulls: [],
      requiredJobs: ['test']
    })
    expect(graph.gaps.map((g) => g.what)).toEqual(['decision', 'jobs', 'reports', 'workflow run'])
    expect(checkLineage(graph).map((p) => p.code)).toEqual([
      'decision-missing',
      'required-job-missing'
    ])
  })

  it('parses the needs input', () => {
    expect(parseNeeds('')).toEqual({ ok: true, value: null })
    expect(parseNeeds('{"a":{"result":"success","outputs":{}}}')).toEqual({
      ok: true,
      value: { a: { result: 'success', outputs: {} } }
    })
    expect(parseNeeds('[1]').ok).toBe(false)
    expect(parseNeeds('{"a":1}').ok).toBe(false)
    expect(parseNeeds('{').ok).toBe(false)
  })
})
