import * as core from '@actions/core'
import { ConfigurationError } from '../core/errors.js'

export const MODES = ['bundle', 'verify', 'promote', 'rollback'] as const
export type Mode = (typeof MODES)[number]

export function bool(name: string): boolean {
  const v = core.getInput(name).trim().toLowerCase()
  if (v === 'true' || v === 'false') return v === 'true'
  throw new ConfigurationError(`Input '${name}' must be "true" or "false", got '${v}'.`)
}

export function mode(): Mode {
  const m = (core.getInput('mode') || 'bundle').trim()
  if ((MODES as readonly string[]).includes(m)) return m as Mode
  throw new ConfigurationError(`Input 'mode' must be one of ${MODES.join(', ')}, got '${m}'.`)
}
