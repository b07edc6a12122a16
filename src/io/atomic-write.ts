import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { scrubBytes, scrubSecrets } from '../core/secrets.js'

/**
 * Writes a set of files all or nothing: each goes to a temporary name first and is renamed into
 * place only when every one was written, so a failure never leaves half an output behind.
 *
 * Every registered secret (the token, a signing key: src/core/secrets.ts) is replaced by `***`
 * in the content before it is written (content given as bytes is UTF-8 text, scrubbed alike). Without a secret in the text the bytes are exactly the
 * content given, so outputs stay deterministic, and anything hashing a written file (the bundle
 * manifest) hashes what is on disk.
 */
export async function writeAllOrNothing(
  dir: string,
  files: readonly { name: string; content: string | Buffer }[]
): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const staged: { tmp: string; final: string }[] = []
  try {
    for (const f of files) {
      const final = path.join(dir, f.name)
      const tmp = path.join(dir, `.${f.name}.${process.pid}.tmp`)
      staged.push({ tmp, final })
      const content =
        typeof f.content === 'string' ? scrubSecrets(f.content) : scrubBytes(f.content)
      await writeFile(tmp, content, { encoding: 'utf8', mode: 0o644 })
    }
    for (const s of staged) await rename(s.tmp, s.final)
  } catch (e) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })))
    throw e
  }
  return staged.map((s) => s.final)
}
