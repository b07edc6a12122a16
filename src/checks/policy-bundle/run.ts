import { makeReport } from '../../core/report.js'
import type { BuiltinCheck, BuiltinContext } from '../builtin-contract.js'
import { gatherPolicyBundle, type GatherOptions } from './gather.js'
import { judgePolicyBundle } from './judge.js'
import { bundleSettings } from './settings.js'

export const CONTROL = 'policy-bundle'

/** The check with its gatherer's options fixed (tests point `opa` at a stand-in). */
export function policyBundleCheck(opts: Omit<GatherOptions, 'baseRef'> = {}): BuiltinCheck {
  return async (ctx: BuiltinContext) => {
    const settings = bundleSettings(ctx.settings)
    const facts = await gatherPolicyBundle(ctx.facts, settings, {
      ...opts,
      ...(ctx.baseRef ? { baseRef: ctx.baseRef } : {})
    })
    const checks = judgePolicyBundle(facts, settings)
    return makeReport({
      control: CONTROL,
      subject: ctx.subject,
      generatedAt: new Date(ctx.effectiveTime).toISOString(),
      generator: CONTROL,
      checks,
      facts: summariseFacts(facts)
    })
  }
}

/** OPA bundle layout, tests, annotations, revision bump and `opa test --coverage`. */
export const runPolicyBundle: BuiltinCheck = policyBundleCheck()

/** What the report records as observed: counts and refs, not every module. */
function summariseFacts(f: Awaited<ReturnType<typeof gatherPolicyBundle>>): unknown {
  return {
    bundles: f.bundles.map((b) => ({
      path: b.path,
      modules: b.modules.length,
      packages: new Set(b.modules.flatMap((m) => (m.mod.package ? [m.mod.package.join('.')] : [])))
        .size,
      data_files: b.dataFiles.length,
      unreadable: b.unreadable.length,
      ...(b.base.kind === 'compared'
        ? { base: { ref: b.base.ref, sha: b.base.sha, changed: b.base.changed.length } }
        : {}),
      opa:
        b.opa.kind === 'ran'
          ? {
              exit_code: b.opa.exitCode,
              ...(b.opa.coverage !== undefined ? { coverage: b.opa.coverage } : {})
            }
          : b.opa.kind
    }))
  }
}
