/**
 * A disposable copy of the workspace for replaying the repository's build (replay-determinism):
 * one private temporary folder, the copy always at `<tmp>/workspace`, the command run there in
 * its own process group, outputs hashed, the copy removed. Implements `ReplaySandbox` of
 * core/facts-runtime.ts.
 */
import { chmod, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { ReplaySandbox } from '../core/facts-runtime.js'
import { hashOutputs } from './output-hashes.js'
import { runShellCommand, withoutSecrets } from './processes.js'
import { copyWorkspace } from './workspace-copy.js'

/** Variables through which a step writes to the workflow; a replay must not touch them. */
const WORKFLOW_FILE_VARIABLES = [
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_STATE'
]

/**
 * Creates the sandbox under `tempRoot` for the workspace at `root`; `error` when the temporary
 * folder cannot be made (`cannot create a temporary folder: <message>`).
 */
export async function openReplaySandbox(o: {
  root: string
  tempRoot: string
}): Promise<ReplaySandbox | { error: string }> {
  let base: string
  try {
    base = await mkdtemp(path.join(o.tempRoot, 'gonogo-replay-'))
  } catch (e) {
    return { error: `cannot create a temporary folder: ${(e as Error).message}` }
  }
  const copyDir = path.join(base, 'workspace')
  // The temp path differs on every run: keep it out of the report (determinism).
  const scrub = (t: string): string => t.split(copyDir).join('<copy>').split(base).join('<tmp>')
  return {
    copyWorkspace: async ({ copyGit }) => {
      try {
        return { ok: true, copy: await copyWorkspace(o.root, copyDir, { copyGit }) }
      } catch (e) {
        return { ok: false, error: (e as Error).message.split(base).join('<tmp>') }
      }
    },
    run: async (r) => {
      // The command comes from the repository (a PR can change it): it gets no credentials.
      // Tokens, action inputs and the runner's internal channels are removed; `env` can still
      // pass what a build really needs.
      const env: NodeJS.ProcessEnv = { ...withoutSecrets(process.env), ...r.env }
      for (const k of WORKFLOW_FILE_VARIABLES) delete env[k]
      const outcome = await runShellCommand({
        command: r.command,
        cwd: path.join(copyDir, r.workingDirectory),
        env,
        timeoutMs: r.timeoutMs
      })
      return { ...outcome, stderrTail: scrub(outcome.stderrTail) }
    },
    hashOutputs: (workingDirectory, globs) =>
      hashOutputs(path.join(copyDir, workingDirectory), globs),
    removeCopy: async () => {
      await removeTree(copyDir)
      return !(await exists(copyDir))
    },
    dispose: () => removeTree(base)
  }
}

/** Removes a folder a build wrote, even where it left read-only folders behind. Never throws. */
async function removeTree(dir: string): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true, maxRetries: 2 })
    return
  } catch {
    await makeWritable(dir)
  }
  await rm(dir, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined)
}

async function makeWritable(dir: string): Promise<void> {
  try {
    await chmod(dir, 0o700)
    for (const e of await readdir(dir, { withFileTypes: true }))
      if (e.isDirectory()) await makeWritable(path.join(dir, e.name))
  } catch {
    // Best effort.
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p)
    return true
  } catch {
    return false
  }
}
