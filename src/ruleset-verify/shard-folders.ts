import { readdir, rename } from 'node:fs/promises'
import path from 'node:path'

/** The artifact a shard job uploads: `gonogo-org-shard-<index>` (index 0–255). */
export const SHARD_ARTIFACT_PREFIX = 'gonogo-org-shard-'

/**
 * Renames the shard artifacts downloaded into `dir` to the names the merge reads: actions/
 * download-artifact with `pattern: gonogo-org-shard-*` (and `gh run download` without `--name`)
 * put each artifact in a folder named after it, so `gonogo-org-shard-<n>/` becomes `shard-<n>/`
 * (ruleset-verify/org.ts readShards). A folder whose `shard-<n>` already exists is left alone (the
 * merge then reads `shard-<n>/`, never both). A missing or unreadable `dir` is left to readShards,
 * which reports every shard as missing. Used by the action's merge mode and `gonogo org merge`.
 *
 * @param dir absolute path of the folder the artifacts were downloaded to
 * @returns the folders renamed, as `from → to` names (for a log line), in name order
 */
export async function shardFolders(dir: string): Promise<string[]> {
  let names: string[] = []
  try {
    names = (await readdir(dir)).sort()
  } catch {
    return []
  }
  const renamed: string[] = []
  for (const n of names) {
    const m = /^gonogo-org-shard-(\d{1,3})$/.exec(n)
    if (!m || names.includes(`shard-${m[1]}`)) continue
    await rename(path.join(dir, n), path.join(dir, `shard-${m[1]}`))
    renamed.push(`${n} → shard-${m[1]}`)
  }
  return renamed
}
