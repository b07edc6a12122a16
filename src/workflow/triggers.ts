/**
 * When a workflow's triggers put a check on a pull request's commits, read the way GitHub reads
 * `on:` (docs: "Events that trigger workflows" and "Workflow syntax for GitHub Actions":
 * `on.<pull_request|pull_request_target>.<branches|branches-ignore>`, `on.push.<branches|tags>`,
 * `on.<event>.<paths|paths-ignore>`, `on.<event>.types`, and the "Filter pattern cheat sheet").
 *
 * - `pull_request` and `pull_request_target` filter on the pull request's base branch; without
 *   `types` they run when it is opened, reopened, or its head branch is updated (`synchronize`).
 * - `push` runs on the pushed commit, so a push to a pull request's head branch puts its checks on
 *   the pull request's head commit, but only for a head branch in this repository (a fork's pushes
 *   run in the fork). A `push` with only `tags` filters runs for no branch.
 * - `merge_group` filters on the branch the merge queue merges into; a merge queue also pushes its
 *   `gh-readonly-queue/<base>/…` branch, which `push` filters can match (docs: "Managing a merge
 *   queue", "Triggering merge group checks with third-party CI providers").
 * - `paths`/`paths-ignore` skip the whole workflow when no changed file passes them; the checks
 *   then stay Pending (docs: "Troubleshooting required status checks", "Handling skipped but
 *   required checks").
 *
 * Pure: no I/O, never throws.
 */
import type { Trigger } from './model.js'

/** One event of a workflow's `on:` with its filters (`tags-ignore` included), as the model reads it. */
export type TriggerFilters = Trigger

// ---------------------------------------------------------------------------------------------
// Filter patterns
// ---------------------------------------------------------------------------------------------

/** One compiled pattern of a `branches`, `tags` or `paths` list. */
export interface FilterPattern {
  /** As written, without a leading `!`. */
  source: string
  /** Written with a leading `!`: excludes what the patterns before it included. */
  negated: boolean
  regex: RegExp
}

/**
 * Compiles one filter pattern by GitHub's cheat sheet: `*` matches any characters but `/`, `**`
 * any characters (and `**` before a `/` also matches nothing, so the pattern for README.md in
 * any folder matches README.md at the root), `?` makes the preceding character optional, `+`
 * repeats it, `[…]` is one character of a set or range, `\` escapes, and a leading `!` negates.
 *
 * @returns the pattern, or why GitHub would refuse it
 */
export function compileFilterPattern(raw: string): FilterPattern | { error: string } {
  const negated = raw.startsWith('!')
  const source = negated ? raw.slice(1) : raw
  /** Regex atoms; `open` while a `?`/`+` may still apply to the atom. */
  const atoms: { re: string; open: boolean }[] = []
  let i = 0
  while (i < source.length) {
    const c = source[i] as string
    if (c === '*') {
      if (source[i + 1] === '*') {
        if (source[i + 2] === '/') {
          atoms.push({ re: '(?:.*/)?', open: false })
          i += 3
        } else {
          atoms.push({ re: '.*', open: false })
          i += 2
        }
      } else {
        atoms.push({ re: '[^/]*', open: false })
        i += 1
      }
      continue
    }
    if (c === '?' || c === '+') {
      const last = atoms[atoms.length - 1]
      if (last?.open) {
        last.re += c
        last.open = false
      } else atoms.push({ re: escapeRegex(c), open: true })
      i += 1
      continue
    }
    if (c === '[') {
      const end = source.indexOf(']', i + 1)
      if (end < 0) return { error: `pattern '${raw}' has a '[' without its ']'` }
      const set = source.slice(i + 1, end)
      if (set === '') return { error: `pattern '${raw}' has empty brackets '[]'` }
      if (!/^(?:[A-Za-z0-9](?:-[A-Za-z0-9])?)+$/.test(set))
        return {
          error: `pattern '${raw}': brackets may only hold letters, digits and ranges of them`
        }
      atoms.push({ re: `[${set}]`, open: true })
      i = end + 1
      continue
    }
    if (c === '\\') {
      const next = source[i + 1]
      if (next === undefined) return { error: `pattern '${raw}' ends with a lone '\\'` }
      atoms.push({ re: escapeRegex(next), open: true })
      i += 2
      continue
    }
    atoms.push({ re: escapeRegex(c), open: true })
    i += 1
  }
  try {
    return { source, negated, regex: new RegExp(`^${atoms.map((a) => a.re).join('')}$`, 'u') }
  } catch (e) {
    return {
      error: `pattern '${raw}' cannot be read (${e instanceof Error ? e.message : String(e)})`
    }
  }
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Whether a list of patterns matches a name: the last pattern that matches decides (a `!`
 * pattern excludes what earlier ones included; a later positive one includes it again).
 *
 * @returns true or false, or why a pattern cannot be read
 */
export function patternsMatch(
  patterns: readonly string[],
  name: string
): boolean | { error: string } {
  let matched = false
  for (const raw of patterns) {
    const p = compileFilterPattern(raw)
    if ('error' in p) return p
    if (p.regex.test(name)) matched = !p.negated
  }
  return matched
}

/** True when a pattern has no special character, so it matches only itself. */
export function isLiteralPattern(raw: string): boolean {
  return !/[*?+[\]\\!]/.test(raw)
}

// ---------------------------------------------------------------------------------------------
// When a trigger fires for a pull request
// ---------------------------------------------------------------------------------------------

/**
 * Whether one trigger puts its checks on the commits a pull request needs: `always`, `never`, or
 * `sometimes` with what it depends on. `why` names the event, its line and the filter.
 */
export type Fires =
  | { fires: 'always' }
  | { fires: 'never'; why: string }
  | { fires: 'sometimes'; why: string; paths?: true }

/** Events whose runs report checks on a pull request's head commit. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'] as const

/** The branch a merge queue builds for a base branch (one sample; GitHub adds the PR and SHA). */
export function mergeQueueBranch(base: string): string {
  return `gh-readonly-queue/${base}/pr-1-${'0'.repeat(40)}`
}

/**
 * Whether the checks of a workflow with trigger `t` reach the head commit of every pull request
 * into `base`: through `pull_request`/`pull_request_target` (filtered on `base`), through `push`
 * to the head branch (only for head branches in this repository), or through a review event (only
 * once someone reviews). Any other event never runs for a pull request's commits.
 */
export function firesForPullRequestInto(t: TriggerFilters, base: string): Fires {
  const at = `\`${t.event}\` (line ${t.line})`
  if ((PULL_REQUEST_EVENTS as readonly string[]).includes(t.event)) {
    const branch = baseBranchFilter(t, base, at)
    if (branch) return branch
    const types = activityTypes(t, at)
    if (types.fires !== 'always') return types
    return pathFilter(t, at)
  }
  if (t.event === 'push') return pushToHeadBranch(t, base, at)
  if (t.event === 'pull_request_review' || t.event === 'pull_request_review_comment')
    return {
      fires: 'sometimes',
      why: `${at} runs only when someone reviews the pull request (or comments on its diff), not when it is opened or pushed to`
    }
  return {
    fires: 'never',
    why: `${at} never runs for a pull request's commits`
  }
}

/**
 * Whether the checks of a workflow with trigger `t` reach the merge group a merge queue builds for
 * `base`: through `merge_group` (filtered on `base`), or through `push` to the queue's
 * `gh-readonly-queue/<base>/…` branch.
 */
export function firesForMergeGroupInto(t: TriggerFilters, base: string): Fires {
  const at = `\`${t.event}\` (line ${t.line})`
  if (t.event === 'merge_group') {
    const branch = baseBranchFilter(t, base, at)
    if (branch) return branch
    if (t.types !== undefined && !t.types.includes('checks_requested'))
      return {
        fires: 'never',
        why: `${at} has \`types: [${t.types.join(', ')}]\` without checks_requested, the only activity a merge group has`
      }
    return pathFilter(t, at)
  }
  if (t.event === 'push') {
    const queue = mergeQueueBranch(base)
    const refs = refFilter(t, queue, at, `the merge queue's branch gh-readonly-queue/${base}/…`)
    if (refs) return refs
    return pathFilter(t, at)
  }
  return { fires: 'never', why: `${at} never runs for a merge group` }
}

/** `branches`/`branches-ignore` of a pull request or merge group event, on the base branch. */
function baseBranchFilter(t: Trigger, base: string, at: string): Fires | undefined {
  if (t.branches !== undefined) {
    const m = patternsMatch(t.branches, base)
    if (typeof m !== 'boolean') return { fires: 'sometimes', why: `${at}: ${m.error}` }
    if (!m)
      return {
        fires: 'never',
        why: `${at} has \`branches: [${t.branches.join(', ')}]\`, which does not match ${base}`
      }
  }
  if (t.branchesIgnore !== undefined) {
    const m = patternsMatch(t.branchesIgnore, base)
    if (typeof m !== 'boolean') return { fires: 'sometimes', why: `${at}: ${m.error}` }
    if (m)
      return {
        fires: 'never',
        why: `${at} has \`branches-ignore: [${t.branchesIgnore.join(', ')}]\`, which matches ${base}`
      }
  }
  return undefined
}

/**
 * `types` of a pull request event. Without `types` GitHub runs it when a pull request is opened,
 * reopened or its head branch is updated (`synchronize`); the newest head commit gets the check
 * only if `opened` and `synchronize` are both kept (docs: "Events that trigger workflows").
 */
function activityTypes(t: Trigger, at: string): Fires {
  if (t.types === undefined) return { fires: 'always' }
  const types = t.types
  const shown = `\`types: [${types.join(', ')}]\``
  if (types.includes('opened') && types.includes('synchronize')) return { fires: 'always' }
  if (types.every((x) => x === 'closed'))
    return { fires: 'never', why: `${at} has ${shown}: it runs only once a pull request is closed` }
  const missing = ['opened', 'synchronize'].filter((x) => !types.includes(x))
  return {
    fires: 'sometimes',
    why: `${at} has ${shown} without ${missing.join(' and ')}: ${types.includes('synchronize') ? 'a pull request gets the check only after one of those activities' : 'a commit pushed to the pull request does not run it, so the newest head commit lacks the check until one of those activities happens'}`
  }
}

/** `paths`/`paths-ignore`: the whole workflow is skipped when no changed file passes them. */
function pathFilter(t: Trigger, at: string): Fires {
  const filters = pathFilters(t)
  if (filters.length === 0) return { fires: 'always' }
  return {
    fires: 'sometimes',
    why: `${at} has ${filters.join(' and ')}: a pull request whose changes do not pass it skips the whole workflow, and its checks stay Pending`,
    paths: true
  }
}

function pathFilters(t: Trigger): string[] {
  return [
    ...(t.paths !== undefined ? [`\`paths: [${t.paths.join(', ')}]\``] : []),
    ...(t.pathsIgnore !== undefined ? [`\`paths-ignore: [${t.pathsIgnore.join(', ')}]\``] : [])
  ]
}

/** `push` for a pull request's head commit: the head branch is not known, and never `base`. */
function pushToHeadBranch(t: TriggerFilters, base: string, at: string): Fires {
  if (onlyTags(t))
    return { fires: 'never', why: `${at} filters only tags, so it runs for no branch push` }
  if (t.branches !== undefined) {
    const positive = t.branches.filter((b) => !b.startsWith('!'))
    if (positive.every(isLiteralPattern) && positive.every((b) => b === base))
      return {
        fires: 'never',
        why: `${at} has \`branches: [${t.branches.join(', ')}]\`: it runs on pushes to ${base} itself, never on a pull request into ${base}`
      }
  }
  const filters = [
    ...(t.branches !== undefined ? [`\`branches: [${t.branches.join(', ')}]\``] : []),
    ...(t.branchesIgnore !== undefined
      ? [`\`branches-ignore: [${t.branchesIgnore.join(', ')}]\``]
      : [])
  ]
  const paths = pathFilters(t)
  return {
    fires: 'sometimes',
    why: `${at} runs on pushes to the pull request's head branch${filters.length ? ` when it passes ${filters.join(' and ')}` : ''}, and only for a head branch in this repository: a pull request from a fork never gets the check${paths.length ? `; its ${paths.join(' and ')} also skip the workflow for changes that do not pass them` : ''}`,
    ...(paths.length ? { paths: true as const } : {})
  }
}

/** A `push` with tag filters and no branch filter runs for no branch (docs: on.push.<branches|tags>). */
function onlyTags(t: TriggerFilters): boolean {
  return (
    t.branches === undefined &&
    t.branchesIgnore === undefined &&
    (t.tags !== undefined || t.tagsIgnore !== undefined)
  )
}

/** `branches`/`branches-ignore` of a `push` against one known branch name. */
function refFilter(t: TriggerFilters, branch: string, at: string, what: string): Fires | undefined {
  if (onlyTags(t))
    return { fires: 'never', why: `${at} filters only tags, so it runs for no branch push` }
  if (t.branches !== undefined) {
    const m = patternsMatch(t.branches, branch)
    if (typeof m !== 'boolean') return { fires: 'sometimes', why: `${at}: ${m.error}` }
    if (!m)
      return {
        fires: 'never',
        why: `${at} has \`branches: [${t.branches.join(', ')}]\`, which does not match ${what}`
      }
  }
  if (t.branchesIgnore !== undefined) {
    const m = patternsMatch(t.branchesIgnore, branch)
    if (typeof m !== 'boolean') return { fires: 'sometimes', why: `${at}: ${m.error}` }
    if (m)
      return {
        fires: 'never',
        why: `${at} has \`branches-ignore: [${t.branchesIgnore.join(', ')}]\`, which matches ${what}`
      }
  }
  return undefined
}
