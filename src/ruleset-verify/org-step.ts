import { readdir, rename } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import { addSecret, info, setOutput, writeSummary } from '../io/action-output.js'
import { ConfigurationError } from '../core/errors.js'
import {
  checkPlan,
  isOrganisationName,
  isRepositoryName,
  type OrgPlan,
  type PlanFilters,
  type Shard
} from '../core/org.js'
import { parseEffectiveTime } from '../core/time.js'
import { readRunnerContext } from '../github/runner-context.js'

/** The organisation modes of action-ruleset-verify (issue 19). */
export const ORG_MODES = ['plan', 'shard', 'merge'] as const
export type OrgMode = (typeof ORG_MODES)[number]

const list = (name: string): string[] =>
  core
    .getInput(name)
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * mode: plan — list and shard the organisation's repositories; outputs `shards` (a JSON array for
 * `strategy.matrix.shard`) and `plan` (for the merge job).
 * mode: shard — verify one shard (input `shard`: `${{ toJSON(matrix.shard) }}`) within the
 * rate-limit budget and upload its reports as the artifact `gonogo-org-shard-<index>`.
 * mode: merge — the shards' artifacts downloaded into `input` (actions/download-artifact with
 * `pattern: gonogo-org-shard-*`) → org-report.json, .sarif, .md and the job summary; a shard that
 * left nothing makes its repositories unverified.
 */
export async function orgStep(mode: OrgMode): Promise<void> {
  const ctx = readRunnerContext()
  const token = core.getInput('token')
  addSecret(token)
  const effective = core.getInput('effective-time')
  const time = effective ? parseEffectiveTime(effective) : Date.now()
  const out = path.resolve(ctx.workspace, core.getInput('output') || 'gonogo-reports')
  const org = await import('./org.js')
  if (mode === 'merge') {
    const plan = parsePlan(core.getInput('plan'))
    const input = path.resolve(ctx.workspace, core.getInput('input') || 'gonogo-org')
    await shardFolders(input)
    const results = await org.readShards(input, plan)
    const w = await org.writeOrgReport({
      plan,
      results,
      generatedAt: new Date(time).toISOString(),
      output: out,
      policyPath: core.getInput('config') || '.github/gonogo.yml'
    })
    const t = w.report.totals
    // An empty plan verified nothing: unverified, never passed.
    setOutput(
      'status',
      t.failed > 0 ? 'failed' : t.unverified > 0 || t.repositories === 0 ? 'unverified' : 'passed'
    )
    setOutput('report-paths', JSON.stringify(w.paths))
    await writeSummary(w.markdown)
    info(
      `gonogo org: ${t.repositories} repositories: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified`
    )
    return
  }
  if (!token)
    throw new ConfigurationError("Input 'token' is empty: the organisation is read through the API")
  let requests = 0
  const { createClient } = await import('../github/client.js')
  const gh = createClient(token, { baseUrl: ctx.apiUrl, onRequest: () => requests++ })
  if (mode === 'plan') {
    const name = core.getInput('org') || ctx.owner
    if (!isOrganisationName(name))
      throw new ConfigurationError(`Input 'org' must be an organisation name, got '${name}'`)
    const shardsText = (core.getInput('shards') || '10').trim()
    const count = /^\d{1,3}$/.test(shardsText) ? Number(shardsText) : NaN
    if (!Number.isInteger(count) || count < 1 || count > 256)
      throw new ConfigurationError(`Input 'shards' must be a whole number from 1 to 256`)
    const visibility = list('visibility').map((v) => {
      if (v !== 'public' && v !== 'private' && v !== 'internal')
        throw new ConfigurationError(`Input 'visibility': ${v} is not public, private or internal`)
      return v
    })
    const filters: PlanFilters = {
      topics: list('topics'),
      visibility,
      include: list('include'),
      exclude: list('exclude'),
      includeArchived: core.getInput('include-archived') === 'true'
    }
    const plan = await org.planOrg({ gh, org: name, filters, shards: count })
    if (plan.shards.length === 0)
      throw new ConfigurationError(
        `the plan selects no repository of ${name} (filters: topics, visibility, include, exclude, include-archived); a matrix needs at least one shard`
      )
    setOutput('shards', JSON.stringify(plan.shards))
    setOutput('plan', JSON.stringify(plan))
    setOutput('requests', String(requests))
    const n = plan.shards.reduce((k, s) => k + s.repositories.length, 0)
    await writeSummary(
      `## gonogo org plan\n\n${n} repositories of \`${name}\` in ${plan.shards.length} shards (${requests} API requests).\n`
    )
    info(`gonogo org plan: ${n} repositories in ${plan.shards.length} shards`)
    return
  }
  const shard = parseShard(core.getInput('shard'))
  const { loadPolicy } = await import('../io/policy-file.js')
  const { Workspace } = await import('../io/workspace.js')
  const config = core.getInput('config') || '.github/gonogo.yml'
  const policy = await loadPolicy(await Workspace.open(ctx.workspace), config)
  const folder = path.join(out, `shard-${shard.index}`)
  const r = await org.verifyShard({
    gh,
    apiUrl: ctx.apiUrl,
    shard,
    policy,
    config,
    effectiveTime: time,
    output: folder,
    requestCount: () => requests
  })
  setOutput('requests', String(requests))
  setOutput('report-paths', JSON.stringify([folder]))
  const budget = [...r.reports.values()].filter((rs) =>
    rs.some((x) => x.checks.some((c) => c.id === 'api-budget'))
  ).length
  if (core.getInput('upload') !== 'false') {
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL)
      throw new ConfigurationError(
        'no ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL: run inside GitHub Actions, or set upload: false'
      )
    const { uploadFolder } = await import('../github/artifact-upload.js')
    await uploadFolder(`gonogo-org-shard-${shard.index}`, folder)
  }
  info(
    `gonogo org shard ${shard.index}: ${shard.repositories.length} repositories, ${requests} API requests${budget > 0 ? `, ${budget} left unverified: the API budget ran out` : ''}`
  )
}

function parseShard(text: string): Shard {
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch {
    throw new ConfigurationError(
      "Input 'shard' must be ${{ toJSON(matrix.shard) }} of the plan job's shards"
    )
  }
  const s = v as Partial<Shard>
  if (
    !Number.isInteger(s.index) ||
    (s.index as number) < 0 ||
    (s.index as number) > 255 ||
    !Array.isArray(s.repositories) ||
    !s.repositories.every((r) => typeof r === 'string' && isRepositoryName(r)) ||
    new Set(s.repositories).size !== s.repositories.length
  )
    throw new ConfigurationError("Input 'shard' is not a shard of the plan (index, repositories)")
  return { index: s.index as number, repositories: s.repositories, cost: Number(s.cost) || 0 }
}

function parsePlan(text: string): OrgPlan {
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch {
    throw new ConfigurationError("Input 'plan' must be the plan job's plan output (JSON)")
  }
  const checked = checkPlan(v)
  if ('error' in checked) throw new ConfigurationError(`Input 'plan': ${checked.error}`)
  return checked.plan
}

/**
 * actions/download-artifact (pattern gonogo-org-shard-*) puts each artifact in a folder named
 * after it: `gonogo-org-shard-<n>/` becomes `shard-<n>/`, the name readShards reads.
 */
async function shardFolders(dir: string): Promise<void> {
  let names: string[] = []
  try {
    names = await readdir(dir)
  } catch {
    return
  }
  for (const n of names) {
    const m = /^gonogo-org-shard-(\d{1,3})$/.exec(n)
    if (m && !names.includes(`shard-${m[1]}`))
      await rename(path.join(dir, n), path.join(dir, `shard-${m[1]}`))
  }
}

export function isOrgMode(m: string): m is OrgMode {
  return (ORG_MODES as readonly string[]).includes(m)
}
