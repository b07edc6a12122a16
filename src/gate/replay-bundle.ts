import { mkdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { BUILTINS_DIR, EVIDENCE_DIR, type BundleManifest } from '../core/bundle-manifest.js'
import { SUMMARY_JSON, SUMMARY_MD } from '../core/contracts.js'
import type { GateInputs } from '../core/decision.js'
import { errorMessage } from '../core/errors.js'
import type { Report } from '../core/report.js'
import {
  bundleContentDifferences,
  MAX_DIFFERENCES,
  replayDifferences,
  type ReplayDifference
} from '../core/replay-diff.js'
import { runGate } from './run-gate.js'
import type { ReadRefusal } from '../io/read-log.js'
import { parseBoundedJson } from '../parsers/json-error.js'
import { isRecord } from '../parsers/verdict.js'
import { sha256Hex } from '../io/bundle-copy.js'
import { bundledBuiltinReport, bundledEvidence, summaryInputs } from '../io/bundle-evidence.js'
import { MAX_KEPT_TOTAL_BYTES, verifyBundle, type BundleProblem } from '../io/bundle-verify.js'
import { formatBytes } from '../io/workspace.js'

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
  /**
   * True when the bundle verified but its summary records no inputs: it was made by a gonogo
   * before bundles could be replayed (the one problem then says to rebuild it).
   */
  unreplayable?: boolean
  /**
   * The server the bundled executive-summary.md links files to (`https://github.example.com`),
   * when it is not https://github.com: the gate took it from GITHUB_SERVER_URL, which the summary
   * does not record, so the replay shows it for a person to judge.
   */
  linkServer?: string
}

/** Largest evidence file replayed from a zip (held in memory while it is extracted). */
const MAX_ZIP_FILE_BYTES = 16 * 1024 * 1024
/** Largest executive summary replayed (a gate over 100,000 reports writes about 40 MB). */
const MAX_SUMMARY_BYTES = 256 * 1024 * 1024

/**
 * Verifies a bundle (folder or zip) and decides again from it alone (issue 16): the gate runs on
 * the bundle's own policy and `evidence/` files, at the effective time, subject, branch and
 * profile override its executive summary records, with no network, no clock and no command; a
 * built-in check that read only files is run again on the bundled copies, one that read git,
 * ran commands or called the API is judged from the report it wrote (`builtins/`). The summary
 * the replay writes must equal the bundled `executive-summary.json` byte for byte, and the
 * Markdown it writes the bundled `executive-summary.md`.
 *
 * Before deciding, the verified manifest is held against the summary's `inputs`
 * (core/replay-diff.ts bundleContentDifferences): an evidence file or built-in report whose
 * digest is not the one the gate recorded, a file in `evidence/` or `builtins/` the gate did not
 * read, or a `reports/` copy unlike the evidence copy is a difference even when the manifest was
 * rewritten to match.
 *
 * Never throws for a bad bundle: a manifest problem, a missing or malformed summary, a bundle made
 * before gonogo recorded its inputs, or a policy the replay cannot load is a problem or a
 * difference naming the file and what to do.
 */
export async function replayBundle(
  target: string,
  opts: {
    signingKey?: string
    /** Most bytes of a zip's evidence held at once (default MAX_KEPT_TOTAL_BYTES, 256 MiB). */
    keepTotal?: number
  } = {}
): Promise<ReplayResult> {
  const base = { differences: [], fromReports: [], rerun: [], controls: 0 }
  // A zip is read once: the pass that verifies it keeps the summary and every evidence file and
  // built-in report (what the replay extracts); a folder's files are read where they are.
  let isZip = false
  try {
    isZip = !(await stat(target)).isDirectory()
  } catch {
    // verifyBundle says what is wrong with the path.
  }
  const first = await verifyBundle(target, {
    ...(opts.signingKey !== undefined ? { signingKey: opts.signingKey } : {}),
    ...(opts.keepTotal !== undefined ? { keepTotal: opts.keepTotal } : {}),
    keep: isZip
      ? (p) =>
          p === SUMMARY_JSON ||
          p === SUMMARY_MD ||
          p.startsWith(`${EVIDENCE_DIR}/`) ||
          p.startsWith(`${BUILTINS_DIR}/`)
      : [SUMMARY_JSON, SUMMARY_MD]
  })
  if (!first.ok || first.manifest === undefined)
    return { ok: false, problems: first.problems, ...base }
  const manifest = first.manifest
  const ids = {
    bundleId: manifest.bundle_id,
    ...(first.digest ? { digest: first.digest } : {})
  }
  const fail = (message: string, file = SUMMARY_JSON): ReplayResult => ({
    ok: false,
    problems: [{ file, message }],
    ...base,
    ...ids
  })
  // Past its budget, the pass may have kept evidence and not the summaries (manifest order): only
  // then does one more pass keep just those two.
  let summaries = first.kept
  const listed = new Set(manifest.files.map((f) => f.path))
  if (
    first.keptPartly &&
    [SUMMARY_JSON, SUMMARY_MD].some((p) => listed.has(p) && !first.kept.has(p))
  ) {
    const small = await verifyBundle(target, {
      ...(opts.signingKey !== undefined ? { signingKey: opts.signingKey } : {}),
      keep: [SUMMARY_JSON, SUMMARY_MD]
    })
    if (!small.ok) return { ok: false, problems: small.problems, ...base, ...ids }
    summaries = small.kept
  }
  const read = await keptOrRead(target, isZip, manifest, summaries, SUMMARY_JSON)
  if (typeof read === 'string') return fail(read)
  const bundledBytes = read
  const parsed = parseBoundedJson(bundledBytes.toString('utf8'))
  if (!parsed.ok) return fail(parsed.message)
  const summary = parsed.value as Record<string, unknown>
  const inputs = summaryInputs(summary)
  if (inputs === undefined)
    return {
      ...fail(
        'records no inputs: the bundle was made by a gonogo before bundles could be replayed; rebuild it (gonogo gate, then gonogo bundle create --summary)'
      ),
      unreplayable: true
    }
  if ('problem' in inputs) return fail(inputs.problem)
  const effectiveTime =
    typeof summary.effective_time === 'string' ? Date.parse(summary.effective_time) : NaN
  if (!Number.isFinite(effectiveTime))
    return fail(
      '`effective_time` is not an RFC 3339 time; this is not what gonogo gate writes (was the summary edited?)'
    )
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
  // The manifest was verified against the bytes: what it lists must be what the gate read.
  const content = bundleContentDifferences(summary, inputs, manifest.files)
  const markdown = listed.has(SUMMARY_MD)
    ? await keptOrRead(target, isZip, manifest, summaries, SUMMARY_MD)
    : undefined
  if (typeof markdown === 'string') return fail(markdown, SUMMARY_MD)

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'gonogo-replay-'))
  try {
    let root = target
    if (isZip) {
      // A zip: its evidence, verified and kept by the pass above, is written to the scratch folder.
      // When what it kept ran past its budget (files the summary does not name count too), a
      // second pass keeps only what the summary names, within the same budget.
      root = path.join(scratch, 'bundle')
      let kept = first.kept
      if (first.keptPartly) {
        first.kept.clear() // what the first pass kept goes before the second keeps its share
        const again = await verifyBundle(target, {
          ...(opts.signingKey !== undefined ? { signingKey: opts.signingKey } : {}),
          ...(opts.keepTotal !== undefined ? { keepTotal: opts.keepTotal } : {}),
          keep: needed
        })
        if (!again.ok) return { ok: false, problems: again.problems, ...base, ...ids }
        if (again.keptPartly)
          return fail(
            `the evidence the summary names is more than ${formatBytes(opts.keepTotal ?? MAX_KEPT_TOTAL_BYTES)} in all: unzip the bundle and replay the folder`
          )
        kept = again.kept
      }
      // Written with synchronous calls (each file is in memory already), each folder made once.
      const made = new Set<string>()
      for (const p of needed) {
        const data = kept.get(p)
        if (data === undefined)
          return fail(
            `larger than ${MAX_ZIP_FILE_BYTES / 1024 / 1024} MiB: unzip the bundle and replay the folder`,
            p
          )
        const dest = path.join(root, ...p.split('/'))
        const dir = path.dirname(dest)
        if (!made.has(dir)) {
          mkdirSync(dir, { recursive: true })
          made.add(dir)
        }
        writeFileSync(dest, data, { flag: 'wx' })
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
      if (!isRecord(r.value))
        return fail(
          'is not a JSON object (a gonogo.report/v1 report)',
          bundledBuiltinReport(b.name)
        )
      reports.set(b.name, {
        report: r.value as unknown as Report,
        sha: b.sha,
        files: b.files,
        other: b.other_facts
      })
    }
    const replayed = await decideAgain({
      root,
      scratch,
      summary,
      inputs,
      effectiveTime,
      reports,
      bundledBytes,
      markdown,
      ids
    })
    return withContent(replayed, content)
  } catch (e) {
    return fail(`the replay could not run (${errorMessage(e)})`)
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/**
 * A summary file's verified bytes: kept by verifyBundle, or (larger than it keeps, in a folder)
 * read again and held against the manifest's digest. A message when it cannot be had.
 */
async function keptOrRead(
  target: string,
  isZip: boolean,
  manifest: BundleManifest,
  kept: ReadonlyMap<string, Buffer>,
  name: string
): Promise<Buffer | string> {
  const bytes = kept.get(name)
  if (bytes !== undefined) return bytes
  const entry = manifest.files.find((f) => f.path === name)
  if (entry === undefined)
    return name === SUMMARY_JSON
      ? "not in the bundle: bundle the gate's output folder (gonogo bundle create --summary DIR) to make it replayable"
      : 'not in the bundle'
  if (entry.size > MAX_SUMMARY_BYTES)
    return `${entry.size} bytes: larger than the ${MAX_SUMMARY_BYTES / 1024 / 1024} MiB a replay reads`
  if (isZip)
    return `${entry.size} bytes: larger than the ${MAX_ZIP_FILE_BYTES / 1024 / 1024} MiB a replay reads from a zip; unzip the bundle and replay the folder`
  let data: Buffer
  try {
    data = await readFile(path.join(target, name))
  } catch (e) {
    return `cannot be read (${errorMessage(e)})`
  }
  const sha = sha256Hex(data)
  if (data.length !== entry.size || sha !== entry.sha256)
    return `changed while the bundle was replayed (${data.length} bytes with SHA-256 ${sha}, the manifest says ${entry.size} bytes with ${entry.sha256})`
  return data
}

/**
 * The replay's result with the bundle's content differences first; a replay difference about a
 * file or built-in report already named there is left out (one fault, one line).
 */
function withContent(r: ReplayResult, content: ReplayDifference[]): ReplayResult {
  if (content.length === 0) return r
  const named = content.map((d) => d.message.slice(0, d.message.indexOf(': ')))
  const covered = (d: ReplayDifference): boolean =>
    d.control === undefined &&
    named.some((p) => {
      const evidence = `${EVIDENCE_DIR}/`
      if (p.startsWith(evidence)) return d.message.startsWith(`${p.slice(evidence.length)}: `)
      const m = /^builtins\/report-(.+)\.json$/.exec(p)
      return m !== null && d.message.startsWith(`built-in ${m[1]}: `)
    })
  return {
    ...r,
    ok: false,
    differences: [...content, ...r.differences.filter((d) => !covered(d))].slice(0, MAX_DIFFERENCES)
  }
}

/**
 * The first `](https://…/<repository>/blob/<sha>` link prefix of the bundled Markdown: the
 * `blobBase` the gate rendered file links with (the action passes one; the CLI none).
 */
function linkBase(
  markdown: Buffer | undefined,
  subject: Record<string, unknown>
): string | undefined {
  if (markdown === undefined) return undefined
  const repo = typeof subject.repository === 'string' ? subject.repository : ''
  const sha = typeof subject.sha === 'string' ? subject.sha : ''
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^[0-9a-f]{40,64}$/.test(sha)) return undefined
  const text = markdown.toString('utf8')
  const marker = `/${repo}/blob/${sha}/`
  const at = text.indexOf(marker)
  if (at < 0) return undefined
  const open = text.lastIndexOf('](', at)
  if (open < 0) return undefined
  const server = text.slice(open + 2, at)
  return /^https:\/\/[A-Za-z0-9.-]+(:[0-9]+)?(\/[\w.~-]+)*$/.test(server)
    ? `${server}${marker.slice(0, -1)}`
    : undefined
}

async function decideAgain(o: {
  root: string
  scratch: string
  summary: Record<string, unknown>
  inputs: GateInputs
  effectiveTime: number
  reports: Map<string, { report: Report; sha: string; files: string[]; other: string[] }>
  bundledBytes: Buffer
  markdown: Buffer | undefined
  ids: { bundleId: string; digest?: string }
}): Promise<ReplayResult> {
  const { summary, inputs } = o
  const subject =
    typeof summary.subject === 'object' && summary.subject !== null
      ? (summary.subject as Record<string, unknown>)
      : {}
  const text = (v: unknown): string => (typeof v === 'string' ? v : '')
  const out = path.join(o.scratch, 'out')
  const decision = text(summary.decision)
  const fromReports = [...o.reports.keys()].sort()
  const rerun = inputs.builtins
    .filter((b) => b.replay === 'files')
    .map((b) => b.name)
    .sort()
  const blobBase = linkBase(o.markdown, subject)
  const server = blobBase?.slice(0, blobBase.indexOf(`/${text(subject.repository)}/blob/`))
  const common = {
    problems: [],
    fromReports,
    rerun,
    decision,
    ...o.ids,
    ...(server !== undefined && server !== 'https://github.com' ? { linkServer: server } : {})
  }
  try {
    await runGate({
      workspace: path.join(o.root, EVIDENCE_DIR),
      config: inputs.policy.path,
      reports: inputs.reports,
      output: out,
      effectiveTime: o.effectiveTime,
      sha: text(subject.sha),
      repository: text(subject.repository),
      ref: text(subject.ref),
      event: text(subject.event),
      branch: inputs.branch,
      ...(inputs.profile_override !== null ? { profile: inputs.profile_override } : {}),
      ...(blobBase !== undefined ? { blobBase } : {}),
      replay: {
        reports: o.reports,
        shas: new Map(inputs.builtins.map((b) => [b.name, b.sha])),
        refusals: new Map(
          (inputs.unread ?? []).map((u) => [
            u.path,
            { path: u.path, reason: u.reason as ReadRefusal['reason'], message: u.message }
          ])
        )
      },
      log: () => undefined
    })
  } catch (e) {
    return {
      ok: false,
      // One difference a line: a policy with several errors names each on a line of its own.
      differences: errorMessage(e)
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => ({ message: `the gate refused to decide again: ${line}` })),
      controls: 0,
      ...common
    }
  }
  const replayed = await readFile(path.join(out, SUMMARY_JSON))
  const controls = Array.isArray(summary.controls) ? summary.controls.length : 0
  const differences: ReplayDifference[] = []
  if (!replayed.equals(o.bundledBytes)) {
    const again = parseBoundedJson(replayed.toString('utf8'))
    differences.push(...replayDifferences(summary, again.ok ? again.value : undefined))
  }
  // The Markdown renders the summary: when the summaries differ, so does it (said once, above).
  if (o.markdown !== undefined && differences.length === 0) {
    const md = await readFile(path.join(out, SUMMARY_MD))
    if (!md.equals(o.markdown)) differences.push({ message: markdownDifference(o.markdown, md) })
  }
  return { ok: differences.length === 0, differences, controls, ...common }
}

/** Where the bundled Markdown first departs from what the gate writes for the decision. */
function markdownDifference(bundled: Buffer, replayed: Buffer): string {
  const a = bundled.toString('utf8').split('\n')
  const b = replayed.toString('utf8').split('\n')
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  const show = (line: string | undefined): string =>
    line === undefined ? 'the end of the file' : JSON.stringify(line.slice(0, 120))
  return `${SUMMARY_MD}: is not what gonogo gate writes for this decision (line ${i + 1}: the bundle has ${show(a[i])}, the replay writes ${show(b[i])}); a person reading it would not read the decision the bundle records`
}
