import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { SHA_PATTERN } from '../core/contracts.js'

const run = promisify(execFile)

/** The checked-out branch of a repository, or '' (detached HEAD, not a repository, no git). */
export async function currentBranch(cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--abbrev-ref', 'HEAD'], {
      cwd,
      timeout: 10_000
    })
    const b = stdout.trim()
    return b === 'HEAD' ? '' : b
  } catch {
    return ''
  }
}

/** The commit checked out, or '' when there is none to be had. */
export async function headSha(cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd, timeout: 10_000 })
    return SHA_PATTERN.test(stdout.trim()) ? stdout.trim() : ''
  } catch {
    return ''
  }
}
