/**
 * The built-in names live in one list (`src/core/builtin-names.ts`); every other place that names
 * the checks is held equal to it here: the registry, the policy schema (`source.builtin` enum and
 * the `checks` properties, each with its settings schema), the README "Built-in checks" table and
 * the CLI usage text. Adding a check without updating one of them fails this suite.
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import { BUILTIN_REGISTRY, loadBuiltin } from '../src/checks/registry.js'
import { BUILTIN_NAMES, isBuiltinName } from '../src/core/builtin-names.js'
import { validatePolicy } from '../src/generated/validators.js'

// Jest runs from the repository root (as the other suites assume when they read action.yml).
const ROOT = process.cwd()
const NAMES = [...BUILTIN_NAMES].sort()

async function readText(rel: string): Promise<string> {
  return readFile(path.join(ROOT, rel), 'utf8')
}

interface SchemaNode {
  properties?: Record<string, SchemaNode & { $ref?: string }>
  definitions?: Record<string, SchemaNode>
  enum?: unknown[]
  additionalProperties?: unknown
}

async function policySchema(): Promise<SchemaNode> {
  return JSON.parse(await readText('schemas/gonogo.schema.json')) as SchemaNode
}

/** The first column of each row of the table under the "### Built-in checks" heading. */
function readmeBuiltinRows(readme: string): string[] {
  const start = readme.indexOf('\n### Built-in checks\n')
  if (start < 0) throw new Error('README.md has no "### Built-in checks" heading')
  const rest = readme.slice(start + 1)
  const end = rest.slice(1).search(/\n#{2,3} /)
  const section = end < 0 ? rest : rest.slice(0, end + 1)
  const rows = section.split('\n').filter((l) => l.startsWith('|'))
  // Header and separator first, then one row per check with its name in backticks.
  return rows.slice(2).map((row) => {
    const cell = row.split('|')[1]?.trim() ?? ''
    const m = /^`([^`]+)`$/.exec(cell)
    if (!m) throw new Error(`README.md Built-in checks row without a \`name\`: ${row}`)
    return m[1] as string
  })
}

/** The names inside the parentheses of the usage text's `gonogo check NAME` entry. */
function usageCheckNames(usage: string): string[] {
  const m = /gonogo check NAME \[options\]\s+run one built-in check \(([^)]*)\)/.exec(usage)
  if (!m) throw new Error('usage text has no "gonogo check NAME" entry listing the checks')
  return (m[1] as string).split(',').map((s) => s.trim())
}

function sorted(xs: readonly string[]): string[] {
  return [...xs].sort()
}

describe('one list of built-in checks', () => {
  // First in the file: no check's modules are linked yet, as in a gate that runs two built-ins.
  test('built-ins asked for at once all load; one that fails to load does not stop the next', async () => {
    const loaded = await Promise.all(BUILTIN_NAMES.map((name) => loadBuiltin(name)))
    for (const check of loaded) expect(typeof check).toBe('function')
    const registry = BUILTIN_REGISTRY as Record<string, () => Promise<unknown>>
    const saved = registry['ci-trend']
    registry['ci-trend'] = () => Promise.reject(new Error('cannot load'))
    try {
      const failing = loadBuiltin('ci-trend')
      const next = loadBuiltin('workflow-lint')
      await expect(failing).rejects.toThrow('cannot load')
      expect(typeof (await next)).toBe('function')
    } finally {
      registry['ci-trend'] = saved as () => Promise<unknown>
    }
  })

  test('the names are distinct and every one has a registry entry that loads a check', async () => {
    expect(new Set(BUILTIN_NAMES).size).toBe(BUILTIN_NAMES.length)
    expect(sorted(Object.keys(BUILTIN_REGISTRY))).toEqual(NAMES)
    for (const name of BUILTIN_NAMES) {
      expect(isBuiltinName(name)).toBe(true)
      expect(typeof (await loadBuiltin(name))).toBe('function')
    }
    expect(isBuiltinName('Ci-Trend')).toBe(false)
    expect(isBuiltinName('toString')).toBe(false)
  })

  test('the schema enum of source.builtin equals the names', async () => {
    const schema = await policySchema()
    const builtin = schema.definitions?.source?.properties?.builtin
    expect(builtin?.enum).toBeDefined()
    expect(sorted(builtin?.enum as string[])).toEqual(NAMES)
  })

  test('the schema checks properties equal the names, each with its settings schema', async () => {
    const schema = await policySchema()
    const checks = schema.properties?.checks
    expect(checks?.additionalProperties).toBe(false)
    const props = checks?.properties ?? {}
    expect(sorted(Object.keys(props))).toEqual(NAMES)
    for (const name of BUILTIN_NAMES)
      expect(props[name]?.$ref).toBe(`https://gonogo.dev/schemas/checks/${name}.schema.json`)
    const missing = BUILTIN_NAMES.map((n) => `schemas/checks/${n}.schema.json`).filter(
      (f) => !existsSync(path.join(ROOT, f))
    )
    expect(missing).toEqual([])
  })

  test('the generated policy validator knows every name (run node scripts/gen-validators.mjs)', () => {
    const rejected = BUILTIN_NAMES.filter(
      (name) =>
        !validatePolicy({
          version: 1,
          controls: [{ id: 'c', severity: 'high', source: { builtin: name } }]
        })
    )
    expect(rejected).toEqual([])
  })

  test('the README "Built-in checks" table has one row per name', async () => {
    const rows = readmeBuiltinRows(await readText('README.md'))
    expect(new Set(rows).size).toBe(rows.length)
    expect(sorted(rows)).toEqual(NAMES)
  })

  test('the CLI usage text lists every name, within 100 columns', async () => {
    let usage = ''
    const io: Io = {
      out: (s) => {
        usage += s
      },
      err: () => undefined,
      env: {},
      cwd: ROOT
    }
    expect(await main(['--help'], io)).toBe(0)
    expect(usageCheckNames(usage)).toEqual([...BUILTIN_NAMES])
    const entry = usage.slice(
      usage.indexOf('  gonogo check NAME'),
      usage.indexOf('  gonogo bundle')
    )
    for (const line of entry.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
  })

  test('the readers reject a section or entry they cannot read', () => {
    expect(() => readmeBuiltinRows('# x\n')).toThrow(/no "### Built-in checks" heading/)
    expect(() =>
      readmeBuiltinRows('\n### Built-in checks\n\n| C | W |\n| - | - |\n| ci-trend | x |\n')
    ).toThrow(/without a `name`/)
    expect(
      readmeBuiltinRows(
        '\n### Built-in checks\n\n| C | W |\n| - | - |\n| `a` | x |\n\n### Next\n\n| `b` | y |\n'
      )
    ).toEqual(['a'])
    expect(() => usageCheckNames('gonogo check NAME')).toThrow(/no "gonogo check NAME" entry/)
  })
})
