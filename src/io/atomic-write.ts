import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes a set of files all or nothing: each goes to a temporary name first and is renamed into
 * place only when every one was written, so a failure never leaves half an output behind.
 */
export async function writeAllOrNothing(
  dir: string,
  files: readonly { name: string; content: string }[]
): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const staged: { tmp: string; final: string }[] = []
  try {
    for (const f of files) {
      const final = path.join(dir, f.name)
      const tmp = path.join(dir, `.${f.name}.${process.pid}.tmp`)
      staged.push({ tmp, final })
      await writeFile(tmp, f.content, { encoding: 'utf8', mode: 0o644 })
    }
    for (const s of staged) await rename(s.tmp, s.final)
  } catch (e) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })))
    throw e
  }
  return staged.map((s) => s.final)
}
