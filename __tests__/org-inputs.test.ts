// Issue 19 break test (findings 1, 3–6): action-ruleset-verify's organisation modes run through
// main.ts run() as the runner would, and `gonogo org merge`, against the loopback fake (requests
// and responses validated against the OpenAPI description): fail-on is checked in every mode and
// applied to the merge (an empty plan is unverified); branches is refused in the org modes; the
// shard and merge set status; merge input/output and etag-cache are confined; the shard input's
// duplicate key is named; the budget advice does not say "plan more shards"; the listing refuses
// another owner, leaves a missing default branch unknown and counts dropped names; the CLI merge
// refuses a duplicate key and a wrong --plan-digest and reads gonogo-org-shard-<n>/ folders.
import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals'
import {
  cp,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  symlink,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import { createClient } from '../src/github/client.js'
import { listOrgRepos } from '../src/github/org-repos.js'
import { run } from '../src/ruleset-verify/main.js'
import { shardFolders } from '../src/ruleset-verify/shard-folders.js'
import type { GitHubFake } from './support/github-fake.js'
import { addRuleset, rulesetPullRequest, rulesetStatusChecks } from './support/rules-fixtures.js'
import { startArtifactBackend } from './support/artifact-backend.js'
import { defaultInputs, parseOutputFile } from './support/runner.js'
import { writeIn } from './support/temp-workspace.js'
import {
  routeOrgListing,
  routeRateLimit,
  routeWorkflowContents,
  startOrgFake,
  orgCliIo
} from './support/org-fixtures.js'

const ORG = 'acme'
const TOKEN = 'ghs_installation_org_inputs'
const WORKFLOW =
  'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'
const policy = (approvals: number): string => `version: 1
controls:
  - id: branch-protection
    severity: high
branches:
  main:
    required_checks: [test]
    min_approvals: ${approvals}
`
const N = 4
const PLAN = 'gonogo-org-plan/org-plan.json'

let fake: GitHubFake
let dir = ''
let tmp = ''
/** Entries the listing adds after the organisation's own (per test). */
let extraListing: Record<string, unknown>[] = []
/** Requests left that GET /rate_limit reports. */
let remaining = 4000
/** The plan job's plan-digest output (set by the plan test). */
let digest = ''
const saved = { ...process.env }
const savedExitCode = process.exitCode

beforeAll(async () => {
  const repos = Array.from({ length: N }, (_, i) => `svc-${i}`)
  ;({ fake, dir } = await startOrgFake({
    token: TOKEN,
    repos,
    owner: ORG,
    prefix: 'gonogo-org-inputs-',
    policy: policy(1)
  }))
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gonogo-org-inputs-runner-'))
  await writeIn(dir, '.github/strict.yml', policy(2))
  for (const repo of repos) {
    addRuleset(fake, {
      source: `${ORG}/${repo}`,
      name: 'main',
      include: ['~DEFAULT_BRANCH'],
      rules: [
        rulesetPullRequest({ required_approving_review_count: 1 }),
        rulesetStatusChecks(['test'])
      ]
    })
  }
  routeOrgListing(fake, () => extraListing)
  routeWorkflowContents(fake, WORKFLOW)
  routeRateLimit(fake, () => remaining)
})

afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
  Object.assign(process.env, saved)
  process.exitCode = savedExitCode
  extraListing = []
  remaining = 4000
})

afterAll(async () => {
  await fake.close()
  fake.assertNoViolations()
  await rm(dir, { recursive: true, force: true })
  await rm(tmp, { recursive: true, force: true })
})

interface Step {
  /** The message of core.setFailed (`::error::…`), if the step failed. */
  failed?: string
  log: string
  outputs: Record<string, string>
  summary: string
}

/**
 * Runs main.ts run() as the runner would (INPUT_* from action.yml's defaults); `env` adds
 * variables such as the artifact service's ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL.
 */
async function action(
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<Step> {
  const output = path.join(tmp, 'output')
  const summary = path.join(tmp, 'summary')
  await writeFile(output, '')
  await writeFile(summary, '')
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k.startsWith('ACTIONS_')) delete process.env[k]
  Object.assign(process.env, {
    ...defaultInputs('action-ruleset-verify/action.yml', {
      token: TOKEN,
      'effective-time': '2026-11-30T00:00:00Z',
      upload: 'false',
      ...inputs
    }),
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: `${ORG}/.github`,
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: fake.url,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    ...env
  })
  process.exitCode = undefined
  let log = ''
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    log += String(chunk)
    return true
  })
  try {
    await run()
  } finally {
    spy.mockRestore()
  }
  const failed = /^::error::(.*)$/m.exec(log)?.[1]
  const exit = process.exitCode
  process.exitCode = savedExitCode
  expect([exit === 1, failed !== undefined]).toEqual([failed !== undefined, exit === 1])
  return {
    ...(failed !== undefined ? { failed } : {}),
    log,
    outputs: parseOutputFile(await readFile(output, 'utf8')),
    summary: await readFile(summary, 'utf8')
  }
}

interface Ref {
  index: number
  count: number
  plan: string
}

describe('action-ruleset-verify org modes: fail-on, branches, status', () => {
  let refs: Ref[] = []

  test('a bad fail-on or any branches input is refused in plan, shard and merge before any request', async () => {
    const before = fake.requests.length
    for (const mode of ['plan', 'shard', 'merge']) {
      const bad = await action({ mode, 'fail-on': 'sometimes' })
      expect(bad.failed).toBe(
        "Input 'fail-on' must be one of never, failed, unverified, got 'sometimes'."
      )
      const branches = await action({ mode, branches: 'main, release/*' })
      expect(branches.failed).toBe(
        `Input 'branches' is for mode verify only: mode ${mode} verifies each repository's default branch (the policy's branches: keys are matched against its name); remove the input`
      )
    }
    expect(fake.requests.length).toBe(before)
  })

  test('plan, then shards with their status output: passed under one policy, failed under a stricter one', async () => {
    const plan = await action({ mode: 'plan', org: ORG, shards: '2', 'fail-on': 'failed' })
    expect(plan.failed).toBeUndefined()
    refs = JSON.parse(plan.outputs.shards ?? '[]') as Ref[]
    digest = plan.outputs['plan-digest'] ?? ''
    expect(refs.map((r) => r.index)).toEqual([0, 1])
    expect(plan.outputs.status).toBeUndefined()
    await mkdir(path.join(dir, 'gonogo-org-plan'), { recursive: true })
    await cp(path.join(dir, 'gonogo-reports/gonogo-org-plan/org-plan.json'), path.join(dir, PLAN))
    for (const ref of refs) {
      const ok = await action({ mode: 'shard', shard: JSON.stringify(ref), output: 'pass' })
      expect([ref.index, ok.outputs.status, ok.failed]).toEqual([ref.index, 'passed', undefined])
      // A shard never fails its job on a status, so the merge still runs.
      const strict = await action({
        mode: 'shard',
        shard: JSON.stringify(ref),
        output: 'fail',
        config: '.github/strict.yml',
        'fail-on': 'failed'
      })
      expect([ref.index, strict.outputs.status, strict.failed]).toEqual([
        ref.index,
        'failed',
        undefined
      ])
      expect(strict.log).toMatch(
        new RegExp(`gonogo org shard ${ref.index}: failed: 2 repositories`)
      )
    }
  }, 60_000)

  test('merge fails the step when its status reaches fail-on, naming the status and counts', async () => {
    const merge = (input: string, failOn: string, extra: Record<string, string> = {}) =>
      action({
        mode: 'merge',
        'plan-digest': digest,
        input,
        output: `merged-${input}-${failOn}`,
        'fail-on': failOn,
        ...extra
      })
    const failed = await merge('fail', 'failed')
    expect(failed.outputs.status).toBe('failed')
    expect(failed.failed).toBe(
      'gonogo org: failed: 4 repositories: 0 passed, 4 failed, 0 unverified (fail-on: failed)'
    )
    const never = await merge('fail', 'never')
    expect([never.outputs.status, never.failed]).toEqual(['failed', undefined])
    expect(never.log).toContain('gonogo org: failed: 4 repositories: 0 passed, 4 failed')
    const passed = await merge('pass', 'unverified')
    expect([passed.outputs.status, passed.failed]).toEqual(['passed', undefined])
    // A shard folder removed: its repositories are unverified, which fail-on unverified fails.
    await cp(path.join(dir, 'pass'), path.join(dir, 'half'), { recursive: true })
    await rm(path.join(dir, 'half/shard-1'), { recursive: true })
    const half = await merge('half', 'unverified')
    expect(half.outputs.status).toBe('unverified')
    expect(half.failed).toBe(
      'gonogo org: unverified: 4 repositories: 2 passed, 0 failed, 2 unverified (fail-on: unverified)'
    )
    expect((await merge('half', 'failed')).failed).toBeUndefined()
    // An empty plan verifies nothing: unverified.
    await writeIn(
      dir,
      'empty-plan/org-plan.json',
      JSON.stringify({ contract: 'gonogo.org-plan/v1', organisation: ORG, shards: [] })
    )
    const empty = await action({
      mode: 'merge',
      plan: 'empty-plan/org-plan.json',
      input: 'pass',
      output: 'merged-empty',
      'fail-on': 'unverified'
    })
    expect(empty.outputs.status).toBe('unverified')
    expect(empty.failed).toBe(
      'gonogo org: unverified: 0 repositories: 0 passed, 0 failed, 0 unverified (an empty plan verifies nothing) (fail-on: unverified)'
    )
  }, 60_000)

  test('merge: input and output must be folders inside the workspace', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'gonogo-org-inputs-outside-'))
    try {
      await writeIn(dir, 'a-file', 'x\n')
      const cases: [Record<string, string>, string][] = [
        [
          { input: '../elsewhere' },
          "Input 'input' (../elsewhere) is outside the workspace; give a folder relative to the repository root (default gonogo-org)"
        ],
        [
          { input: 'pass', output: outside },
          `Input 'output' (${outside}) is outside the workspace; give a folder relative to the repository root (default gonogo-reports)`
        ],
        [
          { input: 'pass', output: 'a-file' },
          "Input 'output' (a-file) is a file, not a folder; give a folder relative to the repository root (default gonogo-reports)"
        ]
      ]
      for (const [inputs, message] of cases) {
        const r = await action({ mode: 'merge', 'plan-digest': digest, ...inputs })
        expect(r.failed).toBe(message)
      }
      expect(await readdir(outside)).toEqual([])
    } finally {
      await rm(outside, { recursive: true, force: true })
    }
  })

  test('shard: a duplicate key in the shard input is named; bad etag-cache folders are refused before any request', async () => {
    const before = fake.requests.length
    const ref = refs[0] as Ref
    const dup = await action({
      mode: 'shard',
      shard: `{"index": 1, "index": 0, "count": 2, "plan": "${digest}"}`
    })
    expect(dup.failed).toMatch(
      /^Input 'shard' must be \$\{\{ toJSON\(matrix\.shard\) \}\} over the plan job's shards output \(key "index" is written twice in one object \(line 1, column \d+\)/
    )
    await writeIn(dir, 'cache-file', 'x\n')
    const cases: [string, string][] = [
      ['.github', 'is .github or a folder inside it, where the policy and the workflows live'],
      [
        '.github/cache',
        'is .github or a folder inside it, where the policy and the workflows live'
      ],
      ['gonogo-org-plan', "is or overlaps the plan's folder gonogo-org-plan (input 'plan')"],
      ['gonogo-org-plan/cache', "is or overlaps the plan's folder gonogo-org-plan (input 'plan')"],
      [
        'refused',
        "holds this shard's output folder refused/shard-0, which is uploaded as an artifact"
      ],
      [
        'refused/shard-0/c',
        "lies inside this shard's output folder refused/shard-0, which is uploaded as an artifact"
      ],
      ['cache-file', 'is a file, not a folder']
    ]
    for (const [cache, why] of cases) {
      const r = await action({
        mode: 'shard',
        shard: JSON.stringify(ref),
        output: 'refused',
        'etag-cache': cache
      })
      expect([cache, r.failed]).toEqual([
        cache,
        `Input 'etag-cache' (${cache}) ${why}; give a folder of its own relative to the repository root, e.g. .gonogo-etag-cache (the path actions/cache restores)`
      ])
    }
    expect(fake.requests.length).toBe(before)
    await expect(stat(path.join(dir, 'refused'))).rejects.toThrow(/ENOENT/)
  })

  test('a budget that runs out advises waiting for the reset or fewer shards at once, never more shards', async () => {
    remaining = 10
    const r = await action({ mode: 'shard', shard: JSON.stringify(refs[0]), output: 'budget' })
    expect(r.outputs.status).toBe('unverified')
    expect(r.summary).toContain(
      '2 left unverified: the API budget ran out (0 verified); run the shard again after the rate limit resets (GET /rate_limit), or run fewer shards at once.'
    )
    expect(r.log).toContain('run fewer shards at once')
    expect(r.summary + r.log).not.toContain('plan more shards')
  })

  test('plan and shard: output must be a folder inside the workspace, refused before any request', async () => {
    const before = fake.requests.length
    const outside = await mkdtemp(path.join(os.tmpdir(), 'gonogo-org-inputs-outside-'))
    try {
      await writeIn(dir, 'a-file', 'x\n')
      await symlink(outside, path.join(dir, 'link-out'))
      const modes: Record<string, string>[] = [
        { mode: 'plan', org: ORG },
        { mode: 'shard', shard: JSON.stringify(refs[0]) }
      ]
      for (const mode of modes)
        for (const [output, why] of [
          [outside, 'is outside the workspace'],
          ['../elsewhere', 'is outside the workspace'],
          ['link-out/reports', 'is outside the workspace'],
          ['a-file', 'is a file, not a folder']
        ] as const) {
          const r = await action({ ...mode, output })
          expect([mode.mode, r.failed]).toEqual([
            mode.mode,
            `Input 'output' (${output}) ${why}; give a folder relative to the repository root (default gonogo-reports)`
          ])
        }
      expect(await readdir(outside)).toEqual([])
      expect(fake.requests.length).toBe(before)
    } finally {
      await rm(path.join(dir, 'link-out'), { force: true })
      await rm(outside, { recursive: true, force: true })
    }
  })

  test('shard: a bare index gets the toJSON hint; .GitHub in any case is refused as etag-cache; a duplicate key in the plan names the plan', async () => {
    const before = fake.requests.length
    for (const shard of ['0', ' 1 ', '"0"', '[0]', 'null']) {
      const r = await action({ mode: 'shard', shard })
      expect(r.failed).toBe(
        `Input 'shard' must be \${{ toJSON(matrix.shard) }} over the plan job's shards output (got ${JSON.stringify(shard.trim())}, not an object: \${{ matrix.shard }} alone, or the shard's index, is not enough)`
      )
    }
    for (const cache of ['.GitHub', '.GITHUB/cache']) {
      const r = await action({
        mode: 'shard',
        shard: JSON.stringify(refs[0]),
        output: 'refused',
        'etag-cache': cache
      })
      expect(r.failed).toBe(
        `Input 'etag-cache' (${cache}) is .github or a folder inside it, where the policy and the workflows live; give a folder of its own relative to the repository root, e.g. .gonogo-etag-cache (the path actions/cache restores)`
      )
    }
    const text = await readFile(path.join(dir, PLAN), 'utf8')
    await writeIn(dir, 'dup-plan/org-plan.json', text.replace('{', '{"organisation": "evil",'))
    const dup = await action({
      mode: 'shard',
      shard: JSON.stringify(refs[0]),
      plan: 'dup-plan/org-plan.json',
      output: 'refused'
    })
    expect(dup.failed).toMatch(
      /^dup-plan\/org-plan\.json: key "organisation" is written twice in one object \(line \d+, column \d+\); JSON readers disagree on which one counts, so the plan is refused: write each key once; download the gonogo-org-plan artifact/
    )
    expect(fake.requests.length).toBe(before)
    await expect(stat(path.join(dir, 'refused'))).rejects.toThrow(/ENOENT/)
  })

  test('merge: shards downloaded into one folder (merge-multiple) or into the workspace root (no path) are refused, naming the fix', async () => {
    const fix =
      'download them with actions/download-artifact `pattern: gonogo-org-shard-*` and `path: gonogo-org`, without `merge-multiple`, so each shard keeps a folder of its own'
    // merge-multiple: every artifact's files in one folder, the last shard.json winning.
    await cp(path.join(dir, 'pass/shard-0'), path.join(dir, 'gonogo-org'), { recursive: true })
    await cp(path.join(dir, 'pass/shard-1'), path.join(dir, 'gonogo-org'), { recursive: true })
    const merged = await action({ mode: 'merge', 'plan-digest': digest, output: 'never-merged' })
    expect(merged.failed).toBe(
      `Input 'input' (gonogo-org) holds a shard.json but no gonogo-org-shard-<n> folder: the shard artifacts were downloaded into one folder (merge-multiple: true), where each overwrites the others; ${fix}`
    )
    await rm(path.join(dir, 'gonogo-org'), { recursive: true })
    // No path: each artifact's folder lands in the workspace root.
    try {
      for (const i of [0, 1])
        await cp(path.join(dir, `pass/shard-${i}`), path.join(dir, `gonogo-org-shard-${i}`), {
          recursive: true
        })
      const root = await action({ mode: 'merge', 'plan-digest': digest, output: 'never-merged' })
      expect(root.failed).toBe(
        `Input 'input' (gonogo-org) holds no gonogo-org-shard-<n> folder, but the workspace root does: actions/download-artifact without \`path:\` downloads there; ${fix}`
      )
    } finally {
      for (const i of [0, 1])
        await rm(path.join(dir, `gonogo-org-shard-${i}`), { recursive: true, force: true })
    }
    await expect(stat(path.join(dir, 'never-merged'))).rejects.toThrow(/ENOENT/)
  })

  test('merge: a downloaded gonogo-org-shard-<n> replaces a shard-<n> left in the input, and the log says so', async () => {
    // Left over: the failing shards; downloaded: the passing ones.
    await cp(path.join(dir, 'fail'), path.join(dir, 'mixed'), { recursive: true })
    for (const i of [0, 1])
      await cp(path.join(dir, `pass/shard-${i}`), path.join(dir, `mixed/gonogo-org-shard-${i}`), {
        recursive: true
      })
    const r = await action({
      mode: 'merge',
      'plan-digest': digest,
      input: 'mixed',
      output: 'merged-mixed'
    })
    expect([r.outputs.status, r.failed]).toEqual(['passed', undefined])
    expect(r.log).toContain(
      'gonogo org: read gonogo-org-shard-0 → shard-0 (replacing the shard-0 that was there), gonogo-org-shard-1 → shard-1 (replacing the shard-1 that was there)'
    )
    expect((await readdir(path.join(dir, 'mixed'))).sort()).toEqual(['shard-0', 'shard-1'])
  })

  test('a workflows listing with a null entry makes that repository unverified, naming the endpoint', async () => {
    const plan = JSON.parse(await readFile(path.join(dir, PLAN), 'utf8')) as {
      shards: { index: number; repositories: string[] }[]
    }
    const index = plan.shards.find((x) => x.repositories.includes(`${ORG}/svc-0`))?.index
    const ref = refs.find((x) => x.index === index) as Ref
    // Octokit sends the path parameter encoded: .github%2Fworkflows.
    fake.inject({
      path: /^\/repos\/acme\/svc-0\/contents\/\.github(%2F|\/)workflows$/,
      kind: 'null-items'
    })
    const r = await action({ mode: 'shard', shard: JSON.stringify(ref), output: 'null-items' })
    expect(r.outputs.status).toBe('unverified')
    const folder = path.join(dir, `null-items/shard-${ref.index}/acme`)
    const checks = JSON.parse(
      await readFile(path.join(folder, 'svc-0/required-checks.json'), 'utf8')
    ) as { status: string }
    expect(checks.status).toBe('unverified')
    expect(JSON.stringify(checks)).toContain(
      'GET /repos/acme/svc-0/contents/.github/workflows listed an entry that is not a file entry (entry 0: null; GitHub lists objects with name, path and type)'
    )
    // The other repository of the shard read its folder as usual.
    const other = plan.shards[ref.index]?.repositories.find((x) => x !== `${ORG}/svc-0`) ?? ''
    const otherChecks = JSON.parse(
      await readFile(
        path.join(dir, `null-items/shard-${ref.index}/${other}/required-checks.json`),
        'utf8'
      )
    ) as { status: string }
    expect(otherChecks.status).toBe('passed')
  })

  test('a re-run attempt replaces the plan and shard artifacts; an upload that keeps failing writes status and summary, then fails saying what to do', async () => {
    const backend = await startArtifactBackend()
    try {
      const as = (job: string) => ({
        ACTIONS_RUNTIME_TOKEN: job,
        ACTIONS_RESULTS_URL: backend.resultsUrl
      })
      const attempt = (n: number) =>
        as(backend.runtimeTokenFor(`77777777-0000-0000-0000-00000000000${n}`))
      const shard = { mode: 'shard', shard: JSON.stringify(refs[0]), output: 'up', upload: 'true' }
      for (const n of [1, 2]) {
        const r = await action(shard, attempt(n))
        expect([n, r.failed, r.outputs.status]).toEqual([n, undefined, 'passed'])
        expect([n, r.log.includes('replaced the artifact gonogo-org-shard-0')]).toEqual([n, n > 1])
      }
      const plan = { mode: 'plan', org: ORG, shards: '2', output: 'up', upload: 'true' }
      for (const n of [3, 4]) {
        const r = await action(plan, attempt(n))
        expect([n, r.failed, r.outputs['plan-digest']]).toEqual([n, undefined, digest])
        expect([n, r.log.includes('replaced the artifact gonogo-org-plan')]).toEqual([n, n > 3])
      }
      expect(
        backend.artifacts.map((a) => [a.name, a.workflowJobRunBackendId.slice(-1), a.finalized])
      ).toEqual([
        ['gonogo-org-shard-0', '2', true],
        ['gonogo-org-plan', '4', true]
      ])
      backend.failCreate = {
        status: 403,
        code: 'permission_denied',
        msg: 'artifact storage quota has been hit'
      }
      const broken = await action({ ...shard, output: 'up-broken' }, attempt(5))
      expect(broken.outputs.status).toBe('passed')
      expect(broken.log).toContain('gonogo org shard 0: passed: 2 repositories')
      expect(broken.summary).toMatch(/^## gonogo org shard 0\n\n2 repositories of shard 0 of 2/)
      expect(broken.summary).toContain('**Not uploaded:** the artifact gonogo-org-shard-0')
      expect(broken.failed).toMatch(
        /^the artifact gonogo-org-shard-0 was not uploaded: .*\(403\).*artifact storage quota has been hit; the artifact storage quota is reached: re-running alone does not help; free storage .*, then re-run this job; an artifact gonogo-org-shard-0 of an earlier attempt may still be on the run \(nothing was deleted\): if so, the merge \(which reports this shard's repositories unverified when it finds none\) will read that one, not this attempt's results; if not, they will not find it$/
      )
      // Attempt 2's artifact is indeed still there: what the merge will read.
      expect(backend.artifacts.map((a) => a.name)).toContain('gonogo-org-shard-0')
      const brokenPlan = await action({ ...plan, output: 'up-broken' }, attempt(6))
      expect(brokenPlan.outputs['plan-digest']).toBe(digest)
      expect(brokenPlan.failed).toMatch(
        /^the artifact gonogo-org-plan was not uploaded: .*; free storage .*; an artifact gonogo-org-plan of an earlier attempt may still be on the run \(nothing was deleted\): if so, the shard and merge jobs will read that one/
      )
    } finally {
      await backend.close()
    }
  }, 120_000)
})

describe('listOrgRepos: what GitHub never lists is not planned', () => {
  const client = (o: { maxBodyBytes?: number } = {}) =>
    createClient(TOKEN, { baseUrl: fake.url, retries: 0, ...o })

  test('an entry of another owner refuses the listing, naming it', async () => {
    extraListing = [{ full_name: 'intruder/svc-9', name: 'svc-9' }]
    await expect(listOrgRepos(client(), ORG)).rejects.toThrow(
      'GET /orgs/acme/repos listed "intruder/svc-9", a repository of another owner; GitHub lists only the organisation\'s own'
    )
  })

  test('an entry without default_branch has an unknown default branch, not main', async () => {
    // Spread over the first entry with default_branch undefined: JSON leaves the key out.
    extraListing = [{ full_name: 'ACME/svc-x', name: 'svc-x', default_branch: undefined }]
    const repos = await listOrgRepos(client(), ORG)
    expect(repos.find((r) => r.full_name === 'ACME/svc-x')?.default_branch).toBe('')
    expect(repos.find((r) => r.full_name === 'acme/svc-0')?.default_branch).toBe('main')
  })

  test('entries that are not OWNER/NAME are dropped and counted in a warning', async () => {
    extraListing = [{ full_name: 'acme/../x' }, { full_name: 'acme/a/b' }]
    const warnings: string[] = []
    const repos = await listOrgRepos(client(), ORG, (m) => warnings.push(m))
    expect(repos.map((r) => r.full_name)).toEqual(
      Array.from({ length: N }, (_, i) => `${ORG}/svc-${i}`)
    )
    expect(warnings).toEqual([
      'GET /orgs/acme/repos listed 2 entries without an OWNER/NAME full_name; they are not planned'
    ])
  })

  test('a listing page over the size limit says what happened and what to check', async () => {
    await expect(listOrgRepos(client({ maxBodyBytes: 1024 }), ORG)).rejects.toThrow(
      /^the repositories of acme could not be listed: GET \/orgs\/\{org\}\/repos answered with more than 0 MiB; gonogo does not read answers that large \(a page of 100 repositories from GitHub is well under 1 MiB\); check that the API URL \(GITHUB_API_URL\) is GitHub's REST API/
    )
  })
})

describe('gonogo org merge (CLI) reads the plan and the shards as the action does', () => {
  const io = (): Io & { stdout: string; stderr: string } => orgCliIo(dir, TOKEN, fake.url)
  const merge = async (...args: string[]) => {
    const o = io()
    const code = await main(
      ['org', 'merge', '--effective-time', '2026-11-30T00:00:00Z', ...args],
      o
    )
    return { code, out: o.stdout, err: o.stderr }
  }

  test('a plan with a key written twice is refused, naming the key', async () => {
    const text = await readFile(path.join(dir, PLAN), 'utf8')
    await writeIn(dir, 'dup-plan.json', text.replace('{', '{"organisation": "evil",'))
    const r = await merge('--plan', 'dup-plan.json', '--input', 'pass', '--output', 'cli-dup')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(
      /^gonogo: .*dup-plan\.json: key "organisation" is written twice in one object \(line \d+, column \d+\).*; run gonogo org plan\n$/
    )
    await expect(stat(path.join(dir, 'cli-dup'))).rejects.toThrow(/ENOENT/)
  })

  test('--plan-digest refuses another plan and accepts its own; gonogo-org-shard-<n>/ folders are read', async () => {
    const wrong = await merge(
      '--plan',
      PLAN,
      '--plan-digest',
      `sha256:${'0'.repeat(64)}`,
      '--input',
      'pass',
      '--output',
      'cli-wrong'
    )
    expect(wrong.code).toBe(2)
    expect(wrong.err).toMatch(
      /has the digest sha256:[0-9a-f]{64}, not "sha256:0{64}" \(--plan-digest\); merge with the plan the shards were verified against\n$/
    )
    await expect(stat(path.join(dir, 'cli-wrong'))).rejects.toThrow(/ENOENT/)
    // As `gh run download` leaves them: one folder per artifact, named after it.
    for (const i of [0, 1])
      await cp(
        path.join(dir, `pass/shard-${i}`),
        path.join(dir, `downloaded/gonogo-org-shard-${i}`),
        {
          recursive: true
        }
      )
    const ok = await merge(
      '--plan',
      PLAN,
      '--plan-digest',
      digest,
      '--input',
      'downloaded',
      '--output',
      'cli-ok'
    )
    expect(ok.out).toContain('org: 4 repositories: 4 passed, 0 failed, 0 unverified')
    expect(ok.code).toBe(0)
    expect(ok.err).toBe(
      'gonogo org merge: read gonogo-org-shard-0 → shard-0, gonogo-org-shard-1 → shard-1\n'
    )
  })

  test('shardFolders: a downloaded gonogo-org-shard-<n> replaces a shard-<n> already there, and says so', async () => {
    const d = path.join(dir, 'both')
    await writeIn(d, 'shard-0/from.txt', 'leftover\n')
    await writeIn(d, 'gonogo-org-shard-0/from.txt', 'download\n')
    await mkdir(path.join(d, 'gonogo-org-shard-7'), { recursive: true })
    await mkdir(path.join(d, 'gonogo-org-shard-x'), { recursive: true })
    expect(await shardFolders(d)).toEqual([
      'gonogo-org-shard-0 → shard-0 (replacing the shard-0 that was there)',
      'gonogo-org-shard-7 → shard-7'
    ])
    expect((await readdir(d)).sort()).toEqual(['gonogo-org-shard-x', 'shard-0', 'shard-7'])
    expect(await readFile(path.join(d, 'shard-0/from.txt'), 'utf8')).toBe('download\n')
    expect(await shardFolders(path.join(dir, 'no-such-folder'))).toEqual([])
  })

  test('merge refuses a shard artifact extracted into the input itself, or shard folders left in the working folder, naming the gh run download to use', async () => {
    const fix =
      "download the shards with gh run download RUN_ID --pattern 'gonogo-org-shard-*' --dir cli-in (one folder per artifact)"
    await cp(path.join(dir, 'pass/shard-0'), path.join(dir, 'cli-in'), { recursive: true })
    const one = await merge('--plan', PLAN, '--input', 'cli-in', '--output', 'cli-never')
    expect([one.code, one.err]).toEqual([
      2,
      `gonogo: ${path.join(dir, 'cli-in')} holds a shard.json but no gonogo-org-shard-<n> or shard-<n> folder: a shard artifact was downloaded into the folder itself (gh run download --name extracts there); ${fix}\n`
    ])
    await rm(path.join(dir, 'cli-in'), { recursive: true })
    try {
      await cp(path.join(dir, 'pass/shard-0'), path.join(dir, 'gonogo-org-shard-0'), {
        recursive: true
      })
      const cwd = await merge('--plan', PLAN, '--input', 'cli-in', '--output', 'cli-never')
      expect([cwd.code, cwd.err]).toEqual([
        2,
        `gonogo: ${path.join(dir, 'cli-in')} holds no gonogo-org-shard-<n> folder, but ${dir} does (gh run download without --dir downloads there); ${fix}, or pass --input .\n`
      ])
    } finally {
      await rm(path.join(dir, 'gonogo-org-shard-0'), { recursive: true, force: true })
    }
    await expect(stat(path.join(dir, 'cli-never'))).rejects.toThrow(/ENOENT/)
  })
})

describe('gonogo org plan (CLI): comma-separated filters, singular counts, --costs', () => {
  const cli = async (...args: string[]) => {
    const o = orgCliIo(dir, TOKEN, fake.url)
    const code = await main(['org', 'plan', '--org', ORG, '--plan', 'cli-plan.json', ...args], o)
    return { code, out: o.stdout, err: o.stderr }
  }

  test('--include and --exclude split on commas, as the action does; one repository and one shard are singular', async () => {
    const two = await cli('--include', 'svc-0, svc-2', '--shards', '2')
    expect([two.code, two.out.split('\n')[0]]).toEqual([
      0,
      'plan: 2 repositories of acme in 2 shards (1 API request)'
    ])
    const one = await cli('--include', 'svc-*', '--exclude', 'svc-0,svc-1', '--exclude', 'svc-2')
    expect([one.code, one.out.split('\n')[0]]).toEqual([
      0,
      'plan: 1 repository of acme in 1 shard (1 API request)'
    ])
    const plan = JSON.parse(await readFile(path.join(dir, 'cli-plan.json'), 'utf8')) as {
      shards: { repositories: string[] }[]
    }
    expect(plan.shards.flatMap((x) => x.repositories)).toEqual(['acme/svc-3'])
  })

  test('--costs takes an org report only: the plan, another document or a key written twice is refused, naming the file', async () => {
    const hint =
      'give --costs the org-report.json of an earlier gonogo org verify or merge, or drop --costs'
    const before = fake.requests.length
    const plan = await cli('--costs', PLAN)
    expect([plan.code, plan.err]).toEqual([
      2,
      `gonogo: ${path.join(dir, PLAN)}: not a gonogo.org-report/v1 org report (its contract is "gonogo.org-plan/v1"); ${hint}\n`
    ])
    await writeIn(dir, 'costs-list.json', '[]')
    const list = await cli('--costs', 'costs-list.json')
    expect(list.err).toBe(
      `gonogo: ${path.join(dir, 'costs-list.json')}: not a gonogo.org-report/v1 org report (no contract); ${hint}\n`
    )
    const report = await readFile(path.join(dir, 'merged-pass-unverified/org-report.json'), 'utf8')
    await writeIn(dir, 'costs-dup.json', report.replace('{', '{"repositories": [],'))
    const dup = await cli('--costs', 'costs-dup.json')
    expect(dup.code).toBe(2)
    expect(dup.err).toMatch(
      /costs-dup\.json: key "repositories" is written twice in one object \(line \d+, column \d+\).*; give --costs the org-report\.json/
    )
    const missing = await cli('--costs', 'no-report.json')
    expect(missing.err).toMatch(/no-report\.json: not a readable org report \(.*\); give --costs/)
    expect(fake.requests.length).toBe(before)
    const ok = await cli('--costs', 'merged-pass-unverified/org-report.json')
    expect([ok.code, ok.err]).toEqual([0, ''])
  })
})
