// Issue 19: gonogo org plan / verify / merge over 1,000 repositories of the loopback fake (whole
// CLI processes): time of each, API requests per repository next to what verify-rules needs for
// the same repositories with a checkout, and a second org verify with the ETag cache
// (--etag-cache DIR) counting the 304s. Prints figures, asserts nothing.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { loadFake } from './support.mjs'

const WORKFLOW =
  'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'
const POLICY =
  'version: 1\ncontrols:\n  - { id: branch-protection, severity: high, source: { report: gonogo-reports/branch-protection.json } }\nbranches:\n  main: { required_checks: [test], min_approvals: 1 }\n'

/** @param o {{ root: string, tmp: string, dist: string, run: Function, repos?: number }} */
export async function bench(o) {
  const N = o.repos ?? Number(process.env.BENCH_ORG_REPOS ?? 1000)
  const { fake: F, rules: R } = await loadFake(o.root)
  const fake = await F.startGitHubFake({ validate: false })
  try {
    fake.tokens.set('app', 'admin')
    const name = (i) => `svc-${String(i).padStart(4, '0')}`
    for (let i = 0; i < N; i++) {
      R.seedRepo(fake, { owner: 'acme', repo: name(i), default_branch: 'main', branches: ['main'] })
      // Two in three repositories have rules matching the policy; the rest have none.
      if (i % 3 !== 2)
        R.addRuleset(fake, {
          source: `acme/${name(i)}`,
          name: 'main',
          include: ['~DEFAULT_BRANCH'],
          rules: [
            R.rulesetPullRequest({ required_approving_review_count: 1 }),
            R.rulesetStatusChecks(['test'])
          ]
        })
    }
    fake.route('GET /orgs/{org}/repos', (req, f) =>
      F.paginate(
        req,
        [...f.state.repos.entries()]
          .filter(([full]) => full.startsWith(`${req.params.org}/`))
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([full, st]) => {
            const [owner, repo] = full.split('/')
            return F.fullRepositoryJson(f.url, owner, repo, st, F.tokenKind(req, f))
          }),
        f
      )
    )
    fake.route('GET /repos/{owner}/{repo}/contents/{path}', (req, f) => {
      const full = `${req.params.owner}/${req.params.repo}`
      if (!f.state.repos.has(full)) return F.notFound()
      const p = req.params.path
      const entry = (x) => ({
        type: 'file',
        size: WORKFLOW.length,
        name: x.split('/').pop(),
        path: x
      })
      if (p === '.github/workflows')
        return { status: 200, body: [entry('.github/workflows/ci.yml')] }
      if (p === '.github/workflows/ci.yml')
        return {
          status: 200,
          body: {
            ...entry(p),
            encoding: 'base64',
            content: Buffer.from(WORKFLOW).toString('base64')
          }
        }
      return F.notFound()
    })
    fake.route('GET /rate_limit', () => {
      const r = { limit: 1_000_000, remaining: 1_000_000, reset: 1796000000, used: 0 }
      return { status: 200, body: { resources: { core: r, search: r }, rate: r } }
    })
    const ws = path.join(o.tmp, 'org')
    mkdirSync(path.join(ws, '.github/workflows'), { recursive: true })
    writeFileSync(path.join(ws, '.github/gonogo.yml'), POLICY)
    writeFileSync(path.join(ws, '.github/workflows/ci.yml'), WORKFLOW)
    const cli = path.join(o.dist, 'cli/index.js')
    const env = { ...process.env, GITHUB_TOKEN: 'app', GITHUB_API_URL: fake.url }
    const time = ['--effective-time', '2026-11-30T00:00:00Z']
    const single = await o.run(
      [
        cli,
        'verify-rules',
        '--repo',
        `acme/${name(0)}`,
        '--workspace',
        ws,
        '--output',
        path.join(ws, 'single'),
        '--sha',
        'a'.repeat(40),
        ...time
      ],
      { env, cwd: ws }
    )
    const singleRequests = /API requests: (\d+)/.exec(single.stdout)?.[1] ?? '?'
    // The same repositories through verify-rules: one of each kind (with rules, without),
    // weighted by how many the organisation has.
    const bare = await o.run(
      [
        cli,
        'verify-rules',
        '--repo',
        `acme/${name(2)}`,
        '--workspace',
        ws,
        '--output',
        path.join(ws, 'single-bare'),
        '--sha',
        'a'.repeat(40),
        ...time
      ],
      { env, cwd: ws }
    )
    const bareRequests = Number(/API requests: (\d+)/.exec(bare.stdout)?.[1] ?? NaN)
    const withRules = Array.from({ length: N }, (_, i) => i).filter((i) => i % 3 !== 2).length
    const singlePerRepo = (Number(singleRequests) * withRules + bareRequests * (N - withRules)) / N
    const plan = await o.run([cli, 'org', 'plan', '--org', 'acme', '--shards', '20', ...time], {
      env,
      cwd: ws
    })
    const before = fake.requests.length
    const verify = await o.run([cli, 'org', 'verify', '--org', 'acme', '--shards', '20', ...time], {
      env,
      cwd: ws
    })
    const perRepo = ((fake.requests.length - before) / N).toFixed(2)
    // Two scheduled runs sharing an ETag cache folder (as actions/cache would restore it).
    const cacheDir = path.join(o.tmp, 'org-etag-cache')
    const etagRun = async (out) => {
      const from = fake.requests.length
      const from304 = fake.notModified.length
      const r = await o.run(
        [
          cli,
          'org',
          'verify',
          '--org',
          'acme',
          '--shards',
          '20',
          '--output',
          out,
          '--etag-cache',
          cacheDir,
          ...time
        ],
        { env, cwd: ws }
      )
      const sent = fake.requests.length - from
      const notModified = fake.notModified.length - from304
      // What the CLI's summary line says it got back 304 (the fake's count, as the CLI saw it).
      const reported = /(\d+) answered 304 Not Modified/.exec(r.stdout)?.[1] ?? '?'
      return { ms: r.ms, sent, notModified, reported }
    }
    const etag1 = await etagRun('etag-first')
    const etag2 = await etagRun('etag-second')
    const merge = await o.run(
      [cli, 'org', 'merge', '--input', 'gonogo-org', '--output', 'merged', ...time],
      { env, cwd: ws }
    )
    console.log(
      `\norganisation scale (issue 19): ${N} repositories of the loopback fake, 20 shards, whole CLI processes`
    )
    console.log('| step | ms | API requests |')
    console.log('|---|---:|---|')
    console.log(
      `| gonogo verify-rules, one repository (workflows from a checkout) | ${single.ms.toFixed(0)} | ${singleRequests} |`
    )
    console.log(`| gonogo org plan | ${plan.ms.toFixed(0)} | listing only |`)
    console.log(
      `| gonogo org verify (plan + every shard, two at a time, + merge) | ${verify.ms.toFixed(0)} | ${perRepo} per repository (workflows through the contents API; listing and GET /rate_limit included) |`
    )
    console.log(
      `| gonogo verify-rules over the same repositories (one run each, workflows from a checkout) | | ${singlePerRepo.toFixed(2)} per repository (${singleRequests} with rules, ${bareRequests} without) |`
    )
    console.log(
      `| gonogo org verify, ETag cache, first run | ${etag1.ms.toFixed(0)} | ${etag1.sent} sent, ${etag1.notModified} answered 304 |`
    )
    console.log(
      `| gonogo org verify, ETag cache, second run | ${etag2.ms.toFixed(0)} | ${etag2.sent} sent, ${etag2.notModified} answered 304 (not counted against the rate limit; the CLI reported ${etag2.reported}): ${etag2.sent - etag2.notModified} counted, ${((etag2.sent - etag2.notModified) / N).toFixed(2)} per repository |`
    )
    console.log(
      `| gonogo org merge (1 report from 20 shard folders) | ${merge.ms.toFixed(0)} | none |`
    )
  } finally {
    await fake.close()
  }
}
