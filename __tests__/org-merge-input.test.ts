// Issue 19, third break test (F2, F3, F8): what the merge reads from its input folder. A missing
// or unreadable input folder is named as such (not blamed on the shard jobs); an unreadable
// shard.json, repository folder or report names the file and the error; a symbolic link
// anywhere in a shard (its folder, a repository folder, a report) is never followed. In every
// case the repositories stay unverified, never passed.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { chmod, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { planDigest, type OrgPlan } from '../src/core/org.js'
import { readShards, writeOrgReport } from '../src/ruleset-verify/org.js'
import { writePassingShard } from './support/org-fixtures.js'

const REPOS = ['acme/a', 'acme/b']
const PLAN: OrgPlan = {
  contract: 'gonogo.org-plan/v1',
  organisation: 'acme',
  shards: [{ index: 0, repositories: REPOS, cost: 18 }]
}
/** Running as root, permission bits do not stop a read: those cases cannot be made. */
const root = process.getuid?.() === 0

/** A shard folder as verifyShard leaves it, every repository passed, for {@link PLAN}. */
const passingShard = (folder: string) =>
  writePassingShard(folder, REPOS, { plan: planDigest(PLAN) })

describe('merge input folder faults', () => {
  let dir = ''
  let n = 0
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-org-merge-input-'))
  })
  afterAll(async () => {
    // Give back the permissions a test took away, so the folder can be removed.
    const { execFileSync } = await import('node:child_process')
    execFileSync('chmod', ['-R', 'u+rwx', dir])
    await rm(dir, { recursive: true, force: true })
  })

  /** A fresh input folder with shard-0 passing; `spoil` changes it. */
  const input = async (spoil?: (shard: string, input: string) => Promise<void>) => {
    const at = path.join(dir, `case-${n++}`, 'gonogo-org')
    await passingShard(path.join(at, 'shard-0'))
    await spoil?.(path.join(at, 'shard-0'), at)
    return at
  }
  const rows = async (at: string) => {
    const results = await readShards(at, PLAN)
    const w = await writeOrgReport({
      plan: PLAN,
      results,
      generatedAt: '2026-11-30T00:00:00Z',
      output: path.join(dir, `out-${n++}`),
      policyPath: '.github/gonogo.yml'
    })
    return {
      why: results[0]?.why,
      rows: w.report.repositories.map((r) => [r.repository, r.status])
    }
  }
  const unverified = REPOS.map((r) => [r, 'unverified'])

  test('the intact folder passes (the cases below spoil it)', async () => {
    const r = await rows(await input())
    expect(r.rows).toEqual(REPOS.map((x) => [x, 'passed']))
    expect(r.why).toBeUndefined()
  })

  test('a missing input folder is named, with where to download the artifacts', async () => {
    const at = path.join(dir, 'nowhere', 'gonogo-org')
    const r = await rows(at)
    expect(r.rows).toEqual(unverified)
    expect(r.why).toContain(`the input folder ${at} does not exist`)
    expect(r.why).toContain(`download the shard artifacts into it (path: ${at}`)
    expect(r.why).not.toContain('the job failed or never ran')
  })

  test('an input that is a file is named as not a folder', async () => {
    const at = path.join(dir, 'a-file')
    await writeFile(at, 'x')
    const r = await rows(at)
    expect(r.rows).toEqual(unverified)
    expect(r.why).toContain(`the input folder ${at} is not a folder`)
  })

  ;(root ? test.skip : test)('an unreadable input folder says so (EACCES)', async () => {
    const at = await input(async (_s, i) => chmod(i, 0o000))
    const r = await rows(at)
    expect(r.rows).toEqual(unverified)
    expect(r.why).toMatch(/the input folder .* cannot be read \(permission denied \(EACCES\)\)/)
  })

  ;(root ? test.skip : test)('an unreadable shard.json names the file and EACCES', async () => {
    const r = await rows(await input(async (s) => chmod(path.join(s, 'shard.json'), 0o000)))
    expect(r.rows).toEqual(unverified)
    expect(r.why).toBe(
      'shard-0/shard.json could not be read: permission denied (EACCES); the shard is not read'
    )
  })

  test('a missing shard.json: the shard job did not finish', async () => {
    const r = await rows(await input(async (s) => rm(path.join(s, 'shard.json'))))
    expect(r.why).toBe('shard-0/shard.json is missing; the shard job did not finish')
  })

  ;(root ? test.skip : test)(
    'an unreadable repository folder names the file read in it and EACCES',
    async () => {
      const r = await rows(await input(async (s) => chmod(path.join(s, 'acme', 'b'), 0o000)))
      expect(r.rows).toEqual(unverified)
      expect(r.why).toContain(
        'shard-0/acme/b/branch-protection.json could not be read: permission denied (EACCES)'
      )
    }
  )

  ;(root ? test.skip : test)('an unreadable report names the file and EACCES', async () => {
    const r = await rows(
      await input(async (s) => chmod(path.join(s, 'acme', 'a', 'required-checks.json'), 0o000))
    )
    expect(r.rows).toEqual(unverified)
    expect(r.why).toBe(
      'shard-0/acme/a/required-checks.json could not be read: permission denied (EACCES); the shard is not read'
    )
  })

  test('a shard folder that is a link is not followed', async () => {
    const r = await rows(
      await input(async (s, i) => {
        const real = path.join(i, '..', 'real')
        await rm(real, { recursive: true, force: true })
        await passingShard(real)
        await rm(s, { recursive: true })
        await symlink(real, s)
      })
    )
    expect(r.rows).toEqual(unverified)
    expect(r.why).toBe('shard-0 is a symbolic link; artifacts hold none; the shard is not read')
  })

  test('a repository folder that is a link is not followed', async () => {
    const r = await rows(
      await input(async (s, i) => {
        const real = path.join(i, '..', 'elsewhere')
        await passingShard(real)
        await rm(path.join(s, 'acme', 'b'), { recursive: true })
        await symlink(path.join(real, 'acme', 'b'), path.join(s, 'acme', 'b'))
      })
    )
    expect(r.rows).toEqual(unverified)
    expect(r.why).toBe(
      'shard-0/acme/b is a symbolic link; artifacts hold none; the shard is not read'
    )
  })

  test('a report that is a link is not followed', async () => {
    const r = await rows(
      await input(async (s, i) => {
        const real = path.join(i, '..', 'elsewhere')
        await passingShard(real)
        const f = path.join(s, 'acme', 'a', 'branch-protection.json')
        await rm(f)
        await symlink(path.join(real, 'acme', 'a', 'branch-protection.json'), f)
      })
    )
    expect(r.rows).toEqual(unverified)
    expect(r.why).toBe(
      'shard-0/acme/a/branch-protection.json is a symbolic link; artifacts hold none; the shard is not read'
    )
  })
})
