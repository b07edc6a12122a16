import { keepFindings, type Finding } from '../core/evidence.js'
import {
  invalid,
  isRecord,
  parseJson,
  REPORT_SHA_PATTERN,
  sameCommit,
  stale,
  type FileVerdict,
  type ParseContext
} from './verdict.js'

type Level = 'error' | 'warning' | 'note' | 'none'
const LEVELS = new Set<string>(['error', 'warning', 'note', 'none'])
/** SARIF 2.1.0 result kinds; any other value is not SARIF, so the file is invalid. */
const KINDS = new Set<unknown>(['pass', 'open', 'informational', 'notApplicable', 'review', 'fail'])

/**
 * Reads SARIF 2.1.0. A result's level is its own, else its rule's default configuration, else
 * `warning` (the SARIF default). Any unsuppressed `error` fails the control.
 */
export function readSarif(text: string, ctx: ParseContext): FileVerdict {
  const parsed = parseJson(text, ctx.file)
  if (!parsed.ok) return parsed.verdict
  const doc = parsed.value
  if (!isRecord(doc)) return invalid(ctx.file, 'SARIF must be a JSON object')
  if (doc.version !== '2.1.0') {
    return invalid(
      ctx.file,
      `SARIF version ${JSON.stringify(doc.version)} is not supported; expected "2.1.0"`
    )
  }
  if (!Array.isArray(doc.runs)) return invalid(ctx.file, "'runs' must be an array")
  if (doc.runs.length === 0) {
    return {
      status: 'failed',
      message: `${ctx.file}: no runs: the analysis did not run`,
      findings: [],
      summary: { runs: 0 }
    }
  }
  const counts = {
    runs: doc.runs.length,
    results: 0,
    error: 0,
    warning: 0,
    note: 0,
    none: 0,
    suppressed: 0
  }
  const findings: Finding[] = []
  for (const [ri, run] of doc.runs.entries()) {
    if (!isRecord(run)) return invalid(ctx.file, `runs[${ri}] must be an object`)
    const revision = runRevision(run)
    if (ctx.sha && revision && !sameCommit(revision, ctx.sha))
      return stale(ctx.file, revision, ctx.sha)
    const rules = toolRules(run)
    // SARIF: absent results mean the tool did not finish; a failed invocation proves nothing.
    if (run.results === undefined) {
      return {
        status: 'failed',
        message: `${ctx.file}: runs[${ri}] has no results: the analysis did not complete`,
        findings: [],
        summary: { runs: doc.runs.length }
      }
    }
    const invocations = Array.isArray(run.invocations) ? run.invocations : []
    if (invocations.some((v) => isRecord(v) && v.executionSuccessful === false)) {
      return {
        status: 'failed',
        message: `${ctx.file}: runs[${ri}] reports an unsuccessful tool execution (executionSuccessful: false)`,
        findings: [],
        summary: { runs: doc.runs.length }
      }
    }
    const results = run.results
    if (!Array.isArray(results)) return invalid(ctx.file, `runs[${ri}].results must be an array`)
    for (const [i, r] of results.entries()) {
      if (!isRecord(r)) return invalid(ctx.file, `runs[${ri}].results[${i}] must be an object`)
      if (isSuppressed(r) || r.baselineState === 'absent') {
        counts.suppressed++
        continue
      }
      if (r.kind !== undefined && !KINDS.has(r.kind)) {
        return invalid(
          ctx.file,
          `runs[${ri}].results[${i}].kind ${JSON.stringify(r.kind)} is not one of ${[...KINDS].join(', ')}`
        )
      }
      const level = resultLevel(r, rules)
      if (!level) {
        return invalid(
          ctx.file,
          `runs[${ri}].results[${i}].level ${JSON.stringify(r.level)} is not one of error, warning, note, none`
        )
      }
      counts.results++
      counts[level]++
      if (level === 'error') findings.push(toFinding(r, i, ctx.root))
    }
  }
  const kept = keepFindings(findings)
  const status = counts.error > 0 ? 'failed' : 'passed'
  return {
    status,
    message: `${ctx.file}: ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes in ${counts.runs} runs${counts.suppressed ? ` (${counts.suppressed} suppressed)` : ''}`,
    findings: kept.findings,
    summary: counts
  }
}

/** Rules of the driver and of each extension (CodeQL query packs put theirs in extensions). */
interface ToolRules {
  driver: Record<string, unknown>[]
  extensions: Record<string, unknown>[][]
}

function rulesOf(component: unknown): Record<string, unknown>[] {
  return isRecord(component) && Array.isArray(component.rules)
    ? component.rules.filter(isRecord)
    : []
}

function toolRules(run: Record<string, unknown>): ToolRules {
  const tool = isRecord(run.tool) ? run.tool : {}
  const extensions = Array.isArray(tool.extensions) ? tool.extensions.map(rulesOf) : []
  return { driver: rulesOf(tool.driver), extensions }
}

function runRevision(run: Record<string, unknown>): string | undefined {
  const vcp = Array.isArray(run.versionControlProvenance) ? run.versionControlProvenance : []
  for (const v of vcp) {
    if (isRecord(v) && typeof v.revisionId === 'string' && REPORT_SHA_PATTERN.test(v.revisionId))
      return v.revisionId
  }
  return undefined
}

function isSuppressed(r: Record<string, unknown>): boolean {
  if (!Array.isArray(r.suppressions) || r.suppressions.length === 0) return false
  // A suppression under review or rejected does not hide the result.
  return r.suppressions.every(
    (s) => isRecord(s) && (s.status === undefined || s.status === 'accepted')
  )
}

function resultLevel(r: Record<string, unknown>, rules: ToolRules): Level | undefined {
  if (r.level !== undefined)
    return typeof r.level === 'string' && LEVELS.has(r.level) ? (r.level as Level) : undefined
  if (r.kind !== undefined && r.kind !== 'fail') return 'none'
  const rule = findRule(r, rules)
  const cfg = rule && isRecord(rule.defaultConfiguration) ? rule.defaultConfiguration : undefined
  if (cfg && typeof cfg.level === 'string' && LEVELS.has(cfg.level)) return cfg.level as Level
  return 'warning'
}

/**
 * The rule a result refers to: `rule` (a reportingDescriptorReference, possibly into an
 * extension via toolComponent.index), else `ruleIndex`, else `ruleId`, in the driver or any extension.
 */
function findRule(
  r: Record<string, unknown>,
  rules: ToolRules
): Record<string, unknown> | undefined {
  const ref = isRecord(r.rule) ? r.rule : {}
  const component =
    isRecord(ref.toolComponent) && typeof ref.toolComponent.index === 'number'
      ? rules.extensions[ref.toolComponent.index]
      : rules.driver
  const index =
    typeof ref.index === 'number' ? ref.index : typeof r.ruleIndex === 'number' ? r.ruleIndex : -1
  if (component && index >= 0 && component[index]) return component[index]
  const id =
    typeof ref.id === 'string' ? ref.id : typeof r.ruleId === 'string' ? r.ruleId : undefined
  if (id === undefined) return undefined
  // "a/b/c" rule ids may name a sub-rule; SARIF allows the hierarchical form "rule/sub".
  for (const list of [component ?? [], rules.driver, ...rules.extensions]) {
    const hit =
      list.find((x) => x.id === id) ??
      list.find((x) => typeof x.id === 'string' && id.startsWith(`${x.id}/`))
    if (hit) return hit
  }
  return undefined
}

function toFinding(r: Record<string, unknown>, index: number, root: string | undefined): Finding {
  const message = isRecord(r.message) && typeof r.message.text === 'string' ? r.message.text : ''
  const ruleId = typeof r.ruleId === 'string' ? r.ruleId : `result ${index}`
  const f: Finding = {
    id: ruleId,
    status: 'failed',
    message: message.split('\n')[0]?.slice(0, 500) ?? ''
  }
  const loc = Array.isArray(r.locations) && isRecord(r.locations[0]) ? r.locations[0] : undefined
  const phys = loc && isRecord(loc.physicalLocation) ? loc.physicalLocation : undefined
  const art = phys && isRecord(phys.artifactLocation) ? phys.artifactLocation : undefined
  const region = phys && isRecord(phys.region) ? phys.region : undefined
  if (art && typeof art.uri === 'string') {
    const file = relativeUri(art.uri, root)
    const line = region && typeof region.startLine === 'number' ? region.startLine : undefined
    const column = region && typeof region.startColumn === 'number' ? region.startColumn : undefined
    f.location = { file, ...(line ? { line } : {}), ...(column ? { column } : {}) }
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
