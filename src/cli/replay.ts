import { replayBundle } from '../gate/replay-bundle.js'
import type { Io } from './main.js'

/**
 * `gonogo bundle verify PATH --replay`: verifies the bundle, decides again from it alone and prints
 * `replayed: same decision …` (exit 0) or what differs, control by control (exit 1).
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
      io.out(`  ${p.file !== undefined ? `${p.file}: ` : ''}${p.message}\n`)
    io.out(`  bundle: ${shown}\n`)
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
      `replayed: same decision (${r.decision ?? '?'}, ${r.controls} controls) ${r.bundleId ?? ''} ${r.digest ?? ''}\n`
    )
  } else {
    io.out(
      `replayed: different decision: ${r.differences.length} difference${r.differences.length === 1 ? '' : 's'} from the bundled executive-summary.json\n`
    )
    for (const d of r.differences)
      io.out(`  ${d.control !== undefined ? `${d.control}: ` : ''}${d.message}\n`)
    io.out(`  bundle: ${shown}\n`)
  }
  for (const line of how) io.out(`  built-ins ${line}\n`)
  return r.ok ? 0 : 1
}
