/**
 * Error notifications of a SARIF run (SARIF 2.1.0 §3.20.21 `toolExecutionNotifications`,
 * §3.20.22 `toolConfigurationNotifications`, §3.58 notification). Appendix I ("Detecting
 * incomplete result sets"): a tool that reports a notification at level `error` cannot be assumed
 * to have reported every result, even when its invocation says `executionSuccessful: true`.
 */
import { LEVELS, moreSevere, type Level } from './sarif-level-word.js'
import {
  at,
  isObject,
  objectAt,
  optionalArray,
  optionalIndex,
  optionalObject,
  optionalString,
  optionalWord,
  own,
  type JsonObject
} from './sarif-shape.js'

/** Notification lists of an invocation. */
const NOTIFICATION_LISTS = ['toolExecutionNotifications', 'toolConfigurationNotifications'] as const

/** Error notifications named one by one in a message; the rest are counted. */
const MAX_NAMED = 3

/** A notification descriptor (§3.49) of a tool component's `notifications` (§3.19.24). */
interface Descriptor {
  index: number
  id: string | undefined
  guid: string | undefined
  defaultLevel: Level | undefined
}

/** Where an invocation's notifications say its results are incomplete. */
export interface ErrorNotifications {
  /** Up to {@link MAX_NAMED} lines, each naming a notification's JSON path and its text. */
  named: string[]
  /** How many error notifications there are in all. */
  count: number
}

/**
 * The notifications of one invocation whose level is `error`. A notification's level (§3.58.6)
 * is its own `level`; else the procedure of `result.level` (§3.27.10) with the invocation's
 * `notificationConfigurationOverrides` (§3.20.9) in place of `ruleConfigurationOverrides` and the
 * notification descriptors its `descriptor` references (§3.58.4, §3.52.3; in the driver, or in
 * the extension its `toolComponent` names) in place of rules; else `warning`. When several
 * overrides or descriptors match and disagree, the most severe level counts (fail closed).
 *
 * @param inv the invocation (§3.20)
 * @param invPath its JSON path, e.g. `runs[0].invocations[1]`
 * @param run the run (§3.14), for its tool's notification descriptors
 * @param runPath its JSON path
 * @throws SarifShapeError a list that is not an array of objects, a level that is not a SARIF
 *   level word, a descriptor or override that is not an object
 */
export function errorNotifications(
  inv: JsonObject,
  invPath: string,
  run: JsonObject,
  runPath: string
): ErrorNotifications {
  const out: ErrorNotifications = { named: [], count: 0 }
  let descriptors: ReturnType<typeof readDescriptors> | undefined
  let overrides: ReturnType<typeof readOverrides> | undefined
  for (const key of NOTIFICATION_LISTS) {
    const listPath = at(invPath, key)
    const list = optionalArray(inv, key, invPath) ?? []
    for (let i = 0; i < list.length; i++) {
      const path = at(listPath, i)
      const n = objectAt(list, i, listPath)
      let level = optionalWord(n, 'level', path, LEVELS)
      if (level === undefined) {
        const ref = optionalObject(n, 'descriptor', path)
        if (ref !== undefined) {
          descriptors ??= readDescriptors(run, runPath)
          overrides ??= readOverrides(inv, invPath)
          level = levelByReference(ref, at(path, 'descriptor'), descriptors, overrides)
        }
      }
      if (level !== 'error') continue
      out.count++
      if (out.named.length < MAX_NAMED) out.named.push(`${path} is an error notification${said(n)}`)
    }
  }
  return out
}

/** `: "first line of message.text"` (at most 200 characters), or nothing. */
function said(n: JsonObject): string {
  const message = own(n, 'message')
  const text = isObject(message) ? own(message, 'text') : undefined
  if (typeof text !== 'string' || text.trim() === '') return ''
  return `: ${JSON.stringify(text.split('\n')[0]?.slice(0, 200))}`
}

/** A reference's keys (§3.52): index, id, guid, and the component it names (§3.54). */
interface Reference {
  index: number | undefined
  id: string | undefined
  guid: string | undefined
  /**
   * undefined: the driver; a number: that extension; 'any': a component named otherwise (by guid
   * or name, which may be the driver's: §3.54.5).
   */
  component: number | 'any' | undefined
}

function readReference(ref: JsonObject, path: string): Reference {
  const tc = optionalObject(ref, 'toolComponent', path)
  const tcIndex = tc ? optionalIndex(tc, 'index', at(path, 'toolComponent')) : undefined
  return {
    index: optionalIndex(ref, 'index', path),
    id: optionalString(ref, 'id', path),
    guid: optionalString(ref, 'guid', path),
    component: tc === undefined ? undefined : (tcIndex ?? 'any')
  }
}

/** Whether a descriptor is the one a reference names: by index, else guid, else id. */
function names(r: Reference, d: Descriptor): boolean {
  if (r.index !== undefined) return d.index === r.index
  if (r.guid !== undefined) return d.guid?.toLowerCase() === r.guid.toLowerCase()
  return r.id !== undefined && d.id === r.id
}

/** Notification descriptors of the driver (key -1) and of each extension (its index). */
function readDescriptors(run: JsonObject, runPath: string): Map<number, Descriptor[]> {
  const out = new Map<number, Descriptor[]>()
  const tool = own(run, 'tool')
  if (!isObject(tool)) return out
  const toolPath = at(runPath, 'tool')
  const components: [number, unknown, string][] = [
    [-1, own(tool, 'driver'), at(toolPath, 'driver')]
  ]
  const extensions = own(tool, 'extensions')
  if (Array.isArray(extensions))
    extensions.forEach((e, i) => components.push([i, e, at(at(toolPath, 'extensions'), i)]))
  for (const [key, component, path] of components) {
    if (!isObject(component)) continue
    const list = optionalArray(component, 'notifications', path) ?? []
    const listPath = at(path, 'notifications')
    out.set(
      key,
      list.map((_, i) => {
        const d = objectAt(list, i, listPath)
        const cfg = optionalObject(d, 'defaultConfiguration', at(listPath, i))
        return {
          index: i,
          id: typeof own(d, 'id') === 'string' ? (own(d, 'id') as string) : undefined,
          guid: typeof own(d, 'guid') === 'string' ? (own(d, 'guid') as string) : undefined,
          defaultLevel: cfg
            ? optionalWord(cfg, 'level', at(at(listPath, i), 'defaultConfiguration'), LEVELS)
            : undefined
        }
      })
    )
  }
  return out
}

/** `notificationConfigurationOverrides` of the invocation: each descriptor reference and level. */
function readOverrides(inv: JsonObject, invPath: string): { ref: Reference; level: Level }[] {
  const listPath = at(invPath, 'notificationConfigurationOverrides')
  const list = optionalArray(inv, 'notificationConfigurationOverrides', invPath) ?? []
  const out: { ref: Reference; level: Level }[] = []
  for (let i = 0; i < list.length; i++) {
    const path = at(listPath, i)
    const o = objectAt(list, i, listPath)
    const descriptor = optionalObject(o, 'descriptor', path)
    const configuration = optionalObject(o, 'configuration', path)
    const level = configuration
      ? optionalWord(configuration, 'level', at(path, 'configuration'), LEVELS)
      : undefined
    if (descriptor && level)
      out.push({ ref: readReference(descriptor, at(path, 'descriptor')), level })
  }
  return out
}

/**
 * The descriptors a reference names: in the driver when it names no component, in the extension
 * its `toolComponent.index` names, or in any component when it names one by guid or name
 * (that may be the driver, §3.54.5).
 */
function resolve(ref: Reference, descriptors: Map<number, Descriptor[]>): Descriptor[] {
  const searched =
    ref.component === undefined
      ? [descriptors.get(-1) ?? []]
      : ref.component === 'any'
        ? [...descriptors.values()]
        : [descriptors.get(ref.component) ?? []]
  return searched.flat().filter((d) => names(ref, d))
}

/**
 * The level a notification without its own gets from its descriptor reference: the level of the
 * overrides that name the same descriptor (however each names it: index, guid or id), else the
 * descriptor's default, else `warning`. An override whose reference names no descriptor applies
 * when it carries the same id, guid or index in the same component. Several: the most severe.
 */
function levelByReference(
  refObject: JsonObject,
  path: string,
  descriptors: Map<number, Descriptor[]>,
  overrides: readonly { ref: Reference; level: Level }[]
): Level {
  const ref = readReference(refObject, path)
  const named = new Set(resolve(ref, descriptors))
  const sameComponent = (a: Reference, b: Reference): boolean =>
    a.component === b.component || a.component === 'any' || b.component === 'any'
  const overridden = overrides.filter((o) => {
    const targets = resolve(o.ref, descriptors)
    if (targets.length > 0) return targets.some((t) => named.has(t))
    return (
      sameComponent(o.ref, ref) &&
      ((o.ref.index !== undefined && o.ref.index === ref.index) ||
        (o.ref.guid !== undefined && o.ref.guid.toLowerCase() === ref.guid?.toLowerCase()) ||
        (o.ref.id !== undefined && o.ref.id === ref.id))
    )
  })
  if (overridden.length > 0) return overridden.map((o) => o.level).reduce(worst)
  const levels = [...named].map((d) => d.defaultLevel).filter((l): l is Level => l !== undefined)
  return levels.length > 0 ? levels.reduce(worst) : 'warning'
}

function worst(a: Level, b: Level): Level {
  return moreSevere(b, a) ? b : a
}
