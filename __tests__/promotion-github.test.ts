import { afterEach, describe, expect, jest, test } from '@jest/globals'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { runFromEnv, type BundleRun } from '../src/core/bundle-manifest.js'
import type { EnvironmentPolicy } from '../src/core/policy.js'
import {
  PROMOTION_CONTRACT,
  PROMOTION_TASK,
  sealRecord,
  type PromotionRecord
} from '../src/core/promotion.js'
import type { PromotionStore } from '../src/core/promotion-store.js'
import { downloadArtifact, findArtifact } from '../src/github/artifact-download.js'
import { createClient } from '../src/github/client.js'
import { DeploymentStore } from '../src/github/deployment-store.js'
import { readEnvironmentRules, readRunApprovals } from '../src/github/environment-rules.js'
import {
  runPromotion,
  type BundleRef,
  type PromoteResult
} from '../src/release-bundle/run-promote.js'
import { addRun, addWorkflow } from './support/actions-fixtures.js'
import {
  seedApproval,
  seedArtifact,
  seedDeployment,
  seedEnvironment
} from './support/deployment-fixtures.js'
import { startGitHubFake, type GitHubFake, type StoredDeployment } from './support/github-fake.js'
import {
  barrier,
  CORRIDOR_POLICY,
  corridorWorkspace,
  KEY,
  makeBundle,
  SHA_A,
  SHA_B,
  T0,
  type TestBundle
} from './support/promotion-fixtures.js'
import { zipFolder } from './support/zip.js'

jest.setTimeout(60_000)

const OWNER = 'acme'
const REPO = 'shop'
const CORRIDOR = (parse(CORRIDOR_POLICY) as { environments: Record<string, EnvironmentPolicy> })
  .environments

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()))
})

interface Scenario {
  fake: GitHubFake
  ws: string
  runId: number
  run: BundleRun
  a: TestBundle
  b: TestBundle
}

async function scenario(): Promise<Scenario> {
  const fake = await startGitHubFake()
  cleanups.push(() => fake.close())
  const w = await corridorWorkspace()
  cleanups.push(w.cleanup)
  const workflow = addWorkflow(fake, {
    owner: OWNER,
    repo: REPO,
    name: 'promote',
    path: '.github/workflows/promote.yml'
  })
  const { run } = addRun(fake, {
    workflow,
    createdAt: T0,
    head_branch: 'main',
    head_sha: SHA_A,
    event: 'workflow_dispatch',
    run_number: 7,
    attempts: [{ startedAt: T0 + 5000, conclusion: null, status: 'in_progress', jobs: [] }]
  })
  return {
    fake,
    ws: w.dir,
    runId: run.id,
    run: runFromEnv({
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_RUN_ID: String(run.id),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'promote',
      GITHUB_ACTOR: 'ada',
      GITHUB_EVENT_NAME: 'workflow_dispatch'
    }),
    a: await makeBundle(w.dir, 'a', { decision: 'go' }),
    b: await makeBundle(w.dir, 'b', { decision: 'go', sha: SHA_B })
  }
}

function client(s: Scenario, token = 'ghs_promote'): ReturnType<typeof createClient> {
  return createClient(token, { baseUrl: s.fake.url, retries: 0 })
}

function promote(
  s: Scenario,
  environment: string,
  bundle: BundleRef | ((r: PromotionRecord) => Promise<BundleRef>),
  o: {
    minutes?: number
    kind?: 'promotion' | 'rollback'
    reason?: string
    store?: PromotionStore
  } = {}
): Promise<PromoteResult> {
  const gh = client(s)
  const repo = { owner: OWNER, repo: REPO }
  return runPromotion({
    kind: o.kind ?? 'promotion',
    environment,
    ...(o.reason ? { reason: o.reason } : {}),
    corridor: CORRIDOR,
    store: o.store ?? new DeploymentStore(gh, repo, { logUrl: s.run.url }),
    bundle,
    signingKey: KEY,
    rules: () => readEnvironmentRules(gh, repo, environment),
    approvals: () => readRunApprovals(gh, repo, s.run.id, environment),
    run: s.run,
    now: T0 + (o.minutes ?? 0) * 60_000,
    fallbackSubject: { repository: `${OWNER}/${REPO}`, sha: SHA_A }
  })
}

const local = (b: TestBundle): BundleRef => ({ path: b.path, artifact: null, location: null })

function checkOf(r: PromoteResult, id: string): { status: string; message: string } {
  const c = r.report.checks.find((x) => x.id === id)
  if (!c) throw new Error(`no check ${id}`)
  return c
}

/** A sealed record, as an earlier promotion would have left it. */
function record(
  environment: string,
  b: TestBundle,
  sequence: number,
  previous: string | null,
  extra: Partial<PromotionRecord> = {}
): PromotionRecord {
  return sealRecord(
    {
      contract: PROMOTION_CONTRACT,
      environment,
      sequence,
      kind: 'promotion',
      bundle: {
        id: b.id,
        digest: b.digest,
        subject: { repository: `${OWNER}/${REPO}`, sha: SHA_A, ref: 'refs/heads/main' },
        created_at: new Date(T0).toISOString(),
        decision: 'go',
        artifact: null,
        location: null
      },
      source: null,
      reviewers: { required: 0, verified: true, named: [], prevent_self_review: false },
      approvals: [],
      run: runFromEnv({}),
      promoted_at: new Date(T0 + sequence * 1000).toISOString(),
      previous,
      ...extra
    },
    KEY
  )
}

/** Stores a record as a finished gonogo deployment. */
function seedRecord(
  s: Scenario,
  r: PromotionRecord,
  states: ('success' | 'failure')[] = ['success']
): StoredDeployment {
  return seedDeployment(s.fake, {
    owner: OWNER,
    repo: REPO,
    ref: SHA_A,
    environment: r.environment,
    task: PROMOTION_TASK,
    payload: r as unknown as Record<string, unknown>,
    statuses: ['in_progress', ...states]
  })
}

function gonogoDeployments(s: Scenario, environment: string): StoredDeployment[] {
  return s.fake.state.deployments.filter(
    (d) => d.task === PROMOTION_TASK && d.environment === environment
  )
}

function prodRules(s: Scenario, reviewers = 2, preventSelfReview = true): void {
  seedEnvironment(s.fake, OWNER, REPO, 'prod', {
    reviewers: [
      { type: 'User', login: 'grace', id: 9001 },
      { type: 'Team', slug: 'release-managers', id: 77 }
    ].slice(0, reviewers) as never,
    preventSelfReview
  })
}

describe('promotion through GitHub deployments', () => {
  test('a clean dev → staging → prod path: deployments, statuses, hash chain, approvals recorded', async () => {
    const s = await scenario()
    // GitHub's own deployment for a job with `environment: prod` is not one of ours
    seedDeployment(s.fake, {
      owner: OWNER,
      repo: REPO,
      ref: SHA_A,
      environment: 'prod',
      statuses: ['success']
    })
    prodRules(s)
    seedApproval(s.fake, OWNER, REPO, s.runId, {
      environments: ['prod'],
      state: 'approved',
      user: { login: 'grace', id: 9001 },
      comment: 'ship it'
    })
    const results: PromoteResult[] = []
    for (const [i, env] of ['dev', 'staging', 'prod'].entries()) {
      const r = await promote(s, env, local(s.a), { minutes: i })
      expect(r.report.checks.filter((c) => c.status !== 'passed')).toEqual([])
      expect(r.recorded).toBe(true)
      results.push(r)
    }
    const prod = results[2]!
    expect(prod.record).toMatchObject({
      environment: 'prod',
      sequence: 1,
      previous: null,
      source: { environment: 'staging', record: results[1]!.record!.digest },
      reviewers: {
        required: 2,
        verified: true,
        named: ['team:release-managers', 'user:grace'],
        prevent_self_review: true
      },
      approvals: [
        {
          user: 'grace',
          state: 'approved',
          comment: 'ship it',
          observed_at: '2026-11-21T09:02:00.000Z'
        }
      ]
    })
    const [dep] = gonogoDeployments(s, 'prod')
    expect(dep?.sha).toBe(SHA_A)
    expect(dep?.payload).toEqual(prod.record)
    expect(dep?.statuses.map((x) => x.state)).toEqual(['in_progress', 'success'])
    expect(dep?.statuses[1]?.log_url).toBe(s.run.url)
    expect(prod.where).toBe(`deployment ${dep?.id}`)
    // a second promotion to dev chains onto the first and GitHub marks the first inactive
    const again = await promote(s, 'dev', local(s.b), { minutes: 5 })
    expect(again.record).toMatchObject({ sequence: 2, previous: results[0]!.record!.digest })
    const devs = gonogoDeployments(s, 'dev')
    expect(devs[0]?.statuses.map((x) => x.state)).toEqual(['in_progress', 'success', 'inactive'])
    s.fake.assertNoViolations()
  })

  test('prod refuses without the reviewers rule, with too few reviewers, or without this run’s approval', async () => {
    const s = await scenario()
    const staging = record('staging', s.a, 1, null)
    seedRecord(s, staging)
    const missing = await promote(s, 'prod', local(s.a))
    expect(checkOf(missing, 'environment-reviewers')).toEqual(
      expect.objectContaining({
        status: 'failed',
        message: expect.stringContaining(`environment prod does not exist in ${OWNER}/${REPO}`)
      })
    )
    prodRules(s, 1, false)
    const few = await promote(s, 'prod', local(s.a))
    expect(checkOf(few, 'environment-reviewers').message).toBe(
      'environment prod names 1 required reviewer(s) (user:grace), the policy wants at least 2; lets the person who started the run approve it (prevent self-review is off)'
    )
    prodRules(s)
    const unapproved = await promote(s, 'prod', local(s.a))
    expect(checkOf(unapproved, 'environment-reviewers').status).toBe('passed')
    expect(checkOf(unapproved, 'run-approval')).toEqual(
      expect.objectContaining({ status: 'failed', message: 'this run has no approval for prod' })
    )
    expect(checkOf(unapproved, 'corridor-order').status).toBe('passed')
    // each refusal is a failed deployment on the environment's page; none is in the history
    const refused = gonogoDeployments(s, 'prod')
    expect(refused).toHaveLength(3)
    for (const d of refused) expect(d.statuses.map((x) => x.state)).toEqual(['failure'])
    expect(refused[2]?.statuses[0]?.description).toBe('refused: run-approval')
    seedApproval(s.fake, OWNER, REPO, s.runId, {
      environments: ['prod'],
      state: 'approved',
      user: { login: 'grace', id: 9001 },
      comment: ''
    })
    const ok = await promote(s, 'prod', local(s.a))
    expect(ok.recorded).toBe(true)
    expect(ok.record?.sequence).toBe(1)
    s.fake.assertNoViolations()
  })

  test('a tampered or forged history blocks promotion and names the deployment', async () => {
    const s = await scenario()
    const first = record('dev', s.a, 1, null)
    const second = record('dev', s.b, 2, first.digest)
    const d1 = seedRecord(s, first)
    seedRecord(s, second)
    const intact = await promote(s, 'dev', local(s.a), { store: readOnly(s) })
    expect(checkOf(intact, 'history-chain').message).toBe(
      `the history of dev is intact: 2 record(s), the last ${second.digest}`
    )
    // someone rewrote the first record's payload (gonogo's records are the payload)
    d1.payload = { ...first, bundle: { ...first.bundle, decision: 'conditional-go' } }
    const r = await promote(s, 'dev', local(s.a), { store: readOnly(s) })
    expect(checkOf(r, 'history-chain').message).toMatch(
      new RegExp(
        `^the history of dev is broken at deployment ${d1.id}: record changed after it was sealed`
      )
    )
    d1.payload = first as never
    // a forged success deployment claiming to follow the first record
    const forged = seedRecord(s, record('dev', s.b, 2, first.digest, { kind: 'rollback' }))
    const f = await promote(s, 'dev', local(s.a), { store: readOnly(s) })
    expect(checkOf(f, 'history-chain').message).toContain(
      `broken at deployment ${forged.id}: record number 2 where number 3 belongs`
    )
    s.fake.assertNoViolations()
  })

  test('a well-formed record appended without the signing key breaks the chain', async () => {
    const s = await scenario()
    const first = record('staging', s.a, 1, null)
    seedRecord(s, first)
    // someone with deployments: write appends a perfectly chained record for another bundle
    const signed = record('staging', s.b, 2, first.digest)
    const unsigned: PromotionRecord = { ...signed }
    delete unsigned.signature
    const planted = seedRecord(s, unsigned)
    const r = await promote(s, 'prod', local(s.b), { store: readOnly(s) })
    expect(checkOf(r, 'corridor-order').message).toBe(
      `the history of staging is broken at deployment ${planted.id} (record is not signed, but a signing key was given: it was not written by a promotion holding the key): what runs there is unknown`
    )
    planted.payload = { ...signed, signature: 'f'.repeat(64) }
    const w = await promote(s, 'prod', local(s.b), { store: readOnly(s) })
    expect(checkOf(w, 'corridor-order').message).toContain(
      'record signature does not match the signing key: forged, or written with another key'
    )
    planted.payload = signed as never
    const ok = await promote(s, 'prod', local(s.b), { store: readOnly(s) })
    expect(checkOf(ok, 'corridor-order').status).toBe('passed')
    s.fake.assertNoViolations()
  })

  test('a bundle artifact made by a fork’s run is never downloaded', async () => {
    const s = await scenario()
    const workflow = s.fake.state.workflows[0]!
    const { run } = addRun(s.fake, {
      workflow,
      createdAt: T0,
      head_branch: 'patch-1',
      head_sha: SHA_B,
      event: 'pull_request',
      run_number: 8,
      head_repository: 'mallory/shop',
      attempts: [{ startedAt: T0, conclusion: 'success', jobs: [] }]
    })
    seedArtifact(s.fake, {
      owner: OWNER,
      repo: REPO,
      name: `gonogo-bundle-${s.a.id}`,
      zip: await zipFolder(s.a.path),
      runId: run.id
    })
    await expect(
      findArtifact(client(s), { owner: OWNER, repo: REPO }, `gonogo-bundle-${s.a.id}`)
    ).rejects.toThrow(
      `artifact gonogo-bundle-${s.a.id} in acme/shop was made by a run of a fork's branch`
    )
    s.fake.assertNoViolations()
  })

  test('two promotions racing for one environment: exactly one wins, the other fails naming it', async () => {
    const s = await scenario()
    const gh = client(s)
    const store = barrier(
      new DeploymentStore(gh, { owner: OWNER, repo: REPO }, { logUrl: s.run.url }),
      2
    )
    const [x, y] = await Promise.all([
      promote(s, 'dev', local(s.a), { store }),
      promote(s, 'dev', local(s.b), { store })
    ])
    expect([x.recorded, y.recorded].sort()).toEqual([false, true])
    const deployments = gonogoDeployments(s, 'dev')
    expect(deployments.map((d) => d.statuses.map((st) => st.state))).toEqual([
      ['in_progress', 'success'],
      ['in_progress', 'failure']
    ])
    const loser = x.recorded ? y : x
    expect(checkOf(loser, 'recorded').message).toMatch(
      new RegExp(
        `^deployment ${deployments[0]!.id} claimed dev #1 first( and is still in progress \\(.*\\))?; this promotion \\(deployment ${deployments[1]!.id}\\) is not recorded: run it again to promote on top of it$`
      )
    )
    expect(deployments[1]?.statuses[1]?.description).toBe(
      `lost the race to deployment ${deployments[0]!.id}`
    )
    // the history holds the winner only, and the next promotion chains onto it
    const next = await promote(s, 'dev', local(loser === x ? s.a : s.b))
    expect(next.record).toMatchObject({ sequence: 2 })
    s.fake.assertNoViolations()
  })

  test('a promotion whose run died in progress blocks the next one, which says how to clear it', async () => {
    const s = await scenario()
    const dead = seedDeployment(s.fake, {
      owner: OWNER,
      repo: REPO,
      ref: SHA_A,
      environment: 'dev',
      task: PROMOTION_TASK,
      payload: record('dev', s.b, 1, null) as unknown as Record<string, unknown>,
      statuses: ['in_progress']
    })
    const r = await promote(s, 'dev', local(s.a))
    expect(r.recorded).toBe(false)
    expect(checkOf(r, 'recorded').message).toContain(
      `deployment ${dead.id} claimed dev #1 first and is still in progress (if its run has died, set its status to failure: POST /repos/acme/shop/deployments/${dead.id}/statuses with state=failure)`
    )
    dead.statuses.push({ ...dead.statuses[0]!, id: 1, state: 'failure' })
    expect((await promote(s, 'dev', local(s.a))).recorded).toBe(true)
    s.fake.assertNoViolations()
  })

  test('rollback downloads the previous bundle’s artifact, checks it again and records the reason', async () => {
    const s = await scenario()
    const artA = seedArtifact(s.fake, {
      owner: OWNER,
      repo: REPO,
      name: `gonogo-bundle-${s.a.id}`,
      zip: await zipFolder(s.a.path),
      runId: s.runId
    })
    const first = record('staging', s.a, 1, null, {
      bundle: {
        ...record('staging', s.a, 1, null).bundle,
        artifact: { name: artA.name, id: artA.id }
      }
    })
    const second = record('staging', s.b, 2, first.digest)
    seedRecord(s, first)
    seedRecord(s, second)
    const gh = client(s)
    const repo = { owner: OWNER, repo: REPO }
    const downloads = await mkdtemp(path.join(os.tmpdir(), 'gonogo-dl-'))
    const fetchBundle = async (r: PromotionRecord): Promise<BundleRef> => {
      const art =
        r.bundle.artifact ?? (await findArtifact(gh, repo, `gonogo-bundle-${r.bundle.id}`))
      return {
        path: await downloadArtifact(gh, repo, art, downloads),
        artifact: art,
        location: null
      }
    }
    // an expired artifact: the rollback fails and says so
    artA.expired = true
    const expired = await promote(s, 'staging', fetchBundle, { kind: 'rollback', reason: 'again' })
    expect(expired.recorded).toBe(false)
    expect(checkOf(expired, 'bundle-verifies').message).toContain(
      `artifact ${artA.name} (${artA.id}) has expired`
    )
    artA.expired = false
    const r = await promote(s, 'staging', fetchBundle, {
      kind: 'rollback',
      reason: 'payments 500s'
    })
    expect(r.report.checks.filter((c) => c.status !== 'passed')).toEqual([])
    expect(r.record).toMatchObject({
      kind: 'rollback',
      reason: 'payments 500s',
      sequence: 3,
      previous: second.digest,
      rollback_of: second.digest,
      source: { environment: 'staging', record: first.digest },
      bundle: { id: s.a.id, digest: s.a.digest, artifact: { id: artA.id } }
    })
    expect(await readFile(path.join(downloads, `artifact-${artA.id}.zip`))).toEqual(
      await zipFolder(s.a.path)
    )
    s.fake.assertNoViolations()
  })

  test('prod refuses a skipped staging, a bundle changed after the gate, and a no-go bundle', async () => {
    const s = await scenario()
    prodRules(s)
    seedApproval(s.fake, OWNER, REPO, s.runId, {
      environments: ['prod'],
      state: 'approved',
      user: { login: 'grace', id: 9001 },
      comment: ''
    })
    seedRecord(s, record('dev', s.a, 1, null))
    const skipped = await promote(s, 'prod', local(s.a), { store: readOnly(s) })
    expect(checkOf(skipped, 'corridor-order').message).toContain(
      'staging has no promotion yet: promote bundle'
    )
    seedRecord(s, record('staging', s.a, 1, null))
    const changed = await makeBundle(s.ws, 'changed', { decision: 'go' })
    await writeFile(path.join(changed.path, 'lineage.json'), '{"edited":true}')
    const edited = await promote(s, 'prod', local(changed), { store: readOnly(s) })
    expect(checkOf(edited, 'bundle-verifies').message).toContain('lineage.json: content changed')
    const nogo = await makeBundle(s.ws, 'nogo', { decision: 'no-go', sha: SHA_B })
    const refused = await promote(s, 'prod', local(nogo), { store: readOnly(s) })
    expect(checkOf(refused, 'gate-decision').message).toBe(
      "gate decision no-go does not meet prod's requirement (go)"
    )
    expect(checkOf(refused, 'environment-reviewers').status).toBe('passed')
    expect(checkOf(refused, 'run-approval').status).toBe('passed')
    s.fake.assertNoViolations()
  })

  test('a token without deployments: write fails closed, naming the permission', async () => {
    const s = await scenario()
    s.fake.tokenPermissions.set('ghs_promote', { deployments: 'read' })
    await expect(promote(s, 'dev', local(s.a))).rejects.toThrow(
      /cannot create a deployment for dev in acme\/shop: HTTP 403.*deployments: write/
    )
    expect(gonogoDeployments(s, 'dev')).toEqual([])
  })
})

/** A deployment store that refuses nothing to GitHub: for tests that only read the history. */
function readOnly(s: Scenario): PromotionStore {
  const real = new DeploymentStore(client(s), { owner: OWNER, repo: REPO })
  return {
    describe: real.describe,
    history: (env) => real.history(env),
    append: () => Promise.resolve({ ok: false, message: 'read-only store' }),
    refuse: () => Promise.resolve()
  }
}
