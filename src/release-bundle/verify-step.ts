import path from 'node:path'
import * as core from '@actions/core'
import { addSecret, info, setFailed, setOutput, writeSummary } from '../io/action-output.js'
import { ConfigurationError } from '../core/errors.js'
import { readRunnerContext } from '../github/runner-context.js'
import { Workspace } from '../io/workspace.js'
import { escapeText } from '../render/escape.js'
import { visibleLine } from '../core/visible-text.js'
import { bool } from './inputs.js'

/**
 * mode: verify — the bundle (input `bundle`, a folder or zip in the workspace, or the artifact
 * `gonogo-bundle-<bundle-id>`) verified against its manifest (and signature with `signing-key`);
 * with `replay: true` (the default) decided again from its own policy and evidence and compared
 * with its executive summary byte for byte. Fails the step when either does not hold.
 */
export async function verifyStep(): Promise<void> {
  const ctx = readRunnerContext()
  const signingKey = core.getInput('signing-key')
  addSecret(signingKey)
  const token = core.getInput('token')
  addSecret(token)
  const target = await bundlePath(ctx, token)
  const replay = bool('replay')
  const opts = signingKey ? { signingKey } : {}
  const lines: string[] = []
  let ok: boolean
  if (replay) {
    const { replayBundle } = await import('../gate/replay-bundle.js')
    const r = await replayBundle(target, opts)
    const valid = r.problems.length === 0
    setOutput('valid', String(valid))
    setOutput('replayed', valid ? (r.ok ? 'same' : 'different') : 'skipped')
    if (r.bundleId) setOutput('bundle-id', r.bundleId)
    if (r.digest) setOutput('digest', r.digest)
    ok = r.ok
    if (!valid) lines.push(...r.problems.map((p) => `${p.file ? `${p.file}: ` : ''}${p.message}`))
    else if (r.ok)
      lines.push(`replayed: same decision (${r.decision ?? '?'}, ${r.controls} controls)`)
    else
      lines.push(
        'replayed: different decision',
        ...r.differences.map((d) => `${d.control ? `${d.control}: ` : ''}${d.message}`)
      )
    if (r.rerun.length)
      lines.push(`built-ins run again on the bundled files: ${r.rerun.join(', ')}`)
    if (r.fromReports.length)
      lines.push(`built-ins replayed from their reports: ${r.fromReports.join(', ')}`)
    if (r.linkServer)
      lines.push(
        `executive-summary.md links files to ${r.linkServer} (the gate's GITHUB_SERVER_URL)`
      )
  } else {
    const { verifyBundle } = await import('../io/bundle-verify.js')
    const r = await verifyBundle(target, opts)
    setOutput('valid', String(r.ok))
    setOutput('replayed', 'skipped')
    if (r.manifest) setOutput('bundle-id', r.manifest.bundle_id)
    if (r.digest) setOutput('digest', r.digest)
    ok = r.ok
    lines.push(
      ...(r.ok
        ? [`valid: ${r.manifest?.files.length ?? 0} files`]
        : r.problems.map((p) => `${p.file ? `${p.file}: ` : ''}${p.message}`))
    )
  }
  // A file name may hold a line feed: each line is printed with invisible characters named.
  for (const l of lines) info(visibleLine(l))
  await writeSummary(
    `## gonogo bundle verify\n\n${lines.map((l) => `- ${escapeText(visibleLine(l))}`).join('\n')}\n`
  )
  if (!ok)
    setFailed(
      `gonogo release-bundle verify: ${visibleLine(lines[0] ?? 'the bundle does not verify')}`
    )
}

async function bundlePath(
  ctx: ReturnType<typeof readRunnerContext>,
  token: string
): Promise<string> {
  const bundleInput = core.getInput('bundle').trim()
  const bundleId = core.getInput('bundle-id').trim()
  if (bundleInput) {
    const ws = await Workspace.open(ctx.workspace)
    const resolved = await ws.confine(bundleInput)
    if (resolved === undefined)
      throw new ConfigurationError(`Input 'bundle': ${bundleInput} is outside the workspace`)
    return resolved
  }
  if (!bundleId)
    throw new ConfigurationError(
      "mode: verify needs 'bundle' (a folder or zip in the workspace) or 'bundle-id' (the artifact action-release-bundle uploaded)"
    )
  if (!token || !ctx.owner)
    throw new ConfigurationError(
      "mode: verify with 'bundle-id' downloads the artifact: it needs GITHUB_REPOSITORY and a token (input token, actions: read)"
    )
  const { createClient } = await import('../github/client.js')
  const { downloadArtifact, findArtifact } = await import('../github/artifact-download.js')
  const gh = createClient(token, { baseUrl: ctx.apiUrl })
  const repo = { owner: ctx.owner, repo: ctx.repo }
  const name = core.getInput('name') || `gonogo-bundle-${bundleId}`
  const artifact = await findArtifact(gh, repo, name)
  return downloadArtifact(
    gh,
    repo,
    artifact,
    path.join(process.env.RUNNER_TEMP ?? ctx.workspace, 'gonogo-verify')
  )
}
