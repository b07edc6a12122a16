import { stat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigurationError, errorMessage } from '../core/errors.js'
import { mapLimit } from '../core/map-limit.js'
import type { Policy } from '../core/policy.js'
import { writeAllOrNothing } from '../io/atomic-write.js'
import {
  costsFromReport,
  isOrganisationName,
  MAX_SHARDS,
  planDigest,
  planText,
  type OrgPlan,
  type PlanFilters,
  type ShardResult
} from '../core/org.js'
import { unmatchedOverrides } from '../core/org-policy.js'
import { parseJson } from '../parsers/verdict.js'
import {
  misplacedShards,
  SHARD_ARTIFACT_PREFIX,
  shardFolders
} from '../ruleset-verify/shard-folders.js'
import { repositories, requestCount, shardCount } from '../ruleset-verify/org-text.js'
import { readFileAtMost, readPlanFile } from '../ruleset-verify/plan-file.js'
import { effectiveTimeOption, type Io } from './main.js'

export const ORG_USAGE = `Options for org plan|verify|merge (token from $GITHUB_TOKEN, API from $GITHUB_API_URL):
  --org NAME                the organisation (plan, verify)
  --shards N                how many shards (1-256, default 10)
  --topic T, --visibility public|private|internal, --include GLOB, --exclude GLOB
                            which repositories (repeatable, or comma-separated as the
                            action's inputs: --include 'svc-*,api-*'; archived ones only
                            with --include-archived)
  --config FILE             verify: the policy with branches: and org.overrides (default
                            .github/gonogo.yml); plan: checked against the plan when present
  --plan FILE               merge: the plan (default org-plan.json); plan: where it goes
  --costs FILE              plan, verify: a previous org-report.json; the requests each
                            repository took balance the shards
  --plan-digest DIGEST      merge: refuse a plan whose digest (sha256:…, printed by plan)
                            is not this one
  --input DIR               merge: the shard-<n>/ folders, or the gonogo-org-shard-<n>/
                            folders of gh run download --dir DIR (default gonogo-org;
                            a downloaded gonogo-org-shard-<n>/ replaces a shard-<n>/)
  --output DIR              verify, merge: org-report.json, .sarif and .md (default gonogo-org)
  --etag-cache DIR          plan, verify: conditional requests (ETags) through this folder;
                            keep it between runs (answers 304 Not Modified do not count
                            against the rate limit)
  --effective-time TIME     the time in the reports (default: now)

Exit codes:
  0  plan: the plan is written; verify, merge: every repository passed
  1  verify, merge: a repository failed or is unverified, or the plan is empty; plan: the plan
     is empty (written, nothing to verify); plan, verify: the organisation's repositories could
     not be listed (an API failure: the message names the answer and what to do; no plan is
     written, nothing is verified)
  2  usage or configuration error (an option, a file, GITHUB_TOKEN, GITHUB_API_URL)
`

const OPTIONS = {
  org: { type: 'string' },
  shards: { type: 'string', default: '10' },
  topic: { type: 'string', multiple: true },
  visibility: { type: 'string', multiple: true },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'include-archived': { type: 'boolean', default: false },
  config: { type: 'string', default: '.github/gonogo.yml' },
  plan: { type: 'string', default: 'org-plan.json' },
  'plan-digest': { type: 'string' },
  costs: { type: 'string' },
  input: { type: 'string', default: 'gonogo-org' },
  output: { type: 'string', default: 'gonogo-org' },
  'effective-time': { type: 'string' },
  'etag-cache': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false }
} as const

/**
 * `gonogo org plan|verify|merge` (issue 19): plan lists and shards the organisation's
 * repositories; verify plans and runs every shard in this process (two at a time) then merges;
 * merge reads `shard-<n>/` folders (the shard jobs' artifacts; `gonogo-org-shard-<n>/` as
 * `gh run download` names them is renamed first, ruleset-verify/shard-folders.ts) into one
 * organisation report, refusing a plan whose digest is not `--plan-digest` when given.
 * `--etag-cache DIR` makes plan's and verify's GET requests conditional through that folder
 * (github/etag-cache.ts); nothing is cached without it.
 * Exit (also in {@link ORG_USAGE}): plan 0 when written; verify and merge 0 when every repository
 * passed, 1 otherwise; 1 for an empty plan and for a listing the API failed (github/org-repos.ts
 * OrgListingError: nothing planned nor verified, the message on stderr); 2 usage or configuration.
 */
export async function orgCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: OPTIONS,
    allowPositionals: true,
    strict: true
  })
  const [sub, ...extra] = positionals
  if (values.help) {
    io.out(ORG_USAGE)
    return 0
  }
  if (!sub || extra.length > 0 || !['plan', 'verify', 'merge'].includes(sub))
    throw new ConfigurationError(
      'usage: gonogo org plan|verify|merge [options]; run gonogo org --help'
    )
  const at = (p: string): string => path.resolve(io.cwd, p)
  const time = effectiveTimeOption(values['effective-time'])
  const { readShards, writeOrgReport, planOrg, verifyShard } =
    await import('../ruleset-verify/org.js')
  if (values['plan-digest'] !== undefined && sub !== 'merge')
    throw new ConfigurationError('--plan-digest is for gonogo org merge only')
  if (sub === 'merge') {
    const wanted = values['plan-digest']?.trim()
    const plan = await readPlanFile(at(values.plan), {
      hint: 'run gonogo org plan',
      expected:
        wanted === undefined
          ? undefined
          : {
              digest: wanted,
              mismatch: (digest) =>
                `${at(values.plan)} has the digest ${digest}, not ${JSON.stringify(wanted.slice(0, 80))} (--plan-digest); merge with the plan the shards were verified against`
            }
    })
    const input = at(values.input)
    const misplaced = await misplacedShards(input, io.cwd)
    if (misplaced) {
      const fix = `download the shards with gh run download RUN_ID --pattern '${SHARD_ARTIFACT_PREFIX}*' --dir ${values.input} (one folder per artifact)`
      throw new ConfigurationError(
        misplaced === 'merged'
          ? `${input} holds a shard.json but no ${SHARD_ARTIFACT_PREFIX}<n> or shard-<n> folder: a shard artifact was downloaded into the folder itself (gh run download --name extracts there); ${fix}`
          : `${input} holds no ${SHARD_ARTIFACT_PREFIX}<n> folder, but ${io.cwd} does (gh run download without --dir downloads there); ${fix}, or pass --input .`
      )
    }
    const renamed = await shardFolders(input)
    if (renamed.length > 0) io.err(`gonogo org merge: read ${renamed.join(', ')}\n`)
    const results = await readShards(input, plan)
    return report(
      io,
      await writeOrgReport({
        plan,
        results,
        generatedAt: new Date(time).toISOString(),
        output: at(values.output),
        policyPath: values.config
      })
    )
  }
  const org = values.org ?? ''
  if (!isOrganisationName(org))
    throw new ConfigurationError(`--org must be an organisation name, got ${JSON.stringify(org)}`)
  const shards = /^\d{1,3}$/.test(values.shards) ? Number(values.shards) : NaN
  if (!Number.isInteger(shards) || shards < 1 || shards > MAX_SHARDS)
    throw new ConfigurationError(
      `--shards must be a whole number from 1 to ${MAX_SHARDS}, got ${JSON.stringify(values.shards)}`
    )
  const visibility = commaList(values.visibility).map((v) => {
    if (v !== 'public' && v !== 'private' && v !== 'internal')
      throw new ConfigurationError(`--visibility must be public, private or internal, got ${v}`)
    return v
  })
  const topics = commaList(values.topic)
  const include = commaList(values.include)
  const exclude = commaList(values.exclude)
  const filters: PlanFilters = {
    ...(topics.length ? { topics } : {}),
    ...(visibility.length ? { visibility } : {}),
    ...(include.length ? { include } : {}),
    ...(exclude.length ? { exclude } : {}),
    includeArchived: values['include-archived']
  }
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? ''
  if (!token)
    throw new ConfigurationError(
      "set GITHUB_TOKEN to a token that can read the organisation's repositories (a GitHub App installation token: metadata, contents and administration read)"
    )
  const apiUrl = io.env.GITHUB_API_URL ?? 'https://api.github.com'
  if (!/^https?:$/.test(urlProtocol(apiUrl)))
    throw new ConfigurationError(
      `GITHUB_API_URL is not an http(s) URL (${JSON.stringify(apiUrl.slice(0, 120))}); set it to the REST API's root: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server`
    )
  let requests = 0
  const { createClient, EtagCache } = await import('../github/client.js')
  const cacheDir = values['etag-cache']
  if (cacheDir !== undefined && cacheDir.trim() === '')
    throw new ConfigurationError('--etag-cache needs a folder (it is created when missing)')
  const etagCache = cacheDir !== undefined ? new EtagCache(at(cacheDir)) : undefined
  const gh = createClient(token, {
    baseUrl: apiUrl,
    onRequest: () => requests++,
    ...(etagCache ? { etagCache } : {})
  })
  // The 304s among the requests: sent, answered from the cache, not counted by GitHub.
  const notModified = (): string =>
    etagCache
      ? `, ${etagCache.stats.notModified} answered 304 Not Modified (not counted against the rate limit)`
      : ''
  const costs = values.costs ? await readCosts(at(values.costs)) : undefined
  // verify: a missing or unreadable policy fails before the organisation is listed; plan reads
  // it when it is there, to warn of overrides that match nothing.
  const policy =
    sub === 'verify' || (await exists(at(values.config)))
      ? await readPolicy(io.cwd, values.config)
      : undefined
  let plan: OrgPlan
  try {
    plan = await planOrg({
      gh,
      org,
      filters,
      shards,
      ...(costs ? { costs } : {}),
      warn: (m) => io.err(`warning: ${m}\n`)
    })
  } catch (e) {
    // The API failed the listing: nothing is planned or verified (exit 1, as an empty plan), and
    // the message says what it answered and what to do; not a usage error.
    const { OrgListingError } = await import('../github/org-repos.js')
    if (!(e instanceof OrgListingError)) throw e
    io.err(`gonogo org ${sub}: ${e.message}\n`)
    return 1
  }
  await etagCache?.flush()
  const planned = plan.shards.flatMap((s) => s.repositories)
  for (const u of policy ? unmatchedOverrides(policy, planned) : [])
    io.err(`warning: ${values.config}: ${u.message}\n`)
  if (sub === 'plan' || policy === undefined) {
    const file = at(values.plan)
    await writeAllOrNothing(path.dirname(file), [
      { name: path.basename(file), content: planText(plan) }
    ])
    const n = planned.length
    io.out(
      `plan: ${repositories(n)} of ${org} in ${shardCount(plan.shards.length)} (${requestCount(requests)}${notModified()})\n  ${at(values.plan)} (${planDigest(plan)})\n`
    )
    if (n === 0) {
      io.err(
        `gonogo org plan: no repository of ${org} is selected (check the token's access and the filters): nothing would be verified\n`
      )
      return 1
    }
    return 0
  }
  const out = at(values.output)
  const digest = planDigest(plan)
  const results: ShardResult[] = await mapLimit(plan.shards, 2, async (shard) => {
    const r = await verifyShard({
      gh,
      apiUrl,
      shard,
      policy,
      config: values.config,
      effectiveTime: time,
      output: path.join(out, `shard-${shard.index}`),
      planDigest: digest,
      requestCount: () => requests
    })
    return {
      index: shard.index,
      reports: r.reports,
      requests: new Map(Object.entries(r.requests)),
      overrides: new Map(Object.entries(r.overrides))
    }
  })
  // The cache's writes are queued behind the answers: all on disk before the command ends.
  await etagCache?.flush()
  const written = await writeOrgReport({
    plan,
    results,
    generatedAt: new Date(time).toISOString(),
    output: out,
    policyPath: values.config
  })
  const repos = written.report.totals.repositories
  io.out(
    `  API requests: ${requests} (${repos > 0 ? (requests / repos).toFixed(1) : '0'} per repository)${notModified()}\n`
  )
  return report(io, written)
}

function report(
  io: Io,
  w: {
    report: {
      totals: Record<string, number>
      repositories: { repository: string; status: string }[]
    }
    paths: string[]
  }
): number {
  const t = w.report.totals
  io.out(
    `org: ${repositories(t.repositories ?? 0)}: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified\n`
  )
  for (const r of w.report.repositories.filter((x) => x.status !== 'passed').slice(0, 20))
    io.out(`  [${r.status}] ${r.repository}\n`)
  io.out(`  reports: ${w.paths.join(', ')}\n`)
  if (t.repositories === 0) {
    io.out('  no repository in the plan: nothing was verified\n')
    return 1
  }
  return t.failed === 0 && t.unverified === 0 ? 0 : 1
}

/** The policy verify checks every repository against (loaded on demand, as the gate loads it). */
async function readPolicy(cwd: string, config: string): Promise<Policy> {
  const { loadPolicy } = await import('../io/policy-file.js')
  const { Workspace } = await import('../io/workspace.js')
  return loadPolicy(await Workspace.open(cwd), config)
}

/** Whether a file (or anything) is at the path; a plan reads the policy only when it is. */
async function exists(file: string): Promise<boolean> {
  try {
    await stat(file)
    return true
  } catch {
    return false
  }
}

/** Largest org report read for --costs (about 300 bytes a repository: 100,000 are under 64 MiB). */
const MAX_COSTS_BYTES = 128 * 1024 * 1024

/**
 * Measured costs from a previous org-report.json (see costsFromReport), read as reports are: at
 * most {@link MAX_COSTS_BYTES}, a key written twice refused (parsers/verdict.ts parseJson), and
 * only a `gonogo.org-report/v1` document with a `repositories` list — anything else (the plan,
 * another report) would silently plan with the default costs.
 *
 * @throws ConfigurationError naming the file, the problem and what to give instead
 */
async function readCosts(file: string): Promise<Map<string, number>> {
  const hint =
    'give --costs the org-report.json of an earlier gonogo org verify or merge, or drop --costs'
  let text: string
  try {
    text = await readFileAtMost(file, MAX_COSTS_BYTES)
  } catch (e) {
    throw new ConfigurationError(`${file}: not a readable org report (${errorMessage(e)}); ${hint}`)
  }
  const parsed = parseJson(text, file)
  if (!parsed.ok) throw new ConfigurationError(`${parsed.verdict.message}; ${hint}`)
  const doc = parsed.value as { contract?: unknown; repositories?: unknown } | null
  const contract =
    typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc.contract : undefined
  if (contract !== 'gonogo.org-report/v1' || !Array.isArray(doc?.repositories))
    throw new ConfigurationError(
      `${file}: not a gonogo.org-report/v1 org report (${typeof contract === 'string' ? `its contract is ${JSON.stringify(contract.slice(0, 60))}` : 'no contract'}${contract === 'gonogo.org-report/v1' ? ', no repositories list' : ''}); ${hint}`
    )
  return costsFromReport(doc)
}

/** The protocol of a URL (`https:`), or '' when it is not one. */
function urlProtocol(u: string): string {
  try {
    return new URL(u).protocol
  } catch {
    return ''
  }
}

/**
 * An option given once or more, each value split on commas (as the action splits its inputs),
 * trimmed, empty parts dropped: `--include 'a,b' --include c` is [a, b, c].
 */
function commaList(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)
}
