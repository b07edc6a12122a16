import type { CheckFacts, RepoFiles } from '../core/facts.js'
import type { ReadLog } from './read-log.js'

/** What a built-in check used beyond reading files: decides how a replay obtains its report. */
export interface FactUsage {
  /** Facts other than file reads it called, sorted: `git`, `processes`, `actions`, `files.writeOutput`, … */
  readonly other: ReadonlySet<string>
}

/**
 * `facts` for one built-in check, watched: every file it hashes through `files.hash` is noted in
 * `log` (reads through `files.readText`/`workflows` are noted by the Workspace itself), and every
 * call to a fact that is not a file read — git history, processes, the Actions API, `opaTest`,
 * `writeOutput`, and any fact added later — is named in the returned usage. With `refuse` those
 * calls reject instead ("not available in a replay"), so a replay never runs a command, reads
 * git, calls the network or writes into the bundle.
 *
 * @returns the watched facts and the usage they fill in as the check runs
 */
export function watchFacts(
  facts: CheckFacts,
  o: { log?: ReadLog; refuse?: boolean }
): { facts: CheckFacts; usage: FactUsage } {
  const other = new Set<string>()
  const note = (name: string): void => {
    other.add(name)
    if (o.refuse)
      throw new Error(`${name} is not available in a replay (only the bundled files are)`)
  }
  const files: RepoFiles = {
    ...facts.files,
    hash: async (p) => {
      const h = await facts.files.hash(p)
      const rel = facts.files.relative(p)
      if (h.ok && rel !== undefined) o.log?.record({ path: rel, size: h.size, sha256: h.sha256 })
      return h
    },
    writeOutput: async (p, content) => {
      note('files.writeOutput')
      return facts.files.writeOutput(p, content)
    },
    opaTest: async (dir, opts) => {
      note('files.opaTest')
      return facts.files.opaTest(dir, opts)
    }
  }
  const watched: Record<string, unknown> = { files }
  for (const [key, value] of Object.entries(facts)) {
    if (key === 'files' || value === undefined) continue
    watched[key] = watchObject(key, value as object, note)
  }
  return { facts: watched as unknown as CheckFacts, usage: { other } }
}

/** `target` with every method call noted as `name` first (properties pass through). */
function watchObject(name: string, target: object, note: (name: string) => void): object {
  return new Proxy(target, {
    get(t, key, receiver) {
      const v: unknown = Reflect.get(t, key, receiver)
      if (typeof v !== 'function') return v
      return (...args: unknown[]) => {
        note(name)
        return (v as (...a: unknown[]) => unknown).apply(t, args)
      }
    }
  })
}
