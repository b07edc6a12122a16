import { parseJsonAt } from '../../parsers/json-error.js'
import path from 'node:path'
import { isRecord, lineColumn } from '../../parsers/verdict.js'

export const BUNDLE_CONTRACT = 'gonogo.bundle/v1'
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
const STATEMENT_TYPE_PREFIX = 'https://in-toto.io/Statement/'
const SHA256 = /^[0-9a-f]{64}$/

/** Something in a manifest or provenance file that could not be read as one. */
export interface SourceProblem {
  file: string
  line?: number
  message: string
}

/** One manifest entry: a bundle file's path, size and SHA-256. */
export interface ManifestEntry {
  file: string
  line?: number
  /** The path as written, relative to the manifest's folder. */
  path: string
  /** Workspace-relative paths the entry may name: under the manifest's folder, then as written. */
  candidates: string[]
  size: number
  sha256: string
}

/** One in-toto subject (or a Sigstore message digest, which has no name). */
export interface Subject {
  file: string
  line?: number
  name?: string
  sha256: string
}

export interface ParsedManifest {
  entries: ManifestEntry[]
  problems: SourceProblem[]
}

export interface ParsedProvenance {
  subjects: Subject[]
  problems: SourceProblem[]
  /** Envelopes, bundles or statements read. */
  documents: number
}

/** Binary data (NUL bytes, or bytes that are not UTF-8) is not JSON. */
function looksBinary(text: string): boolean {
  return text.includes('\u0000') || text.includes('\uFFFD')
}

/** Reads a `gonogo.bundle/v1` manifest; every entry that cannot be used is a problem. */
export function parseManifest(text: string, file: string): ParsedManifest {
  const problems: SourceProblem[] = []
  if (looksBinary(text))
    return { entries: [], problems: [{ file, message: 'binary data, not a JSON manifest' }] }
  const parsed = parseJsonAt(text)
  if (!parsed.ok) {
    return {
      entries: [],
      problems: [{ file, ...(parsed.line ? { line: parsed.line } : {}), message: parsed.message }]
    }
  }
  const m = parsed.value
  if (!isRecord(m) || m.contract !== BUNDLE_CONTRACT) {
    const got = isRecord(m) && typeof m.contract === 'string' ? m.contract : 'missing'
    return {
      entries: [],
      problems: [
        { file, message: `not a ${BUNDLE_CONTRACT} manifest (contract: ${got.slice(0, 80)})` }
      ]
    }
  }
  if (!Array.isArray(m.files)) {
    return {
      entries: [],
      problems: [
        { file, message: 'the manifest has no files list (files: [{ path, size, sha256 }])' }
      ]
    }
  }
  const dir = path.posix.dirname(file)
  const entries: ManifestEntry[] = []
  let cursor = 0
  m.files.forEach((raw: unknown, i) => {
    let line: number | undefined
    if (isRecord(raw) && typeof raw.path === 'string') {
      const at = text.indexOf(JSON.stringify(raw.path), cursor)
      if (at >= 0) {
        cursor = at + 1
        line = lineColumn(text, at).line
      }
    }
    const where = line ? { line } : {}
    if (
      !isRecord(raw) ||
      typeof raw.path !== 'string' ||
      typeof raw.sha256 !== 'string' ||
      typeof raw.size !== 'number'
    ) {
      problems.push({ file, ...where, message: `files[${i}] needs path, size and sha256` })
      return
    }
    const sha = raw.sha256.toLowerCase()
    if (!SHA256.test(sha)) {
      problems.push({
        file,
        ...where,
        message: `files[${i}] (${raw.path}): sha256 is not 64 hexadecimal digits`
      })
      return
    }
    const p = raw.path.replace(/\\/g, '/')
    const underDir = path.posix.normalize(dir === '.' ? p : `${dir}/${p}`)
    const asWritten = path.posix.normalize(p)
    if (p.startsWith('/') || underDir.startsWith('../') || underDir === '..') {
      problems.push({
        file,
        ...where,
        message: `files[${i}] (${raw.path}): path leaves the bundle`
      })
      return
    }
    const candidates = [underDir]
    if (!asWritten.startsWith('../') && asWritten !== underDir) candidates.push(asWritten)
    entries.push({ file, ...where, path: raw.path, candidates, size: raw.size, sha256: sha })
  })
  return { entries, problems }
}

/**
 * Reads a provenance file: `.jsonl` holds one document per line; any other file holds one.
 * A document is a DSSE envelope of an in-toto statement, a Sigstore bundle (a DSSE envelope or a
 * message signature over a SHA-256 digest), or a bare in-toto statement. Signatures are not
 * verified here: coverage is about which content the provenance names.
 */
export function parseProvenance(text: string, file: string): ParsedProvenance {
  const out: ParsedProvenance = { subjects: [], problems: [], documents: 0 }
  if (looksBinary(text)) {
    out.problems.push({
      file,
      message: `binary data, not ${file.endsWith('.jsonl') ? 'JSON Lines' : 'JSON'} provenance`
    })
    return out
  }
  if (file.endsWith('.jsonl')) {
    const lines = text.split('\n')
    lines.forEach((l, i) => {
      if (l.trim() === '') return
      const parsed = parseJsonAt(l)
      if (!parsed.ok) out.problems.push({ file, line: i + 1, message: parsed.message })
      else readDocument(parsed.value, file, i + 1, out)
    })
  } else {
    const parsed = parseJsonAt(text)
    if (!parsed.ok)
      out.problems.push({
        file,
        ...(parsed.line ? { line: parsed.line } : {}),
        message: parsed.message
      })
    else readDocument(parsed.value, file, undefined, out)
  }
  if (out.documents === 0 && out.problems.length === 0)
    out.problems.push({ file, message: 'empty: no envelope, bundle or statement in it' })
  return out
}

function readDocument(
  doc: unknown,
  file: string,
  line: number | undefined,
  out: ParsedProvenance
): void {
  const where = line !== undefined ? { line } : {}
  const problem = (message: string): void => {
    out.problems.push({ file, ...where, message })
  }
  if (!isRecord(doc)) {
    problem(
      'not a JSON object (expected a DSSE envelope, a Sigstore bundle or an in-toto statement)'
    )
    return
  }
  if (isRecord(doc.dsseEnvelope)) {
    readEnvelope(doc.dsseEnvelope, file, line, out)
    return
  }
  if (isRecord(doc.messageSignature)) {
    const md = doc.messageSignature.messageDigest
    if (!isRecord(md) || md.algorithm !== 'SHA2_256' || typeof md.digest !== 'string') {
      problem('Sigstore message signature without a SHA2_256 message digest')
      return
    }
    const hex = decodeBase64(md.digest)?.toString('hex')
    if (hex === undefined || !SHA256.test(hex)) {
      problem('Sigstore message digest is not a base64 SHA-256 value')
      return
    }
    out.documents++
    out.subjects.push({ file, ...where, sha256: hex })
    return
  }
  if ('payloadType' in doc || 'payload' in doc) {
    readEnvelope(doc, file, line, out)
    return
  }
  if (typeof doc._type === 'string') {
    readStatement(doc, file, line, out)
    return
  }
  problem('neither a DSSE envelope, a Sigstore bundle nor an in-toto statement')
}

function readEnvelope(
  env: Record<string, unknown>,
  file: string,
  line: number | undefined,
  out: ParsedProvenance
): void {
  const where = line !== undefined ? { line } : {}
  const problem = (message: string): void => {
    out.problems.push({ file, ...where, message })
  }
  if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    problem(
      `DSSE payloadType is ${typeof env.payloadType === 'string' ? env.payloadType.slice(0, 80) : 'missing'}, not ${IN_TOTO_PAYLOAD_TYPE}`
    )
    return
  }
  const bytes = typeof env.payload === 'string' ? decodeBase64(env.payload) : undefined
  if (bytes === undefined) {
    problem('DSSE payload is not base64')
    return
  }
  const text = bytes.toString('utf8')
  const parsed = looksBinary(text) ? undefined : parseJsonAt(text)
  if (parsed === undefined || !parsed.ok || !isRecord(parsed.value)) {
    problem('DSSE payload does not decode to an in-toto statement (JSON object)')
    return
  }
  readStatement(parsed.value, file, line, out)
}

function readStatement(
  st: Record<string, unknown>,
  file: string,
  line: number | undefined,
  out: ParsedProvenance
): void {
  const where = line !== undefined ? { line } : {}
  const problem = (message: string): void => {
    out.problems.push({ file, ...where, message })
  }
  if (typeof st._type !== 'string' || !st._type.startsWith(STATEMENT_TYPE_PREFIX)) {
    problem(`statement _type is not ${STATEMENT_TYPE_PREFIX}…`)
    return
  }
  if (!Array.isArray(st.subject) || st.subject.length === 0) {
    problem('in-toto statement without subjects')
    return
  }
  out.documents++
  st.subject.forEach((s: unknown, i) => {
    if (!isRecord(s) || !isRecord(s.digest)) {
      problem(`subject[${i}] has no digest`)
      return
    }
    const name = typeof s.name === 'string' ? s.name : undefined
    const sha = s.digest.sha256
    if (sha === undefined) return // Other algorithms only: nothing to match a SHA-256 against.
    if (typeof sha !== 'string' || !SHA256.test(sha.toLowerCase())) {
      problem(
        `subject[${i}]${name ? ` (${name})` : ''}: digest.sha256 is not 64 hexadecimal digits`
      )
      return
    }
    out.subjects.push({
      file,
      ...where,
      ...(name !== undefined ? { name } : {}),
      sha256: sha.toLowerCase()
    })
  })
}

/** Standard or URL-safe base64, strictly: anything else is undefined. */
function decodeBase64(s: string): Buffer | undefined {
  const t = s.replace(/\s+/g, '')
  if (t === '' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(t) || (/[+/]/.test(t) && /[-_]/.test(t)))
    return undefined
  return Buffer.from(t, /[-_]/.test(t) ? 'base64url' : 'base64')
}
