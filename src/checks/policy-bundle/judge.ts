import type { ReportCheck } from '../../core/report.js'
import type { ReportStatus } from '../../core/status.js'
import {
  DATA_FILE,
  type BaseFacts,
  type BundleFacts,
  type ModuleFact,
  type OpaFacts,
  type PolicyBundleFacts
} from './facts.js'
import {
  insideRoots,
  overlappingPairs,
  readManifest,
  rootsOverlap,
  type Manifest
} from './manifest.js'
import {
  annotationValue,
  isSet,
  isTestModule,
  packageName,
  testedPackage,
  type MetadataBlock
} from './rego.js'
import type { BumpLevel, BundleSettings, ChangeKind, PolicyBundleSettings } from './settings.js'
import { bumpLevel, compareSemver, parseSemver } from './semver.js'

/** Findings listed one by one per bundle and kind; the rest are counted in one more check. */
export const MAX_FINDINGS_PER_KIND = 50

export const SETUP_OPA = 'opa on PATH: add `uses: open-policy-agent/setup-opa@v2` before this step'

interface Finding {
  key: string
  status: ReportStatus
  message: string
  file?: string
  line?: number
  remediation: string
  unlock?: string
}

/** Collects the findings of one kind for one bundle and turns them into checks. */
class Kind {
  readonly findings: Finding[] = []
  constructor(
    readonly bundle: string,
    readonly name: string
  ) {}
  add(f: Finding): void {
    this.findings.push(f)
  }
  checks(passMessage: string, passFile?: string): ReportCheck[] {
    const id = `${this.bundle}:${this.name}`
    if (this.findings.length === 0)
      return [
        {
          id,
          status: 'passed',
          message: passMessage,
          ...(passFile ? { location: { file: passFile } } : {})
        }
      ]
    const seen = new Map<string, number>()
    const sorted = [...this.findings].sort(
      (a, b) =>
        (a.status === 'failed' ? 0 : 1) - (b.status === 'failed' ? 0 : 1) ||
        cmp(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        cmp(a.key, b.key)
    )
    const out: ReportCheck[] = sorted.slice(0, MAX_FINDINGS_PER_KIND).map((f) => {
      let fid = `${id}:${f.key}`
      const n = (seen.get(fid) ?? 0) + 1
      seen.set(fid, n)
      if (n > 1) fid = `${fid}#${n}`
      return {
        id: fid,
        status: f.status,
        message: f.message,
        ...(f.file ? { location: f.line ? { file: f.file, line: f.line } : { file: f.file } } : {}),
        remediation: f.remediation,
        ...(f.unlock ? { unlock: f.unlock } : {})
      }
    })
    const rest = sorted.slice(MAX_FINDINGS_PER_KIND)
    if (rest.length > 0) {
      const failed = rest.some((f) => f.status === 'failed')
      out.push({
        id: `${id}:more`,
        status: failed ? 'failed' : 'unverified',
        message: `${rest.length} more ${this.name} finding(s) in ${this.bundle} not listed (first: ${rest[0]?.message ?? ''})`,
        location: { file: this.bundle },
        remediation: 'fix the findings listed above and run the check again to see the rest',
        ...(failed ? {} : { unlock: rest[0]?.unlock ?? 'see the findings listed above' })
      })
    }
    return out
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

const pkgKey = (segs: readonly string[]): string => packageName(segs)

/** Turns the gathered facts into report checks. Pure. */
export function judgePolicyBundle(
  facts: PolicyBundleFacts,
  settings: PolicyBundleSettings
): ReportCheck[] {
  if (settings.bundles.length === 0)
    return [
      {
        id: 'settings',
        status: 'unverified',
        message: 'no OPA bundles declared: checks.policy-bundle.bundles is empty or missing',
        location: { file: '.github/gonogo.yml' },
        remediation:
          'declare the bundle folders under checks.policy-bundle.bundles, e.g. `bundles: [{ path: policies/authz }]`',
        unlock: 'checks.policy-bundle.bundles in the policy file'
      }
    ]
  const manifests = new Map<string, Manifest>()
  for (const b of facts.bundles) {
    if (b.dirProblem || !b.manifest.ok) continue
    const r = readManifest(b.manifest.text)
    if (r.ok) manifests.set(b.path, r.manifest)
  }
  const out: ReportCheck[] = []
  for (const b of facts.bundles) {
    const s = settings.bundles.find((x) => x.path === b.path)
    if (s) out.push(...judgeBundle(b, s, manifests))
  }
  return out
}

function judgeBundle(
  b: BundleFacts,
  s: BundleSettings,
  manifests: ReadonlyMap<string, Manifest>
): ReportCheck[] {
  const root = b.path === '.' ? '' : `${b.path}/`
  const manifestFile = `${root}.manifest`
  if (b.dirProblem)
    return [
      {
        id: `${b.path}:folder`,
        status: 'failed',
        message: b.dirProblem.message,
        location: { file: b.path },
        remediation: b.dirProblem.remediation
      }
    ]
  const out: ReportCheck[] = []

  // manifest
  const mk = new Kind(b.path, 'manifest')
  let manifest: Manifest | undefined
  let revisionLine: number | undefined
  let rootsLine: number | undefined
  if (!b.manifest.ok) {
    mk.add({
      key: '.manifest',
      status: 'failed',
      message: b.manifest.missing ? `${manifestFile}: no bundle manifest` : `${b.manifest.message}`,
      file: manifestFile,
      remediation: `add ${manifestFile}: a JSON object with "revision" (required) and "roots", e.g. {"revision": "1.0.0", "roots": ["${b.path.split('/').at(-1) ?? 'policy'}"]}`
    })
  } else {
    const r = readManifest(b.manifest.text)
    revisionLine = r.lines.revision
    rootsLine = r.lines.roots
    if (r.ok) manifest = r.manifest
    else
      for (const p of r.problems)
        mk.add({
          key: p.line ? `line ${p.line}` : '.manifest',
          status: 'failed',
          message: `${manifestFile}: ${p.message}`,
          file: manifestFile,
          ...(p.line ? { line: p.line } : {}),
          remediation:
            'make .manifest match OPA\'s bundle manifest: "revision" (string, required), "roots" (array of strings), "metadata" (object), "rego_version" (0 or 1), "wasm" ([{"entrypoint", "module"}])'
        })
  }
  out.push(
    ...mk.checks(
      manifest
        ? `${manifestFile}: revision '${manifest.revision}', roots ${fmtRoots(manifest.roots)}`
        : '',
      manifestFile
    )
  )

  // files that could not be read
  const fk = new Kind(b.path, 'files')
  for (const u of b.unreadable)
    fk.add({
      key: u.file,
      status: 'failed',
      message: u.message,
      file: u.file,
      remediation: u.message.includes('outside the workspace')
        ? 'replace the link with the file itself; bundle files must live inside the repository'
        : u.message.includes('binary')
          ? 'remove the binary file or give it another extension; .rego and data files are text'
          : u.message.includes('limit')
            ? 'split the file or raise checks.policy-bundle.max_file_bytes'
            : 'make the file readable (permissions) or remove it'
    })
  if (b.truncated)
    fk.add({
      key: 'limit',
      status: 'failed',
      message: `${b.path}: more .rego and data files than checks.policy-bundle.max_files; the rest were not checked`,
      file: b.path,
      remediation: 'split the bundle or raise checks.policy-bundle.max_files'
    })
  out.push(
    ...fk.checks(
      `${b.modules.length} module(s) and ${b.dataFiles.length} data file(s) read`,
      b.path
    )
  )

  // roots
  const rk = new Kind(b.path, 'roots')
  if (manifest) {
    for (const [x, y] of overlappingPairs(manifest.roots))
      rk.add({
        key: `${x}|${y}`,
        status: 'failed',
        message: `${manifestFile}: roots '${x}' and '${y}' overlap (one contains the other); OPA refuses the bundle`,
        file: manifestFile,
        ...(rootsLine ? { line: rootsLine } : {}),
        remediation: 'keep only the outer root, or make the roots disjoint paths'
      })
    for (const [other, om] of [...manifests].sort((p, q) => cmp(p[0], q[0]))) {
      if (other === b.path) continue
      for (const x of manifest.roots)
        for (const y of om.roots)
          if (rootsOverlap(x, y))
            rk.add({
              key: `${other}:${x}|${y}`,
              status: 'failed',
              message: `${manifestFile}: root ${x === '' ? "'' (the whole data tree, as no roots are declared)" : `'${x}'`} overlaps root ${y === '' ? "'' (the whole data tree)" : `'${y}'`} of bundle ${other}; OPA cannot activate both`,
              file: manifestFile,
              ...(rootsLine ? { line: rootsLine } : {}),
              remediation: `give each bundle its own disjoint roots in .manifest${manifest.rootsDeclared ? '' : ' (declare "roots": a bundle without them owns the whole data tree)'}`
            })
    }
    out.push(...rk.checks(`roots ${fmtRoots(manifest.roots)} do not overlap`, manifestFile))
  } else out.push(notJudged(b.path, 'roots', manifestFile))

  // packages inside the roots
  const pk = new Kind(b.path, 'packages')
  for (const m of b.modules) {
    if (m.mod.packageError)
      pk.add({
        key: m.file,
        status: 'failed',
        message: `${m.file}:${m.mod.packageError.line}: ${m.mod.packageError.message}`,
        file: m.file,
        line: m.mod.packageError.line,
        remediation: 'give the module exactly one `package a.b.c` statement'
      })
    else if (!m.mod.package)
      pk.add({
        key: m.file,
        status: 'failed',
        message: `${m.file}: no package statement`,
        file: m.file,
        line: 1,
        remediation: 'start the module with `package <name>` inside one of the bundle roots'
      })
    else if (manifest && !insideRoots(m.mod.package, manifest.roots))
      pk.add({
        key: m.file,
        status: 'failed',
        message: `${m.file}:${m.mod.packageLine ?? 1}: package ${packageName(m.mod.package)} (data path ${m.mod.package.join('/')}) is outside the bundle roots ${fmtRoots(manifest.roots)}`,
        file: m.file,
        ...(m.mod.packageLine ? { line: m.mod.packageLine } : {}),
        remediation: `rename the package to lie under a root, or add '${m.mod.package.slice(0, -1).join('/') || m.mod.package.join('/')}' to "roots" in ${manifestFile}`
      })
  }
  if (b.modules.length === 0 && b.dataFiles.length === 0 && b.unreadable.length === 0)
    pk.add({
      key: 'empty',
      status: 'failed',
      message: `${b.path}: the bundle holds no .rego modules or data files`,
      file: b.path,
      remediation: 'add the policy modules to the bundle folder, or fix the declared path'
    })
  const packages = new Set(
    b.modules.filter((m) => m.mod.package).map((m) => pkgKey(m.mod.package ?? []))
  )
  if (manifest || pk.findings.length > 0)
    out.push(
      ...pk.checks(
        `${b.modules.length} module(s) in ${packages.size} package(s), all inside roots ${fmtRoots(manifest?.roots ?? [])}`,
        b.path
      )
    )
  else out.push(notJudged(b.path, 'packages', manifestFile))

  // tests
  if (s.requireTests) out.push(...judgeTests(b))

  // annotations
  out.push(...judgeAnnotations(b, s))

  // data files
  const dk = new Kind(b.path, 'data')
  for (const d of b.dataFiles) {
    if (d.error) {
      dk.add({
        key: d.file,
        status: 'failed',
        message: `${d.file}${d.error.line ? `:${d.error.line}` : ''}: ${d.error.message}`,
        file: d.file,
        ...(d.error.line ? { line: d.error.line } : {}),
        remediation: 'fix the syntax; OPA refuses a bundle whose data does not parse'
      })
      continue
    }
    const dataPath = d.file
      .slice(root.length)
      .replace(DATA_FILE, '')
      .split('/')
      .filter((x) => x !== '')
    if (manifest && !insideRoots(dataPath, manifest.roots))
      dk.add({
        key: d.file,
        status: 'failed',
        message: `${d.file}: data path '${dataPath.join('/')}' is outside the bundle roots ${fmtRoots(manifest.roots)}`,
        file: d.file,
        remediation: `move the data file under a root folder, or add the root to "roots" in ${manifestFile}`
      })
  }
  out.push(
    ...dk.checks(
      b.dataFiles.length === 0
        ? 'no data files'
        : `${b.dataFiles.length} data file(s) parse${manifest ? ' and lie inside the roots' : ''}`,
      b.path
    )
  )

  out.push(...judgeRevision(b, s, manifest, revisionLine))
  out.push(judgeOpa(b, s, b.opa))
  return out
}

function notJudged(bundle: string, kind: string, manifestFile: string): ReportCheck {
  return {
    id: `${bundle}:${kind}`,
    status: 'unverified',
    message: `${kind} not judged: ${manifestFile} is missing or invalid, so the roots are unknown`,
    location: { file: manifestFile },
    remediation: `fix ${manifestFile} (see the manifest finding)`,
    unlock: `a valid ${manifestFile}`
  }
}

function fmtRoots(roots: readonly string[]): string {
  return `[${roots.map((r) => `'${r}'`).join(', ')}]`
}

interface PackageInfo {
  key: string
  segs: string[]
  modules: ModuleFact[]
  tested: boolean
  hasPolicy: boolean
}

function packageInfos(modules: readonly ModuleFact[]): Map<string, PackageInfo> {
  const pkgs = new Map<string, PackageInfo>()
  const testedKeys = new Set<string>()
  for (const m of modules) {
    if (!m.mod.package) continue
    const key = pkgKey(m.mod.package)
    const info = pkgs.get(key) ?? {
      key,
      segs: m.mod.package,
      modules: [],
      tested: false,
      hasPolicy: false
    }
    info.modules.push(m)
    if (isTestModule(m.file, m.mod)) testedKeys.add(pkgKey(testedPackage(m.mod.package)))
    else info.hasPolicy = true
    pkgs.set(key, info)
  }
  // A test module also tests the packages it refers to (`import data.authz`, `data.authz.allow`).
  for (const m of modules) {
    if (!m.mod.package || !isTestModule(m.file, m.mod)) continue
    for (const ref of m.mod.dataRefs)
      for (let n = ref.length; n > 0; n--) {
        const k = pkgKey(ref.slice(0, n))
        if (pkgs.has(k)) {
          testedKeys.add(k)
          break
        }
      }
  }
  for (const k of testedKeys) {
    const i = pkgs.get(k)
    if (i) i.tested = true
  }
  return pkgs
}

function judgeTests(b: BundleFacts): ReportCheck[] {
  const tk = new Kind(b.path, 'tests')
  const pkgs = packageInfos(b.modules)
  let policyPkgs = 0
  for (const p of [...pkgs.values()].sort((x, y) => cmp(x.key, y.key))) {
    if (!p.hasPolicy) continue
    policyPkgs++
    if (p.tested) continue
    const first = p.modules.find((m) => !isTestModule(m.file, m.mod)) ?? p.modules[0]
    const file = first?.file ?? b.path
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.'
    const base = (file.split('/').at(-1) ?? 'policy.rego').replace(/\.rego$/, '')
    tk.add({
      key: p.key,
      status: 'failed',
      message: `package ${p.key} has no tests (no test_ rules in it, in a ${p.key}_test package, or in a test module that refers to data.${p.key})`,
      file,
      ...(first?.mod.packageLine ? { line: first.mod.packageLine } : {}),
      remediation: `add ${dir}/${base}_test.rego with \`package ${p.key}\` (inside the bundle roots) and test_ rules for it`
    })
  }
  const testModules = b.modules.filter((m) => isTestModule(m.file, m.mod)).length
  return tk.checks(
    `all ${policyPkgs} package(s) have tests (${testModules} test module(s))`,
    b.path
  )
}

function judgeAnnotations(b: BundleFacts, s: BundleSettings): ReportCheck[] {
  const ak = new Kind(b.path, 'annotations')
  let blocks = 0
  for (const m of b.modules)
    for (const blk of m.mod.metadata) {
      blocks++
      if (blk.error)
        ak.add({
          key: `${m.file}:${blk.error.line}`,
          status: 'failed',
          message: `${m.file}:${blk.error.line}: the METADATA block does not parse: ${blk.error.message}`,
          file: m.file,
          line: blk.error.line,
          remediation:
            'write the block as YAML inside `# ` comments, one key per line, indented consistently'
        })
    }
  const pkgs = packageInfos(b.modules)
  const sorted = [...pkgs.values()].sort((x, y) => cmp(x.key, y.key))
  if (s.requireAnnotations.length > 0) {
    for (const p of sorted) {
      if (!p.hasPolicy) continue
      const candidates: MetadataBlock[] = []
      for (const m of p.modules)
        for (const blk of m.mod.metadata) if (blk.scope === 'package') candidates.push(blk)
      for (const q of sorted)
        if (q.segs.length <= p.segs.length && q.segs.every((x, i) => p.segs[i] === x))
          for (const m of q.modules)
            for (const blk of m.mod.metadata) if (blk.scope === 'subpackages') candidates.push(blk)
      const first = p.modules.find((m) => !isTestModule(m.file, m.mod)) ?? p.modules[0]
      for (const key of s.requireAnnotations) {
        if (candidates.some((blk) => isSet(annotationValue(blk, key)))) continue
        ak.add({
          key: `${p.key}:${key}`,
          status: 'failed',
          message: `package ${p.key} has no '${key}' annotation in a package METADATA block`,
          ...(first ? { file: first.file } : {}),
          ...(first?.mod.packageLine ? { line: first.mod.packageLine } : {}),
          remediation: `put a METADATA block right above \`package ${p.key}\`${first ? ` in ${first.file}` : ''}:\n# METADATA\n${yamlHint(key)}`
        })
      }
    }
  }
  return ak.checks(
    s.requireAnnotations.length > 0
      ? `every package sets ${s.requireAnnotations.join(', ')} (${blocks} METADATA block(s))`
      : `${blocks} METADATA block(s) parse`,
    b.path
  )
}

function yamlHint(key: string): string {
  const parts = key.split('.')
  return parts
    .map((p, i) => `# ${'  '.repeat(i)}${p}:${i === parts.length - 1 ? ' <value>' : ''}`)
    .join('\n')
}

const LEVEL_RANK: Record<BumpLevel, number> = { patch: 0, minor: 1, major: 2 }

/** What changed between the base and HEAD, by kind, with examples. Pure. */
export function changeKinds(
  b: BundleFacts,
  base: Extract<BaseFacts, { kind: 'compared' }>
): Map<ChangeKind, string[]> {
  const kinds = new Map<ChangeKind, string[]>()
  const add = (k: ChangeKind, what: string): void => {
    kinds.set(k, [...(kinds.get(k) ?? []), what])
  }
  const changedFiles = new Set(base.changed.map((c) => c.file))
  const surface = (mods: readonly ModuleFact[]): Map<string, Set<string>> => {
    const out = new Map<string, Set<string>>()
    for (const m of mods) {
      if (!m.mod.package || isTestModule(m.file, m.mod)) continue
      const key = pkgKey(m.mod.package)
      const rules = out.get(key) ?? new Set<string>()
      for (const r of m.mod.rules) if (!r.name.startsWith('test_')) rules.add(r.name)
      out.set(key, rules)
    }
    return out
  }
  const head = surface(b.modules)
  const before = surface([
    ...b.modules.filter((m) => !changedFiles.has(m.file)),
    ...base.baseModules
  ])
  for (const [p, rules] of before) {
    const now = head.get(p)
    if (!now) {
      add('package-removed', p)
      continue
    }
    for (const r of rules) if (!now.has(r)) add('rule-removed', `${p}.${r}`)
  }
  for (const [p, rules] of head) {
    const was = before.get(p)
    if (!was) {
      add('package-added', p)
      continue
    }
    for (const r of rules) if (!was.has(r)) add('rule-added', `${p}.${r}`)
  }
  const headByFile = new Map(b.modules.map((m) => [m.file, m]))
  const baseByFile = new Map(base.baseModules.map((m) => [m.file, m]))
  for (const c of base.changed) {
    if (DATA_FILE.test(c.file)) add('data-changed', c.file)
    else if (c.file.endsWith('.rego')) {
      const m = headByFile.get(c.file) ?? baseByFile.get(c.file)
      if (m && isTestModule(m.file, m.mod)) add('tests-changed', c.file)
      else add('policy-changed', c.file)
    } else add('policy-changed', c.file)
  }
  return kinds
}

function judgeRevision(
  b: BundleFacts,
  s: BundleSettings,
  manifest: Manifest | undefined,
  revisionLine: number | undefined
): ReportCheck[] {
  const root = b.path === '.' ? '' : `${b.path}/`
  const manifestFile = `${root}.manifest`
  const id = `${b.path}:revision`
  const loc = { file: manifestFile, ...(revisionLine ? { line: revisionLine } : {}) }
  const base = b.base
  if (base.kind === 'unavailable')
    return [
      {
        id,
        status: 'unverified',
        message: `revision bump not verified: ${base.message}`,
        location: loc,
        remediation:
          'check the repository out with its history (actions/checkout with `fetch-depth: 0`) so the base ref is present',
        unlock: base.unlock || FETCH_DEPTH
      }
    ]
  const against = `${base.ref} (${base.sha.slice(0, 12)})`
  if (base.changed.length === 0)
    return [
      { id, status: 'passed', message: `no policy files changed since ${against}`, location: loc }
    ]
  const list = fmtList(base.changed.map((c) => c.file))
  if (!manifest)
    return [
      {
        id,
        status: 'unverified',
        message: `${base.changed.length} policy file(s) changed since ${against} (${list}), and ${manifestFile} has no valid revision to compare`,
        location: loc,
        remediation: `fix ${manifestFile} (see the manifest finding)`,
        unlock: `a valid ${manifestFile}`
      }
    ]
  if (base.baseManifest === undefined)
    return [
      {
        id,
        status: 'passed',
        message: `new bundle since ${against}: revision '${manifest.revision}'`,
        location: loc
      }
    ]
  const was = readManifest(base.baseManifest)
  const baseRevision = was.ok ? was.manifest.revision : was.revision
  if (baseRevision === manifest.revision)
    return [
      {
        id,
        status: 'failed',
        message: `${base.changed.length} policy file(s) changed since ${against} (${list}) but revision is still '${manifest.revision}'`,
        location: loc,
        remediation: `bump "revision" in ${manifestFile}${parseSemver(manifest.revision) ? ` (e.g. to ${suggest(manifest.revision, 'patch')})` : ''} so the bundle declares its change`
      }
    ]
  const from = baseRevision === undefined ? 'none' : `'${baseRevision}'`
  if (!s.bump)
    return [
      {
        id,
        status: 'passed',
        message: `revision changed from ${from} to '${manifest.revision}' with ${base.changed.length} policy file(s) changed since ${against}`,
        location: loc
      }
    ]
  const kinds = changeKinds(b, base)
  let required: BumpLevel = 'patch'
  const reasons: string[] = []
  for (const [k, items] of [...kinds].sort((x, y) => cmp(x[0], y[0]))) {
    const level = s.bump[k] ?? 'patch'
    if (LEVEL_RANK[level] > LEVEL_RANK[required]) required = level
    if (level !== 'patch') reasons.push(`${k}: ${fmtList(items)}`)
  }
  const kindsText = [...kinds.keys()].sort().join(', ')
  const head = parseSemver(manifest.revision)
  if (!head)
    return [
      {
        id,
        status: 'failed',
        message: `bump rules are declared for ${b.path}, but revision '${manifest.revision}' is not semver (MAJOR.MINOR.PATCH)`,
        location: loc,
        remediation: `set "revision" in ${manifestFile} to a semver version`
      }
    ]
  const prev = baseRevision === undefined ? undefined : parseSemver(baseRevision)
  if (!prev)
    return [
      {
        id,
        status: 'passed',
        message: `revision changed from ${from} (not semver) to '${manifest.revision}'; changes: ${kindsText}`,
        location: loc
      }
    ]
  if (compareSemver(head, prev) <= 0)
    return [
      {
        id,
        status: 'failed',
        message: `revision went from '${baseRevision ?? ''}' to '${manifest.revision}': not an increase`,
        location: loc,
        remediation: `set "revision" in ${manifestFile} to at least ${suggest(baseRevision ?? '', required)}`
      }
    ]
  const actual = bumpLevel(prev, head)
  if (LEVEL_RANK[actual] < LEVEL_RANK[required])
    return [
      {
        id,
        status: 'failed',
        message: `the changes since ${against} need a ${required} bump (${reasons.join('; ')}), but revision went from '${baseRevision ?? ''}' to '${manifest.revision}' (${actual})`,
        location: loc,
        remediation: `set "revision" in ${manifestFile} to ${suggest(baseRevision ?? '', required)}, or undo the ${required}-level change`,
        wanted: required,
        observed: actual
      }
    ]
  return [
    {
      id,
      status: 'passed',
      message: `revision went from '${baseRevision ?? ''}' to '${manifest.revision}' (${actual}); the changes need ${required} (${kindsText})`,
      location: loc
    }
  ]
}

const FETCH_DEPTH = 'the base branch in the checkout: actions/checkout with fetch-depth: 0'

function suggest(revision: string, level: BumpLevel): string {
  const v = parseSemver(revision)
  if (!v) return 'a higher version'
  const prefix = revision.startsWith('v') ? 'v' : ''
  if (level === 'major') return `${prefix}${v.major + 1}.0.0`
  if (level === 'minor') return `${prefix}${v.major}.${v.minor + 1}.0`
  return `${prefix}${v.major}.${v.minor}.${v.patch + 1}`
}

function fmtList(items: readonly string[], n = 3): string {
  const shown = items.slice(0, n).join(', ')
  return items.length > n ? `${shown} and ${items.length - n} more` : shown
}

function judgeOpa(b: BundleFacts, s: BundleSettings, opa: OpaFacts): ReportCheck {
  const id = `${b.path}:opa-test`
  const location = { file: b.path }
  const cmd = `opa test --coverage --format=json ${b.path}`
  switch (opa.kind) {
    case 'skipped':
      return b.modules.length === 0 && b.unreadable.length === 0 && !b.truncated
        ? { id, status: 'passed', message: `${cmd}: ${opa.message}`, location }
        : {
            id,
            status: 'unverified',
            message: `${cmd}: ${opa.message}`,
            location,
            remediation: opa.remediation,
            unlock: 'bundle files that can be read safely inside the workspace'
          }
    case 'missing':
      return {
        id,
        status: 'unverified',
        message: `opa is not on PATH, so the bundle's tests${s.testCoverage !== undefined ? ` and ${s.testCoverage}% coverage` : ''} were not run`,
        location,
        remediation:
          'install opa in the job before gonogo runs: `- uses: open-policy-agent/setup-opa@v2`',
        unlock: SETUP_OPA
      }
    case 'timeout':
      return {
        id,
        status: 'unverified',
        message: `${cmd} did not finish within ${opa.seconds} s`,
        location,
        remediation: 'speed the tests up or raise checks.policy-bundle.opa_timeout_seconds',
        unlock: 'more time: checks.policy-bundle.opa_timeout_seconds'
      }
    case 'ran':
      break
  }
  const where = /(\S+\.rego):(\d+)/.exec(opa.stderr)
  const errLoc = where ? { file: where[1] ?? b.path, line: Number(where[2]) } : location
  if (opa.exitCode === 2)
    return {
      id,
      status: 'failed',
      message: `${cmd}: tests failed${opa.coverage !== undefined ? ` (coverage ${fmtPct(opa.coverage)})` : ''}${opa.stderr ? `: ${firstLine(opa.stderr)}` : ''}`,
      location: errLoc,
      remediation: `run \`opa test -v ${b.path}\` to see the failing tests, and fix them`
    }
  if (opa.exitCode !== 0)
    return {
      id,
      status: 'failed',
      message: `${cmd} exited with ${opa.exitCode}${opa.stderr ? `: ${firstLine(opa.stderr)}` : ''}`,
      location: errLoc,
      remediation: `run \`opa test ${b.path}\` and fix the errors it prints (parse or compile errors)`
    }
  if (opa.coverage === undefined)
    return {
      id,
      status: 'unverified',
      message: `${cmd} printed no coverage report`,
      location,
      remediation: 'use an opa release that supports `opa test --coverage`',
      unlock: SETUP_OPA
    }
  const lowest = opa.lowest.length
    ? `; least covered: ${opa.lowest.map((f) => `${f.file} ${fmtPct(f.coverage)}`).join(', ')}`
    : ''
  if (s.testCoverage !== undefined && opa.coverage < s.testCoverage) {
    const worst = opa.lowest[0]
    return {
      id,
      status: 'failed',
      message: `tests pass, but coverage ${fmtPct(opa.coverage)} is below the ${s.testCoverage}% threshold${lowest}`,
      location: worst ? { file: worst.file } : location,
      remediation: `add tests for the uncovered rules (\`opa test --coverage ${b.path}\` lists the lines), or lower test_coverage`,
      wanted: s.testCoverage,
      observed: opa.coverage
    }
  }
  return {
    id,
    status: 'passed',
    message: `tests pass, coverage ${fmtPct(opa.coverage)}${s.testCoverage !== undefined ? ` (threshold ${s.testCoverage}%)` : ''}`,
    location
  }
}

function fmtPct(n: number): string {
  return `${Math.round(n * 100) / 100}%`
}

function firstLine(s: string): string {
  return (s.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 300)
}
