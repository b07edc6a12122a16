import path from 'node:path'
import * as core from '@actions/core'
import { commentMarker } from '../core/contracts.js'
import { ConfigurationError, errorMessage } from '../core/errors.js'
import { statusOf } from '../github/status.js'
import { readRunnerContext, type RunnerContext } from '../github/runner-context.js'
import { checkRunOutput } from '../render/check-run.js'
import { renderBuiltinMarkdown } from '../render/ci-trend-markdown.js'
import { renderSummaryMarkdown } from '../render/summary-markdown.js'
import { getInputs, type GateInputs } from './inputs.js'
import { parseEffectiveTime } from '../core/time.js'
import { runGate, type GateResult } from './run-gate.js'

/** GitHub refuses comments over 65,536 characters. */
const COMMENT_MAX_CHARS = 65_000

/** action-gate: inputs → gate → outputs, PR comment, check run, job summary; fails on no-go. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs()
    const ctx = readRunnerContext()
    const result = await runGate({
      workspace: ctx.workspace,
      config: inputs.config,
      reports: inputs.reports,
      output: inputs.output || path.join(process.env.RUNNER_TEMP ?? ctx.workspace, 'gonogo'),
      effectiveTime: inputs.effectiveTime ? parseEffectiveTime(inputs.effectiveTime) : Date.now(),
      sha: inputs.sha || ctx.sha,
      repository: ctx.repository,
      ref: ctx.ref,
      event: ctx.eventName,
      branch: ctx.branch,
      ...(inputs.profile ? { profile: inputs.profile } : {}),
      ...(inputs.token && ctx.owner
        ? { github: { token: inputs.token, apiUrl: ctx.apiUrl, owner: ctx.owner, repo: ctx.repo } }
        : {}),
      ...(process.env.GITHUB_BASE_REF ? { baseRef: `origin/${process.env.GITHUB_BASE_REF}` } : {}),
      log: (m: string) => core.warning(m),
      blobBase: blobBase(ctx, inputs)
    })
    const s = result.summary
    core.setOutput('decision', s.decision)
    core.setOutput('status', s.status)
    core.setOutput('blockers', JSON.stringify(s.blockers))
    core.setOutput('summary-path', result.summaryPath)
    core.setOutput('markdown-path', result.markdownPath)

    const notes = [
      ...(await publishComment(inputs, ctx, result)),
      ...(await publishCheck(inputs, ctx, result))
    ]
    const md =
      notes.length > 0
        ? renderSummaryMarkdown(s, {
            maxRows: 500,
            maxChars: 1_000_000,
            notes,
            blobBase: blobBase(ctx, inputs)
          })
        : result.markdown
    const extra = result.builtinReports
      .map((r) => renderBuiltinMarkdown(r))
      .filter((x): x is string => x !== undefined)
    await core.summary.addRaw([md, ...extra].join('\n')).write()

    const line = `gonogo: ${s.decision} (profile ${s.profile.name}: ${s.counts.high} high of max ${s.profile.max_high}, ${s.counts.medium} medium of max ${s.profile.max_medium})`
    if (s.decision === 'no-go' && inputs.failOnNoGo) {
      const top = s.blockers.slice(0, 5).map((b) => `  - [${b.severity}] ${b.control}: ${b.reason}`)
      core.setFailed([line, ...top].join('\n'))
    } else core.info(line)
  } catch (e) {
    core.setFailed(
      e instanceof ConfigurationError ? e.message : `gonogo failed unexpectedly: ${errorMessage(e)}`
    )
  }
}

function blobBase(ctx: RunnerContext, inputs: GateInputs): string {
  return `${ctx.serverUrl}/${ctx.repository}/blob/${inputs.sha || ctx.sha}`
}

/** Returns notes for the job summary; a comment that cannot be written never fails the step. */
async function publishComment(
  inputs: GateInputs,
  ctx: RunnerContext,
  result: GateResult
): Promise<string[]> {
  if (!inputs.comment || !ctx.pullRequest) return []
  if (!inputs.token)
    return ['No token: the PR comment was not written; pass `token` (needs pull-requests: write).']
  const marker = commentMarker(inputs.commentKey)
  const body = renderSummaryMarkdown(result.summary, {
    marker,
    maxRows: result.maxRows,
    maxChars: COMMENT_MAX_CHARS,
    blobBase: blobBase(ctx, inputs)
  })
  try {
    // The GitHub client loads only when there is something to publish.
    const { createClient } = await import('../github/client.js')
    const { upsertStickyComment } = await import('../github/sticky-comment.js')
    const gh = createClient(inputs.token, { baseUrl: ctx.apiUrl, log: (m) => core.warning(m) })
    const r = await upsertStickyComment(
      gh,
      { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.pullRequest.number, marker },
      body
    )
    core.setOutput('comment-url', r.url)
    core.info(`PR comment ${r.action}: ${r.url}`)
    return []
  } catch (e) {
    const status = statusOf(e)
    const why =
      status === 403 && ctx.pullRequest.isFork
        ? 'this pull request comes from a fork, and its token cannot write comments; the decision is in this job summary'
        : status === 403
          ? 'the token may not write comments (grant `pull-requests: write`)'
          : `the GitHub API answered ${status ?? 'with an error'}: ${errorMessage(e)}`
    core.warning(`gonogo could not write the PR comment: ${why}`)
    return [`The PR comment was not written: ${why}.`]
  }
}

async function publishCheck(
  inputs: GateInputs,
  ctx: RunnerContext,
  result: GateResult
): Promise<string[]> {
  if (!inputs.checkRun) return []
  try {
    const { createClient } = await import('../github/client.js')
    const { publishCheckRun } = await import('../github/check-run.js')
    const gh = createClient(inputs.token, { baseUrl: ctx.apiUrl, log: (m) => core.warning(m) })
    const out = checkRunOutput(result.summary, result.markdown)
    const headSha = ctx.pullRequest?.headSha ?? (inputs.sha || ctx.sha)
    const r = await publishCheckRun(
      gh,
      {
        owner: ctx.owner,
        repo: ctx.repo,
        headSha,
        name: inputs.checkName,
        ...(ctx.runId
          ? { detailsUrl: `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` }
          : {})
      },
      out
    )
    core.setOutput('check-run-id', String(r.id))
    return []
  } catch (e) {
    const status = statusOf(e)
    const why =
      status === 403
        ? ctx.pullRequest?.isFork
          ? 'this pull request comes from a fork, and its token cannot create check runs'
          : 'the token may not create check runs (grant `checks: write`)'
        : `the GitHub API answered ${status ?? 'with an error'}: ${errorMessage(e)}`
    core.warning(`gonogo could not create the check run: ${why}`)
    return [`The check run was not created: ${why}.`]
  }
}
