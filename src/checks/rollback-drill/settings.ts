/** `checks.rollback-drill` in the policy file (schemas/checks/rollback-drill.schema.json). */
import type { Policy } from '../../core/policy.js'

export interface RollbackDrillSettingsInput {
  environments?: string[]
  max_age_days?: number
  recovery_objective_minutes?: number
  store?: 'auto' | 'deployments' | 'local'
  state?: string
}

export interface RollbackDrillSettings {
  /** Environments whose last rollback is judged, in the order given (duplicates dropped). */
  environments: string[]
  /** Where they came from: the setting, the policy's `environments:` corridor, or nowhere. */
  environmentsFrom: 'settings' | 'corridor' | 'none'
  /** Days a rollback drill stays valid. */
  maxAgeDays: number
  /** Minutes a rollback may take from its start to its success. */
  recoveryObjectiveMinutes: number
  /** Where the history is read: `auto` is the deployments with a token, else the state folder. */
  store: 'auto' | 'deployments' | 'local'
  /** The CLI's state folder, workspace-relative. */
  state: string
}

/** A drill a quarter old is the oldest that counts, by default. */
export const DEFAULT_MAX_AGE_DAYS = 90
/** A rollback that takes longer than an hour misses the default recovery objective. */
export const DEFAULT_RECOVERY_OBJECTIVE_MINUTES = 60
/** The CLI's default `--state` folder (cli/promote.ts). */
export const DEFAULT_STATE = '.gonogo/state'

/**
 * Settings with defaults applied; `input` was validated against the schema by the caller. The
 * environments default to those the policy declares under `environments:` (the corridor), in
 * file order.
 */
export function rollbackDrillSettings(input: unknown, policy: Policy): RollbackDrillSettings {
  const s = (input ?? {}) as RollbackDrillSettingsInput
  const declared = s.environments ?? []
  const corridor = Object.keys(policy.environments ?? {})
  const environments = declared.length > 0 ? declared : corridor
  return {
    environments: [...new Set(environments)],
    environmentsFrom: declared.length > 0 ? 'settings' : corridor.length > 0 ? 'corridor' : 'none',
    maxAgeDays: s.max_age_days ?? DEFAULT_MAX_AGE_DAYS,
    recoveryObjectiveMinutes: s.recovery_objective_minutes ?? DEFAULT_RECOVERY_OBJECTIVE_MINUTES,
    store: s.store ?? 'auto',
    state: (s.state ?? DEFAULT_STATE).replace(/\/+$/, '').replace(/^\.\//, '') || '.'
  }
}
