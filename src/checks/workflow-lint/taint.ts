/**
 * Who controls a context value, as GitHub's security guide classifies it (docs: "Script
 * injections" → "Understanding the risk of script injections",
 * docs.github.com/en/actions/concepts/security/script-injections): values in the `github` context
 * that end with `body`, `default_branch`, `email`, `head_ref`, `label`, `message`, `name`,
 * `page_name`, `ref` or `title` can be written by whoever opens the issue, pull request, comment,
 * review, commit or wiki page that triggers the workflow.
 *
 * Not attacker-controlled: numbers, ids, SHAs, booleans, timestamps, logins, and what belongs to
 * the repository itself (`github.event.repository.*`, a pull request's `base.*` side: its branch
 * exists in this repository; `github.ref`, `github.event.ref` and `github.event.inputs.*`: only
 * people with write access push or dispatch). Pure.
 */

/** A value someone outside the repository can write, and who. */
export interface Controlled {
  /** The context path as read, e.g. `github.event.pull_request.title`. */
  path: string
  /** Who writes it, e.g. "the pull request's author". */
  by: string
}

/** Leaf words of free text (the guide's list, with `branch` and `description`). */
const TEXT_WORDS = [
  'body',
  'branch',
  'description',
  'email',
  'label',
  'message',
  'name',
  'ref',
  'title'
]

/** Objects of an event payload that hold such text (the whole object reaches the script). */
const TEXT_OBJECTS = new Set([
  'event',
  'pull_request',
  'pull_requests',
  'issue',
  'comment',
  'review',
  'review_comment',
  'commits',
  'commit',
  'head_commit',
  'head',
  'head_repository',
  'repo',
  'author',
  'committer',
  'discussion',
  'answer',
  'pages',
  'workflow_run',
  'check_suite',
  'check_run',
  'release',
  'labels',
  'label',
  'client_payload'
])

/** Parts of a payload that belong to the repository and its owners, not to whoever triggers. */
const REPOSITORY_OWNED = new Set([
  'repository',
  'base',
  'organization',
  'enterprise',
  'installation'
])

/** Top-level `github.event` fields set by pushes and dispatches (write access needed). */
const WRITER_FIELDS = new Set(['ref', 'base_ref', 'inputs', 'before', 'after', 'forced'])

function isTextLeaf(segment: string): boolean {
  return TEXT_WORDS.some((w) => segment === w || segment.endsWith(`_${w}`))
}

const WHO: Readonly<Record<string, string>> = {
  pull_request: "the pull request's author",
  issue: "the issue's author",
  comment: 'the commenter',
  review: 'the reviewer',
  review_comment: 'the reviewer',
  commits: "the commits' author",
  head_commit: "the commit's author",
  pages: 'whoever edits the wiki',
  discussion: "the discussion's author",
  answer: "the answer's author",
  workflow_run: 'whoever pushed the branch or opened the pull request of the triggering run',
  check_suite: 'whoever pushed the branch of the checked commit',
  check_run: 'whoever pushed the branch of the checked commit',
  release: 'whoever publishes the release'
}

/**
 * Whether a context path (lower-cased segments, `*` for an object filter, `?` for a computed
 * index) can hold text written by someone outside the repository.
 *
 * @returns who writes it, or undefined when the repository's own people or GitHub set it
 */
export function attackerControlled(path: readonly string[]): Controlled | undefined {
  const [root, first] = path
  if (root !== 'github') return undefined
  const text = display(path)
  if (first === undefined) return { path: text, by: 'whoever triggers the event (its payload)' }
  if (first === 'head_ref') return { path: text, by: "the pull request's author (its branch name)" }
  if (first !== 'event') return undefined
  const event = path.slice(2)
  if (event.length === 0) return { path: text, by: 'whoever triggers the event (its payload)' }
  if (WRITER_FIELDS.has(event[0] as string)) return undefined
  if (event.some((s) => REPOSITORY_OWNED.has(s))) return undefined
  if (event[0] === 'merge_group' && /^(head|base)_ref$/.test(event[1] ?? '')) return undefined
  const leaf = event[event.length - 1] as string
  const named = [...event].reverse().find((s) => s !== '*' && s !== '?' && !/^\d+$/.test(s))
  const whole = leaf === '*' || leaf === '?' || /^\d+$/.test(leaf)
  if (!isTextLeaf(leaf) && !TEXT_OBJECTS.has(leaf) && !(whole && named && TEXT_OBJECTS.has(named)))
    return undefined
  return { path: text, by: WHO[event[0] as string] ?? 'whoever triggers the event' }
}

/**
 * Whether a context path names the pull request's own code (its head branch, commit or fork),
 * which a privileged workflow must not check out (docs: "Security hardening for GitHub Actions"
 * → pull_request_target, and GitHub Security Lab's "Preventing pwn requests").
 */
export function pullRequestCode(path: readonly string[]): boolean {
  const p = path.join('.')
  return (
    p === 'github.head_ref' ||
    /^github\.event\.pull_request\.(head(\.|$)|merge_commit_sha$)/.test(p) ||
    /^github\.event\.workflow_run\.(head_sha|head_branch|head_repository|head_commit)(\.|$)/.test(
      p
    ) ||
    /^github\.event\.workflow_run\.pull_requests\.[^.]+\.head(\.|$)/.test(p) ||
    /^github\.event\.(check_suite|check_run\.check_suite)\.(head_sha|head_branch)$/.test(p) ||
    /^github\.event\.check_run\.head_sha$/.test(p)
  )
}

/** `['github', 'event', 'commits', '*', 'message']` → `github.event.commits.*.message`. */
export function display(path: readonly string[]): string {
  return path
    .map((s, i) => (i > 0 && s === '?' ? '[…]' : s))
    .join('.')
    .replace(/\.\[/g, '[')
}
