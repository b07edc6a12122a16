/**
 * What an action writes through @actions/core, with every registered secret masked
 * (src/core/secrets.ts). The runner masks `core.setSecret` values in its logs only ("Masking a
 * value in a log", GitHub's workflow-commands docs); step outputs land in GITHUB_OUTPUT and the job
 * summary in GITHUB_STEP_SUMMARY, files that are written as given. So every step output, summary,
 * failure message and log line an action emits goes through here.
 */
import * as core from '@actions/core'
import { registerSecret, scrubSecrets } from '../core/secrets.js'

/**
 * Registers a secret an action was given (the token, a signing key): masked by the runner in its
 * logs, and scrubbed by gonogo from every text it writes. Empty values are ignored.
 */
export function addSecret(value: string | undefined): void {
  if (!value) return
  core.setSecret(value)
  registerSecret(value)
}

/** `core.setOutput` with secrets masked. */
export function setOutput(name: string, value: string): void {
  core.setOutput(name, scrubSecrets(value))
}

/** `core.setFailed` with secrets masked. */
export function setFailed(message: string): void {
  core.setFailed(scrubSecrets(message))
}

/** `core.warning` with secrets masked. */
export function warning(message: string): void {
  core.warning(scrubSecrets(message))
}

/** `core.info` with secrets masked. */
export function info(message: string): void {
  core.info(scrubSecrets(message))
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY), secrets masked. */
export async function writeSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(scrubSecrets(markdown)).write()
}
