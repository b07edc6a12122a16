import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient } from '../src/github/client.js'
import type { GitHubClient } from '../src/github/client.js'
import { ADMIN_LOGIN, BLOB_PREFIX, startGitHubFake } from './support/github-fake.js'
import type { GitHubFake } from './support/github-fake.js'
import { addRun, addWorkflow, sha } from './support/actions-fixtures.js'
import { seedRepo } from './support/rules-fixtures.js'
import {
  seedApproval,
  seedArtifact,
  seedDeployment,
  seedEnvironment
} from './support/deployment-fixtures.js'

const OWNER = 'octo-org'
const REPO = 'app'
const TOKEN = 'ghs_default'
const READ_TOKEN = 'ghs_read'
const NONE_TOKEN = 'ghs_none'
const ADMIN_TOKEN = 'admin-token'
const OCTOCAT = { login: 'octocat', id: 583231 }

/** Every byte value, so any text decoding along the way would show. */
const ZIP = Buffer.concat([
  Buffer.from('PK\x03\x04', 'latin1'),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  Buffer.from('PK\x05\x06', 'latin1')
])

async function failure(
  promise: Promise<unknown>
): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }> {
  try {
    await promise
  } catch (error) {
    const e = error as {
      status?: number
      response?: { data?: unknown; headers?: Record<string, unknown> }
    }
    return { status: e.status ?? -1, data: e.response?.data, headers: e.response?.headers ?? {} }
  }
  throw new Error('expected the request to fail')
}

describe('GitHub fake: deployments, environments, approvals, artifacts', () => {
  let fake: GitHubFake
  let client: (token?: string) => GitHubClient

  beforeEach(async () => {
    fake = await startGitHubFake()
    fake.tokens.set(ADMIN_TOKEN, 'admin')
    fake.tokenPermissions.set(READ_TOKEN, { deployments: 'read' })
    fake.tokenPermissions.set(NONE_TOKEN, { deployments: 'none', actions: 'none' })
    seedRepo(fake, { owner: OWNER, repo: REPO, branches: ['main', 'release/1.0'] })
    client = (token = TOKEN) =>
      createClient(token, { baseUrl: fake.url, retries: 0, retryBaseMs: 1 })
  })

  afterEach(async () => {
    await fake.close()
    fake.assertNoViolations()
  })

  async function deploy(
    octokit: GitHubClient,
    body: { ref: string; environment?: string; task?: string; transient_environment?: boolean }
  ) {
    const { status, data } = await octokit.rest.repos.createDeployment({
      owner: OWNER,
      repo: REPO,
      required_contexts: [],
      ...body
    })
    expect(status).toBe(201)
    if (!('id' in data)) throw new Error('expected a deployment, got a merge message')
    return data
  }

  describe('deployments', () => {
    it('creates deployments with GitHub defaults, lists them newest first and filters', async () => {
      const octokit = client()
      const main = await deploy(octokit, { ref: 'main' })
      expect(main).toMatchObject({
        ref: 'main',
        task: 'deploy',
        environment: 'production',
        original_environment: 'production',
        production_environment: true,
        transient_environment: false,
        payload: {},
        description: '',
        created_at: '2026-11-01T00:00:00Z',
        creator: { login: 'github-actions[bot]', type: 'Bot' },
        performed_via_github_app: { slug: 'github-actions' }
      })
      expect(main.sha).toMatch(/^[0-9a-f]{40}$/)
      const branches = await octokit.rest.repos.listBranches({ owner: OWNER, repo: REPO })
      expect(branches.data.find((b) => b.name === 'main')?.commit.sha).toBe(main.sha)

      const commit = sha('release commit')
      const bySha = await octokit.rest.repos.createDeployment({
        owner: OWNER,
        repo: REPO,
        ref: commit,
        environment: 'staging',
        task: 'deploy:migrations',
        payload: '{"db":"primary"}',
        description: 'Migrate'
      })
      expect(bySha.data).toMatchObject({
        sha: commit,
        ref: commit,
        environment: 'staging',
        production_environment: false,
        payload: '{"db":"primary"}',
        description: 'Migrate',
        created_at: '2026-11-01T00:00:01Z'
      })
      const objectPayload = await deploy(octokit, { ref: 'release/1.0', environment: 'staging' })
      expect(objectPayload.sha).not.toBe(main.sha)

      const all = await octokit.rest.repos.listDeployments({ owner: OWNER, repo: REPO })
      expect(all.data.map((d) => d.id)).toEqual(
        [main.id, 'id' in bySha.data ? bySha.data.id : -1, objectPayload.id].sort((a, b) => b - a)
      )
      const staging = await octokit.rest.repos.listDeployments({
        owner: OWNER,
        repo: REPO,
        environment: 'staging'
      })
      expect(staging.data.map((d) => d.ref)).toEqual(['release/1.0', commit])
      const byTask = await octokit.rest.repos.listDeployments({
        owner: OWNER,
        repo: REPO,
        task: 'deploy:migrations'
      })
      expect(byTask.data.map((d) => d.sha)).toEqual([commit])
      const bySha2 = await octokit.rest.repos.listDeployments({
        owner: OWNER,
        repo: REPO,
        sha: main.sha
      })
      expect(bySha2.data.map((d) => d.id)).toEqual([main.id])
      const byRef = await octokit.rest.repos.listDeployments({ owner: OWNER, repo: REPO, ref: 'x' })
      expect(byRef.data).toEqual([])

      const one = await octokit.rest.repos.getDeployment({
        owner: OWNER,
        repo: REPO,
        deployment_id: main.id
      })
      expect(one.data).toEqual(main)
      const elsewhere = await failure(
        octokit.rest.repos.getDeployment({ owner: OWNER, repo: 'other', deployment_id: main.id })
      )
      expect(elsewhere.status).toBe(404)
    })

    it('resolves tags, rejects unknown refs of known repositories, and credits the token user', async () => {
      const repoState = fake.state.repos.get(`${OWNER}/${REPO}`)
      if (!repoState) throw new Error('repo not seeded')
      repoState.tags = ['v1.0.0']
      const tagged = await deploy(client(ADMIN_TOKEN), { ref: 'v1.0.0' })
      expect(tagged.sha).toMatch(/^[0-9a-f]{40}$/)
      expect(tagged.creator?.login).toBe(ADMIN_LOGIN)
      expect(tagged.performed_via_github_app).toBeNull()

      const unknown = await failure(
        client().rest.repos.createDeployment({ owner: OWNER, repo: REPO, ref: 'nope' })
      )
      expect(unknown.status).toBe(422)
      expect(unknown.data).toMatchObject({ message: 'No ref found for: nope' })

      // a repository the fake does not know accepts any ref
      const free = await client().rest.repos.createDeployment({
        owner: OWNER,
        repo: 'unknown',
        ref: 'feature/x'
      })
      expect(free.status).toBe(201)
    })

    it('pages deployments with Link headers', async () => {
      const octokit = client()
      const ids = Array.from(
        { length: 5 },
        () => seedDeployment(fake, { owner: OWNER, repo: REPO }).id
      )
      const first = await octokit.rest.repos.listDeployments({
        owner: OWNER,
        repo: REPO,
        per_page: 2
      })
      expect(first.data.map((d) => d.id)).toEqual([ids[4], ids[3]])
      const link = first.headers.link ?? ''
      expect(link).toContain(
        `${fake.url}/repos/${OWNER}/${REPO}/deployments?per_page=2&page=2>; rel="next"`
      )
      expect(link).toContain('page=3>; rel="last"')
      const every = await octokit.paginate(octokit.rest.repos.listDeployments, {
        owner: OWNER,
        repo: REPO,
        per_page: 2
      })
      expect(every.map((d) => d.id)).toEqual([...ids].reverse())
    })

    it('answers 403 to tokens without deployments: write (POST) or read (everything)', async () => {
      const existing = seedDeployment(fake, { owner: OWNER, repo: REPO })

      const readOnly = client(READ_TOKEN)
      const listed = await readOnly.rest.repos.listDeployments({ owner: OWNER, repo: REPO })
      expect(listed.data).toHaveLength(1)
      const create = await failure(
        readOnly.rest.repos.createDeployment({ owner: OWNER, repo: REPO, ref: 'main' })
      )
      expect(create.status).toBe(403)
      expect(create.data).toMatchObject({ message: 'Resource not accessible by integration' })
      expect(create.headers['x-accepted-github-permissions']).toBe('deployments=write')
      const status = await failure(
        readOnly.rest.repos.createDeploymentStatus({
          owner: OWNER,
          repo: REPO,
          deployment_id: existing.id,
          state: 'success'
        })
      )
      expect(status.status).toBe(403)

      const none = client(NONE_TOKEN)
      for (const call of [
        none.rest.repos.listDeployments({ owner: OWNER, repo: REPO }),
        none.rest.repos.getDeployment({ owner: OWNER, repo: REPO, deployment_id: existing.id }),
        none.rest.repos.listDeploymentStatuses({
          owner: OWNER,
          repo: REPO,
          deployment_id: existing.id
        }),
        none.rest.repos.createDeployment({ owner: OWNER, repo: REPO, ref: 'main' })
      ]) {
        const denied = await failure(call)
        expect(denied.status).toBe(403)
        expect(denied.headers['x-accepted-github-permissions']).toBe('deployments=read')
      }
      expect(fake.state.deployments).toHaveLength(1)
    })
  })

  describe('deployment statuses', () => {
    it('lists statuses newest first and applies the environment and log_url rules', async () => {
      const octokit = client()
      const d = seedDeployment(fake, { owner: OWNER, repo: REPO, environment: 'staging' })
      const statuses = octokit.rest.repos
      const queued = await statuses.createDeploymentStatus({
        owner: OWNER,
        repo: REPO,
        deployment_id: d.id,
        state: 'queued'
      })
      expect(queued.status).toBe(201)
      expect(queued.headers.location).toBe(queued.data.url)
      expect(queued.data).toMatchObject({
        state: 'queued',
        environment: 'staging',
        description: '',
        target_url: '',
        log_url: '',
        environment_url: '',
        creator: { login: 'github-actions[bot]' }
      })
      const running = await statuses.createDeploymentStatus({
        owner: OWNER,
        repo: REPO,
        deployment_id: d.id,
        state: 'in_progress',
        log_url: 'https://ci.example.com/runs/1'
      })
      expect(running.data.target_url).toBe('https://ci.example.com/runs/1')
      // a status may move the deployment to another environment
      const done = await statuses.createDeploymentStatus({
        owner: OWNER,
        repo: REPO,
        deployment_id: d.id,
        state: 'success',
        environment: 'production',
        environment_url: 'https://app.example.com',
        description: 'Deployed'
      })
      expect(done.data.environment).toBe('production')

      const list = await statuses.listDeploymentStatuses({
        owner: OWNER,
        repo: REPO,
        deployment_id: d.id
      })
      expect(list.data.map((s) => s.state)).toEqual(['success', 'in_progress', 'queued'])
      const after = await statuses.getDeployment({ owner: OWNER, repo: REPO, deployment_id: d.id })
      expect(after.data).toMatchObject({
        environment: 'production',
        original_environment: 'staging',
        updated_at: done.data.created_at
      })

      const missing = await failure(
        statuses.listDeploymentStatuses({ owner: OWNER, repo: REPO, deployment_id: 999_999 })
      )
      expect(missing.status).toBe(404)
    })

    it("accepts GitHub's '' for unset URLs (a spec erratum) but still flags other non-URIs", async () => {
      const d = seedDeployment(fake, { owner: OWNER, repo: REPO, statuses: ['success'] })
      const octokit = client()
      await octokit.rest.repos.listDeploymentStatuses({
        owner: OWNER,
        repo: REPO,
        deployment_id: d.id
      })
      expect(fake.violations).toEqual([])
      await octokit.rest.repos.createDeploymentStatus({
        owner: OWNER,
        repo: REPO,
        deployment_id: d.id,
        state: 'failure',
        log_url: 'not a url'
      })
      expect(fake.violations).toEqual([
        `POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses response 201: /target_url must match format "uri"`,
        `POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses response 201: /log_url must match format "uri"`
      ])
      fake.violations.length = 0
    })

    it('marks earlier successful deployments of the environment inactive (auto_inactive)', async () => {
      const octokit = client()
      const seed = (
        statuses: ('success' | 'failure')[],
        environment = 'production',
        transient = false
      ) =>
        seedDeployment(fake, {
          owner: OWNER,
          repo: REPO,
          environment,
          transient_environment: transient,
          statuses
        }).id
      const succeed = (id: number, autoInactive?: boolean) =>
        octokit.rest.repos.createDeploymentStatus({
          owner: OWNER,
          repo: REPO,
          deployment_id: id,
          state: 'success',
          ...(autoInactive === undefined ? {} : { auto_inactive: autoInactive })
        })
      const states = async (id: number) =>
        (
          await octokit.rest.repos.listDeploymentStatuses({
            owner: OWNER,
            repo: REPO,
            deployment_id: id
          })
        ).data.map((s) => s.state)

      const first = seed(['success'])
      const failed = seed(['failure'])
      const review = seed(['success'], 'pr-7', true)
      const staging = seed(['success'], 'staging')
      const second = seed([])
      await succeed(second)
      // production deployments too (the spec's text says "non-production"; see the fake)
      expect(await states(first)).toEqual(['inactive', 'success'])
      expect(await states(failed)).toEqual(['failure'])
      expect(await states(staging)).toEqual(['success'])
      expect(await states(second)).toEqual(['success'])
      const inactive = fake.state.deployments.find((d) => d.id === first)?.statuses.at(-1)
      expect(inactive?.creator.login).toBe('github-actions[bot]')

      // auto_inactive: false leaves the previous one active
      const third = seed([])
      await succeed(third, false)
      expect(await states(second)).toEqual(['success'])

      // transient environments are never deactivated
      const review2 = seed([], 'pr-7', true)
      await succeed(review2)
      expect(await states(review)).toEqual(['success'])
    })
  })

  describe('environments and run approvals', () => {
    it('serves an environment with user and team reviewers, a wait timer and a branch policy', async () => {
      seedEnvironment(fake, OWNER, REPO, 'production', {
        reviewers: [
          { type: 'User', login: 'octocat', id: OCTOCAT.id },
          { type: 'Team', slug: 'sre', id: 42, name: 'SRE' }
        ],
        preventSelfReview: true,
        waitTimer: 30,
        deploymentBranchPolicy: { protected_branches: true, custom_branch_policies: false }
      })
      const { data } = await client().rest.repos.getEnvironment({
        owner: OWNER,
        repo: REPO,
        environment_name: 'production'
      })
      expect(data).toMatchObject({
        name: 'production',
        url: `${fake.url}/repos/${OWNER}/${REPO}/environments/production`,
        html_url: `https://github.com/${OWNER}/${REPO}/deployments/activity_log?environments_filter=production`,
        deployment_branch_policy: { protected_branches: true, custom_branch_policies: false }
      })
      const rules = data.protection_rules ?? []
      expect(rules.map((r) => r.type)).toEqual([
        'wait_timer',
        'required_reviewers',
        'branch_policy'
      ])
      expect(new Set(rules.map((r) => r.id)).size).toBe(3)
      expect(rules[0]).toMatchObject({ wait_timer: 30 })
      const reviewers = rules[1] as {
        prevent_self_review: boolean
        reviewers: { type: string; reviewer: { login?: string; slug?: string; name?: string } }[]
      }
      expect(reviewers.prevent_self_review).toBe(true)
      expect(reviewers.reviewers).toMatchObject([
        { type: 'User', reviewer: { login: 'octocat' } },
        { type: 'Team', reviewer: { slug: 'sre', name: 'SRE', id: 42 } }
      ])

      const missing = await failure(
        client().rest.repos.getEnvironment({
          owner: OWNER,
          repo: REPO,
          environment_name: 'qa'
        })
      )
      expect(missing.status).toBe(404)
      expect(missing.data).toMatchObject({ message: 'Not Found' })
    })

    it('serves the review history of a run, 404 for unknown runs, 403 without actions: read', async () => {
      const workflow = addWorkflow(fake, {
        owner: OWNER,
        repo: REPO,
        name: 'Deploy',
        path: '.github/workflows/deploy.yml'
      })
      const { run } = addRun(fake, {
        workflow,
        createdAt: Date.parse('2026-11-02T10:00:00Z'),
        head_branch: 'main',
        head_sha: sha('deploy'),
        event: 'push',
        run_number: 1,
        attempts: [
          { startedAt: Date.parse('2026-11-02T10:00:05Z'), conclusion: 'success', jobs: [] }
        ]
      })
      seedEnvironment(fake, OWNER, REPO, 'production', {
        reviewers: [{ type: 'User', ...OCTOCAT }]
      })
      seedApproval(fake, OWNER, REPO, run.id, {
        environments: ['staging'],
        state: 'rejected',
        user: { login: 'hubot', id: 4242 },
        comment: 'Not yet'
      })
      seedApproval(fake, OWNER, REPO, run.id, {
        environments: ['staging', 'production'],
        state: 'approved',
        user: OCTOCAT,
        comment: 'Ship it'
      })

      const octokit = client()
      const { data } = await octokit.rest.actions.getReviewsForRun({
        owner: OWNER,
        repo: REPO,
        run_id: run.id
      })
      expect(data.map((a) => [a.state, a.user.login, a.comment])).toEqual([
        ['rejected', 'hubot', 'Not yet'],
        ['approved', 'octocat', 'Ship it']
      ])
      expect(data[1]?.environments.map((e) => e.name)).toEqual(['staging', 'production'])
      expect(data[1]?.environments[1]?.id).toBe(
        fake.state.environments.get(`${OWNER}/${REPO}#production`)?.id
      )
      // seedApproval created the missing environment
      const staging = await octokit.rest.repos.getEnvironment({
        owner: OWNER,
        repo: REPO,
        environment_name: 'staging'
      })
      expect(staging.data.protection_rules).toEqual([])

      const unknown = await failure(
        octokit.rest.actions.getReviewsForRun({ owner: OWNER, repo: REPO, run_id: 1 })
      )
      expect(unknown.status).toBe(404)
      const denied = await failure(
        client(NONE_TOKEN).rest.actions.getReviewsForRun({
          owner: OWNER,
          repo: REPO,
          run_id: run.id
        })
      )
      expect(denied.status).toBe(403)
    })
  })

  describe('artifacts', () => {
    function seedArtifacts() {
      const workflow = addWorkflow(fake, {
        owner: OWNER,
        repo: REPO,
        name: 'Build',
        path: '.github/workflows/build.yml'
      })
      const { run } = addRun(fake, {
        workflow,
        createdAt: Date.parse('2026-11-02T10:00:00Z'),
        head_branch: 'release/1.0',
        head_sha: sha('build'),
        event: 'push',
        run_number: 7,
        attempts: [
          { startedAt: Date.parse('2026-11-02T10:00:05Z'), conclusion: 'success', jobs: [] }
        ]
      })
      const old = seedArtifact(fake, {
        owner: OWNER,
        repo: REPO,
        name: 'bundle',
        zip: Buffer.from('old'),
        runId: run.id,
        expired: true
      })
      const logs = seedArtifact(fake, {
        owner: OWNER,
        repo: REPO,
        name: 'logs',
        zip: Buffer.from('logs'),
        runId: run.id
      })
      const bundle = seedArtifact(fake, {
        owner: OWNER,
        repo: REPO,
        name: 'bundle',
        zip: ZIP,
        runId: run.id
      })
      return { run, old, logs, bundle }
    }

    it('lists artifacts newest first, filtered by name, and gets one', async () => {
      const { run, old, logs, bundle } = seedArtifacts()
      const octokit = client()
      const all = await octokit.rest.actions.listArtifactsForRepo({ owner: OWNER, repo: REPO })
      expect(all.data.total_count).toBe(3)
      expect(all.data.artifacts.map((a) => a.id)).toEqual([bundle.id, logs.id, old.id])

      const named = await octokit.rest.actions.listArtifactsForRepo({
        owner: OWNER,
        repo: REPO,
        name: 'bundle',
        per_page: 1
      })
      expect(named.data.total_count).toBe(2)
      expect(named.data.artifacts.map((a) => a.id)).toEqual([bundle.id])
      expect(named.headers.link).toContain('rel="next"')
      const artifact = named.data.artifacts[0]
      expect(artifact).toMatchObject({
        name: 'bundle',
        size_in_bytes: ZIP.length,
        expired: false,
        archive_download_url: `${fake.url}/repos/${OWNER}/${REPO}/actions/artifacts/${bundle.id}/zip`,
        digest: bundle.digest,
        workflow_run: { id: run.id, head_branch: 'release/1.0', head_sha: run.head_sha }
      })
      const repository = await octokit.rest.repos.get({ owner: OWNER, repo: REPO })
      expect(artifact?.workflow_run?.repository_id).toBe(repository.data.id)

      const one = await octokit.rest.actions.getArtifact({
        owner: OWNER,
        repo: REPO,
        artifact_id: old.id
      })
      expect(one.data).toMatchObject({ id: old.id, expired: true })
      const missing = await failure(
        octokit.rest.actions.getArtifact({ owner: OWNER, repo: REPO, artifact_id: 1 })
      )
      expect(missing.status).toBe(404)
      const denied = await failure(
        client(NONE_TOKEN).rest.actions.listArtifactsForRepo({ owner: OWNER, repo: REPO })
      )
      expect(denied.status).toBe(403)
    })

    it('downloads the zip by following the 302 to a signed blob URL', async () => {
      const { bundle } = seedArtifacts()
      const octokit = client()
      const before = fake.requests.length
      const { data, status, url } = await octokit.rest.actions.downloadArtifact({
        owner: OWNER,
        repo: REPO,
        artifact_id: bundle.id,
        archive_format: 'zip'
      })
      expect(status).toBe(200)
      expect(data).toBeInstanceOf(ArrayBuffer)
      expect(Buffer.from(data as ArrayBuffer).equals(ZIP)).toBe(true)
      expect(url.startsWith(`${fake.url}${BLOB_PREFIX}`)).toBe(true)
      expect(fake.requests.slice(before).map((r) => [r.template, r.path])).toEqual([
        [
          '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
          `/repos/${OWNER}/${REPO}/actions/artifacts/${bundle.id}/zip`
        ],
        ['', `${BLOB_PREFIX}artifact-${bundle.id}.zip`]
      ])

      // the redirect itself, and the blob URL working without any authorization
      const redirect = await octokit.rest.actions.downloadArtifact({
        owner: OWNER,
        repo: REPO,
        artifact_id: bundle.id,
        archive_format: 'zip',
        request: { redirect: 'manual' }
      })
      expect(redirect.status).toBe(302)
      const location = String(redirect.headers.location)
      const blob = await fetch(location)
      expect(blob.status).toBe(200)
      expect(blob.headers.get('content-type')).toBe('application/zip')
      expect(Buffer.from(await blob.arrayBuffer()).equals(ZIP)).toBe(true)
      // ...but not without its signature
      const unsigned = await fetch(location.replace(/sig=[^&]+/, 'sig=forged'))
      expect(unsigned.status).toBe(403)
      await unsigned.arrayBuffer()
    })

    it('answers 410 for an expired artifact and 404 for an unknown one', async () => {
      const { old } = seedArtifacts()
      const octokit = client()
      const gone = await failure(
        octokit.rest.actions.downloadArtifact({
          owner: OWNER,
          repo: REPO,
          artifact_id: old.id,
          archive_format: 'zip'
        })
      )
      expect(gone.status).toBe(410)
      expect(gone.data).toMatchObject({ message: 'Artifact has expired' })
      const missing = await failure(
        octokit.rest.actions.downloadArtifact({
          owner: OWNER,
          repo: REPO,
          artifact_id: 1,
          archive_format: 'zip'
        })
      )
      expect(missing.status).toBe(404)
    })
  })
})
