/**
 * Runs one target's inputs [from, to) in a worker thread and reports each input's start and
 * outcome to the parent (fuzz/run.mjs), which watches the time and ends this worker when one
 * input runs past the hang limit.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import module from 'node:module'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { rngFor } from './rng.mjs'

// @actions/workflow-parser imports its JSON schema without `with { type: 'json' }` (its bundlers
// and jest accept that; plain Node does not): supply the attribute.
module.registerHooks({
  resolve(specifier, context, next) {
    const r = next(specifier, context)
    return r.url.endsWith('.json')
      ? { ...r, importAttributes: { ...context.importAttributes, type: 'json' } }
      : r
  }
})

const { target, from, to, seed, findings } = workerData
const { describeInput, TARGETS } = await import('./targets.mjs')
const t = TARGETS[target]
const state = await t.setup()

function keep(kind, i, input, detail) {
  if (!findings) return
  const dir = path.join(findings, target.replace(/\W+/g, '-'))
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    path.join(dir, `${kind}-${i}.txt`),
    `${detail}\nop: ${input.op} seed: ${input.seed ?? ''}\n---\n${describeInput(input).slice(0, 200_000)}`
  )
}

for (let i = from; i < to; i++) {
  const input = t.generate(state, rngFor(target, String(seed), String(i)), i)
  parentPort.postMessage({ t: 'start', i, op: input.op })
  let outcome
  try {
    const r = await t.run(state, input)
    if (r.passed && input.mustNotPass) {
      outcome = { kind: 'wrong', detail: `${r.status}: ${String(r.message).slice(0, 300)}` }
      keep('wrong', i, input, outcome.detail)
    } else if (/gonogo bug/.test(r.message ?? '')) {
      outcome = { kind: 'caught', detail: String(r.message).slice(0, 300) }
      keep('caught', i, input, outcome.detail)
    } else outcome = { kind: 'ok' }
  } catch (e) {
    const name = e?.name ?? typeof e
    const message = String(e?.message ?? e)
      .split('\n')[0]
      .slice(0, 160)
    const frame =
      String(e?.stack ?? '')
        .split('\n')
        .find((l) => l.includes('.fuzz-build')) ?? ''
    outcome = { kind: 'exception', detail: `${name}: ${message} ${frame.trim()}` }
    keep('exception', i, input, outcome.detail)
  }
  parentPort.postMessage({ t: 'done', i, op: input.op, ...outcome })
}
await t.teardown?.(state)
parentPort.postMessage({ t: 'end' })
