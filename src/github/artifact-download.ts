import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError } from '../core/errors.js'
import { describeFailure } from './branch-rules.js'
import type { GitHubClient } from './client.js'
import { statusOf } from './status.js'
import { bool, expectShape, list, nullable, num, obj, optional, str } from './answer.js'

/** What is read of `GET …/actions/artifacts` (OpenAPI `artifact`). */
const ARTIFACTS_SHAPE = obj({
  artifacts: list(
    obj({
      id: num,
      name: str,
      expired: bool,
      created_at: nullable(str),
      workflow_run: nullable(
        obj({ repository_id: optional(num), head_repository_id: optional(num) })
      )
    })
  )
})

const UNLOCK = 'a token with "actions: read" (add `permissions: actions: read` to the job)'
/** Largest bundle zip downloaded. */
const MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024

interface Repo {
  owner: string
  repo: string
}

export interface FoundArtifact {
  name: string
  id: number
}

interface ArtifactJson {
  id: number
  name: string
  expired: boolean
  created_at?: string | null
  workflow_run?: { repository_id?: number; head_repository_id?: number } | null
}

/** Made by a run of this repository's own branches: a fork's pull request cannot plant a bundle. */
function fromThisRepository(a: ArtifactJson): boolean {
  const run = a.workflow_run
  return (
    run !== null &&
    run !== undefined &&
    typeof run.repository_id === 'number' &&
    run.head_repository_id === run.repository_id
  )
}

/**
 * The newest unexpired workflow artifact with this exact name (`GET …/actions/artifacts?name=`),
 * from any run of the repository: the promotion job is usually not the run that made the bundle.
 */
export async function findArtifact(
  gh: GitHubClient,
  r: Repo,
  name: string
): Promise<FoundArtifact> {
  let list: ArtifactJson[]
  try {
    const route = 'GET /repos/{owner}/{repo}/actions/artifacts'
    const res = await gh.request(route, { owner: r.owner, repo: r.repo, name, per_page: 100 })
    list = expectShape<{ artifacts: ArtifactJson[] }>(
      res.data,
      ARTIFACTS_SHAPE,
      route,
      'a list of artifacts'
    ).artifacts
  } catch (e) {
    const d = describeFailure(e, UNLOCK)
    throw new ConfigurationError(
      `cannot list the artifacts of ${r.owner}/${r.repo}: ${d.reason}; ${d.unlock}`
    )
  }
  const named = list.filter((a) => a.name === name)
  const own = named.filter(fromThisRepository)
  const live = own.filter((a) => !a.expired).sort((a, b) => b.id - a.id)
  const found = live[0]
  if (!found) {
    throw new ConfigurationError(
      own.length > 0
        ? `artifact ${name} has expired in ${r.owner}/${r.repo}: the bundle can no longer be promoted from GitHub (raise the artifact retention, or re-create the bundle)`
        : named.length > 0
          ? `artifact ${name} in ${r.owner}/${r.repo} was made by a run of a fork's branch: a promotion takes bundles from this repository's own runs only`
          : `no artifact named ${name} in ${r.owner}/${r.repo}: upload the bundle with action-release-bundle first (or set the input 'name' to the artifact's name)`
    )
  }
  return { name: found.name, id: found.id }
}

/** Downloads an artifact's zip (the API answers with a redirect to storage) into `dir`. */
export async function downloadArtifact(
  gh: GitHubClient,
  r: Repo,
  artifact: FoundArtifact,
  dir: string
): Promise<string> {
  let bytes: Buffer
  try {
    const res = await gh.request(
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      { owner: r.owner, repo: r.repo, artifact_id: artifact.id, archive_format: 'zip' }
    )
    const data: unknown = res.data
    if (!(data instanceof ArrayBuffer)) throw new Error('the download is not binary data')
    if (data.byteLength > MAX_ZIP_BYTES) throw new Error(`larger than ${MAX_ZIP_BYTES} bytes`)
    bytes = Buffer.from(data)
  } catch (e) {
    if (statusOf(e) === 410)
      throw new ConfigurationError(
        `artifact ${artifact.name} (${artifact.id}) has expired: the bundle can no longer be downloaded`
      )
    const d = describeFailure(e, UNLOCK)
    throw new ConfigurationError(
      `cannot download artifact ${artifact.name} (${artifact.id}): ${d.reason}; ${d.unlock}`
    )
  }
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, `artifact-${artifact.id}.zip`)
  await writeFile(file, bytes, { mode: 0o600 })
  return file
}
