import path from 'node:path'

/** `checks.replay-determinism` as written in the policy file (already schema-validated). */
export interface ReplaySettings {
  command?: string
  runs?: number
  timeout_seconds?: number
  working_directory?: string
  outputs?: string[]
  source_date_epoch?: number
  copy_git?: boolean
  env?: Record<string, string>
}

/** The settings with every default applied. */
export interface ReplayConfig {
  command: string
  runs: number
  timeoutSeconds: number
  /** Workspace-relative POSIX path; '' for the root. */
  workingDirectory: string
  outputs: string[]
  sourceDateEpoch?: number
  copyGit: boolean
  env: Record<string, string>
}

export const DEFAULT_RUNS = 2
export const DEFAULT_TIMEOUT_SECONDS = 600
export const SETTINGS_HINT = '.github/gonogo.yml (checks.replay-determinism)'

export interface SettingsProblem {
  id: string
  message: string
  remediation: string
}

/** Applies defaults; what cannot run (no command, no outputs, a path out) is a problem. */
export function resolveSettings(
  raw: unknown
): { ok: true; config: ReplayConfig } | { ok: false; problems: SettingsProblem[] } {
  const s: ReplaySettings =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}
  const problems: SettingsProblem[] = []
  const command = typeof s.command === 'string' ? s.command.trim() : ''
  if (command === '') {
    problems.push({
      id: 'replay/configuration/command',
      message: 'no build command is configured, so nothing was replayed',
      remediation: `set checks.replay-determinism.command in ${SETTINGS_HINT}, for example \`command: npm run build\``
    })
  }
  const outputs = Array.isArray(s.outputs) ? s.outputs.filter((o) => typeof o === 'string') : []
  if (outputs.length === 0) {
    problems.push({
      id: 'replay/configuration/outputs',
      message: 'no output globs are configured, so there is nothing to compare between runs',
      remediation: `set checks.replay-determinism.outputs in ${SETTINGS_HINT}, for example \`outputs: ["dist/**"]\``
    })
  }
  for (const o of outputs) {
    if (escapes(o)) {
      problems.push({
        id: `replay/configuration/outputs/${o}`,
        message: `output glob ${o} leaves the working directory`,
        remediation: 'write output globs relative to working_directory, without a leading / or ..'
      })
    }
  }
  const wd = (s.working_directory ?? '.').replace(/\\/g, '/')
  let workingDirectory = ''
  if (escapes(wd)) {
    problems.push({
      id: 'replay/configuration/working_directory',
      message: `working_directory ${wd} is outside the workspace`,
      remediation: 'use a folder relative to the repository root, without a leading / or ..'
    })
  } else {
    workingDirectory = path.posix.normalize(wd).replace(/\/+$/, '')
    if (workingDirectory === '.') workingDirectory = ''
  }
  if (problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    config: {
      command,
      runs: Number.isInteger(s.runs) && (s.runs as number) >= 2 ? (s.runs as number) : DEFAULT_RUNS,
      timeoutSeconds:
        typeof s.timeout_seconds === 'number' && s.timeout_seconds > 0
          ? s.timeout_seconds
          : DEFAULT_TIMEOUT_SECONDS,
      workingDirectory,
      outputs: [...new Set(outputs.map((o) => o.replace(/^\.\//, '')))].sort(),
      ...(typeof s.source_date_epoch === 'number' ? { sourceDateEpoch: s.source_date_epoch } : {}),
      copyGit: s.copy_git !== false,
      env: { ...(s.env ?? {}) }
    }
  }
}

/** True for an absolute path or one whose `..` segments climb out of its base. */
export function escapes(p: string): boolean {
  if (p.includes('\0') || p.startsWith('/') || /^[A-Za-z]:/.test(p)) return true
  const n = path.posix.normalize(p.replace(/\\/g, '/'))
  return n === '..' || n.startsWith('../')
}
