export const id = 505;
export const ids = [505];
export const modules = {

/***/ 59505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ip: () => (/* binding */ describeChar),
/* harmony export */   P8: () => (/* binding */ visibleLine),
/* harmony export */   wi: () => (/* binding */ nameInvisibles)
/* harmony export */ });
/**
 * Text as messages show it: characters a reader cannot see (controls, format characters such as
 * U+200B, separators, a byte-order mark) are named instead of printed. Pure.
 */
const CHAR_NAMES = {
    0x00: 'NUL',
    0x09: 'tab',
    0x0a: 'line feed',
    0x0d: 'carriage return',
    0x20: 'space',
    0x1b: 'escape',
    0x7f: 'delete',
    0xa0: 'no-break space',
    0xad: 'soft hyphen',
    0x034f: 'combining grapheme joiner',
    0x061c: 'Arabic letter mark',
    0x180e: 'Mongolian vowel separator',
    0x200b: 'zero width space',
    0x200c: 'zero width non-joiner',
    0x200d: 'zero width joiner',
    0x200e: 'left-to-right mark',
    0x200f: 'right-to-left mark',
    0x2028: 'line separator',
    0x2029: 'paragraph separator',
    0x202a: 'left-to-right embedding',
    0x202b: 'right-to-left embedding',
    0x202c: 'pop directional formatting',
    0x202d: 'left-to-right override',
    0x202e: 'right-to-left override',
    0x202f: 'narrow no-break space',
    0x2060: 'word joiner',
    0x2066: 'left-to-right isolate',
    0x2067: 'right-to-left isolate',
    0x2068: 'first strong isolate',
    0x2069: 'pop directional isolate',
    0x3000: 'ideographic space',
    0xfeff: 'byte-order mark',
    0xfffd: 'replacement character (bytes that were not valid text)',
    0xfffe: 'noncharacter (a byte-swapped byte-order mark?)',
    0xffff: 'noncharacter'
};
/**
 * A character as messages show it: `U+FEFF byte-order mark`, `U+0000 NUL`, `U+001F control
 * character`, `"x"` for a visible one.
 *
 * @param cp a Unicode code point (or a lone UTF-16 surrogate)
 */
function describeChar(cp) {
    const u = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    const name = CHAR_NAMES[cp];
    if (name)
        return `${u} ${name}`;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
        return `${u} control character`;
    if (cp >= 0xd800 && cp <= 0xdfff)
        return `${u} unpaired surrogate`;
    if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000)
        return `${u} private-use character`;
    if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe)
        return `${u} noncharacter`;
    const ch = String.fromCodePoint(cp);
    if (INVISIBLE.test(ch))
        return `${u} invisible character`;
    return `"${ch}" (${u})`;
}
/** Characters a reader cannot see: controls (but tab and line breaks), format, separators, … */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex -- naming control characters is the point
/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u00A0\u00AD\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Zs}\uFFFD\uFFFE\uFFFF]/u;
const INVISIBLES = new RegExp(INVISIBLE.source, 'gu');
/**
 * `text` with every invisible character (other than space, tab and line breaks) replaced by its
 * name in brackets, e.g. `a[U+200B zero width space]b`. Idempotent.
 */
function nameInvisibles(text) {
    return text.replace(INVISIBLES, (ch) => ch === ' ' ? ch : `[${describeChar(ch.codePointAt(0) ?? 0)}]`);
}
/**
 * `text` on one line, with every invisible character named and line breaks and tabs named too
 * (`@team[U+000A line feed]x`): for values a policy or report supplies (owners, reasons, paths)
 * shown inside a one-line message.
 */
function visibleLine(text) {
    return nameInvisibles(text).replace(/[\t\n\r]/g, (ch) => `[${describeChar(ch.codePointAt(0) ?? 0)}]`);
}


/***/ })

};
