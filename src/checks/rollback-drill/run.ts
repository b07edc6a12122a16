import { DEPLOYMENTS_READ_PERMISSION } from '../../core/facts-runtime.js'
import { makeReport, type ReportCheck } from '../../core/report.js'
import type { BuiltinCheck } from '../builtin-contract.js'
import { gatherDrills } from './gather.js'
import { judgeDrills } from './judge.js'
import { rollbackDrillSettings } from './settings.js'

/**
 * rollback-drill: has each environment's rollback path been rehearsed recently, within its
 * recovery objective, and returned to the forward path? Reads the promotion history through
 * `ctx.facts.promotions` only.
 */
export const runRollbackDrill: BuiltinCheck = async (ctx) => {
  const settings = rollbackDrillSettings(ctx.settings, ctx.policy)
  const report = (checks: ReportCheck[], facts?: unknown) =>
    makeReport({
      control: 'rollback-drill',
      subject: ctx.subject,
      generatedAt: new Date(ctx.effectiveTime).toISOString(),
      generator: 'rollback-drill',
      checks,
      ...(facts !== undefined ? { facts } : {})
    })
  if (settings.environments.length === 0) {
    return report([
      {
        id: 'settings',
        status: 'failed',
        message:
          'no environment to judge: checks.rollback-drill.environments is empty and the policy declares no environments',
        remediation:
          'declare checks.rollback-drill.environments: [prod] (or the corridor under environments:) in the policy file',
        location: { file: '.github/gonogo.yml' }
      }
    ])
  }
  const promotions = ctx.facts.promotions
  if (!promotions) {
    return report([
      {
        id: 'history',
        status: 'unverified',
        message:
          'this gate hands the check no promotion history, so no rollback drill can be shown',
        unlock: `run it through action-gate or the gonogo CLI, which read the state folder and (with a token with "${DEPLOYMENTS_READ_PERMISSION}") the deployments`
      }
    ])
  }
  const facts = await gatherDrills(promotions, settings)
  const judged = judgeDrills(facts, settings, ctx.effectiveTime)
  return report(judged.checks, {
    source: facts.source,
    environments_from: settings.environmentsFrom,
    max_age_days: settings.maxAgeDays,
    recovery_objective_minutes: settings.recoveryObjectiveMinutes,
    environments: judged.environments
  })
}
