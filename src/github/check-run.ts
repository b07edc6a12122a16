import type { CheckRunOutput } from '../render/check-run.js'
import { expectShape, nullable, num, obj, str } from './answer.js'
import type { GitHubClient } from './client.js'

/** What is read back from a created check run (OpenAPI `check-run`). */
const CREATED_SHAPE = obj({ id: num, html_url: nullable(str) })

const ANNOTATIONS_PER_REQUEST = 50

/**
 * Creates a completed check run; annotations beyond GitHub's 50 per request go in follow-up
 * updates ("Update a check run" in the REST docs). Every answer must be a check run (else a
 * MalformedAnswerError naming the endpoint), so success is never claimed for a write GitHub did
 * not confirm.
 */
export async function publishCheckRun(
  gh: GitHubClient,
  target: { owner: string; repo: string; headSha: string; name: string; detailsUrl?: string },
  out: CheckRunOutput
): Promise<{ id: number; url: string }> {
  const batches: CheckRunOutput['annotations'][] = []
  for (let i = 0; i < out.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(out.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  }
  const output = { title: out.title, summary: out.summary }
  const res = await gh.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: target.name,
    head_sha: target.headSha,
    status: 'completed',
    conclusion: out.conclusion,
    ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
    output: { ...output, ...(batches[0] ? { annotations: batches[0] } : {}) }
  })
  const data = expectShape<{ id: number; html_url?: string | null }>(
    res.data,
    CREATED_SHAPE,
    'POST /repos/{owner}/{repo}/check-runs',
    'a check run'
  )
  for (const batch of batches.slice(1)) {
    const updated = await gh.rest.checks.update({
      owner: target.owner,
      repo: target.repo,
      check_run_id: data.id,
      output: { ...output, annotations: batch }
    })
    // An answer that is not the check run means the annotations may not have been added.
    expectShape(
      updated.data,
      CREATED_SHAPE,
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      'a check run'
    )
  }
  return { id: data.id, url: data.html_url ?? '' }
}
