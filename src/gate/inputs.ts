import * as core from '@actions/core'
import { ConfigurationError } from '../core/errors.js'
import { SHA_PATTERN } from '../core/contracts.js'
import { apiLimitsFromEnv, type ApiLimits } from '../github/api-limits.js'
import { addSecret } from '../io/action-output.js'

export interface GateInputs {
  /** `api-timeout` and `api-deadline` (validated here, so a bad value fails before any work). */
  api: ApiLimits
  config: string
  reports: string
  output: string
  profile: string
  effectiveTime: string
  sha: string
  token: string
  comment: boolean
  commentKey: string
  checkRun: boolean
  checkName: string
  failOnNoGo: boolean
}

function bool(name: string): boolean {
  const v = core.getInput(name).trim().toLowerCase()
  if (v === 'true') return true
  if (v === 'false') return false
  throw new ConfigurationError(`Input '${name}' must be "true" or "false", got '${v}'.`)
}

/**
 * Every input of action-gate/action.yml, validated once. The token is registered as a secret
 * first (masked in logs, scrubbed from every text the gate writes), before any message can echo it.
 */
export function getInputs(): GateInputs {
  const token = core.getInput('token')
  addSecret(token)
  const commentKey = core.getInput('comment-key') || 'default'
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(commentKey)) {
    throw new ConfigurationError(
      `Input 'comment-key' must be 1-64 letters, digits, '.', '_' or '-', got '${commentKey}'.`
    )
  }
  const sha = core.getInput('sha')
  if (sha && !SHA_PATTERN.test(sha)) {
    throw new ConfigurationError(
      `Input 'sha' must be a full commit SHA (40 hex characters), got '${sha}'.`
    )
  }
  const api = apiLimitsFromEnv()
  return {
    api,
    config: core.getInput('config') || '.github/gonogo.yml',
    reports: core.getInput('reports') || 'gonogo-reports',
    output: core.getInput('output'),
    profile: core.getInput('profile'),
    effectiveTime: core.getInput('effective-time'),
    sha,
    token,
    comment: bool('comment'),
    commentKey,
    checkRun: bool('check-run'),
    checkName: core.getInput('check-name') || 'gonogo',
    failOnNoGo: bool('fail-on-no-go')
  }
}
