/**
 * `gonogo migrate`'s file side: reads the older gate's policy, exceptions and reports from the
 * workspace, hands them to the pure mapping (src/migrate/build.ts), checks the result with the
 * project's own policy loader and writes it, all or nothing. Every path is confined to the
 * workspace (Workspace); every refusal is a ConfigurationError (exit 2) naming the file.
 */
import { lstat, stat } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError } from '../core/errors.js'
import { scrubSecrets } from '../core/secrets.js'
import type { Policy } from '../core/policy.js'
import { CODEOWNERS_PATHS } from '../migrate/catalog.js'
import { parseCodeOwners } from '../migrate/codeowners.js'
import { filesToProbe, migrate, type MigrationNote } from '../migrate/build.js'
import {
  classifyArtifact,
  parseExceptions,
  parseGatePolicy,
  type ArtifactInfo,
  type OlderException
} from '../migrate/older-files.js'
import { renderPolicy } from '../migrate/render.js'
import { writeAllOrNothing } from './atomic-write.js'
import { parsePolicy } from './policy-file.js'
import { PathEscapeError, Workspace } from './workspace.js'

/** The defaults of the older workflow (`.github/workflows/smoke.yml`) and of gonogo. */
export const MIGRATE_DEFAULTS = {
  policy: '.github/release_gate_policy.json',
  exceptions: '.github/release_exceptions.json',
  artifacts: 'artifacts',
  output: '.github/gonogo.yml'
} as const

export interface MigrateOptions {
  /** Absolute workspace root. */
  workspace: string
  /** Workspace-relative paths as the user gave them; undefined takes the default. */
  policy?: string
  exceptions?: string
  artifacts?: string
  output?: string
  /** Replace an existing output file. */
  force: boolean
  /** Epoch milliseconds; only for the notes on expired waivers. */
  now: number
}

export interface MigrateOutcome {
  /** Workspace-relative path written. */
  output: string
  policy: Policy
  text: string
  notes: MigrationNote[]
}

const MAX_INPUT_BYTES = 1024 * 1024
const MAX_REPORT_BYTES = 50 * 1024 * 1024
const MAX_REPORTS = 10000

/**
 * Runs the migration and writes the policy file.
 * Throws ConfigurationError when an input is missing (an explicitly named one, or the older
 * policy), malformed (file, line, field, what to do), outside the workspace, or when the output
 * exists and `force` is not set.
 */
export async function runMigrate(opts: MigrateOptions): Promise<MigrateOutcome> {
  const ws = await Workspace.open(opts.workspace)
  const rel = (given: string | undefined, fallback: string, what: string): string => {
    const p = given ?? fallback
    const r = path.isAbsolute(p) ? ws.relative(path.relative(ws.root, p)) : ws.relative(p)
    if (r === undefined)
      throw new ConfigurationError(
        `${what} ${p}: path is outside the workspace ${ws.root}; use a path inside it (or pass --workspace)`
      )
    return r
  }
  const policyFile = rel(opts.policy, MIGRATE_DEFAULTS.policy, '--policy')
  const exceptionsFile = rel(opts.exceptions, MIGRATE_DEFAULTS.exceptions, '--exceptions')
  const artifactsDir = rel(opts.artifacts, MIGRATE_DEFAULTS.artifacts, '--artifacts')
  const output = rel(opts.output, MIGRATE_DEFAULTS.output, '--output')

  const policyRead = await ws.readText(policyFile, MAX_INPUT_BYTES, 'for the older gate policy')
  if (!policyRead.ok)
    throw new ConfigurationError(
      `older gate policy ${policyRead.message}${policyRead.reason === 'missing' ? '; pass --policy FILE (the .github/release_gate_policy.json the older gate read)' : ''}`
    )
  const gatePolicy = parseGatePolicy(policyRead.text, policyFile)

  let exceptions: OlderException[] = []
  let exceptionsRead: string | undefined
  const exRead = await ws.readText(exceptionsFile, MAX_INPUT_BYTES, 'for an exceptions file')
  if (exRead.ok) {
    exceptions = parseExceptions(exRead.text, exceptionsFile)
    exceptionsRead = exceptionsFile
  } else if (exRead.reason !== 'missing' || opts.exceptions !== undefined) {
    throw new ConfigurationError(`exceptions file ${exRead.message}`)
  }

  const artifacts = await readArtifacts(ws, artifactsDir, opts.artifacts !== undefined)

  const existingFiles = new Set<string>()
  for (const f of filesToProbe()) if (await ws.hasFile(f)) existingFiles.add(f)
  let codeOwners: { file: string; rules: ReturnType<typeof parseCodeOwners> } | undefined
  for (const f of CODEOWNERS_PATHS) {
    const r = await ws.readText(f, MAX_INPUT_BYTES, 'for CODEOWNERS')
    if (r.ok) {
      codeOwners = { file: f, rules: parseCodeOwners(r.text) }
      break
    }
  }

  const result = migrate({
    policyFile,
    gatePolicy,
    exceptionsFile: exceptionsRead,
    exceptions,
    artifactsDir,
    artifacts,
    existingFiles,
    codeOwners,
    now: opts.now
  })
  const sources = [
    policyFile,
    ...(exceptionsRead ? [exceptionsRead] : []),
    `${artifactsDir || '.'}/`
  ]
  // Masked before the check below, so the file written is the one known to load.
  const text = scrubSecrets(renderPolicy(result.policy, sources))
  try {
    // The same loader the gate uses: what is written is known to load.
    parsePolicy(text, output)
  } catch (e) {
    throw new ConfigurationError(
      `the migrated policy does not validate, so nothing was written (a gonogo bug; please report it):\n${e instanceof Error ? e.message : String(e)}`
    )
  }
  await writeOutput(ws, output, text, opts.force)
  return { output, policy: result.policy, text, notes: result.notes }
}

/** The JSON files directly in the reports folder, classified; undefined when there is none. */
async function readArtifacts(
  ws: Workspace,
  dir: string,
  explicit: boolean
): Promise<ArtifactInfo[] | undefined> {
  const abs = await ws.confine(dir)
  if (abs === undefined)
    throw new ConfigurationError(
      `--artifacts ${dir}: leads outside the workspace through a symbolic link`
    )
  let isDir = false
  try {
    isDir = (await stat(abs)).isDirectory()
  } catch {
    isDir = false
  }
  if (!isDir) {
    if (explicit)
      throw new ConfigurationError(
        `--artifacts ${dir || '.'}: no such folder; pass the folder holding the older reports`
      )
    return undefined
  }
  let files: string[]
  try {
    // `gh run download -D artifacts` puts each artifact in a folder of its own: look inside.
    const found = await ws.glob(dir === '' ? '**/*.json' : `${dir}/**/*.json`, MAX_REPORTS)
    if (found.truncated)
      throw new ConfigurationError(
        `--artifacts ${dir}: more than ${MAX_REPORTS} JSON files; point it at the reports folder`
      )
    files = found.files
  } catch (e) {
    if (e instanceof PathEscapeError) throw new ConfigurationError(e.message)
    throw e
  }
  const out: ArtifactInfo[] = []
  for (const f of files) {
    const read = await ws.readText(f, MAX_REPORT_BYTES)
    if (!read.ok)
      throw new ConfigurationError(
        `report ${read.message}; fix or remove it, or pass --artifacts with another folder`
      )
    out.push(classifyArtifact(read.text, f))
  }
  return out
}

/** Writes the policy unless a file is there already (then only with --force). */
async function writeOutput(
  ws: Workspace,
  output: string,
  text: string,
  force: boolean
): Promise<void> {
  const abs = await ws.confine(output)
  if (abs === undefined)
    throw new ConfigurationError(
      `--output ${output}: leads outside the workspace through a symbolic link`
    )
  let exists: 'file' | 'other' | undefined
  try {
    const st = await lstat(abs)
    exists = st.isFile() || st.isSymbolicLink() ? 'file' : 'other'
  } catch {
    exists = undefined
  }
  if (exists === 'other')
    throw new ConfigurationError(
      `--output ${output}: exists and is not a file; choose another path`
    )
  if (exists === 'file' && !force)
    throw new ConfigurationError(
      `${output} exists; nothing was written. Pass --force to replace it, or --output another path`
    )
  await writeAllOrNothing(path.dirname(abs), [{ name: path.basename(abs), content: text }])
}
