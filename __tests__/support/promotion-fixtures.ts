import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { LOCAL_RUN } from '../../src/core/bundle-manifest.js'
import type { AppendResult, PromotionStore } from '../../src/core/promotion-store.js'
import { createBundle } from '../../src/io/bundle-create.js'
import { runGate } from '../../src/gate/run-gate.js'

export const SHA_A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
export const SHA_B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'
export const KEY = 'promotion signing key'
export const T0 = Date.parse('2026-11-21T09:00:00Z')

/** The corridor of the tests: dev takes fresh bundles, staging from dev, prod from staging. */
export const CORRIDOR_POLICY = `version: 1
controls:
  - id: unit-tests
    source: { junit: 'test-results/*.xml' }
    severity: high
environments:
  dev: { requires: conditional-go }
  staging: { from: dev, requires: go }
  prod: { from: staging, requires: go, reviewers: 2, prevent_self_review: true }
`

export interface TestBundle {
  path: string
  id: string
  digest: string
}

/** A temp repository folder with the corridor policy and a reports folder. */
export async function corridorWorkspace(
  policy = CORRIDOR_POLICY
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-promote-'))
  await mkdir(path.join(dir, '.github'), { recursive: true })
  await writeFile(path.join(dir, '.github/gonogo.yml'), policy)
  await mkdir(path.join(dir, 'gonogo-reports'), { recursive: true })
  await writeFile(
    path.join(dir, 'gonogo-reports/unit-tests.json'),
    '{"control":"unit-tests","status":"passed"}\n'
  )
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/**
 * A gate policy and report of its own for one bundle, so that a real gate run decides `decision`:
 * a passed report (go), a failed medium one waived (conditional-go), a failed one (no-go).
 */
async function gateFor(ws: string, name: string, decision: string): Promise<string> {
  const dir = path.join(ws, `.gate-${name}`)
  await mkdir(dir, { recursive: true })
  const failed = decision !== 'go'
  await writeFile(
    path.join(dir, 'r.json'),
    `${JSON.stringify({ status: failed ? 'failed' : 'passed', checks: [{ check_id: 'c', passed: !failed }] })}\n`
  )
  const waiver =
    decision === 'conditional-go'
      ? "waivers:\n  - { control: c, owner: '@alice', reason: known, expires: 2027-06-30 }\n"
      : ''
  await writeFile(
    path.join(dir, 'policy.yml'),
    `version: 1\ncontrols:\n  - { id: c, severity: ${waiver ? 'medium' : 'high'}, source: { report: .gate-${name}/r.json } }\n${waiver}`
  )
  return `.gate-${name}/policy.yml`
}

/**
 * A real bundle (signed with KEY) of a real gate run that decided `decision` (go, conditional-go
 * or no-go): it replays, as the promotion checks require.
 */
export async function makeBundle(
  ws: string,
  name: string,
  opts: {
    decision: string
    sha?: string
    repository?: string
    createdAt?: number
    lineageProblems?: { code: string; message: string }[]
  }
): Promise<TestBundle> {
  const summary = path.join(ws, `.summary-${name}`)
  const gate = await runGate({
    workspace: ws,
    config: await gateFor(ws, name, opts.decision),
    reports: 'gonogo-reports',
    output: summary,
    effectiveTime: opts.createdAt ?? T0,
    sha: opts.sha ?? SHA_A,
    repository: opts.repository ?? 'acme/shop',
    ref: 'refs/heads/main',
    event: 'push',
    branch: 'main'
  })
  if (gate.summary.decision !== opts.decision)
    throw new Error(`the fixture's gate decided ${gate.summary.decision}, not ${opts.decision}`)
  const r = await createBundle({
    workspace: ws,
    reportsDir: 'gonogo-reports',
    summaryFiles: [path.join(summary, 'executive-summary.json')],
    lineage: { name, ...(opts.lineageProblems ? { problems: opts.lineageProblems } : {}) },
    subject: {
      repository: opts.repository ?? 'acme/shop',
      sha: opts.sha ?? SHA_A,
      ref: 'refs/heads/main'
    },
    run: LOCAL_RUN,
    createdAt: opts.createdAt ?? T0,
    output: path.join(ws, 'bundles', name),
    signingKey: KEY
  })
  return { path: r.path, id: r.bundleId, digest: r.digest }
}

/** A store whose appends wait until `n` histories were read: the promotions truly race. */
export function barrier(store: PromotionStore, n: number): PromotionStore {
  let reads = 0
  let release: () => void = () => undefined
  const allRead = new Promise<void>((r) => {
    release = r
  })
  return {
    describe: store.describe,
    history: async (env) => {
      const h = await store.history(env)
      if (++reads >= n) release()
      return h
    },
    append: async (record): Promise<AppendResult> => {
      await allRead
      return store.append(record)
    },
    refuse: (record, why) => store.refuse(record, why)
  }
}
