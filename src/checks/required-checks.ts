import type { BranchPolicy } from '../core/policy.js'
import { combine, describeOrigin, noProtection, type Protection } from '../core/protection.js'
import type { ReportCheck } from '../core/report.js'
import type { BranchFacts } from '../core/branch-facts.js'
import { views } from './branch-protection.js'
import {
  closestNames,
  type CheckNames,
  type ProducedCheck,
  type Unresolved
} from './check-names.js'
import {
  bestReach,
  couldMake,
  describeProducer,
  reachOf,
  type Need,
  type Reach
} from './producibility.js'

/** The GitHub Actions app: checks it reports come from workflow jobs. */
export const GITHUB_ACTIONS_APP_ID = 15368

/** GitHub's page on required checks that never report, cited in messages. */
const SKIPPED_DOCS =
  'docs.github.com "Troubleshooting required status checks" → "Handling skipped but required checks"'
const MERGE_QUEUE_DOCS = 'docs.github.com "Managing a merge queue"'

/**
 * Every check required on a branch must be reported on what a merge waits for, or every merge
 * waits forever: the head commit of each pull request into the branch and, when the branch merges
 * through a merge queue, the merge group (producibility.ts says which workflow job reaches which,
 * from its triggers, filters and `if:`). A check pinned to an app other than GitHub Actions can
 * only come from that app. Checks the policy declares are judged too.
 *
 * - `passed`: some job reports it on every pull request into the branch (and merge group).
 * - `failed`: no job ever does (no job makes the name; or only on other events, filtered-out
 *   branches, or under an `if:` that is false then), or only another app may report it while the
 *   policy or the workflows say Actions does.
 * - `unverified`: only under a path filter, an activity-type filter, a push from a head branch of
 *   this repository, an `if:` known only at run time, or by a job whose name could not be worked
 *   out but could spell it.
 */
export function checkProducible(
  branch: string,
  policy: BranchPolicy | undefined,
  facts: BranchFacts,
  names: CheckNames,
  /** GitHub Actions' app id on this server (15368 on github.com; GHES differs). */
  actionsAppId = GITHUB_ACTIONS_APP_ID,
  /** `owner/name`, so that `if: github.repository == '…'` can be decided. */
  repository?: string
): ReportCheck[] {
  const v = views(facts)
  const known = [v.rules, v.classic].filter((p): p is Protection => p !== undefined)
  const seen = combine(noProtection(), ...known)
  const declared = new Map(
    (policy?.required_checks ?? []).map((c) =>
      typeof c === 'string' ? [c, undefined] : [c.context, c.app_id]
    )
  )
  const out: ReportCheck[] = []
  // One entry per context and app: two apps pinned to one context must both report it.
  const entries = new Map<string, Entry>()
  for (const c of seen.requiredChecks) {
    entries.set(`${c.context}\u0000${c.integrationId ?? ''}`, {
      ctx: c.context,
      ...(c.integrationId !== undefined ? { integrationId: c.integrationId } : {}),
      where: `required by ${[...new Set(c.origins.map(describeOrigin))].join(', ')}`
    })
  }
  for (const [ctx, appId] of declared) {
    if (![...entries.values()].some((e) => e.ctx === ctx))
      entries.set(`${ctx}\u0000${appId ?? ''}`, {
        ctx,
        ...(appId !== undefined ? { integrationId: appId } : {}),
        where: 'declared in the policy'
      })
  }
  const queue: QueueFacts = {
    required: seen.mergeQueue.value,
    where: [...new Set(seen.mergeQueue.origins.map(describeOrigin))].join(', '),
    unknown: v.rules === undefined
  }
  const ctx: Context = { branch, declared, names, actionsAppId, queue, repository }
  for (const [, info] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    out.push(judgeContext(info, ctx))
  if (known.length === 0) {
    out.push({
      id: `${branch}/required-checks-visible`,
      status: 'unverified',
      message: `which checks are required on ${branch} could not be read: ${v.unknown.map((u) => `${u.source}: ${u.reason}`).join('; ')}`,
      unlock: v.unknown.map((u) => u.unlock).join('; ')
    })
  } else if (v.unknown.length > 0) {
    out.push({
      id: `${branch}/required-checks-visible`,
      status: 'unverified',
      message: `${v.unknown.map((u) => u.source).join(' and ')} could not be read, so ${branch} may require checks not listed here (${v.unknown.map((u) => u.reason).join('; ')})`,
      unlock: v.unknown.map((u) => u.unlock).join('; ')
    })
  }
  return out
}

interface Entry {
  ctx: string
  integrationId?: number
  where: string
}

interface QueueFacts {
  /** A ruleset makes the branch merge through a merge queue. */
  required: boolean
  where: string
  /** The rulesets could not be read, so whether there is a merge queue is not known. */
  unknown: boolean
}

interface Context {
  branch: string
  declared: Map<string, number | undefined>
  names: CheckNames
  actionsAppId: number
  queue: QueueFacts
  repository: string | undefined
}

function judgeContext(info: Entry, c: Context): ReportCheck {
  const { branch, actionsAppId } = c
  const otherApp = info.integrationId !== undefined && info.integrationId !== actionsAppId
  const id = `${branch}/producible:${info.ctx}${otherApp ? `@${info.integrationId}` : ''}`
  if (otherApp) return judgeOtherApp(id, info, c)
  const wanted = c.declared.get(info.ctx)
  if (info.integrationId === undefined && wanted !== undefined && wanted !== actionsAppId) {
    return {
      id,
      status: 'passed',
      message: `'${info.ctx}' may come from any app, and the policy declares app ${wanted} reports it (${info.where})`,
      observed: { app_id: wanted }
    }
  }
  return judgeWorkflows(id, info, c)
}

/**
 * A check pinned to another app than GitHub Actions: only that app's report counts (REST API
 * "Repository rulesets": `required_status_checks[].integration_id`; docs "About protected
 * branches": a status check from another app is not accepted), so no workflow job can satisfy it.
 */
function judgeOtherApp(id: string, info: Entry, c: Context): ReportCheck {
  const app = info.integrationId as number
  const wanted = c.declared.get(info.ctx)
  const makers = c.names.checks.filter((p) => p.name === info.ctx)
  if (wanted === app) {
    return {
      id,
      status: 'passed',
      message: `'${info.ctx}' is reported by app ${app}, not by a workflow, as the policy declares (${info.where})`,
      observed: { app_id: app }
    }
  }
  if (wanted !== undefined) {
    return {
      id,
      status: 'failed',
      message: `'${info.ctx}' is accepted only from app ${app} (${info.where}), but the policy declares it from ${appName(wanted, c.actionsAppId)}: that app's report will never satisfy it`,
      observed: { app_id: app },
      remediation: `pin '${info.ctx}' to ${appName(wanted, c.actionsAppId)} in the rule, or declare it in the policy as { context: '${info.ctx}', app_id: ${app} }`
    }
  }
  if (makers.length > 0) {
    return {
      id,
      status: 'failed',
      message: `'${info.ctx}' is accepted only from app ${app} (${info.where}), but it is made by ${makers.map(describeProducer).join(', ')}, which reports as GitHub Actions (app ${c.actionsAppId}): that report never satisfies the rule`,
      observed: { app_id: app },
      location: {
        file: makers[0]?.workflow ?? '',
        ...(makers[0]?.line ? { line: makers[0].line } : {})
      },
      remediation: `pin '${info.ctx}' to GitHub Actions (${c.actionsAppId}) or to any app in the rule; if app ${app} reports it too, declare it in the policy as { context: '${info.ctx}', app_id: ${app} }`
    }
  }
  return {
    id,
    status: 'unverified',
    message: `'${info.ctx}' must come from app ${app}, not from a workflow; gonogo cannot see whether that app reports it (${info.where})`,
    unlock: `declare it in the policy as { context: '${info.ctx}', app_id: ${app} } to accept that app as its producer`
  }
}

function appName(appId: number, actionsAppId: number): string {
  return appId === actionsAppId ? `GitHub Actions (app ${appId})` : `app ${appId}`
}

interface NeedVerdict {
  need: Need
  reach: Reach
  /** Jobs whose names are not known but could be this one, for this need. */
  unknown: Unresolved[]
}

/** A check GitHub Actions may report: which jobs reach each thing a merge waits for. */
function judgeWorkflows(id: string, info: Entry, c: Context): ReportCheck {
  const { branch } = c
  const makers = c.names.checks.filter((p) => p.name === info.ctx)
  const needs: Need[] = c.queue.required ? ['pull_request', 'merge_group'] : ['pull_request']
  const verdicts = needs.map((need) => verdictFor(need, info.ctx, makers, c))
  const pr = verdicts[0] as NeedVerdict
  if (makers.length === 0 && pr.unknown.length === 0) return noMaker(id, info, c)
  const location =
    makers[0] !== undefined
      ? {
          location: {
            file: makers[0].workflow,
            ...(makers[0].line ? { line: makers[0].line } : {})
          }
        }
      : {}
  const failed = verdicts.filter((v) => v.reach.reach === 'never' && v.unknown.length === 0)
  if (failed.length > 0) {
    const f = failed[0] as NeedVerdict
    const why =
      f.reach.reach === 'never' && f.reach.why.length > 0
        ? f.reach.why
        : pr.unknown.map(
            (u) =>
              `${u.workflow} job ${u.job}, whose name could be '${info.ctx}', does not run for \`${f.need}\`${u.on ? ` (its \`on:\` is at line ${u.on.line})` : ''}`
          )
    const onPr = f.need === 'pull_request'
    const skipped = f.reach.reach === 'never' && f.reach.skipped === true
    return {
      id,
      status: 'failed',
      message: skipped
        ? `'${info.ctx}' (${info.where}) never runs ${onPr ? `on a pull request into ${branch}` : `on the merge group of ${branch}'s merge queue (${c.queue.where})`}: ${why.join('; ')}. GitHub reports a job skipped by its if: as Success, and a skipped matrix job only under its unexpanded name (${SKIPPED_DOCS}), so the requirement either passes without anything running or waits forever`
        : onPr
          ? `'${info.ctx}' (${info.where}) is never reported on a pull request into ${branch}, so every merge would wait for it forever: ${why.join('; ')}`
          : `'${info.ctx}' (${info.where}) is never reported on the merge group of ${branch}'s merge queue (${c.queue.where}), so every merge through the queue fails waiting for it (${MERGE_QUEUE_DOCS}): ${why.join('; ')}`,
      ...location,
      remediation: skipped
        ? `let the job run ${onPr ? 'on pull requests' : 'on merge groups'} (its if: is false there), or stop requiring '${info.ctx}'`
        : onPr
          ? `make a job that reports '${info.ctx}' run on pull requests into ${branch} (\`on: pull_request\` with filters that let ${branch} through), or stop requiring '${info.ctx}'`
          : `add \`merge_group\` to the \`on:\` of the workflow that reports '${info.ctx}' (${[
              ...makers.map((m) => m.workflow),
              ...pr.unknown.map((u) => u.workflow)
            ]
              .filter(uniq)
              .join(', ')})`
    }
  }
  const doubts = verdicts.filter((v) => v.reach.reach !== 'always')
  const queueUnknown =
    c.queue.unknown &&
    bestReach(makers.map((m) => reachOf(m, 'merge_group', opts(c)))).reach !== 'always'
  if (doubts.length === 0 && !queueUnknown) {
    return {
      id,
      status: 'passed',
      message: `'${info.ctx}' is reported on every pull request into ${branch}${c.queue.required ? ' and on its merge queue' : ''} by ${reachingMakers(makers, needs, c).join(', ')} (${info.where})`,
      ...location
    }
  }
  const reasons: string[] = []
  let paths = false
  let other = queueUnknown
  let unnamed = false
  for (const d of doubts) {
    const on = d.need === 'pull_request' ? 'on pull requests' : "on the merge queue's merge groups"
    if (d.reach.reach === 'sometimes') {
      reasons.push(`${on}, not always: ${d.reach.why.join('; ')}`)
      if (d.reach.paths) paths = true
      else other = true
    } else if (d.reach.reach === 'never' && makers.length > 0)
      reasons.push(`${on} never by the jobs known to make it: ${d.reach.why.join('; ')}`)
    if (d.unknown.length > 0) unnamed = true
    if (d.unknown.length > 0)
      reasons.push(
        `${on} possibly by ${d.unknown.length} job(s) whose names cannot be worked out before the run and could be '${info.ctx}': ${d.unknown
          .slice(0, 3)
          .map(
            (u) =>
              `${u.workflow}${u.job ? ` job ${u.job}` : ''}${u.names ? ` named "${u.names.shown}"` : ''} (${u.reason})`
          )
          .join('; ')}`
      )
  }
  if (queueUnknown)
    reasons.push(
      `the rulesets of ${branch} could not be read, so whether it merges through a merge queue (where the check must also be reported on \`merge_group\`) is not known`
    )
  return {
    id,
    status: 'unverified',
    message: `'${info.ctx}' (${info.where}) is not certain to be reported wherever a merge into ${branch} waits for it: ${reasons.join('; ')}`,
    ...location,
    unlock: [
      ...(paths
        ? [
            `${SKIPPED_DOCS}: a workflow skipped by a path filter leaves its checks Pending and blocks the merge, while a job skipped by its if: reports Success. Either run the workflow on every pull request and skip the job with a job-level if: (on the files a preceding job finds changed), or keep the filter and add a workflow that runs when it skips, with a job reporting '${info.ctx}'`
          ]
        : []),
      ...(other
        ? [
            `make sure '${info.ctx}' is reported in the cases named above (${SKIPPED_DOCS}: a workflow that does not run leaves its checks Pending)`
          ]
        : []),
      ...(unnamed
        ? [
            `the names of the jobs named above are only known when their workflow runs: check on a recent pull request that one of them reports '${info.ctx}'`
          ]
        : [])
    ].join('; ')
  }
}

function verdictFor(need: Need, name: string, makers: ProducedCheck[], c: Context): NeedVerdict {
  const reach = bestReach(makers.map((m) => reachOf(m, need, opts(c))))
  const unknown =
    reach.reach === 'always'
      ? []
      : c.names.unresolved.filter((u) => couldMake(u, name, need, c.branch))
  return { need, reach, unknown }
}

function opts(c: Context): { base: string; repository?: string } {
  return { base: c.branch, ...(c.repository !== undefined ? { repository: c.repository } : {}) }
}

/** The makers that reach every need, described (all makers when none alone does). */
function reachingMakers(makers: ProducedCheck[], needs: Need[], c: Context): string[] {
  const all = makers.filter((m) => needs.every((n) => reachOf(m, n, opts(c)).reach === 'always'))
  return (all.length > 0 ? all : makers).map(describeProducer)
}

/** No job makes the name, and no job with an unknown name could. */
function noMaker(id: string, info: Entry, c: Context): ReportCheck {
  const producible = [...new Set(c.names.checks.map((p) => p.name))]
  const close = closestNames(info.ctx, producible)
  const refused = c.names.unresolved.filter(
    (u) => u.names?.alternatives.length === 0 && u.job === ''
  )
  return {
    id,
    status: 'failed',
    message: `no workflow job produces '${info.ctx}' (${info.where}): every merge into ${c.branch} would wait for it forever${close.length ? `; closest producible names: ${close.map((n) => `'${n}'`).join(', ')}` : ''}${refused.length ? `; GitHub would run none of ${refused.map((u) => u.workflow).join(', ')} (${refused.map((u) => u.reason).join('; ')})` : ''}`,
    remediation: `rename the required check to what a job reports (see \`npx gonogo check-names\`), or add a job that reports '${info.ctx}'`
  }
}

function uniq<T>(x: T, i: number, all: readonly T[]): boolean {
  return all.indexOf(x) === i
}
