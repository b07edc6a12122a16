import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

function check(dir: string): { code: number; stderr: string } {
  const r = spawnSync(process.execPath, ['scripts/action-docs.mjs', '--check', dir], {
    encoding: 'utf8'
  })
  return { code: r.status ?? -1, stderr: r.stderr }
}

describe('action README tables are generated from action.yml', () => {
  test('action-gate/README.md matches action-gate/action.yml', () => {
    expect(check('action-gate')).toEqual({ code: 0, stderr: '' })
  })

  test('an input added to action.yml but not to the README is drift', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-docs-'))
    try {
      await cp('action-gate', dir, { recursive: true })
      const yml = await readFile(path.join(dir, 'action.yml'), 'utf8')
      await writeFile(
        path.join(dir, 'action.yml'),
        yml.replace(
          'inputs:\n',
          "inputs:\n  new-input:\n    description: 'Something new.'\n    required: false\n"
        )
      )
      const r = check(dir)
      expect(r.code).toBe(1)
      expect(r.stderr).toContain('inputs/outputs tables differ')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('the root action.yml is the gate with the same inputs and outputs', async () => {
    const root = await readFile('action.yml', 'utf8')
    const gate = await readFile('action-gate/action.yml', 'utf8')
    expect(root).toBe(gate.replace("main: '../dist/gate/index.js'", "main: 'dist/gate/index.js'"))
    expect(gate).toContain("using: 'node24'")
  })
})

describe('the README commands', () => {
  test('npm run example runs the bundled CLI on the example and prints the decision', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {
      scripts: Record<string, string>
      bin: Record<string, string>
    }
    const script = pkg.scripts.example ?? ''
    expect(script.startsWith('node bin/gonogo.js gate ')).toBe(true)
    expect(pkg.bin.gonogo).toBe('bin/gonogo.js')
    const out = await mkdtemp(path.join(os.tmpdir(), 'gonogo-example-'))
    try {
      const args = script
        .replace('node ', '')
        .split(' ')
        .map((a) => (a === 'out/example' ? out : a))
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' })
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      expect(r.stdout).toMatch(/^conditional-go \(profile strict/)
      expect(
        JSON.parse(await readFile(path.join(out, 'executive-summary.json'), 'utf8'))
      ).toMatchObject({ decision: 'conditional-go' })
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })
})
