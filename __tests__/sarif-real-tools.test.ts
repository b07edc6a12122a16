/**
 * SARIF as real tools write it. ESLint runs inside the test on tiny projects and writes SARIF
 * through @microsoft/eslint-formatter-sarif; the reader's verdicts on those logs are checked.
 * Every produced log and every hand-made fixture (fixtures/sarif, see NOTES.md there) is then
 * validated by the SARIF multitool; a test fails on any validator error not listed, with its
 * reason, in EXPECTED_VALIDATOR_ERRORS. A missing tool fails the suite; nothing is skipped.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { accessSync, chmodSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readSarif } from '../src/parsers/sarif.js'

const REPO = fileURLToPath(new URL('..', import.meta.url))
const FIXTURES = fileURLToPath(new URL('./fixtures/sarif/', import.meta.url))

/** The tools these tests run, at the versions whose output the expectations below describe. */
const TOOLS = {
  eslint: { package: 'eslint', version: '9.39.5' },
  formatter: { package: '@microsoft/eslint-formatter-sarif', version: '3.1.0' },
  multitool: { package: '@microsoft/sarif-multitool-linux', version: '5.7.0' }
} as const

const ESLINT_BIN = path.join(REPO, 'node_modules/eslint/bin/eslint.js')
const FORMATTER = path.join(REPO, 'node_modules/@microsoft/eslint-formatter-sarif/sarif.js')
const MULTITOOL = path.join(REPO, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool')

/**
 * Validator errors a log is known to carry, by file, each with the public report or spec text
 * that explains it. Anything else at level error fails the test.
 */
const EXPECTED_VALIDATOR_ERRORS: Record<string, { rule: string; path: string; why: string }[]> = {
  'eslint:*': [
    {
      rule: 'SARIF1011',
      path: '$schema',
      why:
        'eslint-formatter-sarif 3.1.0 writes $schema sarif-2.1.0-rtm.5, which the validator does not take for the final ' +
        'schema although the two differ only in their version string (nvuillam/node-sarif-builder#59, ' +
        'owenrumney/go-sarif#58, oxsecurity/megalinter#2644)'
    }
  ],
  'results-null.sarif': [
    {
      rule: 'JSON1001',
      path: 'runs[0].results',
      why:
        'SARIF 2.1.0 §3.14.23 says results SHALL be null when the tool failed to start, but the 2.1.0 JSON schema ' +
        'types results as an array only'
    }
  ]
}

function installedVersion(pkg: string): string {
  const file = path.join(REPO, 'node_modules', pkg, 'package.json')
  if (!existsSync(file)) {
    throw new Error(`${pkg} is not installed (${file} is missing); run npm ci`)
  }
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}

/** The multitool binary, made executable when npm left it without the x bit. */
function multitoolBinary(): string {
  if (!existsSync(MULTITOOL)) throw new Error(`${MULTITOOL} is missing; run npm ci on linux`)
  try {
    accessSync(MULTITOOL, constants.X_OK)
  } catch {
    chmodSync(MULTITOOL, 0o755)
    accessSync(MULTITOOL, constants.X_OK)
  }
  return MULTITOOL
}

interface EslintProject {
  name: string
  /** What the project is for. */
  about: string
  config: string
  files: Record<string, string>
}

const CONFIG = `export default [
  {
    files: ['**/*.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: { 'no-unused-vars': 'error', 'no-debugger': 'error', eqeqeq: 'warn' }
  }
]
`

const PROJECTS: EslintProject[] = [
  {
    name: 'errors',
    about: 'an error, a warning and an error disabled inline with a reason',
    config: CONFIG,
    files: {
      'src/cart.js': `export function total(items) {
  const tmp = 1
  if (items.length == 0) return 0
  // eslint-disable-next-line no-debugger -- reviewed: kept for the demo
  debugger
  return items.reduce((a, b) => a + b, 0)
}
`
    }
  },
  {
    name: 'suppressed',
    about: 'the only error is disabled by a block comment; one warning',
    config: CONFIG,
    files: {
      'src/cart.js': `/* eslint-disable no-debugger */
export function total(items) {
  debugger
  if (items.length == 0) return 0
  return items.length
}
`
    }
  },
  {
    name: 'syntax-error',
    about: 'a file ESLint cannot parse',
    config: CONFIG,
    files: { 'src/broken.js': 'export const = 1\n' }
  },
  {
    name: 'clean',
    about: 'nothing to report',
    config: CONFIG,
    files: { 'src/ok.js': 'export const one = 1\n' }
  }
]

interface Produced {
  dir: string
  sarifPath: string
  text: string
}

interface ValidatorFinding {
  rule: string
  level: string
  path: string
  file: string
}

let work = ''
const produced = new Map<string, Produced>()
let validator: {
  findings: ValidatorFinding[]
  scanned: number
  version: string
  successful: boolean
}

function runEslint(dir: string, out: string): void {
  const env = { ...process.env }
  delete env.SARIF_ESLINT_EMBED
  delete env.SARIF_ESLINT_IGNORE_SUPPRESSED
  const r = spawnSync(
    process.execPath,
    [ESLINT_BIN, '--format', FORMATTER, '--output-file', out, 'src'],
    { cwd: dir, env, encoding: 'utf8', timeout: 60_000 }
  )
  // ESLint exits 1 when it reports errors; 2 means it could not run.
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`eslint in ${dir} exited ${String(r.status)}: ${r.stderr || String(r.error)}`)
  }
}

/** Runs `Sarif.Multitool validate` once over all files and reads its SARIF output. */
function validate(files: string[], out: string): typeof validator {
  const r = spawnSync(
    multitoolBinary(),
    ['validate', ...files, '--output', out, '--log', 'ForceOverwrite'],
    {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' }
    }
  )
  if (r.status !== 0) {
    throw new Error(
      `Sarif.Multitool exited ${String(r.status)}: ${r.stdout}\n${r.stderr || String(r.error)}`
    )
  }
  const scanned = Number(/Done\. (\d+) files? scanned/.exec(r.stdout)?.[1] ?? NaN)
  type Log = {
    runs: {
      tool: {
        driver: {
          semanticVersion?: string
          rules?: { defaultConfiguration?: { level?: string } }[]
        }
      }
      invocations?: {
        executionSuccessful?: boolean
        toolExecutionNotifications?: { level?: string }[]
      }[]
      results?: {
        ruleId: string
        ruleIndex?: number
        level?: string
        message: { arguments?: string[] }
        locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[]
      }[]
    }[]
  }
  const logged = JSON.parse(readFileSync(out, 'utf8')) as Log
  const run = logged.runs[0]
  if (!run) throw new Error(`${out} has no run`)
  const rules = run.tool.driver.rules ?? []
  const findings = (run.results ?? []).map((x) => {
    const uri = x.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''
    return {
      rule: x.ruleId,
      level: x.level ?? rules[x.ruleIndex ?? -1]?.defaultConfiguration?.level ?? 'warning',
      path: x.message.arguments?.[0] ?? '',
      file: uri.startsWith('file:') ? fileURLToPath(uri) : uri
    }
  })
  const successful =
    (run.invocations ?? []).every((i) => i.executionSuccessful === true) &&
    (run.invocations ?? []).every((i) =>
      (i.toolExecutionNotifications ?? []).every((n) => n.level !== 'error')
    )
  return { findings, scanned, version: run.tool.driver.semanticVersion ?? '', successful }
}

beforeAll(async () => {
  for (const tool of Object.values(TOOLS)) {
    expect(`${tool.package}@${installedVersion(tool.package)}`).toBe(
      `${tool.package}@${tool.version}`
    )
  }
  work = await mkdtemp(path.join(tmpdir(), 'gonogo-sarif-'))
  for (const p of PROJECTS) {
    const dir = path.join(work, p.name)
    await mkdir(path.join(dir, 'src'), { recursive: true })
    await writeFile(path.join(dir, 'eslint.config.mjs'), p.config)
    for (const [file, text] of Object.entries(p.files)) await writeFile(path.join(dir, file), text)
    const sarifPath = path.join(dir, 'eslint.sarif')
    runEslint(dir, sarifPath)
    produced.set(p.name, { dir, sarifPath, text: await readFile(sarifPath, 'utf8') })
  }
  const files = [
    ...[...produced.values()].map((p) => p.sarifPath),
    ...fixtureFiles().map((f) => path.join(FIXTURES, f))
  ]
  validator = validate(files, path.join(work, 'validation.sarif'))
}, 120_000)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

function fixtureFiles(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.sarif'))
    .sort()
}

function eslintLog(name: string): Produced {
  const p = produced.get(name)
  if (!p) throw new Error(`no ESLint log for ${name}`)
  return p
}

describe(`ESLint ${TOOLS.eslint.version} with ${TOOLS.formatter.package} ${TOOLS.formatter.version}`, () => {
  test('the log names ESLint and its version', () => {
    const doc = JSON.parse(eslintLog('errors').text) as {
      runs: { tool: { driver: { name: string; version: string } } }[]
    }
    expect(doc.runs[0]?.tool.driver).toMatchObject({
      name: 'ESLint',
      version: TOOLS.eslint.version
    })
  })

  test('an error fails the control; the warning and the inline-disabled error do not', () => {
    const p = eslintLog('errors')
    const v = readSarif(p.text, { file: 'eslint.sarif', root: p.dir })
    expect(v.status).toBe('failed')
    expect(v.message).toBe('eslint.sarif: 1 errors, 1 warnings, 0 notes in 1 runs (1 suppressed)')
    expect(v.findings).toEqual([
      {
        id: 'no-unused-vars',
        status: 'failed',
        message: "'tmp' is assigned a value but never used.",
        location: { file: 'src/cart.js', line: 2, column: 9 }
      }
    ])
  })

  test('the formatter writes an inline eslint-disable as an inSource suppression without status', () => {
    const doc = JSON.parse(eslintLog('errors').text) as {
      runs: { results: { ruleId: string; level: string; suppressions?: unknown[] }[] }[]
    }
    const byRule = Object.fromEntries((doc.runs[0]?.results ?? []).map((r) => [r.ruleId, r]))
    expect(byRule['no-debugger']).toMatchObject({
      level: 'error',
      suppressions: [{ kind: 'inSource', justification: 'reviewed: kept for the demo' }]
    })
    // Other results of a file with a suppressed message carry an empty array: not suppressed.
    expect(byRule['no-unused-vars']?.suppressions).toEqual([])
  })

  test('a log whose only error is disabled by a block comment passes', () => {
    const p = eslintLog('suppressed')
    expect(readSarif(p.text, { file: 'eslint.sarif', root: p.dir })).toMatchObject({
      status: 'passed',
      message: 'eslint.sarif: 0 errors, 1 warnings, 0 notes in 1 runs (1 suppressed)',
      findings: []
    })
  })

  test('a parse error is a failed execution, not a clean run', () => {
    const p = eslintLog('syntax-error')
    const doc = JSON.parse(p.text) as {
      runs: { results: unknown[]; invocations: { executionSuccessful: boolean }[] }[]
    }
    expect(doc.runs[0]?.results).toEqual([])
    expect(doc.runs[0]?.invocations[0]?.executionSuccessful).toBe(false)
    expect(readSarif(p.text, { file: 'eslint.sarif', root: p.dir })).toMatchObject({
      status: 'failed',
      // The formatter also writes the parse error as an error notification: the message quotes it.
      message:
        'eslint.sarif: runs[0] reports an unsuccessful tool execution (executionSuccessful: false); runs[0].invocations[0].toolConfigurationNotifications[0] is an error notification: "Parsing error: Unexpected token ="; the tool\'s results cannot be assumed complete (SARIF 2.1.0 Appendix I)'
    })
  })

  test('a clean project passes', () => {
    const p = eslintLog('clean')
    expect(readSarif(p.text, { file: 'eslint.sarif', root: p.dir })).toMatchObject({
      status: 'passed',
      message: 'eslint.sarif: 0 errors, 0 warnings, 0 notes in 1 runs'
    })
  })
})

describe(`validated by Sarif.Multitool ${TOOLS.multitool.version}`, () => {
  test('the validator ran over every file', () => {
    expect(validator.version.split('+')[0]).toBe(TOOLS.multitool.version)
    expect(validator.successful).toBe(true)
    expect(validator.scanned).toBe(PROJECTS.length + fixtureFiles().length)
  })

  const errorsOf = (file: string): { rule: string; path: string }[] =>
    validator.findings
      .filter((f) => f.file === file && f.level === 'error')
      .map(({ rule, path: p }) => ({ rule, path: p }))
      .sort((a, b) => `${a.rule} ${a.path}`.localeCompare(`${b.rule} ${b.path}`))

  test.each(PROJECTS.map((p) => [p.name, p.about]))(
    'ESLint log "%s" (%s) has only the known $schema error',
    (name) => {
      const expected = (EXPECTED_VALIDATOR_ERRORS['eslint:*'] ?? []).map(({ rule, path: p }) => ({
        rule,
        path: p
      }))
      expect(errorsOf(eslintLog(name).sarifPath)).toEqual(expected)
    }
  )

  test.each(fixtureFiles())(
    'fixture %s has no validator error but the ones NOTES.md explains',
    (file) => {
      const expected = (EXPECTED_VALIDATOR_ERRORS[file] ?? []).map(({ rule, path: p }) => ({
        rule,
        path: p
      }))
      expect(errorsOf(path.join(FIXTURES, file))).toEqual(expected)
    }
  )

  test('every fixture is described in NOTES.md', () => {
    const notes = readFileSync(path.join(FIXTURES, 'NOTES.md'), 'utf8')
    for (const file of fixtureFiles()) expect(notes).toContain(`\`${file}\``)
  })
})
