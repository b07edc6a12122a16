/**
 * The tracking issue's title and body, its timeline and recovery comments (issue 18). Every text
 * from the policy or a report (control ids, reasons, owners, runbooks) is escaped
 * (render/escape.ts); owners are mentioned only when they are exactly a user or team handle
 * (core/incidents.ts `ownerMention`). The hidden markers come first so the gate finds its own
 * issue and comments again. Pure: the same inputs give the same text.
 */
import type { ExecutiveSummary } from '../core/decision.js'
import {
  DATA_MARKER_PREFIX,
  INCIDENT_MARKER,
  markerLine,
  ownerMention,
  POSTMORTEM_MARKER,
  PUSH_MARKER_PREFIX,
  RECOVERED_MARKER_PREFIX,
  type FirstFailing,
  type IncidentOpening,
  type IncidentPush,
  type IncidentReason
} from '../core/incidents.js'
import { capLength, code, escapeText, safeLink } from './escape.js'

/** Blocker rows listed in the issue body at most; the rest are counted. */
const MAX_ROWS = 50

/**
 * The longest issue body written, in UTF-16 code units (what JavaScript's `length` counts): GitHub
 * refuses a body over 65,536 characters (422 "body is too long"), and a refused body would leave
 * the incident unopened. Rows that do not fit are counted instead, whatever their length.
 */
export const MAX_BODY_CHARS = 60_000

/** Trigger controls named in the issue text and its hidden data at most. */
const MAX_TRIGGERS = 20

/** GitHub refuses issue titles over 256 characters. */
const MAX_TITLE = 200

/** `Incident: <first failing control> failing on <branch>` (plain text: titles render no Markdown). */
export function incidentTitle(first: FirstFailing | undefined, branch: string): string {
  const what = first ? `${first.control} failing` : 'gate failing'
  // Titles are plain text, but a mention or #reference would still notify or link in lists.
  const plain = `Incident: ${what} on ${branch}`
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/@/g, '@\u200b')
    .replace(/#/g, '#\u200b')
  return capLength(plain, MAX_TITLE)
}

/** Where links point: the commit and run URLs, the blob base for relative runbooks. */
export interface IncidentLinks {
  commitUrl: string
  runUrl: string | null
  blobBase?: string
}

function reasonText(r: IncidentReason): string {
  switch (r.kind) {
    case 'no-go':
      return 'the gate decided no-go'
    case 'trigger': {
      const named = r.controls.slice(0, MAX_TRIGGERS).map((c) => code(c, 80))
      const more = r.controls.length - named.length
      return `incident trigger${r.controls.length === 1 ? '' : 's'} failed: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
    }
    case 'ci-trend':
      return `ci-trend breached its SLO in ${r.windows} consecutive windows`
  }
}

function owner(o: string | null): string {
  if (o === null) return '—'
  return ownerMention(o) ?? escapeText(o, 80)
}

function runbook(r: string | null, blobBase?: string): string {
  return r === null ? '—' : safeLink('runbook', r, blobBase)
}

/**
 * The opening data as the issue keeps it: the first failing control's id and reason capped (a
 * report's reason may be any length) and at most {@link MAX_TRIGGERS} trigger controls, so the
 * hidden data cannot push the body over GitHub's limit.
 */
export function cappedOpening(opening: IncidentOpening): IncidentOpening {
  const f = opening.first_control
  return {
    ...opening,
    first_control: f
      ? {
          control: capLength(f.control, 200),
          severity: f.severity,
          reason: capLength(f.reason, 300)
        }
      : null,
    reasons: opening.reasons.map((r) =>
      r.kind === 'trigger'
        ? {
            kind: 'trigger',
            controls: r.controls.slice(0, MAX_TRIGGERS).map((c) => capLength(c, 200))
          }
        : r
    )
  }
}

/**
 * The issue body: marker and hidden opening data, why it is an incident, the first failing
 * control, the blocker register (severity, control, owner, runbook, reason), the commit and run,
 * the immediate actions, and the postmortem checklist the recovery reads back. At most
 * {@link MAX_BODY_CHARS} characters: blocker rows past {@link MAX_ROWS} or past that length are
 * counted, not listed.
 */
export function incidentBody(
  summary: ExecutiveSummary,
  opening: IncidentOpening,
  links: IncidentLinks
): string {
  const data = cappedOpening(opening)
  const first = data.first_control
  const head = [
    INCIDENT_MARKER,
    markerLine(DATA_MARKER_PREFIX, data),
    '',
    `**Why:** ${opening.reasons.map(reasonText).join('; ')}.`,
    '',
    first
      ? `**First failing control:** ${code(first.control, 80)} (${first.severity}): ${escapeText(first.reason, 300)}`
      : '**First failing control:** none named by the gate.',
    '',
    `**Commit:** [${opening.push.sha.slice(0, 12)}](${links.commitUrl}) · **Decision:** ${opening.push.decision}${links.runUrl ? ` · [gate run](${links.runUrl})` : ''}`,
    '',
    '### Blocker register',
    '',
    '| Severity | Control | Owner | Runbook | Reason |',
    '| --- | --- | --- | --- | --- |'
  ]
  const tail = [
    '',
    '### Immediate actions',
    '',
    '1. Merges into the default branch are frozen while this issue is open, except pull requests carrying the fix label.',
    '2. Fix the first failing control and re-run the gate on the default branch.',
    '3. Write down the cause and the corrective action below: the gate closes this issue on recovery only when both are filled in.',
    '',
    POSTMORTEM_MARKER,
    '### Postmortem',
    '',
    '- [ ] Cause: <!-- write the cause after the colon -->',
    '- [ ] Corrective action: <!-- write the corrective action after the colon -->',
    ''
  ]
  // Room for the rows: the body without them, and the longest "…and N more" line.
  let room =
    MAX_BODY_CHARS -
    [...head, ...tail].join('\n').length -
    `\n\n…and ${summary.blockers.length} more blockers (see the gate run's executive summary).\n`
      .length
  const rows: string[] = []
  for (const b of summary.blockers.slice(0, MAX_ROWS)) {
    const row = `| ${b.severity} | ${code(b.control, 80)} | ${owner(b.owner)} | ${runbook(b.runbook, links.blobBase)} | ${escapeText(b.reason, 300)} |`
    if (row.length + 1 > room) break
    rows.push(row)
    room -= row.length + 1
  }
  const more = summary.blockers.length - rows.length
  return [
    ...head,
    ...(rows.length > 0 || more > 0 ? rows : ['| — | — | — | — | no blockers recorded |']),
    ...(more > 0 ? ['', `…and ${more} more blockers (see the gate run's executive summary).`] : []),
    ...tail
  ].join('\n')
}

/**
 * A failing push on an open incident: a timeline comment with its commit, decision and blockers.
 * `reopened`: a person had closed the incident while the default branch still failed, and the
 * gate reopened it (one incident, one issue; the freeze applies again).
 */
export function timelineComment(
  summary: ExecutiveSummary,
  push: IncidentPush,
  first: FirstFailing | undefined,
  links: IncidentLinks,
  o: { reopened?: boolean } = {}
): string {
  const top = summary.blockers
    .slice(0, 10)
    .map((b) => `- ${b.severity} ${code(b.control, 80)}: ${escapeText(b.reason, 200)}`)
  return [
    markerLine(PUSH_MARKER_PREFIX, push),
    `Still failing at [${push.sha.slice(0, 12)}](${links.commitUrl}): **${push.decision}**${links.runUrl ? ` ([gate run](${links.runUrl}))` : ''}.`,
    ...(o.reopened
      ? [
          '',
          'Reopened: this incident was closed while the default branch was still failing. It closes when a push passes again (merges stay frozen until then, except pull requests carrying the fix label).'
        ]
      : []),
    ...(first
      ? ['', `First failing control: ${code(first.control, 80)} (${first.severity}).`]
      : []),
    ...(top.length > 0 ? ['', ...top] : []),
    ''
  ].join('\n')
}

/**
 * The recovery comment: the recovering commit, and what happens to the issue: `close` (cause and
 * corrective action written), `label` (labelled needs-postmortem, left open), `closed-by-hand`
 * (a person closed it before the branch recovered; only the recovery is recorded).
 */
export function recoveryComment(
  push: IncidentPush,
  links: IncidentLinks,
  outcome: 'close' | 'label' | 'closed-by-hand'
): string {
  return [
    markerLine(RECOVERED_MARKER_PREFIX, push),
    `Recovered at [${push.sha.slice(0, 12)}](${links.commitUrl}): **${push.decision}**${links.runUrl ? ` ([gate run](${links.runUrl}))` : ''}.${outcome === 'closed-by-hand' ? '' : ' The merge freeze is lifted.'}`,
    '',
    outcome === 'close'
      ? 'Cause and corrective action are written: closing this incident.'
      : outcome === 'label'
        ? 'Cause and corrective action are not both written yet: labelled `needs-postmortem` and left open. Fill in the postmortem checklist above, then close this issue.'
        : 'This incident was closed before the default branch recovered; the recovering commit is recorded here. If cause or corrective action is missing from the checklist above, the `incidents` release control fails until it is written.',
    ''
  ].join('\n')
}

/** The comment that closes a duplicate the gate opened while another run opened the same incident. */
export function duplicateComment(winner: number): string {
  return `Another gate run opened this incident at the same time: it is tracked in #${winner}. Closing this duplicate.\n`
}
