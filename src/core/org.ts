/**
 * Organisation scale (issue 19), the pure half: which repositories a plan covers, how they are
 * split into shards of balanced expected request cost, and how the shards' verify-rules reports
 * merge into one organisation report (table repository × setting, totals, worst first), its
 * Markdown and a SARIF log for code scanning. No I/O: the listing, the per-shard verification and
 * the artifacts live in io/ and github/.
 */
import picomatch from 'picomatch'
import type { Report, ReportCheck } from './report.js'
import type { ReportStatus } from './status.js'

/** A repository as the organisation listing gives it (GET /orgs/{org}/repos). */
export interface OrgRepo {
  /** OWNER/NAME */
  full_name: string
  archived: boolean
  visibility: 'public' | 'private' | 'internal'
  topics: readonly string[]
  default_branch: string
}

/** Which repositories a plan covers; every filter must hold. */
export interface PlanFilters {
  /** Any of these topics (GitHub's topic names, lower case). */
  topics?: readonly string[]
  visibility?: readonly OrgRepo['visibility'][]
  /** NAME globs (picomatch; the repository name without the owner) a repository must match. */
  include?: readonly string[]
  /** NAME globs that leave a repository out (after include). */
  exclude?: readonly string[]
  /** Archived repositories are left out unless this is true (they cannot change). */
  includeArchived?: boolean
}

/** One share of the plan: the repositories one matrix job verifies. */
export interface Shard {
  /** 0-based, also the matrix value. */
  index: number
  /** OWNER/NAME, sorted. */
  repositories: string[]
  /** Sum of the expected requests of its repositories. */
  cost: number
}

/**
 * The requests one repository's verify-rules is expected to cost when no earlier run measured it:
 * the repository, the default branch's classic protection and its rules
 * (GET /repos/{o}/{r}/rules/branches/{branch}), the rulesets list, the workflows listing and a few
 * workflow files (for the check names). A measured figure from the previous organisation report
 * (`requests` of its row) replaces it in {@link planShards}.
 */
export const DEFAULT_REPO_REQUESTS = 9

/**
 * The repositories a plan covers, sorted by full name (case-insensitive, then exact): archived
 * ones left out unless `includeArchived`, then topics, visibility, include and exclude globs.
 */
export function selectRepos(repos: readonly OrgRepo[], f: PlanFilters = {}): OrgRepo[] {
  const include = f.include?.length ? picomatch([...f.include], { nocase: true, dot: true }) : null
  const exclude = f.exclude?.length ? picomatch([...f.exclude], { nocase: true, dot: true }) : null
  const topics = f.topics?.length ? new Set(f.topics.map((t) => t.toLowerCase())) : null
  const visibility = f.visibility?.length ? new Set(f.visibility) : null
  const seen = new Set<string>()
  const out: OrgRepo[] = []
  for (const r of repos) {
    const key = r.full_name.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    const name = r.full_name.split('/')[1] ?? r.full_name
    if (r.archived && !f.includeArchived) continue
    if (topics && !r.topics.some((t) => topics.has(t.toLowerCase()))) continue
    if (visibility && !visibility.has(r.visibility)) continue
    if (include && !include(name)) continue
    if (exclude && exclude(name)) continue
    out.push(r)
  }
  return out.sort((a, b) => byName(a.full_name, b.full_name))
}

/**
 * Splits repositories into `count` shards of balanced expected cost, deterministically: the same
 * list gives the same shards whatever its order. Longest-processing-time-first (Graham 1969):
 * repositories by cost, highest first (ties by name), each to the shard with the least cost so
 * far (ties: the lowest index); no shard is more than one repository's cost above the lightest.
 * Fewer repositories than shards gives fewer shards (no empty matrix job).
 *
 * @param count shards wanted, 1–256 (GitHub's matrix limit is 256 jobs)
 * @param costs requests each repository took in an earlier run (OWNER/NAME → requests); others
 *   cost {@link DEFAULT_REPO_REQUESTS}
 * @throws RangeError for a count outside 1–256
 */
export function planShards(
  repos: readonly OrgRepo[],
  count: number,
  costs: ReadonlyMap<string, number> = new Map()
): Shard[] {
  if (!Number.isInteger(count) || count < 1 || count > 256)
    throw new RangeError(`shards must be a whole number from 1 to 256, got ${count}`)
  const costOf = (name: string): number => {
    const c = costs.get(name)
    return c !== undefined && Number.isFinite(c) && c > 0 ? Math.ceil(c) : DEFAULT_REPO_REQUESTS
  }
  const items = repos
    .map((r) => ({ name: r.full_name, cost: costOf(r.full_name) }))
    .sort((a, b) => b.cost - a.cost || byName(a.name, b.name))
  const n = Math.min(count, items.length)
  const shards: Shard[] = Array.from({ length: n }, (_, index) => ({
    index,
    repositories: [],
    cost: 0
  }))
  for (const it of items) {
    let best = shards[0] as Shard
    for (const s of shards) if (s.cost < best.cost) best = s
    best.repositories.push(it.name)
    best.cost += it.cost
  }
  for (const s of shards) s.repositories.sort(byName)
  return shards
}

/** What one shard job left: its reports by repository, or nothing (failed, never uploaded). */
export interface ShardResult {
  index: number
  /** Undefined: the shard's artifact is missing or unreadable (`why` says which). */
  reports?: ReadonlyMap<string, readonly Report[]>
  why?: string
}

export type SettingStatus = ReportStatus

export interface OrgRepoRow {
  repository: string
  status: SettingStatus
  /** Setting → status (worst of the checks of that setting). */
  settings: Record<string, SettingStatus>
  failed: number
  unverified: number
  /** Why the repository is unverified as a whole (its shard did not report it), else null. */
  reason: string | null
}

export interface OrgReport {
  contract: 'gonogo.org-report/v1'
  organisation: string
  generated_at: string
  /** Every setting seen, sorted: the table's columns. */
  settings: string[]
  /** Worst first (failed, unverified, passed), then by failed and unverified counts, then name. */
  repositories: OrgRepoRow[]
  totals: { repositories: number; passed: number; failed: number; unverified: number }
  shards: {
    index: number
    repositories: number
    status: 'reported' | 'missing'
    why: string | null
  }[]
}

/**
 * The setting a check is about: its id without the branch prefix and detail (`main/min-approvals`
 * → `min-approvals`, `main/required-check:ci/test` → `required-check`), prefixed by the report's
 * control (`branch-protection`, `required-checks`) so the two reports never mix.
 */
export function settingOf(control: string, check: Pick<ReportCheck, 'id'>): string {
  const slash = check.id.indexOf('/')
  const rest = slash >= 0 ? check.id.slice(slash + 1) : check.id
  const colon = rest.indexOf(':')
  return `${control}:${colon >= 0 ? rest.slice(0, colon) : rest}`
}

/**
 * One organisation report from the plan and what each shard left: a repository whose shard is
 * missing, or that its shard did not report, is `unverified` with the reason — never passed.
 * Deterministic for the same inputs (`generatedAt` is the only time in it).
 */
export function mergeOrg(o: {
  organisation: string
  generatedAt: string
  plan: readonly Shard[]
  results: readonly ShardResult[]
}): OrgReport {
  const byIndex = new Map(o.results.map((r) => [r.index, r]))
  const rows: OrgRepoRow[] = []
  const settings = new Set<string>()
  const shards: OrgReport['shards'] = []
  for (const shard of o.plan) {
    const result = byIndex.get(shard.index)
    const missing = result?.reports === undefined
    shards.push({
      index: shard.index,
      repositories: shard.repositories.length,
      status: missing ? 'missing' : 'reported',
      why: missing ? (result?.why ?? 'the shard left no artifact (it failed or never ran)') : null
    })
    for (const repo of shard.repositories) {
      const reports = result?.reports?.get(repo)
      if (missing || reports === undefined || reports.length === 0) {
        rows.push({
          repository: repo,
          status: 'unverified',
          settings: {},
          failed: 0,
          unverified: 1,
          reason: missing
            ? `shard ${shard.index}: ${result?.why ?? 'the shard left no artifact (it failed or never ran)'}`
            : `shard ${shard.index} did not report this repository`
        })
        continue
      }
      const per = new Map<string, SettingStatus[]>()
      for (const r of reports) {
        if (r.checks.length === 0) per.set(`${r.control}:(no checks)`, ['unverified'])
        for (const c of r.checks) {
          const s = settingOf(r.control, c)
          per.set(s, [...(per.get(s) ?? []), c.status])
        }
      }
      const cells: Record<string, SettingStatus> = {}
      for (const s of [...per.keys()].sort(byName)) {
        cells[s] = worstOf(per.get(s) ?? [])
        settings.add(s)
      }
      const values = Object.values(cells)
      rows.push({
        repository: repo,
        status: worstOf([...values, ...reports.map((r) => r.status)]),
        settings: cells,
        failed: values.filter((v) => v === 'failed').length,
        unverified: values.filter((v) => v === 'unverified').length,
        reason: null
      })
    }
  }
  const rank: Record<SettingStatus, number> = { failed: 0, unverified: 1, passed: 2 }
  rows.sort(
    (a, b) =>
      rank[a.status] - rank[b.status] ||
      b.failed - a.failed ||
      b.unverified - a.unverified ||
      byName(a.repository, b.repository)
  )
  return {
    contract: 'gonogo.org-report/v1',
    organisation: o.organisation,
    generated_at: o.generatedAt,
    settings: [...settings].sort(byName),
    repositories: rows,
    totals: {
      repositories: rows.length,
      passed: rows.filter((r) => r.status === 'passed').length,
      failed: rows.filter((r) => r.status === 'failed').length,
      unverified: rows.filter((r) => r.status === 'unverified').length
    },
    shards: shards.sort((a, b) => a.index - b.index)
  }
}

const MARK: Record<SettingStatus, string> = { passed: '✅', failed: '❌', unverified: '🟡' }

/**
 * The organisation report as a job summary: totals, shards that did not report, and the table
 * repository × setting, worst repositories first, at most `maxRows` rows (the JSON has them all).
 * Every name is shown as code, with backticks and pipes escaped.
 */
export function renderOrgMarkdown(r: OrgReport, maxRows = 200): string {
  const code = (s: string): string => `\`${s.replace(/[`|\r\n]/g, ' ')}\``
  const t = r.totals
  const out = [
    `## gonogo: branch rules across ${code(r.organisation)}`,
    '',
    `${t.repositories} repositories: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified.`,
    ''
  ]
  const missing = r.shards.filter((s) => s.status === 'missing')
  if (missing.length > 0) {
    out.push(
      `Shards that did not report (their ${missing.reduce((n, s) => n + s.repositories, 0)} repositories are unverified): ${missing.map((s) => `${s.index} (${(s.why ?? '').replace(/[|\r\n]/g, ' ')})`).join(', ')}`,
      ''
    )
  }
  const header = ['Repository', 'Status', ...r.settings.map(code)]
  out.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---|').join('')}`)
  for (const row of r.repositories.slice(0, maxRows)) {
    const cells = r.settings.map((s) => {
      const v = row.settings[s]
      return v ? MARK[v] : '—'
    })
    out.push(
      `| ${[code(row.repository), `${MARK[row.status]} ${row.status}`, ...cells].join(' | ')} |`
    )
  }
  if (r.repositories.length > maxRows)
    out.push(
      '',
      `_… and ${r.repositories.length - maxRows} more repositories (see the JSON report)._`
    )
  out.push('')
  return out.join('\n')
}

/**
 * The organisation report as SARIF 2.1.0 for code scanning in the repository that holds the org
 * policy: one result per repository and setting that is not passed (`error` for failed, `warning`
 * for unverified), located at the policy file (code scanning needs a file of the repository the
 * log is uploaded to), the repository named in the message and in `partialFingerprints` so the
 * alert follows the repository and setting across runs.
 *
 * @param policyPath the org policy's path in the uploading repository, e.g. `.github/gonogo-org.yml`
 */
export function orgSarif(r: OrgReport, policyPath: string, version: string): unknown {
  const rules = new Map<string, { id: string; shortDescription: { text: string } }>()
  const results: unknown[] = []
  for (const row of r.repositories) {
    const entries: [string, SettingStatus, string][] =
      row.reason !== null
        ? [['repository:unverified', 'unverified', row.reason]]
        : Object.entries(row.settings)
            .filter(([, v]) => v !== 'passed')
            .map(([s, v]) => [s, v, `${s} is ${v}`])
    for (const [setting, status, why] of entries) {
      if (!rules.has(setting))
        rules.set(setting, {
          id: setting,
          shortDescription: { text: `branch rule setting ${setting}` }
        })
      results.push({
        ruleId: setting,
        level: status === 'failed' ? 'error' : 'warning',
        message: { text: `${row.repository}: ${why}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: policyPath },
              region: { startLine: 1 }
            },
            logicalLocations: [{ name: row.repository, kind: 'module' }]
          }
        ],
        partialFingerprints: { 'gonogo/repository-setting': `${row.repository}#${setting}` }
      })
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gonogo',
            version,
            informationUri: 'https://github.com/acme/gonogo',
            rules: [...rules.values()].sort((a, b) => byName(a.id, b.id))
          }
        },
        results
      }
    ]
  }
}

/** failed before unverified before passed; none is unverified (nothing proves it passed). */
function worstOf(statuses: readonly SettingStatus[]): SettingStatus {
  if (statuses.length === 0) return 'unverified'
  if (statuses.includes('failed')) return 'failed'
  return statuses.includes('unverified') ? 'unverified' : 'passed'
}

function byName(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0
}
