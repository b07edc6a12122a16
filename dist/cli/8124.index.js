export const id = 8124;
export const ids = [8124];
export const modules = {

/***/ 8124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGate: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: BUILTIN_REPORT_PREFIX, JOB_SUMMARY_MAX_CHARS, builtinReportText

// EXTERNAL MODULE: ./src/checks/registry.ts
var registry = __webpack_require__(6538);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/bundle-manifest.ts
var bundle_manifest = __webpack_require__(7985);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(484);
// EXTERNAL MODULE: ./src/io/bundle-copy.ts
var bundle_copy = __webpack_require__(426);
// EXTERNAL MODULE: ./src/core/decision.ts
var decision = __webpack_require__(5125);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(3348);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/policy.ts
var core_policy = __webpack_require__(2721);
;// CONCATENATED MODULE: ./src/core/profile.ts


class ProfileSelectionError extends Error {
}
/** Picks the profile: an explicit override, else the first matching `select_profile` rule. */
function selectProfile(policy, ctx) {
    const profiles = policy.profiles ?? core_policy/* DEFAULT_PROFILES */.$Z;
    const names = Object.keys(profiles).sort();
    const pick = (name, by) => {
        const p = Object.hasOwn(profiles, name) ? profiles[name] : undefined;
        if (!p) {
            throw new ProfileSelectionError(`profile '${name}' is not declared; declared profiles: ${names.join(', ')}`);
        }
        return { name, max_high: p.max_high, max_medium: p.max_medium, selected_by: by };
    };
    if (ctx.override)
        return pick(ctx.override, 'override');
    const rules = policy.select_profile;
    if (!rules) {
        if (names.length === 1)
            return pick(names[0], 'only profile');
        if (Object.hasOwn(profiles, 'strict'))
            return pick('strict', 'default (strict)');
        throw new ProfileSelectionError(`several profiles are declared but no select_profile rules; add select_profile or pass a profile`);
    }
    for (const [i, rule] of rules.entries()) {
        if (rule.event !== undefined && rule.event !== ctx.event)
            continue;
        if (rule.branch !== undefined && !picomatch_default().isMatch(ctx.branch, rule.branch, { dot: true }))
            continue;
        return pick(rule.profile, `select_profile[${i}]`);
    }
    throw new ProfileSelectionError(`no select_profile rule matches event '${ctx.event}' on branch '${ctx.branch}'; add a last rule without event and branch as the fallback`);
}

// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
// EXTERNAL MODULE: ./src/io/policy-file.ts
var policy_file = __webpack_require__(9707);
// EXTERNAL MODULE: ./src/core/visible-text.ts
var visible_text = __webpack_require__(9505);
// EXTERNAL MODULE: ./src/core/map-limit.ts
var map_limit = __webpack_require__(3075);
;// CONCATENATED MODULE: ./src/core/evidence.ts
const MAX_FINDINGS_PER_CONTROL = 100;
/** Keeps the non-passed findings, failed before unverified, in a stable order, capped. */
function keepFindings(all) {
    // Most reports pass: nothing to sort.
    if (all.every((f) => f.status === 'passed'))
        return { findings: [], omitted: 0 };
    const rank = (f) => (f.status === 'failed' ? 0 : 1);
    const notPassed = all
        .filter((f) => f.status !== 'passed')
        .map((f, i) => ({ f, i }))
        .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
        .map(({ f }) => f);
    return {
        findings: notPassed.slice(0, MAX_FINDINGS_PER_CONTROL),
        omitted: Math.max(0, notPassed.length - MAX_FINDINGS_PER_CONTROL)
    };
}
/** Adds the counts of `b` to `into`, key by key (for controls fed by several files); `into` is returned. */
function addSummaries(into, b) {
    for (const [k, v] of Object.entries(b))
        into[k] = (into[k] ?? 0) + v;
    return into;
}

// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __webpack_require__(5009);
;// CONCATENATED MODULE: ./src/parsers/decode-text.ts

const SAVE_AS_UTF8 = 'save the report as UTF-8';
/**
 * Decodes a report file's bytes.
 *
 * @param bytes the whole file
 * @param syntax `xml` (byte-order mark, Appendix F detection, encoding declaration) or `json`
 *   (byte-order mark, else UTF-8)
 * @returns the text without its byte-order mark and the encoding used, or a refusal whose message
 *   (no file name; the caller adds it) says where the bytes go wrong and what to do
 */
function decodeText(bytes, syntax) {
    const b = (i) => bytes[i] ?? -1;
    if (b(0) === 0x1f && b(1) === 0x8b)
        return refuse('gzip-compressed data, not text; decompress it before the gate reads it');
    if (b(0) === 0x50 && b(1) === 0x4b && b(2) === 0x03 && b(3) === 0x04)
        return refuse('a ZIP archive, not text; extract the report from it first');
    // UTF-32 byte-order marks first: FF FE 00 00 also starts like the UTF-16LE one.
    if ((b(0) === 0x00 && b(1) === 0x00 && b(2) === 0xfe && b(3) === 0xff) ||
        (b(0) === 0xff && b(1) === 0xfe && b(2) === 0x00 && b(3) === 0x00))
        return refuse(`starts with a UTF-32 byte-order mark; UTF-32 is not supported, ${SAVE_AS_UTF8}`);
    if (b(0) === 0xef && b(1) === 0xbb && b(2) === 0xbf)
        return withDeclaration(utf8(bytes, 3, syntax), 'UTF-8', true, syntax);
    if (b(0) === 0xff && b(1) === 0xfe)
        return withDeclaration(utf16(bytes, 2, 'UTF-16LE'), 'UTF-16LE', true, syntax);
    if (b(0) === 0xfe && b(1) === 0xff)
        return withDeclaration(utf16(bytes, 2, 'UTF-16BE'), 'UTF-16BE', true, syntax);
    if (syntax === 'json')
        return done(utf8(bytes, 0, syntax), 'UTF-8', false);
    // XML without a byte-order mark: Appendix F.1, the second table.
    const first4 = [b(0), b(1), b(2), b(3)].join(',');
    if (['0,0,0,60', '60,0,0,0', '0,0,60,0', '0,60,0,0'].includes(first4))
        return refuse(`is UCS-4 (UTF-32) encoded; that is not supported, ${SAVE_AS_UTF8}`);
    if (first4 === '0,60,0,63')
        return withDeclaration(utf16(bytes, 0, 'UTF-16BE'), 'UTF-16BE', false, syntax);
    if (first4 === '60,0,63,0')
        return withDeclaration(utf16(bytes, 0, 'UTF-16LE'), 'UTF-16LE', false, syntax);
    if (first4 === '76,111,167,148')
        return refuse(`is EBCDIC encoded; that is not supported, ${SAVE_AS_UTF8}`);
    return asciiCompatible(bytes);
}
function refuse(message) {
    return { ok: false, message };
}
function done(step, encoding, bom) {
    return step.ok ? { ok: true, text: step.text, encoding, bom } : step;
}
/** XML with a byte-order mark or UTF-16 detected from `<?`: the declaration must agree. */
function withDeclaration(step, encoding, bom, syntax) {
    if (!step.ok || syntax === 'json')
        return done(step, encoding, bom);
    const label = declaredEncoding(step.text);
    const family = encoding === 'UTF-8' ? 'UTF-8' : 'UTF-16';
    const how = bom
        ? `its byte-order mark (U+FEFF in ${encoding}) says`
        : `its first bytes ("<?" in ${encoding}) say`;
    // No encoding named: the byte-order mark, or "<?" read as UTF-16, is the only reading there is
    // (§4.3.3 wants a mark on UTF-16; expat, like gonogo, reads it without one).
    if (label === undefined)
        return done(step, encoding, bom);
    if (labelFamily(label) !== family) {
        return refuse(`${how} ${encoding} but its XML declaration says encoding="${label}" (a fatal error by XML 1.0 §4.3.3); ${SAVE_AS_UTF8} with a matching declaration`);
    }
    return done(step, encoding, bom);
}
/** ASCII-compatible bytes without a byte-order mark: UTF-8 unless the declaration says otherwise. */
function asciiCompatible(bytes) {
    // The declaration is ASCII in every encoding of this family; read it through latin1.
    const head = latin1(bytes.subarray(0, 256));
    const label = declaredEncoding(head);
    const family = label === undefined ? 'UTF-8' : labelFamily(label);
    switch (family) {
        case 'UTF-8':
            return done(utf8(bytes, 0, 'xml'), 'UTF-8', false);
        case 'US-ASCII': {
            const at = bytes.findIndex((x) => x > 0x7f);
            if (at < 0)
                return { ok: true, text: latin1(bytes), encoding: 'US-ASCII', bom: false };
            return refuse(`declares encoding="${label}" but byte 0x${hex(bytes[at] ?? 0)} at line ${byteLine(bytes, at)} (byte offset ${at}) is not ASCII; ${SAVE_AS_UTF8} and declare encoding="UTF-8"`);
        }
        case 'ISO-8859-1':
            return { ok: true, text: latin1(bytes), encoding: 'ISO-8859-1', bom: false };
        case 'windows-1252':
            return {
                ok: true,
                text: windows1252(bytes),
                encoding: 'windows-1252',
                bom: false
            };
        case 'UTF-16':
            return refuse(`declares encoding="${label}" but has no byte-order mark and its bytes are not UTF-16 (XML 1.0 §4.3.3); ${SAVE_AS_UTF8} and declare encoding="UTF-8"`);
        default:
            return refuse(`declares encoding="${label}", which gonogo does not read (UTF-8, UTF-16, US-ASCII, ISO-8859-1 and windows-1252 only); ${SAVE_AS_UTF8}`);
    }
}
/**
 * windows-1252 per the WHATWG Encoding Standard's index (bytes 0x80–0x9F are not the C1
 * controls ISO-8859-1 has there). Node 20's TextDecoder decodes this label as ISO-8859-1, so the
 * 32 bytes that differ are mapped here; 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay as they are.
 */
const WINDOWS_1252_80_9F = [
    0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
    0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
    0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];
function windows1252(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length; i += 8192) {
        const chunk = bytes.subarray(i, i + 8192);
        out += String.fromCharCode(...Array.from(chunk, (b) => b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_80_9F[b - 0x80] ?? b) : b));
    }
    return out;
}
const XML_DECL_ENCODING = /^<\?xml[\x20\t\r\n]+version[\x20\t\r\n]*=[\x20\t\r\n]*(["'])1\.[0-9]+\1[\x20\t\r\n]+encoding[\x20\t\r\n]*=[\x20\t\r\n]*(["'])([A-Za-z][A-Za-z0-9._-]*)\2/;
/** The `encoding` of an XML declaration at the very start of `text`, if there is one. */
function declaredEncoding(text) {
    return XML_DECL_ENCODING.exec(text)?.[3];
}
/** Encoding names are case-insensitive (XML 1.0 §4.3.3); the IANA names and common aliases. */
function labelFamily(label) {
    const l = label.toLowerCase();
    if (l === 'utf-8' || l === 'utf8')
        return 'UTF-8';
    if (['utf-16', 'utf-16le', 'utf-16be', 'iso-10646-ucs-2', 'ucs-2'].includes(l))
        return 'UTF-16';
    if (['us-ascii', 'ascii', 'iso646-us', 'ansi_x3.4-1968'].includes(l))
        return 'US-ASCII';
    if (['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1'].includes(l))
        return 'ISO-8859-1';
    if (l === 'windows-1252' || l === 'cp1252')
        return 'windows-1252';
    return 'other';
}
function latin1(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
/** One decoder for every file: decode() without `stream` keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function utf8(bytes, from, syntax) {
    const body = bytes.subarray(from);
    try {
        return { ok: true, text: UTF8.decode(body) };
    }
    catch {
        // Not text at all (an image, an archive, a compiled file): say so rather than where.
        if (looksBinary(body)) {
            return { ok: false, message: `binary data, not ${syntax === 'xml' ? 'XML' : 'JSON'}` };
        }
        const at = firstBadUtf8(body);
        const offset = from + at;
        const shown = Array.from(body.subarray(at, at + 4), (x) => `0x${hex(x)}`).join(' ');
        const fix = syntax === 'xml'
            ? `${SAVE_AS_UTF8} or declare its encoding in the XML declaration`
            : `${SAVE_AS_UTF8} (RFC 8259 §8.1)`;
        return {
            ok: false,
            message: `not valid UTF-8 at line ${byteLine(bytes, offset)} (byte offset ${offset}: ${shown}); ${fix}`
        };
    }
}
/** A NUL or another C0 control byte (not tab, line feed, form feed, carriage return) early on. */
function looksBinary(bytes) {
    const n = Math.min(bytes.length, 8192);
    for (let i = 0; i < n; i++) {
        const c = bytes[i] ?? 0;
        if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d)
            return true;
    }
    return false;
}
function utf16(bytes, from, encoding) {
    const body = bytes.subarray(from);
    if (body.length % 2 !== 0) {
        return {
            ok: false,
            message: `is ${encoding} but has an odd number of bytes (${bytes.length}); the file is cut short or not ${encoding}; ${SAVE_AS_UTF8}`
        };
    }
    let le = body;
    if (encoding === 'UTF-16BE') {
        le = new Uint8Array(body.length);
        for (let i = 0; i < body.length; i += 2) {
            le[i] = body[i + 1] ?? 0;
            le[i + 1] = body[i] ?? 0;
        }
    }
    try {
        return {
            ok: true,
            text: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le)
        };
    }
    catch {
        const units = new Uint16Array(le.buffer, le.byteOffset, le.length / 2);
        const at = firstUnpairedSurrogate(units);
        let line = 1;
        for (let i = 0; i < at; i++)
            if (units[i] === 0x0a)
                line++;
        return {
            ok: false,
            message: `is not valid ${encoding} at line ${line} (byte offset ${from + at * 2}: ${(0,visible_text/* describeChar */.Ip)(units[at] ?? 0)}); ${SAVE_AS_UTF8}`
        };
    }
}
/** Offset of the first byte that does not continue a valid UTF-8 sequence (RFC 3629 §4). */
function firstBadUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i] ?? 0;
        let n;
        let lo = 0x80;
        let hi = 0xbf;
        if (c < 0x80)
            n = 0;
        else if (c >= 0xc2 && c <= 0xdf)
            n = 1;
        else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            if (c === 0xe0)
                lo = 0xa0;
            if (c === 0xed)
                hi = 0x9f;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            if (c === 0xf0)
                lo = 0x90;
            if (c === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= n; k++) {
            const x = b[i + k];
            if (x === undefined)
                return i;
            if (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf)
                return i;
        }
        i += n + 1;
    }
    return b.length;
}
function firstUnpairedSurrogate(u) {
    for (let i = 0; i < u.length; i++) {
        const c = u[i] ?? 0;
        if (c >= 0xd800 && c <= 0xdbff) {
            const d = u[i + 1] ?? 0;
            if (d >= 0xdc00 && d <= 0xdfff) {
                i++;
                continue;
            }
            return i;
        }
        if (c >= 0xdc00 && c <= 0xdfff)
            return i;
    }
    return u.length;
}
function byteLine(bytes, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < bytes.length; i++)
        if (bytes[i] === 0x0a)
            line++;
    return line;
}
function hex(n) {
    return n.toString(16).toUpperCase().padStart(2, '0');
}


// EXTERNAL MODULE: ./src/parsers/verdict.ts
var verdict = __webpack_require__(9281);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
// EXTERNAL MODULE: ./src/parsers/json-error.ts
var json_error = __webpack_require__(1639);
;// CONCATENATED MODULE: ./src/parsers/xml-scan.ts



/** Ends the message about a control character (other than tab and line ends) in the text. */
const BINARY_HINT = ' is not allowed in XML (binary data?)';
/** The longest run of character data handed to {@link XmlHandler.text}, in UTF-16 code units. */
const MAX_TEXT_CHUNK = 4096;
/**
 * The deepest element nesting a report may have (the root is depth 1). Real JUnit files nest
 * suites a few levels deep (vitest and jest-junit: 2, Surefire: 1–2, pytest: 2); a file nested
 * deeper is refused at the first element past the limit, so its cost stops there.
 */
const MAX_XML_DEPTH = 256;
/** Scans `text` (already decoded; a leading U+FEFF is skipped). Never throws on any input. */
function scanXml(text, handler) {
    try {
        return new Scan(text, handler).run();
    }
    catch (e) {
        if (e instanceof Stop)
            return e.scan;
        throw e;
    }
}
/** Thrown from saxes' error handler: the first error ends the scan. */
class Stop extends Error {
    scan;
    constructor(scan) {
        super(scan.ok ? 'ok' : scan.message);
        this.scan = scan;
    }
}
/** §2.2 Char excludes surrogates; saxes 6 takes a lone high one for half of a pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NOT_SPACE = /[^\x20\t\r\n]/g;
const BARE_AMPERSAND = '"&" that starts no reference; write &amp; for a literal "&"';
const MALFORMED_DECLARATION = 'malformed XML declaration; it must read like <?xml version="1.0" encoding="UTF-8"?>';
const CONCATENATED = ' (were two files concatenated?)';
/** What a reader may want to know beside some of saxes' messages. */
const HINTS = new Map([
    ['documents may contain only one root', CONCATENATED],
    ['an XML declaration must be at the start of the document', CONCATENATED],
    ['document must contain a root element', ' (is the file empty?)']
]);
/** §2.2 Char. */
function isXmlChar(cp) {
    return (cp === 0x09 ||
        cp === 0x0a ||
        cp === 0x0d ||
        (cp >= 0x20 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd) ||
        (cp >= 0x10000 && cp <= 0x10ffff));
}
class Scan {
    text;
    handler;
    parser = new saxes/* SaxesParser */.wT({ defaultXMLVersion: '1.0', forceXMLVersion: true });
    /** The line of each open element's `<`, innermost last. */
    lines = [];
    tagLine = 0;
    rootSeen = false;
    doctypeLine;
    /** Offset just past the last markup saxes reported: a failing reference started after it. */
    mark;
    ending = false;
    textOn = false;
    /** An end tag that names another element than the one it would close. */
    mismatch;
    constructor(text, handler) {
        this.text = text;
        this.handler = handler;
        this.mark = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        const p = this.parser;
        const marked = () => {
            this.mark = p.position;
        };
        p.on('error', (e) => {
            throw new Stop(this.error(e.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')));
        });
        p.on('xmldecl', marked);
        p.on('comment', marked);
        p.on('processinginstruction', ({ target }) => {
            // §2.6: the target ends with a space or "?>"; saxes 6 also lets "?" and more end it. The
            // processing instruction is the first markup since the last one saxes reported.
            const after = text.indexOf('<?', this.mark) + 2 + target.length;
            if (text[after] === '?' && text[after + 1] !== '>') {
                this.stop(after, `"?" after <?${target}; expected a space or ?>`);
            }
            marked();
        });
        p.on('doctype', (body) => {
            // saxes counts line ends as XML does (§2.11) and hands them over as \n.
            this.doctypeLine = p.line - (body.match(/\n/g)?.length ?? 0);
            // §2.8 doctypedecl: '<!DOCTYPE' S Name …; saxes skips the declaration unread.
            if (!/^[\x20\t\n]/.test(body)) {
                this.stop(text.indexOf('<!DOCTYPE', this.mark) + 9, 'expected a space after <!DOCTYPE');
            }
            // §3.3.2: even a non-validating processor applies attribute defaults an internal DTD
            // declares (`<!ATTLIST testsuite failures CDATA "1">`); gonogo reads no DTD, so a file
            // whose meaning depends on one is refused rather than read differently from other tools.
            if (/<!ATTLIST\b/.test(body)) {
                throw new Stop(this.result(text.indexOf('<!DOCTYPE', this.mark), 'its DOCTYPE declares attribute defaults (<!ATTLIST>) that XML readers apply; gonogo reads no DTD, so the file is refused: remove the DOCTYPE', true));
            }
            marked();
        });
        p.on('opentagstart', () => {
            // Names hold no line end; only the character that ended the name may have been one.
            this.tagLine = p.column === 0 ? p.line - 1 : p.line;
            marked();
        });
        p.on('opentag', (tag) => {
            marked();
            if (this.lines.length >= MAX_XML_DEPTH) {
                const lt = text.lastIndexOf('<', p.position - 1);
                throw new Stop(this.result(lt, `elements nested more than ${MAX_XML_DEPTH} deep (<${tag.name.slice(0, 40)}>); a test report nests a few levels: check the tool that wrote it`, true));
            }
            this.rootSeen = true;
            this.lines.push(this.tagLine);
            handler.open(tag.name, new Map(Object.entries(tag.attributes)), this.tagLine);
            this.syncText();
        });
        p.on('closetag', (tag) => {
            marked();
            if (!tag.isSelfClosing) {
                // saxes reports an end tag that names another element only after this event.
                const at = text.lastIndexOf('</', p.position - 1);
                const name = text.slice(at + 2, p.position - 1).replace(/[\x20\t\r\n]+$/, '');
                if (name !== tag.name) {
                    this.mismatch = { at, name, open: tag.name };
                    return;
                }
            }
            this.lines.pop();
            handler.close(tag.name);
            this.syncText();
        });
        p.on('cdata', (data) => {
            marked();
            if (this.lines.length > 0 && handler.wantsText())
                handler.text(data.slice(0, MAX_TEXT_CHUNK));
            this.syncText();
        });
    }
    run() {
        const t = this.text;
        // String.prototype.isWellFormed (ES2024) finds lone surrogates natively, where there is one.
        const wellFormed = t.isWellFormed?.call(t);
        const lone = wellFormed === true ? null : LONE_SURROGATE.exec(t);
        if (lone) {
            this.parser.write(t.slice(0, lone.index));
            const cp = t.charCodeAt(lone.index);
            return this.result(lone.index, `${(0,visible_text/* describeChar */.Ip)(cp)} is not allowed in XML`);
        }
        this.parser.write(t);
        this.ending = true;
        this.parser.close();
        return { ok: true, doctype: this.doctypeLine !== undefined };
    }
    onText = (chunk) => {
        if (this.lines.length > 0 && this.handler.wantsText()) {
            this.handler.text(chunk.slice(0, MAX_TEXT_CHUNK));
        }
        this.syncText();
    };
    /** Lets saxes gather character data only while the handler wants it. */
    syncText() {
        const on = this.lines.length > 0 && this.handler.wantsText();
        if (on === this.textOn)
            return;
        this.textOn = on;
        if (on)
            this.parser.on('text', this.onText);
        else
            this.parser.off('text');
    }
    stop(offset, message) {
        throw new Stop(this.result(offset, message));
    }
    result(offset, message, refused = false) {
        // Line ends count as XML counts them (§2.11: CR LF, CR, LF), as saxes counts them.
        const before = this.text.slice(0, offset).replace(/\r\n?/g, '\n');
        const { line, column } = (0,json_error/* lineColumn */.rv)(before, before.length);
        return { ok: false, line, column, message, refused };
    }
    describeAt(offset) {
        const cp = this.text.codePointAt(offset);
        return cp === undefined ? 'the end of the file' : (0,visible_text/* describeChar */.Ip)(cp);
    }
    /** saxes' first error (its message without position), located and worded for a reader. */
    error(message) {
        const t = this.text;
        // Where saxes is: past the end, or on the character it just read (a CR LF read as one).
        let at = this.ending ? t.length : Math.max(0, this.parser.position - 1);
        if (t[at] === '\n' && t[at - 1] === '\r')
            at--;
        // A reference (§4.1) runs from "&" to ";" in character data or an attribute value, after
        // the last markup, and holds no ";"; saxes reports it at its ";" or at the end of the text.
        if (t[at] === ';' && message.includes('entity')) {
            const amp = t.indexOf('&', Math.max(this.mark, t.lastIndexOf(';', at - 1) + 1));
            return this.reference(amp, t.slice(amp, at + 1), message);
        }
        if (this.ending) {
            const amp = t.indexOf('&', Math.max(this.mark, t.lastIndexOf(';') + 1));
            if (amp >= 0 && !t.slice(this.mark, amp).includes('<')) {
                return this.result(amp, BARE_AMPERSAND);
            }
        }
        if (message.startsWith('unclosed tag')) {
            const name = message.slice(message.indexOf(':') + 2);
            const line = this.lines[this.lines.length - 1] ?? 0;
            return this.result(at, `<${name}> opened on line ${line} is never closed (is the file cut short?)`);
        }
        if (message === 'unexpected close tag' && this.mismatch) {
            const { at: lt, name, open } = this.mismatch;
            const line = this.lines[this.lines.length - 1] ?? 0;
            return this.result(lt, `closing tag '${name}' does not close <${open}> opened on line ${line}`);
        }
        if (message === 'inappropriately located doctype declaration') {
            const lt = at - '<!DOCTYP'.length;
            return this.rootSeen || this.doctypeLine === undefined
                ? this.result(lt, 'DOCTYPE inside or after the root element')
                : this.result(lt, `a second DOCTYPE (the first is on line ${this.doctypeLine})`);
        }
        if (message === 'text data outside of root node') {
            NOT_SPACE.lastIndex = this.mark;
            const first = NOT_SPACE.exec(t)?.index ?? at;
            if (t[first] !== '<') {
                const where = this.rootSeen
                    ? 'after the end of the root element'
                    : 'before the root element';
                return this.result(first, `${this.describeAt(first)} ${where}; only markup may stand there`);
            }
        }
        if (message.startsWith('disallowed character')) {
            const cp = t.codePointAt(at) ?? 0;
            if (!isXmlChar(cp)) {
                return this.result(at, `${(0,visible_text/* describeChar */.Ip)(cp)}${cp < 0x20 ? BINARY_HINT : ' is not allowed in XML'}`);
            }
            if (t[at - 1] === '<' && message.includes('tag name')) {
                return this.result(at, `"<" followed by ${(0,visible_text/* describeChar */.Ip)(cp)}, not an element name; write &lt; for a literal "<"`);
            }
            if (cp === 0x3c && message === 'disallowed character') {
                return this.result(at, '"<" inside an attribute value; write &lt;');
            }
            return this.result(at, `${message}: ${(0,visible_text/* describeChar */.Ip)(cp)}`);
        }
        if (/^(?:expected (?:one of|the name)|did not expect any more)/.test(message)) {
            // saxes 6 words an unexpected name in the XML declaration by the wrong count.
            return this.result(at, MALFORMED_DECLARATION);
        }
        return this.result(at, message + (HINTS.get(message) ?? ''));
    }
    /** saxes refused the reference `ref` (from "&" to ";") at `amp`. */
    reference(amp, ref, message) {
        if (message.startsWith('undefined entity')) {
            if (this.doctypeLine !== undefined) {
                return this.result(amp, `entity reference ${ref} needs the DOCTYPE on line ${this.doctypeLine}, which gonogo never reads (external entities are never fetched, none are expanded); write the report without a DOCTYPE`, true);
            }
            return this.result(amp, `undeclared entity ${ref} (XML predefines only &amp; &lt; &gt; &apos; &quot;); write the character itself or a character reference`);
        }
        const number = /^&#(?:([0-9]+)|x([0-9a-fA-F]+));$/.exec(ref);
        if (number) {
            const [, dec, hexa] = number;
            const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hexa ?? '', 16);
            const named = cp <= 0x10ffff ? (0,visible_text/* describeChar */.Ip)(cp) : 'no Unicode character';
            return this.result(amp, `character reference ${ref} names ${named}, which XML does not allow`);
        }
        return this.result(amp, BARE_AMPERSAND);
    }
}

;// CONCATENATED MODULE: ./src/parsers/junit.ts




/**
 * Reads one JUnit XML file: `<testsuites>` or `<testsuite>` at the root, suites nested at any
 * depth, as the common tools write it (the Ant/Jenkins JUnit schema, Maven Surefire's
 * surefire-test-report-3.0.xsd, pytest, Go's gotestsum, jest-junit, mocha, vitest).
 *
 * - A test case with `<failure>` or `<error>` failed (`<rerunFailure>`/`<rerunError>` beside it:
 *   it failed on every rerun too). One with `<flakyFailure>`/`<flakyError>` and neither passed
 *   on a rerun: it is flaky, counted as passed and named in the message (Surefire's
 *   rerunFailingTestsCount). `<skipped>`, or Google Test's `status="notrun"` /
 *   `result="skipped|suppressed"`, did not run.
 * - Counts at every level: the `failures` + `errors` a `<testsuites>` or `<testsuite>` declares
 *   must be accounted for by the failure, error, flaky and rerun elements inside it (Surefire's
 *   totals count reruns, SUREFIRE-1627); what no element accounts for fails the file (gotestsum
 *   writes a package that did not build only as `<testsuites errors="1">`,
 *   gotestyourself/gotestsum#475). A `tests` total larger than the listed cases is not a failure
 *   (mocha-junit-reporter leaves pending tests out by default).
 * - A suite of totals only (no test case, no nested suite, nothing but properties and output)
 *   counts by its totals; the outermost `tests` and `skipped` bound how many tests ran.
 * - A test case without a `name` (the schema requires one) fails the file: pytest writes one,
 *   `<testcase time="0.000" />`, for the test it was running when the run was interrupted
 *   (KeyboardInterrupt, pytest.exit; SAP/InfraBox#302), and the tests after it never ran.
 * - A file in which no test ran fails, with {@link FileVerdict.tests} set so that a source of
 *   several files can judge "no test ran" over all of them ({@link judgeTogether}).
 *
 * Never throws: malformed XML, a DOCTYPE entity (never expanded, never fetched), a count that is
 * not a number or an unexpected error is an `invalid` verdict naming the file, line and fix.
 *
 * Limits (xml-scan.ts): the file must be well-formed XML 1.0 with exactly one root element (a
 * second root, as two concatenated reports have, is invalid); a DOCTYPE is read past and never
 * processed (an entity it declares is refused, never expanded); elements nested deeper than
 * MAX_XML_DEPTH (256) are refused. The file's size is bounded before it is read
 * (`limits.max_report_bytes`, src/io/report-file.ts).
 *
 * @param text the decoded file (see `decodeText` in src/parsers/decode-text.ts)
 * @param ctx `file` names the file in messages
 */
function readJunit(text, ctx) {
    try {
        return read(text, ctx.file);
    }
    catch (e) {
        const why = (0,visible_text/* nameInvisibles */.wi)(e instanceof Error ? e.message : String(e)).slice(0, 200);
        return (0,verdict/* invalid */.Gq)(ctx.file, `could not be read (${why}); this is a gonogo bug, please report it with the file`);
    }
}
/**
 * Judges "no test ran" over all the files of one source: a file that failed only because none
 * of its tests ran (a per-class file of skipped tests, an empty suite) passes when a test ran in
 * another file of the source. Every other verdict is kept as it is.
 *
 * @param verdicts the source's file verdicts, in file order
 * @returns the verdicts in the same order
 */
function judgeTogether(verdicts) {
    if (!verdicts.some((v) => (v.tests?.ran ?? 0) > 0))
        return [...verdicts];
    return verdicts.map((v) => {
        const t = v.tests;
        if (!t || v.status !== 'failed' || t.failed > 0 || t.ran > 0)
            return v;
        return {
            ...v,
            status: 'passed',
            message: `${t.file}: no test ran in this file (${t.tests} tests, ${t.skipped} skipped); tests ran in other files of this source`
        };
    });
}
const MAX_DETAIL = 300;
/** Suite paths in finding ids keep their innermost characters (suites nested very deep). */
const MAX_PATH = 500;
const MAX_FLAKY_NAMED = 5;
const PROBLEMS = new Set(['failure', 'error']);
const FLAKY = new Set(['flakyFailure', 'flakyError']);
const RERUNS = new Set(['rerunFailure', 'rerunError']);
/** What a suite of totals only may hold besides whitespace (the JUnit schema's suite parts). */
const SUITE_PARTS = new Set(['properties', 'system-out', 'system-err']);
const INERT = { kind: 'other', inert: true };
const OTHER = { kind: 'other', inert: false };
class JunitWalker {
    frames = [];
    root;
    badCount;
    cases = 0;
    failed = 0;
    errored = 0;
    skipped = 0;
    flakyNames = [];
    suiteProblems = { failure: 0, error: 0 };
    /** Suite totals of leaf suites (files of suite totals only). */
    totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    /** Declared failures + errors no element accounts for (suites of totals only aside). */
    unaccounted = 0;
    firstUnaccounted;
    rootRan = 0;
    /** Test cases without a `name` (the schema requires one), where the first one is, and how many of them passed. */
    nameless = 0;
    firstNamelessLine;
    namelessPassed = 0;
    findings = [];
    findingsOmitted = 0;
    top() {
        return this.frames[this.frames.length - 1];
    }
    /** The open suites and test cases with their depth in `frames`: nearest ones in O(1). */
    openSuites = [];
    openCases = [];
    nearestSuite() {
        return this.openSuites[this.openSuites.length - 1]?.frame;
    }
    /** The innermost open test case, unless a suite opened inside it. */
    nearestCase() {
        const c = this.openCases[this.openCases.length - 1];
        const s = this.openSuites[this.openSuites.length - 1];
        return c && (!s || c.depth > s.depth) ? c.frame : undefined;
    }
    addFinding(f) {
        if (this.findings.length < MAX_FINDINGS_PER_CONTROL)
            this.findings.push(f);
        else
            this.findingsOmitted++;
    }
    open(name, attributes, line) {
        const top = this.top();
        if (top === undefined) {
            this.root = name;
            if (name !== 'testsuites' && name !== 'testsuite') {
                this.frames.push(INERT);
                return;
            }
        }
        if (top?.kind === 'problem' || (top?.kind === 'other' && top.inert)) {
            this.frames.push(INERT);
            return;
        }
        if (name === 'testsuite' || name === 'testsuites') {
            const parent = this.nearestSuite();
            const own = name === 'testsuite' ? (0,visible_text/* nameInvisibles */.wi)(attributes.get('name') ?? '') : '';
            const joined = parent?.path && own ? `${parent.path} › ${own}` : (parent?.path ?? '') || own;
            const path = joined.length > MAX_PATH ? `…${joined.slice(-MAX_PATH)}` : joined;
            const frame = {
                kind: 'suite',
                element: name,
                path,
                line,
                declared: this.declared(name, attributes, line),
                explained: 0,
                childSuites: 0,
                cases: 0,
                ran: 0,
                opaque: false
            };
            this.openSuites.push({ frame, depth: this.frames.length });
            this.frames.push(frame);
        }
        else if (name === 'testcase') {
            const suite = this.nearestSuite();
            if (!suite) {
                this.frames.push(OTHER);
                return;
            }
            const nameless = attributes.get('name') === undefined;
            if (nameless) {
                this.nameless++;
                this.firstNamelessLine ??= line;
            }
            const caseName = (0,visible_text/* nameInvisibles */.wi)([attributes.get('classname'), attributes.get('name')]
                .filter(Boolean)
                .join('.')
                .slice(0, MAX_PATH));
            const status = attributes.get('status')?.toLowerCase();
            const result = attributes.get('result')?.toLowerCase();
            const frame = {
                kind: 'case',
                id: suite.path ? `${suite.path} › ${caseName}` : caseName,
                name: caseName,
                suite,
                // Google Test writes tests that did not run with status/result attributes only.
                skipped: status === 'notrun' ||
                    status === 'disabled' ||
                    status === 'skipped' ||
                    result === 'skipped' ||
                    result === 'suppressed',
                flakyRuns: 0,
                reruns: 0,
                ...(nameless ? { nameless: true } : {})
            };
            const file = attributes.get('file');
            const at = Number(attributes.get('line'));
            if (file)
                frame.location = Number.isInteger(at) && at > 0 ? { file, line: at } : { file };
            this.openCases.push({ frame, depth: this.frames.length });
            this.frames.push(frame);
        }
        else if (PROBLEMS.has(name)) {
            const owner = this.nearestCase() ?? this.nearestSuite();
            if (!owner) {
                this.frames.push(INERT);
                return;
            }
            this.frames.push({
                kind: 'problem',
                type: name === 'failure' ? 'failure' : 'error',
                owner,
                message: attributes.get('message') ?? '',
                text: ''
            });
        }
        else if (FLAKY.has(name) || RERUNS.has(name) || name === 'skipped') {
            const c = this.nearestCase();
            if (c) {
                if (name === 'skipped')
                    c.skipped = true;
                else if (FLAKY.has(name))
                    c.flakyRuns++;
                else
                    c.reruns++;
            }
            this.frames.push(INERT);
        }
        else {
            if (top?.kind === 'suite' && !SUITE_PARTS.has(name))
                top.opaque = true;
            // gotestsum records the Go toolchain in each suite's properties: its reruns are trusted.
            if (name === 'property' && attributes.get('name') === 'go.version') {
                const suite = this.nearestSuite();
                if (suite)
                    suite.goTest = true;
            }
            this.frames.push(OTHER);
        }
    }
    declared(element, attributes, line) {
        const out = {};
        for (const key of ['tests', 'failures', 'errors', 'skipped', 'disabled']) {
            const raw = attributes.get(key);
            if (raw === undefined || raw.trim() === '')
                continue;
            if (!/^\s*\d{1,15}\s*$/.test(raw)) {
                this.badCount ??= `${key}="${(0,visible_text/* nameInvisibles */.wi)(raw).slice(0, 40)}" on <${element}> at line ${line} is not a count (a whole number); fix the tool or step that wrote the file`;
                continue;
            }
            out[key] = Number(raw);
        }
        return out;
    }
    close() {
        const frame = this.frames.pop();
        if (!frame)
            return;
        if (frame.kind === 'problem')
            this.closeProblem(frame);
        else if (frame.kind === 'case') {
            this.openCases.pop();
            this.closeCase(frame);
        }
        else if (frame.kind === 'suite') {
            this.openSuites.pop();
            this.closeSuite(frame);
        }
    }
    wantsText() {
        const top = this.top();
        if (top?.kind === 'suite')
            return !top.opaque;
        return top?.kind === 'problem' && top.message.trim() === '' && top.text.length < 2000;
    }
    text(chunk) {
        const top = this.top();
        if (top?.kind === 'problem')
            top.text += chunk;
        else if (top?.kind === 'suite' && chunk.trim() !== '')
            top.opaque = true;
    }
    closeProblem(p) {
        const detail = firstLine(p.message) || firstLine(p.text);
        if (p.owner.kind === 'case') {
            const c = p.owner;
            if (!c.problem)
                c.problem = { type: p.type, detail };
            else if (c.problem.type === 'error' && p.type === 'failure')
                c.problem = { type: 'failure', detail: c.problem.detail || detail };
            return;
        }
        // A failure or error outside any test case (a suite that failed to set up or to load).
        const suite = p.owner;
        this.suiteProblems[p.type]++;
        suite.explained++;
        this.addFinding({
            id: suite.path || `<${suite.element}>`,
            status: 'failed',
            message: `${p.type === 'failure' ? 'failed' : 'errored'} outside any test case${detail ? `: ${detail}` : ''}`
        });
    }
    closeCase(c) {
        this.cases++;
        c.suite.cases++;
        c.suite.explained += c.flakyRuns + c.reruns;
        if (c.problem || c.reruns > 0) {
            c.suite.ran++;
            const type = c.problem?.type ?? 'failure';
            if (type === 'failure')
                this.failed++;
            else
                this.errored++;
            if (c.problem)
                c.suite.explained++;
            const verb = type === 'failure' ? 'failed' : 'errored';
            const how = c.reruns > 0
                ? c.problem
                    ? `${verb} on every run (${c.reruns} reruns)`
                    : `${verb} on ${c.reruns} reruns, with no final result`
                : verb;
            const detail = c.problem?.detail ?? '';
            const f = {
                id: c.id || `testcase ${this.cases}`,
                status: 'failed',
                message: `${how}${detail ? `: ${detail}` : ''}`
            };
            if (c.location)
                f.location = c.location;
            this.addFinding(f);
            if (c.problem && c.reruns === 0 && c.id && c.suite.goTest) {
                c.suite.failedRuns ??= new Map();
                const kept = this.findings[this.findings.length - 1] === f ? f : undefined;
                c.suite.failedRuns.set(c.id, { type, ...(kept ? { finding: kept } : {}) });
            }
        }
        else if (c.skipped) {
            this.skipped++;
        }
        else {
            c.suite.ran++;
            if (c.nameless)
                this.namelessPassed++;
            const earlier = c.id ? c.suite.failedRuns?.get(c.id) : undefined;
            if (earlier) {
                // Failed, then passed on a rerun of the same test in the same suite: flaky, not failed
                // (gotestsum --rerun-fails; gotestyourself/gotestsum#281: the run passes).
                c.suite.failedRuns?.delete(c.id);
                if (earlier.type === 'failure')
                    this.failed--;
                else
                    this.errored--;
                const at = earlier.finding ? this.findings.indexOf(earlier.finding) : -1;
                if (at >= 0)
                    this.findings.splice(at, 1);
                this.flakyNames.push(c.name || c.id);
            }
            else if (c.flakyRuns > 0)
                this.flakyNames.push(c.name || c.id);
        }
    }
    closeSuite(s) {
        const d = s.declared;
        const declaredProblems = (d.failures ?? 0) + (d.errors ?? 0);
        const notRun = (d.skipped ?? 0) + (d.disabled ?? 0);
        const parent = this.nearestSuite();
        // A suite of totals only: no test case, no nested suite, no failure element of its own.
        const leaf = s.element === 'testsuite' && s.childSuites === 0 && s.cases === 0 && s.explained === 0;
        let ran = s.ran;
        if (leaf) {
            // Some reporters write only a suite's totals: they are all there is to judge it by. Its
            // failures always count; its tests only when nothing else stands in the suite.
            this.totals.failures += d.failures ?? 0;
            this.totals.errors += d.errors ?? 0;
            if (!s.opaque) {
                this.totals.tests += d.tests ?? 0;
                this.totals.skipped += notRun;
                ran = Math.max(0, (d.tests ?? 0) - notRun);
            }
        }
        else if (!parent && d.tests !== undefined) {
            // The outermost totals bound what ran: mocha-junit-reporter leaves pending tests out of
            // the file and counts them only in <testsuites skipped="…">.
            ran = Math.min(ran, Math.max(0, d.tests - notRun));
        }
        const unaccounted = declaredProblems - s.explained;
        if (unaccounted > 0) {
            if (leaf) {
                this.addFinding({
                    id: s.path || 'testsuite',
                    status: 'failed',
                    message: `${d.failures ?? 0} failed and ${d.errors ?? 0} errored (suite totals; no test cases listed)`
                });
            }
            else {
                this.unaccounted += unaccounted;
                const said = `<${s.element}>${s.path ? ` "${s.path}"` : ''} on line ${s.line} says ${countsSaid(d)}`;
                this.firstUnaccounted ??= said;
                this.addFinding({
                    id: s.path || `<${s.element}>`,
                    status: 'failed',
                    message: s.explained === 0
                        ? `${said}, but no failure or error element accounts for ${unaccounted === 1 ? 'it' : 'them'}: ${unaccounted} failed or errored outside any listed test (e.g. a package that did not build)`
                        : `${said}, but the elements inside account for only ${s.explained}: ${unaccounted} more failed or errored outside any listed test (e.g. a package that did not build)`
                });
            }
        }
        if (parent) {
            parent.explained += Math.max(declaredProblems, s.explained);
            parent.childSuites++;
            parent.ran += ran;
        }
        else {
            this.rootRan = ran;
        }
    }
}
function countsSaid(d) {
    const parts = [];
    for (const key of ['tests', 'failures', 'errors']) {
        const v = d[key];
        if (v !== undefined)
            parts.push(`${key}="${v}"`);
    }
    return parts.join(' ');
}
function firstLine(s) {
    for (const line of s.split('\n')) {
        const t = line.trim();
        if (t)
            return (0,visible_text/* nameInvisibles */.wi)(t.slice(0, MAX_DETAIL));
    }
    return '';
}
function read(text, file) {
    const w = new JunitWalker();
    const scan = scanXml(text, w);
    if (!scan.ok) {
        const where = `line ${scan.line}, column ${scan.column}`;
        const message = (0,visible_text/* nameInvisibles */.wi)(scan.message);
        if (message.endsWith(BINARY_HINT)) {
            const what = message.slice(0, -BINARY_HINT.length);
            return (0,verdict/* invalid */.Gq)(file, `binary data, not JUnit XML (${what} at ${where})`);
        }
        return (0,verdict/* invalid */.Gq)(file, scan.refused
            ? `cannot be read safely at ${where}: ${message}`
            : `not well-formed XML at ${where}: ${message}`);
    }
    if (w.root !== 'testsuites' && w.root !== 'testsuite') {
        return (0,verdict/* invalid */.Gq)(file, `not JUnit XML: the root element is <${(0,visible_text/* nameInvisibles */.wi)(w.root ?? 'none')}>, expected <testsuites> or <testsuite>`);
    }
    // A total that is not a count makes the file unreadable, unless the file fails anyway (mocha's
    // xunit reporter writes skipped="-2" when hooks fail): then its failures stand.
    if (w.badCount && w.failed + w.errored + w.suiteProblems.failure + w.suiteProblems.error === 0)
        return (0,verdict/* invalid */.Gq)(file, w.badCount);
    const ignored = w.badCount ? `; ${w.badCount.replace(/; fix the tool.*$/, '')} (not counted)` : '';
    // Listed test cases, plus suites of totals only by their totals.
    const failures = w.failed + w.totals.failures + w.suiteProblems.failure;
    const errors = w.errored + w.totals.errors + w.suiteProblems.error;
    const tests = w.cases + w.totals.tests;
    const ran = w.rootRan;
    // Totals only: what did not run by the outer totals (mocha-junit-reporter counts pending tests
    // in <testsuites skipped="…"> but not in their suites) counts as skipped too.
    const skipped = Math.max(w.skipped + w.totals.skipped, tests - ran);
    const extra = w.unaccounted;
    const failed = failures + errors + extra;
    const tally = { file, tests, skipped, ran, failed: failed + w.nameless };
    const summary = { tests, failures, errors, skipped };
    if (w.flakyNames.length > 0)
        summary.flaky = w.flakyNames.length;
    if (extra > 0)
        summary.unaccounted = extra;
    const flaky = flakySuffix(w.flakyNames);
    const base = { findings: w.findings, summary, tests: tally };
    const omitted = w.findingsOmitted > 0 ? { findingsOmitted: w.findingsOmitted } : {};
    if (failed > 0) {
        const counted = failures + errors > 0;
        const message = counted
            ? `${file}: ${failures} failed and ${errors} errored of ${tests} tests${extra > 0 ? `; and ${w.firstUnaccounted ?? 'a suite'}: ${extra} more than the elements show` : ''}${flaky}${ignored}`
            : `${file}: ${w.firstUnaccounted ?? 'a suite'}, but no <failure> or <error> element accounts for ${extra === 1 ? 'it' : `${extra} of them`}: something failed outside any listed test (e.g. a package that did not build or a suite that did not load); ${ran} listed tests passed. Fix what the test tool's log reports${flaky}`;
        return { status: 'failed', message, ...base, ...omitted };
    }
    if (w.nameless > 0) {
        return {
            status: 'failed',
            message: `${file}: the <testcase> at line ${w.firstNamelessLine ?? 0}${w.nameless > 1 ? ` and ${w.nameless - 1} more` : ''} has no name: the run stopped while a test ran (pytest writes this when interrupted by KeyboardInterrupt or pytest.exit), so the run did not finish; ${Math.max(0, ran - w.namelessPassed)} named tests passed. Re-run the tests to the end${flaky}`,
            ...base,
            findings: []
        };
    }
    if (ran <= 0) {
        return {
            status: 'failed',
            message: `${file}: no test ran (${tests} tests, ${skipped} skipped); a run without tests proves nothing`,
            ...base,
            findings: []
        };
    }
    return {
        status: 'passed',
        message: `${file}: ${ran} tests passed${skipped > 0 ? `, ${skipped} skipped` : ''}${flaky}`,
        ...base,
        findings: []
    };
}
function flakySuffix(names) {
    if (names.length === 0)
        return '';
    const shown = names.slice(0, MAX_FLAKY_NAMED).join(', ');
    const more = names.length > MAX_FLAKY_NAMED ? `, and ${names.length - MAX_FLAKY_NAMED} more` : '';
    return `; ${names.length} flaky (passed on rerun): ${shown}${more}`;
}

// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(6161);
;// CONCATENATED MODULE: ./src/parsers/legacy-report.ts



/** The older gate's decision words. */
const DECISION_WORDS = {
    go: 'go',
    'conditional-go': 'conditional-go',
    conditional_go: 'conditional-go',
    'no-go': 'no-go',
    no_go: 'no-go'
};
/** Summary fields the Playbook names, and when each fails the report. */
const SUMMARY_RULES = [
    { field: 'failed_tests', kind: 'count', what: 'tests failed' },
    { field: 'test_execution_complete', kind: 'complete', what: 'test execution did not complete' },
    { field: 'failed_executions', kind: 'count', what: 'executions failed' },
    { field: 'execution_complete', kind: 'complete', what: 'execution did not complete' }
];
/** How far above 1 floating-point division may put a ratio that is 1. */
const RATIO_ROUNDING = 1e-9;
/**
 * Counts of inputs by a consolidated summary's status words (`"invalid": 1`, top level or in
 * `summary`): above 0, each is the status its word has for an input listed with it (status.ts:
 * missing and invalid fail, unknown and unverified are unverified), whatever the counts of passed
 * and failed inputs say. `summary.unverified` has its own rule (it may be a boolean).
 */
const INPUT_STATUS_COUNTS = ['missing', 'invalid', 'unknown', 'unverified'];
/** Lists whose entries are failures, and lists shown but never counted. */
const FAILURE_LISTS = ['breaches', 'failures', 'mismatches', 'violations', 'errors'];
const SHOWN_LISTS = ['warnings', 'notes'];
/** Top-level keys that hold settings, inputs or lists read above: never read as nested items. */
const NOT_ITEMS = new Set([
    'summary',
    'checks',
    'thresholds',
    'inputs',
    'policy',
    'config',
    'settings',
    'environment',
    'exceptions_applied',
    ...FAILURE_LISTS,
    ...SHOWN_LISTS
]);
/**
 * The access checks of the older scripts (verify_github_branch_protection.py): a repository
 * given, a token present, an API call answered. Matched on the whole id (an API call check is
 * `<what>_api_call:<branch>`), never on a substring: required check names can contain "token".
 */
const ACCESS_CHECK = /^(repository_provided|github_token_present|token_present|[a-z_]+_api_call(:[^:]*)?)$/;
/** The one report §2.4 lets be accepted while unverified. */
const BRANCH_PROTECTION_REPORT = /github_branch_protection/;
/**
 * The words the older scripts write as an item's verdict. Other words in a nested `status`
 * (`experimental`, `pending`, `allow`, `skipped`) are lifecycle stages or outcomes, not verdicts.
 */
const NESTED_VERDICTS = new Set([
    'failure',
    'timed_out',
    'cancelled',
    'canceled',
    'passed',
    'pass',
    'ok',
    'success',
    'failed',
    'fail',
    'error',
    'breach',
    'missing',
    'invalid',
    'unverified',
    'unknown'
]);
/** How many nested values are looked at before the report is refused as too large to judge. */
const MAX_NESTED_VALUES = 200_000;
/** Failure counts and item counts (top level and `summary`). */
const FAILED_WORDS = /^(failed|failures|errors|unstable|mismatched|violations|breaches|failed_[a-z_]+|[a-z_]+_failed|failing|errored|(num|total|count|n)_(failed|failures|failing|errors|errored|failed_[a-z_]+)|(failure|error|errored|failing|failed)_(count|total|num))$/;
/** Words that make a failure-sounding field a setting, not a count (`max_failures`). */
const NOT_A_COUNT = /(^|_)(max|min|allowed|threshold|limit|budget|tolerance|expected|target)(_|$)/;
const ITEM_WORDS = /^(total|passed|stable|matched|total_[a-z_]+|[a-z_]+_total|passed_[a-z_]+|[a-z_]+_passed|completed_[a-z_]+)$/;
/** `numFailedTests` (jest's field) → `num_failed_tests`. */
const snake = (k) => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
/**
 * What a field name counts: bit 1 a failure count, bit 2 an item count. Reports of one kind repeat
 * the same few names thousands of times, so each name is classified once (at most 4,096 kept).
 */
const keyKinds = new Map();
function keyKind(k) {
    let kind = keyKinds.get(k);
    if (kind === undefined) {
        const s = snake(k);
        const failed = FAILED_WORDS.test(s) && !NOT_A_COUNT.test(s);
        kind = failed ? 1 : ITEM_WORDS.test(s) ? 2 : 0;
        if (keyKinds.size < 4096)
            keyKinds.set(k, kind);
    }
    return kind;
}
/** A failure count, as the older scripts and the test tools they wrapped name one. */
function isFailedCount(k) {
    return (keyKind(k) & 1) !== 0;
}
/** An item count (what failures are counted of); never a failure count itself. */
function isItemCount(k) {
    return (keyKind(k) & 2) !== 0;
}
const PLAYBOOK_FIELDS = new Set(SUMMARY_RULES.map((r) => r.field));
/** Counts that restate a `checks` list; read through the list when it is there. */
const RESTATES_CHECKS = new Set(['total', 'passed', 'failed', 'pass_ratio']);
/**
 * Judges one report of the older scripts. Pure; never throws.
 *
 * @param doc the parsed JSON object (any `contract` but `gonogo.report/v1`, or none)
 * @param ctx file name (for messages) and the commit being gated (a report naming another commit
 *   is stale)
 * @returns the verdict; `conditional` when the older gate decided conditional-go,
 *   `refuseUnverified` when §2.4 forbids accepting this report's `unverified`
 */
function readLegacyReport(doc, ctx) {
    if (doc.contract !== undefined && typeof doc.contract !== 'string')
        return (0,verdict/* invalid */.Gq)(ctx.file, "'contract' must be a string naming the report's kind");
    const contract = typeof doc.contract === 'string' ? doc.contract : undefined;
    const label = contract ? `older report (contract ${contract.slice(0, 80)})` : 'older report';
    const shas = legacyShas(doc);
    if (typeof shas === 'string')
        return (0,verdict/* invalid */.Gq)(ctx.file, shas);
    const reportSha = shas[0];
    const other = ctx.sha ? shas.find((c) => !(0,verdict/* sameCommit */.Kd)(c, ctx.sha)) : undefined;
    if (ctx.sha && other)
        return (0,verdict/* stale */.ez)(ctx.file, other, ctx.sha);
    const r = judge(doc, label);
    if ('invalid' in r)
        return (0,verdict/* invalid */.Gq)(ctx.file, r.invalid);
    const status = (0,core_status/* worstStatus */.A4)(r.signals.map((x) => x.status));
    const deciding = r.signals.filter((x) => x.status === status);
    const notes = [];
    if (r.accessChecks.length > 0 && status === 'unverified')
        notes.push(`could not reach its evidence: ${list(r.accessChecks)} (the reason it is unverified)`);
    if (r.conditional && status === 'passed')
        notes.push(r.conditional);
    if (r.tolerated.length > 0 && status === 'passed')
        notes.push(`the older gate's decision tolerated failed checks: ${list(r.tolerated)}`);
    let refuseUnverified;
    if (status === 'unverified') {
        refuseUnverified = unverifiedRefusal(doc, contract, r.unverifiedInputs);
        if (refuseUnverified)
            notes.push(refuseUnverified);
    }
    if (r.shown.length > 0)
        notes.push(`${r.shown[0]}${r.shown.length > 1 ? '; …' : ''}`);
    if (ctx.sha && !reportSha)
        notes.push('no commit recorded, so staleness was not checked');
    const message = `${ctx.file}: ${status} (${label}: ${deciding
        .slice(0, 4)
        .map((x) => x.why)
        .join('; ')}${deciding.length > 4 ? '; …' : ''}${notes.map((n) => `; ${n}`).join('')})`;
    const kept = keepFindings(r.findings);
    return {
        status,
        message,
        findings: kept.findings,
        summary: r.summary,
        ...(r.conditional && status === 'passed' ? { conditional: r.conditional } : {}),
        ...(refuseUnverified ? { refuseUnverified } : {})
    };
}
function judge(doc, label) {
    const j = {
        signals: [],
        findings: [],
        summary: {},
        accessChecks: [],
        tolerated: [],
        unverifiedInputs: [],
        shown: []
    };
    // 1. Verdict words.
    const words = [];
    for (const field of ['status', 'slo_status']) {
        const v = doc[field];
        if (v === undefined || v === null)
            continue;
        if (typeof v !== 'string')
            return { invalid: `'${field}' must be a string status word` };
        const s = (0,core_status/* normaliseStatusWord */.f)(v);
        if (!s) {
            return {
                invalid: `unknown status word ${JSON.stringify(v.slice(0, 40))} in '${field}'; known words: ${core_status/* LEGACY_STATUS_WORDS */.h$.join(', ')}`
            };
        }
        words.push({ status: s, why: `${field}: ${v}` });
    }
    // 2. The older gate's decision is the verdict of its own report.
    let decision;
    if (doc.decision !== undefined && doc.decision !== null) {
        const raw = typeof doc.decision === 'string' ? doc.decision : undefined;
        const key = raw?.trim().toLowerCase() ?? '';
        const known = Object.hasOwn(DECISION_WORDS, key) ? DECISION_WORDS[key] : undefined;
        if (raw === undefined || known === undefined) {
            return {
                invalid: `unknown decision ${raw !== undefined ? JSON.stringify(raw.slice(0, 40)) : `of type ${typeof doc.decision}`}; expected go, conditional-go or no-go`
            };
        }
        decision = known;
        j.signals.push({
            status: decision === 'no-go' ? 'failed' : 'passed',
            why: `decision: ${raw}`
        });
        // The gate writes `status: failed` with a conditional-go; any other word still counts.
        j.signals.push(...words.filter((w) => !w.why.startsWith('status:')));
        const statusWord = words.find((w) => w.why.startsWith('status:'));
        if (decision === 'go' && statusWord && statusWord.status !== 'passed') {
            j.signals.push({
                status: 'failed',
                why: `decision go but ${statusWord.why}: the older gate writes status passed with every go; regenerate the report`
            });
        }
    }
    else {
        j.signals.push(...words);
    }
    const saysUnverified = words.length > 0 && (0,core_status/* worstStatus */.A4)(words.map((w) => w.status)) === 'unverified';
    // 3. Checks: a list of {check_id, passed} or an object of booleans.
    const checks = readChecks(doc.checks);
    if (typeof checks === 'string')
        return { invalid: checks };
    const failed = [];
    for (const c of checks) {
        if (c.passed)
            continue;
        const access = saysUnverified && !decision && ACCESS_CHECK.test(c.id);
        if (access)
            j.accessChecks.push(c.id);
        else
            failed.push(c.id);
        j.findings.push({
            id: c.id,
            status: access ? 'unverified' : 'failed',
            message: `${access ? 'could not reach evidence' : 'failed'}${c.detail ? `: ${c.detail}` : ''}${c.severity ? ` (severity ${c.severity})` : ''}`
        });
    }
    if (checks.length > 0) {
        j.summary.checks = checks.length;
        j.summary.failed_checks = failed.length;
        // With no verdict word, a list of checks that all passed is a verdict of its own (the
        // counts that restate it are read through it).
        if (words.length === 0 && !decision && failed.length === 0 && j.accessChecks.length === 0)
            j.signals.push({
                status: 'passed',
                why: `checks: ${checks.length} of ${checks.length} passed`
            });
    }
    if (decision === 'conditional-go') {
        j.conditional = `the older gate decided conditional-go${failed.length > 0 ? ` (failed within its profile or under an exception: ${list(failed)})` : ''}`;
    }
    else if (decision === 'go') {
        j.tolerated = failed;
    }
    else if (!decision && failed.length > 0) {
        j.signals.push({
            status: 'failed',
            why: `${failed.length === 1 ? 'check' : `${failed.length} checks`} failed: ${list(failed)}`
        });
    }
    // 4. Summary fields the Playbook names.
    const s = doc.summary;
    if (s !== undefined && s !== null && !(0,verdict/* isRecord */.u4)(s))
        return { invalid: "'summary' must be an object" };
    if ((0,verdict/* isRecord */.u4)(s)) {
        for (const [k, v] of Object.entries(s)) {
            if (typeof v === 'number' && Number.isFinite(v) && v >= 0)
                j.summary[k] = v;
        }
        const bad = playbookSummaryFields(s, 'summary', j, { left: MAX_NESTED_VALUES });
        if (bad)
            return { invalid: bad };
        const u = s.unverified;
        if (u !== undefined && u !== null && typeof u !== 'boolean' && typeof u !== 'number')
            return { invalid: "'summary.unverified' must be true or false, or a count" };
        if (u === true)
            j.signals.push({ status: 'unverified', why: 'summary.unverified = true' });
        else if (typeof u === 'number') {
            const bad = countProblem(u);
            if (bad)
                return { invalid: `'summary.unverified' ${bad}` };
            if (u > 0)
                j.signals.push({ status: 'unverified', why: `summary.unverified = ${u}` });
        }
    }
    // 5. Failure lists; warnings and notes are shown only.
    for (const field of FAILURE_LISTS) {
        const items = doc[field];
        if (items === undefined || items === null)
            continue;
        if (!Array.isArray(items)) {
            if (field === 'errors' && typeof items === 'number')
                continue; // a count, read in step 7
            return { invalid: `'${field}' must be a list` };
        }
        if (items.length === 0)
            continue;
        j.summary[field] = items.length;
        const texts = items.map(itemText);
        j.signals.push({
            status: 'failed',
            why: `${field}[] lists ${items.length}: ${texts.slice(0, 2).join('; ')}${items.length > 2 ? '; …' : ''}`
        });
        texts.forEach((t, i) => j.findings.push({ id: `${field}[${i}]`, status: 'failed', message: t || '(no text)' }));
    }
    for (const field of SHOWN_LISTS) {
        const items = doc[field];
        if (!Array.isArray(items) || items.length === 0)
            continue;
        j.summary[field] = items.length;
        j.shown.push(`${field} (not counted): ${items.slice(0, 2).map(itemText).join('; ')}`);
    }
    // 6. Nested items with their own verdict word.
    const nested = nestedVerdicts(doc);
    if (typeof nested === 'string')
        return { invalid: nested };
    // An item's own summary (per surface, per suite) holds the Playbook fields too.
    // A summary inside one already walked (`summary.unit.summary`, an item's summary in a
    // surface's summary) was read with it: walking it again would repeat its findings.
    const budget = { left: MAX_NESTED_VALUES };
    const walked = [];
    for (const at of nested.summaries) {
        if (walked.some((w) => at.path.startsWith(`${w}.`) || at.path.startsWith(`${w}[`)))
            continue;
        walked.push(at.path);
        const bad = playbookSummaryFields(at.summary, at.path, j, budget);
        if (bad)
            return { invalid: bad };
    }
    for (const n of nested.verdicts) {
        j.signals.push({ status: n.status, why: `${n.path}: ${n.word}` });
        if (n.status !== 'passed')
            j.findings.push({
                id: n.path,
                status: n.status,
                message: `${n.word}${n.name ? ` (${n.name})` : ''}`
            });
        if (n.status === 'unverified' && n.name)
            j.unverifiedInputs.push(n.name);
    }
    // 7. Counts and ratios (for the older gate's own report too: a failure count still fails).
    const counted = countVerdicts(doc, checks.length > 0, words.length === 0 && !decision);
    if (typeof counted === 'string')
        return { invalid: counted };
    j.signals.push(...counted);
    if (j.signals.length === 0) {
        return {
            invalid: `${label} carries no verdict: looked for 'status', 'slo_status', 'decision', failure counts with a total (top level or in 'summary'), '*_ratio' fields and items with a status; add one, or write a gonogo.report/v1 report`
        };
    }
    return j;
}
/**
 * Keys under a summary that hold settings, baselines or earlier runs, not this run's results:
 * never looked into for the Playbook fields (`summary.thresholds.failed_tests: 5` is a limit).
 */
const NOT_A_BREAKDOWN = /(^|_)(max|min|maximum|minimum|allowed|threshold|thresholds|limit|limits|budget|tolerance|expected|target|targets|baseline|previous|prior|last|history|config|settings|policy|inputs)(_|$)/;
/**
 * The Playbook's summary fields (SUMMARY_RULES) of a summary object `o`, named `at.<field>`, as
 * signals and findings on `j`; then the same in every object and list nested in it, at any depth
 * (`summary.unit.failed_tests`, `summary.suites[2].failed_tests`): a breakdown's failure fails
 * the report as the total's would. Keys that name a setting, a baseline or an earlier run
 * (NOT_A_BREAKDOWN) are not looked into. Iterative; bounded by `budget` (values visited).
 * Returns what is malformed, or undefined.
 */
function playbookSummaryFields(o, at, j, budget) {
    const stack = [[o, at]];
    while (stack.length > 0) {
        const [value, path] = stack.pop();
        if (--budget.left < 0)
            return `the report nests more than ${MAX_NESTED_VALUES} values below its top level; too large to judge`;
        if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--)
                stack.push([value[i], `${path}[${i}]`]);
            continue;
        }
        if (!(0,verdict/* isRecord */.u4)(value))
            continue;
        for (const rule of SUMMARY_RULES) {
            const v = value[rule.field];
            if (v === undefined || v === null)
                continue;
            const name = `${path}.${rule.field}`;
            if (rule.kind === 'count') {
                const bad = countProblem(v);
                if (bad || typeof v !== 'number')
                    return `'${name}' ${bad ?? 'must be a number'}`;
                if (v > 0) {
                    j.signals.push({ status: 'failed', why: `${name} = ${v}` });
                    j.findings.push({ id: name, status: 'failed', message: `${v} ${rule.what}` });
                }
            }
            else {
                if (typeof v !== 'boolean')
                    return `'${name}' must be true or false`;
                if (!v) {
                    j.signals.push({ status: 'failed', why: `${name} = false` });
                    j.findings.push({ id: name, status: 'failed', message: rule.what });
                }
            }
        }
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
            const k = keys[i];
            const v = value[k];
            if (typeof v === 'object' && v !== null && !NOT_A_BREAKDOWN.test(k))
                stack.push([v, `${path}.${k}`]);
        }
    }
    return undefined;
}
/** Why a count is not a count (negative, not finite, not a number); undefined when it is one. */
function countProblem(v) {
    if (typeof v !== 'number')
        return 'must be a number';
    if (!Number.isFinite(v))
        return `must be a finite number, not ${String(v)}`;
    if (v < 0)
        return `must not be negative (${v})`;
    return undefined;
}
/**
 * §2.4: whether an `unverified` report may be accepted with manual evidence. Only the GitHub
 * branch protection report may; a consolidated summary only when every unverified input is that
 * report. Returns the reason it may not, or undefined.
 */
function unverifiedRefusal(doc, contract, unverifiedInputs) {
    const isSummary = Array.isArray(doc.reports);
    if (isSummary) {
        const others = unverifiedInputs.filter((i) => !BRANCH_PROTECTION_REPORT.test(i));
        // A count of unverified (or unknown) inputs above those listed hides which the others are.
        // Each word counted once: a report may write the same count at the top and in `summary`.
        const places = [doc, (0,verdict/* isRecord */.u4)(doc.summary) ? doc.summary : {}];
        const counted = ['unverified', 'unknown']
            .map((k) => Math.max(0, ...places.map((o) => (typeof o[k] === 'number' ? o[k] : 0))))
            .reduce((a, b) => a + b, 0);
        if (counted > unverifiedInputs.length) {
            return `Playbook §2.4: unverified may be accepted only for the GitHub branch protection report, but the summary counts ${counted} unverified or unknown input${counted === 1 ? '' : 's'} while ${unverifiedInputs.length} ${unverifiedInputs.length === 1 ? 'is' : 'are'} listed as unverified: the others are not named`;
        }
        if (unverifiedInputs.length > 0 && others.length === 0)
            return undefined;
        return `Playbook §2.4: unverified may be accepted only for the GitHub branch protection report, but ${others.length > 0 ? `${list(others)} ${others.length === 1 ? 'is' : 'are'} unverified` : 'no input says which report is unverified'}`;
    }
    if (contract && BRANCH_PROTECTION_REPORT.test(contract))
        return undefined;
    return `Playbook §2.4: unverified may be accepted only for the GitHub branch protection report${contract ? `, not ${contract}` : ''}`;
}
/** `checks` as the scripts write it; a string names what is malformed. */
function readChecks(v) {
    if (v === undefined || v === null)
        return [];
    if (Array.isArray(v)) {
        const out = [];
        for (const [i, c] of v.entries()) {
            if (!(0,verdict/* isRecord */.u4)(c))
                return `'checks[${i}]' must be an object with check_id and passed`;
            const id = typeof c.check_id === 'string' ? c.check_id : typeof c.id === 'string' ? c.id : '';
            let passed;
            if (c.passed !== undefined && c.passed !== null && typeof c.passed !== 'boolean')
                return `'checks[${i}].passed' must be true or false`;
            if (typeof c.passed === 'boolean')
                passed = c.passed;
            if (typeof c.status === 'string') {
                const s = (0,core_status/* normaliseStatusWord */.f)(c.status);
                if (s === undefined)
                    return `unknown status word ${JSON.stringify(c.status.slice(0, 40))} in 'checks[${i}].status'; known words: ${core_status/* LEGACY_STATUS_WORDS */.h$.join(', ')}`;
                // An item that says both passed and not: the worse stands.
                passed = (passed ?? true) && s === 'passed';
            }
            if (passed === undefined)
                return `'checks[${i}]' has no 'passed' (true or false); the older scripts always write it`;
            out.push({
                id: id || `checks[${i}]`,
                passed,
                ...(c.detail !== undefined && c.detail !== null ? { detail: itemText(c.detail) } : {}),
                ...(typeof c.severity === 'string' ? { severity: c.severity } : {})
            });
        }
        return out;
    }
    if ((0,verdict/* isRecord */.u4)(v)) {
        const out = [];
        for (const [k, b] of Object.entries(v)) {
            if (typeof b !== 'boolean')
                return `'checks.${k}' must be true or false`;
            out.push({ id: k, passed: b });
        }
        return out;
    }
    return "'checks' must be a list of {check_id, passed} or an object of booleans";
}
/**
 * Verdict words of nested items (`scenarios[1].status`, `current.status`, `reports[4].status`,
 * `surfaces.api.status`, …) at any depth below the top level, in document order. A `status` or
 * `slo_status` that is not a verdict word is data. Iterative, with a bound on the values read.
 */
function nestedVerdicts(doc) {
    const out = [];
    const summaries = [];
    const stack = [];
    for (const [k, v] of Object.entries(doc).reverse()) {
        if (!NOT_ITEMS.has(k) && typeof v === 'object' && v !== null)
            stack.push({ value: v, path: k });
    }
    let budget = MAX_NESTED_VALUES;
    while (stack.length > 0) {
        if (--budget < 0)
            return `the report nests more than ${MAX_NESTED_VALUES} values below its top level; too large to judge`;
        const { value, path } = stack.pop();
        const children = [];
        if (Array.isArray(value)) {
            value.forEach((v, i) => {
                if (typeof v === 'object' && v !== null)
                    children.push({ value: v, path: `${path}[${i}]` });
            });
        }
        else if ((0,verdict/* isRecord */.u4)(value)) {
            for (const field of ['status', 'slo_status']) {
                const w = value[field];
                if (typeof w !== 'string')
                    continue;
                const s = NESTED_VERDICTS.has(w.trim().toLowerCase()) ? (0,core_status/* normaliseStatusWord */.f)(w) : undefined;
                if (!s)
                    continue;
                const name = itemName(value);
                out.push({ path: `${path}.${field}`, word: w, status: s, ...(name ? { name } : {}) });
            }
            // A baseline's or an earlier run's summary is not this run's (NOT_A_BREAKDOWN).
            if ((0,verdict/* isRecord */.u4)(value.summary) && !path.split(/[.[\]]/).some((k) => NOT_A_BREAKDOWN.test(k)))
                summaries.push({ path: `${path}.summary`, summary: value.summary });
            for (const [k, v] of Object.entries(value)) {
                if (typeof v === 'object' && v !== null)
                    children.push({ value: v, path: `${path}.${k}` });
            }
        }
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return { verdicts: out, summaries };
}
function itemName(o) {
    for (const k of ['contract', 'path', 'report', 'name', 'id', 'check_id', 'capability_id']) {
        const v = o[k];
        if (typeof v === 'string' && v)
            return v.slice(0, 120);
    }
    return undefined;
}
/**
 * Counts and ratios at the top level and in `summary`. A failure count above 0 always fails.
 * With no verdict word (`judgeAll`), the report passes only with 0 failures of at least one item,
 * every `*_ratio` at 1.0 or more, and `passed + failed (+ skipped) == total` where all are given.
 * Returns a message when a count is not a count.
 */
function countVerdicts(doc, hasChecks, judgeAll) {
    const out = [];
    const places = [['', doc]];
    if ((0,verdict/* isRecord */.u4)(doc.summary))
        places.push(['summary.', doc.summary]);
    for (const [prefix, o] of places) {
        // Playbook summary fields are read by their own rules; a checks list by its items.
        const skip = (k) => (prefix === 'summary.' && PLAYBOOK_FIELDS.has(k)) || (hasChecks && RESTATES_CHECKS.has(k));
        const nums = new Map();
        for (const [k, v] of Object.entries(o)) {
            if (skip(k) || !(isFailedCount(k) || isItemCount(k) || k.endsWith('_ratio')))
                continue;
            if (v === null || v === undefined || typeof v === 'boolean' || Array.isArray(v))
                continue;
            if (typeof v === 'object') {
                if (isFailedCount(k))
                    return `'${prefix}${k}' must be a count, not an object`;
                continue;
            }
            const bad = countProblem(v);
            if (bad)
                return `'${prefix}${k}' ${bad}`;
            nums.set(k, v);
        }
        const items = Math.max(0, ...[...nums].filter(([k]) => isItemCount(k)).map(([, n]) => n));
        for (const [k, n] of nums) {
            if (!isFailedCount(k))
                continue;
            if (n > 0)
                out.push({ status: 'failed', why: `${prefix}${k} = ${n}` });
            else if (judgeAll)
                out.push(items > 0
                    ? { status: 'passed', why: `${prefix}${k} = 0 of ${items}` }
                    : { status: 'failed', why: `${prefix}${k} = 0 but no item was counted` });
        }
        for (const [k, n] of nums) {
            if (!k.endsWith('_ratio'))
                continue;
            // A ratio that decides the report (no verdict word) must be one: 1.5 or 100 is not.
            // Division rounding may land a hair above 1 (0.1+0.2+0.7 over itself reversed).
            if (judgeAll && n > 1 + RATIO_ROUNDING)
                return `'${prefix}${k}' = ${n} is not a ratio (0 to 1); write the fraction of items that passed, not a percentage`;
            if (n < 1)
                out.push({ status: 'failed', why: `${prefix}${k} = ${n} (below 1.0)` });
            else if (judgeAll)
                out.push({ status: 'passed', why: `${prefix}${k} = ${n}` });
        }
        for (const k of INPUT_STATUS_COUNTS) {
            const v = o[k];
            if (prefix === 'summary.' && k === 'unverified')
                continue;
            // A count written as a string ("1") is refused as the other counts are; other strings
            // (a text saying what is missing) are not counts.
            if (typeof v === 'string' && /^\s*[-+]?\d+(\.\d+)?\s*$/.test(v))
                return `'${prefix}${k}' must be a number, not the string ${JSON.stringify(v)}`;
            if (typeof v !== 'number')
                continue;
            const bad = countProblem(v);
            if (bad)
                return `'${prefix}${k}' ${bad}`;
            const status = (0,core_status/* normaliseStatusWord */.f)(k);
            if (v > 0 && status)
                out.push({ status, why: `${prefix}${k} = ${v} (inputs ${k})` });
        }
        // `total_reports`: the consolidated summary's total (governance_executive_summary_v1).
        const totalKey = nums.has('total') ? 'total' : 'total_reports';
        const total = nums.get(totalKey);
        const passed = nums.get('passed');
        const failed = nums.get('failed');
        if (judgeAll && total !== undefined && passed !== undefined && failed !== undefined) {
            if (o.skipped !== undefined && o.skipped !== null && countProblem(o.skipped))
                return `'${prefix}skipped' ${countProblem(o.skipped) ?? ''}`;
            const skipped = typeof o.skipped === 'number' ? o.skipped : 0;
            // Inputs counted by another status word are part of the total too.
            const others = INPUT_STATUS_COUNTS.filter((k) => typeof o[k] === 'number' && o[k] !== 0);
            const other = others.reduce((n, k) => n + o[k], 0);
            if (passed + failed + skipped + other !== total)
                out.push({
                    status: 'failed',
                    why: `${prefix}passed (${passed}) + failed (${failed})${skipped ? ` + skipped (${skipped})` : ''}${others.map((k) => ` + ${k} (${String(o[k])})`).join('')} ≠ ${totalKey} (${total}): the counts disagree`
                });
        }
    }
    return out;
}
function list(ids) {
    return `${ids.slice(0, 3).join(', ')}${ids.length > 3 ? `, … (${ids.length})` : ''}`;
}
/** One line of text for a breach, failure or warning entry (strings, or objects as JSON). */
function itemText(v) {
    if (typeof v === 'string')
        return v.split('\n')[0]?.slice(0, 300) ?? '';
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    try {
        return JSON.stringify(v)?.slice(0, 300) ?? '';
    }
    catch {
        return '(unprintable)';
    }
}
/**
 * Every commit id the report names (`subject.sha`, `sha`, `commit`, `git_sha`, `head_sha`): all
 * are compared with the gated commit. A field present that is not a commit id is a message.
 */
function legacyShas(doc) {
    const fields = [
        ['subject.sha', (0,verdict/* isRecord */.u4)(doc.subject) ? doc.subject.sha : undefined],
        ['sha', doc.sha],
        ['commit', doc.commit],
        ['git_sha', doc.git_sha],
        ['head_sha', doc.head_sha]
    ];
    const out = [];
    for (const [name, c] of fields) {
        if (c === undefined || c === null)
            continue;
        if (typeof c !== 'string' || !verdict/* REPORT_SHA_PATTERN */.jg.test(c))
            return `'${name}' must be a commit id (7 to 64 hex digits), not ${JSON.stringify(typeof c === 'string' ? c.slice(0, 40) : typeof c)}; write the commit the report is about`;
        out.push(c);
    }
    return out;
}

// EXTERNAL MODULE: ./src/parsers/schema-errors.ts
var schema_errors = __webpack_require__(3525);
;// CONCATENATED MODULE: ./src/parsers/report-json.ts







/** Our own contracts' prefix: another version of ours is never read as an older script's report. */
const REPORT_CONTRACT_FAMILY = contracts/* REPORT_CONTRACT */._j.slice(0, contracts/* REPORT_CONTRACT */._j.indexOf('/') + 1);
/**
 * Reads a JSON report: the `gonogo.report/v1` contract (schemas/report.v1.schema.json), or a
 * report of the older governance scripts (any other `contract`, or none: see legacy-report.ts).
 * Never throws: malformed JSON or shapes are `invalid`, naming the file and the field; an
 * unexpected error (a bug) is `invalid` naming the file. Any depth is read: the walks over the
 * value are iterative (older-reports.test.ts reads 100,000 levels).
 */
function readJsonReport(text, ctx) {
    try {
        return report_json_read(text, ctx);
    }
    catch (e) {
        const why = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0] ?? ''}` : String(e);
        return (0,verdict/* invalid */.Gq)(ctx.file, `could not be read (${why.slice(0, 200)}); this is a gonogo bug, please report it with the file`);
    }
}
function report_json_read(text, ctx) {
    const parsed = (0,verdict/* parseJson */.qF)(text, ctx.file);
    if (!parsed.ok)
        return parsed.verdict;
    const doc = parsed.value;
    if (!(0,verdict/* isRecord */.u4)(doc))
        return (0,verdict/* invalid */.Gq)(ctx.file, 'a report must be a JSON object');
    // Only gonogo.report/v1 is ours; any other contract, or none, is an older script's report.
    if (doc.contract === contracts/* REPORT_CONTRACT */._j)
        return readContract(doc, ctx);
    if (typeof doc.contract === 'string' && doc.contract.startsWith(REPORT_CONTRACT_FAMILY)) {
        return (0,verdict/* invalid */.Gq)(ctx.file, `unknown contract ${JSON.stringify(doc.contract.slice(0, 80))}; this gate reads ${contracts/* REPORT_CONTRACT */._j}`);
    }
    return readLegacyReport(doc, ctx);
}
function readContract(doc, ctx) {
    if (!(0,validators/* validateReport */.RE)(doc)) {
        const errors = (validators/* validateReport */.RE.errors ?? []).slice(0, 3).map((e) => (0,schema_errors/* formatSchemaError */.t)(e));
        return (0,verdict/* invalid */.Gq)(ctx.file, `does not follow ${contracts/* REPORT_CONTRACT */._j}: ${errors.join('; ')}`);
    }
    const report = doc;
    if (ctx.control && report.control !== ctx.control) {
        return (0,verdict/* invalid */.Gq)(ctx.file, `report is for control '${report.control}', but control '${ctx.control}' reads it; point the control at its own report`);
    }
    if (ctx.repository && report.subject.repository.toLowerCase() !== ctx.repository.toLowerCase()) {
        return (0,verdict/* invalid */.Gq)(ctx.file, `report is about repository '${report.subject.repository}', but the gate checks '${ctx.repository}'`);
    }
    if (ctx.sha && !(0,verdict/* sameCommit */.Kd)(report.subject.sha, ctx.sha))
        return (0,verdict/* stale */.ez)(ctx.file, report.subject.sha, ctx.sha);
    // A report cannot claim passed while one of its own checks failed: take the worst. A report
    // with no checks proves nothing (as makeReport says): at best unverified.
    // One pass: a check's status is one of REPORT_STATUSES (the schema), so the worst of them is
    // decided by whether any failed or was unverified.
    let failedChecks = 0;
    let unverifiedChecks = 0;
    for (const c of report.checks) {
        if (c.status === 'failed')
            failedChecks++;
        else if (c.status === 'unverified')
            unverifiedChecks++;
    }
    const status = (0,core_status/* worstStatus */.A4)([
        report.status,
        ...(failedChecks > 0 ? ['failed'] : []),
        ...(unverifiedChecks > 0 || report.checks.length === 0 ? ['unverified'] : [])
    ]);
    const kept = keepFindings(report.checks);
    const detail = report.checks.length === 0
        ? 'no checks listed'
        : `${report.checks.length} checks, ${failedChecks} failed, ${unverifiedChecks} unverified`;
    return {
        status,
        message: `${ctx.file}: ${status} (${detail})`,
        findings: kept.findings,
        summary: {
            checks: report.checks.length,
            failed_checks: failedChecks,
            unverified_checks: unverifiedChecks
        }
    };
}

;// CONCATENATED MODULE: ./src/parsers/sarif-explain.ts
/**
 * Explains a counted result whose level a `ruleConfigurationOverrides` entry (SARIF 2.1.0
 * §3.20.5) set, when that changes whether it is an error: "rule js/sql-injection raised to error
 * by runs[0].invocations[0].ruleConfigurationOverrides[0]" or "rule CA2101 lowered from error to
 * warning by …". Overrides for the same rule that disagree are named too. `undefined` when the
 * override did not move the result across the error line (or no override applied).
 */
function explain(v) {
    if (v.source !== 'override' || v.override === undefined)
        return undefined;
    const rule = `rule ${v.ruleId ?? '(no id)'}`;
    const by = v.override.hit.path;
    const others = v.override.disagreeing.map((h) => `${h.path} says ${h.level}`);
    const note = others.length ? ` (${others.join(', ')}; the most severe applies)` : '';
    const from = v.defaultLevel ?? 'warning';
    if (v.level === 'error' && from !== 'error') {
        return { kind: 'raised', text: `${rule} raised to error by ${by}${note}` };
    }
    if (v.level !== 'error' && from === 'error') {
        return { kind: 'lowered', text: `${rule} lowered from error to ${v.level} by ${by}${note}` };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parsers/sarif-level-word.ts
/** SARIF 2.1.0 level words (§3.27.10, §3.50.3) and their order of severity. */
const LEVELS = ['error', 'warning', 'note', 'none'];
const RANK = { none: 0, note: 1, warning: 2, error: 3 };
/** Whether `a` is more severe than `b`. */
function moreSevere(a, b) {
    return RANK[a] > RANK[b];
}

;// CONCATENATED MODULE: ./src/parsers/sarif-shape.ts
/**
 * Shape checks for the SARIF reader: read only own properties, describe any JSON value without
 * recursing into it, and say where a value is wrong as a JSON path (`runs[0].results[3].level`).
 * Pure; nothing here throws except {@link SarifShapeError}, which the reader turns into `invalid`.
 */
/** The SARIF file does not have the shape SARIF 2.1.0 requires at `path`. */
class SarifShapeError extends Error {
    path;
    why;
    constructor(path, why) {
        super(`${path} ${why}`);
        this.path = path;
        this.why = why;
        this.name = 'SarifShapeError';
    }
}
/** Whether `v` is a JSON object (not `null`, not an array). */
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * `obj[key]` when `obj` has that own property, else `undefined`. A key inherited from
 * `Object.prototype` (`constructor`, `toString`, `__proto__`) never reads as a SARIF value.
 */
function own(obj, key) {
    return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
/**
 * A short description of any value for a message: a string quoted as JSON (cut at 80), a number,
 * boolean or null as written, an array or object by its type. Never recurses (a deeply nested
 * array would overflow `JSON.stringify`).
 */
function describe(v) {
    if (typeof v === 'string') {
        const s = v.length > 80 ? `${v.slice(0, 80)}…` : v;
        return JSON.stringify(s);
    }
    if (typeof v === 'number' || typeof v === 'boolean' || v === null)
        return String(v);
    if (v === undefined)
        return 'undefined';
    if (Array.isArray(v))
        return 'an array';
    return 'an object';
}
/** `runs[0]` + `results` → `runs[0].results`; `runs[0].results` + 3 → `runs[0].results[3]`. */
function at(path, key) {
    if (typeof key === 'number')
        return `${path}[${key}]`;
    return path === '' ? key : `${path}.${key}`;
}
/**
 * An own property that must be an object when present; `undefined` when absent.
 * @throws SarifShapeError `<path>.<key> must be an object`.
 */
function optionalObject(obj, key, path) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (!isObject(v))
        throw new SarifShapeError(at(path, key), 'must be an object');
    return v;
}
/**
 * An own property that must be an array when present; `undefined` when absent.
 * @throws SarifShapeError `<path>.<key> must be an array`.
 */
function optionalArray(obj, key, path) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (!Array.isArray(v))
        throw new SarifShapeError(at(path, key), 'must be an array');
    return v;
}
/**
 * An own property that must be a string when present; `undefined` when absent.
 * @throws SarifShapeError `<path>.<key> must be a string`.
 */
function optionalString(obj, key, path) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string')
        throw new SarifShapeError(at(path, key), 'must be a string');
    return v;
}
/**
 * An array index property (SARIF §3.7.4): an integer ≥ -1 when present. `-1`, the schema's
 * default, means "no index" and reads as `undefined`, as does an absent property.
 * @throws SarifShapeError when the value is not such an integer.
 */
function optionalIndex(obj, key, path) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < -1) {
        throw new SarifShapeError(at(path, key), `must be an array index (an integer ≥ -1), not ${describe(v)}`);
    }
    return v === -1 ? undefined : v;
}
/**
 * Element `i` of `list`, which must be an object.
 * @throws SarifShapeError `<path>[i] must be an object`.
 */
function objectAt(list, i, path) {
    const v = list[i];
    if (!isObject(v))
        throw new SarifShapeError(at(path, i), 'must be an object');
    return v;
}
/**
 * An own property that, when present, must be one of `allowed` (SARIF's fixed word lists).
 * @throws SarifShapeError `<path>.<key> "x" is not one of a, b, c`.
 */
function optionalWord(obj, key, path, allowed) {
    const v = own(obj, key);
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string' || !allowed.includes(v)) {
        throw new SarifShapeError(at(path, key), `${describe(v)} is not one of ${allowed.join(', ')}`);
    }
    return v;
}

;// CONCATENATED MODULE: ./src/parsers/sarif-tool.ts
/**
 * The tool of a SARIF run and the rules it describes (SARIF 2.1.0 §3.18 tool, §3.19
 * toolComponent, §3.49 reportingDescriptor), and the lookups that find a rule from a
 * reference: §3.54.2 toolComponent lookup and §3.52.3 reportingDescriptor lookup.
 */


/**
 * Reads `run.tool` (§3.14.6, §3.18): `driver` must be an object, `extensions` an array of
 * objects, each component's `rules` an array of objects with a string `id` (§3.49.3) and an
 * optional `defaultConfiguration.level` (§3.49.14, §3.50.3).
 * @throws SarifShapeError naming the JSON path of the first value that is not so.
 */
function readTool(run, runPath) {
    const toolPath = at(runPath, 'tool');
    const tool = own(run, 'tool');
    if (!isObject(tool))
        throw new SarifShapeError(toolPath, 'must be an object (SARIF 2.1.0 §3.14.6)');
    const driver = own(tool, 'driver');
    if (!isObject(driver)) {
        throw new SarifShapeError(at(toolPath, 'driver'), 'must be an object (SARIF 2.1.0 §3.18.2)');
    }
    const extensions = optionalArray(tool, 'extensions', toolPath) ?? [];
    const extPath = at(toolPath, 'extensions');
    return {
        driver: readComponent(driver, 'driver', at(toolPath, 'driver')),
        extensions: extensions.map((_, i) => readComponent(objectAt(extensions, i, extPath), `extensions[${i}]`, at(extPath, i)))
    };
}
function readComponent(c, key, path) {
    const rules = optionalArray(c, 'rules', path) ?? [];
    const rulesPath = at(path, 'rules');
    const component = {
        key,
        path,
        name: optionalString(c, 'name', path),
        guid: optionalString(c, 'guid', path),
        rules: [],
        byId: new Map(),
        byGuid: new Map()
    };
    for (let i = 0; i < rules.length; i++) {
        const rulePath = at(rulesPath, i);
        const r = objectAt(rules, i, rulesPath);
        const id = optionalString(r, 'id', rulePath);
        if (id === undefined)
            throw new SarifShapeError(at(rulePath, 'id'), 'must be a string (SARIF 2.1.0 §3.49.3)');
        const cfg = optionalObject(r, 'defaultConfiguration', rulePath);
        const rule = {
            index: i,
            id,
            guid: optionalString(r, 'guid', rulePath),
            defaultLevel: cfg
                ? optionalWord(cfg, 'level', at(rulePath, 'defaultConfiguration'), LEVELS)
                : undefined
        };
        component.rules.push(rule);
        const same = component.byId.get(id);
        if (same)
            same.push(i);
        else
            component.byId.set(id, [i]);
        if (rule.guid !== undefined && !component.byGuid.has(rule.guid.toLowerCase()))
            component.byGuid.set(rule.guid.toLowerCase(), i);
    }
    return component;
}
/**
 * §3.54.2 toolComponent lookup. `index` names an extension; else `guid` names the driver or an
 * extension; else `name` (which the spec leaves out of the lookup, but tools such as
 * kubeshop/monokle-core#428 reference extensions by name alone) names the components with that
 * name; else, or when nothing has that name, the driver. `implicit` is true when the reference
 * did not name a component, so a rule id may also be sought in the extensions.
 * @throws SarifShapeError when `index` or `guid` names no component.
 */
function lookupComponents(tool, ref, path) {
    if (ref === undefined)
        return { components: [tool.driver], implicit: true };
    const index = optionalIndex(ref, 'index', path);
    if (index !== undefined) {
        const ext = tool.extensions[index];
        if (!ext) {
            throw new SarifShapeError(at(path, 'index'), `${index} names no tool extension: the run has ${count(tool.extensions.length, 'extension')} (SARIF 2.1.0 §3.54.4)`);
        }
        return { components: [ext], implicit: false };
    }
    const all = [tool.driver, ...tool.extensions];
    const guid = optionalString(ref, 'guid', path);
    if (guid !== undefined) {
        const hits = all.filter((c) => c.guid !== undefined && c.guid.toLowerCase() === guid.toLowerCase());
        if (hits.length === 0) {
            throw new SarifShapeError(at(path, 'guid'), `${describe(guid)} names neither the driver nor an extension (SARIF 2.1.0 §3.54.5)`);
        }
        return { components: hits, implicit: false };
    }
    const name = optionalString(ref, 'name', path);
    const named = name === undefined ? [] : all.filter((c) => c.name === name);
    return named.length > 0
        ? { components: named, implicit: false }
        : { components: [tool.driver], implicit: true };
}
/** "1 rule", "3 rules". */
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** Rules of `c` whose id is `id`, else whose id is `id` less its last hierarchical component (§3.52.4). */
function rulesById(c, id) {
    const exact = c.byId.get(id);
    if (exact)
        return exact;
    const cut = id.lastIndexOf('/');
    return cut > 0 ? (c.byId.get(id.slice(0, cut)) ?? []) : [];
}
/**
 * §3.52.3 reportingDescriptor lookup: the rules a `reportingDescriptorReference` names, in the
 * component its `toolComponent` names. By `index` (else `fallback.index`, a result's
 * `ruleIndex`), else by `guid`, else by `id` (else `fallback.id`, a result's `ruleId`). When the
 * reference names no component and the driver has no rule with that id, the extensions are
 * searched too: producers have left `toolComponent` out for extension rules (microsoft/PSRule#949).
 * Several rules with one id (§3.52.5 allows it) are all candidates.
 * @throws SarifShapeError when an explicit index or guid names no rule.
 */
function lookupRule(tool, ref, path, fallback = {}) {
    const { components, implicit } = lookupComponents(tool, optionalObject(ref, 'toolComponent', path), at(path, 'toolComponent'));
    const ownIndex = optionalIndex(ref, 'index', path);
    const index = ownIndex ?? fallback.index;
    const indexPath = ownIndex !== undefined ? at(path, 'index') : (fallback.indexPath ?? at(path, 'index'));
    const guid = optionalString(ref, 'guid', path);
    const id = optionalString(ref, 'id', path) ?? fallback.id;
    const candidates = [];
    if (index !== undefined) {
        for (const component of components) {
            const rule = component.rules[index];
            if (rule)
                candidates.push({ component, rule });
        }
        if (candidates.length === 0) {
            throw new SarifShapeError(indexPath, `${index} names no rule: ${components.map((c) => `${c.path}.rules has ${count(c.rules.length, 'rule')}`).join(', ')} (SARIF 2.1.0 §3.52.5)`);
        }
        return { candidates, components, id };
    }
    if (guid !== undefined) {
        for (const component of components) {
            const i = component.byGuid.get(guid.toLowerCase());
            const rule = i === undefined ? undefined : component.rules[i];
            if (rule)
                candidates.push({ component, rule });
        }
        if (candidates.length === 0) {
            throw new SarifShapeError(at(path, 'guid'), `${describe(guid)} names no rule of ${components.map((c) => c.path).join(' or ')} (SARIF 2.1.0 §3.52.6)`);
        }
        return { candidates, components, id };
    }
    if (id === undefined)
        return { candidates, components, id };
    const searched = [...components];
    const collect = (list) => {
        for (const component of list) {
            for (const i of rulesById(component, id)) {
                const rule = component.rules[i];
                if (rule)
                    candidates.push({ component, rule });
            }
        }
    };
    collect(components);
    if (candidates.length === 0 && implicit) {
        collect(tool.extensions);
        searched.push(...tool.extensions);
    }
    return { candidates, components: searched, id };
}

;// CONCATENATED MODULE: ./src/parsers/sarif-overrides.ts
/**
 * Rule configuration overrides (SARIF 2.1.0 §3.20.5 `invocation.ruleConfigurationOverrides`,
 * §3.51 configurationOverride): how the run reconfigured a rule's level at runtime, raising or
 * lowering its `defaultConfiguration.level`.
 */



/** Key of a described rule: its component and index. */
function ruleKey(componentKey, ruleIndex) {
    return `${componentKey}#${ruleIndex}`;
}
/** Key of a rule known only by id within a component. */
function idKey(componentKey, id) {
    return `${componentKey}@${id}`;
}
function add(map, key, hit) {
    const list = map.get(key);
    if (list)
        list.push(hit);
    else
        map.set(key, [hit]);
}
/**
 * Reads every `invocations[i].ruleConfigurationOverrides[j]` of a run. Each must be an object
 * with a `descriptor` (a reportingDescriptorReference, §3.51.2, looked up per §3.52.3 in the
 * driver or the extension its `toolComponent` names) and a `configuration` object (§3.51.3)
 * whose `level`, when present, is a SARIF level. An override without `level` leaves the rule's
 * default in force (§3.51.3).
 * @throws SarifShapeError naming the path of a malformed override or of a descriptor whose
 *   index or guid names no rule or component.
 */
function readOverrides(invocations, invocationsPath, tool) {
    const out = { byRule: new Map(), byId: new Map() };
    invocations.forEach((inv, i) => {
        const invPath = at(invocationsPath, i);
        const list = optionalArray(inv, 'ruleConfigurationOverrides', invPath) ?? [];
        const listPath = at(invPath, 'ruleConfigurationOverrides');
        for (let j = 0; j < list.length; j++) {
            const path = at(listPath, j);
            const o = objectAt(list, j, listPath);
            const descriptor = own(o, 'descriptor');
            if (!isObject(descriptor)) {
                throw new SarifShapeError(at(path, 'descriptor'), 'must be an object (SARIF 2.1.0 §3.51.2)');
            }
            const configuration = own(o, 'configuration');
            if (!isObject(configuration)) {
                throw new SarifShapeError(at(path, 'configuration'), 'must be an object (SARIF 2.1.0 §3.51.3)');
            }
            const found = lookupRule(tool, descriptor, at(path, 'descriptor'));
            if (found.candidates.length === 0 && found.id === undefined) {
                throw new SarifShapeError(at(path, 'descriptor'), 'names no rule: give its index, guid or id (SARIF 2.1.0 §3.52)');
            }
            const level = optionalWord(configuration, 'level', at(path, 'configuration'), LEVELS);
            if (level === undefined)
                continue;
            const hit = { level, path, invocation: i };
            for (const c of found.candidates)
                add(out.byRule, ruleKey(c.component.key, c.rule.index), hit);
            if (found.candidates.length === 0 && found.id !== undefined) {
                for (const c of found.components)
                    add(out.byId, idKey(c.key, found.id), hit);
            }
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/parsers/sarif-result.ts
/**
 * What one SARIF result counts for: its level (SARIF 2.1.0 §3.27.9 kind, §3.27.10 level),
 * whether it is suppressed (§3.27.23, §3.35.3) and whether it is gone since the baseline
 * (§3.27.24 `baselineState: absent`).
 */




/** SARIF 2.1.0 result kinds (§3.27.9); any other value is not SARIF, so the file is invalid. */
const KINDS = ['pass', 'open', 'informational', 'notApplicable', 'review', 'fail'];
const SUPPRESSION_STATUSES = ['accepted', 'underReview', 'rejected'];
const BASELINE_STATES = ['new', 'unchanged', 'updated', 'absent'];
/**
 * Judges `runs[r].results[i]`.
 *
 * Level (§3.27.10): the result's own `level`; else `none` when `kind` (§3.27.9) is other than
 * `fail`; else, for the rule the result references (§3.27.5–§3.27.7, looked up per §3.52.3 in the
 * driver or the extension its `rule.toolComponent` names), a `ruleConfigurationOverrides` level
 * (§3.20.5, §3.51) from the invocation `provenance.invocationIndex` names (§3.27.29, §3.48.6),
 * or from any invocation when it names none; else the rule's `defaultConfiguration.level`; else
 * `warning`. Overrides may raise or lower. When several overrides or rules apply and disagree,
 * the most severe level counts (fail closed).
 *
 * @throws SarifShapeError naming the path of a value SARIF does not allow: a kind, level,
 *   suppression status or baseline state outside the spec's words, a rule reference whose
 *   index or guid names nothing, `rule.index` ≠ `ruleIndex`, or `rule.id` ≠ `ruleId` when no
 *   index or guid decides between them.
 */
function judgeResult(r, path, run) {
    const kind = optionalWord(r, 'kind', path, KINDS);
    const ownLevel = optionalWord(r, 'level', path, LEVELS);
    const suppressed = isSuppressed(r, path);
    const absent = optionalWord(r, 'baselineState', path, BASELINE_STATES) === 'absent';
    const invocation = invocationOf(r, path, run.invocationCount);
    const ruleId = optionalString(r, 'ruleId', path);
    const ruleIndex = optionalIndex(r, 'ruleIndex', path);
    const ref = optionalObject(r, 'rule', path) ?? {};
    const refPath = at(path, 'rule');
    const refIndex = optionalIndex(ref, 'index', refPath);
    const refId = optionalString(ref, 'id', refPath);
    if (refIndex !== undefined && ruleIndex !== undefined && refIndex !== ruleIndex) {
        throw new SarifShapeError(at(refPath, 'index'), `${refIndex} differs from ruleIndex ${ruleIndex}; they must be equal (SARIF 2.1.0 §3.27.7)`);
    }
    const decided = refIndex !== undefined || ruleIndex !== undefined || own(ref, 'guid') !== undefined;
    if (refId !== undefined && ruleId !== undefined && refId !== ruleId && !decided) {
        throw new SarifShapeError(at(refPath, 'id'), `${describe(refId)} differs from ruleId ${describe(ruleId)} and no index decides which rule is meant (SARIF 2.1.0 §3.27.7)`);
    }
    const found = lookupRule(run.tool, ref, refPath, {
        index: ruleIndex,
        indexPath: at(path, 'ruleIndex'),
        id: ruleId
    });
    const shownId = ruleId ?? refId ?? found.candidates[0]?.rule.id;
    const base = { suppressed, absent, ruleId: shownId };
    if (ownLevel !== undefined) {
        return {
            ...base,
            level: ownLevel,
            source: 'result',
            defaultLevel: undefined,
            override: undefined
        };
    }
    if (kind !== undefined && kind !== 'fail') {
        return { ...base, level: 'none', source: 'kind', defaultLevel: undefined, override: undefined };
    }
    const inForce = (hits) => (hits ?? []).filter((h) => invocation === undefined || h.invocation === invocation);
    if (found.candidates.length === 0) {
        const hits = found.id === undefined
            ? []
            : found.components.flatMap((c) => inForce(run.overrides.byId.get(idKey(c.key, found.id))));
        const override = pick(hits);
        return override
            ? {
                ...base,
                level: override.hit.level,
                source: 'override',
                defaultLevel: undefined,
                override
            }
            : {
                ...base,
                level: 'warning',
                source: 'fallback',
                defaultLevel: undefined,
                override: undefined
            };
    }
    let best;
    for (const c of found.candidates) {
        const v = candidateLevel(c, inForce(run.overrides.byRule.get(ruleKey(c.component.key, c.rule.index))));
        const verdict = { ...base, ...v };
        if (best === undefined || moreSevere(verdict.level, best.level))
            best = verdict;
    }
    return best;
}
function candidateLevel(c, hits) {
    const override = pick(hits);
    if (override) {
        return {
            level: override.hit.level,
            source: 'override',
            defaultLevel: c.rule.defaultLevel,
            override
        };
    }
    if (c.rule.defaultLevel !== undefined) {
        return {
            level: c.rule.defaultLevel,
            source: 'default',
            defaultLevel: c.rule.defaultLevel,
            override: undefined
        };
    }
    return { level: 'warning', source: 'fallback', defaultLevel: undefined, override: undefined };
}
/** The most severe of several overrides (the first among equals), and those that disagree with it. */
function pick(hits) {
    let hit;
    for (const h of hits)
        if (hit === undefined || moreSevere(h.level, hit.level))
            hit = h;
    if (hit === undefined)
        return undefined;
    const level = hit.level;
    return { hit, disagreeing: hits.filter((h) => h.level !== level) };
}
/** `provenance.invocationIndex` (§3.27.29, §3.48.6), checked against the run's invocations. */
function invocationOf(r, path, n) {
    const provenance = optionalObject(r, 'provenance', path);
    if (!provenance)
        return undefined;
    const pPath = at(path, 'provenance');
    const i = optionalIndex(provenance, 'invocationIndex', pPath);
    if (i !== undefined && i >= n) {
        throw new SarifShapeError(at(pPath, 'invocationIndex'), `${i} names no invocation: the run has ${count(n, 'invocation')} (SARIF 2.1.0 §3.48.6)`);
    }
    return i;
}
/**
 * §3.27.23: an absent or `null` `suppressions`, or an empty array, means not suppressed. A
 * non-empty array is examined by its statuses (§3.35.3): the result is suppressed when no
 * suppression is `underReview` or `rejected`, that is, each is `accepted` or gives no status
 * (an in-source suppression such as ESLint's `eslint-disable`, written without a status). This
 * follows the SARIF editors' guidance (microsoft/sarif-tutorials, "Determining suppression
 * status"): one rejected or pending request among accepted ones keeps the result.
 * @throws SarifShapeError when `suppressions` is not an array of objects or a status is not a
 *   §3.35.3 word.
 */
function isSuppressed(r, path) {
    const list = own(r, 'suppressions');
    if (list === undefined || list === null)
        return false;
    const listPath = at(path, 'suppressions');
    if (!Array.isArray(list))
        throw new SarifShapeError(listPath, 'must be an array or null (SARIF 2.1.0 §3.27.23)');
    let suppressed = list.length > 0;
    for (let i = 0; i < list.length; i++) {
        const status = optionalWord(objectAt(list, i, listPath), 'status', at(listPath, i), SUPPRESSION_STATUSES);
        if (status === 'underReview' || status === 'rejected')
            suppressed = false;
    }
    return suppressed;
}

;// CONCATENATED MODULE: ./src/parsers/sarif-notifications.ts
/**
 * Error notifications of a SARIF run (SARIF 2.1.0 §3.20.21 `toolExecutionNotifications`,
 * §3.20.22 `toolConfigurationNotifications`, §3.58 notification). Appendix I ("Detecting
 * incomplete result sets"): a tool that reports a notification at level `error` cannot be assumed
 * to have reported every result, even when its invocation says `executionSuccessful: true`.
 */


/** Notification lists of an invocation. */
const NOTIFICATION_LISTS = ['toolExecutionNotifications', 'toolConfigurationNotifications'];
/** Error notifications named one by one in a message; the rest are counted. */
const MAX_NAMED = 3;
/**
 * The notifications of one invocation whose level is `error`. A notification's level (§3.58.6)
 * is its own `level`; else the procedure of `result.level` (§3.27.10) with the invocation's
 * `notificationConfigurationOverrides` (§3.20.9) in place of `ruleConfigurationOverrides` and the
 * notification descriptors its `descriptor` references (§3.58.4, §3.52.3; in the driver, or in
 * the extension its `toolComponent` names) in place of rules; else `warning`. When several
 * overrides or descriptors match and disagree, the most severe level counts (fail closed).
 *
 * @param inv the invocation (§3.20)
 * @param invPath its JSON path, e.g. `runs[0].invocations[1]`
 * @param run the run (§3.14), for its tool's notification descriptors
 * @param runPath its JSON path
 * @throws SarifShapeError a list that is not an array of objects, a level that is not a SARIF
 *   level word, a descriptor or override that is not an object
 */
function errorNotifications(inv, invPath, run, runPath) {
    const out = { named: [], count: 0 };
    let descriptors;
    let overrides;
    for (const key of NOTIFICATION_LISTS) {
        const listPath = at(invPath, key);
        const list = optionalArray(inv, key, invPath) ?? [];
        for (let i = 0; i < list.length; i++) {
            const path = at(listPath, i);
            const n = objectAt(list, i, listPath);
            let level = optionalWord(n, 'level', path, LEVELS);
            if (level === undefined) {
                const ref = optionalObject(n, 'descriptor', path);
                if (ref !== undefined) {
                    descriptors ??= readDescriptors(run, runPath);
                    overrides ??= sarif_notifications_readOverrides(inv, invPath);
                    level = levelByReference(ref, at(path, 'descriptor'), descriptors, overrides);
                }
            }
            if (level !== 'error')
                continue;
            out.count++;
            if (out.named.length < MAX_NAMED)
                out.named.push(`${path} is an error notification${said(n)}`);
        }
    }
    return out;
}
/** `: "first line of message.text"` (at most 200 characters), or nothing. */
function said(n) {
    const message = own(n, 'message');
    const text = isObject(message) ? own(message, 'text') : undefined;
    if (typeof text !== 'string' || text.trim() === '')
        return '';
    return `: ${JSON.stringify(text.split('\n')[0]?.slice(0, 200))}`;
}
function readReference(ref, path) {
    const tc = optionalObject(ref, 'toolComponent', path);
    const tcIndex = tc ? optionalIndex(tc, 'index', at(path, 'toolComponent')) : undefined;
    return {
        index: optionalIndex(ref, 'index', path),
        id: optionalString(ref, 'id', path),
        guid: optionalString(ref, 'guid', path),
        component: tc === undefined ? undefined : (tcIndex ?? 'any')
    };
}
/** Whether a descriptor is the one a reference names: by index, else guid, else id. */
function names(r, d) {
    if (r.index !== undefined)
        return d.index === r.index;
    if (r.guid !== undefined)
        return d.guid?.toLowerCase() === r.guid.toLowerCase();
    return r.id !== undefined && d.id === r.id;
}
/** Notification descriptors of the driver (key -1) and of each extension (its index). */
function readDescriptors(run, runPath) {
    const out = new Map();
    const tool = own(run, 'tool');
    if (!isObject(tool))
        return out;
    const toolPath = at(runPath, 'tool');
    const components = [
        [-1, own(tool, 'driver'), at(toolPath, 'driver')]
    ];
    const extensions = own(tool, 'extensions');
    if (Array.isArray(extensions))
        extensions.forEach((e, i) => components.push([i, e, at(at(toolPath, 'extensions'), i)]));
    for (const [key, component, path] of components) {
        if (!isObject(component))
            continue;
        const list = optionalArray(component, 'notifications', path) ?? [];
        const listPath = at(path, 'notifications');
        out.set(key, list.map((_, i) => {
            const d = objectAt(list, i, listPath);
            const cfg = optionalObject(d, 'defaultConfiguration', at(listPath, i));
            return {
                index: i,
                id: typeof own(d, 'id') === 'string' ? own(d, 'id') : undefined,
                guid: typeof own(d, 'guid') === 'string' ? own(d, 'guid') : undefined,
                defaultLevel: cfg
                    ? optionalWord(cfg, 'level', at(at(listPath, i), 'defaultConfiguration'), LEVELS)
                    : undefined
            };
        }));
    }
    return out;
}
/** `notificationConfigurationOverrides` of the invocation: each descriptor reference and level. */
function sarif_notifications_readOverrides(inv, invPath) {
    const listPath = at(invPath, 'notificationConfigurationOverrides');
    const list = optionalArray(inv, 'notificationConfigurationOverrides', invPath) ?? [];
    const out = [];
    for (let i = 0; i < list.length; i++) {
        const path = at(listPath, i);
        const o = objectAt(list, i, listPath);
        const descriptor = optionalObject(o, 'descriptor', path);
        const configuration = optionalObject(o, 'configuration', path);
        const level = configuration
            ? optionalWord(configuration, 'level', at(path, 'configuration'), LEVELS)
            : undefined;
        if (descriptor && level)
            out.push({ ref: readReference(descriptor, at(path, 'descriptor')), level });
    }
    return out;
}
/**
 * The descriptors a reference names: in the driver when it names no component, in the extension
 * its `toolComponent.index` names, or in any component when it names one by guid or name
 * (that may be the driver, §3.54.5).
 */
function resolve(ref, descriptors) {
    const searched = ref.component === undefined
        ? [descriptors.get(-1) ?? []]
        : ref.component === 'any'
            ? [...descriptors.values()]
            : [descriptors.get(ref.component) ?? []];
    return searched.flat().filter((d) => names(ref, d));
}
/**
 * The level a notification without its own gets from its descriptor reference: the level of the
 * overrides that name the same descriptor (however each names it: index, guid or id), else the
 * descriptor's default, else `warning`. An override whose reference names no descriptor applies
 * when it carries the same id, guid or index in the same component. Several: the most severe.
 */
function levelByReference(refObject, path, descriptors, overrides) {
    const ref = readReference(refObject, path);
    const named = new Set(resolve(ref, descriptors));
    const sameComponent = (a, b) => a.component === b.component || a.component === 'any' || b.component === 'any';
    const overridden = overrides.filter((o) => {
        const targets = resolve(o.ref, descriptors);
        if (targets.length > 0)
            return targets.some((t) => named.has(t));
        return (sameComponent(o.ref, ref) &&
            ((o.ref.index !== undefined && o.ref.index === ref.index) ||
                (o.ref.guid !== undefined && o.ref.guid.toLowerCase() === ref.guid?.toLowerCase()) ||
                (o.ref.id !== undefined && o.ref.id === ref.id)));
    });
    if (overridden.length > 0)
        return overridden.map((o) => o.level).reduce(worst);
    const levels = [...named].map((d) => d.defaultLevel).filter((l) => l !== undefined);
    return levels.length > 0 ? levels.reduce(worst) : 'warning';
}
function worst(a, b) {
    return moreSevere(b, a) ? b : a;
}

;// CONCATENATED MODULE: ./src/parsers/sarif.ts









/**
 * Reads a SARIF 2.1.0 log (OASIS SARIF 2.1.0, errata 01) and says whether it holds an error.
 *
 * Input: the file's text (a leading U+FEFF byte order mark is skipped) and where it came from.
 * Output, never thrown:
 * - `passed`: every run completed and no counted result is at level `error`;
 * - `failed`: a counted result is at level `error` (finding per error, with file, line and
 *   column), or a run has no results (absent or `null`: the analysis did not run or did not
 *   finish, §3.14.23), or an invocation says `executionSuccessful: false` (§3.20.14) or holds
 *   a tool execution or configuration notification at level `error` (§3.20.21, §3.20.22,
 *   §3.58.6, its level found as a result's is; sarif-notifications.ts; Appendix I: its results
 *   "cannot be assumed to be complete"), or the log has no runs;
 * - `stale`: a run's `versionControlProvenance[].revisionId` (§3.14.12, §3.23.5) names another
 *   commit than `ctx.sha`;
 * - `invalid`: not JSON, not a JSON object, `version` other than `2.1.0`, or a value the reader
 *   depends on has a shape SARIF does not allow; the message names the file and the JSON path,
 *   e.g. `runs[0].invocations[1].ruleConfigurationOverrides[0].descriptor.index`.
 * Several runs: invalid, then stale, then failed wins. Arrays and objects nested deeper than
 * MAX_JSON_DEPTH (256; a SARIF log nests about 12) are refused before parsing.
 *
 * A result's level is its own, else `none` for a `kind` other than `fail` (§3.27.9), else the
 * run's `ruleConfigurationOverrides` for its rule (§3.20.5, §3.51), else its rule's
 * `defaultConfiguration.level` in the driver or the extension `rule.toolComponent` names
 * (§3.49.14, §3.52.3, §3.54.2), else `warning` (§3.27.10). Suppressed results (§3.27.23: each
 * suppression accepted or without status) and results with `baselineState: absent` (§3.27.24)
 * are not counted. The message says when an override raised a rule to error or lowered it from
 * error, naming the override's path.
 */
function readSarif(text, ctx) {
    try {
        return sarif_read(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, ctx);
    }
    catch (e) {
        if (e instanceof SarifShapeError)
            return (0,verdict/* invalid */.Gq)(ctx.file, e.message);
        // Not expected: a shape the checks above missed. Fail closed with a readable message.
        const why = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0] ?? ''}` : describe(e);
        return (0,verdict/* invalid */.Gq)(ctx.file, `could not be read as SARIF (${why.slice(0, 200)}); please report this as a gonogo bug`);
    }
}
function sarif_read(text, ctx) {
    const parsed = (0,verdict/* parseJson */.qF)(text, ctx.file, json_error/* MAX_JSON_DEPTH */.KX);
    if (!parsed.ok)
        return parsed.verdict;
    const doc = parsed.value;
    if (!isObject(doc))
        return (0,verdict/* invalid */.Gq)(ctx.file, 'SARIF must be a JSON object');
    const version = own(doc, 'version');
    if (version !== '2.1.0') {
        return (0,verdict/* invalid */.Gq)(ctx.file, version === undefined
            ? `no 'version': not a SARIF log (SARIF 2.1.0 §3.13.2 requires "version": "2.1.0")`
            : `SARIF version ${describe(version)} is not supported; expected "2.1.0"`);
    }
    const runs = own(doc, 'runs');
    if (!Array.isArray(runs))
        return (0,verdict/* invalid */.Gq)(ctx.file, "'runs' must be an array");
    if (runs.length === 0) {
        return {
            status: 'failed',
            message: `${ctx.file}: no runs: the analysis did not run`,
            findings: [],
            summary: { runs: 0 }
        };
    }
    const counts = {
        runs: runs.length,
        results: 0,
        error: 0,
        warning: 0,
        note: 0,
        none: 0,
        suppressed: 0
    };
    const findings = [];
    const explanations = { raised: new Set(), lowered: new Set() };
    const incomplete = [];
    let staleRevision;
    for (let ri = 0; ri < runs.length; ri++) {
        const runPath = at('runs', ri);
        const run = objectAt(runs, ri, 'runs');
        const revision = runRevision(run);
        if (ctx.sha && revision && !(0,verdict/* sameCommit */.Kd)(revision, ctx.sha))
            staleRevision ??= revision;
        const tool = readTool(run, runPath);
        const invocationsPath = at(runPath, 'invocations');
        const invocationList = optionalArray(run, 'invocations', runPath) ?? [];
        const invocations = invocationList.map((_, i) => objectAt(invocationList, i, invocationsPath));
        const context = {
            tool,
            overrides: readOverrides(invocations, invocationsPath, tool),
            invocationCount: invocations.length
        };
        // §3.14.23: absent and null results both mean the tool did not run or did not finish.
        const results = own(run, 'results');
        if (results === undefined || results === null) {
            incomplete.push(`${runPath} has no results: the analysis did not complete`);
        }
        else if (!Array.isArray(results)) {
            throw new SarifShapeError(at(runPath, 'results'), 'must be an array');
        }
        invocations.forEach((inv, i) => {
            const ok = own(inv, 'executionSuccessful');
            if (ok !== undefined && typeof ok !== 'boolean') {
                throw new SarifShapeError(at(at(invocationsPath, i), 'executionSuccessful'), 'must be true or false');
            }
            if (ok === false) {
                incomplete.push(`${runPath} reports an unsuccessful tool execution (executionSuccessful: false)`);
            }
            const notes = errorNotifications(inv, at(invocationsPath, i), run, runPath);
            if (notes.count > 0) {
                const more = notes.count - notes.named.length;
                incomplete.push(`${notes.named.join('; ')}${more > 0 ? `; and ${more} more error notification${more === 1 ? '' : 's'}` : ''}; the tool's results cannot be assumed complete (SARIF 2.1.0 Appendix I)`);
            }
        });
        const list = Array.isArray(results) ? results : [];
        const resultsPath = at(runPath, 'results');
        for (let i = 0; i < list.length; i++) {
            const path = at(resultsPath, i);
            const r = objectAt(list, i, resultsPath);
            const v = judgeResult(r, path, context);
            if (v.suppressed || v.absent) {
                counts.suppressed++;
                continue;
            }
            counts.results++;
            counts[v.level]++;
            const why = explain(v);
            if (why)
                explanations[why.kind].add(why.text);
            if (v.level === 'error')
                findings.push(toFinding(r, i, v.ruleId, ctx.root));
        }
    }
    if (staleRevision !== undefined && ctx.sha)
        return (0,verdict/* stale */.ez)(ctx.file, staleRevision, ctx.sha);
    const kept = keepFindings(findings);
    const omitted = kept.omitted > 0 ? { findingsOmitted: kept.omitted } : {};
    if (incomplete.length > 0) {
        return {
            status: 'failed',
            message: `${ctx.file}: ${[...new Set(incomplete)].join('; ')}`,
            findings: kept.findings,
            ...omitted,
            summary: { ...counts }
        };
    }
    return {
        status: counts.error > 0 ? 'failed' : 'passed',
        message: `${ctx.file}: ${summarise(counts, explanations)}`,
        findings: kept.findings,
        ...omitted,
        summary: { ...counts }
    };
}
/** "2 errors (rule X raised to error by P), 1 warnings, 0 notes in 1 runs (1 suppressed; …)". */
function summarise(c, explanations) {
    const raised = distinct(explanations.raised);
    const lowered = distinct(explanations.lowered);
    const tail = [...(c.suppressed ? [`${c.suppressed} suppressed`] : []), ...lowered];
    return (`${c.error} errors${raised.length ? ` (${raised.join('; ')})` : ''}, ${c.warning} warnings, ` +
        `${c.note} notes in ${c.runs} runs${tail.length ? ` (${tail.join('; ')})` : ''}`);
}
/** Texts in first-seen order, at most three and a count of the rest. */
function distinct(texts) {
    const unique = [...texts];
    return unique.length <= 3 ? unique : [...unique.slice(0, 3), `${unique.length - 3} more`];
}
function runRevision(run) {
    const vcp = own(run, 'versionControlProvenance');
    if (!Array.isArray(vcp))
        return undefined;
    for (const v of vcp) {
        const id = isObject(v) ? own(v, 'revisionId') : undefined;
        if (typeof id === 'string' && verdict/* REPORT_SHA_PATTERN */.jg.test(id))
            return id;
    }
    return undefined;
}
function toFinding(r, index, ruleId, root) {
    const message = own(r, 'message');
    const text = isObject(message) ? own(message, 'text') : undefined;
    const f = {
        id: ruleId ?? `result ${index}`,
        status: 'failed',
        message: typeof text === 'string' ? (text.split('\n')[0]?.slice(0, 500) ?? '') : ''
    };
    const locations = own(r, 'locations');
    const loc = Array.isArray(locations) && isObject(locations[0]) ? locations[0] : undefined;
    const phys = loc ? own(loc, 'physicalLocation') : undefined;
    const art = isObject(phys) ? own(phys, 'artifactLocation') : undefined;
    const region = isObject(phys) ? own(phys, 'region') : undefined;
    const uri = isObject(art) ? own(art, 'uri') : undefined;
    if (typeof uri === 'string') {
        const line = isObject(region) ? own(region, 'startLine') : undefined;
        const column = isObject(region) ? own(region, 'startColumn') : undefined;
        f.location = {
            file: relativeUri(uri, root),
            ...(typeof line === 'number' && line ? { line } : {}),
            ...(typeof column === 'number' && column ? { column } : {})
        };
    }
    return f;
}
/** `file:///home/runner/work/r/r/src/a.js` → `src/a.js` when it lies in the workspace. */
function relativeUri(uri, root) {
    let file = uri.replace(/^file:\/\//, '');
    try {
        file = decodeURIComponent(file);
    }
    catch {
        /* keep it as written */
    }
    if (root) {
        const prefix = root.endsWith('/') ? root : `${root}/`;
        if (file.startsWith(prefix))
            return file.slice(prefix.length);
    }
    return file.replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./src/io/byte-budget.ts
/**
 * Bounds the bytes held at once by concurrent reads: each read reserves its file's size before it
 * opens the file and releases it once the text is parsed to a small verdict. Reservations are
 * granted in the order they are asked for; one larger than the whole budget waits until nothing
 * else is held and then runs alone, so no read waits forever.
 *
 * With a 64 MiB budget and 50 MiB report files, at most one such file (plus smaller ones up to
 * the budget) is in memory at a time, however many files a glob matches and however many reads
 * run in parallel.
 */
class ByteBudget {
    limit;
    held = 0;
    highWater = 0;
    waiting = [];
    /** @param limit the most bytes held at once (a positive integer) */
    constructor(limit) {
        this.limit = limit;
    }
    /** The most bytes held at once so far (for tests and benchmarks). */
    get peak() {
        return this.highWater;
    }
    /**
     * Waits until `bytes` fit, holds them and returns the function that gives them back (calling it
     * twice gives back once).
     */
    async acquire(bytes) {
        const n = Math.max(0, Math.floor(bytes));
        if (this.waiting.length > 0 || !this.fits(n)) {
            await new Promise((grant) => this.waiting.push({ bytes: n, grant }));
        }
        else
            this.take(n);
        return this.releaser(n);
    }
    /**
     * Holds `bytes` at once when they fit and nobody waits (the release function), else undefined
     * and nothing is held: then `acquire` waits its turn. Spares a promise per small file.
     */
    tryAcquire(bytes) {
        const n = Math.max(0, Math.floor(bytes));
        if (this.waiting.length > 0 || !this.fits(n))
            return undefined;
        this.take(n);
        return this.releaser(n);
    }
    releaser(n) {
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.held -= n;
            this.wake();
        };
    }
    fits(n) {
        return this.held === 0 || this.held + n <= this.limit;
    }
    take(n) {
        this.held += n;
        this.highWater = Math.max(this.highWater, this.held);
    }
    wake() {
        for (;;) {
            const next = this.waiting[0];
            if (!next || !this.fits(next.bytes))
                return;
            this.waiting.shift();
            this.take(next.bytes);
            next.grant();
        }
    }
}
/** Bytes of report files held in memory at once while a gate reads its sources (64 MiB). */
const DEFAULT_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

;// CONCATENATED MODULE: ./src/io/report-file.ts

const READ_FAILURE_STATUS = {
    missing: 'missing',
    escapes: 'invalid',
    'too-large': 'invalid',
    'not-a-file': 'invalid',
    unreadable: 'invalid'
};
/**
 * One report file → its verdict: its bytes are read (holding a share of `budget` from before the
 * file is opened until its text is parsed, so many large files never sit in memory together),
 * decoded by byte-order mark and declaration (decode-text.ts), read by the source's reader, and
 * every invisible character in the messages is named. The text is dropped before this returns:
 * what stays is the verdict (findings capped by the reader).
 *
 * Never throws: a read refusal is `missing`/`invalid` with the workspace's message, bytes that do
 * not decode are `invalid`, and a reader that throws (a bug) is `invalid` naming the file.
 *
 * @param file workspace-relative path
 */
async function judgeReportFile(ws, file, o) {
    let release;
    try {
        const read = await ws.readBytes(file, o.maxBytes, {
            reserve: (bytes) => {
                release = o.budget.tryAcquire(bytes);
                return release
                    ? undefined
                    : o.budget.acquire(bytes).then((r) => {
                        release = r;
                    });
            }
        });
        return judgeRead(read, file, o);
    }
    catch (e) {
        return cannotBeRead(file, e);
    }
    finally {
        release?.();
    }
}
/**
 * {@link judgeReportFile} without waiting, for a small regular file whose bytes fit in the budget
 * now (Workspace.readBytesNow): the same verdict, or `undefined` when the file must be read with
 * judgeReportFile (larger, a link, no room in the budget). Spares a gate over thousands of small
 * reports a promise chain per file. Never throws.
 */
function judgeReportFileNow(ws, file, o) {
    let release;
    try {
        const read = ws.readBytesNow(file, o.maxBytes, (bytes) => {
            release = o.budget.tryAcquire(bytes);
            return release !== undefined;
        });
        return read === undefined ? undefined : judgeRead(read, file, o);
    }
    catch (e) {
        return cannotBeRead(file, e);
    }
    finally {
        release?.();
    }
}
/** A read's result (a refusal, or the bytes) → the verdict. Never throws. */
function judgeRead(read, file, o) {
    try {
        if (!read.ok) {
            return {
                status: READ_FAILURE_STATUS[read.reason],
                message: read.message,
                findings: [],
                summary: {}
            };
        }
        const decoded = decodeText(read.data, o.syntax);
        if (!decoded.ok)
            return refused(file, decoded.message);
        let verdict;
        try {
            verdict = o.reader(decoded.text, { ...o.ctx, file });
        }
        catch (e) {
            const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
            return refused(file, `could not be read (${why.slice(0, 200)}); this is a gonogo bug, please report it with the file`);
        }
        return withNamedInvisibles(verdict);
    }
    catch (e) {
        return cannotBeRead(file, e);
    }
}
/** An I/O failure the workspace did not report as a refusal. */
function cannotBeRead(file, e) {
    const why = e instanceof Error ? e.message : String(e);
    return refused(file, `cannot be read (${why.slice(0, 200)})`);
}
function refused(file, why) {
    return {
        status: 'invalid',
        message: `${file}: ${(0,visible_text/* nameInvisibles */.wi)(why)}`,
        findings: [],
        summary: {}
    };
}
const ANY_INVISIBLE = /[^\x20-\x7E\t\n\r]/;
/** The verdict with every invisible character in its message and findings named. */
function withNamedInvisibles(v) {
    const clean = (s) => (ANY_INVISIBLE.test(s) ? (0,visible_text/* nameInvisibles */.wi)(s) : s);
    // Only what holds an invisible character is copied; most verdicts come back as they are.
    const findings = v.findings.map((f) => ANY_INVISIBLE.test(f.id) || ANY_INVISIBLE.test(f.message)
        ? { ...f, id: clean(f.id), message: clean(f.message) }
        : f);
    const message = clean(v.message);
    return message === v.message && findings.every((f, i) => f === v.findings[i])
        ? v
        : { ...v, message, findings };
}

// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
;// CONCATENATED MODULE: ./src/io/sources.ts












const READERS = {
    report: readJsonReport,
    junit: readJunit,
    sarif: readSarif
};
/** Files judged at once before the loop over a source's files lets other work go on. */
const YIELD_EVERY = 256;
/** The read-log scope of one control's sources and `allow_unverified` evidence. */
function controlScope(id) {
    return `control:${id}`;
}
/** The read-log scope of the unclaimed reports' fingerprints. */
const UNCLAIMED_SCOPE = 'unclaimed';
/** Reads every control's source files and the evidence behind `allow_unverified`. */
async function gatherEvidence(ws, policy, opts) {
    const limits = { ...core_policy/* DEFAULT_LIMITS */.dR, ...policy.limits };
    const evidence = new Map();
    const unverifiedEvidence = new Map();
    const claimed = new Set();
    const budget = opts.bytesInFlight instanceof ByteBudget
        ? opts.bytesInFlight
        : new ByteBudget(opts.bytesInFlight ?? DEFAULT_BYTES_IN_FLIGHT);
    // Every folder is listed once for this gate: a control's glob and the unclaimed-reports scan
    // below see the same listing.
    const listings = new Map();
    // With a read log, each control's reads are noted under its own scope (see read-log.ts).
    const within = (scope, fn) => ws.log ? ws.log.within(scope, fn) : fn();
    await (0,map_limit/* mapLimit */.s)(policy.controls, opts.concurrency ?? 16, (control) => within(controlScope(control.id), async () => {
        const ev = await controlEvidence(ws, control, opts, limits, budget, listings);
        for (const f of ev.files)
            claimed.add(f);
        evidence.set(control.id, ev);
        if (control.allow_unverified) {
            const file = control.allow_unverified.evidence;
            // Recorded with its digest when the run is logged: the bundle then carries it.
            const present = ws.log
                ? ((await ws.fingerprint(file))?.size ?? 0) > 0
                : await ws.hasFile(file);
            unverifiedEvidence.set(control.id, present);
        }
    }));
    let unclaimedReports = [];
    try {
        const inReports = await ws.glob(`${opts.reportsDir.replace(/\/+$/, '')}/**/*.json`, limits.max_files_per_source, listings);
        unclaimedReports = inReports.files.filter((f) => !claimed.has(f));
    }
    catch {
        unclaimedReports = [];
    }
    // The summary names them, so a logged run records their digests too (a replay lists the same).
    if (ws.log && unclaimedReports.length > 0) {
        await within(UNCLAIMED_SCOPE, () => (0,map_limit/* mapLimit */.s)(unclaimedReports, opts.concurrency ?? 16, (f) => ws.fingerprint(f)));
    }
    return { evidence, unverifiedEvidence, unclaimedReports };
}
async function controlEvidence(ws, control, opts, limits, budget, listings) {
    const { kind, pattern } = (0,core_policy/* sourceOf */.vz)(control, opts.reportsDir);
    const base = { kind, pattern, findings: [], findingsOmitted: 0, summary: {} };
    if (kind === 'builtin')
        return builtinEvidence(pattern, opts, base);
    let files;
    try {
        const found = await ws.glob(pattern, limits.max_files_per_source, listings);
        if (found.truncated) {
            return {
                ...base,
                status: 'invalid',
                message: `${(0,visible_text/* visibleLine */.P8)(pattern)}: matches more than ${limits.max_files_per_source} files (limits.max_files_per_source); narrow the pattern`,
                files: []
            };
        }
        files = found.files;
    }
    catch (e) {
        if (e instanceof workspace/* PathEscapeError */.ZU)
            return { ...base, status: 'invalid', message: e.message, files: [] };
        throw e;
    }
    if (files.length === 0) {
        return {
            ...base,
            status: 'missing',
            message: `${(0,visible_text/* visibleLine */.P8)(pattern)}: no ${kind === 'report' ? 'report' : kind === 'junit' ? 'JUnit XML' : 'SARIF'} file found; the job that produces it did not run or wrote elsewhere`,
            files: []
        };
    }
    const ctx = {
        root: ws.root,
        ...(opts.sha ? { sha: opts.sha } : {}),
        ...(opts.repository ? { repository: opts.repository } : {}),
        // One report named for one control must be that control's; a glob may gather several.
        ...(picomatch_default().scan(pattern).isGlob ? {} : { control: control.id })
    };
    // Read in parallel, kept in file order (the output must not depend on which read ends first).
    // Each read holds its bytes only until its verdict is made; findings past the cap are dropped
    // in file order as verdicts settle, so a source of many failing files stays small too.
    const verdicts = new Array(files.length);
    const settle = findingsSettler(verdicts);
    const fileOptions = {
        syntax: kind === 'junit' ? 'xml' : 'json',
        reader: READERS[kind],
        ctx,
        maxBytes: limits.max_report_bytes,
        budget
    };
    // Small files are judged at once, one after another (no promise per file); the rest (large
    // files, links, no room in the budget) are read in parallel below. Every YIELD_EVERY files the
    // loop lets other controls' reads and commands go on.
    const later = [];
    for (let i = 0; i < files.length; i++) {
        const v = judgeReportFileNow(ws, files[i], fileOptions);
        if (v === undefined)
            later.push(i);
        else {
            verdicts[i] = v;
            settle();
        }
        if (i % YIELD_EVERY === YIELD_EVERY - 1)
            await new Promise((go) => setImmediate(go));
    }
    await (0,map_limit/* mapLimit */.s)(later, opts.concurrency ?? 16, async (i) => {
        verdicts[i] = await judgeReportFile(ws, files[i], fileOptions);
        settle();
    });
    return combine(kind, pattern, files, verdicts, settle.dropped());
}
/**
 * Keeps, in file order, only the findings `keepFindings` could still keep (the first
 * MAX_FINDINGS_PER_CONTROL failed and the first as many others), counting the rest; called after
 * each verdict lands in `verdicts`. The kept findings and their count equal those of keeping all.
 */
function findingsSettler(verdicts) {
    let next = 0;
    let failed = 0;
    let others = 0;
    let dropped = 0;
    const settle = () => {
        while (next < verdicts.length && verdicts[next] !== undefined) {
            const v = verdicts[next];
            const keep = [];
            for (const f of v.findings) {
                if (f.status === 'passed')
                    continue;
                const room = f.status === 'failed' ? failed++ : others++;
                if (room < MAX_FINDINGS_PER_CONTROL)
                    keep.push(f);
                else
                    dropped++;
            }
            if (keep.length !== v.findings.length)
                verdicts[next] = { ...v, findings: keep };
            next++;
        }
    };
    return Object.assign(settle, { dropped: () => dropped });
}
/** Several files feed one control: the worst status wins; counts add up. */
function combine(kind, pattern, files, fileVerdicts, findingsDropped = 0) {
    // JUnit: "no test ran" is judged over all the source's files, not file by file.
    const verdicts = kind === 'junit' ? judgeTogether(fileVerdicts) : fileVerdicts;
    const status = (0,core_status/* worstStatus */.A4)(verdicts.map((v) => v.status));
    const worst = verdicts.filter((v) => v.status === status);
    const message = verdicts.length === 1
        ? (verdicts[0]?.message ?? '')
        : `${worst.length} of ${verdicts.length} files ${status}: ${worst
            .slice(0, 3)
            .map((v) => v.message)
            .join('; ')}${worst.length > 3 ? '; …' : ''}`;
    const kept = keepFindings(verdicts.flatMap((v) => v.findings));
    const summary = { files: 0 };
    for (const v of verdicts)
        addSummaries(summary, v.summary);
    summary.files = files.length;
    // A passing source with one file that decided only a conditional go keeps that limit.
    const conditional = status === 'passed' ? verdicts.find((v) => v.conditional)?.conditional : undefined;
    const refuseUnverified = status === 'unverified' ? verdicts.find((v) => v.refuseUnverified)?.refuseUnverified : undefined;
    return {
        status,
        message,
        kind,
        pattern,
        files,
        findings: kept.findings,
        findingsOmitted: kept.omitted + findingsDropped + verdicts.reduce((n, v) => n + (v.findingsOmitted ?? 0), 0),
        summary,
        ...(conditional ? { conditional } : {}),
        ...(refuseUnverified ? { refuseUnverified } : {})
    };
}
async function builtinEvidence(name, opts, base) {
    if (!opts.runBuiltin) {
        return {
            ...base,
            status: 'invalid',
            message: `built-in check '${name}' cannot run here`,
            files: []
        };
    }
    let report;
    try {
        report = await opts.runBuiltin(name);
    }
    catch (e) {
        // A check must report its problems; one that throws has proved nothing.
        return {
            ...base,
            status: 'invalid',
            message: `built-in check '${name}' failed to run: ${e instanceof Error ? e.message : String(e)}`,
            files: []
        };
    }
    // The report is gonogo's own, made for this control: only its content and commit are judged.
    const v = readJsonReport(JSON.stringify(report), {
        file: `builtin:${name}`,
        ...(opts.sha ? { sha: opts.sha } : {})
    });
    return {
        ...base,
        status: v.status,
        message: v.message,
        findings: v.findings,
        summary: v.summary,
        files: []
    };
}

// EXTERNAL MODULE: ./src/io/check-facts.ts + 8 modules
var check_facts = __webpack_require__(3476);
// EXTERNAL MODULE: ./src/io/git.ts
var git = __webpack_require__(7500);
// EXTERNAL MODULE: ./src/render/cli-findings.ts
var cli_findings = __webpack_require__(6133);
// EXTERNAL MODULE: ./src/core/claims.ts
var claims = __webpack_require__(1674);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/summary-markdown.ts




const HEADLINE = {
    go: '✅ gonogo: GO',
    'conditional-go': '⚠️ gonogo: CONDITIONAL GO',
    'no-go': '⛔ gonogo: NO-GO'
};
const OUTCOME = {
    passed: '✅ passed',
    conditional: '🟠 conditional go',
    'accepted-unverified': '🟡 unverified (accepted)',
    waived: '🟠 waived',
    failed: '❌ failed'
};
/** The executive summary as Markdown: headline, counts, blocker register, claim matrix. */
function renderSummaryMarkdown(s, opts) {
    let rows = opts.maxRows;
    for (;;) {
        const md = render(s, { ...opts, maxRows: rows });
        if (md.length <= opts.maxChars || rows <= 1)
            return md.length <= opts.maxChars ? md : truncate(md, opts.maxChars);
        rows = Math.floor(rows / 2);
    }
}
function truncate(md, max) {
    const note = '\n\n_… truncated: the full summary is in executive-summary.json._\n';
    return md.slice(0, max - note.length) + note;
}
function render(s, opts) {
    const out = [];
    if (opts.marker)
        out.push(opts.marker);
    out.push(`## ${HEADLINE[s.decision]}`, '');
    const p = s.profile;
    out.push(`**Decision:** \`${s.decision}\` · **Profile:** ${(0,render_escape/* code */.aY)(p.name, 64)} (max high ${p.max_high}, max medium ${p.max_medium}; ${(0,render_escape/* escapeText */.X1)(p.selected_by, 40)}) · **Commit:** ${(0,render_escape/* code */.aY)(s.subject.sha.slice(0, 12) || 'unknown', 16)} · **Effective time:** ${s.effective_time}`, '');
    for (const n of opts.notes ?? [])
        out.push(`> ${(0,render_escape/* escapeText */.X1)(n, 500)}`, '');
    const c = s.counts;
    out.push('| Controls | Passed | Failed | Waived | Unverified (accepted) | High | Medium | Low (waived) |', '|---:|---:|---:|---:|---:|---:|---:|---:|', `| ${c.controls} | ${c.passed} | ${c.failed} | ${c.waived} | ${c.accepted_unverified} | ${c.high} | ${c.medium} | ${c.low} |`, '');
    out.push('### Blocker register', '');
    if (s.blockers.length === 0)
        out.push('No blockers.', '');
    else {
        out.push('| Severity | Control | Kind | Reason | Owner | Runbook |', '|---|---|---|---|---|---|');
        for (const b of s.blockers.slice(0, opts.maxRows))
            out.push(blockerRow(b, opts));
        more(out, s.blockers.length, opts.maxRows, 'blockers');
        out.push('');
    }
    if (s.warnings.length > 0) {
        out.push('### Warnings', '');
        for (const w of s.warnings.slice(0, opts.maxRows))
            out.push(`- ${(0,render_escape/* code */.aY)(w.control, 64)}: ${(0,render_escape/* escapeText */.X1)(w.message, 300)}`);
        more(out, s.warnings.length, opts.maxRows, 'warnings');
        out.push('');
    }
    if (s.claims && s.claims.claims.length > 0) {
        out.push('### Claims by tier', '');
        out.push('| Tier | Claim | Grade | Level | Controls | Blocker |', '|---:|---|---|---|---|---|');
        for (const g of s.claims.claims.slice(0, opts.maxRows)) {
            // Each control that keeps the claim from proven says why (waived, unverified, failed…);
            // a long list shows those first, so one row stays small enough for a PR comment.
            const noted = g.controls.map((c) => ({ id: c.id, note: (0,claims/* controlNote */.aT)(c) }));
            const shown = noted.length > CLAIM_CONTROLS
                ? [...noted.filter((c) => c.note), ...noted.filter((c) => !c.note)].slice(0, CLAIM_CONTROLS)
                : noted;
            const listed = shown.map((c) => `${(0,render_escape/* code */.aY)(c.id, 64)}${c.note ? ` (${c.note})` : ''}`);
            if (noted.length > shown.length)
                listed.push(`… and ${noted.length - shown.length} more`);
            const controls = listed.join(', ');
            out.push(`| ${g.tier} | ${(0,render_escape/* code */.aY)(g.id, 32)} ${(0,render_escape/* escapeText */.X1)((0,visible_text/* visibleLine */.P8)(g.title), 120)} | ${GRADE[g.grade]} | ${g.level} | ${controls} | ${g.blocker ? `high: ${g.blocker_class ?? 'unresolved-tier-0'}` : '—'} |`);
        }
        more(out, s.claims.claims.length, opts.maxRows, 'claims');
        if (s.claims.unclaimed_controls.length > 0)
            out.push('', `Controls no claim names: ${s.claims.unclaimed_controls
                .slice(0, 50)
                .map((id) => (0,render_escape/* code */.aY)(id, 64))
                .join(', ')}${s.claims.unclaimed_controls.length > 50 ? ', …' : ''}`);
        out.push('');
    }
    out.push('### Claim matrix', '');
    out.push('| Control | Severity | Status | Evidence | Waiver | Owner | Runbook |', '|---|---|---|---|---|---|---|');
    const ordered = [...s.controls].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
    for (const r of ordered.slice(0, opts.maxRows))
        out.push(controlRow(r, opts));
    more(out, ordered.length, opts.maxRows, 'controls');
    out.push('');
    const withFindings = ordered.filter((r) => r.findings.length > 0 && r.outcome !== 'passed');
    if (withFindings.length > 0) {
        out.push('<details><summary>Findings</summary>', '');
        for (const r of withFindings.slice(0, opts.maxRows)) {
            out.push(`**${(0,render_escape/* escapeText */.X1)(r.id, 64)}**`, '');
            for (const f of r.findings.slice(0, 10)) {
                const loc = f.location
                    ? ` (${(0,render_escape/* code */.aY)(`${f.location.file}${f.location.line ? `:${f.location.line}` : ''}`, 120)})`
                    : '';
                out.push(`- ${f.status === 'failed' ? '❌' : '🟡'} ${(0,render_escape/* escapeText */.X1)((0,cli_findings.ruleOf)(f), 120)}${loc}: ${(0,render_escape/* escapeText */.X1)(f.message, 300)}${f.remediation ? ` — ${(0,render_escape/* escapeText */.X1)(f.remediation, 200)}` : ''}${f.unlock ? ` (unlock: ${(0,render_escape/* escapeText */.X1)(f.unlock, 120)})` : ''}`);
            }
            const hidden = r.findings.length - 10 + r.findings_omitted;
            if (hidden > 0)
                out.push(`- … and ${hidden} more`);
            out.push('');
        }
        out.push('</details>', '');
    }
    if (s.unclaimed_reports.length > 0) {
        out.push(`<details><summary>Reports no control reads (${s.unclaimed_reports.length})</summary>`, '');
        for (const f of s.unclaimed_reports.slice(0, opts.maxRows))
            out.push(`- ${(0,render_escape/* code */.aY)(f, 200)}`);
        more(out, s.unclaimed_reports.length, opts.maxRows, 'reports');
        out.push('', '</details>', '');
    }
    out.push(`<sub>${s.generator.name} ${s.generator.version} · ${s.contract}</sub>`, '');
    return out.join('\n');
}
function rank(r) {
    return r.outcome === 'failed'
        ? 0
        : r.outcome === 'waived'
            ? 1
            : r.outcome === 'accepted-unverified' || r.outcome === 'conditional'
                ? 2
                : 3;
}
function more(out, total, shown, what) {
    if (total > shown)
        out.push('', `_… and ${total - shown} more ${what} (see executive-summary.json)._`);
}
function cell(text, max = 200) {
    return text ? (0,render_escape/* escapeText */.X1)(text, max) : '—';
}
/** Controls listed per claim in the Markdown matrix (all of them: executive-summary.json). */
const CLAIM_CONTROLS = 20;
const GRADE = { proven: '✅ proven', partial: '🟡 partial', 'not-proven': '❌ not proven' };
function blockerRow(b, opts) {
    return `| ${b.severity} | ${(0,render_escape/* code */.aY)(b.control, 64)} | ${b.kind}${b.class ? ` (${b.class})` : ''} | ${cell(b.reason, 300)} | ${cell(b.owner, 60)} | ${b.runbook ? (0,render_escape/* safeLink */.o3)('runbook', b.runbook, opts.blobBase) : '—'} |`;
}
function controlRow(r, opts) {
    // A single file is shown with the start of its SHA-256 (all digests: executive-summary.json).
    const digest = r.evidence.inputs?.find((i) => i.path === r.evidence.files[0])?.sha256;
    const evidence = r.evidence.files.length === 1
        ? `${(0,render_escape/* code */.aY)(r.evidence.files[0] ?? '', 120)}${digest ? ` · sha256 ${(0,render_escape/* code */.aY)(digest.slice(0, 12), 16)}` : ''}`
        : r.evidence.files.length > 1
            ? `${r.evidence.files.length} files (${(0,render_escape/* code */.aY)(r.evidence.pattern, 100)})`
            : `${r.status}: ${(0,render_escape/* code */.aY)(r.evidence.pattern, 100)}`;
    const waiver = r.waiver
        ? `${cell(r.waiver.owner, 40)} until ${r.waiver.expires}${r.waiver.state === 'expiring' ? ' (expiring)' : ''}`
        : '—';
    const status = r.outcome === 'failed' ? `${OUTCOME.failed} (${r.status})` : OUTCOME[r.outcome];
    return `| ${(0,render_escape/* code */.aY)(r.id, 64)} | ${r.severity} | ${status} | ${evidence} | ${waiver} | ${cell(r.owner, 60)} | ${r.runbook ? (0,render_escape/* safeLink */.o3)('runbook', r.runbook, opts.blobBase) : '—'} |`;
}

;// CONCATENATED MODULE: ./src/io/fact-usage.ts
/**
 * `facts` for one built-in check, watched: every file it hashes through `files.hash` is noted in
 * `log` (reads through `files.readText`/`workflows` are noted by the Workspace itself), and every
 * call to a fact that is not a file read — git history, processes, the Actions API, `opaTest`,
 * `writeOutput`, and any fact added later — is named in the returned usage. With `refuse` those
 * calls reject instead ("not available in a replay"), so a replay never runs a command, reads
 * git, calls the network or writes into the bundle.
 *
 * @returns the watched facts and the usage they fill in as the check runs
 */
function watchFacts(facts, o) {
    const other = new Set();
    const note = (name) => {
        other.add(name);
        if (o.refuse)
            throw new Error(`${name} is not available in a replay (only the bundled files are)`);
    };
    const files = {
        ...facts.files,
        hash: async (p) => {
            const h = await facts.files.hash(p);
            const rel = facts.files.relative(p);
            if (h.ok && rel !== undefined)
                o.log?.record({ path: rel, size: h.size, sha256: h.sha256 });
            return h;
        },
        writeOutput: async (p, content) => {
            note('files.writeOutput');
            return facts.files.writeOutput(p, content);
        },
        opaTest: async (dir, opts) => {
            note('files.opaTest');
            return facts.files.opaTest(dir, opts);
        }
    };
    const watched = { files };
    for (const [key, value] of Object.entries(facts)) {
        if (key === 'files' || value === undefined)
            continue;
        watched[key] = watchObject(key, value, note);
    }
    return { facts: watched, usage: { other } };
}
/** `target` with every method call noted as `name` first (properties pass through). */
function watchObject(name, target, note) {
    return new Proxy(target, {
        get(t, key, receiver) {
            const v = Reflect.get(t, key, receiver);
            if (typeof v !== 'function')
                return v;
            return (...args) => {
                note(name);
                return v.apply(t, args);
            };
        }
    });
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
;// CONCATENATED MODULE: ./src/io/read-log.ts


/**
 * Every file one gate run read, with the digest of the bytes it read, and which part of the run
 * read it (a control's sources, a built-in check, the policy): what `bundle create` copies into
 * the bundle's `evidence/` and what `bundle verify --replay` decides again from. The part is
 * carried by an AsyncLocalStorage scope ({@link within}), so reads deep inside a built-in check
 * are attributed without threading a parameter through every reader.
 *
 * A file read twice with different bytes changed while the gate ran: it is named by
 * {@link changed}, and the gate refuses to write a decision that no file set could replay.
 */
class ReadLog {
    scope = new external_node_async_hooks_.AsyncLocalStorage();
    byPath = new Map();
    byScope = new Map();
    changedPaths = new Set();
    refused = new Map();
    /** Runs `fn` with its reads attributed to `scope` (nested scopes replace the outer one). */
    within(scope, fn) {
        return this.scope.run(scope, fn);
    }
    /** Notes one read; called by Workspace and the facts given to built-in checks. */
    record(r) {
        const seen = this.byPath.get(r.path);
        if (seen === undefined)
            // Keys in sorted order: the summary's `inputs.files` is written without copying them.
            this.byPath.set(r.path, { path: r.path, sha256: r.sha256, size: r.size });
        else if (seen.sha256 !== r.sha256 || seen.size !== r.size)
            this.changedPaths.add(r.path);
        const scope = this.scope.getStore() ?? '';
        let paths = this.byScope.get(scope);
        if (paths === undefined)
            this.byScope.set(scope, (paths = new Set()));
        paths.add(r.path);
    }
    /**
     * Notes a file the run tried to read and was refused (a link out of the workspace, not a
     * regular file, over its size limit, unreadable): a replay must meet the same refusal, since the
     * bundle cannot hold the file.
     */
    recordRefusal(r) {
        if (!this.refused.has(r.path))
            this.refused.set(r.path, { ...r });
    }
    /** The refusals, sorted by path. */
    refusals() {
        return [...this.refused.values()].sort((a, b) => (0,bundle_manifest/* comparePaths */.cD)(a.path, b.path));
    }
    /** Every file read, sorted by path (UTF-16 code units), each once. */
    all() {
        return [...this.byPath.values()].sort((a, b) => (0,bundle_manifest/* comparePaths */.cD)(a.path, b.path));
    }
    /** The files read within any of `scopes`, sorted by path, each once. */
    inScope(...scopes) {
        const paths = new Set();
        for (const scope of scopes)
            for (const p of this.byScope.get(scope) ?? [])
                paths.add(p);
        return [...paths].sort(bundle_manifest/* comparePaths */.cD).map((p) => this.byPath.get(p));
    }
    /** Files read more than once with different bytes, sorted. */
    changed() {
        return [...this.changedPaths].sort(bundle_manifest/* comparePaths */.cD);
    }
}

;// CONCATENATED MODULE: ./src/gate/run-gate.ts





















/** Built-in check reports are written next to the summary as report-<name>.json. */
const BUILTIN_REPORT_PREFIX = 'report-';
/** GitHub's job summary limit is 1 MiB per step. */
const JOB_SUMMARY_MAX_CHARS = 1000 * 1000;
/** Policy → evidence → decision → Markdown → files. Everything a run of the gate does but GitHub I/O. */
async function runGate(o) {
    // A summary from an earlier run must never be mistaken for this run's, even if this one fails.
    await Promise.all([contracts/* SUMMARY_JSON */.qJ, contracts/* SUMMARY_MD */.Hr].map((f) => (0,promises_.unlink)(external_node_path_default().join(external_node_path_default().resolve(o.output), f)).catch((e) => {
        if (e.code !== 'ENOENT')
            throw e;
    })));
    const ws = await workspace.Workspace.open(o.workspace);
    // Every file read is noted with its digest (the summary's `inputs`; read-log.ts).
    const log = new ReadLog();
    ws.log = log;
    ws.replayRefusals = o.replay?.refusals;
    const policy = await log.within(POLICY_SCOPE, () => (0,policy_file.loadPolicy)(ws, o.config));
    if (ws.relative(o.reports) === undefined || external_node_path_default().isAbsolute(o.reports)) {
        throw new errors/* ConfigurationError */.j1(`reports folder '${o.reports}' is outside the workspace; give a path relative to the repository root`);
    }
    await checkReportsFolder(ws, o.reports);
    // The gate's own output inside the reports folder would be read back as reports next run (its
    // built-in reports are rewritten after being read): refused.
    const outRel = ws.relative(external_node_path_default().resolve(o.output));
    const reportsRel = ws.relative(o.reports) ?? o.reports;
    if (outRel !== undefined &&
        !external_node_path_default().isAbsolute(outRel) &&
        (reportsRel === '' || outRel === reportsRel || outRel.startsWith(`${reportsRel}/`)))
        throw new errors/* ConfigurationError */.j1(`output folder '${outRel}' is inside the reports folder '${reportsRel || '.'}': the gate would read its own summary and built-in reports back as reports; choose an output folder outside it`);
    const branch = await o.branch;
    let profile;
    try {
        profile = selectProfile(policy, {
            event: o.event,
            branch,
            ...(o.profile ? { override: o.profile } : {})
        });
    }
    catch (e) {
        if (e instanceof ProfileSelectionError)
            throw new errors/* ConfigurationError */.j1(`${o.config}: ${e.message}`);
        throw e;
    }
    const builtinReports = new Map();
    const builtinRuns = new Map();
    const builtinUse = new Map();
    // One facts object for the run, made when the first built-in runs: the checks share it.
    let facts;
    // Built-ins judge the checkout itself: without --sha their subject is HEAD (a report must name
    // a commit); other reports are then still not checked for staleness.
    let builtinSha;
    const gathered = await gatherEvidence(ws, policy, {
        reportsDir: o.reports,
        ...(o.sha ? { sha: o.sha } : {}),
        ...(o.repository ? { repository: o.repository } : {}),
        // The promise is cached, not the result: two controls naming one check share one run.
        runBuiltin: (name) => {
            const cached = builtinRuns.get(name);
            if (cached)
                return cached;
            const recorded = o.replay?.reports.get(name);
            const p = log.within(builtinScope(name), async () => {
                if (recorded) {
                    // Replayed from its report: the files it read are noted again from the bundle.
                    await Promise.all(recorded.files.map((f) => ws.fingerprint(f)));
                    builtinUse.set(name, {
                        sha: recorded.sha,
                        files: [...recorded.files],
                        other: [...recorded.other]
                    });
                    builtinReports.set(name, recorded.report);
                    return recorded.report;
                }
                const check = await (0,registry/* loadBuiltin */.Y)(name);
                facts ??= (0,check_facts/* createCheckFacts */.S)(ws, o.github);
                const watched = watchFacts(facts, { log, refuse: o.replay !== undefined });
                const sha = o.replay?.shas.get(name) ??
                    (o.sha || (await (builtinSha ??= (0,git/* headSha */.x)(ws.root).then(orNullCommit))));
                builtinUse.set(name, { usage: watched.usage, sha });
                const report = await check({
                    facts: watched.facts,
                    policy,
                    settings: policy.checks?.[name],
                    subject: { repository: o.repository, sha, ref: o.ref },
                    effectiveTime: o.effectiveTime,
                    ...(o.baseRef ? { baseRef: o.baseRef } : {}),
                    log: o.log ?? (() => undefined)
                });
                builtinReports.set(name, report);
                return report;
            });
            builtinRuns.set(name, p);
            return p;
        }
    });
    const changed = log.changed();
    if (changed.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ` and ${changed.length - 5} more` : ''}: changed while the gate read ${changed.length === 1 ? 'it' : 'them'} (two reads gave different bytes); run the gate again when nothing writes to the workspace`);
    }
    const inputs = gateInputs({ ...o, branch }, policy.controls, gathered.evidence, log, ws.relative(o.reports) || '.', builtinReports, builtinUse);
    const summary = (0,decision/* decide */.LD)({
        controls: policy.controls,
        waivers: policy.waivers ?? [],
        profile,
        effectiveTime: o.effectiveTime,
        subject: { repository: o.repository, sha: o.sha, ref: o.ref, event: o.event },
        evidence: gathered.evidence,
        unverifiedEvidence: gathered.unverifiedEvidence,
        unclaimedReports: gathered.unclaimedReports,
        inputs,
        ...(policy.claims ? { claims: policy.claims } : {})
    });
    const maxRows = policy.comment?.max_rows ?? 50;
    const markdown = renderSummaryMarkdown(summary, {
        maxRows: Math.max(maxRows, 500),
        maxChars: JOB_SUMMARY_MAX_CHARS,
        ...(o.blobBase ? { blobBase: o.blobBase } : {})
    });
    const [summaryPath, markdownPath] = (await (0,atomic_write/* writeAllOrNothing */.P)(external_node_path_default().resolve(o.output), [
        // Bytes written in parts: a summary of 10,000 files lists them three times (canonical-json.ts).
        { name: contracts/* SUMMARY_JSON */.qJ, content: (0,canonical_json/* stableStringifyBytes */.e)(summary, 2, '\n') },
        { name: contracts/* SUMMARY_MD */.Hr, content: markdown },
        // The reports the gate computed itself travel with its summary (evidence for the bundle).
        ...[...builtinReports]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([name, r]) => ({
            name: `${BUILTIN_REPORT_PREFIX}${name}.json`,
            content: builtinReportText(r)
        }))
    ]));
    return {
        summary,
        markdown,
        summaryPath,
        markdownPath,
        maxRows,
        builtinReports: [...builtinReports.values()],
        policy
    };
}
/**
 * A built-in's subject without a commit (a folder that is not a git repository, or before its
 * first commit): git's null object id, so its report is valid and says it judged no commit.
 */
function orNullCommit(sha) {
    return sha || '0'.repeat(40);
}
/** Read-log scope of the policy file. */
const POLICY_SCOPE = 'policy';
/** Read-log scope of one built-in check's reads. */
function builtinScope(name) {
    return `builtin:${name}`;
}
/** The bytes the gate writes for a built-in's report (`report-<name>.json`). */
function builtinReportText(report) {
    return `${(0,canonical_json/* stableStringify */.J)(report)}\n`;
}
/**
 * The summary's `inputs` from the run's read log (and each control's evidence gets the digests of
 * the files read for it): what `bundle create` copies and `bundle verify --replay` decides from.
 */
function gateInputs(o, controls, evidence, log, reportsRel, reports, use) {
    const all = log.all();
    const policyRel = log.inScope(POLICY_SCOPE)[0];
    if (policyRel === undefined)
        throw new Error('the policy file was not noted as read');
    for (const c of controls) {
        const ev = evidence.get(c.id);
        if (ev === undefined)
            continue;
        const src = (0,core_policy/* sourceOf */.vz)(c, o.reports);
        const scopes = [
            controlScope(c.id),
            ...(src.kind === 'builtin' ? [builtinScope(src.pattern)] : [])
        ];
        ev.inputs = log.inScope(...scopes).map((r) => ({ path: r.path, sha256: r.sha256 }));
    }
    const builtins = [...reports.keys()].sort(bundle_manifest/* comparePaths */.cD).map((name) => {
        const u = use.get(name);
        const replay = u?.usage && u.usage.other.size === 0 ? 'files' : 'report';
        return {
            name,
            replay,
            sha: u?.sha ?? '',
            report_sha256: (0,bundle_copy/* sha256Hex */.fg)(builtinReportText(reports.get(name))),
            files: u?.files ?? log.inScope(builtinScope(name)).map((r) => r.path),
            other_facts: u?.usage ? [...u.usage.other].sort(bundle_manifest/* comparePaths */.cD) : (u?.other ?? [])
        };
    });
    return {
        policy: policyRel,
        reports: reportsRel,
        branch: o.branch,
        profile_override: o.profile ?? null,
        builtins,
        files: all,
        ...(log.refusals().length > 0 ? { unread: log.refusals() } : {})
    };
}
/**
 * The reports folder may be missing (no report yet), but what is there must be a folder inside
 * the workspace: a file, FIFO or link out of the workspace is a mistake named here, not an empty
 * folder.
 */
async function checkReportsFolder(ws, reports) {
    const abs = await ws.confine(reports);
    if (abs === undefined)
        throw new errors/* ConfigurationError */.j1(`reports folder '${reports}' leads outside the workspace through a symbolic link; give a folder inside the repository`);
    let st;
    try {
        st = await (0,promises_.stat)(abs);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return;
        throw new errors/* ConfigurationError */.j1(`reports folder '${reports}' cannot be read (${code ?? 'error'})`);
    }
    if (!st.isDirectory())
        throw new errors/* ConfigurationError */.j1(`reports folder '${reports}' is not a folder`);
}


/***/ }),

/***/ 9281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ invalid),
/* harmony export */   Kd: () => (/* binding */ sameCommit),
/* harmony export */   ez: () => (/* binding */ stale),
/* harmony export */   jg: () => (/* binding */ REPORT_SHA_PATTERN),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   rv: () => (/* reexport safe */ _json_error_js__WEBPACK_IMPORTED_MODULE_0__.rv),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _json_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1639);
/* harmony import */ var _core_visible_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9505);



function invalid(file, why) {
    return { status: 'invalid', message: `${file}: ${why}`, findings: [], summary: {} };
}
function stale(file, reportSha, sha) {
    // Ids that share their first 12 digits (a SHA-256 id and a SHA-1 one) are shown whole.
    const same = reportSha.slice(0, 12).toLowerCase() === sha.slice(0, 12).toLowerCase();
    const [a, b] = same ? [reportSha, sha] : [reportSha.slice(0, 12), sha.slice(0, 12)];
    return {
        status: 'stale',
        message: `${file}: report is about commit ${a}, but the gate checks ${b}; regenerate it for this commit`,
        findings: [],
        summary: {}
    };
}
/**
 * Parses a report's JSON, turning the engine's error into "at line L, column C: …" (see
 * json-error.ts). With `maxDepth`, nesting deeper is refused before parsing (json-error.ts
 * `jsonTooDeep`), so no later walk over the value can run out of stack. The size is bounded
 * before the file is read (`limits.max_report_bytes`). Never throws.
 *
 * @param maxDepth the SARIF reader passes MAX_JSON_DEPTH (256); the JSON report reader reads any
 *   depth (its walks over the value are iterative, older-reports.test.ts)
 * @param what what the file is, for the messages ('report'; 'plan' for an org plan)
 */
function parseJson(text, file, maxDepth = Number.POSITIVE_INFINITY, what = 'report') {
    if (text.includes('\u0000'))
        return { ok: false, verdict: invalid(file, 'binary data, not JSON') };
    const parsed = (0,_json_error_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoundedJson */ .Rj)(text, maxDepth);
    if (!parsed.ok)
        return { ok: false, verdict: invalid(file, parsed.message) };
    const dup = (0,_json_error_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonDuplicateKey */ .DY)(text, parsed.value);
    if (dup)
        return {
            ok: false,
            verdict: invalid(file, `key ${JSON.stringify((0,_core_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .nameInvisibles */ .wi)(dup.key).slice(0, 60))} is written twice in one object (line ${dup.line}, column ${dup.column}); JSON readers disagree on which one counts, so the ${what} is refused: write each key once`)
        };
    return parsed;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A commit id a report names: full or abbreviated (7+), any case. */
const REPORT_SHA_PATTERN = /^[0-9a-fA-F]{7,64}$/;
/** Whether a report's commit id (full or abbreviated, any case) names the gated commit. */
function sameCommit(reportSha, sha) {
    const a = reportSha.toLowerCase();
    const b = sha.toLowerCase();
    return a.length >= 7 && (a === b || (a.length < b.length && b.startsWith(a)));
}


/***/ })

};
