import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  unlink,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import {
  buildManifest,
  bundleId,
  bundlePathProblem,
  filesDigest,
  LOCAL_RUN,
  manifestDigest,
  runFromEnv,
  type BundleManifest
} from '../src/core/bundle-manifest.js'
import { ConfigurationError } from '../src/core/errors.js'
import { stableStringify } from '../src/core/canonical-json.js'
import { validateBundleManifest } from '../src/generated/validators.js'
import { createBundle, type CreateBundleOptions } from '../src/io/bundle-create.js'
import { verifyBundle, type VerifyResult } from '../src/io/bundle-verify.js'
import {
  hashFile,
  hashRegularFile,
  NotRegularFileError,
  SYNC_READ_BYTES
} from '../src/io/hash-file.js'
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { entriesOf, makeZip, type ZipEntry } from './support/zip.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const T0 = Date.parse('2026-11-21T00:00:00Z')
const KEY = 'correct horse battery staple'

let tmp = ''
let ws = ''
let summaryDir = ''
let pristine = ''
let outside = ''

async function put(dir: string, rel: string, content: string | Buffer): Promise<void> {
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true })
  await writeFile(path.join(dir, rel), content)
}

function options(output: string, extra: Partial<CreateBundleOptions> = {}): CreateBundleOptions {
  return {
    workspace: ws,
    reportsDir: 'gonogo-reports',
    summaryFiles: [
      path.join(summaryDir, 'executive-summary.json'),
      path.join(summaryDir, 'executive-summary.md')
    ],
    lineage: { previous_tag: 'v1.1.0', commits: [{ sha: SHA, subject: 'fix: ünïcode' }] },
    subject: { repository: 'acme/shop', sha: SHA, ref: 'refs/tags/v1.2.0', tag: 'v1.2.0' },
    run: runFromEnv({
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '123456789',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_WORKFLOW: 'release',
      GITHUB_ACTOR: 'ada',
      GITHUB_EVENT_NAME: 'push'
    }),
    createdAt: T0,
    output,
    signingKey: KEY,
    ...extra
  }
}

/** A fresh copy of the pristine (signed) bundle to break. */
async function copyOfBundle(): Promise<string> {
  const dir = await mkdtemp(path.join(tmp, 'copy-'))
  await cp(pristine, dir, { recursive: true })
  return dir
}

async function readManifest(dir: string): Promise<BundleManifest> {
  return JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as BundleManifest
}

/** Rewrites the manifest; with `redigest` its digest is recomputed so only the edit is wrong. */
async function editManifest(
  dir: string,
  edit: (m: BundleManifest) => void,
  redigest = true
): Promise<void> {
  const m = await readManifest(dir)
  edit(m)
  if (redigest) m.digest = manifestDigest(m)
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(m, null, 2))
}

function expectProblem(r: VerifyResult, file: string | undefined, message: RegExp): void {
  expect(r.ok).toBe(false)
  expect(r.problems).toContainEqual(
    file === undefined
      ? { message: expect.stringMatching(message) }
      : { file, message: expect.stringMatching(message) }
  )
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gonogo-bundle-'))
  ws = path.join(tmp, 'ws')
  outside = path.join(tmp, 'outside')
  summaryDir = path.join(tmp, 'gonogo-out')
  await put(ws, 'gonogo-reports/unit/junit.xml', '<testsuites tests="3" failures="0"/>\n')
  await put(ws, 'gonogo-reports/branch-protection.json', '{"contract":"gonogo.report/v1"}\n')
  await put(ws, 'gonogo-reports/sast/scan.sarif', '{"version":"2.1.0","runs":[]}\n')
  await put(ws, 'gonogo-reports/notes/manual-check.md', '# Manual check\n\nDone by @ada.\n')
  await put(ws, 'gonogo-reports/notes/scratch.txt', 'not a report, not bundled\n')
  await put(ws, 'gonogo-reports/binary.json', Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x7d]))
  await put(summaryDir, 'executive-summary.json', '{"decision":"go"}\n')
  await put(summaryDir, 'executive-summary.md', '# Go\n')
  await put(outside, 'secret.json', '{"token":"hunter2"}\n')
  pristine = path.join(tmp, 'pristine')
  await createBundle(options(pristine))
})

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

describe('bundle paths', () => {
  test.each([
    ['', /empty/],
    ['/etc/passwd', /absolute/],
    ['C:/x.json', /drive letter/],
    ['reports\\x.json', /backslash/],
    ['../evil', /'\.\.'/],
    ['reports/../../evil', /'\.\.'/],
    ['reports//x.json', /normalized/],
    ['./x.json', /normalized/],
    ['a\0b', /NUL/]
  ])('%j cannot name a file in a bundle', (p, why) => {
    expect(bundlePathProblem(p)).toMatch(why)
  })

  test('a relative POSIX path can, and the schema agrees with the rules', () => {
    for (const p of ['manifest.json', 'reports/unit/junit.xml', 'a..b/c', '..x', 'x..']) {
      expect(bundlePathProblem(p)).toBeUndefined()
    }
    const base = {
      contract: 'gonogo.bundle/v1',
      bundle_id: 'x',
      created_at: '2026-11-21T00:00:00.000Z',
      subject: { repository: '', sha: SHA, ref: '' },
      run: LOCAL_RUN,
      digest: `sha256:${'0'.repeat(64)}`
    }
    for (const p of ['a..b/c', 'reports/x.json']) {
      expect(
        validateBundleManifest({ ...base, files: [{ path: p, size: 0, sha256: '0'.repeat(64) }] })
      ).toBe(true)
    }
    for (const p of ['/x', '../x', 'a/./b', 'a\\b', 'C:/x', 'a//b', 'a/']) {
      expect(
        validateBundleManifest({ ...base, files: [{ path: p, size: 0, sha256: '0'.repeat(64) }] })
      ).toBe(false)
    }
  })

  test('the run URL names the attempt, and a local run is all nulls', () => {
    const run = runFromEnv({
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '3'
    })
    expect(run.url).toBe('https://ghe.example.com/acme/shop/actions/runs/42/attempts/3')
    expect(run.attempt).toBe(3)
    expect(runFromEnv({})).toEqual(LOCAL_RUN)
  })

  test('the bundle id is the repository name, the short sha and the short files digest', () => {
    const d = filesDigest([{ path: 'a', size: 1, sha256: '0'.repeat(64) }])
    expect(bundleId({ repository: 'acme/shop', sha: SHA }, d)).toBe(
      `shop-${SHA.slice(0, 12)}-${d.slice(7, 19)}`
    )
  })
})

describe('createBundle', () => {
  test('a bundle holds the reports, the summary and the lineage, and verifies', async () => {
    const m = await readManifest(pristine)
    expect(validateBundleManifest(m)).toBe(true)
    expect(m.files.map((f) => f.path)).toEqual([
      'executive-summary.json',
      'executive-summary.md',
      'lineage.json',
      'reports/binary.json',
      'reports/branch-protection.json',
      'reports/notes/manual-check.md',
      'reports/sast/scan.sarif',
      'reports/unit/junit.xml'
    ])
    expect(m.created_at).toBe('2026-11-21T00:00:00.000Z')
    expect(m.subject).toEqual({
      repository: 'acme/shop',
      sha: SHA,
      ref: 'refs/tags/v1.2.0',
      tag: 'v1.2.0'
    })
    expect(m.run).toEqual({
      url: 'https://github.com/acme/shop/actions/runs/123456789/attempts/2',
      workflow: 'release',
      actor: 'ada',
      event: 'push',
      id: '123456789',
      attempt: 2
    })
    expect(m.bundle_id).toMatch(new RegExp(`^shop-${SHA.slice(0, 12)}-[0-9a-f]{12}$`))
    expect(m.digest).toBe(manifestDigest(m))
    const bin = m.files.find((f) => f.path === 'reports/binary.json')
    expect(bin).toEqual({
      path: 'reports/binary.json',
      ...(await hashFile(path.join(pristine, 'reports/binary.json')))
    })
    expect(await readFile(path.join(pristine, 'reports/binary.json'))).toEqual(
      Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x7d])
    )
    const sig = JSON.parse(await readFile(path.join(pristine, 'signature.json'), 'utf8')) as Record<
      string,
      unknown
    >
    expect(sig).toEqual({
      algorithm: 'hmac-sha256',
      digest: m.digest,
      signature: expect.stringMatching(/^[0-9a-f]{64}$/)
    })
    expect(await readFile(path.join(pristine, 'lineage.json'), 'utf8')).toBe(
      '{\n  "commits": [\n    {\n      "sha": "0123456789abcdef0123456789abcdef01234567",\n      "subject": "fix: ünïcode"\n    }\n  ],\n  "previous_tag": "v1.1.0"\n}\n'
    )
    const r = await verifyBundle(pristine, { signingKey: KEY })
    expect(r).toEqual(expect.objectContaining({ ok: true, digest: m.digest, problems: [] }))
  })

  test('the same inputs and time give the same digest; another time only another digest', async () => {
    const a = await createBundle(options(path.join(tmp, 'det-a')))
    const b = await createBundle(options(path.join(tmp, 'det-b')))
    expect(b.digest).toBe(a.digest)
    expect(await readFile(path.join(tmp, 'det-b/manifest.json'), 'utf8')).toBe(
      await readFile(path.join(tmp, 'det-a/manifest.json'), 'utf8')
    )
    const c = await createBundle(options(path.join(tmp, 'det-c'), { createdAt: T0 + 1000 }))
    expect(c.digest).not.toBe(a.digest)
    expect(c.bundleId).toBe(a.bundleId)
  })

  test('a report linked to a file outside the workspace is refused and nothing is left behind', async () => {
    const w = path.join(tmp, 'ws-link')
    await put(w, 'reports/ok.json', '{}')
    await symlink(path.join(outside, 'secret.json'), path.join(w, 'reports/leak.json'))
    const out = path.join(tmp, 'out-link')
    await expect(
      createBundle(options(out, { workspace: w, reportsDir: 'reports' }))
    ).rejects.toThrow(/leak\.json: symbolic link that leads outside the workspace/)
    expect((await readdir(tmp)).filter((n) => n.startsWith('out-link'))).toEqual([])
  })

  test('an earlier bundle is replaced whole; a folder that is not a bundle is refused', async () => {
    const out = path.join(tmp, 'out-replace')
    await createBundle(options(out))
    await put(out, 'reports/stale.json', '{}')
    await createBundle(options(out))
    expect((await verifyBundle(out)).ok).toBe(true)
    const other = path.join(tmp, 'not-a-bundle')
    await put(other, 'precious.txt', 'keep me')
    await expect(createBundle(options(other))).rejects.toBeInstanceOf(ConfigurationError)
    expect(await readFile(path.join(other, 'precious.txt'), 'utf8')).toBe('keep me')
    await expect(createBundle(options(path.join(ws, 'gonogo-reports/bundle')))).rejects.toThrow(
      /inside the reports folder/
    )
  })
})

describe('reading files once, through the descriptor that was checked', () => {
  const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

  test('files on both sides of the synchronous-read size are copied, hashed and kept exactly', async () => {
    const w = path.join(tmp, 'ws-sizes')
    const sizes = [
      0,
      1,
      SYNC_READ_BYTES - 1,
      SYNC_READ_BYTES,
      SYNC_READ_BYTES + 1,
      3 * SYNC_READ_BYTES + 5
    ]
    const data = new Map<string, Buffer>()
    for (const [i, n] of sizes.entries()) {
      const b = Buffer.alloc(n)
      for (let k = 0; k < n; k++) b[k] = (k * 31 + i) & 0xff
      data.set(`reports/s-${i}.json`, b)
      await put(w, `reports/s-${i}.json`, b)
    }
    const out = path.join(tmp, 'out-sizes')
    const made = await createBundle(options(out, { workspace: w, reportsDir: 'reports' }))
    for (const [i] of sizes.entries()) {
      const b = data.get(`reports/s-${i}.json`) as Buffer
      expect(made.manifest.files).toContainEqual({
        path: `reports/s-${i}.json`,
        size: b.length,
        sha256: sha(b)
      })
      expect((await readFile(path.join(out, `reports/s-${i}.json`))).equals(b)).toBe(true)
    }
    const keep = sizes.map((_, i) => `reports/s-${i}.json`)
    const r = await verifyBundle(out, { signingKey: KEY, keep })
    expect(r.problems).toEqual([])
    for (const k of keep) expect(r.kept.get(k)?.equals(data.get(k) as Buffer)).toBe(true)
  })

  test('hashRegularFile: a FIFO is refused without waiting for a writer, a link is not followed', async () => {
    const d = await mkdtemp(path.join(tmp, 'fd-'))
    execFileSync('mkfifo', [path.join(d, 'fifo')])
    await writeFile(path.join(d, 'file'), 'abc')
    await symlink('file', path.join(d, 'link'))
    expect(() => hashRegularFile(path.join(d, 'fifo'))).toThrow(NotRegularFileError)
    expect(() => hashRegularFile(path.join(d, 'link'))).toThrow(/ELOOP/)
    await expect(hashFile(path.join(d, 'fifo'))).rejects.toThrow(NotRegularFileError)
    expect(hashRegularFile(path.join(d, 'file'))).toEqual({
      size: 3,
      sha256: sha(Buffer.from('abc'))
    })
  }, 10_000)

  test('a bundle file swapped for a FIFO is a problem naming it, and verify does not hang', async () => {
    const dir = await copyOfBundle()
    await rm(path.join(dir, 'lineage.json'))
    execFileSync('mkfifo', [path.join(dir, 'lineage.json')])
    const r = await verifyBundle(dir, { signingKey: KEY })
    expectProblem(r, 'lineage.json', /not a regular file/)
  }, 10_000)
})

describe('verifyBundle on a folder: one test per way to break a bundle', () => {
  test('a byte changed in a report', async () => {
    const dir = await copyOfBundle()
    await writeFile(
      path.join(dir, 'reports/unit/junit.xml'),
      '<testsuites tests="3" failures="1"/>\n'
    )
    expectProblem(await verifyBundle(dir), 'reports/unit/junit.xml', /content changed/)
  })

  test('a file added', async () => {
    const dir = await copyOfBundle()
    await put(dir, 'reports/extra.json', '{}')
    expectProblem(await verifyBundle(dir), 'reports/extra.json', /not in the manifest/)
  })

  test('a file removed', async () => {
    const dir = await copyOfBundle()
    await unlink(path.join(dir, 'lineage.json'))
    expectProblem(await verifyBundle(dir), 'lineage.json', /missing/)
  })

  test('the manifest edited without updating its digest', async () => {
    const dir = await copyOfBundle()
    await editManifest(dir, (m) => (m.subject.sha = 'f'.repeat(40)), false)
    expectProblem(await verifyBundle(dir), 'manifest.json', /does not match the manifest's content/)
  })

  test('the digest edited', async () => {
    const dir = await copyOfBundle()
    await editManifest(dir, (m) => (m.digest = `sha256:${'0'.repeat(64)}`), false)
    const r = await verifyBundle(dir)
    expectProblem(r, 'manifest.json', /digest sha256:0{64} does not match/)
  })

  test('a file listed with another hash and a matching digest (the signature catches it)', async () => {
    const dir = await copyOfBundle()
    await writeFile(path.join(dir, 'executive-summary.md'), '# No-go\n')
    const h = await hashFile(path.join(dir, 'executive-summary.md'))
    await editManifest(dir, (m) => {
      const f = m.files.find((x) => x.path === 'executive-summary.md')
      if (f) Object.assign(f, h)
    })
    expect((await verifyBundle(dir)).ok).toBe(true)
    expectProblem(
      await verifyBundle(dir, { signingKey: KEY }),
      'signature.json',
      /does not match|signs digest/
    )
  })

  test('a duplicate path in the manifest', async () => {
    const dir = await copyOfBundle()
    await editManifest(dir, (m) => {
      const f = m.files[0]
      if (f) m.files.splice(1, 0, { ...f })
    })
    expectProblem(await verifyBundle(dir), 'executive-summary.json', /duplicate path/)
  })

  test('an absolute path in the manifest', async () => {
    const dir = await copyOfBundle()
    await editManifest(dir, (m) =>
      m.files.unshift({ path: '/etc/passwd', size: 0, sha256: '0'.repeat(64) })
    )
    expectProblem(await verifyBundle(dir), '/etc/passwd', /absolute path/)
  })

  test("a '..' path in the manifest", async () => {
    const dir = await copyOfBundle()
    await editManifest(dir, (m) =>
      m.files.unshift({ path: '../outside.json', size: 0, sha256: '0'.repeat(64) })
    )
    expectProblem(await verifyBundle(dir), '../outside.json', /'\.\.'/)
  })

  test('a backslash path in the manifest', async () => {
    const dir = await copyOfBundle()
    await editManifest(dir, (m) => {
      const f = m.files.find((x) => x.path === 'reports/unit/junit.xml')
      if (f) f.path = 'reports\\unit\\junit.xml'
    })
    const r = await verifyBundle(dir)
    expectProblem(r, 'reports\\unit\\junit.xml', /backslash/)
    expectProblem(r, 'reports/unit/junit.xml', /not in the manifest/)
  })

  test('a symbolic link in the folder, even to identical bytes, is never followed', async () => {
    const dir = await copyOfBundle()
    const copy = path.join(tmp, 'same-bytes.xml')
    await cp(path.join(dir, 'reports/unit/junit.xml'), copy)
    await unlink(path.join(dir, 'reports/unit/junit.xml'))
    await symlink(copy, path.join(dir, 'reports/unit/junit.xml'))
    await symlink('/etc', path.join(dir, 'reports/etc'))
    const r = await verifyBundle(dir)
    expectProblem(r, 'reports/unit/junit.xml', /symbolic link/)
    expectProblem(r, 'reports/etc', /symbolic link/)
    expect(r.problems.filter((p) => p.file === 'reports/unit/junit.xml')).toHaveLength(1)
  })

  test('a signature made with another key', async () => {
    const dir = await copyOfBundle()
    expect((await verifyBundle(dir, { signingKey: KEY })).ok).toBe(true)
    expectProblem(
      await verifyBundle(dir, { signingKey: 'another key' }),
      'signature.json',
      /does not match/
    )
  })

  test('a signature missing when a key is given (without a key it is not asked for)', async () => {
    const dir = await copyOfBundle()
    await unlink(path.join(dir, 'signature.json'))
    expect((await verifyBundle(dir)).ok).toBe(true)
    expectProblem(await verifyBundle(dir, { signingKey: KEY }), 'signature.json', /missing/)
  })

  test('a signature edited', async () => {
    const dir = await copyOfBundle()
    const sig = JSON.parse(await readFile(path.join(dir, 'signature.json'), 'utf8')) as {
      signature: string
    }
    sig.signature = `${sig.signature.slice(0, -1)}${sig.signature.endsWith('0') ? '1' : '0'}`
    await writeFile(path.join(dir, 'signature.json'), JSON.stringify(sig))
    expectProblem(await verifyBundle(dir, { signingKey: KEY }), 'signature.json', /does not match/)
  })

  test('a manifest that breaks its schema', async () => {
    const dir = await copyOfBundle()
    await editManifest(dir, (m) => {
      delete (m as Partial<BundleManifest>).run
    })
    expectProblem(await verifyBundle(dir), 'manifest.json', /schema: .*'run'/)
  })

  test('no manifest at all', async () => {
    const dir = await copyOfBundle()
    await unlink(path.join(dir, 'manifest.json'))
    expectProblem(await verifyBundle(dir), 'manifest.json', /missing/)
  })

  test('any single byte changed in any file fails, naming that file', async () => {
    const dir = await copyOfBundle()
    const files = (await readManifest(dir)).files.filter((f) => f.size > 0)
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: files.length - 1 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 1, max: 255 }),
        async (i, at, delta) => {
          const f = files[i]!
          const abs = path.join(dir, f.path)
          const original = await readFile(abs)
          const changed = Buffer.from(original)
          const offset = Math.floor(at * original.length)
          changed[offset] = (original[offset]! + delta) % 256
          await writeFile(abs, changed)
          try {
            const r = await verifyBundle(dir)
            expect(r.ok).toBe(false)
            expect(r.problems).toEqual([
              { file: f.path, message: expect.stringMatching(/content changed/) }
            ])
          } finally {
            await writeFile(abs, original)
          }
        }
      ),
      { numRuns: 50 }
    )
    expect((await verifyBundle(dir)).ok).toBe(true)
  })
})

describe('verifyBundle on a zip', () => {
  let entries: ZipEntry[] = []
  let n = 0
  async function zipOf(list: ZipEntry[]): Promise<string> {
    const file = path.join(tmp, 'zips', `bundle-${n++}.zip`)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, makeZip(list))
    return file
  }

  beforeAll(async () => {
    entries = await entriesOf(pristine)
  })

  test('UTF-8 names without the UTF-8 flag (as Info-ZIP zip writes them on Linux) are read as UTF-8', async () => {
    const dir = path.join(tmp, 'utf8-names')
    await rm(dir, { recursive: true, force: true })
    await mkdir(path.join(dir, 'reports'), { recursive: true })
    await writeFile(path.join(dir, 'reports', 'prüfung.json'), '{"status":"passed"}\n')
    const data = await readFile(path.join(dir, 'reports', 'prüfung.json'))
    const m = buildManifest({
      subject: { repository: 'acme/shop', sha: 'a'.repeat(40), ref: '' },
      run: LOCAL_RUN,
      createdAt: Date.parse('2026-11-21T00:00:00Z'),
      files: [
        {
          path: 'reports/prüfung.json',
          size: data.length,
          sha256: createHash('sha256').update(data).digest('hex')
        }
      ]
    })
    await writeFile(path.join(dir, 'manifest.json'), `${stableStringify(m)}\n`)
    const file = await zipOf((await entriesOf(dir)).map((e) => ({ ...e, utf8Flag: false })))
    const r = await verifyBundle(file)
    expect(r.problems).toEqual([])
    expect(r.ok).toBe(true)
  })

  test('the downloaded artifact verifies, signature included, without extracting anything', async () => {
    const file = await zipOf(entries)
    const before = await readdir(path.dirname(file))
    const r = await verifyBundle(file, { signingKey: KEY })
    expect(r).toEqual(expect.objectContaining({ ok: true, problems: [] }))
    expect(r.digest).toBe((await readManifest(pristine)).digest)
    expect(await readdir(path.dirname(file))).toEqual(before)
  })

  test('a byte changed inside the zip', async () => {
    const list = entries.map((e) =>
      e.name === 'reports/sast/scan.sarif'
        ? { ...e, data: Buffer.from('{"version":"2.1.0","runs":[{}]}\n') }
        : e
    )
    expectProblem(
      await verifyBundle(await zipOf(list)),
      'reports/sast/scan.sarif',
      /content changed/
    )
  })

  test('a zip-slip entry ../evil is a problem and is never written', async () => {
    const file = await zipOf([...entries, { name: '../evil', data: Buffer.from('pwned') }])
    expectProblem(await verifyBundle(file), '../evil', /zip-slip.*'\.\.'/)
    await expect(lstat(path.join(tmp, 'evil'))).rejects.toThrow()
  })

  test.each([
    ['/etc/evil', /absolute/],
    ['C:/Windows/evil', /drive letter/],
    ['reports\\evil.json', /backslash/],
    ['reports/../../evil', /'\.\.'/]
  ])('an entry named %j is a problem', async (name, why) => {
    const file = await zipOf([...entries, { name, data: Buffer.from('x') }])
    expectProblem(await verifyBundle(file), name, why)
  })

  test('a symbolic link entry is a problem', async () => {
    const file = await zipOf([
      ...entries,
      { name: 'reports/link.json', data: Buffer.from('/etc/passwd'), mode: 0o120777 }
    ])
    expectProblem(await verifyBundle(file), 'reports/link.json', /symbolic link/)
  })

  test('an entry twice is a problem', async () => {
    const dup = entries.find((e) => e.name === 'lineage.json')!
    const file = await zipOf([...entries, { ...dup }])
    expectProblem(await verifyBundle(file), 'lineage.json', /duplicate/)
  })

  test('an entry removed or added', async () => {
    const removed = await zipOf(entries.filter((e) => e.name !== 'executive-summary.md'))
    expectProblem(await verifyBundle(removed), 'executive-summary.md', /missing/)
    const added = await zipOf([...entries, { name: 'reports/new.json', data: Buffer.from('{}') }])
    expectProblem(await verifyBundle(added), 'reports/new.json', /not in the manifest/)
  })

  test('deflated entries (as actions/upload-artifact writes them) verify, kept bytes included', async () => {
    const file = await zipOf(entries.map((e) => ({ ...e, deflate: e.data !== undefined })))
    const sarif = entries.find((e) => e.name === 'reports/sast/scan.sarif')?.data
    for (const zipInMemoryUpTo of [undefined, 0]) {
      const r = await verifyBundle(file, {
        keep: (p) => p.startsWith('reports/'),
        ...(zipInMemoryUpTo === undefined ? {} : { zipInMemoryUpTo })
      })
      expect(r.problems).toEqual([])
      expect(r.kept.get('reports/sast/scan.sarif')).toEqual(sarif)
    }
  })

  test('what keep holds is bounded in all: past keepTotal it stops keeping and says so, still verifying', async () => {
    const file = await zipOf(entries.map((e) => ({ ...e, deflate: e.data !== undefined })))
    const all = await verifyBundle(file, { keep: () => true })
    expect(all.keptPartly).toBeUndefined()
    const sizes = [...all.kept.values()].map((b) => b.length)
    const total = sizes.reduce((a, b) => a + b, 0)
    const some = await verifyBundle(file, { keep: () => true, keepTotal: total - 1 })
    expect(some.ok).toBe(true)
    expect(some.keptPartly).toBe(true)
    expect([...some.kept.values()].reduce((a, b) => a + b.length, 0)).toBeLessThanOrEqual(total - 1)
  })

  /** The zip with the central directory's uncompressed size (offset 24) of `name` set to `size`. */
  function withDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
    const out = Buffer.from(zip)
    for (let i = out.indexOf('PK\x01\x02', 0, 'latin1'); i !== -1;) {
      const len = out.readUInt16LE(i + 28)
      if (out.toString('utf8', i + 46, i + 46 + len) === name) out.writeUInt32LE(size, i + 24)
      i = out.indexOf('PK\x01\x02', i + 46, 'latin1')
    }
    return out
  }

  test.each([
    [
      'declares fewer bytes than it inflates to (a zip bomb hides this way)',
      -1,
      /more bytes than the zip's header declares|too many bytes in the stream/
    ],
    [
      'declares more bytes than it holds',
      1,
      /fewer bytes than the zip's header declares|not enough bytes/
    ]
  ])('a deflated entry that %s cannot be read, and is named', async (_why, delta, message) => {
    const list = entries.map((e) => ({ ...e, deflate: e.data !== undefined }))
    const target = list.find((e) => e.name === 'reports/sast/scan.sarif') as ZipEntry
    const file = path.join(tmp, 'zips', `declared-${delta}.zip`)
    await writeFile(
      file,
      withDeclaredSize(makeZip(list), target.name, (target.data?.length ?? 0) + delta)
    )
    expectProblem(await verifyBundle(file), target.name, message)
    // The same zip streamed entry by entry (as one over 256 MiB is) is refused too.
    expectProblem(await verifyBundle(file, { zipInMemoryUpTo: 0 }), target.name, message)
  })

  test('an entry flagged encrypted is a problem naming it, in memory or streamed', async () => {
    const list = entries.map((e) => ({ ...e, deflate: e.data !== undefined }))
    const zip = makeZip(list)
    const name = 'reports/sast/scan.sarif'
    // General purpose bit 0 (APPNOTE 4.4.4) set in the central directory record of `name`; the
    // deflated bytes are left as they are, so only the flag can refuse them (an in-memory inflate
    // would otherwise read them as the file).
    for (let i = zip.indexOf('PK\x01\x02', 0, 'latin1'); i !== -1;) {
      const len = zip.readUInt16LE(i + 28)
      if (zip.toString('utf8', i + 46, i + 46 + len) === name)
        zip.writeUInt16LE(zip.readUInt16LE(i + 8) | 1, i + 8)
      i = zip.indexOf('PK\x01\x02', i + 46, 'latin1')
    }
    const file = path.join(tmp, 'zips', 'encrypted.zip')
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, zip)
    expectProblem(await verifyBundle(file), name, /encrypted/)
    expectProblem(await verifyBundle(file, { zipInMemoryUpTo: 0 }), name, /encrypted/)
  })

  test('an entry whose deflated data is corrupt cannot be read, and is named', async () => {
    const list = entries.map((e) => ({ ...e, deflate: e.data !== undefined }))
    const zip = makeZip(list)
    const name = Buffer.from('reports/sast/scan.sarif')
    const at = zip.indexOf(Buffer.concat([name]), 0) + name.length
    zip.fill(0xff, at, at + 4)
    const file = path.join(tmp, 'zips', 'corrupt.zip')
    await writeFile(file, zip)
    expectProblem(await verifyBundle(file), 'reports/sast/scan.sarif', /cannot be read/)
    expectProblem(
      await verifyBundle(file, { zipInMemoryUpTo: 0 }),
      'reports/sast/scan.sarif',
      /cannot be read/
    )
  })

  test('a file that is not a zip', async () => {
    const file = path.join(tmp, 'zips', 'garbage.zip')
    await writeFile(file, 'not a zip at all')
    expectProblem(await verifyBundle(file), undefined, /not a bundle folder or a readable zip/)
  })
})

describe('gonogo bundle', () => {
  function io(env: NodeJS.ProcessEnv = {}): Io & { stdout: string; stderr: string } {
    const o = {
      stdout: '',
      stderr: '',
      out: (s: string) => void (o.stdout += s),
      err: (s: string) => void (o.stderr += s),
      env,
      cwd: tmp
    }
    return o
  }

  test('create then verify: SOURCE_DATE_EPOCH sets the time; a change exits 1 naming the file', async () => {
    const env = {
      SOURCE_DATE_EPOCH: String(T0 / 1000 + 60),
      SIGN: KEY,
      GITHUB_REPOSITORY: 'acme/shop'
    }
    const c = io(env)
    const code = await main(
      [
        'bundle',
        'create',
        '--workspace',
        'ws',
        '--reports',
        'gonogo-reports',
        '--output',
        'cli-bundle',
        '--summary',
        'gonogo-out',
        '--sha',
        SHA,
        '--signing-key-env',
        'SIGN',
        '--effective-time',
        '2030-01-01T00:00:00Z'
      ],
      c
    )
    expect(c.stderr).toBe('')
    expect(code).toBe(0)
    expect(c.stdout).toMatch(
      /^bundle shop-0123456789ab-[0-9a-f]{12}\n {2}digest: sha256:[0-9a-f]{64}/
    )
    const m = await readManifest(path.join(tmp, 'cli-bundle'))
    expect(m.created_at).toBe('2026-11-21T00:01:00.000Z')
    expect(m.run).toEqual(LOCAL_RUN)

    const v = io(env)
    expect(await main(['bundle', 'verify', 'cli-bundle', '--signing-key-env', 'SIGN'], v)).toBe(0)
    expect(v.stdout).toMatch(/^valid: shop-/)

    await writeFile(path.join(tmp, 'cli-bundle/executive-summary.json'), '{"decision":"no-go"}\n')
    const bad = io(env)
    expect(await main(['bundle', 'verify', 'cli-bundle'], bad)).toBe(1)
    expect(bad.stdout).toMatch(/invalid: 1 problem\n {2}executive-summary\.json: content changed/)
  })

  test('an edited summary whose controls are not what the gate writes is refused naming it, not a crash', async () => {
    await put(
      tmp,
      'edited-out/executive-summary.json',
      '{"decision":"go","status":"passed","inputs":{},"controls":[null,{"id":"c","status":"passed","evidence":{"kind":"report","files":[1]}}],"unclaimed_reports":[null]}\n'
    )
    const c = io({ GITHUB_REPOSITORY: 'acme/shop' })
    const code = await main(
      [
        'bundle',
        'create',
        '--workspace',
        'ws',
        '--reports',
        'gonogo-reports',
        '--output',
        'edited-bundle',
        '--summary',
        'edited-out',
        '--sha',
        SHA
      ],
      c
    )
    expect(code).toBe(2)
    expect(c.stderr).toMatch(/executive-summary\.json: `inputs\.policy` is not an object/)
    expect(c.stderr).not.toMatch(/TypeError|Cannot read properties/)
  })

  test('usage mistakes exit 2', async () => {
    for (const args of [
      ['bundle'],
      ['bundle', 'verify'],
      ['bundle', 'verify', 'no-such-bundle'],
      ['bundle', 'create', '--output', 'x'],
      ['bundle', 'verify', 'cli-bundle', '--signing-key-env', 'UNSET_KEY'],
      [
        'bundle',
        'create',
        '--workspace',
        'ws',
        '--reports',
        'gonogo-reports',
        '--output',
        'y',
        '--sha',
        'abc'
      ]
    ]) {
      const o = io({ SOURCE_DATE_EPOCH: '1700000000' })
      expect(await main(args, o)).toBe(2)
      expect(o.stderr).toMatch(/^gonogo: /)
    }
    const o = io({ SOURCE_DATE_EPOCH: 'yesterday' })
    expect(
      await main(
        [
          'bundle',
          'create',
          '--workspace',
          'ws',
          '--reports',
          'gonogo-reports',
          '--output',
          'z',
          '--sha',
          SHA
        ],
        o
      )
    ).toBe(2)
    expect(o.stderr).toMatch(/SOURCE_DATE_EPOCH/)
  })
})
