import type { ExecutiveSummary } from '../core/decision.js'
import { scrubSecrets } from '../core/secrets.js'
import { capLength } from './escape.js'

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  title: string
  message: string
}

export interface CheckRunOutput {
  conclusion: 'success' | 'neutral' | 'failure'
  title: string
  summary: string
  annotations: Annotation[]
}

/** GitHub caps a check run's annotations at 50 per request; we send at most this many in all. */
export const MAX_ANNOTATIONS = 500

/**
 * Check-run conclusion, title and annotations (file and line from each finding that has one).
 * Registered secrets (src/core/secrets.ts) are masked in every text, before it is capped.
 */
export function checkRunOutput(s: ExecutiveSummary, summaryMarkdown: string): CheckRunOutput {
  const annotations: Annotation[] = []
  for (const r of s.controls) {
    if (r.outcome === 'passed') continue
    for (const f of r.findings) {
      if (!f.location || annotations.length >= MAX_ANNOTATIONS) continue
      const line = f.location.line ?? 1
      annotations.push({
        path: scrubSecrets(f.location.file.replace(/^\.\//, '')),
        start_line: line,
        end_line: line,
        annotation_level: r.outcome === 'failed' && f.status === 'failed' ? 'failure' : 'warning',
        title: capLength(scrubSecrets(`${r.id}: ${f.id}`), 255),
        message: capLength(
          scrubSecrets(`${f.message}${f.remediation ? `\n${f.remediation}` : ''}`),
          64000
        )
      })
    }
  }
  const conclusion =
    s.decision === 'go' ? 'success' : s.decision === 'conditional-go' ? 'neutral' : 'failure'
  return {
    conclusion,
    title: capLength(
      `${s.decision}: ${s.counts.high} high, ${s.counts.medium} medium, ${s.counts.low} waived`,
      255
    ),
    summary: capLength(scrubSecrets(summaryMarkdown), 65000),
    annotations
  }
}
