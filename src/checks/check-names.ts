import { evaluateExpression, type Known, type StaticContext } from '../workflow/expressions.js'
import { expandMatrix, findUnresolved, MAX_MATRIX_JOBS, resolveValue } from '../workflow/matrix.js'
import {
  Expr,
  isPlainMap,
  keyPositionOf,
  parseWorkflowFile,
  type Plain,
  type PlainMap,
  type WorkflowFile
} from '../workflow/parse.js'

export type { WorkflowFile } from '../workflow/parse.js'

/**
 * The check names (status-check contexts) a repository's GitHub Actions workflows can produce,
 * spelled as GitHub spells them, so that a required status check can be proved producible.
 *
 * Pure: the workflow texts come in, names and the reasons some names cannot be known go out.
 *
 * How GitHub names a job's check (sources: the job-expansion code GitHub published in
 * actions/runner `src/Sdk/DTPipelines/Pipelines/ObjectTemplating/MatrixBuilder.cs`, the
 * "Running variations of jobs in a workflow" documentation, and check names seen on GitHub):
 * - the job's `name:`, else its id;
 * - a matrix job whose `name:` holds no `${{ }}` expression (or that has no `name:`) gets
 *   ` (v1, v2, …)`: the combination's values in matrix key order. Values an `include` entry adds
 *   to an existing combination are not part of it; empty strings and nulls are left out; object
 *   and list values contribute every scalar inside them, depth first;
 * - a `name:` with expressions is evaluated per combination and gets no suffix;
 * - a name over 100 characters is cut to its first 97 and `...`;
 * - a job that calls a reusable workflow yields `caller / callee` for every job of the callee.
 */

export interface ProducedCheck {
  name: string
  /** The workflow that runs the check (the top-level caller for reusable workflows). */
  workflow: string
  /** The job id in that workflow. */
  job: string
  /** Line of the job's key. */
  line?: number
  /** For a check made by a reusable workflow: the called workflows and jobs, outermost first. */
  via?: { workflow: string; job: string }[]
}

export interface Unresolved {
  workflow: string
  /** `''` when the whole workflow is at fault (cannot be read or parsed). */
  job: string
  reason: string
  line?: number
}

export interface CheckNames {
  /** Sorted by name, then workflow, then job; each (name, workflow, job) once. */
  checks: ProducedCheck[]
  /** Sorted by workflow, then job, then reason. */
  unresolved: Unresolved[]
}

export interface DeriveOptions {
  /** Finds a local reusable workflow by its `uses:` path (`./.github/workflows/x.yml`). */
  resolveLocal?: (path: string) => WorkflowFile | undefined
}

/** GitHub shows at most this many characters of a job name; longer ones end in `...`. */
export const MAX_CHECK_NAME_LENGTH = 100
/** Levels of workflows GitHub connects on github.com: the caller and nine reusable levels. */
export const MAX_WORKFLOW_LEVELS = 10
export { MAX_MATRIX_JOBS }

export function deriveCheckNames(
  files: readonly WorkflowFile[],
  opts: DeriveOptions = {}
): CheckNames {
  const resolve =
    opts.resolveLocal ??
    ((p: string): WorkflowFile | undefined => {
      const want = p.replace(/^\.\//, '')
      return files.find((f) => f.path === want)
    })
  const out: Output = { checks: new Map(), unresolved: new Map() }
  const cache = new Map<string, Parsed>()
  const parse = (f: WorkflowFile): Parsed => {
    let p = cache.get(f.path)
    if (!p) cache.set(f.path, (p = parseWorkflow(f)))
    return p
  }
  const sorted = [...files].sort((a, b) => cmp(a.path, b.path))
  for (const file of sorted) {
    const wf = parse(file)
    if ('error' in wf) {
      addUnresolved(out, { workflow: file.path, job: '', reason: wf.error, line: wf.line })
      continue
    }
    // A workflow only callable by others makes checks only under its callers' names.
    if (wf.callableOnly) continue
    workflowChecks(wf, { level: 1, stack: [wf.path], prefix: '', via: [] }, out, resolve, parse)
  }
  const checks = [...out.checks.values()].sort(
    (a, b) => cmp(a.name, b.name) || cmp(a.workflow, b.workflow) || cmp(a.job, b.job)
  )
  const unresolved = [...out.unresolved.values()].sort(
    (a, b) => cmp(a.workflow, b.workflow) || cmp(a.job, b.job) || cmp(a.reason, b.reason)
  )
  return { checks, unresolved }
}

/**
 * Up to `max` of `available` closest to `wanted` for a "did you mean": edit distance ignoring
 * case; a name containing the other also counts. Ties go by case-insensitive, then exact order.
 */
export function closestNames(wanted: string, available: readonly string[], max = 3): string[] {
  const w = wanted.toLowerCase()
  const limit = Math.max(3, Math.floor(w.length / 3))
  const scored: { name: string; d: number }[] = []
  for (const name of new Set(available)) {
    const n = name.toLowerCase()
    const d = editDistance(w, n)
    if (d <= limit || (w.length > 0 && (n.includes(w) || w.includes(n)) && n.length > 0)) {
      scored.push({ name, d })
    }
  }
  scored.sort(
    (a, b) => a.d - b.d || cmp(a.name.toLowerCase(), b.name.toLowerCase()) || cmp(a.name, b.name)
  )
  return scored.slice(0, Math.max(0, max)).map((s) => s.name)
}

// ---------------------------------------------------------------------------------------------
// Workflows and jobs
// ---------------------------------------------------------------------------------------------

type Parsed = Workflow | { error: string; line?: number }

interface Workflow {
  path: string
  callableOnly: boolean
  /** `on.workflow_call.inputs.<name>.default`, keyed by lower-cased name. */
  inputDefaults: Map<string, unknown>
  jobs: Job[]
}

interface Job {
  id: string
  line?: number
  body: PlainMap
}

interface Output {
  checks: Map<string, ProducedCheck>
  unresolved: Map<string, Unresolved>
}

/** Where a workflow is being read from: the top-level job that runs it, and the name so far. */
interface Frame {
  top?: { workflow: string; job: string; line?: number }
  level: number
  stack: string[]
  prefix: string
  via: { workflow: string; job: string }[]
  /** Inputs of a called workflow; undefined at the top level (where `inputs` are unknown). */
  inputs?: Map<string, Known>
}

/** A workflow as check names need it, read by the one workflow reader (workflow/parse.ts). */
function parseWorkflow(file: WorkflowFile): Parsed {
  const parsed = parseWorkflowFile(file)
  if (!parsed.ok)
    return parsed.line !== undefined
      ? { error: parsed.error, line: parsed.line }
      : { error: parsed.error }
  const root = parsed.root
  const jobsValue = root.jobs
  if (!isPlainMap(jobsValue)) return { error: 'not a workflow: it has no `jobs:` mapping' }
  const jobs: Job[] = []
  for (const [id, body] of Object.entries(jobsValue)) {
    const line = keyPositionOf(jobsValue, id)?.line
    jobs.push({ id, ...(line !== undefined ? { line } : {}), body: isPlainMap(body) ? body : {} })
  }
  const on = root.on
  const triggers =
    typeof on === 'string'
      ? [on]
      : Array.isArray(on)
        ? on.map((t) => (typeof t === 'string' ? t : ''))
        : isPlainMap(on)
          ? Object.keys(on)
          : []
  const callableOnly = triggers.length > 0 && triggers.every((t) => t === 'workflow_call')
  const inputDefaults = new Map<string, unknown>()
  const call = isPlainMap(on) ? on.workflow_call : undefined
  const inputs = isPlainMap(call) ? call.inputs : undefined
  if (isPlainMap(inputs)) {
    for (const [name, spec] of Object.entries(inputs)) {
      if (isPlainMap(spec) && spec.default !== undefined)
        inputDefaults.set(name.toLowerCase(), spec.default)
    }
  }
  return { path: file.path, callableOnly, inputDefaults, jobs }
}

function workflowChecks(
  wf: Workflow,
  frame: Frame,
  out: Output,
  resolve: (p: string) => WorkflowFile | undefined,
  parse: (f: WorkflowFile) => Parsed
): void {
  for (const job of wf.jobs) {
    const top = frame.top ?? { workflow: wf.path, job: job.id, line: job.line }
    const via = frame.top ? [...frame.via, { workflow: wf.path, job: job.id }] : []
    const fail = (reason: string): void =>
      addUnresolved(out, {
        workflow: wf.path,
        job: job.id,
        line: job.line,
        reason: frame.top
          ? `called from ${top.workflow} job "${top.job}" as "${frame.prefix}…": ${reason}`
          : reason
      })
    const instances = jobInstances(job, frame.inputs)
    if (typeof instances === 'string') {
      fail(instances)
      continue
    }
    const uses = job.body.uses
    if (uses === undefined) {
      for (const inst of instances)
        addCheck(
          out,
          { name: frame.prefix + inst.display, workflow: top.workflow, job: top.job },
          top,
          via
        )
      continue
    }
    if (typeof uses !== 'string') {
      fail('`uses:` must be a workflow path')
      continue
    }
    if (!uses.startsWith('./')) {
      fail(
        `reusable workflow ${uses} is not in this repository, so the check names it produces cannot be read; name them in the policy by hand`
      )
      continue
    }
    const file = resolve(uses)
    if (!file) {
      fail(`calls ${uses}, which is not among this repository's workflow files`)
      continue
    }
    if (frame.stack.includes(file.path)) {
      fail(
        `calls ${uses}, which is already being called (${[...frame.stack, file.path].join(' → ')}); GitHub rejects such a cycle`
      )
      continue
    }
    if (frame.level + 1 > MAX_WORKFLOW_LEVELS) {
      fail(
        `calls ${uses} at level ${frame.level + 1}; GitHub connects at most ${MAX_WORKFLOW_LEVELS} levels of workflows`
      )
      continue
    }
    const callee = parse(file)
    if ('error' in callee) {
      fail(`calls ${uses}, which cannot be read: ${callee.error}`)
      continue
    }
    for (const inst of instances) {
      if (inst.skippedOnly) {
        addCheck(
          out,
          { name: frame.prefix + inst.display, workflow: top.workflow, job: top.job },
          top,
          via
        )
        continue
      }
      const inputs = callInputs(job.body.with, callee.inputDefaults, {
        matrix: inst.matrix,
        inputs: frame.inputs
      })
      workflowChecks(
        callee,
        {
          top,
          level: frame.level + 1,
          stack: [...frame.stack, callee.path],
          prefix: `${frame.prefix}${inst.display} / `,
          via,
          inputs
        },
        out,
        resolve,
        parse
      )
    }
  }
}

interface Instance {
  display: string
  matrix: Record<string, unknown>
  /** The name a skipped matrix job reports under (no reusable workflow is called then). */
  skippedOnly?: boolean
}

/** The display name of every run of a job (one per matrix combination), or why it is unknown. */
function jobInstances(job: Job, inputs: Map<string, Known> | undefined): Instance[] | string {
  const expanded = expandMatrix(job.body.strategy, inputs ? { inputs } : {})
  if (typeof expanded === 'string') return expanded
  const raw = job.body.name
  if (typeof raw === 'object' && raw !== null && !(raw instanceof Expr))
    return '`name:` must be text, not a mapping or list'
  const template = raw === undefined || raw === null || raw === '' ? undefined : raw
  const instances: Instance[] = []
  for (const combo of expanded.combos) {
    let display: string
    if (template instanceof Expr) {
      const r = evaluateExpression(template.expr, {
        matrix: combo.values,
        ...(inputs ? { inputs } : {})
      })
      if ('reason' in r) return `name "${template.source.trim()}": ${r.reason}`
      if (typeof r.value === 'object' && r.value !== null)
        return `name "${template.source.trim()}" is an object or list, not text`
      const text = scalarText(r.value)
      if (text === undefined)
        return `name "${template.source.trim()}" is a number GitHub formats differently`
      display = text === '' ? job.id : text
    } else {
      const base = template === undefined ? job.id : (scalarText(template) ?? job.id)
      const segments = expanded.hasMatrix ? nameSegments(combo.nameValues) : []
      if (typeof segments === 'string') return segments
      display = segments.length > 0 ? `${base} (${segments.join(', ')})` : base
    }
    instances.push({ display: truncate(display), matrix: combo.values })
  }
  // A matrix job skipped by its job-level `if:` reports one check under its unexpanded name.
  if (expanded.hasMatrix && job.body.if !== undefined && job.body.if !== true) {
    const unexpanded =
      template === undefined
        ? job.id
        : template instanceof Expr
          ? template.source
          : scalarText(template)
    if (unexpanded !== undefined && !instances.some((i) => i.display === unexpanded))
      instances.push({ display: truncate(unexpanded), matrix: {}, skippedOnly: true })
  }
  return instances
}

function truncate(name: string): string {
  return name.length > MAX_CHECK_NAME_LENGTH
    ? `${name.slice(0, MAX_CHECK_NAME_LENGTH - 3)}...`
    : name
}

/** The values of a combination as GitHub lists them in ` (…)`, or why that is uncertain. */
function nameSegments(values: readonly unknown[]): string[] | string {
  const segments: string[] = []
  for (const v of values) {
    if (v === null || v === undefined || v === '') continue
    if (typeof v === 'object') {
      if (hasEmpty(v)) {
        return `a matrix value is an object or list with an empty or null entry (${JSON.stringify(v)}); GitHub does not document how such a value shows in the check name, so give the job a \`name:\` that picks the fields, e.g. "\${{ matrix.<key>.<field> }}"`
      }
      const flat: string[] = []
      const err = flatten(v, flat)
      if (err) return err
      segments.push(...flat)
      continue
    }
    const s = scalarText(v)
    if (s === undefined) return unshowable(v)
    segments.push(s)
  }
  return segments
}

function unshowable(v: unknown): string {
  const shown = typeof v === 'number' ? String(v) : typeof v
  return `matrix value ${shown} cannot be shown the way GitHub shows it (GitHub writes numbers with 15 significant digits); quote it in the workflow`
}

function hasEmpty(v: unknown): boolean {
  if (v === null || v === undefined || v === '') return true
  if (Array.isArray(v)) return v.length === 0 || v.some(hasEmpty)
  if (isRecord(v)) return Object.keys(v).length === 0 || Object.values(v).some(hasEmpty)
  return false
}

function flatten(v: unknown, into: string[]): string | undefined {
  if (Array.isArray(v)) {
    for (const x of v) {
      const e = flatten(x, into)
      if (e) return e
    }
    return undefined
  }
  if (isRecord(v)) return flatten(Object.values(v), into)
  const s = scalarText(v)
  if (s === undefined) return unshowable(v)
  into.push(s)
  return undefined
}

/** A scalar as GitHub's expressions turn it into text; undefined for numbers it formats apart. */
function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return v
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (v === null || v === undefined) return ''
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return undefined
    // GitHub formats numbers with 15 significant digits ("G15"); exponent forms differ from JS.
    const s = String(Number(v.toPrecision(15)))
    return /e/i.test(s) ? undefined : s
  }
  if (typeof v === 'bigint') return v.toString()
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Inputs of called workflows
// ---------------------------------------------------------------------------------------------

/** The inputs a called workflow sees: the caller's `with:` over the callee's defaults. */
function callInputs(
  withValue: Plain | undefined,
  defaults: Map<string, unknown>,
  callerCtx: StaticContext
): Map<string, Known> {
  const inputs = new Map<string, Known>()
  const calleeCtx: StaticContext = { inputs: new Map() }
  for (const [name, value] of defaults) inputs.set(name, known(value as Plain, calleeCtx, name))
  if (isPlainMap(withValue)) {
    for (const [name, value] of Object.entries(withValue))
      inputs.set(name.toLowerCase(), known(value, callerCtx, name))
  }
  return inputs
}

function known(value: Plain, ctx: StaticContext, name: string): Known {
  const v = resolveValue(value, ctx)
  const why = findUnresolved(v)
  return why === undefined
    ? { value: v }
    : {
        unknown: `input "${name}" is set to ${value instanceof Expr ? value.source.trim() : JSON.stringify(v)}, which is only known when the workflow runs`
      }
}

// ---------------------------------------------------------------------------------------------

function addCheck(
  out: Output,
  check: ProducedCheck,
  top: { line?: number },
  via: { workflow: string; job: string }[]
): void {
  if (top.line !== undefined) check.line = top.line
  if (via.length > 0) check.via = via
  const key = `${check.name}\u0000${check.workflow}\u0000${check.job}`
  if (!out.checks.has(key)) out.checks.set(key, check)
}

function addUnresolved(out: Output, u: Unresolved): void {
  const entry: Unresolved = { workflow: u.workflow, job: u.job, reason: u.reason }
  if (u.line !== undefined) entry.line = u.line
  const key = `${u.workflow}\u0000${u.job}\u0000${u.reason}`
  if (!out.unresolved.has(key)) out.unresolved.set(key, entry)
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost))
    }
    prev = cur
  }
  return prev[b.length] ?? 0
}
