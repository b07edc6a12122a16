import type { CheckRunOutput } from '../render/check-run.js'
import type { GitHubClient } from './client.js'

const ANNOTATIONS_PER_REQUEST = 50

/** Creates a completed check run; annotations beyond GitHub's 50 per request go in follow-up updates. */
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
  const { data } = await gh.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: target.name,
    head_sha: target.headSha,
    status: 'completed',
    conclusion: out.conclusion,
    ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
    output: { ...output, ...(batches[0] ? { annotations: batches[0] } : {}) }
  })
  for (const batch of batches.slice(1)) {
    await gh.rest.checks.update({
      owner: target.owner,
      repo: target.repo,
      check_run_id: data.id,
      output: { ...output, annotations: batch }
    })
  }
  return { id: data.id, url: data.html_url ?? '' }
}
