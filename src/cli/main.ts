import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { BUILTIN_NAMES } from '../core/builtin-names.js'
import { GENERATOR_VERSION, SHA_PATTERN, SUMMARY_JSON, SUMMARY_MD } from '../core/contracts.js'
import { ConfigurationError, errorMessage, fileSystemProblem } from '../core/errors.js'
import { isRepositoryName } from '../core/org.js'
import { parseEffectiveTime } from '../core/time.js'
import { clearSecrets, registerSecret, scrubSecrets } from '../core/secrets.js'
import { currentBranch, headSha } from '../io/git.js'
import { MIGRATE_USAGE } from './migrate-usage.js'
import { notCommand } from '../render/cli-findings.js'
import { PROMOTE_USAGE } from './promote-usage.js'

export const EXIT = { go: 0, noGo: 1, usage: 2 } as const

/**
 * The `gonogo check NAME` line of the usage text, naming every built-in from BUILTIN_NAMES (so
 * the text cannot fall behind the registry), wrapped greedily at 100 columns with continuation
 * lines indented to the description column (33).
 */
const CHECK_USAGE = ((): string => {
  const words = `run one built-in check (${BUILTIN_NAMES.join(', ')})`.split(' ')
  const lines: string[] = []
  let line = '  gonogo check NAME [options]   '
  for (const word of words) {
    if (line.length + 1 + word.length > 100 && line.trim() !== '') {
      lines.push(line)
      line = ' '.repeat(32)
    }
    line += ` ${word}`
  }
  return [...lines, line].join('\n')
})()

const USAGE = `gonogo ${GENERATOR_VERSION}: release governance as code

Usage:
  gonogo gate [options]          decide go / conditional-go / no-go from the policy and reports
  gonogo verify-rules [options]  compare branch protection and rulesets with the policy
  gonogo check-names [options]   list every check name the workflows can produce
${CHECK_USAGE}
  gonogo bundle create [options] assemble an evidence bundle (manifest, reports, summary)
  gonogo bundle verify PATH      verify a bundle folder or its downloaded zip
  gonogo promote [options]       promote a bundle into an environment (records in --state)
  gonogo rollback [options]      promote the environment's previous bundle again
  gonogo history [options]       an environment's promotion records and their hash chain
  gonogo org plan|verify|merge   verify every repository of an organisation (sharded; see
                                 gonogo org --help)
  gonogo migrate [options]       write .github/gonogo.yml from the older governance scripts'
                                 policy, exceptions and reports
  gonogo init [options]          write a starter .github/gonogo.yml from the repository's
                                 workflows, reports and rules; print the workflow jobs to add
  gonogo incident status         the open incident on the default branch and what lifts the
                                 merge freeze (exit 0 none open, 1 open)

Options for gate:
  --config FILE             policy file, relative to the workspace (default .github/gonogo.yml)
  --reports DIR             folder of reports, relative to the workspace (default gonogo-reports)
  --output DIR              where executive-summary.json and .md go (default gonogo-out)
  --workspace DIR           repository root (default: the current directory)
  --sha SHA                 the commit being gated; reports about another commit are stale
                            (default: $GITHUB_SHA, else not checked)
  --effective-time TIME     RFC 3339 time the decision is made at (default: now)
  --profile NAME            use this profile instead of select_profile
  --event NAME              event for select_profile (default: $GITHUB_EVENT_NAME or local)
  --branch NAME             branch for select_profile (default: the checked-out branch)
  --quiet                   print only the decision

Options for verify-rules (token from $GITHUB_TOKEN, API from $GITHUB_API_URL):
  --repo OWNER/NAME         the repository (default: $GITHUB_REPOSITORY)
  --branch NAME             a branch name or glob; repeat for more (default: the default branch)
  --config FILE             policy file (default .github/gonogo.yml)
  --output DIR              where branch-protection.json and required-checks.json go
                            (default gonogo-reports)
  --workspace DIR, --sha SHA, --effective-time TIME   as for gate

Options for check NAME (settings from checks.NAME in the policy file):
  --config FILE, --workspace DIR, --sha SHA, --effective-time TIME   as for gate
  --output DIR              where NAME.json goes (default gonogo-reports)
  --base-ref REF            base for comparisons (policy-bundle revision bumps)
  --repo OWNER/NAME         for ci-trend (default: $GITHUB_REPOSITORY; token from $GITHUB_TOKEN)
  --format text|json|github text: one line per finding (file:line rule: message), the first 50,
                            then a summary line; coloured on a terminal unless NO_COLOR is set;
                            json: one document (schemas/cli-findings.schema.json); github:
                            workflow commands, so findings become annotations in a workflow

Options for check-names:
  --workspace DIR           repository root (default: the current directory)
  --json                    {"checks": [...], "unresolved": [{"workflow", "job", "reason"}]}

Options for bundle create:
  --reports DIR             folder of reports, relative to the workspace (required)
  --output DIR              the bundle folder to create (required; replaced if it holds a bundle)
  --summary DIR             folder gonogo gate --output wrote: its summary, built-in reports and
                            every file the decision read (evidence/) go into the bundle
  --workspace DIR, --sha SHA   as for gate (the sha defaults to $GITHUB_SHA, else HEAD)
  --effective-time TIME     creation time when $SOURCE_DATE_EPOCH is not set (default: now)
  --signing-key-env NAME    sign the digest with HMAC-SHA256 using the key in $NAME
  --release-tag TAG         the tag being released (lineage.json starts after the previous one)

Options for bundle verify:
  --replay                  also decide again from the bundle's policy and evidence alone and
                            compare with its executive-summary.json byte for byte
  --signing-key-env NAME    also check signature.json against the key in $NAME

${PROMOTE_USAGE}
${MIGRATE_USAGE}
Options for init (writes a starter policy from what the repository has):
  --output FILE             the policy to write (default .github/gonogo.yml)
  --force                   replace --output when it exists
  --repo OWNER/NAME         read the default branch's rules (default: $GITHUB_REPOSITORY;
                            token from $GITHUB_TOKEN; without one, branches: is left to fill in)
  --workspace DIR           as for gate
  --effective-time TIME     as for migrate (used when it hands over to migrate)
Options for incident status (token from $GITHUB_TOKEN, needs issues: read):
  --repo OWNER/NAME         the repository (default: $GITHUB_REPOSITORY)
  --config FILE, --workspace DIR   as for gate (the policy's incidents: settings)
  --format text|json        text (default) or the incident records as JSON
Exit codes: gate: 0 go or conditional-go, 1 no-go; verify-rules: 0 every check passed, 1 any
failed or unverified; check: 0 passed, 1 failed or unverified; check-names: 0, or 1 when some names cannot be resolved; bundle verify: 0 valid, 1 invalid; promote/rollback: 0 recorded, 1 refused; history: 0 chain
intact, 1 broken; migrate, init: 0 written; all: 2 usage
or configuration error.
`

export interface Io {
  out: (s: string) => void
  err: (s: string) => void
  env: NodeJS.ProcessEnv
  cwd: string
  /** Whether stdout is a terminal (colours are then allowed, see render/cli-findings.ts). */
  isTTY?: boolean
  /** stdout for text with the renderer's own colour escapes (secrets are still masked). */
  outStyled?: (s: string) => void
  /** stdout for workflow commands written on purpose (`check --format github`). */
  outCommands?: (s: string) => void
}

const GATE_OPTIONS = {
  config: { type: 'string', default: '.github/gonogo.yml' },
  reports: { type: 'string', default: 'gonogo-reports' },
  output: { type: 'string', default: 'gonogo-out' },
  workspace: { type: 'string' },
  sha: { type: 'string' },
  'effective-time': { type: 'string' },
  profile: { type: 'string' },
  event: { type: 'string' },
  branch: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false }
} satisfies ParseArgsConfig['options']

/**
 * The `gonogo` command line; returns the exit code. A run starts with no secret but the token
 * in $GITHUB_TOKEN / $GH_TOKEN (and a signing key once --signing-key-env names it), and every
 * line it prints, like every file it writes, has them masked (src/core/secrets.ts).
 */
export async function main(argv: string[], rawIo: Io): Promise<number> {
  clearSecrets()
  registerSecret(rawIo.env.GITHUB_TOKEN)
  registerSecret(rawIo.env.GH_TOKEN)
  // No line gonogo prints (report text, file names, messages) can act as a workflow command when
  // the CLI runs in a workflow; only `check --format github` writes commands, on purpose.
  const io: Io = {
    ...rawIo,
    out: (s) => rawIo.out(noCommands(terminalSafe(scrubSecrets(s)))),
    err: (s) => rawIo.err(noCommands(terminalSafe(scrubSecrets(s)))),
    outCommands: (s) => rawIo.out(terminalSafe(scrubSecrets(s))),
    ...(rawIo.outStyled ? { outStyled: (s: string) => rawIo.outStyled?.(scrubSecrets(s)) } : {})
  }
  // No operating system passes a NUL inside an argument; a caller in-process could, and no file
  // API accepts one.
  const nul = argv.findIndex((a) => a.includes('\0'))
  if (nul >= 0) {
    io.err(`gonogo: argument ${nul + 1} (${JSON.stringify(argv[nul])}) contains a NUL character\n`)
    return EXIT.usage
  }
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE)
    return command === undefined ? EXIT.usage : 0
  }
  if (command === '--version' || command === '-v') {
    io.out(`${GENERATOR_VERSION}\n`)
    return 0
  }
  try {
    if (command === 'gate') return await gate(rest, io)
    if (command === 'verify-rules') return await verifyRules(rest, io)
    if (command === 'check-names') return await checkNames(rest, io)
    if (command === 'check') return await check(rest, io)
    if (command === 'bundle') return await bundle(rest, io)
    if (command === 'migrate') return await (await import('./migrate.js')).migrateCommand(rest, io)
    if (command === 'org') return await (await import('./org.js')).orgCommand(rest, io)
    if (command === 'init') return await (await import('./init.js')).initCommand(rest, io)
    if (command === 'incident')
      return await (await import('./incident.js')).incidentCommand(rest, io)
    if (command === 'promote' || command === 'rollback' || command === 'history') {
      const p = await import('./promote.js')
      if (command === 'history')
        return await p.historyCommand(rest, io, (n) => keyFromEnv(io.env, n))
      return await p.promoteCommand(
        command === 'promote' ? 'promotion' : 'rollback',
        rest,
        io,
        (n) => keyFromEnv(io.env, n)
      )
    }
    throw new ConfigurationError(`unknown command '${command}'; run gonogo --help`)
  } catch (e) {
    if (e instanceof ConfigurationError || isArgError(e)) {
      io.err(`gonogo: ${errorMessage(e)}\n`)
      return EXIT.usage
    }
    // A path the user named that the file system refused (a file where a folder must be, a link
    // loop, a name too long…): the path and the reason, not a bug report.
    const fsProblem = fileSystemProblem(e)
    if (fsProblem !== undefined) {
      io.err(`gonogo: ${fsProblem}\n`)
      return EXIT.usage
    }
    io.err(`gonogo: unexpected error: ${errorMessage(e)}\n`)
    return EXIT.usage
  }
}

/** Each line made unable to act as a workflow command (render/cli-findings.ts notCommand). */
function noCommands(s: string): string {
  return s.includes('::') || s.includes('##[') ? s.split('\n').map(notCommand).join('\n') : s
}

/** node:util parseArgs's errors (unknown option, missing value…); duck-typed, as their realm may differ. */
function isArgError(e: unknown): boolean {
  return (
    typeof e === 'object' &&
    e !== null &&
    String((e as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
  )
}

/**
 * Text for a terminal: C0 control characters (from a path, a report, a policy) other than line
 * feed and tab are shown as escapes such as `\x1b`, so none can move the cursor, recolour or
 * rewrite what was printed. Unchanged when there is none; JSON output never holds one raw
 * (JSON.stringify escapes them), so it stays valid JSON.
 */
function terminalSafe(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
  )
}

async function gate(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: GATE_OPTIONS,
    allowPositionals: false,
    strict: true
  })
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  const workspace = path.resolve(io.cwd, values.workspace ?? '.')
  const sha = values.sha ?? io.env.GITHUB_SHA ?? ''
  if (sha && !SHA_PATTERN.test(sha)) {
    throw new ConfigurationError(
      `--sha must be a full commit SHA (40 hex characters), got '${sha}'`
    )
  }
  // `git rev-parse` runs while the gate reads the policy (runGate awaits it for the profile).
  const branch = values.branch ?? currentBranch(workspace)
  // Each command loads only its own code (the workflow model is not needed to gate, and back).
  const { runGate } = await import('../gate/run-gate.js')
  const result = await runGate({
    workspace,
    config: inWorkspace(workspace, values.config),
    reports: values.reports,
    output: path.resolve(io.cwd, values.output),
    effectiveTime: effectiveTimeOption(values['effective-time']),
    sha,
    repository: io.env.GITHUB_REPOSITORY ?? '',
    ref: io.env.GITHUB_REF ?? '',
    event: values.event ?? io.env.GITHUB_EVENT_NAME ?? 'local',
    branch,
    ...(values.profile ? { profile: values.profile } : {}),
    ...githubFromEnv(io.env),
    log: (m: string) => io.err(`gonogo: ${m}\n`)
  })
  const s = result.summary
  io.out(
    `${s.decision} (profile ${s.profile.name}: ${s.counts.high} high of max ${s.profile.max_high}, ${s.counts.medium} medium of max ${s.profile.max_medium}, ${s.counts.low} waived)\n`
  )
  if (!values.quiet) {
    for (const b of s.blockers)
      io.out(
        `  [${b.severity}] ${b.control} (${b.kind}${b.class ? `, ${b.class}` : ''}): ${b.reason}\n`
      )
    for (const w of s.warnings) io.out(`  [warning] ${w.control}: ${w.message}\n`)
    for (const c of s.claims?.claims ?? [])
      io.out(`  [claim] ${c.id} (tier ${c.tier}): ${c.grade} ${c.level} ${c.title}\n`)
    if (s.claims && s.claims.unclaimed_controls.length > 0)
      io.out(`  controls no claim names: ${s.claims.unclaimed_controls.join(', ')}\n`)
    if (!sha) io.out('  note: no --sha given, so report staleness was not checked\n')
    io.out(`  summary: ${result.summaryPath}\n  markdown: ${result.markdownPath}\n`)
  }
  return s.decision === 'no-go' ? EXIT.noGo : EXIT.go
}

const VERIFY_OPTIONS = {
  repo: { type: 'string' },
  branch: { type: 'string', multiple: true },
  config: { type: 'string', default: '.github/gonogo.yml' },
  output: { type: 'string', default: 'gonogo-reports' },
  workspace: { type: 'string' },
  sha: { type: 'string' },
  'effective-time': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false }
} satisfies ParseArgsConfig['options']

async function verifyRules(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: VERIFY_OPTIONS,
    allowPositionals: false,
    strict: true
  })
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  const full = values.repo ?? io.env.GITHUB_REPOSITORY ?? ''
  const [owner, repo] = ownerRepo(
    full,
    values.repo !== undefined ? '--repo' : '--repo (or GITHUB_REPOSITORY)'
  )
  shaOption(values.sha)
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? ''
  if (!token)
    throw new ConfigurationError(
      'set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository'
    )
  const workspace = path.resolve(io.cwd, values.workspace ?? '.')
  const sha = values.sha ?? io.env.GITHUB_SHA ?? (await headSha(workspace))
  // Loaded on demand: the gate command does not pay for the GitHub client at start-up.
  const { runVerify } = await import('../ruleset-verify/run-verify.js')
  const r = await runVerify({
    workspace,
    config: inWorkspace(workspace, values.config),
    output: path.resolve(io.cwd, values.output),
    owner,
    repo,
    branches: (values.branch ?? [])
      .flatMap((b) => b.split(','))
      .map((b) => b.trim())
      .filter(Boolean),
    sha,
    ref: io.env.GITHUB_REF ?? '',
    token,
    apiUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
    effectiveTime: effectiveTimeOption(values['effective-time']),
    log: (m: string) => io.err(`gonogo: ${m}\n`)
  })
  for (const rep of [r.branchProtection, r.requiredChecks]) {
    io.out(
      `${rep.control}: ${rep.status} (${rep.summary.passed ?? 0} passed, ${rep.summary.failed ?? 0} failed, ${rep.summary.unverified ?? 0} unverified)\n`
    )
    for (const c of rep.checks.filter((x) => x.status !== 'passed'))
      io.out(`  [${c.status}] ${c.id}: ${c.message}${c.unlock ? ` (unlock: ${c.unlock})` : ''}\n`)
  }
  io.out(`  API requests: ${r.requests}\n  reports: ${r.paths.join(', ')}\n`)
  return r.branchProtection.status === 'passed' && r.requiredChecks.status === 'passed' ? 0 : 1
}

async function checkNames(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      workspace: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    },
    allowPositionals: false,
    strict: true
  })
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  // One import at a time: module graphs that share modules are linked in turn.
  const { Workspace } = await import('../io/workspace.js')
  const { localResolver, readWorkflows } = await import('../io/workflows.js')
  const { deriveCheckNames } = await import('../checks/check-names.js')
  const ws = await Workspace.open(path.resolve(io.cwd, values.workspace ?? '.'))
  const workflows = await readWorkflows(ws)
  if (workflows.length === 0)
    io.err(`gonogo: no workflow files in ${path.join(ws.root, '.github', 'workflows')}\n`)
  const names = deriveCheckNames(workflows, { resolveLocal: localResolver(workflows) })
  const unique = [...new Set(names.checks.map((c) => c.name))].sort()
  if (values.json) {
    io.out(
      `${JSON.stringify({ checks: unique, unresolved: names.unresolved.map((u) => ({ workflow: u.workflow, job: u.job, reason: u.reason })) }, null, 2)}\n`
    )
  } else {
    for (const n of unique) io.out(`${n}\n`)
    for (const u of names.unresolved)
      io.err(`unresolved: ${u.workflow}${u.job ? ` job ${u.job}` : ''}: ${u.reason}\n`)
  }
  return names.unresolved.length > 0 ? 1 : 0
}

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      config: { type: 'string', default: '.github/gonogo.yml' },
      output: { type: 'string', default: 'gonogo-reports' },
      workspace: { type: 'string' },
      sha: { type: 'string' },
      'effective-time': { type: 'string' },
      'base-ref': { type: 'string' },
      repo: { type: 'string' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false }
    },
    allowPositionals: true,
    strict: true
  })
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  const [name, ...extra] = positionals
  if (!name || extra.length > 0)
    throw new ConfigurationError('usage: gonogo check NAME [options]; run gonogo --help')
  const render = await import('../render/cli-findings.js')
  const format = values.format
  if (!render.isOutputFormat(format))
    throw new ConfigurationError(
      `--format must be one of ${render.OUTPUT_FORMATS.join(', ')}, got ${JSON.stringify(format)}`
    )
  shaOption(values.sha)
  const workspace = path.resolve(io.cwd, values.workspace ?? '.')
  const full = values.repo ?? io.env.GITHUB_REPOSITORY ?? ''
  const [owner, repo] =
    values.repo !== undefined ? ownerRepo(values.repo) : (full.split('/') as [string?, string?])
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? ''
  const { runCheck } = await import('../gate/run-check.js')
  const r = await runCheck({
    name,
    workspace,
    config: inWorkspace(workspace, values.config),
    output: path.resolve(io.cwd, values.output),
    effectiveTime: effectiveTimeOption(values['effective-time']),
    subject: {
      repository: full,
      // Without a commit (no git, or none yet): git's null id, so the report stays valid.
      sha: values.sha ?? io.env.GITHUB_SHA ?? ((await headSha(workspace)) || '0'.repeat(40)),
      ref: io.env.GITHUB_REF ?? ''
    },
    ...(token && owner && repo
      ? {
          github: { token, apiUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com', owner, repo }
        }
      : {}),
    ...(values['base-ref'] ? { baseRef: values['base-ref'] } : {}),
    log: (m) => io.err(`gonogo: ${m}\n`)
  })
  // Colour needs a terminal and a writer that keeps the renderer's own escape sequences (io.out
  // shows every control character as text): `isTTY` and `outStyled` of the Io (secrets masked).
  const colour =
    io.outStyled !== undefined &&
    render.colourWanted({ format, isTTY: io.isTTY === true, env: io.env })
  const text = render.renderFindings(r.report, { format, reportPath: r.path, colour })
  if (colour && io.outStyled) io.outStyled(text)
  else if (format === 'github' && io.outCommands) io.outCommands(text)
  else io.out(text)
  return r.report.status === 'passed' ? 0 : 1
}

async function bundle(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      reports: { type: 'string' },
      output: { type: 'string' },
      summary: { type: 'string' },
      workspace: { type: 'string' },
      sha: { type: 'string' },
      'effective-time': { type: 'string' },
      'signing-key-env': { type: 'string' },
      'release-tag': { type: 'string' },
      replay: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    },
    allowPositionals: true,
    strict: true
  })
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  const [sub, ...more] = positionals
  const signingKey = keyFromEnv(io.env, values['signing-key-env'])
  if (values.replay && sub !== 'verify')
    throw new ConfigurationError('--replay is an option of gonogo bundle verify')
  if (sub === 'verify') {
    const [target, ...extra] = more
    if (!target || extra.length > 0)
      throw new ConfigurationError(
        'usage: gonogo bundle verify PATH [--replay] [--signing-key-env NAME]'
      )
    const abs = path.resolve(io.cwd, target)
    if (!existsSync(abs)) throw new ConfigurationError(`${target}: no such bundle folder or zip`)
    // Never open a FIFO or device: reading a named pipe would block forever.
    const st = statSync(abs)
    if (!st.isDirectory() && !st.isFile())
      throw new ConfigurationError(`${target}: not a bundle folder or zip file (a FIFO or device?)`)
    if (values.replay) {
      const { replayCommand } = await import('./replay.js')
      return replayCommand(abs, target, signingKey, io)
    }
    // Loaded on demand, like every command but gate.
    const { verifyBundle } = await import('../io/bundle-verify.js')
    const r = await verifyBundle(abs, signingKey !== undefined ? { signingKey } : {})
    if (r.ok) {
      io.out(
        `valid: ${r.manifest?.bundle_id ?? target} ${r.digest ?? ''} (${r.manifest?.files.length ?? 0} files${signingKey !== undefined ? ', signature checked' : ''})\n`
      )
      return 0
    }
    io.out(`invalid: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}\n`)
    for (const p of r.problems)
      io.out(`  ${p.file !== undefined ? `${p.file}: ` : ''}${p.message}\n`)
    io.out(`  bundle: ${target}\n`)
    return 1
  }
  if (sub !== 'create' || more.length > 0)
    throw new ConfigurationError('usage: gonogo bundle create|verify …; run gonogo --help')
  if (!values.reports || !values.output)
    throw new ConfigurationError('gonogo bundle create needs --reports DIR and --output DIR')
  const workspace = path.resolve(io.cwd, values.workspace ?? '.')
  const { bundleCreationTime } = await import('../core/bundle-manifest.js')
  if (values['effective-time'] !== undefined) effectiveTimeOption(values['effective-time'])
  const createdAt = bundleCreationTime(io.env.SOURCE_DATE_EPOCH, values['effective-time'], Date.now)
  const sha = values.sha ?? io.env.GITHUB_SHA ?? (await headSha(workspace))
  if (!SHA_PATTERN.test(sha))
    throw new ConfigurationError(
      sha
        ? `--sha must be a full commit SHA (40 hex characters), got '${sha}'`
        : 'no commit to bundle: pass --sha, set GITHUB_SHA, or run inside a git repository'
    )
  if (values.summary) {
    const dir = path.resolve(io.cwd, values.summary)
    if (![SUMMARY_JSON, SUMMARY_MD].some((f) => existsSync(path.join(dir, f))))
      throw new ConfigurationError(
        `${values.summary}: no executive-summary.json or .md there; run gonogo gate --output first`
      )
  }
  const refType = io.env.GITHUB_REF_TYPE
  const tag = values['release-tag'] ?? (refType === 'tag' ? io.env.GITHUB_REF_NAME : undefined)
  // The action's bundle step without the job graph: lineage.json from git (previous release tag →
  // commits) and, with a token, the pull requests through the API.
  const { runBundle } = await import('../release-bundle/run-bundle.js')
  const r = await runBundle({
    workspace,
    reports: inWorkspace(workspace, values.reports),
    ...(values.summary ? { summaryDir: path.resolve(io.cwd, values.summary) } : {}),
    output: path.resolve(io.cwd, values.output),
    subject: {
      repository: io.env.GITHUB_REPOSITORY ?? '',
      sha,
      ref: io.env.GITHUB_REF ?? '',
      ...(tag ? { tag } : {})
    },
    env: io.env,
    needs: '',
    requiredJobs: [],
    ...(tag ? { releaseTag: tag } : {}),
    createdAt,
    ...(signingKey !== undefined ? { signingKey } : {}),
    ...githubFromEnv(io.env)
  })
  io.out(
    `bundle ${r.bundleId}\n  digest: ${r.digest}\n  files: ${r.files}${r.signed ? ' (signed)' : ''}\n  path: ${r.path}\n`
  )
  for (const p of r.lineageProblems) io.out(`  lineage: ${p.message}\n`)
  io.out(
    r.evidence === null
      ? '  evidence: none (no executive summary with recorded inputs: pass --summary DIR from gonogo gate to make the bundle replayable)\n'
      : `  evidence: ${r.evidence} files the decision read (replay: gonogo bundle verify ${r.path} --replay)\n`
  )
  return 0
}

/** The signing key from the variable --signing-key-env names; an unset or empty one is a mistake. */
function keyFromEnv(env: NodeJS.ProcessEnv, name: string | undefined): string | undefined {
  if (name === undefined) return undefined
  const key = env[name]
  if (!key)
    throw new ConfigurationError(`--signing-key-env ${name}: the environment variable is not set`)
  registerSecret(key)
  return key
}

/** GitHub access for built-in checks from the environment (GITHUB_TOKEN, GITHUB_REPOSITORY). */
function githubFromEnv(env: NodeJS.ProcessEnv): {
  github?: { token: string; apiUrl: string; owner: string; repo: string }
} {
  const token = env.GITHUB_TOKEN ?? env.GH_TOKEN ?? ''
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  return token && owner && repo
    ? { github: { token, apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com', owner, repo } }
    : {}
}

/** An absolute --config inside the workspace is taken as the relative path it is. */
function inWorkspace(workspace: string, file: string): string {
  return path.isAbsolute(file) ? path.relative(workspace, file) : file
}

/**
 * --effective-time as epoch milliseconds: now when the option is absent; an RFC 3339 time
 * otherwise (an empty value is an error, never "now").
 */
export function effectiveTimeOption(value: string | undefined): number {
  return value === undefined ? Date.now() : parseEffectiveTime(value)
}

/**
 * --repo (or $GITHUB_REPOSITORY) split into owner and name; anything that is not OWNER/NAME as
 * GitHub allows it (core/org.ts isRepositoryName) is a usage error.
 */
function ownerRepo(full: string, what = '--repo'): [string, string] {
  if (!isRepositoryName(full))
    throw new ConfigurationError(`${what} must be OWNER/NAME, got '${full}'`)
  const [owner = '', repo = ''] = full.split('/')
  return [owner, repo]
}

/** A --sha given must be a full commit SHA. */
function shaOption(sha: string | undefined): void {
  if (sha !== undefined && !SHA_PATTERN.test(sha))
    throw new ConfigurationError(
      `--sha must be a full commit SHA (40 hex characters), got ${JSON.stringify(sha)}`
    )
}
