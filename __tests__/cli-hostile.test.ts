/**
 * Hostile arguments and files for every CLI command (issue 14, "CLI"): missing paths, folders
 * where files are expected and files where folders are, symbolic links out of the workspace,
 * dangling and looping links, FIFOs, binary, UTF-16 and empty files, unknown, repeated and
 * value-less flags, absurd values, and paths holding newlines, control characters or NUL.
 *
 * Every case must end with exit 1 or 2 (0 only where the case is legitimately fine), print no
 * "unexpected error" and nothing stack-shaped, name the path or argument at fault, and finish
 * (the jest timeout is the deadline; a FIFO opened for reading would block forever).
 *
 * HOSTILE_REPORT=1 prints every case's exit code and first line, for triage.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { constants } from 'node:fs'
import { copyFile, mkdir, mkdtemp, open, rename, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import { exampleWorkspace } from './support/temp-workspace.js'

let base = ''
let dir = ''
let outside = ''
let cleanup: () => Promise<void> = () => Promise.resolve()
const fifos: string[] = []

const POLICY = `version: 1
profiles:
  strict: { max_high: 0, max_medium: 0 }
controls:
  - id: unit-tests
    source: { junit: 'test-results/**/*.xml' }
    severity: high
environments:
  staging: { requires: conditional-go }
  production: { from: staging, requires: go }
`

/** Hostile paths, workspace-relative; each file name holds a fragment the message must name. */
const P = {
  missing: 'h/hx-missing.yml',
  dir: 'h/hx-dir.yml',
  file: 'h/hx-file',
  linkOut: 'h/hx-link-out.yml',
  linkOutDir: 'h/hx-link-out-dir',
  dangling: 'h/hx-dangling',
  loop: 'h/hx-loop-a',
  fifo: 'h/hx-fifo',
  binary: 'h/hx-binary.yml',
  utf16: 'h/hx-utf16.yml',
  empty: 'h/hx-empty.yml',
  newline: 'h/hx-new\nline.yml',
  control: 'h/hx-ctl\u001b[31mname.yml',
  underFile: 'h/hx-file/hx-child.yml',
  longName: `h/hx-long${'x'.repeat(300)}.yml`,
  nul: 'h/hx-nul\u0000.yml',
  dotdot: '../hx-dotdot/x.yml',
  /** BASE is the temporary folder holding the workspace (ws) and a folder outside it. */
  absolute: 'BASE/hx-absolute/nowhere.yml'
} as const
type Kind = keyof typeof P

/** The fragment of each hostile path a message must show (the name before any odd character). */
function fragment(kind: Kind): string {
  const base =
    P[kind]
      .split('/')
      .filter((s) => s.startsWith('hx-'))
      .at(-1) ?? P[kind]
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f].*$/s, '').slice(0, 10)
}

const FILE_KINDS: Kind[] = [
  'missing',
  'dir',
  'linkOut',
  'dangling',
  'loop',
  'fifo',
  'binary',
  'utf16',
  'empty',
  'newline',
  'control',
  'underFile',
  'longName',
  'nul',
  'dotdot',
  'absolute'
]
const DIR_KINDS: Kind[] = [
  'missing',
  'file',
  'linkOutDir',
  'dangling',
  'loop',
  'fifo',
  'newline',
  'control',
  'underFile',
  'longName',
  'nul',
  'dotdot',
  'absolute'
]

beforeAll(async () => {
  // base/ws is the workspace, base/outside a folder beside it: `..` and absolute paths used
  // below stay inside base, which is removed at the end.
  base = await mkdtemp(path.join(os.tmpdir(), 'gonogo-hostile-'))
  const ws = await exampleWorkspace({ git: true })
  dir = path.join(base, 'ws')
  await rename(ws.dir, dir)
  outside = path.join(base, 'outside')
  await mkdir(outside)
  cleanup = () => rm(base, { recursive: true, force: true })
  const at = (rel: string): string => path.join(dir, rel)
  await mkdir(at('h'), { recursive: true })
  await writeFile(path.join(outside, 'policy.yml'), POLICY)
  await writeFile(at('.github/gonogo.yml'), POLICY)
  await mkdir(at(P.dir))
  await writeFile(at(P.file), POLICY)
  await symlink(path.join(outside, 'policy.yml'), at(P.linkOut))
  await symlink(outside, at(P.linkOutDir))
  await symlink(path.join(outside, 'nothing-here'), at(P.dangling))
  await symlink('hx-loop-b', at(P.loop))
  await symlink('hx-loop-a', at('h/hx-loop-b'))
  execFileSync('mkfifo', [at(P.fifo)])
  fifos.push(at(P.fifo))
  await writeFile(
    at(P.binary),
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))
  )
  await writeFile(
    at(P.utf16),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POLICY, 'utf16le')])
  )
  await writeFile(at(P.empty), '')
  // Oddly named files hold text that is neither a policy, a bundle nor JSON: the message about
  // them must show the name.
  await writeFile(at(P.newline), 'version: [1\n')
  await writeFile(at(P.control), 'version: [1\n')
  // An older gate policy (origin: __tests__/fixtures/migrate/older), for migrate's other options.
  await copyFile(
    path.resolve('__tests__/fixtures/migrate/older/release_gate_policy.json'),
    at('h/older-policy.json')
  )
  // A FIFO named like a bundle, a report and a policy's neighbours.
  await mkdir(at('hb'), { recursive: true })
  execFileSync('mkfifo', [at('hb/manifest.json')])
  fifos.push(at('hb/manifest.json'))
}, 60_000)

afterAll(async () => {
  // A read blocked on a FIFO (the failure this suite guards against) is released by a writer.
  for (const f of fifos) {
    try {
      const h = await open(f, constants.O_WRONLY | constants.O_NONBLOCK)
      await h.close()
    } catch {
      /* no reader was waiting: nothing hangs */
    }
  }
  await cleanup()
})

interface Case {
  name: string
  argv: string[]
  env?: NodeJS.ProcessEnv
  /** Exit codes that are right for this case (default 1 or 2). */
  exits?: number[]
  /** Any one of these must appear in the output (the path or argument at fault). */
  names?: string[]
}

const TIME = ['--effective-time', '2026-11-21T00:00:00Z']

let serial = 0
/**
 * A path for `kind`. Paths an option may create (an output folder) are made unique per case for
 * the kinds that do not exist yet, so no case leaves behind what a later case reads.
 */
function hostilePath(kind: Kind, writes: boolean): string {
  if (!writes || !['missing', 'dotdot', 'absolute'].includes(kind)) return P[kind]
  serial += 1
  return P[kind].replace(/\/(hx-[a-z]+)/, `/$1-${serial}`)
}

const WRITE_FLAGS = new Set(['--output', '--state'])

function pathCases(
  command: string[],
  flag: string,
  kinds: Kind[],
  extra: string[] = [],
  exits?: Partial<Record<Kind, number[]>>
): Case[] {
  return kinds.map((kind) => ({
    name: `${command.join(' ')} ${flag} <${kind}>`,
    argv: [...command, flag, hostilePath(kind, WRITE_FLAGS.has(flag)), ...extra],
    names: [fragment(kind), flag, ...(kind === 'underFile' ? ['hx-file'] : [])],
    ...(exits?.[kind] ? { exits: exits[kind] } : {})
  }))
}

/** Unknown flag, flag without its value, a positional where none belongs, repeated flags. */
function argCases(command: string[], stringFlags: string[], extra: string[] = []): Case[] {
  return [
    {
      name: `${command.join(' ')} --hx-bogus`,
      argv: [...command, '--hx-bogus', ...extra],
      names: ['--hx-bogus']
    },
    { name: `${command.join(' ')} -Z`, argv: [...command, '-Z', ...extra], names: ['-Z'] },
    ...stringFlags.map((f) => ({
      name: `${command.join(' ')} ${f} (no value)`,
      argv: [...command, ...extra, f],
      names: [f]
    })),
    ...stringFlags
      .filter((f) => f !== '--branch')
      .map((f) => ({
        name: `${command.join(' ')} ${f} twice`,
        argv: [...command, ...extra, f, 'hx-one', f, 'hx-two'],
        // The last one wins (as in most command lines); only a crash or hang is wrong.
        exits: [0, 1, 2]
      }))
  ]
}

const BAD_TIMES = [
  'yesterday',
  '2026-13-45T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '99999-01-01T00:00:00Z',
  '1e309',
  '',
  '2026-11-21T00:00:00Z\n'
]
function timeCases(command: string[], extra: string[] = []): Case[] {
  return BAD_TIMES.map((t) => ({
    name: `${command.join(' ')} --effective-time ${JSON.stringify(t)}`,
    argv: [...command, ...extra, '--effective-time', t],
    names: ['--effective-time', 'effective time']
  }))
}

const BAD_SHAS = ['abc', 'g'.repeat(40), 'a'.repeat(41), `${'a'.repeat(40)}\n`, '-'.repeat(40)]
function shaCases(command: string[], extra: string[] = []): Case[] {
  return BAD_SHAS.map((s) => ({
    name: `${command.join(' ')} --sha ${JSON.stringify(s)}`,
    argv: [...command, ...extra, '--sha', s],
    names: ['--sha']
  }))
}

/** A workspace reached through a link is a workspace; its missing policy file is at fault. */
function linkedWorkspace(c: Case): Case {
  return c.name.endsWith('<linkOutDir>') ? { ...c, names: ['.github/gonogo.yml'] } : c
}

const GATE: Case[] = [
  ...pathCases(['gate'], '--config', FILE_KINDS, TIME),
  // No reports folder yet is no report: fine.
  ...pathCases(['gate'], '--reports', DIR_KINDS, TIME, { missing: [0], dangling: [0] }),
  ...pathCases(['gate'], '--output', DIR_KINDS, TIME, {
    // Any folder the user names (outside the workspace too) may receive the summary.
    missing: [0],
    linkOutDir: [0],
    dotdot: [0],
    absolute: [0]
  }),
  ...pathCases(['gate'], '--workspace', DIR_KINDS, TIME).map(linkedWorkspace),
  ...argCases(
    ['gate'],
    [
      '--config',
      '--reports',
      '--output',
      '--workspace',
      '--sha',
      '--effective-time',
      '--profile',
      '--event',
      '--branch'
    ]
  ),
  ...timeCases(['gate']),
  ...shaCases(['gate'], TIME),
  {
    name: 'gate --profile unknown',
    argv: ['gate', '--profile', 'hx-nope', ...TIME],
    names: ['hx-nope']
  },
  {
    name: 'gate --profile with newline',
    argv: ['gate', '--profile', 'hx-a\nb', ...TIME],
    names: ['hx-a']
  },
  { name: 'gate positional', argv: ['gate', 'hx-extra'], names: ['hx-extra'] },
  { name: 'gate --quiet=yes', argv: ['gate', '--quiet=yes'], names: ['--quiet'] }
]

const CHECK: Case[] = [
  ...pathCases(['check', 'workflow-lint'], '--config', FILE_KINDS, TIME),
  ...pathCases(
    ['check', 'policy-freshness'],
    '--output',
    ['file', 'fifo', 'underFile', 'longName', 'nul', 'dangling', 'loop'],
    TIME
  ),
  ...pathCases(['check', 'workflow-lint'], '--workspace', DIR_KINDS, TIME).map(linkedWorkspace),
  ...argCases(
    ['check', 'workflow-lint'],
    ['--config', '--output', '--workspace', '--sha', '--effective-time', '--base-ref', '--repo']
  ),
  ...timeCases(['check', 'policy-freshness']),
  ...shaCases(['check', 'policy-freshness'], TIME),
  { name: 'check (no name)', argv: ['check'], names: ['NAME'] },
  { name: 'check two names', argv: ['check', 'ci-trend', 'hx-extra'], names: ['NAME', 'hx-extra'] },
  { name: 'check unknown name', argv: ['check', 'hx-nope'], names: ['hx-nope'] },
  { name: 'check name with newline', argv: ['check', 'hx-a\nb'], names: ['hx-a'] },
  { name: 'check name __proto__', argv: ['check', '__proto__'], names: ['__proto__'] },
  { name: 'check name constructor', argv: ['check', 'constructor'], names: ['constructor'] },
  {
    name: 'check --repo a/b/c',
    argv: ['check', 'ci-trend', '--repo', 'hx/b/c', ...TIME],
    env: { GITHUB_TOKEN: 'x'.repeat(40) },
    names: ['--repo', 'hx/b/c']
  },
  {
    name: 'check --base-ref option-shaped',
    argv: ['check', 'policy-bundle', '--base-ref=--output=/tmp/hx-injected', ...TIME],
    names: ['hx-injected', '--base-ref', 'policy-bundle'],
    exits: [0, 1, 2]
  }
]

const CHECK_NAMES: Case[] = [
  ...pathCases(['check-names'], '--workspace', DIR_KINDS, [], { linkOutDir: [0] }),
  ...argCases(['check-names'], ['--workspace']),
  { name: 'check-names positional', argv: ['check-names', 'hx-extra'], names: ['hx-extra'] },
  { name: 'check-names --json=1', argv: ['check-names', '--json=1'], names: ['--json'] }
]

const SHA = 'a'.repeat(40)
const BUNDLE_CREATE: Case[] = [
  // A reports folder not there yet is an empty one, as for the gate (nothing under reports/).
  ...pathCases(
    ['bundle', 'create'],
    '--reports',
    DIR_KINDS,
    ['--output', '../hx-bundle-out', '--sha', SHA, ...TIME],
    { missing: [0] }
  ),
  ...pathCases(
    ['bundle', 'create'],
    '--output',
    DIR_KINDS,
    ['--reports', 'gonogo-reports', '--sha', SHA, ...TIME],
    {
      // Any folder the user names may become the bundle.
      missing: [0],
      linkOutDir: [0, 2],
      dotdot: [0],
      absolute: [0]
    }
  ),
  // The summary folder may be anywhere (the action's is in RUNNER_TEMP).
  ...pathCases(
    ['bundle', 'create'],
    '--summary',
    DIR_KINDS,
    ['--reports', 'gonogo-reports', '--output', '../hx-bundle-out', '--sha', SHA, ...TIME],
    { linkOutDir: [0, 2] }
  ),
  ...argCases(
    ['bundle', 'create'],
    [
      '--reports',
      '--output',
      '--summary',
      '--workspace',
      '--sha',
      '--effective-time',
      '--signing-key-env'
    ]
  ),
  ...timeCases(
    ['bundle', 'create'],
    ['--reports', 'gonogo-reports', '--output', '../hx-bundle-out', '--sha', SHA]
  ),
  ...shaCases(
    ['bundle', 'create'],
    ['--reports', 'gonogo-reports', '--output', '../hx-bundle-out', ...TIME]
  ),
  ...['hx-unset', '', 'hx=odd', 'hx\nnl'].map((n) => ({
    name: `bundle create --signing-key-env ${JSON.stringify(n)}`,
    argv: [
      'bundle',
      'create',
      '--reports',
      'gonogo-reports',
      '--output',
      '../hx-bundle-out',
      '--sha',
      SHA,
      ...TIME,
      '--signing-key-env',
      n
    ],
    names: ['--signing-key-env']
  })),
  ...['hx-abc', '-1', '1e20', '99999999999999', ' '].map((v) => ({
    name: `bundle create SOURCE_DATE_EPOCH=${JSON.stringify(v)}`,
    argv: [
      'bundle',
      'create',
      '--reports',
      'gonogo-reports',
      '--output',
      '../hx-bundle-out',
      '--sha',
      SHA
    ],
    env: { SOURCE_DATE_EPOCH: v },
    names: ['SOURCE_DATE_EPOCH']
  })),
  {
    name: 'bundle create without --output',
    argv: ['bundle', 'create', '--reports', 'gonogo-reports'],
    names: ['--output']
  },
  {
    name: 'bundle create extra positional',
    argv: ['bundle', 'create', 'hx-extra'],
    names: ['hx-extra', 'create']
  },
  { name: 'bundle (no subcommand)', argv: ['bundle'], names: ['create|verify'] },
  {
    name: 'bundle unknown subcommand',
    argv: ['bundle', 'hx-frob'],
    names: ['hx-frob', 'create|verify']
  }
]

const BUNDLE_VERIFY: Case[] = [
  ...FILE_KINDS.map((kind) => ({
    name: `bundle verify <${kind}>`,
    argv: ['bundle', 'verify', P[kind]],
    names: [fragment(kind)]
  })),
  ...(['file', 'linkOutDir'] as Kind[]).map((kind) => ({
    name: `bundle verify <${kind}>`,
    argv: ['bundle', 'verify', P[kind]],
    names: [fragment(kind)]
  })),
  {
    name: 'bundle verify folder with a FIFO manifest',
    argv: ['bundle', 'verify', 'hb'],
    names: ['manifest.json']
  },
  { name: 'bundle verify (no path)', argv: ['bundle', 'verify'], names: ['PATH'] },
  {
    name: 'bundle verify two paths',
    argv: ['bundle', 'verify', 'h', 'hx-extra'],
    names: ['PATH', 'hx-extra']
  },
  {
    name: 'bundle verify --signing-key-env unset',
    argv: ['bundle', 'verify', 'h', '--signing-key-env', 'hx-unset'],
    names: ['hx-unset']
  },
  ...argCases(['bundle', 'verify'], ['--signing-key-env'], ['h'])
]

function promoteArgs(kind: 'promote' | 'rollback' | 'history'): string[] {
  return kind === 'promote'
    ? [kind, '--environment', 'staging', '--bundle', 'hx-none']
    : kind === 'rollback'
      ? [kind, '--environment', 'staging', '--reason', 'hx-why']
      : [kind, '--environment', 'staging']
}

const PROMOTE: Case[] = (['promote', 'rollback', 'history'] as const).flatMap((cmd) => [
  // A state folder that does not exist yet is an empty history.
  ...pathCases(
    promoteArgs(cmd),
    '--state',
    DIR_KINDS,
    TIME,
    cmd === 'history' ? { missing: [0], dangling: [0] } : { missing: [1], dangling: [1] }
  ).map((c) =>
    /<(missing|dangling)>$/.test(c.name) ? { ...c, names: ['hx-none', 'roll back'] } : c
  ),
  ...(cmd === 'history'
    ? []
    : [
        // A rollback with no record to roll back to is refused before its --bundle is looked at.
        ...pathCases(
          [cmd, '--environment', 'staging', ...(cmd === 'rollback' ? ['--reason', 'hx-why'] : [])],
          '--bundle',
          FILE_KINDS,
          TIME
        ).map((c) =>
          cmd === 'rollback' && !c.name.endsWith('<nul>')
            ? { ...c, exits: [1], names: ['no earlier bundle to roll back to'] }
            : c
        ),
        ...pathCases(promoteArgs(cmd), '--config', FILE_KINDS, TIME),
        ...pathCases(
          promoteArgs(cmd),
          '--output',
          ['file', 'fifo', 'underFile', 'longName', 'nul', 'linkOutDir', 'dotdot', 'absolute'],
          TIME
        ),
        ...timeCases(promoteArgs(cmd))
      ]),
  ...['', 'hx a', 'hx\nnl', '../hx-up', `hx${'e'.repeat(300)}`, '__proto__', '-hx'].map((e) => ({
    name: `${cmd} --environment ${JSON.stringify(e.slice(0, 20))}`,
    argv: [
      cmd,
      '--environment',
      e,
      ...(cmd === 'rollback' ? ['--reason', 'hx-why'] : []),
      ...(cmd === 'promote' ? ['--bundle', 'h'] : [])
    ],
    names: ['--environment']
  })),
  ...argCases(
    [cmd],
    [
      '--environment',
      '--bundle',
      '--reason',
      '--state',
      '--output',
      '--config',
      '--workspace',
      '--effective-time',
      '--signing-key-env'
    ],
    ['--environment', 'staging']
  ),
  { name: `${cmd} positional`, argv: [cmd, 'hx-extra'], names: ['hx-extra'] }
])
PROMOTE.push(
  {
    name: 'rollback --reason too long',
    argv: ['rollback', '--environment', 'staging', '--reason', 'r'.repeat(5000)],
    names: ['--reason']
  },
  {
    name: 'rollback without --reason',
    argv: ['rollback', '--environment', 'staging'],
    names: ['--reason']
  },
  {
    name: 'promote without --bundle',
    argv: ['promote', '--environment', 'staging'],
    names: ['--bundle']
  },
  {
    name: 'history --signing-key-env unset',
    argv: ['history', '--environment', 'staging', '--signing-key-env', 'hx-unset'],
    names: ['hx-unset']
  }
)

const MIGRATE: Case[] = [
  ...pathCases(['migrate'], '--policy', FILE_KINDS, ['--output', 'hx-out.yml']),
  ...pathCases(['migrate'], '--exceptions', FILE_KINDS, [
    '--policy',
    'h/older-policy.json',
    '--output',
    'hx-out.yml'
  ]),
  ...pathCases(['migrate'], '--artifacts', DIR_KINDS, [
    '--policy',
    'h/older-policy.json',
    '--output',
    'hx-out.yml'
  ]),
  ...pathCases(['migrate'], '--output', FILE_KINDS, ['--policy', 'h/older-policy.json'], {
    missing: [0]
  }),
  ...argCases(
    ['migrate'],
    ['--policy', '--exceptions', '--artifacts', '--output', '--workspace', '--effective-time']
  ),
  ...timeCases(['migrate']),
  { name: 'migrate positional', argv: ['migrate', 'hx-extra'], names: ['hx-extra'] }
]

const VERIFY_RULES: Case[] = [
  {
    name: 'verify-rules without a token',
    argv: ['verify-rules', '--repo', 'o/r'],
    names: ['GITHUB_TOKEN']
  },
  ...['', 'hx', 'hx/a/b', '/hx', 'hx/', 'hx\n/x'].map((r) => ({
    name: `verify-rules --repo ${JSON.stringify(r)}`,
    argv: ['verify-rules', '--repo', r],
    env: { GITHUB_TOKEN: 't'.repeat(40) },
    names: ['--repo']
  })),
  ...argCases(
    ['verify-rules'],
    ['--repo', '--config', '--output', '--workspace', '--sha', '--effective-time']
  )
]

const UNKNOWN: Case[] = [
  { name: 'unknown command', argv: ['hx-frobnicate'], names: ['hx-frobnicate'] },
  { name: 'command with NUL', argv: ['gate\u0000'], names: ['gate'] },
  { name: 'empty command', argv: [''], names: ["''", 'command'] }
]

const SUITES: Record<string, Case[]> = {
  gate: GATE,
  check: CHECK,
  'check-names': CHECK_NAMES,
  'bundle create': BUNDLE_CREATE,
  'bundle verify': BUNDLE_VERIFY,
  'promote, rollback, history': PROMOTE,
  migrate: MIGRATE,
  'verify-rules': VERIFY_RULES,
  'unknown commands': UNKNOWN
}

function io(env: NodeJS.ProcessEnv): Io & { stdout: string; stderr: string } {
  const o = {
    stdout: '',
    stderr: '',
    env,
    cwd: dir,
    out: (s: string) => void (o.stdout += s),
    err: (s: string) => void (o.stderr += s)
  }
  return o
}

const report: string[] = []
afterAll(() => {
  if (process.env.HOSTILE_REPORT) process.stdout.write(`${report.join('\n')}\n`)
})

describe.each(Object.entries(SUITES))('%s under hostile input', (_suite, cases) => {
  test.each(cases.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const o = io({ GITHUB_API_URL: 'http://127.0.0.1:9', ...c.env })
      const code = await main(
        c.argv.map((a) => a.replace(/^BASE\//, `${base}/`)),
        o
      )
      const text = `${o.stdout}${o.stderr}`
      report.push(
        `${code} | ${c.name.replace(/\n/g, '\\n')} | ${text.split('\n').slice(0, 2).join(' / ').slice(0, 200)}`
      )
      expect(c.exits ?? [1, 2]).toContain(code)
      expect(text).not.toMatch(/unexpected error/i)
      expect(text).not.toMatch(/^\s+at /m)
      if (code !== 0 && c.names) {
        const named = c.names.some((n) => text.includes(n))
        if (!named)
          throw new Error(`the message names none of ${JSON.stringify(c.names)}:\n${text}`)
      }
    },
    20_000
  )
})
