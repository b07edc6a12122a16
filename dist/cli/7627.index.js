export const id = 7627;
export const ids = [7627];
export const modules = {

/***/ 7985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I9: () => (/* binding */ SIGNATURE_FILE),
/* harmony export */   It: () => (/* binding */ manifestDigest),
/* harmony export */   VP: () => (/* binding */ UNLISTED_FILES),
/* harmony export */   WU: () => (/* binding */ canonicalProblem),
/* harmony export */   Xz: () => (/* binding */ canonicalDigest),
/* harmony export */   _i: () => (/* binding */ signDigest),
/* harmony export */   bundleCreationTime: () => (/* binding */ bundleCreationTime),
/* harmony export */   cD: () => (/* binding */ comparePaths),
/* harmony export */   cn: () => (/* binding */ EVIDENCE_DIR),
/* harmony export */   fM: () => (/* binding */ SIGNATURE_ALGORITHM),
/* harmony export */   fR: () => (/* binding */ bundlePathProblem),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   jl: () => (/* binding */ BUILTINS_DIR),
/* harmony export */   m4: () => (/* binding */ REPORTS_DIR),
/* harmony export */   tE: () => (/* binding */ LINEAGE_FILE),
/* harmony export */   u1: () => (/* binding */ buildManifest),
/* harmony export */   xc: () => (/* binding */ runFromEnv)
/* harmony export */ });
/* unused harmony exports BUNDLE_CONTRACT, LOCAL_RUN, filesDigest, bundleId, duplicatePaths, runUrl, parseSourceDateEpoch */
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8799);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2334);




/** Contract of an evidence bundle's manifest.json. */
const BUNDLE_CONTRACT = 'gonogo.bundle/v1';
const MANIFEST_FILE = 'manifest.json';
const SIGNATURE_FILE = 'signature.json';
const LINEAGE_FILE = 'lineage.json';
/** Where the reports go inside a bundle. */
const REPORTS_DIR = 'reports';
/** Where the files the gate's decision read go, by their repository paths (issue 16). */
const EVIDENCE_DIR = 'evidence';
/** Where the built-in checks' reports the gate wrote go. */
const BUILTINS_DIR = 'builtins';
/** Files at the bundle root that describe the bundle and so are not listed in it. */
const UNLISTED_FILES = [MANIFEST_FILE, SIGNATURE_FILE];
const SIGNATURE_ALGORITHM = 'hmac-sha256';
const LOCAL_RUN = {
    url: null,
    workflow: null,
    actor: null,
    event: null,
    id: null,
    attempt: null
};
/**
 * `sha256:<hex>` of the RFC 8785 canonical JSON of `value`.
 *
 * @throws TypeError when `value` has no canonical form: no JSON form at all, or a string with a
 *   lone surrogate (RFC 8785 §3.1 takes I-JSON input, and RFC 7493 §2.1 excludes surrogates that
 *   are not in pairs), naming the first such string's path. Callers that read stored records turn
 *   this into a refusal ({@link canonicalProblem}).
 */
function canonicalDigest(value) {
    const problem = canonicalProblem(value);
    if (problem !== undefined)
        throw new TypeError(problem);
    const text = (0,canonicalize__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A)(value);
    if (text === undefined)
        throw new TypeError('value has no JSON form');
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex')}`;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Why `value` has no RFC 8785 canonical form, or undefined: the first string (key or value) that
 * holds a lone surrogate (I-JSON, RFC 7493 §2.1), by its JSON path (`$.bundle.id`). Walks without
 * recursion; a value nested deeper than `maxDepth` is refused too (canonical JSON of it would
 * recurse that deep).
 */
function canonicalProblem(value, maxDepth = 1000) {
    const pathOf = (f) => {
        const parts = [];
        for (let at = f; at?.parent !== undefined; at = at.parent)
            parts.push(typeof at.key === 'number' ? `[${at.key}]` : `.${String(at.key).slice(0, 80)}`);
        return `$${parts.reverse().join('')}`;
    };
    const stack = [{ v: value, parent: undefined, key: undefined, depth: 0 }];
    while (stack.length > 0) {
        const frame = stack.pop();
        const { v, depth } = frame;
        if (typeof v === 'string') {
            if (LONE_SURROGATE.test(v))
                return `${pathOf(frame)} holds a lone surrogate, which JSON canonicalization (RFC 8785, I-JSON) does not allow`;
            continue;
        }
        if (v === null || typeof v !== 'object')
            continue;
        if (depth >= maxDepth)
            return `${pathOf(frame)} is nested deeper than ${maxDepth} levels`;
        if (Array.isArray(v)) {
            for (let i = v.length - 1; i >= 0; i--)
                stack.push({ v: v[i], parent: frame, key: i, depth: depth + 1 });
            continue;
        }
        for (const k of Object.keys(v)) {
            if (LONE_SURROGATE.test(k))
                return `key ${pathOf({ v: undefined, parent: frame, key: k, depth: depth + 1 })} holds a lone surrogate, which JSON canonicalization (RFC 8785, I-JSON) does not allow`;
            stack.push({ v: v[k], parent: frame, key: k, depth: depth + 1 });
        }
    }
    return undefined;
}
/** The manifest's digest: over its canonical JSON without `digest` itself. */
function manifestDigest(m) {
    const rest = { ...m };
    delete rest.digest;
    return canonicalDigest(rest);
}
/** Hex HMAC-SHA256 of the manifest digest (the `sha256:…` text, UTF-8) under `key`. */
function signDigest(key, digest) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(digest, 'utf8').digest('hex');
}
/** Digest of the file list alone: what the bundle holds, whatever the run or time. */
function filesDigest(files) {
    return canonicalDigest(files);
}
/**
 * `<repository name>-<first 12 of the sha>-<first 12 of the files digest>`: the same evidence for
 * the same commit has the same id, and any change to a file changes it.
 */
function bundleId(subject, digestOfFiles) {
    const name = (subject.repository.split('/').pop() ?? '').replace(/[^A-Za-z0-9._-]/g, '-') || 'local';
    const sha = /^[0-9a-f]{12}/.test(subject.sha) ? subject.sha.slice(0, 12) : 'nosha';
    const hex = digestOfFiles.replace(/^sha256:/, '').slice(0, 12);
    return `${name}-${sha}-${hex}`;
}
/** Path order of the manifest: by UTF-16 code unit, as everywhere else in gonogo. */
function comparePaths(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Why `p` cannot name a file in a bundle, or undefined when it can: a bundle path is POSIX,
 * relative and normalized, so it can never land outside the folder it is extracted to.
 */
function bundlePathProblem(p) {
    if (p === '')
        return 'empty path';
    if (p.includes('\0'))
        return 'path contains a NUL character';
    if (p.includes('\\'))
        return 'path contains a backslash; bundle paths use /';
    if (p.startsWith('/'))
        return 'absolute path; bundle paths are relative to the bundle root';
    if (/^[A-Za-z]:/.test(p))
        return 'path starts with a drive letter';
    const segments = p.split('/');
    if (segments.includes('..'))
        return "path contains '..' and would escape the bundle";
    if (segments.some((s) => s === '' || s === '.'))
        return "path is not normalized (empty or '.' segment)";
    return undefined;
}
/** Paths that occur more than once, each named once, sorted. */
function duplicatePaths(paths) {
    const seen = new Set();
    const dup = new Set();
    for (const p of paths) {
        if (seen.has(p))
            dup.add(p);
        seen.add(p);
    }
    return [...dup].sort(comparePaths);
}
/** `{server}/{repository}/actions/runs/{id}/attempts/{attempt}` */
function runUrl(server, repository, id, attempt) {
    return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${id}/attempts/${attempt}`;
}
/** The run from the runner's environment (GITHUB_RUN_ID …); LOCAL_RUN's nulls where absent. */
function runFromEnv(env) {
    const id = /^[0-9]{1,20}$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : null;
    const attemptText = env.GITHUB_RUN_ATTEMPT ?? '';
    const attempt = /^[1-9][0-9]{0,8}$/.test(attemptText) ? Number(attemptText) : null;
    const repository = env.GITHUB_REPOSITORY ?? '';
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const orNull = (v) => (v ? v : null);
    return {
        url: id !== null && repository !== '' ? runUrl(server, repository, id, attempt ?? 1) : null,
        workflow: orNull(env.GITHUB_WORKFLOW),
        actor: orNull(env.GITHUB_ACTOR),
        event: orNull(env.GITHUB_EVENT_NAME),
        id,
        attempt: id !== null ? (attempt ?? 1) : null
    };
}
/**
 * A bundle's creation time: SOURCE_DATE_EPOCH when set (a malformed one is an error, never
 * silently replaced by the clock), else the effective time, else now.
 */
function bundleCreationTime(sourceDateEpoch, effectiveTime, now) {
    if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
        const t = parseSourceDateEpoch(sourceDateEpoch);
        if (Number.isNaN(t))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, got '${sourceDateEpoch}'`);
        return t;
    }
    return effectiveTime ? (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEffectiveTime */ .cD)(effectiveTime) : now();
}
/**
 * SOURCE_DATE_EPOCH (whole seconds since 1970, as reproducible builds define it) in milliseconds;
 * NaN when the text is not such a number.
 */
function parseSourceDateEpoch(text) {
    const t = text.trim();
    if (!/^[0-9]{1,12}$/.test(t))
        return NaN;
    return Number(t) * 1000;
}
/**
 * The manifest for files already hashed: sorted by path, with its id and digest. Throws on a path
 * a bundle cannot hold or on a path listed twice, so a manifest made here always verifies.
 */
function buildManifest(o) {
    for (const f of o.files) {
        const problem = bundlePathProblem(f.path);
        if (problem !== undefined)
            throw new Error(`${f.path}: ${problem}`);
        if (UNLISTED_FILES.includes(f.path))
            throw new Error(`${f.path}: reserved for the bundle itself`);
    }
    const dup = duplicatePaths(o.files.map((f) => f.path));
    if (dup.length > 0)
        throw new Error(`${dup.join(', ')}: listed more than once`);
    const files = [...o.files]
        .map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 }))
        .sort((a, b) => comparePaths(a.path, b.path));
    const subject = {
        repository: o.subject.repository,
        sha: o.subject.sha,
        ref: o.subject.ref,
        ...(o.subject.tag ? { tag: o.subject.tag } : {})
    };
    const body = {
        contract: BUNDLE_CONTRACT,
        bundle_id: bundleId(subject, filesDigest(files)),
        created_at: new Date(o.createdAt).toISOString(),
        subject,
        run: { ...o.run },
        files
    };
    return { ...body, digest: manifestDigest(body) };
}


/***/ }),

/***/ 1639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DY: () => (/* binding */ jsonDuplicateKey),
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   Rj: () => (/* binding */ parseBoundedJson),
/* harmony export */   bq: () => (/* binding */ parseJsonAt),
/* harmony export */   rv: () => (/* binding */ lineColumn)
/* harmony export */ });
/* unused harmony exports firstErrorOffset, jsonTooDeep */
/**
 * Parses JSON; on failure says where, as "line L, column C". The engine's message does not
 * always carry a position (V8: `Unexpected token '}', ..."x": } is not valid JSON`), so the
 * offset of the first error is found by a small scanner that follows the JSON grammar. Pure.
 */
function parseJsonAt(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (e) {
        const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
        const pos = /position (\d+)/.exec(msg);
        const offset = pos ? Number(pos[1]) : firstErrorOffset(text);
        if (offset === undefined)
            return { ok: false, message: `not valid JSON (${msg.slice(0, 160)})` };
        const where = lineColumn(text, offset);
        const short = /^(.*?)(,\s*"\.\.\.|\s*"|$)/.exec(msg)?.[1] ?? msg;
        return {
            ok: false,
            message: `not valid JSON at line ${where.line}, column ${where.column} (${short.slice(0, 160)})`,
            line: where.line
        };
    }
}
class Stop extends Error {
    at;
    constructor(at) {
        super(`JSON error at ${at}`);
        this.at = at;
    }
}
/** Offset of the first character that breaks the JSON grammar, or undefined if none does. */
function firstErrorOffset(text) {
    let i = 0;
    const ws = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const fail = () => {
        throw new Stop(Math.min(i, text.length));
    };
    const lit = (word) => {
        if (text.startsWith(word, i))
            i += word.length;
        else
            fail();
    };
    const str = () => {
        if (text[i] !== '"')
            fail();
        i++;
        while (i < text.length && text[i] !== '"') {
            const c = text.charCodeAt(i);
            if (c < 0x20)
                fail();
            if (text[i] === '\\') {
                i++;
                if (text[i] === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)))
                        fail();
                    i += 4;
                }
                else if (!'"\\/bfnrt'.includes(text[i] ?? 'x'))
                    fail();
            }
            i++;
        }
        if (i >= text.length)
            fail();
        i++;
    };
    const num = () => {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m || m[0] === '' || m[0] === '-')
            fail();
        i += m[0].length;
    };
    const value = (depth) => {
        if (depth > 2000)
            fail();
        ws();
        const c = text[i];
        if (c === '{') {
            i++;
            ws();
            if (text[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                str();
                ws();
                if (text[i] !== ':')
                    fail();
                i++;
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return;
                }
                fail();
            }
        }
        else if (c === '[') {
            i++;
            ws();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return;
                }
                fail();
            }
        }
        else if (c === '"')
            str();
        else if (c === 't')
            lit('true');
        else if (c === 'f')
            lit('false');
        else if (c === 'n')
            lit('null');
        else
            num();
    };
    try {
        value(0);
        ws();
        if (i < text.length)
            fail();
        return undefined;
    }
    catch (e) {
        if (e instanceof Stop)
            return e.at;
        return undefined;
    }
}
/** Line and column of a character offset, 1-based. */
function lineColumn(text, offset) {
    let line = 1;
    let last = -1;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            last = i;
        }
    }
    return { line, column: offset - last };
}
/**
 * The deepest nesting of arrays and objects a JSON file gonogo reads may have (the outermost value
 * is depth 1). SARIF 2.1.0 logs nest about 12 levels, gonogo's and the older scripts' reports
 * fewer than 10, bundle manifests and promotion records 4; property bags may add a few.
 */
const MAX_JSON_DEPTH = 256;
/**
 * Where JSON text nests arrays and objects deeper than `max`, before anything parses it: a linear
 * scan that skips strings (escapes included) and counts brackets, so a hostile nesting costs one
 * pass and no stack. Brackets that do not balance are left to the parser to report.
 *
 * @returns the offset of the first bracket too deep and its line/column, or undefined
 */
function jsonTooDeep(text, max = MAX_JSON_DEPTH) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++; // backslash: skip the escaped character
            else if (c === 0x22)
                inString = false;
            continue;
        }
        if (c === 0x22)
            inString = true;
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > max)
                return { offset: i, ...lineColumn(text, i) };
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return undefined;
}
/**
 * Parses JSON text of bounded depth ({@link jsonTooDeep}) into a value, or says why not in words
 * for a message ("nested deeper than 256 levels at line 3, column 9", "not valid JSON at …").
 * Never throws.
 */
function parseBoundedJson(text, max = MAX_JSON_DEPTH) {
    const deep = Number.isFinite(max) ? jsonTooDeep(text, max) : undefined;
    if (deep) {
        return {
            ok: false,
            message: `arrays and objects nested deeper than ${max} levels at line ${deep.line}, column ${deep.column}; no report nests that deep, check the tool that wrote it`
        };
    }
    const parsed = parseJsonAt(text);
    return parsed.ok ? parsed : { ok: false, message: parsed.message };
}
/**
 * The first key written twice in one object of valid JSON text, with its position. RFC 8259 §4
 * says names "SHOULD be unique" and leaves duplicates to the reader: JavaScript keeps the last,
 * other readers the first or refuse, so `{"status":"failed","status":"passed"}` would mean
 * different things to different tools; a report must not. Keys are compared decoded (`"a"` and
 * `"\u0061"` are one key). One linear pass with an explicit stack (no recursion).
 *
 * @param text JSON text that already parsed
 * @param value what `JSON.parse(text)` returned, when the caller has it: then text whose key count
 *   equals the value's property count is answered without the keyed pass (duplicates collapse, so
 *   equal counts mean none); any difference falls through to the pass that finds the position
 * @returns the key and its line/column, or undefined when every key is unique in its object
 */
function jsonDuplicateKey(text, value) {
    // Fast path: a parsed object keeps one property per distinct key, so when the text holds as
    // many keys as the parsed value has properties, no key repeats and no position is needed.
    if (value !== undefined && keyTokens(text) === ownKeys(value))
        return undefined;
    // One frame per open object or array: the keys seen (objects), whether a key comes next.
    const stack = [];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            const start = i;
            let escaped = false;
            for (i++; i < text.length; i++) {
                const d = text.charCodeAt(i);
                if (d === 0x5c) {
                    escaped = true;
                    i++;
                }
                else if (d === 0x22)
                    break;
            }
            const top = stack[stack.length - 1];
            if (top?.keys && top.expectKey) {
                top.expectKey = false;
                // Only a key with an escape needs decoding to compare (`"\u0061"` is `"a"`).
                const key = escaped
                    ? JSON.parse(text.slice(start, i + 1))
                    : text.slice(start + 1, i);
                if (top.keys.has(key))
                    return { key, ...lineColumn(text, start) };
                top.keys.add(key);
            }
        }
        else if (c === 0x7b)
            stack.push({ keys: new Set(), expectKey: true });
        else if (c === 0x5b)
            stack.push({ keys: undefined, expectKey: false });
        else if (c === 0x7d || c === 0x5d)
            stack.pop();
        else if (c === 0x2c) {
            const top = stack[stack.length - 1];
            if (top?.keys)
                top.expectKey = true;
        }
    }
    return undefined;
}
/** How many strings in valid JSON text are keys (a string followed by `:`); natively searched. */
function keyTokens(text) {
    let n = 0;
    let i = text.indexOf('"');
    while (i !== -1) {
        let j = text.indexOf('"', i + 1);
        while (j !== -1 && escapedAt(text, j))
            j = text.indexOf('"', j + 1);
        if (j === -1)
            return n;
        let k = j + 1;
        for (let c = text.charCodeAt(k); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;) {
            c = text.charCodeAt(++k);
        }
        if (text.charCodeAt(k) === 0x3a)
            n++;
        i = text.indexOf('"', k);
    }
    return n;
}
/** Whether the character at `at` follows an odd number of backslashes. */
function escapedAt(text, at) {
    let back = 0;
    while (text.charCodeAt(at - 1 - back) === 0x5c)
        back++;
    return back % 2 === 1;
}
/** Properties of every object in a parsed JSON value; iterative, any depth. */
function ownKeys(value) {
    let n = 0;
    const stack = [value];
    while (stack.length > 0) {
        const v = stack.pop();
        if (typeof v !== 'object' || v === null)
            continue;
        if (Array.isArray(v)) {
            for (const x of v)
                if (typeof x === 'object' && x !== null)
                    stack.push(x);
        }
        else {
            for (const k in v) {
                n++;
                const x = v[k];
                if (typeof x === 'object' && x !== null)
                    stack.push(x);
            }
        }
    }
    return n;
}


/***/ }),

/***/ 3525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ formatSchemaError)
/* harmony export */ });
/** One schema error as a sentence a user can act on: where, what, what is allowed. */
function formatSchemaError(e) {
    const where = e.instancePath === '' ? '(top level)' : e.instancePath;
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties':
            return `${where}: unknown key '${String(p.additionalProperty)}'`;
        case 'required':
            return `${where}: missing required key '${String(p.missingProperty)}'`;
        case 'enum':
            return `${where}: must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'const':
            return `${where}: must be ${JSON.stringify(p.allowedValue)}`;
        case 'type':
            return `${where}: must be of type ${String(p.type)}`;
        default:
            return `${where}: ${e.message ?? e.keyword}`;
    }
}


/***/ })

};
