/**
 * Text from reports and policy files is untrusted (a pull request can change both). Everything
 * rendered into Markdown goes through here: HTML and Markdown syntax escaped, @mentions and
 * #references neutralised, line breaks flattened, lengths capped. Registered secrets
 * (core/secrets.ts) are replaced before anything else, so no escaped or cut form survives.
 */
import { scrubSecrets } from '../core/secrets.js'

const MD_SPECIAL = /[\\`*_{}[\]<>#!|~&]/g
const ZWSP = '\u200b'
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

export function escapeText(text: string, max = 300): string {
  // Secrets first: escaping (`ghp_…` → `ghp\_…`) or capping would hide them from a later scrub.
  let s = capLength(scrubSecrets(text).replace(CONTROL, ''), max)
  s = s.replace(/\r?\n|\r/g, ' ')
  // "@user" and "#123" would notify or cross-link: each is broken with a zero-width space.
  s = s.replace(MD_SPECIAL, (c) =>
    c === '&'
      ? '&amp;'
      : c === '<'
        ? '&lt;'
        : c === '>'
          ? '&gt;'
          : c === '#'
            ? `\\#${ZWSP}`
            : `\\${c}`
  )
  s = s.replace(/@/g, `@${ZWSP}`)
  // Bare URLs and www. autolinks would render as links.
  s = s.replace(/:\/\//g, `:${ZWSP}//`).replace(/www\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`)
  return s
}

/**
 * Inline code: backticks cannot break out, and `|` is escaped because GitHub splits table cells
 * on it even inside a code span. Length capped.
 */
export function code(text: string, max = 120): string {
  const s = capLength(scrubSecrets(text).replace(/[\r\n]+/g, ' '), max).replace(/`/g, "'")
  return `\`${s.replace(/@/g, `@${ZWSP}`).replace(/\|/g, '\\|')}\``
}

export function capLength(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`
}

/**
 * A link only when the target is a relative repository path or an https URL; anything else
 * (javascript:, data:, http:) is shown as text.
 */
export function safeLink(label: string, target: string, blobBase?: string): string {
  const t = target.trim()
  if (/^https:\/\/[^\s<>()\\`"']+$/.test(t)) {
    const href = safeHref(t)
    if (href) return `[${escapeText(label, 80)}](${href})`
  }
  if (
    blobBase &&
    /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[\w./-]+$/i.test(t) &&
    !t.split('/').includes('..')
  ) {
    return `[${escapeText(label, 80)}](${blobBase}/${t
      .replace(/^\.?\//, '')
      .split('/')
      .map(encodeURIComponent)
      .join('/')})`
  }
  return code(t, 120)
}

/** The URL as the WHATWG parser normalises it, with parentheses percent-encoded; never decoded. */
function safeHref(t: string): string | undefined {
  try {
    const u = new URL(t)
    if (u.protocol !== 'https:' || u.username || u.password) return undefined
    return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29')
  } catch {
    return undefined
  }
}
