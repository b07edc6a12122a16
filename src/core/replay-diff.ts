import { BUILTINS_DIR, comparePaths, EVIDENCE_DIR, REPORTS_DIR } from './bundle-manifest.js'
import type { ControlResult, ExecutiveSummary, GateInputs, InputFile } from './decision.js'

/** One way a replayed decision differs from the bundled one, for a person to act on. */
export interface ReplayDifference {
  /** The control it is about, when it is about one. */
  control?: string
  message: string
}

/** At most this many differences are named (the first, in the order they are found). */
export const MAX_DIFFERENCES = 50
const EVIDENCE = EVIDENCE_DIR
const BUILTINS = BUILTINS_DIR
const REPORTS = REPORTS_DIR

/**
 * What differs between the executive summary a bundle holds and the one a replay wrote, named the
 * way an auditor reads it: the decision, each control whose status, outcome, severity or counted
 * severity differs (with both messages, which say why), controls present in one only, evidence
 * files whose digest differs or that only one read, the policy file; and, when none of those
 * differ but the bytes do, the first JSON path whose value differs. Pure; at most 50 entries.
 *
 * @param bundled the summary in the bundle (parsed)
 * @param replayed the summary the replay wrote (parsed)
 */
export function replayDifferences(bundled: unknown, replayed: unknown): ReplayDifference[] {
  const out: ReplayDifference[] = []
  const object = (v: unknown): Partial<ExecutiveSummary> =>
    typeof v === 'object' && v !== null ? v : {}
  const a = object(bundled)
  const b = object(replayed)
  if (a.decision !== b.decision)
    out.push({
      message: `decision: the bundle says ${String(a.decision)}, the replay decides ${String(b.decision)}`
    })
  const byId = (s: Partial<ExecutiveSummary>): Map<string, ControlResult> =>
    new Map(records<ControlResult>(s.controls, 'id').map((c) => [c.id, c]))
  const ca = byId(a)
  const cb = byId(b)
  for (const [id, x] of ca) {
    const y = cb.get(id)
    if (y === undefined) {
      out.push({
        control: id,
        message: 'in the bundled summary, but the replayed policy has no such control'
      })
      continue
    }
    const fields = (['status', 'outcome', 'severity', 'counted_severity'] as const).filter(
      (f) => x[f] !== y[f]
    )
    if (fields.length > 0) {
      out.push({
        control: id,
        message: `${fields.map((f) => `${f} ${String(x[f])} → ${String(y[f])}`).join(', ')} (bundle: ${x.message}; replay: ${y.message})`
      })
    } else if (x.message !== y.message) {
      out.push({
        control: id,
        message: `message differs (bundle: ${x.message}; replay: ${y.message})`
      })
    }
  }
  for (const id of cb.keys())
    if (!ca.has(id))
      out.push({
        control: id,
        message: 'decided by the replayed policy, but not in the bundled summary'
      })
  const files = (s: Partial<ExecutiveSummary>): Map<string, InputFile> =>
    new Map(records<InputFile>(s.inputs?.files, 'path').map((f) => [f.path, f]))
  const fa = files(a)
  const fb = files(b)
  const readers = fileReaders(a)
  const readFor = (p: string): string => {
    const ids = readers.get(p)
    return ids === undefined ? '' : ` (read for ${ids.join(', ')})`
  }
  for (const [p, f] of fa) {
    const g = fb.get(p)
    if (g === undefined)
      out.push({ message: `${p}: read by the gate, but not by the replay${readFor(p)}` })
    else if (g.sha256 !== f.sha256 || g.size !== f.size)
      out.push({
        message: `${p}: the bundled copy (${g.size} bytes, SHA-256 ${g.sha256}) is not what the gate read (${f.size} bytes, ${f.sha256})${readFor(p)}`
      })
  }
  for (const p of fb.keys())
    if (!fa.has(p)) out.push({ message: `${p}: read by the replay, but not by the gate` })
  const builtins = (s: Partial<ExecutiveSummary>): Map<string, GateInputs['builtins'][number]> =>
    new Map(
      records<GateInputs['builtins'][number]>(s.inputs?.builtins, 'name').map((x) => [x.name, x])
    )
  const ba = builtins(a)
  const bb = builtins(b)
  for (const [name, x] of ba) {
    const y = bb.get(name)
    if (y === undefined)
      out.push({
        message: `built-in ${name}: the gate wrote its report, the replay has none (it could not run on the bundled files)`
      })
    else if (y.report_sha256 !== x.report_sha256)
      out.push({
        message: `built-in ${name}: the report the replay ${y.replay === 'files' ? 'computed from the bundled files' : 'read'} (SHA-256 ${y.report_sha256}) is not the one the gate wrote (${x.report_sha256})`
      })
  }
  for (const name of bb.keys())
    if (!ba.has(name))
      out.push({ message: `built-in ${name}: run by the replay, but not by the gate` })
  if (out.length === 0) {
    const at = firstDifference(bundled, replayed, '$')
    out.push({
      message:
        at === undefined
          ? 'the summaries differ only in how they are written (whitespace, key order or number form): the bundled one was not written by gonogo gate'
          : `the summaries differ at ${at}`
    })
  }
  return out.slice(0, MAX_DIFFERENCES)
}

/** The entries of `list` that are objects with a string `key` (a summary may have been edited). */
function records<T>(list: unknown, key: string): T[] {
  if (!Array.isArray(list)) return []
  return list.filter(
    (x: unknown) =>
      typeof x === 'object' && x !== null && typeof (x as Record<string, unknown>)[key] === 'string'
  ) as T[]
}

/** Workspace path → the controls (sorted) whose evidence records reading it, from a summary. */
function fileReaders(s: Partial<ExecutiveSummary>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const c of records<ControlResult>(s.controls, 'id')) {
    const inputs: unknown = (c.evidence as Partial<ControlResult['evidence']> | null)?.inputs
    for (const i of records<{ path: string }>(inputs, 'path')) {
      const ids = out.get(i.path) ?? []
      if (!ids.includes(c.id)) ids.push(c.id)
      out.set(i.path, ids)
    }
  }
  for (const ids of out.values()) ids.sort()
  return out
}

/** A file a bundle lists in its manifest: path in the bundle, size in bytes, SHA-256 (hex). */
export interface ListedFile {
  path: string
  size: number
  sha256: string
}

/**
 * What a bundle's verified manifest says against what its executive summary records, before
 * anything is decided again (issue 16): each file the decision read must be in `evidence/` with
 * the size and SHA-256 the gate recorded; each built-in's report in `builtins/` with the SHA-256
 * the gate recorded for `report-<name>.json`; nothing else may be in `evidence/` or `builtins/`
 * (a file there claims to be a decision input); and a report in `reports/` that the gate read
 * must be the same bytes as its copy in `evidence/`. A manifest rewritten over edited files passes
 * the manifest check, not this one. Pure; at most 50 entries, sorted by bundle path.
 *
 * @param summary the bundled executive summary (parsed), for naming the controls that read a file
 * @param inputs its `inputs` (checked by summaryInputs)
 * @param listed the manifest's files (verified against the bundle's bytes)
 */
export function bundleContentDifferences(
  summary: unknown,
  inputs: GateInputs,
  listed: readonly ListedFile[]
): ReplayDifference[] {
  const out: { at: string; d: ReplayDifference }[] = []
  const byPath = new Map(listed.map((f) => [f.path, f]))
  const readers = fileReaders(summary as Partial<ExecutiveSummary>)
  const expected = new Map<string, { size?: number; sha256: string; what: string }>()
  for (const f of inputs.files) {
    const ids = readers.get(f.path)
    expected.set(`${EVIDENCE}/${f.path}`, {
      size: f.size,
      sha256: f.sha256,
      what: `the file the gate read${ids === undefined ? '' : ` for ${ids.join(', ')}`}`
    })
  }
  for (const b of inputs.builtins)
    expected.set(`${BUILTINS}/report-${b.name}.json`, {
      sha256: b.report_sha256,
      what: `the report built-in ${b.name} wrote`
    })
  for (const [p, want] of expected) {
    const got = byPath.get(p)
    if (got === undefined) continue // named by the caller (not in the bundle)
    if (got.sha256 !== want.sha256 || (want.size !== undefined && got.size !== want.size))
      out.push({
        at: p,
        d: {
          message: `${p}: is not ${want.what}: the bundle holds ${got.size} bytes with SHA-256 ${got.sha256}, the summary records ${want.size !== undefined ? `${want.size} bytes with ` : ''}${want.sha256}`
        }
      })
  }
  const reportsPrefix = inputs.reports === '.' ? '' : `${inputs.reports}/`
  for (const f of listed) {
    const top = f.path.split('/')[0]
    if ((top === EVIDENCE || top === BUILTINS) && !expected.has(f.path))
      out.push({
        at: f.path,
        d: {
          message: `${f.path}: not a file the decision read: the summary's inputs do not list it, so it was added after the gate (remove it, or rebuild the bundle from the gate's output)`
        }
      })
    if (top === REPORTS) {
      const copy = byPath.get(`${EVIDENCE}/${reportsPrefix}${f.path.slice(REPORTS.length + 1)}`)
      if (copy !== undefined && expected.has(copy.path) && copy.sha256 !== f.sha256)
        out.push({
          at: f.path,
          d: {
            message: `${f.path}: is not the report the gate read: ${copy.path} holds ${copy.size} bytes with SHA-256 ${copy.sha256}, this copy ${f.size} bytes with ${f.sha256}`
          }
        })
    }
  }
  return out
    .sort((x, y) => comparePaths(x.at, y.at))
    .map((x) => x.d)
    .slice(0, MAX_DIFFERENCES)
}

/** The JSON path of the first value that differs (object keys in sorted order), or undefined. */
function firstDifference(x: unknown, y: unknown, at: string): string | undefined {
  if (x === y) return undefined
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return at
  if (Array.isArray(x) !== Array.isArray(y)) return at
  if (Array.isArray(x) && Array.isArray(y)) {
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const d = firstDifference(x[i], y[i], `${at}[${i}]`)
      if (d !== undefined) return d
    }
    return undefined
  }
  const ox = x as Record<string, unknown>
  const oy = y as Record<string, unknown>
  const keys = [...new Set([...Object.keys(ox), ...Object.keys(oy)])].sort()
  for (const k of keys) {
    const d = firstDifference(ox[k], oy[k], `${at}.${k}`)
    if (d !== undefined) return d
  }
  return undefined
}
