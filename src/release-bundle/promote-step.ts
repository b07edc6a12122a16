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
import { stableStringify } from '../core/canonical-json.js'
import { runFromEnv } from '../core/bundle-manifest.js'
import { bool } from './inputs.js'
import { ConfigurationError } from '../core/errors.js'
import { ENVIRONMENT_NAME, type PromotionRecord } from '../core/promotion.js'
import { parseEffectiveTime } from '../core/time.js'
import { downloadArtifact, findArtifact } from '../github/artifact-download.js'
import { createClient } from '../github/client.js'
import { DeploymentStore } from '../github/deployment-store.js'
import { readEnvironmentRules, readRunApprovals } from '../github/environment-rules.js'
import { readRunnerContext } from '../github/runner-context.js'
import { writeAllOrNothing } from '../io/atomic-write.js'
import { loadPolicy } from '../io/policy-file.js'
import { Workspace } from '../io/workspace.js'
import { renderPromotionMarkdown } from '../render/promotion-markdown.js'
import { MAX_REASON, runPromotion, type BundleRef } from './run-promote.js'

/** mode: promote | rollback — through GitHub deployments, environments and run approvals. */
export async function promoteStep(mode: 'promote' | 'rollback'): Promise<void> {
  const ctx = readRunnerContext()
  const environment = core.getInput('environment').trim()
  if (!ENVIRONMENT_NAME.test(environment))
    throw new ConfigurationError(
      environment
        ? `Input 'environment': '${environment}' is not an environment name`
        : `Input 'environment' is required for mode: ${mode}`
    )
  const reason = core.getInput('reason').trim()
  if (reason.length > MAX_REASON)
    throw new ConfigurationError(`Input 'reason' is longer than ${MAX_REASON} characters`)
  if (mode === 'rollback' && !reason)
    throw new ConfigurationError(
      "Input 'reason' is required for mode: rollback (it goes into the record)"
    )
  const token = core.getInput('token')
  addSecret(token)
  if (!token || !ctx.owner)
    throw new ConfigurationError(
      'promotion records are GitHub deployments: it needs GITHUB_REPOSITORY and a token (input token)'
    )
  const signingKey = core.getInput('signing-key')
  addSecret(signingKey)
  const effective = core.getInput('effective-time')
  const now = effective ? parseEffectiveTime(effective) : Date.now()
  const ws = await Workspace.open(ctx.workspace)
  const policy = await loadPolicy(ws, core.getInput('config') || '.github/gonogo.yml')

  const gh = createClient(token, { baseUrl: ctx.apiUrl, log: (m) => warning(m) })
  const repo = { owner: ctx.owner, repo: ctx.repo }
  const run = runFromEnv(process.env)
  const downloads = path.join(process.env.RUNNER_TEMP ?? ctx.workspace, 'gonogo-promote')
  const fromArtifact = async (name: string, id?: number): Promise<BundleRef> => {
    const artifact = id !== undefined ? { name, id } : await findArtifact(gh, repo, name)
    return {
      path: await downloadArtifact(gh, repo, artifact, downloads),
      artifact,
      location: null
    }
  }
  const bundleInput = core.getInput('bundle').trim()
  const bundleId = core.getInput('bundle-id').trim()
  let bundle: BundleRef | ((r: PromotionRecord) => Promise<BundleRef>)
  if (mode === 'rollback') {
    bundle = (r) =>
      r.bundle.artifact
        ? fromArtifact(r.bundle.artifact.name, r.bundle.artifact.id)
        : fromArtifact(`gonogo-bundle-${r.bundle.id}`)
  } else if (bundleInput) {
    const resolved = await ws.confine(bundleInput)
    if (resolved === undefined)
      throw new ConfigurationError(`Input 'bundle': ${bundleInput} is outside the workspace`)
    bundle = { path: resolved, artifact: null, location: bundleInput }
  } else if (bundleId) {
    bundle = await fromArtifact(core.getInput('name') || `gonogo-bundle-${bundleId}`)
  } else {
    throw new ConfigurationError(
      "mode: promote needs 'bundle-id' (the artifact action-release-bundle uploaded) or 'bundle' (a folder or zip in the workspace)"
    )
  }

  const r = await runPromotion({
    kind: mode === 'rollback' ? 'rollback' : 'promotion',
    environment,
    ...(reason ? { reason } : {}),
    corridor: policy.environments,
    store: new DeploymentStore(gh, repo, { logUrl: run.url }),
    bundle,
    ...(signingKey ? { signingKey } : {}),
    rules: () => readEnvironmentRules(gh, repo, environment),
    approvals: () => readRunApprovals(gh, repo, run.id, environment),
    run,
    now,
    fallbackSubject: {
      repository: ctx.repository,
      sha: ctx.sha,
      ...(ctx.ref ? { ref: ctx.ref } : {})
    },
    ...(bundleId && mode === 'promote' ? { expectBundleId: bundleId } : {}),
    allowUnreplayable: bool('allow-unreplayable')
  })

  const reportsDir = core.getInput('reports') || 'gonogo-reports'
  const dir = await ws.confine(reportsDir)
  if (dir === undefined)
    throw new ConfigurationError(`Input 'reports': ${reportsDir} is outside the workspace`)
  const name = `promotion-${environment}.json`
  await writeAllOrNothing(dir, [{ name, content: `${stableStringify(r.report)}\n` }])
  setOutput('report', path.join(dir, name))
  setOutput('recorded', String(r.recorded))
  if (r.record && r.recorded) {
    setOutput('bundle-id', r.record.bundle.id)
    setOutput('digest', r.record.bundle.digest)
    setOutput('record-digest', r.record.digest)
  }
  if (r.where) setOutput('deployment-id', r.where.replace(/^deployment /, ''))
  await writeSummary(
    renderPromotionMarkdown({
      report: r.report,
      record: r.record,
      recorded: r.recorded,
      kind: r.record?.kind ?? (mode === 'rollback' ? 'rollback' : 'promotion'),
      environment
    })
  )
  if (!r.recorded) {
    const failed = r.report.checks.filter((c) => c.status !== 'passed')
    setFailed(
      `gonogo ${mode} to ${environment} refused: ${failed.map((c) => `${c.id}: ${c.message}`).join('; ')}`
    )
  } else {
    info(
      `gonogo ${mode}: ${environment} #${r.record?.sequence ?? '?'} recorded in ${r.where ?? '?'}`
    )
  }
}
