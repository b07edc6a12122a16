import { Ajv } from 'ajv'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BuiltinContext } from '../src/checks/builtin-contract.js'
import { parseProvenance } from '../src/checks/provenance-coverage/parse-sources.js'
import { runProvenanceCoverage } from '../src/checks/provenance-coverage/run.js'
import type { Report, ReportCheck } from '../src/core/report.js'
import { workspaceWithFacts } from './support/facts-repo.js'

const temps: string[] = []
afterAll(async () => {
  for (const d of temps) await rm(d, { recursive: true, force: true })
})

async function tempDir(prefix: string): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), prefix))
  temps.push(d)
  return d
}

async function write(dir: string, rel: string, content: string | Buffer): Promise<void> {
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true })
  await writeFile(path.join(dir, rel), content)
}

const sha256 = (b: string | Buffer): string => createHash('sha256').update(b).digest('hex')

/** An in-toto v1 statement (SLSA provenance predicate) over the given subjects. */
function statement(subjects: { name: string; sha256: string }[]): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })),
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' },
      runDetails: { builder: { id: 'https://github.com/actions/runner' } }
    }
  }
}

/** A DSSE envelope around a statement, as `.intoto.jsonl` lines carry it. */
function envelope(st: object): object {
  return {
    payloadType: 'application/vnd.in-toto+json',
    payload: Buffer.from(JSON.stringify(st)).toString('base64'),
    signatures: [{ keyid: '', sig: 'MEUCIQ' }]
  }
}

const ARTIFACTS = {
  'dist/app-1.0.tgz': 'app tarball bytes',
  'dist/lib-1.0.tgz': 'lib tarball bytes',
  'dist/cli-1.0.tgz': 'cli tarball bytes',
  'dist/docs-1.0.tgz': 'docs tarball bytes'
}

/**
 * A release: app attested by in-toto, lib listed in a bundle manifest, docs attested with a
 * digest of other content (rebuilt after attestation), cli covered by nothing.
 */
async function release(): Promise<string> {
  const dir = await tempDir('gonogo-prov-')
  for (const [rel, content] of Object.entries(ARTIFACTS)) await write(dir, rel, content)
  const lines = [
    envelope(statement([{ name: 'app-1.0.tgz', sha256: sha256(ARTIFACTS['dist/app-1.0.tgz']) }])),
    envelope(statement([{ name: 'docs-1.0.tgz', sha256: sha256('docs before the rebuild') }]))
  ]
  await write(
    dir,
    'provenance/build.intoto.jsonl',
    lines.map((l) => JSON.stringify(l)).join('\n') + '\n'
  )
  const manifest = {
    contract: 'gonogo.bundle/v1',
    id: 'rel-1',
    files: [
      { path: 'reports/gate.json', size: 2, sha256: sha256('{}') },
      {
        path: 'dist/lib-1.0.tgz',
        size: ARTIFACTS['dist/lib-1.0.tgz'].length,
        sha256: sha256(ARTIFACTS['dist/lib-1.0.tgz'])
      }
    ]
  }
  await write(dir, 'bundle/manifest.json', JSON.stringify(manifest, null, 2) + '\n')
  return dir
}

const SETTINGS = {
  artifacts: ['dist/**/*.tgz'],
  manifests: ['bundle/manifest.json'],
  provenance: ['provenance/*.intoto.jsonl', '**/*.sigstore.json']
}

async function cover(dir: string, settings: unknown): Promise<Report> {
  const ctx: BuiltinContext = {
    ...(await workspaceWithFacts(dir)),
    policy: { version: 1, controls: [] },
    settings,
    subject: { repository: 'acme/app', sha: 'b'.repeat(40), ref: 'refs/tags/v1.0.0' },
    effectiveTime: Date.parse('2026-12-01T08:00:00Z'),
    log: () => {}
  }
  return runProvenanceCoverage(ctx)
}

function check(r: Report, id: string): ReportCheck {
  const c = r.checks.find((x) => x.id === id)
  if (!c) throw new Error(`no check ${id} in ${r.checks.map((x) => x.id).join(', ')}`)
  return c
}

describe('provenance-coverage', () => {
  test('artifacts covered by in-toto and by a bundle manifest count; the others are listed', async () => {
    const dir = await release()
    const r = await cover(dir, SETTINGS)
    expect(r.status).toBe('failed')
    const cov = check(r, 'provenance/coverage')
    expect(cov.status).toBe('failed')
    expect(cov.message).toBe(
      '2 of 4 artifacts covered (50.0%), threshold 100% (1 manifests, 1 provenance files read; matched no file: **/*.sigstore.json)'
    )
    const cli = check(r, 'provenance/uncovered/dist/cli-1.0.tgz')
    expect(cli.status).toBe('failed')
    expect(cli.location).toEqual({ file: 'dist/cli-1.0.tgz' })
    expect(cli.message).toContain(sha256(ARTIFACTS['dist/cli-1.0.tgz']))
    expect(r.checks.some((c) => c.id === 'provenance/uncovered/dist/app-1.0.tgz')).toBe(false)
    expect(r.checks.some((c) => c.id === 'provenance/uncovered/dist/lib-1.0.tgz')).toBe(false)
    expect(r.facts).toMatchObject({
      artifacts: [
        { path: 'dist/app-1.0.tgz', covered_by: ['provenance/build.intoto.jsonl:1'] },
        { path: 'dist/cli-1.0.tgz', covered_by: [] },
        { path: 'dist/docs-1.0.tgz', covered_by: [] },
        { path: 'dist/lib-1.0.tgz', covered_by: ['bundle/manifest.json:11'] }
      ]
    })
  })

  test('a subject naming an artifact with another digest is a digest mismatch at its line', async () => {
    const dir = await release()
    const r = await cover(dir, SETTINGS)
    const m = check(r, 'provenance/mismatch/dist/docs-1.0.tgz@provenance/build.intoto.jsonl:2')
    expect(m.status).toBe('failed')
    expect(m.message).toContain('digest mismatch')
    expect(m.location).toEqual({ file: 'provenance/build.intoto.jsonl', line: 2 })
    expect(m.observed).toEqual({
      claimed: sha256('docs before the rebuild'),
      actual: sha256(ARTIFACTS['dist/docs-1.0.tgz'])
    })
  })

  test('a manifest entry whose sha256 no longer matches the artifact is a digest mismatch', async () => {
    const dir = await release()
    await write(dir, 'dist/lib-1.0.tgz', 'lib tarball bytes, patched after bundling')
    const r = await cover(dir, SETTINGS)
    const m = check(r, 'provenance/mismatch/dist/lib-1.0.tgz@bundle/manifest.json:11')
    expect(m.message).toMatch(
      /^digest mismatch: bundle\/manifest.json:11 records dist\/lib-1.0.tgz with sha256 /
    )
    expect(check(r, 'provenance/uncovered/dist/lib-1.0.tgz').status).toBe('failed')
  })

  test('full coverage passes, through a Sigstore bundle and a message signature', async () => {
    const dir = await release()
    const cli = ARTIFACTS['dist/cli-1.0.tgz']
    await write(
      dir,
      'attest/cli.sigstore.json',
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: {},
        dsseEnvelope: envelope(statement([{ name: 'cli-1.0.tgz', sha256: sha256(cli) }]))
      })
    )
    await write(
      dir,
      'attest/docs.sigstore.json',
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        messageSignature: {
          messageDigest: {
            algorithm: 'SHA2_256',
            digest: createHash('sha256').update(ARTIFACTS['dist/docs-1.0.tgz']).digest('base64')
          },
          signature: 'MEUCIQ'
        }
      })
    )
    // Without the stale docs attestation every artifact is covered.
    await write(
      dir,
      'provenance/build.intoto.jsonl',
      JSON.stringify(
        envelope(
          statement([{ name: 'app-1.0.tgz', sha256: sha256(ARTIFACTS['dist/app-1.0.tgz']) }])
        )
      )
    )
    const r = await cover(dir, SETTINGS)
    expect(check(r, 'provenance/coverage').message).toContain('4 of 4 artifacts covered (100.0%)')
    expect(r.status).toBe('passed')
  })

  test('at a 25% threshold one covered artifact of four passes, and the uncovered ones are still listed', async () => {
    const dir = await release()
    const r = await cover(dir, { ...SETTINGS, provenance: [], threshold: 25 })
    expect(check(r, 'provenance/coverage').status).toBe('passed')
    const cli = check(r, 'provenance/uncovered/dist/cli-1.0.tgz')
    expect(cli.status).toBe('passed')
    expect(cli.message).toContain('allowed by the 25% threshold')
    expect(r.status).toBe('passed')
  })

  test('binary garbage as a provenance file is a finding naming the file', async () => {
    const dir = await release()
    await write(
      dir,
      'provenance/garbage.intoto.jsonl',
      Buffer.from([0x89, 0x50, 0x00, 0xff, 0xfe, 0x0a, 0x01])
    )
    const r = await cover(dir, SETTINGS)
    const g = check(r, 'provenance/source/provenance/garbage.intoto.jsonl')
    expect(g.status).toBe('failed')
    expect(g.message).toBe(
      'provenance/garbage.intoto.jsonl: binary data, not JSON Lines provenance'
    )
    expect(g.location).toEqual({ file: 'provenance/garbage.intoto.jsonl' })
    expect(g.remediation).toBeTruthy()
  })

  test('a broken line in JSON Lines provenance is a finding at that line; the other lines still count', async () => {
    const dir = await release()
    const good = JSON.stringify(
      envelope(statement([{ name: 'cli-1.0.tgz', sha256: sha256(ARTIFACTS['dist/cli-1.0.tgz']) }]))
    )
    const wrongType = JSON.stringify({ payloadType: 'text/plain', payload: 'aGVsbG8=' })
    const notBase64 = JSON.stringify({
      payloadType: 'application/vnd.in-toto+json',
      payload: '***'
    })
    await write(
      dir,
      'provenance/more.intoto.jsonl',
      `${good}\n\n{"payloadType": \n${wrongType}\n${notBase64}\n`
    )
    const r = await cover(dir, SETTINGS)
    expect(check(r, 'provenance/source/provenance/more.intoto.jsonl:3').message).toContain(
      'not valid JSON'
    )
    expect(check(r, 'provenance/source/provenance/more.intoto.jsonl:4').message).toContain(
      'DSSE payloadType is text/plain'
    )
    expect(check(r, 'provenance/source/provenance/more.intoto.jsonl:5').location).toEqual({
      file: 'provenance/more.intoto.jsonl',
      line: 5
    })
    expect(r.checks.some((c) => c.id === 'provenance/uncovered/dist/cli-1.0.tgz')).toBe(false)
  })

  test('a manifest that is not a gonogo bundle, or not JSON, is a finding naming the file', async () => {
    const dir = await release()
    await write(dir, 'web/manifest.json', '{"name": "My PWA", "icons": []}')
    await write(
      dir,
      'other/manifest.json',
      '{\n  "contract": "gonogo.bundle/v1",\n  "files": [\n    {"path": "x",}\n  ]\n}'
    )
    await mkdir(path.join(dir, 'dir/manifest.json'), { recursive: true })
    const r = await cover(dir, {
      ...SETTINGS,
      manifests: ['**/manifest.json', 'dir/manifest.json']
    })
    expect(check(r, 'provenance/source/dir/manifest.json').message).toBe(
      'dir/manifest.json: not a regular file'
    )
    expect(check(r, 'provenance/source/web/manifest.json').message).toBe(
      'web/manifest.json: not a gonogo.bundle/v1 manifest (contract: missing)'
    )
    const broken = check(r, 'provenance/source/other/manifest.json:4')
    expect(broken.message).toContain('not valid JSON')
  })

  test('an artifact that is a symbolic link out of the workspace is a finding and uncovered', async () => {
    const outside = await tempDir('gonogo-prov-outside-')
    await writeFile(path.join(outside, 'evil.tgz'), ARTIFACTS['dist/app-1.0.tgz'])
    const dir = await release()
    await symlink(path.join(outside, 'evil.tgz'), path.join(dir, 'dist/evil.tgz'))
    const r = await cover(dir, SETTINGS)
    const a = check(r, 'provenance/artifact/dist/evil.tgz')
    expect(a.message).toBe(
      'dist/evil.tgz is a symbolic link that leads outside the workspace, so its digest cannot be checked'
    )
    expect(check(r, 'provenance/uncovered/dist/evil.tgz').status).toBe('failed')
  })

  test('artifacts globs that match nothing fail: coverage of nothing proves nothing', async () => {
    const dir = await release()
    const r = await cover(dir, { ...SETTINGS, artifacts: ['release/*.zip'] })
    expect(r.status).toBe('failed')
    expect(check(r, 'provenance/artifacts').message).toContain(
      'the artifacts globs matched nothing'
    )
  })

  test('without artifacts configured the check fails and says what to set', async () => {
    const dir = await release()
    const r = await cover(dir, undefined)
    expect(r.status).toBe('failed')
    expect(check(r, 'provenance/configuration/artifacts').remediation).toContain(
      'checks.provenance-coverage.artifacts'
    )
  })

  test('no provenance files at all: the coverage check says none matched', async () => {
    const dir = await tempDir('gonogo-prov-bare-')
    await write(dir, 'dist/app.tgz', 'x')
    const r = await cover(dir, { artifacts: ['dist/*.tgz'] })
    const cov = check(r, 'provenance/coverage')
    expect(cov.message).toContain('no manifest or provenance file matched')
    expect(cov.status).toBe('failed')
  })

  test('2,000 artifacts covered by one statement are checked, and the report is byte-identical twice', async () => {
    const dir = await tempDir('gonogo-prov-many-')
    const subjects: { name: string; sha256: string }[] = []
    await mkdir(path.join(dir, 'dist'))
    const writes: Promise<void>[] = []
    for (let i = 0; i < 2000; i++) {
      const name = `pkg-${String(i).padStart(4, '0')}.tgz`
      writes.push(writeFile(path.join(dir, 'dist', name), `content ${i}`))
      subjects.push({ name, sha256: sha256(`content ${i}`) })
    }
    await Promise.all(writes)
    await write(dir, 'all.intoto.jsonl', JSON.stringify(envelope(statement(subjects))) + '\n')
    const settings = { artifacts: ['dist/*.tgz'], provenance: ['*.intoto.jsonl'] }
    const a = await cover(dir, settings)
    expect(check(a, 'provenance/coverage').message).toContain('2000 of 2000 artifacts covered')
    const b = await cover(dir, settings)
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
  })

  test('same-named artifacts in two folders do not accuse each other of a mismatch', async () => {
    const dir = await tempDir('gonogo-prov-twins-')
    await write(dir, 'dist/linux/app.tgz', 'linux build')
    await write(dir, 'dist/mac/app.tgz', 'mac build')
    // Upper-case hex, as some tools write it, is the same digest.
    const linux = sha256('linux build').toUpperCase()
    await write(
      dir,
      'p.intoto.jsonl',
      JSON.stringify(envelope(statement([{ name: 'app.tgz', sha256: linux }])))
    )
    const r = await cover(dir, { artifacts: ['dist/**/*.tgz'], provenance: ['p.intoto.jsonl'] })
    expect(r.checks.filter((c) => c.id.startsWith('provenance/mismatch/'))).toEqual([])
    expect(check(r, 'provenance/uncovered/dist/mac/app.tgz').status).toBe('failed')
    expect(r.checks.some((c) => c.id === 'provenance/uncovered/dist/linux/app.tgz')).toBe(false)
  })

  test('a subject without a sha256 digest covers nothing, and an envelope around garbage is a finding', () => {
    const noSha = envelope({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'app.tgz', digest: { sha512: 'ab' } }]
    })
    const garbage = {
      payloadType: 'application/vnd.in-toto+json',
      payload: Buffer.from([0, 1, 2]).toString('base64')
    }
    const p = parseProvenance(
      [noSha, garbage].map((x) => JSON.stringify(x)).join('\n'),
      'p.intoto.jsonl'
    )
    expect(p.subjects).toEqual([])
    expect(p.problems).toEqual([
      {
        file: 'p.intoto.jsonl',
        line: 2,
        message: 'DSSE payload does not decode to an in-toto statement (JSON object)'
      }
    ])
  })

  test('the settings schema accepts the documented settings and refuses unknown keys', () => {
    const schema = JSON.parse(
      readFileSync('schemas/checks/provenance-coverage.schema.json', 'utf8')
    ) as object
    const validate = new Ajv({ strict: true, allErrors: true }).compile(schema)
    expect(
      validate({
        artifacts: ['dist/**/*.tgz'],
        manifests: ['bundle/manifest.json'],
        provenance: ['provenance/*.intoto.jsonl', '*.sigstore.json'],
        threshold: 100
      })
    ).toBe(true)
    expect(validate({ artifacts: ['x'], threshold: 101 })).toBe(false)
    expect(validate({ artifact: ['x'] })).toBe(false)
  })

  test('the report conforms to the gonogo.report/v1 schema', async () => {
    const schema = JSON.parse(readFileSync('schemas/report.v1.schema.json', 'utf8')) as object
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema)
    const dir = await release()
    const r = await cover(dir, SETTINGS)
    expect(validate(r) ? [] : validate.errors).toEqual([])
    expect(r.generated_at).toBe('2026-12-01T08:00:00.000Z')
  })
})
