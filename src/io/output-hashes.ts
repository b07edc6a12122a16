/** Digests of a replay's outputs (moved from checks/replay-determinism). */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, readdir, readlink, realpath } from 'node:fs/promises'
import path from 'node:path'
import picomatch from 'picomatch'
import { MAX_OUTPUTS, type OutputHashes } from '../core/facts-runtime.js'

const SKIP_DIRS = new Set(['.git', 'node_modules'])

/**
 * Hashes every file under `dir` that matches one of `globs` (dot files included). The walk
 * starts at each glob's fixed prefix, skips `.git` and `node_modules` below it, and never
 * follows a symbolic link: a link output is compared by its target text.
 */
export async function hashOutputs(dir: string, globs: readonly string[]): Promise<OutputHashes> {
  const isMatch = picomatch([...globs], { dot: true })
  const matched = new Set<string>()
  let truncated = false
  const special: OutputHashes['unreadable'] = []
  let realDir: string
  try {
    realDir = await realpath(dir)
  } catch {
    // The build removed or renamed its own working folder: nothing to hash, which fails the check.
    return {
      digests: {},
      truncated: false,
      unreadable: [{ path: '.', detail: 'the working folder is gone after the run' }]
    }
  }
  const bases = [
    ...new Set(
      globs.map((g) => {
        const scan = picomatch.scan(g)
        return scan.isGlob ? scan.base : g
      })
    )
  ].sort()
  const walk = async (rel: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(path.join(dir, rel), { withFileTypes: true })
    } catch {
      // A base that is a file (a glob without wildcards) or does not exist.
      if (rel !== '' && isMatch(rel)) matched.add(rel)
      return
    }
    for (const e of entries) {
      if (truncated) return
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(childRel)
      } else if (isMatch(childRel)) {
        if (!e.isFile() && !e.isSymbolicLink()) {
          special.push({ path: childRel, detail: 'not a regular file (a FIFO, socket or device)' })
          continue
        }
        if (matched.size >= MAX_OUTPUTS) {
          truncated = true
          return
        }
        matched.add(childRel)
      }
    }
  }
  for (const b of bases) {
    const rel = b === '.' ? '' : b.replace(/\/+$/, '')
    if (rel !== '' && !(await staysInside(realDir, path.join(dir, rel)))) {
      special.push({
        path: rel,
        detail: 'a symbolic link that leads outside the working directory'
      })
      continue
    }
    await walk(rel)
  }
  const digests: Record<string, string> = {}
  const unreadable: OutputHashes['unreadable'] = [...special]
  for (const rel of [...matched].sort()) {
    const r = await digestOf(path.join(dir, rel))
    if (r.ok) digests[rel] = r.digest
    else if (r.detail !== 'missing') unreadable.push({ path: rel, detail: r.detail })
  }
  unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { digests, unreadable, truncated }
}

/** False when `abs` exists but resolves outside `realDir` (through a link the command made). */
async function staysInside(realDir: string, abs: string): Promise<boolean> {
  try {
    const rel = path.relative(realDir, await realpath(abs))
    return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel)
  } catch {
    return true
  }
}

async function digestOf(
  abs: string
): Promise<{ ok: true; digest: string } | { ok: false; detail: string }> {
  try {
    const st = await lstat(abs)
    if (st.isSymbolicLink()) return { ok: true, digest: `link:${await readlink(abs)}` }
    if (!st.isFile()) return { ok: false, detail: 'not a regular file' }
  } catch (e) {
    const c = (e as NodeJS.ErrnoException).code
    if (c === 'ENOENT') return { ok: false, detail: 'missing' }
    return { ok: false, detail: `cannot be read (${c ?? 'error'})` }
  }
  return new Promise((resolve) => {
    const h = createHash('sha256')
    const s = createReadStream(abs)
    s.on('data', (chunk) => h.update(chunk))
    s.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ ok: false, detail: `cannot be read (${e.code ?? 'error'})` })
    )
    s.on('end', () => resolve({ ok: true, digest: `sha256:${h.digest('hex')}` }))
  })
}
