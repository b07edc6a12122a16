import type { ReportStatus } from '../core/status.js'

/**
 * Counts and statuses as the organisation modes word them in logs and job summaries (the action's
 * org-step.ts and `gonogo org`, cli/org.ts): pure, so both say the same.
 */

/** `1 repository`, `2 repositories`. */
export function repositories(n: number): string {
  return `${n} ${n === 1 ? 'repository' : 'repositories'}`
}

/** `1 shard`, `2 shards`. */
export function shardCount(n: number): string {
  return `${n} ${n === 1 ? 'shard' : 'shards'}`
}

/** `1 API request`, `2 API requests`. */
export function requestCount(n: number): string {
  return `${n} API ${n === 1 ? 'request' : 'requests'}`
}

/** The worst status: failed, then unverified, then passed; nothing at all is unverified. */
export function orgStatus(statuses: Iterable<ReportStatus>): ReportStatus {
  let seen = false
  let worst: ReportStatus = 'passed'
  for (const s of statuses) {
    seen = true
    if (s === 'failed') return 'failed'
    if (s !== 'passed') worst = 'unverified'
  }
  return seen ? worst : 'unverified'
}
