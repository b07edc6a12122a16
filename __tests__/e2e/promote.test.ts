import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { PROMOTION_TASK, type PromotionRecord } from '../../src/core/promotion.js'
import { validateReport } from '../../src/generated/validators.js'
import { addRun, addWorkflow } from '../support/actions-fixtures.js'
import { seedApproval, seedArtifact, seedEnvironment } from '../support/deployment-fixtures.js'
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js'
import {
  corridorWorkspace,
  KEY,
  makeBundle,
  SHA_A,
  SHA_B,
  T0,
  type TestBundle
} from '../support/promotion-fixtures.js'
import { defaultInputs, runAction } from '../support/runner.js'
import { zipFolder } from '../support/zip.js'

let fake: GitHubFake
let ws: { dir: string; cleanup: () => Promise<void> }
let go: TestBundle
let nogo: TestBundle
let runId = 0

beforeAll(async () => {
  fake = await startGitHubFake()
  ws = await corridorWorkspace()
  go = await makeBundle(ws.dir, 'go', { decision: 'go' })
  nogo = await makeBundle(ws.dir, 'nogo', { decision: 'no-go', sha: SHA_B })
  const workflow = addWorkflow(fake, {
    owner: 'acme',
    repo: 'shop',
    name: 'promote',
    path: '.github/workflows/promote.yml'
  })
  runId = addRun(fake, {
    workflow,
    createdAt: T0,
    head_branch: 'main',
    head_sha: SHA_A,
    event: 'workflow_dispatch',
    run_number: 3,
    attempts: [{ startedAt: T0, conclusion: null, status: 'in_progress', jobs: [] }]
  }).run.id
  for (const b of [go, nogo]) {
    seedArtifact(fake, {
      owner: 'acme',
      repo: 'shop',
      name: `gonogo-bundle-${b.id}`,
      zip: await zipFolder(b.path),
      runId
    })
  }
  seedEnvironment(fake, 'acme', 'shop', 'prod', {
    reviewers: [
      { type: 'User', login: 'grace', id: 9001 },
      { type: 'User', login: 'linus', id: 9002 }
    ],
    preventSelfReview: true
  })
  seedApproval(fake, 'acme', 'shop', runId, {
    environments: ['prod'],
    state: 'approved',
    user: { login: 'linus', id: 9002 },
    comment: 'release 1.4'
  })
}, 60_000)
afterAll(async () => {
  await fake.close()
  await ws.cleanup()
})

function env(inputs: Record<string, string>): Record<string, string> {
  return {
    ...defaultInputs('action-release-bundle/action.yml', {
      'signing-key': KEY,
      'effective-time': '2026-11-21T10:00:00Z',
      ...inputs
    }),
    GITHUB_WORKSPACE: ws.dir,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: SHA_A,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.url,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'promote',
    GITHUB_ACTOR: 'ada'
  }
}

describe('action-release-bundle mode: promote / rollback (dist under Node 24, GitHub fake)', () => {
  test('promotes a downloaded bundle dev → staging → prod, recording deployments', async () => {
    const digests: string[] = []
    for (const environment of ['dev', 'staging', 'prod']) {
      const r = await runAction(
        'dist/release-bundle/index.js',
        env({ mode: 'promote', 'bundle-id': go.id, environment })
      )
      expect(r.stdout).not.toContain('::error::')
      expect(r.code).toBe(0)
      expect(r.outputs).toMatchObject({
        recorded: 'true',
        'bundle-id': go.id,
        digest: go.digest
      })
      expect(r.summary).toContain(`## gonogo promotion to \`${environment}\`: ✅ recorded`)
      const report = JSON.parse(await readFile(r.outputs.report ?? '', 'utf8')) as {
        facts: { record: PromotionRecord }
      }
      expect(validateReport(report)).toBe(true)
      expect(report.facts.record.bundle.artifact?.name).toBe(`gonogo-bundle-${go.id}`)
      digests.push(r.outputs['record-digest'] ?? '')
      const d = fake.state.deployments.find((x) => String(x.id) === r.outputs['deployment-id'])
      expect(d).toMatchObject({ task: PROMOTION_TASK, environment, sha: SHA_A })
    }
    const prod = fake.state.deployments.find(
      (d) => d.task === PROMOTION_TASK && d.environment === 'prod'
    )
    expect((prod?.payload as unknown as PromotionRecord).source?.record).toBe(digests[1])
    expect((prod?.payload as unknown as PromotionRecord).approvals).toEqual([
      {
        user: 'linus',
        state: 'approved',
        comment: 'release 1.4',
        observed_at: '2026-11-21T10:00:00.000Z'
      }
    ])
    fake.assertNoViolations()
  }, 120_000)

  test('a no-go bundle is refused: the step fails naming the check, the report says why', async () => {
    const r = await runAction(
      'dist/release-bundle/index.js',
      env({ mode: 'promote', 'bundle-id': nogo.id, environment: 'dev' })
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      "::error::gonogo promote to dev refused: gate-decision: gate decision no-go does not meet dev's requirement (conditional-go)"
    )
    expect(r.outputs.recorded).toBe('false')
    expect(r.summary).toContain('❌ refused')
    const report = JSON.parse(
      await readFile(path.join(ws.dir, 'gonogo-reports/promotion-dev.json'), 'utf8')
    ) as { status: string }
    expect(report.status).toBe('failed')
  }, 60_000)

  test('rollback needs a reason; a missing artifact fails closed naming it', async () => {
    const noReason = await runAction(
      'dist/release-bundle/index.js',
      env({ mode: 'rollback', environment: 'dev' })
    )
    expect(noReason.code).toBe(1)
    expect(noReason.stdout).toContain("::error::Input 'reason' is required for mode: rollback")
    const missing = await runAction(
      'dist/release-bundle/index.js',
      env({ mode: 'promote', 'bundle-id': 'shop-000000000000-000000000000', environment: 'dev' })
    )
    expect(missing.code).toBe(1)
    expect(missing.stdout).toContain(
      '::error::no artifact named gonogo-bundle-shop-000000000000-000000000000 in acme/shop'
    )
    fake.assertNoViolations()
  }, 60_000)
})
