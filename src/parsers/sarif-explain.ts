/** Why a SARIF result counts at the level it does, when a runtime override decided it. */
import type { ResultVerdict } from './sarif-result.js'

/** A sentence for the message: an override `raised` a rule to error, or `lowered` it from error. */
export interface Explanation {
  kind: 'raised' | 'lowered'
  text: string
}

/**
 * Explains a counted result whose level a `ruleConfigurationOverrides` entry (SARIF 2.1.0
 * §3.20.5) set, when that changes whether it is an error: "rule js/sql-injection raised to error
 * by runs[0].invocations[0].ruleConfigurationOverrides[0]" or "rule CA2101 lowered from error to
 * warning by …". Overrides for the same rule that disagree are named too. `undefined` when the
 * override did not move the result across the error line (or no override applied).
 */
export function explain(v: ResultVerdict): Explanation | undefined {
  if (v.source !== 'override' || v.override === undefined) return undefined
  const rule = `rule ${v.ruleId ?? '(no id)'}`
  const by = v.override.hit.path
  const others = v.override.disagreeing.map((h) => `${h.path} says ${h.level}`)
  const note = others.length ? ` (${others.join(', ')}; the most severe applies)` : ''
  const from = v.defaultLevel ?? 'warning'
  if (v.level === 'error' && from !== 'error') {
    return { kind: 'raised', text: `${rule} raised to error by ${by}${note}` }
  }
  if (v.level !== 'error' && from === 'error') {
    return { kind: 'lowered', text: `${rule} lowered from error to ${v.level} by ${by}${note}` }
  }
  return undefined
}
