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
  /**
   * How the user gives the artifact another name, for the message of a name already taken
   * without `overwrite` (e.g. "the action's `name:` input"). Default: "another name".
   */
  renameHint?: string
}

/**
 * Where an upload stopped, which says what is on the workflow run under its name afterwards:
 * `upload` — the first CreateArtifact/upload failed (not for the name): an artifact of that name
 * from an earlier attempt may still be there (nothing was deleted); `conflict` — the name is
 * taken and `overwrite` was not asked: the existing one is there; `delete` — the name was taken
 * and the existing one could not be deleted: it is still there; `reupload` — the existing one was
 * deleted and the upload failed again: none is there.
 */
export type UploadStage = 'upload' | 'conflict' | 'delete' | 'reupload'

/** An upload the artifact service refused; its message names the artifact, the answer and what to do. */
export class ArtifactUploadError extends ConfigurationError {
  override name = 'ArtifactUploadError'
  constructor(
    message: string,
    readonly stage: UploadStage,
    /** The service's answer (its error's message), for callers that word their own advice. */
    readonly answer: string
  ) {
    super(message)
  }
}

/**
 * How to delete an artifact by hand: the REST endpoint (needs `actions: write`) and the gh
 * command; the id is in the run's artifact list (GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts).
 * Docs: REST "Delete an artifact" (actions/artifacts).
 */
export const DELETE_ARTIFACT_HINT =
  'delete that artifact (REST: DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}, the id from GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts; or gh api -X DELETE repos/OWNER/REPO/actions/artifacts/ID), then re-run the job'

/**
 * What kind of failure the artifact service's answer is, for advice: `quota` (storage quota hit,
 * HTTP 403: re-running does not help until storage is freed), `transient` (5xx, 429, a timeout or a
 * dropped connection: re-run), `other`.
 */
export function uploadFailureKind(answer: string): 'quota' | 'transient' | 'other' {
  if (/quota|storage limit|\(403\)/i.test(answer)) return 'quota'
  if (
    /\((5\d\d|429)\)|timed? ?out|ECONNRESET|ECONNREFUSED|socket hang up|other side closed/i.test(
      answer
    )
  )
    return 'transient'
  return 'other'
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
      throw new ArtifactUploadError(
        `the artifact ${name} was not uploaded: ${errorMessage(e)}`,
        'upload',
        errorMessage(e)
      )
    if (!options.overwrite)
      throw new ArtifactUploadError(
        `the artifact ${name} was not uploaded: an artifact of that name already exists on this workflow run (a re-run attempt, or another job of the run uploaded it): ${errorMessage(e)}; give the upload another name (${options.renameHint ?? 'another name'}), or ${DELETE_ARTIFACT_HINT}`,
        'conflict',
        errorMessage(e)
      )
    try {
      await client.deleteArtifact(name)
    } catch (d) {
      throw new ArtifactUploadError(
        `the artifact ${name} was not uploaded: one of that name already exists on this workflow run (${errorMessage(e)}) and could not be deleted (${errorMessage(d)})`,
        'delete',
        errorMessage(d)
      )
    }
    replaced = true
    try {
      r = await upload()
    } catch (e2) {
      throw new ArtifactUploadError(
        `the artifact ${name} was not uploaded: the existing one of that name was deleted, but the upload failed again: ${errorMessage(e2)}`,
        'reupload',
        errorMessage(e2)
      )
    }
  }
  if (r.id === undefined)
    throw new ArtifactUploadError(
      `the artifact service did not return an id for ${name}`,
      'upload',
      'no artifact id'
    )
  return {
    id: r.id,
    size: r.size ?? 0,
    ...(r.digest ? { digest: `sha256:${r.digest}` } : {}),
    ...(replaced ? { replaced } : {})
  }
}
