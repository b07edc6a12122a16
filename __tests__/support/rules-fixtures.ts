/**
 * Builders for realistic branch rules served by the GitHub fake (./github-fake.ts): repository
 * and organization rulesets, classic branch protection, seeded repositories and tokens.
 *
 *   const fake = await startGitHubFake()
 *   seedRepo(fake, { owner: 'octo-org', repo: 'app', branches: ['main', 'release/1.0'] })
 *   addRuleset(fake, { source: 'octo-org', rules: [rulesetPullRequest({ required_approving_review_count: 2 })] })
 *   addRuleset(fake, { source: 'octo-org/app', include: ['refs/heads/release/*'], rules: [rulesetStatusChecks(['ci'])] })
 *   setProtection(fake, 'octo-org', 'app', 'main', { required_status_checks: { contexts: ['ci'] } })
 *   fake.tokens.set('admin-token', 'admin')
 */
import type {
  BypassActor,
  ClassicProtection,
  FakeRepo,
  GitHubFake,
  PullRequestRule,
  PullRequestRuleParameters,
  RepositoryRule,
  RequiredDeploymentsRule,
  RequiredStatusChecksRule,
  RulesetEnforcement,
  SimpleRule,
  StatusCheckConfiguration,
  StoredRuleset
} from './github-fake.js'

/** GitHub's fixed-format timestamps for rulesets (as returned: milliseconds and an offset). */
export const RULESET_CREATED_AT = '2024-03-01T09:00:00.000-08:00'
export const RULESET_UPDATED_AT = '2024-03-02T09:30:00.000-08:00'

/** The built-in repository role ids GitHub uses for RepositoryRole bypass actors. */
export const REPOSITORY_ROLE = { maintain: 2, write: 4, admin: 5 } as const

// ---------------------------------------------------------------------------------------------
// Rules

/** A `pull_request` rule; every required parameter defaults like GitHub's UI (1 approval). */
export function rulesetPullRequest(
  parameters: Partial<PullRequestRuleParameters> = {}
): PullRequestRule {
  return {
    type: 'pull_request',
    parameters: {
      allowed_merge_methods: ['merge', 'squash', 'rebase'],
      dismiss_stale_reviews_on_push: false,
      require_code_owner_review: false,
      require_last_push_approval: false,
      required_approving_review_count: 1,
      required_review_thread_resolution: false,
      ...parameters
    }
  }
}

/** A `required_status_checks` rule; contexts as names or `{ context, integration_id }`. */
export function rulesetStatusChecks(
  checks: (string | StatusCheckConfiguration)[],
  options: { strict?: boolean; do_not_enforce_on_create?: boolean } = {}
): RequiredStatusChecksRule {
  const parameters: RequiredStatusChecksRule['parameters'] = {
    strict_required_status_checks_policy: options.strict ?? false,
    required_status_checks: checks.map((c) => (typeof c === 'string' ? { context: c } : { ...c }))
  }
  if (options.do_not_enforce_on_create !== undefined) {
    parameters.do_not_enforce_on_create = options.do_not_enforce_on_create
  }
  return { type: 'required_status_checks', parameters }
}

/** Block force pushes. */
export function rulesetNonFastForward(): SimpleRule {
  return { type: 'non_fast_forward' }
}

/** Restrict deletions. */
export function rulesetDeletion(): SimpleRule {
  return { type: 'deletion' }
}

/** Restrict creations. */
export function rulesetCreation(): SimpleRule {
  return { type: 'creation' }
}

export function rulesetLinearHistory(): SimpleRule {
  return { type: 'required_linear_history' }
}

export function rulesetSignatures(): SimpleRule {
  return { type: 'required_signatures' }
}

/**
 * A `merge_queue` rule (schema `repository-rule-merge-queue`, every parameter GitHub requires).
 * The fake's rule union does not list it, so it is stored as a generic rule.
 */
export function rulesetMergeQueue(parameters: Partial<MergeQueueParameters> = {}): RepositoryRule {
  const rule = {
    type: 'merge_queue',
    parameters: {
      check_response_timeout_minutes: 60,
      grouping_strategy: 'ALLGREEN',
      max_entries_to_build: 5,
      max_entries_to_merge: 5,
      merge_method: 'SQUASH',
      min_entries_to_merge: 1,
      min_entries_to_merge_wait_minutes: 5,
      ...parameters
    }
  }
  return rule as unknown as RepositoryRule
}

export interface MergeQueueParameters {
  check_response_timeout_minutes: number
  grouping_strategy: 'ALLGREEN' | 'HEADGREEN'
  max_entries_to_build: number
  max_entries_to_merge: number
  merge_method: 'MERGE' | 'SQUASH' | 'REBASE'
  min_entries_to_merge: number
  min_entries_to_merge_wait_minutes: number
}

export function rulesetDeployments(environments: string[]): RequiredDeploymentsRule {
  return {
    type: 'required_deployments',
    parameters: { required_deployment_environments: [...environments] }
  }
}

// ---------------------------------------------------------------------------------------------
// Bypass actors

export function bypassOrgAdmin(mode: BypassActor['bypass_mode'] = 'always'): BypassActor {
  return { actor_id: null, actor_type: 'OrganizationAdmin', bypass_mode: mode }
}

export function bypassRepoRole(
  role: keyof typeof REPOSITORY_ROLE = 'admin',
  mode: BypassActor['bypass_mode'] = 'always'
): BypassActor {
  return { actor_id: REPOSITORY_ROLE[role], actor_type: 'RepositoryRole', bypass_mode: mode }
}

export function bypassTeam(id: number, mode: BypassActor['bypass_mode'] = 'always'): BypassActor {
  return { actor_id: id, actor_type: 'Team', bypass_mode: mode }
}

export function bypassApp(id: number, mode: BypassActor['bypass_mode'] = 'always'): BypassActor {
  return { actor_id: id, actor_type: 'Integration', bypass_mode: mode }
}

// ---------------------------------------------------------------------------------------------
// State

export interface SeedRepoOptions {
  owner: string
  repo: string
  /** default 'main' */
  default_branch?: string
  /** default [default_branch]; the default branch is added when missing */
  branches?: string[]
  private?: boolean
  /** default 'Organization' */
  owner_type?: 'User' | 'Organization'
}

/** Adds (or replaces) a repository; returns its stored state. */
export function seedRepo(fake: GitHubFake, options: SeedRepoOptions): FakeRepo {
  const defaultBranch = options.default_branch ?? 'main'
  const branches = [...(options.branches ?? [defaultBranch])]
  if (!branches.includes(defaultBranch)) branches.unshift(defaultBranch)
  const repo: FakeRepo = { default_branch: defaultBranch, branches }
  if (options.private !== undefined) repo.private = options.private
  if (options.owner_type !== undefined) repo.owner_type = options.owner_type
  fake.state.repos.set(`${options.owner}/${options.repo}`, repo)
  return repo
}

export interface AddRulesetOptions {
  /**
   * 'owner/repo' for a repository ruleset, an organization login for an organization ruleset
   * (source_type is inferred from the '/').
   */
  source: string
  name?: string
  /** default 'active' */
  enforcement?: RulesetEnforcement
  /** ref_name include patterns; default ['~DEFAULT_BRANCH'] */
  include?: string[]
  /** ref_name exclude patterns; default [] */
  exclude?: string[]
  /** organization rulesets: repository_name condition; default { include: ['~ALL'], exclude: [] } */
  repository_name?: { include: string[]; exclude?: string[]; protected?: boolean }
  bypass_actors?: BypassActor[]
  rules: RepositoryRule[]
  /** default: the fake's next id */
  id?: number
}

/** Stores a branch ruleset and returns it (mutating the result changes what the fake serves). */
export function addRuleset(fake: GitHubFake, options: AddRulesetOptions): StoredRuleset {
  const sourceType = options.source.includes('/') ? 'Repository' : 'Organization'
  const id = options.id ?? fake.state.nextId++
  const ruleset: StoredRuleset = {
    id,
    name: options.name ?? `${sourceType === 'Repository' ? 'repo' : 'org'} ruleset ${id}`,
    target: 'branch',
    source_type: sourceType,
    source: options.source,
    enforcement: options.enforcement ?? 'active',
    bypass_actors: (options.bypass_actors ?? []).map((a) => ({ ...a })),
    conditions: {
      ref_name: {
        include: [...(options.include ?? ['~DEFAULT_BRANCH'])],
        exclude: [...(options.exclude ?? [])]
      }
    },
    rules: structuredClone(options.rules),
    created_at: RULESET_CREATED_AT,
    updated_at: RULESET_UPDATED_AT
  }
  if (sourceType === 'Organization') {
    const names = options.repository_name ?? { include: ['~ALL'] }
    ruleset.conditions.repository_name = {
      include: [...names.include],
      exclude: [...(names.exclude ?? [])],
      protected: names.protected ?? false
    }
  }
  fake.state.rulesets.push(ruleset)
  return ruleset
}

/** Sets classic branch protection (adding the branch to a seeded repository when missing). */
export function setProtection(
  fake: GitHubFake,
  owner: string,
  repo: string,
  branch: string,
  protection: ClassicProtection
): void {
  const state = fake.state.repos.get(`${owner}/${repo}`)
  if (state && !state.branches.includes(branch)) state.branches.push(branch)
  fake.state.protections.set(`${owner}/${repo}#${branch}`, structuredClone(protection))
}

/** A typical "main is protected" classic setup: checks, 1-2 reviews, admins enforced. */
export function fullProtection(overrides: Partial<ClassicProtection> = {}): ClassicProtection {
  return {
    required_status_checks: {
      strict: true,
      contexts: ['ci/build'],
      checks: [{ context: 'test', app_id: 15368 }]
    },
    required_pull_request_reviews: {
      dismiss_stale_reviews: true,
      require_code_owner_reviews: true,
      required_approving_review_count: 2,
      require_last_push_approval: true,
      bypass_pull_request_allowances: { users: ['release-bot'], teams: ['release'], apps: [] }
    },
    enforce_admins: true,
    required_linear_history: true,
    allow_force_pushes: false,
    allow_deletions: false,
    required_conversation_resolution: true,
    required_signatures: true,
    ...overrides
  }
}
