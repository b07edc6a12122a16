import { execFile, spawn } from 'node:child_process'

import type { GitChange, GitHistory } from '../core/facts-repo.js'

/**
 * The git commands the built-in checks run in the workspace (the {@link GitHistory} facts), each
 * with a time limit. Every failure comes back as a value (`ok: false` with why), never as an
 * exception.
 */

export const GIT_TIMEOUT_MS = 60_000
const MAX_GIT_OUTPUT = 64 * 1024 * 1024

export type GitResult =
  | { ok: true; stdout: string }
  | { ok: false; reason: 'no-git' | 'timeout' | 'failed'; message: string }

const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  LC_ALL: 'C'
})

export function git(cwd: string, args: string[], timeoutMs = GIT_TIMEOUT_MS): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd, timeout: timeoutMs, maxBuffer: MAX_GIT_OUTPUT, env: env(), encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (!err) return resolve({ ok: true, stdout })
        const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null }
        if (e.code === 'ENOENT')
          return resolve({ ok: false, reason: 'no-git', message: 'git is not on PATH' })
        if (e.killed || e.signal === 'SIGTERM')
          return resolve({
            ok: false,
            reason: 'timeout',
            message: `git ${args[0] ?? ''} did not finish within ${Math.round(timeoutMs / 1000)} s`
          })
        const first = stderr.trim().split('\n')[0] ?? ''
        resolve({
          ok: false,
          reason: 'failed',
          message: `git ${args[0] ?? ''} failed${first ? `: ${first.slice(0, 200)}` : ''}`
        })
      }
    )
  })
}

export interface RepoState {
  ok: true
  /** The workspace's path inside the repository (`''` at the top, else `sub/dir/`). */
  prefix: string
  shallow: boolean
}

/** Whether the workspace is a git checkout, where it sits in it, and whether history is cut. */
export async function repoState(
  cwd: string,
  timeoutMs = GIT_TIMEOUT_MS
): Promise<
  RepoState | { ok: false; reason: 'no-git' | 'not-a-repo' | 'timeout'; message: string }
> {
  const inside = await git(cwd, ['rev-parse', '--is-inside-work-tree', '--show-prefix'], timeoutMs)
  if (!inside.ok) {
    if (inside.reason === 'no-git' || inside.reason === 'timeout')
      return { ok: false, reason: inside.reason, message: inside.message }
    return { ok: false, reason: 'not-a-repo', message: 'the workspace is not a git checkout' }
  }
  const [flag, prefix] = inside.stdout.split('\n')
  if (flag?.trim() !== 'true')
    return { ok: false, reason: 'not-a-repo', message: 'the workspace is not a git work tree' }
  const shallow = await git(cwd, ['rev-parse', '--is-shallow-repository'], timeoutMs)
  return {
    ok: true,
    prefix: (prefix ?? '').trim(),
    // When git cannot say, assume shallow: a shallow boundary is never taken for a real change.
    shallow: !shallow.ok || shallow.stdout.trim() === 'true'
  }
}

/** The first of `candidates` that names a commit, with its id. */
export async function resolveCommit(
  cwd: string,
  candidates: readonly string[],
  timeoutMs = GIT_TIMEOUT_MS
): Promise<{ ref: string; sha: string } | undefined> {
  for (const ref of candidates) {
    if (ref.startsWith('-')) continue
    const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], timeoutMs)
    if (r.ok && r.stdout.trim() !== '') return { ref, sha: r.stdout.trim() }
  }
  return undefined
}

/**
 * The contents of `paths` (repository-relative) at `commit`, through one `git cat-file --batch`:
 * a Buffer per path, or undefined where the path did not exist at that commit.
 */
export function readAtCommit(
  cwd: string,
  commit: string,
  paths: readonly string[],
  timeoutMs = GIT_TIMEOUT_MS
): Promise<{ ok: true; files: Map<string, Buffer | undefined> } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    const files = new Map<string, Buffer | undefined>()
    const wanted = paths.filter((p) => !p.includes('\n'))
    if (wanted.length === 0) return resolve({ ok: true, files })
    const child = spawn('git', ['cat-file', '--batch'], { cwd, env: env() })
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const finish = (r: Parameters<typeof resolve>[0]): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(r)
    }
    const timer = setTimeout(() => {
      child.kill()
      finish({
        ok: false,
        message: `git cat-file did not finish within ${Math.round(timeoutMs / 1000)} s`
      })
    }, timeoutMs)
    child.on('error', (e: NodeJS.ErrnoException) =>
      finish({
        ok: false,
        message: e.code === 'ENOENT' ? 'git is not on PATH' : `git cat-file: ${e.message}`
      })
    )
    child.stdout.on('data', (d: Buffer) => {
      size += d.length
      if (size > MAX_GIT_OUTPUT * 4) {
        child.kill()
        finish({ ok: false, message: 'git cat-file output is too large' })
        return
      }
      chunks.push(d)
    })
    child.stdin.on('error', () => {
      /* the child died; its exit is reported */
    })
    child.on('close', (code) => {
      if (code !== 0) return finish({ ok: false, message: `git cat-file exited with ${code}` })
      const out = Buffer.concat(chunks)
      let pos = 0
      for (const p of wanted) {
        const nl = out.indexOf(10, pos)
        if (nl < 0) return finish({ ok: false, message: 'git cat-file output ended early' })
        const header = out.subarray(pos, nl).toString('utf8')
        pos = nl + 1
        const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header)
        if (!m) {
          files.set(p, undefined)
          continue
        }
        const n = Number(m[2])
        files.set(p, m[1] === 'blob' ? out.subarray(pos, pos + n) : undefined)
        pos += n + 1
      }
      finish({ ok: true, files })
    })
    child.stdin.end(wanted.map((p) => `${commit}:${p}\n`).join(''))
  })
}

/**
 * The {@link GitHistory} facts over the git checkout at `cwd` (the workspace root): `git rev-parse`,
 * `merge-base`, `diff --name-status --no-renames --relative -z`, `cat-file --batch` and
 * `log -1 --format=%cI%x00%H%x00%P`, each within its time limit (default {@link GIT_TIMEOUT_MS}).
 */
export function createGitHistory(cwd: string): GitHistory {
  return {
    state: (timeoutMs = GIT_TIMEOUT_MS) => repoState(cwd, timeoutMs),
    resolveCommit: (candidates, timeoutMs = GIT_TIMEOUT_MS) =>
      resolveCommit(cwd, candidates, timeoutMs),
    mergeBase: async (a, b, timeoutMs = GIT_TIMEOUT_MS) => {
      const r = await git(cwd, ['merge-base', a, b], timeoutMs)
      return r.ok ? { ok: true, sha: r.stdout.trim() } : r
    },
    changedFiles: async (base, head, pathspec, timeoutMs = GIT_TIMEOUT_MS) => {
      const r = await git(
        cwd,
        ['diff', '--name-status', '--no-renames', '--relative', '-z', base, head, '--', pathspec],
        timeoutMs
      )
      if (!r.ok) return r
      const changes: GitChange[] = []
      const parts = r.stdout.split('\0')
      for (let i = 0; i + 1 < parts.length; i += 2) {
        const st = parts[i] ?? ''
        const file = parts[i + 1] ?? ''
        changes.push({
          file,
          status: st.startsWith('A') ? 'added' : st.startsWith('D') ? 'deleted' : 'modified'
        })
      }
      return { ok: true, changes }
    },
    readAt: (commit, paths, timeoutMs = GIT_TIMEOUT_MS) =>
      readAtCommit(cwd, commit, paths, timeoutMs),
    lastCommit: async (p, timeoutMs = GIT_TIMEOUT_MS) => {
      const r = await git(cwd, ['log', '-1', '--format=%cI%x00%H%x00%P', '--', p], timeoutMs)
      if (!r.ok) return r
      const [date, sha, parents] = r.stdout.trim().split('\0')
      if (!date || !sha) return { ok: true }
      return {
        ok: true,
        commit: {
          date,
          sha,
          parents: (parents ?? '')
            .trim()
            .split(' ')
            .filter((x) => x !== '')
        }
      }
    }
  }
}
