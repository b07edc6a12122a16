/**
 * Issue 14, "Token in outputs": the token (and a signing key) never reaches a text gonogo writes —
 * report and summary files, the bundle, the job summary, step outputs, failure messages, CLI
 * output — even when an input echoes it. The runner masks secrets in its logs only.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { main, type Io } from '../src/cli/main.js'
import {
  clearSecrets,
  hasSecrets,
  MASK,
  registerSecret,
  scrubBytes,
  scrubSecrets
} from '../src/core/secrets.js'
import { writeAllOrNothing } from '../src/io/atomic-write.js'
import { code, escapeText } from '../src/render/escape.js'
import { defaultInputs } from './support/runner.js'
import { exampleWorkspace, writeIn } from './support/temp-workspace.js'

const TOKEN = 'ghs_Z3hzX2Zha2VfdG9rZW5fZm9yX3Rlc3Rz0123'
const KEY_LINES = [
  '-----BEGIN GONOGO TEST KEY-----',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
  'q1w2e3r4t5y6u7i8o9p0asdfghjklzxcvbnmQWERTYUIOPASDFG',
  '-----END GONOGO TEST KEY-----'
]
const KEY = KEY_LINES.join('\n')

const cleanups: (() => Promise<void>)[] = []
beforeEach(() => clearSecrets())
afterEach(async () => {
  clearSecrets()
  await Promise.all(cleanups.splice(0).map((c) => c()))
})

describe('scrubSecrets', () => {
  test('without a registered secret, text and bytes come back unchanged (the same objects)', () => {
    const text = `token ${TOKEN} and \u0000 odd bytes`
    expect(hasSecrets()).toBe(false)
    expect(scrubSecrets(text)).toBe(text)
    const bytes = Buffer.from(text)
    expect(scrubBytes(bytes)).toBe(bytes)
  })

  test('text without any secret in it is unchanged when secrets are registered', () => {
    registerSecret(TOKEN)
    const text = 'an ordinary report: ghs_ but not the token, *** already'
    expect(scrubSecrets(text)).toBe(text)
    const bytes = Buffer.from(text)
    expect(scrubBytes(bytes)).toBe(bytes)
  })

  test('the token is masked as written, URL-encoded, JSON-escaped and Base64-encoded', () => {
    const token = 'tok/en+with"quote\\and=8'
    registerSecret(token)
    const b64 = Buffer.from(token).toString('base64').replace(/=+$/, '')
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64').replace(/=+$/, '')
    const forms = [token, encodeURIComponent(token), JSON.stringify(token).slice(1, -1), b64, basic]
    for (const form of forms) {
      const out = scrubSecrets(`before ${form} after`)
      expect(out).toBe(`before ${MASK} after`)
    }
    // A JSON document stays a JSON document.
    const doc = JSON.stringify({ message: `echo: ${token}` })
    expect(JSON.parse(scrubSecrets(doc))).toEqual({ message: `echo: ${MASK}` })
  })

  test('a multi-line key is masked whole and line by line', () => {
    registerSecret(KEY)
    expect(scrubSecrets(`key:\n${KEY}\nend`)).toBe(`key:\n${MASK}\nend`)
    expect(scrubSecrets(`line: ${KEY_LINES[1] ?? ''}`)).toBe(`line: ${MASK}`)
    expect(scrubSecrets(`crlf:\n${KEY.replace(/\n/g, '\r\n')}`)).not.toContain(KEY_LINES[2])
  })

  test('the longest secret is masked first, so one holding another is masked whole', () => {
    registerSecret('abcdefgh')
    registerSecret('abcdefgh-and-more')
    expect(scrubSecrets('x abcdefgh-and-more y abcdefgh z')).toBe(`x ${MASK} y ${MASK} z`)
  })

  test('empty and short values are not secrets', () => {
    registerSecret('')
    registerSecret(undefined)
    registerSecret('short')
    expect(hasSecrets()).toBe(false)
    expect(scrubSecrets('short text')).toBe('short text')
  })

  test('bytes: UTF-8 text is scrubbed; UTF-16 and binary evidence are left as they are', () => {
    registerSecret(TOKEN)
    expect(scrubBytes(Buffer.from(`{"t":"${TOKEN}"}`)).toString()).toBe(`{"t":"${MASK}"}`)
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TOKEN, 'utf16le')])
    expect(scrubBytes(utf16)).toBe(utf16)
    const binary = Buffer.concat([Buffer.from([0xc3, 0x28]), Buffer.from(TOKEN)])
    expect(scrubBytes(binary)).toBe(binary)
  })

  test('writeAllOrNothing writes the masked text, and exactly the given bytes otherwise', async () => {
    const dir = path.join(os.tmpdir(), `gonogo-secrets-${process.pid}-${Date.now()}`)
    cleanups.push(() => import('node:fs/promises').then((f) => f.rm(dir, { recursive: true })))
    registerSecret(TOKEN)
    await writeAllOrNothing(dir, [
      { name: 'a.json', content: `{"m":"${TOKEN}"}\n` },
      { name: 'b.md', content: 'no secret here\n' }
    ])
    expect(await readFile(path.join(dir, 'a.json'), 'utf8')).toBe(`{"m":"${MASK}"}\n`)
    expect(await readFile(path.join(dir, 'b.md'), 'utf8')).toBe('no secret here\n')
  })
})

function io(cwd: string, env: NodeJS.ProcessEnv): Io & { stdout: string; stderr: string } {
  const o = {
    stdout: '',
    stderr: '',
    env,
    cwd,
    out: (s: string) => void (o.stdout += s),
    err: (s: string) => void (o.stderr += s)
  }
  return o
}

/** Every file under `dir`, recursively, as [relative path, bytes]. */
async function filesUnder(dir: string, prefix = ''): Promise<[string, Buffer][]> {
  const out: [string, Buffer][] = []
  for (const e of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, e.name)
    if (e.isDirectory()) out.push(...(await filesUnder(dir, rel)))
    else if (e.isFile()) out.push([rel, await readFile(path.join(dir, rel))])
  }
  return out
}

const TIME = ['--effective-time', '2026-11-21T00:00:00Z']

/** A failing JUnit report whose failure message, and whose path, echo the token. */
async function workspaceEchoingToken(): Promise<string> {
  const ws = await exampleWorkspace()
  cleanups.push(ws.cleanup)
  await writeIn(
    ws.dir,
    `test-results/${TOKEN}/junit.xml`,
    `<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="1" failures="1">
  <testsuite name="api" tests="1" failures="1">
    <testcase classname="api" name="calls the API with ${TOKEN}" file="src/${TOKEN}.test.js" line="3">
      <failure message="request failed: Authorization: token ${TOKEN}">HttpError: Bad credentials for ${encodeURIComponent(TOKEN)}</failure>
    </testcase>
  </testsuite>
</testsuites>
`
  )
  return ws.dir
}

describe('the CLI writes no secret', () => {
  test('gate: report messages and paths that echo the token reach no file and no output', async () => {
    const dir = await workspaceEchoingToken()
    const o = io(dir, { GITHUB_TOKEN: TOKEN })
    expect(await main(['gate', '--output', 'out', ...TIME], o)).toBe(1)
    const written = await filesUnder(path.join(dir, 'out'))
    expect(written.map(([f]) => f).sort()).toEqual([
      'executive-summary.json',
      'executive-summary.md'
    ])
    for (const [file, bytes] of written) {
      expect({ file, leaked: bytes.toString().includes(TOKEN) }).toEqual({ file, leaked: false })
    }
    const summary = JSON.parse(
      (written.find(([f]) => f.endsWith('.json'))?.[1] ?? '').toString()
    ) as unknown
    // The failure is still reported, with the token masked in it.
    expect(JSON.stringify(summary)).toContain(`Authorization: token ${MASK}`)
    expect(`${o.stdout}${o.stderr}`).not.toContain(TOKEN)
    expect(o.stdout).toContain(MASK)
  })

  test('gate: an error message echoing the token (an unknown profile) is masked', async () => {
    const ws = await exampleWorkspace()
    cleanups.push(ws.cleanup)
    const o = io(ws.dir, { GH_TOKEN: TOKEN })
    expect(await main(['gate', '--profile', TOKEN, '--output', 'out', ...TIME], o)).toBe(2)
    expect(o.stderr).toContain(MASK)
    expect(o.stderr).not.toContain(TOKEN)
  })

  test('a run forgets the secrets of the run before it', async () => {
    const ws = await exampleWorkspace()
    cleanups.push(ws.cleanup)
    await main(['gate', '--output', 'out', ...TIME], io(ws.dir, { GITHUB_TOKEN: TOKEN }))
    const o = io(ws.dir, {})
    expect(await main(['gate', '--profile', TOKEN, ...TIME], o)).toBe(2)
    expect(o.stderr).toContain(TOKEN)
  })

  test('bundle create: text reports are masked before hashing, UTF-16 evidence is kept byte for byte, the bundle verifies', async () => {
    const dir = await workspaceEchoingToken()
    await writeIn(dir, 'gonogo-reports/echo.json', `{"message":"key line ${KEY_LINES[1] ?? ''}"}\n`)
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`<?xml version="1.0" encoding="UTF-16"?><r t="${TOKEN}"/>`, 'utf16le')
    ])
    await writeIn(dir, 'gonogo-reports/utf16.xml', utf16)
    const env = { GITHUB_TOKEN: TOKEN, SIGNING_KEY: KEY }
    const o = io(dir, env)
    const code = await main(
      [
        'bundle',
        'create',
        '--reports',
        'gonogo-reports',
        '--output',
        '../bundle-out',
        '--sha',
        'a'.repeat(40),
        '--signing-key-env',
        'SIGNING_KEY',
        ...TIME
      ],
      o
    )
    expect(o.stderr).toBe('')
    expect(code).toBe(0)
    const out = path.join(dir, '..', 'bundle-out')
    cleanups.push(() => import('node:fs/promises').then((f) => f.rm(out, { recursive: true })))
    const files = await filesUnder(out)
    expect(files.map(([f]) => f)).toContain('reports/echo.json')
    for (const [file, bytes] of files) {
      if (file === 'reports/utf16.xml') continue
      const text = bytes.toString()
      expect({ file, token: text.includes(TOKEN) }).toEqual({ file, token: false })
      for (const line of KEY_LINES.slice(1, 3))
        expect({ file, key: text.includes(line) }).toEqual({ file, key: false })
    }
    expect(
      (files.find(([f]) => f === 'reports/echo.json')?.[1] ?? Buffer.alloc(0)).toString()
    ).toBe(`{"message":"key line ${MASK}"}\n`)
    // UTF-16 (like any binary file) is evidence: its bytes are not rewritten.
    expect(files.find(([f]) => f === 'reports/utf16.xml')?.[1].equals(utf16)).toBe(true)
    // The manifest hashes what was written, so the bundle verifies.
    const v = io(dir, env)
    expect(await main(['bundle', 'verify', out, '--signing-key-env', 'SIGNING_KEY'], v)).toBe(0)
    expect(v.stdout).toMatch(/^valid: /)
  })

  test('without a secret the bundle is byte-identical to one made before scrubbing existed (plain copy)', async () => {
    const ws = await exampleWorkspace()
    cleanups.push(ws.cleanup)
    const args = (out: string): string[] => [
      'bundle',
      'create',
      '--reports',
      'gonogo-reports',
      '--output',
      out,
      '--sha',
      'b'.repeat(40),
      ...TIME
    ]
    const a = io(ws.dir, {})
    expect(await main(args('../bundle-a'), a)).toBe(0)
    const b = io(ws.dir, { GITHUB_TOKEN: TOKEN })
    expect(await main(args('../bundle-b'), b)).toBe(0)
    for (const d of ['bundle-a', 'bundle-b'])
      cleanups.push(() =>
        import('node:fs/promises').then((f) =>
          f.rm(path.join(ws.dir, '..', d), { recursive: true })
        )
      )
    const fa = await filesUnder(path.join(ws.dir, '..', 'bundle-a'))
    const fb = await filesUnder(path.join(ws.dir, '..', 'bundle-b'))
    expect(fb.map(([f, x]) => [f, x.toString('hex')])).toEqual(
      fa.map(([f, x]) => [f, x.toString('hex')])
    )
    for (const [f] of fa) {
      if (!f.startsWith('reports/')) continue
      const src = await readFile(path.join(ws.dir, 'gonogo-reports', f.slice('reports/'.length)))
      expect(fa.find(([g]) => g === f)?.[1].equals(src)).toBe(true)
    }
  })
})

describe('the gate action writes no secret', () => {
  const saved = { ...process.env }
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
    process.exitCode = 0
    jest.restoreAllMocks()
  })

  test('job summary, step outputs, failure message and files have the token masked', async () => {
    const dir = await workspaceEchoingToken()
    const tmp = path.join(dir, '..', `runner-${path.basename(dir)}`)
    await import('node:fs/promises').then((f) => f.mkdir(tmp, { recursive: true }))
    cleanups.push(() => import('node:fs/promises').then((f) => f.rm(tmp, { recursive: true })))
    const outputFile = path.join(tmp, 'output')
    const summaryFile = path.join(tmp, 'summary')
    await writeFile(outputFile, '')
    await writeFile(summaryFile, '')
    Object.assign(
      process.env,
      defaultInputs('action-gate/action.yml', {
        token: TOKEN,
        comment: 'false',
        'check-run': 'false',
        output: path.join(tmp, 'gonogo'),
        'effective-time': '2026-11-21T00:00:00Z'
      }),
      {
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REF_NAME: 'main',
        RUNNER_TEMP: tmp
      }
    )
    const printed: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      printed.push(String(s))
      return true
    })
    const { run } = await import('../src/gate/main.js')
    await run()
    jest.restoreAllMocks()
    expect(process.exitCode).toBe(1)
    const outputs = await readFile(outputFile, 'utf8')
    const summary = await readFile(summaryFile, 'utf8')
    expect(outputs).toContain('decision')
    expect(outputs).toContain(MASK)
    expect(summary).toContain(MASK)
    // `::add-mask::` is how the token is handed to the runner to mask in its log (core.setSecret);
    // the runner consumes that line, so it is the one place the token must appear.
    const masks = printed
      .join('')
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
    expect(masks).toEqual([`::add-mask::${TOKEN}`])
    const failure = printed
      .join('')
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
    expect(failure).toContain('::error::')
    for (const [what, text] of [
      ['GITHUB_OUTPUT', outputs],
      ['GITHUB_STEP_SUMMARY', summary],
      ['stdout (setFailed, warnings)', failure],
      ...(await filesUnder(path.join(tmp, 'gonogo'))).map(
        ([f, b]) => [f, b.toString()] as [string, string]
      )
    ] as [string, string][]) {
      expect({ what, leaked: text.includes(TOKEN) }).toEqual({ what, leaked: false })
    }
    expect((await stat(path.join(tmp, 'gonogo', 'executive-summary.json'))).size).toBeGreaterThan(0)
  })
})

describe('Markdown never shows a secret in escaped or cut form (review of issue 14)', () => {
  afterEach(() => clearSecrets())
  test('escapeText and code scrub before escaping and capping', () => {
    const token = 'ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123'
    registerSecret(token)
    const long = `${'x'.repeat(280)} ${token}`
    for (const out of [
      escapeText(`token ${token} leaked`),
      escapeText(long),
      code(`path/${token}/x.xml`)
    ]) {
      expect(out).not.toContain('ABCDEFGHIJKLMNOP')
      expect(out.replace(/\\/g, '')).not.toContain(token.slice(0, 12))
    }
    expect(escapeText(`token ${token}`)).toContain('\\*\\*\\*')
  })
})
