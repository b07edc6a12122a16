import type { ClassicProtection, Enforcement, RuleLike } from './protection.js'

/** Something read from the API, or why it could not be, and what would let us read it. */
export type Readable<T> = { ok: true; value: T } | { ok: false; reason: string; unlock: string }

/** A rule from the effective-rules endpoint: the rule and the ruleset that imposes it. */
export interface EffectiveRule extends RuleLike {
  ruleset_id: number
  ruleset_source_type?: string
  ruleset_source?: string
}

/** A ruleset that targets the branch (any enforcement), as far as the token could see it. */
export interface RulesetView {
  id: number
  name: string
  enforcement: Enforcement
  sourceType: string
  source: string
  rules: RuleLike[]
  /** undefined: the API hid them (the token cannot edit the ruleset). */
  bypassActors?: { actor_id?: number | null; actor_type: string; bypass_mode?: string }[]
}

/** Everything observed about one branch. */
export interface BranchFacts {
  branch: string
  /** Active rules from every ruleset (repository and organisation) that applies. */
  effectiveRules: Readable<EffectiveRule[]>
  /** Rulesets that apply to the branch, with their details (includes evaluate and disabled). */
  rulesets: Readable<RulesetView[]>
  /** null: the branch has no classic protection (a 404 "Branch not protected" is a fact). */
  classic: Readable<ClassicProtection | null>
}
