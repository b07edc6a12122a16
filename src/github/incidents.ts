/**
 * The incident tracking issue on GitHub (issue 18): found again by its hidden marker, opened once,
 * commented on by later failing pushes, closed or labelled on recovery; and what a pull request
 * needs to know for the freeze. Decisions are made in core/incidents.ts and the text in
 * render/incident-markdown.ts; this module only reads and writes.
 *
 * Endpoints (GitHub REST "Issues", "Issue comments", "Labels"): `GET/POST
 * /repos/{owner}/{repo}/issues`, `GET/PATCH /repos/{owner}/{repo}/issues/{issue_number}`, `GET/POST
 * /repos/{owner}/{repo}/issues/{issue_number}/comments`, `GET/POST
 * /repos/{owner}/{repo}/issues/{issue_number}/labels`. Listing by label is used rather than the
 * search API, whose index lags: a second gate run must see the issue the first one just opened.
 */
import { ACTIONS_BOT } from './sticky-comment.js'
import { any, bool, expectShape, list, nullable, num, obj, optional, str } from './answer.js'
import { statusOf, type GitHubClient } from './client.js'
import { apiErrorText } from './status.js'
import {
  ISSUES_READ_PERMISSION,
  ISSUES_READ_UNLOCK,
  type IncidentHistory,
  type IncidentHistoryAnswer
} from '../core/facts-runtime.js'
import { listAll } from './paginate.js'
import {
  asPush,
  hasLabel,
  incidentAction,
  incidentRecord,
  isIncidentBody,
  NEEDS_POSTMORTEM_LABEL,
  postmortemFilled,
  PUSH_MARKER_PREFIX,
  readMarker,
  readOpening,
  readPostmortem,
  RECOVERED_MARKER_PREFIX,
  type IncidentAction,
  type IncidentPush,
  type IncidentRecord,
  type PushAssessment
} from '../core/incidents.js'

const LABEL_SHAPE = obj({ name: str })
const ISSUE_SHAPE = obj({
  number: num,
  html_url: str,
  title: str,
  body: optional(nullable(str)),
  state: str,
  state_reason: optional(nullable(str)),
  created_at: str,
  closed_at: optional(nullable(str)),
  user: nullable(obj({ login: str })),
  labels: list(any)
})
const COMMENT_SHAPE = obj({
  id: num,
  body: optional(str),
  html_url: str,
  user: nullable(obj({ login: str }))
})

/** An incident issue the gate opened, as read from the API. */
export interface TrackedIssue {
  number: number
  url: string
  title: string
  body: string | null
  state: 'open' | 'closed'
  /** GitHub's `state_reason` (`completed`, `duplicate`, …), null when none. */
  stateReason: string | null
  createdAt: string
  closedAt: string | null
  labels: string[]
  author: string
}

/** Where incidents live: the repository and the label that marks them (the first of `labels`). */
export interface IncidentTarget {
  owner: string
  repo: string
  label: string
}

/**
 * Who may have written the gate's issues and comments: the Actions bot always; another login only
 * when it is the token's own (a personal access token; `GET /user`, which the Actions token may
 * not call). Someone else's issue with the marker and the label is never taken for ours.
 */
export class Authors {
  private me: Promise<string | undefined> | undefined
  constructor(private readonly gh: GitHubClient) {}
  async trusted(login: string | undefined): Promise<boolean> {
    if (login === undefined) return false
    if (login === ACTIONS_BOT) return true
    this.me ??= this.gh.rest.users.getAuthenticated().then(
      (r) => {
        const l: unknown = (r.data as { login?: unknown } | undefined)?.login
        return typeof l === 'string' ? l : undefined
      },
      () => undefined
    )
    return (await this.me) === login
  }
}

function labelName(l: unknown): string | undefined {
  if (typeof l === 'string') return l
  const n = (l as { name?: unknown } | null)?.name
  return typeof n === 'string' ? n : undefined
}

function toTracked(i: {
  number: number
  html_url: string
  title: string
  body?: string | null
  state: string
  state_reason?: string | null
  created_at: string
  closed_at?: string | null
  user: { login: string } | null
  labels: unknown[]
}): TrackedIssue {
  return {
    number: i.number,
    url: i.html_url,
    title: i.title,
    body: i.body ?? null,
    state: i.state === 'closed' ? 'closed' : 'open',
    stateReason: i.state_reason ?? null,
    createdAt: i.created_at,
    closedAt: i.closed_at ?? null,
    labels: i.labels.map(labelName).filter((l): l is string => l !== undefined),
    author: i.user?.login ?? ''
  }
}

/**
 * Whether an API error is a rate limit (GitHub "Rate limits for the REST API": 429, or 403 with
 * `x-ratelimit-remaining: 0`, a `retry-after` header or a message saying so) rather than a
 * permission the token lacks: the two call for different advice.
 */
export function isRateLimited(e: unknown): boolean {
  const status = statusOf(e)
  if (status === 429) return true
  if (status !== 403) return false
  const r = (e as { response?: { headers?: Record<string, unknown>; data?: unknown } } | null)
    ?.response
  const h = r?.headers ?? {}
  const m = (r?.data as { message?: unknown } | null | undefined)?.message
  return (
    h['x-ratelimit-remaining'] === '0' ||
    h['retry-after'] !== undefined ||
    (typeof m === 'string' && /rate limit/i.test(m))
  )
}

/** The issue is one of the gate's incidents: its marker in the body and the label on it. */
function isOurs(i: TrackedIssue, label: string): boolean {
  return isIncidentBody(i.body) && hasLabel(i.labels, label)
}

/**
 * The gate's incident issues with `t.label`: the marker on a line of the body (core/incidents.ts
 * `isIncidentBody`: text a person wrote above it does not hide it), the label on it (compared
 * without case), and a trusted author wrote it ({@link Authors}). Pull requests are left out. `state`: open
 * only, or all; `since` (ISO time) leaves out issues not updated since (GitHub's `since`).
 * Sorted by number. Throws the API's error (callers name the permission).
 */
export async function listIncidents(
  gh: GitHubClient,
  t: IncidentTarget,
  o: { state: 'open' | 'all'; since?: string; authors?: Authors }
): Promise<TrackedIssue[]> {
  const authors = o.authors ?? new Authors(gh)
  const raw = await listAll<Parameters<typeof toTracked>[0] & { pull_request?: unknown }>(
    gh,
    'GET /repos/{owner}/{repo}/issues',
    {
      owner: t.owner,
      repo: t.repo,
      state: o.state,
      labels: t.label,
      sort: 'created',
      direction: 'asc',
      ...(o.since ? { since: o.since } : {})
    },
    { item: ISSUE_SHAPE, what: 'the list of issues' }
  )
  const out: TrackedIssue[] = []
  for (const i of raw) {
    if (i.pull_request !== undefined) continue
    const tracked = toTracked(i)
    if (!isOurs(tracked, t.label)) continue
    if (!(await authors.trusted(tracked.author))) continue
    out.push(tracked)
  }
  return out.sort((a, b) => a.number - b.number)
}

/** Open incidents: those that freeze, and those that recovered and wait for their postmortem. */
export interface OpenIncidents {
  /** Not recovered, lowest number first: the first one is the incident. */
  active: TrackedIssue[]
  /** Recovered (a trusted recovery comment) and labelled `needs-postmortem`. */
  waiting: TrackedIssue[]
}

/**
 * The open incidents, split into active and waiting. An issue waits only when it carries
 * `needs-postmortem` and the gate's own recovery comment is on it: the label alone, which anyone
 * who may triage can add by hand (or a policy can list among `labels`), neither lifts the freeze
 * nor makes the next failing push open a second issue.
 */
export async function openIncidents(
  gh: GitHubClient,
  t: IncidentTarget,
  authors: Authors = new Authors(gh)
): Promise<OpenIncidents> {
  const open = await listIncidents(gh, t, { state: 'open', authors })
  const out: OpenIncidents = { active: [], waiting: [] }
  for (const i of open) {
    const recovered =
      hasLabel(i.labels, NEEDS_POSTMORTEM_LABEL) &&
      recoveryOf(await trustedComments(gh, t, i.number, authors)) !== undefined
    out[recovered ? 'waiting' : 'active'].push(i)
  }
  return out
}

/** The open incident: the lowest-numbered active one ({@link openIncidents}); undefined when none. */
export async function findOpenIncident(
  gh: GitHubClient,
  t: IncidentTarget,
  authors?: Authors
): Promise<TrackedIssue | undefined> {
  return (await openIncidents(gh, t, authors)).active[0]
}

/** The last recovery push among the gate's comments; undefined when it never recovered. */
function recoveryOf(comments: readonly CommentFound[]): IncidentPush | undefined {
  return comments
    .map((c) => asPush(readMarker(c.body, RECOVERED_MARKER_PREFIX)))
    .filter((p): p is IncidentPush => p !== undefined)
    .pop()
}

/**
 * The newest incident that was closed before the default branch recovered (a person closed it
 * while the branch still failed): among the newest closed incidents (one page of 10, newest
 * first), the highest-numbered one not closed as a duplicate, when none of the gate's comments
 * on it records a recovery. Undefined otherwise.
 */
async function closedUnrecovered(
  gh: GitHubClient,
  t: IncidentTarget,
  authors: Authors
): Promise<{ issue: TrackedIssue; comments: CommentFound[] } | undefined> {
  const res = await gh.request('GET /repos/{owner}/{repo}/issues', {
    owner: t.owner,
    repo: t.repo,
    state: 'closed',
    labels: t.label,
    sort: 'created',
    direction: 'desc',
    per_page: 10
  })
  const raw = expectShape<(Parameters<typeof toTracked>[0] & { pull_request?: unknown })[]>(
    res.data,
    list(ISSUE_SHAPE),
    'GET /repos/{owner}/{repo}/issues',
    'the list of issues'
  )
  let newest: TrackedIssue | undefined
  for (const i of raw) {
    if (i.pull_request !== undefined) continue
    const tracked = toTracked(i)
    if (!isOurs(tracked, t.label) || tracked.stateReason === 'duplicate') continue
    if (newest && newest.number > tracked.number) continue
    if (!(await authors.trusted(tracked.author))) continue
    newest = tracked
  }
  if (!newest || newest.state !== 'closed') return undefined
  const comments = await trustedComments(gh, t, newest.number, authors)
  return recoveryOf(comments) === undefined ? { issue: newest, comments } : undefined
}

interface CommentFound {
  id: number
  body: string
}

/** The trusted comments of an issue, oldest first. */
async function trustedComments(
  gh: GitHubClient,
  t: IncidentTarget,
  number: number,
  authors: Authors
): Promise<CommentFound[]> {
  const all = await listAll<{ id: number; body?: string; user: { login: string } | null }>(
    gh,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: t.owner, repo: t.repo, issue_number: number },
    { item: COMMENT_SHAPE, what: 'the list of comments' }
  )
  const out: CommentFound[] = []
  for (const c of all)
    if (c.body !== undefined && (await authors.trusted(c.user?.login)))
      out.push({ id: c.id, body: c.body })
  return out
}

/**
 * Posts a comment without ever retrying blindly (a POST that timed out may have been written):
 * on a 5xx or no answer, the comments are read again and the comment is posted again only when
 * no trusted comment starts with `firstLine`.
 */
async function commentOnce(
  gh: GitHubClient,
  t: IncidentTarget,
  number: number,
  body: string,
  authors: Authors
): Promise<void> {
  const post = () =>
    gh.rest.issues.createComment({
      owner: t.owner,
      repo: t.repo,
      issue_number: number,
      body,
      request: { retries: 0 }
    })
  try {
    const res = await post()
    expectShape(
      res.data,
      obj({ id: num }),
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'a comment'
    )
  } catch (e) {
    const status = statusOf(e)
    if (status !== undefined && status < 500) throw e
    const firstLine = body.split('\n')[0] ?? body
    const seen = await trustedComments(gh, t, number, authors)
    if (!seen.some((c) => c.body.split('\n')[0] === firstLine)) await post()
  }
}

/** What the gate asks of the tracking issue after a push to the default branch. */
export interface PushRequest {
  target: IncidentTarget
  labels: readonly string[]
  assessment: PushAssessment
  push: IncidentPush
  /** Title and body of a new issue, made only when one is opened. */
  opening: () => { title: string; body: string }
  /** `reopened`: a person closed the incident while the branch still failed; the gate reopened it. */
  timeline: (o: { reopened: boolean }) => string
  recovery: (outcome: RecoveryOutcome) => string
  duplicate: (winner: number) => string
}

/**
 * What a recovery does with the issue: `close` (cause and corrective action written), `label`
 * (`needs-postmortem`, left open), `closed-by-hand` (a person closed it before the branch
 * recovered: the recovering commit is recorded on it, nothing else changes).
 */
export type RecoveryOutcome = 'close' | 'label' | 'closed-by-hand'

/** What happened: the action taken, the incident it concerns and its record. */
export interface PushOutcome {
  action: IncidentAction
  incident?: { number: number; url: string; state: 'open' | 'closed' }
  /** recover: whether the recovery closed it (false: labelled needs-postmortem). */
  closed?: boolean
  /** update: a person had closed the incident while the branch still failed; it was reopened. */
  reopened?: boolean
  /** recover: a person had closed the incident before the branch recovered. */
  closedByHand?: boolean
  record?: IncidentRecord
}

/**
 * Opens, updates or recovers the incident for one push (core/incidents.ts `incidentAction`).
 * Opening is idempotent against a race: after creating, the open incidents are listed again and
 * the lowest number wins; a run that lost closes its own issue as a duplicate and comments on the
 * winner instead. A push already on the timeline (a re-run) is not commented twice. An incident
 * a person closed while the branch still failed is one incident still: the next failing push
 * reopens it (never a second issue), and the next healthy push records its recovery on it.
 * Throws the API's errors (the caller turns them into a note; they never fail the step).
 */
export async function respondToPush(gh: GitHubClient, r: PushRequest): Promise<PushOutcome> {
  const t = r.target
  const authors = new Authors(gh)
  let open = (await openIncidents(gh, t, authors)).active[0]
  let action = incidentAction(r.assessment, open !== undefined)
  let reopened = false
  let closedByHand: { issue: TrackedIssue; comments: CommentFound[] } | undefined
  if (action === 'open' || (action === 'none' && r.assessment.healthy))
    closedByHand = await closedUnrecovered(gh, t, authors)
  if (action === 'none' && !closedByHand) return { action }
  if (action === 'none' && closedByHand) {
    // Closed by a person before the branch recovered: record the recovery, change nothing else.
    const { issue, comments } = closedByHand
    await commentOnce(gh, t, issue.number, r.recovery('closed-by-hand'), authors)
    return {
      action: 'recover',
      incident: { number: issue.number, url: issue.url, state: 'closed' },
      closed: false,
      closedByHand: true,
      record: incidentRecord({
        number: issue.number,
        url: issue.url,
        state: 'closed',
        body: issue.body,
        createdAt: issue.createdAt,
        pushes: pushesOf(comments),
        recovered: r.push
      })
    }
  }
  if (action === 'open' && closedByHand) {
    const res = await gh.rest.issues.update({
      owner: t.owner,
      repo: t.repo,
      issue_number: closedByHand.issue.number,
      state: 'open'
    })
    expectShape(
      res.data,
      obj({ number: num }),
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
      'an issue'
    )
    open = { ...closedByHand.issue, state: 'open', stateReason: 'reopened', closedAt: null }
    action = 'update'
    reopened = true
  }
  if (action === 'open') {
    const mine = await createIncident(gh, r, authors)
    const all = (await openIncidents(gh, t, authors)).active
    const winner = all[0] ?? mine
    if (winner.number !== mine.number) {
      await commentOnce(gh, t, mine.number, r.duplicate(winner.number), authors)
      await gh.rest.issues.update({
        owner: t.owner,
        repo: t.repo,
        issue_number: mine.number,
        state: 'closed',
        state_reason: 'duplicate'
      })
      open = winner
      action = 'update'
    } else open = mine
  }
  if (!open) return { action: 'none' }
  const comments = await trustedComments(gh, t, open.number, authors)
  const pushes = pushesOf(comments)
  let closed: boolean | undefined
  let state: 'open' | 'closed' = 'open'
  let recovered: IncidentPush | null = null
  if (action === 'update') {
    const opened = readOpening(open.body)?.push.sha
    if (reopened || (opened !== r.push.sha && !pushes.some((p) => p.sha === r.push.sha))) {
      await commentOnce(gh, t, open.number, r.timeline({ reopened }), authors)
      pushes.push(r.push)
    }
  } else if (action === 'recover') {
    const filled = postmortemFilled(readPostmortem(open.body))
    await commentOnce(gh, t, open.number, r.recovery(filled ? 'close' : 'label'), authors)
    recovered = r.push
    if (filled) {
      await gh.rest.issues.update({
        owner: t.owner,
        repo: t.repo,
        issue_number: open.number,
        state: 'closed',
        state_reason: 'completed'
      })
      state = 'closed'
    } else {
      await gh.rest.issues.addLabels({
        owner: t.owner,
        repo: t.repo,
        issue_number: open.number,
        labels: [NEEDS_POSTMORTEM_LABEL]
      })
    }
    closed = filled
  }
  const record = incidentRecord({
    number: open.number,
    url: open.url,
    state,
    body: open.body,
    createdAt: open.createdAt,
    pushes,
    recovered
  })
  return {
    action,
    incident: { number: open.number, url: open.url, state },
    ...(closed !== undefined ? { closed } : {}),
    ...(reopened ? { reopened } : {}),
    record
  }
}

/** The failing pushes the gate's timeline comments record. */
function pushesOf(comments: readonly CommentFound[]): IncidentPush[] {
  return comments
    .map((c) => asPush(readMarker(c.body, PUSH_MARKER_PREFIX)))
    .filter((p): p is IncidentPush => p !== undefined)
}

/**
 * Creates the tracking issue once: not retried blindly (a POST that got no answer may have
 * created it); after a 5xx or no answer, an open incident opened by this very push is looked for
 * first.
 */
async function createIncident(
  gh: GitHubClient,
  r: PushRequest,
  authors: Authors
): Promise<TrackedIssue> {
  const { title, body } = r.opening()
  const create = async (): Promise<TrackedIssue> => {
    const res = await gh.rest.issues.create({
      owner: r.target.owner,
      repo: r.target.repo,
      title,
      body,
      labels: [...r.labels],
      request: { retries: 0 }
    })
    return toTracked(
      expectShape(res.data, ISSUE_SHAPE, 'POST /repos/{owner}/{repo}/issues', 'an issue')
    )
  }
  try {
    return await create()
  } catch (e) {
    const status = statusOf(e)
    if (status !== undefined && status < 500) throw e
    const open = await listIncidents(gh, r.target, { state: 'open', authors })
    const ours = open.find((i) => readOpening(i.body)?.push.sha === r.push.sha)
    return ours ?? create()
  }
}

/** What the freeze needs to know about a pull request. */
export interface FreezeFacts {
  incident?: { number: number; url: string }
  /** The pull request's labels now (read from the API, so a label added since the event counts). */
  labels: string[]
}

/**
 * The open incident (if any) and the pull request's current labels. Reads only: works with a
 * read-only token, on forks too. Throws the API's error.
 */
export async function freezeFacts(
  gh: GitHubClient,
  t: IncidentTarget,
  pullNumber: number
): Promise<FreezeFacts> {
  const open = await findOpenIncident(gh, t)
  if (!open) return { labels: [] }
  const labels = await listAll<{ name: string }>(
    gh,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/labels',
    { owner: t.owner, repo: t.repo, issue_number: pullNumber },
    { item: LABEL_SHAPE, what: 'the list of labels' }
  )
  return { incident: { number: open.number, url: open.url }, labels: labels.map((l) => l.name) }
}

/** The record of an incident as it stands (for `gonogo incident status` and the check). */
export async function readRecord(
  gh: GitHubClient,
  t: IncidentTarget,
  issue: TrackedIssue,
  authors = new Authors(gh)
): Promise<IncidentRecord> {
  const comments = await trustedComments(gh, t, issue.number, authors)
  const pushes = pushesOf(comments)
  const recovered = recoveryOf(comments) ?? null
  return incidentRecord({
    number: issue.number,
    url: issue.url,
    state: issue.state,
    body: issue.body,
    createdAt: issue.createdAt,
    pushes,
    recovered
  })
}

const RELEASE_SHAPE = obj({
  tag_name: str,
  draft: bool,
  prerelease: bool,
  published_at: optional(nullable(str))
})

/**
 * The incident history over the REST API (core/facts-runtime.ts `IncidentHistory`): the gate's
 * incident issues with the label, every state (trusted authors only, as {@link listIncidents}),
 * and the published releases (at most 10 pages). Never throws: an API error is an answer naming
 * the endpoint and `issues: read` (a rate limit says to wait for its reset instead).
 */
export function createIncidentHistory(
  access: { owner: string; repo: string },
  client: () => Promise<GitHubClient>
): IncidentHistory {
  return {
    read: async (q): Promise<IncidentHistoryAnswer> => {
      let endpoint = 'GET /repos/{owner}/{repo}/issues'
      try {
        const gh = await client()
        const target = { owner: access.owner, repo: access.repo, label: q.label }
        const authors = new Authors(gh)
        const tracked = await listIncidents(gh, target, { state: 'all', authors })
        endpoint = 'GET /repos/{owner}/{repo}/releases'
        const releases = await listAll<{
          tag_name: string
          draft: boolean
          prerelease: boolean
          published_at?: string | null
        }>(
          gh,
          endpoint,
          { owner: access.owner, repo: access.repo },
          { item: RELEASE_SHAPE, what: 'the list of releases', maxPages: 10 }
        )
        return {
          ok: true,
          issues: tracked.map((i) => ({
            number: i.number,
            url: i.url,
            state: i.state,
            state_reason: i.stateReason,
            created_at: i.createdAt,
            closed_at: i.closedAt,
            body: i.body,
            labels: i.labels
          })),
          releases: releases
            .filter((r) => typeof r.published_at === 'string')
            .map((r) => ({
              tag: r.tag_name,
              published_at: r.published_at as string,
              draft: r.draft,
              prerelease: r.prerelease
            }))
        }
      } catch (e) {
        const status = statusOf(e)
        return {
          ok: false,
          reason: `${endpoint} answered ${status ?? 'with an error'}: ${apiErrorText(e)}`,
          unlock: isRateLimited(e)
            ? 'wait for the GitHub API rate limit to reset, then run the gate again'
            : ISSUES_READ_UNLOCK,
          permission: ISSUES_READ_PERMISSION
        }
      }
    }
  }
}
