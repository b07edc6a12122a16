/**
 * What one SARIF result counts for: its level (SARIF 2.1.0 §3.27.9 kind, §3.27.10 level),
 * whether it is suppressed (§3.27.23, §3.35.3) and whether it is gone since the baseline
 * (§3.27.24 `baselineState: absent`).
 */
import { LEVELS, moreSevere, type Level } from './sarif-level-word.js'
import { idKey, ruleKey, type OverrideHit, type Overrides } from './sarif-overrides.js'
import {
  at,
  describe,
  objectAt,
  optionalIndex,
  optionalObject,
  optionalString,
  optionalWord,
  own,
  SarifShapeError,
  type JsonObject
} from './sarif-shape.js'
import { count, lookupRule, type Candidate, type Tool } from './sarif-tool.js'

/** SARIF 2.1.0 result kinds (§3.27.9); any other value is not SARIF, so the file is invalid. */
export const KINDS = ['pass', 'open', 'informational', 'notApplicable', 'review', 'fail'] as const
const SUPPRESSION_STATUSES = ['accepted', 'underReview', 'rejected'] as const
const BASELINE_STATES = ['new', 'unchanged', 'updated', 'absent'] as const

/** Where a result's level came from. */
export type LevelSource = 'result' | 'kind' | 'override' | 'default' | 'fallback'

export interface ResultVerdict {
  level: Level
  source: LevelSource
  /** The rule's `defaultConfiguration.level` (absent means `warning`), when a rule was found. */
  defaultLevel: Level | undefined
  /** The override that set the level, and any others for the same rule that said otherwise. */
  override: { hit: OverrideHit; disagreeing: OverrideHit[] } | undefined
  /** The rule id to show: the result's `ruleId` (or `rule.id`), else the id of the rule found. */
  ruleId: string | undefined
  /** Suppressed per §3.27.23: it does not count. */
  suppressed: boolean
  /** `baselineState: absent` (§3.27.24): fixed since the baseline; it does not count. */
  absent: boolean
}

/** What the rest of the run tells about its results. */
export interface RunContext {
  tool: Tool
  overrides: Overrides
  invocationCount: number
}

/**
 * Judges `runs[r].results[i]`.
 *
 * Level (§3.27.10): the result's own `level`; else `none` when `kind` (§3.27.9) is other than
 * `fail`; else, for the rule the result references (§3.27.5–§3.27.7, looked up per §3.52.3 in the
 * driver or the extension its `rule.toolComponent` names), a `ruleConfigurationOverrides` level
 * (§3.20.5, §3.51) from the invocation `provenance.invocationIndex` names (§3.27.29, §3.48.6),
 * or from any invocation when it names none; else the rule's `defaultConfiguration.level`; else
 * `warning`. Overrides may raise or lower. When several overrides or rules apply and disagree,
 * the most severe level counts (fail closed).
 *
 * @throws SarifShapeError naming the path of a value SARIF does not allow: a kind, level,
 *   suppression status or baseline state outside the spec's words, a rule reference whose
 *   index or guid names nothing, `rule.index` ≠ `ruleIndex`, or `rule.id` ≠ `ruleId` when no
 *   index or guid decides between them.
 */
export function judgeResult(r: JsonObject, path: string, run: RunContext): ResultVerdict {
  const kind = optionalWord(r, 'kind', path, KINDS)
  const ownLevel = optionalWord(r, 'level', path, LEVELS)
  const suppressed = isSuppressed(r, path)
  const absent = optionalWord(r, 'baselineState', path, BASELINE_STATES) === 'absent'
  const invocation = invocationOf(r, path, run.invocationCount)

  const ruleId = optionalString(r, 'ruleId', path)
  const ruleIndex = optionalIndex(r, 'ruleIndex', path)
  const ref = optionalObject(r, 'rule', path) ?? {}
  const refPath = at(path, 'rule')
  const refIndex = optionalIndex(ref, 'index', refPath)
  const refId = optionalString(ref, 'id', refPath)
  if (refIndex !== undefined && ruleIndex !== undefined && refIndex !== ruleIndex) {
    throw new SarifShapeError(
      at(refPath, 'index'),
      `${refIndex} differs from ruleIndex ${ruleIndex}; they must be equal (SARIF 2.1.0 §3.27.7)`
    )
  }
  const decided =
    refIndex !== undefined || ruleIndex !== undefined || own(ref, 'guid') !== undefined
  if (refId !== undefined && ruleId !== undefined && refId !== ruleId && !decided) {
    throw new SarifShapeError(
      at(refPath, 'id'),
      `${describe(refId)} differs from ruleId ${describe(ruleId)} and no index decides which rule is meant (SARIF 2.1.0 §3.27.7)`
    )
  }
  const found = lookupRule(run.tool, ref, refPath, {
    index: ruleIndex,
    indexPath: at(path, 'ruleIndex'),
    id: ruleId
  })
  const shownId = ruleId ?? refId ?? found.candidates[0]?.rule.id
  const base = { suppressed, absent, ruleId: shownId }

  if (ownLevel !== undefined) {
    return {
      ...base,
      level: ownLevel,
      source: 'result',
      defaultLevel: undefined,
      override: undefined
    }
  }
  if (kind !== undefined && kind !== 'fail') {
    return { ...base, level: 'none', source: 'kind', defaultLevel: undefined, override: undefined }
  }
  const inForce = (hits: readonly OverrideHit[] | undefined): OverrideHit[] =>
    (hits ?? []).filter((h) => invocation === undefined || h.invocation === invocation)

  if (found.candidates.length === 0) {
    const hits =
      found.id === undefined
        ? []
        : found.components.flatMap((c) =>
            inForce(run.overrides.byId.get(idKey(c.key, found.id as string)))
          )
    const override = pick(hits)
    return override
      ? {
          ...base,
          level: override.hit.level,
          source: 'override',
          defaultLevel: undefined,
          override
        }
      : {
          ...base,
          level: 'warning',
          source: 'fallback',
          defaultLevel: undefined,
          override: undefined
        }
  }
  let best: ResultVerdict | undefined
  for (const c of found.candidates) {
    const v = candidateLevel(
      c,
      inForce(run.overrides.byRule.get(ruleKey(c.component.key, c.rule.index)))
    )
    const verdict: ResultVerdict = { ...base, ...v }
    if (best === undefined || moreSevere(verdict.level, best.level)) best = verdict
  }
  return best as ResultVerdict
}

function candidateLevel(
  c: Candidate,
  hits: OverrideHit[]
): Pick<ResultVerdict, 'level' | 'source' | 'defaultLevel' | 'override'> {
  const override = pick(hits)
  if (override) {
    return {
      level: override.hit.level,
      source: 'override',
      defaultLevel: c.rule.defaultLevel,
      override
    }
  }
  if (c.rule.defaultLevel !== undefined) {
    return {
      level: c.rule.defaultLevel,
      source: 'default',
      defaultLevel: c.rule.defaultLevel,
      override: undefined
    }
  }
  return { level: 'warning', source: 'fallback', defaultLevel: undefined, override: undefined }
}

/** The most severe of several overrides (the first among equals), and those that disagree with it. */
function pick(
  hits: readonly OverrideHit[]
): { hit: OverrideHit; disagreeing: OverrideHit[] } | undefined {
  let hit: OverrideHit | undefined
  for (const h of hits) if (hit === undefined || moreSevere(h.level, hit.level)) hit = h
  if (hit === undefined) return undefined
  const level = hit.level
  return { hit, disagreeing: hits.filter((h) => h.level !== level) }
}

/** `provenance.invocationIndex` (§3.27.29, §3.48.6), checked against the run's invocations. */
function invocationOf(r: JsonObject, path: string, n: number): number | undefined {
  const provenance = optionalObject(r, 'provenance', path)
  if (!provenance) return undefined
  const pPath = at(path, 'provenance')
  const i = optionalIndex(provenance, 'invocationIndex', pPath)
  if (i !== undefined && i >= n) {
    throw new SarifShapeError(
      at(pPath, 'invocationIndex'),
      `${i} names no invocation: the run has ${count(n, 'invocation')} (SARIF 2.1.0 §3.48.6)`
    )
  }
  return i
}

/**
 * §3.27.23: an absent or `null` `suppressions`, or an empty array, means not suppressed. A
 * non-empty array is examined by its statuses (§3.35.3): the result is suppressed when no
 * suppression is `underReview` or `rejected`, that is, each is `accepted` or gives no status
 * (an in-source suppression such as ESLint's `eslint-disable`, written without a status). This
 * follows the SARIF editors' guidance (microsoft/sarif-tutorials, "Determining suppression
 * status"): one rejected or pending request among accepted ones keeps the result.
 * @throws SarifShapeError when `suppressions` is not an array of objects or a status is not a
 *   §3.35.3 word.
 */
export function isSuppressed(r: JsonObject, path: string): boolean {
  const list = own(r, 'suppressions')
  if (list === undefined || list === null) return false
  const listPath = at(path, 'suppressions')
  if (!Array.isArray(list))
    throw new SarifShapeError(listPath, 'must be an array or null (SARIF 2.1.0 §3.27.23)')
  let suppressed = list.length > 0
  for (let i = 0; i < list.length; i++) {
    const status = optionalWord(
      objectAt(list, i, listPath),
      'status',
      at(listPath, i),
      SUPPRESSION_STATUSES
    )
    if (status === 'underReview' || status === 'rejected') suppressed = false
  }
  return suppressed
}
