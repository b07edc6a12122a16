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
  incidentAction,
  incidentRecord,
  INCIDENT_MARKER,
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

/** The Actions token writes as this bot. */
export const ACTIONS_BOT = 'github-actions[bot]'

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
 * The gate's incident issues with `t.label`: the body starts with the marker, the label is on
 * it, and a trusted author wrote it ({@link Authors}). Pull requests are left out. `state`: open
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
    if (!tracked.body?.startsWith(INCIDENT_MARKER) || !tracked.labels.includes(t.label)) continue
    if (!(await authors.trusted(tracked.author))) continue
    out.push(tracked)
  }
  return out.sort((a, b) => a.number - b.number)
}

/**
 * The open incident: the lowest-numbered open incident issue that has not recovered (recovered
 * ones carry `needs-postmortem` until closed, and no longer freeze). Undefined when none.
 */
export async function findOpenIncident(
  gh: GitHubClient,
  t: IncidentTarget,
  authors?: Authors
): Promise<TrackedIssue | undefined> {
  const open = await listIncidents(gh, t, { state: 'open', ...(authors ? { authors } : {}) })
  return open.find((i) => !i.labels.includes(NEEDS_POSTMORTEM_LABEL))
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
  timeline: () => string
  recovery: (closing: boolean) => string
  duplicate: (winner: number) => string
}

/** What happened: the action taken, the incident it concerns and its record. */
export interface PushOutcome {
  action: IncidentAction
  incident?: { number: number; url: string; state: 'open' | 'closed' }
  /** open+recover: whether the recovery closed it (false: labelled needs-postmortem). */
  closed?: boolean
  record?: IncidentRecord
}

/**
 * Opens, updates or recovers the incident for one push (core/incidents.ts `incidentAction`).
 * Opening is idempotent against a race: after creating, the open incidents are listed again and
 * the lowest number wins; a run that lost closes its own issue as a duplicate and comments on the
 * winner instead. A push already on the timeline (a re-run) is not commented twice. Throws the
 * API's errors (the caller turns them into a note; they never fail the step).
 */
export async function respondToPush(gh: GitHubClient, r: PushRequest): Promise<PushOutcome> {
  const t = r.target
  const authors = new Authors(gh)
  let open = await findOpenIncident(gh, t, authors)
  let action = incidentAction(r.assessment, open !== undefined)
  if (action === 'none') return { action }
  if (action === 'open') {
    const mine = await createIncident(gh, r, authors)
    const all = (await listIncidents(gh, t, { state: 'open', authors })).filter(
      (i) => !i.labels.includes(NEEDS_POSTMORTEM_LABEL)
    )
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
  const pushes = comments
    .map((c) => asPush(readMarker(c.body, PUSH_MARKER_PREFIX)))
    .filter((p): p is IncidentPush => p !== undefined)
  let closed: boolean | undefined
  let state: 'open' | 'closed' = 'open'
  let recovered: IncidentPush | null = null
  if (action === 'update') {
    const opened = readOpening(open.body)?.push.sha
    if (opened !== r.push.sha && !pushes.some((p) => p.sha === r.push.sha)) {
      await commentOnce(gh, t, open.number, r.timeline(), authors)
      pushes.push(r.push)
    }
  } else if (action === 'recover') {
    const filled = postmortemFilled(readPostmortem(open.body))
    await commentOnce(gh, t, open.number, r.recovery(filled), authors)
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
    record
  }
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
  const pushes = comments
    .map((c) => asPush(readMarker(c.body, PUSH_MARKER_PREFIX)))
    .filter((p): p is IncidentPush => p !== undefined)
  const recovered =
    comments
      .map((c) => asPush(readMarker(c.body, RECOVERED_MARKER_PREFIX)))
      .filter((p): p is IncidentPush => p !== undefined)
      .pop() ?? null
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
 * the endpoint and `issues: read`.
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
          unlock: ISSUES_READ_UNLOCK,
          permission: ISSUES_READ_PERMISSION
        }
      }
    }
  }
}
