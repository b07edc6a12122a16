// Issue 18 end to end: dist/gate/index.js under Node 24 with the runner's environment (every
// input at its action.yml default unless set) against the loopback fake (validated against the
// OpenAPI description): a failing push to the default branch opens the incident and writes its
// record; a pull request into main is frozen; the fix label lifts the freeze; a passing push
// recovers.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { makeReport } from '../../src/core/report.js'
import { seedIssue, startGitHubFake, type GitHubFake } from '../support/github-fake.js'
import { defaultInputs, runAction } from '../support/runner.js'

const OWNER = 'acme'
const REPO = 'shop'
const TOKEN = 'ghs_e2e_incidents'
const POLICY = `version: 1
controls:
  - id: unit-tests
    severity: high
    owner: "@acme/qa"
incidents:
  fix_label: incident-fix
`
let fake: GitHubFake
let dir = ''
let tmp = ''

beforeAll(async () => {
  fake = await startGitHubFake()
  fake.tokens.set(TOKEN, 'admin')
  dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-e2e-incident-'))
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gonogo-e2e-incident-tmp-'))
  await mkdir(path.join(dir, '.github'), { recursive: true })
  await mkdir(path.join(dir, 'gonogo-reports'), { recursive: true })
  await writeFile(path.join(dir, '.github/gonogo.yml'), POLICY)
})

afterAll(async () => {
  await fake.close()
  fake.assertNoViolations()
  await rm(dir, { recursive: true, force: true })
  await rm(tmp, { recursive: true, force: true })
})

const sha = (c: string): string => c.repeat(40)

async function report(commit: string, status: 'passed' | 'failed'): Promise<void> {
  const r = makeReport({
    control: 'unit-tests',
    subject: { repository: `${OWNER}/${REPO}`, sha: commit },
    generatedAt: '2026-11-21T00:00:00.000Z',
    generator: 'test',
    checks: [{ id: 'c', status, message: `unit tests ${status}` }]
  })
  await writeFile(path.join(dir, 'gonogo-reports/unit-tests.json'), JSON.stringify(r))
}

async function gate(o: {
  event: 'push' | 'pull_request'
  commit: string
  pr?: number
  out: string
}) {
  const eventFile = path.join(tmp, `event-${o.out}.json`)
  const repository = { full_name: `${OWNER}/${REPO}`, default_branch: 'main' }
  await writeFile(
    eventFile,
    JSON.stringify(
      o.event === 'push'
        ? { ref: 'refs/heads/main', after: o.commit, repository }
        : {
            number: o.pr,
            pull_request: {
              number: o.pr,
              head: { sha: o.commit, repo: { full_name: repository.full_name } },
              base: { ref: 'main' }
            },
            repository
          }
    )
  )
  return runAction('dist/gate/index.js', {
    ...defaultInputs('action-gate/action.yml', {
      token: TOKEN,
      'check-run': 'false',
      sha: o.commit,
      output: path.join(tmp, o.out),
      'effective-time': '2026-11-21T00:00:00Z'
    }),
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REF: o.event === 'push' ? 'refs/heads/main' : `refs/pull/${o.pr}/merge`,
    GITHUB_REF_NAME: o.event === 'push' ? 'main' : `${o.pr}/merge`,
    GITHUB_SHA: o.commit,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '77',
    ...(o.event === 'pull_request' ? { GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'fix' } : {})
  })
}

describe('action-gate with incidents (dist/gate/index.js, push and pull_request)', () => {
  test('a failing push opens one incident; a PR is frozen until labelled; a passing push recovers', async () => {
    await report(sha('1'), 'failed')
    const push = await gate({ event: 'push', commit: sha('1'), out: 'push1' })
    expect(push.code).toBe(1)
    expect(push.outputs.decision).toBe('no-go')
    const issues = fake.state.issues.filter((i) => i.repo === REPO)
    expect(issues).toHaveLength(1)
    expect(await readdir(path.join(tmp, 'push1'))).toContain(`incident-${issues[0]?.number}.json`)

    // A second failing push updates the incident, never opens another.
    await report(sha('2'), 'failed')
    expect((await gate({ event: 'push', commit: sha('2'), out: 'push2' })).code).toBe(1)
    expect(fake.state.issues.filter((i) => i.repo === REPO)).toHaveLength(1)

    // A passing pull request into main is frozen by the open incident.
    await report(sha('3'), 'passed')
    const pull = seedIssue(fake, { owner: OWNER, repo: REPO, title: 'fix it', pull_request: true })
    const pr = await gate({ event: 'pull_request', commit: sha('3'), pr: pull.number, out: 'pr1' })
    expect(pr.outputs.decision).toBe('no-go')
    expect(pr.outputs.blockers).toMatch(/merges frozen by incident #\d+/)

    // With the fix label the freeze lifts.
    pull.labels.push('incident-fix')
    const fixed = await gate({
      event: 'pull_request',
      commit: sha('3'),
      pr: pull.number,
      out: 'pr2'
    })
    expect(fixed.outputs.decision).toBe('go')

    // The first passing push to main recovers (no postmortem yet: labelled, left open).
    const recover = await gate({ event: 'push', commit: sha('3'), out: 'push3' })
    expect(recover.code).toBe(0)
    expect(recover.outputs.decision).toBe('go')
  }, 120_000)
})
