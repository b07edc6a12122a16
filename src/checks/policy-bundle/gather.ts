import type { CheckFacts, GitHistory, RepoFiles } from '../../core/facts.js'
import { mapLimit } from '../../core/map-limit.js'
import { LineCounter, parseDocument } from 'yaml'
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
import { scanRego } from './rego.js'
import type { BundleSettings, PolicyBundleSettings } from './settings.js'

export const FETCH_DEPTH_UNLOCK =
  'the base branch and its history in the checkout: actions/checkout with fetch-depth: 0'
const READ_CONCURRENCY = 32

export interface GatherOptions {
  /** The opa executable; `opa` (from PATH) unless a test says otherwise. */
  opa?: string
  /** The gate's base ref (a pull request's base branch). */
  baseRef?: string
}

/**
 * Reads each bundle through the facts: its files (`facts.files`), the base branch's version of
 * what changed (`facts.git`) and `opa test` (`facts.files.opaTest`). Never throws; what cannot be
 * read is a fact the judge reports.
 */
export async function gatherPolicyBundle(
  facts: Pick<CheckFacts, 'files' | 'git'>,
  settings: PolicyBundleSettings,
  opts: GatherOptions = {}
): Promise<PolicyBundleFacts> {
  const bundles: BundleFacts[] = []
  for (const b of settings.bundles) bundles.push(await gatherBundle(facts, b, settings, opts))
  return { bundles }
}

async function dirProblem(
  files: RepoFiles,
  p: string
): Promise<{ message: string; remediation: string } | undefined> {
  const k = await files.kind(p)
  switch (k.kind) {
    case 'outside':
      return {
        message: `${p}: path is outside the workspace`,
        remediation: 'declare the bundle folder relative to the repository root'
      }
    case 'link-out':
      return {
        message: `${k.rel}: symbolic link that leads outside the workspace`,
        remediation: 'keep the bundle inside the repository; do not link to folders outside it'
      }
    case 'missing':
      return {
        message: `${k.rel}: bundle folder not found`,
        remediation: `create the bundle at ${k.rel} or fix checks.policy-bundle.bundles[].path`
      }
    case 'dir':
      return undefined
    default:
      return {
        message: `${k.rel}: not a folder`,
        remediation: 'declare the bundle root folder (the one that holds .manifest)'
      }
  }
}

async function gatherBundle(
  { files: repo, git }: Pick<CheckFacts, 'files' | 'git'>,
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
  const problem = await dirProblem(repo, b.path)
  if (problem) return { ...empty, dirProblem: problem }
  const root = b.path === '.' ? '' : `${b.path}/`
  const manifestPath = `${root}.manifest`
  const m = await repo.readText(
    manifestPath,
    settings.maxFileBytes,
    '(checks.policy-bundle.max_file_bytes)'
  )
  const manifest: ManifestFact = m.ok
    ? { ok: true, text: m.text }
    : { ok: false, missing: m.reason === 'missing', message: m.message }

  const g = await repo.glob(`${root}**/{*.rego,data.json,data.yaml,data.yml}`, settings.maxFiles)
  if (!g.ok)
    return {
      ...empty,
      dirProblem: { message: g.message, remediation: 'keep the bundle inside the repository' }
    }
  const { files, truncated } = g
  const modules: ModuleFact[] = []
  const dataFiles: DataFact[] = []
  const unreadable: FileProblem[] = []
  const read = await mapLimit(files, READ_CONCURRENCY, async (file) => ({
    file,
    r: await repo.readText(file, settings.maxFileBytes, '(checks.policy-bundle.max_file_bytes)')
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
  const base = await gatherBase(git, b, opts.baseRef ?? settings.baseRef)
  const opa = await runOpa(repo, b, settings, opts.opa ?? 'opa', { modules, unreadable, truncated })
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
  git: GitHistory,
  b: BundleSettings,
  ref: string | undefined
): Promise<BaseFacts> {
  const state = await git.state()
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
  const base = await git.resolveCommit(candidates)
  if (!base)
    return {
      kind: 'unavailable',
      message: `the base ref ${candidates.map((c) => `'${c}'`).join(' or ')} is not in the checkout${state.shallow ? ' (the clone is shallow)' : ''}`,
      unlock: FETCH_DEPTH_UNLOCK
    }
  const mb = await git.mergeBase(base.sha, 'HEAD')
  if (!mb.ok)
    return {
      kind: 'unavailable',
      message: `no common history between HEAD and '${base.ref}'${state.shallow ? ' (the clone is shallow)' : ''}`,
      unlock: FETCH_DEPTH_UNLOCK
    }
  const mergeBase = mb.sha
  const diff = await git.changedFiles(mergeBase, 'HEAD', b.path)
  if (!diff.ok) return { kind: 'unavailable', message: diff.message, unlock: FETCH_DEPTH_UNLOCK }
  const changed: ChangedFile[] = diff.changes.filter((c) => isPolicyFile(c.file))
  changed.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0))
  const root = b.path === '.' ? '' : `${b.path}/`
  const wanted = [
    `${root}.manifest`,
    ...changed.filter((c) => c.status !== 'added' && c.file.endsWith('.rego')).map((c) => c.file)
  ]
  const atBase = await git.readAt(
    mergeBase,
    wanted.map((f) => `${state.prefix}${f}`)
  )
  if (!atBase.ok) return { kind: 'unavailable', message: atBase.message, unlock: 'git on PATH' }
  const baseModules: ModuleFact[] = []
  for (const f of wanted.slice(1)) {
    const buf = atBase.files.get(`${state.prefix}${f}`)
    if (buf && !buf.includes(0)) baseModules.push({ file: f, mod: scanRego(utf8(buf)) })
  }
  const manifestBuf = atBase.files.get(`${state.prefix}${wanted[0] ?? ''}`)
  return {
    kind: 'compared',
    ref: base.ref,
    sha: base.sha,
    changed,
    ...(manifestBuf ? { baseManifest: utf8(manifestBuf) } : {}),
    baseModules
  }
}

async function runOpa(
  files: RepoFiles,
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
  const r = await files.opaTest(b.path, { opa, timeoutMs: settings.opaTimeoutMs })
  if (r.kind !== 'ran') return r
  const parsed = parseCoverage(r.stdout, files)
  return {
    kind: 'ran',
    exitCode: r.exitCode,
    ...(parsed.coverage !== undefined ? { coverage: parsed.coverage } : {}),
    lowest: parsed.lowest,
    stderr: r.stderr.split('\n').slice(0, 20).join('\n').trim().slice(0, 4000)
  }
}

/** Bytes as UTF-8 text. */
function utf8(b: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)
}

/** Reads `opa test --coverage --format=json` output: overall and per-file coverage. */
export function parseCoverage(
  stdout: string,
  files: Pick<RepoFiles, 'relative'>
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
      const rel = files.relative(f) ?? f
      lowest.push({ file: rel, coverage: v.coverage })
    }
  }
  lowest.sort((a, b) => a.coverage - b.coverage || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return { ...(coverage !== undefined ? { coverage } : {}), lowest: lowest.slice(0, 5) }
}
