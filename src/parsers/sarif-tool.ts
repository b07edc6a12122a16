/**
 * The tool of a SARIF run and the rules it describes (SARIF 2.1.0 §3.18 tool, §3.19
 * toolComponent, §3.49 reportingDescriptor), and the lookups that find a rule from a
 * reference: §3.54.2 toolComponent lookup and §3.52.3 reportingDescriptor lookup.
 */
import { LEVELS, type Level } from './sarif-level-word.js'
import {
  at,
  describe,
  objectAt,
  optionalArray,
  optionalIndex,
  optionalObject,
  optionalString,
  optionalWord,
  own,
  isObject,
  SarifShapeError,
  type JsonObject
} from './sarif-shape.js'

/** One `reportingDescriptor` in `toolComponent.rules`. */
export interface Rule {
  /** Position in its component's `rules`. */
  index: number
  id: string
  guid: string | undefined
  /** `defaultConfiguration.level` (§3.49.14, §3.50.3), when given. */
  defaultLevel: Level | undefined
}

/** The driver or one extension (§3.19), with its rules indexed by id and guid. */
export interface Component {
  /** `driver` or `extensions[i]`: identifies the component within its run. */
  key: string
  /** JSON path of the component, e.g. `runs[0].tool.extensions[1]`. */
  path: string
  name: string | undefined
  guid: string | undefined
  rules: Rule[]
  byId: Map<string, number[]>
  byGuid: Map<string, number>
}

/** `run.tool`: the driver and its extensions (§3.18.2, §3.18.3). */
export interface Tool {
  driver: Component
  extensions: Component[]
}

/** A rule found for a reference, with the component that defines it. */
export interface Candidate {
  component: Component
  rule: Rule
}

/** What a `reportingDescriptorReference` (§3.52) leads to. */
export interface Lookup {
  /** The rules it names: none when the tool describes no such rule (then level falls back). */
  candidates: Candidate[]
  /** The components searched, for overrides that name a rule by id alone. */
  components: Component[]
  /** The rule id the reference carries (its own `id`, else the result's `ruleId`). */
  id: string | undefined
}

/**
 * Reads `run.tool` (§3.14.6, §3.18): `driver` must be an object, `extensions` an array of
 * objects, each component's `rules` an array of objects with a string `id` (§3.49.3) and an
 * optional `defaultConfiguration.level` (§3.49.14, §3.50.3).
 * @throws SarifShapeError naming the JSON path of the first value that is not so.
 */
export function readTool(run: JsonObject, runPath: string): Tool {
  const toolPath = at(runPath, 'tool')
  const tool = own(run, 'tool')
  if (!isObject(tool))
    throw new SarifShapeError(toolPath, 'must be an object (SARIF 2.1.0 §3.14.6)')
  const driver = own(tool, 'driver')
  if (!isObject(driver)) {
    throw new SarifShapeError(at(toolPath, 'driver'), 'must be an object (SARIF 2.1.0 §3.18.2)')
  }
  const extensions = optionalArray(tool, 'extensions', toolPath) ?? []
  const extPath = at(toolPath, 'extensions')
  return {
    driver: readComponent(driver, 'driver', at(toolPath, 'driver')),
    extensions: extensions.map((_, i) =>
      readComponent(objectAt(extensions, i, extPath), `extensions[${i}]`, at(extPath, i))
    )
  }
}

function readComponent(c: JsonObject, key: string, path: string): Component {
  const rules = optionalArray(c, 'rules', path) ?? []
  const rulesPath = at(path, 'rules')
  const component: Component = {
    key,
    path,
    name: optionalString(c, 'name', path),
    guid: optionalString(c, 'guid', path),
    rules: [],
    byId: new Map(),
    byGuid: new Map()
  }
  for (let i = 0; i < rules.length; i++) {
    const rulePath = at(rulesPath, i)
    const r = objectAt(rules, i, rulesPath)
    const id = optionalString(r, 'id', rulePath)
    if (id === undefined)
      throw new SarifShapeError(at(rulePath, 'id'), 'must be a string (SARIF 2.1.0 §3.49.3)')
    const cfg = optionalObject(r, 'defaultConfiguration', rulePath)
    const rule: Rule = {
      index: i,
      id,
      guid: optionalString(r, 'guid', rulePath),
      defaultLevel: cfg
        ? optionalWord(cfg, 'level', at(rulePath, 'defaultConfiguration'), LEVELS)
        : undefined
    }
    component.rules.push(rule)
    const same = component.byId.get(id)
    if (same) same.push(i)
    else component.byId.set(id, [i])
    if (rule.guid !== undefined && !component.byGuid.has(rule.guid.toLowerCase()))
      component.byGuid.set(rule.guid.toLowerCase(), i)
  }
  return component
}

/**
 * §3.54.2 toolComponent lookup. `index` names an extension; else `guid` names the driver or an
 * extension; else `name` (which the spec leaves out of the lookup, but tools such as
 * kubeshop/monokle-core#428 reference extensions by name alone) names the components with that
 * name; else, or when nothing has that name, the driver. `implicit` is true when the reference
 * did not name a component, so a rule id may also be sought in the extensions.
 * @throws SarifShapeError when `index` or `guid` names no component.
 */
function lookupComponents(
  tool: Tool,
  ref: JsonObject | undefined,
  path: string
): { components: Component[]; implicit: boolean } {
  if (ref === undefined) return { components: [tool.driver], implicit: true }
  const index = optionalIndex(ref, 'index', path)
  if (index !== undefined) {
    const ext = tool.extensions[index]
    if (!ext) {
      throw new SarifShapeError(
        at(path, 'index'),
        `${index} names no tool extension: the run has ${count(tool.extensions.length, 'extension')} (SARIF 2.1.0 §3.54.4)`
      )
    }
    return { components: [ext], implicit: false }
  }
  const all = [tool.driver, ...tool.extensions]
  const guid = optionalString(ref, 'guid', path)
  if (guid !== undefined) {
    const hits = all.filter(
      (c) => c.guid !== undefined && c.guid.toLowerCase() === guid.toLowerCase()
    )
    if (hits.length === 0) {
      throw new SarifShapeError(
        at(path, 'guid'),
        `${describe(guid)} names neither the driver nor an extension (SARIF 2.1.0 §3.54.5)`
      )
    }
    return { components: hits, implicit: false }
  }
  const name = optionalString(ref, 'name', path)
  const named = name === undefined ? [] : all.filter((c) => c.name === name)
  return named.length > 0
    ? { components: named, implicit: false }
    : { components: [tool.driver], implicit: true }
}

/** "1 rule", "3 rules". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** Rules of `c` whose id is `id`, else whose id is `id` less its last hierarchical component (§3.52.4). */
function rulesById(c: Component, id: string): number[] {
  const exact = c.byId.get(id)
  if (exact) return exact
  const cut = id.lastIndexOf('/')
  return cut > 0 ? (c.byId.get(id.slice(0, cut)) ?? []) : []
}

/**
 * §3.52.3 reportingDescriptor lookup: the rules a `reportingDescriptorReference` names, in the
 * component its `toolComponent` names. By `index` (else `fallback.index`, a result's
 * `ruleIndex`), else by `guid`, else by `id` (else `fallback.id`, a result's `ruleId`). When the
 * reference names no component and the driver has no rule with that id, the extensions are
 * searched too: producers have left `toolComponent` out for extension rules (microsoft/PSRule#949).
 * Several rules with one id (§3.52.5 allows it) are all candidates.
 * @throws SarifShapeError when an explicit index or guid names no rule.
 */
export function lookupRule(
  tool: Tool,
  ref: JsonObject,
  path: string,
  fallback: { index?: number; indexPath?: string; id?: string } = {}
): Lookup {
  const { components, implicit } = lookupComponents(
    tool,
    optionalObject(ref, 'toolComponent', path),
    at(path, 'toolComponent')
  )
  const ownIndex = optionalIndex(ref, 'index', path)
  const index = ownIndex ?? fallback.index
  const indexPath =
    ownIndex !== undefined ? at(path, 'index') : (fallback.indexPath ?? at(path, 'index'))
  const guid = optionalString(ref, 'guid', path)
  const id = optionalString(ref, 'id', path) ?? fallback.id
  const candidates: Candidate[] = []
  if (index !== undefined) {
    for (const component of components) {
      const rule = component.rules[index]
      if (rule) candidates.push({ component, rule })
    }
    if (candidates.length === 0) {
      throw new SarifShapeError(
        indexPath,
        `${index} names no rule: ${components.map((c) => `${c.path}.rules has ${count(c.rules.length, 'rule')}`).join(', ')} (SARIF 2.1.0 §3.52.5)`
      )
    }
    return { candidates, components, id }
  }
  if (guid !== undefined) {
    for (const component of components) {
      const i = component.byGuid.get(guid.toLowerCase())
      const rule = i === undefined ? undefined : component.rules[i]
      if (rule) candidates.push({ component, rule })
    }
    if (candidates.length === 0) {
      throw new SarifShapeError(
        at(path, 'guid'),
        `${describe(guid)} names no rule of ${components.map((c) => c.path).join(' or ')} (SARIF 2.1.0 §3.52.6)`
      )
    }
    return { candidates, components, id }
  }
  if (id === undefined) return { candidates, components, id }
  const searched = [...components]
  const collect = (list: readonly Component[]): void => {
    for (const component of list) {
      for (const i of rulesById(component, id)) {
        const rule = component.rules[i]
        if (rule) candidates.push({ component, rule })
      }
    }
  }
  collect(components)
  if (candidates.length === 0 && implicit) {
    collect(tool.extensions)
    searched.push(...tool.extensions)
  }
  return { candidates, components: searched, id }
}
