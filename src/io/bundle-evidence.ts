import { closeSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { BUILTINS_DIR, bundlePathProblem, EVIDENCE_DIR } from '../core/bundle-manifest.js'
import type { GateInputs } from '../core/decision.js'
import { ConfigurationError } from '../core/errors.js'
import { parseBoundedJson } from '../parsers/json-error.js'
import { copyExact, errorText, openSource } from './bundle-copy.js'
import { NotRegularFileError, openRegularFile, type FileHash } from './hash-file.js'

/** The gate writes a built-in's report next to its summary under this name. */
export function builtinReportName(name: string): string {
  return `report-${name}.json`
}

/** Where a built-in's report goes in a bundle. */
export function bundledBuiltinReport(name: string): string {
  return `${BUILTINS_DIR}/${builtinReportName(name)}`
}

/** Where a file the gate read (workspace-relative) goes in a bundle. */
export function bundledEvidence(rel: string): string {
  return `${EVIDENCE_DIR}/${rel}`
}

/**
 * The `inputs` of an executive summary, or why it has none: undefined for a summary written
 * before gonogo recorded its reads (such a bundle cannot be replayed), a message for one whose
 * `inputs` is malformed. Checks shapes only (paths are checked where they are used).
 */
export function summaryInputs(summary: unknown): GateInputs | undefined | { problem: string } {
  if (typeof summary !== 'object' || summary === null || Array.isArray(summary))
    return { problem: 'executive-summary.json is not a JSON object' }
  const inputs = (summary as { inputs?: unknown }).inputs
  if (inputs === undefined) return undefined
  const i = inputs as Partial<GateInputs>
  const isFile = (f: unknown): boolean =>
    typeof f === 'object' &&
    f !== null &&
    typeof (f as { path?: unknown }).path === 'string' &&
    Number.isSafeInteger((f as { size?: unknown }).size) &&
    /^[0-9a-f]{64}$/.test(String((f as { sha256?: unknown }).sha256))
  const ok =
    typeof inputs === 'object' &&
    inputs !== null &&
    isFile(i.policy) &&
    typeof i.reports === 'string' &&
    typeof i.branch === 'string' &&
    (i.profile_override === null || typeof i.profile_override === 'string') &&
    Array.isArray(i.files) &&
    i.files.every(isFile) &&
    Array.isArray(i.builtins) &&
    i.builtins.every(
      (b) =>
        typeof b === 'object' &&
        b !== null &&
        typeof b.name === 'string' &&
        /^[a-z][a-z0-9-]*$/.test(b.name) &&
        (b.replay === 'files' || b.replay === 'report') &&
        typeof b.sha === 'string' &&
        /^[0-9a-f]{64}$/.test(String(b.report_sha256)) &&
        Array.isArray(b.files) &&
        b.files.every((f: unknown) => typeof f === 'string') &&
        Array.isArray(b.other_facts) &&
        b.other_facts.every((f: unknown) => typeof f === 'string')
    )
  return ok
    ? (inputs as GateInputs)
    : {
        problem:
          'executive-summary.json: `inputs` is malformed (policy, reports, branch, profile_override, builtins, files)'
      }
}

/**
 * Copies into the stage every file the gate's decision rested on, as `evidence/<path>` (paths
 * relative to the repository root, as the summary's `inputs.files` names them), and each built-in
 * check's report from the summary's folder as `builtins/report-<name>.json`; each is copied byte
 * for byte and its size and SHA-256 must equal what the gate recorded.
 *
 * @param summaryCopy the staged executive-summary.json (the one the bundle holds)
 * @param summaryDir the folder the gate wrote its summary and built-in reports to
 * @returns how many files were copied, or undefined when the summary records no inputs (made by a
 *   gonogo before replayable bundles: nothing is copied)
 * @throws ConfigurationError naming the file: missing, changed since the gate (digest differs), a
 *   link out of the workspace, not a regular file, holding a secret, an unsafe path
 */
export async function copyDecisionInputs(o: {
  root: string
  realRoot: string
  summaryCopy: string
  summaryDir: string
  stage: string
  written: Map<string, FileHash>
}): Promise<number | undefined> {
  const parsed = parseBoundedJson(readFileSync(o.summaryCopy, 'utf8'))
  if (!parsed.ok)
    throw new ConfigurationError(`executive-summary.json: ${parsed.message}; run gonogo gate again`)
  const inputs = summaryInputs(parsed.value)
  if (inputs === undefined) return undefined
  if ('problem' in inputs) throw new ConfigurationError(`${inputs.problem}; run gonogo gate again`)
  const realDirs = new Map<string, string | null>()
  const made = new Set<string>()
  const place = (inBundle: string): string => {
    const dest = path.join(o.stage, ...inBundle.split('/'))
    const dir = path.dirname(dest)
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true })
      made.add(dir)
    }
    return dest
  }
  const same = (rel: string, got: FileHash, want: { size: number; sha256: string }): void => {
    if (got.size !== want.size || got.sha256 !== want.sha256)
      throw new ConfigurationError(
        `${rel}: changed since the gate read it (${got.size} bytes, SHA-256 ${got.sha256}; the summary records ${want.size} bytes, ${want.sha256}); run the gate again, then bundle`
      )
  }
  for (const f of inputs.files) {
    const inBundle = bundledEvidence(f.path)
    const problem = bundlePathProblem(f.path)
    if (problem !== undefined) throw new ConfigurationError(`${f.path}: ${problem}`)
    let source
    try {
      source = openSource(path.join(o.root, ...f.path.split('/')), f.path, o.realRoot, realDirs)
    } catch (e) {
      if (e instanceof ConfigurationError && /cannot be read \(a broken/.test(e.message))
        throw new ConfigurationError(
          `${f.path}: read by the gate but no longer in the workspace; run the gate again, then bundle`
        )
      throw e
    }
    try {
      const got = await copyExact(source, place(inBundle), f.path)
      same(f.path, got, f)
      o.written.set(inBundle, got)
    } finally {
      closeSync(source.fd)
    }
  }
  for (const b of inputs.builtins) {
    const file = path.join(o.summaryDir, builtinReportName(b.name))
    let source
    try {
      source = openRegularFile(file)
    } catch (e) {
      const why =
        e instanceof NotRegularFileError
          ? 'not a regular file'
          : (e as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'not found'
            : errorText(e)
      throw new ConfigurationError(
        `${file}: the built-in report the gate wrote next to its summary is ${why}; bundle the folder gonogo gate --output wrote`
      )
    }
    try {
      const inBundle = bundledBuiltinReport(b.name)
      const got = await copyExact(source, place(inBundle), file)
      if (got.sha256 !== b.report_sha256)
        throw new ConfigurationError(
          `${file}: changed since the gate wrote it (SHA-256 ${got.sha256}, the summary records ${b.report_sha256}); run the gate again, then bundle`
        )
      o.written.set(inBundle, got)
    } finally {
      closeSync(source.fd)
    }
  }
  return inputs.files.length + inputs.builtins.length
}
