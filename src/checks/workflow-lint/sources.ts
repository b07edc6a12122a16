/**
 * The files workflow-lint reads, through the repository facts (confined to the repository, no link out,
 * each file up to the workflow size limit): the workflows under `.github/workflows` (as GitHub
 * reads them: `*.yml` and `*.yaml`, not in subfolders), each read once into the workflow model,
 * and the local actions their steps use (`uses: ./path` → `path/action.yml`, else
 * `path/action.yaml`), followed into the local actions those use in turn.
 */
import type { RepoFiles } from '../../core/facts.js'
import {
  actionFileCandidates,
  readActionModel,
  type ActionModel
} from '../../workflow/composite.js'
import { sameRepositoryPath } from '../../workflow/local-uses.js'
import { readWorkflowModel, type StepModel, type WorkflowModel } from '../../workflow/model.js'

/** One workflow file: its model, or why it could not be read. */
export interface LintFile {
  file: string
  /** The file could not be read (missing, too large, binary, a link out). */
  readError?: string
  /**
   * Not read: the first problem GitHub's parser reports (GitHub would not run it), or a gonogo
   * limit it passes (`limit`: GitHub may still run it).
   */
  invalid?: { message: string; line: number; limit?: true }
  model?: WorkflowModel
}

/** A local action folder some step uses, and what was found there. */
export interface LocalAction {
  /** The folder, workspace-relative (`` for the repository root). */
  dir: string
  /** The metadata file read (`action.yml` or `action.yaml`), when one is there. */
  file?: string
  action?: ActionModel
  /** Why the action's steps cannot be read: no metadata file, unreadable, invalid. */
  problem?: { kind: 'missing' | 'unreadable' | 'invalid'; message: string; line?: number }
}

export interface LintSources {
  files: LintFile[]
  /** More workflow files than the limit: the rest were not read. */
  truncated: boolean
  /** The most workflow files read (the limit `truncated` refers to). */
  maxFiles: number
  /** Local actions by folder. */
  actions: Map<string, LocalAction>
}

/** More local actions than this are not followed (each is a file read). */
export const MAX_LOCAL_ACTIONS = 500

/** Where GitHub reads workflows from. */
const WORKFLOWS_DIR = '.github/workflows'

/** Reads every workflow and the local actions reachable from their steps. */
export async function readLintSources(ws: RepoFiles): Promise<LintSources> {
  const listed = await ws.workflows()
  if (!listed.ok) {
    // The folder itself is (or lies behind) a link out of the workspace.
    const readError = `${WORKFLOWS_DIR}: symbolic link that leads outside the workspace`
    return {
      files: [{ file: WORKFLOWS_DIR, readError }],
      truncated: false,
      maxFiles: listed.maxFiles,
      actions: new Map()
    }
  }
  const { truncated, maxFiles, maxBytes } = listed
  const files: LintFile[] = listed.files.map((f) =>
    f.readError !== undefined
      ? { file: f.path, readError: f.readError }
      : f.text.includes('\u0000')
        ? { file: f.path, readError: `${f.path}: binary data (NUL bytes), not a YAML workflow` }
        : readModel(f.path, f.text)
  )
  const actions = await readLocalActions(ws, files, maxBytes)
  return { files, truncated, maxFiles, actions }
}

/** Follows `uses: ./…` from the workflows' steps into composite actions, breadth first. */
async function readLocalActions(
  ws: RepoFiles,
  files: readonly LintFile[],
  maxBytes: number
): Promise<Map<string, LocalAction>> {
  const actions = new Map<string, LocalAction>()
  const queue: string[] = []
  // Each folder once (a Set: thousands of steps may name thousands of folders).
  const queued = new Set<string>()
  const enqueue = (steps: readonly StepModel[]): void => {
    for (const s of steps) {
      const dir = s.uses ? sameRepositoryPath(s.uses.value) : undefined
      if (dir === undefined || queued.has(dir)) continue
      queued.add(dir)
      queue.push(dir)
    }
  }
  for (const f of files) for (const j of f.model?.jobs ?? []) enqueue(j.steps)
  queue.sort(compare)
  while (queue.length > 0 && actions.size < MAX_LOCAL_ACTIONS) {
    const dir = queue.shift() as string
    const found = await readLocalAction(ws, dir, maxBytes)
    actions.set(dir, found)
    if (found.action?.composite) enqueue(found.action.steps)
  }
  for (const dir of queue) {
    actions.set(dir, {
      dir,
      problem: {
        kind: 'unreadable',
        message: `more than ${MAX_LOCAL_ACTIONS} local actions are used; the rest were not read`
      }
    })
  }
  return actions
}

async function readLocalAction(ws: RepoFiles, dir: string, maxBytes: number): Promise<LocalAction> {
  // `./../action/init`: a folder beside the checkout, which an earlier step may create (github/
  // codeql-action's own PR checks move the repository there first); not knowable from here.
  if (dir === '..' || dir.startsWith('../'))
    return {
      dir,
      problem: {
        kind: 'missing',
        message: `${dir} lies outside the repository as checked out`
      }
    }
  for (const file of actionFileCandidates(dir)) {
    const r = await ws.readText(file, maxBytes, 'for an action metadata file')
    if (!r.ok) {
      if (r.reason === 'missing') continue
      return { dir, file, problem: { kind: 'unreadable', message: r.message } }
    }
    if (r.text.includes('\u0000'))
      return {
        dir,
        file,
        problem: { kind: 'unreadable', message: `${file}: binary data (NUL bytes), not YAML` }
      }
    let a: ReturnType<typeof readActionModel>
    try {
      a = readActionModel({ path: file, text: r.text })
    } catch (e) {
      a = { ok: false, path: file, error: `the action could not be read (${message(e)})` }
    }
    return a.ok
      ? { dir, file, action: a.action }
      : {
          dir,
          file,
          problem: { kind: 'invalid', message: a.error, ...(a.line ? { line: a.line } : {}) }
        }
  }
  // The runner also takes a folder with only a Dockerfile as a Docker action: nothing to follow.
  if (await ws.hasFile(dir === '' ? 'Dockerfile' : `${dir}/Dockerfile`)) return { dir }
  const where = dir === '' ? 'the repository root' : dir
  return {
    dir,
    problem: {
      kind: 'missing',
      message: `${where} holds no action.yml or action.yaml in the checked-out repository`
    }
  }
}

/** One workflow into the model; a file the reader cannot take is a finding naming it. */
function readModel(file: string, text: string): LintFile {
  try {
    const m = readWorkflowModel({ path: file, text })
    return m.ok
      ? { file, model: m.model }
      : {
          file,
          invalid: { message: m.error, line: m.line ?? 1, ...(m.limit ? { limit: true } : {}) }
        }
  } catch (e) {
    return { file, invalid: { message: `the workflow could not be read (${message(e)})`, line: 1 } }
  }
}

function message(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 200) ?? ''
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
