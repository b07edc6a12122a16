/**
 * Claims: grading from hand-made control results (core/claims.ts), the property that a failed
 * control never improves a claim, and the policy file's errors (line and column) for claims
 * naming unknown controls, duplicate ids and tiers outside 0–2.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  CLAIM_GRADES,
  CLAIM_LEVELS,
  gradeClaims,
  type ClaimGrade,
  type ClaimLevel
} from '../src/core/claims.js'
import { decide, type ControlResult, type Outcome } from '../src/core/decision.js'
import type { Claim } from '../src/core/policy.js'
import { CONTROL_STATUSES, type ControlStatus } from '../src/core/status.js'
import { ConfigurationError } from '../src/core/errors.js'
import { parsePolicy } from '../src/io/policy-file.js'
import { renderSummaryMarkdown } from '../src/render/summary-markdown.js'
import { control, gateInput, waiver } from './support/builders.js'

const FILE = '.github/gonogo.yml'

/** A control result as `decide` makes it: only the fields grading reads matter. */
function result(
  id: string,
  status: ControlStatus,
  outcome: Outcome,
  o: { owner?: string | null; runbook?: string | null; builtin?: string } = {}
): ControlResult {
  return {
    id,
    severity: 'high',
    status,
    outcome,
    counted_severity: outcome === 'failed' ? 'high' : null,
    message: `${id}: ${status}`,
    evidence: o.builtin
      ? { kind: 'builtin', pattern: o.builtin, files: [], summary: {} }
      : { kind: 'report', pattern: `reports/${id}.json`, files: [], summary: {} },
    waiver: null,
    owner: o.owner === undefined ? 'sre' : o.owner,
    runbook: o.runbook === undefined ? 'docs/runbook.md' : o.runbook,
    findings: [],
    findings_omitted: 0
  }
}

const passed = (id: string, o = {}) => result(id, 'passed', 'passed', o)
const failed = (id: string, o = {}) => result(id, 'failed', 'failed', o)

function claim(id: string, tier: 0 | 1 | 2, controls: string[], extra: Partial<Claim> = {}): Claim {
  return { id, title: `claim ${id}`, tier, controls, ...extra }
}

function gradeOf(c: Claim, results: ControlResult[]) {
  const g = gradeClaims([c], results).claims[0]
  if (!g) throw new Error('no graded claim')
  return g
}

describe('gradeClaims: each grade from hand-made results', () => {
  test('proven: every control passed (L3), or accepted unverified with its evidence', () => {
    const g = gradeOf(claim('T0.1', 0, ['a', 'b']), [
      passed('a'),
      result('b', 'unverified', 'accepted-unverified')
    ])
    expect(g).toMatchObject({
      grade: 'proven',
      level: 'L3',
      failing: [],
      blocker: false,
      blocker_class: null
    })
    expect(g.controls).toEqual([
      { id: 'a', status: 'passed', outcome: 'passed', counts: 'proves', unowned: false },
      {
        id: 'b',
        status: 'unverified',
        outcome: 'accepted-unverified',
        counts: 'proves',
        unowned: false
      }
    ])
  })

  test('proven and rehearsed: a passed rollback-drill lifts it to L4', () => {
    const g = gradeOf(claim('T0.1', 0, ['corridor', 'drill']), [
      passed('corridor'),
      passed('drill', { builtin: 'rollback-drill' })
    ])
    expect([g.grade, g.level]).toEqual(['proven', 'L4'])
  })

  test('L4 needs a rehearsal that passed outright: an accepted-unverified drill stays at L3', () => {
    // Found in use: rollback-drill with allow_unverified and no history at all read "L4".
    const g = gradeOf(claim('T0.1', 0, ['corridor', 'drill']), [
      passed('corridor'),
      result('drill', 'unverified', 'accepted-unverified', { builtin: 'rollback-drill' })
    ])
    expect([g.grade, g.level]).toEqual(['proven', 'L3'])
    const replay = gradeOf(claim('T0.1', 0, ['replay']), [
      result('replay', 'unverified', 'accepted-unverified', { builtin: 'replay-determinism' })
    ])
    expect(replay.level).toBe('L3')
  })

  test('partial: some passed, none failed outright; waived, unverified and conditional named', () => {
    const g = gradeOf(claim('T1.2', 1, ['a', 'w', 'u', 'c']), [
      passed('a'),
      result('w', 'failed', 'waived'),
      result('u', 'unverified', 'failed'),
      result('c', 'passed', 'conditional')
    ])
    expect(g).toMatchObject({ grade: 'partial', level: 'L2', failing: ['w', 'u', 'c'] })
    // Tier 1 never blocks by itself
    expect([g.blocker, g.blocker_class]).toEqual([false, null])
  })

  test('not proven: any control failed, missing, invalid, stale or absent from the results', () => {
    for (const status of ['failed', 'missing', 'invalid', 'stale'] as const) {
      const g = gradeOf(claim('T2.1', 2, ['a', 'b']), [passed('a'), result('b', status, 'failed')])
      expect([g.grade, g.level, g.failing]).toEqual(['not-proven', 'L1', ['b']])
    }
    const absent = gradeOf(claim('T2.1', 2, ['a', 'ghost']), [passed('a')])
    expect(absent.grade).toBe('not-proven')
    expect(absent.controls[1]).toEqual({
      id: 'ghost',
      status: 'missing',
      outcome: null,
      counts: 'fails',
      unowned: false
    })
  })

  test('not proven at L0 when nothing passed, even with no outright failure', () => {
    const g = gradeOf(claim('T1.1', 1, ['w']), [result('w', 'failed', 'waived')])
    expect([g.grade, g.level]).toEqual(['not-proven', 'L0'])
    expect(gradeOf(claim('T1.1', 1, ['f']), [failed('f')]).level).toBe('L0')
  })

  test('require_ownership: a control without owner or runbook caps the claim at partial', () => {
    const c = claim('T1.3', 1, ['a', 'b'], { require_ownership: true })
    const g = gradeOf(c, [passed('a'), passed('b', { runbook: null })])
    expect(g).toMatchObject({ grade: 'partial', level: 'L2', failing: ['b'] })
    expect(gradeOf(c, [passed('a'), passed('b')]).grade).toBe('proven')
    // without the flag, ownership does not matter
    expect(
      gradeOf(claim('T1.3', 1, ['a', 'b']), [passed('a', { owner: null }), passed('b')]).grade
    ).toBe('proven')
    // the cap never lifts a claim that was not proven
    expect(gradeOf(c, [failed('a'), passed('b', { owner: null })]).grade).toBe('not-proven')
  })

  test('a Tier 0 claim not proven blocks, with the class of its failing controls', () => {
    const corridor = gradeOf(claim('T0.1', 0, ['branch-protection', 'drill']), [
      failed('branch-protection'),
      failed('drill', { builtin: 'rollback-drill' })
    ])
    expect([corridor.blocker, corridor.blocker_class]).toEqual([true, 'release-corridor'])
    const rollback = gradeOf(claim('T0.1', 0, ['branch-protection', 'drill']), [
      passed('branch-protection'),
      failed('drill', { builtin: 'rollback-drill' })
    ])
    expect(rollback.blocker_class).toBe('rollback')
    const provenance = gradeOf(claim('T0.2', 0, ['cov']), [
      failed('cov', { builtin: 'provenance-coverage' })
    ])
    expect(provenance.blocker_class).toBe('provenance')
    const determinism = gradeOf(claim('T0.3', 0, ['replay']), [
      passed('x'),
      result('replay', 'unverified', 'failed', { builtin: 'replay-determinism' })
    ])
    expect([determinism.grade, determinism.blocker_class]).toEqual(['not-proven', 'determinism'])
    const ownership = gradeOf(claim('T0.4', 0, ['a'], { require_ownership: true }), [
      passed('a', { owner: null })
    ])
    expect([ownership.grade, ownership.blocker_class]).toEqual(['partial', 'runbook-ownership'])
    const unknown = gradeOf(claim('T0.5', 0, ['lint-report']), [failed('lint-report')])
    expect(unknown.blocker_class).toBe('unresolved-tier-0')
    const named = gradeOf(claim('T0.6', 0, ['lint-report'], { class: 'provenance' }), [
      failed('lint-report')
    ])
    expect(named.blocker_class).toBe('provenance')
  })

  test('the matrix is by tier then id, and lists the controls no claim names', () => {
    const m = gradeClaims(
      [claim('T2.1', 2, ['c']), claim('T0.2', 0, ['a']), claim('T0.1', 0, ['b'])],
      [passed('z'), passed('a'), passed('b'), passed('c'), passed('m')]
    )
    expect(m.claims.map((c) => c.id)).toEqual(['T0.1', 'T0.2', 'T2.1'])
    expect(m.unclaimed_controls).toEqual(['m', 'z'])
    expect(gradeClaims([], [passed('a')])).toEqual({ claims: [], unclaimed_controls: ['a'] })
  })
})

describe('property: adding a failed control to a claim never improves its grade', () => {
  const GRADE_RANK: Record<ClaimGrade, number> = { 'not-proven': 0, partial: 1, proven: 2 }
  const LEVEL_RANK = (l: ClaimLevel): number => CLAIM_LEVELS.indexOf(l)
  const outcomes: [ControlStatus, Outcome][] = [
    ['passed', 'passed'],
    ['passed', 'conditional'],
    ['unverified', 'accepted-unverified'],
    ['unverified', 'failed'],
    ['failed', 'waived'],
    ['failed', 'failed'],
    ['missing', 'failed'],
    ['invalid', 'failed'],
    ['stale', 'failed']
  ]
  const builtins = [undefined, 'rollback-drill', 'replay-determinism', 'ci-trend']
  const arbControl = fc.record({
    pick: fc.nat({ max: outcomes.length - 1 }),
    owner: fc.boolean(),
    runbook: fc.boolean(),
    builtin: fc.constantFrom(...builtins)
  })

  test('over generated claims and results', () => {
    fc.assert(
      fc.property(
        fc.array(arbControl, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<0 | 1 | 2>(0, 1, 2),
        fc.boolean(),
        fc.constantFrom(...(['failed', 'missing', 'invalid', 'stale'] as const)),
        fc.boolean(),
        (specs, tier, ownership, badStatus, badOwned) => {
          const results = specs.map((s, i) => {
            const [status, outcome] = outcomes[s.pick] as [ControlStatus, Outcome]
            return result(`c${i}`, status, outcome, {
              owner: s.owner ? 'sre' : null,
              runbook: s.runbook ? 'rb' : null,
              ...(s.builtin ? { builtin: s.builtin } : {})
            })
          })
          const ids = results.map((r) => r.id)
          const before = gradeOf(
            claim('P', tier, ids, ownership ? { require_ownership: true } : {}),
            results
          )
          const bad = result('bad', badStatus, 'failed', badOwned ? {} : { owner: null })
          const after = gradeOf(
            claim('P', tier, [...ids, 'bad'], ownership ? { require_ownership: true } : {}),
            [...results, bad]
          )
          expect(CLAIM_GRADES).toContain(after.grade)
          expect(GRADE_RANK[after.grade]).toBeLessThanOrEqual(GRADE_RANK[before.grade])
          expect(LEVEL_RANK(after.level)).toBeLessThanOrEqual(LEVEL_RANK(before.level))
          expect(after.grade).toBe('not-proven')
          expect(after.failing).toContain('bad')
          // a Tier 0 claim that is not proven always blocks
          expect(after.blocker).toBe(tier === 0)
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('claims in the policy file: errors with line and column', () => {
  const POLICY = (claims: string): string =>
    [
      'version: 1',
      'controls:',
      '  - id: branch-protection',
      '    severity: high',
      '  - id: drill',
      '    severity: high',
      '    source: { builtin: rollback-drill }',
      'claims:',
      claims
    ].join('\n')

  function errorOf(text: string): string {
    try {
      parsePolicy(text, FILE)
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigurationError)
      return (e as Error).message
    }
    throw new Error('expected a configuration error')
  }

  test('a valid claims section parses into the policy', () => {
    const p = parsePolicy(
      POLICY(
        [
          '  - id: T0.1',
          '    title: Governed release corridor with fast rollback',
          '    tier: 0',
          '    controls: [branch-protection, drill]',
          '  - id: T1.1',
          '    title: Runbooks',
          '    tier: 1',
          '    controls: [drill]',
          '    require_ownership: true',
          '    class: runbook-ownership',
          ''
        ].join('\n')
      ),
      FILE
    )
    expect(p.claims).toEqual([
      {
        id: 'T0.1',
        title: 'Governed release corridor with fast rollback',
        tier: 0,
        controls: ['branch-protection', 'drill']
      },
      {
        id: 'T1.1',
        title: 'Runbooks',
        tier: 1,
        controls: ['drill'],
        require_ownership: true,
        class: 'runbook-ownership'
      }
    ])
  })

  test('a claim naming an unknown control: its line and column', () => {
    const msg = errorOf(
      POLICY(
        [
          '  - id: T0.1',
          '    title: Corridor',
          '    tier: 0',
          '    controls:',
          '      - branch-protection',
          '      - promotion-prod',
          ''
        ].join('\n')
      )
    )
    expect(msg).toBe(
      `${FILE}:14:9: claims[0].controls[1]: claim 'T0.1' names unknown control 'promotion-prod'; declared controls: branch-protection, drill`
    )
  })

  test('a duplicate claim id: the line and column of the second', () => {
    const msg = errorOf(
      POLICY(
        [
          '  - id: T0.1',
          '    title: A',
          '    tier: 0',
          '    controls: [drill]',
          '  - id: T0.1',
          '    title: B',
          '    tier: 1',
          '    controls: [drill]',
          ''
        ].join('\n')
      )
    )
    expect(msg).toBe(
      `${FILE}:13:9: claims[1].id: duplicate claim id 'T0.1' (first declared at claims[0]); ids must be unique`
    )
  })

  test('a claim id that is a control id, and a control named twice, are refused at their line', () => {
    expect(
      errorOf(
        POLICY(
          ['  - id: drill', '    title: A', '    tier: 0', '    controls: [drill]', ''].join('\n')
        )
      )
    ).toBe(
      `${FILE}:9:9: claims[0].id: claim id 'drill' is also a control id, so the blocker register could not tell them apart; use another id (for example T0.1)`
    )
    expect(
      errorOf(
        POLICY(
          [
            '  - id: T0.1',
            '    title: A',
            '    tier: 0',
            '    controls:',
            '      - drill',
            '      - drill',
            ''
          ].join('\n')
        )
      )
    ).toBe(
      `${FILE}:14:9: claims[0].controls[1]: claim 'T0.1' names control 'drill' twice; name each control once`
    )
  })

  test('a tier outside 0–2: the line and column of the tier', () => {
    for (const tier of ['3', '-1', '0.5', '"0"']) {
      const msg = errorOf(
        POLICY(
          ['  - id: T0.1', '    title: A', `    tier: ${tier}`, '    controls: [drill]', ''].join(
            '\n'
          )
        )
      )
      expect(msg).toMatch(
        new RegExp(`^${FILE.replace(/\./g, '\\.')}:11:11: claims\\[0\\]\\.tier: `)
      )
      expect(msg).toContain('allowed: 0, 1, 2')
    }
  })

  test('an unknown class and a missing title are schema errors at their lines', () => {
    const msg = errorOf(
      POLICY(
        ['  - id: T0.1', '    tier: 0', '    controls: [drill]', '    class: speed', ''].join('\n')
      )
    )
    expect(msg).toContain(`${FILE}:9:5: claims[0]: missing required key 'title'`)
    expect(msg).toContain(`${FILE}:12:12: claims[0].class: "speed" is not allowed`)
  })
})

describe('claims in the decision and the Markdown (found in use)', () => {
  const corridor: Claim = claim('T0.1', 0, ['a', 'b'])

  test('a Tier 0 claim not proven is no-go whatever the profile allows (max_high 0..99)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONTROL_STATUSES),
        fc.constantFrom(...CONTROL_STATUSES),
        fc.nat({ max: 99 }),
        fc.nat({ max: 99 }),
        (sa, sb, maxHigh, maxMedium) => {
          const s = decide({
            ...gateInput(
              [
                [control('a', 'medium'), sa],
                [control('b', 'medium'), sb]
              ],
              {
                profile: {
                  name: 'open',
                  max_high: maxHigh,
                  max_medium: maxMedium,
                  selected_by: 'test'
                }
              }
            ),
            claims: [corridor]
          })
          const proven = s.claims?.claims[0]?.grade === 'proven'
          expect(s.decision === 'no-go').toBe(!proven)
          expect(s.status).toBe(proven ? 'passed' : 'failed')
        }
      ),
      { numRuns: 200 }
    )
  })

  test('the blocker reason and the matrix say why each control keeps the claim from proven', () => {
    const s = decide({
      ...gateInput(
        [
          [control('a', 'medium', { owner: 'sre' }), 'passed'],
          [control('w', 'medium', { owner: 'sre', runbook: 'rb.md' }), 'failed'],
          [control('u', 'medium', { owner: 'sre', runbook: 'rb.md' }), 'unverified'],
          [control('other', 'medium'), 'passed']
        ],
        { waivers: [waiver('w', '2027-01-31')] }
      ),
      claims: [claim('T0.9', 0, ['a', 'w', 'u'], { require_ownership: true })]
    })
    const b = s.blockers.find((x) => x.kind === 'unproven-claim')
    expect(b?.reason).toBe(
      "Tier 0 claim 'claim T0.9' is partial (L2): not proven by a (no owner/runbook), w (waived), u (unverified); a Tier 0 claim not proven is no-go whatever the profile allows"
    )
    const md = renderSummaryMarkdown(s, { maxRows: 50, maxChars: 65_536 })
    expect(md).toContain(
      '| 0 | `T0.9` claim T0.9 | 🟡 partial | L2 | `a` (no owner/runbook), `w` (waived), `u` (unverified) | high: runbook-ownership |'
    )
    expect(md).toContain('Controls no claim names: `other`')
    // the claim matrix by tier comes before the controls
    expect(md.indexOf('### Claims by tier')).toBeLessThan(md.indexOf('### Claim matrix'))
    expect(md).toContain('unproven-claim (runbook-ownership)')
  })

  test('claim titles cannot break the Markdown table, notify, link or hide text', () => {
    const title =
      'A | b <img src=x onerror=alert(1)> @acme/all **x** [l](https://e.test) `t` #1\nnew | row\u202Eevil'
    const s = decide({
      ...gateInput([[control('a'), 'failed']]),
      claims: [claim('T0.1', 0, ['a'], { title })]
    })
    const md = renderSummaryMarkdown(s, { maxRows: 50, maxChars: 65_536 })
    const row = md.split('\n').find((l) => l.startsWith('| 0 |')) ?? ''
    // six cells: the pipes inside the title are escaped
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8)
    // no raw HTML, mention, link, URL or bidi override: each is escaped, broken or named
    expect(row).not.toMatch(/<img|@acme|[^\\]\]\(|https:\/\/|\u202E/)
    expect(row).toContain('\\[U+000A line feed\\]new')
    expect(row).toContain('\\[U+202E right-t')
    expect(md).not.toContain('\u202E')
  })

  test('a claim of many controls: the reason and the row name the first 20, those falling short first', () => {
    const pairs: [ReturnType<typeof control>, ControlStatus][] = []
    for (let i = 0; i < 40; i++) {
      const id = `c${String(i).padStart(2, '0')}`
      pairs.push([control(id, 'medium'), i >= 15 ? 'failed' : 'passed'])
    }
    const s = decide({
      ...gateInput(pairs),
      claims: [
        claim(
          'T0.1',
          0,
          pairs.map(([c]) => c.id)
        )
      ]
    })
    const reason = s.blockers.find((b) => b.kind === 'unproven-claim')?.reason ?? ''
    expect(reason).toContain('not proven by c15 (failed), c16 (failed)')
    expect(reason).toContain('c34 (failed), … and 5 more (claims in executive-summary.json)')
    expect(reason).not.toContain('c35 (failed)')
    const md = renderSummaryMarkdown(s, { maxRows: 50, maxChars: 65_536 })
    const row = md.split('\n').find((l) => l.startsWith('| 0 |')) ?? ''
    expect(row).toContain('`c15` (failed), `c16` (failed)')
    expect(row).toContain('`c34` (failed), … and 20 more |')
    expect(row).not.toContain('`c00`')
    expect(s.claims?.claims[0]?.controls).toHaveLength(40)
  })

  test('without claims: no claim matrix in the JSON, no section in the Markdown', () => {
    const input = gateInput([[control('a'), 'passed']])
    const without = decide(input)
    const empty = decide({ ...input, claims: [] })
    expect(Object.keys(without)).not.toContain('claims')
    expect(empty).toEqual(without)
    const md = renderSummaryMarkdown(without, { maxRows: 50, maxChars: 65_536 })
    expect(md).not.toContain('Claims by tier')
    expect(md).not.toContain('no claim names')
    const withClaims = decide({ ...input, claims: [claim('T1.1', 1, ['a'])] })
    expect(Object.keys(withClaims).filter((k) => k !== 'claims')).toEqual(Object.keys(without))
  })
})
