import { spawn } from 'node:child_process'

export interface CommandOutcome {
  /** Exit code, or null when the process was killed by a signal or never started. */
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  /** Set when the shell could not be started at all. */
  error?: string
  /** The last bytes of standard error, for the report. */
  stderrTail: string
}

export const STDERR_TAIL_BYTES = 4096
/** How long to wait for pipes to close after the process group is gone. */
const DRAIN_MS = 2000

/**
 * Runs `command` with `/bin/sh -c` in its own process group. On timeout the whole group is killed
 * (SIGKILL); after a normal exit, whatever the command left running in its group is killed too,
 * so nothing keeps writing outputs while they are hashed.
 */
export function runCommand(o: {
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
