/**
 * Deployments, deployment environments, run approvals and workflow-run artifacts for the GitHub
 * fake (./github-fake.ts).
 *
 *   const fake = await startGitHubFake()
 *   seedDeployment(fake, { owner: 'octo-org', repo: 'app', ref: 'main', statuses: ['queued', 'success'] })
 *   seedEnvironment(fake, 'octo-org', 'app', 'production', {
 *     reviewers: [{ type: 'User', login: 'octocat', id: 583231 }, { type: 'Team', slug: 'sre', id: 42 }],
 *     waitTimer: 30
 *   })
 *   seedApproval(fake, 'octo-org', 'app', run.id, {
 *     environments: ['production'], state: 'approved', user: { login: 'octocat', id: 583231 }, comment: 'Ship it'
 *   })
 *   const artifact = seedArtifact(fake, { owner: 'octo-org', repo: 'app', name: 'bundle', zip, runId: run.id })
 *
 * Timestamps come from the fake's deterministic clock and ids from `fake.state.nextId`, so a
 * fresh fake seeded the same way always produces the same objects.
 */
import { createHash } from 'node:crypto'
import { nextTimestamp, resolveDeploymentRef } from './github-fake.js'
import type {
  DeploymentState,
  EnvironmentProtectionRule,
  EnvironmentReviewer,
  FakeActor,
  GitHubFake,
  StoredApproval,
  StoredArtifact,
  StoredDeployment,
  StoredDeploymentStatus,
  StoredEnvironment
} from './github-fake.js'
import type { JsonRecord } from './openapi.js'

export interface DeploymentStatusSeed {
  state: DeploymentState
  /** default: the deployment's environment */
  environment?: string
  description?: string
  /** also sets target_url, as GitHub does */
  log_url?: string
  environment_url?: string
}

export interface DeploymentSeed {
  owner: string
  repo: string
  /** default 'main'; resolved like POST .../deployments does (throws on an unknown ref) */
  ref?: string
  /** default 'production' */
  environment?: string
  /** default 'deploy' */
  task?: string
  /** default {} */
  payload?: JsonRecord | string
  description?: string | null
  /** default: the fake's viewer (the GITHUB_TOKEN user) */
  creator?: FakeActor
  /** default: environment === 'production' */
  production_environment?: boolean
  transient_environment?: boolean
  /** oldest first, stored as given: no auto_inactive (POST a status through the API for that) */
  statuses?: (DeploymentState | DeploymentStatusSeed)[]
}

/**
 * Stores a deployment and its statuses directly, as if created earlier through the API (ids and
 * timestamps in creation order): much faster than POSTing a history through the API, and it
 * leaves no requests in `fake.requests`.
 */
export function seedDeployment(fake: GitHubFake, seed: DeploymentSeed): StoredDeployment {
  const { state } = fake
  const ref = seed.ref ?? 'main'
  const sha = resolveDeploymentRef(state, seed.owner, seed.repo, ref)
  if (sha === undefined)
    throw new Error(`seedDeployment(): no ref ${ref} in ${seed.owner}/${seed.repo}`)
  const environment = seed.environment ?? 'production'
  const creator = seed.creator ?? { login: state.viewer.login, id: state.viewer.id }
  const at = nextTimestamp(fake)
  const deployment: StoredDeployment = {
    id: state.nextId++,
    owner: seed.owner,
    repo: seed.repo,
    sha,
    ref,
    task: seed.task ?? 'deploy',
    environment,
    original_environment: environment,
    payload: seed.payload ?? {},
    description: seed.description === undefined ? '' : seed.description,
    creator: { ...creator },
    created_at: at,
    updated_at: at,
    production_environment: seed.production_environment ?? environment === 'production',
    transient_environment: seed.transient_environment ?? false,
    statuses: []
  }
  for (const item of seed.statuses ?? []) {
    const s: DeploymentStatusSeed = typeof item === 'string' ? { state: item } : item
    const statusAt = nextTimestamp(fake)
    const status: StoredDeploymentStatus = {
      id: state.nextId++,
      state: s.state,
      description: s.description ?? '',
      environment: s.environment ?? deployment.environment,
      target_url: s.log_url ?? '',
      log_url: s.log_url ?? '',
      environment_url: s.environment_url ?? '',
      creator: { ...creator },
      created_at: statusAt,
      updated_at: statusAt
    }
    deployment.statuses.push(status)
    deployment.environment = status.environment
    deployment.updated_at = statusAt
  }
  state.deployments.push(deployment)
  return deployment
}

export interface EnvironmentOptions {
  /** adds a `required_reviewers` rule (up to 6 users or teams on GitHub) */
  reviewers?: EnvironmentReviewer[]
  /** default false */
  preventSelfReview?: boolean
  /** minutes; adds a `wait_timer` rule */
  waitTimer?: number
  /** non-null adds the `branch_policy` rule GitHub shows for it (default null: any branch) */
  deploymentBranchPolicy?: StoredEnvironment['deployment_branch_policy']
}

/**
 * Stores (or replaces, keeping its id) the environment `name` of `owner/repo`. Rules are listed
 * in GitHub's order: wait timer, required reviewers, branch policy.
 */
export function seedEnvironment(
  fake: GitHubFake,
  owner: string,
  repo: string,
  name: string,
  options: EnvironmentOptions = {}
): StoredEnvironment {
  const key = `${owner}/${repo}#${name}`
  const existing = fake.state.environments.get(key)
  const rules: EnvironmentProtectionRule[] = []
  if (options.waitTimer !== undefined) {
    rules.push({ type: 'wait_timer', wait_timer: options.waitTimer })
  }
  if (options.reviewers !== undefined && options.reviewers.length > 0) {
    rules.push({
      type: 'required_reviewers',
      prevent_self_review: options.preventSelfReview ?? false,
      reviewers: options.reviewers.map((r) => ({ ...r }))
    })
  }
  const policy = options.deploymentBranchPolicy ?? null
  if (policy) rules.push({ type: 'branch_policy' })
  const at = nextTimestamp(fake)
  const environment: StoredEnvironment = {
    id: existing?.id ?? fake.state.nextId++,
    name,
    created_at: existing?.created_at ?? at,
    updated_at: at,
    protection_rules: rules,
    deployment_branch_policy: policy ? { ...policy } : null
  }
  fake.state.environments.set(key, environment)
  return environment
}

/**
 * Appends a review to the history of run `runId` (served by GET .../runs/{run_id}/approvals,
 * which answers 404 unless the run is in `fake.state.runs`). Environments the repository does
 * not have yet are created without protection rules.
 */
export function seedApproval(
  fake: GitHubFake,
  owner: string,
  repo: string,
  runId: number,
  approval: StoredApproval
): StoredApproval {
  for (const name of approval.environments) {
    if (!fake.state.environments.has(`${owner}/${repo}#${name}`)) {
      seedEnvironment(fake, owner, repo, name)
    }
  }
  const stored: StoredApproval = {
    ...approval,
    environments: [...approval.environments],
    user: { ...approval.user }
  }
  const key = `${owner}/${repo}#${runId}`
  const list = fake.state.runApprovals.get(key) ?? []
  list.push(stored)
  fake.state.runApprovals.set(key, list)
  return stored
}

export interface ArtifactSeed {
  owner: string
  repo: string
  name: string
  zip: Buffer
  runId: number
  /** default false; an expired artifact answers 410 on download */
  expired?: boolean
  /** default: the run's (when it is in `fake.state.runs`), else 'main' and a sha of the name */
  headSha?: string
  headBranch?: string
  /** default 'sha256:' + the zip's SHA-256 (as upload-artifact v4 records it) */
  digest?: string
  /** default 90 (GitHub's default retention) */
  retentionDays?: number
}

const DAY_MS = 86_400_000

/**
 * Stores an artifact of run `runId`. Its `created_at` is the fake clock's next tick; it expires
 * `retentionDays` later or, when `expired`, at once (`expires_at` = `created_at`), since the fake
 * clock has no "now" to be past.
 */
export function seedArtifact(fake: GitHubFake, seed: ArtifactSeed): StoredArtifact {
  const run = fake.state.runs.find((r) => r.id === seed.runId)
  const createdAt = nextTimestamp(fake)
  const expired = seed.expired ?? false
  const expiresAt = expired
    ? createdAt
    : new Date(Date.parse(createdAt) + (seed.retentionDays ?? 90) * DAY_MS)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
  const artifact: StoredArtifact = {
    id: fake.state.nextId++,
    owner: seed.owner,
    repo: seed.repo,
    name: seed.name,
    size_in_bytes: seed.zip.length,
    zip: Buffer.from(seed.zip),
    run_id: seed.runId,
    head_sha:
      seed.headSha ??
      run?.head_sha ??
      createHash('sha1').update(`${seed.owner}/${seed.repo}:${seed.name}`).digest('hex'),
    head_branch: seed.headBranch ?? run?.head_branch ?? 'main',
    expired,
    created_at: createdAt,
    expires_at: expiresAt,
    updated_at: createdAt,
    digest: seed.digest ?? `sha256:${createHash('sha256').update(seed.zip).digest('hex')}`
  }
  fake.state.artifacts.push(artifact)
  return artifact
}
