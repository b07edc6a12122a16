/**
 * Release lineage (pure): previous release tag → commits since → pull requests → this workflow
 * run → jobs from `needs` with their results → reports → decision, as a graph with the gaps it
 * could not see and completeness checks.
 *
 * Edges follow the flow: tag -precedes-> commit, commit -precedes-> commit (parent to child),
 * commit -part_of-> pull_request, pull_request -included_in-> run, commit -built_by-> run (the
 * head commit), run -ran-> job, job|run -produced-> report, report -informs-> decision,
 * job -required_for-> decision (required jobs).
 */

export const LINEAGE_CONTRACT = 'gonogo.lineage/v1'

export type LineageNodeKind =
  'tag' | 'commit' | 'pull_request' | 'run' | 'job' | 'report' | 'decision'

export type LineageEdgeKind =
  | 'precedes'
  | 'part_of'
  | 'included_in'
  | 'built_by'
  | 'ran'
  | 'produced'
  | 'informs'
  | 'required_for'

export interface LineageNode {
  id: string
  kind: LineageNodeKind
  label: string
  data?: Record<string, unknown>
}

export interface LineageEdge {
  from: string
  to: string
  kind: LineageEdgeKind
}

/** Something the lineage could not see, and why (never filled in by guessing). */
export interface LineageGap {
  what: string
  reason: string
}

export interface LineageGraph {
  contract: typeof LINEAGE_CONTRACT
  nodes: LineageNode[]
  edges: LineageEdge[]
  gaps: LineageGap[]
}

export interface TagFact {
  name: string
  /** the commit the tag points at (peeled) */
  sha: string
}

export interface CommitFact {
  sha: string
  subject: string
  parents: string[]
}

export interface PullFact {
  number: number
  /** unknown when the number comes from a commit subject */
  title?: string
  /** commits of the lineage that belong to the pull request */
  commits: string[]
  /** 'api': GET commits/{sha}/pulls; 'subject': a merge or squash commit subject */
  source: 'api' | 'subject'
  author?: string
  mergedAt?: string | null
  base?: string
  head?: string
}

/** The pull-request lookup failed as a whole: numbers come from commit subjects instead. */
export interface PullsUnavailable {
  unavailable: string
}

export interface RunFact {
  id: number
  attempt: number
  url: string
  workflow: string
}

/** `toJSON(needs)` as GitHub renders it: `{ jobName: { result, outputs } }`. */
export type NeedsContext = Record<string, { result?: unknown; outputs?: unknown }>

export interface ReportFact {
  path: string
  control: string
  status: string
  /** the job that produced it, when known (else the run did) */
  job?: string
}

export interface DecisionFact {
  decision: string
  status: string
}

export interface LineageFacts {
  previousTag: TagFact | null
  /** `prev..HEAD`, any order (the graph is sorted) */
  commits: CommitFact[]
  pulls: PullFact[] | PullsUnavailable
  /** the commit this run built (default: the first commit that is no other commit's parent) */
  headSha?: string
  run?: RunFact | null
  needs?: NeedsContext | null
  /** job names that must be present in `needs` with result success */
  requiredJobs?: string[]
  reports?: ReportFact[]
  decision?: DecisionFact | null
  /** gaps found while collecting the facts (shallow clone, no tag, capped lookups) */
  gaps?: LineageGap[]
}

const KIND_ORDER: Record<LineageNodeKind, number> = {
  tag: 0,
  commit: 1,
  pull_request: 2,
  run: 3,
  job: 4,
  report: 5,
  decision: 6
}

/** Code-point order: the same in every locale and every Node version. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export const nodeIds = {
  tag: (name: string): string => `tag:${name}`,
  commit: (sha: string): string => `commit:${sha}`,
  pull: (n: number): string => `pull_request:${n}`,
  run: (id: number, attempt: number): string => `run:${id}/attempt/${attempt}`,
  job: (name: string): string => `job:${name}`,
  report: (path: string): string => `report:${path}`,
  decision: 'decision'
} as const

const MERGE_SUBJECT = /^Merge pull request #(\d+) from (\S+)/
const SQUASH_SUBJECT = /\(#(\d+)\)\s*$/

/** The pull request a commit subject names: `Merge pull request #12 from o/b`, or `… (#12)`. */
export function pullFromSubject(subject: string): { number: number; head?: string } | undefined {
  const merge = MERGE_SUBJECT.exec(subject)
  if (merge?.[1] && merge[2]) {
    const head = merge[2].includes(':') ? merge[2] : merge[2].replace(/^[^/]+\//, '')
    return { number: Number(merge[1]), head }
  }
  const squash = SQUASH_SUBJECT.exec(subject)
  if (squash?.[1]) return { number: Number(squash[1]) }
  return undefined
}

/** Pull requests named by merge-commit and squash subjects (what git alone can tell). */
export function pullsFromSubjects(commits: CommitFact[]): PullFact[] {
  const byNumber = new Map<number, PullFact>()
  for (const c of commits) {
    const found = pullFromSubject(c.subject)
    if (!found || !Number.isSafeInteger(found.number) || found.number <= 0) continue
    const pull = byNumber.get(found.number) ?? {
      number: found.number,
      commits: [],
      source: 'subject' as const
    }
    if (!pull.commits.includes(c.sha)) pull.commits.push(c.sha)
    if (found.head !== undefined && pull.head === undefined) pull.head = found.head
    byNumber.set(found.number, pull)
  }
  return mergePulls([...byNumber.values()])
}

/** One entry per number (commits unioned, API facts preferred), sorted by number. */
export function mergePulls(pulls: PullFact[]): PullFact[] {
  const byNumber = new Map<number, PullFact>()
  for (const p of pulls) {
    const seen = byNumber.get(p.number)
    if (!seen) {
      byNumber.set(p.number, { ...p, commits: [...p.commits] })
      continue
    }
    const preferred = p.source === 'api' && seen.source !== 'api' ? p : seen
    byNumber.set(p.number, { ...preferred, commits: [...seen.commits, ...p.commits] })
  }
  return [...byNumber.values()]
    .map((p) => ({ ...p, commits: [...new Set(p.commits)].sort(compareText) }))
    .sort((a, b) => a.number - b.number)
}

function isUnavailable(p: PullFact[] | PullsUnavailable): p is PullsUnavailable {
  return !Array.isArray(p)
}

function shortSha(sha: string): string {
  return sha.slice(0, 7)
}

function sortedRecord(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(value).sort(compareText))
    out[k] = (value as Record<string, unknown>)[k]
  return out
}

/** Builds the lineage graph; nodes, edges and gaps are sorted, so equal facts give equal JSON. */
export function buildLineage(facts: LineageFacts): LineageGraph {
  const nodes = new Map<string, LineageNode>()
  const edges = new Map<string, LineageEdge>()
  const gaps: LineageGap[] = [...(facts.gaps ?? [])]
  const addNode = (n: LineageNode): void => {
    if (!nodes.has(n.id)) nodes.set(n.id, n)
  }
  const addEdge = (from: string, to: string, kind: LineageEdgeKind): void => {
    edges.set(`${from}\u0000${to}\u0000${kind}`, { from, to, kind })
  }

  // Tag and commits.
  const commitShas = new Set(facts.commits.map((c) => c.sha))
  const tag = facts.previousTag
  if (tag) {
    addNode({
      id: nodeIds.tag(tag.name),
      kind: 'tag',
      label: tag.name,
      data: { name: tag.name, sha: tag.sha }
    })
  }
  for (const c of facts.commits) {
    addNode({
      id: nodeIds.commit(c.sha),
      kind: 'commit',
      label: `${shortSha(c.sha)} ${c.subject}`,
      data: { sha: c.sha, subject: c.subject, parents: [...c.parents] }
    })
    for (const parent of c.parents) {
      if (commitShas.has(parent)) addEdge(nodeIds.commit(parent), nodeIds.commit(c.sha), 'precedes')
      else if (tag && parent === tag.sha)
        addEdge(nodeIds.tag(tag.name), nodeIds.commit(c.sha), 'precedes')
    }
  }

  // Pull requests.
  let pulls: PullFact[]
  if (isUnavailable(facts.pulls)) {
    pulls = pullsFromSubjects(facts.commits)
    gaps.push({
      what: 'pull requests',
      reason: `${facts.pulls.unavailable}; pull request numbers were taken from merge and squash commit subjects, so titles are unknown and commits without such a subject are not linked to a pull request`
    })
  } else {
    pulls = mergePulls(facts.pulls)
  }
  for (const p of pulls) {
    const data: Record<string, unknown> = { number: p.number, source: p.source }
    if (p.title !== undefined) data.title = p.title
    if (p.author !== undefined) data.author = p.author
    if (p.mergedAt !== undefined) data.mergedAt = p.mergedAt
    if (p.base !== undefined) data.base = p.base
    if (p.head !== undefined) data.head = p.head
    data.commits = [...p.commits]
    addNode({
      id: nodeIds.pull(p.number),
      kind: 'pull_request',
      label: p.title !== undefined ? `#${p.number} ${p.title}` : `#${p.number}`,
      data
    })
    for (const sha of p.commits) addEdge(nodeIds.commit(sha), nodeIds.pull(p.number), 'part_of')
  }

  // The run.
  const run = facts.run ?? null
  const runId = run ? nodeIds.run(run.id, run.attempt) : undefined
  if (run && runId) {
    addNode({
      id: runId,
      kind: 'run',
      label: `${run.workflow} run ${run.id} attempt ${run.attempt}`,
      data: { id: run.id, attempt: run.attempt, url: run.url, workflow: run.workflow }
    })
    for (const p of pulls) addEdge(nodeIds.pull(p.number), runId, 'included_in')
    const head = facts.headSha ?? headOf(facts.commits)
    if (head !== undefined && commitShas.has(head)) addEdge(nodeIds.commit(head), runId, 'built_by')
  } else {
    gaps.push({
      what: 'workflow run',
      reason: 'no workflow run: not running in GitHub Actions, so the run and its jobs are unknown'
    })
  }

  // Jobs.
  const required = new Set(facts.requiredJobs ?? [])
  const needs = facts.needs ?? null
  if (needs === null) {
    gaps.push({
      what: 'jobs',
      reason:
        'no `needs` context given (pass `needs: ${{ toJSON(needs) }}`), so job results are unknown'
    })
  }
  for (const name of Object.keys(needs ?? {}).sort(compareText)) {
    const entry = needs?.[name]
    const result = typeof entry?.result === 'string' ? entry.result : 'unknown'
    const data: Record<string, unknown> = { name, result, required: required.has(name) }
    const outputs = sortedRecord(entry?.outputs)
    if (outputs && Object.keys(outputs).length > 0) data.outputs = outputs
    addNode({ id: nodeIds.job(name), kind: 'job', label: `${name}: ${result}`, data })
    if (runId) addEdge(runId, nodeIds.job(name), 'ran')
  }
  for (const name of [...required].sort(compareText)) {
    if (needs && Object.hasOwn(needs, name)) continue
    // Stated as a requirement, not as a job that ran: checkLineage reports it missing.
    addNode({
      id: nodeIds.job(name),
      kind: 'job',
      label: `${name}: not in needs`,
      data: { name, result: 'missing', required: true, inNeeds: false }
    })
  }

  // Reports.
  for (const r of facts.reports ?? []) {
    addNode({
      id: nodeIds.report(r.path),
      kind: 'report',
      label: `${r.control}: ${r.status}`,
      data:
        r.job !== undefined
          ? { path: r.path, control: r.control, status: r.status, job: r.job }
          : { path: r.path, control: r.control, status: r.status }
    })
    const job = r.job !== undefined ? nodes.get(nodeIds.job(r.job)) : undefined
    const producer = job && job.data?.inNeeds !== false ? job.id : runId
    if (producer) addEdge(producer, nodeIds.report(r.path), 'produced')
  }
  if ((facts.reports ?? []).length === 0)
    gaps.push({ what: 'reports', reason: 'no reports were given' })

  // Decision.
  const decision = facts.decision ?? null
  if (decision) {
    addNode({
      id: nodeIds.decision,
      kind: 'decision',
      label: `decision: ${decision.decision}`,
      data: { decision: decision.decision, status: decision.status }
    })
    for (const r of facts.reports ?? [])
      addEdge(nodeIds.report(r.path), nodeIds.decision, 'informs')
    for (const name of required) {
      if (needs && Object.hasOwn(needs, name))
        addEdge(nodeIds.job(name), nodeIds.decision, 'required_for')
    }
  } else {
    gaps.push({ what: 'decision', reason: 'no gate decision was given' })
  }

  return {
    contract: LINEAGE_CONTRACT,
    nodes: sortNodes([...nodes.values()]),
    edges: sortEdges([...edges.values()]),
    gaps: sortGaps(gaps)
  }
}

/** The commit no other commit of the list names as a parent (git log's first line). */
function headOf(commits: CommitFact[]): string | undefined {
  const parents = new Set(commits.flatMap((c) => c.parents))
  const heads = commits.filter((c) => !parents.has(c.sha))
  return heads.length === 1 ? heads[0]?.sha : commits[0]?.sha
}

function pullNumberKey(id: string): number {
  return Number(id.slice('pull_request:'.length))
}

export function sortNodes(nodes: LineageNode[]): LineageNode[] {
  return [...nodes].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.kind === 'pull_request' && b.kind === 'pull_request'
        ? pullNumberKey(a.id) - pullNumberKey(b.id)
        : 0) ||
      compareText(a.id, b.id)
  )
}

export function sortEdges(edges: LineageEdge[]): LineageEdge[] {
  return [...edges].sort(
    (a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || compareText(a.kind, b.kind)
  )
}

function sortGaps(gaps: LineageGap[]): LineageGap[] {
  const seen = new Set<string>()
  return gaps
    .filter((g) => {
      const k = `${g.what}\u0000${g.reason}`
      if (seen.has(k)) return false
      seen.add(k)
      return true
    })
    .sort((a, b) => compareText(a.what, b.what) || compareText(a.reason, b.reason))
}

export type LineageProblemCode =
  | 'duplicate-node'
  | 'dangling-edge'
  | 'required-job-missing'
  | 'required-job-failed'
  | 'decision-missing'

export interface LineageProblem {
  code: LineageProblemCode
  message: string
  /** the node (or edge endpoint) concerned */
  ref?: string
}

/**
 * Completeness: every node an edge references exists, node ids are unique, every required job
 * is in `needs` with result success, and the decision is present. Sorted; empty = complete.
 */
export function checkLineage(graph: LineageGraph): LineageProblem[] {
  const problems: LineageProblem[] = []
  const ids = new Set<string>()
  for (const n of graph.nodes) {
    if (ids.has(n.id))
      problems.push({ code: 'duplicate-node', message: `node ${n.id} appears twice`, ref: n.id })
    ids.add(n.id)
  }
  for (const e of graph.edges) {
    for (const end of [e.from, e.to]) {
      if (!ids.has(end))
        problems.push({
          code: 'dangling-edge',
          message: `edge ${e.from} -${e.kind}-> ${e.to} references ${end}, which is not a node`,
          ref: end
        })
    }
  }
  for (const n of graph.nodes) {
    if (n.kind !== 'job' || n.data?.required !== true) continue
    const name = typeof n.data.name === 'string' ? n.data.name : n.id.replace(/^job:/, '')
    if (n.data.inNeeds === false) {
      problems.push({
        code: 'required-job-missing',
        message: `required job ${name} is not in needs (add it to this job's needs)`,
        ref: n.id
      })
    } else if (n.data.result !== 'success') {
      problems.push({
        code: 'required-job-failed',
        message: `required job ${name} has result ${String(n.data.result)}, not success`,
        ref: n.id
      })
    }
  }
  if (!graph.nodes.some((n) => n.kind === 'decision'))
    problems.push({ code: 'decision-missing', message: 'the lineage has no gate decision' })
  return problems.sort(
    (a, b) =>
      compareText(a.code, b.code) ||
      compareText(a.ref ?? '', b.ref ?? '') ||
      compareText(a.message, b.message)
  )
}

/** Parses the `needs` input (`${{ toJSON(needs) }}`); '' means not given. */
export function parseNeeds(
  text: string
): { ok: true; value: NeedsContext | null } | { ok: false; reason: string } {
  if (text.trim() === '') return { ok: true, value: null }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    return { ok: false, reason: `needs is not JSON: ${e instanceof Error ? e.message : String(e)}` }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { ok: false, reason: 'needs must be a JSON object: pass ${{ toJSON(needs) }}' }
  for (const [name, entry] of Object.entries(parsed)) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      return { ok: false, reason: `needs.${name} must be an object with result and outputs` }
  }
  return { ok: true, value: parsed as NeedsContext }
}
