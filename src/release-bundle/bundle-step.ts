import path from 'node:path'
import * as core from '@actions/core'
import { addSecret, info, setFailed, setOutput, writeSummary } from '../io/action-output.js'
import { bundleCreationTime } from '../core/bundle-manifest.js'
import { ConfigurationError, errorMessage } from '../core/errors.js'
import { readRunnerContext } from '../github/runner-context.js'
import { escapeText } from '../render/escape.js'
import { bool } from './inputs.js'
import { runBundle } from './run-bundle.js'

/** mode: bundle — lineage + reports + summary → signed bundle → workflow artifact. */
export async function bundleStep(): Promise<void> {
  const ctx = readRunnerContext()
  const signingKey = core.getInput('signing-key')
  addSecret(signingKey)
  const token = core.getInput('token')
  addSecret(token)
  const tmp = process.env.RUNNER_TEMP ?? ctx.workspace
  const createdAt = bundleCreationTime(
    process.env.SOURCE_DATE_EPOCH,
    core.getInput('effective-time'),
    Date.now
  )
  const sha = core.getInput('sha') || ctx.sha
  const releaseTag = core.getInput('release-tag')
  const r = await runBundle({
    workspace: ctx.workspace,
    reports: core.getInput('reports') || 'gonogo-reports',
    summaryDir: core.getInput('summary') || path.join(tmp, 'gonogo'),
    output: core.getInput('output') || path.join(tmp, 'gonogo-bundle'),
    subject: {
      repository: ctx.repository,
      sha,
      ref: ctx.ref,
      ...(releaseTag ? { tag: releaseTag } : {})
    },
    env: process.env,
    needs: core.getInput('needs'),
    requiredJobs: core
      .getInput('required-jobs')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    ...(releaseTag ? { releaseTag } : {}),
    ...(signingKey ? { signingKey } : {}),
    createdAt,
    ...(token && ctx.owner
      ? { github: { token, apiUrl: ctx.apiUrl, owner: ctx.owner, repo: ctx.repo } }
      : {})
  })
  setOutput('bundle-id', r.bundleId)
  setOutput('digest', r.digest)
  setOutput('path', r.path)
  // Written before the upload: an upload that fails must not lose what the bundle says.
  await writeSummary(
    `## gonogo release bundle\n\nBundle \`${r.bundleId}\` · digest \`${r.digest}\`${r.signed ? ' · signed (HMAC-SHA256)' : ''}\n\n${r.lineageProblems.length ? `Lineage is incomplete:\n\n${r.lineageProblems.map((p) => `- ${escapeText(p.message, 2000)}`).join('\n')}\n` : 'Lineage is complete.\n'}`
  )
  if (bool('upload')) {
    const { uploadFolder } = await import('../github/artifact-upload.js')
    let up: Awaited<ReturnType<typeof uploadFolder>>
    try {
      if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        throw new ConfigurationError(
          'no ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL: run inside GitHub Actions, or set upload: false'
        )
      }
      up = await uploadFolder(core.getInput('name') || `gonogo-bundle-${r.bundleId}`, r.path, {
        renameHint: "the action's `name:` input"
      })
    } catch (e) {
      // As the org shard does: the summary says so, then the step fails with the message.
      await writeSummary(`\n**Not uploaded:** ${escapeText(errorMessage(e), 2000)}\n`)
      throw e
    }
    setOutput('artifact-id', String(up.id))
    info(`uploaded bundle ${r.bundleId} as artifact ${up.id} (${up.size} bytes)`)
  }
  // An incomplete lineage is uploaded as evidence of the failure, but never attested.
  if (bool('attest') && r.lineageProblems.length === 0) {
    if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
      throw new ConfigurationError(
        "attest: true needs 'id-token: write' (and 'attestations: write') in the job's permissions"
      )
    }
    const { attest } = await import('@actions/attest')
    const a = await attest({
      subjects: [
        {
          name: `${r.bundleId}/manifest.json`,
          digest: { sha256: r.digest.replace(/^sha256:/, '') }
        }
      ],
      predicateType: 'https://gonogo.dev/attestation/bundle/v1',
      predicate: { bundle_id: r.bundleId, digest: r.digest },
      token
    })
    setOutput('attestation-id', a.attestationID ?? '')
  }
  if (r.lineageProblems.length > 0) {
    setFailed(
      `gonogo release-bundle: lineage incomplete: ${r.lineageProblems.map((p) => p.message).join('; ')}`
    )
  }
}
