/**
 * Judge and gather tests on hand-made runtime facts (no process, no temp folder, no network):
 * replay-determinism over scripted replays, ci-trend over a scripted Actions history,
 * workflow-lint's interpreter driver over scripted tools.
 */
import { describe, expect, test } from '@jest/globals'
import type { BuiltinContext } from '../src/checks/builtin-contract.js'
import { runCiTrend } from '../src/checks/ci-trend/run.js'
import { runReplayDeterminism } from '../src/checks/replay-determinism/run.js'
import { checkSnippets, type Outcome } from '../src/checks/workflow-lint/interpreters.js'
import type { Snippet } from '../src/checks/workflow-lint/scripts.js'
import type { CheckFacts } from '../src/core/facts.js'
import type { ToolFailure } from '../src/core/facts-runtime.js'
import type { Report, ReportCheck } from '../src/core/report.js'
import { memoryRepo, type MemoryEntry } from './support/facts-repo.js'
import {
  actionsRun,
  scriptedActions,
  scriptedProcesses,
  type ScriptedActionsSpec,
  type ScriptedProcessesSpec
} from './support/facts-runtime.js'

const EFFECTIVE = Date.parse('2026-11-21T00:00:00Z')

function context(facts: CheckFacts, settings: unknown): BuiltinContext {
  return {
    facts,
    policy: { version: 1, controls: [] },
    settings,
    subject: { repository: 'acme/app', sha: 'a'.repeat(40), ref: 'refs/heads/main' },
    effectiveTime: EFFECTIVE,
    log: () => undefined
  }
}

function check(r: Report, id: string): ReportCheck {
  const c = r.checks.find((x) => x.id === id)
  if (!c) throw new Error(`no check ${id} in ${r.checks.map((x) => x.id).join(', ')}`)
  return c
}

// ---------------------------------------------------------------------------------------------

describe('replay-determinism on scripted replays', () => {
  const SETTINGS = { command: 'make', outputs: ['dist/**'], env: { CI: '1' } }
  async function replay(
    spec: ScriptedProcessesSpec,
    settings: unknown = SETTINGS,
    files: Record<string, MemoryEntry> = { Makefile: 'all:\n' }
  ) {
    const repo = memoryRepo({ files })
    const { processes, calls } = scriptedProcesses(spec)
    const r = await runReplayDeterminism(
      context({ files: repo.files, git: repo.git, processes }, settings)
    )
    return { r, calls }
  }
  const same = { outputs: { 'dist/app.js': 'sha256:aa' } }

  test('identical outputs pass; the command gets the pinned environment and HEAD as epoch', async () => {
    const { r, calls } = await replay({
      headCommitTime: 1_700_000_000,
      replay: { runs: [same, same] }
    })
    expect(r.status).toBe('passed')
    expect(check(r, 'replay/identical').status).toBe('passed')
    expect(calls.commands).toHaveLength(2)
    for (const c of calls.commands) {
      expect(c).toEqual({
        command: 'make',
        workingDirectory: '',
        env: { TZ: 'UTC', LC_ALL: 'C', CI: '1', SOURCE_DATE_EPOCH: '1700000000' },
        timeoutMs: 600_000
      })
    }
    expect(calls.copies).toBe(2)
    expect(calls.removed).toBe(2)
    expect(calls.disposed).toBe(1)
    expect(r.facts).toMatchObject({ source_date_epoch: { value: 1_700_000_000, from: 'git-head' } })
  })

  test('without a HEAD commit the effective time is the epoch', async () => {
    const { r, calls } = await replay({ replay: { runs: [same, same] } })
    expect(calls.commands[0]?.env.SOURCE_DATE_EPOCH).toBe(String(EFFECTIVE / 1000))
    expect(r.facts).toMatchObject({ source_date_epoch: { from: 'effective-time' } })
  })

  test('a differing output fails and names the file in the working directory', async () => {
    const { r } = await replay(
      {
        replay: {
          runs: [{ outputs: { 'app.js': 'sha256:aa' } }, { outputs: { 'app.js': 'sha256:bb' } }]
        }
      },
      { ...SETTINGS, working_directory: 'web' },
      { 'web/Makefile': 'all:\n' }
    )
    expect(r.status).toBe('failed')
    expect(check(r, 'replay/differs/web/app.js').status).toBe('failed')
  })

  test('a timed-out run fails and no comparison is claimed', async () => {
    const { r } = await replay({
      replay: { runs: [same, { outcome: { exitCode: null, signal: 'SIGKILL', timedOut: true } }] }
    })
    expect(r.status).toBe('failed')
    expect(check(r, 'replay/identical').message).toMatch(/only 1 of 2 runs succeeded/)
  })

  test.each([
    [
      { replay: { openError: 'cannot create a temporary folder: ENOSPC' } },
      /cannot create a temporary folder: ENOSPC/
    ],
    [
      { replay: { copy: { error: 'EIO at <tmp>/workspace/a' } } },
      /cannot copy the workspace: EIO at <tmp>/
    ],
    [{ replay: { runs: [same, same], removeFailsAfterRun: 1 } }, /cannot remove the copy of run 1/]
  ] as [ScriptedProcessesSpec, RegExp][])(
    'a sandbox failure is unverified, never passed (%#)',
    async (spec, message) => {
      const { r } = await replay(spec)
      expect(r.status).not.toBe('passed')
      expect(check(r, 'replay/setup')).toMatchObject({
        status: 'unverified',
        message: expect.stringMatching(message)
      })
    }
  )

  test.each([
    [{ web: { linkOut: true } }, 'is a symbolic link that leads outside the workspace'],
    [{ web: 'a file' }, 'is not a folder'],
    [{}, 'does not exist in the workspace']
  ] as [Record<string, MemoryEntry>, string][])(
    'a working directory that is not a folder of the workspace fails before anything runs (%#)',
    async (files, why) => {
      const { r, calls } = await replay({}, { ...SETTINGS, working_directory: 'web' }, files)
      expect(check(r, 'replay/configuration/working_directory')).toMatchObject({
        status: 'failed',
        message: `working_directory web ${why}`
      })
      expect(calls.commands).toHaveLength(0)
    }
  )
})

// ---------------------------------------------------------------------------------------------

describe('ci-trend on a scripted Actions history', () => {
  const day = (d: number): string => `2026-11-${String(d).padStart(2, '0')}T10:00:00Z`
  const green = Array.from({ length: 12 }, (_, i) =>
    actionsRun(100 - i, day(20 - i), { test: ['success'] })
  )
  const SETTINGS = { jobs: [{ workflow: 'ci.yml', job: 'test' }] }
  async function trend(
    spec: ScriptedActionsSpec | undefined,
    settings: unknown = SETTINGS,
    files: Record<string, MemoryEntry> = {}
  ) {
    const repo = memoryRepo({ files })
    const { processes } = scriptedProcesses()
    const scripted = spec ? scriptedActions(spec) : undefined
    const facts: CheckFacts = {
      files: repo.files,
      git: repo.git,
      processes,
      ...(scripted ? { actions: scripted.actions } : {})
    }
    const r = await runCiTrend(context(facts, settings))
    return { r, queries: scripted?.queries ?? [] }
  }

  test('a healthy history passes; the query is the default branch up to the effective time', async () => {
    const { r, queries } = await trend({ workflows: { 'ci.yml': green } })
    expect(r.status).toBe('passed')
    expect(queries).toEqual([
      { workflow: 'ci.yml', branch: 'main', window: 20, createdAtOrBefore: EFFECTIVE }
    ])
    expect(r.facts).toMatchObject({ branch: 'main', requests: 1 + 1 + 12 })
  })

  test('runs after the effective time are not counted', async () => {
    const late = [actionsRun(200, '2026-12-01T00:00:00Z', { test: ['failure'] }), ...green]
    const { r } = await trend({ workflows: { 'ci.yml': late } })
    expect(check(r, 'ci.yml/test/error-budget').observed).toBe(0)
  })

  test('a failed-then-passed job counts as flaky', async () => {
    const flaky = green.map((run, i) =>
      i < 3 ? actionsRun(run.id, run.created_at, { test: ['failure', 'success'] }) : run
    )
    const { r } = await trend(
      { workflows: { 'ci.yml': flaky } },
      {
        ...SETTINGS,
        slo: { max_flaky_rate: 10 }
      }
    )
    expect(check(r, 'ci.yml/test/flaky-rate').status).toBe('failed')
  })

  test('no Actions history (no token) is unverified', async () => {
    const { r } = await trend(undefined)
    expect(check(r, 'history')).toMatchObject({ status: 'unverified' })
  })

  test('an unreadable default branch makes every workflow unverified', async () => {
    const { r } = await trend({
      defaultBranch: {
        kind: 'unavailable',
        reason: 'HTTP 403: Resource not accessible by integration'
      }
    })
    expect(check(r, 'ci.yml/history')).toMatchObject({
      status: 'unverified',
      message:
        'ci.yml: the default branch could not be read: HTTP 403: Resource not accessible by integration'
    })
  })

  test('a workflow the API does not know fails, unless its file exists (then unverified)', async () => {
    const gone = await trend({ workflows: {} })
    expect(check(gone.r, 'ci.yml/history')).toMatchObject({
      status: 'failed',
      message: 'ci.yml: workflow ci.yml was not found (deleted or renamed)'
    })
    const hidden = await trend({ workflows: {} }, SETTINGS, {
      '.github/workflows/ci.yml': 'on: push\n'
    })
    expect(check(hidden.r, 'ci.yml/history')).toMatchObject({
      status: 'unverified',
      message: 'ci.yml: the API did not find ci.yml although the file exists'
    })
  })

  test('the request budget stops the reading and the rest is not read', async () => {
    const { r } = await trend(
      { workflows: { 'a.yml': green, 'b.yml': green } },
      {
        branch: 'main',
        max_requests: 5,
        jobs: [
          { workflow: 'a.yml', job: 'test' },
          { workflow: 'b.yml', job: 'test' }
        ]
      }
    )
    expect(r.status).toBe('unverified')
    expect(check(r, 'a.yml/history').message).toBe(
      'a.yml: history incomplete: stopped after 5 requests (checks.ci-trend.max_requests)'
    )
    expect(check(r, 'b.yml/history').message).toBe(
      'b.yml: not read: stopped after 5 requests (checks.ci-trend.max_requests)'
    )
  })

  test('a rate limit stops the workflows after it', async () => {
    const { r, queries } = await trend(
      {
        workflows: {
          'a.yml': {
            kind: 'unavailable',
            reason: 'rate limited (HTTP 403: API rate limit exceeded)',
            rateLimited: true
          },
          'b.yml': green
        }
      },
      {
        branch: 'main',
        jobs: [
          { workflow: 'a.yml', job: 'test' },
          { workflow: 'b.yml', job: 'test' }
        ]
      }
    )
    expect(queries.map((q) => q.workflow)).toEqual(['a.yml'])
    expect(check(r, 'b.yml/history')).toMatchObject({
      status: 'unverified',
      message: 'b.yml: not read: rate limited (HTTP 403: API rate limit exceeded)'
    })
  })
})

// ---------------------------------------------------------------------------------------------

describe('workflow-lint interpreters on scripted tools', () => {
  const snippet = (lang: Snippet['lang'], text: string, extra: Partial<Snippet> = {}): Snippet => ({
    lang,
    text,
    file: '.github/workflows/ci.yml',
    label: "job 'build' step 1",
    origin: 'run',
    lines: [10, 11, 12],
    chains: [[]],
    ...extra
  })
  const INTERPRETERS = { python: 'python3', bash: 'bash', sh: 'sh', node: 'node' }
  const check = (snippets: Snippet[], spec: ScriptedProcessesSpec) => {
    const { processes, calls } = scriptedProcesses(spec)
    return checkSnippets(snippets, {
      processes,
      interpreters: INTERPRETERS,
      timeoutMs: 5000,
      concurrency: 1
    }).then((outcomes) => ({ outcomes, calls }))
  }
  /** A python3 that answers from the snippets file it is given: `bad` in a snippet is an error. */
  const python = (): ScriptedProcessesSpec['tools'] => ({
    python3: (args, files) => {
      const texts = JSON.parse(files.get(args[args.length - 1] as string) ?? 'null') as string[]
      return {
        stdout: JSON.stringify(texts.map((t) => (t.includes('bad') ? [2, 'invalid syntax'] : null)))
      }
    }
  })

  test('python snippets: one process, the answer mapped back in order, duplicates checked once', async () => {
    const { outcomes, calls } = await check(
      [snippet('python', 'print(1)'), snippet('python', 'x\nbad'), snippet('python', 'print(1)')],
      { tools: python() }
    )
    expect(outcomes).toEqual([
      { kind: 'ok' },
      { kind: 'error', line: 2, message: 'invalid syntax' },
      { kind: 'ok' }
    ])
    expect(calls.tools).toHaveLength(1)
    expect(calls.tools[0]?.slice(0, 3)).toEqual(['python3', '-I', '-W'])
    expect(JSON.parse([...calls.written.values()][0] ?? '')).toEqual(['print(1)', 'x\nbad'])
    expect(calls.scratchDisposed).toBe(1)
  })

  test('shell batches: the driver output is split per file and the error line read', async () => {
    const { outcomes } = await check([snippet('bash', 'echo ok'), snippet('bash', 'if then')], {
      tools: {
        bash: (args) => {
          const files = args.slice(3)
          return {
            stdout:
              `\n@@gonogo-end 0\n` +
              `${files[1]}: line 1: syntax error near unexpected token \`then'\n@@gonogo-end 2\n`
          }
        }
      }
    })
    expect(outcomes).toEqual([
      { kind: 'ok' },
      { kind: 'error', line: 1, message: "syntax error near unexpected token `then'" }
    ])
  })

  test.each([
    [{ kind: 'timeout' }, { kind: 'timeout', tool: 'python3', seconds: 5 }],
    [
      { kind: 'output-limit' },
      { kind: 'crashed', tool: 'python3', message: 'python3 wrote more output than the gate reads' }
    ],
    [
      { kind: 'failed', message: 'spawn E2BIG' },
      { kind: 'crashed', tool: 'python3', message: 'python3 could not be run: spawn E2BIG' }
    ]
  ] as [ToolFailure, Outcome][])(
    'a tool that did not finish is never ok (%#)',
    async (failure, outcome) => {
      const { outcomes } = await check([snippet('python', 'print(1)')], {
        tools: { python3: () => ({ exitCode: null, failure }) }
      })
      expect(outcomes).toEqual([outcome])
    }
  )

  test('a tool that is not installed is missing, for every snippet it would check', async () => {
    const { outcomes } = await check([snippet('node', 'let x = 1'), snippet('node', 'y()')], {})
    expect(outcomes).toEqual([
      { kind: 'missing', tool: 'node' },
      { kind: 'missing', tool: 'node' }
    ])
  })

  test('an answer that does not fit is crashed, not ok', async () => {
    const { outcomes } = await check([snippet('python', 'print(1)')], {
      tools: { python3: () => ({ exitCode: 1, stdout: '', stderr: 'Traceback: boom\n' }) }
    })
    expect(outcomes).toEqual([
      { kind: 'crashed', tool: 'python3', message: 'python3 exited 1: Traceback: boom' }
    ])
  })

  test('no scratch folder, or an input that cannot be written: crashed, nothing run', async () => {
    const none = await check([snippet('python', 'print(1)')], {
      tools: python(),
      scratchError: 'cannot create a temporary folder (ENOSPC)'
    })
    expect(none.outcomes[0]).toMatchObject({
      kind: 'crashed',
      message: expect.stringContaining('ENOSPC')
    })
    expect(none.calls.tools).toHaveLength(0)
    const unwritable = await check([snippet('node', 'import x from "y"', { module: true })], {
      tools: { node: () => ({}) },
      writeErrors: { 'snippet-0.mjs': 'cannot write snippet-0.mjs (EACCES)' }
    })
    expect(unwritable.outcomes).toEqual([
      { kind: 'crashed', tool: 'interpreter', message: 'cannot write snippet-0.mjs (EACCES)' }
    ])
    expect(unwritable.calls.tools).toHaveLength(0)
  })

  test('an ES-module snippet runs node --check on its scratch file and reads the error line', async () => {
    const { outcomes, calls } = await check(
      [snippet('node', 'import x from\n', { module: true })],
      {
        tools: {
          node: (args) => ({
            exitCode: 1,
            stderr: `${args[1]}:1\nimport x from\n\nSyntaxError: Unexpected end of input\n`
          })
        }
      }
    )
    expect(calls.tools[0]?.[1]).toBe('--check')
    expect(calls.written.has(calls.tools[0]?.[2] as string)).toBe(true)
    expect(outcomes).toEqual([
      { kind: 'error', line: 1, message: 'SyntaxError: Unexpected end of input' }
    ])
  })
})
