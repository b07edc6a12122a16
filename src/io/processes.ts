/**
 * The one place built-in checks' child processes are started: interpreters over text
 * (workflow-lint), the repository's build command in a process group (replay-determinism, through
 * io/replay-sandbox.ts) and the git read a replay needs. Implements `Processes` of
 * core/facts-runtime.ts.
 */
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  STDERR_TAIL_BYTES,
  TOOL_MAX_OUTPUT_BYTES,
  type CommandOutcome,
  type ToolRun,
  type ToolScratch
} from '../core/facts-runtime.js'

/** How long to wait for pipes to close after the process group is gone. */
const DRAIN_MS = 2000
/** `git log` for the head commit time. */
const GIT_TIMEOUT_MS = 10_000

const SECRET_NAMES = /^(INPUT_|ACTIONS_)|TOKEN|SECRET|PASSWORD|PRIVATE_KEY|CREDENTIAL/i

/** The environment minus anything that looks like a credential or an action input. */
export function withoutSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !SECRET_NAMES.test(k)))
}

/**
 * Runs `command` with `/bin/sh -c` in its own process group. On timeout the whole group is killed
 * (SIGKILL); after a normal exit, whatever the command left running in its group is killed too,
 * so nothing keeps writing outputs while they are hashed. stdin and stdout are ignored; the last
 * {@link STDERR_TAIL_BYTES} bytes of stderr are kept. Never rejects.
 */
export function runShellCommand(o: {
  command: string
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutMs: number
}): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    let tail = Buffer.alloc(0)
    let timedOut = false
    let settled = false
    const child = spawn('/bin/sh', ['-c', o.command], {
      cwd: o.cwd,
      env: o.env,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe']
    })
    const killGroup = (): void => {
      if (child.pid === undefined) return
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // The group is already gone.
      }
    }
    const timer = setTimeout(() => {
      timedOut = true
      killGroup()
    }, o.timeoutMs)
    child.stderr?.on('data', (chunk: Buffer) => {
      tail = Buffer.concat([tail, chunk])
      if (tail.length > STDERR_TAIL_BYTES * 2) tail = tail.subarray(tail.length - STDERR_TAIL_BYTES)
    })
    const finish = (r: Omit<CommandOutcome, 'stderrTail' | 'timedOut'>): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      const t = tail.subarray(Math.max(0, tail.length - STDERR_TAIL_BYTES)).toString('utf8')
      resolve({ ...r, timedOut, stderrTail: t })
    }
    child.on('error', (e) => {
      finish({ exitCode: null, signal: null, error: e.message })
    })
    child.on('exit', (code, signal) => {
      killGroup()
      // A grandchild that left the group may still hold stderr open: do not wait for it forever.
      const drain = setTimeout(() => {
        child.stderr?.destroy()
        finish({ exitCode: code, signal })
      }, DRAIN_MS)
      child.on('close', () => {
        clearTimeout(drain)
        finish({ exitCode: code, signal })
      })
    })
  })
}

/**
 * Runs a tool (no shell) from the OS temporary folder, never from the workspace: a PR could
 * otherwise plant `json.py` (Python puts the working directory on sys.path) and run code inside
 * the gate. Credentials and action inputs are removed from its environment. Never rejects.
 */
export function runTool(
  command: string,
  args: readonly string[],
  o: { timeoutMs: number }
): Promise<ToolRun> {
  return new Promise((resolve) => {
    execFile(
      command,
      [...args],
      {
        timeout: o.timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: TOOL_MAX_OUTPUT_BYTES,
        encoding: 'utf8',
        cwd: os.tmpdir(),
        env: withoutSecrets(process.env)
      },
      (error, stdout, stderr) => {
        const e = error as
          (Error & { code?: unknown; killed?: boolean; signal?: NodeJS.Signals | null }) | null
        const exitCode = e ? (typeof e.code === 'number' ? e.code : null) : 0
        const run: ToolRun = { exitCode, stdout, stderr }
        if (e) {
          if (e.code === 'ENOENT' || e.code === 'EACCES') run.failure = { kind: 'missing' }
          else if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
            run.failure = { kind: 'output-limit' }
          else if (e.killed) run.failure = { kind: 'timeout' }
          else if (typeof e.code === 'string') run.failure = { kind: 'failed', message: e.message }
        }
        resolve(run)
      }
    )
  })
}

/** A private folder under the OS temporary folder for a tool's input files. */
export async function openToolScratch(): Promise<ToolScratch | { error: string }> {
  let dir: string
  try {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-workflow-lint-'))
  } catch (e) {
    return { error: `cannot create a temporary folder (${errno(e)})` }
  }
  return {
    write: async (name, text) => {
      if (name.includes('/') || name.includes('\\') || name === '' || name.startsWith('.'))
        return { error: `cannot write ${name} (not a plain file name)` }
      const file = path.join(dir, name)
      try {
        await writeFile(file, text, 'utf8')
        return { path: file }
      } catch (e) {
        return { error: `cannot write ${name} (${errno(e)})` }
      }
    },
    dispose: () => rm(dir, { recursive: true, force: true }).catch(() => undefined)
  }
}

/** `git log -1 --format=%ct HEAD` in `root`: seconds, or undefined (no git, no repository). */
export async function headCommitTime(root: string): Promise<number | undefined> {
  const r = await new Promise<{ ok: boolean; stdout: string }>((resolve) => {
    execFile(
      'git',
      ['log', '-1', '--format=%ct', 'HEAD'],
      { cwd: root, timeout: GIT_TIMEOUT_MS, encoding: 'utf8' },
      (error, stdout) => resolve({ ok: error === null, stdout })
    )
  })
  if (!r.ok) return undefined
  const text = r.stdout.trim()
  const t = Number(text)
  return Number.isInteger(t) && t >= 0 && text !== '' ? t : undefined
}

function errno(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : 'error')
}
