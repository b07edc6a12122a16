import picomatch from 'picomatch'
import type { ReportCheck } from '../../core/report.js'
import type { Outcome } from './interpreters.js'
import { fileLine, type RunBlock, type Step, type Workflow } from './parse.js'
import { snippetLine, type Snippet, type Unchecked } from './scripts.js'
import type { ResolvedSettings, RuleId } from './settings.js'

/**
 * Judges gathered workflow facts. Pure: the same facts and settings give the same checks.
 *
 * Pinning: every action from another repository must be pinned to a full 40-hex commit SHA,
 * `actions/*` and `github/*` included (a tag can be moved by whoever controls the repository,
 * and GitHub's own actions have been retagged before); `allow_unpinned` exempts owners or
 * repositories by glob. Local actions (`./…`) and `docker://` images pinned by `@sha256:` digest
 * are fine.
 */

export interface WorkflowFile {
  file: string
  /** Set when the file could not be read (missing, too large, binary, a link out). */
  readError?: string
  workflow?: Workflow
}

export interface LintFacts {
  files: WorkflowFile[]
  /** More workflow files than the limit: the rest were not read. */
  truncated?: { limit: number }
  /** Undefined when script-syntax is off (nothing was run). */
  scripts?: { snippet: Snippet; outcome: Outcome }[]
  unchecked: Unchecked[]
}

export interface Finding {
  rule: RuleId
  file: string
  line: number
  message: string
  remediation: string
  /** `failed` for a finding; `unverified` when the tool that would judge it is missing. */
  status: 'failed' | 'unverified'
  unlock?: string
}

/** A finding after its rule's severity: what the report and SARIF show. */
export interface Judged extends Finding {
  level: 'error' | 'warning' | 'note'
}

export const RULE_TEXT: Readonly<Record<RuleId, { title: string; help: string }>> = {
  'workflow-parse': {
    title: 'Workflow file cannot be read or is not a workflow',
    help: 'Every file under .github/workflows must be readable YAML describing a workflow (on:, jobs:).'
  },
  'script-syntax': {
    title: 'Embedded script does not parse',
    help: 'Scripts in run: blocks (bash, sh, python, node, and python/node heredocs and -c/-e code) are syntax-checked by their interpreter.'
  },
  'unpinned-action': {
    title: 'Action not pinned to a full commit SHA',
    help: 'A tag or branch can be moved to other code; pin uses: to a 40-character commit SHA (keep the tag in a comment).'
  },
  'missing-permissions': {
    title: 'No top-level permissions',
    help: 'Without permissions: the GITHUB_TOKEN gets the repository default, which may be read-write; declare the least it needs.'
  },
  'script-injection': {
    title: 'Untrusted context expanded into a script',
    help: '${{ }} is substituted into the script before it runs, so text an attacker controls (titles, bodies, branch names) becomes code; pass it through env: instead.'
  },
  'untrusted-checkout': {
    title: 'Privileged workflow checks out pull-request code',
    help: 'pull_request_target and workflow_run run with secrets and a write token; checking out the PR head there lets the PR run code with them.'
  }
}

const SHA40 = /^[0-9a-f]{40}$/i
const DIGEST = /@sha256:[0-9a-f]{64}$/i

/** Why `uses` is not pinned, or undefined when it is (or need not be). */
export function unpinnedReason(uses: string, allow: readonly string[]): string | undefined {
  const u = uses.trim()
  if (u.startsWith('./')) return undefined
  if (u.startsWith('docker://')) {
    return DIGEST.test(u) ? undefined : 'a docker image referenced by tag, not by @sha256: digest'
  }
  const at = u.lastIndexOf('@')
  const name = at < 0 ? u : u.slice(0, at)
  const ref = at < 0 ? '' : u.slice(at + 1)
  const repo = name.split('/').slice(0, 2).join('/')
  if (allow.length > 0 && picomatch.isMatch(repo, allow as string[], { nocase: true }))
    return undefined
  if (SHA40.test(ref)) return undefined
  if (ref === '') return 'no @ref at all'
  if (/^[0-9a-f]{7,39}$/i.test(ref)) return `a short SHA (${ref})`
  return `the movable ref '${ref}'`
}

/** Safe fields of `github.event`: numbers, ids, SHAs, booleans, timestamps. */
const SAFE_FIELD =
  /^(number|id|node_id|sha|before|after|merged|draft|action|forced|created|deleted|size|private|fork|run_id|run_number|run_attempt|\w+_(sha|id|count|at|number))$/

/** The attacker-controllable contexts an expression reads (empty when none). */
export function taintedContexts(expression: string): string[] {
  const out = new Set<string>()
  for (const m of expression.matchAll(/\bgithub\s*(?:\.\s*head_ref\b|\[\s*['"]head_ref['"]\s*\])/g))
    if (m[0] !== '') out.add('github.head_ref')
  for (const m of expression.matchAll(
    /\bgithub\s*\.\s*event((?:\s*\.\s*(?:[A-Za-z_][\w-]*|\*)|\s*\[[^\]]*\])*)/g
  )) {
    const path = (m[1] ?? '').replace(/\s+/g, '')
    const segments = path
      .split(/\.|\[/)
      .map((x) => x.replace(/[\]'"]/g, ''))
      .filter((x) => x !== '')
    const last = segments.at(-1)
    if (last !== undefined && SAFE_FIELD.test(last)) continue
    out.add(`github.event${path}`)
  }
  return [...out].sort()
}

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g

function countNl(s: string): number {
  let n = 0
  for (const c of s) if (c === '\n') n++
  return n
}

/** Injection findings for one script text (a `run:` or a github-script `script:`). */
function injections(
  file: string,
  where: string,
  block: RunBlock,
  out: Finding[],
  what: string
): void {
  for (const m of block.text.matchAll(EXPRESSION)) {
    const tainted = taintedContexts(m[1] ?? '')
    if (tainted.length === 0) continue
    const line = fileLine(block, countNl(block.text.slice(0, m.index)) + 1)
    out.push({
      rule: 'script-injection',
      file,
      line,
      status: 'failed',
      message: `${file}:${line}: ${where} expands ${tainted.join(', ')} into ${what} (${m[0].replace(/\s+/g, ' ').slice(0, 120)}); whoever writes that text can run commands in the job`,
      remediation: `Move the value into the step's env (for example env: { VALUE: ${m[0].replace(/\s+/g, ' ')} }) and use it as "$VALUE" (quoted) in the script, or process.env.VALUE in github-script.`
    })
  }
}

const PR_HEAD =
  /github\s*\.\s*(?:event\s*\.\s*pull_request\s*\.\s*(?:head\s*\.\s*(?:sha|ref|label|repo)|merge_commit_sha)|event\s*\.\s*number|head_ref|event\s*\.\s*workflow_run\s*\.\s*(?:head_sha|head_branch|head_repository)|event\s*\.\s*check_suite\s*\.\s*(?:head_sha|head_branch))|refs\/pull\//

function isCheckout(step: Step): boolean {
  const u = step.uses?.value.trim().toLowerCase() ?? ''
  return u === 'actions/checkout' || u.startsWith('actions/checkout@')
}

function stepLabel(job: string, step: Pick<Step, 'index' | 'name'>): string {
  return `job '${job}' step ${step.index + 1}${step.name ? ` ('${step.name}')` : ''}`
}

const TOOL_HINT: Readonly<Record<string, string>> = {
  python: 'python3 on PATH (for example actions/setup-python before the gate)',
  bash: 'bash on PATH',
  sh: 'sh on PATH',
  node: 'node on PATH (for example actions/setup-node before the gate)'
}

/** Every finding the rules make, before severities. */
export function findFindings(facts: LintFacts, settings: ResolvedSettings): Finding[] {
  const out: Finding[] = []
  for (const f of facts.files) {
    if (f.readError !== undefined) {
      out.push({
        rule: 'workflow-parse',
        file: f.file,
        line: 1,
        status: 'failed',
        message: `${f.readError}; the workflow cannot be linted`,
        remediation:
          'Make the workflow a regular UTF-8 YAML file inside the repository (no link out of it) under 1 MiB, or remove it.'
      })
      continue
    }
    const wf = f.workflow
    if (!wf) continue
    for (const e of wf.errors) {
      out.push({
        rule: 'workflow-parse',
        file: wf.file,
        line: e.line,
        status: 'failed',
        message: `${wf.file}:${e.line}: ${e.message}`,
        remediation: `Fix ${wf.file} at line ${e.line} so it is a valid workflow (GitHub would not run it as it is); actionlint or the Actions tab shows the same error.`
      })
    }
    if (wf.errors.length > 0) continue

    if (!wf.hasPermissions) {
      const open = wf.jobs.filter((j) => !j.hasPermissions && !j.uses).map((j) => j.id)
      const callers = wf.jobs.filter((j) => !j.hasPermissions && j.uses).map((j) => j.id)
      const bare = [...open, ...callers]
      if (bare.length > 0) {
        out.push({
          rule: 'missing-permissions',
          file: wf.file,
          line: 1,
          status: 'failed',
          message: `${wf.file}: no top-level permissions:, and job${bare.length > 1 ? 's' : ''} ${bare.map((j) => `'${j}'`).join(', ')} declare${bare.length > 1 ? '' : 's'} none, so the GITHUB_TOKEN gets the repository's default permissions`,
          remediation: `Add a top-level "permissions: { contents: read }" to ${wf.file} (or "permissions: {}") and grant each job only what it needs under its own permissions:.`
        })
      }
    }

    const privileged = wf.triggers.filter(
      (t) => t === 'pull_request_target' || t === 'workflow_run'
    )
    for (const job of wf.jobs) {
      if (job.uses) {
        const why = unpinnedReason(job.uses.value, settings.allowUnpinned)
        if (why) out.push(unpinned(wf.file, job.uses.line, `job '${job.id}'`, job.uses.value, why))
      }
      for (const step of job.steps) {
        const label = stepLabel(job.id, step)
        if (step.uses) {
          const why = unpinnedReason(step.uses.value, settings.allowUnpinned)
          if (why) out.push(unpinned(wf.file, step.uses.line, label, step.uses.value, why))
        }
        if (step.run) injections(wf.file, label, step.run, out, 'its run: script')
        const script = step.with.script
        if (script && /^actions\/github-script(@|$)/i.test(step.uses?.value.trim() ?? ''))
          injections(wf.file, label, script.block, out, 'its github-script code')
        if (privileged.length > 0 && isCheckout(step)) {
          for (const key of ['ref', 'repository']) {
            const v = step.with[key]
            if (!v || !PR_HEAD.test(v.value)) continue
            out.push({
              rule: 'untrusted-checkout',
              file: wf.file,
              line: v.line,
              status: 'failed',
              message: `${wf.file}:${v.line}: a ${privileged.join('/')} workflow checks out pull-request code (${label}, ${key}: ${v.value}); that code then runs with the workflow's secrets and write token`,
              remediation: `Run untrusted code under the pull_request trigger (no secrets, read-only token) instead; if ${privileged.join('/')} is needed, keep it to trusted base-branch code and pass PR results as artifacts, never checking out or executing the PR head here.`
            })
          }
        }
      }
    }
  }

  if (facts.truncated) {
    out.push({
      rule: 'workflow-parse',
      file: '.github/workflows',
      line: 1,
      status: 'failed',
      message: `.github/workflows holds more than ${facts.truncated.limit} workflow files; only the first ${facts.truncated.limit} were linted`,
      remediation: `Keep at most ${facts.truncated.limit} workflow files, or split the repository.`
    })
  }

  const missing = new Map<string, Snippet[]>()
  for (const { snippet: s, outcome: o } of facts.scripts ?? []) {
    const where = `${stepLabel(s.job, { index: s.step, ...(s.name !== undefined ? { name: s.name } : {}) })}, ${s.origin}`
    if (o.kind === 'error') {
      const line = snippetLine(s, o.line)
      out.push({
        rule: 'script-syntax',
        file: s.file,
        line,
        status: 'failed',
        message: `${s.file}:${line}: ${s.lang} syntax error in ${where}: ${o.message}`,
        remediation: `Fix the ${s.lang} code at ${s.file} line ${line}${s.lang === 'python' || s.lang === 'node' ? '' : ' (run "bash -n" on the script to see it)'}; ${'`${{ }}`'} expressions were read as a plain word.`
      })
    } else if (o.kind === 'missing') {
      missing.set(o.tool, [...(missing.get(o.tool) ?? []), s])
    } else if (o.kind === 'timeout' || o.kind === 'crashed') {
      const line = snippetLine(s, 1)
      out.push({
        rule: 'script-syntax',
        file: s.file,
        line,
        status: 'unverified',
        message: `${s.file}:${line}: the ${s.lang} code in ${where} could not be checked: ${o.kind === 'timeout' ? `${o.tool} took longer than ${o.seconds} s` : o.message}`,
        remediation:
          'Check the script by hand, or make it smaller; raise checks.workflow-lint.timeout_seconds if the runner is slow.',
        unlock: `${o.tool} finishing its syntax check (checks.workflow-lint.timeout_seconds)`
      })
    }
  }
  for (const [tool, list] of missing) {
    const first = list[0] as Snippet
    const line = snippetLine(first, 1)
    const langs = [...new Set(list.map((s) => s.lang))].sort()
    out.push({
      rule: 'script-syntax',
      file: first.file,
      line,
      status: 'unverified',
      message: `${list.length} ${langs.join('/')} script${list.length > 1 ? 's' : ''} not checked: ${tool} was not found (first at ${first.file}:${line})`,
      remediation: `Install ${tool} where the check runs, or point checks.workflow-lint.interpreters at it.`,
      unlock: TOOL_HINT[langs[0] as string] ?? `${tool} on PATH`
    })
  }
  return out
}

function unpinned(file: string, line: number, where: string, uses: string, why: string): Finding {
  return {
    rule: 'unpinned-action',
    file,
    line,
    status: 'failed',
    message: `${file}:${line}: ${where} uses ${uses}, pinned to ${why}`,
    remediation: uses.startsWith('docker://')
      ? `Reference the image by digest: ${uses.replace(/:[^:/@]+$/, '')}@sha256:<digest> (docker buildx imagetools inspect shows it).`
      : `Pin to the full commit SHA the ref points at and keep the tag as a comment, for example "uses: ${uses.split('@')[0]}@<40-hex sha> # ${uses.split('@')[1] ?? 'vX.Y.Z'}" (git ls-remote https://github.com/${uses.split('@')[0]?.split('/').slice(0, 2).join('/')} shows it); let Dependabot keep it current.`
  }
}

function compareFindings(a: Finding, b: Finding): number {
  return cmp(a.file, b.file) || a.line - b.line || cmp(a.rule, b.rule) || cmp(a.message, b.message)
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Findings after severities: `off` drops them, `warning` keeps them without failing. */
export function applySeverity(findings: readonly Finding[], settings: ResolvedSettings): Judged[] {
  const out: Judged[] = []
  for (const f of [...findings].sort(compareFindings)) {
    const sev = f.rule === 'workflow-parse' ? 'error' : settings.severity[f.rule]
    if (sev === 'off') continue
    out.push({ ...f, level: f.status === 'unverified' ? 'note' : sev })
  }
  return out
}

/** The report's checks: one per finding, and a passed summary for each rule without failures. */
export function toChecks(
  facts: LintFacts,
  judged: readonly Judged[],
  settings: ResolvedSettings
): ReportCheck[] {
  const checks: ReportCheck[] = []
  const seen = new Map<string, number>()
  for (const f of judged) {
    const base = `${f.rule}/${f.file}:${f.line}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    const warning = f.status === 'failed' && f.level === 'warning'
    checks.push({
      id: n === 1 ? base : `${base}#${n}`,
      status: warning ? 'passed' : f.status,
      message: warning ? `warning: ${f.message}` : f.message,
      location: { file: f.file, line: f.line },
      remediation: f.remediation,
      ...(f.unlock ? { unlock: f.unlock } : {})
    })
  }
  const readable = facts.files.filter((f) => f.workflow && f.workflow.errors.length === 0)
  const failedRules = new Set(judged.filter((f) => f.status === 'failed').map((f) => f.rule))
  const summary = (rule: RuleId, message: string): void => {
    if (failedRules.has(rule)) return
    if (rule !== 'workflow-parse' && settings.severity[rule] === 'off') return
    checks.push({ id: rule, status: 'passed', message })
  }
  if (facts.files.length === 0) {
    checks.push({
      id: 'workflow-parse',
      status: 'unverified',
      message: 'no workflow files under .github/workflows: there is nothing to lint',
      location: { file: '.github/workflows' },
      remediation:
        'Run the check in a repository with GitHub Actions workflows, or drop the control that asks for it.',
      unlock: 'workflow files (.github/workflows/*.yml) in the checked-out workspace'
    })
    return checks
  }
  const wfs = readable.map((f) => f.workflow as Workflow)
  const steps = wfs.flatMap((w) => w.jobs.flatMap((j) => j.steps))
  const refs = wfs.flatMap((w) => [
    ...w.jobs.filter((j) => j.uses).map((j) => j.uses?.value as string),
    ...w.jobs.flatMap((j) => j.steps.filter((s) => s.uses).map((s) => s.uses?.value as string))
  ])
  const remote = refs.filter((u) => !u.startsWith('./'))
  summary(
    'workflow-parse',
    `${facts.files.length} workflow file${facts.files.length === 1 ? '' : 's'} parsed`
  )
  summary(
    'unpinned-action',
    `${remote.length} action and reusable-workflow reference${remote.length === 1 ? '' : 's'} from other repositories ${remote.length === 1 ? 'is' : 'are'} pinned to a full commit SHA${settings.allowUnpinned.length ? ` or allowed (${settings.allowUnpinned.join(', ')})` : ''}`
  )
  summary(
    'missing-permissions',
    `${wfs.length} workflow${wfs.length === 1 ? '' : 's'} declare${wfs.length === 1 ? 's' : ''} token permissions`
  )
  summary(
    'script-injection',
    `no untrusted context is expanded into the ${steps.filter((s) => s.run).length} run: scripts`
  )
  const privileged = wfs.filter((w) =>
    w.triggers.some((t) => t === 'pull_request_target' || t === 'workflow_run')
  )
  summary(
    'untrusted-checkout',
    `${privileged.length} pull_request_target/workflow_run workflow${privileged.length === 1 ? '' : 's'}, none checking out pull-request code`
  )
  if (facts.scripts) {
    const ok = facts.scripts.filter((s) => s.outcome.kind === 'ok')
    const byLang = new Map<string, number>()
    for (const s of ok) byLang.set(s.snippet.lang, (byLang.get(s.snippet.lang) ?? 0) + 1)
    const parts = [...byLang].sort(([a], [b]) => cmp(a, b)).map(([l, n]) => `${n} ${l}`)
    const skipped = facts.unchecked.length
    summary(
      'script-syntax',
      `${ok.length} embedded script${ok.length === 1 ? '' : 's'} parse${ok.length === 1 ? 's' : ''}${parts.length ? ` (${parts.join(', ')})` : ''}${skipped ? `; ${skipped} PowerShell/cmd/other-shell step${skipped === 1 ? '' : 's'} not checked` : ''}`
    )
  }
  return checks
}
