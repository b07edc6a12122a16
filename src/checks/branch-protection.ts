import type { BranchPolicy } from '../core/policy.js'
import {
  CLASSIC,
  combine,
  describeOrigin,
  fromClassic,
  fromRules,
  noProtection,
  type BypassActor,
  type FlagSetting,
  typeOnlyActor,
  type Origin,
  type Protection
} from '../core/protection.js'
import type { ReportCheck } from '../core/report.js'
import type { BranchFacts, RulesetView } from '../core/branch-facts.js'

export const POLICY_FILE_HINT = '.github/gonogo.yml'

/** The protection seen from each source that could be read; undefined for a source that could not. */
export interface Views {
  rules?: Protection
  classic?: Protection
  /** Rulesets in evaluate mode: configured but not enforced. */
  evaluate: Protection
  unknown: { source: string; reason: string; unlock: string }[]
}

function rulesetOrigin(
  r: RulesetView | undefined,
  id: number,
  sourceType?: string,
  source?: string
): Origin {
  return {
    kind: 'ruleset',
    id,
    ...(r?.name ? { name: r.name } : {}),
    ...((r?.sourceType ?? sourceType) ? { sourceType: r?.sourceType ?? sourceType } : {}),
    ...((r?.source ?? source) ? { source: r?.source ?? source } : {}),
    enforcement: r?.enforcement ?? 'active'
  }
}

export function views(f: BranchFacts): Views {
  const unknown: Views['unknown'] = []
  const byId = new Map<number, RulesetView>(
    f.rulesets.ok ? f.rulesets.value.map((r) => [r.id, r]) : []
  )
  let rules: Protection | undefined
  if (f.effectiveRules.ok) {
    const groups = new Map<number, typeof f.effectiveRules.value>()
    for (const r of f.effectiveRules.value)
      groups.set(r.ruleset_id, [...(groups.get(r.ruleset_id) ?? []), r])
    rules = combine(
      noProtection(),
      ...[...groups].map(([id, rs]) =>
        fromRules(
          rs,
          rulesetOrigin(byId.get(id), id, rs[0]?.ruleset_source_type, rs[0]?.ruleset_source)
        )
      )
    )
    // Bypass actors come with the rulesets' details, when the token may see them.
    for (const id of groups.keys()) {
      const r = byId.get(id)
      for (const a of r?.bypassActors ?? []) {
        rules.bypass.push({
          type: a.actor_type,
          ...(typeof a.actor_id === 'number' && !typeOnlyActor(a.actor_type)
            ? { id: a.actor_id }
            : {}),
          ...(a.bypass_mode ? { mode: a.bypass_mode } : {}),
          origins: [rulesetOrigin(r, id)]
        })
      }
    }
    rules = combine(rules)
  } else
    unknown.push({
      source: 'rulesets (effective rules)',
      reason: f.effectiveRules.reason,
      unlock: f.effectiveRules.unlock
    })
  let classic: Protection | undefined
  if (f.classic.ok) classic = f.classic.value ? fromClassic(f.classic.value) : noProtection()
  else
    unknown.push({
      source: 'classic branch protection',
      reason: f.classic.reason,
      unlock: f.classic.unlock
    })
  const evaluate = combine(
    noProtection(),
    ...(f.rulesets.ok
      ? f.rulesets.value
          .filter((r) => r.enforcement === 'evaluate')
          .map((r) => fromRules(r.rules, rulesetOrigin(r, r.id)))
      : [])
  )
  return { ...(rules ? { rules } : {}), ...(classic ? { classic } : {}), evaluate, unknown }
}

interface Setting {
  id: string
  label: string
  wanted: unknown
  test: (p: Protection) => boolean
  observed: (p: Protection) => unknown
  origins: (p: Protection) => Origin[]
  remediation: string
}

const where = (os: readonly Origin[]): string => [...new Set(os.map(describeOrigin))].join(', ')

/**
 * Judges one setting over what could be seen. Rules only ever add strictness, so what is already
 * satisfied by the visible sources passes even when another source is unreadable; what is not
 * satisfied fails only when every source was read, and is `unverified` otherwise.
 */
function judge(branch: string, s: Setting, v: Views): ReportCheck {
  const known = [v.rules, v.classic].filter((p): p is Protection => p !== undefined)
  const seen = combine(noProtection(), ...known)
  const id = `${branch}/${s.id}`
  if (s.test(seen)) {
    return {
      id,
      status: 'passed',
      message: `${s.label}: ${fmt(s.observed(seen))} (${where(s.origins(seen)) || 'no rule needed'})`,
      wanted: s.wanted,
      observed: s.observed(seen)
    }
  }
  const inEvaluate = s.test(combine(seen, v.evaluate))
    ? s.origins(v.evaluate).filter((o) => o.enforcement === 'evaluate')
    : []
  const notEnforced =
    inEvaluate.length > 0
      ? `; configured but not enforced in ${where(inEvaluate)}: switch it to active`
      : ''
  const base = {
    id,
    wanted: s.wanted,
    observed: s.observed(seen),
    remediation: `${s.remediation}${notEnforced ? ' (or set the evaluate-mode ruleset to active)' : ''}`
  }
  if (v.unknown.length === 0) {
    return {
      ...base,
      status: 'failed',
      message: `${s.label}: wanted ${fmt(s.wanted)}, observed ${fmt(s.observed(seen))}${known.length ? ` (${where(s.origins(seen)) || 'not set by any rule'})` : ''}${notEnforced}`
    }
  }
  const u = v.unknown
  return {
    ...base,
    status: 'unverified',
    message: `${s.label}: wanted ${fmt(s.wanted)}; the readable rules give ${fmt(s.observed(seen))}, and ${u.map((x) => `${x.source} could not be read (${x.reason})`).join('; ')}${notEnforced}`,
    unlock: u.map((x) => x.unlock).join('; ')
  }
}

function fmt(v: unknown): string {
  if (Array.isArray(v))
    return v.length
      ? v.map((x) => (typeof x === 'string' ? `'${x}'` : JSON.stringify(x))).join(', ')
      : 'none'
  if (typeof v === 'boolean') return v ? 'on' : 'off'
  return String(v)
}

const FLAG_LABELS: [keyof BranchPolicy, FlagSetting, string, string][] = [
  [
    'strict',
    'strict',
    'branches must be up to date before merging',
    'turn on "Require branches to be up to date before merging" in the status-check rule'
  ],
  [
    'dismiss_stale_reviews',
    'dismissStaleReviews',
    'stale reviews are dismissed on push',
    'turn on "Dismiss stale pull request approvals when new commits are pushed"'
  ],
  [
    'require_code_owner_review',
    'codeOwnerReview',
    'code-owner review required',
    'turn on "Require review from Code Owners"'
  ],
  [
    'require_last_push_approval',
    'lastPushApproval',
    'last push must be approved by someone else',
    'turn on "Require approval of the most recent reviewable push"'
  ],
  [
    'require_conversation_resolution',
    'conversationResolution',
    'conversations must be resolved',
    'turn on "Require conversation resolution before merging"'
  ],
  [
    'require_linear_history',
    'linearHistory',
    'linear history required',
    'add the "Require linear history" rule'
  ],
  [
    'block_force_pushes',
    'forcePushesBlocked',
    'force pushes blocked',
    'add the "Block force pushes" rule'
  ],
  ['block_deletions', 'deletionsBlocked', 'deletion blocked', 'add the "Restrict deletions" rule'],
  [
    'require_signed_commits',
    'signedCommits',
    'signed commits required',
    'add the "Require signed commits" rule'
  ]
]

/** GitHub's built-in repository role ids as rulesets name them. */
const ROLE_NAMES: Record<number, string> = { 2: 'maintain', 4: 'write', 5: 'admin' }

export function describeActor(a: { type: string; id?: number; name?: string }): string {
  if (a.type === 'RepositoryRole' && a.id !== undefined)
    return `repository role ${ROLE_NAMES[a.id] ?? `#${a.id}`}`
  if (a.type === 'OrganizationAdmin') return 'organisation admins'
  if (a.type === 'RepositoryAdmin') return 'repository administrators'
  return `${a.type}${a.name ? ` ${a.name}` : ''}${a.id !== undefined ? ` (#${a.id})` : ''}`
}

/** Compares one branch's observed protection with its policy entry: one check per declared setting. */
export function checkBranch(
  branch: string,
  policy: BranchPolicy,
  facts: BranchFacts
): ReportCheck[] {
  const v = views(facts)
  const out: ReportCheck[] = []
  const wantedChecks = (policy.required_checks ?? []).map((c) =>
    typeof c === 'string' ? { context: c } : c
  )
  for (const w of wantedChecks) {
    out.push(
      judge(
        branch,
        {
          id: `required-check:${w.context}`,
          label: `required status check '${w.context}'${w.app_id ? ` from app ${w.app_id}` : ''}`,
          wanted: w.app_id ? { context: w.context, app_id: w.app_id } : w.context,
          test: (p) =>
            p.requiredChecks.some(
              (c) =>
                c.context === w.context && (w.app_id === undefined || c.integrationId === w.app_id)
            ),
          observed: (p) => {
            const cs = p.requiredChecks.filter((x) => x.context === w.context)
            if (cs.length === 0) return 'not required'
            return cs.map((c) =>
              c.integrationId || c.skippedOnCreate
                ? {
                    context: c.context,
                    ...(c.integrationId ? { app_id: c.integrationId } : {}),
                    ...(c.skippedOnCreate ? { not_enforced_on_create: true } : {})
                  }
                : c.context
            )
          },
          origins: (p) =>
            p.requiredChecks.filter((x) => x.context === w.context).flatMap((x) => x.origins),
          remediation: `require the status check '${w.context}'${w.app_id ? ` with app id ${w.app_id}` : ''} in a ruleset on ${branch}`
        },
        v
      )
    )
  }
  if (policy.required_checks !== undefined) {
    const declared = new Set(wantedChecks.map((w) => w.context))
    const seen = combine(
      noProtection(),
      ...[v.rules, v.classic].filter((p): p is Protection => p !== undefined)
    )
    for (const c of seen.requiredChecks) {
      if (declared.has(c.context)) continue
      out.push({
        id: `${branch}/undeclared-required-check:${c.context}${c.integrationId ? `@${c.integrationId}` : ''}`,
        status: 'failed',
        message: `status check '${c.context}' is required on ${branch} (${where(c.origins)}) but not declared in the policy`,
        observed: c.context,
        remediation: `add '${c.context}' to branches.${branch}.required_checks in ${POLICY_FILE_HINT}, or stop requiring it`
      })
    }
  }
  if (policy.required_checks !== undefined && v.unknown.length > 0) {
    out.push({
      id: `${branch}/undeclared-required-checks`,
      status: 'unverified',
      message: `${v.unknown.map((u) => u.source).join(' and ')} could not be read, so ${branch} may require checks the policy does not declare (${v.unknown.map((u) => u.reason).join('; ')})`,
      unlock: v.unknown.map((u) => u.unlock).join('; ')
    })
  }
  if (policy.min_approvals !== undefined) {
    const n = policy.min_approvals
    out.push(
      judge(
        branch,
        {
          id: 'min-approvals',
          label: 'required approvals',
          wanted: n,
          test: (p) => p.minApprovals.value >= n,
          observed: (p) => p.minApprovals.value,
          origins: (p) => p.minApprovals.origins,
          remediation: `require at least ${n} approving reviews in the pull-request rule`
        },
        v
      )
    )
  }
  for (const [key, flag, label, remediation] of FLAG_LABELS) {
    if (policy[key] !== true) continue
    out.push(
      judge(
        branch,
        {
          id: key.replace(/_/g, '-'),
          label,
          wanted: true,
          test: (p) => p[flag].value,
          observed: (p) => p[flag].value,
          origins: (p) => p[flag].origins,
          remediation
        },
        v
      )
    )
  }
  if (policy.bypass_allowed !== undefined)
    out.push(checkBypass(branch, policy.bypass_allowed, facts, v))
  return out
}

function checkBypass(
  branch: string,
  allowed: NonNullable<BranchPolicy['bypass_allowed']>,
  facts: BranchFacts,
  v: Views
): ReportCheck {
  const id = `${branch}/bypass-actors`
  const seen = combine(
    noProtection(),
    ...[v.rules, v.classic].filter((p): p is Protection => p !== undefined)
  )
  // OrganizationAdmin and DeployKey actors are one per type: GitHub ignores their actor_id.
  const ok = (a: BypassActor): boolean =>
    allowed.some(
      (x) => x.type === a.type && (x.id === undefined || typeOnlyActor(a.type) || x.id === a.id)
    )
  const extra = seen.bypass.filter((a) => !ok(a))
  const wanted = allowed.map((a) => describeActor(a))
  const observed = seen.bypass.map((a) => describeActor(a))
  if (extra.length > 0) {
    return {
      id,
      status: 'failed',
      message: `can bypass the rules on ${branch} but are not allowed by the policy: ${extra.map((a) => `${describeActor(a)} (${where(a.origins)})`).join('; ')}`,
      wanted,
      observed,
      remediation: `remove them from the ruleset's bypass list (or include administrators in classic protection), or add them to branches.${branch}.bypass_allowed`
    }
  }
  // Bypass lists are hidden from tokens that cannot edit the ruleset.
  const activeIds = [
    ...new Set(facts.effectiveRules.ok ? facts.effectiveRules.value.map((r) => r.ruleset_id) : [])
  ].sort((a, b) => a - b)
  const listed = new Map(facts.rulesets.ok ? facts.rulesets.value.map((r) => [r.id, r]) : [])
  // A ruleset that imposes rules but is not listed (an enterprise ruleset, say) hides its bypass list too.
  const hidden = facts.rulesets.ok
    ? activeIds
        .filter((id) => listed.get(id)?.bypassActors === undefined)
        .map((id) => ({ id, name: listed.get(id)?.name ?? 'unlisted ruleset' }))
    : []
  const reasons = [
    ...v.unknown.map((u) => `${u.source} could not be read (${u.reason})`),
    ...(!facts.rulesets.ok ? [`the rulesets could not be listed (${facts.rulesets.reason})`] : []),
    ...(hidden.length > 0
      ? [
          `the bypass lists of ${hidden.map((r) => `'${r.name}' (#${r.id})`).join(', ')} are hidden from this token`
        ]
      : [])
  ]
  if (reasons.length > 0) {
    return {
      id,
      status: 'unverified',
      message: `bypass actors on ${branch}: none outside the allow-list among those visible, but ${reasons.join('; ')}`,
      wanted,
      observed,
      unlock:
        'a token that can administer the repository: fine-grained "Administration: read", or a classic token with repo scope, held by an admin'
    }
  }
  return {
    id,
    status: 'passed',
    message: `only allowed actors can bypass the rules on ${branch}${observed.length ? `: ${observed.join(', ')}` : ' (nobody)'}`,
    wanted,
    observed
  }
}

export { CLASSIC }
