import type { WorkflowFile } from '../workflow/parse.js'
import type { Workspace } from './workspace.js'
import { mapLimit } from '../core/map-limit.js'

export const WORKFLOWS_DIR = '.github/workflows'
/** Each workflow file is read up to this size. */
export const MAX_WORKFLOW_BYTES = 1024 * 1024
/** More workflow files than this is not a repository we can vouch for. */
export const MAX_WORKFLOW_FILES = 1000

/**
 * The repository's workflow paths (`.github/workflows/*.yml` and `*.yaml`, not in subfolders, as
 * GitHub reads them; names starting with `.` too: moby/buildkit's CI calls its reusable
 * `.github/workflows/.test.yml`), sorted, at most {@link MAX_WORKFLOW_FILES}; `truncated` when
 * there were more.
 * Throws when the folder is (or lies behind) a symbolic link out of the workspace.
 */
export async function listWorkflows(
  ws: Workspace
): Promise<{ paths: string[]; truncated: boolean }> {
  const paths = new Set<string>()
  let truncated = false
  for (const ext of ['yml', 'yaml']) {
    const r = await ws.glob(`${WORKFLOWS_DIR}/*.${ext}`, MAX_WORKFLOW_FILES, undefined, {
      dot: true
    })
    truncated ||= r.truncated
    for (const f of r.files) paths.add(f)
  }
  const sorted = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return {
    paths: sorted.slice(0, MAX_WORKFLOW_FILES),
    truncated: truncated || sorted.length > MAX_WORKFLOW_FILES
  }
}

/**
 * Reads workflow files (a few at once; the result keeps the order of `paths`). A file that cannot
 * be read is kept with its `readError`, so what it might produce is reported as unknown rather
 * than silently missing.
 */
export function readWorkflowFiles(
  ws: Workspace,
  paths: readonly string[]
): Promise<WorkflowFile[]> {
  // Each read is several system calls (confinement, stat, open): keep some in flight.
  return mapLimit(paths, READS_IN_FLIGHT, async (path) => {
    const r = await ws.readText(path, MAX_WORKFLOW_BYTES, 'for a workflow file')
    return r.ok ? { path, text: r.text } : { path, text: '', readError: r.message }
  })
}

/** The repository's workflows ({@link listWorkflows}, then {@link readWorkflowFiles}). */
export async function readWorkflows(ws: Workspace): Promise<WorkflowFile[]> {
  return readWorkflowFiles(ws, (await listWorkflows(ws)).paths)
}

/** Workflow files read at once (order of the result does not depend on it). */
const READS_IN_FLIGHT = 16

export { localResolver, resolveLocal } from '../workflow/local-uses.js'
