/**
 * rollback-drill: the judge on hand-made histories (in memory), then the real readers: GitHub
 * deployments through the loopback fake (requests and answers validated against the OpenAPI
 * description) and the CLI's state folder in a temporary workspace, and `gonogo check
 * rollback-drill` end to end.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BuiltinContext } from '../src/checks/builtin-contract.js'
import { judgeDrills } from '../src/checks/rollback-drill/judge.js'
import { runRollbackDrill } from '../src/checks/rollback-drill/run.js'
import { rollbackDrillSettings } from '../src/checks/rollback-drill/settings.js'
import { main, type Io } from '../src/cli/main.js'
import { LOCAL_RUN } from '../src/core/bundle-manifest.js'
import { stableStringify } from '../src/core/canonical-json.js'
import type { CheckFacts } from '../src/core/facts.js'
import type { PromotionEntry } from '../src/core/facts-runtime.js'
import type { Policy } from '../src/core/policy.js'
import {
  PROMOTION_CONTRACT,
  PROMOTION_TASK,
  sealRecord,
  type PromotionKind,
  type PromotionRecord
} from '../src/core/promotion.js'
import type { Report } from '../src/core/report.js'
import { DAY_MS } from '../src/core/time.js'
import { validateReport } from '../src/generated/validators.js'
import { createCheckFacts } from '../src/io/check-facts.js'
import { Workspace } from '../src/io/workspace.js'
import { seedDeployment } from './support/deployment-fixtures.js'
import { memoryRepo } from './support/facts-repo.js'
import { memoryPromotions, scriptedProcesses } from './support/facts-runtime.js'
import { startGitHubFake, type GitHubFake } from './support/github-fake.js'
import type { JsonRecord } from './support/openapi.js'

const OWNER = 'acme'
const REPO = 'shop'
/** The effective time of every judgement. */
const T = Date.parse('2026-11-21T09:00:00Z')
const MIN = 60_000
const SHA = 'c'.repeat(40)
const POLICY: Policy = {
  version: 1,
  controls: [{ id: 'drill', severity: 'high', source: { builtin: 'rollback-drill' } }],
  environments: { staging: { requires: 'go' }, prod: { from: 'staging', requires: 'go' } }
}

/** One step of an environment's history: what, and when it started and succeeded (ms). */
interface Step {
  kind: PromotionKind
  start: number
  end: number
}

const digestOf = (text: string): string =>
  `sha256:${createHash('sha256').update(text).digest('hex')}`

/** A sealed, linked chain of records for `environment` (bundle b1, b2, … per promotion). */
function chainOf(environment: string, steps: readonly Step[]): PromotionRecord[] {
  const out: PromotionRecord[] = []
  const bundles: string[] = []
  for (const [i, step] of steps.entries()) {
    const head = out[i - 1]
    let bundle: string
    if (step.kind === 'promotion') {
      bundle = `b${bundles.length + 1}`
      bundles.push(bundle)
    } else {
      bundles.pop()
      bundle = bundles[bundles.length - 1] ?? 'b0'
    }
    out.push(
      sealRecord({
        contract: PROMOTION_CONTRACT,
        environment,
        sequence: i + 1,
        kind: step.kind,
        ...(step.kind === 'rollback' ? { reason: 'drill', rollback_of: head?.digest } : {}),
        bundle: {
          id: bundle,
          digest: digestOf(bundle),
          subject: { repository: `${OWNER}/${REPO}`, sha: SHA, ref: 'refs/heads/main' },
          created_at: new Date(step.start - DAY_MS).toISOString(),
          decision: 'go',
          artifact: null,
          location: null
        },
        source: null,
        reviewers: { required: 0, verified: false, named: [], prevent_self_review: null },
        approvals: [],
        run: LOCAL_RUN,
        promoted_at: new Date(step.start).toISOString(),
        previous: head?.digest ?? null
      })
    )
  }
  return out
}

/** In-memory entries as the deployments give them (start and success times). */
function entriesOf(environment: string, steps: readonly Step[]): PromotionEntry[] {
  return chainOf(environment, steps).map((record, i) => ({
    where: `deployment ${100 + i}`,
    record,
    startedAt: (steps[i] as Step).start,
    completedAt: (steps[i] as Step).end
  }))
}

const at = (days: number, minutes = 0): number => T - days * DAY_MS + minutes * MIN
const promote = (days: number): Step => ({ kind: 'promotion', start: at(days), end: at(days, 2) })
const rollback = (days: number, minutes: number): Step => ({
  kind: 'rollback',
  start: at(days),
  end: at(days, minutes)
})

/** The histories every reader is tried on. */
const HISTORIES = {
  recentAndFast: [promote(20), promote(10), rollback(5, 12), promote(4)],
  tooOld: [promote(200), promote(150), rollback(120, 12), promote(119)],
  tooSlow: [promote(20), promote(10), rollback(5, 95), promote(4)],
  neverFollowed: [promote(20), promote(10), rollback(5, 12)],
  noRollback: [promote(20), promote(10)]
} satisfies Record<string, Step[]>

function statuses(report: Report): Record<string, string> {
  return Object.fromEntries(report.checks.map((c) => [c.id, c.status]))
}

function message(report: Report, id: string): string {
  return report.checks.find((c) => c.id === id)?.message ?? `(no check ${id})`
}

function context(facts: CheckFacts, settings: unknown, policy: Policy = POLICY): BuiltinContext {
  return {
    facts,
    policy,
    settings,
    subject: { repository: `${OWNER}/${REPO}`, sha: SHA, ref: 'refs/heads/main' },
    effectiveTime: T,
    log: () => undefined
  }
}

function memoryFacts(promotions: CheckFacts['promotions']): CheckFacts {
  const repo = memoryRepo()
  return {
    files: repo.files,
    git: repo.git,
    processes: scriptedProcesses().processes,
    ...(promotions ? { promotions } : {})
  }
}

const ALL_PASSED = {
  'prod/history': 'passed',
  'prod/last-rollback': 'passed',
  'prod/age': 'passed',
  'prod/recovery': 'passed',
  'prod/followed': 'passed'
}

describe('rollback-drill judge on hand-made histories', () => {
  const settings = rollbackDrillSettings({ environments: ['prod'] }, POLICY)
  const judge = (
    steps: Step[] | PromotionEntry[],
    source: 'deployments' | 'local' = 'deployments'
  ) =>
    judgeDrills(
      {
        source,
        state: '.gonogo/state',
        environments: [
          {
            environment: 'prod',
            answer: {
              ok: true,
              source,
              describe: 'deployments of acme/shop',
              entries:
                steps.length > 0 && 'kind' in (steps[0] as object)
                  ? entriesOf('prod', steps as Step[])
                  : (steps as PromotionEntry[])
            }
          }
        ]
      },
      settings,
      T
    )
  const byId = (checks: { id: string; status: string }[]) =>
    Object.fromEntries(checks.map((c) => [c.id, c.status]))

  test('recent and fast, followed by a promotion: every check passes, with the figures', () => {
    const j = judge(HISTORIES.recentAndFast)
    expect(byId(j.checks)).toEqual(ALL_PASSED)
    expect(j.environments[0]?.last_rollback).toMatchObject({
      record: 3,
      where: 'deployment 102',
      bundle: 'b1',
      age_days: 5,
      recovery_minutes: 12
    })
    expect(j.environments[0]?.followed_by).toEqual({
      record: 4,
      where: 'deployment 103',
      bundle: 'b2'
    })
  })

  test('too old: age fails naming the record and the days', () => {
    const j = judge(HISTORIES.tooOld)
    expect(byId(j.checks)).toEqual({ ...ALL_PASSED, 'prod/age': 'failed' })
    const age = j.checks.find((c) => c.id === 'prod/age')
    expect(age?.message).toBe(
      `prod: the last rollback, record #3 (deployment 102), started ${new Date(at(120)).toISOString()} (its deployment was created), 120 days before 2026-11-21T09:00:00.000Z, more than the 90 days checks.rollback-drill.max_age_days allow`
    )
    expect(age?.observed).toBe(120)
    expect(age?.remediation).toMatch(/rehearse a rollback of prod again/)
  })

  test('a later rollback without a readable start fails the history, never letting an older drill stand for it', () => {
    const entries = entriesOf('prod', [...HISTORIES.recentAndFast, rollback(1, 5)])
    const last = entries[entries.length - 1] as PromotionEntry
    entries[entries.length - 1] = { ...last, startedAt: Number.NaN }
    const j = judge(entries)
    expect(byId(j.checks)).toEqual({ 'prod/history': 'failed' })
    expect(j.checks[0]?.message).toMatch(
      /^prod: record #5 \(deployment 104\) in deployments of acme\/shop has no readable start time/
    )
  })

  test('too slow: recovery fails naming the minutes against the objective', () => {
    const j = judge(HISTORIES.tooSlow)
    expect(byId(j.checks)).toEqual({ ...ALL_PASSED, 'prod/recovery': 'failed' })
    const r = j.checks.find((c) => c.id === 'prod/recovery')
    expect(r?.message).toMatch(
      /^prod: record #3 \(deployment 102\) took 95 minutes from its start \(its deployment was created, .*\) to its success \(its first success status, .*\), more than the 60-minute recovery objective$/
    )
    expect(r).toMatchObject({ wanted: 60, observed: 95 })
  })

  test('exactly at the objective and the age limit passes (the limits are inclusive)', () => {
    const j = judge([promote(100), promote(91), rollback(90, 0), promote(1)])
    // the rollback completed exactly 90 days before T
    expect(byId(j.checks)['prod/age']).toBe('passed')
    const k = judge([promote(20), rollback(5, 60), promote(4)])
    expect(byId(k.checks)['prod/recovery']).toBe('passed')
    const l = judge([promote(20), rollback(5, 61), promote(4)])
    expect(byId(l.checks)['prod/recovery']).toBe('failed')
  })

  test('never followed by a promotion: followed fails naming the rollback record', () => {
    const j = judge(HISTORIES.neverFollowed)
    expect(byId(j.checks)).toEqual({ ...ALL_PASSED, 'prod/followed': 'failed' })
    expect(j.checks.find((c) => c.id === 'prod/followed')?.message).toBe(
      'prod: nothing was promoted after its last rollback, record #3 (deployment 102): the drill never returned to the forward path'
    )
  })

  test('a second rollback after the promotion is the last one, and it was never followed', () => {
    const j = judge([...HISTORIES.recentAndFast, rollback(1, 5)])
    expect(byId(j.checks)['prod/followed']).toBe('failed')
    expect(j.environments[0]?.last_rollback?.record).toBe(5)
  })

  test('no rollback at all: last-rollback fails and nothing else is judged', () => {
    const j = judge(HISTORIES.noRollback)
    expect(byId(j.checks)).toEqual({ 'prod/history': 'passed', 'prod/last-rollback': 'failed' })
    expect(j.checks[1]?.message).toBe(
      'prod: none of its 2 record(s) is a rollback (the last is #2, deployment 101): the rollback path was never rehearsed'
    )
  })

  test('no history: unverified, naming what records one and the permission', () => {
    const j = judge([])
    expect(j.checks).toEqual([
      {
        id: 'prod/history',
        status: 'unverified',
        message:
          'prod: no promotion recorded in deployments of acme/shop, so no rollback drill can be shown',
        unlock: expect.stringContaining('"deployments: read"') as unknown as string
      }
    ])
  })

  test('records after the effective time are left out', () => {
    const j = judge([promote(20), promote(10), { kind: 'rollback', start: at(-1), end: at(-1, 5) }])
    expect(byId(j.checks)).toEqual({ 'prod/history': 'passed', 'prod/last-rollback': 'failed' })
    const k = judge([{ kind: 'promotion', start: at(-2), end: at(-2, 1) }])
    expect(k.checks[0]).toMatchObject({ status: 'unverified' })
    expect(k.checks[0]?.message).toContain('at or before 2026-11-21T09:00:00.000Z')
  })

  test('a record changed after it was sealed breaks the chain: failed, naming where', () => {
    const entries = entriesOf('prod', HISTORIES.recentAndFast)
    const forged = { ...(entries[2]?.record as PromotionRecord), reason: 'edited later' }
    entries[2] = { ...(entries[2] as PromotionEntry), record: forged }
    const j = judge(entries)
    expect(j.checks).toHaveLength(1)
    expect(j.checks[0]).toMatchObject({ id: 'prod/history', status: 'failed' })
    expect(j.checks[0]?.message).toMatch(
      /^prod: the promotion history in deployments of acme\/shop is broken at deployment 102: record changed after it was sealed/
    )
  })

  test('no completion time, or times out of order: recovery unverified, never passed', () => {
    const entries = entriesOf('prod', HISTORIES.recentAndFast)
    const noEnd = entries.map((e, i) => {
      if (i !== 2) return e
      const { completedAt: _, ...rest } = e
      void _
      return rest
    })
    expect(byId(judge(noEnd).checks)['prod/recovery']).toBe('unverified')
    const backwards = entries.map((e, i) =>
      i === 2 ? { ...e, completedAt: (e.startedAt as number) - MIN } : e
    )
    const j = judge(backwards)
    expect(byId(j.checks)['prod/recovery']).toBe('unverified')
    expect(j.checks.find((c) => c.id === 'prod/recovery')?.message).toMatch(
      /completed .* before it started/
    )
  })

  test('an unreadable history is unverified, naming the reason and the permission', () => {
    const j = judgeDrills(
      {
        source: 'deployments',
        state: '.gonogo/state',
        environments: [
          {
            environment: 'prod',
            answer: {
              ok: false,
              source: 'deployments',
              describe: 'deployments of acme/shop',
              reason: 'HTTP 403: Resource not accessible by integration',
              unlock: 'a token with "deployments: read"',
              permission: 'deployments: read'
            }
          }
        ]
      },
      settings,
      T
    )
    expect(j.checks).toEqual([
      {
        id: 'prod/history',
        status: 'unverified',
        message:
          'prod: the promotion history in deployments of acme/shop could not be read: HTTP 403: Resource not accessible by integration (reading it needs "deployments: read")',
        unlock: 'a token with "deployments: read"'
      }
    ])
  })
})

describe('rollback-drill run on in-memory facts', () => {
  test('auto reads the deployments when the gate has a token, else the state folder', async () => {
    const withToken = memoryPromotions({
      deployments: { prod: entriesOf('prod', HISTORIES.recentAndFast) }
    })
    const r = await runRollbackDrill(
      context(memoryFacts(withToken.promotions), { environments: ['prod'] })
    )
    expect(r.status).toBe('passed')
    expect(withToken.queries).toEqual([{ source: 'deployments', environment: 'prod' }])
    expect(validateReport(r)).toBe(true)

    const noToken = memoryPromotions({
      local: { environments: { prod: entriesOf('prod', HISTORIES.recentAndFast) } }
    })
    const l = await runRollbackDrill(
      context(memoryFacts(noToken.promotions), { environments: ['prod'] })
    )
    expect(l.status).toBe('passed')
    expect(noToken.queries).toEqual([
      { source: 'local', environment: 'prod', folder: '.gonogo/state' }
    ])
  })

  test('environments default to the corridor, in file order', async () => {
    const m = memoryPromotions({
      deployments: {
        staging: entriesOf('staging', HISTORIES.recentAndFast),
        prod: entriesOf('prod', HISTORIES.tooSlow)
      }
    })
    const r = await runRollbackDrill(context(memoryFacts(m.promotions), undefined))
    expect(m.queries.map((q) => q.environment)).toEqual(['staging', 'prod'])
    expect(r.status).toBe('failed')
    expect(r.checks.filter((c) => c.status !== 'passed').map((c) => c.id)).toEqual([
      'prod/recovery'
    ])
    expect((r.facts as { environments_from: string }).environments_from).toBe('corridor')
  })

  test('store: deployments without a token is unverified naming deployments: read', async () => {
    const m = memoryPromotions({ local: { environments: {} } })
    const r = await runRollbackDrill(
      context(memoryFacts(m.promotions), { environments: ['prod'], store: 'deployments' })
    )
    expect(m.queries).toEqual([])
    expect(statuses(r)).toEqual({ 'prod/history': 'unverified' })
    expect(message(r, 'prod/history')).toContain('(reading it needs "deployments: read")')
  })

  test('no environment to judge is a failed settings check; no promotion facts is unverified', async () => {
    const none = await runRollbackDrill(
      context(memoryFacts(memoryPromotions().promotions), {}, { version: 1, controls: [] })
    )
    expect(statuses(none)).toEqual({ settings: 'failed' })
    const noFacts = await runRollbackDrill(
      context(memoryFacts(undefined), { environments: ['prod'] })
    )
    expect(statuses(noFacts)).toEqual({ history: 'unverified' })
    expect(noFacts.checks[0]?.unlock).toContain('deployments: read')
  })

  test('the same facts and effective time give the same bytes', async () => {
    const run = async () =>
      stableStringify(
        await runRollbackDrill(
          context(
            memoryFacts(
              memoryPromotions({ deployments: { prod: entriesOf('prod', HISTORIES.tooOld) } })
                .promotions
            ),
            { environments: ['prod'] }
          )
        )
      )
    expect(await run()).toBe(await run())
  })
})

describe('rollback-drill over GitHub deployments (the fake)', () => {
  let fake: GitHubFake
  let dir: string

  beforeEach(async () => {
    fake = await startGitHubFake()
    dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-drill-gh-'))
  })
  afterEach(async () => {
    await fake.close()
    await rm(dir, { recursive: true, force: true })
    fake.assertNoViolations()
  })

  /** Seeds `steps` as gonogo deployments of `environment`, each in_progress then success. */
  function seed(environment: string, steps: readonly Step[], extra: { failedAt?: number } = {}) {
    const records = chainOf(environment, steps)
    records.forEach((record, i) => {
      const step = steps[i] as Step
      const d = seedDeployment(fake, {
        owner: OWNER,
        repo: REPO,
        ref: SHA,
        environment,
        task: PROMOTION_TASK,
        payload: record as unknown as JsonRecord,
        statuses: ['in_progress', 'success']
      })
      d.created_at = new Date(step.start).toISOString().replace(/\.\d{3}Z$/, 'Z')
      const [progress, success] = d.statuses
      if (progress) progress.created_at = d.created_at
      if (success) success.created_at = new Date(step.end).toISOString().replace(/\.\d{3}Z$/, 'Z')
      if (extra.failedAt === i) {
        // A refused promotion in between: a failure status only, never part of the history.
        seedDeployment(fake, {
          owner: OWNER,
          repo: REPO,
          ref: SHA,
          environment,
          task: PROMOTION_TASK,
          payload: { ...(record as unknown as JsonRecord), sequence: 99 },
          statuses: ['in_progress', 'failure']
        })
      }
    })
  }

  async function run(settings: unknown = { environments: ['prod'] }, token = 'ghs_token') {
    const ws = await Workspace.open(dir)
    const github = { token, apiUrl: fake.url, owner: OWNER, repo: REPO }
    return runRollbackDrill(context(createCheckFacts(ws, github), settings))
  }

  test('recent and fast: passed, timed by the deployment and its success status', async () => {
    seed('prod', HISTORIES.recentAndFast, { failedAt: 1 })
    seed('staging', HISTORIES.noRollback)
    const r = await run()
    expect(statuses(r)).toEqual(ALL_PASSED)
    expect(validateReport(r)).toBe(true)
    const env = (r.facts as { environments: { last_rollback: unknown }[] }).environments[0]
    expect(env?.last_rollback).toMatchObject({
      record: 3,
      started_at: new Date(at(5)).toISOString(),
      completed_at: new Date(at(5, 12)).toISOString(),
      recovery_minutes: 12
    })
    // the task and environment filters reached the API
    const lists = fake.requests.filter((q) => q.method === 'GET' && /\/deployments$/.test(q.path))
    expect(lists.length).toBeGreaterThan(0)
    for (const q of lists) {
      expect(q.query.get('task')).toBe(PROMOTION_TASK)
      expect(q.query.get('environment')).toBe('prod')
    }
  })

  test('too old', async () => {
    seed('prod', HISTORIES.tooOld)
    const r = await run()
    expect(statuses(r)).toEqual({ ...ALL_PASSED, 'prod/age': 'failed' })
    expect(message(r, 'prod/age')).toContain('record #3 (deployment ')
    expect(message(r, 'prod/age')).toContain(
      '120 days before 2026-11-21T09:00:00.000Z, more than the 90 days'
    )
  })

  test('too slow, against a tighter objective too', async () => {
    seed('prod', HISTORIES.tooSlow)
    const r = await run()
    expect(statuses(r)).toEqual({ ...ALL_PASSED, 'prod/recovery': 'failed' })
    expect(message(r, 'prod/recovery')).toContain('took 95 minutes')
    const fast = await run({ environments: ['prod'], recovery_objective_minutes: 120 })
    expect(statuses(fast)['prod/recovery']).toBe('passed')
  })

  test('rollback never followed by a promotion', async () => {
    seed('prod', HISTORIES.neverFollowed)
    const r = await run()
    expect(statuses(r)).toEqual({ ...ALL_PASSED, 'prod/followed': 'failed' })
  })

  test('no history: unverified naming deployments: read', async () => {
    seed('staging', HISTORIES.recentAndFast)
    const r = await run()
    expect(statuses(r)).toEqual({ 'prod/history': 'unverified' })
    expect(message(r, 'prod/history')).toBe(
      `prod: no promotion recorded in deployments of ${OWNER}/${REPO}, so no rollback drill can be shown`
    )
    expect(r.checks[0]?.unlock).toContain('"deployments: read"')
  })

  test('no permission (403): unverified naming the permission and the endpoint', async () => {
    seed('prod', HISTORIES.recentAndFast)
    fake.tokenPermissions.set('ghs_none', { deployments: 'none' })
    const r = await run({ environments: ['prod'] }, 'ghs_none')
    expect(statuses(r)).toEqual({ 'prod/history': 'unverified' })
    expect(message(r, 'prod/history')).toMatch(
      /^prod: the promotion history in deployments of acme\/shop could not be read: HTTP 403: .*GET \/repos\/acme\/shop\/deployments.* \(reading it needs "deployments: read"\)$/
    )
    expect(r.checks[0]?.unlock).toContain('deployments: read')
  })
})

describe('rollback-drill over the CLI state folder', () => {
  let dir: string

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-drill-local-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  /** Writes `steps` as `gonogo promote` does: one file per record, its mtime the success. */
  async function seed(environment: string, steps: readonly Step[], folder = '.gonogo/state') {
    const envDir = path.join(dir, folder, environment)
    await mkdir(envDir, { recursive: true })
    const records = chainOf(environment, steps)
    for (const [i, record] of records.entries()) {
      const file = path.join(envDir, `${String(record.sequence).padStart(6, '0')}.json`)
      await writeFile(file, `${stableStringify(record)}\n`)
      const end = new Date((steps[i] as Step).end)
      await utimes(file, end, end)
    }
  }

  async function run(settings: unknown = { environments: ['prod'] }) {
    const ws = await Workspace.open(dir)
    return runRollbackDrill(context(createCheckFacts(ws), settings))
  }

  test('recent and fast: passed, timed by promoted_at and the record file', async () => {
    await seed('prod', HISTORIES.recentAndFast)
    const r = await run()
    expect(statuses(r)).toEqual(ALL_PASSED)
    expect(message(r, 'prod/recovery')).toMatch(
      /took 12 minutes from its start \(its promoted_at, .*\) to its success \(its record file was written, .*\)/
    )
    expect(message(r, 'prod/last-rollback')).toContain('record #3 (.gonogo/state/prod/000003.json)')
    expect((r.facts as { source: string }).source).toBe('local')
  })

  test('too old', async () => {
    await seed('prod', HISTORIES.tooOld)
    expect(statuses(await run())).toEqual({ ...ALL_PASSED, 'prod/age': 'failed' })
  })

  test('too slow', async () => {
    await seed('prod', HISTORIES.tooSlow)
    const r = await run()
    expect(statuses(r)).toEqual({ ...ALL_PASSED, 'prod/recovery': 'failed' })
    expect(message(r, 'prod/recovery')).toContain('took 95 minutes')
  })

  test('rollback never followed by a promotion', async () => {
    await seed('prod', HISTORIES.neverFollowed)
    expect(statuses(await run())).toEqual({ ...ALL_PASSED, 'prod/followed': 'failed' })
  })

  test('no history (no state folder): unverified naming the store and deployments: read', async () => {
    const r = await run()
    expect(statuses(r)).toEqual({ 'prod/history': 'unverified' })
    expect(message(r, 'prod/history')).toBe(
      'prod: no promotion recorded in .gonogo/state, so no rollback drill can be shown'
    )
    expect(r.checks[0]?.unlock).toContain('gonogo rollback --state .gonogo/state')
    expect(r.checks[0]?.unlock).toContain('"deployments: read"')
  })

  test('another state folder, named in the settings', async () => {
    await seed('prod', HISTORIES.recentAndFast, 'ops/state')
    const r = await run({ environments: ['prod'], state: './ops/state/' })
    expect(statuses(r)).toEqual(ALL_PASSED)
  })

  test('a state folder linked out of the workspace is unverified, never read', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'gonogo-drill-out-'))
    try {
      await mkdir(path.join(dir, '.gonogo'), { recursive: true })
      await symlink(outside, path.join(dir, '.gonogo', 'state'))
      const r = await run()
      expect(statuses(r)).toEqual({ 'prod/history': 'unverified' })
      expect(message(r, 'prod/history')).toContain('outside the workspace')
    } finally {
      await rm(outside, { recursive: true, force: true })
    }
  })

  test('a record file replaced by a link breaks the history there: failed', async () => {
    await seed('prod', HISTORIES.recentAndFast)
    const file = path.join(dir, '.gonogo/state/prod/000002.json')
    await rm(file)
    await symlink(path.join(dir, '.gonogo/state/prod/000001.json'), file)
    const r = await run()
    expect(statuses(r)).toEqual({ 'prod/history': 'failed' })
    expect(message(r, 'prod/history')).toContain('broken at .gonogo/state/prod/000002.json')
  })

  test('file times reset by a checkout never make an old drill recent: age failed, recovery unverified', async () => {
    // Found in use: a state folder committed, then cloned, has every file written "now"; the
    // age was counted from that time and a 120-day-old drill passed as 0 days old.
    await seed('prod', HISTORIES.tooOld)
    const now = new Date(T - 5 * MIN)
    for (const n of [1, 2, 3, 4]) {
      await utimes(path.join(dir, `.gonogo/state/prod/00000${n}.json`), now, now)
    }
    const r = await run()
    expect(statuses(r)).toEqual({
      ...ALL_PASSED,
      'prod/age': 'failed',
      'prod/recovery': 'unverified'
    })
    expect(message(r, 'prod/age')).toContain('120 days before')
    expect(message(r, 'prod/recovery')).toBe(
      `prod: record #3 (.gonogo/state/prod/000003.json) has no usable completion time: its record file was written ${now.toISOString()}, after the promoted_at of the next record, #4 (${new Date(at(119)).toISOString()}), so the file was rewritten or checked out since; its recovery time is unknown`
    )
    expect(r.checks.find((c) => c.id === 'prod/recovery')?.unlock).toContain('store: deployments')
  })

  test('a record file written after the effective time is no completion: recovery unverified', async () => {
    await seed('prod', HISTORIES.neverFollowed)
    const later = new Date(T + DAY_MS)
    await utimes(path.join(dir, '.gonogo/state/prod/000003.json'), later, later)
    const r = await run()
    // the rollback started before the effective time: it is still the last one, judged
    expect(statuses(r)).toEqual({
      ...ALL_PASSED,
      'prod/recovery': 'unverified',
      'prod/followed': 'failed'
    })
    expect(message(r, 'prod/recovery')).toContain(
      `written ${later.toISOString()}, after the effective time 2026-11-21T09:00:00.000Z`
    )
  })

  test('a garbage record file breaks the history, naming the file and why it cannot be read', async () => {
    await seed('prod', HISTORIES.recentAndFast)
    await writeFile(path.join(dir, '.gonogo/state/prod/000005.json'), '{ not json')
    const r = await run()
    expect(statuses(r)).toEqual({ 'prod/history': 'failed' })
    expect(message(r, 'prod/history')).toMatch(
      /^prod: the promotion history in \.gonogo\/state is broken at \.gonogo\/state\/prod\/000005\.json: the record cannot be read \(.+\); it proves no drill$/
    )
    expect(message(r, 'prod/history')).not.toContain("missing required key 'contract'")
  })

  test('gonogo check rollback-drill end to end: exit 1 naming the slow rollback', async () => {
    await seed('prod', HISTORIES.tooSlow)
    await mkdir(path.join(dir, '.github'), { recursive: true })
    await writeFile(
      path.join(dir, '.github/gonogo.yml'),
      [
        'version: 1',
        'controls:',
        '  - id: drill',
        '    severity: high',
        '    source: { builtin: rollback-drill }',
        'checks:',
        '  rollback-drill:',
        '    environments: [prod]',
        '    recovery_objective_minutes: 30',
        ''
      ].join('\n')
    )
    let out = ''
    const io: Io = {
      out: (s) => {
        out += s
      },
      err: () => undefined,
      env: {},
      cwd: dir
    }
    const code = await main(
      ['check', 'rollback-drill', '--sha', SHA, '--effective-time', new Date(T).toISOString()],
      io
    )
    expect(code).toBe(1)
    expect(out).toContain('rollback-drill: failed (4 passed, 1 failed, 0 unverified)')
    expect(out).toContain(
      'prod/recovery: prod: record #3 (.gonogo/state/prod/000003.json) took 95 minutes'
    )
    expect(out).toContain('more than the 30-minute recovery objective')
  })
})
