// Issue 19: a repository's own verify-rules run applies the org policy's overrides that match its
// name (core/org-policy.ts), so it agrees with the organisation report; a policy whose overrides
// match other repositories verifies exactly as without them.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import path from 'node:path'
import { runVerify } from '../src/ruleset-verify/run-verify.js'
import { startGitHubFake, type GitHubFake } from './support/github-fake.js'
import {
  ADMIN_TOKEN,
  OWNER,
  POLICY,
  REPO,
  rulesWorkspace,
  seedMatchingRules
} from './support/rules-scenario.js'
import { writeIn } from './support/temp-workspace.js'

let fake: GitHubFake
let ws: { dir: string; cleanup: () => Promise<void> }
let seeded = false
beforeEach(async () => {
  seeded = false
  fake = await startGitHubFake()
  ws = await rulesWorkspace()
})
afterEach(async () => {
  await ws.cleanup()
  await fake.close()
  fake.assertNoViolations()
})

const overrides = (glob: string) => `${POLICY}org:
  overrides:
    - id: three-approvals
      repositories: ['${glob}']
      branches:
        main: { min_approvals: 3 }
`

async function verify(policy: string) {
  await writeIn(ws.dir, '.github/gonogo.yml', policy)
  if (!seeded) seedMatchingRules(fake)
  seeded = true
  return runVerify({
    workspace: ws.dir,
    config: '.github/gonogo.yml',
    output: path.join(ws.dir, 'gonogo-reports'),
    owner: OWNER,
    repo: REPO,
    branches: [],
    sha: 'f'.repeat(40),
    ref: 'refs/heads/main',
    token: ADMIN_TOKEN,
    apiUrl: fake.url,
    effectiveTime: Date.parse('2026-11-21T00:00:00Z'),
    retryBaseMs: 5,
    timeoutMs: 500
  })
}

describe('org.overrides in a single repository run', () => {
  test('an override matching the repository applies (case aside)', async () => {
    const r = await verify(overrides(REPO.toUpperCase()))
    const c = r.branchProtection.checks.find((x) => x.id === 'main/min-approvals')
    expect([c?.status, c?.wanted]).toEqual(['failed', 3])
  })

  test('an override of other repositories changes nothing', async () => {
    const base = await verify(POLICY)
    const other = await verify(overrides(`${REPO}-other`))
    expect(other.branchProtection.checks).toEqual(base.branchProtection.checks)
    expect(other.requiredChecks.checks).toEqual(base.requiredChecks.checks)
  })
})
