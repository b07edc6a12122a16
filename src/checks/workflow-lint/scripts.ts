import type { Job, RunBlock, Step, Workflow } from './parse.js'
import { fileLine } from './parse.js'

/**
 * The scripts embedded in workflows, cut out so an interpreter can syntax-check them. Pure.
 *
 * What is found:
 * - a `run:` block in the step's shell: bash (the default on Linux runners), sh, python, node;
 *   PowerShell and cmd are not checked;
 * - inside a bash/sh block: heredocs fed to python or node (`python - <<'PY'`, `node <<EOF`), and
 *   inline code (`python3 -c '…'`, `node -e '…'`) in single quotes, or in double quotes when the
 *   code holds no `$` or backtick that the shell would expand first.
 * `${{ … }}` expressions are replaced with the placeholder `__GH_EXPR__` (an identifier, valid as
 * a word in a shell and as a name or inside a string in Python and JavaScript), keeping lines.
 */

export type Lang = 'bash' | 'sh' | 'python' | 'node'

export interface Snippet {
  lang: Lang
  /** Source text handed to the interpreter. */
  text: string
  file: string
  job: string
  step: number
  /** The step's `name:`, when it has one. */
  name?: string
  /** How the snippet was found: `run` (whole block), `heredoc PY`, `node -e`, `python -c`. */
  origin: string
  /** Snippet line k (1-based) is workflow-file line `lines[k - 1]`. */
  lines: number[]
  /** For node: the code is an ES module (`--input-type=module`). */
  module?: boolean
}

export interface Unchecked {
  file: string
  job: string
  step: number
  line: number
  shell: string
}

export const EXPR_PLACEHOLDER = '__GH_EXPR__'

/** Replaces each `${{ … }}` with a placeholder, keeping the newlines the expression spanned. */
export function replaceExpressions(text: string): string {
  return text.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => EXPR_PLACEHOLDER + '\n'.repeat(countNl(m)))
}

function countNl(s: string): number {
  let n = 0
  for (const c of s) if (c === '\n') n++
  return n
}

/** The language a `shell:` value runs, or undefined for shells that are not checked. */
export function shellLang(shell: string): Lang | 'other' {
  const first = (shell.trim().split(/\s+/)[0] ?? '').split('/').pop() ?? ''
  if (first === 'bash') return 'bash'
  if (first === 'sh' || first === 'dash') return 'sh'
  if (/^python(\d+(\.\d+)?)?$/.test(first)) return 'python'
  if (first === 'node') return 'node'
  return 'other'
}

const WINDOWS = /windows/i

/** The shell a step runs in: its own, the job's default, the workflow's, else the runner's. */
export function stepShell(wf: Workflow, job: Job, step: Step): string {
  const explicit = step.shell ?? job.shell ?? wf.shell
  if (explicit) return explicit.value
  // GitHub runs `pwsh` on Windows runners and bash elsewhere; a matrix that mixes both also runs
  // the script in bash, so only a job that is Windows-only is left to PowerShell.
  if (job.runsOn && job.runsOn.length > 0 && job.runsOn.every((l) => WINDOWS.test(l))) return 'pwsh'
  return 'bash'
}

export function extractScripts(workflows: readonly Workflow[]): {
  snippets: Snippet[]
  unchecked: Unchecked[]
} {
  const snippets: Snippet[] = []
  const unchecked: Unchecked[] = []
  for (const wf of workflows) {
    for (const job of wf.jobs) {
      for (const step of job.steps) {
        if (!step.run) continue
        const shell = stepShell(wf, job, step)
        const lang = shellLang(shell)
        const base = {
          file: wf.file,
          job: job.id,
          step: step.index,
          ...(step.name !== undefined ? { name: step.name } : {})
        }
        if (lang === 'other') {
          unchecked.push({ ...base, line: step.run.line, shell })
          continue
        }
        const text = replaceExpressions(step.run.text)
        const runLines = text.split('\n').map((_, i) => fileLine(step.run as RunBlock, i + 1))
        snippets.push({ ...base, lang, text, origin: 'run', lines: runLines })
        if (lang === 'bash' || lang === 'sh') snippets.push(...embedded(text, runLines, base))
      }
    }
  }
  return { snippets, unchecked }
}

const PY_WORD = /^python(\d+(\.\d+)?)?$/
const HEREDOC = /(?<!<)<<(-?)[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([A-Za-z_][\w.-]*))/g

/** Which interpreter (if any) reads its program from stdin on this command line. */
function stdinInterpreter(
  line: string,
  opIndex: number
): { lang: Lang; module: boolean } | undefined {
  // The simple command around the heredoc operator.
  const before = line.slice(0, opIndex)
  const start = Math.max(
    before.lastIndexOf('|'),
    before.lastIndexOf(';'),
    before.lastIndexOf('&'),
    before.lastIndexOf('(')
  )
  const words = before
    .slice(start + 1)
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '')
  // Skip `env X=1`, `sudo`, `time`, assignments.
  let i = 0
  while (
    i < words.length &&
    (/^[A-Za-z_]\w*=/.test(words[i] as string) ||
      ['env', 'sudo', 'time', 'exec', 'command'].includes(words[i] as string))
  )
    i++
  const cmd = (words[i] ?? '').split('/').pop() ?? ''
  const args = words.slice(i + 1).filter((w) => !/^[0-9]?[<>]/.test(w))
  if (PY_WORD.test(cmd)) {
    // `python - …` or `python` with options only: the program comes from stdin.
    for (const a of args) {
      if (a === '-') return { lang: 'python', module: false }
      if (a === '-c' || a === '-m') return undefined
      if (!a.startsWith('-')) return undefined
    }
    return { lang: 'python', module: false }
  }
  if (cmd === 'node') {
    let module = false
    for (const a of args) {
      if (a === '--input-type=module') module = true
      else if (a === '-') break
      else if (['-e', '-p', '--eval', '--print'].includes(a) || !a.startsWith('-')) return undefined
    }
    return { lang: 'node', module }
  }
  return undefined
}

interface Base {
  file: string
  job: string
  step: number
  name?: string
}

/** Heredoc programs and inline `-c` / `-e` code inside a shell script. */
function embedded(text: string, runLines: number[], base: Base): Snippet[] {
  const out: Snippet[] = []
  const lines = text.split('\n')
  let i = 0
  while (i < lines.length) {
    const line = lines[i] as string
    const ops: {
      strip: boolean
      delim: string
      quoted: boolean
      target?: ReturnType<typeof stdinInterpreter>
    }[] = []
    for (const m of line.matchAll(HEREDOC)) {
      const delim = m[2] ?? m[3] ?? m[4] ?? ''
      if (delim === '') continue
      ops.push({
        strip: m[1] === '-',
        delim,
        quoted: m[2] !== undefined || m[3] !== undefined || m[0].includes('\\'),
        target: stdinInterpreter(line, m.index)
      })
    }
    i++
    for (const op of ops) {
      const bodyStart = i
      while (i < lines.length) {
        const l = op.strip ? (lines[i] as string).replace(/^\t+/, '') : (lines[i] as string)
        if (l === op.delim) break
        i++
      }
      const end = i
      if (i < lines.length) i++ // the delimiter line
      if (!op.target) continue
      let body = lines.slice(bodyStart, end)
      if (op.strip) body = body.map((l) => l.replace(/^\t+/, ''))
      let code = body.join('\n')
      if (!op.quoted) code = shellExpandLike(code)
      out.push({
        ...base,
        lang: op.target.lang,
        text: code,
        origin: `heredoc ${op.delim}`,
        lines: runLines.slice(bodyStart, Math.max(bodyStart + 1, end)),
        ...(op.target.module ? { module: true } : {})
      })
    }
  }
  out.push(...inline(text, runLines, base))
  return out
}

/** An unquoted heredoc body is expanded by the shell: stand in for what it would substitute. */
function shellExpandLike(code: string): string {
  return code
    .replace(/\$\([^()\n]*\)/g, '__SH_CMD__')
    .replace(/\$\{[^}\n]*\}/g, '__SH_VAR__')
    .replace(/\$[A-Za-z_]\w*/g, '__SH_VAR__')
    .replace(/\\([$`\\])/g, '$1')
}

const INLINE =
  /(^|[\s;|&(])(?:[^\s;|&()]*\/)?(node|python(?:\d+(?:\.\d+)?)?)((?:[ \t]+-(?!e\b|p\b|c\b)[\w-]+(?:=\S+)?)*)[ \t]+(-e|-p|--eval|--print|-c)[ \t]+(['"])/g

/** `python3 -c '…'` and `node -e '…'` (single quotes, or double quotes without expansions). */
function inline(text: string, runLines: number[], base: Base): Snippet[] {
  const out: Snippet[] = []
  for (const m of text.matchAll(INLINE)) {
    const tool = m[2] as string
    const flag = m[4] as string
    const isNode = tool === 'node'
    if (isNode === (flag === '-c')) continue
    const quote = m[5] as string
    const open = (m.index ?? 0) + m[0].length // first character of the code
    let code = ''
    let j = open
    let closed = false
    if (quote === "'") {
      while (j < text.length) {
        const k = text.indexOf("'", j)
        if (k < 0) break
        code += text.slice(j, k)
        // The `'\''` idiom puts a quote inside single-quoted code.
        if (text.startsWith("'\\''", k)) {
          code += "'"
          j = k + 4
          continue
        }
        closed = true
        break
      }
    } else {
      let k = j
      while (k < text.length) {
        const c = text[k]
        if (c === '\\' && k + 1 < text.length) {
          const n = text[k + 1] as string
          code += '"\\$`'.includes(n) ? n : `\\${n}`
          k += 2
          continue
        }
        if (c === '"') {
          closed = true
          break
        }
        if (c === '$' || c === '`') break
        code += c
        k++
      }
    }
    if (!closed) continue
    const firstLine = countNl(text.slice(0, open))
    const n = countNl(code) + 1
    out.push({
      ...base,
      lang: isNode ? 'node' : 'python',
      text: code,
      origin: `${tool} ${flag}`,
      lines: runLines.slice(firstLine, firstLine + n)
    })
  }
  return out
}

/** The workflow-file line of a snippet's line k (clamped to the snippet). */
export function snippetLine(s: Snippet, k: number): number {
  if (s.lines.length === 0) return 1
  const i = Math.min(Math.max(1, k), s.lines.length) - 1
  return s.lines[i] as number
}
