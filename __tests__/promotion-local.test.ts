import { afterEach, describe, expect, test } from '@jest/globals'
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import { LOCAL_RUN } from '../src/core/bundle-manifest.js'
import type { PromotionRecord } from '../src/core/promotion.js'
import { validateReport } from '../src/generated/validators.js'
import { LocalStateStore } from '../src/io/local-state.js'
import { runPromotion } from '../src/release-bundle/run-promote.js'
import { createBundle } from '../src/io/bundle-create.js'
import {
  barrier,
  corridorWorkspace,
  KEY,
  makeBundle,
  SHA_A,
  SHA_B,
  T0
} from './support/promotion-fixtures.js'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()))
})

async function workspace(policy?: string): Promise<string> {
  const ws = await corridorWorkspace(policy)
  cleanups.push(ws.cleanup)
  return ws.dir
}

function io(cwd: string): Io & { stdout: string; stderr: string } {
  const o = {
    stdout: '',
    stderr: '',
    env: { PROMOTE_KEY: KEY } as NodeJS.ProcessEnv,
    cwd,
    out: (s: string) => {
      o.stdout += s
    },
    err: (s: string) => {
      o.stderr += s
    }
  }
  return o
}

const AT = (minutes: number): string[] => [
  '--effective-time',
  new Date(T0 + minutes * 60_000).toISOString(),
  '--signing-key-env',
  'PROMOTE_KEY'
]

async function promote(
  dir: string,
  bundle: string,
  environment: string,
  minutes: number,
  extra: string[] = []
): Promise<{ code: number; out: string; report: Record<string, unknown> }> {
  const o = io(dir)
  const code = await main(
    ['promote', '--bundle', bundle, '--environment', environment, ...AT(minutes), ...extra],
    o
  )
  expect(o.stderr).toBe('')
  const report = JSON.parse(
    await readFile(path.join(dir, 'gonogo-reports', `promotion-${environment}.json`), 'utf8')
  ) as Record<string, unknown>
  return { code, out: o.stdout, report }
}

function check(report: Record<string, unknown>, id: string): { status: string; message: string } {
  const c = (report.checks as { id: string; status: string; message: string }[]).find(
    (x) => x.id === id
  )
  if (!c) throw new Error(`no check ${id} in ${JSON.stringify(report.checks)}`)
  return c
}

async function history(dir: string, environment: string): Promise<{ code: number; out: string }> {
  const o = io(dir)
  const code = await main(['history', '--environment', environment], o)
  return { code, out: o.stdout + o.stderr }
}

describe('gonogo promote / rollback / history (local state)', () => {
  test('a clean dev → staging → prod path records a hash chain per environment', async () => {
    const dir = await workspace()
    const a = await makeBundle(dir, 'a', { decision: 'go' })
    for (const [i, env] of ['dev', 'staging'].entries()) {
      const r = await promote(dir, 'bundles/a', env, i)
      expect(r.out).toContain(`promotion to ${env}: recorded as #1`)
      expect(r.code).toBe(0)
      expect(r.report.status).toBe('passed')
      expect(validateReport(r.report)).toBe(true)
    }
    // prod declares reviewers: the local state cannot see GitHub's rules, so it is refused...
    const refused = await promote(dir, 'bundles/a', 'prod', 3)
    expect(refused.code).toBe(1)
    expect(check(refused.report, 'environment-reviewers').status).toBe('unverified')
    expect(check(refused.report, 'recorded').status).toBe('failed')
    // ... unless the user rehearses on purpose, and the record says so.
    const rehearsed = await promote(dir, 'bundles/a', 'prod', 4, ['--allow-unverified-reviewers'])
    expect(rehearsed.code).toBe(0)
    const record = JSON.parse(
      await readFile(path.join(dir, '.gonogo/state/prod/000001.json'), 'utf8')
    ) as PromotionRecord
    expect(record.reviewers).toEqual({
      required: 2,
      verified: false,
      named: [],
      prevent_self_review: null
    })
    const staging = JSON.parse(
      await readFile(path.join(dir, '.gonogo/state/staging/000001.json'), 'utf8')
    ) as PromotionRecord
    expect(record.source).toEqual({ environment: 'staging', record: staging.digest })
    expect(record.bundle).toMatchObject({ id: a.id, digest: a.digest, decision: 'go' })
    expect(record.previous).toBeNull()
    const h = await history(dir, 'prod')
    expect(h.code).toBe(0)
    expect(h.out).toContain('chain intact')
    expect(h.out).toContain(`current: bundle ${a.id}`)
  })

  test('a skipped environment is refused: prod takes only what staging runs', async () => {
    const dir = await workspace()
    await makeBundle(dir, 'a', { decision: 'go' })
    await makeBundle(dir, 'b', { decision: 'go', sha: SHA_B })
    expect((await promote(dir, 'bundles/a', 'dev', 0)).code).toBe(0)
    expect((await promote(dir, 'bundles/a', 'staging', 1)).code).toBe(0)
    expect((await promote(dir, 'bundles/b', 'dev', 2)).code).toBe(0)
    const r = await promote(dir, 'bundles/b', 'prod', 3, ['--allow-unverified-reviewers'])
    expect(r.code).toBe(1)
    const order = check(r.report, 'corridor-order')
    expect(order.status).toBe('failed')
    expect(order.message).toMatch(
      /^staging runs bundle shop-a{12}-[0-9a-f]{12} \(sha256:[0-9a-f]{64}, record 1\), not bundle shop-b{12}-/
    )
    // staging was skipped altogether: it has nothing yet
    const fresh = await workspace()
    await makeBundle(fresh, 'a', { decision: 'go' })
    await promote(fresh, 'bundles/a', 'dev', 0)
    const skipped = await promote(fresh, 'bundles/a', 'prod', 1, ['--allow-unverified-reviewers'])
    expect(check(skipped.report, 'corridor-order').message).toContain(
      'staging has no promotion yet'
    )
    expect(await readdir(path.join(fresh, '.gonogo/state'))).toEqual(['dev'])
  })

  test('a bundle changed after the gate never moves on, and the file is named', async () => {
    const dir = await workspace()
    await makeBundle(dir, 'nogo', { decision: 'no-go' })
    await cp(path.join(dir, 'bundles/nogo'), path.join(dir, 'bundles/edited'), { recursive: true })
    await writeFile(
      path.join(dir, 'bundles/edited/executive-summary.json'),
      '{"decision":"go","status":"passed"}\n'
    )
    const r = await promote(dir, 'bundles/edited', 'dev', 0)
    expect(r.code).toBe(1)
    const b = check(r.report, 'bundle-verifies')
    expect(b.status).toBe('failed')
    expect(b.message).toContain('executive-summary.json: content changed')
    expect(check(r.report, 'gate-decision').status).toBe('failed')
  })

  test('a bundle whose own lineage is incomplete is refused, whatever the gate said', async () => {
    const dir = await workspace()
    await makeBundle(dir, 'partial', {
      decision: 'go',
      lineageProblems: [{ code: 'job-failed', message: "required job 'test' ended failure" }]
    })
    const r = await promote(dir, 'bundles/partial', 'dev', 0)
    expect(r.code).toBe(1)
    expect(check(r.report, 'bundle-verifies')).toEqual(
      expect.objectContaining({
        status: 'failed',
        message: "the bundle's lineage is incomplete: required job 'test' ended failure"
      })
    )
  })

  test('a no-go bundle is refused: the gate decision must meet the target', async () => {
    const dir = await workspace()
    await makeBundle(dir, 'nogo', { decision: 'no-go' })
    await makeBundle(dir, 'cond', { decision: 'conditional-go', sha: SHA_B })
    const dev = await promote(dir, 'bundles/nogo', 'dev', 0)
    expect(dev.code).toBe(1)
    expect(check(dev.report, 'gate-decision').message).toBe(
      "gate decision no-go does not meet dev's requirement (conditional-go)"
    )
    // conditional-go is enough for dev, not for staging
    expect((await promote(dir, 'bundles/cond', 'dev', 1)).code).toBe(0)
    const staging = await promote(dir, 'bundles/cond', 'staging', 2)
    expect(staging.code).toBe(1)
    expect(check(staging.report, 'gate-decision').message).toBe(
      "gate decision conditional-go does not meet staging's requirement (go)"
    )
    expect(check(staging.report, 'corridor-order').status).toBe('passed')
  })

  test('a tampered history blocks promotion and says where it breaks', async () => {
    const dir = await workspace()
    await makeBundle(dir, 'a', { decision: 'go' })
    await makeBundle(dir, 'b', { decision: 'go', sha: SHA_B })
    await promote(dir, 'bundles/a', 'dev', 0)
    await promote(dir, 'bundles/b', 'dev', 1)
    await promote(dir, 'bundles/a', 'dev', 2)
    const first = path.join(dir, '.gonogo/state/dev/000001.json')
    const text = await readFile(first, 'utf8')
    await writeFile(first, text.replace('"decision": "go"', '"decision": "conditional-go"'))
    const h = await history(dir, 'dev')
    expect(h.code).toBe(1)
    expect(h.out).toContain('chain BROKEN')
    expect(h.out).toContain(
      'broken at .gonogo/state/dev/000001.json: record changed after it was sealed'
    )
    const r = await promote(dir, 'bundles/b', 'dev', 3)
    expect(r.code).toBe(1)
    expect(check(r.report, 'history-chain').message).toMatch(
      /^the history of dev is broken at \.gonogo\/state\/dev\/000001\.json/
    )
    // a removed record breaks the numbering and the links
    await writeFile(first, text)
    await rm(path.join(dir, '.gonogo/state/dev/000002.json'))
    const gap = await history(dir, 'dev')
    expect(gap.code).toBe(1)
    expect(gap.out).toContain('000003.json: record number 3 where number 2 belongs')
    // a staging promotion reads dev's broken history: what dev runs is unknown
    const staging = await promote(dir, 'bundles/a', 'staging', 4)
    expect(check(staging.report, 'corridor-order').message).toContain(
      'the history of dev is broken'
    )
  })

  test('rollback re-promotes the previous bundle after the same checks, with its reason', async () => {
    const dir = await workspace()
    const a = await makeBundle(dir, 'a', { decision: 'go' })
    const b = await makeBundle(dir, 'b', { decision: 'go', sha: SHA_B })
    const nothing = io(dir)
    await promote(dir, 'bundles/a', 'dev', 0)
    expect(
      await main(['rollback', '--environment', 'dev', '--reason', 'x', ...AT(1)], nothing)
    ).toBe(1)
    expect(nothing.stdout).toContain('nothing to roll back to: dev has only ever run bundle')
    await promote(dir, 'bundles/b', 'dev', 2)
    const noReason = io(dir)
    expect(await main(['rollback', '--environment', 'dev', ...AT(3)], noReason)).toBe(2)
    expect(noReason.stderr).toContain('--reason')
    // the rolled-back-to bundle is verified again: a changed one is refused
    const lineage = path.join(dir, 'bundles/a/lineage.json')
    const original = await readFile(lineage)
    await writeFile(lineage, '{}')
    const changed = io(dir)
    expect(
      await main(['rollback', '--environment', 'dev', '--reason', 'x', ...AT(3)], changed)
    ).toBe(1)
    expect(changed.stdout).toContain('lineage.json: content changed')
    await writeFile(lineage, original)
    const o = io(dir)
    const code = await main(
      ['rollback', '--environment', 'dev', '--reason', 'checkout 500s after b', ...AT(4)],
      o
    )
    expect(o.stdout).toContain('rollback to dev: recorded as #3')
    expect(code).toBe(0)
    const recs = await Promise.all(
      ['000002.json', '000003.json'].map(
        async (f) =>
          JSON.parse(
            await readFile(path.join(dir, '.gonogo/state/dev', f), 'utf8')
          ) as PromotionRecord
      )
    )
    const [second, third] = recs as [PromotionRecord, PromotionRecord]
    expect(third).toMatchObject({
      kind: 'rollback',
      reason: 'checkout 500s after b',
      rollback_of: second.digest,
      previous: second.digest,
      bundle: { id: a.id, digest: a.digest, location: 'bundles/a' }
    })
    expect(second.bundle.digest).toBe(b.digest)
    // a second rollback goes further back, never forward to the bundle just rolled back
    const again = io(dir)
    expect(
      await main(['rollback', '--environment', 'dev', '--reason', 'again', ...AT(5)], again)
    ).toBe(1)
    expect(again.stdout).toContain('nothing to roll back to')
  })

  test('the same inputs at the same effective time give byte-identical records and reports', async () => {
    const outputs: string[] = []
    for (let i = 0; i < 2; i++) {
      const dir = await workspace()
      await makeBundle(dir, 'a', { decision: 'go' })
      await promote(dir, 'bundles/a', 'dev', 0)
      await promote(dir, 'bundles/a', 'staging', 1)
      outputs.push(
        (
          await Promise.all(
            [
              '.gonogo/state/dev/000001.json',
              '.gonogo/state/staging/000001.json',
              'gonogo-reports/promotion-staging.json'
            ].map((f) => readFile(path.join(dir, f), 'utf8'))
          )
        ).join('\n')
      )
    }
    expect(outputs[0]).toBe(outputs[1])
  })

  test('paths and names cannot leave the workspace', async () => {
    const dir = await workspace()
    const o = io(dir)
    expect(await main(['promote', '--bundle', 'x', '--environment', '../prod'], o)).toBe(2)
    expect(o.stderr).toContain("'../prod' is not an environment name")
    const p = io(dir)
    expect(await main(['history', '--environment', 'dev', '--state', '../elsewhere'], p)).toBe(2)
    expect(p.stderr).toContain('--state: ../elsewhere is outside the workspace')
    const q = io(dir)
    expect(await main(['promote', '--bundle', '/etc', '--environment', 'dev'], q)).toBe(2)
    expect(q.stderr).toContain('--bundle: ../')
    // nor through a symbolic link inside it
    const outside = await workspace()
    await symlink(outside, path.join(dir, '.gonogo'))
    const linked = io(dir)
    expect(await main(['history', '--environment', 'dev'], linked)).toBe(2)
    expect(linked.stderr).toContain('--state: .gonogo/state is outside the workspace')
    await rm(path.join(dir, '.gonogo'))
    // a declared-looking name that is only an Object property is not an environment
    await makeBundle(dir, 'a', { decision: 'go' })
    const proto = await promote(dir, 'bundles/a', 'constructor', 0)
    expect(proto.code).toBe(1)
    expect(check(proto.report, 'corridor-order').message).toContain(
      "environment 'constructor' is not declared"
    )
  })
})

describe('promotions racing for one environment', () => {
  test('two appends for the same record number: exactly one wins', async () => {
    const dir = await workspace()
    const store = new LocalStateStore(path.join(dir, 'state'), 'state')
    const a = await makeBundle(dir, 'a', { decision: 'go' })
    const racing = barrier(store, 2)
    const results = await Promise.all(
      ['one', 'two'].map((who) =>
        runPromotion({
          kind: 'promotion',
          environment: 'dev',
          corridor: { dev: { requires: 'go' } },
          store: racing,
          bundle: { path: a.path, artifact: null, location: who },
          rules: () => Promise.resolve({ kind: 'local' }),
          approvals: () => Promise.resolve({ kind: 'local' }),
          run: LOCAL_RUN,
          now: T0,
          fallbackSubject: { repository: 'acme/shop', sha: SHA_A }
        })
      )
    )
    expect(results.map((r) => r.recorded).sort()).toEqual([false, true])
    const loser = results.find((r) => !r.recorded)
    expect(loser?.report.checks.find((c) => c.id === 'recorded')?.message).toBe(
      'another promotion recorded dev #1 first (state/dev/000001.json); run again to promote on top of it'
    )
    expect(await readdir(path.join(dir, 'state/dev'))).toEqual(['000001.json'])
  })
})

describe('the promotion checks accept only bundles that replay (issue 16)', () => {
  const stateOf = async (dir: string, env: string): Promise<PromotionRecord> =>
    JSON.parse(
      await readFile(path.join(dir, '.gonogo/state', env, '000001.json'), 'utf8')
    ) as PromotionRecord

  test('a bundle whose summary was edited to say go before bundling verifies but does not replay: refused', async () => {
    const dir = await workspace()
    await makeBundle(dir, 'edited', { decision: 'no-go' })
    const file = path.join(dir, '.summary-edited/executive-summary.json')
    const s = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
    s.decision = 'go'
    s.status = 'passed'
    await writeFile(file, `${JSON.stringify(s)}\n`)
    await createBundle({
      workspace: dir,
      reportsDir: 'gonogo-reports',
      summaryFiles: [file],
      subject: { repository: 'acme/shop', sha: SHA_A, ref: 'refs/heads/main' },
      run: LOCAL_RUN,
      createdAt: T0,
      output: path.join(dir, 'bundles/forged'),
      signingKey: KEY
    })
    const r = await promote(dir, 'bundles/forged', 'dev', 0)
    expect(r.code).toBe(1)
    expect(check(r.report, 'bundle-verifies')).toMatchObject({ status: 'failed' })
    expect(check(r.report, 'bundle-verifies').message).toMatch(
      /^the bundle does not replay: .*decision: the bundle says go, the replay decides no-go/
    )
  })

  test('a bundle that records no inputs is refused, or accepted with --allow-unreplayable and recorded as not replayed', async () => {
    const dir = await workspace()
    const summary = path.join(dir, '.summary-old')
    await mkdir(summary, { recursive: true })
    await writeFile(
      path.join(summary, 'executive-summary.json'),
      '{"decision":"go","status":"passed"}\n'
    )
    await createBundle({
      workspace: dir,
      reportsDir: 'gonogo-reports',
      summaryFiles: [path.join(summary, 'executive-summary.json')],
      subject: { repository: 'acme/shop', sha: SHA_A, ref: 'refs/heads/main' },
      run: LOCAL_RUN,
      createdAt: T0,
      output: path.join(dir, 'bundles/old'),
      signingKey: KEY
    })
    const refused = await promote(dir, 'bundles/old', 'dev', 0)
    expect(refused.code).toBe(1)
    expect(check(refused.report, 'bundle-verifies').message).toMatch(
      /^the bundle cannot be replayed: records no inputs/
    )
    const accepted = await promote(dir, 'bundles/old', 'dev', 1, ['--allow-unreplayable'])
    expect(accepted.out).toContain('promotion to dev: recorded as #1')
    expect(check(accepted.report, 'bundle-verifies').message).toMatch(/not replayed/)
    expect((await stateOf(dir, 'dev')).bundle.replayed).toBe(false)
  })

  test('a replayed bundle is recorded as replayed', async () => {
    const dir = await workspace()
    await makeBundle(dir, 'a', { decision: 'go' })
    const r = await promote(dir, 'bundles/a', 'dev', 0)
    expect(r.code).toBe(0)
    expect((await stateOf(dir, 'dev')).bundle.replayed).toBe(true)
  })
})
