/**
 * `gonogo init`: inspects the repository (workflows through the workflow model, reports already
 * present, the older scripts' policy, and with a token the default branch's rules), writes a
 * commented starter `.github/gonogo.yml` (src/core/init-plan.ts) and prints the workflow jobs to
 * add. With the older scripts' policy it hands over to `gonogo migrate`. Never replaces a file
 * without `--force`; exit 0 when written, 2 for a usage or input problem (src/cli/main.ts).
 */
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { deriveCheckNames } from '../checks/check-names.js'
import { views } from '../checks/branch-protection.js'
import { ConfigurationError, errorMessage, fileSystemProblem } from '../core/errors.js'
import {
  planInit,
  type FoundReport,
  type FoundRules,
  type InitFindings
} from '../core/init-plan.js'
import { isRepositoryName } from '../core/org.js'
import { combine, noProtection, type Protection } from '../core/protection.js'
import { scrubSecrets } from '../core/secrets.js'
import { writeAllOrNothing } from '../io/atomic-write.js'
import { MIGRATE_DEFAULTS, runMigrate } from '../io/migrate-files.js'
import { parsePolicy } from '../io/policy-file.js'
import { listWorkflows, localResolver, readWorkflowFiles } from '../io/workflows.js'
import { Workspace } from '../io/workspace.js'
import { classifyArtifact } from '../migrate/older-files.js'
import { effectiveTimeOption, type Io } from './main.js'
import { formatNotes } from './migrate.js'

/** The init part of `gonogo --help` (main.ts's USAGE holds the same lines). */
export const INIT_USAGE = `Options for init (writes a starter policy from what the repository has):
  --output FILE             the policy to write (default .github/gonogo.yml)
  --force                   replace --output when it exists
  --repo OWNER/NAME         read the default branch's rules (default: $GITHUB_REPOSITORY;
                            token from $GITHUB_TOKEN; without one, branches: is left to fill in)
  --workspace DIR           as for gate
  --effective-time TIME     as for migrate (used when it hands over to migrate)
`

/** Bounds of the searches: a repository with more is summarised, not read whole. */
export const INIT_LIMITS = {
  reportsPerFolder: 200,
  reportBytes: 5 * 1024 * 1024,
  junitFiles: 1000,
  sarifFiles: 200
} as const

/** Parses the options, inspects the repository, writes the starter and prints what to add. */
export async function initCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      output: { type: 'string' },
      force: { type: 'boolean', default: false },
      repo: { type: 'string' },
      workspace: { type: 'string' },
      'effective-time': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false }
    },
    allowPositionals: true,
    strict: true
  })
  if (values.help) {
    io.out(INIT_USAGE)
    return 0
  }
  if (positionals.length > 0)
    throw new ConfigurationError(
      `init takes no arguments, got '${positionals.join(' ')}'; run gonogo init --help`
    )
  const now = effectiveTimeOption(values['effective-time'])
  const repoFull = values.repo ?? io.env.GITHUB_REPOSITORY ?? ''
  if (repoFull !== '' && !isRepositoryName(repoFull))
    throw new ConfigurationError(
      `${values.repo !== undefined ? '--repo' : 'GITHUB_REPOSITORY'} must be OWNER/NAME, got '${repoFull}'`
    )
  const ws = await Workspace.open(path.resolve(io.cwd, values.workspace ?? '.'))
  // Relative to the workspace, or absolute inside it (as gate's --config): written relative.
  const output = ws.relative(values.output ?? MIGRATE_DEFAULTS.output)
  if (output === undefined)
    throw new ConfigurationError(
      `--output ${values.output}: must be a path inside the workspace ${ws.root}`
    )
  if (output === '')
    throw new ConfigurationError(
      `--output ${JSON.stringify(values.output)}: names the workspace itself; give a file such as ${MIGRATE_DEFAULTS.output}`
    )
  const abs = await refuseExisting(ws, output, values.force)

  const findings = await inspect(ws, io, repoFull)
  if (await ws.hasFile(MIGRATE_DEFAULTS.policy)) {
    io.out(
      `found ${MIGRATE_DEFAULTS.policy} (the older governance scripts): handing over to gonogo migrate\n`
    )
    const r = await runMigrate({
      workspace: ws.root,
      output,
      force: values.force,
      now
    })
    io.out(`wrote ${r.output} with gonogo migrate: ${r.policy.controls.length} controls\n`)
    io.out(formatNotes(r.notes))
    io.out(
      '\nNext: see README "Coming from the older scripts"; branches: for verify-rules is not written by migrate.\n\n'
    )
    io.out(planInit(findings).jobs)
    return 0
  }

  const plan = planInit(findings)
  const text = scrubSecrets(plan.text)
  try {
    // The gate's own loader: what is written is known to load.
    parsePolicy(text, output)
  } catch (e) {
    throw new ConfigurationError(
      `the starter policy does not validate, so nothing was written (a gonogo bug; please report it):\n${errorMessage(e)}`
    )
  }
  try {
    await writeAllOrNothing(path.dirname(abs), [{ name: path.basename(abs), content: text }])
  } catch (e) {
    const problem = fileSystemProblem(e)
    if (problem === undefined) throw e
    const dir = path.posix.dirname(output)
    throw new ConfigurationError(
      `${output} was not written (${problem}); make ${dir === '.' ? 'the workspace' : `${dir}/`} writable or pass --output another path`
    )
  }
  const active = plan.controls.filter((c) => !c.disabled)
  io.out(
    `wrote ${output}: ${active.length} control${active.length === 1 ? '' : 's'} (${active.map((c) => c.id).join(', ')})${plan.branches ? `, branches.${plan.branches.name} as the rules are today` : ''}\n`
  )
  if (plan.notes.length > 0) {
    io.out(`notes (${plan.notes.length}):\n`)
    for (const n of plan.notes) io.out(`  - ${n}\n`)
  }
  io.out(`\nTry it: ${tryIt(values.workspace, output)}\n\n`)
  io.out(plan.jobs)
  return 0
}

/**
 * The gate command that reads what init wrote, run from where init was: `gonogo gate --config
 * FILE`, with `--workspace DIR` as it was given to init (a relative --workspace is relative to
 * the current directory, --config to the workspace); words a POSIX shell would split or expand
 * are single-quoted.
 */
export function tryIt(workspace: string | undefined, output: string): string {
  const word = (s: string): string =>
    /^[A-Za-z0-9_./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`
  return `gonogo gate${workspace !== undefined ? ` --workspace ${word(workspace)}` : ''} --config ${word(output)}`
}

/** The absolute output path; throws when something is there and --force was not given. */
async function refuseExisting(ws: Workspace, output: string, force: boolean): Promise<string> {
  const abs = await ws.confine(output)
  if (abs === undefined)
    throw new ConfigurationError(
      `--output ${output}: leads outside the workspace through a symbolic link`
    )
  let kind: 'file' | 'other' | undefined
  try {
    const st = await lstat(abs)
    kind = st.isFile() || st.isSymbolicLink() ? 'file' : 'other'
  } catch {
    kind = undefined
  }
  if (kind === 'other')
    throw new ConfigurationError(
      `--output ${output}: exists and is not a file; choose another path`
    )
  if (kind === 'file' && !force)
    throw new ConfigurationError(
      `${output} exists; nothing was written. Pass --force to replace it, or --output another path`
    )
  return abs
}

/** Everything init looks at, each search bounded (INIT_LIMITS). */
async function inspect(ws: Workspace, io: Io, repoFull: string): Promise<InitFindings> {
  const truncated: string[] = []
  const glob = async (pattern: string, limit: number): Promise<string[]> => {
    try {
      const r = await ws.glob(pattern, limit)
      if (r.truncated)
        truncated.push(
          `${pattern}: more than ${limit} files; only the first ${limit} were looked at`
        )
      return r.files
    } catch (e) {
      truncated.push(`${pattern}: not searched (${errorMessage(e)})`)
      return []
    }
  }
  const listed = await listWorkflows(ws)
  if (listed.truncated) truncated.push(`.github/workflows: more workflow files than gonogo reads`)
  const workflowFiles = await readWorkflowFiles(ws, listed.paths)
  const names = deriveCheckNames(workflowFiles, { resolveLocal: localResolver(workflowFiles) })

  const reports: FoundReport[] = []
  for (const dir of ['gonogo-reports', 'artifacts']) {
    for (const file of await glob(`${dir}/*.json`, INIT_LIMITS.reportsPerFolder)) {
      const read = await ws.readText(
        file,
        INIT_LIMITS.reportBytes,
        'for a report gonogo init reads'
      )
      if (!read.ok) {
        reports.push({ path: file, kind: 'unreadable', why: read.message })
        continue
      }
      try {
        const info = classifyArtifact(read.text, file)
        reports.push({ path: file, kind: info.kind, ...(info.why ? { why: info.why } : {}) })
      } catch (e) {
        reports.push({ path: file, kind: 'unreadable', why: errorMessage(e) })
      }
    }
  }
  const junit = await glob('test-results/**/*.xml', INIT_LIMITS.junitFiles)
  const sarif = await glob('**/*.sarif', INIT_LIMITS.sarifFiles)
  const rules = await readRules(io, repoFull)
  return {
    workflows: listed.paths,
    checkNames: [...new Set(names.checks.map((c) => c.name))].sort(),
    unresolvedJobs: names.unresolved.length,
    junit,
    sarif,
    reports,
    ...('branch' in rules ? { defaultBranch: rules.branch } : {}),
    rules,
    truncated,
    ...(await enclosingRepository(ws.root).then((r) =>
      r !== undefined ? { repositoryRoot: r } : {}
    ))
  }
}

/**
 * The root of the git repository a folder lies below (the nearest ancestor holding `.git`, a
 * folder or, in a worktree or submodule, a file), or undefined when the folder is a root itself
 * or in no repository. Read from the file system, without running git.
 */
export async function enclosingRepository(root: string): Promise<string | undefined> {
  const has = async (dir: string): Promise<boolean> =>
    lstat(path.join(dir, '.git')).then(
      () => true,
      () => false
    )
  if (await has(root)) return undefined
  for (let dir = path.dirname(root); ; dir = path.dirname(dir)) {
    if (await has(dir)) return dir
    if (path.dirname(dir) === dir) return undefined
  }
}

/**
 * The default branch's protection from the API (GET /repos/{o}/{r}, the branch's effective rules,
 * rulesets and classic protection: src/github/branch-rules.ts), combined as GitHub enforces it.
 * Without a token or repository, or when nothing could be read, the reason instead.
 */
async function readRules(io: Io, repoFull: string): Promise<FoundRules | { skipped: string }> {
  try {
    return await readRulesOrThrow(io, repoFull)
  } catch (e) {
    // The readers answer failures as values; anything else (a malformed GITHUB_API_URL…) is a
    // note too: the starter is written without branches:, never half-way.
    return { skipped: `the default branch's rules could not be read: ${errorMessage(e)}` }
  }
}

async function readRulesOrThrow(
  io: Io,
  repoFull: string
): Promise<FoundRules | { skipped: string }> {
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? ''
  if (!token)
    return {
      skipped:
        "no GITHUB_TOKEN (or GH_TOKEN), so the default branch's rules were not read; run init again with one and --force to fill it in"
    }
  if (!repoFull)
    return {
      skipped:
        "no --repo OWNER/NAME (or GITHUB_REPOSITORY), so the default branch's rules were not read"
    }
  const [owner = '', repo = ''] = repoFull.split('/')
  // Loaded on demand: only init with a token pays for the GitHub client.
  const { createClient } = await import('../github/client.js')
  const { defaultBranch, fetchBranchFacts } = await import('../github/branch-rules.js')
  const gh = createClient(token, { baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com' })
  const r = { owner, repo }
  const d = await defaultBranch(gh, r)
  if (!d.ok)
    return {
      skipped: `the default branch of ${repoFull} could not be read (${d.reason}; unlock: ${d.unlock})`
    }
  const [facts] = await fetchBranchFacts(gh, r, [d.value], d.value)
  if (!facts) return { skipped: `no facts were read for ${d.value}` }
  const v = views(facts)
  const known = [v.rules, v.classic].filter((p): p is Protection => p !== undefined)
  if (known.length === 0)
    return {
      skipped: `the rules of ${d.value} could not be read: ${v.unknown.map((u) => `${u.source}: ${u.reason} (unlock: ${u.unlock})`).join('; ')}`
    }
  // The same visibility test as verify-rules' bypass check (src/checks/branch-protection.ts).
  const active = new Set(
    facts.effectiveRules.ok ? facts.effectiveRules.value.map((x) => x.ruleset_id) : []
  )
  const listed = new Map(facts.rulesets.ok ? facts.rulesets.value.map((x) => [x.id, x]) : [])
  const hidden = [...active].some((id) => listed.get(id)?.bypassActors === undefined)
  return {
    branch: d.value,
    protection: combine(noProtection(), ...known),
    unreadable: v.unknown.map(
      (u) => `${u.source} could not be read: ${u.reason} (unlock: ${u.unlock})`
    ),
    bypassVisible: v.unknown.length === 0 && facts.rulesets.ok && !hidden
  }
}
