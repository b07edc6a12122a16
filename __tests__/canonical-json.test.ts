// stableStringify returns unchanged parts of a value as they are instead of copying them: its
// output must stay byte for byte what sorting a full copy gave (bundles made before replay
// against it). The reference below is that earlier implementation.
import fc from 'fast-check'
import { stableStringify, stableStringifyBytes } from '../src/core/canonical-json.js'

function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k]
      if (v !== undefined) out[k] = sortedCopy(v)
    }
    return out
  }
  return value
}
const reference = (v: unknown, indent = 2): string => JSON.stringify(sortedCopy(v), null, indent)

// Keys that sort in surprising ways: integer-like (always enumerated first, in numeric order),
// upper before lower case, astral characters, the empty key, __proto__ as an own key.
const key = fc.oneof(
  fc.constantFrom('a', 'b', 'B', 'path', 'sha256', 'size', '10', '9', '0', '', 'é', '\u{1F600}'),
  fc.constantFrom('__proto__', 'toJSON', 'constructor'),
  fc.string({ maxLength: 4 })
)
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.constant(null)),
    fc.constant(undefined),
    fc.date({ noInvalidDate: true }),
    fc.array(tie('tree'), { maxLength: 5 }),
    fc.array(fc.tuple(key, tie('tree')), { maxLength: 6 }).map((entries) => {
      // Own properties defined one by one, __proto__ included as a real own key.
      const o: Record<string, unknown> = {}
      for (const [k, v] of entries)
        Object.defineProperty(o, k, {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true
        })
      return o
    }),
    fc.array(fc.tuple(key, tie('tree')), { maxLength: 4 }).map((entries) => {
      const o = Object.create(null) as Record<string, unknown>
      for (const [k, v] of entries) o[k] = v
      return o
    })
  )
}))

describe('stableStringify', () => {
  it('writes exactly what sorting a full copy wrote, at any indent', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom(0, 2), (v, indent) => {
        expect(stableStringify(v, indent)).toBe(reference(v, indent))
      }),
      { numRuns: 3000 }
    )
  })

  it('sorts keys at every depth and drops undefined members', () => {
    expect(stableStringify({ b: 1, a: { d: undefined, c: [{ z: 1, y: 2 }] } }, 0)).toBe(
      '{"a":{"c":[{"y":2,"z":1}]},"b":1}'
    )
  })

  it('a sorted object with an undefined member, or a changed member after sorted ones', () => {
    expect(stableStringify({ a: 1, b: undefined, c: 3 }, 0)).toBe('{"a":1,"c":3}')
    expect(stableStringify({ a: 1, b: { y: 1, x: 2 } }, 0)).toBe('{"a":1,"b":{"x":2,"y":1}}')
    expect(stableStringify([1, { b: 1, a: 2 }, 3], 0)).toBe('[1,{"a":2,"b":1},3]')
  })
})

// Large arrays (an executive summary's file lists) written apart, spliced in at their depth.
const big = fc.oneof(
  fc.array(fc.string({ maxLength: 6 }), { minLength: 256, maxLength: 300 }),
  fc.array(fc.record({ path: fc.string({ maxLength: 8 }), sha256: fc.string({ maxLength: 4 }) }), {
    minLength: 256,
    maxLength: 270
  }),
  fc.array(fc.array(fc.integer(), { maxLength: 2 }), { minLength: 256, maxLength: 260 })
)
const { withBig } = fc.letrec((tie) => ({
  withBig: fc.oneof(
    { depthSize: 'small' },
    tree,
    big,
    fc.array(tie('withBig'), { maxLength: 3 }),
    fc.dictionary(key, tie('withBig'), { maxKeys: 4 }),
    fc.record({ message: fc.constantFrom('3 of 9 failed; …', 'a ≠ b', '\u{1F600}', 'plain') })
  )
}))

describe('stableStringifyBytes', () => {
  it('gives the bytes of stableStringify plus the suffix, large arrays at any depth and indent', () => {
    fc.assert(
      fc.property(
        withBig,
        fc.constantFrom(0, 2, 4),
        fc.constantFrom('', '\n'),
        (v, indent, end) => {
          const want = Buffer.from(`${stableStringify(v, indent)}${end}`, 'utf8')
          expect(stableStringifyBytes(v, indent, end).equals(want)).toBe(true)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('writes the text whole when the value itself holds the part marker', () => {
    const files = Array.from({ length: 300 }, (_, i) => `f${i}`)
    for (const v of [
      { a: 'mark-0', files },
      { files, z: 'mark-0' },
      { files, z: ['mark-1'] },
      { 'mark-0': 1, files },
      { files, other: [...files], note: 'mark-5' },
      { note: 'xmark-0y', files }
    ]) {
      const want = Buffer.from(`${stableStringify(v)}\n`, 'utf8')
      expect(stableStringifyBytes(v, 2, '\n', 'mark-').equals(want)).toBe(true)
    }
  })

  it('keeps a summary-shaped value one-byte apart from its message', () => {
    const files = Array.from({ length: 1000 }, (_, i) => ({
      path: `r/${i}.json`,
      sha256: 'a'.repeat(64)
    }))
    const v = {
      controls: [{ message: '4 of 1000 files failed: …', evidence: { files } }],
      inputs: { files }
    }
    expect(stableStringifyBytes(v, 2, '\n').toString('utf8')).toBe(`${stableStringify(v)}\n`)
  })
})
