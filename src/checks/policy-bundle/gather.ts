import { mapLimit } from '../../core/map-limit.js'
import { execFile } from 'node:child_process'
import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { LineCounter, parseDocument } from 'yaml'
import { PathEscapeError, type Workspace } from '../../io/workspace.js'
import { isRecord } from '../../parsers/verdict.js'
import type { BundleFacts } from './facts.js'
import {
  isPolicyFile,
  type BaseFacts,
  type ChangedFile,
  type DataFact,
  type FileProblem,
  type ManifestFact,
  type ModuleFact,
  type OpaFacts,
  type PolicyBundleFacts
} from './facts.js'
import { parseJsonAt } from '../../parsers/json-error.js'
import { git, readAtCommit, repoState, resolveCommit } from './git.js'
import { scanRego } from './rego.js'
import type { BundleSettings, PolicyBundleSettings } from './settings.js'

export const FETCH_DEPTH_UNLOCK =
  'the base branch and its history in the checkout: actions/checkout with fetch-depth: 0'
const MAX_OPA_OUTPUT = 256 * 1024 * 1024
const READ_CONCURRENCY = 32

export interface GatherOptions {
  /** The opa executable; `opa` (from PATH) unless a test says otherwise. */
  opa?: string
  /** The gate's base ref (a pull request's base branch). */
  baseRef?: string
}

export async function gatherPolicyBundle(
  ws: Workspace,
  settings: PolicyBundleSettings,
  opts: GatherOptions = {}
): Promise<PolicyBundleFacts> {
  const bundles: BundleFacts[] = []
  for (const b of settings.bundles) bundles.push(await gatherBundle(ws, b, settings, opts))
  return { bundles }
}

async function dirProblem(
  ws: Workspace,
  p: string
): Promise<{ message: string; remediation: string } | undefined> {
  const rel = ws.relative(p)
  if (rel === undefined || path.isAbsolute(p))
    return {
      message: `${p}: path is outside the workspace`,
      remediation: 'declare the bundle folder relative to the repository root'
    }
  const abs = path.join(ws.root, rel)
  try {
    const real = await realpath(abs)
    const inside = path.relative(await realpath(ws.root), real)
    if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside))
      return {
        message: `${rel}: symbolic link that leads outside the workspace`,
        remediation: 'keep the bundle inside the repository; do not link to folders outside it'
      }
    if (!(await stat(abs)).isDirectory())
      return {
        message: `${rel}: not a folder`,
        remediation: 'declare the bundle root folder (the one that holds .manifest)'
      }
  } catch {
    return {
      message: `${rel}: bundle folder not found`,
      remediation: `create the bundle at ${rel} or fix checks.policy-bundle.bundles[].path`
    }
  }
  return undefined
}

async function gatherBundle(
  ws: Workspace,
  b: BundleSettings,
  settings: PolicyBundleSettings,
  opts: GatherOptions
): Promise<BundleFacts> {
  const empty: BundleFacts = {
    path: b.path,
    manifest: { ok: false, missing: true, message: `${b.path}/.manifest: not read` },
    modules: [],
    dataFiles: [],
    unreadable: [],
    truncated: false,
    base: { kind: 'unavailable', message: 'the bundle folder could not be read', unlock: '' },
    opa: { kind: 'skipped', message: 'the bundle folder could not be read', remediation: '' }
  }
  const problem = await dirProblem(ws, b.path)
  if (problem) return { ...empty, dirProblem: problem }
  const root = b.path === '.' ? '' : `${b.path}/`
  const manifestPath = `${root}.manifest`
  const m = await ws.readText(
    manifestPath,
    settings.maxFileBytes,
    '(checks.policy-bundle.max_file_bytes)'
  )
  const manifest: ManifestFact = m.ok
    ? { ok: true, text: m.text }
    : { ok: false, missing: m.reason === 'missing', message: m.message }

  let files: string[] = []
  let truncated = false
  try {
    const g = await ws.glob(`${root}**/{*.rego,data.json,data.yaml,data.yml}`, settings.maxFiles)
    files = g.files
    truncated = g.truncated
  } catch (e) {
    if (!(e instanceof PathEscapeError)) throw e
    return {
      ...empty,
      dirProblem: { message: e.message, remediation: 'keep the bundle inside the repository' }
    }
  }
  const modules: ModuleFact[] = []
  const dataFiles: DataFact[] = []
  const unreadable: FileProblem[] = []
  const read = await mapLimit(files, READ_CONCURRENCY, async (file) => ({
    file,
    r: await ws.readText(file, settings.maxFileBytes, '(checks.policy-bundle.max_file_bytes)')
  }))
  for (const { file, r } of read) {
    if (!r.ok) {
      unreadable.push({ file, message: r.message })
      continue
    }
    if (r.text.includes('\u0000')) {
      unreadable.push({
        file,
        message: `${file}: binary data, not ${file.endsWith('.rego') ? 'Rego' : 'a data file'}`
      })
      continue
    }
    if (file.endsWith('.rego')) modules.push({ file, mod: scanRego(r.text) })
    else dataFiles.push(parseData(file, r.text))
  }
  const base = await gatherBase(ws, b, opts.baseRef ?? settings.baseRef)
  const opa = await runOpa(ws, b, settings, opts.opa ?? 'opa', { modules, unreadable, truncated })
  return { path: b.path, manifest, modules, dataFiles, unreadable, truncated, base, opa }
}

/** Parses a data file; JSON and YAML errors come back with their line. */
export function parseData(file: string, text: string): DataFact {
  if (file.endsWith('.json')) {
    const r = parseJsonAt(text)
    if (r.ok) return { file }
    return { file, error: { message: r.message, ...(r.line ? { line: r.line } : {}) } }
  }
  const lc = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true })
  const err = doc.errors[0]
  if (err) {
    const line = lc.linePos(err.pos[0]).line
    return {
      file,
      error: {
        message: `not valid YAML${line ? ` at line ${line}` : ''} (${err.message.split('\n')[0]?.slice(0, 160) ?? ''})`,
        ...(line ? { line } : {})
      }
    }
  }
  const v: unknown = doc.toJS({ maxAliasCount: 1000 })
  if (v !== null && v !== undefined && !isRecord(v))
    return { file, error: { message: 'a data file must hold an object at the top', line: 1 } }
  return { file }
}

function baseCandidates(ref: string | undefined): string[] {
  if (!ref) return ['origin/main', 'main']
  const r = ref.replace(/^refs\/heads\//, '')
  if (r.startsWith('origin/') || r.startsWith('refs/')) return [r]
  return [r, `origin/${r}`]
}

async function gatherBase(
  ws: Workspace,
  b: BundleSettings,
  ref: string | undefined
): Promise<BaseFacts> {
  const cwd = ws.root
  const state = await repoState(cwd)
  if (!state.ok)
    return {
      kind: 'unavailable',
      message: state.message,
      unlock:
        state.reason === 'no-git'
          ? 'git on PATH'
          : state.reason === 'timeout'
            ? 'a faster checkout (git timed out)'
            : `a git checkout of the repository (${FETCH_DEPTH_UNLOCK})`
    }
  const candidates = baseCandidates(ref)
  const base = await resolveCommit(cwd, candidates)
  if (!base)
    return {
      kind: 'unavailable',
      message: `the base ref ${candidates.map((c) => `'${c}'`).join(' or ')} is not in the checkout${state.shallow ? ' (the clone is shallow)' : ''}`,
      unlock: FETCH_DEPTH_UNLOCK
    }
  const mb = await git(cwd, ['merge-base', base.sha, 'HEAD'])
  if (!mb.ok)
    return {
      kind: 'unavailable',
      message: `no common history between HEAD and '${base.ref}'${state.shallow ? ' (the clone is shallow)' : ''}`,
      unlock: FETCH_DEPTH_UNLOCK
    }
  const mergeBase = mb.stdout.trim()
  const pathspec = b.path === '.' ? '.' : b.path
  const diff = await git(cwd, [
    'diff',
    '--name-status',
    '--no-renames',
    '--relative',
    '-z',
    mergeBase,
    'HEAD',
    '--',
    pathspec
  ])
  if (!diff.ok) return { kind: 'unavailable', message: diff.message, unlock: FETCH_DEPTH_UNLOCK }
  const changed: ChangedFile[] = []
  const parts = diff.stdout.split('\0')
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const st = parts[i] ?? ''
    const file = parts[i + 1] ?? ''
    if (!isPolicyFile(file)) continue
    changed.push({
      file,
      status: st.startsWith('A') ? 'added' : st.startsWith('D') ? 'deleted' : 'modified'
    })
  }
  changed.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0))
  const root = b.path === '.' ? '' : `${b.path}/`
  const wanted = [
    `${root}.manifest`,
    ...changed.filter((c) => c.status !== 'added' && c.file.endsWith('.rego')).map((c) => c.file)
  ]
  const atBase = await readAtCommit(
    cwd,
    mergeBase,
    wanted.map((f) => `${state.prefix}${f}`)
  )
  if (!atBase.ok) return { kind: 'unavailable', message: atBase.message, unlock: 'git on PATH' }
  const baseModules: ModuleFact[] = []
  for (const f of wanted.slice(1)) {
    const buf = atBase.files.get(`${state.prefix}${f}`)
    if (buf && !buf.includes(0)) baseModules.push({ file: f, mod: scanRego(buf.toString('utf8')) })
  }
  const manifestBuf = atBase.files.get(`${state.prefix}${wanted[0] ?? ''}`)
  return {
    kind: 'compared',
    ref: base.ref,
    sha: base.sha,
    changed,
    ...(manifestBuf ? { baseManifest: manifestBuf.toString('utf8') } : {}),
    baseModules
  }
}

async function runOpa(
  ws: Workspace,
  b: BundleSettings,
  settings: PolicyBundleSettings,
  opa: string,
  seen: { modules: readonly ModuleFact[]; unreadable: readonly FileProblem[]; truncated: boolean }
): Promise<OpaFacts> {
  if (seen.unreadable.length > 0 || seen.truncated)
    return {
      kind: 'skipped',
      message: `not run: ${seen.truncated ? 'the bundle has more files than checks.policy-bundle.max_files' : `${seen.unreadable.length} file(s) could not be read safely (see the files finding)`}`,
      remediation: 'fix the files finding first; opa must not read files from outside the workspace'
    }
  if (seen.modules.length === 0)
    return {
      kind: 'skipped',
      message: 'not run: the bundle has no .rego modules',
      remediation: 'add the policy modules and their tests to the bundle'
    }
  const seconds = Math.round(settings.opaTimeoutMs / 1000)
  return new Promise((resolve) => {
    execFile(
      opa,
      ['test', '--coverage', '--format=json', b.path.startsWith('-') ? `./${b.path}` : b.path],
      {
        cwd: ws.root,
        timeout: settings.opaTimeoutMs,
        maxBuffer: MAX_OPA_OUTPUT,
        encoding: 'utf8'
      },
      (err, stdout, stderr) => {
        const e = err as
          (NodeJS.ErrnoException & { killed?: boolean; signal?: string | null }) | null
        if (e?.code === 'ENOENT') return resolve({ kind: 'missing' })
        if (e && (e.killed || e.signal === 'SIGTERM')) return resolve({ kind: 'timeout', seconds })
        const exitCode = e ? (typeof e.code === 'number' ? e.code : 1) : 0
        const parsed = parseCoverage(stdout, ws)
        resolve({
          kind: 'ran',
          exitCode,
          ...(parsed.coverage !== undefined ? { coverage: parsed.coverage } : {}),
          lowest: parsed.lowest,
          stderr: stderr.split('\n').slice(0, 20).join('\n').trim().slice(0, 4000)
        })
      }
    )
  })
}

/** Reads `opa test --coverage --format=json` output: overall and per-file coverage. */
export function parseCoverage(
  stdout: string,
  ws: Workspace
): { coverage?: number; lowest: { file: string; coverage: number }[] } {
  let doc: unknown
  try {
    doc = JSON.parse(stdout)
  } catch {
    return { lowest: [] }
  }
  if (!isRecord(doc)) return { lowest: [] }
  const coverage =
    typeof doc.coverage === 'number' && Number.isFinite(doc.coverage) ? doc.coverage : undefined
  const lowest: { file: string; coverage: number }[] = []
  if (isRecord(doc.files)) {
    for (const [f, v] of Object.entries(doc.files)) {
      if (!isRecord(v) || typeof v.coverage !== 'number') continue
      const rel = ws.relative(path.isAbsolute(f) ? path.relative(ws.root, f) : f) ?? f
      lowest.push({ file: rel, coverage: v.coverage })
    }
  }
  lowest.sort((a, b) => a.coverage - b.coverage || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return { ...(coverage !== undefined ? { coverage } : {}), lowest: lowest.slice(0, 5) }
}
