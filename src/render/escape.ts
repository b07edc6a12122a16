/**
 * Text from reports and policy files is untrusted (a pull request can change both). Everything
 * rendered into Markdown goes through here: HTML and Markdown syntax escaped, @mentions and
 * #references neutralised, line breaks flattened, lengths capped.
 */
const MD_SPECIAL = /[\\`*_{}[\]<>#!|~&]/g
const ZWSP = '\u200b'

export function escapeText(text: string, max = 300): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  let s = capLength(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''), max)
  s = s.replace(/\r?\n|\r/g, ' ')
  s = s.replace(MD_SPECIAL, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`
  )
  // "@user" and "#123" would notify or cross-link: break them with a zero-width space.
  s = s.replace(/@/g, `@${ZWSP}`).replace(/(^|\s)#/g, `$1#${ZWSP}`)
  // Bare URLs and autolinks would render as links.
  s = s.replace(/:\/\//g, `:${ZWSP}//`)
  return s
}

/** Inline code: backticks cannot break out, length capped. */
export function code(text: string, max = 120): string {
  const s = capLength(text.replace(/[\r\n]+/g, ' '), max).replace(/`/g, "'")
  return `\`${s.replace(/@/g, `@${ZWSP}`)}\``
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
  if (/^https:\/\/[^\s<>()]+$/.test(t))
    return `[${escapeText(label, 80)}](${encodeURI(decodeSafe(t))})`
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

function decodeSafe(s: string): string {
  try {
    return decodeURI(s)
  } catch {
    return s
  }
}
