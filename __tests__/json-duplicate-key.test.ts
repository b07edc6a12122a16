import { describe, expect, it } from '@jest/globals'
import { jsonDuplicateKey } from '../src/parsers/json-error.js'

// The counting fast path (text keys vs parsed properties) must agree with the keyed pass on
// every text: cases that trip a naive count (a `":` inside a string, escaped quotes and
// backslashes, `\u` spellings of one key, `__proto__`, whitespace before the colon).
const CASES: [string, string | undefined][] = [
  ['{"a":1,"b":2}', undefined],
  ['{"a":1,"a":2}', 'a'],
  ['{"a":"x\\":y","b":"\\\\","c":{"d":[{"e":1},{"e":2}]}}', undefined],
  ['{"a":"\\"","a" :2}', 'a'],
  ['{"a":1,"\\u0061":2}', 'a'],
  ['{"__proto__":1,"__proto__":2}', '__proto__'],
  ['{"__proto__":{"x":1},"y":2}', undefined],
  ['[{"k":1},{"k":1},{"k":{"k":1,"j":{"k":2,"k":3}}}]', 'k'],
  ['{"s":"\\\\\\"\\":"}', undefined],
  ['{ "a" \n\t: 1 , "b"\r\n:{"a":1}}', undefined],
  ['"just a string with \\":"', undefined],
  ['{"1":1,"01":2,"1.0":3}', undefined],
  ['{"":1,"":2}', '']
]

describe('jsonDuplicateKey', () => {
  it.each(CASES)('%s → %s', (text, key) => {
    const value = JSON.parse(text) as unknown
    expect(jsonDuplicateKey(text)?.key).toBe(key)
    expect(jsonDuplicateKey(text, value)?.key).toBe(key)
  })

  it('agrees with the keyed pass on generated texts', () => {
    let seed = 7
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const keys = ['a', 'b', '\\u0061', 'x\\"', ':', '\\\\', '__proto__']
    const gen = (depth: number): string => {
      const r = rnd(depth > 3 ? 3 : 5)
      if (r === 0) return `"${keys[rnd(keys.length)]}"`
      if (r === 1) return String(rnd(100))
      if (r === 2) return 'null'
      if (r === 3) return `[${Array.from({ length: rnd(3) }, () => gen(depth + 1)).join(',')}]`
      const n = rnd(4)
      return `{${Array.from({ length: n }, () => `"${keys[rnd(keys.length)]}" : ${gen(depth + 1)}`).join(', ')}}`
    }
    for (let i = 0; i < 3000; i++) {
      const text = gen(0)
      expect([text, jsonDuplicateKey(text, JSON.parse(text))?.key]).toEqual([
        text,
        jsonDuplicateKey(text)?.key
      ])
    }
  })
})
