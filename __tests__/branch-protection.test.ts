import { describe, expect, test } from '@jest/globals'
import type { BranchFacts, EffectiveRule, Readable, RulesetView } from '../src/core/branch-facts.js'
import { checkBranch } from '../src/checks/branch-protection.js'
import { branchEntryFor as policyFor } from '../src/core/branch-entry.js'
import type { BranchPolicy } from '../src/core/policy.js'
import {
  combine,
  fromClassic,
  fromRules,
  type ClassicProtection,
  type RuleLike
} from '../src/core/protection.js'

const FORBIDDEN = {
  ok: false as const,
  reason: 'HTTP 403: Resource not accessible by integration',
  unlock: 'Administration: read'
}

const pullRequest = (n: number, extra: Record<string, unknown> = {}): RuleLike => ({
  type: 'pull_request',
  parameters: {
    required_approving_review_count: n,
    dismiss_stale_reviews_on_push: true,
    require_code_owner_review: false,
    require_last_push_approval: false,
    required_review_thread_resolution: true,
    ...extra
  }
})
const statusChecks = (contexts: string[], strict = true): RuleLike => ({
  type: 'required_status_checks',
  parameters: {
    strict_required_status_checks_policy: strict,
    required_status_checks: contexts.map((context) => ({ context, integration_id: 15368 }))
  }
})

function ruleset(
  id: number,
  name: string,
  rules: RuleLike[],
  o: {
    enforcement?: 'active' | 'evaluate'
    bypass?: RulesetView['bypassActors']
    org?: boolean
  } = {}
): RulesetView {
  return {
    id,
    name,
    enforcement: o.enforcement ?? 'active',
    sourceType: o.org ? 'Organization' : 'Repository',
    source: o.org ? 'acme' : 'acme/shop',
    rules,
    ...(o.bypass ? { bypassActors: o.bypass } : {})
  }
}

/** Facts as a token of the given kind would see them. */
function facts(
  kind: 'default' | 'admin',
  rulesets: RulesetView[],
  classic: ClassicProtection | null
): BranchFacts {
  const active = rulesets.filter((r) => r.enforcement === 'active')
  const effective: EffectiveRule[] = active.flatMap((r) =>
    r.rules.map((x) => ({
      ...x,
      ruleset_id: r.id,
      ruleset_source_type: r.sourceType,
      ruleset_source: r.source
    }))
  )
  const visible =
    kind === 'admin'
      ? rulesets
      : rulesets.map((r) => {
          const { bypassActors, ...rest } = r
          void bypassActors
          return rest
        })
  const classicSeen: Readable<ClassicProtection | null> =
    kind === 'admin' ? { ok: true, value: classic } : FORBIDDEN
  return {
    branch: 'main',
    effectiveRules: { ok: true, value: effective },
    rulesets: { ok: true, value: visible },
    classic: classicSeen
  }
}

const POLICY: BranchPolicy = {
  required_checks: ['ci / test'],
  strict: true,
  min_approvals: 2,
  dismiss_stale_reviews: true,
  require_conversation_resolution: true,
  block_force_pushes: true,
  bypass_allowed: [{ type: 'OrganizationAdmin' }]
}

const statusById = (checks: { id: string; status: string }[]): Record<string, string> =>
  Object.fromEntries(checks.map((c) => [c.id, c.status]))

describe('normalising classic protection and rulesets into one model', () => {
  test('field names differ but mean the same', () => {
    const classic = fromClassic({
      required_status_checks: {
        strict: true,
        contexts: ['ci / test'],
        checks: [{ context: 'ci / test', app_id: 15368 }]
      },
      required_pull_request_reviews: {
        dismiss_stale_reviews: true,
        require_code_owner_reviews: true,
        required_approving_review_count: 2,
        require_last_push_approval: true
      },
      enforce_admins: { enabled: true },
      allow_force_pushes: { enabled: false },
      allow_deletions: { enabled: false },
      required_linear_history: { enabled: true },
      required_conversation_resolution: { enabled: true },
      required_signatures: { enabled: true }
    })
    const rules = fromRules(
      [
        pullRequest(2, { require_code_owner_review: true, require_last_push_approval: true }),
        statusChecks(['ci / test']),
        { type: 'non_fast_forward' },
        { type: 'deletion' },
        { type: 'required_linear_history' },
        { type: 'required_signatures' }
      ],
      { kind: 'ruleset', id: 1 }
    )
    const pick = (p: typeof classic) => ({
      checks: p.requiredChecks.map((c) => [c.context, c.integrationId]),
      approvals: p.minApprovals.value,
      flags: [
        p.strict,
        p.dismissStaleReviews,
        p.codeOwnerReview,
        p.lastPushApproval,
        p.conversationResolution,
        p.linearHistory,
        p.forcePushesBlocked,
        p.deletionsBlocked,
        p.signedCommits
      ].map((f) => f.value)
    })
    expect(pick(classic)).toEqual(pick(rules))
    expect(classic.bypass).toEqual([])
  })

  test('several sources combine: the strictest wins', () => {
    const a = fromRules([pullRequest(1), statusChecks(['a'], false)], { kind: 'ruleset', id: 1 })
    const b = fromRules(
      [pullRequest(3, { dismiss_stale_reviews_on_push: false }), statusChecks(['b'], true)],
      { kind: 'ruleset', id: 2 }
    )
    const c = combine(a, b)
    expect(c.minApprovals.value).toBe(3)
    expect(c.strict.value).toBe(true)
    expect(c.dismissStaleReviews.value).toBe(true)
    expect(c.requiredChecks.map((x) => x.context)).toEqual(['a', 'b'])
  })

  test('classic protection without "include administrators" lets repository admins bypass', () => {
    expect(fromClassic({ enforce_admins: { enabled: false } }).bypass.map((b) => b.type)).toEqual([
      'RepositoryAdmin'
    ])
  })
})

describe('permission matrix: default token vs admin token, matching vs non-matching rules', () => {
  const matching = [
    ruleset(
      1,
      'main protection',
      [pullRequest(2), statusChecks(['ci / test']), { type: 'non_fast_forward' }],
      { bypass: [{ actor_id: 1, actor_type: 'OrganizationAdmin', bypass_mode: 'always' }] }
    )
  ]
  const weak = [
    ruleset(
      1,
      'main protection',
      [
        pullRequest(1, { dismiss_stale_reviews_on_push: false }),
        statusChecks(['ci / test'], false)
      ],
      { bypass: [{ actor_id: 7, actor_type: 'Team', bypass_mode: 'always' }] }
    )
  ]
  const enforcedAdmins: ClassicProtection = { enforce_admins: { enabled: true } }

  test('default token, rules that match: every rule setting passes without classic access; bypass is unverified', () => {
    const s = statusById(checkBranch('main', POLICY, facts('default', matching, enforcedAdmins)))
    expect(s).toEqual({
      'main/required-check:ci / test': 'passed',
      'main/strict': 'passed',
      'main/min-approvals': 'passed',
      'main/dismiss-stale-reviews': 'passed',
      'main/require-conversation-resolution': 'passed',
      'main/block-force-pushes': 'passed',
      'main/bypass-actors': 'unverified',
      // classic protection may require more checks than the policy declares: cannot be ruled out
      'main/undeclared-required-checks': 'unverified'
    })
  })

  test('default token, rules that do not match: unverified, naming the permission that unlocks it', () => {
    const checks = checkBranch('main', POLICY, facts('default', weak, enforcedAdmins))
    const s = statusById(checks)
    expect(s['main/min-approvals']).toBe('unverified')
    expect(s['main/strict']).toBe('unverified')
    expect(s['main/required-check:ci / test']).toBe('passed')
    const approvals = checks.find((c) => c.id === 'main/min-approvals')
    expect(approvals?.message).toContain(
      'wanted 2; the readable rules give 1, and classic branch protection could not be read (HTTP 403'
    )
    expect(approvals?.unlock).toBe('Administration: read')
  })

  test('admin token, rules that match: everything passes, bypass included', () => {
    const s = statusById(checkBranch('main', POLICY, facts('admin', matching, enforcedAdmins)))
    expect(Object.values(s).every((x) => x === 'passed')).toBe(true)
  })

  test('admin token, rules that do not match: failed, with wanted, observed and where', () => {
    const checks = checkBranch('main', POLICY, facts('admin', weak, enforcedAdmins))
    const s = statusById(checks)
    expect(s).toMatchObject({
      'main/min-approvals': 'failed',
      'main/strict': 'failed',
      'main/dismiss-stale-reviews': 'failed',
      'main/block-force-pushes': 'failed',
      'main/bypass-actors': 'failed'
    })
    const approvals = checks.find((c) => c.id === 'main/min-approvals')
    expect(approvals).toMatchObject({ wanted: 2, observed: 1 })
    expect(approvals?.message).toContain("ruleset 'main protection' (#1)")
    expect(checks.find((c) => c.id === 'main/bypass-actors')?.message).toContain('Team (#7)')
  })

  test('classic protection alone, read by an admin token, satisfies the policy', () => {
    const classic: ClassicProtection = {
      required_status_checks: {
        strict: true,
        contexts: ['ci / test'],
        checks: [{ context: 'ci / test', app_id: 15368 }]
      },
      required_pull_request_reviews: {
        dismiss_stale_reviews: true,
        require_code_owner_reviews: false,
        required_approving_review_count: 2
      },
      enforce_admins: { enabled: true },
      allow_force_pushes: { enabled: false },
      required_conversation_resolution: { enabled: true }
    }
    const s = statusById(
      checkBranch('main', { ...POLICY, bypass_allowed: [] }, facts('admin', [], classic))
    )
    expect(Object.values(s).every((x) => x === 'passed')).toBe(true)
  })

  test('a branch that is not protected (404) is a fact: unsatisfied settings fail rather than stay unverified', () => {
    const s = statusById(checkBranch('main', { min_approvals: 1 }, facts('admin', [], null)))
    expect(s['main/min-approvals']).toBe('failed')
  })

  test('a ruleset in evaluate mode that would satisfy a setting is reported as configured but not enforced', () => {
    const rs = [
      ruleset(1, 'base', [pullRequest(1)]),
      ruleset(2, 'stricter', [pullRequest(2)], { enforcement: 'evaluate' })
    ]
    const c = checkBranch('main', { min_approvals: 2 }, facts('admin', rs, enforcedAdmins)).find(
      (x) => x.id === 'main/min-approvals'
    )
    expect(c?.status).toBe('failed')
    expect(c?.message).toContain("configured but not enforced in ruleset 'stricter' (#2, evaluate)")
  })

  test('effective rules that cannot be read (500s) leave unsatisfied settings unverified, never passed', () => {
    const f: BranchFacts = {
      branch: 'main',
      effectiveRules: { ok: false, reason: 'HTTP 502 after retries', unlock: 're-run' },
      rulesets: FORBIDDEN,
      classic: { ok: true, value: null }
    }
    const s = statusById(checkBranch('main', { min_approvals: 1, block_deletions: true }, f))
    expect(s).toEqual({ 'main/min-approvals': 'unverified', 'main/block-deletions': 'unverified' })
  })

  test('a required check on the branch that the policy does not declare is a finding', () => {
    const rs = [ruleset(1, 'r', [statusChecks(['ci / test', 'legacy / build'])])]
    const c = checkBranch(
      'main',
      { required_checks: ['ci / test'] },
      facts('admin', rs, enforcedAdmins)
    )
    expect(statusById(c)).toEqual({
      'main/required-check:ci / test': 'passed',
      'main/undeclared-required-check:legacy / build@15368': 'failed'
    })
  })

  test('organisation rulesets count like repository ones and say where they come from', () => {
    const rs = [ruleset(9, 'org baseline', [pullRequest(2)], { org: true })]
    const c = checkBranch('main', { min_approvals: 2 }, facts('default', rs, null))[0]
    expect(c).toMatchObject({ status: 'passed' })
    expect(c?.message).toContain("ruleset 'org baseline' (#9, organisation acme)")
  })
})

describe('which policy entry applies to a branch', () => {
  test('an exact name wins over a glob; else the first glob that matches', () => {
    const branches = {
      'release/*': { min_approvals: 1 },
      'release/1.0': { min_approvals: 3 },
      '*': { min_approvals: 0 }
    }
    expect(policyFor(branches, 'release/1.0')?.key).toBe('release/1.0')
    expect(policyFor(branches, 'release/2.0')?.key).toBe('release/*')
    expect(policyFor(branches, 'main')?.key).toBe('*')
    expect(policyFor({ main: {} }, 'dev')).toBeUndefined()
  })
})

describe('review findings', () => {
  test('two sources pinning one check to two apps need both apps', () => {
    const classic = fromClassic({
      required_status_checks: {
        strict: false,
        contexts: ['t'],
        checks: [{ context: 't', app_id: 111 }]
      }
    })
    const rules = fromRules([statusChecks(['t'])], { kind: 'ruleset', id: 1 })
    expect(combine(classic, rules).requiredChecks.map((c) => [c.context, c.integrationId])).toEqual(
      [
        ['t', 111],
        ['t', 15368]
      ]
    )
    const anyApp = fromRules(
      [
        {
          type: 'required_status_checks',
          parameters: {
            strict_required_status_checks_policy: false,
            required_status_checks: [{ context: 't' }]
          }
        }
      ],
      { kind: 'ruleset', id: 2 }
    )
    expect(combine(anyApp, rules).requiredChecks.map((c) => [c.context, c.integrationId])).toEqual([
      ['t', 15368]
    ])
  })

  test('a ruleset that imposes rules but is not listed hides its bypass list: unverified, not passed', () => {
    const f: BranchFacts = {
      branch: 'main',
      effectiveRules: {
        ok: true,
        value: [
          {
            type: 'deletion',
            ruleset_id: 99,
            ruleset_source_type: 'Organization',
            ruleset_source: 'acme'
          }
        ]
      },
      rulesets: { ok: true, value: [] },
      classic: { ok: true, value: { enforce_admins: { enabled: true } } }
    }
    const c = checkBranch('main', { bypass_allowed: [] }, f)[0]
    expect(c?.status).toBe('unverified')
    expect(c?.message).toContain("'unlisted ruleset' (#99)")
  })

  test('repository roles are named as GitHub numbers them', () => {
    const rs = [
      ruleset(1, 'r', [{ type: 'deletion' }], {
        bypass: [
          { actor_id: 2, actor_type: 'RepositoryRole', bypass_mode: 'always' },
          { actor_id: 4, actor_type: 'RepositoryRole', bypass_mode: 'always' }
        ]
      })
    ]
    const c = checkBranch(
      'main',
      { bypass_allowed: [] },
      facts('admin', rs, { enforce_admins: { enabled: true } })
    )[0]
    expect(c?.message).toContain('repository role maintain')
    expect(c?.message).toContain('repository role write')
  })

  test('a required check waived on branch creation says so', () => {
    const rs = [
      ruleset(1, 'r', [
        {
          type: 'required_status_checks',
          parameters: {
            do_not_enforce_on_create: true,
            strict_required_status_checks_policy: false,
            required_status_checks: [{ context: 'test' }]
          }
        }
      ])
    ]
    const c = checkBranch('main', { required_checks: ['test'] }, facts('admin', rs, null))[0]
    expect(c).toMatchObject({
      status: 'passed',
      observed: [{ context: 'test', not_enforced_on_create: true }]
    })
  })
})
