import { makeReport } from '../../core/report.js'
import type { BuiltinCheck } from '../builtin-contract.js'
import { gatherPolicyFreshness } from './gather.js'
import { judgePolicyFreshness } from './judge.js'
import { freshnessSettings } from './settings.js'

export const CONTROL = 'policy-freshness'

/** Policies reviewed within their maximum age; the gate step and required jobs still wired. */
export const runPolicyFreshness: BuiltinCheck = async (ctx) => {
  const settings = freshnessSettings(ctx.settings)
  const facts = await gatherPolicyFreshness(ctx.facts, settings)
  const checks = judgePolicyFreshness(facts, settings, ctx.effectiveTime)
  return makeReport({
    control: CONTROL,
    subject: ctx.subject,
    generatedAt: new Date(ctx.effectiveTime).toISOString(),
    generator: CONTROL,
    checks,
    facts: {
      policies: facts.policies.map((p) => ({
        path: p.path,
        max_age_days: p.maxAgeDays,
        ...(p.review?.ok ? { reviewed: p.review.date, source: p.review.source } : {}),
        ...(p.commit?.ok ? { last_commit: { sha: p.commit.sha, date: p.commit.date } } : {})
      })),
      workflows: facts.workflows.map((w) => w.path)
    }
  })
}
