// npm run bench: prints figures, asserts nothing.
//  - cold start of the bundled gate (action entry and CLI) on the example vs bare `node -e 0`
//  - size of each dist/ bundle
//  - the gate's time for 10,000 reports (10,000 controls, one report each; and one glob over 10,000)
//  - … and more sections below; BENCH_ONLY=promotion (comma-separated section names: cold-start,
//    sizes, reports, rulesets, ci-trend, workflow-lint, policy-bundle, bundle, promotion, org,
//    goals)
//    runs only those; BENCH_GOALS=reports,bundle,cold-start picks the goals section's rows
//  - goals (issue 15): gonogo next to what a user would run instead, ratios of alternating pairs
//  - BENCH_DIST=/tmp/perf benchmarks /tmp/perf/<name>/index.js instead of dist/<name>/index.js
import { spawn, spawnSync } from 'node:child_process'
import { loadFake } from './support.mjs'
import { bench as orgBench } from './org.mjs'
import { bench as policyBundleBench } from './policy-bundle.mjs'
import { bench as workflowLintBench } from './workflow-lint.mjs'
import { bench as goalsBench } from './goals.mjs'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHash } from 'node:crypto'
import canonicalize from 'canonicalize'
import { parse } from 'yaml'

const node = process.execPath
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const root = process.cwd()
/** Where the bundles are: BENCH_DIST=/tmp/perf reads /tmp/perf/<name>/index.js (default dist/). */
const dist = path.resolve(root, process.env.BENCH_DIST ?? 'dist')
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim()) : null
/** Whether a section runs: all of them unless BENCH_ONLY names some. */
const want = (name) => ONLY === null || ONLY.includes(name)

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

  if (want('cold-start')) {
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
      bench('dist/gate/index.js (example, runner env)', [path.join(dist, 'gate/index.js')], {
        env: runnerEnv,
        cwd: ws
      }),
      bench('dist/cli/index.js gate (example)', [
        path.join(dist, 'cli/index.js'),
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
  }

  if (want('sizes')) {
    // 2. bundle sizes
    console.log('\nBundle sizes')
    console.log('| bundle | bytes | KiB |')
    console.log('|---|---:|---:|')
    for (const d of readdirSync(dist).sort()) {
      const f = path.join(dist, d, 'index.js')
      try {
        const b = statSync(f).size
        console.log(`| dist/${d}/index.js | ${b} | ${(b / 1024).toFixed(0)} |`)
      } catch {
        /* not a bundle folder */
      }
    }
  }

  if (want('reports')) {
    // 3. 10,000 reports
    const N = Number(process.env.BENCH_REPORTS ?? 10000)
    const MAX_CONTROLS = 1000
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
      // A policy lists at most 1000 controls (policy-file.ts): the rest are read by the glob only.
      if (i < MAX_CONTROLS)
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
    const cli = path.join(dist, 'cli/index.js')
    const heavy = [
      bench(`${Math.min(N, MAX_CONTROLS)} controls, one report each`, [
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
      console.log(
        `\nPeak memory, ${Math.min(N, MAX_CONTROLS)} controls: ${(kb / 1024).toFixed(0)} MiB (max RSS)`
      )
  }

  if (want('rulesets')) await rulesetBench(tmp)
  if (want('ci-trend')) await ciTrendBench(tmp)
  if (want('workflow-lint')) {
    console.log('')
    await workflowLintBench({ root, tmp, node, median, runs: Math.min(RUNS, 3), dist })
  }
  if (want('policy-bundle')) {
    console.log('')
    await policyBundleBench({ root, tmp, node, median, runs: Math.min(RUNS, 3), dist })
  }
  if (want('bundle')) await bundleBench(tmp)
  if (want('promotion')) await promotionBench(tmp)
  if (want('org')) await orgBench({ root, tmp, dist, run })
  if (want('goals')) {
    console.log('')
    const rows = process.env.BENCH_GOALS?.split(',').map((x) => x.trim())
    await goalsBench({
      root,
      tmp,
      node,
      median,
      runs: RUNS,
      dist,
      want: (name) => rows === undefined || rows.includes(name)
    })
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

/** Runs a command without blocking this process (the fake serves it from here). */
function run(args, opts) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint()
    const child = spawn(node, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({ code, stdout, stderr, ms: Number(process.hrtime.bigint() - t0) / 1e6 })
    )
  })
}

async function rulesetBench(tmp) {
  const { fake: F, rules: R } = await loadFake(root)
  const fake = await F.startGitHubFake({ validate: false })
  try {
    fake.tokens.set('admin', 'admin')
    const branches = ['main', ...Array.from({ length: 9 }, (_, i) => `release/${i + 1}.0`)]
    R.seedRepo(fake, { owner: 'acme', repo: 'shop', default_branch: 'main', branches })
    R.addRuleset(fake, {
      source: 'acme',
      name: 'org baseline',
      include: ['~ALL'],
      rules: [R.rulesetNonFastForward()],
      bypass_actors: [R.bypassOrgAdmin()]
    })
    R.addRuleset(fake, {
      source: 'acme/shop',
      name: 'main',
      include: ['~DEFAULT_BRANCH'],
      rules: [
        R.rulesetPullRequest({ required_approving_review_count: 2 }),
        R.rulesetStatusChecks(['test'])
      ]
    })
    R.addRuleset(fake, {
      source: 'acme/shop',
      name: 'releases',
      include: ['refs/heads/release/*'],
      rules: [
        R.rulesetPullRequest({ required_approving_review_count: 1 }),
        R.rulesetStatusChecks(['test'])
      ]
    })
    const ws = path.join(tmp, 'rules')
    mkdirSync(path.join(ws, '.github/workflows'), { recursive: true })
    writeFileSync(
      path.join(ws, '.github/gonogo.yml'),
      "version: 1\ncontrols:\n  - { id: a, severity: high }\nbranches:\n  main: { required_checks: [test], min_approvals: 2, block_force_pushes: true }\n  'release/*': { required_checks: [test], min_approvals: 1 }\n"
    )
    writeFileSync(
      path.join(ws, '.github/workflows/ci.yml'),
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo }]\n'
    )
    const cli = path.join(dist, 'cli/index.js')
    const env = { ...process.env, GITHUB_TOKEN: 'admin', GITHUB_API_URL: fake.url }
    console.log('\nverify-rules against the loopback fake (admin token; whole CLI process)')
    console.log('| branches | API requests | ms |')
    console.log('|---:|---:|---:|')
    for (const set of [['main'], branches]) {
      const args = [
        cli,
        'verify-rules',
        '--repo',
        'acme/shop',
        '--workspace',
        ws,
        '--output',
        path.join(ws, 'out'),
        '--sha',
        'a'.repeat(40),
        '--effective-time',
        '2026-11-21T00:00:00Z',
        ...set.flatMap((b) => ['--branch', b])
      ]
      const r = await run(args, { env })
      const requests = /API requests: (\d+)/.exec(r.stdout)?.[1] ?? '?'
      console.log(`| ${set.length} | ${requests} | ${r.ms.toFixed(0)} |`)
    }
    const rvEnv = {
      ...env,
      GITHUB_WORKSPACE: ws,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_OUTPUT: path.join(tmp, 'rv-out'),
      GITHUB_STEP_SUMMARY: path.join(tmp, 'rv-summary'),
      INPUT_TOKEN: 'admin',
      INPUT_CONFIG: '.github/gonogo.yml',
      INPUT_OUTPUT: 'out',
      'INPUT_FAIL-ON': 'never',
      INPUT_BRANCHES: 'main'
    }
    writeFileSync(rvEnv.GITHUB_OUTPUT, '')
    writeFileSync(rvEnv.GITHUB_STEP_SUMMARY, '')
    const samples = []
    for (let i = 0; i < RUNS; i++)
      samples.push(
        (await run([path.join(dist, 'ruleset-verify/index.js')], { env: rvEnv, cwd: ws })).ms
      )
    console.log(
      `\nCold start, dist/ruleset-verify/index.js, one branch against the fake: median ${median(samples).toFixed(1)} ms (min ${Math.min(...samples).toFixed(1)}, max ${Math.max(...samples).toFixed(1)})`
    )
  } finally {
    await fake.close()
  }

  // check-name derivation over 500 workflow files
  const many = path.join(tmp, 'many')
  mkdirSync(path.join(many, '.github/workflows'), { recursive: true })
  for (let i = 0; i < 500; i++) {
    writeFileSync(
      path.join(many, `.github/workflows/wf-${String(i).padStart(3, '0')}.yml`),
      `name: wf ${i}\non: [push, pull_request]\njobs:\n  build:\n    runs-on: \${{ matrix.os }}\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest, macos-latest]\n        node: [18, 20, 22]\n        include:\n          - { os: ubuntu-latest, node: 22, coverage: true }\n        exclude:\n          - { os: macos-latest, node: 18 }\n    steps:\n      - run: npm test\n  lint-${i}:\n    name: Lint \${{ matrix.part }}\n    strategy: { matrix: { part: [a, b] } }\n    runs-on: ubuntu-latest\n    steps: [{ run: npm run lint }]\n`
    )
  }
  const cn = []
  let count = 0
  for (let i = 0; i < Math.max(3, Math.floor(RUNS / 2)); i++) {
    const r = await run([path.join(dist, 'cli/index.js'), 'check-names', '--workspace', many], {})
    cn.push(r.ms)
    count = r.stdout.trim().split('\n').length
  }
  console.log(
    `Check-name derivation over 500 workflow files (${count} distinct names): median ${median(cn).toFixed(0)} ms per CLI run`
  )
}

/** ci-trend: requests and time for a 20-run and a 100-run window over the fake's 300 runs. */
async function ciTrendBench(tmp) {
  const { fake: F, actions: A } = await loadFake(root)
  const fake = await F.startGitHubFake({ validate: false })
  try {
    A.seedActionsHistory(fake, { owner: 'acme', repo: 'shop' })
    const ws = path.join(tmp, 'trend')
    mkdirSync(path.join(ws, '.github'), { recursive: true })
    console.log(
      '\nci-trend over the fake (300 runs; CI build + 3-way test matrix; whole CLI process)'
    )
    console.log('| window | API requests | ms |')
    console.log('|---:|---:|---:|')
    for (const window of [20, 100]) {
      writeFileSync(
        path.join(ws, '.github/gonogo.yml'),
        `version: 1\ncontrols:\n  - { id: ci, severity: high, source: { builtin: ci-trend } }\nchecks:\n  ci-trend:\n    branch: main\n    event: push\n    window: ${window}\n    jobs:\n      - { workflow: ci.yml, job: build }\n      - { workflow: ci.yml, job: 'test (*)' }\n`
      )
      const env = {
        ...process.env,
        GITHUB_TOKEN: 'bench',
        GITHUB_API_URL: fake.url,
        GITHUB_REPOSITORY: 'acme/shop'
      }
      const r = await run(
        [
          path.join(dist, 'cli/index.js'),
          'check',
          'ci-trend',
          '--workspace',
          ws,
          '--output',
          path.join(ws, 'out'),
          '--sha',
          'a'.repeat(40),
          '--effective-time',
          '2026-11-21T00:00:00Z'
        ],
        { env }
      )
      const report = JSON.parse(readFileSync(path.join(ws, 'out/ci-trend.json'), 'utf8'))
      console.log(`| ${window} | ${report.facts.requests} | ${r.ms.toFixed(0)} |`)
    }
  } finally {
    await fake.close()
  }
}

/** Bundle creation: hashing throughput over 1 GB next to sha256sum, and a 10,000-file manifest. */
async function bundleBench(tmp) {
  const mb = Number(process.env.BENCH_BUNDLE_MB ?? 1024)
  const ws = path.join(tmp, 'bundle-ws')
  const reports = path.join(ws, 'gonogo-reports')
  mkdirSync(reports, { recursive: true })
  execGit(ws)
  const chunk = Buffer.alloc(4 * 1024 * 1024)
  for (let i = 0; i < chunk.length; i += 4) chunk.writeUInt32LE((i * 2654435761) >>> 0, i)
  const files = Math.max(1, Math.round(mb / 4))
  for (let i = 0; i < files; i++) {
    chunk.writeUInt32LE(i, 0)
    writeFileSync(path.join(reports, `part-${String(i).padStart(4, '0')}.json`), chunk)
  }
  const cli = path.join(dist, 'cli/index.js')
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1763726400', GITHUB_SHA: 'a'.repeat(40) }
  const ours = await run(
    [
      cli,
      'bundle',
      'create',
      '--workspace',
      ws,
      '--reports',
      'gonogo-reports',
      '--output',
      path.join(tmp, 'bundle-out')
    ],
    { env }
  )
  if (ours.code !== 0) console.log(ours.stderr)
  const t0 = process.hrtime.bigint()
  spawnSync('sh', ['-c', `sha256sum ${reports}/*.json > /dev/null`])
  const shaMs = Number(process.hrtime.bigint() - t0) / 1e6
  console.log(
    `\nBundle creation over ${files * 4} MiB in ${files} files (copy + hash + manifest, whole CLI process)`
  )
  console.log('| tool | ms | MiB/s |')
  console.log('|---|---:|---:|')
  console.log(
    `| gonogo bundle create | ${ours.ms.toFixed(0)} | ${((files * 4) / (ours.ms / 1000)).toFixed(0)} |`
  )
  console.log(
    `| sha256sum (hash only) | ${shaMs.toFixed(0)} | ${((files * 4) / (shaMs / 1000)).toFixed(0)} |`
  )
  console.log(`ratio gonogo / sha256sum: ${(ours.ms / shaMs).toFixed(2)}`)
  rmSync(ws, { recursive: true, force: true })
  rmSync(path.join(tmp, 'bundle-out'), { recursive: true, force: true })

  const small = path.join(tmp, 'bundle-small')
  mkdirSync(path.join(small, 'gonogo-reports'), { recursive: true })
  execGit(small)
  for (let i = 0; i < 10000; i++)
    writeFileSync(
      path.join(small, 'gonogo-reports', `r-${String(i).padStart(5, '0')}.json`),
      `{"status":"ok","n":${i}}`
    )
  const many = await run(
    [
      cli,
      'bundle',
      'create',
      '--workspace',
      small,
      '--reports',
      'gonogo-reports',
      '--output',
      path.join(tmp, 'bundle-small-out')
    ],
    { env }
  )
  const verify = await run([cli, 'bundle', 'verify', path.join(tmp, 'bundle-small-out')], { env })
  console.log(
    `Manifest for 10,000 files: create ${many.ms.toFixed(0)} ms, verify ${verify.ms.toFixed(0)} ms (exit ${many.code}/${verify.code})`
  )
}

function execGit(dir) {
  spawnSync('git', ['init', '-q', dir])
}

/**
 * Promotion corridor: one `gonogo promote` (and `gonogo history`) with local state by history
 * size, then one promotion by the bundled action against the fake, by deployments in the history.
 */
async function promotionBench(tmp) {
  const started = process.hrtime.bigint()
  const cli = path.join(dist, 'cli/index.js')
  const sha = 'a'.repeat(40)
  const at = '2026-11-21T10:00:00Z'
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(GITHUB|INPUT|RUNNER)_/.test(k))
  )
  const ws = path.join(tmp, 'corridor')
  mkdirSync(path.join(ws, '.github'), { recursive: true })
  mkdirSync(path.join(ws, 'gonogo-reports'), { recursive: true })
  mkdirSync(path.join(ws, '.summary'), { recursive: true })
  execGit(ws)
  writeFileSync(
    path.join(ws, '.github/gonogo.yml'),
    'version: 1\ncontrols:\n  - { id: unit-tests, severity: high }\nenvironments:\n  dev: { requires: conditional-go }\n'
  )
  writeFileSync(
    path.join(ws, 'gonogo-reports/unit-tests.json'),
    '{"control":"unit-tests","status":"passed"}\n'
  )
  // A real gate decision: promotion replays the bundle, so it must carry what the gate read.
  const gated = await run(
    [
      cli,
      'gate',
      '--workspace',
      ws,
      '--output',
      path.join(ws, '.summary'),
      '--sha',
      sha,
      '--effective-time',
      '2026-11-21T09:00:00Z',
      '--quiet'
    ],
    { env, cwd: ws }
  )
  if (gated.code !== 0) throw new Error(`gate exited ${gated.code}\n${gated.stdout}${gated.stderr}`)
  const made = await run(
    [
      cli,
      'bundle',
      'create',
      '--workspace',
      ws,
      '--reports',
      'gonogo-reports',
      '--output',
      path.join(ws, 'bundle'),
      '--summary',
      path.join(ws, '.summary'),
      '--sha',
      sha,
      '--effective-time',
      '2026-11-21T09:00:00Z'
    ],
    { env, cwd: ws }
  )
  if (made.code !== 0) throw new Error(`bundle create exited ${made.code}\n${made.stderr}`)

  const promote = async (state, sequence) => {
    const r = await run(
      [
        cli,
        'promote',
        '--bundle',
        'bundle',
        '--environment',
        'dev',
        '--state',
        state,
        '--effective-time',
        at,
        '--workspace',
        ws
      ],
      { env, cwd: ws }
    )
    if (r.code !== 0 || !r.stdout.includes(`recorded as #${sequence} `))
      throw new Error(`promote #${sequence} in ${state} exited ${r.code}\n${r.stdout}${r.stderr}`)
    return r.ms
  }
  const history = async (state, count) => {
    const r = await run(
      [cli, 'history', '--environment', 'dev', '--state', state, '--workspace', ws],
      { env, cwd: ws }
    )
    if (r.code !== 0 || !r.stdout.startsWith(`dev: ${count} record(s), chain intact`))
      throw new Error(`history of ${state} exited ${r.code}\n${r.stdout.slice(0, 500)}${r.stderr}`)
    return r.ms
  }
  const recordFile = (state, n) => path.join(ws, state, 'dev', `${String(n).padStart(6, '0')}.json`)

  // 100 records by the CLI itself; 1000 by extending that chain here (sequence, previous and
  // digest = sha256 over the canonical JSON without digest), which `gonogo history` then checks.
  const fillStart = process.hrtime.bigint()
  for (let n = 1; n <= 100; n++) await promote('state/s100', n)
  const fillMs = Number(process.hrtime.bigint() - fillStart) / 1e6
  cpSync(path.join(ws, 'state/s100'), path.join(ws, 'state/s1000'), { recursive: true })
  let prev = JSON.parse(readFileSync(recordFile('state/s1000', 100), 'utf8'))
  for (let n = 101; n <= 1000; n++) {
    const rec = { ...prev, sequence: n, previous: prev.digest }
    delete rec.digest
    rec.digest = `sha256:${createHash('sha256').update(canonicalize(rec), 'utf8').digest('hex')}`
    writeFileSync(recordFile('state/s1000', n), `${canonicalize(rec)}\n`)
    prev = rec
  }

  const local = []
  for (const [n, state] of [
    [0, 'state/s0'],
    [100, 'state/s100'],
    [1000, 'state/s1000']
  ]) {
    const p = []
    const h = []
    // one warm-up each, then RUNS; each promotion's record is removed again, so every run
    // promotes on top of exactly n records
    for (let i = 0; i <= RUNS; i++) {
      const ms = await promote(state, n + 1)
      rmSync(recordFile(state, n + 1))
      if (i > 0) p.push(ms)
    }
    for (let i = 0; i <= RUNS; i++) {
      const ms = await history(state, n)
      if (i > 0) h.push(ms)
    }
    local.push({ n, p, h })
  }
  console.log(
    '\nPromotion corridor, local state (`gonogo promote` / `gonogo history --environment dev`, whole CLI process, ms)'
  )
  console.log('| records in dev | promote median | min | max | history median | min | max |')
  console.log('|---:|---:|---:|---:|---:|---:|---:|')
  for (const { n, p, h } of local)
    console.log(
      `| ${n} | ${median(p).toFixed(0)} | ${Math.min(...p).toFixed(0)} | ${Math.max(...p).toFixed(0)} | ${median(h).toFixed(0)} | ${Math.min(...h).toFixed(0)} | ${Math.max(...h).toFixed(0)} |`
    )
  console.log(
    `Records 1–100 were made by 100 CLI promotions (${(fillMs / 1000).toFixed(1)} s, ${(fillMs / 100).toFixed(0)} ms each); records 101–1000 were chained in-process (looping the CLI 1000 times would take ≥ ${((fillMs * 10) / 1000).toFixed(0)} s at that rate); \`gonogo history\` found every chain intact.`
  )

  // The bundled action against the fake, with the history seeded as deployments whose payloads
  // are the CLI's records 1..n (hash-chained), statuses in_progress then success.
  const records = Array.from({ length: 100 }, (_, i) =>
    JSON.parse(readFileSync(recordFile('state/s100', i + 1), 'utf8'))
  )
  const { fake: F, actions: A, deployments: D } = await loadFake(root)
  const fake = await F.startGitHubFake({ validate: false })
  try {
    const workflow = A.addWorkflow(fake, {
      owner: 'acme',
      repo: 'shop',
      name: 'promote',
      path: '.github/workflows/promote.yml'
    })
    const runId = A.addRun(fake, {
      workflow,
      createdAt: Date.parse(at),
      head_branch: 'main',
      head_sha: sha,
      event: 'workflow_dispatch',
      run_number: 3,
      attempts: [{ startedAt: Date.parse(at), conclusion: null, status: 'in_progress', jobs: [] }]
    }).run.id
    const runner = path.join(tmp, 'corridor-runner')
    mkdirSync(runner, { recursive: true })
    const action = parse(readFileSync(path.join(root, 'action-release-bundle/action.yml'), 'utf8'))
    const inputs = {
      mode: 'promote',
      bundle: 'bundle',
      environment: 'dev',
      token: 'x',
      config: '.github/gonogo.yml',
      reports: 'gonogo-reports',
      'effective-time': at
    }
    const actionEnv = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? runner,
      RUNNER_TEMP: runner,
      RUNNER_OS: 'Linux',
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_OUTPUT: path.join(runner, 'output'),
      GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
      ...Object.fromEntries(
        Object.entries(action.inputs ?? {}).map(([name, spec]) => [
          `INPUT_${name.toUpperCase()}`,
          inputs[name] ?? spec.default ?? ''
        ])
      ),
      GITHUB_WORKSPACE: ws,
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: sha,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: fake.url,
      GITHUB_RUN_ID: String(runId),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'promote',
      GITHUB_ACTOR: 'ada'
    }
    const runs = Math.min(RUNS, 3)
    const gh = []
    for (const n of [0, 20, 100]) {
      const samples = []
      let requests = 0
      let writes = 0
      for (let i = 0; i < runs; i++) {
        // a fresh history each run: the last run's deployment (and its auto_inactive statuses) go
        fake.state.deployments.length = 0
        for (const record of records.slice(0, n))
          D.seedDeployment(fake, {
            owner: 'acme',
            repo: 'shop',
            ref: sha,
            environment: 'dev',
            task: 'deploy:gonogo',
            payload: record,
            production_environment: false,
            statuses: ['in_progress', 'success']
          })
        writeFileSync(actionEnv.GITHUB_OUTPUT, '')
        writeFileSync(actionEnv.GITHUB_STEP_SUMMARY, '')
        const before = fake.requests.length
        const r = await run([path.join(dist, 'release-bundle/index.js')], {
          env: actionEnv,
          cwd: ws
        })
        if (r.code !== 0 || !r.stdout.includes(`dev #${n + 1} recorded in deployment`))
          throw new Error(`action promote over ${n} exited ${r.code}\n${r.stdout}${r.stderr}`)
        const served = fake.requests.slice(before)
        requests = served.length
        writes = served.filter((q) => q.method !== 'GET').length
        samples.push(r.ms)
      }
      gh.push({ n, samples, requests, writes })
    }
    console.log(
      `\nPromotion corridor, action-release-bundle mode: promote against the fake (whole process, ${runs} runs each)`
    )
    console.log(
      '| gonogo deployments in dev | API requests | of which writes | median ms | min | max | median − write spacing |'
    )
    console.log('|---:|---:|---:|---:|---:|---:|---:|')
    for (const { n, samples, requests, writes } of gh)
      console.log(
        `| ${n} | ${requests} | ${writes} | ${median(samples).toFixed(0)} | ${Math.min(...samples).toFixed(0)} | ${Math.max(...samples).toFixed(0)} | ${(median(samples) - (writes - 1) * 1000).toFixed(0)} |`
      )
    console.log(
      "Octokit's throttling plugin spaces writes 1 s apart within a process: the last column subtracts (writes − 1) × 1000 ms of that waiting."
    )
  } finally {
    await fake.close()
  }
  console.log(
    `Promotion corridor section: ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`
  )
}
