import path from 'node:path'
import type { CheckFacts, RepoFiles } from '../../core/facts.js'
import { makeReport, type ReportCheck } from '../../core/report.js'
import type { BuiltinCheck } from '../builtin-contract.js'
import { checkSnippets } from './interpreters.js'
import { applySeverity, findFindings, toChecks, type Judged, type LintFacts } from './rules.js'
import { toSarif } from './sarif.js'
import { extractScripts } from './scripts.js'
import { resolveSettings, type ResolvedSettings } from './settings.js'
import { readLintSources } from './sources.js'
import { walkWorkflows } from './walk.js'

export const CHECK_NAME = 'workflow-lint'

/**
 * Reads the workflows into the workflow model (with the local actions their steps use), walks
 * every place a step runs, and runs the interpreters over the scripts.
 */
export async function gatherWorkflowFacts(
  { files, processes }: Pick<CheckFacts, 'files' | 'processes'>,
  settings: ResolvedSettings
): Promise<LintFacts> {
  const sources = await readLintSources(files)
  const walk = walkWorkflows(sources.files, sources.actions)
  const { snippets, unchecked } = extractScripts(walk.steps)
  const facts: LintFacts = {
    files: sources.files,
    actions: [...sources.actions.values()].sort((a, b) =>
      a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0
    ),
    walk,
    unchecked,
    ...(sources.truncated ? { truncated: { limit: sources.maxFiles } } : {})
  }
  if (settings.severity['script-syntax'] !== 'off') {
    const outcomes = await checkSnippets(snippets, {
      processes,
      interpreters: settings.interpreters,
      timeoutMs: settings.timeoutMs
    })
    facts.scripts = snippets.map((snippet, i) => ({
      snippet,
      outcome: outcomes[i] ?? {
        kind: 'crashed',
        tool: 'interpreter',
        message: 'no result for this script'
      }
    }))
  }
  return facts
}

/**
 * Writes the SARIF log through the repository facts (all or nothing, inside the workspace) and
 * says so in a check: `passed` when written, `failed` naming the path and what to do otherwise.
 */
async function writeSarif(
  files: RepoFiles,
  p: string,
  findings: readonly Judged[]
): Promise<ReportCheck> {
  const w = await files.writeOutput(p, toSarif(findings))
  if (!w.ok && w.reason !== 'failed') {
    return {
      id: 'sarif-output',
      status: 'failed',
      message:
        w.reason === 'outside' || w.rel === undefined
          ? `checks.workflow-lint.sarif: ${p} is outside the workspace; use a path relative to the repository root`
          : `checks.workflow-lint.sarif: ${w.rel} lies behind a symbolic link that leads outside the workspace`,
      location: { file: '.github/gonogo.yml' },
      remediation:
        'Set checks.workflow-lint.sarif to a path inside the repository, for example gonogo-reports/workflow-lint.sarif.'
    }
  }
  if (!w.ok) {
    const rel = w.rel ?? p
    return {
      id: 'sarif-output',
      status: 'failed',
      message: `${rel}: the SARIF log could not be written (${w.code ?? 'error'})`,
      location: { file: rel },
      remediation: `Make ${path.posix.dirname(rel)} a writable folder in the workspace, or change checks.workflow-lint.sarif.`
    }
  }
  return {
    id: 'sarif-output',
    status: 'passed',
    message: `${w.rel}: SARIF 2.1.0 log with ${findings.length} result${findings.length === 1 ? '' : 's'} written`,
    location: { file: w.rel }
  }
}

export const runWorkflowLint: BuiltinCheck = async (ctx) => {
  const settings = resolveSettings(ctx.settings)
  const facts = await gatherWorkflowFacts(ctx.facts, settings)
  const judged = applySeverity(findFindings(facts, settings), settings)
  const checks = toChecks(facts, judged, settings)
  if (settings.sarif !== undefined)
    checks.push(await writeSarif(ctx.facts.files, settings.sarif, judged))
  return makeReport({
    control: CHECK_NAME,
    subject: ctx.subject,
    generatedAt: new Date(ctx.effectiveTime).toISOString(),
    generator: CHECK_NAME,
    checks,
    facts: summarizeFacts(facts)
  })
}

/** What was observed, small and sorted. */
function summarizeFacts(facts: LintFacts): Record<string, unknown> {
  const wfs = facts.files.flatMap((f) => (f.model ? [f.model] : []))
  const scripts: Record<string, number> = {}
  for (const s of facts.scripts ?? []) scripts[s.snippet.lang] = (scripts[s.snippet.lang] ?? 0) + 1
  const notChecked: Record<string, number> = {}
  for (const u of facts.unchecked) notChecked[u.shell] = (notChecked[u.shell] ?? 0) + 1
  return {
    workflows: facts.files.length,
    unreadable: facts.files.filter((f) => f.readError !== undefined || f.invalid).length,
    jobs: wfs.reduce((n, w) => n + w.jobs.length, 0),
    steps: wfs.reduce((n, w) => n + w.jobs.reduce((m, j) => m + j.steps.length, 0), 0),
    local_actions: facts.actions.length,
    composite_actions: facts.actions.filter((a) => a.action?.composite).length,
    scripts: sorted(scripts),
    scripts_not_checked: facts.unchecked.length,
    scripts_not_checked_by_shell: sorted(notChecked)
  }
}

function sorted(m: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1)))
}
