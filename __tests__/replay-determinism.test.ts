import { Ajv } from 'ajv'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BuiltinContext } from '../src/checks/builtin-contract.js'
import type { RunFacts } from '../src/checks/replay-determinism/gather.js'
import { compareOutputs } from '../src/checks/replay-determinism/judge.js'
import { runReplayDeterminism } from '../src/checks/replay-determinism/run.js'
import type { Report, ReportCheck } from '../src/core/report.js'
import { createCheckFacts } from '../src/io/check-facts.js'
import { Workspace } from '../src/io/workspace.js'

const EFFECTIVE = Date.parse('2026-12-01T08:00:00Z')
const COMMIT_DATE = '2026-11-20T10:00:00Z'
const temps: string[] = []

async function tempDir(prefix: string): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), prefix))
  temps.push(d)
  return d
}

afterAll(async () => {
  for (const d of temps) await rm(d, { recursive: true, force: true })
})

async function write(dir: string, rel: string, content: string | Buffer): Promise<void> {
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true })
  await writeFile(path.join(dir, rel), content)
}

/** A small project: a source file and a build script. */
async function project(files: Record<string, string> = {}): Promise<string> {
  const dir = await tempDir('gonogo-replay-ws-')
  await write(dir, 'src/a.txt', 'alpha\n')
  for (const [rel, content] of Object.entries(files)) await write(dir, rel, content)
  return dir
}

function gitInit(dir: string): void {
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Ada',
        GIT_AUTHOR_EMAIL: 'ada@example.com',
        GIT_COMMITTER_NAME: 'Ada',
        GIT_COMMITTER_EMAIL: 'ada@example.com',
        GIT_AUTHOR_DATE: COMMIT_DATE,
        GIT_COMMITTER_DATE: COMMIT_DATE
      }
    })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-qm', 'build')
}

async function replay(dir: string, settings: unknown): Promise<Report> {
  const ws = await Workspace.open(dir)
  const ctx: BuiltinContext = {
    facts: createCheckFacts(ws),
    policy: { version: 1, controls: [] },
    settings,
    subject: { repository: 'acme/app', sha: 'a'.repeat(40), ref: 'refs/heads/main' },
    effectiveTime: EFFECTIVE,
    log: () => {}
  }
  return runReplayDeterminism(ctx)
}

function check(r: Report, id: string): ReportCheck {
  const c = r.checks.find((x) => x.id === id)
  if (!c) throw new Error(`no check ${id} in ${r.checks.map((x) => x.id).join(', ')}`)
  return c
}

const DETERMINISTIC = "mkdir -p out && printf 'a' > out/a.txt && cp src/a.txt out/copy.txt"

describe('replay-determinism', () => {
  test('a deterministic build passes with every output identical across the runs', async () => {
    const dir = await project()
    const r = await replay(dir, { command: DETERMINISTIC, outputs: ['out/**'] })
    expect(r.status).toBe('passed')
    expect(check(r, 'replay/run-1').status).toBe('passed')
    expect(check(r, 'replay/run-2').status).toBe('passed')
    expect(check(r, 'replay/identical').message).toBe('2 outputs identical across 2 runs')
    expect(r.summary).toEqual({ checks: 4, passed: 4, failed: 0, unverified: 0 })
    // The runs happen in copies: the workspace itself is untouched.
    await expect(stat(path.join(dir, 'out'))).rejects.toThrow()
  })

  test('a build that writes the time fails, naming the output and both hashes', async () => {
    const dir = await project()
    const r = await replay(dir, {
      command: 'mkdir -p out && date +%s%N > out/t.txt && printf same > out/same.txt',
      outputs: ['out/*.txt']
    })
    expect(r.status).toBe('failed')
    const d = check(r, 'replay/differs/out/t.txt')
    expect(d.status).toBe('failed')
    expect(d.location).toEqual({ file: 'out/t.txt' })
    const digests = d.observed as Record<string, string>
    expect(Object.keys(digests)).toEqual(['run-1', 'run-2'])
    expect(digests['run-1']).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(digests['run-1']).not.toBe(digests['run-2'])
    expect(d.message).toContain(digests['run-1'])
    expect(d.message).toContain(digests['run-2'])
    expect(d.remediation).toContain('SOURCE_DATE_EPOCH')
    expect(r.checks.some((c) => c.id === 'replay/differs/out/same.txt')).toBe(false)
    expect(check(r, 'replay/identical').message).toContain('1 output differ')
  })

  test('SOURCE_DATE_EPOCH is the HEAD commit time, TZ and LC_ALL are pinned, and every run has the same path', async () => {
    const dir = await project()
    gitInit(dir)
    const logDir = await tempDir('gonogo-replay-log-')
    const log = path.join(logDir, 'env.log')
    const r = await replay(dir, {
      command:
        'mkdir -p out && echo "$SOURCE_DATE_EPOCH $TZ $LC_ALL $PWD $(git log -1 --format=%s)" >> "$LOG" && echo "$SOURCE_DATE_EPOCH" > out/epoch',
      outputs: ['out/epoch'],
      env: { LOG: log }
    })
    expect(r.status).toBe('passed')
    const lines = (await readFile(log, 'utf8')).trim().split('\n')
    expect(lines).toHaveLength(2)
    const epoch = Date.parse(COMMIT_DATE) / 1000
    const [sde, tz, lc, pwd, subject] = (lines[0] ?? '').split(' ')
    expect([sde, tz, lc, subject]).toEqual([String(epoch), 'UTC', 'C', 'build'])
    expect(lines[1]).toBe(lines[0])
    expect(pwd).not.toBe(dir)
    // The copies are removed afterwards.
    await expect(stat(pwd ?? '')).rejects.toThrow()
    expect(r.facts).toMatchObject({ source_date_epoch: { value: epoch, from: 'git-head' } })
  })

  test('source_date_epoch from the settings wins; outside git the effective time is used', async () => {
    const dir = await project()
    const cmd = 'mkdir -p out && echo "$SOURCE_DATE_EPOCH" > out/epoch'
    const pinned = await replay(dir, {
      command: cmd,
      outputs: ['out/*'],
      source_date_epoch: 1700000000
    })
    expect(pinned.facts).toMatchObject({
      source_date_epoch: { value: 1700000000, from: 'settings' }
    })
    const fallback = await replay(dir, { command: cmd, outputs: ['out/*'] })
    expect(fallback.facts).toMatchObject({
      source_date_epoch: { value: EFFECTIVE / 1000, from: 'effective-time' }
    })
  })

  test('copy_git: false leaves .git out of the copies', async () => {
    const dir = await project()
    gitInit(dir)
    const r = await replay(dir, {
      command: 'mkdir -p out && if [ -d .git ]; then echo yes; else echo no; fi > out/git',
      outputs: ['out/git'],
      copy_git: false
    })
    expect(r.status).toBe('passed')
    expect(check(r, 'replay/copy').message).toContain('without .git (copy_git: false)')
  })

  test('a command that exits 3 is a failed run with the tail of its stderr', async () => {
    const dir = await project()
    const r = await replay(dir, {
      command: 'echo "error TS2304: Cannot find name foo" >&2; exit 3',
      outputs: ['out/**']
    })
    expect(r.status).toBe('failed')
    const run1 = check(r, 'replay/run-1')
    expect(run1.status).toBe('failed')
    expect(run1.message).toContain('exited 3')
    expect(run1.message).toContain('Cannot find name foo')
    expect(run1.observed).toMatchObject({ exit_code: 3, timed_out: false })
    expect(check(r, 'replay/outputs').message).toContain('the outputs globs matched nothing')
  })

  test('a run past timeout_seconds is killed with its whole process group', async () => {
    const dir = await project()
    const marks = await tempDir('gonogo-replay-mark-')
    const mark = path.join(marks, 'late')
    const started = Date.now()
    const r = await replay(dir, {
      command: '(sleep 3; touch "$MARK") & sleep 5',
      outputs: ['out/**'],
      timeout_seconds: 1,
      env: { MARK: mark }
    })
    expect(Date.now() - started).toBeLessThan(4500)
    const run1 = check(r, 'replay/run-1')
    expect(run1.status).toBe('failed')
    expect(run1.message).toContain('timed out after 1 s')
    expect(run1.observed).toMatchObject({ timed_out: true })
    expect(check(r, 'replay/run-2').status).toBe('failed')
    // The background child died with the group: it never writes its mark.
    await new Promise((res) => setTimeout(res, 3500))
    await expect(stat(mark)).rejects.toThrow()
  })

  test('an output written only by the first run is missing in the second', async () => {
    const dir = await project()
    const state = await tempDir('gonogo-replay-counter-')
    const r = await replay(dir, {
      command:
        'n=$(cat "$COUNTER" 2>/dev/null || echo 0); n=$((n+1)); echo $n > "$COUNTER"; mkdir -p out; printf a > out/a.txt; if [ "$n" -eq 1 ]; then printf b > out/b.txt; fi',
      outputs: ['out/**'],
      env: { COUNTER: path.join(state, 'count') }
    })
    expect(r.status).toBe('failed')
    const m = check(r, 'replay/missing/out/b.txt')
    expect(m.status).toBe('failed')
    expect(m.message).toBe('out/b.txt was written by run 1 but is missing after run 2')
    expect(m.observed).toEqual({ present_in: [1], missing_in: [2] })
    expect(r.checks.some((c) => c.id.includes('out/a.txt'))).toBe(false)
  })

  test('a symbolic link out of the workspace is left out of the copies; a link inside still works', async () => {
    const outside = await tempDir('gonogo-replay-outside-')
    await writeFile(path.join(outside, 'secret.txt'), 'token=hunter2\n')
    const dir = await project()
    await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'secret'))
    await symlink('src/a.txt', path.join(dir, 'inside-link'))
    await symlink(path.join(dir, 'src'), path.join(dir, 'abs-inside'))
    const r = await replay(dir, {
      command:
        'mkdir -p out && cat inside-link > out/a.txt && cat abs-inside/a.txt > out/b.txt && if [ -e secret ]; then cat secret > out/leak.txt; fi',
      outputs: ['out/**']
    })
    const skipped = check(r, 'replay/copy/secret')
    expect(skipped.status).toBe('unverified')
    expect(skipped.location).toEqual({ file: 'secret' })
    expect(skipped.message).toContain('leads outside the workspace')
    expect(skipped.unlock).toBeTruthy()
    expect(check(r, 'replay/run-1').status).toBe('passed')
    expect(check(r, 'replay/identical').message).toBe('2 outputs identical across 2 runs')
    expect(r.status).toBe('unverified')
  })

  test('a FIFO in the workspace is skipped and a FIFO among the outputs is a finding, without hanging', async () => {
    const dir = await project()
    execFileSync('mkfifo', [path.join(dir, 'pipe')])
    const r = await replay(dir, {
      command: 'mkdir -p out && printf a > out/a.txt && mkfifo out/fifo',
      outputs: ['out/**']
    })
    expect(check(r, 'replay/copy/pipe').status).toBe('unverified')
    const u = check(r, 'replay/unreadable/out/fifo/run-1')
    expect(u.status).toBe('failed')
    expect(u.message).toContain('not a regular file')
    expect(r.status).toBe('failed')
  })

  test('the copy keeps executable bits and a large output is hashed', async () => {
    const dir = await project({
      'build.sh': '#!/bin/sh\nmkdir -p out\nhead -c 5000000 /dev/zero > out/big.bin\n'
    })
    await chmod(path.join(dir, 'build.sh'), 0o755)
    const r = await replay(dir, { command: './build.sh', outputs: ['out/big.bin'] })
    expect(r.status).toBe('passed')
    expect(check(r, 'replay/identical').message).toBe('1 output identical across 2 runs')
  })

  test('working_directory runs the command in a subfolder and reports paths from the repository root', async () => {
    const dir = await project({ 'app/index.txt': 'x' })
    const r = await replay(dir, {
      command: 'mkdir -p dist && date +%s%N > dist/stamp && cp index.txt dist/index.txt',
      working_directory: 'app',
      outputs: ['dist/**'],
      runs: 3
    })
    const d = check(r, 'replay/differs/app/dist/stamp')
    expect(d.location).toEqual({ file: 'app/dist/stamp' })
    expect(Object.keys(d.observed as object)).toEqual(['run-1', 'run-2', 'run-3'])
    expect(check(r, 'replay/run-3').status).toBe('passed')
    const missing = await replay(dir, {
      command: 'true',
      working_directory: 'nowhere',
      outputs: ['x']
    })
    expect(check(missing, 'replay/configuration/working_directory').message).toBe(
      'working_directory nowhere does not exist in the workspace'
    )
  })

  test('without a command or outputs the check fails and says what to configure', async () => {
    const dir = await project()
    const r = await replay(dir, undefined)
    expect(r.status).toBe('failed')
    const cmd = check(r, 'replay/configuration/command')
    expect(cmd.message).toContain('no build command is configured')
    expect(cmd.remediation).toContain('checks.replay-determinism.command')
    expect(check(r, 'replay/configuration/outputs').remediation).toContain('outputs')
    const escaping = await replay(dir, { command: 'true', outputs: ['../elsewhere/**'] })
    expect(check(escaping, 'replay/configuration/outputs/../elsewhere/**').status).toBe('failed')
  })

  test('the same inputs give a byte-identical report', async () => {
    const dir = await project()
    const settings = { command: DETERMINISTIC, outputs: ['out/**'], source_date_epoch: 1 }
    const a = JSON.stringify(await replay(dir, settings))
    const b = JSON.stringify(await replay(dir, settings))
    expect(a).toBe(b)
  })

  test('comparing three runs lists the digest each run produced', () => {
    const run = (n: number, digests: Record<string, string>): RunFacts => ({
      run: n,
      exitCode: 0,
      signal: null,
      timedOut: false,
      stderrTail: '',
      outputs: { digests, unreadable: [], truncated: false }
    })
    const cmp = compareOutputs([
      run(1, { 'a.js': 'sha256:1', 'b.js': 'sha256:b' }),
      run(2, { 'a.js': 'sha256:1', 'b.js': 'sha256:b' }),
      run(3, { 'a.js': 'sha256:2' })
    ])
    expect(cmp).toEqual({
      identical: 0,
      differing: [
        { path: 'a.js', digests: { 'run-1': 'sha256:1', 'run-2': 'sha256:1', 'run-3': 'sha256:2' } }
      ],
      missing: [{ path: 'b.js', presentIn: [1, 2], missingIn: [3] }]
    })
  })

  test('the settings schema accepts the documented settings and refuses SOURCE_DATE_EPOCH in env', () => {
    const schema = JSON.parse(
      readFileSync('schemas/checks/replay-determinism.schema.json', 'utf8')
    ) as object
    const validate = new Ajv({ strict: true, allErrors: true }).compile(schema)
    const good = {
      command: 'npm run build',
      runs: 2,
      timeout_seconds: 600,
      working_directory: '.',
      outputs: ['dist/**'],
      source_date_epoch: 1700000000,
      copy_git: true,
      env: { NODE_ENV: 'production' }
    }
    expect(validate(good)).toBe(true)
    expect(validate({ ...good, env: { SOURCE_DATE_EPOCH: '1' } })).toBe(false)
    expect(validate({ ...good, runs: 1 })).toBe(false)
    expect(validate({ ...good, output: ['dist/**'] })).toBe(false)
  })

  test('the report conforms to the gonogo.report/v1 schema', async () => {
    const schema = JSON.parse(readFileSync('schemas/report.v1.schema.json', 'utf8')) as object
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema)
    const dir = await project()
    const r = await replay(dir, { command: 'exit 1', outputs: ['x'] })
    expect(validate(r) ? [] : validate.errors).toEqual([])
    expect(r.generated_at).toBe('2026-12-01T08:00:00.000Z')
  })
})
