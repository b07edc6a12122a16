/**
 * Incident response, the pure half (issue 18): what a push on the default branch means, the first
 * failing control, ci-trend's consecutive breaching windows, the freeze blocker and the decision
 * derived again, the postmortem checklist read back, the issue text escaped, the record.
 */
import { describe, expect, test } from '@jest/globals'
import { decide } from '../src/core/decision.js'
import {
  assessPush,
  ciTrendBreachWindows,
  firstFailingControl,
  freezeBlocker,
  hasLabel,
  incidentAction,
  isIncidentBody,
  incidentRecord,
  incidentSettings,
  INCIDENT_MARKER,
  ownerMention,
  POSTMORTEM_MARKER,
  readOpening,
  readPostmortem,
  withBlockers,
  type IncidentOpening
} from '../src/core/incidents.js'
import { makeReport, type Report } from '../src/core/report.js'
import { checkPolicyReferences, type Policy } from '../src/core/policy.js'
import {
  incidentBody,
  incidentTitle,
  MAX_BODY_CHARS,
  timelineComment
} from '../src/render/incident-markdown.js'
import { control, gateInput, SHA } from './support/builders.js'
import type { BuiltinContext } from '../src/checks/builtin-contract.js'
import { incidentsInScope, previousRelease } from '../src/checks/incidents/judge.js'
import { runIncidents } from '../src/checks/incidents/run.js'
import { parsePolicy } from '../src/io/policy-file.js'
import type { CheckFacts } from '../src/core/facts.js'
import type { IncidentIssue, ReleaseFact } from '../src/core/facts-runtime.js'
import { validatePolicy, validateReport } from '../src/generated/validators.js'
import { memoryRepo } from './support/facts-repo.js'
import { memoryIncidents, scriptedProcesses } from './support/facts-runtime.js'

const SETTINGS = incidentSettings({ triggers: ['canary'] })!

function summaryOf(pairs: Parameters<typeof gateInput>[0]) {
  return decide(gateInput(pairs))
}

/** A ci-trend report whose one job has these final outcomes, oldest first. */
function trend(outcomes: string[], allowed = 2, status: 'failed' | 'passed' = 'failed'): Report {
  return makeReport({
    control: 'ci-trend',
    subject: { repository: 'acme/shop', sha: SHA },
    generatedAt: '2026-11-21T00:00:00.000Z',
    generator: 'ci-trend',
    checks: [{ id: 'ci.yml/test/error-budget', status, message: 'budget' }],
    facts: {
      slo: { min_pass_rate: 50 },
      jobs: [
        {
          workflow: 'ci.yml',
          job: 'test',
          budget: { allowed, spent: outcomes.filter((o) => o === 'failed').length },
          series: outcomes.map((outcome, i) => ({ run: i + 1, outcome, duration: 60 }))
        }
      ]
    }
  })
}

describe('settings', () => {
  test('defaults apply, and the schema takes the issue example and refuses a comma label', () => {
    expect(incidentSettings(undefined)).toBeUndefined()
    expect(incidentSettings({})).toEqual({
      on: ['no-go', 'trigger'],
      triggers: [],
      freeze: true,
      fix_label: 'incident-fix',
      labels: ['gonogo-incident']
    })
    const policy = {
      version: 1,
      controls: [{ id: 'runtime-canary', severity: 'high' }],
      incidents: {
        on: ['no-go', 'trigger'],
        triggers: ['runtime-canary', 'policy-bundle'],
        ci_trend_breaches: 3,
        freeze: true,
        fix_label: 'incident-fix',
        labels: ['gonogo-incident']
      }
    }
    expect(validatePolicy(policy)).toBe(true)
    // A trigger must name a declared control.
    expect(checkPolicyReferences(policy as Policy).map((p) => p.path)).toEqual([
      ['incidents', 'triggers', 1]
    ])
    expect(validatePolicy({ ...policy, incidents: { labels: ['a,b'] } })).toBe(false)
    expect(validatePolicy({ ...policy, incidents: { on: ['always'] } })).toBe(false)
  })
})

describe('what a push means', () => {
  test('no-go opens; the first failing control is the highest severity, then policy order', () => {
    const s = summaryOf([
      [control('zeta', 'medium'), 'failed'],
      [control('beta'), 'failed'],
      [control('alpha'), 'failed']
    ])
    // Policy order puts beta before alpha; both are high, so beta is first; zeta is medium.
    const a = assessPush(s, SETTINGS, ['zeta', 'beta', 'alpha'])
    expect(a.reasons).toEqual([{ kind: 'no-go' }])
    expect(a.first?.control).toBe('beta')
    expect(incidentAction(a, false)).toBe('open')
    expect(incidentAction(a, true)).toBe('update')
  })

  test('a trigger control failing under a go decision is an incident (waived, medium)', () => {
    const s = decide({
      ...gateInput([
        [control('canary', 'medium'), 'failed'],
        [control('build'), 'passed']
      ]),
      profile: { name: 'lenient', max_high: 0, max_medium: 5, selected_by: 'test' }
    })
    expect(s.decision).toBe('conditional-go')
    const a = assessPush(s, SETTINGS, ['build', 'canary'])
    expect(a.reasons).toEqual([{ kind: 'trigger', controls: ['canary'] }])
    expect(a.first?.control).toBe('canary')
    expect(a.healthy).toBe(false)
    // Without 'trigger' in `on`, the same push is nothing.
    const off = assessPush(s, { ...SETTINGS, on: ['no-go'] }, ['build', 'canary'])
    expect(off.reasons).toEqual([])
    expect(incidentAction(off, true)).toBe('recover')
  })

  test('a healthy push recovers an open incident and opens none', () => {
    const a = assessPush(summaryOf([[control('a'), 'passed']]), SETTINGS, ['a'])
    expect(a).toEqual({ reasons: [], first: undefined, healthy: true })
    expect(incidentAction(a, true)).toBe('recover')
    expect(incidentAction(a, false)).toBe('none')
  })

  test('ci-trend: consecutive breaching windows counted back from the newest run', () => {
    const runs = (x: string): string[] => [...x].map((c) => (c === 'F' ? 'failed' : 'passed'))
    // Oldest first; 2 failures allowed. PPPFFFFF: windows 0, 1, 2 hold 5, 4, 3 failures; window
    // 3 (PPPFF) holds 2 at a 60% pass rate, within the SLO.
    expect(ciTrendBreachWindows(trend(runs('PPPFFFFF')))).toBe(3)
    expect(ciTrendBreachWindows(trend(runs('PPPFFFF')))).toBe(2)
    expect(ciTrendBreachWindows(trend(runs('PPPPFFF')))).toBe(1)
    expect(ciTrendBreachWindows(trend(runs('FPPP')))).toBe(0)
    // A pass rate under min_pass_rate (50%) breaches too.
    expect(ciTrendBreachWindows(trend(runs('PPPPFF'), 5))).toBe(0)
    expect(ciTrendBreachWindows(trend(runs('PFFF'), 5))).toBe(2)
    // A report that did not fail, or whose facts cannot be read, counts nothing.
    expect(ciTrendBreachWindows(trend(runs('FFFFF'), 0, 'passed'))).toBe(0)
    expect(ciTrendBreachWindows({ ...trend(runs('F')), facts: { jobs: [{}] } })).toBe(0)
    expect(ciTrendBreachWindows(undefined)).toBe(0)
    const settings = { ...SETTINGS, ci_trend_breaches: 3 }
    const go = summaryOf([[control('a'), 'passed']])
    const three = trend(runs('PPPFFFFF'))
    const two = trend(runs('PPPFFFF'))
    expect(assessPush(go, settings, ['a'], three).reasons).toEqual([
      { kind: 'ci-trend', windows: 3 }
    ])
    expect(assessPush(go, settings, ['a'], three).first?.control).toBe('ci-trend')
    expect(assessPush(go, settings, ['a'], two).reasons).toEqual([])
    expect(assessPush(go, SETTINGS, ['a'], three).reasons).toEqual([])
  })

  test('first failing control restricted to triggers, and the blocker fallback', () => {
    const s = summaryOf([[control('x'), 'passed']])
    expect(firstFailingControl(s, ['x'])).toBeUndefined()
    expect(firstFailingControl(s, ['x'], new Set(['x']))).toBeUndefined()
  })
})

describe('the freeze', () => {
  const incident = { number: 7, url: 'https://github.com/acme/shop/issues/7' }

  test('a PR without the fix label gains a high blocker and goes no-go; with it, nothing', () => {
    const s = summaryOf([[control('a'), 'passed']])
    expect(s.decision).toBe('go')
    const b = freezeBlocker(incident, ['docs'], 'incident-fix')
    expect(b?.reason).toMatch(/^merges frozen by incident #7/)
    const frozen = withBlockers(s, [b!])
    expect(frozen.decision).toBe('no-go')
    expect(frozen.status).toBe('failed')
    expect(frozen.counts.high).toBe(1)
    expect(frozen.blockers[0]?.runbook).toBe(incident.url)
    expect(freezeBlocker(incident, ['incident-fix'], 'incident-fix')).toBeUndefined()
    expect(withBlockers(s, [])).toBe(s)
  })

  test('the decision derived again equals decide() for the same blockers', () => {
    const s = summaryOf([
      [control('m', 'medium'), 'failed'],
      [control('h'), 'passed']
    ])
    const frozen = withBlockers(s, [freezeBlocker(incident, [], 'fix')!])
    expect(frozen.blockers.map((b) => b.control)).toEqual(['incident-freeze', 'm'])
    expect(frozen.counts).toEqual({ ...s.counts, high: 1, medium: 1 })
  })
})

describe('the postmortem checklist', () => {
  test('filled items are read, placeholders and empty items are not', () => {
    const body = (cause: string, action: string): string =>
      `intro\n- [ ] Cause: not this one\n${POSTMORTEM_MARKER}\n### Postmortem\n\n- [x] Cause: ${cause}\n- [ ] Corrective action: ${action}\n`
    expect(readPostmortem(body('<!-- write the cause -->', ''))).toEqual({
      cause: null,
      corrective_action: null
    })
    expect(readPostmortem(body('expired cert <!-- x -->', 'rotate monthly\n  and alert'))).toEqual({
      cause: 'expired cert',
      corrective_action: 'rotate monthly\n  and alert'
    })
    expect(readPostmortem('- [x] Cause: no marker\n- [x] Corrective action: no marker')).toEqual({
      cause: null,
      corrective_action: null
    })
    expect(readPostmortem(null).cause).toBeNull()
  })
})

describe('the issue text', () => {
  const s = decide(
    gateInput([
      [
        control('canary', 'high', {
          owner: '@acme/sre',
          runbook: 'javascript:alert(1)'
        }),
        'failed'
      ],
      [control('lint', 'high', { owner: 'Bob <b@x.io> #12', runbook: 'docs/lint.md' }), 'failed']
    ])
  )
  const opening: IncidentOpening = {
    opened_at: '2026-11-21T00:00:00.000Z',
    first_control: { control: 'canary', severity: 'high', reason: 'evidence failed' },
    reasons: [{ kind: 'no-go' }],
    push: { sha: SHA, decision: 'no-go', at: '2026-11-21T00:00:00.000Z', run_url: null }
  }
  const links = {
    commitUrl: `https://github.com/acme/shop/commit/${SHA}`,
    runUrl: 'https://github.com/acme/shop/actions/runs/9',
    blobBase: `https://github.com/acme/shop/blob/${SHA}`
  }

  test('owners are mentioned only as handles; everything else is escaped; data reads back', () => {
    const body = incidentBody(s, opening, links)
    expect(body.startsWith('<!-- gonogo:incident -->\n')).toBe(true)
    expect(body).toContain('| @acme/sre |')
    expect(body).not.toContain('<b@x.io>')
    expect(body).toContain('&lt;b@\u200bx.io&gt; \\#\u200b12')
    expect(body).not.toContain('](javascript:')
    expect(body).toContain(`[runbook](${links.blobBase}/docs/lint.md)`)
    expect(body).toContain('[gate run](https://github.com/acme/shop/actions/runs/9)')
    expect(readOpening(body)).toEqual(opening)
    expect(readPostmortem(body)).toEqual({ cause: null, corrective_action: null })
    expect(incidentTitle(opening.first_control!, 'main')).toBe('Incident: canary failing on main')
    expect(incidentTitle({ control: '@x #1', severity: 'high', reason: '' }, 'main')).not.toMatch(
      /@x|#1/
    )
    expect(ownerMention('@alice')).toBe('@alice')
    expect(ownerMention('@-bad')).toBeUndefined()
    expect(ownerMention('alice')).toBeUndefined()
  })

  test('a reason cannot end the hidden data marker early', () => {
    const hostile = {
      ...opening,
      first_control: { control: 'x', severity: 'high' as const, reason: '--> <img src=x>' }
    }
    const body = incidentBody(s, hostile, links)
    const line = body.split('\n')[1] ?? ''
    expect(line.indexOf('-->')).toBe(line.length - 3)
    expect(readOpening(body)?.first_control?.reason).toBe('--> <img src=x>')
  })

  test('the record lists each commit once, oldest first, with the postmortem', () => {
    const body = incidentBody(s, opening, links).replace(
      '- [ ] Cause: <!-- write the cause after the colon -->',
      '- [x] Cause: a bad deploy'
    )
    const later = {
      sha: 'b'.repeat(40),
      decision: 'no-go' as const,
      at: '2026-11-22T00:00:00.000Z',
      run_url: null
    }
    const r = incidentRecord({
      number: 7,
      url: 'https://github.com/acme/shop/issues/7',
      state: 'open',
      body,
      createdAt: '2026-11-21T00:00:01Z',
      pushes: [later, opening.push, later],
      recovered: null
    })
    expect(r.commits.map((c) => c.sha)).toEqual([SHA, 'b'.repeat(40)])
    expect(r.first_control?.control).toBe('canary')
    expect(r.cause).toBe('a bad deploy')
    expect(r.corrective_action).toBeNull()
    expect(timelineComment(s, later, r.first_control ?? undefined, links)).toMatch(
      /^<!-- gonogo:incident-push \{.*\} -->\nStill failing/
    )
  })
})

describe('the incidents built-in check', () => {
  const filled = (cause: string, action: string): string =>
    `${INCIDENT_MARKER}\n${POSTMORTEM_MARKER}\n- [x] Cause: ${cause}\n- [x] Corrective action: ${action}\n`
  const issue = (
    number: number,
    state: 'open' | 'closed',
    created_at: string,
    body: string | null,
    state_reason: string | null = state === 'closed' ? 'completed' : null
  ): IncidentIssue => ({
    number,
    url: `https://github.com/acme/shop/issues/${number}`,
    state,
    state_reason,
    created_at,
    closed_at: state === 'closed' ? created_at : null,
    body,
    labels: ['gonogo-incident']
  })
  const RELEASES: ReleaseFact[] = [
    { tag: 'v1.0.0', published_at: '2026-10-01T00:00:00Z', draft: false, prerelease: false },
    { tag: 'v1.1.0-rc.1', published_at: '2026-11-10T00:00:00Z', draft: false, prerelease: true },
    { tag: 'v1.1.0', published_at: '2026-11-01T00:00:00Z', draft: false, prerelease: false },
    { tag: 'v2.0.0', published_at: '2026-12-01T00:00:00Z', draft: false, prerelease: false },
    { tag: 'v1.2.0', published_at: '2026-11-15T00:00:00Z', draft: true, prerelease: false }
  ]
  const NOW = Date.parse('2026-11-21T00:00:00Z')

  function ctx(
    facts: Partial<CheckFacts>,
    settings?: unknown,
    ref = 'refs/heads/main'
  ): BuiltinContext {
    const repo = memoryRepo()
    return {
      facts: {
        files: repo.files,
        git: repo.git,
        processes: scriptedProcesses().processes,
        ...facts
      },
      policy: { version: 1, controls: [], incidents: { labels: ['sev'] } },
      settings,
      subject: { repository: 'acme/shop', sha: SHA, ref },
      effectiveTime: NOW,
      log: () => undefined
    }
  }

  test('the previous release: newest published, not draft, not prerelease, not the tag released', () => {
    const o = { effectiveTime: NOW, includePrereleases: false }
    expect(previousRelease(RELEASES, o)?.tag).toBe('v1.1.0')
    expect(previousRelease(RELEASES, { ...o, includePrereleases: true })?.tag).toBe('v1.1.0-rc.1')
    expect(previousRelease(RELEASES, { ...o, currentTag: 'v1.1.0' })?.tag).toBe('v1.0.0')
    expect(previousRelease([], o)).toBeUndefined()
  })

  test('failed while an incident since the release is open or lacks its postmortem', async () => {
    const m = memoryIncidents({
      releases: RELEASES,
      issues: {
        sev: [
          // Before v1.1.0 and closed: out of scope even without a postmortem.
          issue(1, 'closed', '2026-10-15T00:00:00Z', `${INCIDENT_MARKER}\n`),
          // Before v1.1.0 but still open: in scope.
          issue(2, 'open', '2026-10-20T00:00:00Z', filled('a', 'b')),
          issue(3, 'closed', '2026-11-05T00:00:00Z', filled('disk full', 'alert at 80%')),
          issue(4, 'closed', '2026-11-06T00:00:00Z', filled('x <!-- y -->', '<!-- none -->')),
          issue(5, 'closed', '2026-11-07T00:00:00Z', `${INCIDENT_MARKER}\n`, 'duplicate')
        ]
      }
    })
    const r = await runIncidents(ctx({ incidents: m.incidents }))
    expect(m.queries).toEqual([{ label: 'sev' }])
    expect(validateReport(r)).toBe(true)
    expect(r.status).toBe('failed')
    expect(r.checks.map((c) => [c.id, c.status])).toEqual([
      ['incident-2', 'failed'],
      ['incident-3', 'passed'],
      ['incident-4', 'failed']
    ])
    expect(r.checks[2]?.message).toBe('incident #4 was closed without its corrective action')
    expect((r.facts as { previous_release: { tag: string } }).previous_release.tag).toBe('v1.1.0')
  })

  test('passed with every incident closed and written up, or none; the label setting wins', async () => {
    const m = memoryIncidents({
      releases: RELEASES,
      issues: { custom: [issue(3, 'closed', '2026-11-05T00:00:00Z', filled('a', 'b'))] }
    })
    const r = await runIncidents(ctx({ incidents: m.incidents }, { label: 'custom' }))
    expect(r.status).toBe('passed')
    const none = await runIncidents(
      ctx({ incidents: memoryIncidents({ releases: RELEASES }).incidents })
    )
    expect(none.status).toBe('passed')
    expect(none.checks[0]?.message).toBe('no incident since release v1.1.0 (2026-11-01T00:00:00Z)')
  })

  test('unverified naming issues: read without a token or when the issues cannot be read', async () => {
    const noToken = await runIncidents(ctx({}))
    expect(noToken.status).toBe('unverified')
    expect(noToken.checks[0]?.unlock).toContain('issues: read')
    const denied = await runIncidents(
      ctx({
        incidents: memoryIncidents({
          failure: {
            reason: 'GET /repos/{owner}/{repo}/issues answered 403: Resource not accessible',
            unlock: 'a token with "issues: read"'
          }
        }).incidents
      })
    )
    expect(denied.status).toBe('unverified')
    expect(denied.checks[0]?.message).toContain('answered 403')
    expect(denied.checks[0]?.unlock).toContain('issues: read')
  })
})

// ------------------------------------------------------------------------------------------------
// Break test (issue 18): what people write and what reports hold

describe('break test: the freeze, labels, markers', () => {
  const incident = { number: 9, url: 'https://github.com/acme/shop/issues/9' }

  test('the freeze is no-go whatever the profile allows, and added blockers never turn no-go into go', () => {
    const lenient = { name: 'lenient', max_high: 5, max_medium: 5, selected_by: 'test' }
    const s = decide({ ...gateInput([[control('a'), 'passed']]), profile: lenient })
    expect(s.decision).toBe('go')
    const b = freezeBlocker(incident, [], 'incident-fix')!
    expect(withBlockers(s, [b], { noGo: true })).toMatchObject({
      decision: 'no-go',
      status: 'failed'
    })
    // Without noGo the counts decide (conditional-go under this profile) …
    expect(withBlockers(s, [b]).decision).toBe('conditional-go')
    // … but a no-go stays no-go (decide() has no-go reasons the counts do not show).
    const noGo = { ...s, decision: 'no-go' as const, status: 'failed' as const }
    expect(withBlockers(noGo, [b]).decision).toBe('no-go')
  })

  test('labels are compared without case (GitHub answers with the repository’s spelling)', () => {
    expect(hasLabel(['Gonogo-Incident'], 'gonogo-incident')).toBe(true)
    expect(hasLabel(['gonogo-incidents'], 'gonogo-incident')).toBe(false)
    expect(freezeBlocker(incident, ['INCIDENT-FIX'], 'incident-fix')).toBeUndefined()
    expect(freezeBlocker(incident, ['incident-fixed'], 'incident-fix')).toBeDefined()
  })

  test('the marker is found on any line of a body a person edited, never inside other text', () => {
    expect(isIncidentBody(`${INCIDENT_MARKER}\nx`)).toBe(true)
    expect(isIncidentBody(`**Update:** rolled back\r\n\r\n  ${INCIDENT_MARKER}  \r\nx`)).toBe(true)
    expect(isIncidentBody(`quoted: ${INCIDENT_MARKER}`)).toBe(false)
    expect(isIncidentBody(`> ${INCIDENT_MARKER}`)).toBe(false)
    expect(isIncidentBody(null)).toBe(false)
  })

  test('owners: users (Enterprise Managed Users too) and teams mentioned; emails, lists, bots escaped', () => {
    expect(ownerMention('@octo-cat_acme')).toBe('@octo-cat_acme')
    expect(ownerMention(' @acme/sre ')).toBe('@acme/sre')
    for (const o of [
      'sre@acme.com',
      '@alice, @bob',
      '@alice @bob',
      '@github-actions[bot]',
      '@a_',
      '@acme/'
    ])
      expect([o, ownerMention(o)]).toEqual([o, undefined])
  })
})

describe('break test: the postmortem as people write it', () => {
  const pm = (items: string) =>
    readPostmortem(`${INCIDENT_MARKER}\n${POSTMORTEM_MARKER}\n### Postmortem\n\n${items}\n`)

  test('bold, italic, plain bullets, numbered items, plural and CRLF are read', () => {
    const want = { cause: 'bad flag', corrective_action: 'test flags' }
    expect(pm('- [x] **Cause:** bad flag\n- [x] **Corrective action:** test flags')).toEqual(want)
    expect(pm('- [x] **Cause**: bad flag\n- [x] _Corrective action_: test flags')).toEqual(want)
    expect(pm('- Cause: bad flag\n- Corrective actions: test flags')).toEqual(want)
    expect(pm('1. Cause: bad flag\n2. Corrective action: test flags')).toEqual(want)
    expect(pm('- [X] CAUSE : bad flag\r\n- [X] corrective-action : test flags\r\n')).toEqual(want)
    expect(
      pm('- [x] Cause:\n  - bad flag\n  - no review\n- [x] Corrective action: test flags')
    ).toEqual({ cause: '- bad flag\n  - no review', corrective_action: 'test flags' })
  })

  test('an empty item, a placeholder or emphasis alone is not written (the recovery does not close)', () => {
    for (const empty of ['', '**', 'TBD', 'todo', 'n/a', '…', '...', '-', '?', '<!-- later -->'])
      expect([
        empty,
        pm(`- [x] Cause: ${empty}\n- [x] Corrective action: test flags`).cause
      ]).toEqual([empty, null])
    expect(pm('- [x] **Cause:**\n- [x] Corrective action:').corrective_action).toBeNull()
  })

  test('a person who deleted the hidden marker keeps the postmortem under its heading', () => {
    expect(
      readPostmortem(
        'intro\n### Postmortem\n- [x] Cause: bad flag\n- [x] Corrective action: test flags'
      )
    ).toEqual({ cause: 'bad flag', corrective_action: 'test flags' })
    // Neither marker nor heading: nothing counts.
    expect(readPostmortem('- [x] Cause: a\n- [x] Corrective action: b').cause).toBeNull()
  })
})

describe('break test: the issue body against hostile and huge inputs', () => {
  const push = {
    sha: 'a'.repeat(40),
    decision: 'no-go' as const,
    at: '2026-11-21T00:00:00.000Z',
    run_url: null
  }
  const links = {
    commitUrl: 'https://github.com/acme/shop/commit/x',
    runUrl: null,
    blobBase: 'https://github.com/acme/shop/blob/x'
  }

  test('300 blockers with long runbooks, owners and reasons stay under GitHub’s 65,536 characters', () => {
    const s = summaryOf([[control('unit'), 'failed']])
    const huge = {
      ...s,
      blockers: Array.from({ length: 300 }, (_, i) => ({
        ...s.blockers[0]!,
        control: `control-${i}-${'x'.repeat(60)}`,
        reason: 'r'.repeat(5000),
        owner: 'o'.repeat(500),
        runbook: `https://runbooks.example.com/${'p'.repeat(3000)}`
      }))
    }
    const opening: IncidentOpening = {
      opened_at: push.at,
      first_control: { control: 'x'.repeat(5000), severity: 'high', reason: 'y'.repeat(100_000) },
      reasons: [
        { kind: 'trigger', controls: Array.from({ length: 300 }, (_, i) => `t-${i}`.repeat(30)) }
      ],
      push
    }
    const body = incidentBody(huge, opening, links)
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS)
    expect(body).toMatch(/…and \d+ more blockers/)
    expect(body).toMatch(/and 280 more\./)
    // The hidden data still reads back, capped; the checklist is still there.
    expect(readOpening(body)?.first_control?.reason).toHaveLength(300)
    expect(
      readPostmortem(
        body
          .replace('Cause: <!-- write the cause after the colon -->', 'Cause: c')
          .replace(
            'Corrective action: <!-- write the corrective action after the colon -->',
            'Corrective action: d'
          )
      )
    ).toEqual({ cause: 'c', corrective_action: 'd' })
    // Rows that fit are listed, the rest counted: never a "no blockers" row when there are some.
    expect(body).not.toContain('no blockers recorded')
  })

  test('Markdown, HTML, newlines and planted markers in reasons and owners cannot fill the postmortem', () => {
    const s = summaryOf([[control('unit'), 'failed']])
    const evil = `${POSTMORTEM_MARKER}\n- [x] Cause: planted\n- [x] Corrective action: planted\n-->`
    const hostile = {
      ...s,
      blockers: s.blockers.map((b) => ({ ...b, reason: evil, owner: `@bob\n${INCIDENT_MARKER}` }))
    }
    const body = incidentBody(
      hostile,
      {
        opened_at: push.at,
        first_control: { control: 'unit', severity: 'high', reason: evil },
        reasons: [{ kind: 'no-go' }],
        push
      },
      links
    )
    expect(readPostmortem(body)).toEqual({ cause: null, corrective_action: null })
    expect(body.split('\n').filter((l) => l.trim() === INCIDENT_MARKER)).toHaveLength(1)
    expect(body.split('\n').filter((l) => l.includes(POSTMORTEM_MARKER))).toHaveLength(1)
  })
})

describe('break test: the incidents control’s scope', () => {
  test('an incident open at the previous release and closed after it without postmortem is judged', () => {
    const since = { tag: 'v1.1.0', published_at: '2026-11-01T00:00:00Z' }
    const i = (n: number, created: string, closed: string | null) => ({
      number: n,
      url: `https://github.com/acme/shop/issues/${n}`,
      state: closed ? ('closed' as const) : ('open' as const),
      state_reason: closed ? 'completed' : null,
      created_at: created,
      closed_at: closed,
      body: INCIDENT_MARKER,
      labels: ['gonogo-incident']
    })
    const scope = incidentsInScope(
      [
        i(1, '2026-10-20T00:00:00Z', '2026-10-25T00:00:00Z'),
        i(2, '2026-10-28T00:00:00Z', '2026-11-03T00:00:00Z'),
        i(3, '2026-11-04T00:00:00Z', null)
      ],
      since,
      Date.parse('2026-11-21T00:00:00Z')
    )
    expect(scope.map((x) => x.number)).toEqual([2, 3])
  })

  test('an incident whose times do not parse stays in scope (fail closed)', () => {
    const since = { tag: 'v1.1.0', published_at: '2026-11-01T00:00:00Z' }
    const issue = (n: number, created: string, closed: string) => ({
      number: n,
      url: `https://github.com/acme/shop/issues/${n}`,
      state: 'closed' as const,
      state_reason: 'completed',
      created_at: created,
      closed_at: closed,
      body: INCIDENT_MARKER,
      labels: ['gonogo-incident']
    })
    const scope = incidentsInScope(
      [
        issue(4, 'not a time', '2026-10-25T00:00:00Z'),
        issue(5, '2026-10-20T00:00:00Z', 'not a time'),
        issue(6, '2026-10-20T00:00:00Z', '2026-10-25T00:00:00Z')
      ],
      since,
      Date.parse('2026-11-21T00:00:00Z')
    )
    expect(scope.map((x) => x.number)).toEqual([4, 5])
  })
})

describe('incidents: in the policy file', () => {
  const policy = (incidents: string): string =>
    `version: 1\ncontrols:\n  - { id: unit-tests, severity: high, source: { report: r.json } }\nincidents:\n${incidents}`

  test('an unknown trigger, needs-postmortem as an incident label, and the fix label as one are refused at their line', () => {
    const err = (text: string): string => {
      try {
        parsePolicy(text, '.github/gonogo.yml')
      } catch (e) {
        return (e as Error).message
      }
      return ''
    }
    expect(err(policy('  triggers: [nope]\n'))).toMatch(
      /^\.github\/gonogo\.yml:5:14: incidents\.triggers\[0\]: incident trigger names unknown control 'nope'/
    )
    expect(err(policy('  labels: [gonogo-incident, Needs-Postmortem]\n'))).toMatch(
      /^\.github\/gonogo\.yml:5:29: incidents\.labels\[1\]: 'needs-postmortem' is the label the gate gives/
    )
    expect(err(policy('  labels: [incident]\n  fix_label: INCIDENT\n'))).toMatch(
      /^\.github\/gonogo\.yml:6:14: incidents\.fix_label: the fix label 'INCIDENT' is also an incident label/
    )
  })
})
