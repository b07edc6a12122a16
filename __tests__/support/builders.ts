import type { Evidence } from '../../src/core/evidence.js'
import type { GateInput } from '../../src/core/decision.js'
import type { Control, Waiver } from '../../src/core/policy.js'
import type { ControlStatus, Severity } from '../../src/core/status.js'

export const T0 = Date.parse('2026-11-21T00:00:00Z')
export const SHA = 'a'.repeat(40)

export function control(
  id: string,
  severity: Severity = 'high',
  extra: Partial<Control> = {}
): Control {
  return { id, severity, ...extra }
}

export function evidence(status: ControlStatus, message = `evidence ${status}`): Evidence {
  return {
    status,
    message,
    kind: 'report',
    pattern: 'r.json',
    files: ['r.json'],
    findings: [],
    findingsOmitted: 0,
    summary: {}
  }
}

export function waiver(controlId: string, expires: string, owner = '@alice'): Waiver {
  return { control: controlId, owner, reason: 'known false positive', expires }
}

/** A gate input from `[control, status]` pairs under a strict (0/0) profile. */
export function gateInput(
  pairs: readonly [Control, ControlStatus][],
  extra: Partial<GateInput> = {}
): GateInput {
  return {
    controls: pairs.map(([c]) => c),
    waivers: [],
    profile: { name: 'strict', max_high: 0, max_medium: 0, selected_by: 'test' },
    effectiveTime: T0,
    subject: { repository: 'acme/shop', sha: SHA, ref: 'refs/heads/main', event: 'push' },
    evidence: new Map(pairs.map(([c, s]) => [c.id, evidence(s)])),
    unverifiedEvidence: new Map(),
    ...extra
  }
}
