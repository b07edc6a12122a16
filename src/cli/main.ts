import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { GENERATOR_VERSION } from '../core/contracts.js'
import { ConfigurationError, errorMessage } from '../core/errors.js'
import { parseEffectiveTime, runGate } from '../gate/run-gate.js'
import { currentBranch } from '../io/git.js'

export const EXIT = { go: 0, noGo: 1, usage: 2 } as const

const USAGE = `gonogo ${GENERATOR_VERSION}: release governance as code

Usage:
  gonogo gate [options]     decide go / conditional-go / no-go from the policy and reports

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

Exit codes: 0 go or conditional-go, 1 no-go, 2 usage or configuration error.
`

export interface Io {
  out: (s: string) => void
  err: (s: string) => void
  env: NodeJS.ProcessEnv
  cwd: string
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

/** The `gonogo` command line; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
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
    throw new ConfigurationError(`unknown command '${command}'; run gonogo --help`)
  } catch (e) {
    if (e instanceof ConfigurationError || isArgError(e)) {
      io.err(`gonogo: ${errorMessage(e)}\n`)
      return EXIT.usage
    }
    io.err(`gonogo: unexpected error: ${errorMessage(e)}\n`)
    return EXIT.usage
  }
}

function isArgError(e: unknown): boolean {
  return (
    e instanceof Error &&
    'code' in e &&
    String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')
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
  if (sha && !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
    throw new ConfigurationError(
      `--sha must be a full commit SHA (40 hex characters), got '${sha}'`
    )
  }
  const result = await runGate({
    workspace,
    config: values.config,
    reports: values.reports,
    output: path.resolve(io.cwd, values.output),
    effectiveTime: values['effective-time']
      ? parseEffectiveTime(values['effective-time'])
      : Date.now(),
    sha,
    repository: io.env.GITHUB_REPOSITORY ?? '',
    ref: io.env.GITHUB_REF ?? '',
    event: values.event ?? io.env.GITHUB_EVENT_NAME ?? 'local',
    branch: values.branch ?? (await currentBranch(workspace)),
    ...(values.profile ? { profile: values.profile } : {})
  })
  const s = result.summary
  io.out(
    `${s.decision} (profile ${s.profile.name}: ${s.counts.high} high of max ${s.profile.max_high}, ${s.counts.medium} medium of max ${s.profile.max_medium}, ${s.counts.low} waived)\n`
  )
  if (!values.quiet) {
    for (const b of s.blockers) io.out(`  [${b.severity}] ${b.control} (${b.kind}): ${b.reason}\n`)
    for (const w of s.warnings) io.out(`  [warning] ${w.control}: ${w.message}\n`)
    if (!sha) io.out('  note: no --sha given, so report staleness was not checked\n')
    io.out(`  summary: ${result.summaryPath}\n  markdown: ${result.markdownPath}\n`)
  }
  return s.decision === 'no-go' ? EXIT.noGo : EXIT.go
}
