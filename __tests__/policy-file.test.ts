import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { ConfigurationError } from '../src/core/errors.js'
import { loadPolicy, parsePolicy } from '../src/io/policy-file.js'
import { Workspace } from '../src/io/workspace.js'

const EXAMPLE_DIR = fileURLToPath(new URL('../examples/basic', import.meta.url))
const FILE = '.github/gonogo.yml'
/** A frozen copy of the example policy: the tests below edit it and assert line numbers. */
const EXAMPLE = readFileSync(new URL('./fixtures/policy/gonogo.yml', import.meta.url), 'utf8')

/** The example policy with one exact edit; fails loudly if the text to replace is not there. */
function edit(from: string, to: string, base = EXAMPLE): string {
  const at = base.indexOf(from)
  if (at < 0 || base.indexOf(from, at + 1) >= 0)
    throw new Error(`edit: ${JSON.stringify(from)} must occur exactly once`)
  return base.slice(0, at) + to + base.slice(at + from.length)
}

/** Runs `fn`, which must throw a ConfigurationError, and returns that error. */
function configError(fn: () => unknown): ConfigurationError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError)
    const err = e as ConfigurationError
    expect(err.name).toBe('ConfigurationError')
    // shown to the user as-is: no stack trace inside the message
    expect(err.message).not.toMatch(/\n\s+at /)
    expect(err.message).not.toContain('    at ')
    return err
  }
  throw new Error('expected a ConfigurationError, but nothing was thrown')
}

function lines(e: Error): string[] {
  return e.message.split('\n')
}

describe('parsePolicy', () => {
  test('the policy shipped in examples/basic parses', () => {
    const p = parsePolicy(readFileSync(path.join(EXAMPLE_DIR, FILE), 'utf8'), FILE)
    expect(p.version).toBe(1)
    expect(p.controls.map((c) => c.id)).toEqual([
      'branch-protection',
      'unit-tests',
      'code-scanning',
      'ci-stability'
    ])
    expect(p.waivers?.map((w) => w.control)).toEqual(['code-scanning'])
  })

  test('the example policy parses into its profiles, controls and waiver', () => {
    const p = parsePolicy(EXAMPLE, FILE)
    expect(p.version).toBe(1)
    expect(p.profiles).toEqual({
      strict: { max_high: 0, max_medium: 0 },
      transitional: { max_high: 0, max_medium: 2 }
    })
    expect(p.select_profile).toEqual([
      { event: 'push', branch: 'main', profile: 'strict' },
      { event: 'pull_request', profile: 'transitional' },
      { profile: 'strict' }
    ])
    expect(p.controls.map((c) => [c.id, c.severity])).toEqual([
      ['branch-protection', 'high'],
      ['unit-tests', 'high'],
      ['code-scanning', 'medium'],
      ['ci-stability', 'medium']
    ])
    expect(p.controls[0]).toEqual({
      id: 'branch-protection',
      source: { report: 'gonogo-reports/branch-protection.json' },
      severity: 'high',
      owner: '@acme/platform',
      runbook: 'docs/runbooks/branch-protection.md',
      allow_unverified: { evidence: 'evidence/manual-ruleset-check.md' }
    })
    expect(p.controls[1]?.source).toEqual({ junit: 'test-results/**/*.xml' })
    expect(p.controls[2]?.source).toEqual({ sarif: 'results/*.sarif' })
    // an unquoted date stays the string the author wrote (YAML 1.2 core schema)
    expect(p.waivers).toEqual([
      {
        control: 'code-scanning',
        owner: '@alice',
        reason: 'false positives in vendored code',
        mitigation: 'vendored code removed in the next release',
        expires: '2026-12-31'
      }
    ])
  })

  test('a minimal policy with one control and no profiles parses', () => {
    const p = parsePolicy('version: 1\ncontrols:\n  - id: unit-tests\n    severity: high\n', FILE)
    expect(p.controls).toEqual([{ id: 'unit-tests', severity: 'high' }])
    expect(p.profiles).toBeUndefined()
  })

  test('an unclosed flow mapping is a YAML syntax error naming file, line and column', () => {
    const text = edit(
      '    source: { junit: "test-results/**/*.xml" }',
      '    source: { junit: "test-results/**/*.xml"\n    severity: high: true'
    )
    const e = configError(() => parsePolicy(text, FILE))
    expect(lines(e)[0]).toMatch(/^\.github\/gonogo\.yml:\d+:\d+: YAML syntax: /)
  })

  test('a nested mapping in a compact mapping is reported at the exact line and column', () => {
    const text = 'version: 1\ncontrols:\n  - id: a\n    severity: high: x\n'
    const e = configError(() => parsePolicy(text, FILE))
    expect(e.message).toBe(
      '.github/gonogo.yml:4:15: YAML syntax: Nested mappings are not allowed in compact mappings'
    )
  })

  test('a tab used for indentation is reported on its line', () => {
    const e = configError(() => parsePolicy('version: 1\ncontrols:\n\t- id: a\n', FILE))
    expect(e.message).toBe(
      '.github/gonogo.yml:3:1: YAML syntax: Tabs are not allowed as indentation'
    )
  })

  test('a misspelt key (sevrity) is reported at the key itself, listing the keys allowed there', () => {
    const text = edit(
      '    severity: medium\n    owner: "@acme/security"',
      '    sevrity: medium\n    owner: "@acme/security"'
    )
    const e = configError(() => parsePolicy(text, FILE))
    expect(lines(e)).toContain(
      ".github/gonogo.yml:26:5: controls[2].sevrity: unknown key 'sevrity'; allowed keys here: id, description, source, severity, owner, runbook, allow_unverified"
    )
    // and the control now lacks its severity, reported at the control (line 24)
    expect(lines(e)).toContain(
      ".github/gonogo.yml:24:5: controls[2]: missing required key 'severity'"
    )
    // messages come sorted by line
    expect(lines(e)[0]).toContain(':24:5:')
  })

  test('an unknown top-level key names its line and the top-level keys', () => {
    const e = configError(() => parsePolicy(edit('waivers:', 'waiver:'), FILE))
    expect(e.message).toBe(
      ".github/gonogo.yml:33:1: waiver: unknown key 'waiver'; allowed keys here: version, profiles, select_profile, controls, claims, waivers, comment, limits, branches, org, environments, incidents, checks"
    )
  })

  test('max_high: "zero" is a type error at the value, naming what was found', () => {
    const e = configError(() =>
      parsePolicy(edit('strict: { max_high: 0', 'strict: { max_high: "zero"'), FILE)
    )
    expect(e.message).toBe(
      '.github/gonogo.yml:5:23: profiles.strict.max_high: must be an integer, found string "zero"'
    )
  })

  test('controls: {} is a type error: a list is wanted, a mapping was found', () => {
    const e = configError(() => parsePolicy('version: 1\ncontrols: {}\n', FILE))
    expect(e.message).toBe('.github/gonogo.yml:2:11: controls: must be a list, found a mapping')
  })

  test('severity: critical is an enum violation listing the allowed values', () => {
    const text = edit(
      '    severity: medium\n    owner: "@acme/security"',
      '    severity: critical\n    owner: "@acme/security"'
    )
    const e = configError(() => parsePolicy(text, FILE))
    expect(e.message).toBe(
      '.github/gonogo.yml:26:15: controls[2].severity: "critical" is not allowed; allowed: "high", "medium"'
    )
  })

  test('version: 2 is rejected: only version 1 exists', () => {
    const e = configError(() => parsePolicy(edit('version: 1', 'version: 2'), FILE))
    expect(e.message).toBe('.github/gonogo.yml:2:10: version: must be 1')
  })

  test('a control id with a space does not match the id pattern', () => {
    const e = configError(() => parsePolicy(edit('id: ci-stability', 'id: "ci stability"'), FILE))
    expect(e.message).toMatch(
      /^\.github\/gonogo\.yml:28:9: controls\[3\]\.id: "ci stability" does not match /
    )
  })

  test('an empty policy file is rejected at 1:1 as not a mapping', () => {
    const e = configError(() => parsePolicy('', FILE))
    expect(e.message).toBe('.github/gonogo.yml:1:1: (top level): must be a mapping, found nothing')
  })

  test('a duplicate control id names the second declaration and where the first one is', () => {
    const e = configError(() => parsePolicy(edit('id: ci-stability', 'id: unit-tests'), FILE))
    expect(e.message).toBe(
      ".github/gonogo.yml:28:9: controls[3].id: duplicate control id 'unit-tests' (first declared at controls[1]); ids must be unique"
    )
  })

  test('a waiver for an unknown control names the waiver line and the declared controls', () => {
    const e = configError(() =>
      parsePolicy(edit('  - control: code-scanning', '  - control: code-scaning'), FILE)
    )
    expect(e.message).toBe(
      ".github/gonogo.yml:34:14: waivers[0].control: waiver for unknown control 'code-scaning'; declared controls: branch-protection, ci-stability, code-scanning, unit-tests"
    )
  })

  test('select_profile naming an undeclared profile names the rule and the declared profiles', () => {
    const e = configError(() =>
      parsePolicy(edit('profile: transitional }', 'profile: relaxed }'), FILE)
    )
    expect(e.message).toBe(
      ".github/gonogo.yml:10:37: select_profile[1].profile: unknown profile 'relaxed'; declared profiles: strict, transitional"
    )
  })

  test('without a profiles section, select_profile may only name the built-in strict profile', () => {
    const text =
      'version: 1\nselect_profile:\n  - { profile: lenient }\ncontrols:\n  - { id: a, severity: high }\n'
    const e = configError(() => parsePolicy(text, FILE))
    expect(e.message).toBe(
      ".github/gonogo.yml:3:16: select_profile[0].profile: unknown profile 'lenient'; declared profiles: strict"
    )
    expect(parsePolicy(text.replace('lenient', 'strict'), FILE).select_profile).toEqual([
      { profile: 'strict' }
    ])
  })

  test('a waiver expiring on 2026-02-30 is rejected as not a real date', () => {
    const e = configError(() =>
      parsePolicy(edit('expires: 2026-12-31', 'expires: 2026-02-30'), FILE)
    )
    expect(e.message).toBe(
      ".github/gonogo.yml:38:14: waivers[0].expires: '2026-02-30' is not a real date"
    )
  })

  test('a waiver expiry that is not a date at all fails the pattern', () => {
    const e = configError(() =>
      parsePolicy(edit('expires: 2026-12-31', 'expires: next sprint'), FILE)
    )
    expect(e.message).toMatch(
      /^\.github\/gonogo\.yml:38:14: waivers\[0\]\.expires: "next sprint" does not match /
    )
  })

  test('a waiver with an RFC 3339 date-time expiry parses', () => {
    const p = parsePolicy(edit('expires: 2026-12-31', 'expires: "2026-12-31T18:00:00+01:00"'), FILE)
    expect(p.waivers?.[0]?.expires).toBe('2026-12-31T18:00:00+01:00')
  })

  test('a key written twice in one control is a YAML error at the second occurrence', () => {
    const text = edit(
      '    owner: "@acme/backend"',
      '    owner: "@acme/backend"\n    severity: medium'
    )
    const e = configError(() => parsePolicy(text, FILE))
    expect(e.message).toBe('.github/gonogo.yml:24:5: YAML syntax: Map keys must be unique')
  })

  test('a source declaring two kinds at once is rejected at the source', () => {
    const text = edit(
      'source: { sarif: "results/*.sarif" }',
      'source: { sarif: "results/*.sarif", junit: "test-results/*.xml" }'
    )
    const e = configError(() => parsePolicy(text, FILE))
    expect(e.message).toBe(
      '.github/gonogo.yml:25:13: controls[2].source: Exactly one of report, junit, sarif or builtin.'
    )
  })

  test('an empty source is rejected the same way', () => {
    const e = configError(() =>
      parsePolicy(edit('source: { sarif: "results/*.sarif" }', 'source: {}'), FILE)
    )
    expect(e.message).toBe(
      '.github/gonogo.yml:25:13: controls[2].source: Exactly one of report, junit, sarif or builtin.'
    )
  })

  test('several reference problems are all reported, one per line', () => {
    let text = edit('id: ci-stability', 'id: unit-tests')
    text = edit('  - control: code-scanning', '  - control: nope', text)
    const e = configError(() => parsePolicy(text, FILE))
    expect(lines(e)).toHaveLength(2)
    expect(lines(e)[0]).toMatch(
      /^\.github\/gonogo\.yml:28:9: controls\[3\]\.id: duplicate control id/
    )
    expect(lines(e)[1]).toMatch(
      /^\.github\/gonogo\.yml:34:14: waivers\[0\]\.control: waiver for unknown control 'nope'/
    )
  })

  test('a file containing NUL bytes is rejected as binary', () => {
    const e = configError(() => parsePolicy('version: 1\u0000', FILE))
    expect(e.message).toBe('.github/gonogo.yml: binary data, not YAML')
  })
})

describe('loadPolicy', () => {
  let tmp = ''
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'gonogo-'))
  })
  afterAll(async () => {
    await fs.rm(tmp, { recursive: true, force: true })
  })

  test('loads the example repository policy through the workspace', async () => {
    const ws = await Workspace.open(EXAMPLE_DIR)
    const p = await loadPolicy(ws, FILE)
    expect(p.controls).toHaveLength(4)
  })

  test('a missing policy file is a ConfigurationError that names the file and how to fix it', async () => {
    const ws = await Workspace.open(tmp)
    const err = await loadPolicy(ws, FILE).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(ConfigurationError)
    expect((err as Error).message).toBe(
      'policy file .github/gonogo.yml: file not found; create it (see README "The policy file") or pass --config'
    )
  })

  test('a policy path outside the workspace is refused with a ConfigurationError', async () => {
    const ws = await Workspace.open(tmp)
    await expect(loadPolicy(ws, '../gonogo.yml')).rejects.toThrow(
      'policy file ../gonogo.yml: path is outside the workspace; use a path relative to the repository root'
    )
  })

  test('errors in a loaded policy name its workspace-relative path', async () => {
    await fs.mkdir(path.join(tmp, '.github'), { recursive: true })
    await fs.writeFile(
      path.join(tmp, FILE),
      'version: 1\ncontrols:\n  - id: a\n    severity: low\n'
    )
    const ws = await Workspace.open(tmp)
    await expect(loadPolicy(ws, `./${FILE}`)).rejects.toThrow(
      '.github/gonogo.yml:4:15: controls[0].severity: "low" is not allowed; allowed: "high", "medium"'
    )
  })
})

describe('environments (the promotion corridor)', () => {
  const base = `version: 1
controls:
  - { id: unit-tests, source: { junit: 'r/*.xml' }, severity: high }
environments:
`
  test('a corridor parses, with from, fresh, requires, reviewers', () => {
    const p = parsePolicy(
      `${base}  dev: { requires: conditional-go }\n  prod: { from: dev, requires: go, reviewers: 2, prevent_self_review: true }\n`,
      FILE
    )
    expect(p.environments).toEqual({
      dev: { requires: 'conditional-go' },
      prod: { from: 'dev', requires: 'go', reviewers: 2, prevent_self_review: true }
    })
  })

  test('from naming an undeclared environment names the line and the declared ones', () => {
    const e = configError(() =>
      parsePolicy(`${base}  dev: { requires: go }\n  prod: { from: stagin, requires: go }\n`, FILE)
    )
    expect(e.message).toBe(
      ".github/gonogo.yml:6:17: environments.prod.from: unknown environment 'stagin'; declared environments: dev, prod"
    )
  })

  test('a corridor that loops is refused, and so is a stop nothing can reach', () => {
    const loop = configError(() =>
      parsePolicy(`${base}  a: { from: b, requires: go }\n  b: { from: a, requires: go }\n`, FILE)
    )
    expect(lines(loop)[0]).toBe(
      '.github/gonogo.yml:5:14: environments.a.from: the corridor loops: a ← b ← a'
    )
    const closed = configError(() =>
      parsePolicy(`${base}  dev: { requires: go, fresh: false }\n`, FILE)
    )
    expect(closed.message).toContain("environment 'dev' has no 'from' and takes no fresh bundle")
  })

  test('requires must be go or conditional-go; an environment name cannot be a path', () => {
    const e = configError(() => parsePolicy(`${base}  prod: { requires: no-go }\n`, FILE))
    expect(e.message).toContain('environments.prod.requires')
    expect(e.message).toContain('"go", "conditional-go"')
    const bad = configError(() => parsePolicy(`${base}  ../prod: { requires: go }\n`, FILE))
    expect(bad.message).toContain('environments')
  })
})

// Issue 14: any text gives a policy or a ConfigurationError naming the line and what to do.
describe('hostile policy files (issue 14)', () => {
  const HEAD = 'version: 1\ncontrols:\n  - id: a\n    severity: high\n'

  test('deep flow nesting is refused at its line, before the YAML library recurses', () => {
    const err = configError(() =>
      parsePolicy(`version: 1\ncontrols: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`, FILE)
    )
    expect(err.message).toMatch(
      /^\.github\/gonogo\.yml:2:\d+: lists and mappings nest more than 32 deep/
    )
  })

  test('flow nesting one past the limit is refused; brackets inside strings are not nesting', () => {
    const deep = (n: number): string => `version: 1\ncontrols: ${'['.repeat(n)}${']'.repeat(n)}\n`
    expect(configError(() => parsePolicy(deep(33), FILE)).message).toMatch(
      /^\.github\/gonogo\.yml:2:\d+: lists and mappings nest more than 32 deep/
    )
    // 31 levels of lists under `controls:` (which is level 2) stay within 32: only the schema
    // complains, about the controls, not about nesting.
    expect(configError(() => parsePolicy(deep(31), FILE)).message).not.toContain('nest more')
    const quoted = `${HEAD}    description: "${'[{'.repeat(40)}"\n`
    expect(() => parsePolicy(quoted, FILE)).not.toThrow()
  })

  test('deep block nesting is refused too', () => {
    let text = `${HEAD}checks:\n`
    for (let i = 0; i < 600; i++) text += `${' '.repeat(2 + i)}k${i}:\n`
    expect(configError(() => parsePolicy(text, FILE)).message).toContain('nest more than 32 deep')
  })

  test('a 100,000-item list is refused by its size, not validated item by item', () => {
    const text = `version: 1\ncontrols: [${Array.from({ length: 100_000 }, () => '1').join(', ')}]\n`
    const err = configError(() => parsePolicy(text, FILE))
    expect(err.message).toBe(
      '.github/gonogo.yml:2:11: this list or mapping holds 100000 entries; a policy file allows at most 1000 per list or mapping — split or shorten it'
    )
  })

  test('1,000 environments in one loop, and 1,000 waivers of unknown controls, finish', () => {
    const envs = Array.from(
      { length: 1000 },
      (_, i) => `  e${i}: {from: e${(i + 1) % 1000}, requires: go}`
    )
    const loop = configError(() => parsePolicy(`${HEAD}environments:\n${envs.join('\n')}\n`, FILE))
    expect(lines(loop)[0]).toContain('the corridor loops: e0 ← e1')
    const waivers = Array.from(
      { length: 1000 },
      (_, i) => `  - {control: x${i}, owner: o, reason: r, expires: 2026-01-01}`
    )
    const unknown = configError(() => parsePolicy(`${HEAD}waivers:\n${waivers.join('\n')}\n`, FILE))
    expect(lines(unknown)[0]).toContain("waiver for unknown control 'x0'; declared controls: a")
  })

  test('a file over 1 MB, an alias bomb and a circular alias are refused', () => {
    expect(
      configError(() => parsePolicy(`${HEAD}#${'x'.repeat(1024 * 1024)}\n`, FILE)).message
    ).toContain('a policy file may hold at most 1048576')
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n'
    expect(configError(() => parsePolicy(bomb, FILE)).message).toContain('alias')
    expect(
      configError(() => parsePolicy(`${HEAD}checks: &c {workflow-lint: *c}\n`, FILE)).message
    ).toBe(
      '.github/gonogo.yml:5:28: the alias *c stands for a node that contains it (a circular structure); write the value out instead'
    )
  })

  test('prototype keys, duplicate keys, huge numbers and UTF-16 are configuration errors', () => {
    expect(configError(() => parsePolicy(`${HEAD}__proto__: {x: 1}\n`, FILE)).message).toContain(
      "unknown key '__proto__'"
    )
    expect(
      configError(() =>
        parsePolicy(
          `${HEAD}profiles:\n  constructor: {max_high: 0, max_medium: 0}\n  constructor: {max_high: 1, max_medium: 0}\n`,
          FILE
        )
      ).message
    ).toContain('Map keys must be unique')
    expect(
      configError(() => parsePolicy(`version: 1e999999\ncontrols: []\n`, FILE)).message
    ).toContain('version: must be 1')
    const utf16 = Buffer.from(`\ufeff${HEAD}`, 'utf16le').toString('latin1')
    expect(configError(() => parsePolicy(utf16, FILE)).message).toContain(
      'saved as UTF-16; save it as UTF-8'
    )
  })

  test('alias bombs, second documents and too-large numbers are named in the user’s words (review of issue 14)', () => {
    const bomb = ['a: &a [1,1,1,1,1,1,1,1,1]']
    for (const [n, prev] of ['b', 'c', 'd', 'e'].map((x, i) => [x, 'abcd'[i]] as const))
      bomb.push(`${n}: &${n} [${Array.from({ length: 9 }, () => `*${prev}`).join(',')}]`)
    expect(configError(() => parsePolicy(`${bomb.join('\n')}\n`, FILE)).message).toContain(
      'billion laughs'
    )
    const two = configError(() => parsePolicy('version: 1\n---\nversion: 1\n', FILE)).message
    expect(two).toContain(`${FILE}:2:1: a second YAML document`)
    expect(two).not.toContain('parseAllDocuments')
    const big = configError(() =>
      parsePolicy(`${HEAD}profiles:\n  default: { max_high: 1e400, max_medium: 1 }\n`, FILE)
    ).message
    expect(big).toContain('found a number too large to hold (Infinity)')
  })

  test('any text yields a policy or a ConfigurationError (generated and mutated inputs)', () => {
    const pieces = fc.constantFrom(
      '[',
      ']',
      '{',
      '}',
      ':',
      ' ',
      '\n',
      '  ',
      '- ',
      '&a ',
      '*a',
      '!!',
      '#',
      '"',
      "'",
      '|',
      '>',
      '__proto__',
      'constructor',
      'version: 1',
      'controls:',
      'id: a',
      'severity: high',
      '1e400',
      '\ufeff',
      '\ud800',
      '<<: *a',
      '%YAML 1.2',
      '---',
      '...',
      'environments:',
      'from: e'
    )
    const texts = fc.oneof(
      fc.array(pieces, { maxLength: 200 }).map((p) => p.join('')),
      fc
        .tuple(fc.nat(EXAMPLE.length), fc.string({ maxLength: 20 }))
        .map(([at, s]) => EXAMPLE.slice(0, at) + s + EXAMPLE.slice(at)),
      fc.nat(EXAMPLE.length).map((at) => EXAMPLE.slice(0, at))
    )
    fc.assert(
      fc.property(texts, (text) => {
        try {
          parsePolicy(text, FILE)
        } catch (e) {
          expect(e).toBeInstanceOf(ConfigurationError)
          expect((e as Error).message.startsWith(FILE)).toBe(true)
        }
      }),
      { numRuns: 300 }
    )
  })
})
