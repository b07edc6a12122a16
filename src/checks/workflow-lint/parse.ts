import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node as YamlNode,
  type YAMLMap
} from 'yaml'

/**
 * A GitHub Actions workflow reduced to what workflow-lint judges, with the line of every part.
 * Pure: text in, model out; a file that is not a workflow comes back with `errors`.
 */

/** A scalar value and the 1-based line it starts on. */
export interface At {
  value: string
  line: number
}

/** A `run:` script and how its lines sit in the workflow file. */
export interface RunBlock {
  text: string
  /** Line of the `run:` value: the `|` / `>` indicator for a block scalar, else the value itself. */
  line: number
  /** Last line of the value in the file. */
  endLine: number
  /**
   * `literal`: script line k is file line `line + k` (a `|` block keeps its lines).
   * `approximate`: folded (`>`) or multi-line flow scalars fold lines, so lines are estimated.
   */
  mapping: 'literal' | 'single' | 'approximate'
}

export interface Step {
  job: string
  /** 0-based position in the job's steps. */
  index: number
  line: number
  name?: string
  uses?: At
  run?: RunBlock
  shell?: At
  /** `with:` inputs (scalar values only), each with the lines of its text. */
  with: Record<string, At & { block: RunBlock }>
}

export interface Job {
  id: string
  line: number
  /** A job that calls a reusable workflow. */
  uses?: At
  hasPermissions: boolean
  /** `defaults.run.shell` of the job. */
  shell?: At
  /**
   * The runner labels the job may run on; `matrix` values are expanded where `runs-on` names
   * them. Undefined when `runs-on` is absent or cannot be known.
   */
  runsOn?: string[]
  steps: Step[]
}

export interface Workflow {
  file: string
  /** Problems that make the file no workflow GitHub would run; the rest of the model is partial. */
  errors: { line: number; message: string }[]
  /** Event names under `on:`. */
  triggers: string[]
  onLine?: number
  hasPermissions: boolean
  /** `defaults.run.shell` of the workflow. */
  shell?: At
  jobs: Job[]
}

/** `lines` of the script map to these lines of the workflow file (1-based both). */
export function fileLine(run: RunBlock, scriptLine: number): number {
  const k = Math.max(1, scriptLine)
  if (run.mapping === 'single') return run.line
  const guess = run.mapping === 'literal' ? run.line + k : run.line + k - 1
  return Math.min(guess, run.endLine)
}

export function parseWorkflow(file: string, text: string): Workflow {
  const lc = new LineCounter()
  const wf: Workflow = { file, errors: [], triggers: [], hasPermissions: false, jobs: [] }
  const lineOf = (n: YamlNode | null | undefined): number =>
    n?.range ? lc.linePos(n.range[0]).line : 1
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true })
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line ?? 1
      wf.errors.push({ line, message: `YAML error: ${e.message.split('\n')[0] ?? e.code}` })
    }
    return wf
  }
  const root = doc.contents
  if (!isMap(root)) {
    wf.errors.push({
      line: lineOf(root),
      message: 'not a workflow: the document is not a mapping'
    })
    return wf
  }
  const get = (m: YAMLMap, key: string): { node: YamlNode | null; line: number } | undefined => {
    for (const p of m.items) {
      if (isScalar(p.key) && String(p.key.value) === key) {
        return { node: (p.value as YamlNode | null) ?? null, line: lineOf(p.key) }
      }
    }
    return undefined
  }
  const scalar = (n: YamlNode | null | undefined): At | undefined =>
    isScalar(n) && n.value !== null && typeof n.value !== 'object'
      ? { value: primitive(n.value), line: lineOf(n) }
      : undefined
  const textBlock = (n: YamlNode | null | undefined): RunBlock | undefined => {
    if (!isScalar(n) || n.value === null || typeof n.value === 'object' || !n.range)
      return undefined
    const start = lc.linePos(n.range[0]).line
    const end = Math.max(start, lc.linePos(Math.max(n.range[0], n.range[1] - 1)).line)
    return {
      text: primitive(n.value),
      line: start,
      endLine: end,
      mapping: n.type === 'BLOCK_LITERAL' ? 'literal' : start === end ? 'single' : 'approximate'
    }
  }
  const shellOf = (m: YAMLMap): At | undefined => {
    const defaults = get(m, 'defaults')?.node
    if (!isMap(defaults)) return undefined
    const run = get(defaults, 'run')?.node
    return isMap(run) ? scalar(get(run, 'shell')?.node) : undefined
  }

  // `on` is read by YAML 1.2 as the string "on"; `true` covers a YAML 1.1 reading.
  const on = get(root, 'on') ?? get(root, 'true')
  if (!on) wf.errors.push({ line: 1, message: "not a workflow: no 'on:' trigger" })
  else {
    wf.onLine = on.line
    const n = on.node
    if (isScalar(n)) {
      wf.triggers.push(String(n.value))
    } else if (isSeq(n)) {
      for (const i of n.items) if (isScalar(i)) wf.triggers.push(String(i.value))
    } else if (isMap(n)) {
      for (const p of n.items) if (isScalar(p.key)) wf.triggers.push(String(p.key.value))
    }
  }
  wf.triggers.sort()
  wf.hasPermissions = get(root, 'permissions') !== undefined
  const shell = shellOf(root)
  if (shell) wf.shell = shell

  const jobs = get(root, 'jobs')
  if (!jobs || !isMap(jobs.node)) {
    wf.errors.push({
      line: jobs?.line ?? 1,
      message: "not a workflow: 'jobs:' is missing or not a mapping"
    })
    return wf
  }
  for (const jp of jobs.node.items) {
    if (!isScalar(jp.key)) continue
    const id = String(jp.key.value)
    const jn = jp.value as YamlNode | null
    const job: Job = {
      id,
      line: lineOf(jp.key),
      hasPermissions: false,
      steps: []
    }
    wf.jobs.push(job)
    if (!isMap(jn)) continue
    job.hasPermissions = get(jn, 'permissions') !== undefined
    const uses = scalar(get(jn, 'uses')?.node)
    if (uses) job.uses = uses
    const js = shellOf(jn)
    if (js) job.shell = js
    const runsOn = runnerLabels(get(jn, 'runs-on')?.node, get(jn, 'strategy')?.node)
    if (runsOn) job.runsOn = runsOn
    const steps = get(jn, 'steps')?.node
    if (!isSeq(steps)) continue
    steps.items.forEach((sn, index) => {
      const s = sn as YamlNode
      const step: Step = { job: id, index, line: lineOf(s), with: {} }
      job.steps.push(step)
      if (!isMap(s)) return
      const name = scalar(get(s, 'name')?.node)
      if (name) step.name = name.value
      const u = scalar(get(s, 'uses')?.node)
      if (u) step.uses = u
      const sh = scalar(get(s, 'shell')?.node)
      if (sh) step.shell = sh
      const run = textBlock(get(s, 'run')?.node)
      if (run) step.run = run
      const w = get(s, 'with')?.node
      if (isMap(w)) {
        for (const p of w.items) {
          const v = scalar(p.value as YamlNode | null)
          const block = textBlock(p.value as YamlNode | null)
          if (isScalar(p.key) && v && block) step.with[String(p.key.value)] = { ...v, block }
        }
      }
    })
  }
  return wf
}

function primitive(v: unknown): string {
  return typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint'
      ? String(v)
      : ''
}

/** Runner labels from `runs-on`, with `${{ matrix.x }}` expanded from the job's matrix. */
function runnerLabels(
  runsOn: YamlNode | null | undefined,
  strategy: YamlNode | null | undefined
): string[] | undefined {
  if (!runsOn) return undefined
  const raw: string[] = []
  const collect = (n: unknown): void => {
    if (isScalar(n)) raw.push(String(n.value))
    else if (isSeq(n)) for (const i of n.items) collect(i)
    else if (isMap(n)) {
      // runs-on: { group, labels }
      for (const p of n.items) if (isScalar(p.key) && p.key.value === 'labels') collect(p.value)
    }
  }
  collect(runsOn)
  const labels: string[] = []
  for (const r of raw) {
    const m = /^\s*\$\{\{\s*matrix\.([\w-]+)\s*\}\}\s*$/.exec(r)
    if (!m) {
      if (r.includes('${{')) return undefined
      labels.push(r)
      continue
    }
    const values = matrixValues(strategy, m[1] as string)
    if (!values) return undefined
    labels.push(...values)
  }
  return labels
}

function matrixValues(strategy: YamlNode | null | undefined, key: string): string[] | undefined {
  if (!isMap(strategy)) return undefined
  const matrix = strategy.items.find((p) => isScalar(p.key) && p.key.value === 'matrix')?.value
  if (!isMap(matrix)) return undefined
  const out: string[] = []
  for (const p of matrix.items) {
    if (!isScalar(p.key)) continue
    const k = String(p.key.value)
    if (k === key) {
      if (!isSeq(p.value)) return undefined
      for (const i of p.value.items) {
        if (!isScalar(i)) return undefined
        out.push(String(i.value))
      }
    } else if (k === 'include' && isSeq(p.value)) {
      for (const inc of p.value.items) {
        if (!isMap(inc)) continue
        for (const ip of inc.items)
          if (isScalar(ip.key) && ip.key.value === key) {
            if (!isScalar(ip.value)) return undefined
            out.push(String(ip.value.value))
          }
      }
    }
  }
  return out.length > 0 ? out : undefined
}
