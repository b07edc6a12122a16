import { makeReport } from '../../core/report.js'
import type { BuiltinCheck } from '../builtin-contract.js'
import { gatherReplay, type ReplayFacts } from './gather.js'
import { compareOutputs, judgeReplay } from './judge.js'

export const CONTROL = 'replay-determinism'

/** Runs the declared build several times in fresh copies and compares the outputs' hashes. */
export const runReplayDeterminism: BuiltinCheck = async (ctx) => {
  const facts = await gatherReplay({
    facts: ctx.facts,
    settings: ctx.settings,
    effectiveTime: ctx.effectiveTime,
    log: ctx.log
  })
  return makeReport({
    control: CONTROL,
    subject: ctx.subject,
    generatedAt: new Date(ctx.effectiveTime).toISOString(),
    generator: CONTROL,
    checks: judgeReplay(facts),
    facts: reportFacts(facts)
  })
}

/** What the report records of the replay: the settings used, each run, the comparison's size. */
export function reportFacts(f: ReplayFacts): unknown {
  if (f.config === undefined) return undefined
  const c = f.config
  const ok = f.runs.filter((r) => r.exitCode === 0 && !r.timedOut && r.error === undefined)
  const cmp = ok.length >= 2 ? compareOutputs(ok) : undefined
  return {
    command: c.command,
    working_directory: c.workingDirectory || '.',
    outputs: c.outputs,
    runs: c.runs,
    timeout_seconds: c.timeoutSeconds,
    ...(f.sourceDateEpoch ? { source_date_epoch: f.sourceDateEpoch } : {}),
    ...(f.copy
      ? {
          copy: {
            files: f.copy.files,
            links: f.copy.links,
            bytes: f.copy.bytes,
            skipped: f.copy.skippedCount,
            git: f.copy.git
          }
        }
      : {}),
    results: f.runs.map((r) => ({
      run: r.run,
      exit_code: r.exitCode,
      signal: r.signal,
      timed_out: r.timedOut,
      outputs: Object.keys(r.outputs.digests).length
    })),
    ...(cmp
      ? {
          compared: {
            identical: cmp.identical,
            differing: cmp.differing.length,
            missing: cmp.missing.length
          }
        }
      : {})
  }
}
