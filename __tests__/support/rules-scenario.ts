import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { GitHubFake } from './github-fake.js'
import {
  addRuleset,
  bypassOrgAdmin,
  bypassTeam,
  rulesetNonFastForward,
  rulesetPullRequest,
  rulesetStatusChecks,
  seedRepo
} from './rules-fixtures.js'
import { writeIn } from './temp-workspace.js'

export const OWNER = 'acme'
export const REPO = 'shop'
export const ADMIN_TOKEN = 'ghp_admin_token'
export const DEFAULT_TOKEN = 'ghs_default_token'

export const CI_WORKFLOW = `name: ci
on: [push, pull_request]
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: [20, 22]
    steps:
      - run: npm test
  lint:
    name: Lint
    runs-on: ubuntu-latest
    steps:
      - run: npm run lint
  gonogo:
    runs-on: ubuntu-latest
    steps:
      - run: echo gate
`

export const POLICY = `version: 1
controls:
  - id: branch-protection
    source: { report: gonogo-reports/branch-protection.json }
    severity: high
  - id: required-checks
    source: { report: gonogo-reports/required-checks.json }
    severity: high
branches:
  main:
    required_checks: ['test (20)', 'test (22)', Lint]
    strict: true
    min_approvals: 2
    dismiss_stale_reviews: true
    block_force_pushes: true
    bypass_allowed: [{ type: OrganizationAdmin }]
  'release/*':
    required_checks: [Lint]
    min_approvals: 1
`

/** A repository whose rulesets match the policy above (an org baseline plus a repository ruleset). */
export function seedMatchingRules(
  fake: GitHubFake,
  checks = ['test (20)', 'test (22)', 'Lint']
): void {
  fake.tokens.set(ADMIN_TOKEN, 'admin')
  fake.tokens.set(DEFAULT_TOKEN, 'default')
  seedRepo(fake, {
    owner: OWNER,
    repo: REPO,
    default_branch: 'main',
    branches: ['main', 'release/1.0', 'feature/x']
  })
  addRuleset(fake, {
    source: OWNER,
    name: 'org baseline',
    include: ['~DEFAULT_BRANCH'],
    rules: [rulesetNonFastForward()],
    bypass_actors: [bypassOrgAdmin()]
  })
  addRuleset(fake, {
    source: `${OWNER}/${REPO}`,
    name: 'main protection',
    include: ['~DEFAULT_BRANCH'],
    rules: [
      rulesetPullRequest({
        required_approving_review_count: 2,
        dismiss_stale_reviews_on_push: true
      }),
      rulesetStatusChecks(checks, { strict: true })
    ],
    bypass_actors: [bypassOrgAdmin()]
  })
  addRuleset(fake, {
    source: `${OWNER}/${REPO}`,
    name: 'releases',
    include: ['refs/heads/release/*'],
    rules: [
      rulesetPullRequest({ required_approving_review_count: 1 }),
      rulesetStatusChecks(['Lint'])
    ]
  })
  addRuleset(fake, {
    source: `${OWNER}/${REPO}`,
    name: 'trial',
    enforcement: 'evaluate',
    include: ['~DEFAULT_BRANCH'],
    rules: [rulesetPullRequest({ required_approving_review_count: 3 })],
    bypass_actors: [bypassTeam(77)]
  })
}

/** A workspace with the policy and the ci workflow. */
export async function rulesWorkspace(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-rules-'))
  await writeIn(dir, '.github/gonogo.yml', POLICY)
  await writeIn(dir, '.github/workflows/ci.yml', CI_WORKFLOW)
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}
