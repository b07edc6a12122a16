import { afterEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import picomatch from 'picomatch'
import { INIT_USAGE, tryIt } from '../src/cli/init.js'
import { stableStringify } from '../src/core/canonical-json.js'
import {
  branchPolicyFrom,
  controlIdForFile,
  planInit,
  type InitFindings
} from '../src/core/init-plan.js'
import { fromRules, noProtection } from '../src/core/protection.js'
import { makeReport } from '../src/core/report.js'
import { loadPolicy } from '../src/io/policy-file.js'
import { Workspace } from '../src/io/workspace.js'
import { startGitHubFake } from './support/github-fake.js'
import {
  ADMIN_TOKEN,
  CI_WORKFLOW,
  DEFAULT_TOKEN,
  OWNER,
  REPO,
  seedMatchingRules
} from './support/rules-scenario.js'
import { FAILING_JUNIT, writeIn } from './support/temp-workspace.js'

// The older scripts' files are the migrate fixtures (origins: __tests__/fixtures/migrate/NOTES.md).
const MIGRATE_FIX = path.resolve('__tests__/fixtures/migrate')
const T = ['--effective-time', '2026-11-21T00:00:00Z']
const POLICY = '.github/gonogo.yml'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()))
})

async function tempRepo(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-init-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  return dir
}

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function run(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const o = { stdout: '', stderr: '' }
  const io: Io = {
    env,
    cwd,
    out: (s) => void (o.stdout += s),
    err: (s) => void (o.stderr += s)
  }
  const code = await main(args, io)
  return { code, ...o }
}

interface Summary {
  decision: string
  controls: { id: string; status: string }[]
  blockers: { control: string; reason: string }[]
  profile: { name: string }
}

async function gate(dir: string, ...args: string[]): Promise<Run & { summary: Summary }> {
  const r = await run(dir, ['gate', '--output', 'out', ...T, ...args])
  expect(r.stderr).toBe('')
  const summary = JSON.parse(
    await readFile(path.join(dir, 'out/executive-summary.json'), 'utf8')
  ) as Summary
  return { ...r, summary }
}

const loaded = async (dir: string) => loadPolicy(await Workspace.open(dir), POLICY)

const PASSING_JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="2" failures="0" errors="0">
  <testsuite name="cart" tests="2" failures="0" errors="0">
    <testcase classname="cart" name="adds an item"/>
    <testcase classname="cart" name="removes an item"/>
  </testsuite>
</testsuites>
`

const CLEAN_SARIF = JSON.stringify({
  version: '2.1.0',
  runs: [{ tool: { driver: { name: 'CodeQL', rules: [] } }, results: [] }]
})

const passedReport = (control: string): string =>
  `${stableStringify(
    makeReport({
      control,
      subject: { repository: `${OWNER}/${REPO}`, sha: 'a'.repeat(40) },
      generatedAt: '2026-11-20T00:00:00.000Z',
      generator: 'test',
      checks: [{ id: 'ok', status: 'passed', message: 'fine' }]
    })
  )}\n`

describe('gonogo init on a fresh repository', () => {
  test('writes a starter that loads, gates no-go until tests write JUnit XML, then go', async () => {
    const dir = await tempRepo()
    const r = await run(dir, ['init'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`wrote ${POLICY}: 1 control (tests)`)
    // No token: branches: is left to fill in, and the user is told why.
    expect(r.stdout).toContain('branches: not written: no GITHUB_TOKEN')
    // The workflow jobs to add, with their permissions.
    expect(r.stdout).toContain('uses: actions/upload-artifact@v4')
    expect(r.stdout).toContain('action-ruleset-verify@v1')
    expect(r.stdout).toContain('action-gate@v1')
    expect(r.stdout).toContain(
      'permissions: { contents: read, pull-requests: write, checks: write }'
    )
    expect(r.stdout).toContain('Make gonogo-gate a required status check on main')

    const policy = await loaded(dir)
    expect(policy.profiles).toEqual({
      strict: expect.objectContaining({ max_high: 0, max_medium: 0 }),
      transitional: expect.objectContaining({ max_high: 0, max_medium: 2 })
    })
    expect(policy.select_profile?.at(-1)).toEqual({ profile: 'strict' })
    expect(policy.controls).toEqual([
      { id: 'tests', source: { junit: 'test-results/**/*.xml' }, severity: 'high' }
    ])
    expect(policy.branches).toBeUndefined()
    const text = await readFile(path.join(dir, POLICY), 'utf8')
    // editors validate it against the schema README "The policy file" names
    expect(text).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/raw\.githubusercontent\.com\/acme\/gonogo\/v1\/schemas\/gonogo\.schema\.json\n# gonogo policy, written by `gonogo init`/
    )
    expect(await readFile('README.md', 'utf8')).toContain(text.split('\n')[0])
    expect(text).toContain('# branches:')

    let g = await gate(dir)
    expect(g.code).toBe(1)
    expect(g.summary.decision).toBe('no-go')
    expect(g.summary.blockers.map((b) => b.control)).toEqual(['tests'])

    await writeIn(dir, 'test-results/unit/junit.xml', PASSING_JUNIT)
    g = await gate(dir)
    expect(g.summary.decision).toBe('go')
    expect(g.code).toBe(0)
  })

  test('never overwrites without --force; --force writes the same bytes again', async () => {
    const dir = await tempRepo()
    expect((await run(dir, ['init'])).code).toBe(0)
    const first = await readFile(path.join(dir, POLICY), 'utf8')
    await writeIn(dir, POLICY, 'version: 1\ncontrols: [{ id: mine, severity: high }]\n')
    const again = await run(dir, ['init'])
    expect(again.code).toBe(2)
    expect(again.stderr).toContain(`${POLICY} exists; nothing was written. Pass --force`)
    expect(again.stdout).toBe('')
    expect(await readFile(path.join(dir, POLICY), 'utf8')).toContain('id: mine')

    const forced = await run(dir, ['init', '--force'])
    expect(forced.code).toBe(0)
    expect(await readFile(path.join(dir, POLICY), 'utf8')).toBe(first)
  })

  test('--output elsewhere, and usage errors name what is wrong', async () => {
    const dir = await tempRepo()
    expect((await run(dir, ['init', '--output', 'policy/gonogo.yml'])).code).toBe(0)
    expect((await loadPolicy(await Workspace.open(dir), 'policy/gonogo.yml')).version).toBe(1)
    const out = await run(dir, ['init', '--output', '../outside.yml'])
    expect(out.code).toBe(2)
    expect(out.stderr).toContain('--output ../outside.yml: must be a path inside the workspace')
    const bad = await run(dir, ['init', '--repo', 'no-slash'], { GITHUB_TOKEN: 'x' })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("--repo must be OWNER/NAME, got 'no-slash'")
    const extra = await run(dir, ['init', 'now'])
    expect(extra.code).toBe(2)
    expect(extra.stderr).toContain("init takes no arguments, got 'now'")
  })

  test('a report whose file name holds a line feed cannot write YAML of its own', async () => {
    const dir = await tempRepo()
    const name = 'gonogo-reports/x\nwaivers: []\n#.json'
    await writeIn(dir, name, passedReport('x'))
    const r = await run(dir, ['init'])
    expect(r.code).toBe(0)
    const policy = await loaded(dir)
    expect(policy.waivers).toBeUndefined()
    expect(policy.controls).toContainEqual({
      id: 'x-waivers',
      source: { report: name },
      severity: 'high'
    })
  })

  test('--output may be absolute inside the workspace (as gate --config); outside or the workspace itself is refused', async () => {
    const dir = await tempRepo()
    const abs = path.join(dir, 'policy', 'abs.yml')
    const r = await run(dir, ['init', '--output', abs])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('wrote policy/abs.yml: 1 control (tests)')
    expect(r.stdout).toContain('Try it: gonogo gate --config policy/abs.yml')
    expect((await loadPolicy(await Workspace.open(dir), 'policy/abs.yml')).version).toBe(1)
    const outside = await run(dir, ['init', '--output', path.join(os.tmpdir(), 'elsewhere.yml')])
    expect(outside.code).toBe(2)
    expect(outside.stderr).toContain('must be a path inside the workspace')
    for (const self of ['', '.', dir]) {
      const itself = await run(dir, ['init', '--output', self])
      expect(itself.code).toBe(2)
      expect(itself.stderr).toContain(
        'names the workspace itself; give a file such as .github/gonogo.yml'
      )
    }
  })

  test('"Try it" names the --workspace init was given, and that command gates at once', async () => {
    const dir = await tempRepo()
    await mkdir(path.join(dir, 'tools'))
    const cwd = path.join(dir, 'tools')
    const r = await run(cwd, ['init', '--workspace', '..'])
    expect(r.code).toBe(0)
    const line = /^Try it: (.*)$/m.exec(r.stdout)?.[1]
    expect(line).toBe('gonogo gate --workspace .. --config .github/gonogo.yml')
    const args = (line as string).split(' ').slice(1)
    const g = await run(cwd, [...args, '--output', 'out', ...T])
    expect(g.stderr).toBe('')
    expect(g.stdout).toMatch(/^no-go /)
    expect(g.code).toBe(1)
    // words a shell would split are quoted
    expect(tryIt("my repo's", 'a b/gonogo.yml')).toBe(
      "gonogo gate --workspace 'my repo'\\''s' --config 'a b/gonogo.yml'"
    )
  })

  test('run in a folder below the repository root: a note says the root was not looked at and how to reach it', async () => {
    const dir = await tempRepo()
    await writeIn(dir, '.github/workflows/ci.yml', CI_WORKFLOW)
    await mkdir(path.join(dir, '.git'))
    await mkdir(path.join(dir, 'packages/app'), { recursive: true })
    const below = await run(path.join(dir, 'packages/app'), ['init'])
    expect(below.code).toBe(0)
    expect(below.stdout).toContain(
      `the workspace is a folder inside the git repository ${dir}, whose workflows, reports and .github/ were not looked at (GitHub reads workflows only at the root): run gonogo init there, or pass --workspace ${dir}`
    )
    const atRoot = await run(dir, ['init'])
    expect(atRoot.code).toBe(0)
    expect(atRoot.stdout).toContain('1 control (workflow-lint)')
    expect(atRoot.stdout).not.toContain('inside the git repository')
  })

  test('a folder that cannot be written: exit 2 naming the file and what to do, nothing written', async () => {
    const dir = await tempRepo()
    await writeFile(path.join(dir, '.github'), 'a file where the folder should be\n')
    const r = await run(dir, ['init'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(
      /^gonogo: \.github\/gonogo\.yml was not written \(.*\.github: is a file, not a folder \(EEXIST\)\); make \.github\/ writable or pass --output another path\n$/
    )
    expect(await readFile(path.join(dir, '.github'), 'utf8')).toBe(
      'a file where the folder should be\n'
    )
  })

  test('--help prints the init options, which gonogo --help lists too', async () => {
    const dir = await tempRepo()
    const r = await run(dir, ['init', '--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(INIT_USAGE)
    const all = await run(dir, ['--help'])
    expect(all.stdout).toContain(INIT_USAGE)
    expect(all.stdout).toContain('gonogo init [options]')
  })
})

describe('gonogo init with the older scripts', () => {
  test('hands over to gonogo migrate; the gate judges the older reports: go', async () => {
    const dir = await tempRepo()
    await mkdir(path.join(dir, '.github'), { recursive: true })
    await cp(
      path.join(MIGRATE_FIX, 'older/release_gate_policy.json'),
      path.join(dir, '.github/release_gate_policy.json')
    )
    await cp(path.join(MIGRATE_FIX, 'reports/passed'), path.join(dir, 'artifacts'), {
      recursive: true
    })
    const r = await run(dir, ['init', ...T])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      'found .github/release_gate_policy.json (the older governance scripts): handing over to gonogo migrate'
    )
    expect(r.stdout).toContain(`wrote ${POLICY} with gonogo migrate:`)
    expect(r.stdout).toContain('action-gate@v1')
    const policy = await loaded(dir)
    expect(policy.controls.map((c) => c.source)).toContainEqual({
      report: 'artifacts/policy_bundle_lifecycle_report.json'
    })
    expect(await readFile(path.join(dir, POLICY), 'utf8')).toMatch(/^# Written by gonogo migrate/)

    const g = await gate(dir, '--event', 'push', '--branch', 'main')
    expect(g.summary.controls.filter((c) => c.status !== 'passed')).toEqual([])
    expect(g.summary.decision).toBe('go')
    expect(g.code).toBe(0)

    // The hand-over refuses to overwrite too.
    const again = await run(dir, ['init', ...T])
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('exists; nothing was written')
  })
})

describe('gonogo init on a repository with workflows, reports and rules', () => {
  async function busyRepo(): Promise<string> {
    const dir = await tempRepo()
    await writeIn(dir, '.github/workflows/ci.yml', CI_WORKFLOW)
    await writeIn(dir, 'test-results/jest/junit.xml', PASSING_JUNIT)
    await writeIn(dir, 'results/codeql.sarif', CLEAN_SARIF)
    await writeIn(dir, 'gonogo-reports/ci-stability.json', passedReport('ci-stability'))
    await writeIn(dir, 'gonogo-reports/notes.json', '{"hello": "world"}\n')
    await cp(
      path.join(MIGRATE_FIX, 'reports/passed/provenance_coverage_report.json'),
      path.join(dir, 'artifacts/provenance_coverage_report.json')
    )
    await cp(
      path.join(MIGRATE_FIX, 'reports/other/release_readiness_gate_report.json'),
      path.join(dir, 'artifacts/release_readiness_gate_report.json')
    )
    // A repository has commits: built-in checks report on HEAD when the gate has no --sha.
    const git = (...args: string[]): void => {
      execFileSync('git', args, {
        cwd: dir,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Ada',
          GIT_AUTHOR_EMAIL: 'ada@example.com',
          GIT_COMMITTER_NAME: 'Ada',
          GIT_COMMITTER_EMAIL: 'ada@example.com'
        }
      })
    }
    git('init', '-q', '-b', 'main')
    git('add', '-A')
    git('commit', '-qm', 'a repository with workflows and reports')
    return dir
  }

  test('controls for what it found, branches: as the rules are; verify-rules passes at once and the gate is go', async () => {
    const fake = await startGitHubFake()
    cleanups.push(async () => {
      await fake.close()
      fake.assertNoViolations()
    })
    seedMatchingRules(fake)
    const dir = await busyRepo()
    const env = { GITHUB_TOKEN: ADMIN_TOKEN, GITHUB_API_URL: fake.url }
    const r = await run(dir, ['init', '--repo', `${OWNER}/${REPO}`], env)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      `wrote ${POLICY}: 5 controls (ci-stability, provenance-coverage, tests, code-scanning, workflow-lint), branches.main as the rules are today`
    )
    expect(r.stdout).toContain('gonogo-reports/notes.json: not made a control: no contract')
    expect(r.stdout).toContain(
      "artifacts/release_readiness_gate_report.json: not made a control: the older gate's own decision"
    )
    expect(r.stdout).toContain(
      'Check names your workflows produce: Lint, gonogo, test (20), test (22)'
    )
    expect(r.stdout).toContain(
      'pattern: gonogo-junit-*, path: test-results } # a folder per artifact'
    )
    expect(r.stdout).not.toContain(ADMIN_TOKEN)

    const policy = await loaded(dir)
    expect(policy.controls).toEqual([
      {
        id: 'ci-stability',
        source: { report: 'gonogo-reports/ci-stability.json' },
        severity: 'high'
      },
      {
        id: 'provenance-coverage',
        source: { report: 'artifacts/provenance_coverage_report.json' },
        severity: 'high'
      },
      { id: 'tests', source: { junit: 'test-results/**/*.xml' }, severity: 'high' },
      { id: 'code-scanning', source: { sarif: 'results/*.sarif' }, severity: 'medium' },
      { id: 'workflow-lint', source: { builtin: 'workflow-lint' }, severity: 'medium' }
    ])
    // Today's rules of main (an org baseline and a repository ruleset; the evaluate-mode
    // ruleset enforces nothing), so verify-rules starts green.
    expect(policy.branches).toEqual({
      main: {
        required_checks: ['Lint', 'test (20)', 'test (22)'],
        strict: true,
        min_approvals: 2,
        dismiss_stale_reviews: true,
        block_force_pushes: true,
        bypass_allowed: [{ type: 'OrganizationAdmin' }]
      }
    })
    const text = await readFile(path.join(dir, POLICY), 'utf8')
    expect(text).toContain('# require_signed_commits: true')
    expect(text).toContain('# - id: branch-protection')

    const v = await run(
      dir,
      ['verify-rules', '--repo', `${OWNER}/${REPO}`, '--sha', 'e'.repeat(40), ...T],
      env
    )
    expect(v.stderr).toBe('')
    expect(v.stdout).toContain('branch-protection: passed')
    expect(v.stdout).toContain('required-checks: passed')
    expect(v.code).toBe(0)

    const g = await gate(dir)
    expect(g.summary.controls.filter((c) => c.status !== 'passed')).toEqual([])
    expect(g.summary.decision).toBe('go')
    expect(g.code).toBe(0)

    // What it found decides: a failing test run makes the same starter no-go.
    await writeIn(dir, 'test-results/jest/junit.xml', FAILING_JUNIT)
    const failing = await gate(dir)
    expect(failing.summary.decision).toBe('no-go')
    expect(failing.summary.blockers.map((b) => b.control)).toEqual(['tests'])
  })

  test('a token that cannot read classic protection: branches: from the rulesets, and a note saying what is unverified', async () => {
    const fake = await startGitHubFake()
    cleanups.push(async () => {
      await fake.close()
      fake.assertNoViolations()
    })
    seedMatchingRules(fake)
    const dir = await busyRepo()
    const r = await run(dir, ['init', '--repo', `${OWNER}/${REPO}`], {
      GITHUB_TOKEN: DEFAULT_TOKEN,
      GITHUB_API_URL: fake.url
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('classic branch protection could not be read')
    expect(r.stdout).toContain('bypass_allowed: not written')
    const policy = await loaded(dir)
    expect(policy.branches?.main?.required_checks).toEqual(['Lint', 'test (20)', 'test (22)'])
    expect(policy.branches?.main?.bypass_allowed).toBeUndefined()
  })

  test('an API that refuses: branches: is skipped with the endpoint and what to do, and the rest is written', async () => {
    const fake = await startGitHubFake()
    cleanups.push(async () => {
      await fake.close()
      fake.assertNoViolations()
    })
    const dir = await busyRepo()
    // No repository seeded: GET /repos/acme/shop answers 404.
    const r = await run(dir, ['init', '--repo', `${OWNER}/${REPO}`], {
      GITHUB_TOKEN: ADMIN_TOKEN,
      GITHUB_API_URL: fake.url
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      'branches: not written: the default branch of acme/shop could not be read'
    )
    expect((await loaded(dir)).branches).toBeUndefined()
  })
})

describe('the workflow jobs init prints', () => {
  const none: InitFindings = {
    workflows: [],
    checkNames: [],
    unresolvedJobs: 0,
    junit: [],
    sarif: [],
    reports: [],
    rules: { skipped: 'no token' },
    truncated: []
  }

  test("no artifact is downloaded by another folder's pattern, whatever the folders are called", () => {
    const plan = planInit({
      ...none,
      junit: ['test-results/unit/junit.xml'],
      // reports/ would be gonogo-reports, sarif/ gonogo-sarif (the root's), results/ a prefix of
      // results-codeql/, a b/ and a,b/ one name
      sarif: [
        'reports/a.sarif',
        'root.sarif',
        'sarif/b.sarif',
        'results/c.sarif',
        'results-codeql/d.sarif',
        'a b/e.sarif',
        'a,b/f.sarif',
        'Junit/g.sarif'
      ],
      reports: [{ path: 'gonogo-reports/ci.json', kind: 'gonogo-report' }]
    })
    const prefixes = plan.artifacts.map((a) => a.prefix)
    expect(new Set(prefixes.map((p) => p.toLowerCase())).size).toBe(prefixes.length)
    expect(plan.artifacts.find((a) => a.restore === 'gonogo-reports')?.prefix).toBe(
      'gonogo-reports'
    )
    // what a matrix job uploads, and the rules job's artifact
    const names = new Map(
      plan.artifacts.map((a) => [a.prefix, [`${a.prefix}-test-0`, `${a.prefix}-test-1`]])
    )
    names.get('gonogo-reports')?.push('gonogo-reports-rules')
    for (const a of plan.artifacts) {
      for (const [prefix, uploaded] of names)
        for (const name of uploaded)
          expect([a.prefix, name, picomatch.isMatch(name, `${a.prefix}-*`)]).toEqual([
            a.prefix,
            name,
            prefix === a.prefix
          ])
      // the printed download step is the one checked here
      expect(plan.jobs).toContain(`pattern: ${a.prefix}-*, path: `)
    }
  })

  test('JUnit of several jobs is downloaded a folder per artifact: a failing leg is not replaced by a passing one', async () => {
    const plan = planInit({ ...none, junit: ['test-results/junit.xml'] })
    expect(plan.jobs).toContain(
      '- uses: actions/download-artifact@v5\n           with: { pattern: gonogo-junit-*, path: test-results } # a folder per artifact'
    )
    expect(plan.jobs).not.toContain('pattern: gonogo-junit-*, path: test-results, merge-multiple')
    // Two legs of a matrix each wrote test-results/junit.xml; download-artifact without
    // merge-multiple puts each artifact in path/<artifact name>/ (src/download-artifact.ts).
    const dir = await tempRepo()
    await writeIn(dir, POLICY, plan.text)
    await writeIn(dir, 'test-results/gonogo-junit-test-0/junit.xml', FAILING_JUNIT)
    await writeIn(dir, 'test-results/gonogo-junit-test-1/junit.xml', PASSING_JUNIT)
    const g = await gate(dir)
    expect(g.summary.decision).toBe('no-go')
    expect(g.summary.blockers.map((b) => b.control)).toEqual(['tests'])
  })
})

describe('init-plan (pure)', () => {
  test('control ids from report file names, as migrate names them', () => {
    expect(controlIdForFile('artifacts/policy_bundle_lifecycle_report.json')).toBe(
      'policy-bundle-lifecycle'
    )
    expect(controlIdForFile('gonogo-reports/branch-protection.json')).toBe('branch-protection')
    expect(controlIdForFile('x/ciStability.json')).toBe('ci-stability')
    expect(controlIdForFile('x/__.json')).toBe('report')
  })

  test('branch policy from protection: what is on is required, what is off is to tighten', () => {
    const p = fromRules(
      [
        { type: 'pull_request', parameters: { required_approving_review_count: 1 } },
        {
          type: 'required_status_checks',
          parameters: { required_status_checks: [{ context: 'build', integration_id: 15368 }] }
        },
        { type: 'deletion' }
      ],
      { kind: 'ruleset', id: 1 }
    )
    const { policy, tighten } = branchPolicyFrom(p, false)
    expect(policy).toEqual({
      required_checks: [{ context: 'build', app_id: 15368 }],
      min_approvals: 1,
      block_deletions: true
    })
    expect(tighten).toContain('block_force_pushes: true')
    expect(tighten).not.toContain('block_deletions: true')
    expect(branchPolicyFrom(noProtection(), true).policy).toEqual({
      required_checks: [],
      bypass_allowed: []
    })
  })
})
