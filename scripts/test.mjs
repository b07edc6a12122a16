// The test command (npm test): types, lint, generated code up to date, then every jest suite.
// Each step prints its time; the first failure stops the run with its exit code.
import { execFileSync } from 'node:child_process'

const node = process.execPath
const steps = [
  ['runtime', node, ['-e', 'console.log(`node ${process.version}`)']],
  ['typecheck', node, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', node, ['node_modules/eslint/bin/eslint.js', '.']],
  [
    'format',
    node,
    ['node_modules/prettier/bin/prettier.cjs', '--check', '.', '--log-level', 'warn']
  ],
  ['action docs', node, ['scripts/action-docs.mjs', '--check']],
  ['build', node, ['scripts/build.mjs']],
  ['check-dist', node, ['scripts/check-dist.mjs']],
  [
    'jest',
    node,
    ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '--ci', ...process.argv.slice(2)]
  ]
]

for (const [name, cmd, args] of steps) {
  const t0 = Date.now()
  console.log(`\n▶ ${name}`)
  try {
    execFileSync(cmd, args, { stdio: 'inherit' })
  } catch (e) {
    console.error(
      `\n✖ ${name} failed${name === 'check-dist' ? ': dist/ differs from a fresh build; run npm run build and commit dist/' : ''}`
    )
    process.exit(typeof e.status === 'number' && e.status !== 0 ? e.status : 1)
  }
  console.log(`✔ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
}
