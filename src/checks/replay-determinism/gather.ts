import type { CheckFacts } from '../../core/facts.js'
import type {
  CommandOutcome,
  CopyFacts,
  OutputHashes,
  Processes
} from '../../core/facts-runtime.js'
import { resolveSettings, type ReplayConfig, type SettingsProblem } from './settings.js'

export type {
  CommandOutcome,
  CopyFacts,
  OutputHashes,
  SkippedEntry
} from '../../core/facts-runtime.js'

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
 * Replays the command through `facts.processes`: for each run, a fresh copy of the workspace at
 * the same temporary path (so absolute paths embedded by a build agree between runs), the command
 * with a pinned environment (TZ=UTC, LC_ALL=C, the settings' `env`, SOURCE_DATE_EPOCH) and a
 * timeout, the outputs hashed, the copy removed. Never throws: what went wrong is in the facts.
 */
export async function gatherReplay(o: {
  facts: Pick<CheckFacts, 'files' | 'processes'>
  settings: unknown
  effectiveTime: number
  log: (message: string) => void
}): Promise<ReplayFacts> {
  const resolved = resolveSettings(o.settings)
  if (!resolved.ok) return { problems: resolved.problems, runs: [] }
  const config = resolved.config
  const wdProblem = await checkWorkingDirectory(o.facts.files, config.workingDirectory)
  if (wdProblem) return { problems: [wdProblem], config, runs: [] }
  const sourceDateEpoch = await pickSourceDateEpoch(o.facts.processes, config, o.effectiveTime)
  // The sandbox removes credentials, action inputs and the workflow-command files from the
  // inherited environment; these pin what a build may vary on.
  const env: Record<string, string> = {
    TZ: 'UTC',
    LC_ALL: 'C',
    ...config.env,
    SOURCE_DATE_EPOCH: String(sourceDateEpoch.value)
  }
  const facts: ReplayFacts = { problems: [], config, sourceDateEpoch, runs: [] }
  const sandbox = await o.facts.processes.openReplay()
  if ('error' in sandbox) {
    facts.setupError = sandbox.error
    return facts
  }
  try {
    for (let run = 1; run <= config.runs; run++) {
      o.log(`replay-determinism: run ${run} of ${config.runs}: ${config.command}`)
      const copied = await sandbox.copyWorkspace({ copyGit: config.copyGit })
      if (!copied.ok) {
        facts.setupError = `cannot copy the workspace: ${copied.error}`
        return facts
      }
      facts.copy ??= copied.copy
      const outcome = await sandbox.run({
        command: config.command,
        workingDirectory: config.workingDirectory,
        env,
        timeoutMs: config.timeoutSeconds * 1000
      })
      const outputs = await sandbox.hashOutputs(config.workingDirectory, config.outputs)
      facts.runs.push({ run, ...outcome, outputs })
      if (!(await sandbox.removeCopy())) {
        facts.setupError = `cannot remove the copy of run ${run}, so the next run would not start fresh`
        return facts
      }
    }
  } finally {
    await sandbox.dispose()
  }
  return facts
}

/** A working directory that is not a folder of the workspace is a settings problem. */
async function checkWorkingDirectory(
  files: CheckFacts['files'],
  wd: string
): Promise<SettingsProblem | undefined> {
  if (wd === '') return undefined
  const problem = (why: string): SettingsProblem => ({
    id: 'replay/configuration/working_directory',
    message: `working_directory ${wd} ${why}`,
    remediation:
      'set checks.replay-determinism.working_directory to a folder of the repository (relative to its root)'
  })
  const at = await files.kind(wd)
  switch (at.kind) {
    case 'dir':
      return undefined
    case 'link-out':
      return problem('is a symbolic link that leads outside the workspace')
    case 'file':
    case 'other':
      return problem('is not a folder')
    default:
      return problem('does not exist in the workspace')
  }
}

async function pickSourceDateEpoch(
  processes: Processes,
  config: ReplayConfig,
  effectiveTime: number
): Promise<SourceDateEpoch> {
  if (config.sourceDateEpoch !== undefined)
    return { value: config.sourceDateEpoch, from: 'settings' }
  // Not a git repository, or git is missing: fall back to the effective time.
  const head = await processes.headCommitTime()
  if (head !== undefined) return { value: head, from: 'git-head' }
  return { value: Math.floor(effectiveTime / 1000), from: 'effective-time' }
}
