// Issue 19, second break test (F4): repository name globs matched in linear time
// (src/core/name-glob.ts). picomatch compiled them into backtracking regular expressions, so a
// repository name chosen by anyone who may create a repository hung the plan or a shard
// (`*a*a*a*a*a*a*b` against 100 `a` did not finish in a minute). The language is a subset of
// picomatch's, matched exactly as picomatch matches it with { nocase: true, dot: true } (the
// options used before): compared here on generated globs and names.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import picomatch from 'picomatch'
import {
  compileNameGlobs,
  matchesNameGlob,
  MAX_NAME_GLOB_LENGTH,
  nameGlobProblem
} from '../src/core/name-glob.js'
import { selectRepos, type OrgRepo } from '../src/core/org.js'

const picomatchSays = (glob: string, name: string): boolean =>
  picomatch.isMatch(name, glob, { nocase: true, dot: true })

describe('the globs users write match as picomatch matched them', () => {
  const names = ['svc-1', 'svc-10', 'SVC-2', '.github', 'x.y_z', 'legacy-a', 'svc-1.old', 'svc-3']
  test.each([
    ['SVC-1', ['svc-1']],
    ['svc-[1-3]', ['svc-1', 'SVC-2', 'svc-3']],
    ['svc-1.*', ['svc-1.old']],
    ['*', names],
    ['**', names],
    ['svc-?', ['svc-1', 'SVC-2', 'svc-3']],
    ['*.old', ['svc-1.old']],
    ['x.y?z', ['x.y_z']],
    ['svc-1{,0}', ['svc-1', 'svc-10']],
    ['{svc,legacy}-*', ['svc-1', 'svc-10', 'SVC-2', 'legacy-a', 'svc-1.old', 'svc-3']],
    ['team-*-svc', []],
    ['.*', ['.github']]
  ])('%s', (glob, want) => {
    expect(nameGlobProblem(glob)).toBeUndefined()
    const m = compileNameGlobs([glob])
    expect(names.filter((n) => m(n))).toEqual(want)
    expect(names.filter((n) => picomatchSays(glob, n))).toEqual(want)
  })

  test('property: on the accepted language, the same answer as picomatch', () => {
    const atom = fc.constantFrom(
      'a',
      'b',
      'A',
      'B',
      'z',
      '-',
      '.',
      '_',
      '1',
      '*',
      '?',
      '[a-c]',
      '[A-b]',
      '[-a]',
      '[a-]',
      '[._]',
      '[0-9x]',
      '{a,b}',
      '{,a}',
      '{a*,b?}',
      '{a,{b,c}}',
      '{-,.}',
      '{A,bb,}'
    )
    const name = fc
      .array(fc.constantFrom('a', 'A', 'b', 'B', 'c', 'z', '-', '.', '_', '1', '`', '^'), {
        minLength: 1,
        maxLength: 8
      })
      .map((cs) => cs.join(''))
      .filter((n) => n !== '.' && n !== '..')
    fc.assert(
      fc.property(
        fc.array(atom, { minLength: 1, maxLength: 6 }).map((as) => as.join('')),
        fc.array(name, { minLength: 1, maxLength: 6 }),
        (glob, ns) => {
          expect(nameGlobProblem(glob)).toBeUndefined()
          const m = compileNameGlobs([glob])
          for (const n of ns) expect([glob, n, m(n)]).toEqual([glob, n, picomatchSays(glob, n)])
        }
      ),
      { numRuns: 2000 }
    )
  })

  test('any of several globs; the names . and .. match none', () => {
    const m = compileNameGlobs(['api-*', 'web'])
    expect(['api-x', 'WEB', 'web-2', 'x'].filter((n) => m(n))).toEqual(['api-x', 'WEB'])
    expect(matchesNameGlob('*', '.')).toBe(false)
    expect(matchesNameGlob('?', '.')).toBe(false)
    expect(matchesNameGlob('..', '..')).toBe(false)
    expect(compileNameGlobs([])('x')).toBe(false)
  })
})

describe('names chosen to make a backtracking matcher hang are answered', () => {
  // The break test's patterns (/tmp/break19b/pm.mjs): each took half a second or more than a
  // minute per name with picomatch's regular expression. The matcher's steps are bounded by
  // (name length + 1) × (glob length + 1) whatever the glob; the answers are asserted here.
  test.each([
    ['*-*-*-*-*-*-x', 'a-'.repeat(50), false],
    ['*-*-*-*-*-*-x', `${'a-'.repeat(49)}x`, true],
    ['*a*a*a*a*a*a*b', 'a'.repeat(100), false],
    ['*a*a*a*a*a*a*b', `${'a'.repeat(99)}b`, true],
    ['{a,a}'.repeat(19) + 'b', 'a'.repeat(19), false],
    ['{a,a}'.repeat(19) + 'b', `${'a'.repeat(19)}b`, true],
    ['{a,aa,aaa}'.repeat(9) + 'b', 'a'.repeat(100), false],
    [`${'*?'.repeat(33)}c`, 'ab'.repeat(50), false]
  ])('%s against a name of %#', (glob, name, want) => {
    expect(nameGlobProblem(glob)).toBeUndefined()
    expect(matchesNameGlob(glob, name)).toBe(want)
  })

  test('the plan selects among 2,000 such names with such include and exclude globs', () => {
    const repo = (name: string): OrgRepo => ({
      full_name: `acme/${name}`,
      archived: false,
      visibility: 'private',
      topics: [],
      default_branch: 'main'
    })
    const repos = Array.from({ length: 2000 }, (_, i) =>
      repo(
        i % 2 === 0 ? `${'a'.repeat(95)}${String(i).padStart(5, '0')}` : `${'a-'.repeat(45)}${i}`
      )
    )
    const chosen = selectRepos(repos, {
      include: ['*a*a*a*a*a*a*b', '*-*-*-*-*-*-1*'],
      exclude: ['*a*a*a*a*a*a*a*a*0']
    })
    expect(chosen.length).toBe(
      repos.filter((_, i) => i % 2 === 1 && String(i).startsWith('1') && !String(i).endsWith('0'))
        .length
    )
  })
})

describe('a glob outside the language is refused, naming why', () => {
  test.each([
    ['', /empty glob/],
    ['a'.repeat(MAX_NAME_GLOB_LENGTH + 1), /longer than 100 characters/],
    ['acme/web', /"\/" at character 5: a repository name holds only/],
    ['!svc-1', /"!" at character 1/],
    ['svc-+(1|0)', /"\+" at character 5/],
    ['legacy-[ab', /a '\[' without its '\]'/],
    ['pay{ments,outs', /a '\{' without its '\}'/],
    ['pay}', /a '\}' without its '\{'/],
    ['a]', /a '\]' without its '\['/],
    ['[[a]]', /a '\[' inside a \[\.\.\.\] class/],
    ['svc-[]', /an empty '\[\]' class/],
    ['svc-[z-a]', /the range 'z-a' at character 6 runs backwards/],
    ['svc-[*]', /"\*" inside a \[\.\.\.\] class at character 6/],
    ['svc-{1..3}', /a range '\{1\.\.3\}' at character 5: .*\[1-3\]/],
    ['svc-{1}', /'\{1\}' at character 5 has no ','/],
    ['svc{}', /'\{\}' at character 4 has no ','/],
    ['svc-1,svc-2', /a ',' outside \{…\} at character 6/]
  ])('%s', (glob, why) => {
    expect(nameGlobProblem(glob)).toMatch(why)
    expect(() => compileNameGlobs(['ok', glob])).toThrow(RangeError)
    expect(() => selectRepos([], { include: [glob] })).toThrow(
      /is not a usable repository name glob/
    )
  })
})
