import type { WorkflowFile } from '../checks/check-names.js'
import type { Workspace } from './workspace.js'

export const WORKFLOWS_DIR = '.github/workflows'
/** Each workflow file is read up to this size. */
export const MAX_WORKFLOW_BYTES = 1024 * 1024
/** More workflow files than this is not a repository we can vouch for. */
export const MAX_WORKFLOW_FILES = 1000

/**
 * The repository's workflows (`.github/workflows/*.yml` and `*.yaml`, not in subfolders, as
 * GitHub reads them), sorted by path. A file that cannot be read is kept with its `readError`,
 * so the checks it might produce are reported as unknown rather than silently missing.
 */
export async function readWorkflows(ws: Workspace): Promise<WorkflowFile[]> {
  const paths = new Set<string>()
  for (const ext of ['yml', 'yaml']) {
    const { files } = await ws.glob(`${WORKFLOWS_DIR}/*.${ext}`, MAX_WORKFLOW_FILES)
    for (const f of files) paths.add(f)
  }
  const sorted = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const out: WorkflowFile[] = []
  for (const path of sorted.slice(0, MAX_WORKFLOW_FILES)) {
    const r = await ws.readText(path, MAX_WORKFLOW_BYTES, 'for a workflow file')
    out.push(r.ok ? { path, text: r.text } : { path, text: '', readError: r.message })
  }
  return out
}

/**
 * The workflow a local `uses: ./.github/workflows/x.yml` names, from `files`; undefined for a
 * remote reference (`owner/repo/...@ref`) or a file that is not there.
 */
export function resolveLocal(
  files: readonly WorkflowFile[],
  uses: string
): WorkflowFile | undefined {
  if (!uses.startsWith('./')) return undefined
  const want = uses
    .slice(2)
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/')
  return files.find((f) => f.path === want)
}

/** `resolveLocal` bound to one list, as `deriveCheckNames` takes it. */
export function localResolver(
  files: readonly WorkflowFile[]
): (uses: string) => WorkflowFile | undefined {
  return (uses) => resolveLocal(files, uses)
}
