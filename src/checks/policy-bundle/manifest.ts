import { isRecord, lineColumn } from '../../parsers/verdict.js'
import { parseJsonAt } from '../../parsers/json-error.js'

/**
 * OPA's bundle `.manifest` (a JSON object), judged as OPA's manifest schema describes it
 * (openpolicyagent.org/schemas/bundle/v1/manifest.schema.json) with `revision` required; and
 * OPA's rule that roots may not overlap (`overlappingPairs`). Pure.
 */

export interface Manifest {
  revision: string
  /** Normalised roots (slashes trimmed); `['']` (the whole data tree) when the manifest has none. */
  roots: string[]
  /** Whether `roots` was declared (OPA defaults an absent list to the whole tree). */
  rootsDeclared: boolean
  metadata: Record<string, unknown>
  regoVersion?: number
}

export interface ManifestProblem {
  message: string
  line?: number
}

export type ManifestResult =
  | { ok: true; manifest: Manifest; lines: Record<string, number> }
  | { ok: false; problems: ManifestProblem[]; lines: Record<string, number>; revision?: string }

const KNOWN_KEYS = new Set([
  'revision',
  'roots',
  'metadata',
  'rego_version',
  'file_rego_versions',
  'wasm'
])

/** Line of a top-level key's first mention (`"revision":`), for locations. */
function keyLines(text: string): Record<string, number> {
  const out: Record<string, number> = {}
  const re = /"([A-Za-z_]+)"\s*:/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const k = m[1] ?? ''
    if (KNOWN_KEYS.has(k) && out[k] === undefined) out[k] = lineColumn(text, m.index).line
  }
  return out
}

export function readManifest(text: string): ManifestResult {
  const lines = keyLines(text)
  if (text.includes('\u0000'))
    return { ok: false, problems: [{ message: 'binary data, not a JSON manifest' }], lines }
  const parsed = parseJsonAt(text)
  if (!parsed.ok)
    return {
      ok: false,
      problems: [{ message: parsed.message, ...(parsed.line ? { line: parsed.line } : {}) }],
      lines
    }
  const value = parsed.value
  if (!isRecord(value))
    return {
      ok: false,
      problems: [{ message: 'the manifest is not a JSON object', line: 1 }],
      lines
    }
  const problems: ManifestProblem[] = []
  const at = (k: string): { line?: number } => (lines[k] !== undefined ? { line: lines[k] } : {})
  for (const k of Object.keys(value).sort()) {
    if (!KNOWN_KEYS.has(k))
      problems.push({
        message: `unknown key '${k}' (OPA ignores it; the manifest keys are ${[...KNOWN_KEYS].join(', ')})`
      })
  }
  const revision = value.revision
  if (revision === undefined) problems.push({ message: "missing 'revision'", line: 1 })
  else if (typeof revision !== 'string')
    problems.push({ message: "'revision' must be a string", ...at('revision') })
  else if (revision.trim() === '')
    problems.push({ message: "'revision' is empty", ...at('revision') })
  let roots: string[] = ['']
  const rootsDeclared = value.roots !== undefined
  if (rootsDeclared) {
    if (!Array.isArray(value.roots) || value.roots.some((r) => typeof r !== 'string'))
      problems.push({ message: "'roots' must be an array of strings", ...at('roots') })
    else roots = (value.roots as string[]).map(normaliseRoot)
  }
  if (value.metadata !== undefined && !isRecord(value.metadata))
    problems.push({ message: "'metadata' must be an object", ...at('metadata') })
  const rv = value.rego_version
  if (rv !== undefined && rv !== 0 && rv !== 1)
    problems.push({ message: "'rego_version' must be 0 or 1", ...at('rego_version') })
  const frv = value.file_rego_versions
  if (frv !== undefined) {
    if (!isRecord(frv) || Object.values(frv).some((v) => v !== 0 && v !== 1))
      problems.push({
        message: "'file_rego_versions' must map file globs to 0 or 1",
        ...at('file_rego_versions')
      })
  }
  if (value.wasm !== undefined) {
    if (!Array.isArray(value.wasm))
      problems.push({ message: "'wasm' must be an array", ...at('wasm') })
    else
      (value.wasm as unknown[]).forEach((w, i) => {
        if (
          !isRecord(w) ||
          typeof w.entrypoint !== 'string' ||
          typeof w.module !== 'string' ||
          (w.annotations !== undefined &&
            (!Array.isArray(w.annotations) || !w.annotations.every(isRecord)))
        )
          problems.push({
            message: `'wasm[${i}]' must be an object with string 'entrypoint' and 'module' (and optional 'annotations' objects)`,
            ...at('wasm')
          })
      })
  }
  if (problems.length > 0)
    return {
      ok: false,
      problems,
      lines,
      ...(typeof revision === 'string' ? { revision } : {})
    }
  return {
    ok: true,
    manifest: {
      revision: revision as string,
      roots,
      rootsDeclared,
      metadata: isRecord(value.metadata) ? value.metadata : {},
      ...(typeof rv === 'number' ? { regoVersion: rv } : {})
    },
    lines
  }
}

export function normaliseRoot(r: string): string {
  return r.replace(/^\/+|\/+$/g, '')
}

/** OPA's rule: two roots overlap when one's path segments start the other's ('' is everything). */
export function rootsOverlap(a: string, b: string): boolean {
  if (a === '' || b === '') return true
  const sa = a.split('/')
  const sb = b.split('/')
  const n = Math.min(sa.length, sb.length)
  for (let i = 0; i < n; i++) if (sa[i] !== sb[i]) return false
  return true
}

export function overlappingPairs(roots: readonly string[]): [string, string][] {
  const out: [string, string][] = []
  for (let i = 0; i < roots.length; i++)
    for (let j = i + 1; j < roots.length; j++) {
      const a = roots[i] as string
      const b = roots[j] as string
      if (rootsOverlap(a, b)) out.push([a, b])
    }
  return out
}

/** Whether a data path (`a/b/c`) lies inside one of the roots. */
export function insideRoots(pathSegs: readonly string[], roots: readonly string[]): boolean {
  const p = pathSegs.join('/')
  return roots.some((r) => r === '' || p === r || p.startsWith(`${r}/`))
}
