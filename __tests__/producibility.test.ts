/**
 * Producibility of required status checks (action-ruleset-verify, `gonogo verify-rules`): a
 * required check passes only when some workflow job reports it on every pull request into the
 * branch (and on the merge group when the branch merges through a merge queue). Each case runs
 * `runVerify` against the OpenAPI-validating GitHub fake, on real workflows in
 * __tests__/fixtures/workflows/producibility, and cites the GitHub docs page that decides it.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { ReportCheck } from '../src/core/report.js'
import { runVerify, type VerifyOptions } from '../src/ruleset-verify/run-verify.js'
import {
  startGitHubFake,
  type BypassActor,
  type GitHubFake,
  type RepositoryRule,
  type RulesetEnforcement,
  type StatusCheckConfiguration
} from './support/github-fake.js'
import {
  addRuleset,
  bypassOrgAdmin,
  rulesetMergeQueue,
  rulesetStatusChecks,
  seedRepo
} from './support/rules-fixtures.js'
import { writeIn } from './support/temp-workspace.js'

const FIXTURES = path.resolve('__tests__/fixtures/workflows')
const OWNER = 'acme'
const REPO = 'shop'
const ADMIN = 'github_pat_admin_producibility'
const SHA = 'a'.repeat(40)

let fake: GitHubFake
let dir: string
beforeEach(async () => {
  fake = await startGitHubFake()
  fake.tokens.set(ADMIN, 'admin')
  dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-producible-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
  await fake.close()
  fake.assertNoViolations()
})

function options(workspace: string, extra: Partial<VerifyOptions> = {}): VerifyOptions {
  return {
    workspace,
    config: '.github/gonogo.yml',
    output: path.join(dir, 'out'),
    owner: OWNER,
    repo: REPO,
    branches: ['main'],
    sha: SHA,
    ref: 'refs/heads/main',
    token: ADMIN,
    apiUrl: fake.url,
    effectiveTime: Date.parse('2026-11-21T00:00:00Z'),
    retryBaseMs: 5,
    timeoutMs: 2000,
    ...extra
  }
}

// ---------------------------------------------------------------------------------------------
// The corpus case, as a fixture
// ---------------------------------------------------------------------------------------------

interface CannedApi {
  routes: Record<string, { status: number; body: unknown }>
}
interface CannedRuleset {
  id: number
  name: string
  enforcement: RulesetEnforcement
  conditions: { ref_name: { include: string[]; exclude: string[] } }
  rules: RepositoryRule[]
  bypass_actors?: BypassActor[]
}

describe('corpus case 11: a required check never made on a pull request', () => {
  const CASE = path.join(FIXTURES, '11-required-check-never-on-pr')

  test('push-only lint fails; path-filtered test and gate are not passed (docs: Handling skipped but required checks)', async () => {
    const api = JSON.parse(await readFile(path.join(CASE, 'api.json'), 'utf8')) as CannedApi
    const expected = JSON.parse(await readFile(path.join(CASE, 'expected.json'), 'utf8')) as {
      right: { report: string; status: string; checks: Record<string, string> }
    }
    seedRepo(fake, { owner: OWNER, repo: REPO, default_branch: 'main', branches: ['main'] })
    // The same rulesets the canned answers describe (details as GET /rulesets/{id} returns them).
    for (const [route, answer] of Object.entries(api.routes)) {
      if (!/^GET \/repos\/acme\/shop\/rulesets\/\d+$/.test(route)) continue
      const r = answer.body as CannedRuleset
      addRuleset(fake, {
        source: `${OWNER}/${REPO}`,
        id: r.id,
        name: r.name,
        enforcement: r.enforcement,
        include: r.conditions.ref_name.include,
        exclude: r.conditions.ref_name.exclude,
        rules: r.rules,
        bypass_actors: r.bypass_actors ?? []
      })
    }
    const result = await runVerify(options(CASE))
    const report = expected.right.report === 'required-checks' ? result.requiredChecks : undefined
    expect(report?.status).toBe(expected.right.status)
    const byId = new Map(result.requiredChecks.checks.map((c) => [c.id, c]))
    for (const [id, want] of Object.entries(expected.right.checks)) {
      const got = byId.get(id)?.status
      if (want === 'not-passed') expect(got).not.toBe('passed')
      else expect(got).toBe(want)
    }
    const lint = byId.get('main/producible:lint')
    expect(lint?.message).toContain('.github/workflows/lint.yml job lint (line 7)')
    expect(lint?.message).toContain(
      'its `on:` (line 2) never runs for a pull request into main: `push` (line 3) has `branches: [main]`: it runs on pushes to main itself, never on a pull request into main'
    )
    const gate = byId.get('main/producible:gate')
    expect(gate?.status).toBe('unverified')
    expect(gate?.message).toContain('`pull_request` (line 3) has `paths: [src/**]`')
    expect(gate?.unlock).toContain('Handling skipped but required checks')
    // The OrganizationAdmin bypass actor reads back with actor_id 1; the policy names no id.
    expect(result.branchProtection.checks.find((c) => c.id === 'main/bypass-actors')?.status).toBe(
      'passed'
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Real workflows: __tests__/fixtures/workflows/producibility
// ---------------------------------------------------------------------------------------------

const POLICY = `version: 1
controls:
  - id: required-checks
    source: { report: gonogo-reports/required-checks.json }
    severity: high
branches:
  main: {}
  'release/**': {}
`

interface Setup {
  required: (string | StatusCheckConfiguration)[]
  mergeQueue?: boolean
  branch?: string
  policy?: string
  bypass?: BypassActor[]
}

/** Runs verify-rules on the producibility fixture with one ruleset requiring `required`. */
async function verify(s: Setup): Promise<Map<string, ReportCheck> & { report: ReportCheck[] }> {
  const ws = path.join(dir, 'ws')
  await cp(path.join(FIXTURES, 'producibility'), ws, { recursive: true })
  await writeIn(ws, '.github/gonogo.yml', s.policy ?? POLICY)
  // One ruleset per run: a test may verify several setups against the same fake.
  fake.state.rulesets.splice(0)
  seedRepo(fake, {
    owner: OWNER,
    repo: REPO,
    default_branch: 'main',
    branches: ['main', 'release/1.0', 'release/2.0-rc']
  })
  addRuleset(fake, {
    source: `${OWNER}/${REPO}`,
    name: 'protect',
    include: ['~DEFAULT_BRANCH', 'refs/heads/release/**'],
    rules: [rulesetStatusChecks(s.required), ...(s.mergeQueue ? [rulesetMergeQueue()] : [])],
    bypass_actors: s.bypass ?? []
  })
  const r = await runVerify(options(ws, { branches: [s.branch ?? 'main'] }))
  const all = [...r.requiredChecks.checks, ...r.branchProtection.checks]
  return Object.assign(new Map(all.map((c) => [c.id, c])), { report: r.requiredChecks.checks })
}

function statusOf(m: Map<string, ReportCheck>, id: string): string | undefined {
  return m.get(id)?.status
}

describe('triggers: a check must be made on pull requests into the branch', () => {
  // docs: "Events that trigger workflows" → pull_request; "Workflow syntax" → on.pull_request.
  test('a pull_request workflow without filters makes it: passed, naming the job', async () => {
    const r = await verify({ required: ['Lint'] })
    expect(statusOf(r, 'main/producible:Lint')).toBe('passed')
    expect(r.get('main/producible:Lint')?.message).toContain('.github/workflows/ci.yml job lint')
  })

  // docs: "Events that trigger workflows" → schedule, workflow_dispatch, workflow_run: they run on
  // the default branch, never on a pull request's commits.
  test('made only on schedule, workflow_dispatch or workflow_run: failed, naming the on:', async () => {
    const r = await verify({ required: ['e2e-full', 'report'] })
    expect(statusOf(r, 'main/producible:e2e-full')).toBe('failed')
    expect(r.get('main/producible:e2e-full')?.message).toContain(
      "`schedule` (line 4) never runs for a pull request's commits"
    )
    expect(r.get('main/producible:e2e-full')?.message).toContain('`workflow_dispatch` (line 6)')
    expect(statusOf(r, 'main/producible:report')).toBe('failed')
  })

  // docs: "Workflow syntax" → on.pull_request.branches and the filter pattern cheat sheet (`**`,
  // and a `!` pattern excluding what an earlier one included).
  test('branches filters on the base branch, with ** and ! patterns', async () => {
    const main = await verify({ required: ['changelog', 'preview'] })
    expect(statusOf(main, 'main/producible:changelog')).toBe('failed')
    expect(main.get('main/producible:changelog')?.message).toContain(
      '`branches: [release/**, !release/**-rc]`, which does not match main'
    )
    expect(statusOf(main, 'main/producible:preview')).toBe('failed')
    expect(main.get('main/producible:preview')?.message).toContain(
      '`branches-ignore: [main]`, which matches main'
    )
  })

  test('the same filters let a release branch through, and exclude the -rc one', async () => {
    const release = await verify({ required: ['changelog', 'preview'], branch: 'release/1.0' })
    expect(statusOf(release, 'release/1.0/producible:changelog')).toBe('passed')
    expect(statusOf(release, 'release/1.0/producible:preview')).toBe('passed')
    const rc = await verify({ required: ['changelog'], branch: 'release/2.0-rc' })
    expect(statusOf(rc, 'release/2.0-rc/producible:changelog')).toBe('failed')
  })

  // docs: "Events that trigger workflows" → pull_request: "By default, a workflow only runs when
  // a pull_request event's activity type is opened, synchronize, or reopened".
  test('types without opened and synchronize: unverified; only closed: failed', async () => {
    const r = await verify({ required: ['needs-label', 'cleanup-preview'] })
    expect(statusOf(r, 'main/producible:needs-label')).toBe('unverified')
    expect(r.get('main/producible:needs-label')?.message).toContain(
      '`types: [labeled, unlabeled]` without opened and synchronize'
    )
    expect(statusOf(r, 'main/producible:cleanup-preview')).toBe('failed')
  })

  // docs: "Events that trigger workflows" → pull_request_target (default types opened,
  // synchronize, reopened): its checks report on the pull request.
  test('pull_request_target with opened and synchronize: passed', async () => {
    const r = await verify({ required: ['size-label'] })
    expect(statusOf(r, 'main/producible:size-label')).toBe('passed')
  })

  // docs: "Events that trigger workflows" → push; "Workflow syntax" → on.push.<branches|tags>:
  // "If you define only tags/tags-ignore or only branches/branches-ignore, the workflow won't run
  // for events affecting the undefined Git ref".
  test('push to any other branch: unverified (fork pull requests never get it); tags only: failed', async () => {
    const r = await verify({ required: ['smoke', 'publish'] })
    expect(statusOf(r, 'main/producible:smoke')).toBe('unverified')
    expect(r.get('main/producible:smoke')?.message).toContain(
      'a pull request from a fork never gets the check'
    )
    expect(statusOf(r, 'main/producible:publish')).toBe('failed')
    expect(r.get('main/producible:publish')?.message).toContain('filters only tags')
  })

  // docs: "Troubleshooting required status checks" → "Handling skipped but required checks".
  test('paths and paths-ignore: unverified, naming the filter and GitHub’s workaround', async () => {
    const r = await verify({ required: ['Build docs', 'typos'] })
    const docs = r.get('main/producible:Build docs')
    expect(docs?.status).toBe('unverified')
    expect(docs?.message).toContain('.github/workflows/docs.yml job docs (line 11)')
    expect(docs?.message).toContain('`paths: [docs/**, mkdocs.yml]`')
    expect(docs?.unlock).toContain(
      'docs.github.com "Troubleshooting required status checks" → "Handling skipped but required checks"'
    )
    expect(statusOf(r, 'main/producible:typos')).toBe('unverified')
    expect(r.get('main/producible:typos')?.message).toContain('`paths-ignore: [**.md]`')
  })
})

describe('job-level if: and needs', () => {
  // docs: "Using conditions to control job execution"; "Handling skipped but required checks":
  // "If a job in a workflow is skipped due to a conditional, it will report its status as Success".
  test('an if: known only at run time: unverified, naming the reference', async () => {
    const r = await verify({
      required: ['test (ubuntu-latest, 20)', 'test (ubuntu-latest, 24, true)']
    })
    const t = r.get('main/producible:test (ubuntu-latest, 20)')
    expect(t?.status).toBe('unverified')
    expect(t?.message).toContain("`if: needs.changes.outputs.src == 'true'`")
    expect(t?.message).toContain('`needs.changes.outputs.src`')
    // include adds a combination of its own
    expect(statusOf(r, 'main/producible:test (ubuntu-latest, 24, true)')).toBe('unverified')
  })

  // docs: "Running variations of jobs in a workflow" → exclude.
  test('a combination the matrix excludes is made by nothing: failed', async () => {
    const r = await verify({ required: ['test (windows-latest, 20)'] })
    expect(statusOf(r, 'main/producible:test (windows-latest, 20)')).toBe('failed')
  })

  // docs: "jobs.<job_id>.if": a status function (!cancelled()) lets the job run whatever its
  // needed jobs did; github.repository is known for the repository verified.
  test('!cancelled() over conditional needs, and a repository guard: passed', async () => {
    const r = await verify({ required: ['All green', 'upstream-only'] })
    expect(statusOf(r, 'main/producible:All green')).toBe('passed')
    expect(statusOf(r, 'main/producible:upstream-only')).toBe('passed')
  })

  // docs: "jobs.<job_id>.needs": "If a job fails or is skipped, all jobs that need it are skipped".
  test('an if: false on pull_request, and a job that needs it: failed', async () => {
    const r = await verify({ required: ['coverage', 'coverage-report'] })
    expect(statusOf(r, 'main/producible:coverage')).toBe('failed')
    expect(r.get('main/producible:coverage')?.message).toContain(
      "its `if: github.event_name == 'push'` (.github/workflows/ci.yml line 72) is false on `pull_request`, so the job is always skipped there"
    )
    expect(statusOf(r, 'main/producible:coverage-report')).toBe('failed')
    expect(r.get('main/producible:coverage-report')?.message).toContain(
      "the `if: github.event_name == 'push'` of job coverage, which it needs (.github/workflows/ci.yml line 72), is false on `pull_request`"
    )
    expect(r.get('main/producible:coverage')?.message).toContain(
      'GitHub reports a job skipped by its if: as Success'
    )
  })
})

describe('reusable workflows: the top-level caller’s triggers, matrix callers, nested calls', () => {
  // docs: "Reusing workflows": a called workflow runs in the caller's event; its checks are named
  // "caller / callee"; inputs come from the caller's `with:`.
  test('a matrix caller on pull_request makes its callees’ checks, nested too', async () => {
    const r = await verify({
      required: [
        'build (linux) / Compile linux',
        'build (windows) / Compile windows',
        'build (windows) / package / Package windows'
      ]
    })
    expect(statusOf(r, 'main/producible:build (linux) / Compile linux')).toBe('passed')
    expect(statusOf(r, 'main/producible:build (windows) / Compile windows')).toBe('passed')
    const nested = r.get('main/producible:build (windows) / package / Package windows')
    expect(nested?.status).toBe('passed')
    expect(nested?.message).toContain(
      '.github/workflows/build.yml job build (line 9) (calling .github/workflows/reusable-build.yml job package → .github/workflows/reusable-package.yml job package)'
    )
  })

  // docs: "Reusing workflows" → inputs; "jobs.<job_id>.if" may read `inputs`.
  test('a callee job under if: inputs.e2e runs for the linux call, never for windows', async () => {
    const r = await verify({ required: ['build (linux) / e2e', 'build (windows) / e2e'] })
    expect(statusOf(r, 'main/producible:build (linux) / e2e')).toBe('passed')
    expect(statusOf(r, 'main/producible:build (windows) / e2e')).toBe('failed')
    expect(r.get('main/producible:build (windows) / e2e')?.message).toContain(
      '.github/workflows/build.yml job build (line 9) (calling .github/workflows/reusable-build.yml job e2e): its `if: inputs.e2e` (.github/workflows/reusable-build.yml line 19) is false on `pull_request`'
    )
  })

  test('a reusable workflow of another repository called only on push cannot make it: failed', async () => {
    const r = await verify({ required: ['deploy / deploy'] })
    expect(statusOf(r, 'main/producible:deploy / deploy')).toBe('failed')
  })
})

describe('merge queue: required checks must also be made on merge_group', () => {
  // docs: "Managing a merge queue": "you need to update the workflows to include the merge_group
  // event as an additional trigger … the merge will fail as the required status check will not
  // be reported"; REST "repository-rule-merge-queue".
  test('pull_request and merge_group: passed; pull_request only: failed', async () => {
    const r = await verify({ required: ['Lint', 'Build docs', 'size-label'], mergeQueue: true })
    expect(statusOf(r, 'main/producible:Lint')).toBe('passed')
    expect(r.get('main/producible:Lint')?.message).toContain('and on its merge queue')
    const target = r.get('main/producible:size-label')
    expect(target?.status).toBe('failed')
    expect(target?.message).toContain("never reported on the merge group of main's merge queue")
    expect(target?.remediation).toContain('add `merge_group`')
    // a path filter on pull requests, and no merge_group at all: the failure decides
    expect(statusOf(r, 'main/producible:Build docs')).toBe('failed')
  })

  // docs: "Managing a merge queue" → "Triggering merge group checks with third-party CI
  // providers": the queue pushes a gh-readonly-queue/<base>/… branch.
  test('a push to gh-readonly-queue/** reaches the merge group; merge_group for other branches does not', async () => {
    const r = await verify({
      required: ['integration', 'bundle-size', 'build (linux) / Compile linux'],
      mergeQueue: true
    })
    expect(statusOf(r, 'main/producible:integration')).toBe('passed')
    expect(statusOf(r, 'main/producible:build (linux) / Compile linux')).toBe('passed')
    expect(statusOf(r, 'main/producible:bundle-size')).toBe('failed')
    expect(r.get('main/producible:bundle-size')?.message).toContain(
      '`branches: [release/**]`, which does not match main'
    )
  })

  test('without a merge queue rule, merge_group is not needed', async () => {
    const r = await verify({ required: ['size-label'] })
    expect(statusOf(r, 'main/producible:size-label')).toBe('passed')
  })
})

describe('names only known at run time make only the checks they could spell unverified', () => {
  // A job named `lint (${{ matrix.tool }})` over a matrix from needs outputs could be
  // `lint (eslint)`, never `deploy-prod`: the missing `deploy-prod` stays a failure.
  test('unresolved lint (…) keeps lint (eslint) unverified and deploy-prod failed', async () => {
    const r = await verify({ required: ['lint (eslint)', 'deploy-prod'] })
    const lint = r.get('main/producible:lint (eslint)')
    expect(lint?.status).toBe('unverified')
    expect(lint?.message).toContain(
      '.github/workflows/dynamic.yml job lint named "lint (${{ matrix.tool }})"'
    )
    const deploy = r.get('main/producible:deploy-prod')
    expect(deploy?.status).toBe('failed')
    expect(deploy?.message).toContain('every merge into main would wait for it forever')
  })
})

describe('apps: a check pinned to another app than GitHub Actions', () => {
  // REST API "Repository rulesets": required_status_checks[].integration_id, "the optional
  // integration ID that this status check must originate from"; docs "About protected branches"
  // → required status checks from a specific app.
  test('made by a workflow job but accepted only from app 9999: failed', async () => {
    const r = await verify({ required: [{ context: 'Lint', integration_id: 9999 }] })
    const c = r.get('main/producible:Lint@9999')
    expect(c?.status).toBe('failed')
    expect(c?.message).toContain('reports as GitHub Actions (app 15368)')
  })

  test('declared in the policy from app 9999: passed; declared from Actions: failed', async () => {
    const declared = await verify({
      required: [{ context: 'sonar', integration_id: 9999 }],
      policy: POLICY.replace(
        'main: {}',
        'main:\n    required_checks: [{ context: sonar, app_id: 9999 }]'
      )
    })
    expect(statusOf(declared, 'main/producible:sonar@9999')).toBe('passed')
    const actions = await verify({
      required: [{ context: 'sonar', integration_id: 9999 }],
      policy: POLICY.replace(
        'main: {}',
        'main:\n    required_checks: [{ context: sonar, app_id: 15368 }]'
      )
    })
    expect(statusOf(actions, 'main/producible:sonar@9999')).toBe('failed')
    expect(actions.get('main/producible:sonar@9999')?.message).toContain(
      'the policy declares it from GitHub Actions (app 15368)'
    )
  })

  test('made by no workflow and not declared: unverified (that app may report it)', async () => {
    const r = await verify({ required: [{ context: 'sonar', integration_id: 9999 }] })
    expect(statusOf(r, 'main/producible:sonar@9999')).toBe('unverified')
  })

  // REST API "Repository rulesets": bypass_actors[].actor_id: "If actor_type is
  // OrganizationAdmin, actor_id is ignored" (it reads back as 1 or null).
  test('an OrganizationAdmin bypass actor matches on its type, whatever its id', async () => {
    const policy = POLICY.replace(
      'main: {}',
      'main:\n    bypass_allowed: [{ type: OrganizationAdmin, id: 1 }]'
    )
    const nullId = await verify({ required: ['Lint'], policy, bypass: [bypassOrgAdmin()] })
    expect(statusOf(nullId, 'main/bypass-actors')).toBe('passed')
    const oneId = await verify({
      required: ['Lint'],
      policy: POLICY.replace(
        'main: {}',
        'main:\n    bypass_allowed: [{ type: OrganizationAdmin }]'
      ),
      bypass: [{ actor_id: 1, actor_type: 'OrganizationAdmin', bypass_mode: 'always' }]
    })
    expect(statusOf(oneId, 'main/bypass-actors')).toBe('passed')
  })
})
