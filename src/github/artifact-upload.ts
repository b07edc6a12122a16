import { readdir } from 'node:fs/promises'
import path from 'node:path'

export interface UploadResult {
  id: number
  size: number
  /** `sha256:<hex>` of the uploaded zip, as the artifact service recorded it. */
  digest?: string
}

/** Every regular file under a folder, sorted (the bundle never contains links: verify refuses them). */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true })
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) await walk(p)
      else if (e.isFile()) out.push(p)
    }
  }
  await walk(dir)
  return out
}

/**
 * Uploads a folder as a workflow artifact with @actions/artifact. The runner's runtime token
 * (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL) does it; no token permission is needed.
 */
export async function uploadFolder(
  name: string,
  folder: string,
  retentionDays?: number
): Promise<UploadResult> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const r = await client.uploadArtifact(name, await filesUnder(folder), folder, {
    ...(retentionDays ? { retentionDays } : {}),
    compressionLevel: 6
  })
  if (r.id === undefined) throw new Error(`the artifact service did not return an id for ${name}`)
  return { id: r.id, size: r.size ?? 0, ...(r.digest ? { digest: `sha256:${r.digest}` } : {}) }
}
