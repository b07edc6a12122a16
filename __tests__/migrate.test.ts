import { afterEach, describe, expect, test } from '@jest/globals'
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  symlink,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import { loadPolicy } from '../src/io/policy-file.js'
import { Workspace } from '../src/io/workspace.js'
import { controlIdFor } from '../src/migrate/catalog.js'
import { ownerOf, parseCodeOwners } from '../src/migrate/codeowners.js'
import { classifyArtifact, toUtcExpiry } from '../src/migrate/older-files.js'

// Origins of every fixture: __tests__/fixtures/migrate/NOTES.md.
const FIX = path.resolve('__tests__/fixtures/migrate')
const T = '2026-11-21T00:00:00Z'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()))
})

/** A temp workspace: `files` maps a workspace path to a fixture path (a folder copies its files). */
async function workspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-migrate-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  for (const [to, from] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, to)), { recursive: true })
    await cp(path.join(FIX, from), path.join(dir, to), { recursive: true })
  }
  return dir
}

/** The older layout: policy, exceptions (optional), a full set of passing reports. */
async function olderRepo(
  opts: { policy?: string; exceptions?: string; extra?: Record<string, string> } = {}
): Promise<string> {
  return workspace({
    '.github/release_gate_policy.json': opts.policy ?? 'older/release_gate_policy.json',
    ...(opts.exceptions ? { '.github/release_exceptions.json': opts.exceptions } : {}),
    artifacts: 'reports/passed',
    ...opts.extra
  })
}

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function run(cwd: string, args: string[]): Promise<Run> {
  const o = { stdout: '', stderr: '' }
  const io: Io = {
    env: {},
    cwd,
    out: (s) => {
      o.stdout += s
    },
    err: (s) => {
      o.stderr += s
    }
  }
  const code = await main(args, io)
  return { code, ...o }
}

const migrate = (dir: string, ...more: string[]): Promise<Run> =>
  run(dir, ['migrate', '--effective-time', T, ...more])

async function written(dir: string, file = '.github/gonogo.yml') {
  return loadPolicy(await Workspace.open(dir), file)
}

/** Every report the Playbook names (§2.2, §2.3, §2.4), in its order. */
const PLAYBOOK_CONTROLS = [
  'policy-bundle-lifecycle',
  'policy-gate-freshness',
  'branch-protection-policy',
  'required-status-checks-consistency',
  'workflow-embedded-python',
  'policy-promotion-readiness',
  'policy-promotion-readiness-verify',
  'governance-executive-summary',
  'runtime-governance-executive-summary',
  'github-branch-protection'
]

describe('gonogo migrate: the older gate’s real files', () => {
  test('release_gate_policy.json and release_exceptions.example.json become profiles, rules, controls and a waiver', async () => {
    const dir = await olderRepo({
      exceptions: 'older/release_exceptions.example.json',
      extra: {
        'artifacts/release_readiness_gate_report.json':
          'reports/other/release_readiness_gate_report.json',
        'artifacts/needs_context.json': 'reports/other/needs_context.json'
      }
    })
    const r = await migrate(dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^wrote \.github\/gonogo\.yml: 3 profiles, 6 select_profile rules, 14 controls, 1 waiver\n/
    )

    // Validated by the project's own loader (the same one the gate uses).
    const policy = await written(dir)
    expect(policy.profiles).toEqual({
      strict: {
        max_high: 0,
        max_medium: 0,
        description: 'From .github/release_gate_policy.json, profile strict'
      },
      transitional: {
        max_high: 0,
        max_medium: 2,
        description: 'From .github/release_gate_policy.json, profile transitional'
      },
      promotion: {
        max_high: 0,
        max_medium: 0,
        description: 'From .github/release_gate_policy.json, profile promotion'
      }
    })
    // smoke.yml: strict on a push to main/master, transitional on the other events it gates.
    expect(policy.select_profile).toEqual([
      { event: 'push', branch: 'main', profile: 'strict' },
      { event: 'push', branch: 'master', profile: 'strict' },
      { event: 'pull_request', profile: 'transitional' },
      { event: 'schedule', profile: 'transitional' },
      { event: 'workflow_dispatch', profile: 'transitional' },
      { profile: 'strict' }
    ])
    expect(policy.controls.map((c) => c.id)).toEqual([
      ...PLAYBOOK_CONTROLS,
      // read by the older gate, found in artifacts/
      'dx-metrics-slo',
      'critical-ci-trend-slo',
      'critical-ci-trend',
      // an older report neither requires
      'provenance-coverage'
    ])
    for (const c of policy.controls) {
      expect(c.severity).toBe('high')
      expect(c.source).toEqual({ report: expect.stringMatching(/^artifacts\/[a-z_]+\.json$/) })
    }
    expect(policy.controls.find((c) => c.id === 'policy-bundle-lifecycle')?.source).toEqual({
      report: 'artifacts/policy_bundle_lifecycle_report.json'
    })
    // Playbook §2.4: allow_unverified on the GitHub branch-protection control, and on the
    // consolidated summary whose one unverified input it may be (§2.3; the reader refuses others).
    expect(policy.controls.filter((c) => c.allow_unverified)).toEqual([
      expect.objectContaining({
        id: 'governance-executive-summary',
        allow_unverified: { evidence: 'evidence/github-ruleset-manual-verification.md' }
      }),
      expect.objectContaining({
        id: 'github-branch-protection',
        source: { report: 'artifacts/github_branch_protection_report.json' },
        allow_unverified: { evidence: 'evidence/github-ruleset-manual-verification.md' }
      })
    ])
    // check_id trend_slo_status reads critical_ci_trend_slo_report.json; expired ones are kept.
    expect(policy.waivers).toEqual([
      {
        control: 'critical-ci-trend-slo',
        owner: 'repo-owner',
        reason: 'bootstrap period with insufficient historical trend samples',
        expires: '2026-06-15T00:00:00Z'
      }
    ])

    const [unmapped, todo, notes] = sections(r.stdout)
    for (const what of [
      'allow_trend_unverified (true in transitional, promotion)',
      'durability_advanced_min_expected_tests (14 in strict, transitional, promotion)',
      'durability_advanced_min_expected_scenarios (3 in strict, transitional, promotion)',
      'dx_allowed_slo_statuses',
      'trend_allowed_slo_statuses',
      'required_jobs ([] in promotion)',
      'job_result:<job> checks (pin_drift_guard, smoke, contracts',
      'the older gate also required smoke_report.json (smoke_report_present, smoke_report_failed_zero)'
    ])
      expect(unmapped).toContain(what)
    expect(notes).toContain(
      'governance-executive-summary consolidates github_branch_protection_report.json'
    )
    expect(unmapped).toContain('required status checks (branches.<branch>.required_checks')
    expect(unmapped).toContain('["pass","passed"] (strict, transitional, promotion): same verdicts')
    expect(todo).toContain(
      'expired at 2026-06-15T00:00:00Z; kept as a waiver on critical-ci-trend-slo. gonogo blocks on an expired waiver'
    )
    expect(todo).toContain(
      'following docs/GITHUB_RULESET_RUNBOOK.md, create evidence/github-ruleset-manual-verification.md'
    )
    expect(todo).toContain('gonogo gate --profile promotion')
    expect(notes).toContain(
      'artifacts/needs_context.json: no control (no contract and no verdict field'
    )
    expect(notes).toContain(
      "artifacts/release_readiness_gate_report.json: no control (the older gate's own decision, which gonogo replaces)"
    )
    expect(notes).toContain('select_profile follows .github/workflows/smoke.yml')
    expect(notes).toContain('trend_slo_status → critical-ci-trend-slo')
  })

  test('the other stored version of release_gate_policy.json: a "breach" the older gate passed is named', async () => {
    const dir = await olderRepo({ policy: 'older/release_gate_policy.df03183.json' })
    const r = await migrate(dir)
    expect(r.code).toBe(0)
    const [unmapped] = sections(r.stdout)
    expect(unmapped).toContain(
      '["pass","passed","breach"] (transitional): "breach" passed in the older gate but not here'
    )
    expect(unmapped).toContain('required_jobs (["pin_drift_guard","smoke","contracts"')
    expect(unmapped).not.toContain('allow_trend_unverified')
    expect((await written(dir)).profiles?.transitional).toMatchObject({
      max_high: 0,
      max_medium: 2
    })
  })

  test('hand-written exceptions: an expired one is kept, a job_result one is dropped, a future one maps', async () => {
    const expired = await olderRepo({ exceptions: 'older/release_exceptions.expired.json' })
    const r = await migrate(expired)
    expect(r.code).toBe(0)
    expect((await written(expired)).waivers).toEqual([
      expect.objectContaining({ control: 'critical-ci-trend-slo', expires: '2026-01-31T00:00:00Z' })
    ])
    const [unmapped, todo] = sections(r.stdout)
    expect(unmapped).toContain(
      'exceptions[1] (job_result:runtime_canary, approved by repo-owner): gonogo does not check job results'
    )
    expect(todo).toContain('expired at 2026-01-31T00:00:00Z')

    const future = await olderRepo({ exceptions: 'older/release_exceptions.future.json' })
    expect((await migrate(future)).code).toBe(0)
    expect((await written(future)).waivers).toEqual([
      {
        control: 'dx-metrics-slo',
        owner: '@acme/release-owner',
        reason: 'docs parity below 1.0 while the new quickstart is reviewed',
        expires: '2027-03-31T00:00:00Z'
      }
    ])
  })

  test('a waiver on a report only the older gate read makes its control even when the report is absent', async () => {
    const dir = await workspace({
      '.github/release_gate_policy.json': 'older/release_gate_policy.json'
    })
    await writeFile(
      path.join(dir, '.github/release_exceptions.json'),
      JSON.stringify({
        exceptions: [
          {
            check_id: 'smoke_report_failed_zero',
            approved_by: 'qa',
            reason: 'flaky',
            expires_at: '2027-01-15'
          }
        ]
      })
    )
    const r = await migrate(dir)
    expect(r.code).toBe(0)
    const policy = await written(dir)
    expect(policy.controls.map((c) => c.id)).toEqual([...PLAYBOOK_CONTROLS, 'smoke'])
    // A bare date meant its first instant to the older gate, the whole day to gonogo.
    expect(policy.waivers).toEqual([
      { control: 'smoke', owner: 'qa', reason: 'flaky', expires: '2027-01-15T00:00:00Z' }
    ])
    expect(sections(r.stdout)[2]).toContain('artifacts/ does not exist')
  })

  test('owners from CODEOWNERS and runbooks that exist in the workspace', async () => {
    const dir = await olderRepo({ extra: { '.github/CODEOWNERS': 'older/CODEOWNERS' } })
    await mkdir(path.join(dir, 'docs'))
    await writeFile(path.join(dir, 'docs/GITHUB_RULESET_RUNBOOK.md'), '# runbook\n')
    await writeFile(path.join(dir, 'docs/PRODUCTION_READINESS.md'), '# playbook\n')
    expect((await migrate(dir)).code).toBe(0)
    const controls = (await written(dir)).controls
    expect(controls.every((c) => c.owner === '@gfernandf')).toBe(true)
    const runbook = (id: string): string | undefined => controls.find((c) => c.id === id)?.runbook
    expect(runbook('github-branch-protection')).toBe('docs/GITHUB_RULESET_RUNBOOK.md')
    expect(runbook('policy-bundle-lifecycle')).toBe('docs/PRODUCTION_READINESS.md')
    expect(runbook('dx-metrics-slo')).toBeUndefined()
  })
})

describe('gonogo migrate: fail closed where the older files leave a gap', () => {
  test('no strict or transitional profile: strict is added with the older defaults and used', async () => {
    const dir = await olderRepo()
    await writeFile(
      path.join(dir, '.github/release_gate_policy.json'),
      JSON.stringify({ profiles: { nightly: { max_medium_failures: 5 } } })
    )
    const r = await migrate(dir)
    expect(r.code).toBe(0)
    const policy = await written(dir)
    expect(policy.profiles).toEqual({
      nightly: expect.objectContaining({ max_high: 0, max_medium: 5 }),
      strict: expect.objectContaining({ max_high: 0, max_medium: 0 })
    })
    expect(new Set(policy.select_profile?.map((s) => s.profile))).toEqual(new Set(['strict']))
    const [unmapped, , notes] = sections(r.stdout)
    expect(unmapped).toContain('has no strict profile')
    expect(unmapped).toContain('has no transitional profile')
    expect(notes).toContain('profile nightly is carried over but no rule selects it')
    expect(notes).toContain('profile nightly: max_high_failures not set')
  })

  test('gonogo migrate --help', async () => {
    const r = await run(process.cwd(), ['migrate', '--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('--artifacts DIR')
    expect((await run(process.cwd(), ['--help'])).stdout).toContain('gonogo migrate [options]')
  })
})

describe('gonogo migrate: output', () => {
  test('deterministic: same inputs give the same bytes, whatever the time', async () => {
    const dir = await olderRepo({ exceptions: 'older/release_exceptions.example.json' })
    expect((await migrate(dir)).code).toBe(0)
    const first = await readFile(path.join(dir, '.github/gonogo.yml'))
    const again = await run(dir, ['migrate', '--force', '--effective-time', '2026-01-01T00:00:00Z'])
    expect(again.code).toBe(0)
    expect((await readFile(path.join(dir, '.github/gonogo.yml'))).equals(first)).toBe(true)
    expect(first.toString()).toMatch(
      /^# Written by gonogo migrate from \.github\/release_gate_policy\.json/
    )
  })

  test('refuses to overwrite an existing output without --force', async () => {
    const dir = await olderRepo()
    await writeFile(path.join(dir, '.github/gonogo.yml'), 'version: 1\ncontrols: []\n')
    const r = await migrate(dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('.github/gonogo.yml exists; nothing was written. Pass --force')
    expect(await readFile(path.join(dir, '.github/gonogo.yml'), 'utf8')).toBe(
      'version: 1\ncontrols: []\n'
    )
    expect((await migrate(dir, '--force')).code).toBe(0)
    expect((await written(dir)).controls.length).toBeGreaterThan(0)
  })

  test('--output elsewhere, and paths confined to the workspace', async () => {
    const dir = await olderRepo()
    expect((await migrate(dir, '--output', 'migrated/gonogo.yml')).code).toBe(0)
    expect((await written(dir, 'migrated/gonogo.yml')).version).toBe(1)

    for (const args of [
      ['--output', '../gonogo.yml'],
      ['--policy', '/etc/passwd'],
      ['--artifacts', '../..']
    ]) {
      const r = await migrate(dir, ...args)
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/outside the workspace/)
    }
    const outside = await mkdtemp(path.join(os.tmpdir(), 'gonogo-outside-'))
    cleanups.push(() => rm(outside, { recursive: true, force: true }))
    await symlink(outside, path.join(dir, 'linked'))
    const r = await migrate(dir, '--artifacts', 'linked')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--artifacts linked: leads outside the workspace')
  })
})

describe('gonogo migrate: malformed or missing inputs exit 2 with the file, line and field', () => {
  const noStack = (r: Run): void => {
    expect(r.code).toBe(2)
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(r.stderr.startsWith('gonogo: ')).toBe(true)
  }

  test('a JSON syntax error in the policy', async () => {
    const dir = await olderRepo()
    await writeFile(
      path.join(dir, '.github/release_gate_policy.json'),
      '{\n  "profiles": {\n    "strict": { "max_high_failures": 0, }\n  }\n}\n'
    )
    const r = await migrate(dir)
    noStack(r)
    expect(r.stderr).toMatch(
      /^gonogo: \.github\/release_gate_policy\.json:3: not valid JSON at line 3/
    )
    expect(r.stderr).toContain('fix the older gate policy and run gonogo migrate again')
  })

  test('a mistyped limit names the field and its line', async () => {
    const dir = await olderRepo()
    const text = (await readFile(path.join(FIX, 'older/release_gate_policy.json'), 'utf8')).replace(
      '"max_medium_failures": 2',
      '"max_medium_failures": "2"'
    )
    await writeFile(path.join(dir, '.github/release_gate_policy.json'), text)
    const r = await migrate(dir)
    noStack(r)
    expect(r.stderr).toContain(
      '.github/release_gate_policy.json:18:30: profiles.transitional.max_medium_failures: must be a whole number ≥ 0, found string "2"'
    )
  })

  test('an exception without approved_by, and one with an unreadable expires_at', async () => {
    const dir = await olderRepo()
    await writeFile(
      path.join(dir, '.github/release_exceptions.json'),
      '{\n  "exceptions": [\n    { "check_id": "trend_slo_status", "reason": "r", "expires_at": "2026-06-15T00:00:00Z" }\n  ]\n}\n'
    )
    let r = await migrate(dir)
    noStack(r)
    expect(r.stderr).toContain(
      '.github/release_exceptions.json:3:5: exceptions[0]: missing required field "approved_by"'
    )
    await writeFile(
      path.join(dir, '.github/release_exceptions.json'),
      JSON.stringify({
        exceptions: [{ check_id: 'x', approved_by: 'a', reason: 'r', expires_at: 'next Friday' }]
      })
    )
    r = await migrate(dir)
    noStack(r)
    expect(r.stderr).toContain('exceptions[0].expires_at: "next Friday" is not a UTC ISO-8601 time')
    expect(r.stderr).toContain('write it as 2026-06-15T00:00:00Z')
  })

  test('a truncated report in the artifacts folder', async () => {
    const dir = await olderRepo()
    await writeFile(path.join(dir, 'artifacts/smoke_report.json'), '{"total": 3, "passed": 3,')
    const r = await migrate(dir)
    noStack(r)
    expect(r.stderr).toMatch(/^gonogo: artifacts\/smoke_report\.json:1: not valid JSON/)
  })

  test('a missing policy, an explicit missing exceptions file or artifacts folder', async () => {
    const dir = await workspace({ artifacts: 'reports/passed' })
    let r = await migrate(dir)
    noStack(r)
    expect(r.stderr).toContain(
      '.github/release_gate_policy.json: file not found; pass --policy FILE'
    )
    await mkdir(path.join(dir, 'old'))
    await cp(path.join(FIX, 'older/release_gate_policy.json'), path.join(dir, 'old/policy.json'))
    r = await migrate(dir, '--policy', 'old/policy.json', '--exceptions', 'old/exceptions.json')
    noStack(r)
    expect(r.stderr).toContain('exceptions file old/exceptions.json: file not found')
    r = await migrate(dir, '--policy', 'old/policy.json', '--artifacts', 'reports')
    noStack(r)
    expect(r.stderr).toContain('--artifacts reports: no such folder')
    expect((await migrate(dir, '--policy', 'old/policy.json')).code).toBe(0)
  })
})

// These run the gate on the migrated policy over the older reports. They need the gate's
// reader for older reports (src/parsers/report-json.ts, being finished by the lead): without
// it a report with a `contract` of its own is "unknown contract" and every decision is no-go.
describe('the gate on the migrated policy judges older reports as the Playbook does', () => {
  async function gate(dir: string, ...args: string[]): Promise<{ code: number; summary: Summary }> {
    const r = await run(dir, ['gate', '--output', 'out', '--effective-time', T, ...args])
    const summary = JSON.parse(
      await readFile(path.join(dir, 'out/executive-summary.json'), 'utf8')
    ) as Summary
    return { code: r.code, summary }
  }
  const PUSH_MAIN = ['--event', 'push', '--branch', 'main']
  const PULL_REQUEST = ['--event', 'pull_request', '--branch', 'main']
  const statusOf = (s: Summary, id: string): string | undefined =>
    s.controls.find((c) => c.id === id)?.status

  test('every report passed: go (Playbook §2)', async () => {
    const dir = await olderRepo({ exceptions: 'older/release_exceptions.future.json' })
    expect((await migrate(dir)).code).toBe(0)
    const { code, summary } = await gate(dir, ...PUSH_MAIN)
    expect(summary.controls.filter((c) => c.status !== 'passed')).toEqual([])
    expect(summary.profile.name).toBe('strict')
    expect(summary.decision).toBe('go')
    expect(code).toBe(0)
  })

  test('reports as `gh run download -D artifacts` lays them out, one folder per artifact: go', async () => {
    const dir = await olderRepo({ exceptions: 'older/release_exceptions.future.json' })
    const art = path.join(dir, 'artifacts')
    for (const f of await readdir(art)) {
      await mkdir(path.join(art, `${f.replace(/\.json$/, '')}-artifact`))
      await rename(path.join(art, f), path.join(art, `${f.replace(/\.json$/, '')}-artifact`, f))
    }
    expect((await migrate(dir)).code).toBe(0)
    const policy = await written(dir)
    expect(policy.controls.map((c) => c.source)).toContainEqual({
      report: 'artifacts/**/policy_bundle_lifecycle_report.json'
    })
    const { code, summary } = await gate(dir, ...PUSH_MAIN)
    expect(summary.controls.filter((c) => c.status !== 'passed')).toEqual([])
    expect(summary.decision).toBe('go')
    expect(code).toBe(0)
  })

  test('a DX SLO breach under an approved, unexpired exception: conditional-go on a pull request, no-go on a push to main', async () => {
    // Release Exceptions Policy §4: the exception lowers the high failure to medium; transitional
    // tolerates 2 medium failures, strict none (the older gate decided the same).
    const dir = await olderRepo({
      exceptions: 'older/release_exceptions.future.json',
      extra: { 'artifacts/dx_metrics_slo_report.json': 'reports/failed/dx_metrics_slo_report.json' }
    })
    expect((await migrate(dir)).code).toBe(0)
    const pr = await gate(dir, ...PULL_REQUEST)
    expect(statusOf(pr.summary, 'dx-metrics-slo')).toBe('failed')
    expect(pr.summary.profile.name).toBe('transitional')
    expect(pr.summary.decision).toBe('conditional-go')
    expect(pr.code).toBe(0)
    const push = await gate(dir, ...PUSH_MAIN)
    expect(push.summary.decision).toBe('no-go')
    expect(push.code).toBe(1)
  })

  test('an expired exception, kept as a waiver, blocks: no-go', async () => {
    const dir = await olderRepo({ exceptions: 'older/release_exceptions.expired.json' })
    expect((await migrate(dir)).code).toBe(0)
    const { summary } = await gate(dir, ...PULL_REQUEST)
    expect(summary.blockers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          control: 'critical-ci-trend-slo',
          kind: 'expired-waiver',
          severity: 'high'
        })
      ])
    )
    expect(summary.decision).toBe('no-go')
  })

  test('a failed governance artifact: no-go (Playbook §2.2: acceptable only with status = passed)', async () => {
    const dir = await olderRepo({
      extra: {
        'artifacts/policy_gate_freshness_report.json':
          'reports/failed/policy_gate_freshness_report.json'
      }
    })
    expect((await migrate(dir)).code).toBe(0)
    const { summary } = await gate(dir, ...PULL_REQUEST)
    expect(statusOf(summary, 'policy-gate-freshness')).toBe('failed')
    expect(summary.decision).toBe('no-go')
  })

  test('GitHub branch protection unverified: go with the manual evidence, no-go without it (Playbook §2.4)', async () => {
    const dir = await olderRepo({
      extra: {
        'artifacts/github_branch_protection_report.json':
          'reports/unverified/github_branch_protection_report.json'
      }
    })
    expect((await migrate(dir)).code).toBe(0)
    const without = await gate(dir, ...PUSH_MAIN)
    expect(statusOf(without.summary, 'github-branch-protection')).toBe('unverified')
    expect(without.summary.decision).toBe('no-go')
    await cp(path.join(FIX, 'evidence'), path.join(dir, 'evidence'), { recursive: true })
    const withEvidence = await gate(dir, ...PUSH_MAIN)
    expect(withEvidence.summary.decision).toBe('go')
  })
})

describe('migrate building blocks', () => {
  test('control ids are the kebab-case of the report kind', () => {
    expect(controlIdFor('policy_bundle_lifecycle_report.json')).toBe('policy-bundle-lifecycle')
    expect(controlIdFor('governance_executive_summary.json')).toBe('governance-executive-summary')
    expect(controlIdFor('runtime_coverage.json')).toBe('runtime-coverage')
    expect(controlIdFor('smoke_report.json')).toBe('smoke')
    expect(controlIdFor('__.json')).toBeUndefined()
  })

  test('expires_at is read as the older gate read it (UTC when no offset)', () => {
    expect(toUtcExpiry('2026-06-15T00:00:00Z')).toEqual({
      text: '2026-06-15T00:00:00Z',
      ms: Date.parse('2026-06-15T00:00:00Z')
    })
    expect(toUtcExpiry('2026-06-15')?.text).toBe('2026-06-15T00:00:00Z')
    expect(toUtcExpiry('2026-06-15 08:30')?.text).toBe('2026-06-15T08:30:00Z')
    expect(toUtcExpiry('2026-06-15T08:30:00+02:00')?.ms).toBe(Date.parse('2026-06-15T06:30:00Z'))
    expect(toUtcExpiry('2026-02-30T00:00:00Z')).toBeUndefined()
    expect(toUtcExpiry('15/06/2026')).toBeUndefined()
  })

  test('CODEOWNERS: the last matching line wins', () => {
    const rules = parseCodeOwners(
      '* @all\ntooling/ @tools # scripts\n/docs/*.md @docs\ntooling/legacy.py\n'
    )
    expect(ownerOf(rules, 'tooling/verify_x.py')).toBe('@tools')
    expect(ownerOf(rules, 'a/tooling/verify_x.py')).toBe('@tools')
    expect(ownerOf(rules, 'docs/a.md')).toBe('@docs')
    expect(ownerOf(rules, 'docs/sub/a.md')).toBe('@all')
    expect(ownerOf(rules, 'tooling/legacy.py')).toBeUndefined()
  })

  test('older reports are told from other JSON files', () => {
    expect(
      classifyArtifact('{"contract":"policy_gate_freshness_v1","status":"passed"}', 'a/x.json').kind
    ).toBe('older-report')
    expect(classifyArtifact('{"slo_status":"pass"}', 'a/x.json').kind).toBe('older-report')
    expect(classifyArtifact('{"total":3,"passed":3,"failed":0}', 'a/x.json').kind).toBe(
      'older-report'
    )
    expect(classifyArtifact('{"coverage_ratio":1.0}', 'a/x.json').kind).toBe('older-report')
    expect(
      classifyArtifact('{"contract":"release_readiness_gate_v1","decision":"go"}', 'a/x.json').kind
    ).toBe('gate-report')
    expect(classifyArtifact('{"smoke":{"result":"success"}}', 'a/x.json').kind).toBe('not-a-report')
    expect(classifyArtifact('[1]', 'a/x.json').kind).toBe('not-a-report')
  })
})

interface Summary {
  decision: string
  profile: { name: string }
  controls: { id: string; status: string }[]
  blockers: { control: string; kind: string; severity: string }[]
}

/** The printed "could not map", "to do" and "notes" sections. */
function sections(stdout: string): [string, string, string] {
  const part = (title: string): string => {
    const m = new RegExp(`^${title} \\(\\d+\\):\\n((?:  - .*\\n)*)`, 'm').exec(stdout)
    return m?.[1] ?? ''
  }
  return [part('could not map'), part('to do'), part('notes')]
}
