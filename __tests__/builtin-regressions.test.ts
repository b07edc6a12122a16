import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BuiltinContext } from '../src/checks/builtin-contract.js'
import { computeCiTrend } from '../src/checks/ci-trend/compute.js'
import { DEFAULT_SLO } from '../src/checks/ci-trend/model.js'
import { runPolicyFreshness } from '../src/checks/policy-freshness/run.js'
import { runReplayDeterminism } from '../src/checks/replay-determinism/run.js'
import { runWorkflowLint } from '../src/checks/workflow-lint/run.js'
import { runGate } from '../src/gate/run-gate.js'
import { workspaceWithFacts } from './support/facts-repo.js'
import { writeIn } from './support/temp-workspace.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-breg-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function ctx(settings: unknown): Promise<BuiltinContext> {
  return {
    ...(await workspaceWithFacts(dir)),
    policy: { version: 1, controls: [] },
    settings,
    subject: { repository: 'acme/shop', sha: 'a'.repeat(40), ref: '' },
    effectiveTime: Date.parse('2026-11-21T00:00:00Z'),
    log: () => undefined
  }
}

const WORKFLOW = `name: ci
on: push
permissions: { contents: read }
jobs:
  test:
    name: Unit tests
    runs-on: ubuntu-latest
    strategy: { matrix: { shard: [a, b] } }
    steps:
      - run: |
          python3 - <<'PY'
          print("hello")
          PY
`

describe('review findings in the built-in checks', () => {
  test('workflow-lint never imports Python modules planted in the workspace', async () => {
    await writeIn(dir, '.github/workflows/ci.yml', WORKFLOW)
    await writeIn(
      dir,
      'json.py',
      `open(${JSON.stringify(path.join(dir, 'PWNED'))}, 'w').write('x')\n`
    )
    await writeIn(
      dir,
      'sys.py',
      `open(${JSON.stringify(path.join(dir, 'PWNED'))}, 'w').write('x')\n`
    )
    const r = await runWorkflowLint(await ctx({}))
    expect(existsSync(path.join(dir, 'PWNED'))).toBe(false)
    expect(r.checks.find((c) => c.id === 'script-syntax')?.status).toBe('passed')
  })

  test('the replay command gets no tokens or action inputs', async () => {
    process.env.INPUT_TOKEN = 'ghs_secret_input'
    process.env.GITHUB_TOKEN = 'ghs_secret_env'
    try {
      // The run fails (exit 1) if any variable holds the secret; the pattern is split so the
      // command text itself does not contain it.
      const r = await runReplayDeterminism(
        await ctx({
          command: 'mkdir -p out && echo ok > out/ok.txt && ! env | grep -q "ghs_""secret"',
          outputs: ['out/ok.txt'],
          runs: 2,
          source_date_epoch: 1700000000
        })
      )
      expect(r.checks.filter((c) => c.status !== 'passed')).toEqual([])
      expect(JSON.stringify(r)).not.toContain(os.tmpdir() + '/gonogo-replay-')
    } finally {
      delete process.env.INPUT_TOKEN
      delete process.env.GITHUB_TOKEN
    }
  })

  test('a required job whose checks show under another name fails in policy-freshness', async () => {
    await writeIn(dir, '.github/workflows/ci.yml', WORKFLOW)
    const r = await runPolicyFreshness(await ctx({ required_jobs: ['test', 'Unit tests (a)'] }))
    const byId = Object.fromEntries(r.checks.map((c) => [c.id, c]))
    expect(byId['required-job:test']?.status).toBe('failed')
    expect(byId['required-job:test']?.message).toContain("'Unit tests (a)'")
    expect(byId['required-job:Unit tests (a)']?.status).toBe('passed')
  })

  test('ci-trend with no completed pass or fail is unverified even when min_samples is 0', () => {
    const runs = [
      {
        workflow: 'ci.yml',
        id: 1,
        number: 1,
        head_sha: 'a',
        created_at: '2026-11-01T00:00:00Z',
        attempts: 1,
        jobs: { test: [{ attempt: 1, conclusion: 'cancelled' }] }
      }
    ]
    const r = computeCiTrend(
      {
        window: 20,
        jobs: [{ workflow: 'ci.yml', job: 'test' }],
        slo: { ...DEFAULT_SLO, min_samples: 0 }
      },
      [{ workflow: 'ci.yml', runs }]
    )
    expect(r.checks.find((c) => c.id === 'ci.yml/test/samples')?.status).toBe('unverified')
  })

  test('two controls naming one built-in check share one run of it', async () => {
    await writeIn(
      dir,
      '.github/gonogo.yml',
      `version: 1
controls:
  - { id: replay-a, severity: high, source: { builtin: replay-determinism } }
  - { id: replay-b, severity: medium, source: { builtin: replay-determinism } }
checks:
  replay-determinism:
    command: 'mkdir -p out && echo x > out/x.txt && echo run >> "$COUNTER"'
    outputs: ['out/x.txt']
    env: { COUNTER: '${path.join(dir, 'counter.txt')}' }
`
    )
    const r = await runGate({
      workspace: dir,
      config: '.github/gonogo.yml',
      reports: 'gonogo-reports',
      output: path.join(dir, 'out-gate'),
      effectiveTime: Date.parse('2026-11-21T00:00:00Z'),
      sha: 'a'.repeat(40),
      repository: 'acme/shop',
      ref: '',
      event: 'push',
      branch: 'main'
    })
    expect(r.summary.decision).toBe('go')
    expect((await readFile(path.join(dir, 'counter.txt'), 'utf8')).trim().split('\n')).toHaveLength(
      2
    )
  })
})
