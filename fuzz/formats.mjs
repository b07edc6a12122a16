/* global TextDecoder */
/**
 * Format-aware generators: each returns `{ op, bytes | text, mustNotPass }` for one input derived
 * from a seed. `mustNotPass` is set only where the oracle is sure: a failing seed under a mutation
 * that keeps what made it fail, or a mutation that by itself must not pass (a cut, a second root
 * element, a declared failure that no element lists, an entity that would expand into a failure).
 */
import {
  encodeAs,
  flipBytes,
  garbage,
  hugeNumber,
  insertAt,
  spliceSlice,
  toBytes,
  truncate
} from './mutate.mjs'

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

// ---------------------------------------------------------------- XML (JUnit)

/** Offsets a byte flip may not touch for a failing seed to stay failing. */
function protectedXml(text) {
  const ranges = []
  const add = (re) => {
    for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length])
  }
  add(/<(?:failure|error)\b[^>]*>/g)
  add(/<\/(?:failure|error)\s*>/g)
  add(/\b(?:failures|errors)\s*=\s*"[^"]*"/g)
  add(/<!--|-->|<!\[CDATA\[|\]\]>/g)
  return ranges
}

function byteOffsetsToText(text) {
  // Seeds are ASCII apart from a few characters; map byte offsets through the UTF-8 encoding.
  const map = []
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
    for (let k = 0; k < n; k++) map.push(i)
    if (cp > 0xffff) i++
  }
  return map
}

/** Elements that may account for a declared failure: more than this many cannot be explained. */
function listedProblems(text) {
  return (text.match(/<(?:failure|error|flakyFailure|flakyError|rerunFailure|rerunError)\b/g) ?? [])
    .length
}

/** Sets (or adds) `attr="value"` on the first start tag named `element`. */
function setAttr(text, element, attr, value) {
  const re = new RegExp(`<${element}\\b[^>]*>`)
  const m = re.exec(text)
  if (!m) return undefined
  const tag = m[0]
  const has = new RegExp(`\\s${attr}\\s*=\\s*"[^"]*"`)
  const next = has.test(tag)
    ? tag.replace(has, ` ${attr}="${value}"`)
    : tag.replace(new RegExp(`^<${element}`), `<${element} ${attr}="${value}"`)
  return text.slice(0, m.index) + next + text.slice(m.index + tag.length)
}

function rootName(text) {
  return /<(testsuites|testsuite)\b/.exec(text)?.[1] ?? 'testsuites'
}

/** Offset just after the root's start tag. */
function afterRootOpen(text) {
  const m = /<(?:testsuites|testsuite)\b[^>]*>/.exec(text)
  return m ? m.index + m[0].length : 0
}

/** Offset just after the first non-empty <testcase …> start tag, or after the root start tag. */
function insideCase(text) {
  const m = /<testcase\b[^>]*[^/]>/.exec(text)
  return m ? m.index + m[0].length : afterRootOpen(text)
}

const DOCTYPES = [
  (r) => `<!DOCTYPE ${r} SYSTEM "http://127.0.0.1:9/junit.dtd">`,
  (r) => `<!DOCTYPE ${r} [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`,
  (r) => `<!DOCTYPE ${r} [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>`,
  (r) => `<!DOCTYPE ${r} [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>`,
  (r) => `<!DOCTYPE ${r} [<!ELEMENT ${r} ANY><!ATTLIST ${r} failures CDATA "0">]>`,
  (r) => `<!DOCTYPE ${r}><!DOCTYPE ${r}>`,
  (r) => `<!DOCTYPE${r}>`
]

function billionLaughs(depth) {
  let d = '<!ENTITY l0 "lol">'
  for (let i = 1; i <= depth; i++) d += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`
  return { decl: d, ref: `&l${depth};` }
}

/** One JUnit input from `seed` ({ text, failing }). */
export function junitInput(seed, rng) {
  const { text, failing } = seed
  const root = rootName(text)
  const ops = [
    'flip',
    'flip',
    'flip',
    'truncate',
    'truncate',
    'splice',
    'encoding',
    'proto',
    'dupAttr',
    'doctype',
    'entityFailure',
    'billionLaughs',
    'roots',
    'totals',
    'hugeTotals',
    'commentWrapped',
    'cdataWrapped',
    'pi',
    'garbage',
    'random'
  ]
  // Large inputs (the costly ones) are one in twenty.
  const op = rng.chance(0.05) ? rng.pick(['deep', 'deepSuites', 'manyCases']) : rng.pick(ops)
  switch (op) {
    case 'flip': {
      const bytes = toBytes(text)
      const { bytes: out, at } = flipBytes(bytes, rng)
      const map = byteOffsetsToText(text)
      const ranges = protectedXml(text)
      const safe = at.every((b) => {
        const i = map[b] ?? 0
        return !ranges.some(([s, e]) => i >= s - 1 && i <= e)
      })
      return { op, bytes: out, mustNotPass: failing && safe }
    }
    case 'truncate': {
      const cut = truncate(text, rng)
      const end = text.lastIndexOf('>') + 1
      return { op, text: cut.text, mustNotPass: cut.at < end }
    }
    case 'splice':
      return { op, text: spliceSlice(text, rng), mustNotPass: false }
    case 'encoding': {
      // UTF-16 text must not declare UTF-8: rewrite the declaration as XML requires (§4.3.3).
      const { bytes, kind } = encodeAs(text.replace(/encoding="[^"]*"/i, ''), rng)
      return { op: `encoding:${kind}`, bytes, mustNotPass: failing }
    }
    case 'deep': {
      const n = rng.pick([100, 1000, 10_000, 100_000, 300_000])
      const at = insideCase(text)
      const nest = '<x>'.repeat(n) + '</x>'.repeat(n)
      return { op, text: text.slice(0, at) + nest + text.slice(at), mustNotPass: failing }
    }
    case 'deepSuites': {
      const n = rng.pick([50, 1000, 20_000, 100_000])
      const inner = `<testcase name="deep"><failure message="deep"/></testcase>`
      const nest = '<testsuite name="s">'.repeat(n) + inner + '</testsuite>'.repeat(n)
      const at = afterRootOpen(text)
      return { op, text: text.slice(0, at) + nest + text.slice(at), mustNotPass: true }
    }
    case 'proto': {
      const bits = [
        '<__proto__ polluted="yes"/>',
        '<constructor>x</constructor>',
        '<toString/>',
        '<hasOwnProperty a="1"/>',
        '<testcase name="constructor" classname="__proto__"><failure message="proto"/></testcase>',
        '<testcase name="toString"/>'
      ]
      const bit = rng.pick(bits)
      const addsFailure = bit.includes('<failure')
      const at = bit.startsWith('<testcase') ? afterRootOpen(text) : insideCase(text)
      let out = text.slice(0, at) + bit + text.slice(at)
      if (rng.chance(0.3))
        out = out.replace(/<testcase\b/, '<testcase __proto__="x" constructor="y"')
      if (bit.startsWith('<testcase') && root === 'testsuites') {
        // A test case directly in <testsuites> has no suite: wrap it in one.
        out = text.slice(0, at) + `<testsuite name="__proto__">${bit}</testsuite>` + text.slice(at)
      }
      return { op, text: out, mustNotPass: failing || addsFailure }
    }
    case 'dupAttr': {
      const out = text.replace(/<(testsuites|testsuite)\b/, '<$1 failures="0" failures="0"')
      return { op, text: out, mustNotPass: true }
    }
    case 'doctype': {
      const d = rng.pick(DOCTYPES)(root)
      const decl = /^<\?xml[^>]*\?>/.exec(text)
      const at = decl ? decl[0].length : 0
      let out = text.slice(0, at) + d + text.slice(at)
      if (d.includes('xxe') && rng.chance(0.7))
        out = out.replace(/(<testcase\b[^>]*[^/]>)/, '$1&xxe;')
      if (d.includes('ENTITY b') && rng.chance(0.7))
        out = out.replace(/(<testcase\b[^>]*[^/]>)/, '$1&b;')
      return { op, text: out, mustNotPass: failing || /&(xxe|b);/.test(out) }
    }
    case 'entityFailure': {
      const decl = /^<\?xml[^>]*\?>/.exec(text)
      const at = decl ? decl[0].length : 0
      const ent =
        root === 'testsuites'
          ? `<testsuite name="e"><testcase name="e"><failure message="from an entity"/></testcase></testsuite>`
          : `<testcase name="e"><failure message="from an entity"/></testcase>`
      const r = afterRootOpen(text)
      const out =
        text.slice(0, at) +
        `<!DOCTYPE ${root} [<!ENTITY f '${ent}'>]>` +
        text.slice(at, r) +
        '&f;' +
        text.slice(r)
      return { op, text: out, mustNotPass: true }
    }
    case 'billionLaughs': {
      const { decl, ref } = billionLaughs(rng.between(3, 9))
      const d = /^<\?xml[^>]*\?>/.exec(text)
      const at = d ? d[0].length : 0
      const r = insideCase(text)
      const out =
        text.slice(0, at) + `<!DOCTYPE ${root} [${decl}]>` + text.slice(at, r) + ref + text.slice(r)
      return { op, text: out, mustNotPass: true }
    }
    case 'roots': {
      const extra = rng.pick([
        '<testsuite name="second" tests="1"><testcase name="ok"/></testsuite>',
        text.replace(/^<\?xml[^>]*\?>/, ''),
        `<${root}/>`,
        '<other/>'
      ])
      const out = rng.chance(0.5) ? text + extra : text.replace(/^(<\?xml[^>]*\?>)?/, `$1${extra}`)
      return { op, text: out, mustNotPass: true }
    }
    case 'totals': {
      const element = rng.pick(['testsuites', 'testsuite'])
      const attr = rng.pick(['failures', 'errors'])
      const n = listedProblems(text) + rng.between(1, 3)
      const out = setAttr(text, element === 'testsuites' ? root : 'testsuite', attr, String(n))
      // On the root the declared count exceeds every element listed: it must fail.
      return {
        op,
        text: out ?? text,
        mustNotPass: out !== undefined && (element === root || failing)
      }
    }
    case 'hugeTotals': {
      const attr = rng.pick(['failures', 'errors', 'tests'])
      const v = rng.pick(['99999999999999999999', '1e3', '-1', '0x1', '１', 'NaN', '1.5', ' 7 '])
      const out = setAttr(text, root, attr, v) ?? text
      const failingAttr = attr !== 'tests' && !['-1'].includes(v) && v.trim() !== '0'
      return { op, text: out, mustNotPass: failing || failingAttr }
    }
    case 'commentWrapped':
    case 'cdataWrapped': {
      const hidden = `<testcase name="hidden"><failure message="hidden"/></testcase>`
      const wrapped = op === 'commentWrapped' ? `<!--${hidden}-->` : `<![CDATA[${hidden}]]>`
      const at = afterRootOpen(text)
      const inner = root === 'testsuites' ? `<testsuite name="w">${wrapped}</testsuite>` : wrapped
      let out = text.slice(0, at) + inner + text.slice(at)
      out = setAttr(out, root, 'failures', String(listedProblems(text) + 1)) ?? out
      return { op, text: out, mustNotPass: true }
    }
    case 'pi': {
      const pi = rng.pick([
        '<?xml-stylesheet href="x.xsl"?>',
        '<?foo',
        '<?foo?bar?>',
        '<?xml version="1.0"?>'
      ])
      return { op, text: insertAt(text, pi, rng), mustNotPass: failing && pi === '<?foo' }
    }
    case 'garbage':
      return { op, text: insertAt(text, garbage(rng), rng), mustNotPass: false }
    case 'manyCases': {
      const n = rng.pick([1000, 10_000, 30_000])
      const cases = '<testcase name="t"/>\n'.repeat(n)
      const at = root === 'testsuites' ? afterRootOpen(text) : afterRootOpen(text)
      const add = root === 'testsuites' ? `<testsuite name="many">${cases}</testsuite>` : cases
      return { op, text: text.slice(0, at) + add + text.slice(at), mustNotPass: failing }
    }
    default:
      return { op: 'random', text: garbage(rng, 200), mustNotPass: false }
  }
}

// ---------------------------------------------------------------- JSON

/** Every object inside `value`, walked without recursion. */
function objectsIn(value) {
  const out = []
  const stack = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (v === null || typeof v !== 'object') continue
    if (!Array.isArray(v)) out.push(v)
    for (const k of Object.keys(v)) stack.push(v[k])
  }
  return out
}

function stringsIn(value) {
  const out = []
  const stack = [[value, null]]
  while (stack.length > 0) {
    const [v] = stack.pop()
    if (v === null || typeof v !== 'object') continue
    for (const k of Object.keys(v)) {
      if (typeof v[k] === 'string') out.push([v, k])
      else stack.push([v[k], k])
    }
  }
  return out
}

function deepText(rng) {
  const n = rng.pick([100, 5000, 50_000, 200_000])
  return rng.chance(0.5) ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n)
}

/** Strict JSON of bytes, or undefined. */
export function parseStrict(bytes) {
  try {
    return { value: JSON.parse(strictUtf8.decode(bytes)) }
  } catch {
    return undefined
  }
}

/**
 * One JSON input from `seed` ({ text, failing }): value-level mutations serialised with
 * placeholders, so that raw text (deep nesting, huge numbers, duplicate keys) can be put in
 * without `JSON.stringify` ever seeing it. `same` says the mutation keeps the seed's meaning.
 */
export function jsonInput(seed, rng, { protoOk = true } = {}) {
  const { text, failing } = seed
  const ops = [
    'flip',
    'flip',
    'truncate',
    'truncate',
    'splice',
    'encoding',
    'proto',
    'dupKey',
    'dupKeyOther',
    'huge',
    'hugeReplace',
    'surrogate',
    'surrogateReplace',
    'garbage',
    'random',
    'typeSwap'
  ]
  const op = rng.chance(0.06) ? rng.pick(['deep', 'bigArray']) : rng.pick(ops)
  const done = (o) => {
    const bytes = o.bytes ?? toBytes(o.text)
    // Whatever else: bytes that are not JSON never pass.
    const strict = o.encoded ? { value: null } : parseStrict(bytes)
    return {
      op: o.op,
      bytes,
      same: o.same ?? false,
      mustNotPass: (failing && (o.same ?? false)) || o.mustNotPass === true || strict === undefined
    }
  }
  switch (op) {
    case 'flip': {
      const { bytes } = flipBytes(toBytes(text), rng)
      const p = parseStrict(bytes)
      const same = p !== undefined && JSON.stringify(p.value) === JSON.stringify(JSON.parse(text))
      return done({ op, bytes, same })
    }
    case 'truncate':
      return done({ op, text: truncate(text, rng).text })
    case 'splice':
      return done({ op, text: spliceSlice(text, rng) })
    case 'encoding': {
      const { bytes, kind } = encodeAs(text, rng)
      const bom = kind.endsWith('bom')
      // JSON is read by its byte-order mark; UTF-16 without one is not JSON (RFC 8259 §8.1).
      return done({ op: `encoding:${kind}`, bytes, encoded: true, same: bom, mustNotPass: !bom })
    }
    case 'garbage':
      return done({ op, text: insertAt(text, garbage(rng), rng) })
    case 'random':
      return done({ op, text: garbage(rng, 200) })
    default:
      break
  }
  const value = JSON.parse(text)
  const objects = objectsIn(value)
  const target = rng.pick(objects)
  const raws = []
  const raw = (t) => {
    raws.push(t)
    return `@@RAW${raws.length - 1}@@`
  }
  let same = false
  const keys = Object.keys(target)
  switch (op) {
    case 'deep':
      target[`x-deep-${rng.int(100)}`] = raw(deepText(rng))
      same = true
      break
    case 'proto': {
      const k = rng.pick(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'])
      const v = rng.pick([
        '{"status":"passed","polluted":true}',
        '"passed"',
        '1',
        'null',
        '[]',
        '{"failed":0}'
      ])
      target[`@@KEY${k}@@`] = raw(v)
      same = protoOk
      break
    }
    case 'dupKey':
    case 'dupKeyOther': {
      if (keys.length === 0) return done({ op, text })
      const k = rng.pick(keys)
      const copy =
        op === 'dupKey'
          ? (JSON.stringify(target[k]) ?? 'null')
          : rng.pick(['null', '0', '"passed"', '{}', '[]', 'true'])
      target[`@@KEY${k}@@`] = raw(copy)
      // A repeated key with its own value again: JSON.parse keeps the last, the same.
      same = op === 'dupKey'
      break
    }
    case 'huge':
      target[`x-huge-${rng.int(100)}`] = raw(hugeNumber(rng))
      same = true
      break
    case 'hugeReplace': {
      const nums = keys.filter((k) => typeof target[k] === 'number')
      if (nums.length === 0) return done({ op, text })
      target[rng.pick(nums)] = raw(hugeNumber(rng))
      break
    }
    case 'surrogate':
      target[`x-surrogate-${rng.int(100)}`] = raw(
        rng.pick(['"\\ud800"', '"a\\udc00b"', '"\\udbff\\u0041"'])
      )
      same = true
      break
    case 'surrogateReplace': {
      const strings = stringsIn(value)
      if (strings.length === 0) return done({ op, text })
      const [obj, k] = rng.pick(strings)
      obj[k] = `${obj[k]}\ud800`
      break
    }
    case 'bigArray': {
      const n = rng.pick([1000, 100_000, 500_000])
      target[`x-big-${rng.int(100)}`] = raw(`[${'0,'.repeat(n - 1)}0]`)
      same = true
      break
    }
    case 'typeSwap': {
      if (keys.length === 0) return done({ op, text })
      const k = rng.pick(keys)
      target[k] = raw(
        rng.pick(['null', '[]', '{}', '"x"', '0', 'true', '[null]', '{"length":1e9}'])
      )
      break
    }
  }
  let out = JSON.stringify(value, null, rng.chance(0.5) ? 2 : 0)
  out = out.replace(/"@@KEY(.*?)@@"/g, (_, k) => JSON.stringify(k))
  out = out.replace(/"@@RAW(\d+)@@"/g, (_, i) => raws[Number(i)])
  return done({ op, text: out, same })
}

// ---------------------------------------------------------------- YAML

function yamlBomb(depth) {
  let s = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
  for (let i = 1; i <= depth; i++) {
    s += `a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(',')}]\n`
  }
  return s
}

/** One YAML input from `seed` ({ text }); `dupKey` says a top-level key was repeated. */
export function yamlInput(seed, rng, extraOps = []) {
  const { text } = seed
  const ops = [
    'flip',
    'flip',
    'truncate',
    'splice',
    'encoding',
    'bomb',
    'bombInline',
    'selfAlias',
    'dupKey',
    'proto',
    'huge',
    'merge',
    'garbage',
    'random',
    ...extraOps
  ]
  const op = rng.chance(0.04) ? rng.pick(['deepFlow', 'deepBlock', 'bigArray']) : rng.pick(ops)
  const topKeys = [...text.matchAll(/^([A-Za-z_][\w-]*):/gm)].map((m) => m[1])
  switch (op) {
    case 'flip':
      return { op, bytes: flipBytes(toBytes(text), rng).bytes }
    case 'truncate':
      return { op, text: truncate(text, rng).text }
    case 'splice':
      return { op, text: spliceSlice(text, rng) }
    case 'encoding': {
      const { bytes, kind } = encodeAs(text, rng)
      return { op: `encoding:${kind}`, bytes }
    }
    case 'bomb':
      return { op, text: `${text}\n${yamlBomb(rng.between(3, 9))}` }
    case 'bombInline': {
      const k = rng.pick(topKeys.length ? topKeys : ['x'])
      return {
        op,
        text: `${yamlBomb(rng.between(4, 9))}${text.replace(new RegExp(`^${k}:.*$`, 'm'), `${k}: *a${rng.between(3, 4)}`)}`
      }
    }
    case 'selfAlias':
      return {
        op,
        text: rng.pick([
          `${text}\nx: &x\n  y: *x\n`,
          `a: &a [*a]\n${text}`,
          `${text}\nself: &s { k: *s }\n`,
          text.replace(/^(jobs|controls|on):/m, '$1: &loop\n  again: *loop\n  $1_:')
        ])
      }
    case 'deepFlow': {
      const n = rng.pick([100, 5000, 50_000, 200_000])
      return { op, text: `${text}\nx-deep: ${'['.repeat(n)}${']'.repeat(n)}\n` }
    }
    case 'deepBlock': {
      const n = rng.pick([50, 500, 2000])
      let s = 'x-deep:\n'
      for (let i = 1; i <= n; i++) s += `${' '.repeat(i)}k:\n`
      return { op, text: `${text}\n${s}` }
    }
    case 'dupKey': {
      if (topKeys.length === 0) return { op, text }
      const k = rng.pick(topKeys)
      return { op, text: `${text}\n${k}: {}\n`, dupKey: true }
    }
    case 'proto':
      return {
        op,
        text: rng.pick([
          `${text}\n__proto__:\n  polluted: true\n`,
          `${text}\nconstructor: x\n`,
          text.replace(/^(\s+)(\w[\w-]*):/m, '$1__proto__: {}\n$1$2:'),
          text.replace(/^(\s+)(\w[\w-]*):/m, '$1constructor: {prototype: 1}\n$1$2:')
        ])
      }
    case 'bigArray': {
      const n = rng.pick([1000, 20_000, 100_000])
      return { op, text: `${text}\nx-big: [${'1,'.repeat(n - 1)}1]\n` }
    }
    case 'huge':
      return { op, text: text.replace(/\b\d+\b/, hugeNumber(rng)) }
    case 'merge':
      return { op, text: `base: &base { a: 1 }\n${text}\nmerged:\n  <<: [*base, *base, *base]\n` }
    case 'garbage':
      return { op, text: insertAt(text, garbage(rng), rng) }
    default:
      return { op: 'random', text: garbage(rng, 200) }
  }
}
