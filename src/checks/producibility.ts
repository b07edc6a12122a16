/**
 * Whether a workflow job's check reaches what a merge into a branch waits for: the head commit of
 * every pull request into it and, when the branch merges through a merge queue, the merge group.
 *
 * GitHub's docs decide each part:
 * - "Troubleshooting required status checks" → "Handling skipped but required checks": a
 *   workflow skipped by a branch or path filter leaves its checks Pending and the pull request
 *   cannot merge; a job skipped by its `if:` reports Success.
 * - "Events that trigger workflows" (pull_request, pull_request_target, push, merge_group) and
 *   "Workflow syntax" (their filters): see workflow/triggers.ts.
 * - "Reusing workflows": a called workflow runs in its caller's event, so the triggers of the
 *   top-level caller count (carried on each ProducedCheck by check-names).
 * - "Managing a merge queue": with a merge queue, required checks must also be reported for the
 *   `merge_group` event, or the merge fails.
 *
 * Pure.
 */
import {
  firesForMergeGroupInto,
  firesForPullRequestInto,
  PULL_REQUEST_EVENTS,
  type Fires
} from '../workflow/triggers.js'
import type { OnEvents, ProducedCheck, Unresolved } from './check-names.js'
import {
  evaluateJobCondition,
  type JobCondition,
  type RunFacts,
  type Truth
} from './job-condition.js'
import { couldBeNamed } from './name-pattern.js'

/** What a merge waits for: a pull request's head commit, or a merge queue's merge group. */
export type Need = 'pull_request' | 'merge_group'

/** How well a check reaches one need; `why` says what it depends on, or why it never does. */
export type Reach =
  | { reach: 'always' }
  | { reach: 'sometimes'; why: string[]; paths?: true }
  | { reach: 'never'; why: string[]; skipped?: true }

export interface ReachOptions {
  /** The branch merged into. */
  base: string
  /** `owner/name`: lets `if: github.repository == '…'` be decided. */
  repository?: string
}

const RANK = { always: 2, sometimes: 1, never: 0 } as const

/** The best of several ways to reach a need, with the reasons of the best kind. */
export function bestReach(reaches: readonly Reach[]): Reach {
  let best: Reach | undefined
  for (const r of reaches) {
    if (best === undefined || RANK[r.reach] > RANK[best.reach])
      best = r.reach === 'always' ? r : { ...r, why: [...r.why] }
    else if (r.reach === best.reach && r.reach !== 'always' && best.reach !== 'always') {
      best.why.push(...r.why)
      if (r.reach === 'sometimes' && r.paths && best.reach === 'sometimes') best.paths = true
      if (r.reach === 'never' && best.reach === 'never' && !r.skipped) delete best.skipped
    }
  }
  return best ?? { reach: 'never', why: [] }
}

/**
 * How one produced check reaches `need`: through any trigger of its top-level workflow that
 * fires for it, and only when its job-level conditions let it run for that event.
 */
export function reachOf(check: ProducedCheck, need: Need, o: ReachOptions): Reach {
  const where = describeProducer(check)
  if (check.on.events.length === 0)
    return { reach: 'never', why: [`${where}: its \`on:\` (line ${check.on.line}) names no event`] }
  const ways: Reach[] = []
  const notFired: string[] = []
  for (const t of check.on.events) {
    const fires =
      need === 'pull_request'
        ? firesForPullRequestInto(t, o.base)
        : firesForMergeGroupInto(t, o.base)
    if (fires.fires === 'never') {
      notFired.push(fires.why)
      continue
    }
    const facts: RunFacts = {
      event: t.event,
      ...((PULL_REQUEST_EVENTS as readonly string[]).includes(t.event) ? { baseRef: o.base } : {}),
      ...(o.repository !== undefined ? { repository: o.repository } : {})
    }
    ways.push(combine(where, t.event, fires, runs(check, facts), check.whenSkipped === true))
  }
  if (ways.length === 0) {
    const what =
      need === 'pull_request' ? `a pull request into ${o.base}` : `a merge group of ${o.base}`
    return {
      reach: 'never',
      why: [
        `${where}: its \`on:\` (line ${check.on.line}) never runs for ${what}: ${notFired.join('; ')}`
      ]
    }
  }
  return bestReach(ways)
}

type Run = { truth: true } | { truth: false; who: string } | { truth: 'unknown'; why: string }

/** Whether the job runs for one event, from all its conditions (every one must hold). */
function runs(check: ProducedCheck, facts: RunFacts): Run {
  let unknown: Run | undefined
  for (const c of check.conditions ?? []) {
    const t: Truth = evaluateJobCondition(c, facts)
    if (t.truth === false) return { truth: false, who: whose(c) }
    if (t.truth === 'unknown') unknown ??= { truth: 'unknown', why: `${whose(c)} ${t.why}` }
  }
  return unknown ?? { truth: true }
}

/** The condition as the subject of a sentence: "its `if: …` (ci.yml line 12)", … */
function whose(c: JobCondition): string {
  const cond = `\`if: ${c.text}\``
  const at = `${c.workflow} line ${c.line}`
  switch (c.role) {
    case 'own':
      return `its ${cond} (${at})`
    case 'needs':
      return `the ${cond} of job ${c.job}, which it needs (${at}),`
    case 'calling':
      return `the ${cond} of the calling job ${c.job} (${at})`
    case 'calling-needs':
      return `the ${cond} of job ${c.job}, which the calling job needs (${at}),`
  }
}

/** One trigger's firing and the job's conditions for its event, together. */
function combine(
  where: string,
  event: string,
  fires: Exclude<Fires, { fires: 'never' }>,
  run: Run,
  whenSkipped: boolean
): Reach {
  const viaEvent = fires.fires === 'sometimes' ? [`${where}: ${fires.why}`] : []
  const paths = fires.fires === 'sometimes' && fires.paths ? { paths: true as const } : {}
  // A matrix job's unexpanded name is reported only when the job is skipped.
  if (whenSkipped) {
    if (run.truth === true)
      return {
        reach: 'never',
        why: [
          `${where}: this name is reported only when the job is skipped, and on \`${event}\` it runs (its checks then carry the matrix values)`
        ]
      }
    if (run.truth === false)
      return fires.fires === 'always'
        ? { reach: 'always' }
        : { reach: 'sometimes', why: viaEvent, ...paths }
    return {
      reach: 'sometimes',
      why: [...viaEvent, `${where}: reported under this name only when skipped; ${run.why}`],
      ...paths
    }
  }
  if (run.truth === false)
    return {
      reach: 'never',
      skipped: true,
      why: [`${where}: ${run.who} is false on \`${event}\`, so the job is always skipped there`]
    }
  if (run.truth === 'unknown')
    return {
      reach: 'sometimes',
      why: [
        ...viaEvent,
        `${where}: on \`${event}\` it may be skipped, and GitHub reports a skipped job as Success without running it: ${run.why}`
      ],
      ...paths
    }
  return fires.fires === 'always'
    ? { reach: 'always' }
    : { reach: 'sometimes', why: viaEvent, ...paths }
}

/** "ci.yml job test (line 4)", or "release.yml job build (line 7) (calling reusable-tests.yml job e2e)". */
export function describeProducer(c: ProducedCheck): string {
  const via = c.via?.length
    ? ` (calling ${c.via.map((v) => `${v.workflow} job ${v.job}`).join(' → ')})`
    : ''
  return `${c.workflow} job ${c.job}${c.line !== undefined ? ` (line ${c.line})` : ''}${via}`
}

/**
 * Whether an unresolved job could make `name` for `need`: its names could spell it, and its
 * workflow's triggers could fire for it (unknown triggers could).
 */
export function couldMake(u: Unresolved, name: string, need: Need, base: string): boolean {
  if (u.names && !couldBeNamed(u.names, name)) return false
  if (!u.on) return true
  return firesAtAll(u.on, need, base)
}

function firesAtAll(on: OnEvents, need: Need, base: string): boolean {
  return on.events.some(
    (t) =>
      (need === 'pull_request' ? firesForPullRequestInto(t, base) : firesForMergeGroupInto(t, base))
        .fires !== 'never'
  )
}
