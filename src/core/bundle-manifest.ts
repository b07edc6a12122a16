import canonicalize from 'canonicalize'
import { createHash, createHmac } from 'node:crypto'
import { ConfigurationError } from './errors.js'
import { parseEffectiveTime } from './time.js'

/** Contract of an evidence bundle's manifest.json. */
export const BUNDLE_CONTRACT = 'gonogo.bundle/v1'
export const MANIFEST_FILE = 'manifest.json'
export const SIGNATURE_FILE = 'signature.json'
export const LINEAGE_FILE = 'lineage.json'
/** Where the reports go inside a bundle. */
export const REPORTS_DIR = 'reports'
/** Where the files the gate's decision read go, by their repository paths (issue 16). */
export const EVIDENCE_DIR = 'evidence'
/** Where the built-in checks' reports the gate wrote go. */
export const BUILTINS_DIR = 'builtins'
/** Files at the bundle root that describe the bundle and so are not listed in it. */
export const UNLISTED_FILES: readonly string[] = [MANIFEST_FILE, SIGNATURE_FILE]
export const SIGNATURE_ALGORITHM = 'hmac-sha256'

export interface BundleSubject {
  repository: string
  sha: string
  ref: string
  tag?: string
}

/** The workflow run that made the bundle; every field null for a bundle made locally. */
export interface BundleRun {
  url: string | null
  workflow: string | null
  actor: string | null
  event: string | null
  id: string | null
  attempt: number | null
}

export interface BundleFile {
  path: string
  size: number
  sha256: string
}

export interface BundleManifest {
  contract: typeof BUNDLE_CONTRACT
  bundle_id: string
  created_at: string
  subject: BundleSubject
  run: BundleRun
  files: BundleFile[]
  digest: string
}

export interface BundleSignature {
  algorithm: typeof SIGNATURE_ALGORITHM
  digest: string
  signature: string
}

export const LOCAL_RUN: BundleRun = {
  url: null,
  workflow: null,
  actor: null,
  event: null,
  id: null,
  attempt: null
}

/**
 * `sha256:<hex>` of the RFC 8785 canonical JSON of `value`.
 *
 * @throws TypeError when `value` has no canonical form: no JSON form at all, or a string with a
 *   lone surrogate (RFC 8785 §3.1 takes I-JSON input, and RFC 7493 §2.1 excludes surrogates that
 *   are not in pairs), naming the first such string's path. Callers that read stored records turn
 *   this into a refusal ({@link canonicalProblem}).
 */
export function canonicalDigest(value: unknown): string {
  const problem = canonicalProblem(value)
  if (problem !== undefined) throw new TypeError(problem)
  const text = canonicalize(value)
  if (text === undefined) throw new TypeError('value has no JSON form')
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Why `value` has no RFC 8785 canonical form, or undefined: the first string (key or value) that
 * holds a lone surrogate (I-JSON, RFC 7493 §2.1), by its JSON path (`$.bundle.id`). Walks without
 * recursion; a value nested deeper than `maxDepth` is refused too (canonical JSON of it would
 * recurse that deep).
 */
export function canonicalProblem(value: unknown, maxDepth = 1000): string | undefined {
  // Paths are built only for the node a problem is found at: each frame keeps its parent and its
  // key or index (a manifest of 10,000 files would otherwise build 40,000 path strings).
  interface Frame {
    v: unknown
    parent: Frame | undefined
    key: string | number | undefined
    depth: number
  }
  const pathOf = (f: Frame): string => {
    const parts: string[] = []
    for (let at: Frame | undefined = f; at?.parent !== undefined; at = at.parent)
      parts.push(typeof at.key === 'number' ? `[${at.key}]` : `.${String(at.key).slice(0, 80)}`)
    return `$${parts.reverse().join('')}`
  }
  const stack: Frame[] = [{ v: value, parent: undefined, key: undefined, depth: 0 }]
  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    const { v, depth } = frame
    if (typeof v === 'string') {
      if (LONE_SURROGATE.test(v))
        return `${pathOf(frame)} holds a lone surrogate, which JSON canonicalization (RFC 8785, I-JSON) does not allow`
      continue
    }
    if (v === null || typeof v !== 'object') continue
    if (depth >= maxDepth) return `${pathOf(frame)} is nested deeper than ${maxDepth} levels`
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ v: v[i], parent: frame, key: i, depth: depth + 1 })
      continue
    }
    for (const k of Object.keys(v)) {
      if (LONE_SURROGATE.test(k))
        return `key ${pathOf({ v: undefined, parent: frame, key: k, depth: depth + 1 })} holds a lone surrogate, which JSON canonicalization (RFC 8785, I-JSON) does not allow`
      stack.push({ v: (v as Record<string, unknown>)[k], parent: frame, key: k, depth: depth + 1 })
    }
  }
  return undefined
}

/** The manifest's digest: over its canonical JSON without `digest` itself. */
export function manifestDigest(m: Omit<BundleManifest, 'digest'> & { digest?: unknown }): string {
  const rest: Record<string, unknown> = { ...m }
  delete rest.digest
  return canonicalDigest(rest)
}

/** Hex HMAC-SHA256 of the manifest digest (the `sha256:…` text, UTF-8) under `key`. */
export function signDigest(key: string, digest: string): string {
  return createHmac('sha256', key).update(digest, 'utf8').digest('hex')
}

/** Digest of the file list alone: what the bundle holds, whatever the run or time. */
export function filesDigest(files: readonly BundleFile[]): string {
  return canonicalDigest(files)
}

/**
 * `<repository name>-<first 12 of the sha>-<first 12 of the files digest>`: the same evidence for
 * the same commit has the same id, and any change to a file changes it.
 */
export function bundleId(
  subject: Pick<BundleSubject, 'repository' | 'sha'>,
  digestOfFiles: string
): string {
  const name =
    (subject.repository.split('/').pop() ?? '').replace(/[^A-Za-z0-9._-]/g, '-') || 'local'
  const sha = /^[0-9a-f]{12}/.test(subject.sha) ? subject.sha.slice(0, 12) : 'nosha'
  const hex = digestOfFiles.replace(/^sha256:/, '').slice(0, 12)
  return `${name}-${sha}-${hex}`
}

/** Path order of the manifest: by UTF-16 code unit, as everywhere else in gonogo. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Why `p` cannot name a file in a bundle, or undefined when it can: a bundle path is POSIX,
 * relative and normalized, so it can never land outside the folder it is extracted to.
 */
export function bundlePathProblem(p: string): string | undefined {
  if (p === '') return 'empty path'
  if (p.includes('\0')) return 'path contains a NUL character'
  if (p.includes('\\')) return 'path contains a backslash; bundle paths use /'
  if (p.startsWith('/')) return 'absolute path; bundle paths are relative to the bundle root'
  if (/^[A-Za-z]:/.test(p)) return 'path starts with a drive letter'
  const segments = p.split('/')
  if (segments.includes('..')) return "path contains '..' and would escape the bundle"
  if (segments.some((s) => s === '' || s === '.'))
    return "path is not normalized (empty or '.' segment)"
  return undefined
}

/** Paths that occur more than once, each named once, sorted. */
export function duplicatePaths(paths: readonly string[]): string[] {
  const seen = new Set<string>()
  const dup = new Set<string>()
  for (const p of paths) {
    if (seen.has(p)) dup.add(p)
    seen.add(p)
  }
  return [...dup].sort(comparePaths)
}

/** `{server}/{repository}/actions/runs/{id}/attempts/{attempt}` */
export function runUrl(server: string, repository: string, id: string, attempt: number): string {
  return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${id}/attempts/${attempt}`
}

/** The run from the runner's environment (GITHUB_RUN_ID …); LOCAL_RUN's nulls where absent. */
export function runFromEnv(env: Readonly<Record<string, string | undefined>>): BundleRun {
  const id = /^[0-9]{1,20}$/.test(env.GITHUB_RUN_ID ?? '') ? (env.GITHUB_RUN_ID as string) : null
  const attemptText = env.GITHUB_RUN_ATTEMPT ?? ''
  const attempt = /^[1-9][0-9]{0,8}$/.test(attemptText) ? Number(attemptText) : null
  const repository = env.GITHUB_REPOSITORY ?? ''
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const orNull = (v: string | undefined): string | null => (v ? v : null)
  return {
    url: id !== null && repository !== '' ? runUrl(server, repository, id, attempt ?? 1) : null,
    workflow: orNull(env.GITHUB_WORKFLOW),
    actor: orNull(env.GITHUB_ACTOR),
    event: orNull(env.GITHUB_EVENT_NAME),
    id,
    attempt: id !== null ? (attempt ?? 1) : null
  }
}

/**
 * A bundle's creation time: SOURCE_DATE_EPOCH when set (a malformed one is an error, never
 * silently replaced by the clock), else the effective time, else now.
 */
export function bundleCreationTime(
  sourceDateEpoch: string | undefined,
  effectiveTime: string | undefined,
  now: () => number
): number {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    const t = parseSourceDateEpoch(sourceDateEpoch)
    if (Number.isNaN(t))
      throw new ConfigurationError(
        `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, got '${sourceDateEpoch}'`
      )
    return t
  }
  return effectiveTime ? parseEffectiveTime(effectiveTime) : now()
}

/**
 * SOURCE_DATE_EPOCH (whole seconds since 1970, as reproducible builds define it) in milliseconds;
 * NaN when the text is not such a number.
 */
export function parseSourceDateEpoch(text: string): number {
  const t = text.trim()
  if (!/^[0-9]{1,12}$/.test(t)) return NaN
  return Number(t) * 1000
}

/**
 * The manifest for files already hashed: sorted by path, with its id and digest. Throws on a path
 * a bundle cannot hold or on a path listed twice, so a manifest made here always verifies.
 */
export function buildManifest(o: {
  subject: BundleSubject
  run: BundleRun
  createdAt: number
  files: readonly BundleFile[]
}): BundleManifest {
  for (const f of o.files) {
    const problem = bundlePathProblem(f.path)
    if (problem !== undefined) throw new Error(`${f.path}: ${problem}`)
    if (UNLISTED_FILES.includes(f.path))
      throw new Error(`${f.path}: reserved for the bundle itself`)
  }
  const dup = duplicatePaths(o.files.map((f) => f.path))
  if (dup.length > 0) throw new Error(`${dup.join(', ')}: listed more than once`)
  const files = [...o.files]
    .map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 }))
    .sort((a, b) => comparePaths(a.path, b.path))
  const subject: BundleSubject = {
    repository: o.subject.repository,
    sha: o.subject.sha,
    ref: o.subject.ref,
    ...(o.subject.tag ? { tag: o.subject.tag } : {})
  }
  const body = {
    contract: BUNDLE_CONTRACT,
    bundle_id: bundleId(subject, filesDigest(files)),
    created_at: new Date(o.createdAt).toISOString(),
    subject,
    run: { ...o.run },
    files
  } satisfies Omit<BundleManifest, 'digest'>
  return { ...body, digest: manifestDigest(body) }
}
