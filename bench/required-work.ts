// npm run bench (goals, issue 15): the work per report file that the quality bar requires of any
// gate, done with gonogo's own functions and nothing else, as a floor to read the gate's figure
// against. Per file, as the gate does it: open (no symbolic link followed), fstat (a regular file,
// size bound), one read, close; the read log's SHA-256 of the bytes; decoding by byte-order mark
// and declaration; JSON.parse with its duplicate-key refusal; the gonogo.report/v1 schema. It
// skips everything else the gate does: confinement of folders, the byte budget, verdicts and
// findings, the executive summary and the CLI's start-up. Prints the tally the Python loop prints.
//
// Built by bench/goals.mjs with ncc; run: node index.js <folder of *.json reports>
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from 'node:fs'
import path from 'node:path'
import { sha256Hex } from '../src/io/bundle-copy.js'
import { decodeText } from '../src/parsers/decode-text.js'
import { parseJson } from '../src/parsers/verdict.js'
import { validateReport } from '../src/generated/validators.js'

const MAX_REPORT_BYTES = 64 * 1024 * 1024
const dir = process.argv[2] ?? '.'
const counts: Record<string, number> = {}
const digests: string[] = []
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  const fd = openSync(path.join(dir, name), constants.O_RDONLY | constants.O_NOFOLLOW)
  let bytes: Buffer
  try {
    const st = fstatSync(fd)
    if (!st.isFile() || st.size > MAX_REPORT_BYTES) throw new Error(`${name}: refused`)
    const buf = Buffer.allocUnsafe(st.size + 1)
    bytes = buf.subarray(0, readSync(fd, buf, 0, buf.length, null))
  } finally {
    closeSync(fd)
  }
  digests.push(sha256Hex(bytes))
  const decoded = decodeText(bytes, 'json')
  const parsed = decoded.ok ? parseJson(decoded.text, name) : undefined
  const status =
    parsed?.ok === true && validateReport(parsed.value)
      ? String((parsed.value as { status: unknown }).status)
      : 'invalid'
  counts[status] = (counts[status] ?? 0) + 1
}
console.log(JSON.stringify(counts), digests.length)
process.exitCode = Object.keys(counts).every((s) => s === 'passed') ? 0 : 1
