import { AsyncLocalStorage } from 'node:async_hooks'
import { closeSync, readFileSync } from 'node:fs'
import { lstat, mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import { stableStringify } from '../core/canonical-json.js'
import { GENERATOR_VERSION, REPORT_CONTRACT } from '../core/contracts.js'
import { ConfigurationError, errorMessage, fileSystemProblem } from '../core/errors.js'
import { mapLimit } from '../core/map-limit.js'
import {
  DEFAULT_REPO_REQUESTS,
  isPlanBranchName,
  isPlanDigest,
  isRepositoryName,
  mergeOrg,
  ORG_CONTROLS,
  orgSarif,
  planDigest,
  planShards,
  sealPlan,
  selectRepos,
  type OrgPlan,
  type OrgRepo,
  type OrgReport,
  type PlanFilters,
  type Shard,
  type ShardResult
} from '../core/org.js'
import { nameGlobProblem } from '../core/name-glob.js'
import { appliedFromShard, effectivePolicy } from '../core/org-policy.js'
import type { Policy } from '../core/policy.js'
import { makeReport, type Report } from '../core/report.js'
import { validateReport } from '../generated/validators.js'
import { parseJson } from '../parsers/verdict.js'
import { REVALIDATED_HEADER, statusOf, type GitHubClient } from '../github/client.js'
import {
  listOrgRepos,
  readWorkflowsViaApi,
  remainingRequests,
  shareOrganisationRulesets
} from '../github/org-repos.js'
import { writeAllOrNothing } from '../io/atomic-write.js'
import { NotRegularFileError, openRegularFile } from '../io/hash-file.js'
import { renderOrgMarkdown } from '../render/org-markdown.js'
import { BRANCH_PROTECTION_REPORT, REQUIRED_CHECKS_REPORT, verifyRepository } from './run-verify.js'

export type { OrgPlan } from '../core/org.js'

/**
 * Lists the organisation's repositories, selects and splits them (core/org.ts), and reads the
 * plan back as its file will be read before anyone writes it (core/org.ts sealPlan): the plan
 * returned is the one read back, so `planText(plan)` is exactly the text checked and
 * `planDigest(plan)` the digest of those bytes — the digest printed and given to the shards is
 * the written file's.
 *
 * @throws ConfigurationError (nothing written, fail closed) when an include or exclude glob is
 *   outside core/name-glob.ts's language (before any request, naming it and why), when the
 *   listing holds a repository of another owner or a name that is not OWNER/NAME (naming it), or
 *   when the plan would not read back as written (naming the field, e.g. a cost the file cannot
 *   hold)
 */
export async function planOrg(o: {
  gh: GitHubClient
  org: string
  filters: PlanFilters
  shards: number
  costs?: ReadonlyMap<string, number>
  /** Told what the listing left out (entries whose name is not OWNER/NAME). */
  warn?: (message: string) => void
}): Promise<OrgPlan> {
  for (const which of ['include', 'exclude'] as const)
    for (const glob of o.filters[which] ?? []) {
      const why = nameGlobProblem(glob)
      if (why !== undefined)
        throw new ConfigurationError(
          `the ${which} glob ${JSON.stringify(glob.slice(0, 120))} is not a usable repository name glob: ${why}`
        )
    }
  const listing = await listOrgRepos(o.gh, o.org, o.warn)
  rememberDefaultBranches(o.gh, listing)
  const repos = selectRepos(listing, o.filters)
  const org = o.org.toLowerCase()
  const foreign = repos.find(
    (r) => !isRepositoryName(r.full_name) || r.full_name.split('/')[0]?.toLowerCase() !== org
  )
  if (foreign !== undefined)
    throw new ConfigurationError(
      `GET /orgs/${o.org}/repos listed ${JSON.stringify(foreign.full_name.slice(0, 200))}, not an OWNER/NAME repository of ${o.org}: no plan is written (every shard would refuse it); check the API URL and the token's organisation`
    )
  const sealed = sealPlan({
    contract: 'gonogo.org-plan/v1',
    organisation: o.org,
    shards: planShards(repos, o.shards, o.costs, o.org)
  })
  if ('error' in sealed)
    throw new ConfigurationError(`the plan for ${o.org} is not written: ${sealed.error}`)
  return sealed.plan
}

/** OWNER/NAME → default branch, as the organisation's listing gave them to this client. */
const listedDefaults = new WeakMap<GitHubClient, Map<string, string>>()

/**
 * Keeps the default branches the listing gave (GET /orgs/{org}/repos), so that a shard verified
 * with the same client (`gonogo org verify`, one process) reads neither GET /repos/{owner}/{repo}
 * nor the branch list for them.
 */
function rememberDefaultBranches(gh: GitHubClient, listing: readonly OrgRepo[]): void {
  const m = listedDefaults.get(gh) ?? new Map<string, string>()
  for (const r of listing) m.set(r.full_name.toLowerCase(), r.default_branch)
  listedDefaults.set(gh, m)
}

/** The requests kept back from a shard's budget (other steps of the job, retries). */
const BUDGET_MARGIN = 2 * DEFAULT_REPO_REQUESTS

/** Which repository the requests made in this async context are for (per-repository counts). */
const current = new AsyncLocalStorage<RepoRequests>()

/** What one repository's verification asked: how many requests, which routes answered 404. */
interface RepoRequests {
  requests: number
  notFound: Set<string>
}

/**
 * The repository-level list that answers (an empty list at least) for every repository the
 * token can see: a 404 from it means the repository is gone or hidden, not that it has no rules.
 */
const REPOSITORY_PROBE = '/repos/{owner}/{repo}/rulesets'

/** The core rate limit as the last answer's x-ratelimit-* headers gave it. */
interface LiveBudget {
  remaining?: number
  /** Answers that were 304 Not Modified (ETag cache): sent, but not counted by GitHub. */
  notModified: number
}
const budgets = new WeakMap<GitHubClient, LiveBudget>()

/**
 * Hooks a client once: every request counts for the repository whose verification made it, and
 * every answer's (or error's) `x-ratelimit-remaining` updates the live budget, so a budget spent
 * by someone else with the same installation (another shard, another workflow) is seen at once
 * (docs: "Rate limits for the REST API", checking the status of your rate limit).
 */
function watch(gh: GitHubClient): LiveBudget {
  const known = budgets.get(gh)
  if (known) return known
  const live: LiveBudget = { notModified: 0 }
  budgets.set(gh, live)
  const note = (headers: Record<string, unknown> | undefined): void => {
    const rem = Number(headers?.['x-ratelimit-remaining'])
    const resource = headers?.['x-ratelimit-resource']
    if (!Number.isFinite(rem) || (resource !== undefined && resource !== 'core')) return
    live.remaining = rem
  }
  gh.hook.before('request', () => {
    const c = current.getStore()
    if (c) c.requests++
  })
  gh.hook.after('request', (res) => {
    const headers = res.headers as Record<string, unknown>
    if (headers[REVALIDATED_HEADER] !== undefined) live.notModified++
    note(headers)
  })
  gh.hook.error('request', (e, options) => {
    note((e as { response?: { headers?: Record<string, unknown> } }).response?.headers)
    if (statusOf(e) === 404) current.getStore()?.notFound.add(String(options.url))
    throw e
  })
  return live
}

/**
 * Verify-rules for every repository of one shard, a few at once, within the rate-limit budget:
 * the remaining core requests are read first (GET /rate_limit) and then followed through every
 * answer's x-ratelimit-remaining; a repository that would start with less than its expected cost
 * for itself and for each repository still in flight (plus a margin) left is not started and is
 * `unverified` naming the budget, as is one whose verification failed (naming why). Workflows are
 * read through the contents API; the default branch comes from the listing when known (see
 * `defaultBranches`), an organisation ruleset's details are read once per client
 * (github/org-repos.ts shareOrganisationRulesets), and answers served after a 304 (ETag cache)
 * are not taken from the budget. A repository whose ruleset list answers 404 (gone since the
 * listing, or hidden) is `unverified`, never failed for the workflows it seems not to have.
 * Each repository is verified against its effective policy:
 * `branches:` with the org policy's matching overrides applied (core/org-policy.ts). Writes
 * `shard.json` (index, the plan's digest, repositories, requests each took, overrides applied to
 * each) and each repository's two reports under `<output>/<owner>/<name>/`.
 *
 * @param requestCount the client's running request count (its onRequest hook)
 * @throws Error for a repository name that is not OWNER/NAME (it would be a path out of `output`),
 *   or a `planDigest` that is not `sha256:<64 hex digits>`; ConfigurationError for a policy
 *   without `branches:`
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
  /**
   * {@link planDigest} of the plan the shard belongs to (the shard descriptor's `plan`), written
   * into shard.json: {@link readShards} reads a shard folder only when it names the digest of the
   * plan being merged, so a `shard-<n>/` left from another run never counts as this run's. A
   * shard.json written without it is never merged (its repositories are unverified).
   */
  planDigest?: string
  concurrency?: number
  /**
   * OWNER/NAME → default branch from the organisation's listing; failing that the shard's own
   * `default_branches` (the plan file's), then a listing made with the same client by
   * {@link planOrg}. Without one, the repository is read (GET /repos/{owner}/{repo}) and its
   * branches listed.
   */
  defaultBranches?: Readonly<Record<string, string>>
}): Promise<{
  reports: Map<string, Report[]>
  requests: Record<string, number>
  overrides: Record<string, string[]>
}> {
  if (o.planDigest !== undefined && !isPlanDigest(o.planDigest))
    throw new Error(
      `shard ${o.shard.index}: the plan digest ${JSON.stringify(o.planDigest.slice(0, 80))} is not sha256:<64 hex digits>`
    )
  const bad = o.shard.repositories.find((r) => !isRepositoryName(r))
  if (bad !== undefined)
    throw new Error(
      `shard ${o.shard.index}: ${JSON.stringify(bad)} is not an OWNER/NAME repository`
    )
  // Checked once here, not per repository after its workflows were read through the API.
  if (!o.policy.branches)
    throw new ConfigurationError(
      `${o.config}: no 'branches:' section; declare the protection wanted per branch (see action-ruleset-verify/README.md)`
    )
  const live = watch(o.gh)
  // Registered after watch(): a ruleset detail answered from another repository's is not counted.
  shareOrganisationRulesets(o.gh)
  const fromShard = o.shard.default_branches
  const listed = listedDefaults.get(o.gh)
  const own = (m: Readonly<Record<string, string>> | undefined, full: string): unknown =>
    m !== undefined && Object.hasOwn(m, full) ? m[full] : undefined
  const defaultOf = (full: string): string | undefined => {
    const b =
      own(o.defaultBranches, full) ?? own(fromShard, full) ?? listed?.get(full.toLowerCase())
    return isPlanBranchName(b) ? b : undefined
  }
  const remaining = await remainingRequests(o.gh)
  const start = o.requestCount()
  const freeAtStart = live.notModified
  const reports = new Map<string, Report[]>()
  const requests: Record<string, number> = {}
  // The org policy's overrides that match each repository (core/org-policy.ts).
  const overrides: Record<string, string[]> = {}
  const generatedAt = new Date(o.effectiveTime).toISOString()
  let inFlight = 0
  await mapLimit(o.shard.repositories, o.concurrency ?? 4, async (full) => {
    const [owner = '', repo = ''] = full.split('/')
    const subject = { repository: full, sha: '0'.repeat(40) }
    const effective = effectivePolicy(o.policy, full)
    if (effective.applied.length > 0) overrides[full] = effective.applied
    const used = o.requestCount() - start - (live.notModified - freeAtStart)
    const left = Math.min(
      remaining === undefined ? Infinity : remaining - used,
      live.remaining ?? Infinity
    )
    if (left < DEFAULT_REPO_REQUESTS * (1 + inFlight) + BUDGET_MARGIN) {
      reports.set(
        full,
        unverifiedReports(
          full,
          generatedAt,
          'api-budget',
          `not verified: the API budget ran out (${Math.max(0, left)} ${Math.max(0, left) === 1 ? 'request' : 'requests'} left of the rate limit when this repository's turn came); run the shard again after the rate limit resets (GET /rate_limit), or run fewer shards at once`
        )
      )
      return
    }
    inFlight++
    const count: RepoRequests = { requests: 0, notFound: new Set() }
    try {
      await current.run(count, async () => {
        const workflows = await readWorkflowsViaApi(o.gh, owner, repo)
        const defaultBranch = defaultOf(full)
        const r = await verifyRepository({
          ...(defaultBranch ? { defaultBranch, defaultBranchListed: true } : {}),
          gh: o.gh,
          apiUrl: o.apiUrl,
          owner,
          repo,
          policy: effective.policy,
          config: o.config,
          branches: [],
          workflows,
          sha: subject.sha,
          ref: '',
          effectiveTime: o.effectiveTime
        })
        // Listed, then gone (or hidden from this token): its missing workflows folder says
        // nothing about what it would produce, so nothing in it is failed or passed.
        reports.set(
          full,
          count.notFound.has(REPOSITORY_PROBE)
            ? unverifiedReports(
                full,
                generatedAt,
                'verify',
                `could not be verified: GET /repos/${full}/rulesets answered 404 (the repository is gone since the listing, or hidden from this token); grant the token access to it, or drop it from the plan`
              )
            : [r.branchProtection, r.requiredChecks]
        )
      })
    } catch (e) {
      reports.set(
        full,
        unverifiedReports(full, generatedAt, 'verify', `could not be verified: ${errorMessage(e)}`)
      )
    } finally {
      inFlight--
    }
    requests[full] = count.requests
  })
  const files = [
    {
      name: 'shard.json',
      content: `${stableStringify({
        index: o.shard.index,
        ...(o.planDigest !== undefined ? { plan: o.planDigest } : {}),
        repositories: o.shard.repositories,
        requests,
        overrides
      })}\n`
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
  return { reports, requests, overrides }
}

/** Both reports of a repository that was not verified, with the same unverified check. */
function unverifiedReports(
  full: string,
  generatedAt: string,
  id: string,
  message: string
): Report[] {
  return ORG_CONTROLS.map((control) =>
    makeReport({
      control,
      subject: { repository: full, sha: '0'.repeat(40) },
      generatedAt,
      generator: 'ruleset-verify',
      checks: [{ id, status: 'unverified', message }]
    })
  )
}

/** Largest shard.json or report read back (a report of one repository is a few KiB). */
const MAX_ARTIFACT_FILE_BYTES = 8 * 1024 * 1024

/**
 * A shard's JSON file read as every report is (parsers/verdict.ts parseJson): a key written twice
 * (`"status":"failed", … "status":"passed"`), NUL bytes or malformed JSON are refused. Opened
 * without following a symbolic link (io/hash-file.ts openRegularFile: an artifact holds none, and
 * one could point anywhere on the runner) and checked on the descriptor to be a regular file.
 *
 * @throws the open error (ENOENT, EACCES, ELOOP for a link…) or an Error naming what is wrong
 */
function readJson(file: string): unknown {
  const { fd, size } = openRegularFile(file)
  let text: string
  try {
    if (size > MAX_ARTIFACT_FILE_BYTES)
      throw new Error(`larger than ${MAX_ARTIFACT_FILE_BYTES} bytes`)
    text = readFileSync(fd, 'utf8')
  } finally {
    closeSync(fd)
  }
  const parsed = parseJson(text, path.basename(file))
  if (!parsed.ok) throw new Error(parsed.verdict.message)
  return parsed.value
}

/** Error codes the read of a file or folder of the input can end in, and what they mean. */
function codeOf(e: unknown): string | undefined {
  const c = (e as { code?: unknown } | null)?.code
  return typeof c === 'string' ? c : undefined
}

/**
 * Why `rel` (a path inside the merge's input, for messages) could not be read: a symbolic link
 * (ELOOP from an O_NOFOLLOW open) named as such, a file-system error as its reason and code
 * (`permission denied (EACCES)`), anything else by its message.
 */
function readProblem(rel: string, e: unknown): string {
  const code = codeOf(e)
  if (code === 'ELOOP') return `${rel} is a symbolic link; artifacts hold none`
  if (e instanceof NotRegularFileError) return `${rel} is not a regular file`
  const reason = fsReason(e)
  if (reason !== undefined) return `${rel} could not be read: ${reason}`
  return `${rel} unreadable (${errorMessage(e)})`
}

/**
 * core/errors.ts fileSystemProblem without the path it starts with (`permission denied
 * (EACCES)`), for a message that names the path its own way; undefined when `e` is not one.
 * The reasons hold no `: `, so the last one ends the path (which may hold one).
 */
function fsReason(e: unknown): string | undefined {
  const fs = fileSystemProblem(e)
  return fs === undefined ? undefined : fs.slice(fs.lastIndexOf(': ') + 2)
}

/**
 * What is at `abs` (named `rel` in messages) when it is not a plain folder: a symbolic link, a
 * file, or the lstat error; undefined for a folder, null when nothing is there (ENOENT). Never
 * follows a link.
 */
async function folderProblem(abs: string, rel: string): Promise<string | null | undefined> {
  try {
    const st = await lstat(abs)
    if (st.isSymbolicLink()) return `${rel} is a symbolic link; artifacts hold none`
    if (!st.isDirectory()) return `${rel} is not a folder`
    return undefined
  } catch (e) {
    return codeOf(e) === 'ENOENT' ? null : readProblem(rel, e)
  }
}

/**
 * What each shard left in `dir` (`shard-<index>/` folders, as the shard jobs' artifacts are
 * downloaded): its reports by repository, read and checked against gonogo.report/v1, and the
 * requests each repository took. A shard without a readable `shard.json`, whose `shard.json` is
 * for another index, lists other repositories than the plan's shard, or does not name this plan's
 * digest ({@link planDigest}; `plan` of shard.json, written by {@link verifyShard} — a folder left
 * from an earlier run, or written by an earlier version, names another digest or none) is not
 * reported: its repositories become unverified in the merge, never passed. When `dir` itself
 * holds a shard.json (the shards' artifacts downloaded into one folder, download-artifact's
 * `merge-multiple: true`, each overwriting the last one's), every missing shard's reason says so.
 * A report that is absent, not valid, about another repository, or whose control is not its
 * file's, is left out (the merge marks that control `(not reported)`, unverified). Reports of
 * repositories outside the plan's shard are not read. Nothing is read through a symbolic link
 * (folders by lstat, files opened O_NOFOLLOW): a shard folder, repository folder or report that
 * is a link, or that cannot be read for another reason than being absent (EACCES…), makes the
 * whole shard not reported, its reason naming the path and the error (a downloaded artifact
 * holds neither). A `dir` that is missing or unreadable makes every shard not reported, the
 * reason naming the folder and saying to download the artifacts into it. Never throws for what
 * is in `dir`.
 */
export async function readShards(dir: string, plan: OrgPlan): Promise<ShardResult[]> {
  const out: ShardResult[] = []
  const digest = planDigest(plan)
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (e) {
    // No shard can be read: say why the folder could not be, not that every shard job failed.
    const code = codeOf(e)
    const problem =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'ENOTDIR'
          ? 'is not a folder'
          : `cannot be read (${fsReason(e) ?? errorMessage(e)})`
    const why = `the input folder ${dir} ${problem}: download the shard artifacts into it (path: ${dir}, one folder per artifact); nothing of this shard was read`
    return plan.shards.map((shard) => ({ index: shard.index, why }))
  }
  const merged = names.includes('shard.json')
    ? `; the input folder itself holds a shard.json: the shards' artifacts were downloaded into one folder (download-artifact merge-multiple: true), where each overwrites the last; download them without merge-multiple, so each lands in its own folder`
    : ''
  for (const shard of plan.shards) {
    const label = `shard-${shard.index}`
    const folder = path.join(dir, label)
    if (!names.includes(label)) {
      out.push({
        index: shard.index,
        why: `no artifact ${label} (the job failed or never ran)${merged}`
      })
      continue
    }
    const notFolder = await folderProblem(folder, label)
    if (notFolder !== undefined) {
      out.push({
        index: shard.index,
        why: `${notFolder ?? `${label} is gone since the folder was listed`}; the shard is not read`
      })
      continue
    }
    let meta: {
      index?: unknown
      plan?: unknown
      repositories?: unknown
      requests?: unknown
      overrides?: unknown
    }
    try {
      const doc = readJson(path.join(folder, 'shard.json'))
      if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new Error('not a JSON object')
      meta = doc
    } catch (e) {
      const rel = `${label}/shard.json`
      out.push({
        index: shard.index,
        why:
          codeOf(e) === 'ENOENT'
            ? `${rel} is missing; the shard job did not finish`
            : codeOf(e) !== undefined || e instanceof NotRegularFileError
              ? `${readProblem(rel, e)}; the shard is not read`
              : `${rel} unreadable (${errorMessage(e)}); the shard job did not finish`
      })
      continue
    }
    if (meta.index !== shard.index) {
      out.push({
        index: shard.index,
        why: `${label}/shard.json is for shard ${JSON.stringify(meta.index)}, not ${shard.index}`
      })
      continue
    }
    const listed = Array.isArray(meta.repositories) ? meta.repositories.map(String).sort() : []
    const wanted = [...shard.repositories].sort()
    if (listed.length !== wanted.length || listed.some((r, i) => r !== wanted[i])) {
      out.push({
        index: shard.index,
        why: `${label}/shard.json lists other repositories than shard ${shard.index} of the plan (an artifact of another plan?)`
      })
      continue
    }
    if (meta.plan !== digest) {
      const named = isPlanDigest(meta.plan)
        ? `is from another plan (${String(meta.plan)})`
        : 'names no plan digest (left by an earlier version, or not by a shard of this run)'
      out.push({
        index: shard.index,
        why: `${label} ${named}, not this run's (${digest}); delete the folder or download this run's artifacts`
      })
      continue
    }
    const requests = new Map<string, number>()
    const measured = meta.requests as Record<string, unknown> | undefined
    const reports = new Map<string, Report[]>()
    // A link, or a file or folder that cannot be read (anything but absent), is not what the
    // shard uploaded (a download makes neither): the shard is not read, its reason naming it.
    let broken: string | undefined
    for (const full of shard.repositories) {
      if (!isRepositoryName(full)) continue
      const n = measured?.[full]
      if (typeof n === 'number' && Number.isInteger(n) && n >= 0) requests.set(full, n)
      const [owner = '', name = ''] = full.split('/')
      const ownerDir = path.join(folder, owner)
      const repoDir = path.join(ownerDir, name)
      const folders: [string, string][] = [
        [ownerDir, `${label}/${owner}`],
        [repoDir, `${label}/${full}`]
      ]
      let absent = false
      for (const [abs, rel] of folders) {
        const problem = await folderProblem(abs, rel)
        if (problem === null) absent = true
        else if (problem !== undefined) broken = problem
        if (problem !== undefined) break
      }
      if (broken !== undefined) break
      if (absent) continue
      const rs: Report[] = []
      for (const [control, f] of [
        ['branch-protection', BRANCH_PROTECTION_REPORT],
        ['required-checks', REQUIRED_CHECKS_REPORT]
      ] as const) {
        let doc: unknown
        try {
          doc = readJson(path.join(repoDir, f))
        } catch (e) {
          const code = codeOf(e)
          // Absent, or not a report: the merge marks this control not reported.
          if (code === 'ENOENT' || (code === undefined && !(e instanceof NotRegularFileError)))
            continue
          broken = readProblem(`${label}/${full}/${f}`, e)
          break
        }
        if (
          validateReport(doc) &&
          (doc as Report).contract === REPORT_CONTRACT &&
          (doc as Report).control === control &&
          (doc as Report).subject.repository === full
        )
          rs.push(doc as Report)
      }
      if (broken !== undefined) break
      if (rs.length > 0) reports.set(full, rs)
    }
    if (broken !== undefined) {
      out.push({ index: shard.index, why: `${broken}; the shard is not read` })
      continue
    }
    out.push({
      index: shard.index,
      reports,
      requests,
      overrides: appliedFromShard(meta.overrides, shard.repositories)
    })
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
