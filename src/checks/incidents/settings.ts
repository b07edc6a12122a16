/** `checks.incidents` in the policy file (schemas/checks/incidents.schema.json). */
import { DEFAULT_INCIDENT_SETTINGS } from '../../core/incidents.js'
import type { Policy } from '../../core/policy.js'

export interface IncidentsCheckSettingsInput {
  label?: string
  include_prereleases?: boolean
}

export interface IncidentsCheckSettings {
  /** The label of the tracking issues. */
  label: string
  /** Where it came from: the setting, the policy's `incidents.labels`, or the default. */
  labelFrom: 'settings' | 'incidents' | 'default'
  /** Whether a prerelease counts as the previous release (default false). */
  includePrereleases: boolean
}

/**
 * Settings with defaults applied (`input` was validated against the schema by the caller): the
 * label defaults to the first of `incidents.labels`, else gonogo's default `gonogo-incident`.
 */
export function incidentsCheckSettings(input: unknown, policy: Policy): IncidentsCheckSettings {
  const s = (input ?? {}) as IncidentsCheckSettingsInput
  const fromPolicy = policy.incidents?.labels?.[0]
  return {
    label: s.label ?? fromPolicy ?? (DEFAULT_INCIDENT_SETTINGS.labels[0] as string),
    labelFrom:
      s.label !== undefined ? 'settings' : fromPolicy !== undefined ? 'incidents' : 'default',
    includePrereleases: s.include_prereleases ?? false
  }
}
