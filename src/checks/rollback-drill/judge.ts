/**
 * rollback-drill's judgement, pure: for each environment, the last rollback in its promotion
 * history must be recent (`max_age_days`), must have recovered within the objective
 * (`recovery_objective_minutes`, from the rollback's start to its success) and must have been
 * followed by a successful promotion. The history is verified as a chain first
 * (`verifyChain`, core/promotion.ts): a broken history proves no drill.
 *
 * Times: a record's start is the deployment's `created_at` (GitHub), else its `promoted_at` (the
 * state folder); its completion is its first `success` status (GitHub) or its record file's
 * modification time (the state folder). The age of a drill is counted from its start: a time the
 * history itself holds (a file's modification time is reset by a checkout, a copy or `touch`, and
 * must never make an old drill look recent). A record file's time is taken as its completion only
 * when it is not later than the next record's `promoted_at` nor than the effective time (the
 * records are written one after another; a later time means the file was rewritten or checked
 * out since, and the recovery time is unknown). Deployments completed after the effective time,
 * and records of the state folder started after it, are left out, so the same effective time
 * gives the same judgement.
 */
import {
  DEPLOYMENTS_READ_PERMISSION,
  type PromotionEntry,
  type PromotionSource
} from '../../core/facts-runtime.js'
import { verifyChain, type PromotionRecord } from '../../core/promotion.js'
import type { ReportCheck } from '../../core/report.js'
import { DAY_MS } from '../../core/time.js'
import type { DrillFacts } from './gather.js'
import type { RollbackDrillSettings } from './settings.js'

const MINUTE_MS = 60_000

/** One record with the times the judgement uses (ms). */
interface Timed {
  record: PromotionRecord
  where: string
  start: number
  end: number | undefined
  /** The state folder: the file time not taken as the completion, and why. */
  distrusted?: { at: number; why: string }
}

/** What the report's facts hold per environment. */
export interface DrillFigures {
  environment: string
  store: string
  /** Records at or before the effective time (null when the history could not be read). */
  records: number | null
  last_rollback: {
    record: number
    digest: string
    where: string
    bundle: string
    started_at: string
    completed_at: string | null
    /** Days from its start to the effective time. */
    age_days: number | null
    recovery_minutes: number | null
  } | null
  followed_by: { record: number; where: string; bundle: string } | null
}

export interface DrillJudgement {
  checks: ReportCheck[]
  environments: DrillFigures[]
}

const iso = (t: number): string => new Date(t).toISOString()
const oneDecimal = (n: number): number => Math.round(n * 10) / 10

/** How each source names a rollback's start and end, for messages. */
function timeWords(source: PromotionSource): { start: string; end: string } {
  return source === 'deployments'
    ? { start: 'its deployment was created', end: 'its first success status' }
    : { start: 'its promoted_at', end: 'its record file was written' }
}

/** The unlock for an environment with no history: what records one, and the permission. */
function noHistoryUnlock(source: PromotionSource, state: string): string {
  return source === 'deployments'
    ? `promote through action-release-bundle (mode: promote) and rehearse a rollback (mode: rollback); the gate reads them with a token with "${DEPLOYMENTS_READ_PERMISSION}" (if the history is in the CLI's state folder instead, set checks.rollback-drill.store: local)`
    : `record promotions and a rollback drill with \`gonogo promote\` / \`gonogo rollback --state ${state}\`, or read GitHub deployments instead (checks.rollback-drill.store: deployments, with a token with "${DEPLOYMENTS_READ_PERMISSION}")`
}

/**
 * The checks of every environment, in the order of `facts.environments`, and the figures behind
 * them. Check ids: `<env>/history`, `<env>/last-rollback`, `<env>/age`, `<env>/recovery`,
 * `<env>/followed`. Never throws.
 *
 * @param effectiveTime milliseconds; the only clock read
 */
export function judgeDrills(
  facts: DrillFacts,
  settings: RollbackDrillSettings,
  effectiveTime: number
): DrillJudgement {
  const checks: ReportCheck[] = []
  const environments: DrillFigures[] = []
  for (const { environment, answer } of facts.environments) {
    const figures: DrillFigures = {
      environment,
      store: answer.describe,
      records: null,
      last_rollback: null,
      followed_by: null
    }
    environments.push(figures)
    const id = (name: string): string => `${environment}/${name}`
    if (!answer.ok) {
      const needs = answer.permission ? ` (reading it needs "${answer.permission}")` : ''
      checks.push({
        id: id('history'),
        status: 'unverified',
        message: `${environment}: the promotion history in ${answer.describe} could not be read: ${answer.reason}${needs}`,
        unlock: answer.unlock
      })
      continue
    }
    const chain = verifyChain(
      environment,
      answer.entries.map((e) => ({ where: e.where, record: e.record }))
    )
    if (!chain.ok) {
      const where = chain.broken?.where ?? '?'
      const unreadable = unreadableReason(answer.entries.find((e) => e.where === where)?.record)
      checks.push({
        id: id('history'),
        status: 'failed',
        message: `${environment}: the promotion history in ${answer.describe} is broken at ${where}: ${unreadable !== undefined ? `the record cannot be read (${unreadable.slice(0, 300)})` : (chain.broken?.message ?? '')}; it proves no drill`,
        remediation:
          'find who changed or removed the record and restore it (a broken history also blocks every promotion)'
      })
      continue
    }
    const all = timedRecords(chain.records, answer.entries, answer.source, effectiveTime)
    const undated = all.find((t) => !Number.isFinite(t.start))
    if (undated) {
      // Left out, it could hide the last rollback and let an older drill stand for it.
      checks.push({
        id: id('history'),
        status: 'failed',
        message: `${environment}: record #${undated.record.sequence} (${undated.where}) in ${answer.describe} has no readable start time (promoted_at ${JSON.stringify(undated.record.promoted_at).slice(0, 80)}); it proves no drill`,
        remediation:
          'find who changed the record and restore it (its promoted_at must be an ISO 8601 UTC time)'
      })
      continue
    }
    const timed = all.filter(
      (t) => (answer.source === 'local' ? t.start : (t.end ?? t.start)) <= effectiveTime
    )
    figures.records = timed.length
    if (timed.length === 0) {
      checks.push({
        id: id('history'),
        status: 'unverified',
        message: `${environment}: no promotion recorded in ${answer.describe}${chain.records.length > 0 ? ` at or before ${iso(effectiveTime)}` : ''}, so no rollback drill can be shown`,
        unlock: noHistoryUnlock(facts.source, facts.state)
      })
      continue
    }
    checks.push({
      id: id('history'),
      status: 'passed',
      message: `${environment}: ${timed.length} record(s) in ${answer.describe}, the chain intact`
    })
    checks.push(
      ...judgeEnvironment(environment, timed, facts.source, settings, effectiveTime, figures)
    )
  }
  return { checks, environments }
}

/** `{ unreadable }` as the stores give a record they could not read: its reason. */
function unreadableReason(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined
  const keys = Object.keys(record)
  const reason = (record as { unreadable?: unknown }).unreadable
  return keys.length === 1 && typeof reason === 'string' ? reason : undefined
}

/**
 * Pairs each verified record with its entry's times (the chain keeps the entries' order). In the
 * state folder a record file's time later than the effective time, or than the next record's
 * `promoted_at` (the next promotion started only after this file was written), is no completion
 * time: it is kept in `distrusted` with why.
 */
function timedRecords(
  records: readonly PromotionRecord[],
  entries: readonly PromotionEntry[],
  source: PromotionSource,
  effectiveTime: number
): Timed[] {
  return records.map((record, i) => {
    const e = entries[i]
    const start = e?.startedAt ?? Date.parse(record.promoted_at)
    const t: Timed = {
      record,
      where: e?.where ?? `record ${record.sequence}`,
      start,
      end: e?.completedAt
    }
    if (source !== 'local' || t.end === undefined) return t
    const next = records[i + 1]
    const nextStart = next ? Date.parse(next.promoted_at) : Number.NaN
    if (t.end > effectiveTime) {
      return {
        ...t,
        end: undefined,
        distrusted: { at: t.end, why: `after the effective time ${iso(effectiveTime)}` }
      }
    }
    if (next && Number.isFinite(nextStart) && t.end > nextStart) {
      return {
        ...t,
        end: undefined,
        distrusted: {
          at: t.end,
          why: `after the promoted_at of the next record, #${next.sequence} (${iso(nextStart)}), so the file was rewritten or checked out since`
        }
      }
    }
    return t
  })
}

function judgeEnvironment(
  environment: string,
  timed: readonly Timed[],
  source: PromotionSource,
  settings: RollbackDrillSettings,
  now: number,
  figures: DrillFigures
): ReportCheck[] {
  const id = (name: string): string => `${environment}/${name}`
  const at = timed.findLastIndex((t) => t.record.kind === 'rollback')
  const last = timed[at]
  if (!last) {
    const head = timed[timed.length - 1] as Timed
    return [
      {
        id: id('last-rollback'),
        status: 'failed',
        message: `${environment}: none of its ${timed.length} record(s) is a rollback (the last is #${head.record.sequence}, ${head.where}): the rollback path was never rehearsed`,
        remediation: `rehearse one: roll ${environment} back (\`gonogo rollback --environment ${environment} --reason drill\` or action-release-bundle mode: rollback), then promote again`
      }
    ]
  }
  const r = last.record
  const label = `record #${r.sequence} (${last.where})`
  const words = timeWords(source)
  const ageDays = (now - last.start) / DAY_MS
  const recovery =
    last.end !== undefined && last.end >= last.start ? (last.end - last.start) / MINUTE_MS : null
  const after = timed.slice(at + 1).find((t) => t.record.kind === 'promotion')
  figures.last_rollback = {
    record: r.sequence,
    digest: r.digest,
    where: last.where,
    bundle: r.bundle.id,
    started_at: iso(last.start),
    completed_at: last.end !== undefined ? iso(last.end) : null,
    age_days: oneDecimal(ageDays),
    recovery_minutes: recovery === null ? null : oneDecimal(recovery)
  }
  figures.followed_by = after
    ? { record: after.record.sequence, where: after.where, bundle: after.record.bundle.id }
    : null
  const checks: ReportCheck[] = [
    {
      id: id('last-rollback'),
      status: 'passed',
      message: `${environment}: the last rollback is ${label}, back to bundle ${r.bundle.id}${r.reason ? ` (reason: ${r.reason.slice(0, 200)})` : ''}`,
      observed: { record: r.digest, where: last.where }
    }
  ]
  const maxAgeMs = settings.maxAgeDays * DAY_MS
  const young = now - last.start <= maxAgeMs
  checks.push({
    id: id('age'),
    status: young ? 'passed' : 'failed',
    message: `${environment}: the last rollback, ${label}, started ${iso(last.start)} (${words.start}), ${oneDecimal(ageDays)} days before ${iso(now)}, ${young ? 'within' : 'more than'} the ${settings.maxAgeDays} days checks.rollback-drill.max_age_days ${young ? 'allows' : 'allow'}`,
    wanted: settings.maxAgeDays,
    observed: oneDecimal(ageDays),
    ...(young
      ? {}
      : {
          remediation: `rehearse a rollback of ${environment} again (then promote forward): a drill older than ${settings.maxAgeDays} days no longer shows the path works`
        })
  })
  if (last.distrusted) {
    checks.push({
      id: id('recovery'),
      status: 'unverified',
      message: `${environment}: ${label} has no usable completion time: its record file was written ${iso(last.distrusted.at)}, ${last.distrusted.why}; its recovery time is unknown`,
      unlock: `rehearse the rollback of ${environment} again and judge the state folder as \`gonogo rollback\` left it (a clone or copy resets file times), or read the drill from GitHub deployments (checks.rollback-drill.store: deployments, with a token with "${DEPLOYMENTS_READ_PERMISSION}")`
    })
  } else if (last.end === undefined) {
    checks.push({
      id: id('recovery'),
      status: 'unverified',
      message: `${environment}: ${label} has no completion time (${words.end}), so its recovery time is unknown`,
      unlock:
        source === 'deployments'
          ? 'a deployment status `success` with a readable created_at (the promotion step sets it)'
          : 'the record file as `gonogo rollback` wrote it (its modification time is the completion)'
    })
  } else if (recovery === null) {
    checks.push({
      id: id('recovery'),
      status: 'unverified',
      message: `${environment}: ${label} says it completed (${words.end}, ${iso(last.end)}) before it started (${words.start}, ${iso(last.start)}); was it recorded with an effective time?`,
      unlock: `rehearse the rollback of ${environment} again without an effective time, so its times can be measured`
    })
  } else {
    const fast = last.end - last.start <= settings.recoveryObjectiveMinutes * MINUTE_MS
    checks.push({
      id: id('recovery'),
      status: fast ? 'passed' : 'failed',
      message: `${environment}: ${label} took ${oneDecimal(recovery)} minutes from its start (${words.start}, ${iso(last.start)}) to its success (${words.end}, ${iso(last.end)}), ${fast ? 'within' : 'more than'} the ${settings.recoveryObjectiveMinutes}-minute recovery objective`,
      wanted: settings.recoveryObjectiveMinutes,
      observed: oneDecimal(recovery),
      ...(fast
        ? {}
        : {
            remediation: `make the rollback of ${environment} faster (approvals waiting, a slow deploy job) and rehearse it again, or agree a longer checks.rollback-drill.recovery_objective_minutes`
          })
    })
  }
  checks.push(
    after
      ? {
          id: id('followed'),
          status: 'passed',
          message: `${environment}: record #${after.record.sequence} (${after.where}) promoted bundle ${after.record.bundle.id} after the rollback`,
          observed: { record: after.record.digest, where: after.where }
        }
      : {
          id: id('followed'),
          status: 'failed',
          message: `${environment}: nothing was promoted after its last rollback, ${label}: the drill never returned to the forward path`,
          remediation: `promote a fixed bundle to ${environment} through the corridor, so the drill ends where a real recovery would`
        }
  )
  return checks
}
