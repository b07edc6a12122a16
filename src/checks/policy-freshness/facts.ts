import type { WorkflowFile } from '../check-names.js'

/** What the gatherer observed: review dates, last commits, workflow texts. Plain data. */

export type ReviewMark =
  | { ok: true; date: string; file: string; line?: number; source: 'metadata' | 'manifest' }
  | { ok: false; value: string; file: string; line?: number; source: 'metadata' | 'manifest' }

export type LastCommit =
  { ok: true; date: string; sha: string } | { ok: false; message: string; unlock: string }

export interface PolicyFacts {
  path: string
  maxAgeDays: number
  /** Why the path cannot be judged (missing, outside the workspace, unreadable). */
  problem?: { message: string; remediation: string }
  /** The review date written in the policy, when there is one (the latest of several). */
  review?: ReviewMark
  /** Only looked up when the policy carries no review date. */
  commit?: LastCommit
}

export interface PolicyFreshnessFacts {
  policies: PolicyFacts[]
  /** Every workflow in .github/workflows plus the declared ones, sorted by path. */
  workflows: WorkflowFile[]
  /** Declared workflow files that could not be found. */
  missingWorkflows: string[]
}
