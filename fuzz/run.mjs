#!/usr/bin/env node
/* global setInterval, clearInterval */
/**
 * `npm run fuzz`: compiles gonogo's sources into .fuzz-build (tsc, fuzz/tsconfig.json), then feeds
 * every reader generated inputs (fuzz/formats.mjs, fuzz/targets.mjs) and prints
 *
 *   | target | inputs | uncaught exceptions | hangs (> 2 s) | wrong passes |
 *
 * Each target runs in a worker thread; the main thread watches every input's start time and ends
 * the worker when one input runs past 2 s (a synchronous loop cannot be interrupted otherwise),
 * counts a hang and starts a new worker at the next input. A worker that dies (out of memory, a
 * native crash) counts an uncaught exception for the input it was on.
 *
 * Options: --inputs N (default 10000), --only "<target>" (repeatable), --seed S (default 1),
 * --no-build, --findings DIR (each failing input written there; default .fuzz-build/findings),
 * --jobs N (targets run at once; default 2), --timing (the slowest generators of each target).
 * Exit status: 0 when every count is 0, 1 otherwise, 2 when the harness itself fails.
 */
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const HANG_MS = 2000

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : dflt
}
const inputs = Number(opt('--inputs', '10000'))
const seed = opt('--seed', '1')
const jobs = Math.max(1, Number(opt('--jobs', '2')))
const findings = path.resolve(ROOT, opt('--findings', '.fuzz-build/findings'))
const only = args.flatMap((a, i) => (args[i - 1] === '--only' ? [a] : []))

if (!args.includes('--no-build')) {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc')
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'fuzz/tsconfig.json')], {
    cwd: ROOT,
    encoding: 'utf8'
  })
  // Type errors elsewhere do not stop the emit (noEmitOnError is off); a missing output does.
  if (r.status !== 0 && !/error TS/.test(r.stdout)) {
    process.stderr.write(`fuzz: tsc failed\n${r.stdout}${r.stderr}`)
    process.exit(2)
  }
}
rmSync(findings, { recursive: true, force: true })

const { TARGETS } = await import('./targets.mjs')
const names = Object.keys(TARGETS).filter((n) => only.length === 0 || only.includes(n))

/** Runs one target's inputs, restarting its worker after a hang or a crash. */
function runTarget(target) {
  const res = {
    target,
    inputs: 0,
    exceptions: 0,
    hangs: 0,
    wrong: 0,
    caught: 0,
    kinds: new Map(),
    ms: 0,
    timing: new Map()
  }
  const note = (kind, text, i) => {
    const k = `${kind}: ${text.replace(/\d+/g, 'N').slice(0, 140)}`
    const e = res.kinds.get(k) ?? { count: 0, first: i }
    e.count++
    res.kinds.set(k, e)
  }
  const started = Date.now()
  return new Promise((resolve) => {
    let next = 0
    const spawn = () => {
      if (next >= inputs) {
        res.ms = Date.now() - started
        resolve(res)
        return
      }
      let current // { i, at, op }
      let finished = false
      const w = new Worker(path.join(ROOT, 'fuzz/worker.mjs'), {
        workerData: { target, from: next, to: inputs, seed, findings },
        resourceLimits: { maxOldGenerationSizeMb: 768, stackSizeMb: 4 },
        stdout: true,
        stderr: true
      })
      const watchdog = setInterval(() => {
        if (current && Date.now() - current.at > HANG_MS) {
          res.hangs++
          res.inputs++
          note('hang', `op ${current.op}`, current.i)
          next = current.i + 1
          current = undefined
          finished = true
          clearInterval(watchdog)
          void w.terminate().then(spawn)
        }
      }, 100)
      w.on('message', (m) => {
        if (m.t === 'start') current = { i: m.i, at: Date.now(), op: m.op }
        else if (m.t === 'done') {
          if (current) {
            const t = res.timing.get(m.op) ?? { n: 0, ms: 0, max: 0 }
            const ms = Date.now() - current.at
            t.n++
            t.ms += ms
            t.max = Math.max(t.max, ms)
            res.timing.set(m.op, t)
          }
          current = undefined
          next = m.i + 1
          res.inputs++
          if (m.kind === 'exception') {
            res.exceptions++
            note('exception', `${m.detail} (op ${m.op})`, m.i)
          } else if (m.kind === 'wrong') {
            res.wrong++
            note('wrong pass', `op ${m.op}`, m.i)
          } else if (m.kind === 'caught') {
            res.caught++
            note(
              'caught at the edge',
              `${m.detail.replace(/^.*could not be read/, 'could not be read')}`,
              m.i
            )
          }
        } else if (m.t === 'end') {
          finished = true
          clearInterval(watchdog)
          next = inputs
          void w.terminate().then(spawn)
        }
      })
      const died = (why) => {
        if (finished) return
        finished = true
        clearInterval(watchdog)
        if (current) {
          res.exceptions++
          res.inputs++
          note('exception', `worker died: ${why} (op ${current.op})`, current.i)
          next = current.i + 1
        } else if (next === 0 || why) {
          process.stderr.write(`fuzz: ${target}: worker failed before any input: ${why}\n`)
          next = inputs
        }
        spawn()
      }
      w.on('error', (e) => died(`${e?.code ?? ''} ${e?.message ?? e}`.trim()))
      w.on('exit', (code) => died(`exit ${code}`))
    }
    spawn()
  })
}

const results = []
const queue = [...names]
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    while (queue.length > 0) {
      const t = queue.shift()
      const r = await runTarget(t)
      results.push(r)
      process.stderr.write(`fuzz: ${t}: ${r.inputs} inputs in ${(r.ms / 1000).toFixed(1)} s\n`)
      if (args.includes('--timing')) {
        for (const [op, x] of [...r.timing].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6)) {
          process.stderr.write(`  ${op}: ${x.n} inputs, ${x.ms} ms in all, longest ${x.max} ms\n`)
        }
      }
    }
  })
)
results.sort((a, b) => names.indexOf(a.target) - names.indexOf(b.target))

const fmt = (n) => n.toLocaleString('en-US')
const lines = [
  '| target | inputs | uncaught exceptions | hangs (> 2 s) | wrong passes |',
  '|---|---:|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.target} | ${fmt(r.inputs)} | ${fmt(r.exceptions)} | ${fmt(r.hangs)} | ${fmt(r.wrong)} |`
  )
]
console.log(lines.join('\n'))
const kinds = results.flatMap((r) =>
  [...r.kinds].map(([k, e]) => `- ${r.target}: ${k} ×${e.count} (first: input ${e.first})`)
)
if (kinds.length > 0) {
  console.log(`\nKinds (inputs written to ${path.relative(ROOT, findings)}/):\n${kinds.join('\n')}`)
}
const bad = results.some((r) => r.exceptions + r.hangs + r.wrong > 0)
process.exit(bad ? 1 : 0)
