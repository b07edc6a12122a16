import { mkdtemp, readFile, rm, writeFile, mkdir, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { BUILTINS_DIR, EVIDENCE_DIR } from '../core/bundle-manifest.js'
import { SUMMARY_JSON } from '../core/contracts.js'
import type { GateInputs } from '../core/decision.js'
import { ConfigurationError, errorMessage } from '../core/errors.js'
import type { Report } from '../core/report.js'
import { replayDifferences, type ReplayDifference } from '../core/replay-diff.js'
import { runGate } from './run-gate.js'
import { parseBoundedJson } from '../parsers/json-error.js'
import { bundledBuiltinReport, bundledEvidence, summaryInputs } from '../io/bundle-evidence.js'
import { verifyBundle, type BundleProblem } from '../io/bundle-verify.js'

export interface ReplayResult {
  /** True when the bundle verified and the replayed summary equals the bundled one byte for byte. */
  ok: boolean
  /** The manifest's problems (the bundle did not verify); replay was not attempted. */
  problems: BundleProblem[]
  /** How the replayed decision differs; empty when it is the same. */
  differences: ReplayDifference[]
  /** The decision the bundle records (when it could be read). */
  decision?: string
  bundleId?: string
  digest?: string
  /** Built-in checks replayed from the reports they wrote (their facts are not files), sorted. */
  fromReports: string[]
  /** Built-in checks run again on the bundled files, sorted. */
  rerun: string[]
  controls: number
}

/** Largest evidence file replayed from a zip (held in memory while it is extracted). */
const MAX_ZIP_FILE_BYTES = 16 * 1024 * 1024

/**
 * Verifies a bundle (folder or zip) and decides again from it alone (issue 16): the gate runs on
 * the bundle's own policy and `evidence/` files, at the effective time, subject, branch and
 * profile override its executive summary records, with no network, no clock and no command; a
 * built-in check that read only files is run again on the bundled copies, one that read git,
 * ran commands or called the API is judged from the report it wrote (`builtins/`). The summary
 * the replay writes must equal the bundled `executive-summary.json` byte for byte.
 *
 * Never throws for a bad bundle: a manifest problem, a missing or malformed summary, a bundle made
 * before gonogo recorded its inputs, or a policy the replay cannot load is a problem or a
 * difference naming the file and what to do.
 */
export async function replayBundle(
  target: string,
  opts: { signingKey?: string } = {}
): Promise<ReplayResult> {
  const base = { differences: [], fromReports: [], rerun: [], controls: 0 }
  const first = await verifyBundle(target, {
    ...(opts.signingKey !== undefined ? { signingKey: opts.signingKey } : {}),
    keep: [SUMMARY_JSON]
  })
  if (!first.ok || first.manifest === undefined)
    return { ok: false, problems: first.problems, ...base }
  const ids = {
    bundleId: first.manifest.bundle_id,
    ...(first.digest ? { digest: first.digest } : {})
  }
  const fail = (message: string, file = SUMMARY_JSON): ReplayResult => ({
    ok: false,
    problems: [{ file, message }],
    ...base,
    ...ids
  })
  const bundledBytes = first.kept.get(SUMMARY_JSON)
  if (bundledBytes === undefined)
    return fail(
      "not in the bundle: bundle the gate's output folder (gonogo bundle create --summary DIR) to make it replayable"
    )
  const parsed = parseBoundedJson(bundledBytes.toString('utf8'))
  if (!parsed.ok) return fail(parsed.message)
  const summary = parsed.value as Record<string, unknown>
  const inputs = summaryInputs(summary)
  if (inputs === undefined)
    return fail(
      'records no inputs: the bundle was made by a gonogo before bundles could be replayed; rebuild it (gonogo gate, then gonogo bundle create --summary)'
    )
  if ('problem' in inputs) return fail(inputs.problem)
  const listed = new Set(first.manifest.files.map((f) => f.path))
  const needed = [
    ...inputs.files.map((f) => bundledEvidence(f.path)),
    ...inputs.builtins.map((b) => bundledBuiltinReport(b.name))
  ]
  const absent = needed.filter((p) => !listed.has(p))
  if (absent.length > 0)
    return fail(
      `${absent.length} file${absent.length === 1 ? '' : 's'} the summary records ${absent.length === 1 ? 'is' : 'are'} not in the bundle (${absent.slice(0, 3).join(', ')}${absent.length > 3 ? ', …' : ''}); rebuild the bundle from the gate's output`,
      absent[0]
    )

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'gonogo-replay-'))
  try {
    let root = target
    if (!(await stat(target)).isDirectory()) {
      // A zip: its evidence is extracted (verified again) into the scratch folder.
      root = path.join(scratch, 'bundle')
      const again = await verifyBundle(target, {
        ...(opts.signingKey !== undefined ? { signingKey: opts.signingKey } : {}),
        keep: needed
      })
      if (!again.ok) return { ok: false, problems: again.problems, ...base, ...ids }
      for (const p of needed) {
        const data = again.kept.get(p)
        if (data === undefined)
          return fail(
            `larger than ${MAX_ZIP_FILE_BYTES / 1024 / 1024} MiB: unzip the bundle and replay the folder`,
            p
          )
        const dest = path.join(root, ...p.split('/'))
        await mkdir(path.dirname(dest), { recursive: true })
        await writeFile(dest, data, { flag: 'wx' })
      }
    }
    const reports = new Map<
      string,
      { report: Report; sha: string; files: string[]; other: string[] }
    >()
    for (const b of inputs.builtins) {
      if (b.replay !== 'report') continue
      const file = path.join(root, BUILTINS_DIR, `report-${b.name}.json`)
      const r = parseBoundedJson(await readFile(file, 'utf8'))
      if (!r.ok) return fail(r.message, bundledBuiltinReport(b.name))
      reports.set(b.name, {
        report: r.value as Report,
        sha: b.sha,
        files: b.files,
        other: b.other_facts
      })
    }
    return await decideAgain(root, scratch, summary, inputs, reports, bundledBytes, ids)
  } catch (e) {
    return fail(`the replay could not run (${errorMessage(e)})`)
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

async function decideAgain(
  root: string,
  scratch: string,
  summary: Record<string, unknown>,
  inputs: GateInputs,
  reports: Map<string, { report: Report; sha: string; files: string[]; other: string[] }>,
  bundledBytes: Buffer,
  ids: { bundleId: string; digest?: string }
): Promise<ReplayResult> {
  const subject = (summary.subject ?? {}) as Record<string, unknown>
  const text = (v: unknown): string => (typeof v === 'string' ? v : '')
  const effectiveTime = Date.parse(text(summary.effective_time))
  const out = path.join(scratch, 'out')
  const decision = text(summary.decision)
  const fromReports = [...reports.keys()].sort()
  const rerun = inputs.builtins
    .filter((b) => b.replay === 'files')
    .map((b) => b.name)
    .sort()
  const common = { problems: [], fromReports, rerun, decision, ...ids }
  if (!Number.isFinite(effectiveTime))
    throw new ConfigurationError('executive-summary.json: effective_time is not a time')
  try {
    await runGate({
      workspace: path.join(root, EVIDENCE_DIR),
      config: inputs.policy.path,
      reports: inputs.reports,
      output: out,
      effectiveTime,
      sha: text(subject.sha),
      repository: text(subject.repository),
      ref: text(subject.ref),
      event: text(subject.event),
      branch: inputs.branch,
      ...(inputs.profile_override !== null ? { profile: inputs.profile_override } : {}),
      replay: {
        reports,
        shas: new Map(inputs.builtins.map((b) => [b.name, b.sha]))
      },
      log: () => undefined
    })
  } catch (e) {
    return {
      ok: false,
      differences: [{ message: `the gate refused to decide again: ${errorMessage(e)}` }],
      controls: 0,
      ...common
    }
  }
  const replayed = await readFile(path.join(out, SUMMARY_JSON))
  const controls = Array.isArray(summary.controls) ? summary.controls.length : 0
  if (replayed.equals(bundledBytes)) return { ok: true, differences: [], controls, ...common }
  const again = parseBoundedJson(replayed.toString('utf8'))
  return {
    ok: false,
    differences: replayDifferences(summary, again.ok ? again.value : undefined),
    controls,
    ...common
  }
}
