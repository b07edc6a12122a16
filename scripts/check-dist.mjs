// Fails when dist/ or src/generated/ differ from what is committed: changed, deleted or new files.
import { execFileSync } from 'node:child_process'

const status = execFileSync(
  'git',
  ['status', '--porcelain', '--untracked-files=all', '--', 'dist', 'src/generated'],
  { encoding: 'utf8' }
)
if (status.trim() !== '') {
  console.error(
    `Generated files differ from the commit:\n${status}Run npm run build and commit dist/ and src/generated/.`
  )
  process.exit(1)
}
console.log('dist/ and src/generated/ match a fresh build')
