// Builds everything that is committed as generated code: the precompiled schema validators and
// one ncc bundle per entry point (dist/<name>/index.js). CI rebuilds and diffs dist/.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const ENTRIES = {
  gate: 'src/gate/index.ts',
  'ruleset-verify': 'src/ruleset-verify/index.ts',
  'release-bundle': 'src/release-bundle/index.ts',
  cli: 'src/cli/index.ts'
}
const only = process.argv.slice(2)

execFileSync(process.execPath, ['scripts/gen-validators.mjs'], { stdio: 'inherit' })
for (const [name, entry] of Object.entries(ENTRIES)) {
  if (only.length > 0 && !only.includes(name)) continue
  rmSync(`dist/${name}`, { recursive: true, force: true })
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry,
      '-o',
      `dist/${name}`,
      '--license',
      'licenses.txt',
      '-q',
      '--target',
      'es2022'
    ],
    { stdio: 'inherit' }
  )
  console.log(`dist/${name}/index.js`)
}
