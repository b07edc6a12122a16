// Issue 19, per-repository overrides of the org policy (core/org-policy.ts): the precedence rule
// (later wins, null removes, lists replaced whole, new keys tried first), errors at load time with
// line and column, overrides that match no repository of a plan, and what a shard's shard.json
// may say about them.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import picomatch from 'picomatch'
import { appliedFromShard, effectivePolicy, unmatchedOverrides } from '../src/core/org-policy.js'
import { branchEntryFor } from '../src/core/branch-entry.js'
import { ConfigurationError } from '../src/core/errors.js'
import { parsePolicy } from '../src/io/policy-file.js'
import type { Policy } from '../src/core/policy.js'

const FILE = '.github/gonogo.yml'
const HEAD = `version: 1
controls:
  - id: branch-protection
    severity: high
`
const POLICY = `${HEAD}branches:
  main:
    required_checks: [test, lint]
    min_approvals: 2
    block_force_pushes: true
  'release/*':
    min_approvals: 1
org:
  overrides:
    - id: legacy
      description: old services, one reviewer is all they have
      repositories: ['legacy-*', 'old-api']
      branches:
        main: { min_approvals: 1, required_checks: null }
    - id: strict-payments
      repositories: ['pay{ments,outs}']
      branches:
        main: { min_approvals: 3, required_checks: [test] }
        'release/v*': { min_approvals: 2 }
    - id: legacy-payments
      repositories: ['legacy-pay*']
      branches:
        main: { min_approvals: 2 }
`

/** The ids of the overrides applied to a repository. */
const overridesFor = (p: Policy, repository: string): string[] =>
  effectivePolicy(p, repository).applied

function errorOf(text: string): string {
  try {
    parsePolicy(text, FILE)
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError)
    return (e as Error).message
  }
  throw new Error('the policy was accepted')
}

describe('the effective policy of one repository', () => {
  const policy = parsePolicy(POLICY, FILE)

  test('no override matches: the very same policy, nothing applied', () => {
    const e = effectivePolicy(policy, 'acme/web')
    expect(e.policy).toBe(policy)
    expect(e.applied).toEqual([])
  })

  test('a setting given replaces the one in effect, null removes it, the rest stays', () => {
    const e = effectivePolicy(policy, 'acme/legacy-billing')
    expect(e.applied).toEqual(['legacy'])
    expect(e.policy.branches?.main).toEqual({ min_approvals: 1, block_force_pushes: true })
    // The other branches and the rest of the policy are untouched, and so is the input.
    expect(e.policy.branches?.['release/*']).toEqual({ min_approvals: 1 })
    expect(e.policy.controls).toBe(policy.controls)
    expect(policy.branches?.main?.min_approvals).toBe(2)
    expect(policy.branches?.main?.required_checks).toEqual(['test', 'lint'])
  })

  test('lists are replaced whole, and a new branch key is tried before the keys in effect', () => {
    const e = effectivePolicy(policy, 'acme/payouts')
    expect(e.applied).toEqual(['strict-payments'])
    expect(e.policy.branches?.main?.required_checks).toEqual(['test'])
    expect(Object.keys(e.policy.branches ?? {})).toEqual(['release/v*', 'main', 'release/*'])
    expect(branchEntryFor(e.policy.branches ?? {}, 'release/v2')?.policy).toEqual({
      min_approvals: 2
    })
    expect(branchEntryFor(e.policy.branches ?? {}, 'release/x')?.policy).toEqual({
      min_approvals: 1
    })
    // Without the override the organisation's glob answers.
    expect(branchEntryFor(policy.branches ?? {}, 'release/v2')?.key).toBe('release/*')
  })

  test('an override that adds a branch key starts from the policy entry verify-rules picks for that name (break test F3)', () => {
    // The break test's example: a glob entry for every branch, an override for one repository
    // that gives main one setting. svc-1 and svc-2 are verified for the same settings, only
    // min_approvals differs.
    const p = parsePolicy(
      `${HEAD}branches:
  '*':
    required_checks: [test, lint]
    min_approvals: 2
    block_force_pushes: true
org:
  overrides:
    - id: one-reviewer
      repositories: ['SVC-1']
      branches:
        main: { min_approvals: 1 }
`,
      FILE
    )
    const one = effectivePolicy(p, 'acme/svc-1')
    const two = effectivePolicy(p, 'acme/svc-2')
    expect(one.applied).toEqual(['one-reviewer'])
    expect(two.applied).toEqual([])
    const main1 = branchEntryFor(one.policy.branches ?? {}, 'main')
    const main2 = branchEntryFor(two.policy.branches ?? {}, 'main')
    expect(main1?.key).toBe('main')
    expect(main2?.key).toBe('*')
    expect(main1?.policy).toEqual({ ...main2?.policy, min_approvals: 1 })
    expect(main2?.policy).toEqual({
      required_checks: ['test', 'lint'],
      min_approvals: 2,
      block_force_pushes: true
    })
    // Other branches of svc-1 still get the organisation's entry, and the input is untouched.
    expect(branchEntryFor(one.policy.branches ?? {}, 'dev')?.policy).toBe(p.branches?.['*'])
    expect(Object.keys(p.branches ?? {})).toEqual(['*'])
  })

  test('rule 4: the exact key before globs, globs in order, a glob key matched by its text, null still removes', () => {
    const p = parsePolicy(
      `${HEAD}branches:
  'release/*': { min_approvals: 1, strict: true }
  'rel*': { min_approvals: 5 }
  '**': { required_checks: [test], block_force_pushes: true }
org:
  overrides:
    - id: first
      repositories: ['a*']
      branches:
        'release/v1': { strict: null }
        'hotfix-*': { min_approvals: 3 }
        trunk: { required_checks: [test, lint] }
    - id: second
      repositories: ['ab']
      branches:
        'release/v2': { block_force_pushes: false }
        trunk2: { min_approvals: 1 }
`,
      FILE
    )
    const e = effectivePolicy(p, 'acme/ab').policy.branches ?? {}
    // The first glob in file order that matches the name: release/* (not rel*, not **).
    expect(e['release/v1']).toEqual({ min_approvals: 1 })
    expect(e['release/v2']).toEqual({ min_approvals: 1, strict: true, block_force_pushes: false })
    // A glob key: its text is matched as a name, '**' covers 'hotfix-*'.
    expect(e['hotfix-*']).toEqual({
      required_checks: ['test'],
      block_force_pushes: true,
      min_approvals: 3
    })
    expect(e.trunk).toEqual({ required_checks: ['test', 'lint'], block_force_pushes: true })
    // A key added by an earlier override is in effect for a later one: trunk2 matches no key
    // added so far but '**'.
    expect(e.trunk2).toEqual({
      required_checks: ['test'],
      block_force_pushes: true,
      min_approvals: 1
    })
    // New keys are tried first, the later override's before the earlier's.
    expect(Object.keys(e)).toEqual([
      'release/v2',
      'trunk2',
      'release/v1',
      'hotfix-*',
      'trunk',
      'release/*',
      'rel*',
      '**'
    ])
    // No key in effect matches: the new key starts from nothing.
    const bare = parsePolicy(
      `${HEAD}branches:
  main: { min_approvals: 2 }
org:
  overrides:
    - id: o
      repositories: ['*']
      branches:
        trunk: { min_approvals: 1 }
`,
      FILE
    )
    expect(effectivePolicy(bare, 'acme/x').policy.branches?.trunk).toEqual({ min_approvals: 1 })
  })

  test('property: the entry lookup the overrides use is the one verify-rules uses', () => {
    const key = fc.constantFrom(
      'main',
      'release/*',
      'rel*',
      '**',
      '*',
      'm?in',
      'release/v[0-9]',
      '{main,dev}'
    )
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { maxLength: 5 }),
        fc.constantFrom('main', 'dev', 'release/v1', 'release/x', 'rel', 'mxin', 'a/b'),
        (keys, branch) => {
          const branches = Object.fromEntries(keys.map((k, i) => [k, { min_approvals: i }]))
          // The shared rule (verify-rules and the overrides both call it), checked against its
          // statement: the exact key, else the first key in file order that matches as a
          // picomatch glob with { dot: true }.
          const first = (keys as readonly string[]).includes(branch)
            ? branch
            : keys.find((k) => picomatch.isMatch(branch, k, { dot: true }))
          const got = branchEntryFor(branches, branch)
          expect(got?.key).toBe(first)
          if (first !== undefined) expect(got?.policy).toBe(branches[first])
        }
      )
    )
  })

  test('every matching override applies in file order: the later one wins', () => {
    const e = effectivePolicy(policy, 'acme/legacy-payments')
    expect(e.applied).toEqual(['legacy', 'legacy-payments'])
    expect(e.policy.branches?.main).toEqual({ min_approvals: 2, block_force_pushes: true })
  })

  test('names are matched without the owner and without case, as GitHub compares them', () => {
    expect(overridesFor(policy, 'ACME/Legacy-Billing')).toEqual(['legacy'])
    expect(overridesFor(policy, 'acme/OLD-API')).toEqual(['legacy'])
    expect(overridesFor(policy, 'acme/old-api-2')).toEqual([])
    expect(overridesFor(policy, 'legacy-x/web')).toEqual([])
  })

  test('property: the effective policy is the base with the matched overrides folded in order', () => {
    const keys = ['min_approvals', 'strict', 'required_checks'] as const
    const setting = fc.record(
      {
        min_approvals: fc.option(fc.integer({ min: 0, max: 10 })),
        strict: fc.option(fc.boolean()),
        required_checks: fc.option(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }))
      },
      { requiredKeys: [] }
    )
    fc.assert(
      fc.property(
        setting,
        fc.array(fc.tuple(fc.boolean(), setting), { maxLength: 5 }),
        (base, overrides) => {
          const clean = Object.fromEntries(
            Object.entries(base).filter(([, v]) => v !== null && v !== undefined)
          )
          const policy = {
            version: 1 as const,
            controls: [],
            branches: { main: clean },
            org: {
              overrides: overrides.map(([matches, b], i) => ({
                id: `o${i}`,
                repositories: [matches ? 'x*' : 'y*'],
                branches: { main: b }
              }))
            }
          }
          const e = effectivePolicy(policy, 'acme/xylophone')
          // The reference: for each key, the last matching override that gives it, else the base.
          const want: Record<string, unknown> = { ...clean }
          for (const [matches, b] of overrides) {
            if (!matches) continue
            for (const k of keys) {
              if (!(k in b)) continue
              if (b[k] === null) delete want[k]
              else want[k] = b[k]
            }
          }
          expect(e.policy.branches?.main).toEqual(want)
          expect(e.applied).toEqual(overrides.flatMap(([matches], i) => (matches ? [`o${i}`] : [])))
        }
      )
    )
  })
})

describe('errors at load time name the line and column', () => {
  test('an unknown key in an override', () => {
    const text = POLICY.replace(
      '      description: old',
      '      repos: [x]\n      description: old'
    )
    expect(errorOf(text)).toMatch(
      /^\.github\/gonogo\.yml:15:7: org\.overrides\[0\]\.repos: unknown key 'repos'; allowed keys here: id, description, repositories, branches$/m
    )
  })

  test('an unknown setting in an override branch entry', () => {
    const text = POLICY.replace('{ min_approvals: 2 }\n`', '{ min_approvals: 2 }\n')
    const bad = text.replace(
      '        main: { min_approvals: 2 }\n',
      '        main: { min_approval: 2 }\n'
    )
    expect(errorOf(bad)).toMatch(
      /gonogo\.yml:27:17: org\.overrides\[2\]\.branches\.main\.min_approval: unknown key 'min_approval'/
    )
  })

  test('a glob with the owner, or with characters a name cannot hold', () => {
    expect(errorOf(POLICY.replace("'old-api'", "'acme/old-api'"))).toMatch(
      /gonogo\.yml:16:34: org\.overrides\[0\]\.repositories\[1\]: "acme\/old-api" does not match a repository name glob without the owner/
    )
    expect(errorOf(POLICY.replace("'old-api'", "'old api'"))).toMatch(
      /gonogo\.yml:16:34: org\.overrides\[0\]\.repositories\[1\]: "old api" does not match/
    )
  })

  test('an unbalanced bracket or brace, which would silently match nothing', () => {
    expect(errorOf(POLICY.replace("'legacy-*'", "'legacy-[ab'"))).toMatch(
      /gonogo\.yml:16:22: org\.overrides\[0\]\.repositories\[0\]: 'legacy-\[ab' is not a usable repository name glob: a '\[' without its '\]'/
    )
    expect(errorOf(POLICY.replace("'pay{ments,outs}'", "'pay{ments,outs'"))).toMatch(
      /gonogo\.yml:20:22: .*a '\{' without its '\}'/
    )
    expect(errorOf(POLICY.replace("'pay{ments,outs}'", "'pay}'"))).toMatch(
      /a '\}' without its '\{'/
    )
  })

  test('a glob a linear-time matcher does not take is refused at its line and column (break test F4)', () => {
    expect(errorOf(POLICY.replace("'pay{ments,outs}'", "'svc-{1..3}'"))).toMatch(
      /gonogo\.yml:20:22: org\.overrides\[1\]\.repositories\[0\]: 'svc-\{1\.\.3\}' is not a usable repository name glob: a range '\{1\.\.3\}' at character 5: ranges in braces are not supported; write a class such as \[1-3\] or the alternatives \{1,2,3\}/
    )
    expect(errorOf(POLICY.replace("'pay{ments,outs}'", "'pay{ments}'"))).toMatch(
      /gonogo\.yml:20:22: .*'\{ments\}' at character 4 has no ','/
    )
    // The pathological globs of the break test load, and answer without backtracking.
    const p = parsePolicy(
      POLICY.replace("'pay{ments,outs}'", "'*a*a*a*a*a*a*b', '*-*-*-*-*-*-x'"),
      FILE
    )
    expect(overridesFor(p, `acme/${'a'.repeat(100)}`)).toEqual([])
    expect(overridesFor(p, `acme/${'a-'.repeat(49)}x`)).toEqual(['strict-payments'])
  })

  test('a duplicate override id, and a setting of the wrong type', () => {
    expect(errorOf(POLICY.replace('- id: legacy-payments', '- id: legacy'))).toMatch(
      /gonogo\.yml:24:11: org\.overrides\[2\]\.id: duplicate override id 'legacy' \(first declared at org\.overrides\[0\]\)/
    )
    expect(errorOf(POLICY.replace('min_approvals: 3', 'min_approvals: many'))).toMatch(
      /gonogo\.yml:22:32: org\.overrides\[1\]\.branches\.main\.min_approvals: must be .*integer.*, found string "many"/
    )
  })

  test('an org section without branches:, and an override that changes nothing', () => {
    const noBranches = POLICY.replace(
      /branches:\n {2}main:\n(?: {4}.*\n)+ {2}'release\/\*':\n.*\n/,
      ''
    )
    expect(noBranches).not.toMatch(/^branches:/m)
    expect(errorOf(noBranches)).toMatch(
      /gonogo\.yml:6:3: org: its overrides change branches:, which this policy does not declare/
    )
    expect(errorOf(POLICY.replace('main: { min_approvals: 2 }\n', '{}\n'))).toMatch(
      /org\.overrides\[2\]\.branches/
    )
  })

  test('a policy without org: loads as before', () => {
    const p = parsePolicy(`${HEAD}branches:\n  main: { min_approvals: 1 }\n`, FILE)
    expect(p.org).toBeUndefined()
    expect(effectivePolicy(p, 'acme/anything').policy).toBe(p)
  })
})

describe('overrides and the plan', () => {
  const policy = parsePolicy(POLICY, FILE)

  test('an override that matches no repository of the plan is named, in file order', () => {
    const u = unmatchedOverrides(policy, ['acme/legacy-a', 'acme/web'])
    expect(u.map((x) => x.id)).toEqual(['strict-payments', 'legacy-payments'])
    expect(u[0]?.message).toBe(
      "org.overrides[1] 'strict-payments' matches no repository of the plan (repositories: pay{ments,outs}); check the globs, or remove the override"
    )
    expect(unmatchedOverrides(policy, ['acme/legacy-pay', 'acme/payments'])).toEqual([])
  })

  test("a shard's shard.json: only lists of override ids, for repositories of its shard", () => {
    const m = appliedFromShard(
      {
        'acme/a': ['legacy', 'legacy'],
        'acme/b': 'legacy',
        'acme/c': ['<img src=x>'],
        'acme/d': [],
        'acme/outside': ['legacy']
      },
      ['acme/a', 'acme/b', 'acme/c', 'acme/d']
    )
    expect([...m]).toEqual([['acme/a', ['legacy']]])
    expect(appliedFromShard(null, ['acme/a']).size).toBe(0)
    expect(appliedFromShard(['x'], ['0']).size).toBe(0)
  })
})
