// Issue 15: gonogo next to what a user would run instead, on the same files, run alternately.
// Every comparison is built here from files this module generates: a 10-line Python loop over
// reports, `cp -r` + `sha256sum`, `sha256sum -c`, and a "toolkit floor" ncc bundle that only loads
// @actions/core and @actions/github and sets one output. Prints figures, asserts nothing.
import { spawn, spawnSync } from 'node:child_process'
import { setInterval, clearInterval } from 'node:timers'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs'
import path from 'node:path'

const GNU_TIME = '/usr/bin/time'

/** The loop an older script runs over a reports folder: open, parse, tally (tally.py). */
const PY_LOOP = [
  'import glob, json, sys',
  'counts = {}',
  "for name in sorted(glob.glob(sys.argv[1] + '/*.json')):",
  '    with open(name, encoding="utf-8") as f:',
  '        report = json.load(f)',
  "    status = report.get('status', 'invalid') if isinstance(report, dict) else 'invalid'",
  '    counts[status] = counts.get(status, 0) + 1',
  'print(counts)',
  "sys.exit(0 if set(counts) <= {'passed'} else 1)",
  ''
].join('\n')

/** Whether GNU time is usable for `-f %M` (peak RSS in KiB). */
function hasGnuTime() {
  if (!existsSync(GNU_TIME)) return false
  const r = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' })
  return r.status === 0 && /^\d+\s*$/.test(r.stderr.trim().split('\n').at(-1) ?? '')
}

/**
 * Runs `argv` once; resolves { ms, code, kb } where kb is the peak resident set in KiB: by GNU time
 * (`-f %M`, which covers the process and every child it waited for) when present, else by sampling
 * VmHWM of the direct child in /proc every 5 ms (a lower bound; a shell's children are not seen).
 */
function once(argv, opts, gnu) {
  return new Promise((resolve, reject) => {
    const memFile = `${opts.tmp}/.mem-${process.pid}`
    const [cmd, ...args] = gnu ? [GNU_TIME, '-f', '%M', '-o', memFile, ...argv] : argv
    const t0 = process.hrtime.bigint()
    const child = spawn(cmd, args, {
      env: opts.env ?? process.env,
      cwd: opts.cwd,
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    let hwm = 0
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)))
    const sampler = gnu
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
            if (m) hwm = Math.max(hwm, Number(m[1]))
          } catch {
            /* exited */
          }
        }, 5)
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6
      if (sampler) clearInterval(sampler)
      let kb = hwm
      if (gnu) {
        try {
          kb = Number(readFileSync(memFile, 'utf8').trim().split('\n').at(-1))
        } catch {
          kb = NaN
        }
      }
      if (code !== 0 && code !== 1)
        reject(new Error(`${argv.join(' ').slice(0, 300)} exited ${code}\n${stderr}`))
      else resolve({ ms, code, kb })
    })
  })
}

/**
 * One warm-up of each, then `pairs` pairs run alternately (A,B then B,A …); the ratio is A/B of
 * each pair, so machine load that drifts between pairs cancels out within one.
 */
async function compare(a, b, pairs, gnu) {
  await once(a.argv, a, gnu)
  await once(b.argv, b, gnu)
  const ra = []
  const rb = []
  const ratios = []
  let kbA = 0
  let kbB = 0
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 === 0 ? [a, b] : [b, a]
    const out = []
    for (const side of order) {
      side.before?.()
      out.push(await once(side.argv, side, gnu))
    }
    const [x, y] = i % 2 === 0 ? out : [out[1], out[0]]
    ra.push(x.ms)
    rb.push(y.ms)
    ratios.push(x.ms / y.ms)
    kbA = Math.max(kbA, x.kb)
    kbB = Math.max(kbB, y.kb)
  }
  return { ra, rb, ratios, kbA, kbB }
}

function q(s) {
  return /^[\w./=:,@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`
}

/** Bundles `entry` with ncc into `out` (as `npm run build` does); returns `out/index.js`. */
function nccBuild(root, node, entry, out) {
  const built = spawnSync(
    node,
    [
      path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      entry,
      '-o',
      out,
      '-q',
      '--target',
      'es2022'
    ],
    { encoding: 'utf8', cwd: root }
  )
  if (built.status !== 0) throw new Error(`${entry}: ncc build failed\n${built.stderr}`)
  return path.join(out, 'index.js')
}

/** The goals table: one row per goal, gonogo and its comparison side by side. */
export async function bench({ root, tmp, node, median, runs, dist, want = () => true }) {
  const gnu = hasGnuTime()
  const dir = path.join(tmp, 'goals')
  mkdirSync(dir, { recursive: true })
  const cli = path.join(dist, 'cli/index.js')
  const rows = []
  const mib = (kb) => (Number.isFinite(kb) && kb > 0 ? (kb / 1024).toFixed(0) : '?')
  const add = (goal, target, ours, theirs, r) => {
    const ratio = median(r.ratios)
    rows.push(
      `| ${goal} | ${median(r.ra).toFixed(0)} | ${mib(r.kbA)} | ${median(r.rb).toFixed(0)} | ${mib(r.kbB)} | **${ratio.toFixed(2)}×** (${Math.min(...r.ratios).toFixed(2)}–${Math.max(...r.ratios).toFixed(2)}) | ${target} | ${met(ratio, target)} | \`${theirs}\` |`
    )
    void ours
  }
  const met = (ratio, target) =>
    target === '—' ? '—' : ratio <= targetValue(target) ? 'met' : 'missed'
  const targetValue = (t) =>
    Number(/([\d.]+)/.exec(t)?.[1] ?? Infinity) - (t.startsWith('<') ? 1e-9 : 0)
  const sh = (cmd, extra = {}) => ({ argv: ['sh', '-c', cmd], tmp, ...extra })
  const nodeRun = (args, extra = {}) => ({ argv: [node, ...args], tmp, ...extra })

  // --- gate over 10,000 reports vs the Python loop -------------------------------------------
  if (want('reports')) {
    const N = Number(process.env.BENCH_REPORTS ?? 10000)
    const loop = path.join(dir, 'tally.py')
    // The interpreter itself, not a version manager's shim (pyenv's adds ~70 ms a run).
    const python =
      spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], {
        encoding: 'utf8'
      }).stdout?.trim() || 'python3'
    writeFileSync(loop, PY_LOOP)
    // The per-file checks the quality bar requires, with gonogo's own functions and nothing else.
    const required = nccBuild(
      root,
      node,
      path.join(root, 'bench/required-work.ts'),
      path.join(dir, 'required-work')
    )
    const sha = 'c'.repeat(40)
    for (const [label, make] of [
      [
        'gonogo.report/v1',
        (i, id, failed) => ({
          contract: 'gonogo.report/v1',
          control: id,
          status: failed ? 'failed' : 'passed',
          subject: { repository: 'acme/shop', sha, ref: 'refs/heads/main' },
          generated_at: '2026-11-21T00:00:00Z',
          generator: { name: 'bench' },
          checks: Array.from({ length: 5 }, (_, k) => ({
            id: `${id}/check-${k}`,
            status: failed && k === 0 ? 'failed' : 'passed',
            message: 'ok',
            location: { file: `src/f${k}.ts`, line: k + 1 }
          }))
        })
      ],
      [
        'older format',
        (i, id, failed) => ({
          contract: 'release_readiness_gate_v1',
          generated_at: '2026-11-21T00:00:00Z',
          status: failed ? 'failed' : 'passed',
          summary: { total: 5, passed: failed ? 4 : 5, failed: failed ? 1 : 0 },
          checks: Array.from({ length: 5 }, (_, k) => ({
            check_id: `${id}-check-${k}`,
            passed: !(failed && k === 0),
            detail: 'ok'
          }))
        })
      ]
    ]) {
      const ws = path.join(dir, `reports-${label.replace(/\W+/g, '-')}`)
      const reports = path.join(ws, 'gonogo-reports')
      mkdirSync(path.join(ws, '.github'), { recursive: true })
      mkdirSync(reports, { recursive: true })
      for (let i = 0; i < N; i++) {
        const id = `control-${String(i).padStart(5, '0')}`
        writeFileSync(path.join(reports, `${id}.json`), JSON.stringify(make(i, id, i % 997 === 0)))
      }
      writeFileSync(
        path.join(ws, '.github/gonogo.yml'),
        'version: 1\ncontrols:\n  - { id: all, severity: high, source: { report: "gonogo-reports/*.json" } }\n'
      )
      const ours = [
        cli,
        'gate',
        '--workspace',
        ws,
        '--output',
        path.join(ws, 'out'),
        '--sha',
        sha,
        '--effective-time',
        '2026-11-21T00:00:00Z',
        '--quiet'
      ]
      const theirs = [python, loop, reports]
      const pyCmd = `${python} tally.py gonogo-reports  # the ${PY_LOOP.split('\n').length - 1}-line loop below`
      const r = await compare(nodeRun(ours), { argv: theirs, tmp }, runs, gnu)
      add(`gate, 1 control globbing ${N} reports (${label})`, '≤ 1.0×', ours, pyCmd, r)
      if (label === 'gonogo.report/v1') {
        // Not a goal: the floor any gate meets with the checks the quality bar requires per file.
        const f = await compare(nodeRun([required, reports]), { argv: theirs, tmp }, runs, gnu)
        add(
          `(reference) required per-file work alone, ${N} reports (bench/required-work.ts)`,
          '—',
          [],
          pyCmd,
          f
        )
      }
      rmSync(ws, { recursive: true, force: true })
    }
  }

  // --- bundle create / verify over 10,000 small files ------------------------------------------
  if (want('bundle')) {
    const env = { ...process.env, SOURCE_DATE_EPOCH: '1763726400', GITHUB_SHA: 'a'.repeat(40) }
    const small = path.join(dir, 'bundle-small')
    const reports = path.join(small, 'gonogo-reports')
    mkdirSync(reports, { recursive: true })
    spawnSync('git', ['init', '-q', small])
    const body = Buffer.alloc(4096 - 64, 'x').toString()
    for (let i = 0; i < 10000; i++)
      writeFileSync(
        path.join(reports, `r-${String(i).padStart(5, '0')}.json`),
        `{"status":"passed","n":${i},"pad":"${body}"}`.padEnd(4096, ' ')
      )
    const out = path.join(dir, 'bundle-small-out')
    const copy = path.join(dir, 'bundle-small-copy')
    const ours = [
      cli,
      'bundle',
      'create',
      '--workspace',
      small,
      '--reports',
      'gonogo-reports',
      '--output',
      out
    ]
    const cpCmd = `rm -rf ${q(copy)} && cp -r ${q(reports)} ${q(copy)} && sha256sum ${q(copy)}/* > /dev/null`
    const c = await compare(nodeRun(ours, { env }), sh(cpCmd), runs, gnu)
    add('bundle create, 10,000 files (40 MiB)', '≤ 2.0×', ours, cpCmd.replaceAll(dir, '$T'), c)

    // sha256sum -c over the same bundle, from a sums list the bench writes from the manifest
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))
    const sums = path.join(dir, 'bundle.sha256')
    writeFileSync(sums, manifest.files.map((f) => `${f.sha256}  ${f.path}\n`).join(''))
    const verifyArgs = [cli, 'bundle', 'verify', out]
    const sumCmd = `cd ${q(out)} && sha256sum -c --quiet ${q(sums)}`
    const v = await compare(nodeRun(verifyArgs, { env }), sh(sumCmd), runs, gnu)
    add('bundle verify, 10,000 files', '≤ 2.0×', verifyArgs, sumCmd.replaceAll(dir, '$T'), v)
    rmSync(small, { recursive: true, force: true })
    rmSync(out, { recursive: true, force: true })
    rmSync(copy, { recursive: true, force: true })

    // 1 GiB in 4 MiB files vs sha256sum alone
    const mb = Number(process.env.BENCH_BUNDLE_MB ?? 1024)
    const big = path.join(dir, 'bundle-big')
    const bigReports = path.join(big, 'gonogo-reports')
    mkdirSync(bigReports, { recursive: true })
    spawnSync('git', ['init', '-q', big])
    const chunk = Buffer.alloc(4 * 1024 * 1024)
    for (let i = 0; i < chunk.length; i += 4) chunk.writeUInt32LE((i * 2654435761) >>> 0, i)
    const files = Math.max(1, Math.round(mb / 4))
    for (let i = 0; i < files; i++) {
      chunk.writeUInt32LE(i, 0)
      writeFileSync(path.join(bigReports, `part-${String(i).padStart(4, '0')}.json`), chunk)
    }
    const bigOut = path.join(dir, 'bundle-big-out')
    const bigOurs = [
      cli,
      'bundle',
      'create',
      '--workspace',
      big,
      '--reports',
      'gonogo-reports',
      '--output',
      bigOut
    ]
    const hashCmd = `sha256sum ${q(bigReports)}/*.json > /dev/null`
    const g = await compare(nodeRun(bigOurs, { env }), sh(hashCmd), Math.min(runs, 3), gnu)
    add(
      `bundle create, ${files * 4} MiB in ${files} files (copy + hash)`,
      '< 1.0×',
      bigOurs,
      hashCmd.replaceAll(dir, '$T'),
      g
    )
    rmSync(big, { recursive: true, force: true })
    rmSync(bigOut, { recursive: true, force: true })
  }

  // --- cold start vs the toolkit floor -----------------------------------------------------------
  if (want('cold-start')) {
    const floorSrc = path.join(root, '.bench/floor/index.js')
    mkdirSync(path.dirname(floorSrc), { recursive: true })
    writeFileSync(path.join(root, '.bench/floor/package.json'), '{"type":"module"}\n')
    writeFileSync(
      floorSrc,
      "import * as core from '@actions/core'\nimport * as github from '@actions/github'\ncore.setOutput('decision', github.context.eventName ? 'go' : 'no-go')\n"
    )
    const floor = path.dirname(nccBuild(root, node, floorSrc, path.join(dir, 'floor')))
    const ws = path.join(dir, 'example')
    cpSync(path.join(root, 'examples/basic'), ws, { recursive: true })
    const runnerEnv = {
      ...process.env,
      GITHUB_WORKSPACE: ws,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: '',
      GITHUB_OUTPUT: path.join(dir, 'out.txt'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
      RUNNER_TEMP: dir,
      INPUT_CONFIG: '.github/gonogo.yml',
      INPUT_REPORTS: 'gonogo-reports',
      INPUT_COMMENT: 'true',
      'INPUT_CHECK-RUN': 'false',
      'INPUT_FAIL-ON-NO-GO': 'true',
      'INPUT_EFFECTIVE-TIME': '2026-11-21T00:00:00Z'
    }
    const reset = () => {
      writeFileSync(runnerEnv.GITHUB_OUTPUT, '')
      writeFileSync(runnerEnv.GITHUB_STEP_SUMMARY, '')
    }
    reset()
    const gate = path.join(dist, 'gate/index.js')
    const r = await compare(
      nodeRun([gate], { env: runnerEnv, cwd: ws, before: reset }),
      nodeRun([path.join(floor, 'index.js')], { env: runnerEnv, cwd: ws, before: reset }),
      Math.max(runs, 9),
      gnu
    )
    add(
      'gate action cold start (examples/basic, runner env)',
      '≤ 1.5×',
      [gate],
      'node floor/index.js  # ncc bundle: import @actions/core + @actions/github, core.setOutput',
      r
    )
  }

  console.log(
    `Goals of issue 15: gonogo next to what a user would run instead (${dist === path.join(root, 'dist') ? 'dist/' : dist}; whole processes; ms are medians; ratio = median of per-pair gonogo/comparison over ${runs} pairs run alternately, (min–max); peak memory = max RSS by ${gnu ? 'GNU time -f %M (process and its children)' : '/proc/<pid>/status VmHWM sampled every 5 ms (direct child only)'})`
  )
  console.log(
    '| goal | gonogo ms | gonogo MiB | comparison ms | comparison MiB | ratio (min–max) | target | met? | comparison command |'
  )
  console.log('|---|---:|---:|---:|---:|---:|---|---|---|')
  for (const row of rows) console.log(row)
  console.log(
    "$T is the bench's scratch folder; gonogo runs `node <dist>/cli/index.js gate --workspace … --quiet`, `bundle create`, `bundle verify` (and dist/gate/index.js) on the same files. Timings on a shared machine are noisy: read the ratios of alternating pairs."
  )
  if (want('reports')) console.log(`\ntally.py:\n\`\`\`python\n${PY_LOOP}\`\`\``)
}
