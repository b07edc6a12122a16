import type { ControlResult, ExecutiveSummary, InputFile } from './decision.js'

/** One way a replayed decision differs from the bundled one, for a person to act on. */
export interface ReplayDifference {
  /** The control it is about, when it is about one. */
  control?: string
  message: string
}

const MAX_DIFFERENCES = 50

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
  const a = bundled as Partial<ExecutiveSummary>
  const b = replayed as Partial<ExecutiveSummary>
  if (a.decision !== b.decision)
    out.push({
      message: `decision: the bundle says ${String(a.decision)}, the replay decides ${String(b.decision)}`
    })
  const byId = (s: Partial<ExecutiveSummary>): Map<string, ControlResult> =>
    new Map((Array.isArray(s.controls) ? s.controls : []).map((c) => [c.id, c]))
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
    new Map((Array.isArray(s.inputs?.files) ? s.inputs.files : []).map((f) => [f.path, f]))
  const fa = files(a)
  const fb = files(b)
  for (const [p, f] of fa) {
    const g = fb.get(p)
    if (g === undefined) out.push({ message: `${p}: read by the gate, but not by the replay` })
    else if (g.sha256 !== f.sha256 || g.size !== f.size)
      out.push({
        message: `${p}: the bundled copy (${g.size} bytes, SHA-256 ${g.sha256}) is not what the gate read (${f.size} bytes, ${f.sha256})`
      })
  }
  for (const p of fb.keys())
    if (!fa.has(p)) out.push({ message: `${p}: read by the replay, but not by the gate` })
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
