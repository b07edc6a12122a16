/**
 * `gonogo migrate`: writes `.github/gonogo.yml` from the older governance scripts' files and
 * prints what it could not map. Exit 0 when written, 2 for a usage or input problem.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseEffectiveTime } from '../core/time.js'
import type { MigrationNote, NoteKind } from '../migrate/build.js'
import { runMigrate } from '../io/migrate-files.js'
import type { Io } from './main.js'
import { MIGRATE_USAGE } from './migrate-usage.js'

const SECTIONS: readonly { kind: NoteKind; title: string }[] = [
  { kind: 'unmapped', title: 'could not map' },
  { kind: 'todo', title: 'to do' },
  { kind: 'info', title: 'notes' }
]

/** Parses the options, runs the migration and prints the result and its notes. */
export async function migrateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      policy: { type: 'string' },
      exceptions: { type: 'string' },
      artifacts: { type: 'string' },
      output: { type: 'string' },
      workspace: { type: 'string' },
      force: { type: 'boolean', default: false },
      'effective-time': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false }
    },
    allowPositionals: true,
    strict: true
  })
  if (values.help) {
    io.out(MIGRATE_USAGE)
    return 0
  }
  if (positionals.length > 0) {
    io.err(
      `gonogo: migrate takes no arguments, got '${positionals.join(' ')}'; run gonogo migrate --help\n`
    )
    return 2
  }
  const r = await runMigrate({
    workspace: path.resolve(io.cwd, values.workspace ?? '.'),
    ...(values.policy !== undefined ? { policy: values.policy } : {}),
    ...(values.exceptions !== undefined ? { exceptions: values.exceptions } : {}),
    ...(values.artifacts !== undefined ? { artifacts: values.artifacts } : {}),
    ...(values.output !== undefined ? { output: values.output } : {}),
    force: values.force,
    now:
      values['effective-time'] !== undefined
        ? parseEffectiveTime(values['effective-time'])
        : Date.now()
  })
  const p = r.policy
  io.out(
    `wrote ${r.output}: ${count(Object.keys(p.profiles ?? {}).length, 'profile')}, ${count(p.select_profile?.length ?? 0, 'select_profile rule')}, ${count(p.controls.length, 'control')}, ${count(p.waivers?.length ?? 0, 'waiver')}\n`
  )
  io.out(formatNotes(r.notes))
  return 0
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`
}

/** The notes grouped: could not map, to do, notes; each a bullet. */
export function formatNotes(notes: readonly MigrationNote[]): string {
  let out = ''
  for (const s of SECTIONS) {
    const list = notes.filter((n) => n.kind === s.kind)
    if (list.length === 0) continue
    out += `${s.title} (${list.length}):\n`
    for (const n of list) out += `  - ${n.text}\n`
  }
  return out
}
