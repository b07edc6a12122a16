import { closeSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { BUILTINS_DIR, bundlePathProblem, EVIDENCE_DIR } from '../core/bundle-manifest.js'
import type { GateInputs } from '../core/decision.js'
import { ConfigurationError, errorMessage } from '../core/errors.js'
import { parseBoundedJson } from '../parsers/json-error.js'
import { isRecord } from '../parsers/verdict.js'
import { copyExact, openSource } from './bundle-copy.js'
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
 * before gonogo recorded its reads (such a bundle cannot be replayed), a message naming the first
 * malformed field (`inputs.files[3].path: path contains '..' …`) for one that is not what
 * `gonogo gate` writes. Every path must be one a bundle can hold ({@link bundlePathProblem}:
 * relative, `/`-separated, no `..`), each file listed once, the policy and each built-in's files
 * among `files`, each built-in named once. Never throws.
 */
export function summaryInputs(summary: unknown): GateInputs | undefined | { problem: string } {
  if (typeof summary !== 'object' || summary === null || Array.isArray(summary))
    return { problem: 'not a JSON object' }
  const inputs = (summary as { inputs?: unknown }).inputs
  if (inputs === undefined) return undefined
  const problem = inputsProblem(inputs)
  return problem === undefined
    ? (inputs as GateInputs)
    : { problem: `${problem}; this is not what gonogo gate writes (was the summary edited?)` }
}

const HEX64 = /^[0-9a-f]{64}$/

/** The first malformed field of a summary's `inputs`, named by its JSON path; undefined when well formed. */
function inputsProblem(inputs: unknown): string | undefined {
  if (!isRecord(inputs)) return '`inputs` is not an object'
  const fileProblem = (f: unknown, at: string): string | undefined => {
    if (!isRecord(f)) return `\`${at}\` is not an object with path, size and sha256`
    if (typeof f.path !== 'string') return `\`${at}.path\` is not a string`
    const p = bundlePathProblem(f.path)
    if (p !== undefined) return `\`${at}.path\` ${JSON.stringify(f.path)}: ${p}`
    if (!Number.isSafeInteger(f.size) || (f.size as number) < 0)
      return `\`${at}.size\` is not a whole number of bytes`
    if (typeof f.sha256 !== 'string' || !HEX64.test(f.sha256))
      return `\`${at}.sha256\` is not a SHA-256 (64 lower-case hex digits)`
    return undefined
  }
  const policy = fileProblem(inputs.policy, 'inputs.policy')
  if (policy !== undefined) return policy
  if (typeof inputs.reports !== 'string') return '`inputs.reports` is not a string'
  if (inputs.reports !== '.' && bundlePathProblem(inputs.reports) !== undefined)
    return `\`inputs.reports\` ${JSON.stringify(inputs.reports)}: ${bundlePathProblem(inputs.reports) as string}`
  if (typeof inputs.branch !== 'string') return '`inputs.branch` is not a string'
  if (inputs.profile_override !== null && typeof inputs.profile_override !== 'string')
    return '`inputs.profile_override` is neither null nor a string'
  if (!Array.isArray(inputs.files)) return '`inputs.files` is not an array'
  const files = new Map<string, Record<string, unknown>>()
  for (const [i, f] of (inputs.files as unknown[]).entries()) {
    const p = fileProblem(f, `inputs.files[${i}]`)
    if (p !== undefined) return p
    const rec = f as Record<string, unknown>
    if (files.has(rec.path as string))
      return `\`inputs.files[${i}].path\` ${JSON.stringify(rec.path)} is listed more than once`
    files.set(rec.path as string, rec)
  }
  const pol = inputs.policy as Record<string, unknown>
  const listed = files.get(pol.path as string)
  if (listed === undefined || listed.sha256 !== pol.sha256 || listed.size !== pol.size)
    return '`inputs.policy` is not among `inputs.files` with the same size and SHA-256'
  if (inputs.unread !== undefined) {
    if (!Array.isArray(inputs.unread)) return '`inputs.unread` is not an array'
    for (const [i, u] of (inputs.unread as unknown[]).entries()) {
      const at = `inputs.unread[${i}]`
      if (!isRecord(u) || typeof u.path !== 'string' || typeof u.message !== 'string')
        return `\`${at}\` is not an object with path, reason and message`
      const p = bundlePathProblem(u.path)
      if (p !== undefined) return `\`${at}.path\` ${JSON.stringify(u.path)}: ${p}`
      if (!['escapes', 'too-large', 'not-a-file', 'unreadable'].includes(String(u.reason)))
        return `\`${at}.reason\` is not one of escapes, too-large, not-a-file, unreadable`
      if (files.has(u.path)) return `\`${at}.path\` is also among \`inputs.files\``
    }
  }
  if (!Array.isArray(inputs.builtins)) return '`inputs.builtins` is not an array'
  const names = new Set<string>()
  for (const [i, b] of (inputs.builtins as unknown[]).entries()) {
    const at = `inputs.builtins[${i}]`
    if (!isRecord(b)) return `\`${at}\` is not an object`
    if (typeof b.name !== 'string' || !/^[a-z][a-z0-9-]{0,63}$/.test(b.name))
      return `\`${at}.name\` is not a built-in check's name`
    if (names.has(b.name)) return `\`${at}.name\` '${b.name}' is listed more than once`
    names.add(b.name)
    if (b.replay !== 'files' && b.replay !== 'report')
      return `\`${at}.replay\` is neither 'files' nor 'report'`
    if (typeof b.sha !== 'string') return `\`${at}.sha\` is not a string`
    if (typeof b.report_sha256 !== 'string' || !HEX64.test(b.report_sha256))
      return `\`${at}.report_sha256\` is not a SHA-256 (64 lower-case hex digits)`
    if (!Array.isArray(b.files)) return `\`${at}.files\` is not an array`
    for (const [j, f] of (b.files as unknown[]).entries())
      if (typeof f !== 'string' || !files.has(f))
        return `\`${at}.files[${j}]\` is not one of \`inputs.files\``
    if (!Array.isArray(b.other_facts) || !b.other_facts.every((f) => typeof f === 'string'))
      return `\`${at}.other_facts\` is not an array of strings`
  }
  return undefined
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
  if ('problem' in inputs)
    throw new ConfigurationError(`executive-summary.json: ${inputs.problem}; run gonogo gate again`)
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
            : errorMessage(e)
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
