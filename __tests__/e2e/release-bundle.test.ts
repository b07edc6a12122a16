import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { verifyBundle } from '../../src/io/bundle-verify.js'
import { startArtifactBackend, type ArtifactBackend } from '../support/artifact-backend.js'
import { defaultInputs, runAction } from '../support/runner.js'
import { writeIn } from '../support/temp-workspace.js'

let backend: ArtifactBackend
let dir: string
let sha: string
const KEY = 'bundle-signing-key-for-tests'

beforeAll(async () => {
  backend = await startArtifactBackend()
  dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-e2e-bundle-'))
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Ada',
        GIT_AUTHOR_EMAIL: 'a@example.com',
        GIT_COMMITTER_NAME: 'Ada',
        GIT_COMMITTER_EMAIL: 'a@example.com',
        GIT_AUTHOR_DATE: '2026-11-01T10:00:00Z',
        GIT_COMMITTER_DATE: '2026-11-01T10:00:00Z'
      }
    }).trim()
  git('init', '-q', '-b', 'main')
  await writeIn(dir, 'README.md', 'shop\n')
  git('add', '-A')
  git('commit', '-qm', 'first release')
  git('tag', 'v1.0.0')
  await writeIn(dir, 'src/cart.js', 'export const cart = []\n')
  git('add', '-A')
  git('commit', '-qm', 'Add the cart (#12)')
  sha = git('rev-parse', 'HEAD')
  await writeIn(
    dir,
    'gonogo-reports/unit-tests.json',
    JSON.stringify({ status: 'ok', summary: { failed_tests: 0 } })
  )
  await writeIn(
    dir,
    'gate-out/executive-summary.json',
    JSON.stringify({ decision: 'go', status: 'passed' })
  )
  await writeIn(dir, 'gate-out/executive-summary.md', '## go\n')
}, 60_000)
afterAll(async () => {
  await backend.close()
  await rm(dir, { recursive: true, force: true })
})

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...defaultInputs('action-release-bundle/action.yml', {
      reports: 'gonogo-reports',
      summary: path.join(dir, 'gate-out'),
      needs: JSON.stringify({
        test: { result: 'success', outputs: {} },
        gate: { result: 'success', outputs: {} }
      }),
      'required-jobs': 'test, gate',
      'signing-key': KEY,
      token: '',
      output: path.join(dir, 'bundle'),
      ...extra
    }),
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_WORKFLOW: 'release',
    GITHUB_ACTOR: 'ada',
    SOURCE_DATE_EPOCH: '1763726400',
    ACTIONS_RUNTIME_TOKEN: backend.runtimeToken,
    ACTIONS_RESULTS_URL: backend.resultsUrl
  }
}

describe('action-release-bundle end to end (dist/release-bundle/index.js under Node 24, Azurite)', () => {
  test('creates a signed bundle, uploads it, and the downloaded zip verifies', async () => {
    const r = await runAction('dist/release-bundle/index.js', env())
    expect(r.stderr).toBe('')
    expect(r.stdout).not.toContain('::error::')
    expect(r.code).toBe(0)
    expect(r.outputs['bundle-id']).toMatch(/^shop-[0-9a-f]{12}-[0-9a-f]{12}$/)
    expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(r.outputs['artifact-id']).toBe('1000')
    const zip = await backend.download(`gonogo-bundle-${r.outputs['bundle-id'] ?? ''}`)
    const zipPath = path.join(dir, 'downloaded.zip')
    await writeFile(zipPath, zip)
    const v = await verifyBundle(zipPath, { signingKey: KEY })
    expect(v.problems).toEqual([])
    expect(v).toMatchObject({ ok: true, digest: r.outputs.digest })
    const wrongKey = await verifyBundle(zipPath, { signingKey: 'not-the-key' })
    expect(wrongKey.ok).toBe(false)
  }, 120_000)

  test('the same inputs and SOURCE_DATE_EPOCH give the same digest', async () => {
    const a = await runAction(
      'dist/release-bundle/index.js',
      env({ upload: 'false', output: path.join(dir, 'b1') })
    )
    const b = await runAction(
      'dist/release-bundle/index.js',
      env({ upload: 'false', output: path.join(dir, 'b2') })
    )
    expect(a.code).toBe(0)
    expect(a.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(a.outputs.digest).toBe(b.outputs.digest)
  }, 120_000)

  test('a failed required job makes the lineage incomplete and fails the step, the bundle still written', async () => {
    const r = await runAction(
      'dist/release-bundle/index.js',
      env({
        upload: 'false',
        output: path.join(dir, 'b3'),
        needs: JSON.stringify({
          test: { result: 'failure', outputs: {} },
          gate: { result: 'success', outputs: {} }
        })
      })
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::gonogo release-bundle: lineage incomplete')
    expect(r.outputs.digest).toMatch(/^sha256:/)
  }, 120_000)

  test('upload without the runner token fails the step, and the summary says it was not uploaded', async () => {
    const e = env({ output: path.join(dir, 'b5') })
    delete e.ACTIONS_RUNTIME_TOKEN
    const r = await runAction('dist/release-bundle/index.js', e)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::no ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL')
    expect(r.summary).toContain('## gonogo release bundle')
    expect(r.summary).toContain(
      '**Not uploaded:** no ACTIONS\\_RUNTIME\\_TOKEN/ACTIONS\\_RESULTS\\_URL'
    )
    expect(r.outputs.digest).toMatch(/^sha256:/)
  }, 120_000)

  test('attest: true without id-token: write fails the step and names the permission', async () => {
    const r = await runAction(
      'dist/release-bundle/index.js',
      env({ upload: 'false', attest: 'true', output: path.join(dir, 'b4') })
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("::error::attest: true needs 'id-token: write'")
  }, 120_000)
})
