/**
 * Every place a step runs, as GitHub runs it: each workflow's jobs and steps (aliased ones
 * included: the model resolves YAML aliases), the jobs of a local reusable workflow a job calls
 * (`uses: ./.github/workflows/x.yml`) under the CALLER's triggers (docs: "Reusing workflows":
 * the called workflow runs in the caller's context, `github.event` is the caller's event), and
 * the steps of a local composite action a step uses, inside the calling job (docs: "Creating a
 * composite action"). Each site carries the chain that reaches it (caller file and line, then the
 * callee's), and the scope its `${{ inputs.* }}` and `${{ env.* }}` are read in. Pure.
 */
import { sameRepositoryPath } from '../../workflow/local-uses.js'
import {
  scriptOf,
  type JobModel,
  type Script,
  type StepModel,
  type WorkflowModel
} from '../../workflow/model.js'
import { isPlainMap } from '../../workflow/parse.js'
import type { LintFile, LocalAction } from './sources.js'

/** One hop on the way to a site: the caller's file and line, and what it does there. */
export interface Via {
  file: string
  line: number
  what: string
}

/** An input's value as the caller sets it (or the action's default), read in the caller's scope. */
export interface Binding {
  script: Script
  /** File the value is written in. */
  file: string
  /** e.g. `with: title` of "job 'call'". */
  what: string
  scope: Scope
}

/** What `${{ inputs.* }}` and `${{ env.* }}` mean where a step is written. */
export interface Scope {
  /** Inputs by lower-cased name; undefined when the workflow's own inputs (unknown) apply. */
  inputs?: Map<string, Binding>
  /** `env:` mappings in force, innermost (the step's) first, all written in `file`. */
  env: Record<string, Script>[]
  file: string
}

export interface StepSite {
  /** The file the step is written in. */
  file: string
  step: StepModel
  jobId: string
  /** e.g. `job 'build' step 2 ('Test')`, or `step 1 of action .github/actions/setup`. */
  label: string
  /** How the step is reached from the workflow that runs it (outermost first; empty: directly). */
  chain: Via[]
  /** The workflow whose triggers run it. */
  root: WorkflowModel
  scope: Scope
  /** Line of the YAML alias the step is reached through (its job's), when it is. */
  aliasAt?: number
}

export interface JobSite {
  file: string
  job: JobModel
  label: string
  chain: Via[]
  root: WorkflowModel
}

/** Something on the way that cannot be followed, with why. */
export interface WalkProblem {
  file: string
  line: number
  status: 'failed' | 'unverified'
  message: string
  remediation: string
  unlock?: string
  chain: Via[]
}

export interface Walk {
  jobs: JobSite[]
  steps: StepSite[]
  problems: WalkProblem[]
  /** A local action or reusable workflow was not followed further (depth or size limit). */
  limited: boolean
}

/** GitHub allows ten levels of reusable workflows (docs: "Reusing workflows" → "Limitations"). */
export const MAX_CALL_DEPTH = 10
/** Composite actions nested deeper than this are not followed. */
export const MAX_ACTION_DEPTH = 10
/** Sites visited at most (aliases and calls can multiply them). */
export const MAX_SITES = 200_000

interface Context {
  root: WorkflowModel
  chain: Via[]
  /** Workflow files and action folders on the way (a loop is not followed again). */
  active: Set<string>
}

/** Walks every readable workflow as a root (its own triggers), following local calls. */
export function walkWorkflows(
  files: readonly LintFile[],
  actions: ReadonlyMap<string, LocalAction>
): Walk {
  const byPath = new Map<string, WorkflowModel>()
  for (const f of files) if (f.model) byPath.set(f.file, f.model)
  const known = new Set(files.map((f) => f.file))
  /** Files GitHub's parser refuses (not those only past a gonogo limit). */
  const refused = new Set(files.filter((f) => f.invalid && !f.invalid.limit).map((f) => f.file))
  const walk: Walk = { jobs: [], steps: [], problems: [], limited: false }
  let budget = MAX_SITES

  const visitWorkflow = (wf: WorkflowModel, inputs: Scope['inputs'], ctx: Context): void => {
    for (const job of wf.jobs) {
      if (--budget < 0) {
        walk.limited = true
        return
      }
      const label = jobLabel(job)
      walk.jobs.push({ file: wf.path, job, label, chain: ctx.chain, root: ctx.root })
      const env = [job.env, wf.env]
      if (job.uses) followCall(wf, job, label, env, inputs, ctx)
      for (const step of job.steps) {
        const scope: Scope = {
          ...(inputs ? { inputs } : {}),
          env: [step.env, ...env],
          file: wf.path
        }
        visitStep(
          {
            file: wf.path,
            step,
            jobId: job.id,
            label: `${label} step ${step.index + 1}${step.name ? ` ('${step.name}')` : ''}`,
            chain: ctx.chain,
            root: ctx.root,
            scope,
            ...(job.alias || job.stepsAlias ? { aliasAt: job.alias?.at ?? job.stepsAlias?.at } : {})
          },
          ctx,
          0
        )
      }
    }
  }

  const followCall = (
    wf: WorkflowModel,
    job: JobModel,
    label: string,
    env: Record<string, Script>[],
    inputs: Scope['inputs'],
    ctx: Context
  ): void => {
    const uses = job.uses?.value ?? ''
    const path = sameRepositoryPath(uses)
    if (path === undefined) return
    const line = job.uses?.line ?? job.line
    if (!known.has(path)) {
      walk.problems.push({
        file: wf.path,
        line,
        status: 'failed',
        message: `${label} calls ${uses}, which is not a workflow file of this repository (.github/workflows/*.yml); GitHub cannot start the workflow`,
        remediation: `Add ${path} or correct the path in uses: (a local reusable workflow lives in .github/workflows).`,
        chain: ctx.chain
      })
      return
    }
    // GitHub resolves every call before a run starts: one it cannot make refuses the workflow
    // that makes it, and the top-level workflow with it (check-names.ts refuses it the same way).
    const refuse = (why: string, remediation: string): void => {
      walk.problems.push({
        file: wf.path,
        line,
        status: 'failed',
        message: `${label} calls ${uses}, ${why}; GitHub refuses the workflow and runs none of its jobs`,
        remediation,
        chain: ctx.chain
      })
    }
    if (refused.has(path))
      return refuse('which GitHub would refuse (its own finding says why)', `Fix ${path} first.`)
    const callee = byPath.get(path)
    // A callee not read for a gonogo limit is a finding of its own file.
    if (!callee) return
    if (ctx.active.has(path))
      return refuse(
        `which is already being called (${[...ctx.chain.map((v) => v.file), wf.path, path].join(' → ')}): a cycle`,
        'Break the cycle: a reusable workflow cannot call one of its callers.'
      )
    if (ctx.chain.length + 2 > MAX_CALL_DEPTH)
      return refuse(
        `at level ${ctx.chain.length + 2}; GitHub connects at most ${MAX_CALL_DEPTH} levels of workflows`,
        'Call fewer levels deep (docs: "Reusing workflows", Limitations).'
      )
    if (!callee.triggers.some((t) => t.event === 'workflow_call'))
      return refuse(
        'which is not reusable: its `on:` has no `workflow_call` ("workflow is not reusable as it is missing a `on.workflow_call` trigger")',
        `Add workflow_call to the on: of ${path}.`
      )
    const scope: Scope = { ...(inputs ? { inputs } : {}), env, file: wf.path }
    const bindings = new Map<string, Binding>()
    const withMap = job.body.with
    if (isPlainMap(withMap)) {
      for (const key of Object.keys(withMap)) {
        const script = scriptOf(withMap, key, line)
        if (script)
          bindings.set(key.toLowerCase(), {
            script,
            file: wf.path,
            what: `with: ${key} of ${label}`,
            scope
          })
      }
    }
    visitWorkflow(callee, bindings, {
      root: ctx.root,
      chain: [...ctx.chain, { file: wf.path, line, what: `${label} calls ${path}` }],
      active: new Set([...ctx.active, path])
    })
  }

  const visitStep = (site: StepSite, ctx: Context, depth: number): void => {
    if (--budget < 0) {
      walk.limited = true
      return
    }
    walk.steps.push(site)
    const uses = site.step.uses
    const dir = uses ? sameRepositoryPath(uses.value) : undefined
    if (dir === undefined || !uses) return
    const found = actions.get(dir)
    // `$/path` is the repository at the running commit: no earlier step can create it.
    const selfRepository = uses.value.trim().startsWith('$/')
    const where = `${selfRepository ? '$/' : './'}${dir}`
    if (!found) {
      walk.limited = true
      return
    }
    const useVia: Via = {
      file: site.file,
      line: site.aliasAt ?? uses.line,
      what: `${site.label} uses ${where}`
    }
    if (found.problem) {
      if (found.problem.kind === 'missing' && selfRepository) {
        walk.problems.push({
          file: site.file,
          line: site.aliasAt ?? uses.line,
          status: 'failed',
          message: `${site.label} uses ${where}, but ${found.problem.message}; $/ names the repository at the commit that runs, so no earlier step can create the action and GitHub fails the step`,
          remediation: `Correct the path in uses: (the action's folder in this repository).`,
          chain: site.chain
        })
      } else if (found.problem.kind === 'missing') {
        walk.problems.push({
          file: site.file,
          line: site.aliasAt ?? uses.line,
          status: 'unverified',
          message: `${site.label} uses ${where}, but ${found.problem.message}, so the action's steps were not linted: gonogo reads only the repository as checked out, and an earlier step may create the action before it runs`,
          remediation: `If an earlier step creates or checks out the action, lint the action where it comes from; if the path is wrong, correct it (GitHub would fail the step).`,
          unlock: `the action's metadata file (${where}/action.yml) in the checked-out repository`,
          chain: site.chain
        })
      } else if (found.problem.kind === 'unreadable' || found.file === undefined) {
        // Unreadable (a link out, too large, binary): reported where it is used.
        walk.problems.push({
          file: site.file,
          line: site.aliasAt ?? uses.line,
          status: 'failed',
          message: `${site.label} uses ${where}: ${found.problem.message}; its steps cannot be linted`,
          remediation: `Make ${where} a regular action folder inside the repository (action.yml under 1 MiB, no link out of it).`,
          chain: site.chain
        })
      } else {
        // A bad action file is a finding naming that file, reached from each step using it.
        walk.problems.push({
          file: found.file,
          line: found.problem.line ?? 1,
          status: 'failed',
          message: `${found.problem.message}; its steps cannot be linted`,
          remediation: `Fix ${found.file} so GitHub can run the action (the Actions tab shows the same error).`,
          chain: [...site.chain, useVia]
        })
      }
      return
    }
    const action = found.action
    if (!action?.composite || ctx.active.has(`action:${dir}`)) return
    if (depth >= MAX_ACTION_DEPTH) {
      walk.limited = true
      return
    }
    const outer: Scope = site.scope
    const bindings = new Map<string, Binding>()
    for (const [key, script] of Object.entries(site.step.with))
      bindings.set(key.toLowerCase(), {
        script,
        file: site.file,
        what: `with: ${key} of ${site.label}`,
        scope: outer
      })
    const own: Scope = { inputs: bindings, env: [], file: action.path }
    for (const [name, input] of action.inputs)
      if (!bindings.has(name) && input.default)
        bindings.set(name, {
          script: input.default,
          file: action.path,
          what: `the default of input ${input.name}`,
          scope: own
        })
    const chain = [...site.chain, useVia]
    const inner: Context = {
      root: ctx.root,
      chain,
      active: new Set([...ctx.active, `action:${dir}`])
    }
    for (const step of action.steps) {
      visitStep(
        {
          file: action.path,
          step,
          jobId: site.jobId,
          label: `step ${step.index + 1}${step.name ? ` ('${step.name}')` : ''} of action ${where}`,
          chain,
          root: ctx.root,
          scope: { inputs: bindings, env: [step.env], file: action.path }
        },
        inner,
        depth + 1
      )
    }
  }

  for (const f of files) {
    if (!f.model) continue
    visitWorkflow(f.model, undefined, {
      root: f.model,
      chain: [],
      active: new Set([f.file])
    })
  }
  return walk
}

/** `job 'second'`, naming the alias when the job (or its `steps:`) is written as one. */
export function jobLabel(job: JobModel): string {
  if (job.alias)
    return `job '${job.id}' (an alias at line ${job.alias.at} of ${job.alias.job !== undefined ? `job '${job.alias.job}'` : 'the job'} written at line ${job.alias.of})`
  if (job.stepsAlias)
    return `job '${job.id}' (its steps: an alias at line ${job.stepsAlias.at} of the steps written at line ${job.stepsAlias.of})`
  return `job '${job.id}'`
}
