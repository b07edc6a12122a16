/** Facts read from Actions history and the ci-trend settings. */

export type Outcome = 'passed' | 'failed' | 'cancelled' | 'skipped' | 'other'

/** GitHub job conclusions, as ci-trend counts them. */
export function outcomeOf(conclusion: string | null | undefined): Outcome {
  switch (conclusion) {
    case 'success':
      return 'passed'
    case 'failure':
    case 'timed_out':
    case 'startup_failure':
      return 'failed'
    case 'cancelled':
      return 'cancelled'
    case 'skipped':
      return 'skipped'
    default:
      return 'other'
  }
}

export interface JobAttempt {
  attempt: number
  conclusion: string | null
  /** Seconds, when both timestamps exist. */
  duration?: number
}

/** One run of a declared workflow and what each of its jobs did, per attempt. */
export interface RunFacts {
  workflow: string
  id: number
  number: number
  head_sha: string
  created_at: string
  attempts: number
  /** Job name → its attempts, oldest first. */
  jobs: Record<string, JobAttempt[]>
}

export interface WorkflowFacts {
  workflow: string
  /** Why its history could not be read, when it could not. */
  problem?: {
    status: 'failed' | 'unverified'
    message: string
    unlock?: string
    remediation?: string
  }
  runs: RunFacts[]
}

export interface Slo {
  min_pass_rate: number
  min_samples: number
  max_flaky_rate: number
  /** Failures the window may hold. */
  error_budget: number
}

export interface JobSpec {
  workflow: string
  /** The job's check name, or a glob over names (`test (*)`). */
  job: string
  slo?: Partial<Slo>
}

export interface CiTrendSettings {
  branch?: string
  event?: string
  window: number
  jobs: JobSpec[]
  slo: Slo
}

export const DEFAULT_SLO: Slo = {
  min_pass_rate: 90,
  min_samples: 10,
  max_flaky_rate: 10,
  error_budget: 2
}
export const DEFAULT_WINDOW = 20
