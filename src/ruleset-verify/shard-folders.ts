import { readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

/** The artifact a shard job uploads: `gonogo-org-shard-<index>` (index 0–255). */
export const SHARD_ARTIFACT_PREFIX = 'gonogo-org-shard-'

const DOWNLOADED = /^gonogo-org-shard-(\d{1,3})$/
const READ = /^shard-(\d{1,3})$/

/** The names in a folder, sorted; none when it is missing or unreadable. */
async function namesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort()
  } catch {
    return []
  }
}

/**
 * Renames the shard artifacts downloaded into `dir` to the names the merge reads: actions/
 * download-artifact with `pattern: gonogo-org-shard-*` (and `gh run download` without `--name`)
 * put each artifact in a folder named after it, so `gonogo-org-shard-<n>/` becomes `shard-<n>/`
 * (ruleset-verify/org.ts readShards). The download is the fresh copy: a `shard-<n>` already there
 * (left by an earlier merge in a kept workspace, or copied by hand) is removed first and the
 * returned line says so, so the merge never reads a leftover instead of what was downloaded. A
 * missing or unreadable `dir` is left to readShards, which reports every shard as missing. Used
 * by the action's merge mode and `gonogo org merge`.
 *
 * @param dir absolute path of the folder the artifacts were downloaded to
 * @returns the folders renamed, as `from → to` names (for a log line), in name order
 */
export async function shardFolders(dir: string): Promise<string[]> {
  const names = await namesIn(dir)
  const renamed: string[] = []
  for (const n of names) {
    const m = DOWNLOADED.exec(n)
    if (!m) continue
    const to = `shard-${m[1]}`
    const old = names.includes(to)
    // rm does not follow a symbolic link: a link named shard-<n> is removed, not its target.
    if (old) await rm(path.join(dir, to), { recursive: true, force: true })
    await rename(path.join(dir, n), path.join(dir, to))
    renamed.push(`${n} → ${to}${old ? ` (replacing the ${to} that was there)` : ''}`)
  }
  return renamed
}

/**
 * Where the shard artifacts are when they are not one folder each in `dir` (the layout
 * {@link shardFolders} and readShards need), so the merge can name the fix instead of reporting
 * every shard as missing:
 * - `merged`: no shard folder in `dir` but a `shard.json` directly in it — the artifacts were
 *   downloaded into one folder (actions/download-artifact `merge-multiple: true`, or one artifact
 *   downloaded by name, which extracts into the path itself);
 * - `elsewhere`: no shard folder and no `shard.json` in `dir`, but `gonogo-org-shard-<n>` folders
 *   in `root` (download-artifact without `path:` downloads into the workspace);
 * - undefined: a shard folder is in `dir`, or the shards are nowhere to be seen (readShards then
 *   reports each missing one).
 *
 * @param dir absolute path of the merge's input folder
 * @param root absolute path of the folder a download without a path lands in (the workspace)
 */
export async function misplacedShards(
  dir: string,
  root: string
): Promise<'merged' | 'elsewhere' | undefined> {
  const names = await namesIn(dir)
  if (names.some((n) => DOWNLOADED.test(n) || READ.test(n))) return undefined
  if (names.includes('shard.json')) {
    try {
      if ((await stat(path.join(dir, 'shard.json'))).isFile()) return 'merged'
    } catch {
      // unreadable: left to readShards
    }
  }
  if (path.resolve(root) === path.resolve(dir)) return undefined
  return (await namesIn(root)).some((n) => DOWNLOADED.test(n)) ? 'elsewhere' : undefined
}
