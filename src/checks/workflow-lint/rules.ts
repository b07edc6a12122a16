import type { ReportCheck } from '../../core/report.js'
import type { Script, ScriptExpression } from '../../workflow/model.js'
import { isSameRepositoryUses } from '../../workflow/local-uses.js'
import type { Outcome } from './interpreters.js'
import {
  describeRule,
  describeRules,
  pinVerdict,
  policyText,
  repositoryOf,
  type PinVerdict
} from './pinning.js'
import { originsOf, type Origin } from './resolve.js'
import { snippetLine, type Snippet, type Unchecked } from './scripts.js'
import type { PinRule, ResolvedSettings, RuleId } from './settings.js'
import type { LintFile, LocalAction } from './sources.js'
import { attackerControlled, pullRequestCode, type Controlled } from './taint.js'
import { MAX_CALL_DEPTH, MAX_SITES, type StepSite, type Via, type Walk } from './walk.js'

/**
 * Judges the gathered workflow facts. Pure: the same facts and settings give the same checks.
 *
 * - workflow-parse: every workflow is one GitHub would run (docs: "Workflow syntax for GitHub
 *   Actions"; read by GitHub's own parser), and so is every local action its steps use.
 * - unpinned-action: every action and reusable workflow from another repository is pinned as
 *   the pinning policy asks (pinning.ts): by default to a full 40-hex commit SHA, `actions/*` and
 *   `github/*` included (docs: "Security hardening for GitHub Actions" → "Using third-party
 *   actions": a full-length commit SHA is the only immutable reference); `pinning` patterns
 *   allow refs (or anything) for owners a team trusts, first match wins. Local actions (`./…`)
 *   need nothing; `docker://` images need an `@sha256:` digest whatever the patterns say.
 * - missing-permissions: a workflow declares the token's permissions, or every job does (docs:
 *   "Controlling permissions for GITHUB_TOKEN").
 * - script-injection: no text someone outside the repository writes is expanded into a `run:`
 *   script or github-script code (docs: "Script injections"; taint.ts says who writes what).
 * - untrusted-checkout: a `pull_request_target` or `workflow_run` workflow does not check out the
 *   pull request's code (docs: "Security hardening for GitHub Actions" → "Mitigating the risks of
 *   untrusted code checkout"), neither with actions/checkout nor in a `run:` script (`gh pr
 *   checkout`, git on a `pull/N/head` ref or a PR-head value), judged with the triggers of the
 *   workflow that runs the step, so a local reusable workflow or composite action is judged
 *   under its caller's.
 * - script-syntax: embedded scripts parse in the shell or interpreter they run under.
 *
 * A finding in a reusable workflow or composite action is reported at its own file and line and
 * names each caller's file and line on the way.
 */

export interface LintFacts {
  files: LintFile[]
  /** Local actions the steps use, by folder. */
  actions: LocalAction[]
  /** More workflow files than the limit: the rest were not read. */
  truncated?: { limit: number }
  walk: Walk
  /** Undefined when script-syntax is off (nothing was run). */
  scripts?: { snippet: Snippet; outcome: Outcome }[]
  unchecked: Unchecked[]
}

/** A file and line related to a finding: a caller on the way to it. */
export interface Related {
  file: string
  line: number
  message: string
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
  /** The callers on the way to it (reusable workflows, composite actions). */
  related?: Related[]
}

/** A finding after its rule's severity: what the report and SARIF show. */
export interface Judged extends Finding {
  level: 'error' | 'warning' | 'note'
}

export const RULE_TEXT: Readonly<Record<RuleId, { title: string; help: string }>> = {
  'workflow-parse': {
    title: 'Workflow file cannot be read or is not a workflow',
    help: 'Every file under .github/workflows, and every local action its steps use, must be one GitHub would run (read by GitHub’s own workflow and action parser).'
  },
  'script-syntax': {
    title: 'Embedded script does not parse',
    help: 'Scripts in run: blocks are syntax-checked by the interpreter of the shell they run under (bash, sh, python, node, and python/node heredocs and -c/-e code); PowerShell and cmd have no checker here and are listed as not checked.'
  },
  'unpinned-action': {
    title: 'Action not pinned as the pinning policy requires',
    help: 'A tag or branch can be moved to other code; pin uses: to a 40-character commit SHA (keep the tag in a comment), or, for owners you trust, allow refs with checks.workflow-lint.pinning.'
  },
  'missing-permissions': {
    title: 'No top-level permissions',
    help: 'Without permissions: the GITHUB_TOKEN gets the repository default, which may be read-write; declare the least it needs.'
  },
  'script-injection': {
    title: 'Untrusted context expanded into a script',
    help: '${{ }} is substituted into the script before it runs, so text an attacker controls (titles, bodies, branch names, commit messages) becomes code; pass it through env: instead.'
  },
  'untrusted-checkout': {
    title: 'Privileged workflow checks out pull-request code',
    help: 'pull_request_target and workflow_run run with secrets and a write token; checking out the PR head there lets the PR run code with them.'
  }
}

/**
 * Why `uses` is not pinned as the policy asks, or undefined when it is (or need not be); see
 * {@link pinVerdict} in pinning.ts.
 */
export function unpinnedReason(uses: string, rules: readonly PinRule[]): string | undefined {
  return pinVerdict(uses, rules)?.reason
}

/** A finding before findings reached several ways are merged. */
interface Draft {
  rule: RuleId
  file: string
  line: number
  text: string
  remediation: string
  status: 'failed' | 'unverified'
  unlock?: string
  chain: readonly Via[]
}

const PRIVILEGED = new Set(['pull_request_target', 'workflow_run'])

function isCheckout(uses: string | undefined): boolean {
  const u = uses?.trim().toLowerCase() ?? ''
  return u === 'actions/checkout' || u.startsWith('actions/checkout@')
}

const TOOL_HINT: Readonly<Record<string, string>> = {
  python: 'python3 on PATH (for example actions/setup-python before the gate)',
  bash: 'bash on PATH',
  sh: 'sh on PATH',
  node: 'node on PATH (for example actions/setup-node before the gate)'
}

/** Every finding the rules make, before severities. */
export function findFindings(facts: LintFacts, settings: ResolvedSettings): Finding[] {
  const drafts: Draft[] = []
  for (const f of facts.files) parseFindings(f, drafts)
  for (const f of facts.files) if (f.model) permissionFindings(f, drafts)
  for (const p of facts.walk.problems) {
    drafts.push({
      rule: 'workflow-parse',
      file: p.file,
      line: p.line,
      text: p.message,
      remediation: p.remediation,
      status: p.status,
      ...(p.unlock ? { unlock: p.unlock } : {}),
      chain: p.chain
    })
  }
  for (const j of facts.walk.jobs) {
    const uses = j.job.uses
    if (!uses) continue
    const why = pinVerdict(uses.value, settings.pinning)
    const line = j.job.alias?.at ?? uses.line
    if (why) drafts.push(unpinned(j.file, line, j.label, uses.value, why, j.chain))
  }
  for (const site of facts.walk.steps) stepFindings(site, settings, drafts)
  if (facts.truncated) {
    drafts.push({
      rule: 'workflow-parse',
      file: '.github/workflows',
      line: 1,
      status: 'failed',
      text: `.github/workflows holds more than ${facts.truncated.limit} workflow files; only the first ${facts.truncated.limit} were linted`,
      remediation: `Keep at most ${facts.truncated.limit} workflow files, or split the repository.`,
      chain: []
    })
  }
  if (facts.walk.limited) {
    drafts.push({
      rule: 'workflow-parse',
      file: '.github/workflows',
      line: 1,
      status: 'unverified',
      text: `some local reusable workflows or composite actions were not followed into: they nest more than ${MAX_CALL_DEPTH} levels deep, or the workflows reach more than ${MAX_SITES} steps, and gonogo stops there, so what runs beyond was not linted as part of its callers`,
      remediation:
        'Check the deeper reusable workflows and composite actions by hand (each workflow file is still linted on its own).',
      unlock: 'local calls within the depth and size limits workflow-lint follows',
      chain: []
    })
  }
  if (facts.scripts) syntaxFindings(facts.scripts, drafts)
  return merge(drafts)
}

function parseFindings(f: LintFile, out: Draft[]): void {
  if (f.readError !== undefined) {
    out.push({
      rule: 'workflow-parse',
      file: f.file,
      line: 1,
      status: 'failed',
      text: `${f.readError}; the workflow cannot be linted`,
      remediation:
        'Make the workflow a regular UTF-8 YAML file inside the repository (no link out of it) under 1 MiB, or remove it.',
      chain: []
    })
  } else if (f.invalid) {
    const line = f.invalid.line
    out.push({
      rule: 'workflow-parse',
      file: f.file,
      line,
      status: 'failed',
      text: f.invalid.message,
      remediation: `Fix ${f.file} at line ${line} so it is a valid workflow (GitHub would not run it as it is); the Actions tab shows the same error.`,
      chain: []
    })
  }
}

function permissionFindings(f: LintFile, out: Draft[]): void {
  const wf = f.model
  // A workflow only others call runs with its caller's token, which it can only narrow (docs:
  // "Reusing workflows" → "Access and permissions"): the caller's permissions are what count.
  if (!wf || wf.hasPermissions || wf.callableOnly) return
  const bare = [
    ...wf.jobs.filter((j) => !j.hasPermissions && !j.uses),
    ...wf.jobs.filter((j) => !j.hasPermissions && j.uses)
  ].map((j) => j.id)
  if (bare.length === 0) return
  out.push({
    rule: 'missing-permissions',
    file: wf.path,
    line: 1,
    status: 'failed',
    text: `no top-level permissions:, and job${bare.length > 1 ? 's' : ''} ${bare.map((j) => `'${j}'`).join(', ')} declare${bare.length > 1 ? '' : 's'} none, so the GITHUB_TOKEN gets the repository's default permissions`,
    remediation: `Add a top-level "permissions: { contents: read }" to ${wf.path} (or "permissions: {}") and grant each job only what it needs under its own permissions:.`,
    chain: []
  })
}

function stepFindings(site: StepSite, settings: ResolvedSettings, out: Draft[]): void {
  const { step } = site
  if (step.uses) {
    const why = pinVerdict(step.uses.value, settings.pinning)
    if (why)
      out.push(
        unpinned(
          site.file,
          site.aliasAt ?? step.uses.line,
          site.label,
          step.uses.value,
          why,
          site.chain
        )
      )
  }
  if (step.run) injections(site, step.run, 'its run: script', out)
  const script = step.with.script
  if (script && /^actions\/github-script(@|$)/i.test(step.uses?.value.trim() ?? ''))
    injections(site, script, 'its github-script code', out)
  const privileged = site.root.triggers.map((t) => t.event).filter((e) => PRIVILEGED.has(e))
  if (privileged.length > 0 && isCheckout(step.uses?.value)) checkouts(site, privileged, out)
  if (privileged.length > 0 && step.run) scriptCheckouts(site, step.run, privileged, out)
}

/**
 * Where a command starts on a shell line: its start, or after `;`, `&&`, `||`, `|`, `(`, a
 * backquote, `then`, `do`, `else`, `sudo` or `exec`.
 */
const COMMAND_START = String.raw`(?:^|[;&|(\x60]|\b(?:then|do|else|sudo|exec)\b)\s*`
/** `gh pr checkout …` as a command: the GitHub CLI checks out a pull request's head. */
const GH_PR_CHECKOUT = new RegExp(String.raw`${COMMAND_START}gh\s+pr\s+checkout\b`)
/**
 * A git command and its subcommand, e.g. `git -C x checkout` (up to 8 options before it: the bound
 * keeps a hostile line such as `git -x ;git -x ;git …` linear instead of rescanning to its end
 * from every `git`).
 */
const GIT_COMMAND = new RegExp(
  String.raw`${COMMAND_START}git(?:\s+-\S+(?:\s+[^-\s]\S*)?){0,8}\s+(checkout|switch|reset|worktree|pull|fetch|clone)\b`,
  'g'
)
/**
 * A pull request's ref: `pull/N/head`, `refs/pull/N/merge`, N possibly an expression (of at most
 * 200 characters, so that a line of unclosed `pull/${{` stays linear).
 */
const PULL_REF = /\bpull\/(\$\{\{[^}]{0,200}\}\}|[^\s/]+)\/(head|merge)\b/
/** Shell variables on a line: `$NAME`, `${NAME}`. */
const SHELL_VARIABLE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g

/**
 * Checkouts of pull-request code written as shell in a `run:` of a privileged workflow, as
 * CodeQL's actions/untrusted-checkout query counts them (GhMutableRefCheckout,
 * GitMutableRefCheckout): `gh pr checkout` run as a command; a git checkout, switch, reset,
 * worktree, pull or clone of a `pull/N/head|merge` ref or of a value from the pull request's head
 * (`${{ github.event.pull_request.head.sha }}`, `${{ github.head_ref }}`, or an `env:` variable
 * holding one, used as `$NAME`); and a git checkout/switch/reset after a `git fetch` of either
 * (`git checkout FETCH_HEAD`). A fetch alone checks nothing out. Comment lines are skipped and
 * lines continued with `\` are read as one; one finding per command line.
 */
function scriptCheckouts(site: StepSite, run: Script, privileged: string[], out: Draft[]): void {
  const triggers = privileged.join('/')
  const root = site.root.path === site.file ? '' : ` (${site.root.path})`
  const fromHeadEnv = new Map<string, boolean>()
  const headVariable = (name: string): boolean => {
    let v = fromHeadEnv.get(name)
    if (v === undefined) {
      v = originsOf(`env.${name}`, site.scope).some((o) => pullRequestCode(o.path))
      fromHeadEnv.set(name, v)
    }
    return v
  }
  // In text order, so that each line looks only at its own (lines come in order too).
  const expressions = [...run.expressions].sort((a, b) => a.start - b.start)
  let next = 0
  let fetchedPull = false
  for (const { text, first, start, end } of shellLines(run.text)) {
    const own: typeof expressions = []
    while (next < expressions.length && (expressions[next] as ScriptExpression).start < end) {
      const e = expressions[next++] as ScriptExpression
      if (e.start >= start) own.push(e)
    }
    if (/^\s*#/.test(text)) continue
    let found = GH_PR_CHECKOUT.test(text)
    const gits = [...text.matchAll(GIT_COMMAND)]
    if (gits.length === 0 && !found) continue
    // Only a line with a git command needs to know whether it names pull-request code.
    const fromHead =
      gits.length > 0 &&
      (PULL_REF.test(text) ||
        own.some((e) => originsOf(e.expr, site.scope).some((o) => pullRequestCode(o.path))) ||
        [...text.matchAll(SHELL_VARIABLE)].some((m) => headVariable(m[1] as string)))
    for (const m of gits) {
      const sub = m[1] as string
      if (newBranchAtHead(sub, text.slice((m.index ?? 0) + m[0].length))) continue
      if (sub === 'fetch') fetchedPull ||= fromHead
      else if (fromHead || (fetchedPull && /checkout|switch|reset|worktree/.test(sub))) found = true
    }
    if (!found) continue
    out.push({
      rule: 'untrusted-checkout',
      file: site.file,
      line: site.aliasAt ?? run.alias?.at ?? run.lines[first] ?? run.line,
      status: 'failed',
      text: `a ${triggers} workflow${root} checks out pull-request code in a run: script (${site.label}: ${text.trim().replace(/\s+/g, ' ').slice(0, 160)}); that code then runs with the workflow's secrets and write token`,
      remediation: `Run untrusted code under the pull_request trigger (no secrets, read-only token) instead; if ${triggers} is needed, keep it to trusted base-branch code and pass PR results as artifacts, never checking out or executing the PR head here.`,
      chain: site.chain
    })
  }
}

/** Options of git checkout/switch that create a branch: the next word is its name. */
const NEW_BRANCH_OPTIONS = new Set([
  '-b',
  '-B',
  '-c',
  '-C',
  '--orphan',
  '--create',
  '--force-create'
])

/**
 * Whether a git checkout/switch only creates a branch at the commit already checked out
 * (`git checkout -b "$NAME"`, `git switch -c name`): a name taken from the pull request checks
 * out none of its code. With a start point after the name it is an ordinary checkout.
 */
function newBranchAtHead(sub: string, rest: string): boolean {
  if (sub !== 'checkout' && sub !== 'switch') return false
  // Words as the shell splits them, roughly: quoted strings and `${{ }}` are one word each.
  const command = (rest.replace(/\$\{\{[^}]{0,200}\}\}/g, 'x').split(/[;&|]/)[0] ?? '').trim()
  const words = command.match(/"[^"]*"|'[^']*'|\S+/g) ?? []
  return words.length === 2 && NEW_BRANCH_OPTIONS.has(words[0])
}

/**
 * A script's lines with `\`-continued lines joined: the text, the index of its first line, and
 * its start and end offsets in the script.
 */
function shellLines(script: string): { text: string; first: number; start: number; end: number }[] {
  const out: { text: string; first: number; start: number; end: number }[] = []
  const lines = script.split('\n')
  let offset = 0
  for (let k = 0; k < lines.length;) {
    const first = k
    const start = offset
    let text = ''
    for (;;) {
      const line = lines[k] as string
      offset += line.length + 1
      k++
      if (line.endsWith('\\') && k < lines.length) text += `${line.slice(0, -1)} `
      else {
        text += line
        break
      }
    }
    out.push({ text, first, start, end: offset })
  }
  return out
}

/** Attacker-controlled origins of one expression, each described with the hops to it. */
function tainted(expr: string, site: StepSite): { c: Controlled; o: Origin }[] {
  const out: { c: Controlled; o: Origin }[] = []
  for (const o of originsOf(expr, site.scope)) {
    const c = attackerControlled(o.path)
    if (c) out.push({ c, o })
  }
  return out
}

function describeOrigin({ c, o }: { c: Controlled; o: Origin }): string {
  const through = o.through.length > 0 ? `${o.through.join(', from ')}, from ` : ''
  return `${through}${c.path} (written by ${c.by})`
}

/** Injection findings for one script (a `run:` or a github-script `script:`). */
function injections(site: StepSite, script: Script, what: string, out: Draft[]): void {
  for (const e of script.expressions) {
    const found = tainted(e.expr, site)
    if (found.length === 0) continue
    const written = `\${{ ${e.expr} }}`.replace(/\s+/g, ' ')
    const at = site.aliasAt ?? script.alias?.at
    const aliasNote =
      at !== undefined
        ? ` (the expression is at line ${e.line}, used here through a YAML alias)`
        : ''
    const sources = [...new Set(found.map(describeOrigin))].sort()
    out.push({
      rule: 'script-injection',
      file: site.file,
      line: at ?? e.line,
      status: 'failed',
      text: `${site.label} expands ${sources.join('; ')} into ${what} (${written.slice(0, 160)})${aliasNote}; whoever writes that text can run commands in the job`,
      remediation: `Move the value into the step's env (for example env: { VALUE: ${written} }) and use it as "$VALUE" (quoted) in the script, or process.env.VALUE in github-script.`,
      chain: site.chain
    })
  }
}

/**
 * Whether a checkout input names the pull request's code: a `refs/pull/…` ref (written out or
 * built with `format()`), or a value that comes from the pull request's head.
 */
function namesPullRequestCode(script: Script, site: StepSite): boolean {
  if (/refs\/pull\//.test(script.text)) return true
  return script.expressions.some((e) =>
    originsOf(e.expr, site.scope).some((o) => pullRequestCode(o.path))
  )
}

function checkouts(site: StepSite, privileged: string[], out: Draft[]): void {
  const triggers = privileged.join('/')
  const root = site.root.path === site.file ? '' : ` (${site.root.path})`
  // One finding per step, at the first input that names pull-request code, quoting each.
  const named = (['ref', 'repository'] as const).flatMap((key) => {
    const v = site.step.with[key]
    return v && namesPullRequestCode(v, site) ? [{ key, v }] : []
  })
  const first = named[0]
  if (!first) return
  out.push({
    rule: 'untrusted-checkout',
    file: site.file,
    line: site.aliasAt ?? first.v.alias?.at ?? first.v.line,
    status: 'failed',
    text: `a ${triggers} workflow${root} checks out pull-request code (${site.label}, ${named.map(({ key, v }) => `${key}: ${v.text.trim().replace(/\s+/g, ' ').slice(0, 160)}`).join(', ')}); that code then runs with the workflow's secrets and write token`,
    remediation: `Run untrusted code under the pull_request trigger (no secrets, read-only token) instead; if ${triggers} is needed, keep it to trusted base-branch code and pass PR results as artifacts, never checking out or executing the PR head here.`,
    chain: site.chain
  })
}

function unpinned(
  file: string,
  line: number,
  where: string,
  uses: string,
  why: PinVerdict,
  chain: readonly Via[]
): Draft {
  const name = uses.split('@')[0] ?? uses
  const repo = repositoryOf(uses)
  const owner = repo.split('/')[0] ?? repo
  const rule = why.rule
  let remediation: string
  if (uses.startsWith('docker://')) {
    remediation = `Reference the image by digest: ${uses.replace(/:[^:/@]+$/, '')}@sha256:<digest> (docker buildx imagetools inspect shows it).`
  } else if (rule?.policy === 'ref') {
    remediation = `Add the ref to use, for example "uses: ${name}@<tag or 40-hex sha>" (GitHub refuses a uses: without one).`
  } else {
    remediation = `Pin to the full commit SHA the ref points at and keep the tag as a comment, for example "uses: ${name}@<40-hex sha> # ${uses.split('@')[1] ?? 'vX.Y.Z'}" (git ls-remote https://github.com/${repo} shows it); let Dependabot keep it current.${rule?.source === 'default' ? ` If you trust ${owner} to keep its tags, allow them instead: checks.workflow-lint.pinning: { '${owner}/*': ref } (README "Built-in checks").` : ''}`
  }
  return {
    rule: 'unpinned-action',
    file,
    line,
    status: 'failed',
    text: `${where} uses ${uses}, pinned to ${why.reason}${rule ? `, but ${describeRule(rule)} requires ${policyText(rule.policy)}` : ''}`,
    remediation,
    chain
  }
}

function syntaxFindings(scripts: { snippet: Snippet; outcome: Outcome }[], out: Draft[]): void {
  const missing = new Map<string, Snippet[]>()
  for (const { snippet: s, outcome: o } of scripts) {
    const where = `${s.label}, ${s.origin}`
    if (o.kind === 'error') {
      const at = snippetLine(s, o.line)
      const line = s.reportAt ?? at
      const aliasNote =
        s.reportAt !== undefined
          ? ` (the script at line ${at}, used here through a YAML alias)`
          : ''
      for (const chain of s.chains) {
        out.push({
          rule: 'script-syntax',
          file: s.file,
          line,
          status: 'failed',
          text: `${s.lang} syntax error in ${where}${aliasNote}: ${o.message}`,
          remediation: `Fix the ${s.lang} code at ${s.file} line ${at}${s.lang === 'python' || s.lang === 'node' ? '' : ' (run "bash -n" on the script to see it)'}; ${'`${{ }}`'} expressions were read as a plain word.`,
          chain
        })
      }
    } else if (o.kind === 'missing') {
      missing.set(o.tool, [...(missing.get(o.tool) ?? []), s])
    } else if (o.kind === 'timeout' || o.kind === 'crashed') {
      const line = s.reportAt ?? snippetLine(s, 1)
      out.push({
        rule: 'script-syntax',
        file: s.file,
        line,
        status: 'unverified',
        text: `the ${s.lang} code in ${where} could not be checked: ${o.kind === 'timeout' ? `${o.tool} took longer than ${o.seconds} s` : o.message}`,
        remediation:
          'Check the script by hand, or make it smaller; raise checks.workflow-lint.timeout_seconds if the runner is slow.',
        unlock: `${o.tool} finishing its syntax check (checks.workflow-lint.timeout_seconds)`,
        chain: []
      })
    }
  }
  for (const [tool, list] of missing) {
    const first = list[0] as Snippet
    const line = first.reportAt ?? snippetLine(first, 1)
    const langs = [...new Set(list.map((s) => s.lang))].sort()
    out.push({
      rule: 'script-syntax',
      file: first.file,
      line,
      status: 'unverified',
      text: `${list.length} ${langs.join('/')} script${list.length > 1 ? 's' : ''} not checked: ${tool} was not found (first at ${first.file}:${line})`,
      remediation: `Install ${tool} where the check runs, or point checks.workflow-lint.interpreters at it.`,
      unlock: TOOL_HINT[langs[0] as string] ?? `${tool} on PATH`,
      chain: []
    })
  }
}

/** How many ways to a finding its message lists; the rest are counted. */
const MAX_CHAINS_SHOWN = 3

function describeChain(chain: readonly Via[]): string {
  return chain.map((v) => `${v.file}:${v.line} (${v.what})`).join(' → ')
}

/**
 * One finding per rule, place and text: the same step reached through several callers (or
 * directly and through a caller) is one finding naming each way.
 */
function merge(drafts: readonly Draft[]): Finding[] {
  const groups = new Map<string, { first: Draft; chains: Map<string, readonly Via[]> }>()
  for (const d of drafts) {
    const key = [d.rule, d.file, d.line, d.status, d.text].join('\0')
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { first: d, chains: new Map() }))
    g.chains.set(describeChain(d.chain), d.chain)
  }
  const out: Finding[] = []
  for (const { first: d, chains } of groups.values()) {
    const direct = chains.has('')
    const ways = [...chains]
      .filter(([k]) => k !== '')
      .sort(([, a], [, b]) => compareChains(a, b))
      .map(([k]) => k)
    let suffix = ''
    if (ways.length > 0) {
      const shown = ways.slice(0, MAX_CHAINS_SHOWN).join('; ')
      const more = ways.length - MAX_CHAINS_SHOWN
      suffix = ` (${direct ? 'also ' : ''}reached from ${shown}${more > 0 ? `; and ${more} more` : ''})`
    }
    const related = new Map<string, Related>()
    for (const k of ways)
      for (const v of chains.get(k) ?? [])
        related.set(`${v.file}:${v.line}:${v.what}`, {
          file: v.file,
          line: v.line,
          message: v.what
        })
    out.push({
      rule: d.rule,
      file: d.file,
      line: d.line,
      // The location is the finding's `location`, not part of its text (one place, one copy).
      message: `${d.text}${suffix}`,
      remediation: d.remediation,
      status: d.status,
      ...(d.unlock ? { unlock: d.unlock } : {}),
      ...(related.size > 0 ? { related: [...related.values()].sort(compareRelated) } : {})
    })
  }
  return out
}

function compareChains(a: readonly Via[], b: readonly Via[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as Via
    const y = b[i] as Via
    const c = cmp(x.file, y.file) || x.line - y.line || cmp(x.what, y.what)
    if (c !== 0) return c
  }
  return a.length - b.length
}

function compareRelated(a: Related, b: Related): number {
  return cmp(a.file, b.file) || a.line - b.line || cmp(a.message, b.message)
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
  const wfs = facts.files.flatMap((f) => (f.model ? [f.model] : []))
  const composites = facts.actions.filter((a) => a.action?.composite).length
  const sites = facts.walk.steps
  const remote = [
    ...facts.walk.jobs.flatMap((j) => (j.job.uses ? [j.job.uses.value] : [])),
    ...sites.flatMap((s) => (s.step.uses ? [s.step.uses.value] : []))
  ].filter((u) => !isSameRepositoryUses(u)).length
  summary(
    'workflow-parse',
    `${facts.files.length} workflow file${facts.files.length === 1 ? '' : 's'} parsed${composites > 0 ? `, and ${composites} local composite action${composites === 1 ? '' : 's'} read with the steps that use ${composites === 1 ? 'it' : 'them'}` : ''}`
  )
  summary(
    'unpinned-action',
    `${remote} use${remote === 1 ? '' : 's'} of actions, reusable workflows and docker images from other repositories ${remote === 1 ? 'is' : 'are'} pinned as the pinning policy asks (${describeRules(settings.pinning)}; docker images by digest)`
  )
  summary(
    'missing-permissions',
    `${wfs.length} workflow${wfs.length === 1 ? '' : 's'} declare${wfs.length === 1 ? 's' : ''} token permissions`
  )
  const runs = new Set(sites.filter((s) => s.step.run).map((s) => `${s.file}:${s.step.line}`))
  summary(
    'script-injection',
    `no text written outside the repository is expanded into the ${runs.size} run: scripts`
  )
  const privileged = wfs.filter((w) => w.triggers.some((t) => PRIVILEGED.has(t.event)))
  summary(
    'untrusted-checkout',
    `${privileged.length} pull_request_target/workflow_run workflow${privileged.length === 1 ? '' : 's'}, none checking out pull-request code (their local reusable workflows and composite actions included)`
  )
  if (facts.scripts) {
    const ok = facts.scripts.filter((s) => s.outcome.kind === 'ok')
    const byLang = new Map<string, number>()
    for (const s of ok) byLang.set(s.snippet.lang, (byLang.get(s.snippet.lang) ?? 0) + 1)
    const parts = [...byLang].sort(([a], [b]) => cmp(a, b)).map(([l, n]) => `${n} ${l}`)
    summary(
      'script-syntax',
      `${ok.length} embedded script${ok.length === 1 ? '' : 's'} parse${ok.length === 1 ? 's' : ''}${parts.length ? ` (${parts.join(', ')})` : ''}${notChecked(facts.unchecked)}`
    )
  }
  return checks
}

/** `; not checked: 2 run: steps in pwsh (PowerShell): no PowerShell syntax checker here, …`. */
function notChecked(unchecked: readonly Unchecked[]): string {
  if (unchecked.length === 0) return ''
  const byReason = new Map<string, Unchecked[]>()
  for (const u of unchecked) byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u])
  const parts = [...byReason]
    .sort(([a], [b]) => cmp(a, b))
    .map(([reason, list]) => {
      const first = list[0] as Unchecked
      return `${list.length} run: step${list.length === 1 ? '' : 's'} (first ${first.file}:${first.line}): ${reason}`
    })
  return `; not checked: ${parts.join('; ')}`
}
