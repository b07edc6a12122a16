/**
 * Repository name globs matched in linear time (issue 19, organisation scale). Repository names
 * are chosen by anyone who may create a repository in the organisation, and the globs that are
 * matched against them (`org.overrides[].repositories` of the policy, the plan's `include` and
 * `exclude`) were compiled by picomatch into backtracking regular expressions: `*-*-*-*-*-*-x`
 * took half a second against one 100-character name `a-a-a-…`, `*a*a*a*a*a*a*b` against 100 `a`
 * did not finish in a minute, and a plan or shard would hang on one such name. Here a glob is
 * parsed into a small automaton and run as a Thompson NFA (Thompson 1968; Cox, "Regular
 * Expression Matching Can Be Simple And Fast", 2007): every name character is looked at once per
 * automaton state, so a match costs at most (name length + 1) × (glob length + 1) steps whatever
 * the glob, and nothing backtracks.
 *
 * The language, a subset of picomatch's that it matches exactly as picomatch does with
 * `{ nocase: true, dot: true }` (the options used before; `__tests__/name-glob.test.ts` compares
 * the two):
 * - letters, digits, `.`, `_` and `-` match themselves, letters without case (ASCII folding, as
 *   GitHub compares repository names);
 * - `*` any run of characters, empty included (a leading `.` too); `?` any one character;
 * - `[...]` one character of a class of those characters and ranges `a-z` (without case; a `-`
 *   first or last, or right after a range, is itself);
 * - `{a,b,…}` one of the alternatives, each a glob itself (nesting allowed, an alternative may be
 *   empty: `svc-1{,0}`).
 * Everything else is refused when the glob is loaded, naming why ({@link nameGlobProblem}):
 * another character (a name holds only letters, digits, `.`, `_` and `-`: `/`, `!`, `(`, `\` …),
 * an unbalanced or nested `[`, an empty `[]`, a range that runs backwards, a `{…}` without `,`
 * (picomatch reads it literally), a range `{1..3}` (write `[1-3]` or `{1,2,3}`), a `,` outside
 * braces, or more than {@link MAX_NAME_GLOB_LENGTH} characters. The names `.` and `..`, which no
 * repository can have, match no glob.
 */

/** Longest glob accepted: a repository name has at most 100 characters. */
export const MAX_NAME_GLOB_LENGTH = 100

/** One automaton state: a character test, a fork, or the accepting state. */
type State =
  | { kind: 'char'; test: (code: number) => boolean; out: number }
  | { kind: 'fork'; outs: number[] }
  | { kind: 'match' }

/** A glob as parsed: literal character, `?`, `*`, class, or alternatives. */
type Node =
  | { t: 'lit'; code: number }
  | { t: 'any' }
  | { t: 'star' }
  | { t: 'class'; ranges: [number, number][] }
  | { t: 'alt'; options: Node[][] }

const NAME_CHAR = /^[A-Za-z0-9_.-]$/
const GLOB_CHAR = /^[A-Za-z0-9_.*?[\]{},-]$/

/** ASCII upper-case letters folded to lower case; every other code as is. */
function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

/** The other case of an ASCII letter, else the code itself. */
function otherCase(code: number): number {
  if (code >= 65 && code <= 90) return code + 32
  if (code >= 97 && code <= 122) return code - 32
  return code
}

/**
 * Why a repository name glob cannot be used, or undefined (the rules at the top of this module).
 * The message names the character and its position (1-based) when one is to blame.
 */
export function nameGlobProblem(glob: string): string | undefined {
  const parsed = parse(glob)
  return 'error' in parsed ? parsed.error : undefined
}

/**
 * A matcher for any of `globs` (a name matches when one of them does), compiled once; each call
 * takes time linear in the name's length times the globs' total length.
 *
 * @throws RangeError naming the first glob {@link nameGlobProblem} refuses and why
 */
export function compileNameGlobs(globs: readonly string[]): (name: string) => boolean {
  const starts: number[] = []
  const states: State[] = [{ kind: 'match' }]
  for (const glob of globs) {
    const parsed = parse(glob)
    if ('error' in parsed)
      throw new RangeError(
        `${JSON.stringify(glob.slice(0, 120))} is not a usable repository name glob: ${parsed.error}`
      )
    starts.push(build(states, parsed.nodes, 0))
  }
  const start = states.length
  states.push({ kind: 'fork', outs: starts })
  return (name) => run(states, start, name)
}

/** Does `name` match `glob`? Convenience for one glob; see {@link compileNameGlobs}. */
export function matchesNameGlob(glob: string, name: string): boolean {
  return compileNameGlobs([glob])(name)
}

/** Parses a glob, or says why it cannot be used. */
function parse(glob: string): { nodes: Node[] } | { error: string } {
  if (glob.length === 0) return { error: 'an empty glob matches no name' }
  if (glob.length > MAX_NAME_GLOB_LENGTH)
    return {
      error: `longer than ${MAX_NAME_GLOB_LENGTH} characters (a repository name has at most 100)`
    }
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string
    if (!GLOB_CHAR.test(c))
      return {
        error: `${JSON.stringify(c)} at character ${i + 1}: a repository name holds only letters, digits, '.', '_' and '-', and a glob adds * ? [ ] { } ,`
      }
  }
  // The balance checks first, with the messages the policy loader has always given.
  let square = 0
  const curly: number[] = []
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string
    if (c === '[') {
      if (square > 0) return { error: "a '[' inside a [...] class" }
      square++
    } else if (c === ']') {
      if (square === 0) return { error: "a ']' without its '['" }
      square--
    } else if (square > 0) continue
    else if (c === '{') curly.push(i)
    else if (c === '}') {
      if (curly.pop() === undefined) return { error: "a '}' without its '{'" }
    } else if (c === '.' && glob[i + 1] === '.' && curly.length > 0) {
      const open = curly.at(-1) as number
      const close = glob.indexOf('}', i)
      return {
        error: `a range '${glob.slice(open, close + 1)}' at character ${open + 1}: ranges in braces are not supported; write a class such as [1-3] or the alternatives {1,2,3}`
      }
    }
  }
  if (square > 0) return { error: "a '[' without its ']'" }
  if (curly.length > 0) return { error: "a '{' without its '}'" }
  const p = { glob, i: 0 }
  const seq = parseSeq(p, 0)
  if ('error' in seq) return seq
  if (p.i < glob.length) return { error: `${JSON.stringify(glob[p.i])} at character ${p.i + 1}` }
  return { nodes: seq.nodes }
}

/** A sequence up to the end, or (inside braces, depth > 0) up to its `,` or `}`. */
function parseSeq(
  p: { glob: string; i: number },
  depth: number
): { nodes: Node[] } | { error: string } {
  const nodes: Node[] = []
  const g = p.glob
  while (p.i < g.length) {
    const c = g[p.i] as string
    if (c === ',' || c === '}') {
      if (depth > 0) break
      return {
        error: `a ',' outside {…} at character ${p.i + 1}: a repository name holds no ','; give each glob as its own entry`
      }
    }
    if (c === '*') {
      // `**` is `*` for a name (it holds no '/').
      if (nodes.at(-1)?.t !== 'star') nodes.push({ t: 'star' })
      p.i++
    } else if (c === '?') {
      nodes.push({ t: 'any' })
      p.i++
    } else if (c === '[') {
      const cls = parseClass(p)
      if ('error' in cls) return cls
      nodes.push(cls.node)
    } else if (c === '{') {
      const alt = parseAlt(p, depth)
      if ('error' in alt) return alt
      nodes.push(alt.node)
    } else {
      nodes.push({ t: 'lit', code: fold(c.charCodeAt(0)) })
      p.i++
    }
  }
  return { nodes }
}

/** `[...]` at p.i: its ranges (a single character is a range of one). */
function parseClass(p: { glob: string; i: number }): { node: Node } | { error: string } {
  const g = p.glob
  const open = p.i
  const close = g.indexOf(']', open + 1)
  const body = g.slice(open + 1, close)
  if (body.length === 0) return { error: "an empty '[]' class" }
  const ranges: [number, number][] = []
  for (let k = 0; k < body.length;) {
    const c = body[k] as string
    if (!NAME_CHAR.test(c))
      return {
        error: `${JSON.stringify(c)} inside a [...] class at character ${open + 2 + k}: a class holds letters, digits, '.', '_', '-' and ranges such as a-z`
      }
    const to = body[k + 2]
    if (body[k + 1] === '-' && to !== undefined) {
      if (!NAME_CHAR.test(to))
        return {
          error: `${JSON.stringify(to)} inside a [...] class at character ${open + 4 + k}: a class holds letters, digits, '.', '_', '-' and ranges such as a-z`
        }
      const lo = c.charCodeAt(0)
      const hi = to.charCodeAt(0)
      if (lo > hi)
        return {
          error: `the range '${c}-${to}' at character ${open + 2 + k} runs backwards (it would match nothing); write '${to}-${c}'`
        }
      ranges.push([lo, hi])
      k += 3
    } else {
      ranges.push([c.charCodeAt(0), c.charCodeAt(0)])
      k++
    }
  }
  p.i = close + 1
  return { node: { t: 'class', ranges } }
}

/** `{a,b,…}` at p.i: its alternatives. */
function parseAlt(
  p: { glob: string; i: number },
  depth: number
): { node: Node } | { error: string } {
  const g = p.glob
  const open = p.i
  p.i++
  const options: Node[][] = []
  for (;;) {
    const seq = parseSeq(p, depth + 1)
    if ('error' in seq) return seq
    options.push(seq.nodes)
    const c = g[p.i]
    p.i++
    if (c === '}') break
    // c is ',' (the balance check guarantees a '}' follows)
  }
  if (options.length < 2)
    return {
      error: `'${g.slice(open, p.i)}' at character ${open + 1} has no ',' (picomatch reads it as the text itself); write alternatives such as {a,b}, or drop the braces`
    }
  return { node: { t: 'alt', options } }
}

/** Adds the states of `nodes` before state `next`; returns the first state's index. */
function build(states: State[], nodes: readonly Node[], next: number): number {
  let at = next
  for (let k = nodes.length - 1; k >= 0; k--) {
    const n = nodes[k] as Node
    if (n.t === 'alt') {
      const outs = n.options.map((o) => build(states, o, at))
      states.push({ kind: 'fork', outs })
      at = states.length - 1
    } else if (n.t === 'star') {
      const fork: State = { kind: 'fork', outs: [] }
      states.push(fork)
      const forkAt = states.length - 1
      states.push({ kind: 'char', test: () => true, out: forkAt })
      fork.outs.push(states.length - 1, at)
      at = forkAt
    } else {
      states.push({ kind: 'char', test: testOf(n), out: at })
      at = states.length - 1
    }
  }
  return at
}

function testOf(n: Extract<Node, { t: 'lit' | 'any' | 'class' }>): (code: number) => boolean {
  if (n.t === 'any') return () => true
  if (n.t === 'lit') {
    const want = n.code
    return (code) => fold(code) === want
  }
  const ranges = n.ranges
  const inRange = (code: number): boolean => ranges.some(([lo, hi]) => code >= lo && code <= hi)
  // As a regular expression's class with the `i` flag: the character or its other case.
  return (code) => inRange(code) || inRange(otherCase(code))
}

/** Runs the automaton over `name`: the set of live states, one step per character. */
function run(states: readonly State[], start: number, name: string): boolean {
  if (name === '.' || name === '..' || name.length === 0) return false
  const seen = new Int32Array(states.length).fill(-1)
  let current: number[] = []
  const add = (list: number[], s: number, step: number): void => {
    const stack = [s]
    while (stack.length > 0) {
      const x = stack.pop() as number
      if (seen[x] === step) continue
      seen[x] = step
      const st = states[x] as State
      if (st.kind === 'fork')
        for (let k = st.outs.length - 1; k >= 0; k--) stack.push(st.outs[k] as number)
      else list.push(x)
    }
  }
  add(current, start, 0)
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i)
    const next: number[] = []
    for (const x of current) {
      const st = states[x] as State
      if (st.kind === 'char' && st.test(code)) add(next, st.out, i + 1)
    }
    if (next.length === 0) return false
    current = next
  }
  return current.some((x) => states[x]?.kind === 'match')
}
