import { DAY_MS } from '../../core/time.js'
import { readWorkflowModel } from '../../workflow/model.js'
import { resolveLocal } from '../../workflow/local-uses.js'
import { keyPositionOf } from '../../workflow/parse.js'
import type { ReportCheck } from '../../core/report.js'
import { deriveCheckNames, type WorkflowFile } from '../check-names.js'
import type { PolicyFacts, PolicyFreshnessFacts } from './facts.js'
import type { PolicyFreshnessSettings } from './settings.js'

const POLICY_FILE = '.github/gonogo.yml'
/** Reusable workflows GitHub follows: the caller and nine levels. */
const MAX_LEVELS = 10

/** Turns the gathered facts into report checks, judged at `effectiveTime`. Pure. */
export function judgePolicyFreshness(
  facts: PolicyFreshnessFacts,
  settings: PolicyFreshnessSettings,
  effectiveTime: number
): ReportCheck[] {
  if (
    settings.policies.length === 0 &&
    settings.workflows.length === 0 &&
    settings.requiredJobs.length === 0
  )
    return [
      {
        id: 'settings',
        status: 'unverified',
        message:
          'nothing to judge: checks.policy-freshness declares no policies, workflows or required_jobs',
        location: { file: POLICY_FILE },
        remediation:
          'declare them under checks.policy-freshness, e.g. `policies: [{ path: policies/authz, max_age_days: 90 }]`',
        unlock: 'checks.policy-freshness in the policy file'
      }
    ]
  const out: ReportCheck[] = []
  for (const p of facts.policies) out.push(judgeAge(p, effectiveTime))
  const parsed = new Map<string, ParsedWorkflow>()
  const parse = (f: WorkflowFile): ParsedWorkflow => {
    let p = parsed.get(f.path)
    if (!p) {
      p = parseWorkflow(f)
      parsed.set(f.path, p)
    }
    return p
  }
  for (const w of settings.workflows) out.push(judgeGate(w, facts, settings.gateActions, parse))
  if (settings.requiredJobs.length > 0) out.push(...judgeRequiredJobs(facts, settings, parse))
  return out
}

const today = (t: number): string => new Date(t).toISOString().slice(0, 10)

function judgeAge(p: PolicyFacts, effectiveTime: number): ReportCheck {
  const id = `review:${p.path}`
  if (p.problem)
    return {
      id,
      status: 'failed',
      message: p.problem.message,
      location: { file: p.path },
      remediation: p.problem.remediation
    }
  const reviewHint = p.path.endsWith('.rego')
    ? `add \`reviewed: ${today(effectiveTime)}\` under \`custom:\` in the package METADATA block of ${p.path}`
    : `set "reviewed": "${today(effectiveTime)}" in the "metadata" of ${p.path === '.' ? '' : `${p.path}/`}.manifest, or commit the reviewed policy`
  let date: string
  let what: string
  let location: { file: string; line?: number }
  if (p.review) {
    location = { file: p.review.file, ...(p.review.line ? { line: p.review.line } : {}) }
    if (!p.review.ok)
      return {
        id,
        status: 'failed',
        message: `${p.review.file}${p.review.line ? `:${p.review.line}` : ''}: review date '${p.review.value.slice(0, 60)}' is not a YYYY-MM-DD calendar date`,
        location,
        remediation: `write the date as YYYY-MM-DD, e.g. ${today(effectiveTime)}`
      }
    date = p.review.date
    what =
      p.review.source === 'metadata' ? 'METADATA custom.reviewed' : '.manifest metadata.reviewed'
  } else if (p.commit?.ok) {
    location = { file: p.path }
    date = p.commit.date
    what = `last commit ${p.commit.sha.slice(0, 12)}`
  } else {
    return {
      id,
      status: 'unverified',
      message: `${p.path}: no review date in the policy, and its last commit cannot be seen: ${p.commit?.message ?? 'no history'}`,
      location: { file: p.path },
      remediation: `${reviewHint}; or check out with \`fetch-depth: 0\` so the commit history is there`,
      unlock: p.commit?.unlock ?? 'git history'
    }
  }
  const at = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date)
  const shown = date.slice(0, 10)
  if (!Number.isFinite(at))
    return {
      id,
      status: 'failed',
      message: `${p.path}: cannot read the date '${date}' (${what})`,
      location,
      remediation: reviewHint
    }
  if (at > effectiveTime)
    return {
      id,
      status: 'failed',
      message: `${p.path}: reviewed ${shown} (${what}) is after the effective time ${today(effectiveTime)}`,
      location,
      remediation: `write the day the review actually happened; ${reviewHint}`
    }
  const age = Math.floor((effectiveTime - at) / DAY_MS)
  if (age > p.maxAgeDays)
    return {
      id,
      status: 'failed',
      message: `${p.path}: last reviewed ${shown} (${what}), ${age} days ago; the limit is ${p.maxAgeDays} days`,
      location,
      remediation: `review the policy with its owner, then ${reviewHint}`,
      wanted: p.maxAgeDays,
      observed: age
    }
  return {
    id,
    status: 'passed',
    message: `${p.path}: reviewed ${shown} (${what}), ${age} day(s) ago, within ${p.maxAgeDays}`,
    location
  }
}

interface ParsedJob {
  id: string
  line?: number
  /** Job-level `uses:` (a reusable workflow). */
  uses?: { value: string; line?: number }
  steps: { uses: string; line?: number }[]
}

type ParsedWorkflow =
  { ok: true; jobs: ParsedJob[]; jobsLine?: number } | { ok: false; message: string; line?: number }

/**
 * The jobs of a workflow with the lines of their keys and of every `uses:`, read by the one
 * workflow model (workflow/model.ts on GitHub's parser: aliased jobs and steps included). Pure.
 */
export function parseWorkflow(f: WorkflowFile): ParsedWorkflow {
  const r = readWorkflowModel(f)
  if (!r.ok) {
    return {
      ok: false,
      message: `${f.path}${r.line ? `:${r.line}` : ''}: ${r.error}`,
      ...(r.line ? { line: r.line } : {})
    }
  }
  const jobsLine = keyPositionOf(r.model.root, 'jobs')?.line
  const jobs: ParsedJob[] = r.model.jobs.map((j) => ({
    id: j.id,
    line: j.line,
    ...(j.uses ? { uses: { value: j.uses.value, line: j.uses.line } } : {}),
    steps: j.steps.flatMap((s) => (s.uses ? [{ uses: s.uses.value, line: s.uses.line }] : []))
  }))
  return { ok: true, jobs, ...(jobsLine ? { jobsLine } : {}) }
}

/** `*` matches any text; everything else literally. A trailing `/` on `uses:` is ignored. */
export function matchesGate(uses: string, patterns: readonly string[]): boolean {
  const u = uses.trim().replace(/(.)\/+$/, '$1')
  return patterns.some((p) => {
    const norm = p.trim().replace(/(.)\/+$/, '$1')
    const re = new RegExp(
      `^${norm
        .split('*')
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`
    )
    return re.test(u)
  })
}

interface GateHit {
  file: string
  line?: number
  via: string[]
}

function findGate(
  wf: WorkflowFile,
  onlyJob: string | undefined,
  patterns: readonly string[],
  facts: PolicyFreshnessFacts,
  parse: (f: WorkflowFile) => ParsedWorkflow,
  level: number,
  seen: Set<string>
): GateHit | undefined {
  const p = parse(wf)
  if (!p.ok || level > MAX_LEVELS) return undefined
  for (const job of p.jobs) {
    if (onlyJob !== undefined && job.id !== onlyJob) continue
    for (const s of job.steps)
      if (matchesGate(s.uses, patterns))
        return { file: wf.path, ...(s.line ? { line: s.line } : {}), via: [] }
    if (job.uses) {
      if (matchesGate(job.uses.value, patterns))
        return { file: wf.path, ...(job.uses.line ? { line: job.uses.line } : {}), via: [] }
      const callee = resolveLocal(facts.workflows, job.uses.value)
      if (callee && !seen.has(callee.path)) {
        seen.add(callee.path)
        const hit = findGate(callee, undefined, patterns, facts, parse, level + 1, seen)
        if (hit) return { ...hit, via: [`${wf.path} job ${job.id}`, ...hit.via] }
      }
    }
  }
  return undefined
}

function judgeGate(
  w: { file: string; gateJob?: string },
  facts: PolicyFreshnessFacts,
  patterns: readonly string[],
  parse: (f: WorkflowFile) => ParsedWorkflow
): ReportCheck {
  const id = `gate:${w.file}${w.gateJob ? `:${w.gateJob}` : ''}`
  const example = `- uses: ${(patterns[0] ?? 'acme/gonogo/action-gate@*').replace('*', 'v1')}`
  if (facts.missingWorkflows.includes(w.file))
    return {
      id,
      status: 'failed',
      message: `${w.file}: the workflow that should run the gonogo gate is gone`,
      location: { file: w.file },
      remediation: `restore ${w.file} with a job that runs \`${example}\`, or update checks.policy-freshness.workflows`
    }
  const wf = facts.workflows.find((f) => f.path === w.file)
  const parsed = wf ? parse(wf) : undefined
  if (!wf || !parsed || !parsed.ok)
    return {
      id,
      status: 'failed',
      message: parsed && !parsed.ok ? parsed.message : `${w.file}: cannot be read`,
      location: {
        file: w.file,
        ...(parsed && !parsed.ok && parsed.line ? { line: parsed.line } : {})
      },
      remediation: 'fix the workflow file so GitHub (and gonogo) can read it'
    }
  if (w.gateJob !== undefined) {
    const job = parsed.jobs.find((j) => j.id === w.gateJob)
    if (!job)
      return {
        id,
        status: 'failed',
        message: `${w.file}: job '${w.gateJob}' no longer exists (jobs: ${parsed.jobs.map((j) => j.id).join(', ') || 'none'})`,
        location: { file: w.file, ...(parsed.jobsLine ? { line: parsed.jobsLine } : {}) },
        remediation: `restore job '${w.gateJob}' running \`${example}\`, or point gate_job at the job that runs the gate now`
      }
  }
  const hit = findGate(wf, w.gateJob, patterns, facts, parse, 1, new Set([wf.path]))
  if (!hit) {
    const job = w.gateJob ? parsed.jobs.find((j) => j.id === w.gateJob) : undefined
    return {
      id,
      status: 'failed',
      message: `${w.file}: ${w.gateJob ? `job '${w.gateJob}'` : 'no job'} no longer runs the gonogo gate (no step \`uses:\` matching ${patterns.join(', ')})`,
      location: {
        file: w.file,
        ...((job?.line ?? parsed.jobsLine) ? { line: job?.line ?? parsed.jobsLine } : {})
      },
      remediation: `add the gate step back${w.gateJob ? ` to job '${w.gateJob}'` : ''}: \`${example}\``
    }
  }
  return {
    id,
    status: 'passed',
    message: `${w.file}${w.gateJob ? ` job '${w.gateJob}'` : ''} runs the gonogo gate${hit.via.length ? ` (through ${hit.via.join(' → ')})` : ''} at ${hit.file}${hit.line ? `:${hit.line}` : ''}`,
    location: { file: hit.file, ...(hit.line ? { line: hit.line } : {}) }
  }
}

function judgeRequiredJobs(
  facts: PolicyFreshnessFacts,
  settings: PolicyFreshnessSettings,
  parse: (f: WorkflowFile) => ParsedWorkflow
): ReportCheck[] {
  const files = facts.workflows
  const names = deriveCheckNames(files, { resolveLocal: (u) => resolveLocal(files, u) })
  const byId: { file: string; job: string; line?: number }[] = []
  const unreadable: string[] = []
  for (const f of files) {
    const p = parse(f)
    if (!p.ok) {
      unreadable.push(p.message)
      continue
    }
    for (const j of p.jobs)
      byId.push({ file: f.path, job: j.id, ...(j.line ? { line: j.line } : {}) })
  }
  const out: ReportCheck[] = []
  for (const name of [...settings.requiredJobs].sort()) {
    const id = `required-job:${name}`
    // Only a check name a job really reports counts: a job id whose check shows under another
    // name (`name:`, matrix suffixes) cannot satisfy a branch rule requiring the id.
    const check = names.checks.find((c) => c.name === name)
    const job = byId.find((j) => j.job === name)
    if (!check && job) {
      const shown = names.checks
        .filter((c) => c.workflow === job.file && c.job === job.job)
        .map((c) => `'${c.name}'`)
      out.push({
        id,
        status: 'failed',
        message: `job '${name}' exists, but its checks show as ${shown.join(', ') || 'other names'}, so a rule requiring '${name}' would wait forever`,
        location: { file: job.file, ...(job.line ? { line: job.line } : {}) },
        remediation: `require the name the job reports (${shown.join(', ') || 'see npx gonogo check-names'}), or drop its name:/matrix`
      })
      continue
    }
    if (check) {
      const file = check.workflow
      const line = check.line
      out.push({
        id,
        status: 'passed',
        message: `'${name}' is still produced by ${file} job '${check.job}'`,
        location: { file, ...(line ? { line } : {}) }
      })
      continue
    }
    if (unreadable.length > 0 || names.unresolved.length > 0) {
      const why = [
        ...unreadable,
        ...names.unresolved.map((u) => `${u.workflow}${u.job ? ` job ${u.job}` : ''}: ${u.reason}`)
      ]
      out.push({
        id,
        status: 'unverified',
        message: `'${name}' is not among the jobs and check names that could be read; ${why.slice(0, 3).join('; ')}`,
        location: { file: '.github/workflows' },
        remediation:
          'fix the workflows that cannot be read or expanded, so every job name is known',
        unlock: 'readable workflow files with names that can be expanded'
      })
      continue
    }
    out.push({
      id,
      status: 'failed',
      message: `required job '${name}' no longer exists in any workflow; a branch rule requiring it would wait forever (or was dropped)`,
      location: { file: '.github/workflows' },
      remediation: `restore the job '${name}', or remove it from required_jobs and from the branch rule's required checks`
    })
  }
  return out
}
