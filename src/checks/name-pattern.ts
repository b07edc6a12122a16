/**
 * The check names a job could report under when its name cannot be worked out before the run
 * (a name or matrix from `needs.*` outputs, a reusable workflow in another repository): the parts
 * that are known, with a wildcard where text is only known at run time. A required check is then
 * only in doubt when such a pattern could spell it: `lint (${{ … }})` may be `lint (x)`, never
 * `deploy`. Pure.
 */

/** Known text, or `null` for text only known when the workflow runs (any characters). */
export type Segment = string | null

export interface NamePattern {
  /** The name as written, for messages, e.g. `lint (${{ matrix.target }})`. */
  shown: string
  /** Each way the name may be spelled; `[]`: the job reports no check at all. */
  alternatives: Segment[][]
}

/** GitHub shows at most this many characters of a check name; longer ones end in `...`. */
const SHOWN = 100
const CUT = '...'

/**
 * Whether some name the pattern allows is shown by GitHub as `name`: spelled exactly, or cut to
 * its first 97 characters and `...` (GitHub's limit of 100 characters).
 */
export function couldBeNamed(pattern: NamePattern, name: string): boolean {
  const cut = name.length === SHOWN && name.endsWith(CUT) ? name.slice(0, SHOWN - CUT.length) : ''
  return pattern.alternatives.some(
    (alt) => matches(alt, name, false) || (cut !== '' && matches(alt, cut, true))
  )
}

/** `null` tokens match any text; with `prefix`, `s` need only be the start of a match. */
function matches(alt: readonly Segment[], s: string, prefix: boolean): boolean {
  const tokens: (string | null)[] = []
  for (const seg of alt) {
    if (seg === null) {
      if (tokens[tokens.length - 1] !== null || tokens.length === 0) tokens.push(null)
    } else for (const ch of seg) tokens.push(ch)
  }
  const close = (states: Set<number>): Set<number> => {
    for (const i of [...states]) {
      let k = i
      while (tokens[k] === null) states.add(++k)
    }
    return states
  }
  let states = close(new Set([0]))
  for (const ch of s) {
    const next = new Set<number>()
    for (const i of states) {
      const t = tokens[i]
      if (t === null) next.add(i)
      else if (t === ch) next.add(i + 1)
    }
    if (next.size === 0) return false
    states = close(next)
  }
  return prefix ? states.size > 0 : states.has(tokens.length)
}

/**
 * Splits a scalar written with `${{ }}` into its text and its expressions, by GitHub's grammar (a
 * `}}` inside a quoted string does not end an expression).
 *
 * @returns text pieces and `{ expr }` pieces, in order
 */
export function splitTemplate(source: string): (string | { expr: string })[] {
  const out: (string | { expr: string })[] = []
  let text = ''
  let i = 0
  while (i < source.length) {
    if (source.startsWith('${{', i)) {
      let j = i + 3
      let quoted = false
      while (j < source.length) {
        if (source[j] === "'") quoted = !quoted
        else if (!quoted && source.startsWith('}}', j)) break
        j++
      }
      if (j >= source.length) {
        text += source.slice(i)
        break
      }
      if (text) out.push(text)
      text = ''
      out.push({ expr: source.slice(i + 3, j).trim() })
      i = j + 2
      continue
    }
    text += source[i]
    i++
  }
  if (text) out.push(text)
  return out
}

/** `shown` followed by anything: the checks of a job whose callee cannot be read. */
export function startingWith(shown: string, known: readonly string[]): NamePattern {
  return { shown, alternatives: known.map((k) => [k, null]) }
}

/** A pattern that spells no check: the job would not run at all (GitHub refuses the workflow). */
export function noName(shown: string): NamePattern {
  return { shown, alternatives: [] }
}
