import { evaluateExpression, type Known, type StaticContext } from '../workflow/expressions.js'
import { expandMatrix, findUnresolved, MAX_MATRIX_JOBS, resolveValue } from '../workflow/matrix.js'
import { isSameRepositoryUses, resolveLocal } from '../workflow/local-uses.js'
import { readWorkflowModel } from '../workflow/model.js'
import {
  Expr,
  isPlainMap,
  type Plain,
  type PlainMap,
  type WorkflowFile
} from '../workflow/parse.js'
import type { TriggerFilters } from '../workflow/triggers.js'
import { overridesNeeds, type JobCondition } from './job-condition.js'
import {
  noName,
  splitTemplate,
  startingWith,
  type NamePattern,
  type Segment
} from './name-pattern.js'

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
 * - a `name:` with expressions is evaluated per combination and gets no suffix; besides the
 *   matrix and a called workflow's inputs, `github.workflow` (the top-level workflow's `name:`,
 *   else its path), `github.event_name` (when one event starts it) and `strategy.job-index` /
 *   `job-total` are known before the run (docs "Contexts reference"); anything else is not;
 * - a name over 100 characters is cut to its first 97 and `...`;
 * - a job that calls a reusable workflow yields `caller / callee` for every job of the callee.
 *   A call GitHub cannot make (a missing local workflow, one without `workflow_call`, one GitHub
 *   refuses, a cycle, more than 10 levels) refuses the whole top-level workflow: none of its
 *   names is produced.
 *
 * Each name carries what decides whether it reaches a pull request (checks/producibility.ts): the
 * `on:` of the workflow that starts the run (for a reusable workflow, its top-level caller's: docs
 * "Reusing workflows", the called workflow runs in the caller's event) and the job-level `if:`
 * conditions it runs under. A name that cannot be worked out keeps the parts that are known
 * ({@link NamePattern}), so only the required checks it could spell are in doubt.
 */

/** The `on:` of a workflow: where it is written and each event with its filters. */
export interface OnEvents {
  line: number
  events: TriggerFilters[]
}

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
  /** The triggers of `workflow` (the top-level caller), under which the check is made. */
  on: OnEvents
  /**
   * The job-level `if:` conditions the job runs under, outermost first: each caller job's, then
   * the job's own; each followed by those of the jobs it `needs` (a skipped needed job skips it,
   * unless its `if:` calls always(), failure() or cancelled()).
   */
  conditions?: JobCondition[]
  /** Reported only when the job is skipped (a matrix job's unexpanded name). */
  whenSkipped?: true
}

export interface Unresolved {
  workflow: string
  /** `''` when the whole workflow is at fault (cannot be read or parsed). */
  job: string
  reason: string
  line?: number
  /** The names the job may report under; undefined: any name (nothing of it is known). */
  names?: NamePattern
  /** The triggers of the workflow that would run it; undefined: not known. */
  on?: OnEvents
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
/**
 * Levels of workflows GitHub connects on github.com: the caller and nine reusable levels (docs:
 * "Reusing workflow configurations" → "Limitations of reusable workflows", "You can connect up to
 * ten levels of workflows", https://docs.github.com/en/actions/reference/workflows-and-actions/reusing-workflow-configurations;
 * GitHub Enterprise Server: four).
 */
export const MAX_WORKFLOW_LEVELS = 10
/**
 * Unique reusable workflows one workflow file may call, counting every tree of nested reusable
 * workflows from the top-level caller; GitHub refuses a workflow past it (same docs page: "You can
 * call a maximum of 50 unique reusable workflows from a single workflow file"; GitHub Enterprise
 * Server: 20).
 */
export const MAX_REUSABLE_WORKFLOWS = 50
/**
 * Check runs one workflow run can make: a run is one check suite, and GitHub creates at most
 * 50,000 check runs in a check suite; past that, further check runs are not created (docs:
 * "Actions limits", Checks, https://docs.github.com/en/actions/reference/limits). A workflow whose
 * jobs, matrices and reusable workflows multiply past it (say 3 levels × 256 jobs: 16 million) is
 * not expanded further: which of its checks appear is not known.
 */
export const MAX_CHECK_RUNS = 50_000
/**
 * Steps gonogo spends deriving the checks of one top-level workflow (jobs visited, `needs:` edges
 * and `if:` conditions collected for each job run), a gonogo limit that bounds the run time where
 * GitHub documents none (long `needs:` chains in jobs that each run many times). Past it the
 * workflow's checks are reported as unknown.
 */
export const MAX_DERIVATION_STEPS = 250_000
export { MAX_MATRIX_JOBS }

/** Why one top-level workflow's derivation stopped; `refused`: GitHub would refuse the workflow. */
class OverLimit extends Error {
  constructor(
    readonly reason: string,
    readonly refused: boolean,
    /** The line of the top-level workflow's job it comes from, when one job causes it. */
    readonly line?: number
  ) {
    super(reason)
  }
}

/** What one top-level workflow may still spend (see the limits above). */
interface Spend {
  checkRuns: number
  steps: number
  /** The reusable workflows reached so far (local paths, remote `uses:` as written). */
  reusable: Set<string>
}

function spend(budget: Spend, steps: number): void {
  budget.steps -= steps
  if (budget.steps < 0)
    throw new OverLimit(
      `deriving this workflow's check names takes more than ${MAX_DERIVATION_STEPS} steps (gonogo's limit: jobs run × their needs and conditions); its check names are not worked out — name them in the policy by hand`,
      false
    )
}

/**
 * The checks the workflows can produce and the names that cannot be worked out. Cost: linear in
 * the workflows' size and in the checks produced, which GitHub's own limits bound per top-level
 * workflow ({@link MAX_WORKFLOW_LEVELS}, {@link MAX_REUSABLE_WORKFLOWS}, {@link MAX_CHECK_RUNS},
 * {@link MAX_MATRIX_JOBS}); a workflow past one of them is reported as unresolved, naming the
 * limit. Never throws: anything unexpected while deriving one workflow makes that workflow
 * unresolved.
 *
 * @param files the repository's workflow files (`.github/workflows/*.yml`)
 * @param opts how a local `uses: ./.github/workflows/x.yml` is found
 */
export function deriveCheckNames(
  files: readonly WorkflowFile[],
  opts: DeriveOptions = {}
): CheckNames {
  const resolve =
    opts.resolveLocal ?? ((p: string): WorkflowFile | undefined => resolveLocal(files, p))
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
      addUnresolved(out, {
        workflow: file.path,
        job: '',
        reason: wf.error,
        ...(wf.line !== undefined ? { line: wf.line } : {}),
        // GitHub runs nothing of a workflow it refuses; an unreadable one could hold anything.
        ...(wf.refused ? { names: noName(file.path) } : {})
      })
      continue
    }
    // A workflow only callable by others makes checks only under its callers' names.
    if (wf.callableOnly) continue
    // Each top-level workflow is one run (one check suite): derived apart, kept only if whole.
    const own: Output = { checks: new Map(), unresolved: new Map() }
    const budget: Spend = {
      checkRuns: MAX_CHECK_RUNS,
      steps: MAX_DERIVATION_STEPS,
      reusable: new Set()
    }
    try {
      workflowChecks(
        wf,
        {
          level: 1,
          stack: [wf.path],
          prefix: '',
          via: [],
          on: wf.on,
          github: staticGithub(wf),
          conditions: []
        },
        own,
        resolve,
        parse,
        budget
      )
    } catch (e) {
      const stop =
        e instanceof OverLimit
          ? e
          : new OverLimit(
              `its check names could not be worked out (${e instanceof Error ? e.message.split('\n')[0]?.slice(0, 200) : String(e).slice(0, 200)}); name them in the policy by hand`,
              false
            )
      addUnresolved(out, {
        workflow: file.path,
        job: '',
        reason: stop.reason,
        // GitHub runs nothing of a workflow it refuses; otherwise any name may appear.
        ...(stop.refused ? { names: noName(file.path) } : {}),
        ...(stop.line !== undefined ? { line: stop.line } : {}),
        on: wf.on
      })
      continue
    }
    for (const c of own.checks.values()) addCheck(out, c)
    for (const u of own.unresolved.values()) addUnresolved(out, u)
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

/** A workflow, or why it cannot be read; `refused` when GitHub would refuse it (runs nothing). */
type Parsed = Workflow | { error: string; line?: number; refused: boolean }

interface Workflow {
  path: string
  /** `name:` as written (text only), for `github.workflow`. */
  name?: string
  callableOnly: boolean
  on: OnEvents
  /** `on.workflow_call.inputs.<name>.default`, keyed by lower-cased name. */
  inputDefaults: Map<string, unknown>
  jobs: Job[]
  byId: Map<string, Job>
}

interface Job {
  id: string
  line: number
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
  /** The top-level workflow's triggers. */
  on: OnEvents
  /**
   * Members of `github` known before the run, from the top-level workflow (a called workflow's
   * `github` context is its caller's, docs "Contexts reference"): `workflow`, and `event_name`
   * when one event starts it.
   */
  github: Record<string, unknown>
  /** The `if:` conditions of the caller jobs (and the jobs they need), outermost first. */
  conditions: JobCondition[]
}

/** A workflow as check names need it, read by the one workflow model (workflow/model.ts). */
function parseWorkflow(file: WorkflowFile): Parsed {
  const read = readWorkflowModel(file)
  if (!read.ok)
    return {
      error: read.error,
      ...(read.line !== undefined ? { line: read.line } : {}),
      refused: file.readError === undefined && !read.limit
    }
  const model = read.model
  const jobs: Job[] = model.jobs.map((j) => ({ id: j.id, line: j.line, body: j.body }))
  const inputDefaults = new Map<string, unknown>()
  const on = model.root.on
  const call = isPlainMap(on) ? on.workflow_call : undefined
  const inputs = isPlainMap(call) ? call.inputs : undefined
  if (isPlainMap(inputs)) {
    for (const [name, spec] of Object.entries(inputs)) {
      if (isPlainMap(spec) && spec.default !== undefined)
        inputDefaults.set(name.toLowerCase(), spec.default)
    }
  }
  const name = model.root.name
  return {
    path: file.path,
    ...(typeof name === 'string' && name !== '' ? { name } : {}),
    callableOnly: model.callableOnly,
    on: { line: model.onLine, events: model.triggers },
    inputDefaults,
    jobs,
    byId: new Map(jobs.map((j) => [j.id, j]))
  }
}

function workflowChecks(
  wf: Workflow,
  frame: Frame,
  out: Output,
  resolve: (p: string) => WorkflowFile | undefined,
  parse: (f: WorkflowFile) => Parsed,
  budget: Spend
): void {
  for (const job of wf.jobs) {
    const top = frame.top ?? { workflow: wf.path, job: job.id, line: job.line }
    const via = frame.top ? [...frame.via, { workflow: wf.path, job: job.id }] : []
    const conditions = [...frame.conditions, ...jobConditions(wf, job, frame.inputs, budget)]
    spend(budget, 1 + conditions.length)
    const fail = (reason: string, names?: NamePattern): void =>
      addUnresolved(out, {
        workflow: wf.path,
        job: job.id,
        line: job.line,
        reason: frame.top
          ? `called from ${top.workflow} job "${top.job}" as "${frame.prefix}…": ${reason}`
          : reason,
        ...(names ? { names } : {}),
        on: frame.on
      })
    const made = (name: string, whenSkipped?: boolean): void => {
      if (--budget.checkRuns < 0)
        throw new OverLimit(
          `its jobs, matrices and reusable workflows make more than ${MAX_CHECK_RUNS} checks in one run; GitHub creates at most ${MAX_CHECK_RUNS} check runs per check suite (docs: "Actions limits", Checks), so which of them appear is not known`,
          false
        )
      spend(budget, 1)
      addCheck(out, {
        name,
        workflow: top.workflow,
        job: top.job,
        ...(top.line !== undefined ? { line: top.line } : {}),
        ...(via.length > 0 ? { via } : {}),
        on: frame.on,
        ...(conditions.length > 0 ? { conditions } : {}),
        ...(whenSkipped ? { whenSkipped: true as const } : {})
      })
    }
    const uses = job.body.uses
    const instances = jobInstances(job, frame.inputs, frame.github)
    if ('reason' in instances) {
      fail(instances.reason, prefixed(frame.prefix, instances.names, uses !== undefined))
      continue
    }
    if (uses === undefined) {
      for (const inst of instances) made(frame.prefix + inst.display, inst.skippedOnly)
      continue
    }
    const callers = instances.filter((i) => !i.skippedOnly)
    for (const inst of instances) if (inst.skippedOnly) made(frame.prefix + inst.display, true)
    // What the callee's checks start with, when they cannot be read.
    const calleePattern = startingWith(
      `${frame.prefix}${callers[0]?.display ?? job.id} / …`,
      callers.map((i) => `${frame.prefix}${i.display} / `)
    )
    if (typeof uses !== 'string') {
      fail('`uses:` must be a workflow path', calleePattern)
      continue
    }
    countReusable(budget, isSameRepositoryUses(uses) ? (resolve(uses)?.path ?? uses) : uses)
    if (!isSameRepositoryUses(uses)) {
      fail(
        `reusable workflow ${uses} is not in this repository, so the check names it produces cannot be read; name them in the policy by hand`,
        calleePattern
      )
      continue
    }
    // GitHub resolves every called workflow before it starts a run: a call it cannot make
    // refuses the whole top-level workflow ("Invalid workflow file … error parsing called
    // workflow"), so none of its jobs report a check (thrown up to the top-level workflow).
    // Typed on the const, so that a call narrows as a throw does.
    const refuse: (why: string) => never = (why) => {
      throw new OverLimit(
        `job "${job.id}"${frame.top ? ` (called from ${top.workflow} job "${top.job}")` : ''} ${why}; GitHub refuses the whole workflow and runs none of its jobs`,
        true,
        frame.top?.line ?? job.line
      )
    }
    const file = resolve(uses)
    if (!file)
      refuse(
        `calls ${uses}, which is not among this repository's workflow files ("workflow was not found")`
      )
    if (frame.stack.includes(file.path))
      refuse(
        `calls ${uses}, which is already being called (${[...frame.stack, file.path].join(' → ')}): a cycle`
      )
    if (frame.level + 1 > MAX_WORKFLOW_LEVELS)
      refuse(
        `calls ${uses} at level ${frame.level + 1}; GitHub connects at most ${MAX_WORKFLOW_LEVELS} levels of workflows`
      )
    const callee = parse(file)
    if ('error' in callee) {
      if (callee.refused)
        refuse(
          `calls ${uses}, which GitHub would refuse: ${callee.error.replace(/^GitHub would refuse this workflow: /, '')}`
        )
      fail(`calls ${uses}, which cannot be read: ${callee.error}`, calleePattern)
      continue
    }
    if (!callee.on.events.some((t) => t.event === 'workflow_call'))
      refuse(
        `calls ${uses}, which is not reusable: its \`on:\` has no \`workflow_call\` ("workflow is not reusable as it is missing a \`on.workflow_call\` trigger")`
      )
    for (const inst of callers) {
      spend(budget, 1)
      const inputs = callInputs(job.body.with, callee.inputDefaults, {
        matrix: inst.matrix,
        ...(inst.strategy ? { strategy: inst.strategy } : {}),
        inputs: frame.inputs,
        github: frame.github
      })
      workflowChecks(
        callee,
        {
          top,
          level: frame.level + 1,
          stack: [...frame.stack, callee.path],
          prefix: `${frame.prefix}${inst.display} / `,
          via,
          inputs,
          on: frame.on,
          github: frame.github,
          conditions: conditions.map((c) => ({
            ...c,
            role: c.role === 'own' || c.role === 'calling' ? 'calling' : 'calling-needs'
          }))
        },
        out,
        resolve,
        parse,
        budget
      )
    }
  }
}

/** Counts a reusable workflow reached from the top-level workflow; past GitHub's limit, stops. */
function countReusable(budget: Spend, key: string): void {
  budget.reusable.add(key)
  if (budget.reusable.size > MAX_REUSABLE_WORKFLOWS)
    throw new OverLimit(
      `it calls more than ${MAX_REUSABLE_WORKFLOWS} unique reusable workflows (counting nested ones); GitHub allows at most ${MAX_REUSABLE_WORKFLOWS} from one workflow file and refuses it (docs: "Reusing workflow configurations", Limitations of reusable workflows)`,
      true
    )
}

/**
 * The `if:` conditions a job runs under in its workflow: its own, then (unless its own calls
 * always(), failure() or cancelled()) those of the jobs it needs, transitively (docs:
 * "jobs.<job_id>.needs": a job whose needed job is skipped is skipped too).
 */
function jobConditions(
  wf: Workflow,
  job: Job,
  inputs: Map<string, Known> | undefined,
  budget: Spend
): JobCondition[] {
  const own = conditionOf(wf, job, inputs, 'own')
  if (own && overridesNeeds(own.expr)) return [own]
  const memo = neededConditionsMemo(wf, inputs)
  const out: JobCondition[] = own ? [own] : []
  const seen = new Set<string>(own ? [job.id] : [])
  for (const n of needsOf(job.body)) {
    const needed = wf.byId.get(n)
    if (!needed) continue
    for (const c of neededConditions(wf, needed, inputs, memo, budget)) {
      if (!seen.has(c.job)) {
        seen.add(c.job)
        out.push(c)
      }
    }
  }
  spend(budget, 1 + out.length)
  return out
}

/** Per workflow and `inputs`: each needed job's conditions, worked out once. */
const NEEDED = new WeakMap<Workflow, WeakMap<object, Map<string, JobCondition[]>>>()
const NO_INPUTS = {}

function neededConditionsMemo(
  wf: Workflow,
  inputs: Map<string, Known> | undefined
): Map<string, JobCondition[]> {
  let byInputs = NEEDED.get(wf)
  if (!byInputs) NEEDED.set(wf, (byInputs = new WeakMap<object, Map<string, JobCondition[]>>()))
  let memo = byInputs.get(inputs ?? NO_INPUTS)
  if (!memo) byInputs.set(inputs ?? NO_INPUTS, (memo = new Map<string, JobCondition[]>()))
  return memo
}

/**
 * The conditions a job brings to the jobs that need it: its own `if:`, then (unless that calls
 * always(), failure() or cancelled()) its needed jobs' in `needs:` order, each job once where
 * first reached — the order of a depth-first walk. Memoised per job and computed bottom-up with
 * an explicit stack, so the cost is linear in jobs and `needs:` edges (times the conditions
 * kept) and a long chain cannot overflow the call stack; a `needs:` cycle (GitHub refuses one)
 * is cut where it closes.
 */
function neededConditions(
  wf: Workflow,
  start: Job,
  inputs: Map<string, Known> | undefined,
  memo: Map<string, JobCondition[]>,
  budget: Spend
): JobCondition[] {
  const done = memo.get(start.id)
  if (done) return done
  const stack: { job: Job; next: number; needs: Job[] }[] = []
  const onStack = new Set<string>()
  const open = (j: Job): void => {
    const c = conditionOf(wf, j, inputs, 'needs')
    const needs =
      c && overridesNeeds(c.expr)
        ? []
        : needsOf(j.body)
            .map((n) => wf.byId.get(n))
            .filter((n): n is Job => n !== undefined)
    spend(budget, 1 + needs.length)
    onStack.add(j.id)
    stack.push({ job: j, next: 0, needs })
  }
  open(start)
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number]
    if (top.next < top.needs.length) {
      const n = top.needs[top.next++] as Job
      if (!memo.has(n.id) && !onStack.has(n.id)) open(n)
      continue
    }
    stack.pop()
    onStack.delete(top.job.id)
    const own = conditionOf(wf, top.job, inputs, 'needs')
    const out: JobCondition[] = own ? [own] : []
    const seen = new Set<string>(own ? [top.job.id] : [])
    for (const n of top.needs) {
      for (const c of memo.get(n.id) ?? []) {
        if (!seen.has(c.job)) {
          seen.add(c.job)
          out.push(c)
        }
      }
    }
    spend(budget, out.length)
    memo.set(top.job.id, out)
  }
  return memo.get(start.id) ?? []
}

function conditionOf(
  wf: Workflow,
  job: Job,
  inputs: Map<string, Known> | undefined,
  role: JobCondition['role']
): JobCondition | undefined {
  const raw = job.body.if
  if (raw === undefined || raw === null) return undefined
  const expr =
    raw instanceof Expr
      ? raw.expr
      : typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
        ? String(raw)
        : undefined
  if (expr === undefined || expr.trim() === '' || expr.trim() === 'true') return undefined
  return {
    workflow: wf.path,
    job: job.id,
    line: job.line,
    role,
    text: raw instanceof Expr ? raw.source.trim() : expr,
    expr,
    ...(inputs ? { inputs } : {})
  }
}

function needsOf(body: PlainMap): string[] {
  const needs = body.needs
  if (typeof needs === 'string') return [needs]
  return Array.isArray(needs) ? needs.filter((n): n is string => typeof n === 'string') : []
}

/** The unresolved names of a job behind the names of its callers; a call is followed by more. */
function prefixed(
  prefix: string,
  names: NamePattern | undefined,
  calls: boolean
): NamePattern | undefined {
  if (!names) return prefix || calls ? startingWith(`${prefix}…`, [prefix]) : undefined
  return {
    shown: `${prefix}${names.shown}${calls ? ' / …' : ''}`,
    alternatives: names.alternatives.map((alt) => [
      ...(prefix ? [prefix] : []),
      ...alt,
      ...(calls ? [null] : [])
    ])
  }
}

interface Instance {
  display: string
  matrix: Record<string, unknown>
  /** `strategy.job-index` and `job-total` of a matrix run. */
  strategy?: Record<string, unknown>
  /** The name a skipped matrix job reports under (no reusable workflow is called then). */
  skippedOnly?: boolean
}

/**
 * The display name of every run of a job (one per matrix combination), or why they are unknown
 * with what is known of them.
 */
function jobInstances(
  job: Job,
  inputs: Map<string, Known> | undefined,
  github: Record<string, unknown>
): Instance[] | { reason: string; names?: NamePattern } {
  const raw = job.body.name
  if (typeof raw === 'object' && raw !== null && !(raw instanceof Expr))
    return { reason: '`name:` must be text, not a mapping or list' }
  const template = raw === undefined || raw === null || raw === '' ? undefined : raw
  const expanded = expandMatrix(job.body.strategy, inputs ? { inputs } : {})
  if (typeof expanded === 'string')
    return { reason: expanded, names: namePattern(job, template, true, inputs, github) }
  const instances: Instance[] = []
  for (const [index, combo] of expanded.combos.entries()) {
    let display: string
    // strategy.job-index / job-total: the run's place among the matrix's runs (docs "Contexts
    // reference", strategy context), in the order the combinations are expanded.
    const strategy = expanded.hasMatrix
      ? { 'job-index': index, 'job-total': expanded.combos.length }
      : undefined
    if (template instanceof Expr) {
      const r = evaluateExpression(template.expr, {
        matrix: combo.values,
        ...(strategy ? { strategy } : {}),
        ...(inputs ? { inputs } : {}),
        github
      })
      const names = namePattern(job, template, expanded.hasMatrix, inputs, github)
      if ('reason' in r) return { reason: `name "${template.source.trim()}": ${r.reason}`, names }
      if (typeof r.value === 'object' && r.value !== null)
        return { reason: `name "${template.source.trim()}" is an object or list, not text`, names }
      const text = scalarText(r.value)
      if (text === undefined)
        return {
          reason: `name "${template.source.trim()}" is a number GitHub formats differently`,
          names
        }
      display = text === '' ? job.id : text
    } else {
      const base = template === undefined ? job.id : (scalarText(template) ?? job.id)
      const segments = expanded.hasMatrix ? nameSegments(combo.nameValues) : []
      if (typeof segments === 'string')
        return { reason: segments, names: namePattern(job, template, true, inputs, github) }
      display = segments.length > 0 ? `${base} (${segments.join(', ')})` : base
    }
    instances.push({
      display: truncate(display),
      matrix: combo.values,
      ...(strategy ? { strategy } : {})
    })
  }
  // A matrix job skipped by its job-level `if:` reports one check under its unexpanded name.
  if (
    expanded.hasMatrix &&
    job.body.if !== undefined &&
    job.body.if !== true &&
    job.body.if !== 'true'
  ) {
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

/**
 * What is known of a job's names when they cannot all be worked out: a `name:` with expressions
 * keeps its text and each part known before the run (a called workflow's inputs, literals), with
 * a wildcard for the rest; a plain name (or the id) is itself or, with a matrix, itself followed
 * by ` (…)`. A matrix job skipped by its `if:` reports its unexpanded name, kept as written.
 */
function namePattern(
  job: Job,
  template: Plain | undefined,
  matrix: boolean,
  inputs: Map<string, Known> | undefined,
  github: Record<string, unknown>
): NamePattern {
  if (template instanceof Expr) {
    const segments: Segment[] = []
    for (const piece of splitTemplate(template.source)) {
      if (typeof piece === 'string') {
        segments.push(piece)
        continue
      }
      // A part that reads only inputs or literals is known; one that reads the matrix is not.
      const r = evaluateExpression(piece.expr, { ...(inputs ? { inputs } : {}), github })
      const text = 'value' in r ? scalarText(r.value) : undefined
      segments.push(text ?? null)
    }
    const alternatives: Segment[][] = [segments, [job.id]]
    if (matrix) alternatives.push([template.source])
    return { shown: template.source.trim(), alternatives }
  }
  const base = template === undefined ? job.id : (scalarText(template) ?? job.id)
  return {
    shown: matrix ? `${base} (…)` : base,
    alternatives: matrix ? [[base], [`${base} (`, null, ')']] : [[base]]
  }
}

/**
 * The members of `github` a workflow's job names may use before it runs (docs "Contexts
 * reference", github context): `workflow`, its `name:` or else its path; `event_name` when
 * exactly one event starts it (with several, the name differs by event and stays unknown).
 */
function staticGithub(wf: Workflow): Record<string, unknown> {
  const events = new Set(wf.on.events.map((t) => t.event))
  return {
    workflow: wf.name ?? wf.path,
    ...(events.size === 1 ? { event_name: [...events][0] } : {})
  }
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
        return `a matrix value is an object or list with an empty or null entry (${JSON.stringify(v)}); GitHub does not document how such a value shows in the check name, so gonogo does not guess the check name`
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
  return `matrix value ${shown} cannot be shown the way GitHub shows it (GitHub writes numbers with 15 significant digits and formats exponents its own way), so gonogo does not guess the check name`
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

function addCheck(out: Output, check: ProducedCheck): void {
  const key = `${check.name}\u0000${check.workflow}\u0000${check.job}`
  if (!out.checks.has(key)) out.checks.set(key, check)
}

function addUnresolved(out: Output, u: Unresolved): void {
  const key = `${u.workflow}\u0000${u.job}\u0000${u.reason}`
  if (!out.unresolved.has(key)) out.unresolved.set(key, u)
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
