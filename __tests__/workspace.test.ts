import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fs from 'node:fs/promises'
import fsSync from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { isPlainRelative, PathEscapeError, Workspace } from '../src/io/workspace.js'
import { ReadLog } from '../src/io/read-log.js'

const MiB = 1024 * 1024

let root = ''
let outside = ''
let ws: Workspace

async function write(rel: string, text: string): Promise<void> {
  const abs = path.join(root, rel)
  await fs.mkdir(path.dirname(abs), { recursive: true })
  await fs.writeFile(abs, text)
}

/**
 * Runs `fn` while counting reads through any FileHandle and through `fs.read` / `fs.readSync` on
 * a descriptor (the workspace reads small files with `readSync`, large ones with `read`); proves
 * that a refused file was never read.
 */
async function countingReads<T>(fn: () => Promise<T>): Promise<{ result: T; reads: number }> {
  const probe = await fs.open(path.join(root, 'evidence/manual-check.md'), 'r')
  const proto = Object.getPrototypeOf(probe) as Record<
    'readFile' | 'read',
    (...args: unknown[]) => unknown
  >
  await probe.close()
  const original = { readFile: proto.readFile, read: proto.read }
  let reads = 0
  for (const name of ['readFile', 'read'] as const) {
    const real = original[name]
    proto[name] = function (this: unknown, ...args: unknown[]): unknown {
      reads++
      return real.apply(this, args)
    }
  }
  const fsObject = fsSync as unknown as Record<'read' | 'readSync', (...args: unknown[]) => unknown>
  const originalFd = { read: fsObject.read, readSync: fsObject.readSync }
  for (const name of ['read', 'readSync'] as const) {
    const real = originalFd[name]
    fsObject[name] = function (this: unknown, ...args: unknown[]): unknown {
      reads++
      return real.apply(this, args)
    }
  }
  try {
    const result = await fn()
    return { result, reads }
  } finally {
    proto.readFile = original.readFile
    proto.read = original.read
    fsObject.read = originalFd.read
    fsObject.readSync = originalFd.readSync
  }
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'gonogo-'))
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'gonogo-'))
  await fs.writeFile(path.join(outside, 'secret.json'), '{"status":"passed"}\n')
  await fs.writeFile(path.join(outside, 'token.txt'), 'ghp_not-a-real-token\n')

  await write('gonogo-reports/branch-protection.json', '{"status":"passed"}\n')
  await write('gonogo-reports/ci-stability.json', '{"slo_status":"healthy"}\n')
  await write('gonogo-reports/nightly/e2e.json', '{"status":"ok"}\n')
  await write('gonogo-reports/.draft.json', '{"status":"failed"}\n')
  await write('gonogo-reports/notes.txt', 'not a report\n')
  await write('sorting/a.json', '{}')
  await write('sorting/B.json', '{}')
  await write('sorting/10.json', '{}')
  await write('sorting/9.json', '{}')
  await write('node_modules/some-pkg/report.json', '{}')
  await write('.git/gonogo-reports/old.json', '{}')
  await write('evidence/manual-check.md', 'Checked the ruleset by hand on 2026-11-20.\n')
  await write('evidence/empty.md', '')
  await fs.mkdir(path.join(root, 'reports.json'))
  // a symbolic link out of the workspace, one to a directory outside, and one that stays inside
  await fs.symlink(
    path.join(outside, 'secret.json'),
    path.join(root, 'gonogo-reports/linked-out.json')
  )
  await fs.symlink(outside, path.join(root, 'vendored'))
  await fs.symlink('branch-protection.json', path.join(root, 'gonogo-reports/alias.json'))
  // a sparse 100 MiB file: fast to create, would be slow and large to read
  await fs.writeFile(path.join(root, 'huge.json'), '')
  await fs.truncate(path.join(root, 'huge.json'), 100 * MiB)

  ws = await Workspace.open(root)
})

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
  await fs.rm(outside, { recursive: true, force: true })
})

describe('Workspace.readText', () => {
  test('reads a file inside the workspace with its byte count', async () => {
    const r = await ws.readText('gonogo-reports/branch-protection.json', MiB)
    expect(r).toEqual({ ok: true, text: '{"status":"passed"}\n', bytes: 20 })
  })

  test('a path with ../ that leaves the workspace is refused, naming the path', async () => {
    const r = await ws.readText('../x', MiB)
    expect(r).toEqual({
      ok: false,
      reason: 'escapes',
      message: '../x: path is outside the workspace; use a path relative to the repository root'
    })
  })

  test('an absolute path is refused even when it points inside the workspace', async () => {
    const abs = path.join(root, 'gonogo-reports/branch-protection.json')
    const r = await ws.readText(abs, MiB)
    expect(r).toEqual({
      ok: false,
      reason: 'escapes',
      message: `${abs}: path is outside the workspace; use a path relative to the repository root`
    })
    expect((await ws.readText('/etc/passwd', MiB)).ok).toBe(false)
  })

  test('a symbolic link that leads outside the workspace is refused, and the target is not read', async () => {
    const { result, reads } = await countingReads(() =>
      ws.readText('gonogo-reports/linked-out.json', MiB)
    )
    expect(result).toEqual({
      ok: false,
      reason: 'escapes',
      message: 'gonogo-reports/linked-out.json: symbolic link that leads outside the workspace'
    })
    expect(reads).toBe(0)
  })

  test('a file inside a symbolically linked directory outside the workspace is refused', async () => {
    const r = await ws.readText('vendored/token.txt', MiB)
    expect(r).toEqual({
      ok: false,
      reason: 'escapes',
      message: 'vendored/token.txt: symbolic link that leads outside the workspace'
    })
  })

  test('a symbolic link that stays inside the workspace is followed', async () => {
    const r = await ws.readText('gonogo-reports/alias.json', MiB)
    expect(r).toEqual({ ok: true, text: '{"status":"passed"}\n', bytes: 20 })
  })

  test('a directory is refused as not a regular file', async () => {
    const r = await ws.readText('reports.json', MiB)
    expect(r).toEqual({
      ok: false,
      reason: 'not-a-file',
      message: 'reports.json: not a regular file'
    })
  })

  test('a 100 MiB file over a 50 MiB limit is refused by its size, naming file and limit, without being read', async () => {
    const started = performance.now()
    const { result, reads } = await countingReads(() => ws.readText('huge.json', 50 * MiB))
    expect(result).toEqual({
      ok: false,
      reason: 'too-large',
      message:
        'huge.json: 100.0 MiB is over the 50.0 MiB limit for a report (limits.max_report_bytes)'
    })
    expect(reads).toBe(0)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  test('the read counter does see an ordinary read (so a zero above means something)', async () => {
    const { result, reads } = await countingReads(() =>
      ws.readText('evidence/manual-check.md', MiB)
    )
    expect(result.ok).toBe(true)
    expect(reads).toBeGreaterThan(0)
  })

  test('a file exactly at the limit is read; one byte over is refused', async () => {
    await write('limit/exact.json', 'x'.repeat(1024))
    expect(await ws.readText('limit/exact.json', 1024)).toMatchObject({ ok: true, bytes: 1024 })
    expect(await ws.readText('limit/exact.json', 1023)).toEqual({
      ok: false,
      reason: 'too-large',
      message:
        'limit/exact.json: 1.0 KiB is over the 1023 bytes limit for a report (limits.max_report_bytes)'
    })
    // Sizes that round to the same text are given in bytes.
    await write('limit/2049.json', 'x'.repeat(2049))
    expect(await ws.readText('limit/2049.json', 2048)).toMatchObject({
      reason: 'too-large',
      message:
        'limit/2049.json: 2049 bytes is over the 2.0 KiB limit for a report (limits.max_report_bytes)'
    })
  })

  test('links that lead back to themselves are refused as a loop, not reported missing', async () => {
    await fs.mkdir(path.join(root, 'loop'), { recursive: true })
    await fs.symlink('b.json', path.join(root, 'loop/a.json'))
    await fs.symlink('a.json', path.join(root, 'loop/b.json'))
    expect(await ws.readText('loop/a.json', MiB)).toEqual({
      ok: false,
      reason: 'unreadable',
      message:
        'loop/a.json: symbolic links that lead back to themselves (a loop); point the link at the report'
    })
  })

  test('a missing file is reported as missing, naming it', async () => {
    const r = await ws.readText('gonogo-reports/nope.json', MiB)
    expect(r).toEqual({
      ok: false,
      reason: 'missing',
      message: 'gonogo-reports/nope.json: file not found'
    })
  })

  test('a path containing a NUL byte is refused', async () => {
    const r = await ws.readText('gonogo-reports/a.json\u0000.txt', MiB)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toBe('escapes')
  })
})

describe('Workspace.readBytes: checks made once per folder or on the open descriptor', () => {
  // Each folder's real path is resolved once per Workspace and the last component is opened
  // without following a link (O_NOFOLLOW) and without blocking (O_NONBLOCK), then checked by
  // fstat on that descriptor: what changes after a first read in the same folder is still refused.
  test('a file swapped for a link out of the workspace after its folder was checked is refused, unread', async () => {
    const w = await Workspace.open(root)
    await write('swap/a.json', '{"status":"passed"}')
    await write('swap/b.json', '{"status":"passed"}')
    expect((await w.readText('swap/a.json', MiB)).ok).toBe(true)
    await fs.rm(path.join(root, 'swap/b.json'))
    await fs.symlink(path.join(outside, 'secret.json'), path.join(root, 'swap/b.json'))
    const { result, reads } = await countingReads(() => w.readText('swap/b.json', MiB))
    expect(result).toEqual({
      ok: false,
      reason: 'escapes',
      message: 'swap/b.json: symbolic link that leads outside the workspace'
    })
    expect(reads).toBe(0)
  })

  test('a FIFO is refused as not a regular file without waiting for a writer', async () => {
    const w = await Workspace.open(root)
    await write('pipes/ok.json', '{}')
    expect((await w.readText('pipes/ok.json', MiB)).ok).toBe(true)
    execFileSync('mkfifo', [path.join(root, 'pipes/fifo.json')])
    // a link inside the workspace to the FIFO is followed, and the FIFO is still refused
    await fs.symlink('fifo.json', path.join(root, 'pipes/to-fifo.json'))
    for (const f of ['pipes/fifo.json', 'pipes/to-fifo.json']) {
      const { result, reads } = await countingReads(() => w.readText(f, MiB))
      expect(result).toEqual({
        ok: false,
        reason: 'not-a-file',
        message: `${f}: not a regular file`
      })
      expect(reads).toBe(0)
    }
  }, 10_000)

  test('a file in a folder linked to another folder inside the workspace is read; a broken link is missing', async () => {
    await write('real-dir/r.json', '{"status":"passed"}')
    await fs.symlink('real-dir', path.join(root, 'alias-dir'))
    await fs.symlink('nowhere.json', path.join(root, 'real-dir/dangling.json'))
    const w = await Workspace.open(root)
    expect(await w.readText('alias-dir/r.json', MiB)).toEqual({
      ok: true,
      text: '{"status":"passed"}',
      bytes: 19
    })
    expect(await w.readText('real-dir/dangling.json', MiB)).toEqual({
      ok: false,
      reason: 'missing',
      message: 'real-dir/dangling.json: file not found'
    })
    expect(await w.readText('no-such-dir/r.json', MiB)).toEqual({
      ok: false,
      reason: 'missing',
      message: 'no-such-dir/r.json: file not found'
    })
  })

  test('a file that is larger than the sync-read size (1 MiB) is read whole, and its limit still holds', async () => {
    const big = Buffer.alloc(3 * MiB + 5, 0x61)
    await fs.writeFile(path.join(root, 'big.json'), big)
    const w = await Workspace.open(root)
    const r = await w.readBytes('big.json', 4 * MiB)
    expect(r.ok && r.data.equals(big)).toBe(true)
    expect((await w.readBytes('big.json', 3 * MiB)).ok).toBe(false)
  })
})

describe('Workspace.readBytesNow: readBytes without waiting, or no answer', () => {
  test('answers as readBytes does, noting the same in the log, or leaves links and large files to it', async () => {
    await write('now/ok.json', '{"status":"passed"}')
    await fs.mkdir(path.join(root, 'now/dir.json'), { recursive: true })
    execFileSync('mkfifo', [path.join(root, 'now/fifo.json')])
    await fs.symlink('ok.json', path.join(root, 'now/alias.json'))
    await fs.symlink(path.join(outside, 'secret.json'), path.join(root, 'now/out.json'))
    await fs.writeFile(path.join(root, 'now/big.json'), Buffer.alloc(2 * MiB, 0x20))
    const cases: [string, number, 'same' | 'later'][] = [
      ['now/ok.json', MiB, 'same'],
      ['now/missing.json', MiB, 'same'],
      ['no-such-dir/x.json', MiB, 'same'],
      ['../outside.json', MiB, 'same'],
      [path.join(root, 'now/ok.json'), MiB, 'same'],
      ['vendored/secret.json', MiB, 'same'],
      ['now/dir.json', MiB, 'same'],
      ['now/fifo.json', MiB, 'same'],
      ['huge.json', 50 * MiB, 'same'],
      ['now/ok.json', 10, 'same'],
      ['a\u0000b.json', MiB, 'same'],
      ['now/alias.json', MiB, 'later'],
      ['now/out.json', MiB, 'later'],
      ['now/big.json', 4 * MiB, 'later']
    ]
    for (const [file, limit, want] of cases) {
      const now = await Workspace.open(root)
      const then = await Workspace.open(root)
      now.log = new ReadLog()
      then.log = new ReadLog()
      const got = now.readBytesNow(file, limit, () => true)
      const expected = await then.readBytes(file, limit)
      if (want === 'later') {
        expect([file, got]).toEqual([file, undefined])
        expect(now.log.all()).toEqual([])
        expect(now.log.refusals()).toEqual([])
      } else {
        expect([file, got]).toEqual([file, expected])
        expect(now.log.all()).toEqual(then.log.all())
        expect(now.log.refusals()).toEqual(then.log.refusals())
      }
    }
  }, 10_000)

  test('a file the caller cannot hold now is left unread, its size offered first', async () => {
    const w = await Workspace.open(root)
    w.log = new ReadLog()
    const offered: number[] = []
    const { result, reads } = await countingReads(() =>
      Promise.resolve(
        w.readBytesNow('gonogo-reports/branch-protection.json', MiB, (bytes) => {
          offered.push(bytes)
          return false
        })
      )
    )
    expect(result).toBeUndefined()
    expect(reads).toBe(0)
    expect(offered).toEqual([20])
    expect(w.log.all()).toEqual([])
  })
})

describe('isPlainRelative', () => {
  test('is true exactly when path.resolve and path.relative give back, unchanged, a path that stays inside', () => {
    const base = '/ws/root'
    for (const p of [
      'a',
      'a/b.json',
      '.hidden/x',
      '..x/y',
      'a..b',
      '...',
      'a\\b',
      '',
      '.',
      '..',
      './a',
      'a/./b',
      'a/../b',
      'a//b',
      'a/',
      '/a',
      'a\0b'
    ]) {
      const plain = isPlainRelative(p)
      const roundTrip = path.relative(base, path.resolve(base, p)) === p && !p.includes('\0')
      const inside = p !== '' && p !== '..' && !p.startsWith('../')
      expect([p, plain]).toEqual([p, roundTrip && inside])
    }
  })
})

describe('Workspace.glob', () => {
  test('returns sorted workspace-relative paths, recursing into subdirectories and skipping dotfiles', async () => {
    const r = await ws.glob('gonogo-reports/**/*.json', 100)
    expect(r).toEqual({
      files: [
        'gonogo-reports/alias.json',
        'gonogo-reports/branch-protection.json',
        'gonogo-reports/ci-stability.json',
        'gonogo-reports/linked-out.json',
        'gonogo-reports/nightly/e2e.json'
      ],
      truncated: false
    })
  })

  test('sorts by code unit, not by number or locale', async () => {
    const r = await ws.glob('sorting/*.json', 100)
    expect(r.files).toEqual([
      'sorting/10.json',
      'sorting/9.json',
      'sorting/B.json',
      'sorting/a.json'
    ])
  })

  test('a leading ./ is accepted and not kept', async () => {
    const r = await ws.glob('./sorting/*.json', 100)
    expect(r.files).toEqual([
      'sorting/10.json',
      'sorting/9.json',
      'sorting/B.json',
      'sorting/a.json'
    ])
  })

  test('does not descend into a symbolically linked directory, nor into .git or node_modules', async () => {
    const r = await ws.glob('**/*.json', 1000)
    expect(r.truncated).toBe(false)
    expect(r.files.filter((f) => f.startsWith('vendored/'))).toEqual([])
    expect(r.files.filter((f) => f.startsWith('node_modules/') || f.startsWith('.git/'))).toEqual(
      []
    )
    expect(r.files).toContain('gonogo-reports/nightly/e2e.json')
    expect(r.files).toContain('sorting/a.json')
    // a directory whose name matches is not a file
    expect(r.files).not.toContain('reports.json')
  })

  test('a pattern that climbs out with ../ throws PathEscapeError naming the pattern', async () => {
    const err = await ws.glob('../**/*.json', 100).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(PathEscapeError)
    expect((err as PathEscapeError).pattern).toBe('../**/*.json')
    expect((err as Error).message).toBe(
      '../**/*.json: path is outside the workspace; use a path relative to the repository root'
    )
  })

  test('an absolute pattern and an absolute plain path both throw PathEscapeError', async () => {
    await expect(ws.glob('/etc/*.conf', 100)).rejects.toBeInstanceOf(PathEscapeError)
    await expect(ws.glob('/etc/passwd', 100)).rejects.toBeInstanceOf(PathEscapeError)
    await expect(ws.glob('gonogo-reports/../../elsewhere/*.json', 100)).rejects.toBeInstanceOf(
      PathEscapeError
    )
  })

  test('stops at the limit and says the list is truncated', async () => {
    const r = await ws.glob('sorting/*.json', 2)
    expect(r.truncated).toBe(true)
    expect(r.files).toHaveLength(2)
  })

  test('a limit equal to the number of matches is not truncated', async () => {
    const r = await ws.glob('sorting/*.json', 4)
    expect(r).toEqual({
      files: ['sorting/10.json', 'sorting/9.json', 'sorting/B.json', 'sorting/a.json'],
      truncated: false
    })
  })

  test('a plain path is returned when something is there (a directory is refused when read), nothing when missing', async () => {
    expect(await ws.glob('gonogo-reports/ci-stability.json', 10)).toEqual({
      files: ['gonogo-reports/ci-stability.json'],
      truncated: false
    })
    expect(await ws.glob('gonogo-reports/nope.json', 10)).toEqual({ files: [], truncated: false })
    expect(await ws.glob('reports.json', 10)).toEqual({ files: ['reports.json'], truncated: false })
    expect(await ws.readText('reports.json', 1024)).toMatchObject({
      ok: false,
      reason: 'not-a-file'
    })
  })

  test('replaying, a path the original run was refused is matched though absent (it is not in a bundle)', async () => {
    const w = await Workspace.open(root)
    w.replayRefusals = new Map([
      ['special/big.json', { path: 'special/big.json', reason: 'too-large', message: 'm' }]
    ])
    expect(await w.glob('special/big.json', 10)).toEqual({
      files: ['special/big.json'],
      truncated: false
    })
    expect(await w.glob('special/other.json', 10)).toEqual({ files: [], truncated: false })
    expect(await ws.glob('special/big.json', 10)).toEqual({ files: [], truncated: false })
  })

  test('a glob over a directory that does not exist matches nothing', async () => {
    expect(await ws.glob('no-such-dir/**/*.xml', 10)).toEqual({ files: [], truncated: false })
  })
})

describe('Workspace.glob with shared listings', () => {
  test('gives what a glob without them gives, and lists each folder once (a snapshot)', async () => {
    await write('listed/a.json', '{}')
    await write('listed/sub/b.json', '{}')
    const w = await Workspace.open(root)
    const listings = new Map()
    const plain = await w.glob('listed/**/*.json', 100)
    expect(await w.glob('listed/**/*.json', 100, listings)).toEqual(plain)
    expect([...listings.keys()].sort()).toEqual(['listed', 'listed/sub'])
    await fs.rm(path.join(root, 'listed/a.json'))
    // the same task's next glob sees the listing it shared, not a second one
    expect(await w.glob('listed/*.json', 100, listings)).toEqual({
      files: ['listed/a.json'],
      truncated: false
    })
    expect(await w.glob('listed/*.json', 100)).toEqual({ files: [], truncated: false })
  })
})

describe('Workspace.hasFile', () => {
  test('true for a non-empty regular file', async () => {
    expect(await ws.hasFile('evidence/manual-check.md')).toBe(true)
  })

  test('false for an empty file: an empty evidence file proves nothing', async () => {
    expect(await ws.hasFile('evidence/empty.md')).toBe(false)
  })

  test('false for a missing file, a directory, a path outside and a link that leads outside', async () => {
    expect(await ws.hasFile('evidence/missing.md')).toBe(false)
    expect(await ws.hasFile('evidence')).toBe(false)
    expect(await ws.hasFile('../secret.json')).toBe(false)
    expect(await ws.hasFile('gonogo-reports/linked-out.json')).toBe(false)
    expect(await ws.hasFile(path.join(root, 'evidence/manual-check.md'))).toBe(false)
  })
})

describe('Workspace.open and relative', () => {
  test('opening a workspace that does not exist fails naming it', async () => {
    const gone = path.join(root, 'does-not-exist')
    await expect(Workspace.open(gone)).rejects.toThrow(`workspace ${gone} does not exist`)
  })

  test('relative() gives POSIX paths inside and undefined outside', () => {
    expect(ws.relative('gonogo-reports/./nightly/../ci-stability.json')).toBe(
      'gonogo-reports/ci-stability.json'
    )
    expect(ws.relative(path.join(root, 'evidence/manual-check.md'))).toBe(
      'evidence/manual-check.md'
    )
    expect(ws.relative('../x')).toBeUndefined()
    expect(ws.relative(outside)).toBeUndefined()
  })
})
