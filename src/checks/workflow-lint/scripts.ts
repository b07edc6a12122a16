import { scriptLine, type Script } from '../../workflow/model.js'
import type { StepSite, Via } from './walk.js'

/**
 * The scripts embedded in workflows and local composite actions, cut out so an interpreter can
 * syntax-check them. Pure.
 *
 * What is found:
 * - a `run:` block in each shell it runs under (workflow/model.ts: the step's `shell:`, else
 *   `defaults.run.shell`, else the runner's default: `bash -e {0}` on Linux and macOS, `pwsh` on
 *   Windows; docs: "jobs.<job_id>.steps[*].shell"): bash, sh, python and node are checked;
 *   PowerShell, cmd and other shells have no checker here and are listed as not checked, as is a
 *   step whose shell cannot be known (its runner's labels name no operating system);
 * - inside a bash/sh block: heredocs fed to python or node (`python - <<'PY'`, `node <<EOF`), and
 *   inline code (`python3 -c '…'`, `node -e '…'`) in single quotes, or in double quotes when the
 *   code holds no `$` or backtick that the shell would expand first.
 * Each `${{ … }}` (found by GitHub's grammar: a `}}` inside a quoted string does not end it) is
 * replaced with the placeholder `__GH_EXPR__` (an identifier, valid as a word in a shell and as a
 * name or inside a string in Python and JavaScript), keeping lines.
 */

export type Lang = 'bash' | 'sh' | 'python' | 'node'

export interface Snippet {
  lang: Lang
  /** Source text handed to the interpreter. */
  text: string
  /** The file the script is written in. */
  file: string
  /** e.g. `job 'build' step 2 ('Test')`, or `step 1 of action ./.github/actions/setup`. */
  label: string
  /** How the snippet was found: `run` (whole block), `heredoc PY`, `node -e`, `python -c`. */
  origin: string
  /** Snippet line k (1-based) is file line `lines[k - 1]`. */
  lines: number[]
  /** For node: the code is an ES module (`--input-type=module`). */
  module?: boolean
  /**
   * For `node -e` code without `--input-type`: Node parses code that is not CommonJS as an ES
   * module (syntax detection, on by default since Node 20.19 and 22.7; docs `--input-type`).
   */
  detectModule?: true
  /** Line of the YAML alias the script is used through: findings are reported there. */
  reportAt?: number
  /** Each way the step is reached from a workflow that runs it (an empty chain: directly). */
  chains: Via[][]
}

/** A `run:` that is not checked, and why. */
export interface Unchecked {
  file: string
  label: string
  line: number
  /** The shell, or `unknown`. */
  shell: string
  reason: string
}

export const EXPR_PLACEHOLDER = '__GH_EXPR__'

/** The script with each `${{ }}` replaced by the placeholder, keeping the lines it spanned. */
export function withPlaceholders(script: Script): string {
  let out = ''
  let at = 0
  for (const e of script.expressions) {
    out += script.text.slice(at, e.start)
    out += EXPR_PLACEHOLDER + '\n'.repeat(countNl(script.text.slice(e.start, e.end)))
    at = e.end
  }
  return out + script.text.slice(at)
}

function countNl(s: string): number {
  let n = 0
  for (const c of s) if (c === '\n') n++
  return n
}

/** The language a `shell:` value runs, or `other` for shells that are not checked. */
export function shellLang(shell: string): Lang | 'other' {
  const first = (shell.trim().split(/\s+/)[0] ?? '').split('/').pop() ?? ''
  if (first === 'bash') return 'bash'
  if (first === 'sh' || first === 'dash') return 'sh'
  if (/^python(\d+(\.\d+)?)?$/.test(first)) return 'python'
  if (first === 'node') return 'node'
  return 'other'
}

/** Why a shell has no checker here. */
function noChecker(shell: string): string {
  const first = (shell.trim().split(/\s+/)[0] ?? '').toLowerCase()
  if (first === 'pwsh' || first === 'powershell')
    return `${shell} (PowerShell): no PowerShell syntax checker here`
  if (first === 'cmd') return 'cmd: no cmd syntax checker here'
  return `${shell}: a custom shell gonogo has no syntax checker for`
}

/**
 * The snippets of every step site with a `run:`, each once per shell it runs under (a step
 * reached several ways, through callers or composite actions, is one snippet naming them all).
 */
export function extractScripts(sites: readonly StepSite[]): {
  snippets: Snippet[]
  unchecked: Unchecked[]
} {
  const snippets: Snippet[] = []
  const unchecked: Unchecked[] = []
  const byKey = new Map<string, Snippet[]>()
  const seenUnchecked = new Set<string>()
  for (const site of sites) {
    const run = site.step.run
    if (!run) continue
    const reportAt = site.aliasAt ?? run.alias?.at
    const at = `${site.file}\0${run.line}\0${reportAt ?? ''}`
    const shells = site.step.shellUnknown !== undefined ? [] : site.step.shells
    if (site.step.shellUnknown !== undefined) {
      const k = `${at}\0?`
      if (!seenUnchecked.has(k)) {
        seenUnchecked.add(k)
        unchecked.push({
          file: site.file,
          label: site.label,
          line: reportAt ?? run.line,
          shell: 'unknown',
          reason: `its shell cannot be known: ${site.step.shellUnknown}`
        })
      }
    }
    for (const shell of shells) {
      const key = `${at}\0${shell}`
      const known = byKey.get(key)
      if (known) {
        // The snippets of one step share one list of the ways it is reached.
        known[0]?.chains.push(site.chain)
        continue
      }
      const lang = shellLang(shell)
      if (lang === 'other') {
        if (!seenUnchecked.has(key)) {
          seenUnchecked.add(key)
          unchecked.push({
            file: site.file,
            label: site.label,
            line: reportAt ?? run.line,
            shell,
            reason: noChecker(shell)
          })
        }
        continue
      }
      const base: Base = {
        file: site.file,
        label: site.label,
        ...(reportAt !== undefined ? { reportAt } : {}),
        chains: [site.chain]
      }
      const text = withPlaceholders(run)
      const runLines = text.split('\n').map((_, i) => scriptLine(run, i + 1))
      const made: Snippet[] = [{ ...base, lang, text, origin: 'run', lines: runLines }]
      if (lang === 'bash' || lang === 'sh') made.push(...embedded(text, runLines, base))
      // Each snippet shares the chains list of the first, so later ways reach all of them.
      for (const m of made) m.chains = base.chains
      byKey.set(key, made)
      snippets.push(...made)
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

type Base = Pick<Snippet, 'file' | 'label' | 'reportAt' | 'chains'>

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
  /(^|[\s;|&(])(?:[^\s;|&()]*\/)?(node|python(?:\d+(?:\.\d+)?)?)((?:[ \t]+-(?!e\b|p\b|c\b)[\w-]+(?:=\S+|[ \t]+(?:module|commonjs)\b)?)*)[ \t]+(-e|-p|--eval|--print|-c)[ \t]+(['"])/g

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
    // `node --input-type=module -e '…'` runs the code as an ES module (withastro/astro);
    // without --input-type, Node detects module syntax.
    const module = isNode && /(^|\s)--input-type[= \t]+module(\s|$)/.test(m[3] ?? '')
    const detect = isNode && !/(^|\s)--input-type\b/.test(m[3] ?? '')
    out.push({
      ...base,
      lang: isNode ? 'node' : 'python',
      text: code,
      origin: `${tool}${module ? ' --input-type=module' : ''} ${flag}`,
      lines: runLines.slice(firstLine, firstLine + n),
      ...(module ? { module: true } : {}),
      ...(detect ? { detectModule: true as const } : {})
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
