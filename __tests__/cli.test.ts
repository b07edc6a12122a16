import { afterEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, readdir, symlink, truncate } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import { exampleWorkspace, FAILING_JUNIT, writeIn } from './support/temp-workspace.js'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()))
})

async function workspace(opts: { git?: boolean } = {}): Promise<{ dir: string; sha: string }> {
  const ws = await exampleWorkspace(opts)
  cleanups.push(ws.cleanup)
  return ws
}

function io(cwd: string): Io & { stdout: string; stderr: string } {
  const o = {
    stdout: '',
    stderr: '',
    env: {} as NodeJS.ProcessEnv,
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

const TIME = ['--effective-time', '2026-11-21T00:00:00Z']

describe('gonogo gate (CLI)', () => {
  test('without --branch, the profile is chosen by the branch checked out (git), --branch wins', async () => {
    const { dir } = await workspace({ git: true })
    execFileSync('git', ['checkout', '-q', '-b', 'release/1.2'], { cwd: dir })
    await writeIn(
      dir,
      '.github/gonogo.yml',
      [
        'version: 1',
        'profiles:',
        '  strict: { max_high: 0, max_medium: 0 }',
        '  release: { max_high: 0, max_medium: 5 }',
        'select_profile:',
        '  - { branch: "release/*", profile: release }',
        '  - { profile: strict }',
        'controls:',
        '  - { id: unit, severity: medium, source: { junit: "test-results/**/*.xml" } }',
        ''
      ].join('\n')
    )
    const summaryOf = async (
      args: string[]
    ): Promise<{ profile: { name: string; selected_by: string }; inputs: { branch: string } }> => {
      const o = io(dir)
      await main(['gate', '--quiet', ...TIME, ...args], o)
      return JSON.parse(
        await readFile(path.join(dir, 'gonogo-out', 'executive-summary.json'), 'utf8')
      ) as never
    }
    const detected = await summaryOf([])
    expect(detected.inputs.branch).toBe('release/1.2')
    expect(detected.profile).toMatchObject({ name: 'release', selected_by: 'select_profile[0]' })
    const given = await summaryOf(['--branch', 'main'])
    expect(given.inputs.branch).toBe('main')
    expect(given.profile).toMatchObject({ name: 'strict', selected_by: 'select_profile[1]' })
  })

  test('without --sha, a built-in check reports on HEAD instead of an invalid empty commit', async () => {
    const { dir, sha } = await workspace({ git: true })
    await writeIn(
      dir,
      '.github/gonogo.yml',
      'version: 1\ncontrols:\n  - { id: lint, severity: high, source: { builtin: workflow-lint } }\n'
    )
    await writeIn(
      dir,
      '.github/workflows/ci.yml',
      'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n'
    )
    const o = io(dir)
    await main(['gate', ...TIME], o)
    // Judged (the example's own workflows have findings), not refused as an invalid report.
    expect(o.stdout).toContain('builtin:workflow-lint: failed (')
    expect(o.stdout).not.toContain('invalid')
    const report = JSON.parse(
      await readFile(path.join(dir, 'gonogo-out', 'report-workflow-lint.json'), 'utf8')
    ) as { subject: { sha: string } }
    expect(report.subject.sha).toBe(sha)
  })

  test('the bundled example is conditional-go: the failing code scan is waived', async () => {
    const { dir } = await workspace()
    const o = io(dir)
    const code = await main(['gate', '--output', 'out', ...TIME], o)
    expect(o.stderr).toBe('')
    expect(code).toBe(0)
    const summary = JSON.parse(
      await readFile(path.join(dir, 'out/executive-summary.json'), 'utf8')
    ) as Record<string, unknown>
    expect(summary).toMatchObject({
      decision: 'conditional-go',
      status: 'passed',
      profile: { name: 'strict' },
      effective_time: '2026-11-21T00:00:00.000Z'
    })
    expect(summary.controls).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'code-scanning',
          status: 'failed',
          severity: 'medium',
          outcome: 'waived',
          waiver: expect.objectContaining({ owner: '@alice' })
        })
      ])
    )
    const md = await readFile(path.join(dir, 'out/executive-summary.md'), 'utf8')
    expect(md).toContain('CONDITIONAL GO')
    expect(md).toContain('### Claim matrix')
    expect(md).toContain('### Blocker register')
  })

  test('same inputs and effective time give byte-identical JSON and Markdown', async () => {
    const { dir } = await workspace()
    await main(['gate', '--output', 'a', ...TIME], io(dir))
    await main(['gate', '--output', 'b', ...TIME], io(dir))
    for (const f of ['executive-summary.json', 'executive-summary.md']) {
      expect(await readFile(path.join(dir, 'b', f), 'utf8')).toBe(
        await readFile(path.join(dir, 'a', f), 'utf8')
      )
    }
  })

  test('a failing unit test is no-go with exit code 1 and names the failing test', async () => {
    const { dir } = await workspace()
    await writeIn(dir, 'test-results/unit/junit.xml', FAILING_JUNIT)
    const o = io(dir)
    expect(await main(['gate', '--output', 'out', ...TIME], o)).toBe(1)
    expect(o.stdout).toMatch(/^no-go/)
    expect(o.stdout).toContain(
      '[high] unit-tests (failed): test-results/unit/junit.xml: 1 failed and 0 errored of 2 tests'
    )
    const summary = JSON.parse(
      await readFile(path.join(dir, 'out/executive-summary.json'), 'utf8')
    ) as { blockers: unknown[] }
    expect(summary.blockers).toEqual(
      expect.arrayContaining([expect.objectContaining({ control: 'unit-tests', severity: 'high' })])
    )
  })

  test('the transitional profile is chosen for pull requests and can be overridden', async () => {
    const { dir } = await workspace()
    await writeIn(dir, 'test-results/unit/junit.xml', FAILING_JUNIT)
    const o = io(dir)
    await main(['gate', '--output', 'out', '--event', 'pull_request', ...TIME], o)
    expect(o.stdout).toContain('profile transitional')
    const o2 = io(dir)
    await main(
      ['gate', '--output', 'out', '--event', 'pull_request', '--profile', 'strict', ...TIME],
      o2
    )
    expect(o2.stdout).toContain('profile strict')
  })

  test('a report about another commit is stale when --sha is given', async () => {
    const { dir } = await workspace()
    const o = io(dir)
    expect(await main(['gate', '--output', 'out', '--sha', 'b'.repeat(40), ...TIME], o)).toBe(1)
    expect(o.stdout).toContain('branch-protection (stale)')
    expect(o.stdout).toContain(
      'report is about commit 4c8d1e2f3a4b, but the gate checks bbbbbbbbbbbb'
    )
  })

  test('an expired waiver blocks the release', async () => {
    const { dir } = await workspace()
    const o = io(dir)
    expect(
      await main(['gate', '--output', 'out', '--effective-time', '2027-01-01T00:00:00Z'], o)
    ).toBe(1)
    expect(o.stdout).toContain(
      '[high] code-scanning (expired-waiver): waiver by @alice expired on 2026-12-31'
    )
  })

  test('a policy with an unknown key is exit 2, names file, line and column, and writes nothing', async () => {
    const { dir } = await workspace()
    const policy = await readFile(path.join(dir, '.github/gonogo.yml'), 'utf8')
    await writeIn(
      dir,
      '.github/gonogo.yml',
      policy.replace(
        / {4}severity: medium\n {4}owner: .@acme\/security./,
        "    sevrity: medium\n    owner: '@acme/security'"
      )
    )
    const o = io(dir)
    expect(await main(['gate', '--output', 'out', ...TIME], o)).toBe(2)
    expect(o.stderr).toMatch(
      /\.github\/gonogo\.yml:\d+:5: controls\[2\]\.sevrity: unknown key 'sevrity'; allowed keys here: id, description, source, severity/
    )
    expect(o.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(path.join(dir, 'out'))).toBe(false)
  })

  test("a failed run removes the previous run's summary instead of leaving it to be mistaken for this one", async () => {
    const { dir } = await workspace()
    expect(await main(['gate', '--output', 'out', ...TIME], io(dir))).toBe(0)
    expect(existsSync(path.join(dir, 'out/executive-summary.json'))).toBe(true)
    await writeIn(dir, '.github/gonogo.yml', 'version: 2\n')
    expect(await main(['gate', '--output', 'out', ...TIME], io(dir))).toBe(2)
    expect(await readdir(path.join(dir, 'out'))).toEqual([])
  })

  test('usage errors are exit 2 with a message, not a stack trace', async () => {
    const { dir } = await workspace()
    for (const args of [
      ['gate', '--bogus'],
      ['frobnicate'],
      ['gate', '--effective-time', 'yesterday'],
      ['gate', '--sha', 'abc']
    ]) {
      const o = io(dir)
      expect(await main(args, o)).toBe(2)
      expect(o.stderr).toMatch(/^gonogo: /)
      expect(o.stderr).not.toMatch(/\n\s+at /)
    }
    expect(await readdir(dir)).not.toContain('gonogo-out')
  })

  test('a missing policy file says which file and how to fix it', async () => {
    const { dir } = await workspace()
    const o = io(dir)
    expect(await main(['gate', '--config', '.github/nope.yml', ...TIME], o)).toBe(2)
    expect(o.stderr).toContain('.github/nope.yml: file not found')
  })

  describe('bad input gives a clear message naming the file, never a stack trace or a half-written output', () => {
    async function gateWith(
      mutate: (dir: string) => Promise<void>,
      policyExtra = ''
    ): Promise<{
      code: number
      out: string
      summary: { controls: { id: string; status: string; message: string }[] }
    }> {
      const { dir } = await workspace()
      await mutate(dir)
      if (policyExtra) {
        const policy = await readFile(path.join(dir, '.github/gonogo.yml'), 'utf8')
        await writeIn(
          dir,
          '.github/gonogo.yml',
          policy.replace('\nwaivers:', `\n${policyExtra}\nwaivers:`)
        )
      }
      const o = io(dir)
      const code = await main(['gate', '--output', 'out', ...TIME], o)
      expect(o.stderr).toBe('')
      expect(o.stdout).not.toMatch(/\n\s+at /)
      expect((await readdir(path.join(dir, 'out'))).sort()).toEqual([
        'executive-summary.json',
        'executive-summary.md'
      ])
      const summary = JSON.parse(
        await readFile(path.join(dir, 'out/executive-summary.json'), 'utf8')
      ) as { controls: { id: string; status: string; message: string }[] }
      return { code, out: o.stdout, summary }
    }
    const statusOf = (
      r: { summary: { controls: { id: string; status: string; message: string }[] } },
      id: string
    ) => r.summary.controls.find((c) => c.id === id)

    test('a 100 MB report is invalid and is not read', async () => {
      const r = await gateWith(async (dir) => {
        await writeIn(dir, 'gonogo-reports/ci-stability.json', '{}')
        await truncate(path.join(dir, 'gonogo-reports/ci-stability.json'), 100 * 1024 * 1024)
      })
      expect(r.code).toBe(1)
      expect(statusOf(r, 'ci-stability')).toMatchObject({
        status: 'invalid',
        message:
          'gonogo-reports/ci-stability.json: 100.0 MiB is over the 50.0 MiB limit for a report (limits.max_report_bytes)'
      })
    })

    test('binary garbage is invalid', async () => {
      const r = await gateWith((dir) =>
        writeIn(
          dir,
          'gonogo-reports/ci-stability.json',
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255, 254])
        )
      )
      expect(r.code).toBe(1)
      expect(statusOf(r, 'ci-stability')).toMatchObject({
        status: 'invalid',
        message: 'gonogo-reports/ci-stability.json: binary data, not JSON'
      })
    })

    test('a report that is a symlink out of the workspace is invalid', async () => {
      const r = await gateWith(async (dir) => {
        await writeIn(dir, 'gonogo-reports/ci-stability.json', '')
        await import('node:fs/promises').then((fs) =>
          fs.rm(path.join(dir, 'gonogo-reports/ci-stability.json'))
        )
        const outside = path.join(os.tmpdir(), `gonogo-outside-${process.pid}.json`)
        await writeIn(os.tmpdir(), path.basename(outside), '{"status": "ok"}')
        await symlink(outside, path.join(dir, 'gonogo-reports/ci-stability.json'))
      })
      expect(r.code).toBe(1)
      expect(statusOf(r, 'ci-stability')).toMatchObject({
        status: 'invalid',
        message: 'gonogo-reports/ci-stability.json: symbolic link that leads outside the workspace'
      })
    })

    test('a report path that escapes the workspace is invalid', async () => {
      const r = await gateWith(
        async () => {},
        '  - id: escape\n    severity: high\n    source: { report: ../../etc/passwd }'
      )
      expect(r.code).toBe(1)
      expect(statusOf(r, 'escape')).toMatchObject({
        status: 'invalid',
        message: expect.stringContaining('../../etc/passwd: path is outside the workspace')
      })
    })

    test('malformed YAML names the line and column', async () => {
      const { dir } = await workspace()
      await writeIn(
        dir,
        '.github/gonogo.yml',
        'version: 1\ncontrols:\n  - id: a\n    severity: [high\n'
      )
      const o = io(dir)
      expect(await main(['gate', '--output', 'out', ...TIME], o)).toBe(2)
      expect(o.stderr).toMatch(/^gonogo: \.github\/gonogo\.yml:\d+:\d+: YAML syntax: /)
      expect(existsSync(path.join(dir, 'out'))).toBe(false)
    })

    test('wrong types name the key and what was found', async () => {
      const { dir } = await workspace()
      await writeIn(
        dir,
        '.github/gonogo.yml',
        'version: 1\nprofiles:\n  strict: { max_high: zero, max_medium: 0 }\ncontrols:\n  - id: a\n    severity: high\n'
      )
      const o = io(dir)
      expect(await main(['gate', '--output', 'out', ...TIME], o)).toBe(2)
      expect(o.stderr).toContain(
        '.github/gonogo.yml:3:23: profiles.strict.max_high: must be an integer, found string "zero"'
      )
    })
  })
})
