/**
 * The four file- and git-reading built-ins (policy-bundle, policy-freshness, provenance-coverage,
 * workflow-lint) gathered and judged on hand-made repository facts: no temporary repository, no
 * git. The end-to-end tests on real git stay in each check's own test file.
 */
import { describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Processes } from '../src/core/facts.js'
import type { ReportCheck } from '../src/core/report.js'
import { gatherPolicyBundle, parseCoverage } from '../src/checks/policy-bundle/gather.js'
import { judgePolicyBundle } from '../src/checks/policy-bundle/judge.js'
import { bundleSettings } from '../src/checks/policy-bundle/settings.js'
import { gatherPolicyFreshness } from '../src/checks/policy-freshness/gather.js'
import { judgePolicyFreshness } from '../src/checks/policy-freshness/judge.js'
import { freshnessSettings } from '../src/checks/policy-freshness/settings.js'
import { gatherCoverage } from '../src/checks/provenance-coverage/gather.js'
import { judgeCoverage } from '../src/checks/provenance-coverage/judge.js'
import { gatherWorkflowFacts, runWorkflowLint } from '../src/checks/workflow-lint/run.js'
import { findFindings } from '../src/checks/workflow-lint/rules.js'
import { resolveSettings } from '../src/checks/workflow-lint/settings.js'
import { workspaceFiles } from '../src/io/repo-facts.js'
import { Workspace } from '../src/io/workspace.js'
import { memoryRepo, type MemoryEntry, type MemoryGit } from './support/facts-repo.js'

const EFFECTIVE = Date.parse('2026-11-21T00:00:00Z')
const BUNDLE_FIXTURE = path.resolve('__tests__/fixtures/opa/bundle')
const POLICIES = { path: 'policies', require_annotations: ['custom.owner'], test_coverage: 80 }
const BASE = 'b'.repeat(40)

function check(checks: readonly ReportCheck[], id: string): ReportCheck {
  const c = checks.find((x) => x.id === id)
  if (!c) throw new Error(`no check ${id} in ${checks.map((x) => x.id).join(', ')}`)
  return c
}

/** The valid two-root bundle fixture (__tests__/fixtures/opa/bundle), as in-memory files. */
async function bundleFiles(): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const walk = async (rel: string): Promise<void> => {
    for (const e of await readdir(path.join(BUNDLE_FIXTURE, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) await walk(r)
      else out[r] = await readFile(path.join(BUNDLE_FIXTURE, r), 'utf8')
    }
  }
  await walk('')
  return out
}

describe('policy-bundle on hand-made facts', () => {
  test('a changed module without a new revision fails at the revision line, from git facts alone', async () => {
    const files = await bundleFiles()
    const repo = memoryRepo({
      files: {
        ...files,
        'policies/authz/authz.rego': (files['policies/authz/authz.rego'] ?? '').replace(
          '"GET"',
          '"HEAD"'
        )
      },
      git: {
        refs: { main: BASE },
        changes: [{ file: 'policies/authz/authz.rego', status: 'modified' }],
        at: {
          [BASE]: {
            'policies/.manifest': files['policies/.manifest'] ?? '',
            'policies/authz/authz.rego': files['policies/authz/authz.rego'] ?? ''
          }
        }
      },
      opa: () => ({ kind: 'ran', exitCode: 0, stdout: '{"coverage": 91.5}', stderr: '' })
    })
    const settings = bundleSettings({ bundles: [POLICIES] })
    const facts = await gatherPolicyBundle(repo, settings, { baseRef: 'main' })
    const b = facts.bundles[0]
    expect(b?.base).toMatchObject({ kind: 'compared', ref: 'main', sha: BASE })
    expect(repo.gitCalls).toContain(`changedFiles ${BASE} HEAD policies`)
    const checks = judgePolicyBundle(facts, settings)
    const c = check(checks, 'policies:revision')
    expect(c.status).toBe('failed')
    expect(c.message).toContain('1 policy file(s) changed since main')
    expect(c.message).toContain("but revision is still '1.2.0'")
    expect(c.location).toEqual({ file: 'policies/.manifest', line: 2 })
    expect(check(checks, 'policies:opa-test').status).toBe('passed')
  })

  test('a shallow clone without the base ref is unverified, naming fetch-depth: 0', async () => {
    const repo = memoryRepo({
      files: await bundleFiles(),
      git: { state: { ok: true, prefix: '', shallow: true } }
    })
    const settings = bundleSettings({ bundles: [POLICIES] })
    const checks = judgePolicyBundle(await gatherPolicyBundle(repo, settings), settings)
    const c = check(checks, 'policies:revision')
    expect(c.status).toBe('unverified')
    expect(c.message).toContain("the base ref 'origin/main' or 'main' is not in the checkout")
    expect(c.message).toContain('(the clone is shallow)')
    expect(c.unlock).toContain('fetch-depth: 0')
  })

  test('no git is unverified asking for git on PATH; opa missing is unverified too', async () => {
    const repo = memoryRepo({
      files: await bundleFiles(),
      git: { state: { ok: false, reason: 'no-git', message: 'git is not on PATH' } }
    })
    const settings = bundleSettings({ bundles: [POLICIES] })
    const checks = judgePolicyBundle(await gatherPolicyBundle(repo, settings), settings)
    expect(check(checks, 'policies:revision')).toMatchObject({
      status: 'unverified',
      unlock: 'git on PATH'
    })
    expect(check(checks, 'policies:opa-test').status).toBe('unverified')
    expect(checks.some((c) => c.status === 'passed' && c.id.endsWith(':revision'))).toBe(false)
  })

  test('a bundle folder that is a link out, or missing, is a folder finding and nothing is run', async () => {
    const settings = bundleSettings({ bundles: [POLICIES] })
    let ran = false
    const out = memoryRepo({
      files: { policies: { linkOut: true } },
      opa: () => {
        ran = true
        return { kind: 'missing' }
      }
    })
    const folder = check(
      judgePolicyBundle(await gatherPolicyBundle(out, settings), settings),
      'policies:folder'
    )
    expect(folder.status).toBe('failed')
    expect(folder.message).toBe('policies: symbolic link that leads outside the workspace')
    expect(ran).toBe(false)
    expect(out.gitCalls).toEqual([])
    const missing = check(
      judgePolicyBundle(await gatherPolicyBundle(memoryRepo(), settings), settings),
      'policies:folder'
    )
    expect(missing.message).toBe('policies: bundle folder not found')
  })

  test('a module linked out of the workspace is unreadable and opa is not run', async () => {
    let ran = false
    const repo = memoryRepo({
      files: { ...(await bundleFiles()), 'policies/authz/evil.rego': { linkOut: true } },
      opa: () => {
        ran = true
        return { kind: 'missing' }
      }
    })
    const facts = await gatherPolicyBundle(repo, bundleSettings({ bundles: [POLICIES] }))
    expect(facts.bundles[0]?.unreadable).toEqual([
      {
        file: 'policies/authz/evil.rego',
        message: 'policies/authz/evil.rego: symbolic link that leads outside the workspace'
      }
    ])
    expect(facts.bundles[0]?.opa.kind).toBe('skipped')
    expect(ran).toBe(false)
  })

  test('opa coverage paths are made workspace-relative through the facts', () => {
    const files = memoryRepo().files
    const r = parseCoverage(
      JSON.stringify({
        coverage: 50,
        files: { 'p/a.rego': { coverage: 40 }, 'p/b.rego': { coverage: 90 } }
      }),
      files
    )
    expect(r).toEqual({
      coverage: 50,
      lowest: [
        { file: 'p/a.rego', coverage: 40 },
        { file: 'p/b.rego', coverage: 90 }
      ]
    })
  })
})

const REGO_REVIEWED = `# METADATA
# custom:
#   reviewed: 2026-01-02
package authz

allow if true
`

describe('policy-freshness on hand-made facts', () => {
  test('a review date in METADATA is judged without asking git', async () => {
    const repo = memoryRepo({ files: { 'policies/authz.rego': REGO_REVIEWED } })
    const settings = freshnessSettings({
      policies: [{ path: 'policies/authz.rego', max_age_days: 90 }]
    })
    const facts = await gatherPolicyFreshness(repo, settings)
    expect(repo.gitCalls).toEqual([])
    const c = check(judgePolicyFreshness(facts, settings, EFFECTIVE), 'review:policies/authz.rego')
    expect(c.status).toBe('failed')
    expect(c.message).toContain('last reviewed 2026-01-02')
    expect(c.location).toEqual({ file: 'policies/authz.rego', line: 2 })
  })

  test('without a review date the last commit decides; a shallow root commit is unverified', async () => {
    const settings = freshnessSettings({
      policies: [{ path: 'policies/authz.rego', max_age_days: 90 }]
    })
    const rego = 'package authz\n'
    const recent = memoryRepo({
      files: { 'policies/authz.rego': rego },
      git: {
        log: {
          'policies/authz.rego': {
            date: '2026-11-01T10:00:00Z',
            sha: 'c'.repeat(40),
            parents: ['d'.repeat(40)]
          }
        }
      }
    })
    const ok = check(
      judgePolicyFreshness(await gatherPolicyFreshness(recent, settings), settings, EFFECTIVE),
      'review:policies/authz.rego'
    )
    expect(ok.status).toBe('passed')
    expect(recent.gitCalls).toEqual(['state', 'lastCommit policies/authz.rego'])

    const shallow = memoryRepo({
      files: { 'policies/authz.rego': rego },
      git: {
        state: { ok: true, prefix: '', shallow: true },
        log: {
          'policies/authz.rego': { date: '2026-11-01T10:00:00Z', sha: 'c'.repeat(40), parents: [] }
        }
      }
    })
    const u = check(
      judgePolicyFreshness(await gatherPolicyFreshness(shallow, settings), settings, EFFECTIVE),
      'review:policies/authz.rego'
    )
    expect(u.status).toBe('unverified')
    expect(u.message).toContain('the clone is shallow')
    expect(u.unlock).toContain('fetch-depth: 0')
  })

  test('a git failure and an uncommitted policy are unverified, never passed', async () => {
    const settings = freshnessSettings({
      policies: [{ path: 'policies/authz.rego', max_age_days: 90 }]
    })
    const gits: MemoryGit[] = [
      { log: { ok: false, reason: 'timeout', message: 'git log did not finish within 30 s' } },
      { log: {} }
    ]
    for (const git of gits) {
      const repo = memoryRepo({ files: { 'policies/authz.rego': 'package authz\n' }, git })
      const c = check(
        judgePolicyFreshness(await gatherPolicyFreshness(repo, settings), settings, EFFECTIVE),
        'review:policies/authz.rego'
      )
      expect(c.status).toBe('unverified')
    }
  })

  test('a policy path outside the workspace, behind a link out, or missing fails with the path', async () => {
    const settings = freshnessSettings({
      policies: [
        { path: '../elsewhere.rego', max_age_days: 90 },
        { path: 'linked', max_age_days: 90 },
        { path: 'gone.rego', max_age_days: 90 }
      ]
    })
    const repo = memoryRepo({ files: { linked: { linkOut: true } } })
    const checks = judgePolicyFreshness(
      await gatherPolicyFreshness(repo, settings),
      settings,
      EFFECTIVE
    )
    expect(check(checks, 'review:../elsewhere.rego').message).toBe(
      '../elsewhere.rego: path is outside the workspace'
    )
    expect(check(checks, 'review:linked').message).toBe(
      'linked: symbolic link that leads outside the workspace'
    )
    expect(check(checks, 'review:gone.rego').message).toBe('gone.rego: policy not found')
    expect(checks.every((c) => c.status === 'failed')).toBe(true)
  })

  test('a workflows folder that links out is an unreadable workflow, not a crash', async () => {
    const settings = freshnessSettings({ required_jobs: ['test'] })
    const repo = memoryRepo({ files: { '.github/workflows': { linkOut: true } } })
    const facts = await gatherPolicyFreshness(repo, settings)
    expect(facts.workflows).toEqual([
      {
        path: '.github/workflows',
        text: '',
        readError: '.github/workflows: symbolic link that leads outside the workspace'
      }
    ])
    const checks = judgePolicyFreshness(facts, settings, EFFECTIVE)
    expect(checks.some((c) => c.status === 'passed')).toBe(false)
  })
})

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')

describe('provenance-coverage on hand-made facts', () => {
  const manifest = (entries: { path: string; sha256: string }[]): string =>
    JSON.stringify(
      { contract: 'gonogo.bundle/v1', id: 'rel-1', files: entries.map((e) => ({ ...e, size: 7 })) },
      null,
      2
    )

  test('an artifact listed with its digest is covered; a changed one is a mismatch', async () => {
    const repo = memoryRepo({
      files: {
        'dist/a.tgz': 'a bytes',
        'dist/b.tgz': 'b bytes',
        'bundle/manifest.json': manifest([
          { path: 'dist/a.tgz', sha256: sha256('a bytes') },
          { path: 'dist/b.tgz', sha256: sha256('b before') }
        ])
      }
    })
    const facts = await gatherCoverage(repo, {
      artifacts: ['dist/*.tgz'],
      manifests: ['bundle/manifest.json'],
      provenance: []
    })
    expect(facts.artifacts).toEqual([
      { path: 'dist/a.tgz', sha256: sha256('a bytes'), size: 7 },
      { path: 'dist/b.tgz', sha256: sha256('b bytes'), size: 7 }
    ])
    const checks = judgeCoverage(facts)
    expect(check(checks, 'provenance/coverage').status).toBe('failed')
    expect(check(checks, 'provenance/uncovered/dist/b.tgz').status).toBe('failed')
    expect(checks.some((c) => c.id === 'provenance/uncovered/dist/a.tgz')).toBe(false)
  })

  test('an artifact that links out or is a FIFO is not hashed and counts as not covered', async () => {
    const repo = memoryRepo({
      files: {
        'dist/out.tgz': { linkOut: true },
        'dist/pipe.tgz': { special: true },
        'bundle/manifest.json': manifest([])
      }
    })
    const facts = await gatherCoverage(repo, {
      artifacts: ['dist/*.tgz'],
      manifests: ['bundle/manifest.json'],
      provenance: []
    })
    expect(facts.artifacts).toEqual([
      { path: 'dist/out.tgz', error: 'is a symbolic link that leads outside the workspace' },
      { path: 'dist/pipe.tgz', error: 'is not a regular file' }
    ])
    const checks = judgeCoverage(facts)
    expect(check(checks, 'provenance/coverage').status).not.toBe('passed')
  })

  test('a glob whose folder links out of the workspace is a configuration problem', async () => {
    const repo = memoryRepo({ files: { linked: { linkOut: true } } })
    const facts = await gatherCoverage(repo, {
      artifacts: ['linked/**/*.tgz'],
      manifests: ['bundle/manifest.json'],
      provenance: []
    })
    expect(facts.problems).toEqual([
      expect.objectContaining({
        id: 'provenance/configuration/artifacts/linked/**/*.tgz',
        message: 'artifacts glob linked/**/*.tgz leads outside the workspace'
      })
    ])
    expect(judgeCoverage(facts).every((c) => c.status !== 'passed')).toBe(true)
  })
})

const INJECTION = `on: issues
permissions: { contents: read }
jobs:
  echo:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.issue.title }}"
`

/** Processes that fail the test when a check runs anything (script-syntax is off below). */
const NO_PROCESSES = new Proxy({} as Processes, {
  get: () => {
    throw new Error('no process may run in this test')
  }
})

describe('workflow-lint on hand-made facts', () => {
  const settings = resolveSettings({ severity: { 'script-syntax': 'off' } })

  test('an issue title in a run script is a script-injection finding at its line', async () => {
    const repo = memoryRepo({ files: { '.github/workflows/triage.yml': INJECTION } })
    const facts = await gatherWorkflowFacts(
      { files: repo.files, processes: NO_PROCESSES },
      settings
    )
    expect(facts.files.map((f) => f.file)).toEqual(['.github/workflows/triage.yml'])
    const findings = findFindings(facts, settings)
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'script-injection',
        file: '.github/workflows/triage.yml',
        line: 7
      })
    )
  })

  test('a local action behind a link out is unreadable; a missing one is named', async () => {
    const wf = `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ./actions/out
      - uses: ./actions/gone
`
    const repo = memoryRepo({
      files: { '.github/workflows/a.yml': wf, 'actions/out': { linkOut: true } }
    })
    const facts = await gatherWorkflowFacts(
      { files: repo.files, processes: NO_PROCESSES },
      settings
    )
    expect(facts.actions).toEqual([
      {
        dir: 'actions/gone',
        problem: {
          kind: 'missing',
          message: 'actions/gone holds no action.yml or action.yaml in the checked-out repository'
        }
      },
      {
        dir: 'actions/out',
        file: 'actions/out/action.yml',
        problem: {
          kind: 'unreadable',
          message: 'actions/out/action.yml: symbolic link that leads outside the workspace'
        }
      }
    ])
  })

  test('the SARIF log is written through the facts; a path outside is a failed check', async () => {
    const entries: Record<string, MemoryEntry> = { '.github/workflows/triage.yml': INJECTION }
    const run = async (sarif: string, extra: Record<string, MemoryEntry> = {}) => {
      const repo = memoryRepo({ files: { ...entries, ...extra } })
      const report = await runWorkflowLint({
        facts: { files: repo.files, git: repo.git, processes: NO_PROCESSES },
        policy: { version: 1, controls: [] },
        settings: { severity: { 'script-syntax': 'off' }, sarif },
        subject: { repository: 'acme/shop', sha: 'a'.repeat(40), ref: 'refs/heads/main' },
        effectiveTime: EFFECTIVE,
        log: () => undefined
      })
      return { repo, out: check(report.checks, 'sarif-output') }
    }
    const ok = await run('reports/lint.sarif')
    expect(ok.out).toMatchObject({ status: 'passed', location: { file: 'reports/lint.sarif' } })
    expect(JSON.parse(ok.repo.written.get('reports/lint.sarif') ?? '{}')).toMatchObject({
      version: '2.1.0'
    })
    const outside = await run('../lint.sarif')
    expect(outside.out.status).toBe('failed')
    expect(outside.out.message).toBe(
      'checks.workflow-lint.sarif: ../lint.sarif is outside the workspace; use a path relative to the repository root'
    )
    expect(outside.repo.written.size).toBe(0)
    const linked = await run('reports/lint.sarif', { reports: { linkOut: true } })
    expect(linked.out.message).toBe(
      'checks.workflow-lint.sarif: reports/lint.sarif lies behind a symbolic link that leads outside the workspace'
    )
  })
})

describe('the workspace implementation agrees with the in-memory one', () => {
  test('kind, readText, glob and hash give the same answers for the same layout', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-facts-'))
    const outside = await mkdtemp(path.join(os.tmpdir(), 'gonogo-facts-out-'))
    try {
      await mkdir(path.join(dir, 'p/sub'), { recursive: true })
      await writeFile(path.join(dir, 'p/a.rego'), 'package a\n')
      await writeFile(path.join(dir, 'p/sub/b.rego'), 'package b\n')
      await writeFile(path.join(outside, 'secret.rego'), 'package secret\n')
      await symlink(path.join(outside, 'secret.rego'), path.join(dir, 'p/out.rego'))
      await symlink(outside, path.join(dir, 'linked'))
      const real = workspaceFiles(await Workspace.open(dir))
      const mem = memoryRepo({
        files: {
          'p/a.rego': 'package a\n',
          'p/sub/b.rego': 'package b\n',
          'p/out.rego': { linkOut: true },
          linked: { linkOut: true }
        }
      }).files
      for (const p of ['p', 'p/a.rego', 'p/out.rego', 'linked', 'linked/x', 'nope', '../x', '/etc'])
        expect([p, await real.kind(p)]).toEqual([p, await mem.kind(p)])
      for (const p of ['p/a.rego', 'p/out.rego', 'nope.rego', '../x.rego', 'p'])
        expect([p, await real.readText(p, 1024, 'for a test')]).toEqual([
          p,
          await mem.readText(p, 1024, 'for a test')
        ])
      expect(await real.readText('p/a.rego', 4, '(a limit)')).toEqual(
        await mem.readText('p/a.rego', 4, '(a limit)')
      )
      for (const g of ['p/**/*.rego', 'p/a.rego', 'linked/**/*.rego', '../**/*.rego'])
        expect([g, await real.glob(g, 10)]).toEqual([g, await mem.glob(g, 10)])
      for (const p of ['p/a.rego', 'p/out.rego', 'p'])
        expect([p, await real.hash(p)]).toEqual([p, await mem.hash(p)])
    } finally {
      await rm(dir, { recursive: true, force: true })
      await rm(outside, { recursive: true, force: true })
    }
  })
})
