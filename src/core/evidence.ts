import type { ControlStatus, ReportStatus } from './status.js'
import type { SourceKind } from './policy.js'

/** One thing a report checked, as the gate keeps it. */
export interface Finding {
  id: string
  status: ReportStatus
  message: string
  location?: { file: string; line?: number; column?: number }
  remediation?: string
  unlock?: string
}

/** What the gate learned about one control from its source files. */
export interface Evidence {
  status: ControlStatus
  /** One sentence: why this status (names the file and what is wrong). */
  message: string
  kind: SourceKind
  pattern: string
  /** Workspace-relative files read, sorted. */
  files: string[]
  /** Findings that are not passed, worst first, capped. */
  findings: Finding[]
  findingsOmitted: number
  summary: Record<string, number>
  /** Set when the evidence passed but allows only a conditional go; says why. */
  conditional?: string
  /** Set when `unverified` may not be accepted with manual evidence (`allow_unverified`); says why. */
  refuseUnverified?: string
  /**
   * Every file read for this control (its sources, its `allow_unverified` evidence, the files its
   * built-in check read) with the SHA-256 of the bytes read, sorted by path; set by a logged gate.
   */
  inputs?: InputDigest[]
}

/** A file the decision rested on: workspace-relative POSIX path and SHA-256 (hex) of its bytes. */
export interface InputDigest {
  path: string
  sha256: string
}

export const MAX_FINDINGS_PER_CONTROL = 100

/** Keeps the non-passed findings, failed before unverified, in a stable order, capped. */
export function keepFindings(all: readonly Finding[]): { findings: Finding[]; omitted: number } {
  // Most reports pass: nothing to sort.
  if (all.every((f) => f.status === 'passed')) return { findings: [], omitted: 0 }
  const rank = (f: Finding): number => (f.status === 'failed' ? 0 : 1)
  const notPassed = all
    .filter((f) => f.status !== 'passed')
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f)
  return {
    findings: notPassed.slice(0, MAX_FINDINGS_PER_CONTROL),
    omitted: Math.max(0, notPassed.length - MAX_FINDINGS_PER_CONTROL)
  }
}

/** Adds the counts of `b` to `into`, key by key (for controls fed by several files); `into` is returned. */
export function addSummaries(
  into: Record<string, number>,
  b: Record<string, number>
): Record<string, number> {
  for (const [k, v] of Object.entries(b)) into[k] = (into[k] ?? 0) + v
  return into
}
