import type { EnvironmentRules, RunApprovals } from '../core/promotion.js'
import { describeFailure } from './branch-rules.js'
import type { GitHubClient } from './client.js'
import { statusOf } from './status.js'
import { bool, expectShape, list, nullable, obj, optional, str } from './answer.js'

export const ENVIRONMENTS_PERMISSION = 'actions: read'
const UNLOCK = `a token with "${ENVIRONMENTS_PERMISSION}" (add \`permissions: actions: read\` to the job)`

interface Repo {
  owner: string
  repo: string
}

interface ReviewerJson {
  type?: string
  reviewer?: { login?: string; slug?: string; name?: string } | null
}

interface RuleJson {
  type?: string
  prevent_self_review?: boolean
  reviewers?: ReviewerJson[]
}

// Shapes read (OpenAPI `environment`, `environment-approvals`), restricted to the fields used.
const ENVIRONMENT_SHAPE = obj({
  protection_rules: optional(
    list(
      obj({
        type: str,
        prevent_self_review: optional(bool),
        reviewers: optional(
          list(
            obj({
              type: optional(str),
              reviewer: nullable(
                obj({ login: optional(str), slug: optional(str), name: optional(str) })
              )
            })
          )
        )
      })
    )
  )
})
const APPROVALS_SHAPE = list(
  obj({
    environments: optional(list(obj({ name: optional(str) }))),
    state: optional(str),
    user: nullable(obj({ login: optional(str) })),
    comment: optional(str)
  })
)

/** How a reviewer reads in records and messages: `user:alice`, `team:release-managers`. */
function reviewerName(r: ReviewerJson): string {
  if (r.type === 'Team') return `team:${r.reviewer?.slug ?? r.reviewer?.name ?? '?'}`
  return `user:${r.reviewer?.login ?? '?'}`
}

/** The environment's protection rules (`GET /repos/{o}/{r}/environments/{name}`). */
export async function readEnvironmentRules(
  gh: GitHubClient,
  r: Repo,
  environment: string
): Promise<EnvironmentRules> {
  let data: { protection_rules?: RuleJson[] }
  try {
    const route = 'GET /repos/{owner}/{repo}/environments/{environment_name}'
    const res = await gh.request(route, {
      owner: r.owner,
      repo: r.repo,
      environment_name: environment
    })
    data = expectShape(res.data, ENVIRONMENT_SHAPE, route, 'an environment')
  } catch (e) {
    if (statusOf(e) === 404) {
      return {
        kind: 'absent',
        message: `environment ${environment} does not exist in ${r.owner}/${r.repo} (or this token cannot see it), so GitHub asks no reviewer before promoting`
      }
    }
    const d = describeFailure(e, UNLOCK)
    return {
      kind: 'unreadable',
      message: `cannot read environment ${environment}'s protection rules: ${d.reason}`,
      unlock: d.unlock
    }
  }
  const rules = Array.isArray(data.protection_rules) ? data.protection_rules : []
  const reviewersRule = rules.find((x) => x.type === 'required_reviewers')
  return {
    kind: 'read',
    hasReviewersRule: reviewersRule !== undefined,
    reviewers: (reviewersRule?.reviewers ?? []).map(reviewerName).sort(),
    preventSelfReview: reviewersRule?.prevent_self_review === true
  }
}

interface ApprovalJson {
  environments?: { name?: string }[]
  state?: string
  user?: { login?: string }
  comment?: string
}

/** This run's approvals of `environment` (`GET …/actions/runs/{run_id}/approvals`). */
export async function readRunApprovals(
  gh: GitHubClient,
  r: Repo,
  runId: string | null,
  environment: string
): Promise<RunApprovals> {
  if (runId === null) {
    return {
      kind: 'unreadable',
      message: 'no workflow run (GITHUB_RUN_ID) whose approvals could be read',
      unlock: 'promote from a GitHub Actions job that declares the environment'
    }
  }
  let list: ApprovalJson[]
  try {
    const route = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals'
    const res = await gh.request(route, {
      owner: r.owner,
      repo: r.repo,
      run_id: Number(runId)
    })
    list = expectShape(res.data, APPROVALS_SHAPE, route, 'a list of approvals')
  } catch (e) {
    const d = describeFailure(e, UNLOCK)
    return {
      kind: 'unreadable',
      message: `cannot read this run's approvals: ${d.reason}`,
      unlock: d.unlock
    }
  }
  return {
    kind: 'read',
    approvals: list
      .filter((a) => (a.environments ?? []).some((e) => e.name === environment))
      .map((a) => ({
        user: a.user?.login ?? '?',
        state: a.state ?? 'unknown',
        comment: a.comment ?? ''
      }))
      .sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : 0))
  }
}
