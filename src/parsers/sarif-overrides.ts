/**
 * Rule configuration overrides (SARIF 2.1.0 §3.20.5 `invocation.ruleConfigurationOverrides`,
 * §3.51 configurationOverride): how the run reconfigured a rule's level at runtime, raising or
 * lowering its `defaultConfiguration.level`.
 */
import { LEVELS, type Level } from './sarif-level-word.js'
import {
  at,
  objectAt,
  optionalArray,
  optionalWord,
  own,
  isObject,
  SarifShapeError,
  type JsonObject
} from './sarif-shape.js'
import { lookupRule, type Tool } from './sarif-tool.js'

/** One override of a rule's level. */
export interface OverrideHit {
  level: Level
  /** JSON path of the configurationOverride, e.g. `runs[0].invocations[0].ruleConfigurationOverrides[2]`. */
  path: string
  /** Index of the invocation that carries it. */
  invocation: number
}

/** The level overrides of one run, by the rule they apply to. */
export interface Overrides {
  /** Keyed by {@link ruleKey}: overrides whose descriptor names a rule the tool describes. */
  byRule: Map<string, OverrideHit[]>
  /** Keyed by {@link idKey}: overrides naming by id a rule the tool does not describe. */
  byId: Map<string, OverrideHit[]>
}

/** Key of a described rule: its component and index. */
export function ruleKey(componentKey: string, ruleIndex: number): string {
  return `${componentKey}#${ruleIndex}`
}

/** Key of a rule known only by id within a component. */
export function idKey(componentKey: string, id: string): string {
  return `${componentKey}@${id}`
}

function add(map: Map<string, OverrideHit[]>, key: string, hit: OverrideHit): void {
  const list = map.get(key)
  if (list) list.push(hit)
  else map.set(key, [hit])
}

/**
 * Reads every `invocations[i].ruleConfigurationOverrides[j]` of a run. Each must be an object
 * with a `descriptor` (a reportingDescriptorReference, §3.51.2, looked up per §3.52.3 in the
 * driver or the extension its `toolComponent` names) and a `configuration` object (§3.51.3)
 * whose `level`, when present, is a SARIF level. An override without `level` leaves the rule's
 * default in force (§3.51.3).
 * @throws SarifShapeError naming the path of a malformed override or of a descriptor whose
 *   index or guid names no rule or component.
 */
export function readOverrides(
  invocations: readonly JsonObject[],
  invocationsPath: string,
  tool: Tool
): Overrides {
  const out: Overrides = { byRule: new Map(), byId: new Map() }
  invocations.forEach((inv, i) => {
    const invPath = at(invocationsPath, i)
    const list = optionalArray(inv, 'ruleConfigurationOverrides', invPath) ?? []
    const listPath = at(invPath, 'ruleConfigurationOverrides')
    for (let j = 0; j < list.length; j++) {
      const path = at(listPath, j)
      const o = objectAt(list, j, listPath)
      const descriptor = own(o, 'descriptor')
      if (!isObject(descriptor)) {
        throw new SarifShapeError(at(path, 'descriptor'), 'must be an object (SARIF 2.1.0 §3.51.2)')
      }
      const configuration = own(o, 'configuration')
      if (!isObject(configuration)) {
        throw new SarifShapeError(
          at(path, 'configuration'),
          'must be an object (SARIF 2.1.0 §3.51.3)'
        )
      }
      const found = lookupRule(tool, descriptor, at(path, 'descriptor'))
      if (found.candidates.length === 0 && found.id === undefined) {
        throw new SarifShapeError(
          at(path, 'descriptor'),
          'names no rule: give its index, guid or id (SARIF 2.1.0 §3.52)'
        )
      }
      const level = optionalWord(configuration, 'level', at(path, 'configuration'), LEVELS)
      if (level === undefined) continue
      const hit: OverrideHit = { level, path, invocation: i }
      for (const c of found.candidates) add(out.byRule, ruleKey(c.component.key, c.rule.index), hit)
      if (found.candidates.length === 0 && found.id !== undefined) {
        for (const c of found.components) add(out.byId, idKey(c.key, found.id), hit)
      }
    }
  })
  return out
}
