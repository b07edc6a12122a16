/**
 * Incident response against the GitHub fake (issue 18): every issue, label and comment request
 * and answer is validated against GitHub's OpenAPI description. The github/incidents.ts module
 * directly, then action-gate's `run()` in-process with the runner's environment (push and
 * pull_request events), as dist/gate/index.js runs it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { decide, type ExecutiveSummary } from '../src/core/decision.js'
import {
  assessPush,
  freezeBlocker,
  incidentSettings,
  INCIDENT_MARKER,
  NEEDS_POSTMORTEM_LABEL,
  type IncidentPush,
  type IncidentRecord
} from '../src/core/incidents.js'
import { makeReport } from '../src/core/report.js'
import { createClient } from '../src/github/client.js'
import {
  createIncidentHistory,
  findOpenIncident,
  freezeFacts,
  listIncidents,
  respondToPush,
  type PushRequest
} from '../src/github/incidents.js'
import {
  duplicateComment,
  incidentBody,
  incidentTitle,
  recoveryComment,
  timelineComment
} from '../src/render/incident-markdown.js'
import { control, gateInput } from './support/builders.js'
import {
  faultKinds,
  rateLimitFault,
  seedIssue,
  startGitHubFake,
  type GitHubFake
} from './support/github-fake.js'
import { defaultInputs, parseOutputFile } from './support/runner.js'

const OWNER = 'acme'
let repoSeq = 0
let fake: GitHubFake
beforeAll(async () => {
  fake = await startGitHubFake()
})
afterAll(async () => {
  await fake.close()
})
afterEach(() => {
  fake.assertNoViolations()
})

/** Each test its own repository, so issues from one never meet another. */
function newRepo(): string {
  return `shop${++repoSeq}`
}

const SETTINGS = incidentSettings({ triggers: ['canary'] })!
const sha = (c: string): string => c.repeat(40)

function client(token = 'ghs_incidents') {
  return createClient(token, { baseUrl: fake.url, retries: 0, timeoutMs: 5000, deadlineMs: 30_000 })
}

function request(repo: string, c: string, pairs: Parameters<typeof gateInput>[0]): PushRequest {
  const s = decide(gateInput(pairs))
  const assessment = assessPush(
    s,
    SETTINGS,
    pairs.map(([ctl]) => ctl.id)
  )
  const push: IncidentPush = {
    sha: sha(c),
    decision: s.decision,
    at: s.effective_time,
    run_url: null
  }
  const links = { commitUrl: `https://github.com/${OWNER}/${repo}/commit/${sha(c)}`, runUrl: null }
  // The text reads `req.assessment` when it is made, so a test may replace the assessment.
  const req: PushRequest = {
    target: { owner: OWNER, repo, label: 'gonogo-incident' },
    labels: ['gonogo-incident'],
    assessment,
    push,
    opening: () => ({
      title: incidentTitle(req.assessment.first, 'main'),
      body: incidentBody(
        s,
        {
          opened_at: s.effective_time,
          first_control: req.assessment.first ?? null,
          reasons: req.assessment.reasons,
          push
        },
        links
      )
    }),
    timeline: (o) => timelineComment(s, push, req.assessment.first, links, o),
    recovery: (closing) => recoveryComment(push, links, closing),
    duplicate: (n) => duplicateComment(n)
  }
  return req
}

const FAILING: Parameters<typeof gateInput>[0] = [
  [control('unit', 'high', { owner: '@acme/qa' }), 'failed'],
  [control('lint', 'medium'), 'passed']
]
const PASSING: Parameters<typeof gateInput>[0] = [
  [control('unit', 'high'), 'passed'],
  [control('lint', 'medium'), 'passed']
]

function issuesOf(repo: string) {
  return fake.state.issues.filter((i) => i.repo === repo)
}
function commentsOf(repo: string, n: number) {
  return fake.state.comments.get(`${OWNER}/${repo}#${n}`) ?? []
}

describe('the tracking issue (github/incidents.ts)', () => {
  test('a no-go push opens one issue; a second failing push comments, a re-run adds nothing', async () => {
    const repo = newRepo()
    const gh = client()
    const first = await respondToPush(gh, request(repo, 'a', FAILING))
    expect(first.action).toBe('open')
    expect(issuesOf(repo)).toHaveLength(1)
    const issue = issuesOf(repo)[0]!
    expect(issue.title).toBe('Incident: unit failing on main')
    expect(issue.labels).toEqual(['gonogo-incident'])
    expect(issue.body?.startsWith(INCIDENT_MARKER)).toBe(true)
    expect(issue.body).toContain('| @acme/qa |')
    expect(first.record?.commits.map((c) => c.sha)).toEqual([sha('a')])

    const second = await respondToPush(gh, request(repo, 'b', FAILING))
    expect(second.action).toBe('update')
    expect(issuesOf(repo)).toHaveLength(1)
    expect(commentsOf(repo, issue.number)).toHaveLength(1)
    expect(commentsOf(repo, issue.number)[0]?.body).toContain('Still failing at')
    expect(second.record?.commits.map((c) => c.sha)).toEqual([sha('a'), sha('b')])

    // The same push again (a re-run) and the opening push: no new comment, no new issue.
    await respondToPush(gh, request(repo, 'b', FAILING))
    await respondToPush(gh, request(repo, 'a', FAILING))
    expect(issuesOf(repo)).toHaveLength(1)
    expect(commentsOf(repo, issue.number)).toHaveLength(1)
  })

  test('two gate runs racing leave one open incident; the loser closes its own as duplicate', async () => {
    const repo = newRepo()
    // The race made certain: B lists (nothing yet) before A creates; B creates only after A is done.
    const ghA = client()
    const ghB = client()
    let bListed!: () => void
    const bHasListed = new Promise<void>((r) => (bListed = r))
    let aFinished!: () => void
    const aDone = new Promise<void>((r) => (aFinished = r))
    const creates = (o: { method?: string; url?: string }): boolean =>
      o.method === 'POST' && /\/issues$/.test(String(o.url))
    ghA.hook.before('request', async (o) => {
      if (creates(o)) await bHasListed
    })
    ghB.hook.after('request', (_res, o) => {
      if (o.method === 'GET' && /\/issues$/.test(String(o.url))) bListed()
    })
    ghB.hook.before('request', async (o) => {
      if (creates(o)) await aDone
    })
    const [x, y] = await Promise.all([
      respondToPush(ghA, request(repo, 'c', FAILING)).finally(() => aFinished()),
      respondToPush(ghB, request(repo, 'd', FAILING))
    ])
    const open = issuesOf(repo).filter((i) => i.state === 'open')
    expect(open).toHaveLength(1)
    const winner = open[0]!
    expect(x.incident?.number).toBe(winner.number)
    expect(y.incident?.number).toBe(winner.number)
    const losers = issuesOf(repo).filter((i) => i.state === 'closed')
    // Each run created one; the later one closed its own again.
    expect(losers.map((l) => l.number)).toEqual([2])
    expect(winner.number).toBe(1)
    for (const l of losers) {
      expect(l.state_reason).toBe('duplicate')
      expect(commentsOf(repo, l.number).map((c) => c.body)).toEqual([
        duplicateComment(winner.number)
      ])
    }
    // Both pushes are on the winner: opening data or a timeline comment.
    const shas = new Set(
      [...(x.record?.commits ?? []), ...(y.record?.commits ?? [])].map((c) => c.sha)
    )
    expect(shas).toEqual(new Set([sha('c'), sha('d')]))
  })

  test('a trigger control failing under a go decision opens an incident', async () => {
    const repo = newRepo()
    const s = decide({
      ...gateInput([
        [control('canary', 'medium'), 'failed'],
        [control('unit'), 'passed']
      ]),
      profile: { name: 'lenient', max_high: 0, max_medium: 1, selected_by: 'test' }
    })
    expect(s.decision).toBe('conditional-go')
    const r = request(repo, 'e', [
      [control('canary', 'medium'), 'failed'],
      [control('unit'), 'passed']
    ])
    r.assessment = assessPush(s, SETTINGS, ['unit', 'canary'])
    const out = await respondToPush(client(), r)
    expect(out.action).toBe('open')
    expect(issuesOf(repo)[0]?.title).toBe('Incident: canary failing on main')
  })

  test('three consecutive ci-trend breaches open an incident; two do not', async () => {
    const repo = newRepo()
    const trend = (outcomes: string) =>
      makeReport({
        control: 'ci-trend',
        subject: { repository: `${OWNER}/${repo}`, sha: sha('f') },
        generatedAt: '2026-11-21T00:00:00.000Z',
        generator: 'ci-trend',
        checks: [{ id: 'ci.yml/test/error-budget', status: 'failed', message: 'spent' }],
        facts: {
          slo: { min_pass_rate: 50 },
          jobs: [
            {
              workflow: 'ci.yml',
              job: 'test',
              budget: { allowed: 2, spent: 0 },
              series: [...outcomes].map((c, i) => ({
                run: i + 1,
                outcome: c === 'F' ? 'failed' : 'passed',
                duration: null
              }))
            }
          ]
        }
      })
    const settings = { ...SETTINGS, ci_trend_breaches: 3 }
    const go = decide(gateInput(PASSING))
    const r = request(repo, 'f', PASSING)
    r.assessment = assessPush(go, settings, ['unit', 'lint'], trend('PPPFFFF'))
    expect((await respondToPush(client(), r)).action).toBe('none')
    r.assessment = assessPush(go, settings, ['unit', 'lint'], trend('PPPFFFFF'))
    const out = await respondToPush(client(), r)
    expect(out.action).toBe('open')
    expect(issuesOf(repo).map((i) => i.title)).toEqual(['Incident: ci-trend failing on main'])
    expect(issuesOf(repo)[0]?.body).toContain('ci-trend breached its SLO in 3 consecutive windows')
  })

  test('recovery closes the issue when the postmortem is filled; else labels it and lifts the freeze', async () => {
    const gh = client()
    // Without the postmortem.
    const repo = newRepo()
    await respondToPush(gh, request(repo, 'a', FAILING))
    const healthy = await respondToPush(gh, request(repo, 'b', PASSING))
    expect(healthy.action).toBe('recover')
    expect(healthy.closed).toBe(false)
    const issue = issuesOf(repo)[0]!
    expect(issue.state).toBe('open')
    expect(issue.labels).toContain(NEEDS_POSTMORTEM_LABEL)
    expect(commentsOf(repo, issue.number).at(-1)?.body).toContain('Recovered at')
    expect(healthy.record?.recovered?.sha).toBe(sha('b'))
    // The freeze lifts: no open incident any more, and a new failure opens a new one.
    expect(
      await findOpenIncident(gh, { owner: OWNER, repo, label: 'gonogo-incident' })
    ).toBeUndefined()
    expect((await respondToPush(gh, request(repo, 'c', FAILING))).action).toBe('open')
    expect(issuesOf(repo)).toHaveLength(2)

    // With the postmortem written by a person in the body.
    const repo2 = newRepo()
    await respondToPush(gh, request(repo2, 'a', FAILING))
    const i2 = issuesOf(repo2)[0]!
    i2.body = (i2.body ?? '')
      .replace(
        '- [ ] Cause: <!-- write the cause after the colon -->',
        '- [x] Cause: a bad migration'
      )
      .replace(
        '- [ ] Corrective action: <!-- write the corrective action after the colon -->',
        '- [x] Corrective action: migrations run in CI against a copy'
      )
    const closed = await respondToPush(gh, request(repo2, 'b', PASSING))
    expect(closed.closed).toBe(true)
    expect(i2.state).toBe('closed')
    expect(i2.state_reason).toBe('completed')
    expect(closed.record).toMatchObject({
      state: 'closed',
      cause: 'a bad migration',
      corrective_action: 'migrations run in CI against a copy'
    })
  })

  test('a planted marker in someone else’s issue is ignored', async () => {
    const repo = newRepo()
    const target = { owner: OWNER, repo, label: 'gonogo-incident' }
    seedIssue(fake, {
      owner: OWNER,
      repo,
      title: 'planted',
      body: `${INCIDENT_MARKER}\nnot the gate's`,
      labels: ['gonogo-incident'],
      author: { login: 'mallory', id: 666, type: 'User' }
    })
    // The gate's own marker without the label does not count either.
    seedIssue(fake, {
      owner: OWNER,
      repo,
      body: `${INCIDENT_MARKER}\nno label`,
      author: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
    })
    const gh = client()
    expect(await listIncidents(gh, target, { state: 'all' })).toEqual([])
    expect(await freezeFacts(gh, target, 5)).toEqual({ labels: [] })
    const out = await respondToPush(gh, request(repo, 'a', FAILING))
    expect(out.action).toBe('open')
    expect(out.incident?.number).toBe(3)
    // A personal access token's own issues count (GET /user names it).
    fake.tokens.set('ghp_admin', 'admin')
    const repo3 = newRepo()
    seedIssue(fake, {
      owner: OWNER,
      repo: repo3,
      body: `${INCIDENT_MARKER}\n`,
      labels: ['gonogo-incident'],
      author: { login: 'octo-admin', id: 5550001, type: 'User' }
    })
    const t3 = { owner: OWNER, repo: repo3, label: 'gonogo-incident' }
    expect((await findOpenIncident(client('ghp_admin'), t3))?.number).toBe(1)
    expect(await findOpenIncident(client(), t3)).toBeUndefined()
  })

  test('the freeze: the open incident and the pull request’s labels', async () => {
    const repo = newRepo()
    const gh = client()
    await respondToPush(gh, request(repo, 'a', FAILING))
    const pr = seedIssue(fake, { owner: OWNER, repo, pull_request: true, labels: ['docs'] })
    const target = { owner: OWNER, repo, label: 'gonogo-incident' }
    const facts = await freezeFacts(gh, target, pr.number)
    expect(facts.incident?.number).toBe(1)
    expect(freezeBlocker(facts.incident!, facts.labels, 'incident-fix')?.reason).toMatch(
      /^merges frozen by incident #1/
    )
    pr.labels.push('incident-fix')
    const fixed = await freezeFacts(gh, target, pr.number)
    expect(freezeBlocker(fixed.incident!, fixed.labels, 'incident-fix')).toBeUndefined()
  })

  test('the incident history for the built-in check: trusted issues, releases, 403 named', async () => {
    const repo = newRepo()
    const gh = client()
    await respondToPush(gh, request(repo, 'a', FAILING))
    seedIssue(fake, {
      owner: OWNER,
      repo,
      body: `${INCIDENT_MARKER}\nplanted`,
      labels: ['gonogo-incident'],
      author: { login: 'mallory', id: 666, type: 'User' }
    })
    fake.state.releases.push({
      owner: OWNER,
      repo,
      id: 77,
      tag_name: 'v1.0.0',
      draft: false,
      prerelease: false,
      created_at: '2026-10-01T00:00:00Z',
      published_at: '2026-10-01T00:00:00Z'
    })
    const history = createIncidentHistory({ owner: OWNER, repo }, () => Promise.resolve(gh))
    const answer = await history.read({ label: 'gonogo-incident' })
    expect(answer.ok).toBe(true)
    if (!answer.ok) return
    expect(answer.issues.map((i) => [i.number, i.state])).toEqual([[1, 'open']])
    expect(answer.releases).toEqual([
      { tag: 'v1.0.0', published_at: '2026-10-01T00:00:00Z', draft: false, prerelease: false }
    ])
    fake.tokenPermissions.set('ghs_noissues', { issues: 'none' })
    const denied = await createIncidentHistory({ owner: OWNER, repo }, () =>
      Promise.resolve(client('ghs_noissues'))
    ).read({ label: 'gonogo-incident' })
    expect(denied).toMatchObject({ ok: false, permission: 'issues: read' })
    if (denied.ok) return
    expect(denied.reason).toMatch(/^GET \/repos\/\{owner\}\/\{repo\}\/issues answered 403/)
    // A rate limit is not a missing permission: the unlock says to wait.
    fake.inject(rateLimitFault({ path: `/repos/${OWNER}/${repo}/issues`, resetInSeconds: 3600 }))
    const limited = await history.read({ label: 'gonogo-incident' })
    expect(limited).toMatchObject({ ok: false })
    if (limited.ok) return
    expect(limited.unlock).toContain('rate limit to reset')
  })

  test('a token that may only read issues is refused with 403 on opening', async () => {
    const repo = newRepo()
    fake.tokenPermissions.set('ghs_readonly', { issues: 'read' })
    await expect(
      respondToPush(client('ghs_readonly'), request(repo, 'a', FAILING))
    ).rejects.toMatchObject({
      status: 403
    })
    expect(issuesOf(repo)).toHaveLength(0)
  })
})

// ------------------------------------------------------------------------------------------------
// action-gate's run() in-process, with the runner's environment

const POLICY = `version: 1
profiles:
  strict: { max_high: 0, max_medium: 0 }
controls:
  - id: unit-tests
    severity: high
    owner: "@acme/qa"
    runbook: docs/unit.md
  - id: runtime-canary
    severity: medium
incidents:
  triggers: [runtime-canary]
  fix_label: incident-fix
`

interface GateRun {
  exitCode: number
  outputs: Record<string, string>
  summary: string
  outputDir: string
}

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-incident-'))
  await mkdir(path.join(dir, '.github'), { recursive: true })
  await mkdir(path.join(dir, 'gonogo-reports'), { recursive: true })
  await writeFile(path.join(dir, '.github/gonogo.yml'), POLICY)
  return dir
}

async function writeReports(
  dir: string,
  repo: string,
  commit: string,
  status: { unit: 'passed' | 'failed'; canary: 'passed' | 'failed' }
): Promise<void> {
  for (const [id, st] of [
    ['unit-tests', status.unit],
    ['runtime-canary', status.canary]
  ] as const) {
    const r = makeReport({
      control: id,
      subject: { repository: `${OWNER}/${repo}`, sha: commit },
      generatedAt: '2026-11-21T00:00:00.000Z',
      generator: 'test',
      checks: [{ id: 'c', status: st, message: `${id} ${st}` }]
    })
    await writeFile(path.join(dir, 'gonogo-reports', `${id}.json`), JSON.stringify(r))
  }
}

const cleanups: string[] = []
afterAll(async () => {
  await Promise.all(cleanups.map((d) => rm(d, { recursive: true, force: true })))
})

let summaryPath: string | undefined

async function runGateMain(o: {
  dir: string
  repo: string
  commit: string
  event: 'push' | 'pull_request' | 'merge_group'
  pr?: { number: number; fork?: boolean }
  token?: string
  comment?: boolean
  /** push: the branch pushed (default main); pull_request: the base branch (default main) */
  branch?: string
}): Promise<GateRun> {
  const branch = o.branch ?? 'main'
  const queueRef = `refs/heads/gh-readonly-queue/${branch}/pr-${o.pr?.number}-${o.commit}`
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'gonogo-runner-'))
  cleanups.push(tmp)
  const outputFile = path.join(tmp, 'output')
  // @actions/core keeps the first job-summary path it sees for the process: one file, emptied.
  const summaryFile = (summaryPath ??= path.join(
    await mkdtemp(path.join(os.tmpdir(), 'gonogo-summary-')),
    'summary'
  ))
  cleanups.push(path.dirname(summaryFile))
  const eventFile = path.join(tmp, 'event.json')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const repository = { full_name: `${OWNER}/${o.repo}`, default_branch: 'main' }
  await writeFile(
    eventFile,
    JSON.stringify(
      o.event === 'push'
        ? { ref: `refs/heads/${branch}`, after: o.commit, repository }
        : o.event === 'merge_group'
          ? {
              action: 'checks_requested',
              merge_group: {
                head_sha: o.commit,
                head_ref: queueRef,
                base_ref: `refs/heads/${branch}`
              },
              repository
            }
          : {
              number: o.pr?.number,
              pull_request: {
                number: o.pr?.number,
                head: {
                  sha: o.commit,
                  repo: { full_name: o.pr?.fork ? `mallory/${o.repo}` : repository.full_name }
                },
                base: { ref: branch }
              },
              repository
            }
    )
  )
  const saved = { ...process.env }
  Object.assign(
    process.env,
    defaultInputs('action-gate/action.yml', {
      token: o.token ?? 'ghs_incidents',
      comment: o.comment ? 'true' : 'false',
      'check-run': 'false',
      sha: o.commit,
      output: path.join(tmp, 'gonogo'),
      'effective-time': '2026-11-21T00:00:00Z'
    }),
    {
      GITHUB_WORKSPACE: o.dir,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: `${OWNER}/${o.repo}`,
      GITHUB_EVENT_NAME: o.event,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REF:
        o.event === 'push'
          ? `refs/heads/${branch}`
          : o.event === 'merge_group'
            ? queueRef
            : `refs/pull/${o.pr?.number}/merge`,
      GITHUB_REF_NAME:
        o.event === 'push'
          ? branch
          : o.event === 'merge_group'
            ? queueRef.slice('refs/heads/'.length)
            : `${o.pr?.number}/merge`,
      GITHUB_SHA: o.commit,
      GITHUB_API_URL: fake.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
      RUNNER_TEMP: tmp
    },
    o.event === 'pull_request' ? { GITHUB_BASE_REF: branch, GITHUB_HEAD_REF: 'fix' } : {}
  )
  if (o.event !== 'pull_request') delete process.env.GITHUB_BASE_REF
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    const { run } = await import('../src/gate/main.js')
    process.exitCode = 0
    await run()
    const exitCode = Number(process.exitCode ?? 0)
    return {
      exitCode,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      outputDir: path.join(tmp, 'gonogo')
    }
  } finally {
    jest.restoreAllMocks()
    process.exitCode = 0
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
  }
}

describe('action-gate run() with incidents (push and pull_request events)', () => {
  test('push no-go opens the incident and writes its record; a PR is frozen until labelled; recovery', async () => {
    const repo = newRepo()
    const dir = await workspace()
    cleanups.push(dir)
    await writeReports(dir, repo, sha('1'), { unit: 'failed', canary: 'passed' })
    const push = await runGateMain({ dir, repo, commit: sha('1'), event: 'push' })
    expect(push.outputs.decision).toBe('no-go')
    expect(push.exitCode).toBe(1)
    expect(issuesOf(repo)).toHaveLength(1)
    const issue = issuesOf(repo)[0]!
    expect(issue.title).toBe('Incident: unit-tests failing on main')
    expect(issue.body).toContain(`https://github.com/${OWNER}/${repo}/actions/runs/4242`)
    // Notes are escaped in the job summary (no mention, reference or autolink).
    expect(push.summary).toContain(`1 opened: https:\u200b//github.com/${OWNER}/${repo}/issues/1`)
    const files = await readdir(push.outputDir)
    expect(files).toContain('incident-1.json')
    const record = JSON.parse(
      await readFile(path.join(push.outputDir, 'incident-1.json'), 'utf8')
    ) as unknown
    expect(record).toMatchObject({
      contract: 'gonogo.incident/v1',
      number: 1,
      first_control: { control: 'unit-tests', severity: 'high' },
      commits: [{ sha: sha('1'), decision: 'no-go' }],
      recovered: null
    })

    // A pull request into main whose own controls pass is frozen (and its comment says so).
    const pr = seedIssue(fake, { owner: OWNER, repo, pull_request: true })
    await writeReports(dir, repo, sha('2'), { unit: 'passed', canary: 'passed' })
    const frozen = await runGateMain({
      dir,
      repo,
      commit: sha('2'),
      event: 'pull_request',
      pr: { number: pr.number },
      comment: true
    })
    expect(frozen.outputs.decision).toBe('no-go')
    expect(frozen.exitCode).toBe(1)
    const written = JSON.parse(
      await readFile(frozen.outputs['summary-path']!, 'utf8')
    ) as ExecutiveSummary
    expect(written.decision).toBe('no-go')
    expect(written.blockers[0]).toMatchObject({ control: 'incident-freeze', severity: 'high' })
    const comment = commentsOf(repo, pr.number).at(-1)?.body ?? ''
    expect(comment).toContain('merges frozen by incident')
    expect(comment).toContain(`(https://github.com/${OWNER}/${repo}/issues/1)`)

    // With the fix label, the freeze does not apply.
    pr.labels.push('incident-fix')
    const lifted = await runGateMain({
      dir,
      repo,
      commit: sha('2'),
      event: 'pull_request',
      pr: { number: pr.number }
    })
    expect(lifted.outputs.decision).toBe('go')
    expect(lifted.exitCode).toBe(0)
    expect(lifted.summary).toContain("carries 'incident-fix'")

    // A second failing push comments; a healthy one recovers (no postmortem: labelled).
    await writeReports(dir, repo, sha('3'), { unit: 'failed', canary: 'passed' })
    await runGateMain({ dir, repo, commit: sha('3'), event: 'push' })
    expect(issuesOf(repo).filter((i) => !i.pull_request)).toHaveLength(1)
    expect(commentsOf(repo, 1)).toHaveLength(1)
    await writeReports(dir, repo, sha('4'), { unit: 'passed', canary: 'passed' })
    const healthy = await runGateMain({ dir, repo, commit: sha('4'), event: 'push' })
    expect(healthy.outputs.decision).toBe('go')
    expect(issue.labels).toContain(NEEDS_POSTMORTEM_LABEL)
    const rec = JSON.parse(
      await readFile(path.join(healthy.outputDir, 'incident-1.json'), 'utf8')
    ) as IncidentRecord
    expect(rec.commits.map((c) => c.sha)).toEqual([sha('1'), sha('3')])
    expect(rec.recovered?.sha).toBe(sha('4'))
    // The freeze is lifted.
    pr.labels.splice(0)
    await writeReports(dir, repo, sha('2'), { unit: 'passed', canary: 'passed' })
    const after = await runGateMain({
      dir,
      repo,
      commit: sha('2'),
      event: 'pull_request',
      pr: { number: pr.number }
    })
    expect(after.outputs.decision).toBe('go')
  })

  test('a trigger control failing under a go profile opens an incident through the gate', async () => {
    const repo = newRepo()
    const dir = await workspace()
    cleanups.push(dir)
    await writeFile(
      path.join(dir, '.github/gonogo.yml'),
      POLICY.replace(
        'strict: { max_high: 0, max_medium: 0 }',
        'lenient: { max_high: 0, max_medium: 1 }'
      )
    )
    await writeReports(dir, repo, sha('5'), { unit: 'passed', canary: 'failed' })
    const r = await runGateMain({ dir, repo, commit: sha('5'), event: 'push' })
    expect(r.outputs.decision).toBe('conditional-go')
    expect(r.exitCode).toBe(0)
    expect(issuesOf(repo)[0]?.title).toBe('Incident: runtime-canary failing on main')
  })

  test('a read-only token: the job summary says so and the step fails only for the no-go', async () => {
    const repo = newRepo()
    const dir = await workspace()
    cleanups.push(dir)
    fake.tokenPermissions.set('ghs_readonly', { issues: 'read' })
    await writeReports(dir, repo, sha('6'), { unit: 'passed', canary: 'failed' })
    await writeFile(
      path.join(dir, '.github/gonogo.yml'),
      POLICY.replace(
        'strict: { max_high: 0, max_medium: 0 }',
        'lenient: { max_high: 0, max_medium: 1 }'
      )
    )
    const r = await runGateMain({
      dir,
      repo,
      commit: sha('6'),
      event: 'push',
      token: 'ghs_readonly'
    })
    expect(r.outputs.decision).toBe('conditional-go')
    expect(r.exitCode).toBe(0)
    expect(r.summary).toContain('the token may not write issues (grant \\`issues: write\\`)')
    expect(issuesOf(repo)).toHaveLength(0)
  })

  test('a fork pull request writes nothing, and is frozen like any other', async () => {
    const repo = newRepo()
    const dir = await workspace()
    cleanups.push(dir)
    await writeReports(dir, repo, sha('7'), { unit: 'failed', canary: 'passed' })
    await runGateMain({ dir, repo, commit: sha('7'), event: 'push' })
    const pr = seedIssue(fake, { owner: OWNER, repo, pull_request: true })
    await writeReports(dir, repo, sha('8'), { unit: 'passed', canary: 'passed' })
    const before = fake.requests.length
    const r = await runGateMain({
      dir,
      repo,
      commit: sha('8'),
      event: 'pull_request',
      pr: { number: pr.number, fork: true }
    })
    expect(r.outputs.decision).toBe('no-go')
    const writes = fake.requests.slice(before).filter((q) => q.method !== 'GET')
    expect(writes).toEqual([])
    // A fork whose token may not even read issues: a note, no blocker, no failure for it.
    fake.tokenPermissions.set('ghs_fork_none', { issues: 'none' })
    const blind = await runGateMain({
      dir,
      repo,
      commit: sha('8'),
      event: 'pull_request',
      pr: { number: pr.number, fork: true },
      token: 'ghs_fork_none'
    })
    expect(blind.outputs.decision).toBe('go')
    expect(blind.summary).toContain('comes from a fork and its token cannot read issues')
  })
})

describe('gonogo incident status', () => {
  async function status(repo: string, dir: string, extra: string[] = [], token = 'ghs_incidents') {
    const out: string[] = []
    const err: string[] = []
    const { main } = await import('../src/cli/main.js')
    const code = await main(['incident', 'status', '--repo', `${OWNER}/${repo}`, ...extra], {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      env: { GITHUB_TOKEN: token, GITHUB_API_URL: fake.url },
      cwd: dir
    })
    return { code, out: out.join(''), err: err.join('') }
  }

  test('none open: 0; open: 1 with the first failing control and what lifts the freeze; 403: 2', async () => {
    const repo = newRepo()
    const dir = await workspace()
    cleanups.push(dir)
    const none = await status(repo, dir)
    expect(none).toEqual({
      code: 0,
      out: `${OWNER}/${repo}: no open incident; merges are not frozen.\n`,
      err: ''
    })
    await respondToPush(client(), request(repo, 'a', FAILING))
    await respondToPush(client(), request(repo, 'b', FAILING))
    const open = await status(repo, dir)
    expect(open.code).toBe(1)
    expect(open.out).toContain(`incident #1 is open since`)
    expect(open.out).toContain('first failing control: unit (high)')
    expect(open.out).toContain(`failing commits: ${'a'.repeat(12)}, ${'b'.repeat(12)}`)
    expect(open.out).toContain("unless labelled 'incident-fix'")
    expect(open.out).toContain('no trigger control fails (runtime-canary)')
    const json = await status(repo, dir, ['--format', 'json'])
    expect(json.code).toBe(1)
    expect((JSON.parse(json.out) as { freeze: boolean }).freeze).toBe(true)
    // Recovered without a postmortem: not frozen, but listed.
    await respondToPush(client(), request(repo, 'c', PASSING))
    const waiting = await status(repo, dir)
    expect(waiting.code).toBe(0)
    expect(waiting.out).toContain('incident #1 recovered but is labelled needs-postmortem')
    fake.tokenPermissions.set('ghs_cli_none', { issues: 'none' })
    const denied = await status(repo, dir, [], 'ghs_cli_none')
    expect(denied.code).toBe(2)
    expect(denied.err).toContain('grant the token issues: read')
  })
})

// ------------------------------------------------------------------------------------------------
// Break test (issue 18): what people and GitHub do to the incident between two pushes

describe('people and GitHub between two pushes', () => {
  const target = (repo: string) => ({ owner: OWNER, repo, label: 'gonogo-incident' })

  test('an incident closed by a person while the branch fails is reopened, never a second issue; a healthy push records the recovery on it', async () => {
    const gh = client()
    const repo = newRepo()
    await respondToPush(gh, request(repo, 'a', FAILING))
    const issue = issuesOf(repo)[0]!
    issue.state = 'closed'
    issue.state_reason = 'completed'
    const next = await respondToPush(gh, request(repo, 'b', FAILING))
    expect(next).toMatchObject({ action: 'update', reopened: true, incident: { number: 1 } })
    expect(issuesOf(repo)).toHaveLength(1)
    expect(issue.state).toBe('open')
    expect(commentsOf(repo, 1).at(-1)?.body).toContain('Reopened: this incident was closed')
    expect(next.record?.commits.map((c) => c.sha)).toEqual([sha('a'), sha('b')])
    // Closed by hand again; this time the branch recovers: the recovery is recorded on it.
    issue.state = 'closed'
    const healthy = await respondToPush(gh, request(repo, 'c', PASSING))
    expect(healthy).toMatchObject({ action: 'recover', closedByHand: true })
    expect(healthy.record?.recovered?.sha).toBe(sha('c'))
    expect(issue.state).toBe('closed')
    expect(commentsOf(repo, 1).at(-1)?.body).toContain('closed before the default branch recovered')
    // A later failure is a new incident: the recovered one is not reopened.
    const again = await respondToPush(gh, request(repo, 'd', FAILING))
    expect(again).toMatchObject({ action: 'open', incident: { number: 2 } })
    expect(issue.state).toBe('closed')
    // A healthy push with nothing to record writes nothing.
    await respondToPush(gh, request(repo, 'e', PASSING))
    const before = fake.requests.length
    expect((await respondToPush(gh, request(repo, 'f', PASSING))).action).toBe('none')
    expect(fake.requests.slice(before).filter((q) => q.method !== 'GET')).toEqual([])
  })

  test('a body a person edited (text above the marker, CRLF line ends) is still the incident', async () => {
    const gh = client()
    const repo = newRepo()
    await respondToPush(gh, request(repo, 'a', FAILING))
    const issue = issuesOf(repo)[0]!
    issue.title = 'Prod down: checkout'
    issue.body = `**Update:** rolling back.\r\n\r\n${issue.body!.replace(/\n/g, '\r\n')}`
      .replace('- [ ] Cause: <!-- write the cause after the colon -->', '- [x] **Cause:** bad flag')
      .replace(
        '- [ ] Corrective action: <!-- write the corrective action after the colon -->',
        '- [x] **Corrective action:**\r\n  - flag defaults tested in CI'
      )
    expect((await respondToPush(gh, request(repo, 'b', FAILING))).action).toBe('update')
    expect(issuesOf(repo)).toHaveLength(1)
    const healed = await respondToPush(gh, request(repo, 'c', PASSING))
    expect(healed).toMatchObject({ action: 'recover', closed: true })
    expect(healed.record).toMatchObject({
      cause: 'bad flag',
      corrective_action: '- flag defaults tested in CI',
      first_control: { control: 'unit' }
    })
  })

  test('a needs-postmortem label added by hand neither lifts the freeze nor opens a second issue', async () => {
    const gh = client()
    const repo = newRepo()
    await respondToPush(gh, request(repo, 'a', FAILING))
    issuesOf(repo)[0]!.labels.push(NEEDS_POSTMORTEM_LABEL)
    expect((await findOpenIncident(gh, target(repo)))?.number).toBe(1)
    expect((await respondToPush(gh, request(repo, 'b', FAILING))).action).toBe('update')
    expect(issuesOf(repo)).toHaveLength(1)
    // The gate's own recovery does lift it.
    await respondToPush(gh, request(repo, 'c', PASSING))
    expect(await findOpenIncident(gh, target(repo))).toBeUndefined()
  })

  test('labels spelt with other case by the repository still find the incident and exempt the fix', async () => {
    const gh = client()
    // GitHub answers with the repository's own spelling of an existing label.
    gh.hook.after('request', (res) => {
      const shout = (i: unknown) =>
        (i as { labels?: { name: string }[] } | null)?.labels?.forEach(
          (l) => (l.name = l.name.toUpperCase())
        )
      const d: unknown = res.data
      if (Array.isArray(d))
        for (const x of d) {
          if ((x as { name?: unknown }).name !== undefined) shout({ labels: [x] })
          else shout(x)
        }
      else shout(d)
    })
    const repo = newRepo()
    await respondToPush(gh, request(repo, 'a', FAILING))
    expect((await respondToPush(gh, request(repo, 'b', FAILING))).action).toBe('update')
    expect(issuesOf(repo)).toHaveLength(1)
    const pr = seedIssue(fake, { owner: OWNER, repo, pull_request: true, labels: ['incident-fix'] })
    const facts = await freezeFacts(gh, target(repo), pr.number)
    expect(facts.labels).toEqual(['INCIDENT-FIX'])
    expect(freezeBlocker(facts.incident!, facts.labels, 'incident-fix')).toBeUndefined()
  })

  test('API faults on creating the issue or a comment never leave two issues or a doubled comment', async () => {
    const kinds = faultKinds()
    for (const kind of ['reset', 'html-502', 'null-items', 'wrong-shape', 'empty-200'] as const) {
      for (const route of ['issues', 'comments'] as const) {
        const repo = newRepo()
        const gh = createClient('ghs_incidents', {
          baseUrl: fake.url,
          retries: 1,
          retryBaseMs: 1,
          timeoutMs: 5000,
          deadlineMs: 30_000
        })
        if (route === 'comments') await respondToPush(gh, request(repo, 'a', FAILING))
        fake.inject({
          ...kinds[kind],
          method: 'POST',
          path:
            route === 'issues'
              ? `/repos/${OWNER}/${repo}/issues`
              : `/repos/${OWNER}/${repo}/issues/1/comments`,
          times: 1
        })
        await respondToPush(gh, request(repo, 'b', FAILING))
        await respondToPush(gh, request(repo, 'b', FAILING))
        expect([kind, route, issuesOf(repo).length]).toEqual([kind, route, 1])
        const timeline = commentsOf(repo, 1).filter((c) => c.body.includes(sha('b')))
        expect([kind, route, timeline.length]).toEqual([kind, route, route === 'issues' ? 0 : 1])
      }
    }
  })
})

describe('action-gate run(): freeze, faults and branches', () => {
  test('the freeze makes a pull request no-go even when the profile allows high blockers', async () => {
    const repo = newRepo()
    const dir = await workspace()
    cleanups.push(dir)
    await writeFile(
      path.join(dir, '.github/gonogo.yml'),
      POLICY.replace(
        'strict: { max_high: 0, max_medium: 0 }',
        'lenient: { max_high: 3, max_medium: 3 }'
      ).replace('incidents:', 'incidents:\n  on: [trigger]')
    )
    await writeReports(dir, repo, sha('1'), { unit: 'passed', canary: 'failed' })
    expect(
      (await runGateMain({ dir, repo, commit: sha('1'), event: 'push' })).outputs.decision
    ).toBe('conditional-go')
    expect(issuesOf(repo)).toHaveLength(1)
    const pr = seedIssue(fake, { owner: OWNER, repo, pull_request: true })
    await writeReports(dir, repo, sha('2'), { unit: 'passed', canary: 'passed' })
    const frozen = await runGateMain({
      dir,
      repo,
      commit: sha('2'),
      event: 'pull_request',
      pr: { number: pr.number }
    })
    expect(frozen.outputs.decision).toBe('no-go')
    expect(frozen.exitCode).toBe(1)
    const written = JSON.parse(
      await readFile(frozen.outputs['summary-path']!, 'utf8')
    ) as ExecutiveSummary
    expect(written).toMatchObject({ decision: 'no-go', status: 'failed' })
  })

  test('a merge queue group into main is frozen like its pull request; the fix label exempts it', async () => {
    const repo = newRepo()
    const dir = await workspace()
    cleanups.push(dir)
    await writeReports(dir, repo, sha('1'), { unit: 'failed', canary: 'passed' })
    await runGateMain({ dir, repo, commit: sha('1'), event: 'push' })
    const pr = seedIssue(fake, { owner: OWNER, repo, pull_request: true })
    await writeReports(dir, repo, sha('2'), { unit: 'passed', canary: 'passed' })
    const queued = await runGateMain({
      dir,
      repo,
      commit: sha('2'),
      event: 'merge_group',
      pr: { number: pr.number }
    })
    expect(queued.outputs.decision).toBe('no-go')
    expect(queued.outputs.blockers).toMatch(/merges frozen by incident #1/)
    pr.labels.push('incident-fix')
    const fix = await runGateMain({
      dir,
      repo,
      commit: sha('2'),
      event: 'merge_group',
      pr: { number: pr.number }
    })
    expect(fix.outputs.decision).toBe('go')
    // A queue into another branch is not frozen.
    pr.labels.splice(0)
    const other = await runGateMain({
      dir,
      repo,
      commit: sha('2'),
      event: 'merge_group',
      pr: { number: pr.number },
      branch: 'release/1.x'
    })
    expect(other.outputs.decision).toBe('go')
  })

  test('a push to another branch and a pull request into another branch touch no incident', async () => {
    const repo = newRepo()
    const dir = await workspace()
    cleanups.push(dir)
    await writeReports(dir, repo, sha('1'), { unit: 'failed', canary: 'passed' })
    await runGateMain({ dir, repo, commit: sha('1'), event: 'push' })
    const pr = seedIssue(fake, { owner: OWNER, repo, pull_request: true })
    const before = fake.requests.length
    const side = await runGateMain({
      dir,
      repo,
      commit: sha('2'),
      event: 'push',
      branch: 'feature'
    })
    expect(side.outputs.decision).toBe('no-go')
    await writeReports(dir, repo, sha('3'), { unit: 'passed', canary: 'passed' })
    const other = await runGateMain({
      dir,
      repo,
      commit: sha('3'),
      event: 'pull_request',
      pr: { number: pr.number },
      branch: 'release/1.x'
    })
    expect(other.outputs.decision).toBe('go')
    expect(fake.requests.slice(before).filter((q) => q.path.includes('/issues'))).toEqual([])
  })

  test('a rate limit is named as one in the job summary, a 5xx names its status; neither fails the step', async () => {
    const dir = await workspace()
    cleanups.push(dir)
    const limited = newRepo()
    await writeReports(dir, limited, sha('1'), { unit: 'passed', canary: 'failed' })
    await writeFile(
      path.join(dir, '.github/gonogo.yml'),
      POLICY.replace(
        'strict: { max_high: 0, max_medium: 0 }',
        'lenient: { max_high: 0, max_medium: 1 }'
      )
    )
    fake.inject(
      rateLimitFault({
        path: `/repos/${OWNER}/${limited}/issues`,
        method: 'GET',
        resetInSeconds: 3600
      })
    )
    const r = await runGateMain({ dir, repo: limited, commit: sha('1'), event: 'push' })
    expect(r.exitCode).toBe(0)
    expect(r.summary).toContain('Incidents were not handled: the GitHub API rate limit was reached')
    expect(r.summary).not.toContain('may not write issues')
    const broken = newRepo()
    await writeReports(dir, broken, sha('2'), { unit: 'passed', canary: 'failed' })
    fake.inject({ path: `/repos/${OWNER}/${broken}/issues`, method: 'GET', status: 503, times: 20 })
    const b = await runGateMain({ dir, repo: broken, commit: sha('2'), event: 'push' })
    expect(b.exitCode).toBe(0)
    expect(b.summary).toContain('Incidents were not handled: the GitHub API answered 503')
    expect(issuesOf(broken)).toHaveLength(0)
  })

  test('gonogo incident status names a rate limit (exit 2, status unknown)', async () => {
    const repo = newRepo()
    const dir = await workspace()
    cleanups.push(dir)
    fake.inject(
      rateLimitFault({
        path: `/repos/${OWNER}/${repo}/issues`,
        method: 'GET',
        resetInSeconds: 3600
      })
    )
    const err: string[] = []
    const { main } = await import('../src/cli/main.js')
    const code = await main(['incident', 'status', '--repo', `${OWNER}/${repo}`], {
      out: () => undefined,
      err: (s) => err.push(s),
      env: { GITHUB_TOKEN: 'ghs_incidents', GITHUB_API_URL: fake.url },
      cwd: dir
    })
    expect(code).toBe(2)
    expect(err.join('')).toContain('rate limit was reached')
    expect(err.join('')).toContain('the incident status is unknown')
    expect(err.join('')).not.toContain('grant the token')
  })
})
