import type { CheckFacts, GitHistory, RepoFiles } from '../../core/facts.js'
import type { RepoState } from '../../core/facts-repo.js'
import type { WorkflowFile } from '../check-names.js'
import { isRecord } from '../../parsers/verdict.js'
import { parseJsonAt } from '../../parsers/json-error.js'
import { annotationValue, scanRego } from '../policy-bundle/rego.js'
import type { LastCommit, PolicyFacts, PolicyFreshnessFacts, ReviewMark } from './facts.js'
import type { PolicyFreshnessSettings } from './settings.js'

const MAX_POLICY_BYTES = 4 * 1024 * 1024
/** Where GitHub reads workflows from. */
const WORKFLOWS_DIR = '.github/workflows'
export const FETCH_DEPTH_UNLOCK =
  'the history of the policy files: actions/checkout with fetch-depth: 0'

/**
 * Reads each policy's review date (files) or, without one, its last commit (git), and the
 * workflows the gate-job settings name. Never throws.
 */
export async function gatherPolicyFreshness(
  { files: ws, git }: Pick<CheckFacts, 'files' | 'git'>,
  settings: PolicyFreshnessSettings
): Promise<PolicyFreshnessFacts> {
  const policies: PolicyFacts[] = []
  let repo: RepoState | undefined
  for (const p of settings.policies) {
    const f = await reviewOf(ws, p.path, p.maxAgeDays)
    if (!f.problem && !f.review) {
      repo ??= await git.state(settings.gitTimeoutMs)
      f.commit = await lastCommit(git, p.path, repo, settings.gitTimeoutMs)
    }
    policies.push(f)
  }
  const workflows: WorkflowFile[] = []
  const missingWorkflows: string[] = []
  if (settings.workflows.length > 0 || settings.requiredJobs.length > 0) {
    const listed = await ws.workflows()
    if (listed.ok) workflows.push(...listed.files)
    else
      workflows.push({
        path: WORKFLOWS_DIR,
        text: '',
        readError: `${WORKFLOWS_DIR}: symbolic link that leads outside the workspace`
      })
    for (const w of settings.workflows) {
      if (workflows.some((x) => x.path === w.file)) continue
      const r = await ws.readText(w.file, listed.maxBytes, 'for a workflow file')
      if (r.ok) workflows.push({ path: w.file, text: r.text })
      else if (r.reason === 'missing') missingWorkflows.push(w.file)
      else workflows.push({ path: w.file, text: '', readError: r.message })
    }
    workflows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  }
  return { policies, workflows, missingWorkflows: [...new Set(missingWorkflows)].sort() }
}

async function kindOf(
  ws: RepoFiles,
  p: string
): Promise<{ kind: 'file' | 'dir' } | { problem: { message: string; remediation: string } }> {
  const k = await ws.kind(p)
  switch (k.kind) {
    case 'outside':
      return {
        problem: {
          message: `${p}: path is outside the workspace`,
          remediation: 'declare the policy path relative to the repository root'
        }
      }
    case 'link-out':
      return {
        problem: {
          message: `${k.rel}: symbolic link that leads outside the workspace`,
          remediation: 'keep the policy inside the repository; do not link to files outside it'
        }
      }
    case 'missing':
      return {
        problem: {
          message: `${k.rel}: policy not found`,
          remediation: `restore ${k.rel}, or fix checks.policy-freshness.policies[].path`
        }
      }
    case 'dir':
    case 'file':
      return { kind: k.kind }
    default:
      return {
        problem: {
          message: `${k.rel}: not a regular file or folder`,
          remediation: 'point the policy entry at a file or a bundle folder'
        }
      }
  }
}

const DATE_LIKE = (v: unknown): string =>
  typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v)

async function reviewOf(ws: RepoFiles, p: string, maxAgeDays: number): Promise<PolicyFacts> {
  const base: PolicyFacts = { path: p, maxAgeDays }
  const k = await kindOf(ws, p)
  if ('problem' in k) return { ...base, problem: k.problem }
  if (k.kind === 'dir') {
    const file = p === '.' ? '.manifest' : `${p}/.manifest`
    const r = await ws.readText(file, MAX_POLICY_BYTES, 'for a policy file')
    if (!r.ok) {
      if (r.reason === 'missing') return base
      return {
        ...base,
        problem: {
          message: r.message,
          remediation: 'make the .manifest a readable file inside the workspace'
        }
      }
    }
    const parsed = parseJsonAt(r.text)
    // An unreadable manifest must not fall back to the commit date that broke it.
    if (!parsed.ok || !isRecord(parsed.value)) {
      return {
        ...base,
        problem: {
          message: `${file}: ${parsed.ok ? 'not a JSON object' : parsed.message}`,
          remediation: 'fix the .manifest: the OPA bundle manifest is a JSON object'
        }
      }
    }
    if (!isRecord(parsed.value.metadata)) return base
    const v = parsed.value.metadata.reviewed
    if (v === undefined) return base
    const m = /"reviewed"\s*:/.exec(r.text)
    const line = m ? r.text.slice(0, m.index).split('\n').length : undefined
    return { ...base, review: mark(DATE_LIKE(v), file, line, 'manifest') }
  }
  if (!p.endsWith('.rego')) return base
  const r = await ws.readText(p, MAX_POLICY_BYTES, 'for a policy file')
  if (!r.ok)
    return {
      ...base,
      problem: { message: r.message, remediation: 'make the policy a readable text file' }
    }
  if (r.text.includes('\u0000'))
    return {
      ...base,
      problem: {
        message: `${p}: binary data, not Rego`,
        remediation: 'point the entry at the Rego source'
      }
    }
  let best: ReviewMark | undefined
  for (const blk of scanRego(r.text).metadata) {
    const v = annotationValue(blk, 'custom.reviewed')
    if (v === undefined || v === null) continue
    const m = mark(DATE_LIKE(v), p, blk.keyLines.custom ?? blk.line, 'metadata')
    // An unreadable date wins (fail closed); else the latest date.
    if (!best || (best.ok && (!m.ok || m.date > best.date))) best = m
  }
  return best ? { ...base, review: best } : base
}

function mark(
  value: string,
  file: string,
  line: number | undefined,
  source: 'metadata' | 'manifest'
): ReviewMark {
  const loc = { file, ...(line ? { line } : {}), source }
  return isCalendarDate(value) ? { ok: true, date: value, ...loc } : { ok: false, value, ...loc }
}

/** `YYYY-MM-DD` naming a real calendar day. */
export function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false
  const d = new Date(`${v}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v
}

async function lastCommit(
  git: GitHistory,
  p: string,
  repo: RepoState,
  timeoutMs: number
): Promise<LastCommit> {
  if (!repo.ok)
    return {
      ok: false,
      message: repo.message,
      unlock: repo.reason === 'no-git' ? 'git on PATH' : FETCH_DEPTH_UNLOCK
    }
  const r = await git.lastCommit(p, timeoutMs)
  if (!r.ok) return { ok: false, message: r.message, unlock: FETCH_DEPTH_UNLOCK }
  if (!r.commit)
    return {
      ok: false,
      message: `${p}: no commit touches it (new and not committed yet?)`,
      unlock: FETCH_DEPTH_UNLOCK
    }
  // In a shallow clone the oldest fetched commit has no parents and seems to add every file.
  const { date, sha, parents } = r.commit
  if (repo.shallow && parents.length === 0)
    return {
      ok: false,
      message: `${p}: the clone is shallow, so its last change is older than the fetched history shows`,
      unlock: FETCH_DEPTH_UNLOCK
    }
  return { ok: true, date, sha }
}
