// Writes the generated seeds under __tests__/fixtures/fuzz/ (a gonogo.report/v1 report, an
// evidence bundle and a promotion chain), made by gonogo's own code in .fuzz-build. Run once
// after `node fuzz/run.mjs --inputs 0` (which compiles it); the outputs are committed as fixtures.
import { createHash } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

const B = path.resolve('.fuzz-build/src')
const { makeReport } = await import(`${B}/core/report.js`)
const { buildManifest, signDigest, LOCAL_RUN } = await import(`${B}/core/bundle-manifest.js`)
const { sealRecord, recordSchemaProblem, verifyChain } = await import(`${B}/core/promotion.js`)
const { stableStringify } = await import(`${B}/core/canonical-json.js`)

const OUT = path.resolve('__tests__/fixtures/fuzz')
const SHA = '3f0c9a1e5b7d2c4f6a8e0b1d3c5f7a9e2b4d6f80'
const KEY = 'fuzz signing key'
const subject = { repository: 'acme/shop', sha: SHA, ref: 'refs/heads/main' }

const report = makeReport({
  control: 'unit-tests',
  subject,
  generatedAt: '2026-11-21T09:00:00Z',
  generator: 'fuzz-seed',
  checks: [
    { id: 'cart', status: 'passed', message: 'ok' },
    {
      id: 'pay',
      status: 'failed',
      message: 'TestRefund failed',
      location: { file: 'pay/refund_test.go', line: 14 }
    }
  ]
})
await mkdir(path.join(OUT, 'reports'), { recursive: true })
await writeFile(
  path.join(OUT, 'reports/failing-contract.json'),
  `${JSON.stringify(report, null, 2)}\n`
)

// Bundle: two reports and the manifest, signed with KEY.
const bundle = path.join(OUT, 'bundle')
await rm(bundle, { recursive: true, force: true })
await mkdir(path.join(bundle, 'reports'), { recursive: true })
const files = []
for (const [p, text] of [
  ['reports/unit-tests.json', `${JSON.stringify(report, null, 2)}\n`],
  ['executive-summary.json', '{"decision":"no-go","status":"failed"}\n']
]) {
  await writeFile(path.join(bundle, p), text)
  files.push({
    path: p,
    size: Buffer.byteLength(text),
    sha256: createHash('sha256').update(text).digest('hex')
  })
}
const manifest = buildManifest({
  subject,
  run: LOCAL_RUN,
  createdAt: Date.parse('2026-11-21T09:00:00Z'),
  files
})
await writeFile(path.join(bundle, 'manifest.json'), `${stableStringify(manifest)}\n`)
await writeFile(
  path.join(bundle, 'signature.json'),
  `${stableStringify({ algorithm: 'hmac-sha256', digest: manifest.digest, signature: signDigest(KEY, manifest.digest) })}\n`
)

// Promotion chain of prod: three records, signed with KEY.
const records = []
for (let i = 1; i <= 3; i++) {
  const r = sealRecord(
    {
      contract: 'gonogo.promotion/v1',
      environment: 'prod',
      sequence: i,
      kind: i === 3 ? 'rollback' : 'promotion',
      ...(i === 3
        ? { reason: 'TestRefund regressed in prod', rollback_of: records[1].digest }
        : {}),
      bundle: {
        id: manifest.bundle_id,
        digest: manifest.digest,
        subject,
        created_at: manifest.created_at,
        decision: 'go',
        artifact: null,
        location: 'bundles/prod'
      },
      source: i === 1 ? null : { environment: 'staging', record: records[i - 2].digest },
      reviewers: { required: 0, verified: false, named: [], prevent_self_review: null },
      approvals: [],
      run: LOCAL_RUN,
      promoted_at: `2026-11-2${i}T09:00:00.000Z`,
      previous: i === 1 ? null : records[i - 2].digest
    },
    KEY
  )
  const problem = recordSchemaProblem(r)
  if (problem) throw new Error(problem)
  records.push(r)
}
const state = verifyChain(
  'prod',
  records.map((record, i) => ({ where: `#${i + 1}`, record })),
  KEY
)
if (!state.ok) throw new Error(JSON.stringify(state.broken))
await mkdir(path.join(OUT, 'promotion/prod'), { recursive: true })
for (const r of records) {
  await writeFile(
    path.join(OUT, `promotion/prod/${String(r.sequence).padStart(6, '0')}.json`),
    `${stableStringify(r)}\n`
  )
}
console.log('seeds written; key:', KEY)
