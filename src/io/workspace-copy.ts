/** Copies the workspace for a replay without ever leaving it (moved from checks/replay-determinism). */
import { constants } from 'node:fs'
import {
  copyFile,
  lstat,
  mkdir,
  readdir,
  readlink,
  realpath,
  symlink,
  utimes
} from 'node:fs/promises'
import path from 'node:path'
import { MAX_SKIPPED_LISTED, type CopyFacts, type SkippedEntry } from '../core/facts-runtime.js'

/** Files copied at once. */
const COPY_CONCURRENCY = 32

/**
 * Copies the workspace into `dest` without ever leaving it: a symbolic link is recreated (as a
 * relative link inside the copy) only when it resolves inside the workspace; a link that leads
 * out, a FIFO, a socket or a device is skipped and listed. File modes and modification times are
 * kept; on copy-on-write file systems files are reflinked.
 */
export async function copyWorkspace(
  root: string,
  dest: string,
  opts: { copyGit: boolean }
): Promise<CopyFacts> {
  const realRoot = await realpath(root)
  const facts: CopyFacts = {
    files: 0,
    bytes: 0,
    links: 0,
    skipped: [],
    skippedCount: 0,
    git: 'absent'
  }
  const skipped: SkippedEntry[] = []
  const skip = (e: SkippedEntry): void => {
    skipped.push(e)
  }
  const files: {
    src: string
    dst: string
    rel: string
    size: number
    atime: Date
    mtime: Date
  }[] = []
  const links: { dst: string; target: string }[] = []
  const walk = async (rel: string): Promise<void> => {
    const srcDir = path.join(realRoot, rel)
    const dstDir = path.join(dest, rel)
    await mkdir(dstDir, { recursive: true })
    let entries
    try {
      entries = await readdir(srcDir, { withFileTypes: true })
    } catch (e) {
      skip({ path: rel || '.', reason: 'unreadable', detail: code(e) })
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`
      const src = path.join(srcDir, e.name)
      const dst = path.join(dstDir, e.name)
      if (rel === '' && e.name === '.git') {
        if (!e.isDirectory()) {
          facts.git = 'link-file'
          continue
        }
        if (!opts.copyGit) {
          facts.git = 'excluded'
          continue
        }
        facts.git = 'copied'
      }
      if (e.isDirectory()) {
        await walk(childRel)
      } else if (e.isFile()) {
        try {
          const st = await lstat(src)
          files.push({ src, dst, rel: childRel, size: st.size, atime: st.atime, mtime: st.mtime })
        } catch (err) {
          skip({ path: childRel, reason: 'unreadable', detail: code(err) })
        }
      } else if (e.isSymbolicLink()) {
        const target = await linkInside(realRoot, src)
        if (target === undefined) {
          let raw = ''
          try {
            raw = await readlink(src)
          } catch {
            raw = '?'
          }
          skip({
            path: childRel,
            reason: 'link-out',
            detail: `symbolic link to ${raw} leads outside the workspace`
          })
        } else {
          links.push({
            dst,
            target: path.relative(path.dirname(dst), path.join(dest, target)) || '.'
          })
        }
      } else {
        skip({
          path: childRel,
          reason: 'special-file',
          detail: 'not a regular file, folder or link (a FIFO, socket or device)'
        })
      }
    }
  }
  await walk('')
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const f = files[next++]
      if (f === undefined) return
      try {
        await copyFile(f.src, f.dst, constants.COPYFILE_FICLONE)
        await utimes(f.dst, f.atime, f.mtime)
        facts.files++
        facts.bytes += f.size
      } catch (err) {
        skip({ path: f.rel, reason: 'unreadable', detail: code(err) })
      }
    }
  }
  await Promise.all(Array.from({ length: COPY_CONCURRENCY }, () => worker()))
  for (const l of links) {
    await symlink(l.target, l.dst)
    facts.links++
  }
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  facts.skipped = skipped.slice(0, MAX_SKIPPED_LISTED)
  facts.skippedCount = skipped.length
  return facts
}

/**
 * Where a link leads, relative to the workspace, when it stays inside; undefined when it leads
 * out. A dangling link is judged by its text alone.
 */
async function linkInside(realRoot: string, linkPath: string): Promise<string | undefined> {
  let resolved: string
  try {
    resolved = await realpath(linkPath)
  } catch {
    try {
      resolved = path.resolve(path.dirname(linkPath), await readlink(linkPath))
    } catch {
      return undefined
    }
  }
  const rel = path.relative(realRoot, resolved)
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined
  return rel
}

function code(e: unknown): string {
  return `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`
}
