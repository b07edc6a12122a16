import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BuiltinContext } from '../src/checks/builtin-contract.js'
import { policyBundleCheck, runPolicyBundle } from '../src/checks/policy-bundle/run.js'
import { readManifest, rootsOverlap } from '../src/checks/policy-bundle/manifest.js'
import { scanRego } from '../src/checks/policy-bundle/rego.js'
import { stableStringify } from '../src/core/canonical-json.js'
import type { Report, ReportCheck } from '../src/core/report.js'
import { validatePolicy, validateReport } from '../src/generated/validators.js'
import { workspaceWithFacts } from './support/facts-repo.js'

const FIXTURE = path.resolve('__tests__/fixtures/opa/bundle')
const EFFECTIVE = Date.parse('2026-11-21T00:00:00Z')
const NO_OPA = path.join(os.tmpdir(), 'gonogo-no-such-dir', 'opa')
const temps: string[] = []

afterAll(async () => {
  for (const t of temps) await fs.rm(t, { recursive: true, force: true })
})

async function tempDir(): Promise<string> {
  const d = await fs.mkdtemp(path.join(os.tmpdir(), 'gonogo-opa-'))
  temps.push(d)
  return d
}

/** A copy of the valid two-root bundle fixture. */
async function fixtureWorkspace(): Promise<string> {
  const dir = await tempDir()
  await fs.cp(FIXTURE, dir, { recursive: true })
  return dir
}

async function write(dir: string, rel: string, content: string | Buffer): Promise<void> {
  await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true })
  await fs.writeFile(path.join(dir, rel), content)
}

let clock = 0
function git(dir: string, ...args: string[]): string {
  clock++
  const date = `2026-11-${String(Math.min(28, 1 + clock)).padStart(2, '0')}T10:00:00Z`
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Ada',
      GIT_AUTHOR_EMAIL: 'ada@example.com',
      GIT_COMMITTER_NAME: 'Ada',
      GIT_COMMITTER_EMAIL: 'ada@example.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: dir
    }
  }).trim()
}

/** The fixture committed on main, with a feature branch checked out on top. */
async function gitWorkspace(): Promise<string> {
  const dir = await fixtureWorkspace()
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'bundle 1.2.0')
  git(dir, 'checkout', '-qb', 'feature')
  return dir
}

function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', message)
}

const POLICIES = { path: 'policies', require_annotations: ['custom.owner'], test_coverage: 80 }

async function run(
  dir: string,
  settings: unknown,
  opts: { opa?: string; baseRef?: string } = {}
): Promise<Report> {
  const ctx: BuiltinContext = {
    ...(await workspaceWithFacts(dir)),
    policy: { version: 1, controls: [] } as unknown as BuiltinContext['policy'],
    settings,
    subject: { repository: 'acme/shop', sha: 'a'.repeat(40), ref: 'refs/heads/feature' },
    effectiveTime: EFFECTIVE,
    ...(opts.baseRef ? { baseRef: opts.baseRef } : {}),
    log: () => {}
  }
  return policyBundleCheck({ opa: opts.opa ?? NO_OPA })(ctx)
}

function check(r: Report, id: string): ReportCheck {
  const c = r.checks.find((x) => x.id === id)
  if (!c) throw new Error(`no check ${id} in ${r.checks.map((x) => x.id).join(', ')}`)
  return c
}

function notPassed(r: Report): ReportCheck[] {
  return r.checks.filter((c) => c.status !== 'passed')
}

/** A stand-in `opa` that prints a coverage report and exits as told. */
async function fakeOpa(coverage: number, exitCode = 0, stderr = ''): Promise<string> {
  const dir = await tempDir()
  const file = path.join(dir, 'opa')
  const report = {
    files: {
      'policies/authz/authz.rego': { coverage: coverage - 10 },
      'policies/billing/billing.rego': { coverage: 100 }
    },
    covered_lines: 8,
    not_covered_lines: 2,
    coverage
  }
  await fs.writeFile(
    file,
    `#!/bin/sh\necho "$@" > "${dir}/args"\ncat <<'JSON'\n${JSON.stringify(report)}\nJSON\n${stderr ? `echo '${stderr}' >&2\n` : ''}exit ${exitCode}\n`
  )
  await fs.chmod(file, 0o755)
  return file
}

describe('policy-bundle settings', () => {
  test('the documented settings validate against the policy schema', () => {
    const ok = validatePolicy({
      version: 1,
      controls: [{ id: 'opa', severity: 'high', source: { builtin: 'policy-bundle' } }],
      checks: {
        'policy-bundle': {
          bundles: [
            {
              path: 'policies/authz',
              require_annotations: ['custom.owner'],
              test_coverage: 80,
              bump: { major: ['package-removed', 'rule-removed'], minor: ['rule-added'] }
            }
          ],
          base_ref: 'main',
          opa_timeout_seconds: 120
        }
      }
    })
    expect(validatePolicy.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  test('an unknown change kind in bump is refused by the schema', () => {
    const ok = validatePolicy({
      version: 1,
      controls: [{ id: 'opa', severity: 'high' }],
      checks: { 'policy-bundle': { bundles: [{ path: 'p', bump: { major: ['everything'] } }] } }
    })
    expect(ok).toBe(false)
  })

  test('no bundles declared is unverified and says where to declare them', async () => {
    const dir = await fixtureWorkspace()
    const r = await run(dir, undefined)
    expect(r.status).toBe('unverified')
    expect(check(r, 'settings').remediation).toContain('checks.policy-bundle.bundles')
  })
})

describe('a valid bundle with two roots and nested packages', () => {
  test('every layout check passes; without opa only opa-test is unverified, naming setup-opa', async () => {
    const dir = await fixtureWorkspace()
    const r = await run(dir, { bundles: [POLICIES] })
    expect(notPassed(r).map((c) => c.id)).toEqual(['policies:opa-test', 'policies:revision'])
    const opa = check(r, 'policies:opa-test')
    expect(opa.status).toBe('unverified')
    expect(opa.unlock).toContain('open-policy-agent/setup-opa')
    expect(check(r, 'policies:manifest').message).toContain("roots ['authz', 'billing']")
    expect(check(r, 'policies:tests').message).toContain('all 4 package(s) have tests')
    expect(check(r, 'policies:annotations').message).toContain('every package sets custom.owner')
    expect(check(r, 'policies:data').message).toContain('2 data file(s) parse')
    // not a git checkout: the revision bump cannot be judged
    expect(check(r, 'policies:revision').status).toBe('unverified')
    expect(r.status).toBe('unverified')
  })

  test('the same inputs give a byte-identical report that validates as gonogo.report/v1', async () => {
    const dir = await fixtureWorkspace()
    const report = await run(dir, { bundles: [POLICIES] }, { opa: await fakeOpa(61) })
    expect(validateReport(report)).toBe(true)
    const a = stableStringify(report)
    const b = stableStringify(await run(dir, { bundles: [POLICIES] }, { opa: await fakeOpa(61) }))
    expect(a).toBe(b)
  })

  test('the real runPolicyBundle never throws, whether or not opa is installed', async () => {
    const dir = await fixtureWorkspace()
    const r = await runPolicyBundle({
      ...(await workspaceWithFacts(dir)),
      policy: { version: 1, controls: [] } as unknown as BuiltinContext['policy'],
      settings: { bundles: [POLICIES] },
      subject: { repository: 'acme/shop', sha: 'a'.repeat(40), ref: 'refs/heads/main' },
      effectiveTime: EFFECTIVE,
      log: () => {}
    })
    expect(r.contract).toBe('gonogo.report/v1')
    expect(check(r, 'policies:manifest').status).toBe('passed')
  })
})

describe('opa test --coverage', () => {
  test('coverage above the threshold passes, and opa is run on the bundle folder', async () => {
    const dir = await fixtureWorkspace()
    const opa = await fakeOpa(92.5)
    const r = await run(dir, { bundles: [POLICIES] }, { opa })
    const c = check(r, 'policies:opa-test')
    expect(c.status).toBe('passed')
    expect(c.message).toBe('tests pass, coverage 92.5% (threshold 80%)')
    const args = await fs.readFile(path.join(path.dirname(opa), 'args'), 'utf8')
    expect(args.trim()).toBe('test --coverage --format=json policies')
  })

  test('coverage below the threshold fails and names the least-covered file', async () => {
    const dir = await fixtureWorkspace()
    const r = await run(dir, { bundles: [POLICIES] }, { opa: await fakeOpa(61) })
    const c = check(r, 'policies:opa-test')
    expect(c.status).toBe('failed')
    expect(c.message).toContain('coverage 61% is below the 80% threshold')
    expect(c.message).toContain('policies/authz/authz.rego 51%')
    expect(c.location).toEqual({ file: 'policies/authz/authz.rego' })
  })

  test('failing tests (exit 2) fail the check', async () => {
    const dir = await fixtureWorkspace()
    const r = await run(dir, { bundles: [POLICIES] }, { opa: await fakeOpa(95, 2) })
    expect(check(r, 'policies:opa-test')).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('tests failed') as unknown as string
    })
  })

  test('a compile error points at the file and line opa names', async () => {
    const dir = await fixtureWorkspace()
    const opa = await fakeOpa(
      0,
      1,
      '1 error occurred: policies/authz/authz.rego:12: rego_parse_error: unexpected }'
    )
    const c = check(await run(dir, { bundles: [POLICIES] }, { opa }), 'policies:opa-test')
    expect(c.status).toBe('failed')
    expect(c.location).toEqual({ file: 'policies/authz/authz.rego', line: 12 })
  })
})

describe('broken bundles', () => {
  test('a package without tests is a finding at its package line', async () => {
    const dir = await fixtureWorkspace()
    await write(
      dir,
      'policies/authz/audit/audit.rego',
      '# METADATA\n# custom:\n#   owner: "@acme/sec"\npackage authz.audit\n\nlog if true\n'
    )
    const r = await run(dir, { bundles: [POLICIES] })
    expect(check(r, 'policies:tests:authz.audit')).toMatchObject({
      status: 'failed',
      location: { file: 'policies/authz/audit/audit.rego', line: 4 },
      remediation: expect.stringContaining(
        'policies/authz/audit/audit_test.rego with `package authz.audit`'
      ) as unknown as string
    })
  })

  test('a test package named after a root (authz_test) is outside the roots, as OPA sees it', async () => {
    const dir = await fixtureWorkspace()
    await write(
      dir,
      'policies/authz/authz_test.rego',
      'package authz_test\n\nimport data.authz\n\ntest_x if authz.allow\n'
    )
    const r = await run(dir, { bundles: [POLICIES] })
    expect(check(r, 'policies:packages:policies/authz/authz_test.rego').message).toContain(
      'package authz_test (data path authz_test) is outside the bundle roots'
    )
    // it still counts as the test of authz
    expect(check(r, 'policies:tests').status).toBe('passed')
  })

  test('a test module that only refers to data.billing.invoices tests that package', async () => {
    const dir = await fixtureWorkspace()
    await write(
      dir,
      'policies/billing/invoices/invoices_test.rego',
      'package billing.checks\n\ntest_valid if {\n\tdata.billing.invoices.valid with input as {"amount": 1}\n}\n'
    )
    expect(check(await run(dir, { bundles: [POLICIES] }), 'policies:tests').status).toBe('passed')
    await write(
      dir,
      'policies/billing/invoices/invoices_test.rego',
      'package billing.checks\n\n# data.billing.invoices in a comment does not count\ntest_valid if true\n'
    )
    expect(
      check(await run(dir, { bundles: [POLICIES] }), 'policies:tests:billing.invoices').status
    ).toBe('failed')
  })

  test('require_tests: false skips the test rule', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, 'policies/authz/audit/audit.rego', 'package authz.audit\n')
    const r = await run(dir, { bundles: [{ path: 'policies', require_tests: false }] })
    expect(r.checks.some((c) => c.id.startsWith('policies:tests'))).toBe(false)
  })

  test('a manifest with a syntax error on line 3 is a finding at line 3', async () => {
    const dir = await fixtureWorkspace()
    await write(
      dir,
      'policies/.manifest',
      '{\n  "revision": "1.2.0",\n  "roots": ["authz" "billing"]\n}\n'
    )
    const r = await run(dir, { bundles: [POLICIES] })
    const m = check(r, 'policies:manifest:line 3')
    expect(m.status).toBe('failed')
    expect(m.location).toEqual({ file: 'policies/.manifest', line: 3 })
    // the roots are unknown, so packages are not judged against them
    expect(check(r, 'policies:packages').status).toBe('unverified')
  })

  test('a manifest without revision, with rego_version 2 and a bad wasm entry lists each problem', async () => {
    const dir = await fixtureWorkspace()
    await write(
      dir,
      'policies/.manifest',
      '{\n  "roots": ["authz", "billing"],\n  "rego_version": 2,\n  "wasm": [{"entrypoint": "authz/allow"}],\n  "revison": "1"\n}\n'
    )
    const r = await run(dir, { bundles: [POLICIES] })
    const msgs = notPassed(r)
      .filter((c) => c.id.startsWith('policies:manifest'))
      .map((c) => c.message)
    expect(msgs).toEqual(
      expect.arrayContaining([
        "policies/.manifest: missing 'revision'",
        "policies/.manifest: 'rego_version' must be 0 or 1",
        expect.stringContaining(
          "'wasm[0]' must be an object with string 'entrypoint' and 'module'"
        ),
        expect.stringContaining("unknown key 'revison'")
      ])
    )
    expect(check(r, 'policies:manifest:line 3').location).toEqual({
      file: 'policies/.manifest',
      line: 3
    })
  })

  test('a missing manifest fails with an example to copy', async () => {
    const dir = await fixtureWorkspace()
    await fs.rm(path.join(dir, 'policies/.manifest'))
    const c = check(await run(dir, { bundles: [POLICIES] }), 'policies:manifest:.manifest')
    expect(c.status).toBe('failed')
    expect(c.remediation).toContain('"revision"')
  })

  test('overlapping roots inside one manifest fail, as OPA refuses them', async () => {
    const dir = await fixtureWorkspace()
    await write(
      dir,
      'policies/.manifest',
      '{\n  "revision": "1.2.0",\n  "roots": ["authz", "billing", "authz/users"]\n}\n'
    )
    const c = check(await run(dir, { bundles: [POLICIES] }), 'policies:roots:authz|authz/users')
    expect(c).toMatchObject({ status: 'failed', location: { file: 'policies/.manifest', line: 3 } })
  })

  test('two bundles whose roots overlap fail, and a bundle without roots owns the whole tree', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, 'extra/.manifest', '{"revision": "1"}\n')
    await write(dir, 'extra/audit/audit.rego', 'package audit\n\nok if true\n')
    await write(dir, 'extra/audit/audit_test.rego', 'package audit_test\n\ntest_ok if true\n')
    const r = await run(dir, { bundles: [POLICIES, { path: 'extra' }] })
    expect(check(r, 'extra:roots:policies:|authz').message).toContain(
      "root '' (the whole data tree, as no roots are declared) overlaps root 'authz' of bundle policies"
    )
    expect(check(r, 'policies:roots:extra:authz|').status).toBe('failed')
    expect(rootsOverlap('authz', 'authz2')).toBe(false)
    expect(rootsOverlap('a/b', 'a/b/c')).toBe(true)
  })

  test('a package outside the roots is a finding at its package line', async () => {
    const dir = await fixtureWorkspace()
    await write(
      dir,
      'policies/authz/stray.rego',
      '# a stray module\npackage payments.refunds\n\nallow if true\n'
    )
    const c = check(
      await run(dir, { bundles: [POLICIES] }),
      'policies:packages:policies/authz/stray.rego'
    )
    expect(c).toMatchObject({
      status: 'failed',
      location: { file: 'policies/authz/stray.rego', line: 2 },
      message: expect.stringContaining(
        "package payments.refunds (data path payments/refunds) is outside the bundle roots ['authz', 'billing']"
      ) as unknown as string
    })
  })

  test('a module without a package statement is a finding', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, 'policies/authz/nopkg.rego', 'allow if true\n')
    const c = check(
      await run(dir, { bundles: [POLICIES] }),
      'policies:packages:policies/authz/nopkg.rego'
    )
    expect(c.message).toContain('no package statement')
  })

  test('a package without its owner annotation fails; subpackages-scoped owners cover nested packages', async () => {
    const dir = await fixtureWorkspace()
    await write(
      dir,
      'policies/authz/users/users.rego',
      'package authz.users\n\nis_admin if false\n'
    )
    await write(
      dir,
      'policies/billing/invoices/late.rego',
      'package billing.invoices.late\n\nfee := 5\n'
    )
    await write(
      dir,
      'policies/billing/invoices/late_test.rego',
      'package billing.invoices.late_test\n\ntest_fee if true\n'
    )
    const r = await run(dir, { bundles: [POLICIES] })
    const missing = notPassed(r).filter((c) => c.id.startsWith('policies:annotations'))
    expect(missing.map((c) => c.id)).toEqual(['policies:annotations:authz.users:custom.owner'])
    expect(missing[0]?.location).toEqual({ file: 'policies/authz/users/users.rego', line: 1 })
    expect(missing[0]?.remediation).toContain('# METADATA\n# custom:\n#   owner: <value>')
  })

  test('an empty owner does not count', async () => {
    const dir = await fixtureWorkspace()
    await write(
      dir,
      'policies/authz/users/users.rego',
      '# METADATA\n# custom:\n#   owner: ""\npackage authz.users\n'
    )
    const r = await run(dir, { bundles: [POLICIES] })
    expect(check(r, 'policies:annotations:authz.users:custom.owner').status).toBe('failed')
  })

  test('a METADATA block that is not YAML is a finding at the bad line', async () => {
    const dir = await fixtureWorkspace()
    await write(
      dir,
      'policies/authz/users/users.rego',
      '# METADATA\n# custom:\n#   owner: "@acme/identity\n#  - broken: [\npackage authz.users\n'
    )
    const r = await run(dir, { bundles: [POLICIES] })
    const bad = notPassed(r).find((c) =>
      c.id.startsWith('policies:annotations:policies/authz/users/users.rego')
    )
    expect(bad?.message).toContain('the METADATA block does not parse')
    expect(bad?.location?.file).toBe('policies/authz/users/users.rego')
    expect(bad?.location?.line).toBe(4)
  })

  test('a data.json with a syntax error on line 3 is a finding at line 3', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, 'policies/authz/data.json', '{\n  "admins": ["ada"],\n  "oops": \n}\n')
    const c = check(
      await run(dir, { bundles: [POLICIES] }),
      'policies:data:policies/authz/data.json'
    )
    expect(c).toMatchObject({
      status: 'failed',
      location: { file: 'policies/authz/data.json', line: 4 }
    })
  })

  test('a data.yaml that does not parse and a data file outside the roots are findings', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, 'policies/billing/data.yaml', 'currencies:\n  - EUR\n bad: [\n')
    await write(dir, 'policies/other/data.json', '{}\n')
    const r = await run(dir, { bundles: [POLICIES] })
    expect(check(r, 'policies:data:policies/billing/data.yaml').message).toContain('not valid YAML')
    expect(check(r, 'policies:data:policies/other/data.json').message).toContain(
      "data path 'other' is outside the bundle roots"
    )
  })
})

describe('bad input', () => {
  test('a module linked to a file outside the workspace is refused, and opa is not run', async () => {
    const dir = await fixtureWorkspace()
    const outside = await tempDir()
    await write(outside, 'secret.rego', 'package authz.secret\n')
    await fs.symlink(
      path.join(outside, 'secret.rego'),
      path.join(dir, 'policies/authz/secret.rego')
    )
    const opa = await fakeOpa(100)
    const r = await run(dir, { bundles: [POLICIES] }, { opa })
    expect(check(r, 'policies:files:policies/authz/secret.rego')).toMatchObject({
      status: 'failed',
      message: 'policies/authz/secret.rego: symbolic link that leads outside the workspace'
    })
    expect(check(r, 'policies:opa-test').status).toBe('unverified')
    await expect(fs.access(path.join(path.dirname(opa), 'args'))).rejects.toThrow()
  })

  test('a bundle folder that is a link out of the workspace is refused', async () => {
    const dir = await tempDir()
    const outside = await fixtureWorkspace()
    await fs.symlink(path.join(outside, 'policies'), path.join(dir, 'policies'))
    const r = await run(dir, { bundles: [POLICIES] })
    expect(check(r, 'policies:folder')).toMatchObject({
      status: 'failed',
      message: 'policies: symbolic link that leads outside the workspace'
    })
    expect(r.checks).toHaveLength(1)
  })

  test('a declared bundle that does not exist fails', async () => {
    const dir = await fixtureWorkspace()
    const r = await run(dir, { bundles: [{ path: 'policies/missing' }] })
    expect(check(r, 'policies/missing:folder').message).toBe(
      'policies/missing: bundle folder not found'
    )
  })

  test('a binary .rego file is a finding, not a crash', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, 'policies/authz/blob.rego', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0]))
    const c = check(
      await run(dir, { bundles: [POLICIES] }),
      'policies:files:policies/authz/blob.rego'
    )
    expect(c.message).toBe('policies/authz/blob.rego: binary data, not Rego')
  })

  test('a module over max_file_bytes is a finding naming the limit', async () => {
    const dir = await fixtureWorkspace()
    await write(dir, 'policies/authz/big.rego', `package authz.big\n${'# padding\n'.repeat(2000)}`)
    const r = await run(dir, { bundles: [{ ...POLICIES }], max_file_bytes: 4096 })
    const c = check(r, 'policies:files:policies/authz/big.rego')
    expect(c.message).toContain('max_file_bytes')
  })

  test('an unreadable module is a finding', async () => {
    if (process.getuid?.() === 0) return // root reads anything
    const dir = await fixtureWorkspace()
    await fs.chmod(path.join(dir, 'policies/authz/authz.rego'), 0o000)
    const c = check(
      await run(dir, { bundles: [POLICIES] }),
      'policies:files:policies/authz/authz.rego'
    )
    expect(c.message).toContain('cannot be opened')
  })

  test('a bundle with 10,000 modules is read without a crash and lists what is missing, capped', async () => {
    const dir = await tempDir()
    await write(dir, 'big/.manifest', '{"revision": "1", "roots": ["big"]}\n')
    // synchronous writes: 10,000 small files are written fastest one after another
    for (let i = 0; i < 10_000; i++) {
      const n = String(i).padStart(5, '0')
      const d = path.join(dir, 'big', `p${n.slice(0, 2)}`)
      if (i % 100 === 0) mkdirSync(d, { recursive: true })
      writeFileSync(path.join(d, `m${n}.rego`), `package big.m${n}\n\nallow if true\n`)
    }
    const t0 = Date.now()
    const r = await run(dir, { bundles: [{ path: 'big' }] })
    expect(Date.now() - t0).toBeLessThan(30_000)
    expect(check(r, 'big:files').message).toBe('10000 module(s) and 0 data file(s) read')
    expect(check(r, 'big:packages').status).toBe('passed')
    const tests = r.checks.filter((c) => c.id.startsWith('big:tests'))
    expect(tests).toHaveLength(51)
    expect(check(r, 'big:tests:more').message).toMatch(/^9950 more tests finding\(s\)/)
  }, 60_000)

  test('more files than max_files fails instead of passing a partial look', async () => {
    const dir = await fixtureWorkspace()
    const r = await run(dir, { bundles: [POLICIES], max_files: 3 })
    expect(check(r, 'policies:files:limit').status).toBe('failed')
  })
})

describe('revision bump against the base ref', () => {
  test('policy changed but revision unchanged fails at the revision line', async () => {
    const dir = await gitWorkspace()
    await write(
      dir,
      'policies/authz/authz.rego',
      (await fs.readFile(path.join(FIXTURE, 'policies/authz/authz.rego'), 'utf8')).replace(
        '"GET"',
        '"HEAD"'
      )
    )
    commitAll(dir, 'allow HEAD')
    const c = check(
      await run(dir, { bundles: [POLICIES] }, { baseRef: 'main' }),
      'policies:revision'
    )
    expect(c.status).toBe('failed')
    expect(c.message).toContain('1 policy file(s) changed since main')
    expect(c.message).toContain("but revision is still '1.2.0'")
    expect(c.location).toEqual({ file: 'policies/.manifest', line: 2 })
    expect(c.remediation).toContain('1.2.1')
  })

  test('a bumped revision passes; no change at all passes', async () => {
    const dir = await gitWorkspace()
    expect(check(await run(dir, { bundles: [POLICIES] }), 'policies:revision').message).toMatch(
      /^no policy files changed since main \(/
    )
    await write(dir, 'policies/billing/data.yaml', 'currencies: [EUR, USD, GBP]\n')
    await write(
      dir,
      'policies/.manifest',
      (await fs.readFile(path.join(FIXTURE, 'policies/.manifest'), 'utf8')).replace(
        '1.2.0',
        '1.2.1'
      )
    )
    commitAll(dir, 'GBP')
    const c = check(await run(dir, { bundles: [POLICIES] }), 'policies:revision')
    expect(c.status).toBe('passed')
    expect(c.message).toContain("revision changed from '1.2.0' to '1.2.1'")
  })

  test('a README change in the bundle folder needs no new revision', async () => {
    const dir = await gitWorkspace()
    await write(dir, 'policies/README.md', 'notes\n')
    commitAll(dir, 'docs')
    expect(check(await run(dir, { bundles: [POLICIES] }), 'policies:revision').status).toBe(
      'passed'
    )
  })

  const BUMP = {
    ...POLICIES,
    bump: { major: ['package-removed', 'rule-removed'], minor: ['package-added', 'rule-added'] }
  }

  test('a removed rule with only a minor bump fails when removals need a major bump', async () => {
    const dir = await gitWorkspace()
    await write(
      dir,
      'policies/billing/invoices/invoices.rego',
      'package billing.invoices\n\nlabel := "{draft}"\n'
    )
    await write(
      dir,
      'policies/.manifest',
      '{\n  "revision": "1.3.0",\n  "roots": ["authz", "billing"]\n}\n'
    )
    commitAll(dir, 'drop valid')
    const c = check(await run(dir, { bundles: [BUMP] }), 'policies:revision')
    expect(c.status).toBe('failed')
    expect(c.message).toContain('need a major bump (rule-removed: billing.invoices.valid)')
    expect(c.message).toContain("from '1.2.0' to '1.3.0' (minor)")
    expect(c.remediation).toContain('2.0.0')
  })

  test('a removed package with a major bump passes', async () => {
    const dir = await gitWorkspace()
    await fs.rm(path.join(dir, 'policies/billing/invoices'), { recursive: true })
    await write(
      dir,
      'policies/.manifest',
      '{\n  "revision": "2.0.0",\n  "roots": ["authz", "billing"]\n}\n'
    )
    commitAll(dir, 'drop invoices')
    const c = check(await run(dir, { bundles: [BUMP] }), 'policies:revision')
    expect(c.status).toBe('passed')
    expect(c.message).toContain('the changes need major')
  })

  test('an added rule with a patch bump fails when additions need a minor bump', async () => {
    const dir = await gitWorkspace()
    await write(
      dir,
      'policies/billing/billing.rego',
      (await fs.readFile(path.join(FIXTURE, 'policies/billing/billing.rego'), 'utf8')) +
        '\nmin_amount := 1\n'
    )
    await write(
      dir,
      'policies/.manifest',
      '{\n  "revision": "1.2.1",\n  "roots": ["authz", "billing"]\n}\n'
    )
    commitAll(dir, 'min amount')
    const c = check(await run(dir, { bundles: [BUMP] }), 'policies:revision')
    expect(c.status).toBe('failed')
    expect(c.message).toContain('need a minor bump (rule-added: billing.min_amount)')
  })

  test('a revision that goes down fails', async () => {
    const dir = await gitWorkspace()
    await write(dir, 'policies/authz/authz_test.rego', 'package authz.test\n\ntest_x if true\n')
    await write(
      dir,
      'policies/.manifest',
      '{\n  "revision": "1.1.9",\n  "roots": ["authz", "billing"]\n}\n'
    )
    commitAll(dir, 'tests')
    const c = check(await run(dir, { bundles: [BUMP] }), 'policies:revision')
    expect(c.message).toContain("went from '1.2.0' to '1.1.9': not an increase")
  })

  test('a base ref that is missing in a shallow clone is unverified, naming fetch-depth: 0', async () => {
    const origin = await gitWorkspace()
    await write(origin, 'policies/authz/authz_test.rego', 'package authz.test\n\ntest_x if true\n')
    commitAll(origin, 'tests')
    const clone = await tempDir()
    execFileSync('git', [
      'clone',
      '-q',
      '--depth',
      '1',
      '--branch',
      'feature',
      `file://${origin}`,
      clone
    ])
    const c = check(await run(clone, { bundles: [POLICIES] }), 'policies:revision')
    expect(c.status).toBe('unverified')
    expect(c.message).toContain('(the clone is shallow)')
    expect(c.unlock).toContain('fetch-depth: 0')
  })

  test('the base ref is found as origin/<ref> in a full clone', async () => {
    const origin = await gitWorkspace()
    await write(origin, 'policies/authz/authz_test.rego', 'package authz.test\n\ntest_x if true\n')
    commitAll(origin, 'tests')
    const clone = await tempDir()
    execFileSync('git', ['clone', '-q', '--no-local', '--branch', 'feature', origin, clone])
    const c = check(
      await run(clone, { bundles: [POLICIES] }, { baseRef: 'main' }),
      'policies:revision'
    )
    expect(c.status).toBe('failed')
    expect(c.message).toContain('since origin/main')
  })
})

describe('the Rego scanner', () => {
  test('reads bracketed package names, rule heads and skips braces in strings and comments', () => {
    const m = scanRego(
      'package a.b["c-d"]\n\nimport rego.v1\n\nx := "{"\n# {\ndefault allow := false\nallow if {\n  input.y == "}"\n  nested := {"a": 1}\n}\ndeny contains msg if {\n\tmsg := `raw {\n}`\n}\nf(x) := x\n'
    )
    expect(m.package).toEqual(['a', 'b', 'c-d'])
    expect(m.rules.map((r) => `${r.name}@${r.line}`)).toEqual([
      'x@5',
      'allow@7',
      'allow@8',
      'deny@12',
      'f@16'
    ])
  })

  test('a METADATA block before the package is package-scoped, one before a rule is rule-scoped', () => {
    const m = scanRego(
      '# METADATA\n# title: t\n# custom:\n#   owner: me\n\npackage p\n\n# METADATA\n# title: rule\nallow if true\n'
    )
    expect(m.metadata.map((b) => [b.line, b.scope])).toEqual([
      [1, 'package'],
      [8, 'rule']
    ])
    expect(m.metadata[0]?.value).toEqual({ title: 't', custom: { owner: 'me' } })
  })

  test('manifest line numbers follow the keys', () => {
    const r = readManifest('{\n  "roots": ["a"],\n  "revision": 7\n}\n')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems).toEqual([{ message: "'revision' must be a string", line: 3 }])
  })
})
