// workflow-lint over 500 workflow files: the whole CLI process (`gonogo check workflow-lint`),
// with every rule, without the interpreters (script-syntax off), and with a SARIF log.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const FILES = 500
const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683'

/** A realistic workflow: a matrix test job, a python heredoc, node -e, and a few findings. */
export function workflow(i) {
  const pinned = i % 5 === 0 ? 'actions/checkout@v4' : `actions/checkout@${SHA} # v4.2.2`
  const perms = i % 7 === 0 ? '' : 'permissions:\n  contents: read\n'
  const inject =
    i % 11 === 0 ? '          echo "title: ${{ github.event.pull_request.title }}"\n' : ''
  const broken = i % 50 === 0 ? '              if total > 0\n' : '              if total > 0:\n'
  return `name: ci ${i}
on:
  push:
    branches: [main]
  pull_request:
${perms}jobs:
  test:
    name: Test (\${{ matrix.os }}, node \${{ matrix.node }})
    runs-on: \${{ matrix.os }}
    strategy:
      fail-fast: false
      matrix:
        os: [ubuntu-latest, macos-latest]
        node: [20, 22]
        include:
          - { os: ubuntu-latest, node: 22, coverage: true }
    steps:
      - uses: ${pinned}
      - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af # v4.1.0
        with:
          node-version: \${{ matrix.node }}
      - run: npm ci
      - name: Test ${i}
        run: |
${inject}          if [ "\${{ matrix.coverage }}" = "true" ]; then
            npm test -- --coverage --shard=${i % 4}
          else
            npm test
          fi
      - name: Summarise
        run: |
          python3 - <<'PY'
          import json
          with open("coverage/summary-${i}.json") as f:
              total = json.load(f)["total"]["lines"]["pct"]
${broken}                  print(f"lines: {total}%")
          PY
          node -e 'const n = ${i}; console.log(\`workflow \${n}\`)'
  lint-${i}:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
      - run: |
          for f in src/*.ts; do
            echo "linting $f (${i})"
          done
`
}

function runCli(node, args) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint()
    const child = spawn(node, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6
      if (code !== 0 && code !== 1) reject(new Error(`exit ${code}\n${stderr}${stdout}`))
      else resolve({ ms, stdout })
    })
  })
}

export async function bench({ root, tmp, node, median, runs, dist }) {
  const ws = path.join(tmp, 'workflow-lint')
  mkdirSync(path.join(ws, '.github/workflows'), { recursive: true })
  for (let i = 0; i < FILES; i++)
    writeFileSync(
      path.join(ws, `.github/workflows/ci-${String(i).padStart(3, '0')}.yml`),
      workflow(i)
    )
  const control = '  - { id: workflows, severity: high, source: { builtin: workflow-lint } }\n'
  const configs = {
    'every rule': '{}',
    'script-syntax off': "{ severity: { 'script-syntax': off } }",
    'every rule + SARIF': '{ sarif: gonogo-reports/workflow-lint.sarif }'
  }
  const cli = path.join(dist ?? path.join(root, 'dist'), 'cli/index.js')
  const rows = []
  for (const [label, settings] of Object.entries(configs)) {
    const config = path.join(ws, `.github/gonogo-${rows.length}.yml`)
    writeFileSync(
      config,
      `version: 1\ncontrols:\n${control}checks:\n  workflow-lint: ${settings}\n`
    )
    const out = path.join(tmp, `workflow-lint-out-${rows.length}`)
    const args = [
      cli,
      'check',
      'workflow-lint',
      '--workspace',
      ws,
      '--config',
      config,
      '--output',
      out,
      '--sha',
      'a'.repeat(40),
      '--effective-time',
      '2026-11-21T00:00:00Z'
    ]
    await runCli(node, args) // warm the file cache
    const samples = []
    for (let r = 0; r < runs; r++) samples.push((await runCli(node, args)).ms)
    const report = JSON.parse(readFileSync(path.join(out, 'workflow-lint.json'), 'utf8'))
    rows.push({
      label,
      median: median(samples),
      min: Math.min(...samples),
      max: Math.max(...samples),
      checks: report.summary.checks,
      failed: report.summary.failed,
      scripts: Object.values(report.facts?.scripts ?? {}).reduce((a, b) => a + b, 0)
    })
  }
  console.log(`\nworkflow-lint over ${FILES} workflow files (whole CLI process, ms)`)
  console.log('| scenario | median | min | max | scripts checked | checks | failed |')
  console.log('|---|---:|---:|---:|---:|---:|---:|')
  for (const r of rows)
    console.log(
      `| ${r.label} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${r.max.toFixed(0)} | ${r.scripts} | ${r.checks} | ${r.failed} |`
    )
}
