import path from 'node:path'
import { commentMarker } from '../core/contracts.js'
import { ConfigurationError, errorMessage } from '../core/errors.js'
import { statusOf } from '../github/status.js'
import { scrubSecrets } from '../core/secrets.js'
import { info, setFailed, setOutput, warning, writeSummary } from '../io/action-output.js'
import { readRunnerContext, type RunnerContext } from '../github/runner-context.js'
import { checkRunOutput } from '../render/check-run.js'
import { renderBuiltinMarkdown } from '../render/ci-trend-markdown.js'
import { renderSummaryMarkdown } from '../render/summary-markdown.js'
import { getInputs, type GateInputs } from './inputs.js'
import { parseEffectiveTime } from '../core/time.js'
import { JOB_SUMMARY_MAX_CHARS, runGate, type GateResult } from './run-gate.js'
import { Deadline } from '../github/api-limits.js'
import type { ApiBudget, IncidentStepInput, IncidentStepResult } from './incidents.js'

/** GitHub refuses comments over 65,536 characters. */
const COMMENT_MAX_CHARS = 65_000

/** action-gate: inputs → gate → outputs, PR comment, check run, job summary; fails on no-go. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs()
    const ctx = readRunnerContext()
    // One API budget for the whole run: ci-trend's history, the comment and the check run.
    const deadline = new Deadline(inputs.api.deadlineMs)
    const api = { timeoutMs: inputs.api.timeoutMs, deadline }
    const gated = await runGate({
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
        ? {
            github: {
              token: inputs.token,
              apiUrl: ctx.apiUrl,
              owner: ctx.owner,
              repo: ctx.repo,
              ...api
            }
          }
        : {}),
      ...(process.env.GITHUB_BASE_REF ? { baseRef: `origin/${process.env.GITHUB_BASE_REF}` } : {}),
      log: (m: string) => warning(m),
      blobBase: blobBase(ctx, inputs)
    })
    // Incidents (issue 18): a push to the default branch opens, updates or recovers the tracking
    // issue; a pull request into it gains the freeze blocker while one is open. Never fails the step.
    // Loaded only when the policy declares incidents (start-up stays as small as before).
    const { incidentStep } = gated.policy.incidents
      ? await import('./incidents.js')
      : { incidentStep: noIncidents }
    const incidents = await incidentStep({
      token: inputs.token,
      ctx,
      result: gated,
      api,
      sha: inputs.sha || ctx.sha,
      blobBase: blobBase(ctx, inputs),
      log: (m: string) => warning(m)
    })
    const result = incidents.result
    const s = result.summary
    setOutput('decision', s.decision)
    setOutput('status', s.status)
    setOutput('blockers', JSON.stringify(s.blockers))
    setOutput('summary-path', result.summaryPath)
    setOutput('markdown-path', result.markdownPath)

    const notes = [
      ...incidents.notes,
      ...(await publishComment(inputs, ctx, result, api)),
      ...(await publishCheck(inputs, ctx, result, api))
    ]
    const md =
      notes.length > 0
        ? renderSummaryMarkdown(s, {
            maxRows: 500,
            maxChars: JOB_SUMMARY_MAX_CHARS,
            notes,
            blobBase: blobBase(ctx, inputs)
          })
        : result.markdown
    const extra = result.builtinReports
      .map((r) => renderBuiltinMarkdown(r))
      .filter((x): x is string => x !== undefined)
    await writeSummary([md, ...extra].join('\n'))

    const line = `gonogo: ${s.decision} (profile ${s.profile.name}: ${s.counts.high} high of max ${s.profile.max_high}, ${s.counts.medium} medium of max ${s.profile.max_medium})`
    if (s.decision === 'no-go' && inputs.failOnNoGo) {
      const top = s.blockers.slice(0, 5).map((b) => `  - [${b.severity}] ${b.control}: ${b.reason}`)
      setFailed([line, ...top].join('\n'))
    } else info(line)
  } catch (e) {
    setFailed(
      e instanceof ConfigurationError ? e.message : `gonogo failed unexpectedly: ${errorMessage(e)}`
    )
  }
}

/** Without `incidents:` in the policy the step changes nothing. */
function noIncidents(i: IncidentStepInput): Promise<IncidentStepResult> {
  return Promise.resolve({ result: i.result, notes: [] })
}

function blobBase(ctx: RunnerContext, inputs: GateInputs): string {
  return `${ctx.serverUrl}/${ctx.repository}/blob/${inputs.sha || ctx.sha}`
}

/** Returns notes for the job summary; a comment that cannot be written never fails the step. */
async function publishComment(
  inputs: GateInputs,
  ctx: RunnerContext,
  result: GateResult,
  api: ApiBudget
): Promise<string[]> {
  if (!inputs.comment || !ctx.pullRequest) return []
  if (!inputs.token)
    return ['No token: the PR comment was not written; pass `token` (needs pull-requests: write).']
  const marker = commentMarker(inputs.commentKey)
  const body = scrubSecrets(
    renderSummaryMarkdown(result.summary, {
      marker,
      maxRows: result.maxRows,
      maxChars: COMMENT_MAX_CHARS,
      blobBase: blobBase(ctx, inputs)
    })
  )
  try {
    // The GitHub client loads only when there is something to publish.
    const { createClient } = await import('../github/client.js')
    const { upsertStickyComment } = await import('../github/sticky-comment.js')
    const gh = createClient(inputs.token, { baseUrl: ctx.apiUrl, log: (m) => warning(m), ...api })
    const r = await upsertStickyComment(
      gh,
      { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.pullRequest.number, marker },
      body
    )
    setOutput('comment-url', r.url)
    info(`PR comment ${r.action}: ${r.url}`)
    return []
  } catch (e) {
    const status = statusOf(e)
    const why =
      status === 403 && ctx.pullRequest.isFork
        ? 'this pull request comes from a fork, and its token cannot write comments; the decision is in this job summary'
        : status === 403
          ? 'the token may not write comments (grant `pull-requests: write`)'
          : `the GitHub API answered ${status ?? 'with an error'}: ${errorMessage(e)}`
    warning(`gonogo could not write the PR comment: ${why}`)
    return [`The PR comment was not written: ${why}.`]
  }
}

async function publishCheck(
  inputs: GateInputs,
  ctx: RunnerContext,
  result: GateResult,
  api: ApiBudget
): Promise<string[]> {
  if (!inputs.checkRun) return []
  try {
    const { createClient } = await import('../github/client.js')
    const { publishCheckRun } = await import('../github/check-run.js')
    const gh = createClient(inputs.token, { baseUrl: ctx.apiUrl, log: (m) => warning(m), ...api })
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
    setOutput('check-run-id', String(r.id))
    return []
  } catch (e) {
    const status = statusOf(e)
    const why =
      status === 403
        ? ctx.pullRequest?.isFork
          ? 'this pull request comes from a fork, and its token cannot create check runs'
          : 'the token may not create check runs (grant `checks: write`)'
        : `the GitHub API answered ${status ?? 'with an error'}: ${errorMessage(e)}`
    warning(`gonogo could not create the check run: ${why}`)
    return [`The check run was not created: ${why}.`]
  }
}
