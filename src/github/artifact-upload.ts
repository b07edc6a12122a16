import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError, errorMessage } from '../core/errors.js'

export interface UploadResult {
  id: number
  size: number
  /** `sha256:<hex>` of the uploaded zip, as the artifact service recorded it. */
  digest?: string
  /** True when an artifact of the same name on this workflow run was deleted first (overwrite). */
  replaced?: boolean
}

export interface UploadOptions {
  /** Days the artifact is kept (default: the repository's setting). */
  retentionDays?: number
  /**
   * Replace an artifact of the same name already on the workflow run (as actions/upload-artifact
   * `overwrite: true` does): the artifact service answers 409 Conflict to a second CreateArtifact
   * of a name on one run, re-run attempts included, so the existing one is deleted and the upload
   * sent once more. Default false: the 409 is an {@link ArtifactUploadError} naming the artifact.
   */
  overwrite?: boolean
}

/** An upload that did not happen; the message names the artifact and the service's answer. */
/** An upload the artifact service refused; its message names the artifact and what to do. */
export class ArtifactUploadError extends ConfigurationError {
  override name = 'ArtifactUploadError'
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
 * Whether an upload failed because the name is taken on the workflow run: the results service's
 * CreateArtifact answers 409 Conflict ("an artifact with this name already exists on the workflow
 * run"), which @actions/artifact's Twirp client reports as `Failed request: (409) Conflict…`.
 */
function isNameTaken(e: unknown): boolean {
  const m = errorMessage(e)
  return /\(409\)/.test(m) || /already exists on the workflow run/i.test(m)
}

/**
 * Uploads a folder as a workflow artifact with @actions/artifact. The runner's runtime token
 * (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL) does it; no token permission is needed.
 *
 * Artifact names are unique per workflow run, not per attempt (actions/upload-artifact v4 docs,
 * "Overwriting an Artifact"): with `overwrite`, a 409 Conflict deletes the artifact of that name
 * (DefaultArtifactClient.deleteArtifact, the call upload-artifact's `overwrite: true` makes) and
 * uploads once more; nothing is deleted when the name is free, so a first attempt sends the same
 * two calls (CreateArtifact, FinalizeArtifact) as before.
 *
 * @param folder absolute path; every regular file under it is uploaded, paths relative to it
 * @throws ArtifactUploadError naming the artifact, the service's answer and what to do
 */
export async function uploadFolder(
  name: string,
  folder: string,
  options: UploadOptions = {}
): Promise<UploadResult> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const files = await filesUnder(folder)
  const upload = () =>
    client.uploadArtifact(name, files, folder, {
      ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
      compressionLevel: 6
    })
  let replaced = false
  let r: Awaited<ReturnType<typeof upload>>
  try {
    r = await upload()
  } catch (e) {
    if (!isNameTaken(e))
      throw new ArtifactUploadError(`the artifact ${name} was not uploaded: ${errorMessage(e)}`)
    if (!options.overwrite)
      throw new ArtifactUploadError(
        `the artifact ${name} was not uploaded: an artifact of that name already exists on this workflow run (a re-run attempt, or another job of the run uploaded it): ${errorMessage(e)}; give the upload another name, or delete that artifact`
      )
    try {
      await client.deleteArtifact(name)
    } catch (d) {
      throw new ArtifactUploadError(
        `the artifact ${name} was not uploaded: one of that name already exists on this workflow run (${errorMessage(e)}) and could not be deleted (${errorMessage(d)})`
      )
    }
    replaced = true
    try {
      r = await upload()
    } catch (e2) {
      throw new ArtifactUploadError(
        `the artifact ${name} was not uploaded: the existing one of that name was deleted, but the upload failed again: ${errorMessage(e2)}`
      )
    }
  }
  if (r.id === undefined)
    throw new ArtifactUploadError(`the artifact service did not return an id for ${name}`)
  return {
    id: r.id,
    size: r.size ?? 0,
    ...(r.digest ? { digest: `sha256:${r.digest}` } : {}),
    ...(replaced ? { replaced } : {})
  }
}
