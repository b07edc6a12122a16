/**
 * `gonogo incident status` (issue 18): the open incident on the default branch, the incidents
 * that recovered without their postmortem, and what would lift the freeze. Reads issues with the
 * token in $GITHUB_TOKEN (or $GH_TOKEN); needs `issues: read`.
 *
 * Exit codes: 0 no open incident (merges are not frozen), 1 an incident is open, 2 usage,
 * configuration or an API answer that could not be read (the status is then unknown).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { stableStringify } from '../core/canonical-json.js'
import { ConfigurationError } from '../core/errors.js'
import {
  DEFAULT_INCIDENT_SETTINGS,
  incidentSettings,
  NEEDS_POSTMORTEM_LABEL,
  type IncidentRecord,
  type IncidentSettings
} from '../core/incidents.js'
import type { TrackedIssue } from '../github/incidents.js'
import { loadPolicy } from '../io/policy-file.js'
import { Workspace } from '../io/workspace.js'

export interface IncidentIo {
  out: (s: string) => void
  err: (s: string) => void
  env: NodeJS.ProcessEnv
  cwd: string
}

const OPTIONS = {
  config: { type: 'string', default: '.github/gonogo.yml' },
  workspace: { type: 'string' },
  repo: { type: 'string' },
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h', default: false }
} as const

export const INCIDENT_USAGE = `Options for incident status (token from $GITHUB_TOKEN, needs issues: read):
  --repo OWNER/NAME         the repository (default: $GITHUB_REPOSITORY)
  --config FILE             policy file whose incidents: is read (default .github/gonogo.yml)
  --workspace DIR           repository root (default: the current directory)
  --format text|json        text (default) or the incident records as JSON
`

const REPO_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/

/** What lifts the freeze, in words, from the settings. */
export function liftConditions(s: IncidentSettings): string[] {
  const rules = [
    ...(s.on.includes('no-go') ? ['the gate decides go or conditional-go'] : []),
    ...(s.on.includes('trigger') && s.triggers.length > 0
      ? [`no trigger control fails (${s.triggers.join(', ')})`]
      : []),
    ...(s.ci_trend_breaches !== undefined
      ? [`ci-trend breaches its SLO in fewer than ${s.ci_trend_breaches} consecutive windows`]
      : [])
  ]
  return [
    `a push to the default branch where ${rules.length > 0 ? rules.join(', ') : 'the gate passes'}`,
    `or, for a single pull request, the label '${s.fix_label}' on it`
  ]
}

/** `gonogo incident status`. */
export async function incidentCommand(args: string[], io: IncidentIo): Promise<number> {
  const [sub, ...rest] = args
  if (sub !== 'status')
    throw new ConfigurationError('usage: gonogo incident status [options]; run gonogo --help')
  const { values } = parseArgs({ args: rest, options: OPTIONS, strict: true })
  if (values.help) {
    io.out(INCIDENT_USAGE)
    return 0
  }
  if (values.format !== 'text' && values.format !== 'json')
    throw new ConfigurationError(`--format must be text or json, got '${values.format}'`)
  const full = values.repo ?? io.env.GITHUB_REPOSITORY ?? ''
  if (!REPO_PATTERN.test(full))
    throw new ConfigurationError(
      full === ''
        ? 'name the repository with --repo OWNER/NAME (or set GITHUB_REPOSITORY)'
        : `--repo must be OWNER/NAME, got '${full}'`
    )
  const [owner = '', repo = ''] = full.split('/')
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? ''
  if (!token)
    throw new ConfigurationError(
      'set GITHUB_TOKEN (or GH_TOKEN) to a token that can read issues (issues: read)'
    )
  const ws = await Workspace.open(path.resolve(io.cwd, values.workspace ?? '.'))
  const policy = await loadPolicy(ws, values.config)
  const configured = incidentSettings(policy.incidents)
  const settings = configured ?? { ...DEFAULT_INCIDENT_SETTINGS }
  const target = { owner, repo, label: settings.labels[0] as string }

  const { createClient } = await import('../github/client.js')
  const gh = await import('../github/incidents.js')
  const client = createClient(token, {
    baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com'
  })
  try {
    const authors = new gh.Authors(client)
    // Active and waiting as the gate splits them (a needs-postmortem label alone lifts nothing).
    const split = await gh.openIncidents(client, target, authors)
    const read = (list: readonly TrackedIssue[]): Promise<IncidentRecord[]> =>
      Promise.all(list.map((i) => gh.readRecord(client, target, i, authors)))
    const active: IncidentRecord[] = await read(split.active)
    const waiting: IncidentRecord[] = await read(split.waiting)
    if (values.format === 'json') {
      io.out(
        `${stableStringify({ repository: full, label: target.label, configured: configured !== undefined, freeze: settings.freeze && active.length > 0, open: active, needs_postmortem: waiting })}\n`
      )
      return active.length > 0 ? 1 : 0
    }
    io.out(statusText(full, settings, configured !== undefined, active, waiting))
    return active.length > 0 ? 1 : 0
  } catch (e) {
    const { statusOf, apiErrorText } = await import('../github/status.js')
    const status = statusOf(e)
    const why = gh.isRateLimited(e)
      ? 'the GitHub API rate limit was reached; try again after it resets'
      : status === 403 || status === 404
        ? 'grant the token issues: read'
        : `the GitHub API answered ${status ?? 'with an error'}`
    io.err(
      `gonogo: the incident issues of ${full} could not be read (${why}): ${apiErrorText(e)}; the incident status is unknown\n`
    )
    return 2
  }
}

/** The text `gonogo incident status` prints. */
export function statusText(
  repository: string,
  settings: IncidentSettings,
  configured: boolean,
  active: readonly IncidentRecord[],
  waiting: readonly IncidentRecord[]
): string {
  const lines: string[] = []
  if (!configured)
    lines.push('incidents: is not in the policy file; the gate opens no incident (defaults shown).')
  const current = active[0]
  if (!current) lines.push(`${repository}: no open incident; merges are not frozen.`)
  else {
    lines.push(
      `${repository}: incident #${current.number} is open since ${current.opened_at}: ${current.url}`
    )
    if (current.first_control)
      lines.push(
        `  first failing control: ${current.first_control.control} (${current.first_control.severity}): ${current.first_control.reason}`
      )
    lines.push(`  failing commits: ${current.commits.map((c) => c.sha.slice(0, 12)).join(', ')}`)
    lines.push(
      settings.freeze
        ? `  freeze: on — pull requests into the default branch are no-go unless labelled '${settings.fix_label}'`
        : '  freeze: off (incidents.freeze: false)'
    )
    lines.push('  the freeze lifts with:')
    for (const c of liftConditions(settings)) lines.push(`    - ${c}`)
    lines.push(
      `  postmortem: cause ${current.cause === null ? 'not written' : 'written'}, corrective action ${current.corrective_action === null ? 'not written' : 'written'} (the recovery closes the issue only with both)`
    )
    for (const other of active.slice(1))
      lines.push(`  also open: incident #${other.number} (${other.url})`)
  }
  for (const w of waiting)
    lines.push(
      `incident #${w.number} recovered but is labelled ${NEEDS_POSTMORTEM_LABEL}: write its cause and corrective action, then close it (${w.url})`
    )
  return `${lines.join('\n')}\n`
}
