import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

export const EXAMPLE = path.resolve('examples/basic')

/** A temp folder holding a copy of the bundled example (optionally a real git repository). */
export async function exampleWorkspace(
  opts: { git?: boolean } = {}
): Promise<{ dir: string; sha: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-ws-'))
  await cp(EXAMPLE, dir, { recursive: true })
  let sha = ''
  if (opts.git) {
    const git = (...args: string[]): string =>
      execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Ada',
          GIT_AUTHOR_EMAIL: 'ada@example.com',
          GIT_COMMITTER_NAME: 'Ada',
          GIT_COMMITTER_EMAIL: 'ada@example.com',
          GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
          GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z'
        }
      }).trim()
    git('init', '-q', '-b', 'main')
    git('add', '-A')
    git('commit', '-qm', 'example repository')
    sha = git('rev-parse', 'HEAD')
  }
  return { dir, sha, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

export async function writeIn(dir: string, rel: string, content: string | Buffer): Promise<void> {
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true })
  await writeFile(path.join(dir, rel), content)
}

export const FAILING_JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="2" failures="1">
  <testsuite name="checkout" tests="2" failures="1">
    <testcase classname="checkout" name="charges the card once" file="src/checkout.test.js" line="14">
      <failure message="expected 1 charge, got 2">AssertionError: expected 1 charge, got 2</failure>
    </testcase>
    <testcase classname="checkout" name="refuses an expired card"/>
  </testsuite>
</testsuites>
`
