import os from 'node:os'
import type { Processes, ToolRun, ToolScratch } from '../../core/facts-runtime.js'
import type { Lang, Snippet } from './scripts.js'

/**
 * Runs the interpreters' own syntax checks over the snippets: `python3` compiles every Python
 * snippet in one process (`compile()`, as `py_compile` does); `bash -n` / `sh -n` read one temp
 * file per snippet, driven in batches by one shell process (spawning from Node costs more than
 * the check); node compiles script snippets in batches in one process each (`vm.compileFunction`
 * with the CommonJS wrapper's parameters, what `node --check` parses), and ES-module snippets
 * with `node --check` one temp file each. Identical snippets are checked once. Every process
 * and temp file goes through `Processes` (core/facts-runtime.ts): the tools run from the OS
 * temporary folder, never the workspace, with a time limit and bounded output.
 */

export type Outcome =
  | { kind: 'ok' }
  | { kind: 'error'; line: number; message: string }
  | { kind: 'missing'; tool: string }
  | { kind: 'timeout'; tool: string; seconds: number }
  | { kind: 'crashed'; tool: string; message: string }

export interface Interpreters {
  python: string
  bash: string
  sh: string
  node: string
}

export interface CheckOptions {
  /** Runs the tools and holds their input files (`ctx.facts.processes`). */
  processes: Processes
  interpreters: Interpreters
  timeoutMs: number
  concurrency?: number
}

/**
 * The outcome for each snippet, in the order given. Never rejects: a scratch folder that cannot
 * be made, an input that cannot be written or a tool that cannot run is a `crashed`, `missing` or
 * `timeout` outcome, never `ok`.
 */
export async function checkSnippets(
  snippets: readonly Snippet[],
  opts: CheckOptions
): Promise<Outcome[]> {
  if (snippets.length === 0) return []
  const scratch = await opts.processes.toolScratch()
  if ('error' in scratch) {
    const message = `no scratch folder for the scripts: ${scratch.error}`
    return snippets.map(() => ({ kind: 'crashed', tool: 'interpreter', message }))
  }
  const tmp = scratch
  try {
    const keyOf = (s: Snippet): string =>
      `${s.lang}\0${s.module ? 'm' : s.detectModule ? 'd' : ''}\0${s.text}`
    const unique = new Map<string, Snippet>()
    for (const s of snippets) if (!unique.has(keyOf(s))) unique.set(keyOf(s), s)
    const results = new Map<string, Outcome>()
    const byLang = (l: Lang): [string, Snippet][] => [...unique].filter(([, s]) => s.lang === l)

    const py = byLang('python')
    if (py.length > 0) {
      const outs = await checkPython(
        py.map(([, s]) => s.text),
        tmp,
        opts
      )
      py.forEach(([k], i) => results.set(k, outs[i] as Outcome))
    }
    // Shell snippets go in batches: one shell process runs `-n` over each file of its batch.
    const jobs: (() => Promise<void>)[] = []
    let seq = 0
    for (const lang of ['bash', 'sh'] as const) {
      const list = byLang(lang)
      for (let i = 0; i < list.length; i += SHELL_BATCH) {
        const batch = list.slice(i, i + SHELL_BATCH)
        const first = seq
        seq += batch.length
        jobs.push(async () => {
          const outs = await checkShellBatch(
            lang,
            batch.map(([, s]) => s),
            first,
            tmp,
            opts
          )
          batch.forEach(([k], j) => results.set(k, outs[j] as Outcome))
        })
      }
    }
    const node = byLang('node')
    const scripts = node.filter(([, s]) => !s.module)
    for (let i = 0; i < scripts.length; i += NODE_BATCH) {
      const batch = scripts.slice(i, i + NODE_BATCH)
      const n = seq++
      jobs.push(async () => {
        const outs = await checkNodeBatch(
          batch.map(([, s]) => s.text),
          n,
          tmp,
          opts
        )
        batch.forEach(([k], j) => results.set(k, outs[j] as Outcome))
      })
    }
    for (const [k, s] of node.filter(([, x]) => x.module)) {
      const i = seq++
      jobs.push(async () => {
        results.set(k, await checkNode(s, i, tmp, opts))
      })
    }
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < jobs.length) await (jobs[next++] as () => Promise<void>)()
    }
    const n = Math.max(1, Math.min(opts.concurrency ?? Math.min(8, os.cpus().length), jobs.length))
    await Promise.all(Array.from({ length: n }, worker))
    // `node -e` without --input-type: code that fails as CommonJS runs as an ES module when it
    // parses as one (Node's syntax detection); the CommonJS error stands otherwise.
    for (const [k, s] of node.filter(([, x]) => x.detectModule && !x.module)) {
      if (results.get(k)?.kind !== 'error') continue
      const asModule = await checkNode({ ...s, module: true }, seq++, tmp, opts)
      if (asModule.kind === 'ok') results.set(k, asModule)
    }
    // A snippet without a result was not checked: never read that as "ok".
    return snippets.map(
      (s) =>
        results.get(keyOf(s)) ?? {
          kind: 'crashed',
          tool: 'interpreter',
          message: 'no result for this script'
        }
    )
  } finally {
    await scratch.dispose()
  }
}

function failure(r: ToolRun, tool: string, timeoutMs: number): Outcome | undefined {
  switch (r.failure?.kind) {
    case undefined:
      return undefined
    case 'missing':
      return { kind: 'missing', tool }
    case 'timeout':
      return { kind: 'timeout', tool, seconds: timeoutMs / 1000 }
    case 'output-limit':
      return { kind: 'crashed', tool, message: `${tool} wrote more output than the gate reads` }
    case 'failed':
      return { kind: 'crashed', tool, message: `${tool} could not be run: ${r.failure.message}` }
  }
}

/** A scratch input file, or the crashed outcome saying why it could not be written. */
async function input(
  tmp: ToolScratch,
  name: string,
  text: string
): Promise<{ path: string } | { crashed: Outcome }> {
  const w = await tmp.write(name, text)
  if ('error' in w) return { crashed: { kind: 'crashed', tool: 'interpreter', message: w.error } }
  return w
}

const PYTHON_PROGRAM = `
import json, sys
out = []
with open(sys.argv[1], encoding="utf-8") as f:
    snippets = json.load(f)
for s in snippets:
    try:
        compile(s, "<snippet>", "exec", dont_inherit=True)
        out.append(None)
    except SyntaxError as e:
        out.append([e.lineno or 0, e.msg or "invalid syntax"])
    except (ValueError, MemoryError, RecursionError) as e:
        out.append([0, str(e)])
sys.stdout.write(json.dumps(out))
`

async function checkPython(
  texts: string[],
  tmp: ToolScratch,
  opts: CheckOptions
): Promise<Outcome[]> {
  const tool = opts.interpreters.python
  const file = await input(tmp, 'python-snippets.json', JSON.stringify(texts))
  if ('crashed' in file) return texts.map(() => file.crashed)
  const r = await opts.processes.runTool(
    tool,
    ['-I', '-W', 'ignore', '-c', PYTHON_PROGRAM, file.path],
    { timeoutMs: opts.timeoutMs }
  )
  const f = failure(r, tool, opts.timeoutMs)
  if (f) return texts.map(() => f)
  let parsed: unknown
  try {
    parsed = JSON.parse(r.stdout)
  } catch {
    parsed = undefined
  }
  if (!Array.isArray(parsed) || parsed.length !== texts.length) {
    const message = `${tool} exited ${r.exitCode ?? 'abnormally'}: ${firstLine(r.stderr) || 'no output'}`
    return texts.map(() => ({ kind: 'crashed', tool, message }))
  }
  return parsed.map((v: unknown): Outcome => {
    if (v === null) return { kind: 'ok' }
    if (!Array.isArray(v))
      return { kind: 'crashed', tool, message: 'unexpected answer from the syntax checker' }
    return { kind: 'error', line: Number(v[0]) || 0, message: String(v[1]) }
  })
}

/** Snippets per shell process. */
const SHELL_BATCH = 100
const END = '@@gonogo-end'
/** Runs `$0 -n` on each file argument, printing its output and an end marker with the status. */
const SHELL_DRIVER = (flags: string): string =>
  `for f in "$@"; do out=$("$0" ${flags} -n "$f" 2>&1); rc=$?; printf '%s\\n${END} %s\\n' "$out" "$rc"; done`

async function checkShellBatch(
  lang: 'bash' | 'sh',
  batch: Snippet[],
  first: number,
  tmp: ToolScratch,
  opts: CheckOptions
): Promise<Outcome[]> {
  const tool = lang === 'bash' ? opts.interpreters.bash : opts.interpreters.sh
  const files: string[] = []
  for (const [j, s] of batch.entries()) {
    const file = await input(tmp, `snippet-${first + j}.sh`, s.text)
    if ('crashed' in file) return batch.map(() => file.crashed)
    files.push(file.path)
  }
  const flags = lang === 'bash' ? '-O extglob' : ''
  const r = await opts.processes.runTool(tool, ['-c', SHELL_DRIVER(flags), tool, ...files], {
    timeoutMs: opts.timeoutMs
  })
  const f = failure(r, tool, opts.timeoutMs)
  if (f) return batch.map(() => f)
  const parts = r.stdout.split(new RegExp(`\\n?${END} (\\d+)\\n`))
  // [out0, rc0, out1, rc1, …, rest]
  return batch.map((_, j): Outcome => {
    const out = parts[2 * j]
    const rc = parts[2 * j + 1]
    if (out === undefined || rc === undefined) {
      const message = `${tool} stopped before checking every script (exit ${r.exitCode ?? 'abnormal'}): ${firstLine(r.stderr) || 'no output'}`
      return { kind: 'crashed', tool, message }
    }
    if (rc === '0') return { kind: 'ok' }
    const err = out.split(files[j] as string).join('<script>')
    const all = [...err.matchAll(/<script>:(?: line)? (\d+): (.*)/g)]
    // bash: `<script>: line 5: syntax error near unexpected token `fi'`; dash: `<script>: 5: …`.
    const m = all.find((x) => !(x[2] as string).startsWith('warning:')) ?? all[0]
    if (m) return { kind: 'error', line: Number(m[1]), message: (m[2] as string).trim() }
    return { kind: 'error', line: 0, message: firstLine(err) || `${tool} -n exited ${rc}` }
  })
}

/** Script snippets per node process. */
const NODE_BATCH = 200

/**
 * Compiles each snippet as the body of a CommonJS module (the parameters Node wraps a script
 * in), without running it; a SyntaxError's stack starts with `<script>:<line>`.
 */
const NODE_PROGRAM = `
const fs = require('node:fs'), vm = require('node:vm')
const out = []
for (const code of JSON.parse(fs.readFileSync(process.argv[1], 'utf8'))) {
  try {
    vm.compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: '<script>' })
    out.push(null)
  } catch (e) {
    const stack = String((e && e.stack) || e)
    const m = /^<script>:(\\d+)/.exec(stack)
    const msg = stack.split('\\n').find((l) => /^\\w*Error\\b/.test(l)) || String(e)
    out.push([m ? Number(m[1]) : 0, msg.trim()])
  }
}
process.stdout.write(JSON.stringify(out))
`

async function checkNodeBatch(
  texts: string[],
  n: number,
  tmp: ToolScratch,
  opts: CheckOptions
): Promise<Outcome[]> {
  const tool = opts.interpreters.node
  const file = await input(tmp, `node-snippets-${n}.json`, JSON.stringify(texts))
  if ('crashed' in file) return texts.map(() => file.crashed)
  const r = await opts.processes.runTool(tool, ['-e', NODE_PROGRAM, file.path], {
    timeoutMs: opts.timeoutMs
  })
  const f = failure(r, tool, opts.timeoutMs)
  if (f) return texts.map(() => f)
  let parsed: unknown
  try {
    parsed = JSON.parse(r.stdout)
  } catch {
    parsed = undefined
  }
  if (!Array.isArray(parsed) || parsed.length !== texts.length) {
    const message = `${tool} exited ${r.exitCode ?? 'abnormally'}: ${firstLine(r.stderr) || 'no output'}`
    return texts.map(() => ({ kind: 'crashed', tool, message }))
  }
  return parsed.map((v: unknown): Outcome => {
    if (v === null) return { kind: 'ok' }
    if (!Array.isArray(v))
      return { kind: 'crashed', tool, message: 'unexpected answer from the syntax checker' }
    return { kind: 'error', line: Number(v[0]) || 0, message: String(v[1]) }
  })
}

async function checkNode(
  s: Snippet,
  i: number,
  tmp: ToolScratch,
  opts: CheckOptions
): Promise<Outcome> {
  const written = await input(tmp, `snippet-${i}.${s.module ? 'mjs' : 'js'}`, s.text)
  if ('crashed' in written) return written.crashed
  const file = written.path
  const tool = opts.interpreters.node
  const r = await opts.processes.runTool(tool, ['--check', file], { timeoutMs: opts.timeoutMs })
  const f = failure(r, tool, opts.timeoutMs)
  if (f) return f
  if (r.exitCode === 0) return { kind: 'ok' }
  const err = r.stderr.split(file).join('<script>')
  // `<script>:3` then the source line, a caret, and `SyntaxError: …`.
  const m = /<script>:(\d+)/.exec(err)
  const msg = err.split('\n').find((l) => /^\w*Error\b/.test(l))
  if (m || msg) {
    return { kind: 'error', line: m ? Number(m[1]) : 0, message: msg?.trim() ?? firstLine(err) }
  }
  if (r.exitCode === null) {
    return { kind: 'crashed', tool, message: `${tool} ended abnormally: ${firstLine(err)}` }
  }
  return { kind: 'error', line: 0, message: firstLine(err) || `${tool} exited ${r.exitCode}` }
}

function firstLine(s: string): string {
  return (s.trim().split('\n')[0] ?? '').slice(0, 300)
}
