import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { CommitFact, LineageGap, TagFact } from '../core/lineage.js'
import { SHA_PATTERN } from '../core/contracts.js'

const run = promisify(execFile)

export const FETCH_ALL_HINT = 'use fetch-depth: 0 (actions/checkout) to fetch the full history'

export interface GitLineageOptions {
  /**
   * The tag being released (e.g. GITHUB_REF_NAME on a tag push). It is never the previous
   * release, and neither is any other tag on HEAD itself when it is set.
   */
  releaseTag?: string
  /** count prerelease tags (v2.0.0-rc.1) as releases (default false) */
  prereleases?: boolean
  /** at most this many commits are read (default 10,000; a gap says when more were left out) */
  maxCommits?: number
  /** per git command (default 30 s) */
  timeoutMs?: number
}

export interface GitLineage {
  /** the commit checked out ('' when git could not tell) */
  head: string
  previousTag: TagFact | null
  /** `previous..HEAD` (or every commit without a previous tag), newest first as git log lists them */
  commits: CommitFact[]
  shallow: boolean
  gaps: LineageGap[]
}

// --- semver (https://semver.org/#spec-item-11), with an optional leading 'v' -----------------

export interface SemVer {
  major: number
  minor: number
  patch: number
  prerelease: string[]
}

const NUM = '(0|[1-9]\\d*)'
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)'
const SEMVER = new RegExp(
  `^v?${NUM}\\.${NUM}\\.${NUM}(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`
)

/** `v1.2.3`, `1.2.3`, `1.2.3-rc.1+build.5` → its parts; anything else → undefined. */
export function parseSemver(tag: string): SemVer | undefined {
  const m = SEMVER.exec(tag)
  if (!m) return undefined
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined
  return { major, minor, patch, prerelease: m[4] ? m[4].split('.') : [] }
}

function compareIdentifiers(a: string, b: string): number {
  const an = /^\d+$/.test(a)
  const bn = /^\d+$/.test(b)
  if (an && bn) return Number(a) - Number(b)
  if (an) return -1
  if (bn) return 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** Semver precedence (build metadata ignored): negative, zero or positive. */
export function compareSemver(a: SemVer, b: SemVer): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch
  if (core !== 0) return Math.sign(core)
  // A version without prerelease ranks above the same version with one.
  if (a.prerelease.length === 0 || b.prerelease.length === 0)
    return (a.prerelease.length === 0 ? 1 : 0) - (b.prerelease.length === 0 ? 1 : 0)
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i]
    const y = b.prerelease[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    const c = compareIdentifiers(x, y)
    if (c !== 0) return Math.sign(c)
  }
  return 0
}

/**
 * Release tags, highest version first; equal versions (`v1.2.3` and `1.2.3`) by name.
 * Names that are not semver are dropped.
 */
export function sortReleaseTags<T extends { name: string }>(
  tags: T[],
  options: { prereleases?: boolean } = {}
): T[] {
  return tags
    .map((t) => ({ t, v: parseSemver(t.name) }))
    .filter(
      (x): x is { t: T; v: SemVer } =>
        x.v !== undefined && (options.prereleases === true || x.v.prerelease.length === 0)
    )
    .sort(
      (a, b) => compareSemver(b.v, a.v) || (a.t.name < b.t.name ? -1 : a.t.name > b.t.name ? 1 : 0)
    )
    .map((x) => x.t)
}

// --- git ------------------------------------------------------------------------------------

async function git(cwd: string, args: string[], timeoutMs: number): Promise<string> {
  const { stdout } = await run('git', args, {
    cwd,
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }
  })
  return stdout
}

function firstLine(e: unknown): string {
  const stderr = (e as { stderr?: unknown }).stderr
  const text = typeof stderr === 'string' && stderr.trim() !== '' ? stderr : String(e)
  return text.trim().split('\n')[0] ?? ''
}

/** The shallow boundary commits (`.git/shallow`), empty when the clone is complete. */
async function shallowBoundary(cwd: string, timeoutMs: number): Promise<string[]> {
  const file = (await git(cwd, ['rev-parse', '--git-path', 'shallow'], timeoutMs)).trim()
  try {
    const text = await readFile(path.resolve(cwd, file), 'utf8')
    return text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => SHA_PATTERN.test(l))
      .sort()
  } catch {
    return []
  }
}

function parseLog(stdout: string): CommitFact[] {
  const commits: CommitFact[] = []
  for (const line of stdout.split('\n')) {
    if (line === '') continue
    const [sha = '', parents = '', ...subject] = line.split('\u0000')
    if (!SHA_PATTERN.test(sha)) continue
    commits.push({
      sha,
      subject: subject.join(' '),
      parents: parents.split(' ').filter((p) => p !== '')
    })
  }
  return commits
}

/**
 * The previous release tag (semver-ordered tags reachable from HEAD) and the commits since,
 * read with git in `cwd`. Never throws: what git could not show is a gap, never a guess.
 */
export async function readGitLineage(
  cwd: string,
  options: GitLineageOptions = {}
): Promise<GitLineage> {
  const timeoutMs = options.timeoutMs ?? 30_000
  const maxCommits = options.maxCommits ?? 10_000
  const gaps: LineageGap[] = []
  let head: string
  try {
    head = (await git(cwd, ['rev-parse', '--verify', 'HEAD^{commit}'], timeoutMs)).trim()
  } catch (e) {
    return {
      head: '',
      previousTag: null,
      commits: [],
      shallow: false,
      gaps: [
        {
          what: 'git history',
          reason: `git could not read HEAD in the workspace (${firstLine(e)}): no tag or commits are known`
        }
      ]
    }
  }

  let shallow = false
  let boundary: string[] = []
  try {
    shallow =
      (await git(cwd, ['rev-parse', '--is-shallow-repository'], timeoutMs)).trim() === 'true'
    if (shallow) boundary = await shallowBoundary(cwd, timeoutMs)
  } catch (e) {
    gaps.push({
      what: 'git history',
      reason: `could not tell whether the clone is shallow (${firstLine(e)})`
    })
  }

  // Tags reachable from HEAD, with the commit each points at (annotated tags peeled).
  let tags: TagFact[] = []
  try {
    const out = await git(
      cwd,
      ['tag', '--merged', 'HEAD', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)'],
      timeoutMs
    )
    tags = out
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const [name = '', object = '', peeled = ''] = l.split('\u0000')
        return { name, sha: peeled !== '' ? peeled : object }
      })
  } catch (e) {
    gaps.push({ what: 'previous release tag', reason: `git tag failed (${firstLine(e)})` })
  }
  if (options.releaseTag !== undefined) {
    const releasing = options.releaseTag
    tags = tags.filter((t) => t.name !== releasing && t.sha !== head)
  }
  const previousTag = sortReleaseTags(tags, { prereleases: options.prereleases === true })[0]

  let commits: CommitFact[] = []
  try {
    const range = previousTag ? [`${previousTag.sha}..${head}`] : [head]
    const out = await git(
      cwd,
      ['log', `--max-count=${maxCommits + 1}`, '--format=%H%x00%P%x00%s', ...range, '--'],
      timeoutMs
    )
    commits = parseLog(out)
  } catch (e) {
    gaps.push({ what: 'commits', reason: `git log failed (${firstLine(e)})` })
  }
  if (commits.length > maxCommits) {
    commits = commits.slice(0, maxCommits)
    gaps.push({
      what: 'commits',
      reason: `more than ${maxCommits} commits since ${previousTag?.name ?? 'the first commit'}: only the newest ${maxCommits} are listed`
    })
  }

  const cut = boundary.filter((sha) => commits.some((c) => c.sha === sha))
  if (shallow && (cut.length > 0 || !previousTag)) {
    const where = (cut.length > 0 ? cut : boundary).join(', ') || head
    gaps.push({
      what: 'commits',
      reason: `shallow clone: history before ${where} not fetched; ${FETCH_ALL_HINT}`
    })
  }
  if (!previousTag) {
    gaps.push({
      what: 'previous release tag',
      reason: shallow
        ? `no previous release tag visible: in a shallow clone, tags before the fetched history are not seen; ${FETCH_ALL_HINT} (and its tags)`
        : 'no previous release tag: no semver tag (v1.2.3 or 1.2.3) is reachable from HEAD, so the lineage lists every commit'
    })
  } else if (shallow && cut.length === 0) {
    gaps.push({
      what: 'previous release tag',
      reason: `shallow clone: the commits since ${previousTag.name} are all here, but a shallow fetch may leave out tags, so a later release tag could be missing; ${FETCH_ALL_HINT} and its tags`
    })
  }
  return { head, previousTag: previousTag ?? null, commits, shallow, gaps }
}
