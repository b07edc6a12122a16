// npm run bench: prints figures, asserts nothing.
//  - cold start of the bundled gate (action entry and CLI) on the example vs bare `node -e 0`
//  - size of each dist/ bundle
//  - the gate's time for 10,000 reports (10,000 controls, one report each; and one glob over 10,000)
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const node = process.execPath
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const root = process.cwd()

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

function time(args, opts = {}) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(node, args, { encoding: 'utf8', ...opts })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${args.join(' ')} exited ${r.status}\n${r.stderr}${r.stdout}`)
  return ms
}

function bench(label, args, opts) {
  time(args, opts) // warm the file cache
  const samples = Array.from({ length: RUNS }, () => time(args, opts))
  return { label, median: median(samples), min: Math.min(...samples), max: Math.max(...samples) }
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gonogo-bench-'))
try {
  console.log(
    `gonogo benchmark · node ${process.version} · ${os.cpus().length} cores · ${RUNS} runs each\n`
  )

  // 1. cold start
  const ws = path.join(tmp, 'example')
  cpSync(path.join(root, 'examples/basic'), ws, { recursive: true })
  const runnerEnv = {
    ...process.env,
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '',
    GITHUB_OUTPUT: path.join(tmp, 'out.txt'),
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
    RUNNER_TEMP: tmp,
    INPUT_CONFIG: '.github/gonogo.yml',
    INPUT_REPORTS: 'gonogo-reports',
    INPUT_COMMENT: 'true',
    'INPUT_CHECK-RUN': 'false',
    'INPUT_FAIL-ON-NO-GO': 'true',
    'INPUT_EFFECTIVE-TIME': '2026-11-21T00:00:00Z'
  }
  writeFileSync(runnerEnv.GITHUB_OUTPUT, '')
  writeFileSync(runnerEnv.GITHUB_STEP_SUMMARY, '')
  const rows = [
    bench('node -e 0', ['-e', '0']),
    bench('dist/gate/index.js (example, runner env)', [path.join(root, 'dist/gate/index.js')], {
      env: runnerEnv,
      cwd: ws
    }),
    bench('dist/cli/index.js gate (example)', [
      path.join(root, 'dist/cli/index.js'),
      'gate',
      '--workspace',
      ws,
      '--output',
      path.join(tmp, 'cli-out'),
      '--effective-time',
      '2026-11-21T00:00:00Z',
      '--quiet'
    ])
  ]
  console.log('Cold start (wall clock, ms)')
  console.log('| command | median | min | max | over node -e 0 |')
  console.log('|---|---:|---:|---:|---:|')
  for (const r of rows)
    console.log(
      `| ${r.label} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${r.max.toFixed(1)} | ${(r.median - rows[0].median).toFixed(1)} |`
    )

  // 2. bundle sizes
  console.log('\nBundle sizes')
  console.log('| bundle | bytes | KiB |')
  console.log('|---|---:|---:|')
  for (const d of readdirSync(path.join(root, 'dist')).sort()) {
    const f = path.join(root, 'dist', d, 'index.js')
    try {
      const b = statSync(f).size
      console.log(`| dist/${d}/index.js | ${b} | ${(b / 1024).toFixed(0)} |`)
    } catch {
      /* not a bundle folder */
    }
  }

  // 3. 10,000 reports
  const N = Number(process.env.BENCH_REPORTS ?? 10000)
  const big = path.join(tmp, 'big')
  mkdirSync(path.join(big, '.github'), { recursive: true })
  mkdirSync(path.join(big, 'gonogo-reports'), { recursive: true })
  const sha = 'c'.repeat(40)
  const controls = []
  for (let i = 0; i < N; i++) {
    const id = `control-${String(i).padStart(5, '0')}`
    const failed = i % 997 === 0
    const report = {
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
    }
    writeFileSync(path.join(big, 'gonogo-reports', `${id}.json`), JSON.stringify(report))
    controls.push(`  - { id: ${id}, severity: ${i % 2 ? 'medium' : 'high'} }`)
  }
  writeFileSync(
    path.join(big, '.github/gonogo.yml'),
    `version: 1\ncontrols:\n${controls.join('\n')}\n`
  )
  mkdirSync(path.join(big, '.github', 'one'), { recursive: true })
  writeFileSync(
    path.join(big, '.github/one.yml'),
    `version: 1\ncontrols:\n  - { id: all, severity: high, source: { report: "gonogo-reports/*.json" } }\n`
  )
  const cli = path.join(root, 'dist/cli/index.js')
  const heavy = [
    bench(`${N} controls, one report each`, [
      cli,
      'gate',
      '--workspace',
      big,
      '--output',
      path.join(tmp, 'big-out'),
      '--sha',
      sha,
      '--effective-time',
      '2026-11-21T00:00:00Z',
      '--quiet'
    ]),
    bench(`1 control, glob over ${N} reports`, [
      cli,
      'gate',
      '--workspace',
      big,
      '--config',
      '.github/one.yml',
      '--output',
      path.join(tmp, 'big-out2'),
      '--sha',
      sha,
      '--effective-time',
      '2026-11-21T00:00:00Z',
      '--quiet'
    ])
  ]
  console.log(`\nGate time for ${N} reports (whole CLI process, ms)`)
  console.log('| scenario | median | min | max |')
  console.log('|---|---:|---:|---:|')
  for (const r of heavy)
    console.log(
      `| ${r.label} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${r.max.toFixed(0)} |`
    )
  const peak = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M',
      node,
      cli,
      'gate',
      '--workspace',
      big,
      '--output',
      path.join(tmp, 'big-out3'),
      '--sha',
      sha,
      '--effective-time',
      '2026-11-21T00:00:00Z',
      '--quiet'
    ],
    { encoding: 'utf8' }
  )
  const kb = Number(peak.stderr.trim().split('\n').at(-1))
  if (Number.isFinite(kb))
    console.log(`\nPeak memory, ${N} controls: ${(kb / 1024).toFixed(0)} MiB (max RSS)`)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
