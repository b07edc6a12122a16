import { execFile } from 'node:child_process'
import { chmod, mkdtemp, readdir, realpath, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Workspace } from '../../io/workspace.js'
import { copyWorkspace, type CopyFacts } from './copy-workspace.js'
import { hashOutputs, type OutputHashes } from './hash-outputs.js'
import { runCommand, type CommandOutcome } from './run-command.js'
import { resolveSettings, type ReplayConfig, type SettingsProblem } from './settings.js'

const execFileP = promisify(execFile)
const GIT_TIMEOUT_MS = 10_000
/** Variables through which a step writes to the workflow; a replay must not touch them. */
const WORKFLOW_FILE_VARIABLES = [
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_STATE'
]

export interface RunFacts extends CommandOutcome {
  run: number
  outputs: OutputHashes
}

export interface SourceDateEpoch {
  value: number
  from: 'settings' | 'git-head' | 'effective-time'
}

/** Everything observed while replaying; `judgeReplay` turns it into checks. */
export interface ReplayFacts {
  problems: SettingsProblem[]
  config?: ReplayConfig
  sourceDateEpoch?: SourceDateEpoch
  /** What the first copy held (every copy is made the same way from the same workspace). */
  copy?: CopyFacts
  runs: RunFacts[]
  /** The temporary folder could not be made or the copy failed outright. */
  setupError?: string
}

/**
 * Replays the command: for each run, a fresh copy of the workspace at the same temporary path
 * (so absolute paths embedded by a build agree between runs), the command with a pinned
 * environment and a timeout, the outputs hashed, the copy removed.
 */
export async function gatherReplay(o: {
  ws: Workspace
  settings: unknown
  effectiveTime: number
  log: (message: string) => void
  tempRoot?: string
}): Promise<ReplayFacts> {
  const resolved = resolveSettings(o.settings)
  if (!resolved.ok) return { problems: resolved.problems, runs: [] }
  const config = resolved.config
  const wdProblem = await checkWorkingDirectory(o.ws, config.workingDirectory)
  if (wdProblem) return { problems: [wdProblem], config, runs: [] }
  const sourceDateEpoch = await pickSourceDateEpoch(o.ws.root, config, o.effectiveTime)
  // The command comes from the repository (a PR can change it): it gets no credentials. Tokens,
  // action inputs and the runner's internal channels are removed; `env:` in the settings can
  // still pass what a build really needs.
  const env: NodeJS.ProcessEnv = {
    ...withoutSecrets(process.env),
    TZ: 'UTC',
    LC_ALL: 'C',
    ...config.env
  }
  for (const k of WORKFLOW_FILE_VARIABLES) delete env[k]
  env.SOURCE_DATE_EPOCH = String(sourceDateEpoch.value)
  const facts: ReplayFacts = { problems: [], config, sourceDateEpoch, runs: [] }
  let base: string
  try {
    base = await mkdtemp(
      path.join(o.tempRoot ?? process.env.RUNNER_TEMP ?? os.tmpdir(), 'gonogo-replay-')
    )
  } catch (e) {
    facts.setupError = `cannot create a temporary folder: ${(e as Error).message}`
    return facts
  }
  try {
    const copyDir = path.join(base, 'workspace')
    for (let run = 1; run <= config.runs; run++) {
      o.log(`replay-determinism: run ${run} of ${config.runs}: ${config.command}`)
      let copy: CopyFacts
      try {
        copy = await copyWorkspace(o.ws.root, copyDir, { copyGit: config.copyGit })
      } catch (e) {
        facts.setupError = `cannot copy the workspace: ${(e as Error).message.split(base).join('<tmp>')}`
        return facts
      }
      facts.copy ??= copy
      const cwd = path.join(copyDir, config.workingDirectory)
      const outcome = await runCommand({
        command: config.command,
        cwd,
        env,
        timeoutMs: config.timeoutSeconds * 1000
      })
      const outputs = await hashOutputs(cwd, config.outputs)
      // The temp path differs on every run: keep it out of the report (determinism).
      const scrub = (t: string): string => t.split(copyDir).join('<copy>').split(base).join('<tmp>')
      facts.runs.push({ run, ...outcome, stderrTail: scrub(outcome.stderrTail), outputs })
      await removeTree(copyDir)
      if (await exists(copyDir)) {
        facts.setupError = `cannot remove the copy of run ${run}, so the next run would not start fresh`
        return facts
      }
    }
  } finally {
    await removeTree(base)
  }
  return facts
}

async function checkWorkingDirectory(
  ws: Workspace,
  wd: string
): Promise<SettingsProblem | undefined> {
  if (wd === '') return undefined
  const problem = (why: string): SettingsProblem => ({
    id: 'replay/configuration/working_directory',
    message: `working_directory ${wd} ${why}`,
    remediation:
      'set checks.replay-determinism.working_directory to a folder of the repository (relative to its root)'
  })
  try {
    const realRoot = await realpath(ws.root)
    const real = await realpath(path.join(ws.root, wd))
    const rel = path.relative(realRoot, real)
    if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel))
      return problem('is a symbolic link that leads outside the workspace')
    if (!(await stat(real)).isDirectory()) return problem('is not a folder')
  } catch {
    return problem('does not exist in the workspace')
  }
  return undefined
}

async function pickSourceDateEpoch(
  root: string,
  config: ReplayConfig,
  effectiveTime: number
): Promise<SourceDateEpoch> {
  if (config.sourceDateEpoch !== undefined)
    return { value: config.sourceDateEpoch, from: 'settings' }
  try {
    const { stdout } = await execFileP('git', ['log', '-1', '--format=%ct', 'HEAD'], {
      cwd: root,
      timeout: GIT_TIMEOUT_MS
    })
    const t = Number(stdout.trim())
    if (Number.isInteger(t) && t >= 0 && stdout.trim() !== '') return { value: t, from: 'git-head' }
  } catch {
    // Not a git repository, or git is missing: fall back to the effective time.
  }
  return { value: Math.floor(effectiveTime / 1000), from: 'effective-time' }
}

/** Removes a folder a build wrote, even where it left read-only folders behind. */
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

const SECRET_NAMES = /^(INPUT_|ACTIONS_)|TOKEN|SECRET|PASSWORD|PRIVATE_KEY|CREDENTIAL/i

/** The environment minus anything that looks like a credential or an action input. */
export function withoutSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !SECRET_NAMES.test(k)))
}
