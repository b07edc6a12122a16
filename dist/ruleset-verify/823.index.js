export const id = 823;
export const ids = [823];
export const modules = {

/***/ 39823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planOrg: () => (/* binding */ planOrg),
  readShards: () => (/* binding */ readShards),
  verifyShard: () => (/* binding */ verifyShard),
  writeOrgReport: () => (/* binding */ writeOrgReport)
});

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(63348);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/map-limit.ts
var map_limit = __webpack_require__(43075);
// EXTERNAL MODULE: ./src/core/org.ts
var core_org = __webpack_require__(31405);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(88557);
// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(46161);
;// CONCATENATED MODULE: ./src/parsers/json-error.ts
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

;// CONCATENATED MODULE: ./src/core/visible-text.ts
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

;// CONCATENATED MODULE: ./src/parsers/verdict.ts



function invalid(file, why) {
    return { status: 'invalid', message: `${file}: ${why}`, findings: [], summary: {} };
}
function stale(file, reportSha, sha) {
    return {
        status: 'stale',
        message: `${file}: report is about commit ${reportSha.slice(0, 12)}, but the gate checks ${sha.slice(0, 12)}; regenerate it for this commit`,
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
 */
function parseJson(text, file, maxDepth = Number.POSITIVE_INFINITY) {
    if (text.includes('\u0000'))
        return { ok: false, verdict: invalid(file, 'binary data, not JSON') };
    const parsed = parseBoundedJson(text, maxDepth);
    if (!parsed.ok)
        return { ok: false, verdict: invalid(file, parsed.message) };
    const dup = jsonDuplicateKey(text, parsed.value);
    if (dup)
        return {
            ok: false,
            verdict: invalid(file, `key ${JSON.stringify(nameInvisibles(dup.key).slice(0, 60))} is written twice in one object (line ${dup.line}, column ${dup.column}); JSON readers disagree on which one counts, so the report is refused: write each key once`)
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

// EXTERNAL MODULE: ./src/io/workflows.ts
var workflows = __webpack_require__(22886);
// EXTERNAL MODULE: ./src/github/paginate.ts
var paginate = __webpack_require__(71674);
// EXTERNAL MODULE: ./src/github/status.ts
var github_status = __webpack_require__(50957);
;// CONCATENATED MODULE: ./src/github/org-repos.ts





/**
 * Every repository of an organisation (GET /orgs/{org}/repos, type all, 100 a page), as the plan
 * needs them. Needs `metadata: read` on the organisation's repositories (a GitHub App
 * installation or a token of a member); private repositories are listed only to such a token.
 *
 * @throws the API error (the caller names the permission) or a malformed page
 */
async function listOrgRepos(gh, org) {
    const raw = await (0,paginate/* listAll */._)(gh, 'GET /orgs/{org}/repos', { org, type: 'all', sort: 'full_name' }, { maxPages: 1000, what: `the repositories of ${org}` });
    const out = [];
    for (const r of raw) {
        // GitHub never lists another name; one that is not OWNER/NAME could climb out of a folder.
        if (typeof r.full_name !== 'string' || !(0,core_org/* isRepositoryName */.en)(r.full_name))
            continue;
        const visibility = r.visibility === 'public' || r.visibility === 'internal' || r.visibility === 'private'
            ? r.visibility
            : r.private === true
                ? 'private'
                : 'public';
        out.push({
            full_name: r.full_name,
            archived: r.archived === true,
            visibility,
            topics: Array.isArray(r.topics)
                ? r.topics.filter((t) => typeof t === 'string')
                : [],
            default_branch: typeof r.default_branch === 'string' ? r.default_branch : 'main'
        });
    }
    return out;
}
/**
 * A repository's `.github/workflows/*.yml|yaml` through the contents API (no checkout): the
 * folder listing (GET /repos/{owner}/{repo}/contents/{path}), then each file's content, decoded
 * from base64. No folder (404) is no workflow. A file over 1 MiB, one the API will not give, or a
 * listing that cannot be read gives a WorkflowFile with `readError`, so what it might produce is
 * unknown rather than silently missing. Needs `contents: read`.
 *
 * @param ref the branch or commit to read (default: the repository's default branch)
 */
async function readWorkflowsViaApi(gh, owner, repo, ref) {
    let listing;
    try {
        const res = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
            owner,
            repo,
            path: workflows/* WORKFLOWS_DIR */.xs,
            ...(ref ? { ref } : {})
        });
        listing = res.data;
    }
    catch (e) {
        if ((0,github_status/* statusOf */.c)(e) === 404)
            return [];
        return [
            {
                path: workflows/* WORKFLOWS_DIR */.xs,
                text: '',
                readError: `the workflows folder could not be listed (${(0,github_status/* statusOf */.c)(e) ?? (0,errors/* errorMessage */.gJ)(e)}); grant contents: read`
            }
        ];
    }
    if (!Array.isArray(listing))
        return [{ path: workflows/* WORKFLOWS_DIR */.xs, text: '', readError: `${workflows/* WORKFLOWS_DIR */.xs} is not a folder` }];
    const entries = listing
        .filter((e) => typeof e === 'object' &&
        e !== null &&
        e.type === 'file' &&
        typeof e.name === 'string' &&
        /\.ya?ml$/.test(e.name))
        .map((e) => ({ path: `${workflows/* WORKFLOWS_DIR */.xs}/${e.name}`, size: e.size }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const out = [];
    if (entries.length > workflows/* MAX_WORKFLOW_FILES */.z)
        out.push({
            path: workflows/* WORKFLOWS_DIR */.xs,
            text: '',
            readError: `more than ${workflows/* MAX_WORKFLOW_FILES */.z} workflow files; only the first ${workflows/* MAX_WORKFLOW_FILES */.z} were read`
        });
    for (const { path, size } of entries.slice(0, workflows/* MAX_WORKFLOW_FILES */.z)) {
        // The listing gives the size: a file over the limit is not fetched (the API would answer an
        // empty content with encoding "none" for 1–100 MB anyway).
        if (typeof size === 'number' && size > workflows/* MAX_WORKFLOW_BYTES */.lp) {
            out.push({ path, text: '', readError: `larger than ${workflows/* MAX_WORKFLOW_BYTES */.lp} bytes` });
            continue;
        }
        try {
            const res = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
                owner,
                repo,
                path,
                ...(ref ? { ref } : {})
            });
            const d = res.data;
            if (typeof d.size === 'number' && d.size > workflows/* MAX_WORKFLOW_BYTES */.lp) {
                out.push({ path, text: '', readError: `larger than ${workflows/* MAX_WORKFLOW_BYTES */.lp} bytes` });
                continue;
            }
            if (d.encoding !== 'base64' || typeof d.content !== 'string') {
                out.push({ path, text: '', readError: 'the API gave no base64 content for it' });
                continue;
            }
            out.push({ path, text: Buffer.from(d.content, 'base64').toString('utf8') });
        }
        catch (e) {
            out.push({
                path,
                text: '',
                readError: `could not be read through the API (${(0,github_status/* statusOf */.c)(e) ?? (0,errors/* errorMessage */.gJ)(e)})`
            });
        }
    }
    return out;
}
/**
 * Requests left in the core rate limit (GET /rate_limit, which itself does not count), or
 * undefined when it cannot be read (then the shard goes on and relies on the client's own
 * retry-after handling).
 */
async function remainingRequests(gh) {
    try {
        const res = await gh.request('GET /rate_limit');
        const core = res.data.resources?.core;
        return typeof core?.remaining === 'number' ? core.remaining : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(67869);
// EXTERNAL MODULE: ./src/ruleset-verify/run-verify.ts + 111 modules
var run_verify = __webpack_require__(24807);
;// CONCATENATED MODULE: ./src/ruleset-verify/org.ts














/** Lists the organisation's repositories, selects and splits them (core/org.ts). */
async function planOrg(o) {
    const repos = (0,core_org/* selectRepos */.i9)(await listOrgRepos(o.gh, o.org), o.filters);
    return {
        contract: 'gonogo.org-plan/v1',
        organisation: o.org,
        shards: (0,core_org/* planShards */.tF)(repos, o.shards, o.costs)
    };
}
/** The requests kept back from a shard's budget (other steps of the job, retries). */
const BUDGET_MARGIN = 2 * core_org/* DEFAULT_REPO_REQUESTS */.Ue;
/** Which repository the requests made in this async context are for (per-repository counts). */
const current = new external_node_async_hooks_.AsyncLocalStorage();
const budgets = new WeakMap();
/**
 * Hooks a client once: every request counts for the repository whose verification made it, and
 * every answer's (or error's) `x-ratelimit-remaining` updates the live budget, so a budget spent
 * by someone else with the same installation (another shard, another workflow) is seen at once
 * (docs: "Rate limits for the REST API", checking the status of your rate limit).
 */
function watch(gh) {
    const known = budgets.get(gh);
    if (known)
        return known;
    const live = {};
    budgets.set(gh, live);
    const note = (headers) => {
        const rem = Number(headers?.['x-ratelimit-remaining']);
        const resource = headers?.['x-ratelimit-resource'];
        if (!Number.isFinite(rem) || (resource !== undefined && resource !== 'core'))
            return;
        live.remaining = rem;
    };
    gh.hook.before('request', () => {
        const c = current.getStore();
        if (c)
            c.requests++;
    });
    gh.hook.after('request', (res) => note(res.headers));
    gh.hook.error('request', (e) => {
        note(e.response?.headers);
        throw e;
    });
    return live;
}
/**
 * Verify-rules for every repository of one shard, a few at once, within the rate-limit budget:
 * the remaining core requests are read first (GET /rate_limit) and then followed through every
 * answer's x-ratelimit-remaining; a repository that would start with less than its expected cost
 * for itself and for each repository still in flight (plus a margin) left is not started and is
 * `unverified` naming the budget, as is one whose verification failed (naming why). Workflows are
 * read through the contents API. Writes `shard.json` (index, repositories, requests each took) and
 * each repository's two reports under `<output>/<owner>/<name>/`.
 *
 * @param requestCount the client's running request count (its onRequest hook)
 * @throws Error for a repository name that is not OWNER/NAME (it would be a path out of `output`);
 *   ConfigurationError for a policy without `branches:`
 */
async function verifyShard(o) {
    const bad = o.shard.repositories.find((r) => !(0,core_org/* isRepositoryName */.en)(r));
    if (bad !== undefined)
        throw new Error(`shard ${o.shard.index}: ${JSON.stringify(bad)} is not an OWNER/NAME repository`);
    // Checked once here, not per repository after its workflows were read through the API.
    if (!o.policy.branches)
        throw new errors/* ConfigurationError */.j1(`${o.config}: no 'branches:' section; declare the protection wanted per branch (see action-ruleset-verify/README.md)`);
    const live = watch(o.gh);
    const remaining = await remainingRequests(o.gh);
    const start = o.requestCount();
    const reports = new Map();
    const requests = {};
    const generatedAt = new Date(o.effectiveTime).toISOString();
    let inFlight = 0;
    await (0,map_limit/* mapLimit */.s)(o.shard.repositories, o.concurrency ?? 4, async (full) => {
        const [owner = '', repo = ''] = full.split('/');
        const subject = { repository: full, sha: '0'.repeat(40) };
        const used = o.requestCount() - start;
        const left = Math.min(remaining === undefined ? Infinity : remaining - used, live.remaining ?? Infinity);
        if (left < core_org/* DEFAULT_REPO_REQUESTS */.Ue * (1 + inFlight) + BUDGET_MARGIN) {
            reports.set(full, unverifiedReports(full, generatedAt, 'api-budget', `not verified: the API budget ran out (${Math.max(0, left)} requests left of the rate limit when this repository's turn came); run the shard again after the reset, or plan more shards`));
            return;
        }
        inFlight++;
        const count = { requests: 0 };
        try {
            await current.run(count, async () => {
                const workflows = await readWorkflowsViaApi(o.gh, owner, repo);
                const r = await (0,run_verify/* verifyRepository */.sX)({
                    gh: o.gh,
                    apiUrl: o.apiUrl,
                    owner,
                    repo,
                    policy: o.policy,
                    config: o.config,
                    branches: [],
                    workflows,
                    sha: subject.sha,
                    ref: '',
                    effectiveTime: o.effectiveTime
                });
                reports.set(full, [r.branchProtection, r.requiredChecks]);
            });
        }
        catch (e) {
            reports.set(full, unverifiedReports(full, generatedAt, 'verify', `could not be verified: ${(0,errors/* errorMessage */.gJ)(e)}`));
        }
        finally {
            inFlight--;
        }
        requests[full] = count.requests;
    });
    const files = [
        {
            name: 'shard.json',
            content: `${(0,canonical_json/* stableStringify */.J)({ index: o.shard.index, repositories: o.shard.repositories, requests })}\n`
        }
    ];
    await (0,promises_.mkdir)(o.output, { recursive: true });
    for (const [full, rs] of [...reports].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const dir = external_node_path_default().join(o.output, ...full.split('/'));
        await (0,atomic_write/* writeAllOrNothing */.P)(dir, rs.map((r) => ({
            name: r.control === 'required-checks' ? run_verify/* REQUIRED_CHECKS_REPORT */.bY : run_verify/* BRANCH_PROTECTION_REPORT */.Un,
            content: `${(0,canonical_json/* stableStringify */.J)(r)}\n`
        })));
    }
    await (0,atomic_write/* writeAllOrNothing */.P)(o.output, files);
    return { reports, requests };
}
/** Both reports of a repository that was not verified, with the same unverified check. */
function unverifiedReports(full, generatedAt, id, message) {
    return core_org/* ORG_CONTROLS */.Ok.map((control) => (0,report/* makeReport */.d)({
        control,
        subject: { repository: full, sha: '0'.repeat(40) },
        generatedAt,
        generator: 'ruleset-verify',
        checks: [{ id, status: 'unverified', message }]
    }));
}
/** Largest shard.json or report read back (a report of one repository is a few KiB). */
const MAX_ARTIFACT_FILE_BYTES = 8 * 1024 * 1024;
/**
 * A shard's JSON file read as every report is (parsers/verdict.ts parseJson): a key written twice
 * (`"status":"failed", … "status":"passed"`), NUL bytes or malformed JSON are refused.
 *
 * @throws Error naming what is wrong (the caller marks the file unreadable)
 */
async function readJson(file) {
    const st = await (0,promises_.stat)(file);
    if (!st.isFile())
        throw new Error('not a file');
    if (st.size > MAX_ARTIFACT_FILE_BYTES)
        throw new Error(`larger than ${MAX_ARTIFACT_FILE_BYTES} bytes`);
    const parsed = parseJson(await (0,promises_.readFile)(file, 'utf8'), external_node_path_default().basename(file));
    if (!parsed.ok)
        throw new Error(parsed.verdict.message);
    return parsed.value;
}
/**
 * What each shard left in `dir` (`shard-<index>/` folders, as the shard jobs' artifacts are
 * downloaded): its reports by repository, read and checked against gonogo.report/v1, and the
 * requests each repository took. A shard without a readable `shard.json`, whose `shard.json` is
 * for another index, or lists other repositories than the plan's shard (an artifact of another
 * plan), is missing: its repositories become unverified in the merge. A report that is absent,
 * not valid, about another repository, or whose control is not its file's, is left out (the merge
 * marks that control `(not reported)`, unverified). Reports of repositories outside the plan's
 * shard are not read. Never throws for what is in `dir`.
 */
async function readShards(dir, plan) {
    const out = [];
    let names = [];
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        names = [];
    }
    for (const shard of plan.shards) {
        const label = `shard-${shard.index}`;
        const folder = external_node_path_default().join(dir, label);
        if (!names.includes(label)) {
            out.push({ index: shard.index, why: `no artifact ${label} (the job failed or never ran)` });
            continue;
        }
        let meta;
        try {
            const doc = await readJson(external_node_path_default().join(folder, 'shard.json'));
            if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
                throw new Error('not a JSON object');
            meta = doc;
        }
        catch (e) {
            out.push({
                index: shard.index,
                why: `${label}/shard.json unreadable (${(0,errors/* errorMessage */.gJ)(e)}); the shard job did not finish`
            });
            continue;
        }
        if (meta.index !== shard.index) {
            out.push({
                index: shard.index,
                why: `${label}/shard.json is for shard ${JSON.stringify(meta.index)}, not ${shard.index}`
            });
            continue;
        }
        const listed = Array.isArray(meta.repositories) ? meta.repositories.map(String).sort() : [];
        const wanted = [...shard.repositories].sort();
        if (listed.length !== wanted.length || listed.some((r, i) => r !== wanted[i])) {
            out.push({
                index: shard.index,
                why: `${label}/shard.json lists other repositories than shard ${shard.index} of the plan (an artifact of another plan?)`
            });
            continue;
        }
        const requests = new Map();
        const measured = meta.requests;
        const reports = new Map();
        for (const full of shard.repositories) {
            if (!(0,core_org/* isRepositoryName */.en)(full))
                continue;
            const n = measured?.[full];
            if (typeof n === 'number' && Number.isInteger(n) && n >= 0)
                requests.set(full, n);
            const rs = [];
            for (const [control, f] of [
                ['branch-protection', run_verify/* BRANCH_PROTECTION_REPORT */.Un],
                ['required-checks', run_verify/* REQUIRED_CHECKS_REPORT */.bY]
            ]) {
                try {
                    const doc = await readJson(external_node_path_default().join(folder, ...full.split('/'), f));
                    if ((0,validators/* validateReport */.RE)(doc) &&
                        doc.contract === contracts/* REPORT_CONTRACT */._j &&
                        doc.control === control &&
                        doc.subject.repository === full)
                        rs.push(doc);
                }
                catch {
                    /* absent or unreadable: the merge marks this control not reported */
                }
            }
            if (rs.length > 0)
                reports.set(full, rs);
        }
        out.push({ index: shard.index, reports, requests });
    }
    return out;
}
/** Writes org-report.json, org-report.sarif and org-report.md; returns the report. */
async function writeOrgReport(o) {
    const report = (0,core_org/* mergeOrg */.bO)({
        organisation: o.plan.organisation,
        generatedAt: o.generatedAt,
        plan: o.plan.shards,
        results: o.results
    });
    const markdown = (0,core_org/* renderOrgMarkdown */.Sg)(report);
    const paths = await (0,atomic_write/* writeAllOrNothing */.P)(o.output, [
        { name: 'org-report.json', content: `${(0,canonical_json/* stableStringify */.J)(report)}\n` },
        {
            name: 'org-report.sarif',
            content: `${JSON.stringify((0,core_org/* orgSarif */._b)(report, o.policyPath, contracts/* GENERATOR_VERSION */.RO), null, 2)}\n`
        },
        { name: 'org-report.md', content: markdown }
    ]);
    return { report, markdown, paths };
}


/***/ })

};
