import type { BranchPolicy } from '../core/policy.js'
import { combine, describeOrigin, noProtection, type Protection } from '../core/protection.js'
import type { ReportCheck } from '../core/report.js'
import type { BranchFacts } from './branch-facts.js'
import { views } from './branch-protection.js'
import { closestNames, type CheckNames } from './check-names.js'

/** The GitHub Actions app: checks it reports come from workflow jobs. */
export const GITHUB_ACTIONS_APP_ID = 15368

/**
 * Every check required on a branch must be producible by some workflow job; a required check
 * that nothing produces blocks every merge forever. Checks the policy declares must be
 * producible too.
 */
export function checkProducible(
  branch: string,
  policy: BranchPolicy | undefined,
  facts: BranchFacts,
  names: CheckNames,
  /** GitHub Actions' app id on this server (15368 on github.com; GHES differs). */
  actionsAppId = GITHUB_ACTIONS_APP_ID
): ReportCheck[] {
  const v = views(facts)
  const known = [v.rules, v.classic].filter((p): p is Protection => p !== undefined)
  const seen = combine(noProtection(), ...known)
  const declared = new Map(
    (policy?.required_checks ?? []).map((c) =>
      typeof c === 'string' ? [c, undefined] : [c.context, c.app_id]
    )
  )
  const producible = [...new Set(names.checks.map((c) => c.name))]
  const out: ReportCheck[] = []
  // One entry per context and app: two apps pinned to one context must both report it.
  const entries = new Map<string, { ctx: string; integrationId?: number; where: string }>()
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
  for (const [, info] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.push(judgeContext(branch, info.ctx, info, declared, names, producible, actionsAppId))
  }
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

function judgeContext(
  branch: string,
  ctx: string,
  info: { integrationId?: number; where: string },
  declared: Map<string, number | undefined>,
  names: CheckNames,
  producible: string[],
  actionsAppId: number
): ReportCheck {
  const id = `${branch}/producible:${ctx}${info.integrationId !== undefined && info.integrationId !== actionsAppId ? `@${info.integrationId}` : ''}`
  if (info.integrationId !== undefined && info.integrationId !== actionsAppId) {
    if (declared.has(ctx) && declared.get(ctx) === info.integrationId) {
      return {
        id,
        status: 'passed',
        message: `'${ctx}' is reported by app ${info.integrationId}, not by a workflow, as the policy declares (${info.where})`,
        observed: { app_id: info.integrationId }
      }
    }
    return {
      id,
      status: 'unverified',
      message: `'${ctx}' must come from app ${info.integrationId}, not from a workflow; gonogo cannot see whether that app reports it (${info.where})`,
      unlock: `declare it in the policy as { context: '${ctx}', app_id: ${info.integrationId} } to accept that app as its producer`
    }
  }
  const producers = names.checks.filter((c) => c.name === ctx)
  if (producers.length > 0) {
    const p = producers[0]
    return {
      id,
      status: 'passed',
      message: `'${ctx}' is produced by ${producers.map((x) => `${x.workflow} job ${x.job}`).join(', ')} (${info.where})`,
      ...(p ? { location: { file: p.workflow, ...(p.line ? { line: p.line } : {}) } } : {})
    }
  }
  if (names.unresolved.length > 0) {
    return {
      id,
      status: 'unverified',
      message: `no workflow job is known to produce '${ctx}' (${info.where}), but ${names.unresolved.length} job name(s) cannot be worked out statically: ${names.unresolved
        .slice(0, 3)
        .map((u) => `${u.workflow}${u.job ? ` job ${u.job}` : ''} (${u.reason})`)
        .join('; ')}`,
      unlock:
        'give those jobs a static name:, or run `npx gonogo check-names` to see what the workflows produce'
    }
  }
  const close = closestNames(ctx, producible)
  return {
    id,
    status: 'failed',
    message: `no workflow job produces '${ctx}' (${info.where}): every merge into ${branch} would wait for it forever${close.length ? `; closest producible names: ${close.map((n) => `'${n}'`).join(', ')}` : ''}`,
    remediation: `rename the required check to what a job reports (see \`npx gonogo check-names\`), or add a job that reports '${ctx}'`
  }
}
