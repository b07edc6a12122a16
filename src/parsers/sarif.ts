import { keepFindings, type Finding } from '../core/evidence.js'
import { MAX_JSON_DEPTH } from './json-error.js'
import { explain, type Explanation } from './sarif-explain.js'
import { readOverrides } from './sarif-overrides.js'
import { judgeResult, type RunContext } from './sarif-result.js'
import {
  at,
  describe,
  isObject,
  objectAt,
  optionalArray,
  own,
  SarifShapeError,
  type JsonObject
} from './sarif-shape.js'
import { errorNotifications } from './sarif-notifications.js'
import { readTool } from './sarif-tool.js'
import {
  invalid,
  parseJson,
  REPORT_SHA_PATTERN,
  sameCommit,
  stale,
  type FileVerdict,
  type ParseContext
} from './verdict.js'

/** Counts a SARIF file contributes to the control's summary. */
interface Counts {
  runs: number
  results: number
  error: number
  warning: number
  note: number
  none: number
  suppressed: number
}

/**
 * Reads a SARIF 2.1.0 log (OASIS SARIF 2.1.0, errata 01) and says whether it holds an error.
 *
 * Input: the file's text (a leading U+FEFF byte order mark is skipped) and where it came from.
 * Output, never thrown:
 * - `passed`: every run completed and no counted result is at level `error`;
 * - `failed`: a counted result is at level `error` (finding per error, with file, line and
 *   column), or a run has no results (absent or `null`: the analysis did not run or did not
 *   finish, §3.14.23), or an invocation says `executionSuccessful: false` (§3.20.14) or holds
 *   a tool execution or configuration notification at level `error` (§3.20.21, §3.20.22,
 *   §3.58.6, its level found as a result's is; sarif-notifications.ts; Appendix I: its results
 *   "cannot be assumed to be complete"), or the log has no runs;
 * - `stale`: a run's `versionControlProvenance[].revisionId` (§3.14.12, §3.23.5) names another
 *   commit than `ctx.sha`;
 * - `invalid`: not JSON, not a JSON object, `version` other than `2.1.0`, or a value the reader
 *   depends on has a shape SARIF does not allow; the message names the file and the JSON path,
 *   e.g. `runs[0].invocations[1].ruleConfigurationOverrides[0].descriptor.index`.
 * Several runs: invalid, then stale, then failed wins. Arrays and objects nested deeper than
 * MAX_JSON_DEPTH (256; a SARIF log nests about 12) are refused before parsing.
 *
 * A result's level is its own, else `none` for a `kind` other than `fail` (§3.27.9), else the
 * run's `ruleConfigurationOverrides` for its rule (§3.20.5, §3.51), else its rule's
 * `defaultConfiguration.level` in the driver or the extension `rule.toolComponent` names
 * (§3.49.14, §3.52.3, §3.54.2), else `warning` (§3.27.10). Suppressed results (§3.27.23: each
 * suppression accepted or without status) and results with `baselineState: absent` (§3.27.24)
 * are not counted. The message says when an override raised a rule to error or lowered it from
 * error, naming the override's path.
 */
export function readSarif(text: string, ctx: ParseContext): FileVerdict {
  try {
    return read(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, ctx)
  } catch (e) {
    if (e instanceof SarifShapeError) return invalid(ctx.file, e.message)
    // Not expected: a shape the checks above missed. Fail closed with a readable message.
    const why = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0] ?? ''}` : describe(e)
    return invalid(
      ctx.file,
      `could not be read as SARIF (${why.slice(0, 200)}); please report this as a gonogo bug`
    )
  }
}

function read(text: string, ctx: ParseContext): FileVerdict {
  const parsed = parseJson(text, ctx.file, MAX_JSON_DEPTH)
  if (!parsed.ok) return parsed.verdict
  const doc = parsed.value
  if (!isObject(doc)) return invalid(ctx.file, 'SARIF must be a JSON object')
  const version = own(doc, 'version')
  if (version !== '2.1.0') {
    return invalid(
      ctx.file,
      version === undefined
        ? `no 'version': not a SARIF log (SARIF 2.1.0 §3.13.2 requires "version": "2.1.0")`
        : `SARIF version ${describe(version)} is not supported; expected "2.1.0"`
    )
  }
  const runs = own(doc, 'runs')
  if (!Array.isArray(runs)) return invalid(ctx.file, "'runs' must be an array")
  if (runs.length === 0) {
    return {
      status: 'failed',
      message: `${ctx.file}: no runs: the analysis did not run`,
      findings: [],
      summary: { runs: 0 }
    }
  }
  const counts: Counts = {
    runs: runs.length,
    results: 0,
    error: 0,
    warning: 0,
    note: 0,
    none: 0,
    suppressed: 0
  }
  const findings: Finding[] = []
  const explanations = { raised: new Set<string>(), lowered: new Set<string>() }
  const incomplete: string[] = []
  let staleRevision: string | undefined
  for (let ri = 0; ri < runs.length; ri++) {
    const runPath = at('runs', ri)
    const run = objectAt(runs, ri, 'runs')
    const revision = runRevision(run)
    if (ctx.sha && revision && !sameCommit(revision, ctx.sha)) staleRevision ??= revision
    const tool = readTool(run, runPath)
    const invocationsPath = at(runPath, 'invocations')
    const invocationList = optionalArray(run, 'invocations', runPath) ?? []
    const invocations = invocationList.map((_, i) => objectAt(invocationList, i, invocationsPath))
    const context: RunContext = {
      tool,
      overrides: readOverrides(invocations, invocationsPath, tool),
      invocationCount: invocations.length
    }
    // §3.14.23: absent and null results both mean the tool did not run or did not finish.
    const results = own(run, 'results')
    if (results === undefined || results === null) {
      incomplete.push(`${runPath} has no results: the analysis did not complete`)
    } else if (!Array.isArray(results)) {
      throw new SarifShapeError(at(runPath, 'results'), 'must be an array')
    }
    invocations.forEach((inv, i) => {
      const ok = own(inv, 'executionSuccessful')
      if (ok !== undefined && typeof ok !== 'boolean') {
        throw new SarifShapeError(
          at(at(invocationsPath, i), 'executionSuccessful'),
          'must be true or false'
        )
      }
      if (ok === false) {
        incomplete.push(
          `${runPath} reports an unsuccessful tool execution (executionSuccessful: false)`
        )
      }
      const notes = errorNotifications(inv, at(invocationsPath, i), run, runPath)
      if (notes.count > 0) {
        const more = notes.count - notes.named.length
        incomplete.push(
          `${notes.named.join('; ')}${more > 0 ? `; and ${more} more error notification${more === 1 ? '' : 's'}` : ''}; the tool's results cannot be assumed complete (SARIF 2.1.0 Appendix I)`
        )
      }
    })
    const list: readonly unknown[] = Array.isArray(results) ? results : []
    const resultsPath = at(runPath, 'results')
    for (let i = 0; i < list.length; i++) {
      const path = at(resultsPath, i)
      const r = objectAt(list, i, resultsPath)
      const v = judgeResult(r, path, context)
      if (v.suppressed || v.absent) {
        counts.suppressed++
        continue
      }
      counts.results++
      counts[v.level]++
      const why = explain(v)
      if (why) explanations[why.kind].add(why.text)
      if (v.level === 'error') findings.push(toFinding(r, i, v.ruleId, ctx.root))
    }
  }
  if (staleRevision !== undefined && ctx.sha) return stale(ctx.file, staleRevision, ctx.sha)
  const kept = keepFindings(findings)
  const omitted = kept.omitted > 0 ? { findingsOmitted: kept.omitted } : {}
  if (incomplete.length > 0) {
    return {
      status: 'failed',
      message: `${ctx.file}: ${[...new Set(incomplete)].join('; ')}`,
      findings: kept.findings,
      ...omitted,
      summary: { ...counts }
    }
  }
  return {
    status: counts.error > 0 ? 'failed' : 'passed',
    message: `${ctx.file}: ${summarise(counts, explanations)}`,
    findings: kept.findings,
    ...omitted,
    summary: { ...counts }
  }
}

/** "2 errors (rule X raised to error by P), 1 warnings, 0 notes in 1 runs (1 suppressed; …)". */
function summarise(
  c: Counts,
  explanations: Record<Explanation['kind'], ReadonlySet<string>>
): string {
  const raised = distinct(explanations.raised)
  const lowered = distinct(explanations.lowered)
  const tail = [...(c.suppressed ? [`${c.suppressed} suppressed`] : []), ...lowered]
  return (
    `${c.error} errors${raised.length ? ` (${raised.join('; ')})` : ''}, ${c.warning} warnings, ` +
    `${c.note} notes in ${c.runs} runs${tail.length ? ` (${tail.join('; ')})` : ''}`
  )
}

/** Texts in first-seen order, at most three and a count of the rest. */
function distinct(texts: ReadonlySet<string>): string[] {
  const unique = [...texts]
  return unique.length <= 3 ? unique : [...unique.slice(0, 3), `${unique.length - 3} more`]
}

function runRevision(run: JsonObject): string | undefined {
  const vcp = own(run, 'versionControlProvenance')
  if (!Array.isArray(vcp)) return undefined
  for (const v of vcp as unknown[]) {
    const id = isObject(v) ? own(v, 'revisionId') : undefined
    if (typeof id === 'string' && REPORT_SHA_PATTERN.test(id)) return id
  }
  return undefined
}

function toFinding(
  r: JsonObject,
  index: number,
  ruleId: string | undefined,
  root: string | undefined
): Finding {
  const message = own(r, 'message')
  const text = isObject(message) ? own(message, 'text') : undefined
  const f: Finding = {
    id: ruleId ?? `result ${index}`,
    status: 'failed',
    message: typeof text === 'string' ? (text.split('\n')[0]?.slice(0, 500) ?? '') : ''
  }
  const locations = own(r, 'locations')
  const loc = Array.isArray(locations) && isObject(locations[0]) ? locations[0] : undefined
  const phys = loc ? own(loc, 'physicalLocation') : undefined
  const art = isObject(phys) ? own(phys, 'artifactLocation') : undefined
  const region = isObject(phys) ? own(phys, 'region') : undefined
  const uri = isObject(art) ? own(art, 'uri') : undefined
  if (typeof uri === 'string') {
    const line = isObject(region) ? own(region, 'startLine') : undefined
    const column = isObject(region) ? own(region, 'startColumn') : undefined
    f.location = {
      file: relativeUri(uri, root),
      ...(typeof line === 'number' && line ? { line } : {}),
      ...(typeof column === 'number' && column ? { column } : {})
    }
  }
  return f
}

/** `file:///home/runner/work/r/r/src/a.js` → `src/a.js` when it lies in the workspace. */
function relativeUri(uri: string, root: string | undefined): string {
  let file = uri.replace(/^file:\/\//, '')
  try {
    file = decodeURIComponent(file)
  } catch {
    /* keep it as written */
  }
  if (root) {
    const prefix = root.endsWith('/') ? root : `${root}/`
    if (file.startsWith(prefix)) return file.slice(prefix.length)
  }
  return file.replace(/^\.\//, '')
}
