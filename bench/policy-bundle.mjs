// Benchmark: the policy-bundle check over a 1,000-module OPA bundle (whole CLI process):
//  - a bundle outside git (layout, tests, annotations, data; the revision bump is unverified)
//  - the same bundle in a git repository where every module changed since main (the revision
//    bump reads every changed module at the base through one `git cat-file --batch`)
// Prints a Markdown table; asserts nothing.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const MODULES = Number(process.env.BENCH_POLICY_MODULES ?? 1000)

function writeBundle(dir, revision, variant) {
  const bundle = path.join(dir, 'policies')
  mkdirSync(bundle, { recursive: true })
  writeFileSync(
    path.join(bundle, '.manifest'),
    JSON.stringify({ revision, roots: ['acme'], metadata: { reviewed: '2026-11-01' } }, null, 2)
  )
  for (let i = 0; i < MODULES; i++) {
    const n = String(i).padStart(4, '0')
    const d = path.join(bundle, 'acme', `area${n.slice(0, 2)}`)
    if (i % 100 === 0) mkdirSync(d, { recursive: true })
    writeFileSync(
      path.join(d, `m${n}.rego`),
      `# METADATA\n# title: module ${n}\n# custom:\n#   owner: "@acme/team-${n.slice(0, 2)}"\npackage acme.area${n.slice(0, 2)}.m${n}\n\nimport rego.v1\n\ndefault allow := false\n\nallow if {\n\tinput.user in data.acme.admins\n\tinput.action == "read${variant}"\n}\n\ndeny contains msg if {\n\tnot allow\n\tmsg := sprintf("denied: %v", [input.user])\n}\n`
    )
    writeFileSync(
      path.join(d, `m${n}_test.rego`),
      `package acme.area${n.slice(0, 2)}.m${n}_test\n\nimport data.acme.area${n.slice(0, 2)}.m${n}\n\ntest_allow if m${n}.allow with input as {"user": "ada", "action": "read${variant}"} with data.acme.admins as ["ada"]\n`
    )
  }
  writeFileSync(path.join(bundle, 'acme', 'data.json'), JSON.stringify({ admins: ['ada'] }))
}

function writeConfig(dir) {
  mkdirSync(path.join(dir, '.github'), { recursive: true })
  writeFileSync(
    path.join(dir, '.github/gonogo.yml'),
    [
      'version: 1',
      'controls:',
      '  - { id: opa-bundle, severity: high, source: { builtin: policy-bundle } }',
      'checks:',
      '  policy-bundle:',
      '    base_ref: main',
      '    bundles:',
      '      - path: policies',
      '        require_annotations: [custom.owner]',
      '        bump: { major: [package-removed, rule-removed], minor: [package-added, rule-added] }',
      ''
    ].join('\n')
  )
}

function git(dir, ...args) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
    GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
    GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z'
  }
  const r = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
}

export async function bench({ root, tmp, node, median, runs, dist }) {
  const cli = path.join(dist ?? path.join(root, 'dist'), 'cli/index.js')
  const plain = path.join(tmp, 'policy-bundle-plain')
  writeBundle(plain, '1.0.0', '')
  writeConfig(plain)

  const repo = path.join(tmp, 'policy-bundle-git')
  writeBundle(repo, '1.0.0', '')
  writeConfig(repo)
  git(repo, 'init', '-q', '-b', 'main')
  git(repo, 'add', '-A')
  git(repo, 'commit', '-qm', 'bundle 1.0.0')
  git(repo, 'checkout', '-qb', 'feature')
  writeBundle(repo, '1.1.0', 'x') // every module changes
  git(repo, 'add', '-A')
  git(repo, 'commit', '-qm', 'bundle 1.1.0')

  const scenarios = [
    { label: `${MODULES} modules + ${MODULES} tests, no git`, dir: plain },
    { label: `${MODULES} modules + ${MODULES} tests, all changed since main`, dir: repo }
  ]
  const rows = []
  for (const s of scenarios) {
    const out = path.join(tmp, `${path.basename(s.dir)}-out`)
    const args = [
      cli,
      'check',
      'policy-bundle',
      '--workspace',
      s.dir,
      '--config',
      '.github/gonogo.yml',
      '--output',
      out
    ]
    const once = () => {
      const t0 = process.hrtime.bigint()
      const r = spawnSync(node, args, { encoding: 'utf8' })
      const ms = Number(process.hrtime.bigint() - t0) / 1e6
      if (r.status !== 0 && r.status !== 1)
        throw new Error(`policy-bundle exited ${r.status}\n${r.stderr}${r.stdout}`)
      return ms
    }
    once() // warm the file cache
    const samples = Array.from({ length: runs }, once)
    let summary = ''
    try {
      const report = JSON.parse(readFileSync(path.join(out, 'policy-bundle.json'), 'utf8'))
      summary = `${report.status}; ${report.summary.checks} checks`
    } catch {
      summary = 'no report read'
    }
    rows.push({
      label: s.label,
      median: median(samples),
      min: Math.min(...samples),
      max: Math.max(...samples),
      summary
    })
  }
  console.log(`\npolicy-bundle over a ${MODULES}-module bundle (whole CLI process, ms)`)
  console.log('| scenario | median | min | max | report |')
  console.log('|---|---:|---:|---:|---|')
  for (const r of rows)
    console.log(
      `| ${r.label} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${r.max.toFixed(0)} | ${r.summary} |`
    )
}
