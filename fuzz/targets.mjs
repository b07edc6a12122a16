/* global TextDecoder */
/**
 * The fuzz targets: each reads its seeds from __tests__/fixtures, makes input `i` from a random
 * source, and runs gonogo's reader (compiled into .fuzz-build) on it. `run` returns
 * `{ status, passed, message }`; an exception out of `run` is an uncaught exception of the reader.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { jsonInput, junitInput, parseStrict, yamlInput } from './formats.mjs'
import { toBytes } from './mutate.mjs'

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const FIX = path.join(ROOT, '__tests__/fixtures')
const BUILD = path.join(ROOT, '.fuzz-build/src')
const lenient = new TextDecoder('utf-8')

function walk(dir, keep) {
  const out = []
  const stack = [dir]
  while (stack.length > 0) {
    const d = stack.pop()
    let names
    try {
      names = readdirSync(d)
    } catch {
      continue
    }
    for (const n of names.sort()) {
      const p = path.join(d, n)
      if (statSync(p).isDirectory()) stack.push(p)
      else if (keep(p)) out.push(p)
    }
  }
  return out.sort()
}

const read = (p) => readFileSync(p, 'utf8')
const mod = (p) => import(path.join(BUILD, p))

/**
 * Seeds marked `failing` by what the reader says of them unmutated: `failed` (a seed that is
 * invalid or unverified for want of a verdict may gain one from an added key).
 */
function judged(seeds, run) {
  return seeds.map((seed) => ({ ...seed, failing: run(seed).status === 'failed' }))
}

/** The bytes of an input ({ bytes } or { text }). */
function bytesOf(input) {
  return input.bytes ?? toBytes(input.text)
}

// ---------------------------------------------------------------- seeds

export function junitSeeds() {
  const files = [
    ...walk(path.join(FIX, 'fuzz/junit'), (p) => p.endsWith('.xml')),
    ...walk(path.join(FIX, 'ingest'), (p) => p.endsWith('.xml'))
  ]
  return files.flatMap((p) => {
    const buf = readFileSync(p)
    // UTF-16 seeds are mutated as text; the encoding generator covers UTF-16.
    const text = buf[0] === 0xff || buf[0] === 0xfe ? null : buf.toString('utf8')
    if (text === null || text.includes('<!DOCTYPE')) return []
    return [{ file: path.relative(FIX, p), text, failing: /<(failure|error)\b/.test(text) }]
  })
}

export function sarifSeeds() {
  return walk(path.join(FIX, 'sarif'), (p) => p.endsWith('.sarif')).map((p) => {
    const text = read(p).replace(/^\ufeff/, '')
    return { file: path.relative(FIX, p), text, failing: /"level"\s*:\s*"error"/.test(text) }
  })
}

export function reportSeeds() {
  const out = []
  for (const dir of readdirSync(path.join(FIX, 'seed-reports')).sort()) {
    const base = path.join(FIX, 'seed-reports', dir)
    let expected
    try {
      expected = JSON.parse(read(path.join(base, 'expected.json')))
    } catch {
      continue
    }
    for (const p of walk(path.join(base, 'artifacts'), (q) => q.endsWith('.json'))) {
      out.push({
        file: path.relative(FIX, p),
        text: read(p),
        failing: expected.control_status === 'failed'
      })
    }
  }
  for (const p of walk(path.join(FIX, 'migrate/reports'), (q) => q.endsWith('.json'))) {
    out.push({ file: path.relative(FIX, p), text: read(p), failing: p.includes('/failed/') })
  }
  out.push({
    file: 'fuzz/reports/failing-contract.json',
    text: read(path.join(FIX, 'fuzz/reports/failing-contract.json')),
    failing: true
  })
  return out
}

export function policySeeds() {
  return [
    path.join(FIX, 'policy/gonogo.yml'),
    ...walk(path.join(FIX, 'seed-reports'), (p) => p.endsWith('gonogo.yml')).slice(0, 8)
  ].map((p) => ({ file: path.relative(FIX, p), text: read(p) }))
}

export function workflowSeeds() {
  return walk(path.join(FIX, 'workflows'), (p) => /\.ya?ml$/.test(p) && p.includes('/workflows/'))
    .concat(
      walk(path.join(FIX, 'workflow-lint'), (p) => /\.ya?ml$/.test(p) && !p.includes('/actions/'))
    )
    .map((p) => ({ file: path.relative(FIX, p), text: read(p) }))
}

// ---------------------------------------------------------------- workflow generators

function matrixInclude(n) {
  const include = Array.from(
    { length: n },
    (_, i) => `          - { os: os${i % 7}, v: ${i} }`
  ).join('\n')
  return `name: ci
on: [pull_request]
jobs:
  test:
    strategy:
      matrix:
        os: [a, b]
        include:
${include}
    runs-on: \${{ matrix.os }}
    steps:
      - run: echo hi
`
}

function matrixProduct(n) {
  const values = (k) => `[${Array.from({ length: n }, (_, i) => `${k}${i}`).join(', ')}]`
  return `on: push
jobs:
  t:
    strategy:
      matrix: { a: ${values('a')}, b: ${values('b')}, c: ${values('c')} }
    runs-on: ubuntu-latest
    steps: [{ run: echo }]
`
}

function reusableChain(levels, jobs) {
  const files = []
  for (let l = 0; l < levels; l++) {
    const last = l === levels - 1
    const body = Array.from({ length: jobs }, (_, j) =>
      last
        ? `  j${j}:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo }]`
        : `  j${j}:\n    uses: ./.github/workflows/l${l + 1}.yml`
    ).join('\n')
    const on = l === 0 ? 'on: [pull_request]' : 'on: { workflow_call: {} }'
    files.push({ path: `.github/workflows/l${l}.yml`, text: `${on}\njobs:\n${body}\n` })
  }
  return files
}

function selfCalling() {
  return [
    {
      path: '.github/workflows/a.yml',
      text: 'on: [push, workflow_call]\njobs:\n  a:\n    uses: ./.github/workflows/b.yml\n'
    },
    {
      path: '.github/workflows/b.yml',
      text: 'on: { workflow_call: {} }\njobs:\n  b:\n    uses: ./.github/workflows/a.yml\n'
    }
  ]
}

/** Workflow inputs: YAML mutations of a seed, plus matrix and reusable-workflow shapes. */
function workflowInput(seeds, rng) {
  const r = rng.next()
  if (r < 0.01)
    return {
      op: 'matrixInclude',
      files: [{ path: '.github/workflows/m.yml', text: matrixInclude(rng.pick([100, 1000, 5000])) }]
    }
  if (r < 0.02)
    return {
      op: 'matrixProduct',
      files: [{ path: '.github/workflows/p.yml', text: matrixProduct(rng.pick([5, 20, 60])) }]
    }
  if (r < 0.03)
    return {
      op: 'reusableChain',
      files: reusableChain(rng.pick([3, 5, 11]), rng.pick([8, 64, 256]))
    }
  if (r < 0.035) return { op: 'selfCalling', files: selfCalling() }
  const seed = rng.pick(seeds)
  const m = yamlInput(seed, rng)
  const text = m.text ?? lenient.decode(m.bytes)
  return { op: m.op, seed: seed.file, files: [{ path: '.github/workflows/x.yml', text }] }
}

// ---------------------------------------------------------------- targets

const KEY = 'fuzz signing key'

export const TARGETS = {
  'JUnit reader': {
    async setup() {
      const { readJunit } = await mod('parsers/junit.js')
      const { decodeText } = await mod('parsers/decode-text.js')
      const s = { readJunit, decodeText }
      return { ...s, seeds: judged(junitSeeds(), (seed) => this.run(s, seed)) }
    },
    generate(s, rng) {
      const seed = rng.pick(s.seeds)
      return { seed: seed.file, ...junitInput(seed, rng) }
    },
    run(s, input) {
      const d = s.decodeText(bytesOf(input), 'xml')
      if (!d.ok) return { status: 'invalid', passed: false, message: d.message }
      const v = s.readJunit(d.text, { file: 'results/junit.xml' })
      return { status: v.status, passed: v.status === 'passed', message: v.message }
    }
  },
  'SARIF reader': {
    async setup() {
      const { readSarif } = await mod('parsers/sarif.js')
      const { decodeText } = await mod('parsers/decode-text.js')
      const s = { readSarif, decodeText }
      return {
        ...s,
        seeds: judged(sarifSeeds(), (seed) => this.run(s, { bytes: toBytes(seed.text) }))
      }
    },
    generate(s, rng) {
      const seed = rng.pick(s.seeds)
      // Keys like "constructor" can name rules in SARIF (prototype-rule-ids.sarif): meaning-preserving there too.
      return { seed: seed.file, ...jsonInput(seed, rng) }
    },
    run(s, input) {
      const d = s.decodeText(input.bytes, 'json')
      if (!d.ok) return { status: 'invalid', passed: false, message: d.message }
      const v = s.readSarif(d.text, { file: 'results/x.sarif' })
      return { status: v.status, passed: v.status === 'passed', message: v.message }
    }
  },
  'JSON report reader': {
    async setup() {
      const { readJsonReport } = await mod('parsers/report-json.js')
      const { decodeText } = await mod('parsers/decode-text.js')
      const s = { readJsonReport, decodeText }
      return {
        ...s,
        seeds: judged(reportSeeds(), (seed) => this.run(s, { bytes: toBytes(seed.text) }))
      }
    },
    generate(s, rng) {
      const seed = rng.pick(s.seeds)
      return { seed: seed.file, ...jsonInput(seed, rng) }
    },
    run(s, input) {
      const d = s.decodeText(input.bytes, 'json')
      if (!d.ok) return { status: 'invalid', passed: false, message: d.message }
      const v = s.readJsonReport(d.text, { file: 'reports/x.json' })
      return { status: v.status, passed: v.status === 'passed', message: v.message }
    }
  },
  'policy file': {
    async setup() {
      const { parsePolicy } = await mod('io/policy-file.js')
      return { seeds: policySeeds(), parsePolicy }
    },
    generate(s, rng) {
      const seed = rng.pick(s.seeds)
      const m = yamlInput(seed, rng)
      const text = m.text ?? lenient.decode(m.bytes)
      // A repeated top-level key must be refused (the reader asks yaml for unique keys).
      return { op: m.op, seed: seed.file, text, mustNotPass: m.dupKey === true }
    },
    run(s, input) {
      try {
        s.parsePolicy(input.text, '.github/gonogo.yml')
        return { status: 'accepted', passed: true, message: '' }
      } catch (e) {
        if (e?.name === 'ConfigurationError')
          return { status: 'refused', passed: false, message: e.message }
        throw e
      }
    }
  },
  'check names': {
    async setup() {
      const { deriveCheckNames } = await mod('checks/check-names.js')
      return { seeds: workflowSeeds(), deriveCheckNames }
    },
    generate(s, rng) {
      return { ...workflowInput(s.seeds, rng), mustNotPass: false }
    },
    run(s, input) {
      const r = s.deriveCheckNames(input.files)
      return { status: `${r.checks.length} checks`, passed: false, message: '' }
    }
  },
  'workflow-lint': {
    async setup() {
      const { readWorkflowModel } = await mod('workflow/model.js')
      const { walkWorkflows } = await mod('checks/workflow-lint/walk.js')
      const { extractScripts } = await mod('checks/workflow-lint/scripts.js')
      return { seeds: workflowSeeds(), readWorkflowModel, walkWorkflows, extractScripts }
    },
    generate(s, rng) {
      return { ...workflowInput(s.seeds, rng), mustNotPass: false }
    },
    run(s, input) {
      const files = input.files.map((f) => {
        const r = s.readWorkflowModel(f)
        if (r.ok) for (const j of r.model.jobs) void j.steps.map((st) => st.shells)
        return { file: f.path, ...(r.ok ? { model: r.model } : {}) }
      })
      const walk = s.walkWorkflows(files, new Map())
      s.extractScripts(walk.steps)
      return { status: `${walk.steps.length} steps`, passed: false, message: '' }
    }
  },
  'bundle manifest verify': {
    async setup() {
      const { verifyBundle } = await mod('io/bundle-verify.js')
      const seedDir = path.join(FIX, 'fuzz/bundle')
      const files = walk(seedDir, () => true).map((p) => ({
        rel: path.relative(seedDir, p),
        bytes: readFileSync(p)
      }))
      const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-fuzz-bundle-'))
      return { verifyBundle, files, dir, n: 0 }
    },
    generate(s, rng) {
      const which = rng.pick([
        'manifest.json',
        'manifest.json',
        'manifest.json',
        'signature.json',
        'reports/unit-tests.json',
        'extra'
      ])
      if (which === 'extra') {
        const p = rng.pick([
          'reports/added.json',
          'reports/./x',
          '.hidden',
          'reports/sub/deep/x.json'
        ])
        return { op: 'extra', which: p, bytes: toBytes('{}'), mustNotPass: true }
      }
      const seedFile = s.files.find((f) => f.rel === which)
      const seedText = seedFile.bytes.toString('utf8')
      const m = jsonInput({ text: seedText, failing: false }, rng)
      // The manifest and signature are covered by the digest and signature: any change of their
      // JSON value fails; the listed file by its hash: any change of its bytes fails.
      const original = JSON.parse(seedText)
      const parsed = parseStrict(m.bytes)
      const sameValue = parsed !== undefined && canonical(parsed.value) === canonical(original)
      const sameBytes = Buffer.compare(Buffer.from(m.bytes), seedFile.bytes) === 0
      // signature.json: only what it says counts (algorithm, digest, signature).
      const said = (v) =>
        v && typeof v === 'object' ? canonical([v.algorithm, v.digest, v.signature]) : canonical(v)
      const sameSignature = parsed !== undefined && said(parsed.value) === said(original)
      const mustNotPass = which.startsWith('reports/')
        ? !sameBytes
        : which === 'signature.json'
          ? !sameSignature
          : !sameValue
      return { op: m.op, which, bytes: m.bytes, mustNotPass }
    },
    async run(s, input) {
      const dir = path.join(s.dir, String(s.n++))
      await mkdir(path.join(dir, 'reports'), { recursive: true })
      for (const f of s.files) {
        if (f.rel !== input.which) await writeFile(path.join(dir, f.rel), f.bytes)
      }
      const target = path.join(dir, input.which)
      if (!path.resolve(target).startsWith(s.dir)) return { status: 'skipped', passed: false }
      try {
        await mkdir(path.dirname(target), { recursive: true })
        await writeFile(target, input.bytes)
      } catch {
        // manifest.json/x: the manifest is a file; the bundle then lacks it.
      }
      try {
        const r = await s.verifyBundle(dir, { signingKey: KEY })
        return {
          status: r.ok ? 'verified' : 'refused',
          passed: r.ok,
          message: r.problems.map((p) => `${p.file ?? ''}: ${p.message}`).join('; ')
        }
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
    async teardown(s) {
      await rm(s.dir, { recursive: true, force: true })
    }
  },
  'promotion chain verify': {
    async setup() {
      const { verifyChain } = await mod('core/promotion.js')
      const dir = path.join(FIX, 'fuzz/promotion/prod')
      const texts = readdirSync(dir)
        .sort()
        .map((n) => read(path.join(dir, n)))
      return { verifyChain, texts }
    },
    generate(s, rng) {
      const texts = [...s.texts]
      const keyed = rng.chance(0.5)
      const r = rng.next()
      if (r < 0.1) {
        const op = rng.pick(['drop-first', 'drop-middle', 'swap', 'repeat'])
        if (op === 'drop-first') texts.shift()
        else if (op === 'drop-middle') texts.splice(1, 1)
        else if (op === 'swap') texts.reverse()
        else texts.splice(1, 0, texts[1])
        return { op, texts, key: keyed ? KEY : undefined, mustNotPass: true }
      }
      const i = rng.int(texts.length)
      const original = JSON.parse(texts[i])
      const m = jsonInput({ text: texts[i], failing: false }, rng)
      texts[i] = lenient.decode(m.bytes)
      const parsed = parseStrict(m.bytes)
      // Without a key the signature is outside the digest: a changed signature alone may pass.
      const strip = (v) => {
        if (keyed || v === null || typeof v !== 'object' || Array.isArray(v)) return v
        const rest = { ...v }
        delete rest.signature
        return rest
      }
      const same =
        parsed !== undefined && canonical(strip(parsed.value)) === canonical(strip(original))
      return { op: m.op, record: i, texts, key: keyed ? KEY : undefined, mustNotPass: !same }
    },
    run(s, input) {
      // As the CLI's state folder reads its files (src/io/local-state.ts).
      const entries = input.texts.map((text, i) => {
        const where = `prod/${String(i + 1).padStart(6, '0')}.json`
        if (text.length > 1024 * 1024) return { where, record: { unreadable: 'too large' } }
        try {
          return { where, record: JSON.parse(text) }
        } catch (e) {
          return { where, record: { unreadable: `not JSON (${e.message})` } }
        }
      })
      const state = s.verifyChain('prod', entries, input.key)
      return {
        status: state.ok ? 'ok' : 'broken',
        passed: state.ok,
        message: state.broken?.message ?? ''
      }
    }
  }
}

/** Sorted-key JSON, iterative enough for the seeds' shapes (deep values compare by identity). */
function canonical(v) {
  try {
    return JSON.stringify(v, (_, x) =>
      x && typeof x === 'object' && !Array.isArray(x)
        ? Object.fromEntries(
            Object.keys(x)
              .sort()
              .map((k) => [k, x[k]])
          )
        : x
    )
  } catch {
    return `unserialisable:${Math.random()}`
  }
}

/** A description of an input for a findings file (bytes as text, files joined). */
export function describeInput(input) {
  if (input.files) return input.files.map((f) => `--- ${f.path}\n${f.text}`).join('\n')
  if (input.texts) return input.texts.join('\n--- next record\n')
  if (input.text !== undefined) return input.text
  return Buffer.from(input.bytes).toString('latin1')
}
