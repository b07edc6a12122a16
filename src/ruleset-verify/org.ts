import { mkdir, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { stableStringify } from '../core/canonical-json.js'
import { REPORT_CONTRACT } from '../core/contracts.js'
import { errorMessage } from '../core/errors.js'
import { mapLimit } from '../core/map-limit.js'
import {
  DEFAULT_REPO_REQUESTS,
  mergeOrg,
  orgSarif,
  planShards,
  renderOrgMarkdown,
  selectRepos,
  type OrgReport,
  type PlanFilters,
  type Shard,
  type ShardResult
} from '../core/org.js'
import type { Policy } from '../core/policy.js'
import { makeReport, type Report } from '../core/report.js'
import { GENERATOR_VERSION } from '../core/contracts.js'
import { validateReport } from '../generated/validators.js'
import type { GitHubClient } from '../github/client.js'
import { listOrgRepos, readWorkflowsViaApi, remainingRequests } from '../github/org-repos.js'
import { writeAllOrNothing } from '../io/atomic-write.js'
import { BRANCH_PROTECTION_REPORT, REQUIRED_CHECKS_REPORT, verifyRepository } from './run-verify.js'

/** The organisation's plan: what `mode: plan` outputs and `mode: merge` reads back. */
export interface OrgPlan {
  contract: 'gonogo.org-plan/v1'
  organisation: string
  shards: Shard[]
}

/** Lists the organisation's repositories, selects and splits them (core/org.ts). */
export async function planOrg(o: {
  gh: GitHubClient
  org: string
  filters: PlanFilters
  shards: number
  costs?: ReadonlyMap<string, number>
}): Promise<OrgPlan> {
  const repos = selectRepos(await listOrgRepos(o.gh, o.org), o.filters)
  return {
    contract: 'gonogo.org-plan/v1',
    organisation: o.org,
    shards: planShards(repos, o.shards, o.costs)
  }
}

/** The requests kept back from a shard's budget (other steps of the job, retries). */
const BUDGET_MARGIN = 2 * DEFAULT_REPO_REQUESTS

/**
 * Verify-rules for every repository of one shard, a few at once, within the rate-limit budget:
 * the remaining core requests are read first (GET /rate_limit); a repository that would start
 * with less than its expected cost (plus a margin) left is not started and is `unverified` naming
 * the budget, as is one whose verification failed (naming why). Workflows are read through the
 * contents API. Writes `shard.json` (index, repositories, requests each took) and each
 * repository's two reports under `<output>/<owner>/<name>/`.
 *
 * @param requestCount the client's running request count (its onRequest hook)
 */
export async function verifyShard(o: {
  gh: GitHubClient
  apiUrl: string
  shard: Shard
  policy: Policy
  config: string
  effectiveTime: number
  output: string
  requestCount: () => number
  concurrency?: number
}): Promise<{ reports: Map<string, Report[]>; requests: Record<string, number> }> {
  const remaining = await remainingRequests(o.gh)
  const start = o.requestCount()
  const reports = new Map<string, Report[]>()
  const requests: Record<string, number> = {}
  const generatedAt = new Date(o.effectiveTime).toISOString()
  await mapLimit(o.shard.repositories, o.concurrency ?? 4, async (full) => {
    const [owner = '', repo = ''] = full.split('/')
    const subject = { repository: full, sha: '0'.repeat(40) }
    const used = o.requestCount() - start
    if (remaining !== undefined && remaining - used < DEFAULT_REPO_REQUESTS + BUDGET_MARGIN) {
      reports.set(full, [
        unverifiedReport(
          full,
          generatedAt,
          'api-budget',
          `not verified: the API budget ran out (${Math.max(0, remaining - used)} requests left of the rate limit when this repository's turn came); run the shard again after the reset, or plan more shards`
        )
      ])
      return
    }
    const before = o.requestCount()
    try {
      const workflows = await readWorkflowsViaApi(o.gh, owner, repo)
      const r = await verifyRepository({
        gh: o.gh,
        apiUrl: o.apiUrl,
        owner,
        repo,
        policy: o.policy,
        config: o.config,
        branches: [],
        workflows,
        sha: subject.sha,
        ref: '',
        effectiveTime: o.effectiveTime
      })
      reports.set(full, [r.branchProtection, r.requiredChecks])
    } catch (e) {
      reports.set(full, [
        unverifiedReport(full, generatedAt, 'verify', `could not be verified: ${errorMessage(e)}`)
      ])
    }
    requests[full] = o.requestCount() - before
  })
  const files = [
    {
      name: 'shard.json',
      content: `${stableStringify({ index: o.shard.index, repositories: o.shard.repositories, requests })}\n`
    }
  ]
  await mkdir(o.output, { recursive: true })
  for (const [full, rs] of [...reports].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const dir = path.join(o.output, ...full.split('/'))
    await writeAllOrNothing(
      dir,
      rs.map((r) => ({
        name: r.control === 'required-checks' ? REQUIRED_CHECKS_REPORT : BRANCH_PROTECTION_REPORT,
        content: `${stableStringify(r)}\n`
      }))
    )
  }
  await writeAllOrNothing(o.output, files)
  return { reports, requests }
}

function unverifiedReport(full: string, generatedAt: string, id: string, message: string): Report {
  return makeReport({
    control: 'branch-protection',
    subject: { repository: full, sha: '0'.repeat(40) },
    generatedAt,
    generator: 'ruleset-verify',
    checks: [{ id, status: 'unverified', message }]
  })
}

/**
 * What each shard left in `dir` (`shard-<index>/` folders, as the shard jobs' artifacts are
 * downloaded): its reports by repository, read and checked against gonogo.report/v1. A shard
 * without `shard.json`, or whose `shard.json` does not list the plan's repositories, is missing
 * (its repositories become unverified in the merge); a report that is not valid is left out (its
 * repository becomes unverified).
 */
export async function readShards(dir: string, plan: OrgPlan): Promise<ShardResult[]> {
  const out: ShardResult[] = []
  let names: string[] = []
  try {
    names = await readdir(dir)
  } catch {
    names = []
  }
  for (const shard of plan.shards) {
    const folder = path.join(dir, `shard-${shard.index}`)
    if (!names.includes(`shard-${shard.index}`)) {
      out.push({
        index: shard.index,
        why: `no artifact shard-${shard.index} (the job failed or never ran)`
      })
      continue
    }
    let meta: { index?: unknown; repositories?: unknown }
    try {
      meta = JSON.parse(await readFile(path.join(folder, 'shard.json'), 'utf8')) as typeof meta
    } catch (e) {
      out.push({
        index: shard.index,
        why: `shard-${shard.index}/shard.json unreadable (${errorMessage(e)})`
      })
      continue
    }
    if (meta.index !== shard.index) {
      out.push({
        index: shard.index,
        why: `shard-${shard.index}/shard.json is for shard ${String(meta.index)}`
      })
      continue
    }
    const reports = new Map<string, Report[]>()
    for (const full of shard.repositories) {
      const rs: Report[] = []
      for (const f of [BRANCH_PROTECTION_REPORT, REQUIRED_CHECKS_REPORT]) {
        try {
          const doc: unknown = JSON.parse(
            await readFile(path.join(folder, ...full.split('/'), f), 'utf8')
          )
          if (
            validateReport(doc) &&
            (doc as Report).contract === REPORT_CONTRACT &&
            (doc as Report).subject.repository === full
          )
            rs.push(doc as Report)
        } catch {
          /* absent or unreadable: the repository shows as not (fully) reported */
        }
      }
      if (rs.length > 0) reports.set(full, rs)
    }
    out.push({ index: shard.index, reports })
  }
  return out
}

/** Writes org-report.json, org-report.sarif and org-report.md; returns the report. */
export async function writeOrgReport(o: {
  plan: OrgPlan
  results: readonly ShardResult[]
  generatedAt: string
  output: string
  policyPath: string
}): Promise<{ report: OrgReport; markdown: string; paths: string[] }> {
  const report = mergeOrg({
    organisation: o.plan.organisation,
    generatedAt: o.generatedAt,
    plan: o.plan.shards,
    results: o.results
  })
  const markdown = renderOrgMarkdown(report)
  const paths = await writeAllOrNothing(o.output, [
    { name: 'org-report.json', content: `${stableStringify(report)}\n` },
    {
      name: 'org-report.sarif',
      content: `${JSON.stringify(orgSarif(report, o.policyPath, GENERATOR_VERSION), null, 2)}\n`
    },
    { name: 'org-report.md', content: markdown }
  ])
  return { report, markdown, paths }
}
