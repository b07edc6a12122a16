import picomatch from 'picomatch'
import { DEFAULT_PROFILES, type Policy, type Profile } from './policy.js'

export interface SelectedProfile extends Profile {
  name: string
  /** How it was chosen: the override, or the rule index that matched. */
  selected_by: string
}

export interface ProfileContext {
  event: string
  branch: string
  override?: string
}

export class ProfileSelectionError extends Error {}

/** Picks the profile: an explicit override, else the first matching `select_profile` rule. */
export function selectProfile(policy: Policy, ctx: ProfileContext): SelectedProfile {
  const profiles = policy.profiles ?? DEFAULT_PROFILES
  const names = Object.keys(profiles).sort()
  const pick = (name: string, by: string): SelectedProfile => {
    const p = Object.hasOwn(profiles, name) ? profiles[name] : undefined
    if (!p) {
      throw new ProfileSelectionError(
        `profile '${name}' is not declared; declared profiles: ${names.join(', ')}`
      )
    }
    return { name, max_high: p.max_high, max_medium: p.max_medium, selected_by: by }
  }
  if (ctx.override) return pick(ctx.override, 'override')
  const rules = policy.select_profile
  if (!rules) {
    if (names.length === 1) return pick(names[0] as string, 'only profile')
    if (Object.hasOwn(profiles, 'strict')) return pick('strict', 'default (strict)')
    throw new ProfileSelectionError(
      `several profiles are declared but no select_profile rules; add select_profile or pass a profile`
    )
  }
  for (const [i, rule] of rules.entries()) {
    if (rule.event !== undefined && rule.event !== ctx.event) continue
    if (rule.branch !== undefined && !picomatch.isMatch(ctx.branch, rule.branch, { dot: true }))
      continue
    return pick(rule.profile, `select_profile[${i}]`)
  }
  throw new ProfileSelectionError(
    `no select_profile rule matches event '${ctx.event}' on branch '${ctx.branch}'; add a last rule without event and branch as the fallback`
  )
}
