/** The HTTP status of an Octokit error, if it has one (no Octokit import: cheap to load). */
export function statusOf(e: unknown): number | undefined {
  if (typeof e === 'object' && e !== null && 'status' in e) {
    const s: unknown = e.status
    return typeof s === 'number' ? s : undefined
  }
  return undefined
}
