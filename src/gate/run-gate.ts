import { loadBuiltin } from '../checks/registry.js'
import type { CheckFacts } from '../core/facts.js'
import type { Report } from '../core/report.js'
import { stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { comparePaths } from '../core/bundle-manifest.js'
import { stableStringify, stableStringifyBytes } from '../core/canonical-json.js'
import { sha256Hex } from '../io/bundle-copy.js'
import { decide, type ExecutiveSummary } from '../core/decision.js'
import { ConfigurationError } from '../core/errors.js'
import { SUMMARY_JSON, SUMMARY_MD } from '../core/contracts.js'
import { selectProfile, ProfileSelectionError } from '../core/profile.js'
import { writeAllOrNothing } from '../io/atomic-write.js'
import { loadPolicy } from '../io/policy-file.js'
import { gatherEvidence } from '../io/sources.js'
import { createCheckFacts } from '../io/check-facts.js'
import type { ActionsAccess } from '../io/runtime-facts.js'
import { Workspace } from '../io/workspace.js'
import { headSha } from '../io/git.js'
import { renderSummaryMarkdown } from '../render/summary-markdown.js'
import type { BuiltinInput, BuiltinReplay, GateInputs } from '../core/decision.js'
import { watchFacts, type FactUsage } from '../io/fact-usage.js'
import { ReadLog, type ReadRefusal } from '../io/read-log.js'
import { controlScope } from '../io/sources.js'
import { sourceOf, type Policy } from '../core/policy.js'
import type { Evidence } from '../core/evidence.js'

export interface GateOptions {
  /** For built-in checks that read the GitHub API (ci-trend). */
  github?: ActionsAccess
  /** Base ref for built-in checks that compare against it. */
  baseRef?: string
  log?: (message: string) => void
  workspace: string
  /** Policy file, relative to the workspace. */
  config: string
  /** Folder of reports, relative to the workspace. */
  reports: string
  /** Where executive-summary.json and .md go (absolute, or relative to the current directory). */
  output: string
  effectiveTime: number
  sha: string
  repository: string
  ref: string
  event: string
  /**
   * The branch profiles are selected by; a promise lets the CLI's `git rev-parse` run while the
   * policy is read (it is awaited before the profile is chosen).
   */
  branch: string | Promise<string>
  profile?: string
  /** For links in Markdown: `https://github.com/o/r/blob/<sha>`. */
  blobBase?: string
  /**
   * Deciding again from a bundle (`bundle verify --replay`): the built-ins replayed from their
   * reports, by name, with the files they had read (noted again from the bundle's copies). Every
   * other built-in runs on the files alone: git, commands, the API and writes are refused.
   */
  replay?: {
    reports: ReadonlyMap<
      string,
      { report: Report; sha: string; files: readonly string[]; other: readonly string[] }
    >
    /** The commit each built-in was run for, by name (recorded in the summary's inputs). */
    shas: ReadonlyMap<string, string>
    /** Files the original run could not read, by path (the summary's `inputs.unread`). */
    refusals?: ReadonlyMap<string, ReadRefusal>
  }
}

export interface GateResult {
  summary: ExecutiveSummary
  markdown: string
  summaryPath: string
  markdownPath: string
  maxRows: number
  /** Reports the gate computed itself (built-in checks). */
  builtinReports: Report[]
  /** The policy the decision was made under (as read once by the gate). */
  policy: Policy
}

/** Built-in check reports are written next to the summary as report-<name>.json. */
export const BUILTIN_REPORT_PREFIX = 'report-'
/** GitHub's job summary limit is 1 MiB per step. */
export const JOB_SUMMARY_MAX_CHARS = 1000 * 1000

/** Policy → evidence → decision → Markdown → files. Everything a run of the gate does but GitHub I/O. */
export async function runGate(o: GateOptions): Promise<GateResult> {
  // A summary from an earlier run must never be mistaken for this run's, even if this one fails.
  await Promise.all(
    [SUMMARY_JSON, SUMMARY_MD].map((f) =>
      unlink(path.join(path.resolve(o.output), f)).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e
      })
    )
  )
  const ws = await Workspace.open(o.workspace)
  // Every file read is noted with its digest (the summary's `inputs`; read-log.ts).
  const log = new ReadLog()
  ws.log = log
  ws.replayRefusals = o.replay?.refusals
  const policy = await log.within(POLICY_SCOPE, () => loadPolicy(ws, o.config))
  if (ws.relative(o.reports) === undefined || path.isAbsolute(o.reports)) {
    throw new ConfigurationError(
      `reports folder '${o.reports}' is outside the workspace; give a path relative to the repository root`
    )
  }
  await checkReportsFolder(ws, o.reports)
  // The gate's own output inside the reports folder would be read back as reports next run (its
  // built-in reports are rewritten after being read): refused.
  const outRel = ws.relative(path.resolve(o.output))
  const reportsRel = ws.relative(o.reports) ?? o.reports
  if (
    outRel !== undefined &&
    !path.isAbsolute(outRel) &&
    (reportsRel === '' || outRel === reportsRel || outRel.startsWith(`${reportsRel}/`))
  )
    throw new ConfigurationError(
      `output folder '${outRel}' is inside the reports folder '${reportsRel || '.'}': the gate would read its own summary and built-in reports back as reports; choose an output folder outside it`
    )
  const branch = await o.branch
  let profile
  try {
    profile = selectProfile(policy, {
      event: o.event,
      branch,
      ...(o.profile ? { override: o.profile } : {})
    })
  } catch (e) {
    if (e instanceof ProfileSelectionError)
      throw new ConfigurationError(`${o.config}: ${e.message}`)
    throw e
  }
  const builtinReports = new Map<string, Report>()
  const builtinRuns = new Map<string, Promise<Report>>()
  const builtinUse = new Map<
    string,
    { usage?: FactUsage; sha: string; files?: string[]; other?: string[] }
  >()
  // One facts object for the run, made when the first built-in runs: the checks share it.
  let facts: CheckFacts | undefined
  // Built-ins judge the checkout itself: without --sha their subject is HEAD (a report must name
  // a commit); other reports are then still not checked for staleness.
  let builtinSha: Promise<string> | undefined
  const gathered = await gatherEvidence(ws, policy, {
    reportsDir: o.reports,
    ...(o.sha ? { sha: o.sha } : {}),
    ...(o.repository ? { repository: o.repository } : {}),
    // The promise is cached, not the result: two controls naming one check share one run.
    runBuiltin: (name) => {
      const cached = builtinRuns.get(name)
      if (cached) return cached
      const recorded = o.replay?.reports.get(name)
      const p = log.within(builtinScope(name), async () => {
        if (recorded) {
          // Replayed from its report: the files it read are noted again from the bundle.
          await Promise.all(recorded.files.map((f) => ws.fingerprint(f)))
          builtinUse.set(name, {
            sha: recorded.sha,
            files: [...recorded.files],
            other: [...recorded.other]
          })
          builtinReports.set(name, recorded.report)
          return recorded.report
        }
        const check = await loadBuiltin(name)
        facts ??= createCheckFacts(ws, o.github)
        const watched = watchFacts(facts, { log, refuse: o.replay !== undefined })
        const sha =
          o.replay?.shas.get(name) ??
          (o.sha || (await (builtinSha ??= headSha(ws.root).then(orNullCommit))))
        builtinUse.set(name, { usage: watched.usage, sha })
        const report = await check({
          facts: watched.facts,
          policy,
          settings: policy.checks?.[name],
          subject: { repository: o.repository, sha, ref: o.ref },
          effectiveTime: o.effectiveTime,
          ...(o.baseRef ? { baseRef: o.baseRef } : {}),
          log: o.log ?? (() => undefined)
        })
        builtinReports.set(name, report)
        return report
      })
      builtinRuns.set(name, p)
      return p
    }
  })
  const changed = log.changed()
  if (changed.length > 0) {
    throw new ConfigurationError(
      `${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ` and ${changed.length - 5} more` : ''}: changed while the gate read ${changed.length === 1 ? 'it' : 'them'} (two reads gave different bytes); run the gate again when nothing writes to the workspace`
    )
  }
  const inputs = gateInputs(
    { ...o, branch },
    policy.controls,
    gathered.evidence,
    log,
    ws.relative(o.reports) || '.',
    builtinReports,
    builtinUse
  )
  const summary = decide({
    controls: policy.controls,
    waivers: policy.waivers ?? [],
    profile,
    effectiveTime: o.effectiveTime,
    subject: { repository: o.repository, sha: o.sha, ref: o.ref, event: o.event },
    evidence: gathered.evidence,
    unverifiedEvidence: gathered.unverifiedEvidence,
    unclaimedReports: gathered.unclaimedReports,
    inputs,
    ...(policy.claims ? { claims: policy.claims } : {})
  })
  const maxRows = policy.comment?.max_rows ?? 50
  const markdown = renderSummaryMarkdown(summary, {
    maxRows: Math.max(maxRows, 500),
    maxChars: JOB_SUMMARY_MAX_CHARS,
    ...(o.blobBase ? { blobBase: o.blobBase } : {})
  })
  const [summaryPath, markdownPath] = (await writeAllOrNothing(path.resolve(o.output), [
    // Bytes written in parts: a summary of 10,000 files lists them three times (canonical-json.ts).
    { name: SUMMARY_JSON, content: stableStringifyBytes(summary, 2, '\n') },
    { name: SUMMARY_MD, content: markdown },
    // The reports the gate computed itself travel with its summary (evidence for the bundle).
    ...[...builtinReports]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, r]) => ({
        name: `${BUILTIN_REPORT_PREFIX}${name}.json`,
        content: builtinReportText(r)
      }))
  ])) as [string, string]
  return {
    summary,
    markdown,
    summaryPath,
    markdownPath,
    maxRows,
    builtinReports: [...builtinReports.values()],
    policy
  }
}

/**
 * A built-in's subject without a commit (a folder that is not a git repository, or before its
 * first commit): git's null object id, so its report is valid and says it judged no commit.
 */
function orNullCommit(sha: string): string {
  return sha || '0'.repeat(40)
}

/** Read-log scope of the policy file. */
const POLICY_SCOPE = 'policy'

/** Read-log scope of one built-in check's reads. */
function builtinScope(name: string): string {
  return `builtin:${name}`
}

/** The bytes the gate writes for a built-in's report (`report-<name>.json`). */
export function builtinReportText(report: Report): string {
  return `${stableStringify(report)}\n`
}

/**
 * The summary's `inputs` from the run's read log (and each control's evidence gets the digests of
 * the files read for it): what `bundle create` copies and `bundle verify --replay` decides from.
 */
function gateInputs(
  o: GateOptions & { branch: string },
  controls: Policy['controls'],
  evidence: Map<string, Evidence>,
  log: ReadLog,
  reportsRel: string,
  reports: ReadonlyMap<string, Report>,
  use: ReadonlyMap<string, { usage?: FactUsage; sha: string; files?: string[]; other?: string[] }>
): GateInputs {
  const all = log.all()
  const policyRel = log.inScope(POLICY_SCOPE)[0]
  if (policyRel === undefined) throw new Error('the policy file was not noted as read')
  for (const c of controls) {
    const ev = evidence.get(c.id)
    if (ev === undefined) continue
    const src = sourceOf(c, o.reports)
    const scopes = [
      controlScope(c.id),
      ...(src.kind === 'builtin' ? [builtinScope(src.pattern)] : [])
    ]
    ev.inputs = log.inScope(...scopes).map((r) => ({ path: r.path, sha256: r.sha256 }))
  }
  const builtins: BuiltinInput[] = [...reports.keys()].sort(comparePaths).map((name) => {
    const u = use.get(name)
    const replay: BuiltinReplay = u?.usage && u.usage.other.size === 0 ? 'files' : 'report'
    return {
      name,
      replay,
      sha: u?.sha ?? '',
      report_sha256: sha256Hex(builtinReportText(reports.get(name) as Report)),
      files: u?.files ?? log.inScope(builtinScope(name)).map((r) => r.path),
      other_facts: u?.usage ? [...u.usage.other].sort(comparePaths) : (u?.other ?? [])
    }
  })
  return {
    policy: policyRel,
    reports: reportsRel,
    branch: o.branch,
    profile_override: o.profile ?? null,
    builtins,
    files: all,
    ...(log.refusals().length > 0 ? { unread: log.refusals() } : {})
  }
}

/**
 * The reports folder may be missing (no report yet), but what is there must be a folder inside
 * the workspace: a file, FIFO or link out of the workspace is a mistake named here, not an empty
 * folder.
 */
async function checkReportsFolder(ws: Workspace, reports: string): Promise<void> {
  const abs = await ws.confine(reports)
  if (abs === undefined)
    throw new ConfigurationError(
      `reports folder '${reports}' leads outside the workspace through a symbolic link; give a folder inside the repository`
    )
  let st
  try {
    st = await stat(abs)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return
    throw new ConfigurationError(`reports folder '${reports}' cannot be read (${code ?? 'error'})`)
  }
  if (!st.isDirectory()) throw new ConfigurationError(`reports folder '${reports}' is not a folder`)
}
