/**
 * `gonogo init`'s plan: from what was found in a repository (workflows, reports, the default
 * branch's current rules) to a commented starter `.github/gonogo.yml` and the workflow jobs to
 * add. Pure and deterministic: the same findings give the same bytes (no time stamp, keys and
 * lists in a fixed order, `\n` line ends).
 *
 * What is written follows README "The policy file" and `schemas/gonogo.schema.json`; the caller
 * (src/cli/init.ts) loads the text with the gate's own policy loader before writing it.
 */
import type { BranchPolicy } from './policy.js'
import type { Protection } from './protection.js'

/** A JSON file found in `gonogo-reports/` or `artifacts/`, as the migrate classifier saw it. */
export interface FoundReport {
  /** Workspace-relative path, e.g. `gonogo-reports/branch-protection.json`. */
  path: string
  kind: 'gonogo-report' | 'older-report' | 'gate-report' | 'not-a-report' | 'unreadable'
  /** Why it is not made a control (gate-report, not-a-report, unreadable). */
  why?: string
}

/** The default branch's rules as read from the API (src/github/branch-rules.ts). */
export interface FoundRules {
  branch: string
  /** The strictest combination of every readable source (rulesets and classic protection). */
  protection: Protection
  /** Sources that could not be read, each "what: why (unlock: …)". */
  unreadable: string[]
  /** Every bypass list could be read (no hidden ruleset list, classic protection readable). */
  bypassVisible: boolean
}

/** Everything `gonogo init` found; every list sorted by the caller. */
export interface InitFindings {
  /** `.github/workflows/*.yml|yaml` paths. */
  workflows: string[]
  /** The check names those workflows can produce (deriveCheckNames), unique and sorted. */
  checkNames: string[]
  /** Jobs whose check names could not be known. */
  unresolvedJobs: number
  /** JUnit XML files under `test-results/`. */
  junit: string[]
  /** SARIF files anywhere in the workspace (bounded). */
  sarif: string[]
  reports: FoundReport[]
  /** The default branch when known (from the API), else undefined. */
  defaultBranch?: string
  /** The default branch's rules, or why they were not read. */
  rules: FoundRules | { skipped: string }
  /** Searches that hit their bound, e.g. "**\/*.sarif: more than 200 files, the rest not read". */
  truncated: string[]
  /**
   * When the workspace is a folder below the root of a git repository: that root (as the user
   * would type it). GitHub reads workflows only from the root's `.github/workflows`.
   */
  repositoryRoot?: string
}

/** One control of the starter, with the comment written above it. */
export interface PlannedControl {
  id: string
  source: { report: string } | { junit: string } | { sarif: string } | { builtin: 'workflow-lint' }
  severity: 'high' | 'medium'
  comment: string
  /** Written commented out: its report does not exist until a job writes it. */
  disabled?: boolean
}

/**
 * Evidence the gate job downloads: each job that writes it uploads `upload` as an artifact named
 * `<prefix>-<job>-<index>` (artifact names are unique per run), and the gate job downloads every
 * `<prefix>-*` into `restore`, so the files are where the policy's sources look.
 *
 * The download pattern is a minimatch glob over artifact names (actions/download-artifact
 * src/download-artifact.ts), so `<prefix>-*` would also take the artifacts of any prefix that
 * starts with `<prefix>-`: a prefix is `gonogo-` and one part without `-` (the folder's name with
 * other characters as `.`), and prefixes equal but for case get `.2`, `.3`, … (see
 * {@link settlePrefixes}).
 */
export interface PlannedArtifact {
  /** `gonogo-<part>`, where the part holds no `-`; unique in a plan without regard to case. */
  prefix: string
  /** The upload-artifact `path:` (a folder's contents, or a glob in the root). */
  upload: string
  /** The download-artifact `path:` (the same folder, relative to the repository root). */
  restore: string
  what: string
  /** Only the rules job uploads it (nothing was found there): no upload step for other jobs. */
  rulesOnly?: true
  /**
   * Downloaded with each artifact in a folder of its own (`restore/<artifact name>/`), not merged:
   * two jobs of a matrix write files of the same name (`junit.xml`), and merged, the last one
   * downloaded would replace the others, a failing run's results included. Only for sources
   * that search sub-folders (the JUnit glob `test-results/**\/*.xml`).
   */
  separate?: true
}

export interface InitPlan {
  controls: PlannedControl[]
  artifacts: PlannedArtifact[]
  /** `branches:` entry written, or undefined when the rules were not read. */
  branches?: { name: string; policy: BranchPolicy; tighten: string[] }
  /** The policy file text. */
  text: string
  /** The workflow jobs to add, as text to print. */
  jobs: string
  /** Notes to print (what was skipped and why, what to do next). */
  notes: string[]
}

/** The gate's JUnit glob for `test-results/` (README "Sources and how they are read"). */
export const JUNIT_GLOB = 'test-results/**/*.xml'
/** The job name (and so the check name) of the gate job printed by init. */
export const GATE_JOB = 'gonogo-gate'
/** The job that runs action-ruleset-verify. */
export const RULES_JOB = 'gonogo-rules'
/** Where the README's examples take the actions from; a fork or mirror changes it. */
export const ACTION_REPO = 'acme/gonogo'
/**
 * The first line of the starter: editors with the YAML language server validate and complete the
 * file against the policy schema (README "The policy file"; the schema at the tag the printed
 * jobs use).
 */
export const SCHEMA_MODELINE = `# yaml-language-server: $schema=https://raw.githubusercontent.com/${ACTION_REPO}/v1/schemas/gonogo.schema.json`

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

/**
 * A control id for a report file: the file name without `.json` and a trailing `_report`,
 * in kebab case (`policy_bundle_lifecycle_report.json` → `policy-bundle-lifecycle`, as
 * `gonogo migrate` names them), cut to the schema's 64 characters; `report` when nothing is left.
 */
export function controlIdForFile(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/i, '')
  const kebab = base
    .replace(/[_\s]+report$/i, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '')
  return NAME.test(kebab) ? kebab : 'report'
}

/**
 * The `branches.<name>` entry that today's protection already satisfies, so `gonogo
 * verify-rules` starts green: every required check (with its app when one is pinned), the
 * approvals required, every setting that is on, and — only when every bypass list could be
 * read — who can bypass today. `tighten` lists, as YAML lines to add later, what is off.
 * Source: the settings and their meaning in action-ruleset-verify/README.md "The policy".
 */
export function branchPolicyFrom(
  p: Protection,
  bypassVisible: boolean
): { policy: BranchPolicy; tighten: string[] } {
  const policy: BranchPolicy = {}
  const tighten: string[] = []
  policy.required_checks = p.requiredChecks.map((c) =>
    c.integrationId !== undefined ? { context: c.context, app_id: c.integrationId } : c.context
  )
  const flag = (key: keyof BranchPolicy, on: boolean): void => {
    if (on) (policy as Record<string, unknown>)[key] = true
    else tighten.push(`${key}: true`)
  }
  flag('strict', p.strict.value)
  if (p.minApprovals.value > 0) policy.min_approvals = Math.min(10, p.minApprovals.value)
  else tighten.push('min_approvals: 1')
  flag('dismiss_stale_reviews', p.dismissStaleReviews.value)
  flag('require_code_owner_review', p.codeOwnerReview.value)
  flag('require_last_push_approval', p.lastPushApproval.value)
  flag('require_conversation_resolution', p.conversationResolution.value)
  flag('require_linear_history', p.linearHistory.value)
  flag('block_force_pushes', p.forcePushesBlocked.value)
  flag('block_deletions', p.deletionsBlocked.value)
  flag('require_signed_commits', p.signedCommits.value)
  if (bypassVisible) {
    const seen = new Set<string>()
    policy.bypass_allowed = []
    for (const a of p.bypass) {
      const key = `${a.type}:${a.id ?? ''}`
      if (seen.has(key)) continue
      seen.add(key)
      policy.bypass_allowed.push({
        type: a.type,
        ...(a.id !== undefined ? { id: a.id } : {}),
        ...(a.name !== undefined ? { name: a.name.slice(0, 200) } : {})
      })
    }
  }
  return { policy, tighten }
}

/**
 * The plan: controls for what was found, the `branches:` entry, the policy text and the jobs.
 * - JUnit under `test-results/` → control `tests` (high) reading {@link JUNIT_GLOB};
 * - SARIF files → one control per folder (`<dir>/*.sarif`, medium, as in the README's example);
 * - gonogo reports and the older scripts' reports in `gonogo-reports/` and `artifacts/` → one
 *   control each (high); the older gate's own report and files that are no report are skipped
 *   with a note (README "Coming from the older scripts");
 * - workflows → the built-in `workflow-lint` (medium until it passes);
 * - `branch-protection` and `required-checks` (from the printed rules job) commented out unless
 *   their reports are there already;
 * - nothing found → a `tests` control on {@link JUNIT_GLOB}, missing (no-go) until tests write it.
 */
export function planInit(f: InitFindings): InitPlan {
  const notes: string[] = []
  const controls: PlannedControl[] = []
  const artifacts: PlannedArtifact[] = []
  const ids = new Set<string>()
  const uniqueId = (base: string): string => {
    let id = base
    for (let n = 2; ids.has(id); n++) id = `${base.slice(0, 60)}-${n}`
    ids.add(id)
    return id
  }
  const branch = f.defaultBranch ?? 'main'

  for (const r of f.reports) {
    if (r.kind === 'gonogo-report' || r.kind === 'older-report') {
      const id = uniqueId(controlIdForFile(r.path))
      controls.push({
        id,
        source: { report: r.path },
        severity: 'high',
        comment:
          r.kind === 'gonogo-report'
            ? `a gonogo report found at ${r.path}`
            : `a report of the older governance scripts found at ${r.path} (read as the Playbook reads it)`
      })
    } else notes.push(`${r.path}: not made a control: ${r.why ?? r.kind}`)
  }
  const reportDirs = [...new Set(controls.map((c) => dirOf(sourcePath(c))))].sort()
  for (const d of reportDirs) artifacts.push(folderArtifact(d, `the reports in ${d}/`))

  const hasJunit = f.junit.length > 0
  if (hasJunit) {
    controls.push({
      id: uniqueId('tests'),
      source: { junit: JUNIT_GLOB },
      severity: 'high',
      comment: `JUnit XML found under test-results/ (${count(f.junit.length, 'file')}): at least one test must run and none fail`
    })
    artifacts.push({
      ...folderArtifact('test-results', 'the JUnit XML', 'gonogo-junit'),
      separate: true
    })
  }

  const sarifDirs = [...new Set(f.sarif.map(dirOf))].sort()
  for (const d of sarifDirs) {
    const id = uniqueId(
      sarifDirs.length === 1 ? 'code-scanning' : `code-scanning-${controlIdForFile(d || 'root')}`
    )
    const n = f.sarif.filter((s) => dirOf(s) === d).length
    controls.push({
      id,
      source: { sarif: d ? `${d}/*.sarif` : '*.sarif' },
      severity: 'medium',
      comment: `SARIF found in ${d || 'the repository root'} (${count(n, 'file')}): fails on a result at level error; raise to high once it is clean`
    })
    artifacts.push(
      d
        ? folderArtifact(d, `the SARIF in ${d}/`)
        : { prefix: 'gonogo-sarif', upload: '*.sarif', restore: '.', what: 'the SARIF in the root' }
    )
  }

  if (f.workflows.length > 0) {
    controls.push({
      id: uniqueId('workflow-lint'),
      source: { builtin: 'workflow-lint' },
      severity: 'medium',
      comment: `the built-in workflow check over ${count(f.workflows.length, 'workflow')} (pinned actions, permissions, script injection, script syntax); raise to high once it passes`
    })
  }

  const have = new Set(f.reports.map((r) => r.path))
  for (const [id, what] of [
    ['branch-protection', 'branch protection and rulesets match branches: below'],
    ['required-checks', 'every required check is produced by some workflow job']
  ] as const) {
    const file = `gonogo-reports/${id}.json`
    if (have.has(file)) continue
    controls.push({
      id: uniqueId(id),
      source: { report: file },
      severity: 'high',
      comment: `${what} (written by the ${RULES_JOB} job): uncomment once it runs`,
      disabled: true
    })
  }
  if (!artifacts.some((a) => a.restore === 'gonogo-reports'))
    artifacts.push({
      ...folderArtifact('gonogo-reports', 'the reports in gonogo-reports/'),
      rulesOnly: true
    })

  if (!controls.some((c) => !c.disabled)) {
    controls.unshift({
      id: uniqueId('tests'),
      source: { junit: JUNIT_GLOB },
      severity: 'high',
      comment:
        'nothing to gate was found: have your test tool write JUnit XML under test-results/ (the gate is no-go while it is missing)'
    })
    artifacts.push({
      ...folderArtifact('test-results', 'the JUnit XML', 'gonogo-junit'),
      separate: true
    })
    notes.push(
      `no workflows, reports, JUnit or SARIF found: the starter gates on ${JUNIT_GLOB}, which is missing until your tests write it`
    )
  }

  let branches: InitPlan['branches']
  if ('skipped' in f.rules) notes.push(`branches: not written: ${f.rules.skipped}`)
  else {
    const b = branchPolicyFrom(f.rules.protection, f.rules.bypassVisible)
    branches = { name: f.rules.branch, ...b }
    for (const u of f.rules.unreadable)
      notes.push(
        `${u}; verify-rules reports what depends on it as unverified until a token can read it`
      )
    if (!f.rules.bypassVisible)
      notes.push(
        'bypass_allowed: not written, since some bypass list could not be read with this token'
      )
  }
  if (f.unresolvedJobs > 0)
    notes.push(
      `${count(f.unresolvedJobs, 'workflow job')} whose check names cannot be known (run gonogo check-names)`
    )
  notes.push(...f.truncated)
  if (f.repositoryRoot !== undefined)
    notes.push(
      `the workspace is a folder inside the git repository ${f.repositoryRoot}, whose workflows, reports and .github/ were not looked at (GitHub reads workflows only at the root): run gonogo init there, or pass --workspace ${f.repositoryRoot}`
    )

  settlePrefixes(artifacts)
  artifacts.sort((a, b) => (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0))
  const plan = { controls, artifacts, ...(branches ? { branches } : {}) }
  return {
    ...plan,
    text: renderStarter(f, plan, branch),
    jobs: renderJobs(f, plan, branch),
    notes
  }
}

function sourcePath(c: PlannedControl): string {
  const s = c.source as Record<string, string>
  return s.report ?? s.junit ?? s.sarif ?? ''
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/')
  return i < 0 ? '' : p.slice(0, i)
}

/**
 * The artifact carrying a folder's files; its prefix names the folder: `gonogo-reports` for
 * `gonogo-reports/` (the rules job's artifact is `gonogo-reports-rules`), else `gonogo-<part>`
 * with every run of characters other than letters, digits, `_` and `.` in the folder's path as
 * one `.` (`test-results/unit` → `gonogo-test.results.unit`), so no prefix holds a second `-`.
 */
function folderArtifact(dir: string, what: string, prefix?: string): PlannedArtifact {
  const part = dir.replace(/[^A-Za-z0-9_.]+/g, '.').replace(/^\.+|\.+$/g, '') || 'folder'
  return {
    prefix: prefix ?? (dir === 'gonogo-reports' ? dir : `gonogo-${part}`),
    upload: `${dir}/`,
    restore: dir,
    what
  }
}

/**
 * Makes the prefixes unique without regard to case (`gonogo-reports` for the SARIF in `reports/`
 * and the reports in `gonogo-reports/`, `gonogo-sarif` for the root's SARIF and `sarif/`): in the
 * order planned, the `gonogo-reports` folder first (the rules job's artifact name depends on it),
 * a prefix already taken gets `.2`, `.3`, ….
 */
function settlePrefixes(artifacts: PlannedArtifact[]): void {
  const taken = new Set<string>()
  const first = (a: PlannedArtifact): number => (a.restore === 'gonogo-reports' ? 0 : 1)
  for (const a of [...artifacts].sort((x, y) => first(x) - first(y))) {
    let p = a.prefix
    for (let n = 2; taken.has(p.toLowerCase()); n++) p = `${a.prefix}.${n}`
    taken.add(p.toLowerCase())
    a.prefix = p
  }
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`
}

const YAML_WORDS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i

/** A YAML scalar: plain when it cannot be read as anything but this string, else double-quoted. */
export function yamlScalar(s: string): string {
  return /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(s) && !YAML_WORDS.test(s) ? s : JSON.stringify(s)
}

function flowMap(entries: [string, string | number | boolean][]): string {
  return `{ ${entries.map(([k, v]) => `${k}: ${typeof v === 'string' ? yamlScalar(v) : String(v)}`).join(', ')} }`
}

function sourceText(c: PlannedControl): string {
  const [k, v] = Object.entries(c.source)[0] as [string, string]
  return flowMap([[k, v]])
}

/**
 * A comment wrapped at 98 columns after the given prefix. Control and line-separator characters
 * (a file name may hold a line feed) become `?`, so no text found in the repository can end the
 * comment and write YAML of its own.
 */
function comment(prefix: string, text: string): string[] {
  const out: string[] = []
  let line = prefix
  // eslint-disable-next-line no-control-regex
  for (const word of text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, '?').split(' ')) {
    if (line.length + word.length + 1 > 98 && line.trim() !== '#') {
      out.push(line)
      line = prefix
    }
    line += ` ${word}`
  }
  out.push(line)
  return out
}

function renderStarter(
  f: InitFindings,
  plan: Pick<InitPlan, 'controls' | 'branches'>,
  branch: string
): string {
  const L: string[] = []
  L.push(
    SCHEMA_MODELINE,
    '# gonogo policy, written by `gonogo init` from what it found in this repository:',
    `#   ${count(f.workflows.length, 'workflow')}, ${count(f.junit.length, 'JUnit file')} under test-results/, ${count(f.sarif.length, 'SARIF file')}, ${count(f.reports.length, 'JSON file')} in gonogo-reports/ and artifacts/;`,
    `#   the rules of ${plan.branches ? `${plan.branches.name}: read from the GitHub API` : 'the default branch: not read'}.`,
    '# Reference: README "The policy file" (validated against schemas/gonogo.schema.json).',
    '# Edit it freely; `gonogo gate` reads it, `gonogo verify-rules` reads branches:.',
    'version: 1',
    '',
    '# How many counted failures (high, medium) each profile tolerates before the decision is no-go.',
    'profiles:',
    `  strict: ${flowMap([
      ['max_high', 0],
      ['max_medium', 0],
      ['description', 'Releases: nothing failed may pass.']
    ])}`,
    `  transitional: ${flowMap([
      ['max_high', 0],
      ['max_medium', 2],
      ['description', 'Pull requests while controls settle in: up to two medium failures.']
    ])}`,
    '# The first rule that matches the event and branch chooses the profile; local runs use strict.',
    'select_profile:',
    `  - ${flowMap([
      ['event', 'push'],
      ['branch', branch],
      ['profile', 'strict']
    ])}`,
    `  - ${flowMap([
      ['event', 'pull_request'],
      ['profile', 'transitional']
    ])}`,
    '  - { profile: strict }',
    '',
    '# What the gate requires. Missing, invalid or stale evidence counts as failed.',
    'controls:'
  )
  for (const c of plan.controls) {
    const pre = c.disabled ? '  # ' : '  '
    L.push(...comment('  #', c.comment))
    L.push(`${pre}- id: ${yamlScalar(c.id)}`)
    L.push(`${pre}  source: ${sourceText(c)}`)
    L.push(`${pre}  severity: ${c.severity}`)
  }
  L.push('')
  if (plan.branches) {
    const { name, policy, tighten } = plan.branches
    L.push(
      `# The protection wanted on ${name}, as the rules are today, so \`gonogo verify-rules\` starts`,
      '# green. Tighten it one setting at a time (and change the rules to match); then add',
      `# ${GATE_JOB} to required_checks once the gate job is a required status check.`,
      'branches:',
      `  ${yamlScalar(name)}:`
    )
    const checks = policy.required_checks ?? []
    L.push(
      `    required_checks: [${checks
        .map((c) =>
          typeof c === 'string'
            ? yamlScalar(c)
            : flowMap([
                ['context', c.context],
                ['app_id', c.app_id ?? 0]
              ])
        )
        .join(', ')}]`
    )
    for (const [k, v] of Object.entries(policy)) {
      if (k === 'required_checks' || k === 'bypass_allowed') continue
      L.push(`    ${k}: ${String(v)}`)
    }
    if (policy.bypass_allowed) {
      if (policy.bypass_allowed.length === 0) L.push('    bypass_allowed: [] # nobody can bypass')
      else {
        L.push('    bypass_allowed: # who can bypass today; anyone else is a finding')
        for (const a of policy.bypass_allowed)
          L.push(
            `      - ${flowMap([
              ['type', a.type],
              ...(a.id !== undefined ? [['id', a.id] as [string, number]] : []),
              ...(a.name !== undefined ? [['name', a.name] as [string, string]] : [])
            ])}`
          )
      }
    }
    if (tighten.length > 0) {
      L.push('    # to tighten later:')
      for (const t of tighten) L.push(`    # ${t}`)
    }
  } else {
    const suggested = f.checkNames.slice(0, 10)
    L.push(
      '# branches: not written, since the current rules of the default branch were not read',
      '# (run `gonogo init --force` with GITHUB_TOKEN and --repo OWNER/NAME to fill it in from them).',
      '# `gonogo verify-rules` needs it; written by hand it looks like this:',
      '# branches:',
      `#   ${yamlScalar(branch)}:`,
      `#     required_checks: [${suggested.map(yamlScalar).join(', ')}] # check names your workflows produce`,
      '#     min_approvals: 1',
      '#     block_force_pushes: true',
      '#     block_deletions: true'
    )
  }
  return `${L.join('\n')}\n`
}

function renderJobs(
  f: InitFindings,
  plan: Pick<InitPlan, 'controls' | 'artifacts' | 'branches'>,
  branch: string
): string {
  const L: string[] = []
  const rulesArtifact = 'gonogo-reports-rules'
  L.push(
    'Workflow jobs to add (to the workflow whose jobs write the evidence: artifacts are per run):',
    '',
    '1. In each job that writes evidence, upload it (no permission needed; runs when tests fail):'
  )
  const uploads = plan.artifacts.filter((x) => !x.rulesOnly)
  if (uploads.length === 0)
    L.push(
      '     (no evidence was found; when a job writes JUnit XML, SARIF or reports, upload them as',
      '     actions/upload-artifact@v4 with a name starting gonogo-<folder>-, and download them below)'
    )
  for (const a of uploads)
    L.push(
      `     - if: always() # ${a.what}`,
      '       uses: actions/upload-artifact@v4',
      '       with:',
      `         name: ${a.prefix}-\${{ github.job }}-\${{ strategy.job-index }}`,
      `         path: ${yamlScalar(a.upload)}`,
      '         if-no-files-found: ignore'
    )
  if (uploads.some((a) => !a.separate))
    L.push(
      "     Reports and SARIF of every job are downloaded into one folder: give each job's files",
      '     names of their own (in a matrix, add the job index), or one replaces another.'
    )
  L.push(
    '',
    '2. The rules check and the gate, as jobs of the same workflow:',
    '',
    `     ${RULES_JOB}:`,
    '       runs-on: ubuntu-latest',
    '       permissions: { contents: read }',
    '       steps:',
    '         - uses: actions/checkout@v5',
    `         - uses: ${ACTION_REPO}/action-ruleset-verify@v1`,
    '           with:',
    '             output: gonogo-reports',
    '             token: ${{ secrets.GONOGO_RULES_TOKEN || github.token }}',
    '         - if: always()',
    '           uses: actions/upload-artifact@v4',
    `           with: { name: ${rulesArtifact}, path: gonogo-reports/ }`,
    `     ${GATE_JOB}:`,
    `       needs: [${RULES_JOB}] # and every job that uploads evidence`,
    '       if: always()',
    '       runs-on: ubuntu-latest',
    '       permissions: { contents: read, pull-requests: write, checks: write }',
    '       steps:',
    '         - uses: actions/checkout@v5'
  )
  for (const a of plan.artifacts)
    L.push(
      '         - uses: actions/download-artifact@v5',
      a.separate
        ? `           with: { pattern: ${a.prefix}-*, path: ${yamlScalar(a.restore)} } # a folder per artifact: none replaces another's files`
        : `           with: { pattern: ${a.prefix}-*, path: ${yamlScalar(a.restore)}, merge-multiple: true }`
    )
  L.push(
    `         - uses: ${ACTION_REPO}/action-gate@v1`,
    '           with: { reports: gonogo-reports }',
    '',
    "Permissions: the upload steps need nothing beyond the job's own token. The rules job needs",
    'contents: read (the default token reads rulesets); classic branch protection and bypass lists',
    'need a token with "Administration: read" in the GONOGO_RULES_TOKEN secret. The gate needs',
    'contents: read, pull-requests: write (its sticky comment) and checks: write (only with',
    'check-run: true).',
    '',
    `3. Make ${GATE_JOB} a required status check on ${branch} (a ruleset's "Require status checks`,
    `   to pass"), then add it to branches.${branch}.required_checks in the policy.`
  )
  if (!plan.branches)
    L.push(
      `   The ${RULES_JOB} job needs branches: in the policy: fill it in first (see the comment there).`
    )
  if (f.checkNames.length > 0)
    L.push(
      '',
      `Check names your workflows produce: ${f.checkNames.slice(0, 20).join(', ')}${f.checkNames.length > 20 ? `, and ${f.checkNames.length - 20} more (gonogo check-names)` : ''}`
    )
  return `${L.join('\n')}\n`
}
