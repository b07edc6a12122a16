import { jest } from '@jest/globals'
import * as core from '@actions/core'
import { Ajv } from 'ajv'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import { makeReport, type Report, type ReportCheck } from '../src/core/report.js'
import {
  colourWanted,
  findingsOf,
  renderFindings,
  ruleOf,
  type CliFindingsDocument
} from '../src/render/cli-findings.js'

const SHA = 'a'.repeat(40)
const TIME = ['--effective-time', '2026-11-21T00:00:00Z', '--sha', SHA]
const PIN = '39370e3970a6d050c480ffad4ff0ed4d3fdee5af'
// eslint-disable-next-line no-control-regex -- looking for escape characters is the point
const ESC = /\u001b/
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[\d+m/g

let dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
  dirs = []
})

/**
 * A repository whose ci.yml uses `unpinned` actions by tag (unpinned-action findings, one per
 * step) and expands an issue title into a script (a script-injection finding at line 8).
 */
async function workspace(unpinned: number, policy = ''): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-out-'))
  dirs.push(dir)
  await mkdir(path.join(dir, '.github/workflows'), { recursive: true })
  const steps = Array.from({ length: unpinned }, (_, i) => `      - uses: someone/tool-${i}@v1\n`)
  await writeFile(
    path.join(dir, '.github/workflows/ci.yml'),
    `on: issues
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${PIN}
      - run: echo "\${{ github.event.issue.title }}"
${steps.join('')}`
  )
  await writeFile(
    path.join(dir, '.github/gonogo.yml'),
    `version: 1
controls:
  - { id: lint, severity: high, source: { builtin: workflow-lint } }
checks:
  workflow-lint:
    severity: { script-syntax: 'off' }
${policy}`
  )
  return dir
}

type TestIo = Io & {
  stdout: string
  styled: string
  stderr: string
  isTTY?: boolean
  outStyled?: (s: string) => void
}

function io(cwd: string, env: NodeJS.ProcessEnv = {}, tty?: boolean): TestIo {
  const o: TestIo = {
    stdout: '',
    styled: '',
    stderr: '',
    env,
    cwd,
    out: (s) => void (o.stdout += s),
    err: (s) => void (o.stderr += s)
  }
  if (tty !== undefined) {
    o.isTTY = tty
    o.outStyled = (s) => void (o.styled += s)
  }
  return o
}

async function check(dir: string, args: string[] = [], o = io(dir)): Promise<TestIo> {
  const code = await main(['check', 'workflow-lint', ...TIME, ...args], o)
  expect(o.stderr).toBe('')
  expect(code).toBe(1)
  return o
}

function report(checks: ReportCheck[]): Report {
  return makeReport({
    control: 'workflow-lint',
    subject: { repository: 'acme/shop', sha: SHA },
    generatedAt: '2026-11-21T00:00:00.000Z',
    generator: 'workflow-lint',
    checks
  })
}

function finding(i: number, extra: Partial<ReportCheck> = {}): ReportCheck {
  return {
    id: `unpinned-action/.github/workflows/ci.yml:${i}`,
    status: 'failed',
    message: `job 'a' step ${i} uses someone/tool@v1, pinned to the movable ref 'v1'`,
    location: { file: '.github/workflows/ci.yml', line: i },
    remediation: 'Pin it.',
    ...extra
  }
}

// ---------------------------------------------------------------------------------------------
// A parser for workflow commands, written from GitHub's documented syntax ("Workflow commands
// for GitHub Actions": `::command parameter1={data},parameter2={data}::{command value}`) and the
// toolkit's escaping (@actions/core src/command.ts: data escapes %, CR, LF as %25, %0D, %0A;
// properties also : and , as %3A, %2C). It is the inverse, so it shares no code with the renderer.

interface Command {
  command: string
  properties: Record<string, string>
  data: string
}

function unescape(s: string): string {
  return s.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) =>
    String.fromCharCode(Number.parseInt(code, 16))
  )
}

function parseCommand(line: string): Command | undefined {
  const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
  if (!m) return undefined
  const properties: Record<string, string> = {}
  for (const pair of (m[2] ?? '').split(',').filter((p) => p !== '')) {
    const eq = pair.indexOf('=')
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1))
  }
  return { command: m[1] as string, properties, data: unescape(m[3] as string) }
}

/**
 * Whether the Actions runner would take a line of a step's output as a command, as its parser
 * does (actions/runner src/Runner.Common/ActionCommand.cs): `TryParseV2` trims leading white
 * space (.NET's, NEL included) and needs `::name…::`; the older `TryParse` finds `##[name…]`
 * anywhere in the line. Any command name counts (the runner registers a dozen).
 */
function runnerReads(line: string): boolean {
  const v2 = line.replace(/^[\s\u0085]+/, '')
  if (/^::[A-Za-z-]+(?: [^]*?)?::/.test(v2)) return true
  return /##\[[A-Za-z-]+[^\]]*\]/.test(line)
}

describe('gonogo check NAME --format text', () => {
  test('one line per finding, `file:line rule: message`, the location once, then a summary line', async () => {
    const dir = await workspace(2)
    const o = await check(dir)
    const lines = o.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe('workflow-lint: failed (3 passed, 3 failed, 0 unverified)')
    expect(lines.slice(1, 4)).toEqual([
      `.github/workflows/ci.yml:8 script-injection: job 'a' step 2 expands github.event.issue.title (written by the issue's author) into its run: script (\${{ github.event.issue.title }}); whoever writes that text can run commands in the job`,
      ".github/workflows/ci.yml:9 unpinned-action: job 'a' step 3 uses someone/tool-0@v1, pinned to the movable ref 'v1', but the default pinning policy requires a full commit SHA",
      ".github/workflows/ci.yml:10 unpinned-action: job 'a' step 4 uses someone/tool-1@v1, pinned to the movable ref 'v1', but the default pinning policy requires a full commit SHA"
    ])
    // the location is printed once per line (it was three times: id, [location], message)
    for (const l of lines.slice(1, 4)) expect(l.split('ci.yml:').length - 1).toBe(1)
    expect(lines[4]).toBe(`report: ${path.join(dir, 'gonogo-reports/workflow-lint.json')}`)
    expect(lines[5]).toBe(
      'summary: 3 failed in 6 checks — script-injection 1 failed; unpinned-action 2 failed'
    )
    expect(lines).toHaveLength(6)
  })

  test('a long list is cut: the first 50 findings, then "and N more (see the report)"', async () => {
    const dir = await workspace(60)
    const o = await check(dir)
    const lines = o.stdout.trimEnd().split('\n')
    const findingLines = lines.filter((l) => l.startsWith('.github/workflows/ci.yml:'))
    expect(findingLines).toHaveLength(50)
    const reportPath = path.join(dir, 'gonogo-reports/workflow-lint.json')
    expect(lines).toContain(`and 11 more (see the report: ${reportPath})`)
    expect(lines[lines.length - 1]).toBe(
      'summary: 61 failed in 64 checks — script-injection 1 failed; unpinned-action 60 failed'
    )
    // the report itself keeps every finding
    const written = JSON.parse(await readFile(reportPath, 'utf8')) as Report
    expect(written.checks.filter((c) => c.status === 'failed')).toHaveLength(61)
  })

  test('the cut is by the limit given, failed findings first; nothing is cut at or under it', () => {
    const checks = [
      ...Array.from({ length: 5 }, (_, i) => finding(i + 10)),
      finding(3, {
        id: 'script-syntax/.github/workflows/ci.yml:3',
        status: 'unverified',
        message: 'python3 was not found',
        unlock: 'python3 on PATH'
      }),
      finding(4, {
        id: 'unpinned-action/.github/workflows/ci.yml:4',
        status: 'passed',
        message: 'warning: x uses y@v1'
      })
    ]
    const cut = renderFindings(report(checks), { format: 'text', reportPath: 'r.json', limit: 3 })
    const lines = cut.trimEnd().split('\n')
    expect(lines.slice(1, 4).map((l) => l.split(' ')[0])).toEqual([
      '.github/workflows/ci.yml:10',
      '.github/workflows/ci.yml:11',
      '.github/workflows/ci.yml:12'
    ])
    expect(lines[4]).toBe('and 4 more (see the report: r.json)')
    expect(lines[6]).toBe(
      'summary: 5 failed, 1 unverified, 1 warning in 7 checks — script-syntax 1 unverified; unpinned-action 5 failed, 1 warning'
    )
    const all = renderFindings(report(checks), { format: 'text', reportPath: 'r.json', limit: 7 })
    expect(all).not.toContain('more (see the report')
    expect(all).toContain(
      '.github/workflows/ci.yml:3 script-syntax [unverified]: python3 was not found (unlock: python3 on PATH)'
    )
    expect(all).toContain('.github/workflows/ci.yml:4 unpinned-action [warning]: x uses y@v1')
  })

  test('no findings: the summary says so', () => {
    const r = report([{ id: 'unpinned-action', status: 'passed', message: 'all pinned' }])
    expect(renderFindings(r, { format: 'text', reportPath: 'r.json' })).toBe(
      'workflow-lint: passed (1 passed, 0 failed, 0 unverified)\nreport: r.json\nsummary: no findings in 1 check\n'
    )
  })

  test('the rule is the id without its location; a message repeating its location loses the copy', () => {
    expect(
      ruleOf({
        id: 'unpinned-action/.github/workflows/ci.yml:14#2',
        location: { file: '.github/workflows/ci.yml', line: 14 }
      })
    ).toBe('unpinned-action')
    expect(ruleOf({ id: 'sarif-output', location: { file: 'x.sarif' } })).toBe('sarif-output')
    expect(ruleOf({ id: 'main/required-reviews' })).toBe('main/required-reviews')
    const [f] = findingsOf(
      report([finding(7, { message: '.github/workflows/ci.yml:7: job uses x@v1' })])
    )
    expect(f?.message).toBe('job uses x@v1')
  })
})

describe('gonogo check NAME --format json', () => {
  test('one document that the schema accepts, with every finding and the counts', async () => {
    const dir = await workspace(60)
    const o = await check(dir, ['--format', 'json'])
    const doc = JSON.parse(o.stdout) as CliFindingsDocument
    const schema = JSON.parse(await readFile('schemas/cli-findings.schema.json', 'utf8')) as object
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema)
    expect(validate.errors ?? []).toEqual([])
    expect(validate(doc)).toBe(true)
    expect(doc.findings).toHaveLength(61)
    expect(doc.summary).toMatchObject({ failed: 61, unverified: 0, warnings: 0 })
    expect(doc.summary.by_rule).toEqual({
      'script-injection': { failed: 1, unverified: 0, warning: 0 },
      'unpinned-action': { failed: 60, unverified: 0, warning: 0 }
    })
    expect(doc.findings[0]).toMatchObject({
      rule: 'script-injection',
      id: 'script-injection/.github/workflows/ci.yml:8',
      status: 'failed',
      location: { file: '.github/workflows/ci.yml', line: 8 }
    })
    expect(doc.report).toBe(path.join(dir, 'gonogo-reports/workflow-lint.json'))
  })

  test('the schema refuses a document that is not one (the test can fail)', async () => {
    const schema = JSON.parse(await readFile('schemas/cli-findings.schema.json', 'utf8')) as object
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema)
    const doc = JSON.parse(
      renderFindings(report([finding(3)]), { format: 'json', reportPath: 'r.json' })
    ) as Record<string, unknown>
    expect(validate(doc)).toBe(true)
    expect(
      validate({ ...doc, findings: [{ rule: 'x', id: 'x', status: 'bad', message: '' }] })
    ).toBe(false)
    expect(validate({ ...doc, extra: 1 })).toBe(false)
  })

  test('a --format other than text, json or github is a usage error', async () => {
    const dir = await workspace(1)
    const o = io(dir)
    expect(await main(['check', 'workflow-lint', ...TIME, '--format', 'sarif'], o)).toBe(2)
    expect(o.stderr).toBe('gonogo: --format must be one of text, json, github, got "sarif"\n')
  })
})

describe('gonogo check NAME --format github', () => {
  test('each finding is a workflow command that parses back to its file, line, title and text', async () => {
    const dir = await workspace(2)
    const o = await check(dir, ['--format', 'github'])
    const written = JSON.parse(
      await readFile(path.join(dir, 'gonogo-reports/workflow-lint.json'), 'utf8')
    ) as Report
    const lines = o.stdout.trimEnd().split('\n')
    const commands = lines.map(parseCommand).filter((c): c is Command => c !== undefined)
    expect(commands).toHaveLength(3)
    const failed = written.checks.filter((c) => c.status === 'failed')
    for (const c of failed) {
      const cmd = commands.find(
        (x) =>
          x.properties.line === String(c.location?.line) && x.properties.file === c.location?.file
      )
      expect(cmd).toEqual({
        command: 'error',
        properties: {
          title: `workflow-lint ${c.id.split('/')[0]}`,
          file: '.github/workflows/ci.yml',
          line: String(c.location?.line)
        },
        data: `${c.message}\n${c.remediation}`
      })
    }
    // the plain lines after the commands are not commands
    expect(lines.slice(3).map(parseCommand)).toEqual([undefined, undefined])
    expect(lines[4]).toBe(
      'summary: 3 failed in 6 checks — script-injection 1 failed; unpinned-action 2 failed'
    )
  })

  test('text that would break a command is escaped as the toolkit escapes it, byte for byte', () => {
    const hostile = finding(5, {
      id: 'script-injection/a,b:c.yml:5',
      status: 'unverified',
      message: '100% sure: a, b\n::error::injected\r\nend',
      location: { file: 'a,b:c.yml', line: 5, column: 2 },
      remediation: 'Fix it; 50%',
      unlock: 'python3'
    })
    const out = renderFindings(report([hostile]), { format: 'github', reportPath: 'r.json' })
    const [first, ...rest] = out.trimEnd().split('\n')
    // the injected "::error::" stays inside the data of the one command
    expect(rest.map(parseCommand)).toEqual([undefined, undefined])
    expect(parseCommand(first as string)).toEqual({
      command: 'warning',
      properties: {
        title: 'workflow-lint script-injection (unverified)',
        file: 'a,b:c.yml',
        line: '5',
        col: '2'
      },
      data: '100% sure: a, b\n::error::injected\r\nend\nFix it; 50%\nunlock: python3'
    })
    // the same line @actions/core writes for the same annotation
    let written = ''
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      written += String(s)
      return true
    })
    try {
      core.warning('100% sure: a, b\n::error::injected\r\nend\nFix it; 50%\nunlock: python3', {
        title: 'workflow-lint script-injection (unverified)',
        file: 'a,b:c.yml',
        startLine: 5,
        startColumn: 2
      })
    } finally {
      spy.mockRestore()
    }
    expect(`${first}${os.EOL}`).toBe(written)
  })
})

describe('gonogo check NAME --format github on a long list', () => {
  test('GitHub shows 10 error and 10 warning annotations per step: the rest are counted in a plain line', () => {
    const many = (failed: number, unverified: number): string[] =>
      renderFindings(
        report([
          ...Array.from({ length: failed }, (_, i) => finding(i + 1)),
          ...Array.from({ length: unverified }, (_, i) =>
            finding(i + 100, { id: `x/.github/workflows/ci.yml:${i + 100}`, status: 'unverified' })
          )
        ]),
        { format: 'github', reportPath: 'r.json' }
      )
        .trimEnd()
        .split('\n')
    const long = many(25, 12)
    expect(long.filter((l) => l.startsWith('::error '))).toHaveLength(25)
    expect(long.filter((l) => l.startsWith('::warning '))).toHaveLength(12)
    // errors first, so the ten GitHub shows are failures
    expect(long.slice(0, 25).every((l) => l.startsWith('::error '))).toBe(true)
    expect(long[37]).toBe(
      'and 17 more not shown as annotations (GitHub shows 10 error and 10 warning annotations per step; every finding is in this log and the report: r.json)'
    )
    expect(long.slice(37).filter(runnerReads)).toEqual([])
    // at the limit, nothing is hidden and nothing is said
    expect(many(10, 10).join('\n')).not.toContain('not shown as annotations')
    expect(many(11, 0).join('\n')).toContain('and 1 more not shown as annotations')
  })
})

describe('no plain line is a workflow command', () => {
  test('a leading space does not hide `::` from the runner, and `##[` anywhere is a command: both are escaped', () => {
    expect(runnerReads(' ::error::x')).toBe(true)
    expect(runnerReads('summary: ##[add-mask]secret')).toBe(true)
    const hostile = report([
      finding(3, {
        id: 'unpinned-action/::error::x.yml:3',
        location: { file: '::error::x.yml', line: 3 },
        message: 'uses ##[set-output name=ok;]true and \u0085::warning::y'
      }),
      finding(4, {
        id: 'unpinned-action/ \t::notice::z.yml:4',
        location: { file: ' \t::notice::z.yml', line: 4 },
        status: 'unverified',
        message: 'm'
      })
    ])
    hostile.control = '::add-mask::workflow-lint ##[group]'
    for (const colour of [false, true]) {
      const text = renderFindings(hostile, { format: 'text', reportPath: '##[endgroup]', colour })
      const lines = text.trimEnd().split('\n')
      expect(lines.filter(runnerReads)).toEqual([])
      if (!colour) {
        expect(lines[0]).toBe(
          '\\x3a:add-mask::workflow-lint ##\\x5bgroup]: failed (0 passed, 1 failed, 1 unverified)'
        )
        expect(lines[1]).toBe(
          '\\x3a:error::x.yml:3 unpinned-action: uses ##\\x5bset-output name=ok;]true and \\x85::warning::y'
        )
        expect(lines[2]).toBe('  \\x3a:notice::z.yml:4 unpinned-action [unverified]: m')
      }
    }
    const github = renderFindings(hostile, { format: 'github', reportPath: '##[endgroup]' })
    const lines = github.trimEnd().split('\n')
    // exactly one command per finding, each the annotation it should be; nothing else is one
    expect(lines.filter(runnerReads)).toHaveLength(2)
    expect(lines.slice(0, 2).map((l) => parseCommand(l)?.properties.file)).toEqual([
      '::error::x.yml',
      ' \t::notice::z.yml'.replace('\t', '\\x09')
    ])
    expect(lines.slice(2).filter(runnerReads)).toEqual([])
    expect(lines.slice(2)).toHaveLength(2)
  })
})

describe('colours', () => {
  test('only for the text format on a terminal, and never with NO_COLOR set (https://no-color.org)', () => {
    const tty = { format: 'text' as const, isTTY: true }
    expect(colourWanted({ ...tty, env: {} })).toBe(true)
    expect(colourWanted({ ...tty, env: { NO_COLOR: '1' } })).toBe(false)
    // "when present and not an empty string"
    expect(colourWanted({ ...tty, env: { NO_COLOR: '' } })).toBe(true)
    expect(colourWanted({ ...tty, env: { TERM: 'dumb' } })).toBe(false)
    expect(colourWanted({ format: 'text', isTTY: false, env: {} })).toBe(false)
    expect(colourWanted({ format: 'json', isTTY: true, env: {} })).toBe(false)
    expect(colourWanted({ format: 'github', isTTY: true, env: {} })).toBe(false)
  })

  test('on a terminal the CLI colours its text; NO_COLOR, a pipe or json/github give no escape', async () => {
    const dir = await workspace(2)
    const coloured = await check(dir, [], io(dir, {}, true))
    expect(coloured.stdout).toBe('')
    expect(coloured.styled).toMatch(ESC)
    // without the escapes it is the plain text, line for line
    const plain = await check(dir, [], io(dir, {}, false))
    expect(plain.styled).toBe('')
    expect(plain.stdout).not.toMatch(ESC)
    expect(coloured.styled.replace(SGR, '')).toBe(plain.stdout)

    const noColor = await check(dir, [], io(dir, { NO_COLOR: '1' }, true))
    expect(noColor.styled).toBe('')
    expect(noColor.stdout).toBe(plain.stdout)
    for (const format of ['json', 'github']) {
      const o = await check(dir, ['--format', format], io(dir, {}, true))
      expect(o.styled).toBe('')
      expect(o.stdout).not.toMatch(ESC)
    }
    // an Io that says nothing about a terminal (a pipe, a test) gets no colour either
    expect((await check(dir)).stdout).not.toMatch(ESC)
  })

  test('escape characters in a report are shown as text, even when colouring', () => {
    const r = report([finding(2, { message: 'evil \u001b[2J\u001b]0;title\u0007 \u009b31m text' })])
    const out = renderFindings(r, { format: 'text', reportPath: 'r.json', colour: true })
    expect(out).toContain('evil \\x1b[2J\\x1b]0;title\\x07 \\x9b31m text')
    // the only escapes left are the renderer's own colour codes
    // eslint-disable-next-line no-control-regex -- looking for escape characters is the point
    expect(out.replace(SGR, '')).not.toMatch(/[\u001b\u009b]/)
    for (const format of ['json', 'github'] as const) {
      const other = renderFindings(r, { format, reportPath: 'r.json' })
      // eslint-disable-next-line no-control-regex
      expect(other).not.toMatch(/[\u001b\u0007\u009b]/)
    }
    const doc = JSON.parse(renderFindings(r, { format: 'json', reportPath: 'r.json' })) as {
      findings: { message: string }[]
    }
    expect(doc.findings[0]?.message).toBe('evil \u001b[2J\u001b]0;title\u0007 \u009b31m text')
  })
})
