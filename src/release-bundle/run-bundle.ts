import type { LineagePulls } from '../github/lineage-pulls.js'
import { access, readdir, readFile } from 'node:fs/promises'
import { SUMMARY_JSON, SUMMARY_MD } from '../core/contracts.js'
import path from 'node:path'
import {
  comparePaths,
  runFromEnv,
  type BundleRun,
  type BundleSubject
} from '../core/bundle-manifest.js'
import { ConfigurationError } from '../core/errors.js'
import {
  buildLineage,
  checkLineage,
  parseNeeds,
  type DecisionFact,
  type LineageProblem,
  type ReportFact
} from '../core/lineage.js'
import { createBundle } from '../io/bundle-create.js'
import { readGitLineage } from '../io/git-lineage.js'
import { Workspace } from '../io/workspace.js'
import { parseBoundedJson } from '../parsers/json-error.js'
import { isRecord } from '../parsers/verdict.js'

export interface BundleRunOptions {
  workspace: string
  reports: string
  /** Folder holding executive-summary.json / .md (the gate's output), when there is one. */
  summaryDir?: string
  output: string
  subject: BundleSubject
  env: NodeJS.ProcessEnv
  needs: string
  requiredJobs: string[]
  releaseTag?: string
  signingKey?: string
  createdAt: number
  /** For pull requests through the API; without it, merge-commit subjects are used. */
  github?: { token: string; apiUrl: string; owner: string; repo: string }
}

export interface BundleRunResult {
  path: string
  bundleId: string
  digest: string
  signed: boolean
  lineageProblems: LineageProblem[]
  /** Files listed in the manifest. */
  files: number
  /** Files the decision read copied under evidence/ and builtins/; null: not replayable. */
  evidence: number | null
}

/** Lineage (git, API, needs, reports, decision) → bundle folder with manifest and signature. */
export async function runBundle(o: BundleRunOptions): Promise<BundleRunResult> {
  const needs = parseNeeds(o.needs)
  if (!needs.ok) throw new ConfigurationError(`Input 'needs': ${needs.reason}`)
  const ws = await Workspace.open(o.workspace)
  const git = await readGitLineage(ws.root, o.releaseTag ? { releaseTag: o.releaseTag } : {})
  let pulls: LineagePulls | undefined
  if (o.github) {
    const { createClient } = await import('../github/client.js')
    const { pullsForCommits } = await import('../github/lineage-pulls.js')
    pulls = await pullsForCommits(
      createClient(o.github.token, { baseUrl: o.github.apiUrl }),
      { owner: o.github.owner, repo: o.github.repo },
      git.commits
    )
  }
  const run: BundleRun = runFromEnv(o.env)
  const summaryFiles = o.summaryDir
    ? await existing([
        path.join(o.summaryDir, SUMMARY_JSON),
        path.join(o.summaryDir, SUMMARY_MD),
        // The incident records the gate wrote next to its summary travel with it (issue 18).
        ...(await incidentRecords(o.summaryDir))
      ])
    : []
  const decision = await readDecision(summaryFiles.find((f) => f.endsWith('.json')))
  const graph = buildLineage({
    previousTag: git.previousTag,
    commits: git.commits,
    pulls: pulls
      ? pulls.pulls
      : { unavailable: 'no token: pull requests taken from merge-commit subjects' },
    ...(git.head ? { headSha: git.head } : {}),
    run:
      run.id && run.attempt && run.url
        ? { id: Number(run.id), attempt: run.attempt, url: run.url, workflow: run.workflow ?? '' }
        : null,
    needs: needs.value,
    requiredJobs: o.requiredJobs,
    reports:
      (await reportFactsFromSummary(summaryFiles.find((f) => f.endsWith('.json')))) ??
      (await reportFacts(ws, o.reports)),
    decision,
    gaps: [...git.gaps, ...(pulls?.gaps ?? [])]
  })
  const problems = checkLineage(graph)
  const created = await createBundle({
    workspace: ws.root,
    reportsDir: o.reports,
    summaryFiles,
    lineage: { ...graph, problems },
    subject: o.subject,
    run,
    createdAt: o.createdAt,
    output: o.output,
    ...(o.signingKey ? { signingKey: o.signingKey } : {})
  })
  return {
    path: created.path,
    bundleId: created.bundleId,
    digest: created.digest,
    signed: created.signed,
    lineageProblems: problems,
    files: created.manifest.files.length,
    evidence: created.evidence
  }
}

/** `incident-<number>.json` files in the gate's output folder, sorted by number. */
async function incidentRecords(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir))
      .filter((n) => /^incident-[1-9][0-9]{0,9}\.json$/.test(n))
      .sort((a, b) => Number(a.slice(9, -5)) - Number(b.slice(9, -5)))
      .map((n) => path.join(dir, n))
  } catch {
    return []
  }
}

async function existing(files: string[]): Promise<string[]> {
  const out: string[] = []
  for (const f of files) {
    try {
      await access(f)
      out.push(f)
    } catch {
      /* not there: the bundle says so through the lineage's missing decision */
    }
  }
  return out
}

async function readDecision(file: string | undefined): Promise<DecisionFact | null> {
  if (!file) return null
  try {
    const s = JSON.parse(await readFile(file, 'utf8')) as { decision?: unknown; status?: unknown }
    return typeof s.decision === 'string' && typeof s.status === 'string'
      ? { decision: s.decision, status: s.status }
      : null
  } catch {
    return null
  }
}

/**
 * The reports of the lineage as the gate judged them: each report-kind source file of each control
 * with the control's status, and the unclaimed reports; read from the summary, so no report is
 * read and parsed again (10,000 reports or 1 GiB of them cost nothing here). Undefined when there
 * is no summary, it is not what gonogo gate writes, or it records no inputs (then the reports
 * folder is read as before).
 */
async function reportFactsFromSummary(file: string | undefined): Promise<ReportFact[] | undefined> {
  if (!file) return undefined
  let parsed
  try {
    parsed = parseBoundedJson(await readFile(file, 'utf8'))
  } catch {
    return undefined
  }
  if (!parsed.ok || !isRecord(parsed.value)) return undefined
  const s = parsed.value
  if (s.inputs === undefined || !Array.isArray(s.controls)) return undefined
  const out: ReportFact[] = []
  for (const c of s.controls as unknown[]) {
    // An edited summary: an entry not shaped as the gate writes it is not a report fact.
    if (!isRecord(c) || typeof c.id !== 'string' || typeof c.status !== 'string') continue
    const ev = c.evidence
    if (!isRecord(ev) || ev.kind !== 'report' || !Array.isArray(ev.files)) continue
    for (const f of ev.files as unknown[])
      if (typeof f === 'string') out.push({ path: f, control: c.id, status: c.status })
  }
  for (const f of Array.isArray(s.unclaimed_reports) ? (s.unclaimed_reports as unknown[]) : [])
    if (typeof f === 'string')
      out.push({ path: f, control: path.basename(f, '.json'), status: 'unclaimed' })
  return out.sort((a, b) => comparePaths(a.path, b.path))
}

/** Reports larger than this (1 MiB; a status report is a few KiB, larger JSON is data such as SARIF) are listed in the lineage without their status, not parsed. */
const LINEAGE_REPORT_BYTES = 1024 * 1024

/** The gonogo reports in the reports folder (control and status), for the lineage. */
async function reportFacts(ws: Workspace, reports: string): Promise<ReportFact[]> {
  const out: ReportFact[] = []
  const { files } = await ws
    .glob(`${reports.replace(/\/+$/, '')}/**/*.json`, 10_000)
    .catch(() => ({ files: [] as string[] }))
  for (const f of files) {
    // Only a report's control and status go into the lineage: a large one (a SARIF-sized JSON)
    // is listed without being parsed again; the gate's summary, when bundled, has its status.
    const r = await ws.readText(f, LINEAGE_REPORT_BYTES)
    if (!r.ok) {
      if (r.reason === 'too-large')
        out.push({ path: f, control: path.basename(f, '.json'), status: 'unknown' })
      continue
    }
    try {
      const d = JSON.parse(r.text) as { control?: unknown; status?: unknown; slo_status?: unknown }
      const status =
        typeof d.status === 'string'
          ? d.status
          : typeof d.slo_status === 'string'
            ? d.slo_status
            : 'unknown'
      out.push({
        path: f,
        control: typeof d.control === 'string' ? d.control : path.basename(f, '.json'),
        status
      })
    } catch {
      out.push({ path: f, control: path.basename(f, '.json'), status: 'invalid' })
    }
  }
  return out
}
