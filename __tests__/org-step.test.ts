// Issue 19, action-ruleset-verify's organisation modes in process (src/ruleset-verify/org-step.ts,
// the source the e2e test runs bundled), against the loopback fake (requests and responses
// validated against the OpenAPI description): the plan job's outputs carry shard descriptors
// (index, count, plan digest) and the plan travels as a file; a shard reads its repositories from
// that file and refuses one of another plan; the org policy's per-repository overrides apply in
// the shards and show in the merged report; an override that matches nothing is a warning (in the
// action and in `gonogo org`).
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import { orgStep, type OrgMode } from '../src/ruleset-verify/org-step.js'
import type { GitHubFake } from './support/github-fake.js'
import { addRuleset, rulesetPullRequest, rulesetStatusChecks } from './support/rules-fixtures.js'
import { defaultInputs, parseOutputFile } from './support/runner.js'
import { writeIn } from './support/temp-workspace.js'
import {
  routeOrgListing,
  routeRateLimit,
  routeWorkflowContents,
  runOrgStep,
  startOrgFake,
  orgCliIo
} from './support/org-fixtures.js'

const ORG = 'acme'
const TOKEN = 'ghs_installation_org_step'
const WORKFLOW =
  'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'
// Every repository requires one approval and the check `test`; the organisation wants two, the
// override `one-approval` one for svc-0 to svc-3, and `ghost` matches nothing.
const POLICY = `version: 1
controls:
  - id: branch-protection
    severity: high
branches:
  main:
    required_checks: [test]
    min_approvals: 2
org:
  overrides:
    - id: one-approval
      repositories: ['svc-[0-3]']
      branches:
        main: { min_approvals: 1 }
    - id: ghost
      repositories: ['nothing-*']
      branches:
        main: { min_approvals: 0 }
`
const N = 8
const PLAN_FILE = 'gonogo-reports/gonogo-org-plan/org-plan.json'

let fake: GitHubFake
let dir = ''
let tmp = ''
const saved = { ...process.env }

beforeAll(async () => {
  const repos = Array.from({ length: N }, (_, i) => `svc-${i}`)
  ;({ fake, dir } = await startOrgFake({
    token: TOKEN,
    repos,
    owner: ORG,
    prefix: 'gonogo-org-step-',
    policy: POLICY
  }))
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gonogo-org-step-runner-'))
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
  routeOrgListing(fake)
  routeWorkflowContents(fake, WORKFLOW)
  routeRateLimit(fake, 4000)
})

afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
  Object.assign(process.env, saved)
})

afterAll(async () => {
  await fake.close()
  fake.assertNoViolations()
  await rm(dir, { recursive: true, force: true })
  await rm(tmp, { recursive: true, force: true })
})

/** Runs one mode as the runner would (support/org-fixtures.ts runOrgStep); its outputs and summary. */
const step = (
  mode: OrgMode,
  inputs: Record<string, string>
): Promise<{ outputs: Record<string, string>; summary: string }> =>
  runOrgStep(mode, inputs, { tmp, workspace: dir, token: TOKEN, apiUrl: fake.url, owner: ORG })

interface Ref {
  index: number
  count: number
  plan: string
}

describe('action-ruleset-verify plan → shard → merge (in process)', () => {
  let refs: Ref[] = []
  let digest = ''

  test('plan: descriptors in the output, the plan in a file, a warning for an override that matches nothing', async () => {
    const plan = await step('plan', { org: ORG, shards: '3', upload: 'false' })
    refs = JSON.parse(plan.outputs.shards ?? '[]') as Ref[]
    digest = plan.outputs['plan-digest'] ?? ''
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(refs).toEqual([0, 1, 2].map((index) => ({ index, count: 3, plan: digest })))
    expect(plan.outputs.shards).not.toContain('svc-')
    expect(JSON.parse(plan.outputs['report-paths'] ?? '[]')).toEqual([path.join(dir, PLAN_FILE)])
    const file = JSON.parse(await readFile(path.join(dir, PLAN_FILE), 'utf8')) as {
      shards: { repositories: string[] }[]
    }
    expect(file.shards.flatMap((s) => s.repositories).sort()).toEqual(
      Array.from({ length: N }, (_, i) => `${ORG}/svc-${i}`)
    )
    expect(plan.summary).toContain(digest)
    expect(plan.summary).toMatch(/1 override of \.github\/gonogo\.yml matches no repository/)
    expect(plan.summary).not.toMatch(/\b1 API requests\b/)
    expect(plan.summary).toContain('`ghost`')
    // As actions/download-artifact (name: gonogo-org-plan, path: gonogo-org-plan) leaves it.
    await mkdir(path.join(dir, 'gonogo-org-plan'), { recursive: true })
    await cp(path.join(dir, PLAN_FILE), path.join(dir, 'gonogo-org-plan/org-plan.json'))
  })

  test('shards read their repositories from the plan file; the merge names the override applied to each', async () => {
    for (const ref of refs) {
      const r = await step('shard', {
        shard: JSON.stringify(ref),
        upload: 'false',
        output: 'gonogo-org'
      })
      expect(r.outputs['report-paths']).toBe(
        JSON.stringify([path.join(dir, `gonogo-org/shard-${ref.index}`)])
      )
    }
    const merge = await step('merge', {
      'plan-digest': digest,
      input: 'gonogo-org',
      output: 'org-out'
    })
    expect(merge.outputs.status).toBe('failed')
    const report = JSON.parse(
      await readFile(path.join(dir, 'org-out/org-report.json'), 'utf8')
    ) as {
      repositories: { repository: string; status: string; overrides: string[] }[]
    }
    const rows = Object.fromEntries(
      report.repositories.map((r) => [r.repository, [r.status, r.overrides]])
    )
    for (let i = 0; i < N; i++)
      expect([i, rows[`${ORG}/svc-${i}`]]).toEqual([
        i,
        i < 4 ? ['passed', ['one-approval']] : ['failed', []]
      ])
    expect(merge.summary).toMatch(/^\| Repository \| Status \| Overrides \| /m)
    expect(merge.summary).toContain('| `acme/svc-0` | ✅ passed | `one-approval` |')
  }, 60_000)

  test('a plan file of another plan, a descriptor of an older plan, or the plan passed as text are refused before any request', async () => {
    const before = fake.requests.length
    const plan = JSON.parse(await readFile(path.join(dir, PLAN_FILE), 'utf8')) as {
      shards: { repositories: string[]; default_branches: Record<string, string> }[]
    }
    // A well-formed plan, one repository (and its default branch) moved to another shard.
    const [from, to] = plan.shards as [(typeof plan.shards)[0], (typeof plan.shards)[0]]
    const moved = from.repositories.pop() as string
    to.repositories.push(moved)
    to.default_branches[moved] = from.default_branches[moved] as string
    delete from.default_branches[moved]
    await writeIn(dir, 'other-plan/org-plan.json', JSON.stringify(plan))
    await expect(
      step('shard', {
        shard: JSON.stringify(refs[0]),
        plan: 'other-plan/org-plan.json',
        upload: 'false',
        output: 'tampered'
      })
    ).rejects.toThrow(
      /Input 'shard' \(shard 0\) and other-plan\/org-plan\.json: the plan file is not the plan this shard belongs to \(its digest is sha256:[0-9a-f]{64}, the shard names sha256:/
    )
    await expect(stat(path.join(dir, 'tampered'))).rejects.toThrow(/ENOENT/)
    await expect(
      step('shard', {
        shard: JSON.stringify({ index: 0, repositories: [`${ORG}/svc-0`], cost: 9 }),
        upload: 'false'
      })
    ).rejects.toThrow(/a shard of an older plan; plan again/)
    await expect(
      step('shard', { shard: JSON.stringify(refs[0]), plan: '{"contract":"x"}', upload: 'false' })
    ).rejects.toThrow(/Input 'plan' is the path of the plan file, not the plan itself/)
    await expect(
      step('shard', { shard: JSON.stringify(refs[0]), plan: 'nowhere/org-plan.json' })
    ).rejects.toThrow(/no ACTIONS_RUNTIME_TOKEN/)
    await expect(
      step('shard', {
        shard: JSON.stringify(refs[0]),
        plan: 'nowhere/org-plan.json',
        upload: 'false'
      })
    ).rejects.toThrow(
      /plan file nowhere\/org-plan\.json: file not found; download the gonogo-org-plan artifact/
    )
    await expect(
      step('merge', {
        plan: 'other-plan/org-plan.json',
        'plan-digest': digest,
        input: 'gonogo-org',
        output: 'wrong-merge'
      })
    ).rejects.toThrow(/has the digest sha256:[0-9a-f]{64}, not the plan job's sha256:/)
    await expect(stat(path.join(dir, 'wrong-merge'))).rejects.toThrow(/ENOENT/)
    expect(fake.requests.length).toBe(before)
  })
})

describe('gonogo org (CLI) with the same policy', () => {
  const io = (): Io & { stdout: string; stderr: string } => orgCliIo(dir, TOKEN, fake.url)

  test('plan warns of the override that matches no repository; verify applies the others', async () => {
    const p = io()
    expect(
      await main(['org', 'plan', '--org', ORG, '--shards', '2', '--plan', 'cli-plan.json'], p)
    ).toBe(0)
    expect(p.stderr).toBe(
      "warning: .github/gonogo.yml: org.overrides[1] 'ghost' matches no repository of the plan (repositories: nothing-*); check the globs, or remove the override\n"
    )
    expect(p.stdout).toMatch(/cli-plan\.json \(sha256:[0-9a-f]{64}\)/)
    const v = io()
    const code = await main(
      [
        'org',
        'verify',
        '--org',
        ORG,
        '--shards',
        '2',
        '--output',
        'cli-org',
        '--effective-time',
        '2026-11-30T00:00:00Z'
      ],
      v
    )
    expect(code).toBe(1)
    const report = JSON.parse(
      await readFile(path.join(dir, 'cli-org/org-report.json'), 'utf8')
    ) as {
      repositories: { repository: string; status: string; overrides: string[] }[]
    }
    expect(
      report.repositories
        .filter((r) => r.overrides.includes('one-approval'))
        .map((r) => [r.repository, r.status])
        .sort()
    ).toEqual([0, 1, 2, 3].map((i) => [`${ORG}/svc-${i}`, 'passed']))
    const shard = JSON.parse(
      await readFile(path.join(dir, 'cli-org/shard-0/shard.json'), 'utf8')
    ) as {
      overrides: Record<string, string[]>
    }
    for (const ids of Object.values(shard.overrides)) expect(ids).toEqual(['one-approval'])
  }, 60_000)
})

describe('mode plan when the listing fails (issue 19, third break test F1)', () => {
  test('a 401 fails the step with the endpoint, the answer and the permission; the summary says not planned', async () => {
    fake.inject({
      path: `/orgs/${ORG}/repos`,
      status: 401,
      body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }
    })
    const output = path.join(tmp, 'output-plan')
    const summary = path.join(tmp, 'summary')
    await writeFile(output, '')
    await writeFile(summary, '')
    for (const k of Object.keys(process.env))
      if (k.startsWith('INPUT_') || k.startsWith('ACTIONS_')) delete process.env[k]
    Object.assign(process.env, {
      ...defaultInputs('action-ruleset-verify/action.yml', {
        mode: 'plan',
        token: TOKEN,
        org: ORG,
        upload: 'false'
      }),
      GITHUB_WORKSPACE: dir,
      GITHUB_REPOSITORY: `${ORG}/.github`,
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_API_URL: fake.url,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary
    })
    const r = await orgStep('plan')
    expect(r.error).toMatch(
      /^the repositories of acme could not be listed: GET \/orgs\/acme\/repos failed: HTTP 401: Bad credentials; .*"Metadata" repository permission \(read\)/
    )
    expect(r.line).toBe('gonogo org plan: acme not listed (1 API request)')
    expect(await readFile(summary, 'utf8')).toContain('**Not planned:** the repositories of acme')
    expect(parseOutputFile(await readFile(output, 'utf8')).shards).toBeUndefined()
  })
})
