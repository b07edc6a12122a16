/**
 * The workflow model every consumer reads (check names, producibility, workflow-lint, policy
 * freshness): one file parsed once by GitHub's parser (parse.ts), reduced to what GitHub acts on.
 *
 * Per workflow: its triggers with their branch, path and type filters (docs: "Events that trigger
 * workflows", "Workflow syntax: on.<event>.<branches|paths>"), whether only other workflows can
 * call it, its permissions and `defaults.run.shell`. Per job: id and line, `name`, `if`,
 * `strategy`, `runs-on`, permissions, the default shell, the reusable workflow it calls, and its
 * steps, each with the shells its `run:` may run under (docs: "jobs.<job_id>.steps[*].shell":
 * `bash -e {0}` on Linux and macOS, `pwsh` on Windows, unless the step, the job's or the
 * workflow's `defaults.run.shell` says otherwise). Pure.
 */
import { evaluateExpression } from './expressions.js'
import { expandMatrix } from './matrix.js'
import {
  Expr,
  isPlainMap,
  keyPositionOf,
  layoutOf,
  parseWorkflowFile,
  positionOf,
  type Plain,
  type PlainMap,
  type Position,
  type ScalarLayout,
  type WorkflowFile
} from './parse.js'

export interface Located<T> {
  value: T
  line: number
  column?: number
}

/** One event under `on:` and its filters. */
export interface Trigger {
  event: string
  line: number
  branches?: string[]
  branchesIgnore?: string[]
  paths?: string[]
  pathsIgnore?: string[]
  tags?: string[]
  types?: string[]
}

/** A scalar written in the workflow: its text, its `${{ }}` parts and how it is laid out. */
export interface Script {
  /** The text as written (with `${{ }}` parts unevaluated). */
  text: string
  /** Each `${{ }}` part, by GitHub's grammar (a quoted `}}` does not end one), with its position. */
  expressions: { expr: string; at?: Position }[]
  /** Where the value is written; `line` is the header line for a block scalar. */
  layout?: ScalarLayout
  line: number
}

export type RunnerOs = 'linux' | 'windows' | 'macos'

export interface StepModel {
  /** 0-based position in the job's (or composite action's) steps. */
  index: number
  line: number
  name?: string
  id?: string
  uses?: Located<string>
  run?: Script
  /** The step's own `shell:`. */
  shell?: Located<string>
  /** `with:` inputs written as scalars. */
  with: Record<string, Script>
  /** Every shell the `run:` may run under (several when the job's runners differ). */
  shells: string[]
  /** Why the shell is not known, when it is not (runner labels only known at run time). */
  shellUnknown?: string
}

export interface JobModel {
  id: string
  line: number
  name?: Plain
  if?: Plain
  strategy?: Plain
  runsOn?: Plain
  hasPermissions: boolean
  permissions?: Plain
  /** `defaults.run.shell` of the job, else of the workflow. */
  defaultShell?: Located<string>
  /** The runner operating systems the job may run on, or why they cannot be known. */
  runners: RunnerOs[] | { unknown: string }
  /** A call to a reusable workflow. */
  uses?: Located<string>
  with?: PlainMap
  steps: StepModel[]
  body: PlainMap
}

export interface WorkflowModel {
  path: string
  root: PlainMap
  triggers: Trigger[]
  /** Line of `on:`. */
  onLine: number
  /** Only `workflow_call`: runs only as part of its callers. */
  callableOnly: boolean
  hasPermissions: boolean
  permissions?: Plain
  defaultShell?: Located<string>
  jobs: JobModel[]
}

export type ModelResult =
  { ok: true; model: WorkflowModel } | { ok: false; path: string; error: string; line?: number }

/**
 * Reads one workflow file into the model.
 *
 * @returns the model, or why GitHub would not run the file (message and line)
 */
export function readWorkflowModel(file: WorkflowFile): ModelResult {
  const parsed = parseWorkflowFile(file)
  if (!parsed.ok) {
    return {
      ok: false,
      path: file.path,
      error: parsed.error,
      ...(parsed.line !== undefined ? { line: parsed.line } : {})
    }
  }
  const root = parsed.root
  const jobsValue = root.jobs
  if (!isPlainMap(jobsValue))
    return { ok: false, path: file.path, error: 'not a workflow: it has no `jobs:` mapping' }
  const triggers = readTriggers(root)
  const defaultShell = shellDefault(root)
  const jobs: JobModel[] = []
  for (const [id, body] of Object.entries(jobsValue)) {
    if (!isPlainMap(body)) continue
    jobs.push(readJob(id, body, keyPositionOf(jobsValue, id)?.line ?? 1, defaultShell))
  }
  return {
    ok: true,
    model: {
      path: file.path,
      root,
      triggers,
      onLine: keyPositionOf(root, 'on')?.line ?? 1,
      callableOnly: triggers.length > 0 && triggers.every((t) => t.event === 'workflow_call'),
      hasPermissions: root.permissions !== undefined,
      ...(root.permissions !== undefined ? { permissions: root.permissions } : {}),
      ...(defaultShell ? { defaultShell } : {}),
      jobs
    }
  }
}

function readTriggers(root: PlainMap): Trigger[] {
  const on = root.on
  const line = keyPositionOf(root, 'on')?.line ?? 1
  if (typeof on === 'string') return [{ event: on, line }]
  if (Array.isArray(on)) {
    return on
      .map((e, i) => ({
        event: typeof e === 'string' ? e : '',
        line: positionOf(on, i)?.line ?? line
      }))
      .filter((t) => t.event !== '')
  }
  if (!isPlainMap(on)) return []
  const out: Trigger[] = []
  for (const [event, spec] of Object.entries(on)) {
    const t: Trigger = { event, line: keyPositionOf(on, event)?.line ?? line }
    if (isPlainMap(spec)) {
      const list = (k: string): string[] | undefined => {
        const v = spec[k]
        if (typeof v === 'string') return [v]
        return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined
      }
      const set = (key: keyof Trigger, k: string): void => {
        const v = list(k)
        if (v !== undefined) (t as unknown as Record<string, unknown>)[key] = v
      }
      set('branches', 'branches')
      set('branchesIgnore', 'branches-ignore')
      set('paths', 'paths')
      set('pathsIgnore', 'paths-ignore')
      set('tags', 'tags')
      set('types', 'types')
    }
    out.push(t)
  }
  return out
}

function shellDefault(owner: PlainMap): Located<string> | undefined {
  const defaults = owner.defaults
  if (!isPlainMap(defaults)) return undefined
  const run = defaults.run
  if (!isPlainMap(run)) return undefined
  const shell = run.shell
  if (typeof shell !== 'string') return undefined
  return { value: shell, line: positionOf(run, 'shell')?.line ?? 1 }
}

function readJob(
  id: string,
  body: PlainMap,
  line: number,
  workflowShell: Located<string> | undefined
): JobModel {
  const defaultShell = shellDefault(body) ?? workflowShell
  const runners = runnerOses(body)
  const steps = Array.isArray(body.steps) ? readSteps(body.steps, defaultShell, runners) : []
  const uses = body.uses
  return {
    id,
    line,
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.if !== undefined ? { if: body.if } : {}),
    ...(body.strategy !== undefined ? { strategy: body.strategy } : {}),
    ...(body['runs-on'] !== undefined ? { runsOn: body['runs-on'] } : {}),
    hasPermissions: body.permissions !== undefined,
    ...(body.permissions !== undefined ? { permissions: body.permissions } : {}),
    ...(defaultShell ? { defaultShell } : {}),
    runners,
    ...(typeof uses === 'string'
      ? { uses: { value: uses, line: positionOf(body, 'uses')?.line ?? line } }
      : {}),
    ...(isPlainMap(body.with) ? { with: body.with } : {}),
    steps,
    body
  }
}

/**
 * Steps of a job or of a composite action, each with the shells its `run:` may use.
 *
 * @param list the `steps:` list as parsed
 * @param defaultShell `defaults.run.shell` in force (job, else workflow)
 * @param runners where the steps run
 */
export function readSteps(
  list: Plain[],
  defaultShell: Located<string> | undefined,
  runners: RunnerOs[] | { unknown: string }
): StepModel[] {
  const steps: StepModel[] = []
  list.forEach((raw, index) => {
    if (!isPlainMap(raw)) return
    const line = positionOf(list, index)?.line ?? 1
    const step: StepModel = { index, line, with: {}, shells: [] }
    if (typeof raw.name === 'string') step.name = raw.name
    if (typeof raw.id === 'string') step.id = raw.id
    if (typeof raw.uses === 'string')
      step.uses = { value: raw.uses, line: positionOf(raw, 'uses')?.line ?? line }
    const run = raw.run
    if (typeof run === 'string' || run instanceof Expr) step.run = script(raw, 'run', line)
    if (typeof raw.shell === 'string')
      step.shell = { value: raw.shell, line: positionOf(raw, 'shell')?.line ?? line }
    if (isPlainMap(raw.with)) {
      const w = raw.with
      for (const [k, v] of Object.entries(w)) {
        if (typeof v === 'string' || v instanceof Expr) step.with[k] = script(w, k, line)
      }
    }
    if (step.run) {
      const chosen = step.shell?.value ?? defaultShell?.value
      if (chosen !== undefined) step.shells = [chosen]
      else if ('unknown' in runners) step.shellUnknown = runners.unknown
      else step.shells = [...new Set(runners.map(defaultShellOn))].sort()
    }
    steps.push(step)
  })
  return steps
}

function script(container: PlainMap, key: string, fallbackLine: number): Script {
  const v = container[key]
  const layout = layoutOf(container, key)
  const line = positionOf(container, key)?.line ?? fallbackLine
  if (v instanceof Expr) {
    return { text: v.source, expressions: [...v.parts], ...(layout ? { layout } : {}), line }
  }
  return {
    text: typeof v === 'string' ? v : '',
    expressions: [],
    ...(layout ? { layout } : {}),
    line
  }
}

/** GitHub's default shell for `run:` on each runner OS (docs: jobs.<job_id>.steps[*].shell). */
export function defaultShellOn(os: RunnerOs): string {
  return os === 'windows' ? 'pwsh' : 'bash'
}

/**
 * The operating systems a job's runners may have, from `runs-on` labels (a list, a group's
 * `labels`, or an expression over the matrix, evaluated per combination). GitHub-hosted images
 * name their OS (`ubuntu-*`, `windows-*`, `macos-*`); self-hosted runners carry `Linux`,
 * `Windows` or `macOS` labels (docs: "Using labels with self-hosted runners"). A label set that
 * names no OS is unknown, not assumed to be Linux.
 */
export function runnerOses(body: PlainMap): RunnerOs[] | { unknown: string } {
  const runsOn = body['runs-on']
  if (runsOn === undefined)
    return body.uses !== undefined ? [] : { unknown: 'the job has no runs-on' }
  const combos = expandMatrix(body.strategy, {})
  const values: Plain[] = []
  if (containsExpr(runsOn)) {
    if (typeof combos === 'string')
      return { unknown: `runs-on depends on the matrix, and ${combos}` }
    for (const c of combos.combos) {
      const v = evalPlain(runsOn, c.values)
      if (typeof v === 'string' && v.startsWith('!'))
        return { unknown: `runs-on ${describe(runsOn)} ${v.slice(1)}` }
      values.push(v as Plain)
    }
  } else values.push(runsOn)
  const oses = new Set<RunnerOs>()
  for (const v of values) {
    const os = osOfLabels(labelsOf(v))
    if (!os) return { unknown: `runs-on ${describe(runsOn)} names no operating system` }
    oses.add(os)
  }
  return [...oses].sort()
}

function describe(v: Plain): string {
  if (v instanceof Expr) return v.source.trim()
  try {
    return JSON.stringify(v)
  } catch {
    return '(runs-on)'
  }
}

function containsExpr(v: Plain): boolean {
  if (v instanceof Expr) return true
  if (Array.isArray(v)) return v.some(containsExpr)
  if (isPlainMap(v)) return Object.values(v).some(containsExpr)
  return false
}

/** Evaluates expressions inside a value over one matrix combination; `!reason` when unknown. */
function evalPlain(v: Plain, matrix: Record<string, unknown>): unknown {
  if (v instanceof Expr) {
    const r = evaluateExpression(v.expr, { matrix })
    return 'reason' in r ? `!${r.reason}` : r.value
  }
  if (Array.isArray(v)) {
    const out: unknown[] = []
    for (const x of v) {
      const e = evalPlain(x, matrix)
      if (typeof e === 'string' && e.startsWith('!')) return e
      out.push(e)
    }
    return out
  }
  if (isPlainMap(v)) {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) {
      const e = evalPlain(x, matrix)
      if (typeof e === 'string' && e.startsWith('!')) return e
      out[k] = e
    }
    return out
  }
  return v
}

function labelsOf(v: unknown): string[] {
  if (typeof v === 'string') return [v]
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string')
  if (typeof v === 'object' && v !== null) {
    const labels = (v as Record<string, unknown>).labels
    return labelsOf(labels)
  }
  return []
}

function osOfLabels(labels: readonly string[]): RunnerOs | undefined {
  for (const l of labels) {
    const x = l.toLowerCase()
    if (x.startsWith('windows')) return 'windows'
    if (x.startsWith('macos') || x === 'macos') return 'macos'
    if (x.startsWith('ubuntu') || x === 'linux') return 'linux'
  }
  return undefined
}
