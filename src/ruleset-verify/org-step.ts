import { stat } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import { addSecret, info, setOutput, warning, writeSummary } from '../io/action-output.js'
import { ConfigurationError, errorMessage } from '../core/errors.js'
import {
  ACTIONS_OUTPUT_MAX_BYTES,
  checkShardRef,
  isOrganisationName,
  MAX_SHARDS,
  outputBytes,
  planDigest,
  planText,
  shardOfPlan,
  shardRefs,
  type OrgPlan,
  type PlanFilters,
  type ShardRef
} from '../core/org.js'
import { unmatchedOverrides } from '../core/org-policy.js'
import type { Policy } from '../core/policy.js'
import type { ReportStatus } from '../core/status.js'
import { parseEffectiveTime } from '../core/time.js'
import { readRunnerContext } from '../github/runner-context.js'
import { parseJson } from '../parsers/verdict.js'
import { misplacedShards, SHARD_ARTIFACT_PREFIX, shardFolders } from './shard-folders.js'
import { orgStatus, repositories, requestCount, shardCount } from './org-text.js'
import { readPlanFile } from './plan-file.js'
import { isWithin } from '../io/bundle-copy.js'
import { escapeText } from '../render/escape.js'

/** The organisation modes of action-ruleset-verify (issue 19). */
export const ORG_MODES = ['plan', 'shard', 'merge'] as const
export type OrgMode = (typeof ORG_MODES)[number]

/** The artifact the plan job uploads, and the file in it. */
export const PLAN_ARTIFACT = 'gonogo-org-plan'
export const PLAN_FILE = 'org-plan.json'
/** Where the shard and merge jobs read the plan: actions/download-artifact `name: gonogo-org-plan, path: gonogo-org-plan`. */
export const DEFAULT_PLAN_PATH = `${PLAN_ARTIFACT}/${PLAN_FILE}`
/**
 * What one organisation step did: the status it outputs (shard: the worst of its repositories'
 * reports; merge: the worst of the organisation's, an empty plan unverified; plan: none) and the
 * line the caller logs, or fails the step with when `fail-on` is reached (main.ts: merge only).
 */
export interface OrgStepResult {
  status?: ReportStatus
  line: string
  /**
   * Set when the step must fail whatever `fail-on` says, after its outputs and summary are
   * written: the artifact upload failed (plan, shard), so the results are in the job's log,
   * summary and `status` output but no later job can download them. Says what to do.
   */
  error?: string
}

const list = (name: string): string[] =>
  core
    .getInput(name)
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * mode: plan — list and shard the organisation's repositories; writes the plan file
 * (`<output>/gonogo-org-plan/org-plan.json`) and uploads it as the artifact `gonogo-org-plan`;
 * outputs `shards` (for `strategy.matrix.shard`: per shard only its index, the shard count and the
 * plan's digest, so the output stays far under the 1 MB a job output may hold whatever the
 * organisation's size) and `plan-digest`. Warns of every override of the org policy (when the
 * policy file is in the workspace) that matches no repository of the plan.
 * mode: shard — verify one shard (input `shard`: `${{ toJSON(matrix.shard) }}`), its repositories
 * read from the plan file (input `plan`), which must have the shard's digest, within the
 * rate-limit budget, and upload its reports as the artifact `gonogo-org-shard-<index>`; with input
 * `etag-cache` (a folder inside the workspace, e.g. restored by actions/cache) every GET is
 * conditional and the job summary says how many came back 304 Not Modified. The default
 * branches come from the plan file (the listing's), so no repository is read first.
 * mode: merge — the shards' artifacts downloaded into `input` (actions/download-artifact with
 * `pattern: gonogo-org-shard-*` and `path: <input>`) and the plan file → org-report.json, .sarif,
 * .md and the job summary; a shard that left nothing makes its repositories unverified. A
 * download laid out otherwise (`merge-multiple: true`, or no `path:`) is refused, naming the fix.
 * In every mode `output` (and merge's `input`) must be a folder inside the workspace.
 * Shard and merge set the `status` output; every mode returns its status and log line
 * ({@link OrgStepResult}); main.ts applies `fail-on` to the merge's. The artifacts are uploaded
 * last, replacing one of the same name on the run (a re-run attempt's, github/artifact-upload.ts
 * `overwrite`); an upload that still fails leaves the outputs and the summary written and sets
 * {@link OrgStepResult.error}.
 *
 * @throws ConfigurationError naming the input for a bad input, before any request
 */
export async function orgStep(mode: OrgMode): Promise<OrgStepResult> {
  const ctx = readRunnerContext()
  const token = core.getInput('token')
  addSecret(token)
  const effective = core.getInput('effective-time')
  const time = effective ? parseEffectiveTime(effective) : Date.now()
  const config = core.getInput('config') || '.github/gonogo.yml'
  const planInput = core.getInput('plan') || DEFAULT_PLAN_PATH
  const org = await import('./org.js')
  if (mode === 'merge') {
    const wanted = core.getInput('plan-digest').trim()
    const plan = await readPlan(ctx.workspace, planInput, wanted || undefined)
    const input = await confinedFolder(ctx.workspace, 'input', 'gonogo-org')
    const output = await confinedFolder(ctx.workspace, 'output', 'gonogo-reports')
    const misplaced = await misplacedShards(input, ctx.workspace)
    if (misplaced) {
      const given = core.getInput('input').trim() || 'gonogo-org'
      const fix = `download them with actions/download-artifact \`pattern: ${SHARD_ARTIFACT_PREFIX}*\` and \`path: ${given}\`, without \`merge-multiple\`, so each shard keeps a folder of its own`
      throw new ConfigurationError(
        misplaced === 'merged'
          ? `Input 'input' (${given}) holds a shard.json but no ${SHARD_ARTIFACT_PREFIX}<n> folder: the shard artifacts were downloaded into one folder (merge-multiple: true), where each overwrites the others; ${fix}`
          : `Input 'input' (${given}) holds no ${SHARD_ARTIFACT_PREFIX}<n> folder, but the workspace root does: actions/download-artifact without \`path:\` downloads there; ${fix}`
      )
    }
    const renamed = await shardFolders(input)
    if (renamed.length > 0) info(`gonogo org: read ${renamed.join(', ')}`)
    const results = await org.readShards(input, plan)
    const w = await org.writeOrgReport({
      plan,
      results,
      generatedAt: new Date(time).toISOString(),
      output,
      policyPath: config
    })
    const t = w.report.totals
    // An empty plan verified nothing: unverified, never passed.
    const status: ReportStatus =
      t.failed > 0 ? 'failed' : t.unverified > 0 || t.repositories === 0 ? 'unverified' : 'passed'
    setOutput('status', status)
    setOutput('report-paths', JSON.stringify(w.paths))
    await writeSummary(w.markdown)
    return {
      status,
      line: `gonogo org: ${status}: ${repositories(t.repositories)}: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified${t.repositories === 0 ? ' (an empty plan verifies nothing)' : ''}`
    }
  }
  if (!token)
    throw new ConfigurationError("Input 'token' is empty: the organisation is read through the API")
  const upload = core.getInput('upload') !== 'false'
  if (upload && (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL))
    throw new ConfigurationError(
      'no ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL: run inside GitHub Actions, or set upload: false'
    )
  // The output folder, the shard's descriptor and the ETag cache folder are checked before the
  // client exists (no request is sent).
  const out = await confinedFolder(ctx.workspace, 'output', 'gonogo-reports')
  const ref = mode === 'shard' ? parseShardRef(core.getInput('shard')) : undefined
  const folder = ref ? path.join(out, `shard-${ref.index}`) : out
  const etagDir = ref
    ? await etagCacheFolder(ctx.workspace, {
        shardOutput: folder,
        planFile: path.resolve(ctx.workspace, planInput),
        config: path.resolve(ctx.workspace, config)
      })
    : undefined
  let requests = 0
  const { createClient, EtagCache } = await import('../github/client.js')
  const etagCache = etagDir !== undefined ? new EtagCache(etagDir) : undefined
  const gh = createClient(token, {
    baseUrl: ctx.apiUrl,
    onRequest: () => requests++,
    ...(etagCache ? { etagCache } : {})
  })
  if (mode === 'plan') {
    const name = core.getInput('org') || ctx.owner
    if (!isOrganisationName(name))
      throw new ConfigurationError(`Input 'org' must be an organisation name, got '${name}'`)
    const shardsText = (core.getInput('shards') || '10').trim()
    const count = /^\d{1,3}$/.test(shardsText) ? Number(shardsText) : NaN
    if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS)
      throw new ConfigurationError(
        `Input 'shards' must be a whole number from 1 to ${MAX_SHARDS} (a matrix runs at most ${MAX_SHARDS} jobs), got '${shardsText}'`
      )
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
    // Read before the listing: a policy that does not load fails before any request.
    const policy = await policyIfPresent(ctx.workspace, config)
    let plan: OrgPlan
    try {
      plan = await org.planOrg({
        gh,
        org: name,
        filters,
        shards: count,
        warn: (m) => warning(m)
      })
    } catch (e) {
      // The API failed the listing: no plan, no shards output; the step fails with what the API
      // answered and what to do (github/org-repos.ts listingError), not "failed unexpectedly".
      const { OrgListingError } = await import('../github/org-repos.js')
      if (!(e instanceof OrgListingError)) throw e
      setOutput('requests', String(requests))
      await writeSummary(`## gonogo org plan\n\n**Not planned:** ${escapeText(e.message, 2000)}\n`)
      return {
        line: `gonogo org plan: ${name} not listed (${requestCount(requests)})`,
        error: e.message
      }
    }
    if (plan.shards.length === 0)
      throw new ConfigurationError(
        `the plan selects no repository of ${name} (filters: topics, visibility, include, exclude, include-archived); a matrix needs at least one shard`
      )
    const planned = plan.shards.flatMap((s) => s.repositories)
    const unmatched = policy ? unmatchedOverrides(policy, planned) : []
    for (const u of unmatched) warning(`${config}: ${u.message}`)
    const digest = planDigest(plan)
    const shards = JSON.stringify(shardRefs(plan))
    // Cannot happen with at most 256 shards (about 100 characters each); refused, never cut.
    if (outputBytes(shards) + outputBytes(digest) > ACTIONS_OUTPUT_MAX_BYTES)
      throw new ConfigurationError(
        `the shards output would take ${outputBytes(shards)} bytes, more than the ${ACTIONS_OUTPUT_MAX_BYTES} a job output may hold`
      )
    const folder = path.join(out, PLAN_ARTIFACT)
    const { writeAllOrNothing } = await import('../io/atomic-write.js')
    const paths = await writeAllOrNothing(folder, [{ name: PLAN_FILE, content: planText(plan) }])
    setOutput('shards', shards)
    setOutput('plan-digest', digest)
    setOutput('report-paths', JSON.stringify(paths))
    setOutput('requests', String(requests))
    const n = planned.length
    await writeSummary(
      `## gonogo org plan\n\n${repositories(n)} of \`${name}\` in ${shardCount(plan.shards.length)} (${requestCount(requests)}), plan \`${digest}\`.\n${policy ? '' : `\nThe org policy ${config} is not in the workspace (no checkout?): its overrides were not checked against the plan.\n`}${unmatched.length > 0 ? `\n${unmatched.length} ${unmatched.length === 1 ? 'override' : 'overrides'} of ${config} ${unmatched.length === 1 ? 'matches' : 'match'} no repository of the plan: ${unmatched.map((u) => `\`${u.id}\``).join(', ')}.\n` : ''}`
    )
    const line = `gonogo org plan: ${repositories(n)} in ${shardCount(plan.shards.length)}, plan ${digest}`
    const error = upload
      ? await uploadStep(PLAN_ARTIFACT, folder, 'the shard and merge jobs')
      : undefined
    return { line, ...(error ? { error } : {}) }
  }
  if (!ref) throw new Error('mode shard without its descriptor')
  const picked = shardOfPlan(await readPlan(ctx.workspace, planInput), ref)
  if ('error' in picked)
    throw new ConfigurationError(
      `Input 'shard' (shard ${ref.index}) and ${planInput}: ${picked.error}`
    )
  const shard = picked.shard
  const { loadPolicy } = await import('../io/policy-file.js')
  const { Workspace } = await import('../io/workspace.js')
  const policy = await loadPolicy(await Workspace.open(ctx.workspace), config)
  const r = await org.verifyShard({
    gh,
    apiUrl: ctx.apiUrl,
    shard,
    policy,
    config,
    effectiveTime: time,
    output: folder,
    // shard.json names the plan, so the merge never counts a folder of another run's plan.
    planDigest: ref.plan,
    requestCount: () => requests
  })
  // The cache's writes are queued behind the answers: all on disk before actions/cache saves it.
  await etagCache?.flush()
  setOutput('requests', String(requests))
  setOutput('report-paths', JSON.stringify([folder]))
  const budget = [...r.reports.values()].filter((rs) =>
    rs.some((x) => x.checks.some((c) => c.id === 'api-budget'))
  ).length
  const notModified = etagCache?.stats.notModified ?? 0
  const cached = etagCache
    ? ` (${notModified} answered 304 Not Modified from the ETag cache: not counted against the rate limit)`
    : ''
  const verified = shard.repositories.length - budget
  // Every shard of a run shares one installation's budget: more shards would not help.
  const advice =
    'run the shard again after the rate limit resets (GET /rate_limit), or run fewer shards at once'
  await writeSummary(
    `## gonogo org shard ${shard.index}\n\n${repositories(shard.repositories.length)} of shard ${shard.index} of ${ref.count}, ${requestCount(requests)}${cached}.${budget > 0 ? ` ${budget} left unverified: the API budget ran out (${verified} verified); ${advice}.` : ''}\n`
  )
  // A repository the shard wrote no report for is unverified (the merge says the same).
  const status = orgStatus(
    shard.repositories.flatMap((full) => {
      const rs = r.reports.get(full)
      return rs && rs.length > 0 ? rs.map((x) => x.status) : ['unverified' as const]
    })
  )
  setOutput('status', status)
  const error = upload
    ? await uploadStep(
        `${SHARD_ARTIFACT_PREFIX}${shard.index}`,
        folder,
        "the merge (which reports this shard's repositories unverified when it finds none)"
      )
    : undefined
  return {
    status,
    ...(error ? { error } : {}),
    line: `gonogo org shard ${shard.index}: ${status}: ${repositories(shard.repositories.length)}, ${requestCount(requests)}${etagCache ? `, ${notModified} answered 304 Not Modified` : ''}${budget > 0 ? `, ${budget} left unverified: the API budget ran out; ${advice}` : ''}`
  }
}

/**
 * Uploads a folder as the artifact `name`, replacing one of that name on the workflow run (a
 * re-run attempt's: names are unique per run, github/artifact-upload.ts). A failure is appended to
 * the job summary ("Not uploaded: …") and returned as the message the step fails with: what the
 * artifact service answered, what to do for that kind of failure (a storage quota: free storage,
 * re-running alone does not help; a 5xx, 429 or dropped connection: re-run) and, truthfully,
 * what the later jobs (`readers`) will read under that name: an earlier attempt's artifact when
 * the service said one is there (the name was taken and could not be deleted), none when it was
 * deleted, and "may" when the first upload failed (nothing was deleted; an earlier attempt's may
 * be there); undefined on success.
 */
async function uploadStep(
  name: string,
  folder: string,
  readers: string
): Promise<string | undefined> {
  const { ArtifactUploadError, uploadFailureKind, uploadFolder } =
    await import('../github/artifact-upload.js')
  try {
    const r = await uploadFolder(name, folder, { overwrite: true })
    if (r.replaced) info(`gonogo org: replaced the artifact ${name} of an earlier attempt`)
    return undefined
  } catch (e) {
    const known = e instanceof ArtifactUploadError
    const why = known ? e.message : `the artifact ${name} was not uploaded: ${errorMessage(e)}`
    const kind = uploadFailureKind(known ? e.answer : errorMessage(e))
    const todo =
      kind === 'quota'
        ? "the artifact storage quota is reached: re-running alone does not help; free storage (delete artifacts no longer needed, or shorten the retention in the repository's or organisation's Actions settings: Artifact and log retention), then re-run this job"
        : kind === 'transient'
          ? 'the artifact service failed for now: re-run this job (its attempt replaces the artifact of an earlier one)'
          : 're-run this job (its attempt replaces the artifact of an earlier one); if it fails the same way, the message above says what the artifact service refused'
    const stage = known ? e.stage : 'upload'
    const read =
      stage === 'delete'
        ? `an artifact ${name} of an earlier attempt is still on the run: ${readers} will read that one, not this attempt's results`
        : stage === 'reupload'
          ? `no artifact ${name} is on the run now (the earlier one was deleted): ${readers} will not find it`
          : `an artifact ${name} of an earlier attempt may still be on the run (nothing was deleted): if so, ${readers} will read that one, not this attempt's results; if not, they will not find it`
    const message = `${why}; ${todo}; ${read}`
    await writeSummary(`\n**Not uploaded:** ${escapeText(message, 2000)}\n`)
    return message
  }
}

/**
 * A folder input (`output` in every mode, merge's `input`), resolved inside the workspace: a path that leaves it
 * (`..`, an absolute path elsewhere, a symbolic link out of it), or one that exists and is not a
 * folder, is refused. The workspace itself is allowed (actions/download-artifact without `path`
 * downloads there).
 *
 * @throws ConfigurationError naming the input and what to give instead
 */
async function confinedFolder(workspace: string, name: string, fallback: string): Promise<string> {
  const given = core.getInput(name).trim() || fallback
  const { Workspace } = await import('../io/workspace.js')
  const abs = await (await Workspace.open(workspace)).confine(given)
  if (abs === undefined)
    throw new ConfigurationError(
      `Input '${name}' (${given}) is outside the workspace; give a folder relative to the repository root (default ${fallback})`
    )
  if (await isNonFolder(abs))
    throw new ConfigurationError(
      `Input '${name}' (${given}) is a file, not a folder; give a folder relative to the repository root (default ${fallback})`
    )
  return abs
}

/** Whether something that is not a folder is at `abs` (nothing there: false). */
async function isNonFolder(abs: string): Promise<boolean> {
  try {
    return !(await stat(abs)).isDirectory()
  } catch {
    return false
  }
}

/**
 * The `etag-cache` input (mode shard): the folder conditional requests keep their answers in,
 * resolved inside the workspace, or undefined when the input is empty (no cache: nothing is
 * written). Refused, naming the input, before any request: a path that leaves the workspace
 * (`..`, an absolute path elsewhere, a symbolic link out of it); the workspace itself; `.github`
 * (in any case) or a folder inside it; a folder holding the policy file or the plan file, or inside the plan's
 * folder; the shard's output folder (uploaded as its artifact), a folder inside it or one that
 * holds it; a path that exists and is not a folder. The cache's entries are trusted input (README
 * "ETag cache"), so it must not share a folder with files the step reads or uploads.
 *
 * @param o absolute paths of this shard's output folder, the plan file and the policy file
 * @throws ConfigurationError naming the input and what to give instead
 */
async function etagCacheFolder(
  workspace: string,
  o: { shardOutput: string; planFile: string; config: string }
): Promise<string | undefined> {
  const given = core.getInput('etag-cache').trim()
  if (given === '') return undefined
  const { Workspace } = await import('../io/workspace.js')
  const ws = await Workspace.open(workspace)
  const abs = await ws.confine(given)
  const refuse = (why: string): never => {
    throw new ConfigurationError(
      `Input 'etag-cache' (${given}) ${why}; give a folder of its own relative to the repository root, e.g. .gonogo-etag-cache (the path actions/cache restores)`
    )
  }
  if (abs === undefined) return refuse('is outside the workspace')
  const rel = (p: string): string => path.relative(ws.root, p).split(path.sep).join('/')
  if (rel(abs) === '') return refuse('is the workspace itself')
  // Any case: macOS and Windows runners' file systems ignore it, so `.GitHub` is `.github`.
  if (rel(abs).split('/')[0]?.toLowerCase() === '.github')
    return refuse('is .github or a folder inside it, where the policy and the workflows live')
  if (isWithin(o.shardOutput, abs))
    return refuse(
      `lies inside this shard's output folder ${rel(o.shardOutput)}, which is uploaded as an artifact`
    )
  if (isWithin(abs, o.shardOutput))
    return refuse(
      `holds this shard's output folder ${rel(o.shardOutput)}, which is uploaded as an artifact`
    )
  const planFolder = path.dirname(o.planFile)
  if ((rel(planFolder) !== '' && isWithin(planFolder, abs)) || isWithin(abs, o.planFile))
    return refuse(`is or overlaps the plan's folder ${rel(planFolder)} (input 'plan')`)
  if (isWithin(abs, o.config)) return refuse(`holds the policy file ${rel(o.config)}`)
  if (await isNonFolder(abs)) return refuse('is a file, not a folder')
  return abs
}

/** The org policy when its file is in the workspace (the plan job may have no checkout). */
async function policyIfPresent(workspace: string, config: string): Promise<Policy | undefined> {
  try {
    await stat(path.resolve(workspace, config))
  } catch {
    return undefined
  }
  const { loadPolicy } = await import('../io/policy-file.js')
  const { Workspace } = await import('../io/workspace.js')
  return loadPolicy(await Workspace.open(workspace), config)
}

/** The `shard` input: one of the plan job's shard descriptors (core/org.ts checkShardRef). */
function parseShardRef(text: string): ShardRef {
  const parsed = parseJson(text, 'shard')
  if (!parsed.ok)
    throw new ConfigurationError(
      `Input 'shard' must be \${{ toJSON(matrix.shard) }} over the plan job's shards output (${parsed.verdict.message.replace(/^shard: /, '')})`
    )
  const v = parsed.value
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new ConfigurationError(
      `Input 'shard' must be \${{ toJSON(matrix.shard) }} over the plan job's shards output (got ${JSON.stringify(text.trim().slice(0, 40))}, not an object: \${{ matrix.shard }} alone, or the shard's index, is not enough)`
    )
  const checked = checkShardRef(v)
  if ('error' in checked)
    throw new ConfigurationError(
      `Input 'shard' is not one of the plan job's shards: ${checked.error}`
    )
  return checked.ref
}

/**
 * The plan file (input `plan`, relative to the workspace: the gonogo-org-plan artifact
 * downloaded), read inside the workspace by plan-file.ts readPlanFile; with `wanted`, a plan
 * whose digest is another is refused (input `plan-digest`, mode merge).
 *
 * @throws ConfigurationError naming the file and what to do
 */
async function readPlan(workspace: string, file: string, wanted?: string): Promise<OrgPlan> {
  const hint = `download the ${PLAN_ARTIFACT} artifact of this workflow run (actions/download-artifact with name: ${PLAN_ARTIFACT}, path: ${PLAN_ARTIFACT}) and pass its ${PLAN_FILE} as the plan input`
  if (file.trimStart().startsWith('{'))
    throw new ConfigurationError(
      `Input 'plan' is the path of the plan file, not the plan itself: ${hint}`
    )
  return readPlanFile(file, {
    workspace,
    hint,
    expected:
      wanted === undefined
        ? undefined
        : {
            digest: wanted,
            mismatch: (digest) =>
              `Input 'plan': ${file} has the digest ${digest}, not the plan job's ${wanted}; download the ${PLAN_ARTIFACT} artifact of this workflow run`
          }
  })
}

export function isOrgMode(m: string): m is OrgMode {
  return (ORG_MODES as readonly string[]).includes(m)
}
