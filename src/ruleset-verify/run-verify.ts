import picomatch from 'picomatch'
import path from 'node:path'
import { rm } from 'node:fs/promises'
import type { BranchFacts } from '../core/branch-facts.js'
import { checkBranch } from '../checks/branch-protection.js'
import { branchEntryFor } from '../core/branch-entry.js'
import { deriveCheckNames } from '../checks/check-names.js'
import { checkProducible, GITHUB_ACTIONS_APP_ID } from '../checks/required-checks.js'
import { stableStringify } from '../core/canonical-json.js'
import { ConfigurationError } from '../core/errors.js'
import { makeReport, type Report, type ReportCheck } from '../core/report.js'
import { createClient, type Deadline } from '../github/client.js'
import { defaultBranch, fetchBranchFacts, matchingBranches } from '../github/branch-rules.js'
import { writeAllOrNothing } from '../io/atomic-write.js'
import { loadPolicy } from '../io/policy-file.js'
import { localResolver, readWorkflows } from '../io/workflows.js'
import { Workspace } from '../io/workspace.js'
import { effectivePolicy } from '../core/org-policy.js'
import type { Policy } from '../core/policy.js'
import type { WorkflowFile } from '../workflow/parse.js'
import { renderVerifyMarkdown } from '../render/verify-markdown.js'

export const BRANCH_PROTECTION_REPORT = 'branch-protection.json'
export const REQUIRED_CHECKS_REPORT = 'required-checks.json'

export interface VerifyOptions {
  workspace: string
  config: string
  output: string
  owner: string
  repo: string
  /** Names or globs; empty: the default branch. */
  branches: string[]
  sha: string
  ref: string
  token: string
  apiUrl: string
  effectiveTime: number
  /** Known from the event payload; saves a request. */
  defaultBranch?: string
  log?: (m: string) => void
  /** For tests: faster retries. */
  retryBaseMs?: number
  /**
   * API limits; by default the api-timeout / api-deadline inputs or GONOGO_API_* variables
   * (see ApiLimits in src/github/api-limits.ts). Past the deadline the rest is unverified.
   */
  timeoutMs?: number
  deadlineMs?: number
  deadline?: Deadline
}

export interface VerifyResult {
  branchProtection: Report
  requiredChecks: Report
  paths: string[]
  markdown: string
  requests: number
  branches: string[]
}

/** Reads branch rules and workflows, compares them with the policy, writes the two reports. */
export async function runVerify(o: VerifyOptions): Promise<VerifyResult> {
  const outDir = path.resolve(o.output)
  await Promise.all(
    [BRANCH_PROTECTION_REPORT, REQUIRED_CHECKS_REPORT].map((f) =>
      rm(path.join(outDir, f), { force: true })
    )
  )
  const ws = await Workspace.open(o.workspace)
  // The org policy's overrides that match this repository apply here too (core/org-policy.ts).
  const policy = effectivePolicy(await loadPolicy(ws, o.config), `${o.owner}/${o.repo}`).policy
  if (!policy.branches) {
    throw new ConfigurationError(
      `${o.config}: no 'branches:' section; declare the protection wanted per branch (see action-ruleset-verify/README.md)`
    )
  }
  if (!/^[A-Za-z0-9_.-]+$/.test(o.owner) || !/^[A-Za-z0-9_.-]+$/.test(o.repo)) {
    throw new ConfigurationError(`repository '${o.owner}/${o.repo}' is not of the form owner/name`)
  }
  let requests = 0
  const gh = createClient(o.token, {
    baseUrl: o.apiUrl,
    onRequest: () => requests++,
    ...(o.log ? { log: o.log } : {}),
    ...(o.retryBaseMs !== undefined ? { retryBaseMs: o.retryBaseMs } : {}),
    ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
    ...(o.deadlineMs !== undefined ? { deadlineMs: o.deadlineMs } : {}),
    ...(o.deadline ? { deadline: o.deadline } : {})
  })
  const workflows = await readWorkflows(ws)
  const { branchProtection, requiredChecks, branches } = await verifyRepository({
    gh,
    apiUrl: o.apiUrl,
    owner: o.owner,
    repo: o.repo,
    policy,
    config: o.config,
    branches: o.branches,
    ...(o.defaultBranch ? { defaultBranch: o.defaultBranch } : {}),
    workflows,
    sha: o.sha,
    ref: o.ref,
    effectiveTime: o.effectiveTime
  })
  const paths = await writeAllOrNothing(outDir, [
    { name: BRANCH_PROTECTION_REPORT, content: `${stableStringify(branchProtection)}\n` },
    { name: REQUIRED_CHECKS_REPORT, content: `${stableStringify(requiredChecks)}\n` }
  ])
  const markdown = renderVerifyMarkdown({ branchProtection, requiredChecks, requests, branches })
  return { branchProtection, requiredChecks, paths, markdown, requests, branches }
}

/** One repository to verify: the client, the policy, and its workflows however they were read. */
export interface RepositoryToVerify {
  gh: ReturnType<typeof createClient>
  apiUrl: string
  owner: string
  repo: string
  policy: Policy
  /** The policy file as named in messages. */
  config: string
  /** Names or globs; empty: the default branch. */
  branches: readonly string[]
  defaultBranch?: string
  /**
   * `defaultBranch` is GitHub's own answer (the organisation's repository listing): with no
   * `branches`, that branch is verified without listing the branches first (GitHub refuses to
   * delete a repository's default branch; in an empty repository, where it does not exist, its
   * protection reads 404 "Branch not found" and the branch ends unverified, never passed).
   */
  defaultBranchListed?: boolean
  /** `.github/workflows/*` of the repository (from a checkout or the contents API). */
  workflows: readonly WorkflowFile[]
  sha: string
  ref: string
  effectiveTime: number
}

/**
 * Branch rules of one repository against the policy's `branches:`, and whether every required
 * check is produced by one of its workflows: the two reports, not written. Shared by the
 * single-repository verify-rules (a checkout's workflows) and the organisation shards (workflows
 * through the contents API).
 */
export async function verifyRepository(
  o: RepositoryToVerify
): Promise<{ branchProtection: Report; requiredChecks: Report; branches: string[] }> {
  const gh = o.gh
  const policy = o.policy
  if (!policy.branches) {
    throw new ConfigurationError(
      `${o.config}: no 'branches:' section; declare the protection wanted per branch (see action-ruleset-verify/README.md)`
    )
  }
  const repo = { owner: o.owner, repo: o.repo }
  let defaultName = o.defaultBranch
  const generic: ReportCheck[] = []
  if (!defaultName) {
    const d = await defaultBranch(gh, repo)
    if (d.ok) defaultName = d.value
    else if (o.branches.length === 0) {
      generic.push({
        id: 'default-branch',
        status: 'unverified',
        message: `the default branch could not be read: ${d.reason}`,
        unlock: d.unlock
      })
    }
  }
  const patterns = o.branches.length > 0 ? [...o.branches] : defaultName ? [defaultName] : []
  const matched =
    o.branches.length === 0 && defaultName && o.defaultBranchListed && o.defaultBranch
      ? { ok: true as const, value: [{ pattern: defaultName, branches: [defaultName] }] }
      : patterns.length > 0
        ? await matchingBranches(gh, repo, patterns)
        : { ok: true as const, value: [] }
  if (!matched.ok) {
    generic.push({
      id: 'branches',
      status: 'unverified',
      message: `the branches matching ${patterns.join(', ')} could not be listed: ${matched.reason}`,
      unlock: matched.unlock
    })
  }
  for (const m of matched.ok ? matched.value : []) {
    if (m.branches.length > 0) continue
    generic.push({
      id: `${m.pattern}/exists`,
      status: 'failed',
      message: picomatch.scan(m.pattern).isGlob
        ? `no branch matches '${m.pattern}'`
        : `branch '${m.pattern}' does not exist in ${o.owner}/${o.repo}`,
      remediation: 'check the branches input (names and globs of existing branches)'
    })
  }
  const branches = matched.ok ? [...new Set(matched.value.flatMap((m) => m.branches))].sort() : []
  const facts = await fetchBranchFacts(gh, repo, branches, defaultName)
  // Only a check pinned to some app other than github.com's Actions needs the server's Actions app id.
  const pinnedApps = facts.flatMap((f) => [
    ...(f.effectiveRules.ok ? f.effectiveRules.value.flatMap((r) => appIds(r.parameters)) : []),
    ...(f.classic.ok && f.classic.value
      ? (f.classic.value.required_status_checks?.checks ?? []).map((c) => c.app_id ?? 0)
      : [])
  ])
  const actionsAppId = pinnedApps.some((id) => id > 0 && id !== GITHUB_ACTIONS_APP_ID)
    ? await actionsApp(gh, o.apiUrl)
    : GITHUB_ACTIONS_APP_ID
  const names = deriveCheckNames([...o.workflows], {
    resolveLocal: localResolver([...o.workflows])
  })

  const bp: ReportCheck[] = [...generic]
  const rc: ReportCheck[] = [...generic]
  for (const f of facts) {
    const entry = branchEntryFor(policy.branches, f.branch)
    if (!entry) {
      bp.push({
        id: `${f.branch}/policy`,
        status: 'failed',
        message: `no entry under branches: in ${o.config} matches ${f.branch}`,
        remediation: `add branches.${f.branch} (or a glob that matches it) to ${o.config}`
      })
    } else bp.push(...checkBranch(f.branch, entry.policy, f))
    rc.push(
      ...checkProducible(f.branch, entry?.policy, f, names, actionsAppId, `${o.owner}/${o.repo}`)
    )
  }
  const subject = {
    repository: `${o.owner}/${o.repo}`,
    sha: o.sha,
    ...(o.ref ? { ref: o.ref } : {})
  }
  const generatedAt = new Date(o.effectiveTime).toISOString()
  const branchProtection = makeReport({
    control: 'branch-protection',
    subject,
    generatedAt,
    generator: 'ruleset-verify',
    checks: bp,
    facts: factsSummary(facts)
  })
  const requiredChecks = makeReport({
    control: 'required-checks',
    subject,
    generatedAt,
    generator: 'ruleset-verify',
    checks: rc,
    facts: {
      producible: [...new Set(names.checks.map((c) => c.name))].sort(),
      unresolved: names.unresolved.map((u) => ({
        workflow: u.workflow,
        job: u.job,
        reason: u.reason,
        ...(u.line !== undefined ? { line: u.line } : {})
      }))
    }
  })
  return { branchProtection, requiredChecks, branches }
}

function factsSummary(facts: BranchFacts[]): unknown {
  return facts.map((f) => ({
    branch: f.branch,
    effective_rules: f.effectiveRules.ok
      ? {
          rules: f.effectiveRules.value.length,
          rulesets: [...new Set(f.effectiveRules.value.map((r) => r.ruleset_id))].sort(
            (a, b) => a - b
          )
        }
      : { unreadable: f.effectiveRules.reason },
    rulesets: f.rulesets.ok
      ? f.rulesets.value
          .map((r) => ({
            id: r.id,
            name: r.name,
            enforcement: r.enforcement,
            source: r.source,
            bypass_visible: r.bypassActors !== undefined
          }))
          .sort((a, b) => a.id - b.id)
      : { unreadable: f.rulesets.reason },
    classic: f.classic.ok
      ? f.classic.value
        ? 'protected'
        : 'not protected'
      : { unreadable: f.classic.reason }
  }))
}

/** The Actions app id looked up once per client (it is the server's, the same for every repository). */
const actionsAppIds = new WeakMap<ReturnType<typeof createClient>, Promise<number>>()

/**
 * GitHub Actions' app id: 15368 on github.com; on GitHub Enterprise Server it is looked up
 * (`GET /apps/github-actions`), once per client (an organisation's shard asks for it once, not
 * per repository; a failed lookup is not kept). If the lookup fails the github.com id is used, so checks pinned to the
 * server's Actions app read as "another app" and end unverified, never passed.
 */
function actionsApp(gh: ReturnType<typeof createClient>, apiUrl: string): Promise<number> {
  if (apiUrl.replace(/\/+$/, '') === 'https://api.github.com')
    return Promise.resolve(GITHUB_ACTIONS_APP_ID)
  let known = actionsAppIds.get(gh)
  if (!known) {
    const asked: Promise<number> = gh
      .request('GET /apps/{app_slug}', { app_slug: 'github-actions' })
      .then(
        ({ data }) => (typeof data?.id === 'number' ? data.id : GITHUB_ACTIONS_APP_ID),
        () => {
          // Not kept: the next repository asks again.
          if (actionsAppIds.get(gh) === asked) actionsAppIds.delete(gh)
          return GITHUB_ACTIONS_APP_ID
        }
      )
    actionsAppIds.set(gh, (known = asked))
  }
  return known
}

function appIds(params: Record<string, unknown> | undefined): number[] {
  const checks = Array.isArray(params?.required_status_checks)
    ? (params.required_status_checks as { integration_id?: unknown }[])
    : []
  return checks.map((c) => (typeof c.integration_id === 'number' ? c.integration_id : 0))
}
