/**
 * Local actions (`uses: ./path/to/action`) read as part of the steps that use them. GitHub loads
 * `action.yml` (else `action.yaml`) from that folder of the checked-out repository (docs:
 * "Workflow syntax: jobs.<job_id>.steps[*].uses", "Metadata syntax reference"); a composite
 * action (`runs.using: composite`) runs its `runs.steps` inside the calling job, with the job's
 * token, and every `run:` step of it names its shell (docs: "Creating a composite action",
 * "runs.steps[*].shell"). Other actions (JavaScript, Docker) run their own code: nothing of
 * theirs is a step here. Pure.
 */
import { actionPositionOf, parseActionFile } from './action-parse.js'
import { readSteps, scriptOf, type Script, type StepModel } from './model.js'
import { isPlainMap, type WorkflowFile } from './parse.js'

/** One input an action declares, with its default when it is written as a scalar. */
export interface ActionInput {
  name: string
  default?: Script
}

export interface ActionModel {
  /** The metadata file, e.g. `.github/actions/setup/action.yml`. */
  path: string
  /** `runs.using`, e.g. `composite`, `node20`, `docker`. */
  using: string
  composite: boolean
  /** Line of `runs.using`. */
  usingLine: number
  /** The steps of a composite action (empty for other kinds). */
  steps: StepModel[]
  /** Declared inputs, by lower-cased name. */
  inputs: Map<string, ActionInput>
}

export type ActionResult =
  { ok: true; action: ActionModel } | { ok: false; path: string; error: string; line?: number }

/** Why a composite `run:` step without `shell:` has no known shell. */
const COMPOSITE_SHELL =
  "a composite action's run: step must name its shell (GitHub refuses one without)"

/**
 * Reads an action's metadata file into the model.
 *
 * @returns the action, or why GitHub would not run it (message and line)
 */
export function readActionModel(file: WorkflowFile): ActionResult {
  const parsed = parseActionFile(file)
  if (!parsed.ok) {
    return {
      ok: false,
      path: file.path,
      error: parsed.error,
      ...(parsed.line !== undefined ? { line: parsed.line } : {})
    }
  }
  const runs = parsed.root.runs
  if (!isPlainMap(runs) || typeof runs.using !== 'string')
    return { ok: false, path: file.path, error: 'not an action: it has no `runs.using`' }
  const using = runs.using.trim().toLowerCase()
  const composite = using === 'composite'
  const steps =
    composite && Array.isArray(runs.steps)
      ? readSteps(runs.steps, undefined, { unknown: COMPOSITE_SHELL })
      : []
  const inputs = new Map<string, ActionInput>()
  const declared = parsed.root.inputs
  if (isPlainMap(declared)) {
    for (const [name, spec] of Object.entries(declared)) {
      const def = isPlainMap(spec) ? scriptOf(spec, 'default') : undefined
      inputs.set(name.toLowerCase(), { name, ...(def ? { default: def } : {}) })
    }
  }
  return {
    ok: true,
    action: {
      path: file.path,
      using,
      composite,
      usingLine: actionPositionOf(runs, 'using')?.line ?? 1,
      steps,
      inputs
    }
  }
}

/** The metadata files GitHub looks for in an action's folder, in its order. */
export function actionFileCandidates(dir: string): string[] {
  const base = dir === '' ? '' : `${dir}/`
  return [`${base}action.yml`, `${base}action.yaml`]
}
