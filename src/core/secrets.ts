/**
 * Secrets gonogo was given (the API token, a signing key) and their removal from every text it
 * writes: reports, summaries, comments, check-run output, error messages. The runner masks
 * registered secrets in its logs only (`core.setSecret`, "Masking a value in a log" in GitHub's
 * workflow-commands docs); files, comments and check runs are written as given, so an API error
 * body that echoes the request would otherwise carry the token into them.
 *
 * Like the runner, a multi-line secret is also registered line by line, and each secret is
 * matched as written, URL-encoded, JSON-escaped and Base64-encoded (as in an `Authorization:
 * basic` header). Values shorter than {@link MIN_SECRET_LENGTH} are not registered: replacing them
 * would mangle ordinary text and they are no credential GitHub issues.
 */
import { isUtf8 } from 'node:buffer'

/** What a secret is replaced with (the runner's mask). */
export const MASK = '***'
/** Shorter values are not treated as secrets. */
export const MIN_SECRET_LENGTH = 8

const secrets = new Set<string>()
let pattern: RegExp | undefined

/**
 * Registers a secret value (and its lines, and their encodings) to be scrubbed from every text
 * gonogo writes from now on. Empty or short values are ignored.
 */
export function registerSecret(value: string | undefined | null): void {
  if (!value) return
  const parts = new Set<string>([value, value.trim()])
  for (const line of value.split(/\r?\n/)) parts.add(line.trim())
  let added = false
  for (const p of parts) {
    if (p.length < MIN_SECRET_LENGTH) continue
    for (const form of encodings(p)) {
      if (form.length >= MIN_SECRET_LENGTH && !secrets.has(form)) {
        secrets.add(form)
        added = true
      }
    }
  }
  if (added) pattern = undefined
}

/** `text` with every registered secret replaced by {@link MASK}; unchanged when none is found. */
export function scrubSecrets(text: string): string {
  if (secrets.size === 0 || text.length === 0) return text
  pattern ??= new RegExp(
    // Longest first, so a secret that contains another is replaced whole.
    [...secrets]
      .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
      .map(escapeRegExp)
      .join('|'),
    'g'
  )
  return text.replace(pattern, MASK)
}

/**
 * Bytes with every registered secret replaced, for a file copied as evidence (a report in a
 * bundle). Only valid UTF-8 is scrubbed: a binary file, or text in another encoding (UTF-16), is
 * evidence whose bytes gonogo does not rewrite, so it is returned unchanged (the same Buffer).
 * Returns the same Buffer when nothing was replaced, so the bytes change only when a secret is
 * present.
 */
export function scrubBytes(data: Buffer): Buffer {
  if (secrets.size === 0 || data.length === 0 || !isUtf8(data)) return data
  const text = data.toString('utf8')
  const scrubbed = scrubSecrets(text)
  return scrubbed === text ? data : Buffer.from(scrubbed, 'utf8')
}

/** Whether any secret is registered (writers may skip scrubbing binary data otherwise). */
export function hasSecrets(): boolean {
  return secrets.size > 0
}

/** Forgets every registered secret (tests; a new run in the same process). */
export function clearSecrets(): void {
  secrets.clear()
  pattern = undefined
}

function encodings(s: string): string[] {
  const json = JSON.stringify(s).slice(1, -1)
  return [
    s,

    encodeURIComponent(s),
    json,
    Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, ''),
    Buffer.from(`x-access-token:${s}`, 'utf8').toString('base64').replace(/=+$/, '')
  ]
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
