/**
 * The published package: `npm pack` of this repository, installed into an empty project with no
 * registry at hand (`--offline`, an empty npm cache), must give a working `gonogo` command.
 * Needs the built CLI (dist/cli): `npm test` builds it before jest runs.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { stableStringify } from '../src/core/canonical-json.js'
import { GENERATOR_VERSION } from '../src/core/contracts.js'
import { makeReport } from '../src/core/report.js'

const ROOT = path.resolve('.')
let tmp = ''
let project = ''
let packed: { filename: string; files: { path: string }[] } | undefined

/**
 * The environment for npm and the installed CLI: npm's own variables from an enclosing `npm test`
 * dropped (a `npm_config_*` there would change what pack and install do), the Node running the
 * tests first on PATH (`#!/usr/bin/env node` in npm and in bin/gonogo.js), a private cache.
 */
function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env))
    if (!/^npm_/i.test(k) && k !== 'GITHUB_TOKEN' && k !== 'GH_TOKEN') e[k] = v
  e.PATH = `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`
  e.npm_config_cache = path.join(tmp, 'npm-cache')
  e.npm_config_update_notifier = 'false'
  e.npm_config_fund = 'false'
  e.npm_config_audit = 'false'
  return e
}

function npm(args: string[], cwd: string): string {
  const r = spawnSync('npm', args, { cwd, env: env(), encoding: 'utf8', timeout: 120_000 })
  if (r.error) throw new Error(`npm ${args.join(' ')}: ${r.error.message} (is npm on PATH?)`)
  if (r.status !== 0)
    throw new Error(`npm ${args.join(' ')} exited ${r.status}:\n${r.stderr}\n${r.stdout}`)
  return r.stdout
}

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'dist/cli/index.js')))
    throw new Error('dist/cli/index.js is missing: run `npm run build` before this test')
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gonogo-pack-'))
  const out = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], ROOT)
  packed = (JSON.parse(out) as { filename: string; files: { path: string }[] }[])[0]
  project = path.join(tmp, 'project')
  await mkdir(project)
  await writeFile(
    path.join(project, 'package.json'),
    `${JSON.stringify({ name: 'try-gonogo', version: '0.0.0', private: true }, null, 2)}\n`
  )
  // No registry: everything the package needs must be in the tarball.
  npm(['install', '--offline', '--save-dev', path.join(tmp, packed?.filename ?? '')], project)
}, 240_000)

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

describe('the npm package', () => {
  test('the tarball holds the built CLI, bin/, schemas/ and the README, and no source or tests', () => {
    const files = (packed?.files ?? []).map((f) => f.path).sort()
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'bin/gonogo.js',
        'dist/cli/index.js',
        'dist/cli/package.json',
        'schemas/gonogo.schema.json'
      ])
    )
    const outside = files.filter(
      (f) =>
        !/^(bin|dist\/cli|schemas)\//.test(f) &&
        !['package.json', 'README.md', 'LICENSE'].includes(f)
    )
    expect(outside).toEqual([])
    expect(files.filter((f) => /^(src|__tests__)\//.test(f))).toEqual([])
  })

  test('installs offline into an empty project without pulling any dependency', async () => {
    const installed = (await readdir(path.join(project, 'node_modules'))).filter(
      (n) => !n.startsWith('.')
    )
    expect(installed).toEqual(['gonogo'])
    const manifest = JSON.parse(
      await readFile(path.join(project, 'node_modules/gonogo/package.json'), 'utf8')
    ) as { dependencies?: Record<string, string>; private?: boolean; bin?: unknown }
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.private).toBeUndefined()
    expect(manifest.bin).toEqual({ gonogo: 'bin/gonogo.js' })
  })

  test('npx gonogo --version runs the installed CLI', () => {
    const out = execFileSync('npx', ['--no', '--', 'gonogo', '--version'], {
      cwd: project,
      env: env(),
      encoding: 'utf8'
    })
    expect(out).toBe(`${GENERATOR_VERSION}\n`)
  })

  test('gonogo gate decides on a workspace from the installed package', async () => {
    await mkdir(path.join(project, '.github'), { recursive: true })
    await mkdir(path.join(project, 'gonogo-reports'), { recursive: true })
    await writeFile(
      path.join(project, '.github/gonogo.yml'),
      'version: 1\ncontrols:\n  - { id: unit, severity: high, source: { report: gonogo-reports/unit.json } }\n'
    )
    const report = makeReport({
      control: 'unit',
      subject: { repository: 'acme/shop', sha: 'a'.repeat(40) },
      generatedAt: '2026-11-20T00:00:00.000Z',
      generator: 'test',
      checks: [{ id: 'suite', status: 'passed', message: '12 tests passed' }]
    })
    await writeFile(path.join(project, 'gonogo-reports/unit.json'), `${stableStringify(report)}\n`)
    const bin = path.join(project, 'node_modules/.bin/gonogo')
    const r = spawnSync(
      bin,
      ['gate', '--output', 'out', '--effective-time', '2026-11-21T00:00:00Z', '--quiet'],
      { cwd: project, env: env(), encoding: 'utf8' }
    )
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('go (profile strict: 0 high of max 0, 0 medium of max 0, 0 waived)\n')
    expect(r.status).toBe(0)
    const summary = JSON.parse(
      await readFile(path.join(project, 'out/executive-summary.json'), 'utf8')
    ) as { decision: string }
    expect(summary.decision).toBe('go')

    // A failing report: the installed CLI says no-go and exits 1.
    await writeFile(
      path.join(project, 'gonogo-reports/unit.json'),
      `${stableStringify(
        makeReport({
          control: 'unit',
          subject: { repository: 'acme/shop', sha: 'a'.repeat(40) },
          generatedAt: '2026-11-20T00:00:00.000Z',
          generator: 'test',
          checks: [{ id: 'suite', status: 'failed', message: '1 of 12 tests failed' }]
        })
      )}\n`
    )
    const failed = spawnSync(bin, ['gate', '--output', 'out', '--quiet'], {
      cwd: project,
      env: env(),
      encoding: 'utf8'
    })
    expect(failed.stdout).toMatch(/^no-go /)
    expect(failed.status).toBe(1)
  })

  test('gonogo init from the installed package writes a starter the gate decides on at once', async () => {
    const repo = path.join(tmp, 'fresh-repo')
    await mkdir(repo)
    const bin = path.join(project, 'node_modules/.bin/gonogo')
    const gonogo = (...args: string[]) =>
      spawnSync(bin, args, { cwd: repo, env: env(), encoding: 'utf8' })
    const init = gonogo('init')
    expect(init.stderr).toBe('')
    expect(init.stdout).toContain('wrote .github/gonogo.yml: 1 control (tests)')
    expect(init.status).toBe(0)
    // nothing to gate yet: no-go (exit 1), never a usage error (exit 2)
    const T = ['--output', 'out', '--effective-time', '2026-11-21T00:00:00Z', '--quiet']
    const first = gonogo('gate', ...T)
    expect(first.stderr).toBe('')
    expect(first.stdout).toMatch(/^no-go /)
    expect(first.status).toBe(1)
    await mkdir(path.join(repo, 'test-results'))
    await writeFile(
      path.join(repo, 'test-results/junit.xml'),
      '<testsuite name="s" tests="1" failures="0"><testcase classname="c" name="t"/></testsuite>\n'
    )
    const then = gonogo('gate', ...T)
    expect(then.stdout).toMatch(/^go /)
    expect(then.status).toBe(0)
    // a second init refuses to replace the file
    const again = gonogo('init')
    expect(again.status).toBe(2)
    expect(again.stderr).toContain('exists; nothing was written')
  })
})
