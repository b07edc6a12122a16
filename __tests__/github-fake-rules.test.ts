import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { fnmatch, startGitHubFake } from './support/github-fake.js'
import type { GitHubFake } from './support/github-fake.js'
import {
  addRuleset,
  bypassOrgAdmin,
  bypassRepoRole,
  fullProtection,
  rulesetDeletion,
  rulesetLinearHistory,
  rulesetNonFastForward,
  rulesetPullRequest,
  rulesetSignatures,
  rulesetStatusChecks,
  seedRepo,
  setProtection
} from './support/rules-fixtures.js'

const ORG = 'octo-org'
const REPO = 'app'
const ADMIN_TOKEN = 'admin-token'
const DEFAULT_TOKEN = 'ghs_default'

async function failure(promise: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  try {
    await promise
  } catch (error) {
    const e = error as { status?: number; response?: { data?: unknown } }
    return { status: e.status ?? -1, data: e.response?.data }
  }
  throw new Error('expected the request to fail')
}

describe('GitHub fake: branch rules', () => {
  let fake: GitHubFake
  let admin: ReturnType<typeof getOctokit>
  let user: ReturnType<typeof getOctokit>

  beforeEach(async () => {
    fake = await startGitHubFake()
    fake.tokens.set(ADMIN_TOKEN, 'admin')
    admin = getOctokit(ADMIN_TOKEN, { baseUrl: fake.url })
    user = getOctokit(DEFAULT_TOKEN, { baseUrl: fake.url })
    seedRepo(fake, {
      owner: ORG,
      repo: REPO,
      default_branch: 'main',
      branches: ['main', 'develop', 'release/1.0', 'release/1.0/hotfix', 'feature/x']
    })
  })

  afterEach(async () => {
    await fake.close()
    fake.assertNoViolations()
  })

  it('serves the repository (full-repository) and 404s unknown ones', async () => {
    const { data } = await user.rest.repos.get({ owner: ORG, repo: REPO })
    expect(data.default_branch).toBe('main')
    expect(data.full_name).toBe(`${ORG}/${REPO}`)
    expect(data.permissions).toBeUndefined()
    const adminView = await admin.rest.repos.get({ owner: ORG, repo: REPO })
    expect(adminView.data.permissions?.admin).toBe(true)
    expect((await failure(user.rest.repos.get({ owner: ORG, repo: 'nope' }))).status).toBe(404)
    seedRepo(fake, { owner: 'someone', repo: 'secret', private: true, owner_type: 'User' })
    const priv = await admin.rest.repos.get({ owner: 'someone', repo: 'secret' })
    expect(priv.data.private).toBe(true)
    expect(priv.data.visibility).toBe('private')
  })

  it('effective rules: active org + repo rules that match the branch, nothing else', async () => {
    const org = addRuleset(fake, {
      source: ORG,
      name: 'org baseline',
      include: ['~DEFAULT_BRANCH', 'refs/heads/release/*'],
      rules: [rulesetPullRequest({ required_approving_review_count: 2 }), rulesetDeletion()]
    })
    const repo = addRuleset(fake, {
      source: `${ORG}/${REPO}`,
      name: 'main checks',
      include: ['refs/heads/main'],
      rules: [
        rulesetStatusChecks(['ci/build', { context: 'test', integration_id: 15368 }], {
          strict: true
        }),
        rulesetNonFastForward()
      ]
    })
    // not effective: evaluate / disabled, other repository, org ruleset excluding this repo,
    // excluded ref, non-matching ref
    addRuleset(fake, {
      source: `${ORG}/${REPO}`,
      enforcement: 'evaluate',
      rules: [rulesetSignatures()]
    })
    addRuleset(fake, {
      source: `${ORG}/${REPO}`,
      enforcement: 'disabled',
      rules: [rulesetLinearHistory()]
    })
    addRuleset(fake, { source: `${ORG}/other`, rules: [rulesetLinearHistory()] })
    addRuleset(fake, {
      source: ORG,
      repository_name: { include: ['~ALL'], exclude: ['app'] },
      rules: [rulesetSignatures()]
    })
    addRuleset(fake, { source: 'other-org', include: ['~ALL'], rules: [rulesetSignatures()] })
    addRuleset(fake, {
      source: `${ORG}/${REPO}`,
      include: ['~ALL'],
      exclude: ['~DEFAULT_BRANCH'],
      rules: [rulesetLinearHistory()]
    })
    addRuleset(fake, {
      source: `${ORG}/${REPO}`,
      include: ['refs/heads/develop'],
      rules: [rulesetSignatures()]
    })

    const { data } = await user.rest.repos.getBranchRules({
      owner: ORG,
      repo: REPO,
      branch: 'main'
    })
    expect(
      data.map((r) => [r.type, r.ruleset_source_type, r.ruleset_source, r.ruleset_id])
    ).toEqual([
      ['pull_request', 'Organization', ORG, org.id],
      ['deletion', 'Organization', ORG, org.id],
      ['required_status_checks', 'Repository', `${ORG}/${REPO}`, repo.id],
      ['non_fast_forward', 'Repository', `${ORG}/${REPO}`, repo.id]
    ])
    const pr = data[0]
    expect(pr?.type === 'pull_request' && pr.parameters?.required_approving_review_count).toBe(2)
    const checks = data[2]
    expect(
      checks?.type === 'required_status_checks' && checks.parameters?.required_status_checks
    ).toEqual([{ context: 'ci/build' }, { context: 'test', integration_id: 15368 }])

    // same answer for the admin token; paginated
    const all = await admin.paginate(admin.rest.repos.getBranchRules, {
      owner: ORG,
      repo: REPO,
      branch: 'main',
      per_page: 1
    })
    expect(all).toHaveLength(4)
  })

  it('matches branch names containing "/" (URL-encoded) with FNM_PATHNAME globs', async () => {
    const star = addRuleset(fake, {
      source: `${ORG}/${REPO}`,
      include: ['refs/heads/release/*'],
      rules: [rulesetDeletion()]
    })
    const deep = addRuleset(fake, {
      source: `${ORG}/${REPO}`,
      include: ['refs/heads/release/**/*'],
      rules: [rulesetNonFastForward()]
    })
    const one = await user.rest.repos.getBranchRules({
      owner: ORG,
      repo: REPO,
      branch: 'release/1.0'
    })
    expect(one.data.map((r) => r.ruleset_id)).toEqual([star.id, deep.id])
    const two = await user.rest.repos.getBranchRules({
      owner: ORG,
      repo: REPO,
      branch: 'release/1.0/hotfix'
    })
    expect(two.data.map((r) => r.ruleset_id)).toEqual([deep.id])
    const path = fake.requests.find((r) => r.template.endsWith('/rules/branches/{branch}'))?.path
    expect(path).toContain('release%2F1.0')

    setProtection(fake, ORG, REPO, 'release/1.0', { required_status_checks: { contexts: ['ci'] } })
    const protection = await admin.rest.repos.getBranchProtection({
      owner: ORG,
      repo: REPO,
      branch: 'release/1.0'
    })
    expect(protection.data.required_status_checks?.contexts).toEqual(['ci'])
    expect(protection.data.url).toBe(
      `${fake.url}/repos/${ORG}/${REPO}/branches/release/1.0/protection`
    )

    expect(fnmatch('refs/heads/release/*', 'refs/heads/release/1.0')).toBe(true)
    expect(fnmatch('refs/heads/release/*', 'refs/heads/release/1.0/hotfix')).toBe(false)
    expect(fnmatch('refs/heads/**/*', 'refs/heads/a/b/c')).toBe(true)
    expect(fnmatch('refs/heads/rel?ase/[0-9]*', 'refs/heads/release/1.0')).toBe(true)
  })

  it('lists ruleset summaries past 100 (includes_parents, targets)', async () => {
    for (let i = 0; i < 110; i++)
      addRuleset(fake, { source: `${ORG}/${REPO}`, rules: [rulesetDeletion()] })
    for (let i = 0; i < 10; i++) addRuleset(fake, { source: ORG, rules: [rulesetDeletion()] })
    addRuleset(fake, { source: `${ORG}/other`, rules: [rulesetDeletion()] })

    const first = await user.rest.repos.getRepoRulesets({ owner: ORG, repo: REPO, per_page: 100 })
    expect(first.data).toHaveLength(100)
    expect(first.headers.link).toContain('rel="next"')
    const all = await user.paginate(user.rest.repos.getRepoRulesets, {
      owner: ORG,
      repo: REPO,
      per_page: 100
    })
    expect(all).toHaveLength(120)
    expect(new Set(all.map((r) => r.id)).size).toBe(120)
    const summary = all[0]
    expect(summary).toMatchObject({
      target: 'branch',
      source_type: 'Repository',
      enforcement: 'active'
    })
    expect(summary).not.toHaveProperty('rules')
    expect(summary).not.toHaveProperty('conditions')
    expect(summary).not.toHaveProperty('bypass_actors')

    const own = await user.paginate(user.rest.repos.getRepoRulesets, {
      owner: ORG,
      repo: REPO,
      per_page: 100,
      includes_parents: false
    })
    expect(own).toHaveLength(110)
    const tags = await user.rest.repos.getRepoRulesets({ owner: ORG, repo: REPO, targets: 'tag' })
    expect(tags.data).toHaveLength(0)
  })

  it('ruleset detail hides bypass_actors from the default token', async () => {
    const ruleset = addRuleset(fake, {
      source: ORG,
      include: ['~DEFAULT_BRANCH'],
      bypass_actors: [bypassOrgAdmin('pull_request'), bypassRepoRole('admin')],
      rules: [rulesetPullRequest()]
    })
    const params = { owner: ORG, repo: REPO, ruleset_id: ruleset.id }
    const asUser = await user.rest.repos.getRepoRuleset(params)
    expect(asUser.data).not.toHaveProperty('bypass_actors')
    expect(asUser.data.current_user_can_bypass).toBe('never')
    expect(asUser.data.conditions).toEqual({
      ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] },
      repository_name: { include: ['~ALL'], exclude: [], protected: false }
    })
    expect(asUser.data.rules?.[0]?.type).toBe('pull_request')

    const asAdmin = await admin.rest.repos.getRepoRuleset(params)
    expect(asAdmin.data.bypass_actors).toEqual([
      { actor_id: null, actor_type: 'OrganizationAdmin', bypass_mode: 'pull_request' },
      { actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }
    ])
    expect(asAdmin.data.current_user_can_bypass).toBe('pull_requests_only')

    expect(
      (await failure(user.rest.repos.getRepoRuleset({ ...params, ruleset_id: 999_999 }))).status
    ).toBe(404)
    const noParents = failure(
      user.rest.repos.getRepoRuleset({ ...params, includes_parents: false })
    )
    expect((await noParents).status).toBe(404)
  })

  it('classic protection: full, partial, not protected (404) and default token (403)', async () => {
    setProtection(fake, ORG, REPO, 'main', fullProtection())
    setProtection(fake, ORG, REPO, 'develop', { required_status_checks: { contexts: ['lint'] } })

    const full = await admin.rest.repos.getBranchProtection({
      owner: ORG,
      repo: REPO,
      branch: 'main'
    })
    expect(full.data.required_status_checks).toMatchObject({
      strict: true,
      contexts: ['ci/build', 'test'],
      checks: [
        { context: 'ci/build', app_id: null },
        { context: 'test', app_id: 15368 }
      ]
    })
    expect(full.data.required_pull_request_reviews).toMatchObject({
      dismiss_stale_reviews: true,
      require_code_owner_reviews: true,
      required_approving_review_count: 2,
      require_last_push_approval: true
    })
    const allowances = full.data.required_pull_request_reviews?.bypass_pull_request_allowances
    expect(allowances?.users?.map((u) => u.login)).toEqual(['release-bot'])
    expect(allowances?.teams?.map((t) => t.slug)).toEqual(['release'])
    expect(full.data.enforce_admins?.enabled).toBe(true)
    expect(full.data.required_linear_history?.enabled).toBe(true)
    expect(full.data.allow_force_pushes?.enabled).toBe(false)
    expect(full.data.required_signatures?.enabled).toBe(true)
    expect(full.data.required_conversation_resolution?.enabled).toBe(true)

    const partial = await admin.rest.repos.getBranchProtection({
      owner: ORG,
      repo: REPO,
      branch: 'develop'
    })
    expect(partial.data.required_status_checks?.checks).toEqual([{ context: 'lint', app_id: null }])
    expect(partial.data.required_pull_request_reviews).toBeUndefined()
    expect(partial.data.enforce_admins?.enabled).toBe(false)

    const missing = await failure(
      admin.rest.repos.getBranchProtection({ owner: ORG, repo: REPO, branch: 'feature/x' })
    )
    expect(missing).toEqual({
      status: 404,
      data: {
        message: 'Branch not protected',
        documentation_url:
          'https://docs.github.com/rest/branches/branch-protection#get-branch-protection',
        status: '404'
      }
    })
    const denied = await failure(
      user.rest.repos.getBranchProtection({ owner: ORG, repo: REPO, branch: 'main' })
    )
    expect(denied.status).toBe(403)
    expect(denied.data).toMatchObject({ message: 'Resource not accessible by integration' })
  })

  it('lists branches with the protected flag (classic or rulesets)', async () => {
    setProtection(fake, ORG, REPO, 'main', { enforce_admins: true })
    addRuleset(fake, { source: ORG, include: ['refs/heads/release/*'], rules: [rulesetDeletion()] })
    addRuleset(fake, {
      source: `${ORG}/${REPO}`,
      enforcement: 'evaluate',
      include: ['~ALL'],
      rules: [rulesetDeletion()]
    })
    const branches = await user.paginate(user.rest.repos.listBranches, {
      owner: ORG,
      repo: REPO,
      per_page: 2
    })
    expect(branches.map((b) => [b.name, b.protected])).toEqual([
      ['main', true],
      ['develop', false],
      ['release/1.0', true],
      ['release/1.0/hotfix', false],
      ['feature/x', false]
    ])
    expect(branches[0]?.commit.sha).toMatch(/^[0-9a-f]{40}$/)
    const onlyProtected = await user.rest.repos.listBranches({
      owner: ORG,
      repo: REPO,
      protected: true
    })
    expect(onlyProtected.data.map((b) => b.name)).toEqual(['main', 'release/1.0'])
  })

  it('GET /user: private-user for the admin token, 403 for the default token', async () => {
    const { data } = await admin.rest.users.getAuthenticated()
    expect(data.login).toBe('octo-admin')
    const denied = await failure(user.rest.users.getAuthenticated())
    expect(denied.status).toBe(403)
    expect(denied.data).toMatchObject({ message: 'Resource not accessible by integration' })
    const viaBearer = await fetch(`${fake.url}/user`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` }
    })
    expect(viaBearer.status).toBe(200)
  })

  it('validates served rules against the spec (an invalid stored rule is flagged)', async () => {
    const ruleset = addRuleset(fake, { source: `${ORG}/${REPO}`, rules: [rulesetPullRequest()] })
    // drop a required parameter behind the builder's back
    const rule = ruleset.rules[0]
    if (rule?.type === 'pull_request') {
      delete (rule.parameters as Partial<typeof rule.parameters>).require_last_push_approval
    }
    await user.rest.repos.getBranchRules({ owner: ORG, repo: REPO, branch: 'main' })
    expect(fake.violations.join('\n')).toContain('require_last_push_approval')
    fake.violations.length = 0
  })

  it('records no violations for a whole seeded scenario', async () => {
    setProtection(
      fake,
      ORG,
      REPO,
      'main',
      fullProtection({
        restrictions: { users: ['octocat'], teams: ['core'], apps: ['github-actions', 'my-ci'] }
      })
    )
    const p = await admin.rest.repos.getBranchProtection({ owner: ORG, repo: REPO, branch: 'main' })
    expect(p.data.restrictions?.apps.map((a) => a.slug)).toEqual(['github-actions', 'my-ci'])
    expect(fake.violations).toEqual([])
  })
})
