import { visibleLine } from '../core/visible-text.js'
import { replayBundle } from '../gate/replay-bundle.js'
import type { Io } from './main.js'

/**
 * `gonogo bundle verify PATH --replay`: verifies the bundle, decides again from it alone and prints
 * `replayed: same decision …` (exit 0) or what differs, control by control (exit 1). Every name
 * and message is printed on its own line with invisible characters named (core/visible-text.ts):
 * a file name holding a line feed cannot print a line of its own.
 */
export async function replayCommand(
  abs: string,
  shown: string,
  signingKey: string | undefined,
  io: Io
): Promise<number> {
  const r = await replayBundle(abs, signingKey !== undefined ? { signingKey } : {})
  if (r.problems.length > 0) {
    io.out(`invalid: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}\n`)
    for (const p of r.problems)
      io.out(`  ${visibleLine(`${p.file !== undefined ? `${p.file}: ` : ''}${p.message}`)}\n`)
    io.out(`  bundle: ${visibleLine(shown)}\n`)
    return 1
  }
  const how = [
    r.rerun.length > 0 ? `run again on the bundled files: ${r.rerun.join(', ')}` : '',
    r.fromReports.length > 0
      ? `replayed from their reports (their facts are git history, commands or the API, not files): ${r.fromReports.join(', ')}`
      : ''
  ].filter(Boolean)
  if (r.ok) {
    io.out(
      `replayed: same decision (${visibleLine(r.decision ?? '?')}, ${r.controls} controls) ${r.bundleId ?? ''} ${r.digest ?? ''}\n`
    )
  } else {
    io.out(
      `replayed: different decision: ${r.differences.length} difference${r.differences.length === 1 ? '' : 's'} from the bundled executive-summary.json\n`
    )
    for (const d of r.differences)
      io.out(`  ${visibleLine(`${d.control !== undefined ? `${d.control}: ` : ''}${d.message}`)}\n`)
    io.out(`  bundle: ${visibleLine(shown)}\n`)
  }
  for (const line of how) io.out(`  built-ins ${line}\n`)
  if (r.linkServer !== undefined)
    io.out(
      `  executive-summary.md links files to ${visibleLine(r.linkServer)} (the gate's GITHUB_SERVER_URL)\n`
    )
  return r.ok ? 0 : 1
}
