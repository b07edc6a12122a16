/**
 * Who owns a path, from a CODEOWNERS file: the owner migrate gives a control is the owner of the
 * script that writes its report. Pure.
 *
 * Follows GitHub's documented CODEOWNERS syntax ("About code owners"): one `pattern owner…` per
 * line, `#` comments, the last matching line wins, a line with no owner clears ownership. A
 * pattern starting with `/` or holding a `/` before its end is anchored at the repository root,
 * otherwise it matches at any depth; a pattern ending in `/` matches everything under that folder;
 * `*` and `**` glob. Lines using what GitHub does not support either (`!`, `[ ]`, `\#`) are skipped.
 */
import picomatch from 'picomatch'

export interface CodeOwnersRule {
  pattern: string
  owners: string[]
  matches: (path: string) => boolean
}

/** The rules of a CODEOWNERS file, in file order. */
export function parseCodeOwners(text: string): CodeOwnersRule[] {
  const rules: CodeOwnersRule[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (line === '') continue
    const [pattern, ...owners] = line.split(/\s+/)
    if (pattern === undefined || /[![\]\\]/.test(pattern)) continue
    rules.push({ pattern, owners, matches: matcher(pattern) })
  }
  return rules
}

/**
 * The owners of a workspace-relative POSIX path joined by a space (`@acme/release @bob`), or
 * undefined when no rule matches or the last matching rule names nobody.
 */
export function ownerOf(rules: readonly CodeOwnersRule[], path: string): string | undefined {
  let owners: string[] | undefined
  for (const r of rules) if (r.matches(path)) owners = r.owners
  if (owners === undefined || owners.length === 0) return undefined
  const joined = owners.join(' ')
  return joined.length <= 200 ? joined : undefined
}

function matcher(pattern: string): (path: string) => boolean {
  const dirOnly = pattern.endsWith('/')
  const body = pattern.replace(/^\/+/, '').replace(/\/+$/, '')
  const anchored = pattern.startsWith('/') || body.includes('/')
  const base = anchored ? body : `**/${body}`
  // `docs/*` names the files directly in docs/; `docs` or `docs/` everything under it.
  const lastHasStar = (body.split('/').pop() ?? '').includes('*')
  const globs = dirOnly ? [`${base}/**`] : lastHasStar ? [base] : [base, `${base}/**`]
  const test = picomatch(globs, { dot: true })
  return (path) => body === '*' || body === '**' || test(path)
}
