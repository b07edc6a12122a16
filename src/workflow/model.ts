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
 * workflow's `defaults.run.shell` says otherwise).
 *
 * A step's `run:`, `with:` and `env:` values are {@link Script}s: the text the step receives
 * (YAML quoting, indentation and folding resolved: scalar-text.ts), each `${{ }}` found by
 * GitHub's grammar with its line. A job, a `steps:` list or a value written as a YAML alias
 * (docs: "Reusing workflow configurations" → "YAML anchors and aliases") is the anchored text,
 * and also says where the alias is written. The steps of a local composite action are read the
 * same way (composite.ts). Pure.
 */
import { evaluateExpression, falseByKnown } from './expressions.js'
import { expandMatrix } from './matrix.js'
import {
  Expr,
  isPlainMap,
  keyPositionOf,
  layoutOf,
  parseWorkflowFile,
  type ParseFailure,
  positionOf,
  type Plain,
  type PlainList,
  type PlainMap,
  type Position,
  type ScalarLayout,
  type WorkflowFile
} from './parse.js'
import { blockScalarText, expressionSpans, flowScalarText } from './scalar-text.js'

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
  tagsIgnore?: string[]
  types?: string[]
}

/** One `${{ }}` of a {@link Script}: the expression, where it is, and its offsets in the text. */
export interface ScriptExpression {
  /** The expression without `${{ }}`, as GitHub's parser read it. */
  expr: string
  /** Its position in the file, when GitHub's parser gives it. */
  at?: Position
  /** Offsets of `${{` and just after `}}` in {@link Script.text}. */
  start: number
  end: number
  /** The file line the `${{` is on. */
  line: number
}

/**
 * Where a value reached through a YAML alias is written: `at` is the line of the alias (the key
 * whose value is `*name`), `of` the line of the anchored text it stands for.
 */
export interface AliasSite {
  at: number
  of: number
  /** For a job written as an alias: the id of the job whose body is anchored. */
  job?: string
}

/** A scalar written in the workflow: its text, its `${{ }}` parts and how it is laid out. */
export interface Script {
  /**
   * The text the step receives before GitHub substitutes the expressions: YAML indentation,
   * quoting, chomping and folding resolved, each `${{ }}` left as written.
   */
  text: string
  /**
   * Each `${{ }}` part, by GitHub's grammar (a quoted `}}` does not end one), with its position
   * and its offsets in `text`.
   */
  expressions: ScriptExpression[]
  /** Where the value is written; `line` is the header line for a block scalar. */
  layout?: ScalarLayout
  line: number
  /**
   * `lines[k]` is the file line of text line k + 1: exact for single-line values, `|` blocks and
   * values holding `${{ }}`; estimated for folded (`>`) and multi-line flow values without them.
   */
  lines: number[]
  /** Set when the value is an alias of text anchored elsewhere in the file. */
  alias?: AliasSite
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
  /** `env:` entries written as scalars. */
  env: Record<string, Script>
  /** Every shell the `run:` may run under (several when the job's runners differ). */
  shells: string[]
  /** Why the shell is not known, when it is not (runner labels only known at run time). */
  shellUnknown?: string
}

export interface JobModel {
  id: string
  /** Line of the job's id. */
  line: number
  /** Set when the job is written as an alias (`second: *job`) of a job anchored elsewhere. */
  alias?: AliasSite
  /** Set when the job's `steps:` is an alias (`steps: *steps`) of a list anchored elsewhere. */
  stepsAlias?: AliasSite
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
  /** The job's `env:` entries written as scalars. */
  env: Record<string, Script>
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
  /** The workflow's `env:` entries written as scalars. */
  env: Record<string, Script>
  jobs: JobModel[]
}

export type ModelResult = { ok: true; model: WorkflowModel } | ParseFailure

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
      ...(parsed.line !== undefined ? { line: parsed.line } : {}),
      ...(parsed.limit ? { limit: true as const } : {})
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
    const job = readJob(id, body, keyPositionOf(jobsValue, id)?.line ?? 1, defaultShell)
    const alias = aliasSite(jobsValue, id)
    if (alias) {
      const anchored = Object.keys(jobsValue).find(
        (other) =>
          other !== id &&
          positionOf(jobsValue, other)?.line === alias.of &&
          aliasSite(jobsValue, other) === undefined
      )
      job.alias = anchored !== undefined ? { ...alias, job: anchored } : alias
    }
    const stepsAlias = aliasSite(body, 'steps')
    if (stepsAlias) job.stepsAlias = stepsAlias
    jobs.push(job)
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
      env: scriptsOf(root.env),
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
      set('tagsIgnore', 'tags-ignore')
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
  const uses = body.uses
  // Runners and steps are worked out when first read (check names need neither).
  let runs: RunnerRun[] | { unknown: string } | undefined
  let runners: RunnerOs[] | { unknown: string } | undefined
  let steps: StepModel[] | undefined
  const lazy = {
    get runs(): RunnerRun[] | { unknown: string } {
      return (runs ??= runnerRuns(body))
    },
    get runners(): RunnerOs[] | { unknown: string } {
      return (runners ??= osesOf(lazy.runs))
    },
    get steps(): StepModel[] {
      const r = lazy.runs
      return (steps ??= Array.isArray(body.steps)
        ? readSteps(body.steps, defaultShell, lazy.runners, 'unknown' in r ? undefined : r)
        : [])
    }
  }
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
    get runners() {
      return lazy.runners
    },
    ...(typeof uses === 'string'
      ? { uses: { value: uses, line: positionOf(body, 'uses')?.line ?? line } }
      : {}),
    ...(isPlainMap(body.with) ? { with: body.with } : {}),
    env: scriptsOf(body.env),
    get steps() {
      return lazy.steps
    },
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
  list: PlainList,
  defaultShell: Located<string> | undefined,
  runners: RunnerOs[] | { unknown: string },
  runs?: readonly RunnerRun[]
): StepModel[] {
  const steps: StepModel[] = []
  list.forEach((raw, index) => {
    if (!isPlainMap(raw)) return
    const line = positionAt(list, index)?.line ?? 1
    const step: StepModel = { index, line, with: {}, env: {}, shells: [] }
    if (typeof raw.name === 'string') step.name = raw.name
    if (typeof raw.id === 'string') step.id = raw.id
    if (typeof raw.uses === 'string')
      step.uses = { value: raw.uses, line: positionAt(raw, 'uses')?.line ?? line }
    const run = scriptOf(raw, 'run', line)
    if (run) step.run = run
    if (typeof raw.shell === 'string')
      step.shell = { value: raw.shell, line: positionAt(raw, 'shell')?.line ?? line }
    step.with = scriptsOf(raw.with, line, aliasSite(raw, 'with'))
    step.env = scriptsOf(raw.env, line, aliasSite(raw, 'env'))
    if (step.run) {
      const on = 'unknown' in runners ? runners : runnersTaking(raw.if, runners, runs)
      const chosen = step.shell?.value ?? defaultShell?.value
      if (chosen !== undefined) step.shells = shellsOn(chosen, on)
      else if ('unknown' in on) step.shellUnknown = on.unknown
      else step.shells = [...new Set(on.map(defaultShellOn))].sort()
    }
    steps.push(step)
  })
  return steps
}

/** Where a mapping entry's value or a list item is written (a workflow's or an action's). */
const positionAt = positionOf
const keyPositionAt = keyPositionOf
const layoutAt = layoutOf

/**
 * The alias behind a mapping entry, if its value is one: an anchor is written at or after its
 * key, so a value whose text starts before its key is an alias of text anchored earlier.
 */
function aliasSite(container: PlainMap, key: string): AliasSite | undefined {
  const k = keyPositionAt(container, key)
  const v = positionAt(container, key)
  return k && v && v.line < k.line ? { at: k.line, of: v.line } : undefined
}

/**
 * The entries of an `env:` or `with:` mapping written as scalars; when the mapping itself is an
 * alias (`with: *inputs`), each entry is reached through it.
 */
function scriptsOf(
  value: Plain | undefined,
  fallbackLine = 1,
  alias?: AliasSite
): Record<string, Script> {
  const out: Record<string, Script> = {}
  if (!isPlainMap(value)) return out
  for (const k of Object.keys(value)) {
    const s = scriptOf(value, k, fallbackLine)
    if (s) out[k] = s.alias || !alias ? s : { ...s, alias }
  }
  return out
}

/**
 * A string value of a mapping (a `run:`, a `with:` input) as a {@link Script}: the text the step
 * receives, its `${{ }}` parts by GitHub's grammar, and the file line of each text line.
 * Undefined when the value is not a string.
 *
 * @param container the mapping (of a workflow or an action file)
 * @param key the entry
 * @param fallbackLine the line to use when the parser gives none
 */
export function scriptOf(container: PlainMap, key: string, fallbackLine = 1): Script | undefined {
  const v = container[key]
  if (typeof v !== 'string' && !(v instanceof Expr)) return undefined
  const layout = layoutAt(container, key)
  const line = positionAt(container, key)?.line ?? fallbackLine
  const alias = aliasSite(container, key)
  const startLine = layout?.start.line ?? line
  // A block scalar ends at column 1 of the line after its last line.
  const endLine = layout
    ? Math.max(
        startLine,
        layout.end.column === 1 && layout.end.line > startLine
          ? layout.end.line - 1
          : layout.end.line
      )
    : line
  const header = layout?.blockHeader
  const multiLine = endLine > startLine
  let text: string
  let lines: number[]
  if (!(v instanceof Expr)) {
    text = v
    const n = text.split('\n').length
    // `|` keeps its lines; folded and flow values are placed line by line, clamped to the value.
    const first = header !== undefined ? startLine + 1 : startLine
    lines = Array.from({ length: n }, (_, k) => (multiLine ? Math.min(first + k, endLine) : line))
  } else if (v.parts.length === 1 && v.parts[0]?.expr === v.expr) {
    // The whole value is one expression.
    text = `\${{ ${v.expr} }}`
    lines = [v.parts[0]?.at?.line ?? line]
  } else if (multiLine && header !== undefined) {
    const parentIndent = (keyPositionAt(container, key)?.column ?? 1) - 1
    const st = blockScalarText(v.source, header, parentIndent)
    text = st.text
    lines = st.sourceLines.map((j) => Math.min(startLine + 1 + j, endLine))
  } else if (multiLine) {
    const st = flowScalarText(v.source)
    text = st.text
    lines = st.sourceLines.map((j) => Math.min(startLine + j, endLine))
  } else {
    text = v.source
    lines = [line]
  }
  const expressions: ScriptExpression[] = []
  if (v instanceof Expr) {
    const spans = expressionSpans(text)
    const same = spans.length === v.parts.length
    let lineIndex = 0
    let scanned = 0
    for (const [i, span] of spans.entries()) {
      for (; scanned < span.start; scanned++) if (text[scanned] === '\n') lineIndex++
      const part = same ? v.parts[i] : undefined
      const fileLine = lines[Math.min(lineIndex, lines.length - 1)] ?? line
      expressions.push({
        expr: part?.expr ?? span.expr,
        ...(part?.at && part.at.line === fileLine ? { at: part.at } : {}),
        start: span.start,
        end: span.end,
        line: fileLine
      })
    }
  }
  return {
    text,
    expressions,
    ...(layout ? { layout } : {}),
    line,
    lines,
    ...(alias ? { alias } : {})
  }
}

/** The file line of text line `k` (1-based) of a script, clamped to the script. */
export function scriptLine(s: Script, k: number): number {
  const i = Math.min(Math.max(1, k), s.lines.length) - 1
  return s.lines[i] ?? s.line
}

/** GitHub's default shell for `run:` on each runner OS (docs: jobs.<job_id>.steps[*].shell). */
/** `runner.os` as GitHub writes it (docs "Contexts reference", runner context). */
const RUNNER_OS_NAME: Readonly<Record<RunnerOs, string>> = {
  linux: 'Linux',
  windows: 'Windows',
  macos: 'macOS'
}

/**
 * The runners a step runs on, given its `if:`: a runner is left out when the condition is false
 * for every run of the job on it, by `runner.os` and the run's matrix combination
 * (expressions.ts `falseByKnown`: the condition, or an operand of its top-level `&&`, reads only
 * those and is falsy). `if: runner.os == 'Windows'` or `if: matrix.os == 'windows-latest'` in a
 * job whose matrix also runs on Linux: the step's PowerShell never meets bash there (numpy's
 * wheels.yml); `always() && runner.os == 'Windows'` too. Empty when the step runs on none.
 *
 * @param runs the job's runs (with their matrix combinations), when known; else only
 *   `runner.os` is read
 */
function runnersTaking(
  condition: Plain | undefined,
  runners: RunnerOs[],
  runs?: readonly RunnerRun[]
): RunnerOs[] {
  if (condition === undefined || condition === null) return runners
  const expr =
    condition instanceof Expr ? condition.expr : typeof condition === 'string' ? condition : ''
  if (!/\b(runner\.os|matrix)\b/i.test(expr)) return runners
  const all = runs ?? runners.map((os) => ({ os }))
  const kept = new Set(
    all
      .filter(
        (r: RunnerRun) =>
          !falseByKnown(expr, {
            runner: { os: RUNNER_OS_NAME[r.os] },
            ...(r.matrix ? { matrix: r.matrix } : {})
          })
      )
      .map((r) => r.os)
  )
  return runners.filter((os) => kept.has(os))
}

/**
 * The shells a step's `shell:` (or `defaults.run.shell`) runs as on its runners. `sh` is
 * `/bin/sh`: dash on Ubuntu runners, but bash in POSIX mode on macOS (sh(1) on macOS: sh runs
 * bash, dash or zsh per /private/var/select/sh, bash by default), which accepts bash syntax such
 * as arrays; there it is checked as `bash --posix`. Other shells are what they say.
 */
function shellsOn(chosen: string, runners: RunnerOs[] | { unknown: string }): string[] {
  if (!('unknown' in runners) && runners.length === 0) return []
  const [first = '', ...rest] = chosen.trim().split(/\s+/)
  if (first !== 'sh' || 'unknown' in runners || !runners.includes('macos')) return [chosen]
  const mac = ['bash', '--posix', ...rest].join(' ')
  return [...new Set(runners.map((os) => (os === 'macos' ? mac : chosen)))].sort()
}

export function defaultShellOn(os: RunnerOs): string {
  return os === 'windows' ? 'pwsh' : 'bash'
}

/** The operating systems of a job's runs, each once, sorted; or why they are unknown. */
function osesOf(runs: RunnerRun[] | { unknown: string }): RunnerOs[] | { unknown: string } {
  return 'unknown' in runs ? runs : [...new Set(runs.map((r) => r.os))].sort()
}

/** One run of a job: its runner's operating system, and its matrix combination if it has one. */
export interface RunnerRun {
  os: RunnerOs
  matrix?: Record<string, unknown>
}

/**
 * Every run of a job (one per matrix combination) with its runner's operating system, from
 * `runs-on` labels (a list, a group's `labels`, or an expression over the matrix, evaluated per
 * combination). GitHub-hosted images name their OS (`ubuntu-*`, `windows-*`, `macos-*`);
 * self-hosted runners carry `Linux`, `Windows` or `macOS` labels (docs: "Using labels with
 * self-hosted runners"). A label set that names no OS is unknown, not assumed to be Linux. The
 * combination is given when the job has a matrix that could be expanded.
 */
export function runnerRuns(body: PlainMap): RunnerRun[] | { unknown: string } {
  const runsOn = body['runs-on']
  if (runsOn === undefined)
    return body.uses !== undefined ? [] : { unknown: 'the job has no runs-on' }
  const combos = expandMatrix(body.strategy, {})
  const values: { v: Plain; matrix?: Record<string, unknown> }[] = []
  if (containsExpr(runsOn)) {
    if (typeof combos === 'string')
      return { unknown: `runs-on depends on the matrix, and ${combos}` }
    for (const c of combos.combos) {
      const v = evalPlain(runsOn, c.values)
      if (typeof v === 'string' && v.startsWith('!'))
        return { unknown: `runs-on ${describe(runsOn)} ${v.slice(1)}` }
      values.push({ v: v as Plain, ...(combos.hasMatrix ? { matrix: c.values } : {}) })
    }
  } else if (typeof combos !== 'string' && combos.hasMatrix)
    for (const c of combos.combos) values.push({ v: runsOn, matrix: c.values })
  else values.push({ v: runsOn })
  const runs: RunnerRun[] = []
  for (const { v, matrix } of values) {
    const os = osOfLabels(labelsOf(v))
    if (!os) return { unknown: `runs-on ${describe(runsOn)} names no operating system` }
    runs.push({ os, ...(matrix ? { matrix } : {}) })
  }
  return runs
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
    const direct = matrixMember(v.expr, matrix)
    if (direct !== undefined) return direct
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

const MATRIX_MEMBER = /^\s*matrix((?:\.[A-Za-z_][\w-]*)+)\s*$/

/**
 * `matrix.platform.os` read straight from the combination (keys match without regard to case,
 * as GitHub's property access does); undefined for any other expression, which GitHub's engine
 * evaluates. Most `runs-on:` expressions are this one form.
 */
function matrixMember(expr: string, matrix: Record<string, unknown>): string | undefined {
  const m = MATRIX_MEMBER.exec(expr)
  if (!m) return undefined
  let cur: unknown = matrix
  for (const key of (m[1] as string).slice(1).split('.')) {
    if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) return undefined
    const rec = cur as Record<string, unknown>
    const k = Object.hasOwn(rec, key)
      ? key
      : Object.keys(rec).find((x) => x.toLowerCase() === key.toLowerCase())
    if (k === undefined) return undefined
    cur = rec[k]
  }
  return typeof cur === 'string' && !cur.startsWith('!') ? cur : undefined
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
