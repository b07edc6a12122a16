import path from 'node:path'
import * as core from '@actions/core'
import {
  addSecret,
  info,
  setFailed,
  setOutput,
  warning,
  writeSummary
} from '../io/action-output.js'
import { ConfigurationError, errorMessage } from '../core/errors.js'
import { worstStatus } from '../core/status.js'
import { readRunnerContext } from '../github/runner-context.js'
import { parseEffectiveTime } from '../core/time.js'
import { runVerify } from './run-verify.js'
import { apiLimitsFromEnv } from '../github/api-limits.js'
import { SHA_PATTERN } from '../core/contracts.js'

const FAIL_ON = ['never', 'failed', 'unverified'] as const
type FailOn = (typeof FAIL_ON)[number]

/**
 * The `fail-on` input (every mode): never (default), failed, or unverified.
 *
 * @throws ConfigurationError naming the input and the values it takes
 */
function failOnInput(): FailOn {
  const failOn = core.getInput('fail-on') || 'never'
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new ConfigurationError(
      `Input 'fail-on' must be one of ${FAIL_ON.join(', ')}, got '${failOn}'.`
    )
  }
  return failOn as FailOn
}

/**
 * Whether a status reaches `fail-on`: `failed` fails on failed (and invalid), `unverified` on
 * anything but passed, `never` on nothing.
 */
function reaches(status: string, failOn: FailOn): boolean {
  return failOn === 'unverified'
    ? status !== 'passed'
    : failOn === 'failed'
      ? status === 'failed' || status === 'invalid'
      : false
}

function inputs(): {
  branches: string[]
  config: string
  output: string
  token: string
  effectiveTime: string
  sha: string
  failOn: FailOn
} {
  apiLimitsFromEnv() // a bad api-timeout / api-deadline fails before any work
  const failOn = failOnInput()
  const sha = core.getInput('sha')
  if (sha && !SHA_PATTERN.test(sha))
    throw new ConfigurationError(`Input 'sha' must be a full commit SHA, got '${sha}'.`)
  return {
    branches: core
      .getInput('branches')
      .split(/[,\n]/)
      .map((b) => b.trim())
      .filter(Boolean),
    config: core.getInput('config') || '.github/gonogo.yml',
    output: core.getInput('output') || 'gonogo-reports',
    token: core.getInput('token'),
    effectiveTime: core.getInput('effective-time'),
    sha,
    failOn
  }
}

/**
 * action-ruleset-verify: inputs → read rules and workflows → two reports, summary, outputs.
 * Organisation modes (org-step.ts): `fail-on` is checked in every mode and applied to the
 * merge's status (an empty plan is unverified); plan and shard never fail on a status, so the
 * merge job still runs. `branches` has no meaning there (each repository's default branch is
 * verified) and is refused when given. An organisation step whose artifact upload failed fails
 * the step with its message (OrgStepResult.error), after its outputs and summary are written.
 */
export async function run(): Promise<void> {
  try {
    const mode = (core.getInput('mode') || 'verify').trim()
    if (mode !== 'verify') {
      const { isOrgMode, orgStep } = await import('./org-step.js')
      if (!isOrgMode(mode))
        throw new ConfigurationError(
          `Input 'mode' must be verify, plan, shard or merge, got '${mode}'.`
        )
      apiLimitsFromEnv()
      const failOn = failOnInput()
      if (core.getInput('branches').trim() !== '')
        throw new ConfigurationError(
          `Input 'branches' is for mode verify only: mode ${mode} verifies each repository's default branch (the policy's branches: keys are matched against its name); remove the input`
        )
      const r = await orgStep(mode)
      if (r.error !== undefined) {
        // The results are out (status, summary); the step fails because no later job gets them.
        info(r.line)
        setFailed(r.error)
      } else if (mode === 'merge' && r.status !== undefined && reaches(r.status, failOn))
        setFailed(`${r.line} (fail-on: ${failOn})`)
      else info(r.line)
      return
    }
    const i = inputs()
    const ctx = readRunnerContext()
    if (!i.token)
      throw new ConfigurationError(
        "Input 'token' is empty; the default is the workflow's GITHUB_TOKEN."
      )
    addSecret(i.token)
    const r = await runVerify({
      workspace: ctx.workspace,
      config: i.config,
      output: path.resolve(ctx.workspace, i.output),
      owner: ctx.owner,
      repo: ctx.repo,
      branches: i.branches,
      sha: i.sha || ctx.sha,
      ref: ctx.ref,
      token: i.token,
      apiUrl: ctx.apiUrl,
      effectiveTime: i.effectiveTime ? parseEffectiveTime(i.effectiveTime) : Date.now(),
      ...(ctx.defaultBranch ? { defaultBranch: ctx.defaultBranch } : {}),
      log: (m) => warning(m)
    })
    const status = worstStatus([r.branchProtection.status, r.requiredChecks.status])
    setOutput('status', status)
    setOutput('report-paths', JSON.stringify(r.paths))
    setOutput('requests', String(r.requests))
    await writeSummary(r.markdown)
    const line = `gonogo ruleset-verify: branch rules ${r.branchProtection.status}, required checks ${r.requiredChecks.status} (${r.branches.join(', ') || 'no branch'}; ${r.requests} API requests)`
    if (reaches(status, i.failOn)) setFailed(line)
    else info(line)
  } catch (e) {
    setFailed(
      e instanceof ConfigurationError
        ? e.message
        : `gonogo ruleset-verify failed unexpectedly: ${errorMessage(e)}`
    )
  }
}
