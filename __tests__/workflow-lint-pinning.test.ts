import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BuiltinContext } from '../src/checks/builtin-contract.js'
import { patternMatches, pinVerdict } from '../src/checks/workflow-lint/pinning.js'
import { runWorkflowLint } from '../src/checks/workflow-lint/run.js'
import { resolveSettings, type PinRule } from '../src/checks/workflow-lint/settings.js'
import { ConfigurationError } from '../src/core/errors.js'
import type { Report, ReportCheck } from '../src/core/report.js'
import { parsePolicy } from '../src/io/policy-file.js'
import { workspaceWithFacts } from './support/facts-repo.js'

const SHA = 'a'.repeat(40)
const PIN = '39370e3970a6d050c480ffad4ff0ed4d3fdee5af'

let dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
  dirs = []
})

async function repo(workflow: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-pin-'))
  dirs.push(dir)
  await mkdir(path.join(dir, '.github/workflows'), { recursive: true })
  await writeFile(path.join(dir, '.github/workflows/ci.yml'), workflow)
  return dir
}

async function lint(dir: string, settings: unknown): Promise<Report> {
  const ctx: BuiltinContext = {
    ...(await workspaceWithFacts(dir)),
    policy: { version: 1, controls: [] } as unknown as BuiltinContext['policy'],
    settings,
    subject: { repository: 'acme/shop', sha: SHA, ref: 'refs/heads/main' },
    effectiveTime: Date.parse('2026-11-21T00:00:00Z'),
    log: () => {}
  }
  return runWorkflowLint(ctx)
}

/** Failed unpinned-action findings, by line. */
function unpinned(r: Report): ReportCheck[] {
  return r.checks
    .filter((c) => c.id.startsWith('unpinned-action/') && c.status === 'failed')
    .sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0))
}

/** The rules a `pinning:` mapping (and `allow_unpinned`) resolve to, as the check uses them. */
function rules(pinning?: Record<string, string>, allow?: string[]): PinRule[] {
  return resolveSettings({
    ...(pinning ? { pinning } : {}),
    ...(allow ? { allow_unpinned: allow } : {})
  }).pinning
}

const POLICY_HEAD = `version: 1
controls:
  - { id: w, severity: high, source: { builtin: workflow-lint } }
checks:
  workflow-lint:
    pinning:
`

describe('pinning patterns (checks.workflow-lint.pinning)', () => {
  test('the default asks every action for a full commit SHA, GitHub-owned ones included', () => {
    expect(rules()).toEqual([{ pattern: '*', policy: 'sha', source: 'default' }])
    expect(pinVerdict('actions/checkout@v5', rules())?.reason).toBe("the movable ref 'v5'")
    expect(pinVerdict('github/codeql-action/init@v3', rules())?.reason).toBe("the movable ref 'v3'")
    expect(pinVerdict(`actions/checkout@${PIN}`, rules())).toBeUndefined()
    expect(pinVerdict('someone/tool@39370e3', rules())?.reason).toBe('a short SHA (39370e3)')
  })

  test('actions/* may use a ref while every other owner still needs a SHA', () => {
    const r = rules({ 'actions/*': 'ref' })
    expect(pinVerdict('actions/checkout@v5', r)).toBeUndefined()
    expect(pinVerdict('actions/setup-node@main', r)).toBeUndefined()
    // owner and name are compared without case, as GitHub does
    expect(pinVerdict('Actions/Cache@v4', r)).toBeUndefined()
    const other = pinVerdict('someone/tool@v1', r)
    expect(other?.reason).toBe("the movable ref 'v1'")
    expect(other?.rule).toEqual({ pattern: '*', policy: 'sha', source: 'default' })
    // a ref policy still needs a ref
    expect(pinVerdict('actions/checkout', r)).toMatchObject({
      reason: 'no @ref at all',
      rule: { pattern: 'actions/*', policy: 'ref' }
    })
  })

  test('the first matching pattern wins, in the order written', () => {
    const strictFirst = rules({ 'my-org/deploy': 'sha', 'my-org/*': 'ref', '*': 'sha' })
    expect(pinVerdict('my-org/deploy@v2', strictFirst)?.rule?.pattern).toBe('my-org/deploy')
    expect(pinVerdict('my-org/build@v2', strictFirst)).toBeUndefined()
    const broadFirst = rules({ 'my-org/*': 'ref', 'my-org/deploy': 'sha', '*': 'sha' })
    expect(pinVerdict('my-org/deploy@v2', broadFirst)).toBeUndefined()
    // a written '*' ends the list: no default is added after it
    expect(rules({ '*': 'ref' })).toEqual([{ pattern: '*', policy: 'ref', source: 'pinning' }])
    expect(pinVerdict('someone/tool@v1', rules({ '*': 'ref' }))).toBeUndefined()
    // allow_unpinned globs are `any` rules tried first
    expect(rules({ 'my-org/*': 'sha' }, ['my-org/*'])[0]).toEqual({
      pattern: 'my-org/*',
      policy: 'any',
      source: 'allow_unpinned'
    })
    expect(pinVerdict('my-org/x@main', rules({ 'my-org/*': 'sha' }, ['my-org/*']))).toBeUndefined()
  })

  test('patterns name owner/name: sub-paths, reusable workflows and dot-names match', () => {
    expect(patternMatches('github/*', 'github/codeql-action')).toBe(true)
    expect(patternMatches('my-org/*', 'my-org/.github')).toBe(true)
    expect(patternMatches('my-org/setup-*', 'my-org/setup-node')).toBe(true)
    expect(patternMatches('my-org/setup-*', 'my-org/build')).toBe(false)
    expect(patternMatches('actions/*', 'actions-rs/toolchain')).toBe(false)
    expect(patternMatches('*', 'anyone/anything')).toBe(true)
    const r = rules({ 'github/*': 'ref', 'my-org/*': 'ref' })
    expect(pinVerdict('github/codeql-action/upload-sarif@v3', r)).toBeUndefined()
    expect(pinVerdict('my-org/.github/.github/workflows/release.yml@main', r)).toBeUndefined()
  })

  test('docker:// images and local ./ uses are judged the same whatever the patterns say', () => {
    const digest = `docker://alpine@sha256:${'1'.repeat(64)}`
    for (const r of [
      rules(),
      rules({ '*': 'any' }),
      rules({ '*': 'ref' }),
      rules(undefined, ['*'])
    ]) {
      expect(pinVerdict('docker://alpine:3.20', r)?.reason).toBe(
        'a docker image referenced by tag, not by @sha256: digest'
      )
      expect(pinVerdict(digest, r)).toBeUndefined()
      expect(pinVerdict('./.github/actions/setup', r)).toBeUndefined()
      expect(pinVerdict('./.github/workflows/build.yml', r)).toBeUndefined()
    }
  })
})

describe('the unpinned-action rule with a pinning policy', () => {
  const workflow = `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: github/codeql-action/init@v3
      - uses: my-org/setup@main
      - uses: someone/tool@v1
      - uses: docker://alpine:3.20
      - uses: ./local-action
  reuse:
    uses: my-org/.github/.github/workflows/release.yml@v1
`

  test('by default every ref pin fails, and the finding says a SHA is the default and how to relax it', async () => {
    const r = await lint(await repo(workflow), { severity: { 'script-syntax': 'off' } })
    expect(unpinned(r).map((c) => c.location?.line)).toEqual([7, 8, 9, 10, 11, 14])
    const checkout = unpinned(r).find((c) => c.location?.line === 7)
    expect(checkout?.message).toBe(
      "job 'a' step 1 uses actions/checkout@v5, pinned to the movable ref 'v5', but the default pinning policy requires a full commit SHA"
    )
    expect(checkout?.remediation).toMatch(
      /checks\.workflow-lint\.pinning: \{ 'actions\/\*': ref \}/
    )
  })

  test("{ 'actions/*': ref, 'github/*': ref, 'my-org/*': ref, '*': sha } leaves the third-party tag and the docker tag", async () => {
    const r = await lint(await repo(workflow), {
      severity: { 'script-syntax': 'off' },
      pinning: { 'actions/*': 'ref', 'github/*': 'ref', 'my-org/*': 'ref', '*': 'sha' }
    })
    expect(unpinned(r).map((c) => c.location?.line)).toEqual([10, 11])
    expect(unpinned(r)[0]?.message).toBe(
      "job 'a' step 4 uses someone/tool@v1, pinned to the movable ref 'v1', but checks.workflow-lint.pinning '*' requires a full commit SHA"
    )
    // the remediation does not offer to relax a rule the team wrote itself
    expect(unpinned(r)[0]?.remediation).not.toMatch(/pinning:/)
    expect(unpinned(r)[1]?.message).toMatch(/docker image referenced by tag/)
  })

  test('with nothing left to fix, the passed summary names the policy', async () => {
    const clean = workflow
      .replace('someone/tool@v1', `someone/tool@${PIN}`)
      .replace('docker://alpine:3.20', `docker://alpine@sha256:${'2'.repeat(64)}`)
    const r = await lint(await repo(clean), {
      severity: { 'script-syntax': 'off' },
      pinning: { 'actions/*': 'ref', 'github/*': 'ref', 'my-org/*': 'ref' }
    })
    expect(unpinned(r)).toEqual([])
    const summary = r.checks.find((c) => c.id === 'unpinned-action')
    expect(summary?.status).toBe('passed')
    expect(summary?.message).toContain(
      "('actions/*': ref, 'github/*': ref, 'my-org/*': ref, '*': sha (default); docker images by digest)"
    )
  })
})

describe('checks.workflow-lint.pinning in the policy file', () => {
  test('the patterns keep the order they are written in, through the YAML reader', () => {
    const policy = parsePolicy(
      `${POLICY_HEAD}      my-org/deploy: sha\n      my-org/*: ref\n      "*": sha\n`,
      '.github/gonogo.yml'
    )
    const settings = resolveSettings(policy.checks?.['workflow-lint'])
    expect(settings.pinning.map((r) => `${r.pattern}=${r.policy}`)).toEqual([
      'my-org/deploy=sha',
      'my-org/*=ref',
      '*=sha'
    ])
  })

  test('a malformed pattern is a schema error naming the file and line', () => {
    const text = `${POLICY_HEAD}      actions/*: ref\n      "actions checkout": ref\n      "*": sha\n`
    expect(() => parsePolicy(text, '.github/gonogo.yml')).toThrow(ConfigurationError)
    let message = ''
    try {
      parsePolicy(text, '.github/gonogo.yml')
    } catch (e) {
      message = (e as Error).message
    }
    // The `pinning:` mapping starts at line 7; the bad key is on line 8, and the message is there.
    expect(message).toBe(
      ".github/gonogo.yml:8:7: checks.workflow-lint.pinning.actions checkout: 'actions checkout' is not an allowed key here: a pinning pattern: * (every repository) or owner/name, where * and ? match within one part (actions/*, my-org/setup-*, actions/checkout)"
    )
    // one slash only: a sub-path is not a repository pattern
    expect(() =>
      parsePolicy(`${POLICY_HEAD}      github/codeql-action/init: ref\n`, '.github/gonogo.yml')
    ).toThrow(/\.github\/gonogo\.yml:\d+:\d+: .*github\/codeql-action\/init/)
  })

  test('an unknown policy is a schema error naming the line of the value', () => {
    const text = `${POLICY_HEAD}      actions/*: ref\n      my-org/*: sometimes\n`
    expect(() => parsePolicy(text, '.github/gonogo.yml')).toThrow(
      /\.github\/gonogo\.yml:8:\d+: checks\.workflow-lint\.pinning\.my-org\/\*: "sometimes" is not allowed; allowed: "sha", "ref", "any"/
    )
  })
})
