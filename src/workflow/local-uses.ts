import type { WorkflowFile } from './parse.js'

/**
 * The workflow a local `uses: ./.github/workflows/x.yml` names, from `files`; undefined for a
 * remote reference (`owner/repo/...@ref`) or a file that is not there. Local paths are relative
 * to the repository root ("Calling a reusable workflow", workflow syntax docs).
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
