import { visibleLine } from '../core/visible-text.js'
import { mapLimit } from '../core/map-limit.js'
import type { Report } from '../core/report.js'
import picomatch from 'picomatch'
import {
  addSummaries,
  keepFindings,
  MAX_FINDINGS_PER_CONTROL,
  type Evidence,
  type Finding
} from '../core/evidence.js'
import {
  DEFAULT_LIMITS,
  sourceOf,
  type BuiltinSourceName,
  type Limits,
  type Control,
  type Policy,
  type SourceKind
} from '../core/policy.js'
import { worstStatus } from '../core/status.js'
import { judgeTogether, readJunit } from '../parsers/junit.js'
import { readJsonReport } from '../parsers/report-json.js'
import { readSarif } from '../parsers/sarif.js'
import type { FileVerdict } from '../parsers/verdict.js'
import { ByteBudget, DEFAULT_BYTES_IN_FLIGHT } from './byte-budget.js'
import { judgeReportFile, judgeReportFileNow, type ReportReader } from './report-file.js'
import { PathEscapeError, type GlobListings, type Workspace } from './workspace.js'

const READERS: Record<Exclude<SourceKind, 'builtin'>, ReportReader> = {
  report: readJsonReport,
  junit: readJunit,
  sarif: readSarif
}

export interface GatherOptions {
  reportsDir: string
  sha?: string
  /** `owner/repo`; reports about another repository are invalid. */
  repository?: string
  concurrency?: number
  /**
   * Bounds the report bytes held in memory at once across all reads (default 64 MiB; a file
   * larger than that is read alone). Pass a ByteBudget to share or observe it.
   */
  bytesInFlight?: number | ByteBudget
  /** Runs a built-in check; its report is judged exactly like a report read from a file. */
  runBuiltin?: (name: BuiltinSourceName) => Promise<Report>
}

export interface Gathered {
  evidence: Map<string, Evidence>
  unverifiedEvidence: Map<string, boolean>
  unclaimedReports: string[]
}

/** Files judged at once before the loop over a source's files lets other work go on. */
const YIELD_EVERY = 256

/** The read-log scope of one control's sources and `allow_unverified` evidence. */
export function controlScope(id: string): string {
  return `control:${id}`
}

/** The read-log scope of the unclaimed reports' fingerprints. */
export const UNCLAIMED_SCOPE = 'unclaimed'

/** Reads every control's source files and the evidence behind `allow_unverified`. */
export async function gatherEvidence(
  ws: Workspace,
  policy: Policy,
  opts: GatherOptions
): Promise<Gathered> {
  const limits = { ...DEFAULT_LIMITS, ...policy.limits }
  const evidence = new Map<string, Evidence>()
  const unverifiedEvidence = new Map<string, boolean>()
  const claimed = new Set<string>()
  const budget =
    opts.bytesInFlight instanceof ByteBudget
      ? opts.bytesInFlight
      : new ByteBudget(opts.bytesInFlight ?? DEFAULT_BYTES_IN_FLIGHT)
  // Every folder is listed once for this gate: a control's glob and the unclaimed-reports scan
  // below see the same listing.
  const listings: GlobListings = new Map()
  // With a read log, each control's reads are noted under its own scope (see read-log.ts).
  const within = <T>(scope: string, fn: () => Promise<T>): Promise<T> =>
    ws.log ? ws.log.within(scope, fn) : fn()
  await mapLimit(policy.controls, opts.concurrency ?? 16, (control) =>
    within(controlScope(control.id), async () => {
      const ev = await controlEvidence(ws, control, opts, limits, budget, listings)
      for (const f of ev.files) claimed.add(f)
      evidence.set(control.id, ev)
      if (control.allow_unverified) {
        const file = control.allow_unverified.evidence
        // Recorded with its digest when the run is logged: the bundle then carries it.
        const present = ws.log
          ? ((await ws.fingerprint(file))?.size ?? 0) > 0
          : await ws.hasFile(file)
        unverifiedEvidence.set(control.id, present)
      }
    })
  )
  let unclaimedReports: string[] = []
  try {
    const inReports = await ws.glob(
      `${opts.reportsDir.replace(/\/+$/, '')}/**/*.json`,
      limits.max_files_per_source,
      listings
    )
    unclaimedReports = inReports.files.filter((f) => !claimed.has(f))
  } catch {
    unclaimedReports = []
  }
  // The summary names them, so a logged run records their digests too (a replay lists the same).
  if (ws.log && unclaimedReports.length > 0) {
    await within(UNCLAIMED_SCOPE, () =>
      mapLimit(unclaimedReports, opts.concurrency ?? 16, (f) => ws.fingerprint(f))
    )
  }
  return { evidence, unverifiedEvidence, unclaimedReports }
}

async function controlEvidence(
  ws: Workspace,
  control: Control,
  opts: GatherOptions,
  limits: Limits,
  budget: ByteBudget,
  listings: GlobListings
): Promise<Evidence> {
  const { kind, pattern } = sourceOf(control, opts.reportsDir)
  const base = { kind, pattern, findings: [] as Finding[], findingsOmitted: 0, summary: {} }
  if (kind === 'builtin') return builtinEvidence(pattern as BuiltinSourceName, opts, base)
  let files: string[]
  try {
    const found = await ws.glob(pattern, limits.max_files_per_source, listings)
    if (found.truncated) {
      return {
        ...base,
        status: 'invalid',
        message: `${visibleLine(pattern)}: matches more than ${limits.max_files_per_source} files (limits.max_files_per_source); narrow the pattern`,
        files: []
      }
    }
    files = found.files
  } catch (e) {
    if (e instanceof PathEscapeError)
      return { ...base, status: 'invalid', message: e.message, files: [] }
    throw e
  }
  if (files.length === 0) {
    return {
      ...base,
      status: 'missing',
      message: `${visibleLine(pattern)}: no ${kind === 'report' ? 'report' : kind === 'junit' ? 'JUnit XML' : 'SARIF'} file found; the job that produces it did not run or wrote elsewhere`,
      files: []
    }
  }
  const ctx = {
    root: ws.root,
    ...(opts.sha ? { sha: opts.sha } : {}),
    ...(opts.repository ? { repository: opts.repository } : {}),
    // One report named for one control must be that control's; a glob may gather several.
    ...(picomatch.scan(pattern).isGlob ? {} : { control: control.id })
  }
  // Read in parallel, kept in file order (the output must not depend on which read ends first).
  // Each read holds its bytes only until its verdict is made; findings past the cap are dropped
  // in file order as verdicts settle, so a source of many failing files stays small too.
  const verdicts: FileVerdict[] = new Array<FileVerdict>(files.length)
  const settle = findingsSettler(verdicts)
  const fileOptions = {
    syntax: kind === 'junit' ? ('xml' as const) : ('json' as const),
    reader: READERS[kind],
    ctx,
    maxBytes: limits.max_report_bytes,
    budget
  }
  // Small files are judged at once, one after another (no promise per file); the rest (large
  // files, links, no room in the budget) are read in parallel below. Every YIELD_EVERY files the
  // loop lets other controls' reads and commands go on.
  const later: number[] = []
  for (let i = 0; i < files.length; i++) {
    const v = judgeReportFileNow(ws, files[i] as string, fileOptions)
    if (v === undefined) later.push(i)
    else {
      verdicts[i] = v
      settle()
    }
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((go) => setImmediate(go))
  }
  await mapLimit(later, opts.concurrency ?? 16, async (i) => {
    verdicts[i] = await judgeReportFile(ws, files[i] as string, fileOptions)
    settle()
  })
  return combine(kind, pattern, files, verdicts, settle.dropped())
}

/**
 * Keeps, in file order, only the findings `keepFindings` could still keep (the first
 * MAX_FINDINGS_PER_CONTROL failed and the first as many others), counting the rest; called after
 * each verdict lands in `verdicts`. The kept findings and their count equal those of keeping all.
 */
export function findingsSettler(verdicts: FileVerdict[]): { (): void; dropped: () => number } {
  let next = 0
  let failed = 0
  let others = 0
  let dropped = 0
  const settle = (): void => {
    while (next < verdicts.length && verdicts[next] !== undefined) {
      const v = verdicts[next] as FileVerdict
      const keep: Finding[] = []
      for (const f of v.findings) {
        if (f.status === 'passed') continue
        const room = f.status === 'failed' ? failed++ : others++
        if (room < MAX_FINDINGS_PER_CONTROL) keep.push(f)
        else dropped++
      }
      if (keep.length !== v.findings.length) verdicts[next] = { ...v, findings: keep }
      next++
    }
  }
  return Object.assign(settle, { dropped: () => dropped })
}

/** Several files feed one control: the worst status wins; counts add up. */
function combine(
  kind: SourceKind,
  pattern: string,
  files: string[],
  fileVerdicts: FileVerdict[],
  findingsDropped = 0
): Evidence {
  // JUnit: "no test ran" is judged over all the source's files, not file by file.
  const verdicts = kind === 'junit' ? judgeTogether(fileVerdicts) : fileVerdicts
  const status = worstStatus(verdicts.map((v) => v.status))
  const worst = verdicts.filter((v) => v.status === status)
  const message =
    verdicts.length === 1
      ? (verdicts[0]?.message ?? '')
      : `${worst.length} of ${verdicts.length} files ${status}: ${worst
          .slice(0, 3)
          .map((v) => v.message)
          .join('; ')}${worst.length > 3 ? '; …' : ''}`
  const kept = keepFindings(verdicts.flatMap((v) => v.findings))
  const summary: Record<string, number> = { files: 0 }
  for (const v of verdicts) addSummaries(summary, v.summary)
  summary.files = files.length
  // A passing source with one file that decided only a conditional go keeps that limit.
  const conditional =
    status === 'passed' ? verdicts.find((v) => v.conditional)?.conditional : undefined
  const refuseUnverified =
    status === 'unverified' ? verdicts.find((v) => v.refuseUnverified)?.refuseUnverified : undefined
  return {
    status,
    message,
    kind,
    pattern,
    files,
    findings: kept.findings,
    findingsOmitted:
      kept.omitted + findingsDropped + verdicts.reduce((n, v) => n + (v.findingsOmitted ?? 0), 0),
    summary,
    ...(conditional ? { conditional } : {}),
    ...(refuseUnverified ? { refuseUnverified } : {})
  }
}

async function builtinEvidence(
  name: BuiltinSourceName,
  opts: GatherOptions,
  base: Pick<Evidence, 'kind' | 'pattern' | 'findings' | 'findingsOmitted' | 'summary'>
): Promise<Evidence> {
  if (!opts.runBuiltin) {
    return {
      ...base,
      status: 'invalid',
      message: `built-in check '${name}' cannot run here`,
      files: []
    }
  }
  let report: Report
  try {
    report = await opts.runBuiltin(name)
  } catch (e) {
    // A check must report its problems; one that throws has proved nothing.
    return {
      ...base,
      status: 'invalid',
      message: `built-in check '${name}' failed to run: ${e instanceof Error ? e.message : String(e)}`,
      files: []
    }
  }
  // The report is gonogo's own, made for this control: only its content and commit are judged.
  const v = readJsonReport(JSON.stringify(report), {
    file: `builtin:${name}`,
    ...(opts.sha ? { sha: opts.sha } : {})
  })
  return {
    ...base,
    status: v.status,
    message: v.message,
    findings: v.findings,
    summary: v.summary,
    files: []
  }
}
