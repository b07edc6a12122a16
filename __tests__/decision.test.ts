import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { stableStringify } from '../src/core/canonical-json.js'
import { decide, type GateInput } from '../src/core/decision.js'
import type { Control, Waiver } from '../src/core/policy.js'
import {
  CONTROL_STATUSES,
  DECISIONS,
  type ControlStatus,
  type Decision
} from '../src/core/status.js'
import { control, evidence, gateInput, T0, waiver } from './support/builders.js'

const DAY = 24 * 60 * 60 * 1000
const rank = (d: Decision): number => DECISIONS.indexOf(d)

describe('gate decision rules', () => {
  test('every control passing is go', () => {
    const s = decide(
      gateInput([
        [control('a'), 'passed'],
        [control('b', 'medium'), 'passed']
      ])
    )
    expect(s.decision).toBe('go')
    expect(s.status).toBe('passed')
    expect(s.blockers).toEqual([])
  })

  test.each(['failed', 'missing', 'invalid', 'stale'] as const)(
    'a high control that is %s is no-go',
    (status) => {
      const s = decide(
        gateInput([
          [control('a'), status],
          [control('b'), 'passed']
        ])
      )
      expect(s.decision).toBe('no-go')
      expect(s.blockers).toEqual([
        expect.objectContaining({ control: 'a', severity: 'high', kind: status })
      ])
    }
  )

  test('medium failures within the profile limit are conditional-go, past it no-go', () => {
    const pairs: [Control, ControlStatus][] = [
      [control('m1', 'medium'), 'failed'],
      [control('m2', 'medium'), 'failed']
    ]
    const transitional = { name: 'transitional', max_high: 0, max_medium: 2, selected_by: 'test' }
    expect(decide(gateInput(pairs, { profile: transitional })).decision).toBe('conditional-go')
    const three = [...pairs, [control('m3', 'medium'), 'failed'] as [Control, ControlStatus]]
    expect(decide(gateInput(three, { profile: transitional })).decision).toBe('no-go')
  })

  test('a missing evidence entry counts as missing, not passed', () => {
    const input = gateInput([[control('a'), 'passed']])
    const s = decide({ ...input, evidence: new Map() })
    expect(s.controls[0]?.status).toBe('missing')
    expect(s.decision).toBe('no-go')
  })

  test('unverified without allow_unverified counts as failed and says how to accept it', () => {
    const s = decide(gateInput([[control('bp'), 'unverified']]))
    expect(s.decision).toBe('no-go')
    expect(s.blockers[0]?.reason).toMatch(/does not allow unverified/)
  })

  test('unverified is accepted with allow_unverified and its evidence when nothing else fails', () => {
    const bp = control('bp', 'high', { allow_unverified: { evidence: 'evidence/manual.md' } })
    const ok = decide(
      gateInput(
        [
          [bp, 'unverified'],
          [control('t'), 'passed']
        ],
        { unverifiedEvidence: new Map([['bp', true]]) }
      )
    )
    expect(ok.decision).toBe('go')
    expect(ok.controls.find((c) => c.id === 'bp')?.outcome).toBe('accepted-unverified')
    expect(ok.warnings).toEqual([
      expect.objectContaining({ control: 'bp', kind: 'unverified-accepted' })
    ])
  })

  test('accepted unverified turns into a failure when another control fails', () => {
    const bp = control('bp', 'high', { allow_unverified: { evidence: 'evidence/manual.md' } })
    const s = decide(
      gateInput(
        [
          [bp, 'unverified'],
          [control('t', 'medium'), 'failed']
        ],
        {
          unverifiedEvidence: new Map([['bp', true]]),
          profile: { name: 'loose', max_high: 0, max_medium: 5, selected_by: 'test' }
        }
      )
    )
    expect(s.decision).toBe('no-go')
    expect(s.blockers.find((b) => b.control === 'bp')?.reason).toMatch(
      /no other control fails \(failing: t\)/
    )
  })

  test('unverified with allow_unverified but no evidence file counts as failed', () => {
    const bp = control('bp', 'high', { allow_unverified: { evidence: 'evidence/manual.md' } })
    const s = decide(
      gateInput([[bp, 'unverified']], { unverifiedEvidence: new Map([['bp', false]]) })
    )
    expect(s.decision).toBe('no-go')
    expect(s.blockers[0]?.reason).toMatch(/evidence\/manual\.md .*missing/)
  })

  test('a valid waiver lowers a high failure to medium and shows the waiver', () => {
    const transitional = { name: 'transitional', max_high: 0, max_medium: 2, selected_by: 'test' }
    const s = decide(
      gateInput([[control('scan'), 'failed']], {
        waivers: [waiver('scan', '2026-12-31')],
        profile: transitional
      })
    )
    expect(s.decision).toBe('conditional-go')
    expect(s.controls[0]).toMatchObject({
      outcome: 'waived',
      counted_severity: 'medium',
      waiver: { owner: '@alice', state: 'active' }
    })
  })

  test('a waived medium failure no longer counts against the limits but keeps the decision conditional', () => {
    const s = decide(
      gateInput([[control('scan', 'medium'), 'failed']], {
        waivers: [waiver('scan', '2026-12-31')]
      })
    )
    expect(s.decision).toBe('conditional-go')
    expect(s.counts).toMatchObject({ high: 0, medium: 0, low: 1, waived: 1 })
  })

  test('an expired waiver is itself a high blocker, even on a passing control', () => {
    const s = decide(
      gateInput([[control('scan', 'medium'), 'passed']], {
        waivers: [waiver('scan', '2026-11-20')]
      })
    )
    expect(s.decision).toBe('no-go')
    expect(s.blockers).toEqual([
      expect.objectContaining({ control: 'scan', severity: 'high', kind: 'expired-waiver' })
    ])
  })

  test('a date-only waiver is valid through the end of its day in UTC', () => {
    const w = [waiver('scan', '2026-11-21')]
    const pairs: [Control, ControlStatus][] = [[control('scan', 'medium'), 'failed']]
    const lastMs = decide(gateInput(pairs, { waivers: w, effectiveTime: T0 + DAY - 1 }))
    expect(lastMs.controls[0]?.outcome).toBe('waived')
    const nextDay = decide(gateInput(pairs, { waivers: w, effectiveTime: T0 + DAY }))
    expect(nextDay.controls[0]?.outcome).toBe('failed')
    expect(nextDay.blockers.map((b) => b.kind)).toContain('expired-waiver')
  })

  test('a waiver expiring within 7 days is a warning in the summary', () => {
    const s = decide(
      gateInput([[control('scan', 'medium'), 'failed']], {
        waivers: [waiver('scan', '2026-11-25')]
      })
    )
    expect(s.warnings).toEqual([
      expect.objectContaining({ control: 'scan', kind: 'waiver-expiring' })
    ])
    expect(s.controls[0]?.waiver?.state).toBe('expiring')
  })

  test('a report whose evidence is stale counts as failed with its reason', () => {
    const input = gateInput([[control('a'), 'passed']])
    input.evidence = new Map([
      ['a', evidence('stale', 'r.json: report is about commit bbbb, but the gate checks aaaa')]
    ])
    const s = decide(input)
    expect(s.decision).toBe('no-go')
    expect(s.blockers[0]).toMatchObject({
      kind: 'stale',
      reason: expect.stringContaining('report is about commit')
    })
  })
})

// ---- properties -------------------------------------------------------------------------

const arbStatus = fc.constantFrom<ControlStatus>(...CONTROL_STATUSES)
const arbControl = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
  severity: fc.constantFrom('high' as const, 'medium' as const),
  allow: fc.boolean(),
  status: arbStatus,
  hasEvidence: fc.boolean()
})
const arbWaiver = fc.record({ pick: fc.nat(), offsetDays: fc.integer({ min: -30, max: 60 }) })

interface Scenario {
  input: GateInput
}

const arbScenario = fc
  .record({
    controls: fc.uniqueArray(arbControl, { selector: (c) => c.id, minLength: 0, maxLength: 8 }),
    waivers: fc.array(arbWaiver, { maxLength: 4 }),
    maxHigh: fc.integer({ min: 0, max: 2 }),
    maxMedium: fc.integer({ min: 0, max: 3 })
  })
  .map(({ controls, waivers, maxHigh, maxMedium }): Scenario => {
    const cs: Control[] = controls.map((c) =>
      control(c.id, c.severity, c.allow ? { allow_unverified: { evidence: 'e.md' } } : {})
    )
    const ws: Waiver[] =
      cs.length === 0
        ? []
        : waivers.map((w) =>
            waiver(
              cs[w.pick % cs.length]?.id ?? '',
              new Date(T0 + w.offsetDays * DAY).toISOString().slice(0, 10)
            )
          )
    return {
      input: gateInput(
        controls.map((c, i) => [cs[i] as Control, c.status]),
        {
          waivers: ws,
          unverifiedEvidence: new Map(controls.map((c) => [c.id, c.hasEvidence])),
          profile: { name: 'p', max_high: maxHigh, max_medium: maxMedium, selected_by: 'test' }
        }
      )
    }
  })

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let s = seed
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

describe('gate decision properties', () => {
  test('adding a failed high control never improves the decision', () => {
    fc.assert(
      fc.property(
        arbScenario,
        fc.constantFrom<ControlStatus>('failed', 'missing', 'invalid', 'stale'),
        ({ input }, status) => {
          const before = decide(input)
          const extra = control('zz-added-high', 'high')
          const after = decide({
            ...input,
            controls: [...input.controls, extra],
            evidence: new Map([...input.evidence, [extra.id, evidence(status)]])
          })
          expect(rank(after.decision)).toBeGreaterThanOrEqual(rank(before.decision))
          expect(after.decision).not.toBe('go')
        }
      ),
      { numRuns: 300 }
    )
  })

  test('a waiver never applies after its expiry', () => {
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 0, max: 90 }), ({ input }, laterDays) => {
        const later = { ...input, effectiveTime: input.effectiveTime + laterDays * DAY }
        const s = decide(later)
        for (const r of s.controls) {
          if (r.waiver)
            expect(later.effectiveTime).toBeLessThan(
              Date.parse(`${r.waiver.expires}T00:00:00Z`) + DAY
            )
        }
        for (const w of later.waivers) {
          const expired = later.effectiveTime >= Date.parse(`${w.expires}T00:00:00Z`) + DAY
          if (expired)
            expect(s.blockers).toContainEqual(
              expect.objectContaining({
                control: w.control,
                kind: 'expired-waiver',
                severity: 'high'
              })
            )
        }
      }),
      { numRuns: 300 }
    )
  })

  test('the output does not depend on the order of controls, waivers or evidence', () => {
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 1, max: 1_000_000 }), ({ input }, seed) => {
        const reordered: GateInput = {
          ...input,
          controls: shuffled(input.controls, seed),
          waivers: shuffled(input.waivers, seed + 1),
          evidence: new Map(shuffled([...input.evidence], seed + 2)),
          unverifiedEvidence: new Map(shuffled([...input.unverifiedEvidence], seed + 3))
        }
        expect(stableStringify(decide(reordered))).toBe(stableStringify(decide(input)))
      }),
      { numRuns: 300 }
    )
  })

  test('go only when nothing fails and no waiver has expired', () => {
    fc.assert(
      fc.property(arbScenario, ({ input }) => {
        const s = decide(input)
        if (s.decision === 'go') {
          expect(s.blockers).toEqual([])
          expect(
            s.controls.every((c) => c.outcome === 'passed' || c.outcome === 'accepted-unverified')
          ).toBe(true)
        }
        expect(s.status).toBe(s.decision === 'no-go' ? 'failed' : 'passed')
      }),
      { numRuns: 300 }
    )
  })
})

describe('claims in the decision (issue 17)', () => {
  const lenient = { name: 'lenient', max_high: 0, max_medium: 5, selected_by: 'test' }
  const corridor = {
    id: 'T0.1',
    title: 'Governed release corridor',
    tier: 0 as const,
    controls: ['a', 'b']
  }
  const drift = { id: 'T1.2', title: 'Drift governance', tier: 1 as const, controls: ['m'] }

  test('a Tier 0 claim not proven is a high blocker naming the claim, its class and failing controls: no-go', () => {
    const s = decide({
      ...gateInput(
        [
          [control('a', 'medium'), 'passed'],
          [control('b', 'medium'), 'failed'],
          [control('m', 'medium'), 'passed']
        ],
        { profile: lenient }
      ),
      claims: [corridor, drift]
    })
    expect(s.decision).toBe('no-go')
    expect(s.blockers).toContainEqual(
      expect.objectContaining({
        control: 'T0.1',
        severity: 'high',
        kind: 'unproven-claim',
        class: expect.any(String),
        reason: expect.stringMatching(
          /Tier 0 claim 'Governed release corridor' is partial|not-proven/
        )
      })
    )
    expect(s.claims?.claims.map((c) => [c.id, c.grade])).toEqual([
      ['T0.1', 'not-proven'],
      ['T1.2', 'proven']
    ])
  })

  test('a Tier 1 claim not proven never blocks by itself', () => {
    const s = decide({
      ...gateInput(
        [
          [control('a'), 'passed'],
          [control('b'), 'passed'],
          [control('m', 'medium'), 'failed']
        ],
        { profile: lenient }
      ),
      claims: [corridor, drift]
    })
    expect(s.decision).toBe('conditional-go')
    expect(s.blockers.map((b) => b.kind)).toEqual(['failed'])
    expect(s.claims?.claims.find((c) => c.id === 'T1.2')?.grade).toBe('not-proven')
  })

  test('property: with a Tier 0 claim not proven the decision is always no-go', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CONTROL_STATUSES), { minLength: 2, maxLength: 2 }),
        ([sa, sb]) => {
          const s = decide({
            ...gateInput(
              [
                [control('a', 'medium'), sa as ControlStatus],
                [control('b', 'medium'), sb as ControlStatus]
              ],
              { profile: { name: 'open', max_high: 0, max_medium: 99, selected_by: 'test' } }
            ),
            claims: [corridor]
          })
          const proven = s.claims?.claims[0]?.grade === 'proven'
          return proven ? s.decision !== 'no-go' : s.decision === 'no-go'
        }
      )
    )
  })

  test('without claims the summary has no claim matrix', () => {
    const s = decide(gateInput([[control('a'), 'passed']]))
    expect(s.claims).toBeUndefined()
    expect(Object.keys(s)).not.toContain('claims')
  })
})
