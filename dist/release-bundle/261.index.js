export const id = 261;
export const ids = [261];
export const modules = {

/***/ 67985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I9: () => (/* binding */ SIGNATURE_FILE),
/* harmony export */   It: () => (/* binding */ manifestDigest),
/* harmony export */   Jc: () => (/* binding */ bundleCreationTime),
/* harmony export */   VP: () => (/* binding */ UNLISTED_FILES),
/* harmony export */   WU: () => (/* binding */ canonicalProblem),
/* harmony export */   Xz: () => (/* binding */ canonicalDigest),
/* harmony export */   _i: () => (/* binding */ signDigest),
/* harmony export */   cD: () => (/* binding */ comparePaths),
/* harmony export */   fM: () => (/* binding */ SIGNATURE_ALGORITHM),
/* harmony export */   fR: () => (/* binding */ bundlePathProblem),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   m4: () => (/* binding */ REPORTS_DIR),
/* harmony export */   tE: () => (/* binding */ LINEAGE_FILE),
/* harmony export */   u1: () => (/* binding */ buildManifest),
/* harmony export */   xc: () => (/* binding */ runFromEnv)
/* harmony export */ });
/* unused harmony exports BUNDLE_CONTRACT, LOCAL_RUN, filesDigest, bundleId, duplicatePaths, runUrl, parseSourceDateEpoch */
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98799);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22334);




/** Contract of an evidence bundle's manifest.json. */
const BUNDLE_CONTRACT = 'gonogo.bundle/v1';
const MANIFEST_FILE = 'manifest.json';
const SIGNATURE_FILE = 'signature.json';
const LINEAGE_FILE = 'lineage.json';
/** Where the reports go inside a bundle. */
const REPORTS_DIR = 'reports';
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

/***/ 60484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ stableStringify)
/* harmony export */ });
/**
 * JSON with object keys sorted at every depth, so output never depends on insertion order.
 * `indent` 0 gives the compact form; undefined values are dropped as JSON.stringify does.
 */
function stableStringify(value, indent = 2) {
    return JSON.stringify(sortKeys(value), null, indent);
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const k of Object.keys(value).sort()) {
            const v = value[k];
            if (v !== undefined)
                out[k] = sortKeys(v);
        }
        return out;
    }
    return value;
}


/***/ }),

/***/ 63348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ SUMMARY_MD),
/* harmony export */   RO: () => (/* binding */ GENERATOR_VERSION),
/* harmony export */   _j: () => (/* binding */ REPORT_CONTRACT),
/* harmony export */   qJ: () => (/* binding */ SUMMARY_JSON),
/* harmony export */   yM: () => (/* binding */ GENERATOR_NAME),
/* harmony export */   yw: () => (/* binding */ SHA_PATTERN)
/* harmony export */ });
/* unused harmony exports SUMMARY_CONTRACT, COMMENT_MARKER_PREFIX, commentMarker */
/** Contract identifiers written into every document gonogo produces. */
const REPORT_CONTRACT = 'gonogo.report/v1';
const SUMMARY_CONTRACT = 'gonogo.executive-summary/v1';
/** A full commit id: SHA-1 (40 hex) or SHA-256 (64 hex), lower case as git prints it. */
const SHA_PATTERN = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** The gate's executive summary files (also at the root of a bundle). */
const SUMMARY_JSON = 'executive-summary.json';
const SUMMARY_MD = 'executive-summary.md';
const GENERATOR_NAME = 'gonogo';
const GENERATOR_VERSION = '1.0.0';
/** Hidden marker that identifies gonogo's sticky PR comment. */
const COMMENT_MARKER_PREFIX = '<!-- gonogo:gate';
function commentMarker(key) {
    return `${COMMENT_MARKER_PREFIX}:${key} -->`;
}


/***/ }),

/***/ 22334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ parseRfc3339),
/* harmony export */   cD: () => (/* binding */ parseEffectiveTime),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/**
 * Parses an RFC 3339 date (`2026-11-21`, meaning its first instant in UTC) or date-time. Unlike
 * Date.parse it refuses impossible calendar values (2026-02-30, 24:00) instead of rolling them over.
 * Returns NaN when the text is not such a time.
 */
function parseRfc3339(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(text);
    if (!m)
        return NaN;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const day = new Date(Date.UTC(y, mo - 1, d));
    if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d)
        return NaN;
    if (m[4] === undefined)
        return day.getTime();
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)
        return NaN;
    return Date.parse(text);
}
const DAY_MS = 24 * 60 * 60 * 1000;
/** An `effective-time` input or option: an RFC 3339 time, or a configuration error saying so. */
function parseEffectiveTime(value) {
    const t = parseRfc3339(value);
    if (Number.isNaN(t)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`effective time '${value}' is not an RFC 3339 time such as 2026-11-21T00:00:00Z`);
    }
    return t;
}


/***/ }),

/***/ 72579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readRunnerContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);
function readRunnerContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    const eventName = env.GITHUB_EVENT_NAME ?? 'local';
    const ref = env.GITHUB_REF ?? '';
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    let pullRequest;
    const pr = payload?.pull_request;
    if (PR_EVENTS.has(eventName) && pr && typeof pr.number === 'number') {
        const head = (pr.head ?? {});
        pullRequest = {
            number: pr.number,
            headSha: typeof head.sha === 'string' ? head.sha : (env.GITHUB_SHA ?? ''),
            isFork: head.repo?.full_name !== repository
        };
    }
    const branch = PR_EVENTS.has(eventName)
        ? (env.GITHUB_BASE_REF ?? '')
        : (env.GITHUB_REF_NAME ?? ref.replace(/^refs\/(heads|tags)\//, ''));
    return {
        eventName,
        repository,
        owner,
        repo,
        // pull_request_target runs on the base branch: GITHUB_SHA is not the PR's commit.
        sha: eventName === 'pull_request_target' && pullRequest
            ? pullRequest.headSha
            : (env.GITHUB_SHA ?? ''),
        ref,
        branch,
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        ...(typeof payload?.repository?.default_branch ===
            'string'
            ? { defaultBranch: (payload?.repository).default_branch }
            : {}),
        ...(pullRequest ? { pullRequest } : {})
    };
}
function readPayload(file) {
    if (!file)
        return undefined;
    try {
        const v = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        return typeof v === 'object' && v !== null ? v : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 12145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ hashStream),
/* harmony export */   N9: () => (/* binding */ SYNC_READ_BYTES),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   iZ: () => (/* binding */ NotRegularFileError),
/* harmony export */   oo: () => (/* binding */ pumpFdSync),
/* harmony export */   rV: () => (/* binding */ pumpFd),
/* harmony export */   sb: () => (/* binding */ READ_NOFOLLOW),
/* harmony export */   vF: () => (/* binding */ hashRegularFile)
/* harmony export */ });
/* unused harmony export hashFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Flags for opening a file to read it: read-only, never following a symbolic link in the last
 * component (ELOOP instead, where the platform has O_NOFOLLOW), never blocking on a named pipe
 * (O_NONBLOCK: a FIFO opens at once and is refused by fstat, see {@link openRegularFile}), never
 * taking a terminal as the controlling one.
 */
const READ_NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY |
    node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK |
    (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) |
    (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOCTTY ?? 0);
/**
 * Files up to this size are read with synchronous calls on their descriptor (a few microseconds
 * each; thousands of small files are the common case); larger ones with asynchronous reads, so a
 * big file does not hold up the event loop.
 */
const SYNC_READ_BYTES = 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
/** Spare chunk buffers (a few, reused across files, so reading thousands allocates none). */
const spareBuffers = [];
function takeBuffer() {
    return spareBuffers.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
}
function giveBuffer(b) {
    if (spareBuffers.length < 4)
        spareBuffers.push(b);
}
/** A path that is not a regular file (a FIFO, device, folder or socket), refused after open. */
class NotRegularFileError extends Error {
    file;
    constructor(file) {
        super(`${file}: not a regular file`);
        this.file = file;
    }
}
/**
 * Opens `file` with {@link READ_NOFOLLOW} and checks by fstat on the descriptor (the same file
 * that will be read, whatever happens to the path meanwhile) that it is a regular file.
 *
 * @returns the descriptor (the caller closes it) and the size fstat gave, in bytes
 * @throws the open error (ELOOP for a symbolic link, ENOENT, EACCES …), or NotRegularFileError
 */
function openRegularFile(file) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, READ_NOFOLLOW);
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!st.isFile())
            throw new NotRegularFileError(file);
        return { fd, size: st.size };
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        throw e;
    }
}
/**
 * Reads an open descriptor from its current position to the end, handing each chunk to `onChunk`
 * in order. A chunk's buffer is reused once `onChunk` has returned (or its promise settled): copy
 * it to keep it. Files of at most {@link SYNC_READ_BYTES} (by `sizeHint`) are read with
 * synchronous calls; larger ones with asynchronous reads, the next chunk read while `onChunk`
 * handles the last (double buffering).
 *
 * @param sizeHint the size fstat gave (bytes); a file that grows meanwhile is still read to its end
 * @returns the number of bytes read
 */
async function pumpFd(fd, sizeHint, onChunk) {
    let total = 0;
    if (sizeHint <= SYNC_READ_BYTES) {
        // Read into one pooled buffer until it is full or the file ends (the read that returns 0
        // lands in the buffer's free space: no allocation per file).
        const buf = takeBuffer();
        try {
            let filled = 0;
            for (;;) {
                const n = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readSync(fd, buf, filled, buf.length - filled, null);
                if (n === 0)
                    break;
                filled += n;
                if (filled === buf.length) {
                    total += filled;
                    await onChunk(buf);
                    filled = 0;
                }
            }
            if (filled > 0) {
                total += filled;
                await onChunk(buf.subarray(0, filled));
            }
            return total;
        }
        finally {
            giveBuffer(buf);
        }
    }
    const readInto = (b) => new Promise((resolve, reject) => node_fs__WEBPACK_IMPORTED_MODULE_1___default().read(fd, b, 0, b.length, null, (e, n) => (e ? reject(e) : resolve(n))));
    let current = takeBuffer();
    let spare = takeBuffer();
    try {
        let n = await readInto(current);
        while (n > 0) {
            total += n;
            const next = readInto(spare);
            try {
                await onChunk(n === current.length ? current : current.subarray(0, n));
            }
            catch (e) {
                await next.catch(() => 0);
                throw e;
            }
            n = await next;
            [current, spare] = [spare, current];
        }
        return total;
    }
    finally {
        giveBuffer(current);
        giveBuffer(spare);
    }
}
/** SHA-256 and byte count of a stream, read chunk by chunk (never held whole in memory). */
async function hashStream(stream) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of stream) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += buf.length;
        hash.update(buf);
    }
    return { size, sha256: hash.digest('hex') };
}
/**
 * Reads a descriptor synchronously from its position to the end into one pooled buffer, handing
 * each chunk to `onChunk` (the buffer is reused after it returns; copy to keep).
 *
 * @returns the number of bytes read
 */
function pumpFdSync(fd, onChunk) {
    const buf = takeBuffer();
    try {
        let total = 0;
        let filled = 0;
        for (;;) {
            const n = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readSync(fd, buf, filled, buf.length - filled, null);
            if (n === 0)
                break;
            filled += n;
            if (filled === buf.length) {
                total += filled;
                onChunk(buf);
                filled = 0;
            }
        }
        if (filled > 0) {
            total += filled;
            onChunk(buf.subarray(0, filled));
        }
        return total;
    }
    finally {
        giveBuffer(buf);
    }
}
/**
 * SHA-256 and size of a regular file, opened as {@link openRegularFile} does (no link followed,
 * no FIFO waited on, fstat on the descriptor read). A file of at most {@link SYNC_READ_BYTES} is
 * read and hashed synchronously and the result returned as is (no promise: verifying thousands of
 * small files costs no event-loop turn each); a larger one returns a promise.
 *
 * @param keepUpTo when given, the bytes are returned as `data` too if there are at most that many
 * @throws (synchronously) the open error or NotRegularFileError; a read error rejects or throws
 */
function hashRegularFile(file, keepUpTo) {
    const { fd, size: sizeHint } = openRegularFile(file);
    if (sizeHint > SYNC_READ_BYTES)
        return hashLarge(fd, sizeHint, keepUpTo);
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const keep = keeper(keepUpTo);
        const size = pumpFdSync(fd, (chunk) => {
            hash.update(chunk);
            keep.add(chunk);
        });
        return keep.done({ size, sha256: hash.digest('hex') });
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
async function hashLarge(fd, sizeHint, keepUpTo) {
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const keep = keeper(keepUpTo);
        const size = await pumpFd(fd, sizeHint, (chunk) => {
            hash.update(chunk);
            keep.add(chunk);
        });
        return keep.done({ size, sha256: hash.digest('hex') });
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Keeps copies of chunks while they total at most `max` bytes (nothing when max is undefined). */
function keeper(max) {
    const kept = [];
    let bytes = 0;
    return {
        add: (chunk) => {
            if (max === undefined)
                return;
            bytes += chunk.length;
            if (bytes <= max)
                kept.push(Buffer.from(chunk));
            else
                kept.length = 0;
        },
        done: (h) => max !== undefined && h.size <= max ? { ...h, data: Buffer.concat(kept, h.size) } : h
    };
}
/**
 * SHA-256 and size of a regular file, as a promise: {@link hashRegularFile}. A link swapped in
 * fails with ELOOP and a FIFO with NotRegularFileError; neither is read.
 *
 * @param keepUpTo when given, the file's bytes are returned as `data` too if it has at most that
 *   many bytes
 */
async function hashFile(file, keepUpTo) {
    return hashRegularFile(file, keepUpTo);
}


/***/ }),

/***/ 22645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aR: () => (/* binding */ Workspace)
/* harmony export */ });
/* unused harmony exports isPlainRelative, PathEscapeError, formatBytes */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);





const SKIP_DIRS = new Set(['.git', 'node_modules']);
/**
 * The repository checkout. Every path the policy names is resolved here, and none may leave it:
 * not with `..`, not as an absolute path, not through a symbolic link.
 */
class Workspace {
    root;
    realRoot;
    /**
     * Each folder files were read from: whether its real path (every link on the way resolved) lies
     * inside the workspace, or it could not be resolved.
     */
    realDirs = new Map();
    constructor(root, realRoot) {
        this.root = root;
        this.realRoot = realRoot;
    }
    static async open(root) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root);
        let real;
        try {
            real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(abs);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`workspace ${abs} does not exist; run from the repository root or pass --workspace`);
        }
        let isDir = false;
        try {
            isDir = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(real)).isDirectory();
        }
        catch {
            isDir = false;
        }
        if (!isDir)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`workspace ${abs} is not a folder; run from the repository root or pass --workspace`);
        return new Workspace(abs, real);
    }
    /** Workspace-relative POSIX path of `p` if it stays inside, else undefined. */
    relative(p) {
        // Already a plain relative POSIX path (what globs and policies give): it is its own answer.
        if (POSIX && isPlainRelative(p))
            return p;
        if (p.includes('\0'))
            return undefined;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(this.root, p);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(this.root, abs);
        if (!isInside(rel))
            return undefined;
        return rel.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/');
    }
    /**
     * The absolute path of a workspace-relative `p` (which may not exist yet) when neither its text
     * nor any symbolic link on the way out of it leaves the workspace; undefined otherwise.
     */
    async confine(p) {
        const rel = this.relative(p);
        if (rel === undefined)
            return undefined;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.root, ...rel.split('/'));
        let probe = abs;
        for (;;) {
            try {
                return (await this.insideReal(probe)) ? abs : undefined;
            }
            catch {
                const up = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(probe);
                if (up === probe)
                    return undefined;
                probe = up;
            }
        }
    }
    async insideReal(abs) {
        return isInside(node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(this.realRoot, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(abs)));
    }
    /**
     * Reads a text file of at most `maxBytes` as UTF-8, without a leading byte-order mark (YAML 1.2
     * §5.2 and RFC 8259 §8.1 let a reader ignore it); every refusal is a reason and a message.
     */
    async readText(p, maxBytes, limitName = 'for a report (limits.max_report_bytes)') {
        const r = await this.readBytes(p, maxBytes, { limitName });
        if (!r.ok)
            return r;
        const text = r.data.toString('utf8');
        return {
            ok: true,
            text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
            bytes: r.data.length
        };
    }
    /**
     * Reads a file of at most `maxBytes` as bytes (report files are decoded by their own rules, see
     * decode-text.ts); every refusal is a reason and a message naming the file.
     *
     * The checks cost one open, one fstat and the reads per file: the file's folder is resolved
     * once per Workspace (its real path, every link on the way, must lie inside); the file is opened
     * without following a link in its last component (O_NOFOLLOW: a link is then resolved and
     * followed only to a target inside) and without blocking (O_NONBLOCK: a FIFO opens at once);
     * fstat on that descriptor then refuses what is not a regular file or is over the limit, before
     * `reserve` and before any byte is read. Files up to 1 MiB are read with synchronous calls.
     */
    async readBytes(p, maxBytes, { limitName = 'for a report (limits.max_report_bytes)', reserve } = {}) {
        const rel = this.relative(p);
        if (rel === undefined || node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(p)) {
            return {
                ok: false,
                reason: 'escapes',
                message: `${p}: path is outside the workspace; use a path relative to the repository root`
            };
        }
        const abs = rel === '' ? this.root : POSIX ? joinPlain(this.root, rel) : node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.root, rel);
        // The folder the file is in: resolved once per folder (symbolic links on the way included)
        // and confined to the workspace; the last component is never followed by open() below.
        const dir = rel === '' ? 'inside' : this.realDir(POSIX ? posixDirname(abs) : node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(abs));
        if (dir === 'missing')
            return { ok: false, reason: 'missing', message: `${rel}: file not found` };
        if (dir === 'escapes')
            return escapes(rel);
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(abs, OPEN_FLAGS);
        }
        catch (e) {
            const code = e.code;
            if (code === 'ELOOP')
                return this.readThroughLink(abs, rel, maxBytes, limitName, reserve);
            return openFailure(rel, code);
        }
        return readOpened(fd, rel, maxBytes, limitName, reserve);
    }
    /**
     * Whether the real path of the folder `absDir` lies inside the workspace, or it cannot be
     * resolved (cached: each folder is resolved once per Workspace, however many files are read
     * from it).
     */
    realDir(absDir) {
        let verdict = this.realDirs.get(absDir);
        if (verdict === undefined) {
            try {
                const real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(absDir);
                verdict = isInside(node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(this.realRoot, real)) ? 'inside' : 'escapes';
            }
            catch {
                verdict = 'missing';
            }
            this.realDirs.set(absDir, verdict);
        }
        return verdict;
    }
    /**
     * The last component is a symbolic link: followed only when its target lies inside the
     * workspace, and the target is opened without following another link (a link swapped in
     * between is refused, not read).
     */
    async readThroughLink(abs, rel, maxBytes, limitName, reserve) {
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(abs);
        }
        catch {
            return { ok: false, reason: 'missing', message: `${rel}: file not found` };
        }
        if (!isInside(node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(this.realRoot, real)))
            return escapes(rel);
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(real, OPEN_FLAGS);
        }
        catch (e) {
            const code = e.code;
            if (code === 'ELOOP')
                return escapes(rel);
            return openFailure(rel, code);
        }
        return readOpened(fd, rel, maxBytes, limitName, reserve);
    }
    /** True when `p` is a regular, non-empty file inside the workspace. */
    async hasFile(p) {
        const rel = this.relative(p);
        if (rel === undefined || node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(p))
            return false;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.root, rel);
        try {
            if (!(await this.insideReal(abs)))
                return false;
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(abs);
            return st.isFile() && st.size > 0;
        }
        catch {
            return false;
        }
    }
    /**
     * Workspace-relative files matching a path or glob, sorted. Directories behind symbolic links
     * are not entered; `.git` and `node_modules` are skipped. Throws when the pattern escapes.
     * With `listings`, a folder listed by an earlier glob of the same task is not listed again.
     */
    async glob(pattern, limit, listings) {
        const scan = picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(pattern);
        if (!scan.isGlob) {
            const rel = this.relative(pattern);
            if (rel === undefined || node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(pattern))
                throw new PathEscapeError(pattern);
            try {
                // Anything there (a directory, a link out) is read and refused with its own reason.
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.root, rel));
                return { files: [rel], truncated: false };
            }
            catch {
                return { files: [], truncated: false };
            }
        }
        const base = scan.base === '' ? '.' : scan.base;
        const relBase = this.relative(base);
        if (relBase === undefined || node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(pattern))
            throw new PathEscapeError(pattern);
        try {
            // A base folder that is (or lies behind) a link out of the workspace is not entered.
            if (!(await this.insideReal(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.root, relBase))))
                throw new PathEscapeError(pattern);
        }
        catch (e) {
            if (e instanceof PathEscapeError)
                throw e;
            return { files: [], truncated: false };
        }
        const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_4___default()(pattern.replace(/^\.\//, ''), { dot: false });
        const files = [];
        let truncated = false;
        const walk = async (dirRel) => {
            let entries = listings?.get(dirRel);
            if (entries === undefined) {
                try {
                    entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.root, dirRel), { withFileTypes: true });
                }
                catch {
                    return;
                }
                entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
                listings?.set(dirRel, entries);
            }
            for (const e of entries) {
                if (truncated)
                    return;
                const rel = dirRel === '' ? e.name : `${dirRel}/${e.name}`;
                if (e.isDirectory()) {
                    if (!SKIP_DIRS.has(e.name))
                        await walk(rel);
                }
                else if ((e.isFile() || e.isSymbolicLink()) && isMatch(rel)) {
                    if (files.length >= limit) {
                        truncated = true;
                        return;
                    }
                    files.push(rel);
                }
            }
        };
        await walk(relBase === '' ? '' : relBase);
        files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        return { files, truncated };
    }
}
/**
 * Opening flags for every read: read-only, never following a symbolic link in the last component
 * (ELOOP instead), never blocking on a named pipe (O_NONBLOCK: a FIFO opens at once and is then
 * refused by fstat), never taking a terminal as the controlling one.
 */
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY |
    node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK |
    (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) |
    (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOCTTY ?? 0);
/**
 * Files up to this size are read with synchronous calls on the descriptor (a few microseconds
 * each; a gate reads thousands of small reports); larger ones asynchronously, so a big file does
 * not hold up the event loop.
 */
const SYNC_READ_BYTES = 1024 * 1024;
/**
 * Reads an open descriptor (closed before this returns): it must be a regular file of at most
 * `maxBytes` by fstat, and no more than `maxBytes` are read even when it grows meanwhile.
 */
async function readOpened(fd, rel, maxBytes, limitName, reserve) {
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!st.isFile())
            return { ok: false, reason: 'not-a-file', message: `${rel}: not a regular file` };
        if (st.size > maxBytes)
            return tooLarge(rel, st.size, maxBytes, limitName);
        const wait = reserve?.(st.size);
        if (wait)
            await wait;
        const buf = st.size <= SYNC_READ_BYTES
            ? readAtMostSync(fd, maxBytes + 1, st.size)
            : await readAtMost(fd, maxBytes + 1, st.size);
        if (buf.length > maxBytes) {
            return {
                ok: false,
                reason: 'too-large',
                message: `${rel}: grew past the ${formatBytes(maxBytes)} limit while being read`
            };
        }
        return { ok: true, data: buf };
    }
    catch (e) {
        return {
            ok: false,
            reason: 'unreadable',
            message: `${rel}: cannot be read (${e.code ?? 'error'})`
        };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
function escapes(rel) {
    return {
        ok: false,
        reason: 'escapes',
        message: `${rel}: symbolic link that leads outside the workspace`
    };
}
function openFailure(rel, code) {
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return { ok: false, reason: 'missing', message: `${rel}: file not found` };
    return {
        ok: false,
        reason: 'unreadable',
        message: `${rel}: cannot be opened (${code ?? 'error'})`
    };
}
/**
 * Reads until the end of the file or `cap` bytes, whichever comes first (a growing file stops).
 * The first buffer holds the expected size and one byte more, so the read that finds the end
 * lands in its free byte: a file that did not change is read in one call with no further
 * allocation. Only for regular files (a short read is their end).
 */
function readAtMostSync(fd, cap, sizeHint) {
    let buf = Buffer.allocUnsafe(Math.min(cap, Math.max(sizeHint, 0) + 1));
    let filled = 0;
    for (;;) {
        if (filled === buf.length) {
            if (filled >= cap)
                break;
            const bigger = Buffer.allocUnsafe(Math.min(cap, Math.max(2 * filled, filled + 64 * 1024)));
            buf.copy(bigger, 0, 0, filled);
            buf = bigger;
        }
        const want = buf.length - filled;
        const bytesRead = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readSync(fd, buf, filled, want, null);
        filled += bytesRead;
        // A regular file (fstat said so) returns fewer bytes than asked only at its end (POSIX
        // read(2)): a short read ends it without a second call that would return 0.
        if (bytesRead < want)
            break;
    }
    return filled === buf.length ? buf : buf.subarray(0, filled);
}
/** readAtMostSync with asynchronous reads, for files over SYNC_READ_BYTES. */
async function readAtMost(fd, cap, sizeHint) {
    const chunks = [];
    let total = 0;
    let want = Math.min(cap, Math.max(sizeHint, 0) + 1);
    while (total < cap) {
        const chunk = Buffer.allocUnsafe(Math.min(want, cap - total));
        const bytesRead = await new Promise((resolve, reject) => node_fs__WEBPACK_IMPORTED_MODULE_1___default().read(fd, chunk, 0, chunk.length, null, (e, n) => (e ? reject(e) : resolve(n))));
        if (bytesRead === 0)
            break;
        chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
        total += bytesRead;
        want = 1024 * 1024;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
function tooLarge(rel, size, maxBytes, limitName) {
    return {
        ok: false,
        reason: 'too-large',
        message: `${rel}: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit ${limitName}`
    };
}
const POSIX = (node_path__WEBPACK_IMPORTED_MODULE_3___default().sep) === '/';
/**
 * True when `p` is relative, has no empty, `.` or `..` segment and no NUL: path.resolve and
 * path.relative would give it back unchanged.
 */
function isPlainRelative(p) {
    if (p === '' || p.charCodeAt(0) === 0x2f)
        return false;
    let start = 0;
    for (let i = 0; i <= p.length; i++) {
        const c = i === p.length ? 0x2f : p.charCodeAt(i);
        if (c === 0)
            return false;
        if (c !== 0x2f)
            continue;
        const len = i - start;
        if (len === 0)
            return false;
        if (len <= 2 && p.charCodeAt(start) === 0x2e && (len === 1 || p.charCodeAt(start + 1) === 0x2e))
            return false;
        start = i + 1;
    }
    return true;
}
/** path.dirname of an absolute, normalized POSIX path, without normalizing it again. */
function posixDirname(abs) {
    return abs.slice(0, abs.lastIndexOf('/')) || '/';
}
/** path.join(root, rel) for an absolute, normalized `root` and a plain relative `rel`. */
function joinPlain(root, rel) {
    return root.endsWith('/') ? `${root}${rel}` : `${root}/${rel}`;
}
function isInside(rel) {
    return rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel);
}
class PathEscapeError extends Error {
    pattern;
    constructor(pattern) {
        super(`${pattern}: path is outside the workspace; use a path relative to the repository root`);
        this.pattern = pattern;
    }
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} bytes`;
}


/***/ }),

/***/ 73525:
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


/***/ }),

/***/ 46161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ validatePromotionRecord),
/* harmony export */   cS: () => (/* binding */ validateBundleManifest),
/* harmony export */   tE: () => (/* binding */ validatePolicy)
/* harmony export */ });
/* unused harmony export validateReport */
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36214);
// Generated by scripts/gen-validators.mjs from schemas/*.json. Do not edit.
/* eslint-disable */
// @ts-nocheck


const validatePolicy = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/gonogo.schema.json","title":"gonogo policy file (.github/gonogo.yml)","type":"object","additionalProperties":false,"required":["version","controls"],"properties":{"version":{"const":1,"description":"Policy file format version. Only 1 exists."},"profiles":{"type":"object","description":"Named decision limits: how many counted failures of each severity a decision tolerates before it is no-go.","minProperties":1,"propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/profile"}},"select_profile":{"type":"array","description":"Rules tried in order; the first whose event and branch match selects the profile.","minItems":1,"items":{"$ref":"#/definitions/profileRule"}},"controls":{"type":"array","description":"What the gate requires.","minItems":1,"items":{"$ref":"#/definitions/control"}},"waivers":{"type":"array","description":"Time-boxed acceptance of a failing control.","items":{"$ref":"#/definitions/waiver"}},"comment":{"type":"object","additionalProperties":false,"description":"How the PR comment is rendered.","properties":{"max_rows":{"type":"integer","minimum":1,"maximum":1000}}},"limits":{"type":"object","additionalProperties":false,"description":"Safety limits for reading reports.","properties":{"max_report_bytes":{"type":"integer","minimum":1024,"maximum":1073741824},"max_files_per_source":{"type":"integer","minimum":1,"maximum":1000000}}},"branches":{"type":"object","description":"Per branch name or glob: the protection wanted. The first exact name wins, else the first matching glob (in file order).","minProperties":1,"additionalProperties":{"$ref":"#/definitions/branchPolicy"}},"environments":{"type":"object","description":"The promotion corridor: per environment name (as in GitHub's environments), where its bundles come from, the gate decision it needs and the reviewers its protection rules must require. Read by action-release-bundle (mode: promote/rollback) and `gonogo promote`.","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"},"additionalProperties":{"$ref":"#/definitions/environmentPolicy"}},"checks":{"type":"object","additionalProperties":false,"description":"Settings of the built-in checks.","properties":{"policy-bundle":{"$ref":"https://gonogo.dev/schemas/checks/policy-bundle.schema.json"},"policy-freshness":{"$ref":"https://gonogo.dev/schemas/checks/policy-freshness.schema.json"},"workflow-lint":{"$ref":"https://gonogo.dev/schemas/checks/workflow-lint.schema.json"},"replay-determinism":{"$ref":"https://gonogo.dev/schemas/checks/replay-determinism.schema.json"},"provenance-coverage":{"$ref":"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json"},"ci-trend":{"$ref":"https://gonogo.dev/schemas/checks/ci-trend.schema.json"}}}},"definitions":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},"path":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$","description":"A path or glob relative to the repository root."},"profile":{"type":"object","additionalProperties":false,"required":["max_high","max_medium"],"properties":{"max_high":{"type":"integer","minimum":0},"max_medium":{"type":"integer","minimum":0},"description":{"type":"string","maxLength":500}}},"profileRule":{"type":"object","additionalProperties":false,"required":["profile"],"properties":{"event":{"type":"string","minLength":1,"description":"GitHub event name (push, pull_request, workflow_dispatch, …) or 'local' for the CLI."},"branch":{"type":"string","minLength":1,"description":"Branch name or glob; for pull requests, the base branch."},"profile":{"$ref":"#/definitions/name"}}},"source":{"type":"object","description":"Exactly one of report, junit, sarif or builtin.","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"report":{"$ref":"#/definitions/path","description":"A gonogo.report/v1 JSON report or an older governance-script report (path or glob)."},"junit":{"$ref":"#/definitions/path","description":"JUnit XML files (path or glob)."},"sarif":{"$ref":"#/definitions/path","description":"SARIF 2.1.0 files (path or glob)."},"builtin":{"enum":["policy-bundle","policy-freshness","workflow-lint","replay-determinism","provenance-coverage","ci-trend"],"description":"A check gonogo computes itself; its settings live under checks.<name>."}}},"control":{"type":"object","additionalProperties":false,"required":["id","severity"],"properties":{"id":{"$ref":"#/definitions/name"},"description":{"type":"string","maxLength":500},"source":{"$ref":"#/definitions/source"},"severity":{"enum":["high","medium"]},"owner":{"type":"string","minLength":1,"maxLength":200},"runbook":{"type":"string","minLength":1,"maxLength":1024},"allow_unverified":{"type":"object","additionalProperties":false,"required":["evidence"],"properties":{"evidence":{"$ref":"#/definitions/path","description":"A file in the repository that documents the manual verification."}}}}},"waiver":{"type":"object","additionalProperties":false,"required":["control","owner","reason","expires"],"properties":{"control":{"$ref":"#/definitions/name"},"owner":{"type":"string","minLength":1,"maxLength":200},"reason":{"type":"string","minLength":1,"maxLength":1000},"mitigation":{"type":"string","minLength":1,"maxLength":1000},"link":{"type":"string","minLength":1,"maxLength":1024},"expires":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$","description":"A date (valid through the end of that day, UTC) or an RFC 3339 date-time."}}},"branchPolicy":{"type":"object","additionalProperties":false,"properties":{"required_checks":{"type":"array","description":"Status checks that must be required on the branch.","items":{"$ref":"#/definitions/requiredCheck"}},"strict":{"type":"boolean","description":"Branches must be up to date before merging."},"min_approvals":{"type":"integer","minimum":0,"maximum":10},"dismiss_stale_reviews":{"type":"boolean"},"require_code_owner_review":{"type":"boolean"},"require_last_push_approval":{"type":"boolean"},"require_conversation_resolution":{"type":"boolean"},"require_linear_history":{"type":"boolean"},"block_force_pushes":{"type":"boolean"},"block_deletions":{"type":"boolean"},"require_signed_commits":{"type":"boolean"},"bypass_allowed":{"type":"array","description":"Who may bypass the rules; anyone else able to bypass is a finding.","items":{"$ref":"#/definitions/bypassActor"}}}},"requiredCheck":{"oneOf":[{"type":"string","minLength":1,"maxLength":255},{"type":"object","additionalProperties":false,"required":["context"],"properties":{"context":{"type":"string","minLength":1,"maxLength":255},"app_id":{"type":"integer","minimum":1,"description":"The app that must report it (GitHub Actions is 15368)."}}}]},"bypassActor":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["OrganizationAdmin","RepositoryRole","Team","Integration","DeployKey","User","RepositoryAdmin"],"description":"RepositoryAdmin: repository administrators when classic protection does not include administrators."},"id":{"type":"integer","minimum":0,"description":"actor_id (team, app, user or role id); omitted: any actor of this type."},"name":{"type":"string","maxLength":200,"description":"For people reading the policy."}}},"environmentPolicy":{"type":"object","additionalProperties":false,"required":["requires"],"properties":{"from":{"type":"string","minLength":1,"description":"The environment a bundle must currently run in before it may come here (e.g. prod: from staging)."},"fresh":{"type":"boolean","description":"Whether a bundle that runs nowhere yet may come here. Default: true when 'from' is not set, false when it is."},"requires":{"enum":["go","conditional-go"],"description":"The weakest gate decision in the bundle this environment takes: 'go', or 'conditional-go' (which also takes go)."},"reviewers":{"type":"integer","minimum":0,"maximum":6,"description":"How many reviewers (users or teams) the environment's required-reviewers protection rule must name; 1 or more also needs an approval of this environment in the promoting run. GitHub lists at most six."},"prevent_self_review":{"type":"boolean","description":"Require the environment's 'prevent self-review' setting."}}}}};
const schema12 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"};
const schema13 = {"type":"object","additionalProperties":false,"required":["max_high","max_medium"],"properties":{"max_high":{"type":"integer","minimum":0},"max_medium":{"type":"integer","minimum":0},"description":{"type":"string","maxLength":500}}};
const schema28 = {"type":"object","additionalProperties":false,"required":["requires"],"properties":{"from":{"type":"string","minLength":1,"description":"The environment a bundle must currently run in before it may come here (e.g. prod: from staging)."},"fresh":{"type":"boolean","description":"Whether a bundle that runs nowhere yet may come here. Default: true when 'from' is not set, false when it is."},"requires":{"enum":["go","conditional-go"],"description":"The weakest gate decision in the bundle this environment takes: 'go', or 'conditional-go' (which also takes go)."},"reviewers":{"type":"integer","minimum":0,"maximum":6,"description":"How many reviewers (users or teams) the environment's required-reviewers protection rule must name; 1 or more also needs an approval of this environment in the promoting run. GitHub lists at most six."},"prevent_self_review":{"type":"boolean","description":"Require the environment's 'prevent self-review' setting."}}};
const schema33 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/policy-freshness.schema.json","title":"checks.policy-freshness settings","description":"Policies reviewed within their maximum age, and the governance wiring (the gate step, the required jobs) still in the workflows.","type":"object","additionalProperties":false,"properties":{"policies":{"type":"array","description":"Policy files or bundle folders whose review age is judged: by a METADATA `custom.reviewed: YYYY-MM-DD` (a .rego file), a `reviewed` key in .manifest metadata (a bundle folder), else the last commit that touched the path.","items":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"A policy file or bundle folder, relative to the repository root."},"max_age_days":{"type":"integer","minimum":1,"maximum":36500,"description":"Days since the last review allowed for this policy. Default: the top-level max_age_days."}}}},"max_age_days":{"type":"integer","minimum":1,"maximum":36500,"description":"Default maximum age (days since the last review) for every policy. Default 90."},"workflows":{"type":"array","description":"Workflows that must still run the gonogo gate.","items":{"type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string","minLength":1,"description":"The workflow file, for example .github/workflows/ci.yml."},"gate_job":{"type":"string","minLength":1,"description":"The job id that must run the gate. Default: any job of the workflow."}}}},"gate_action":{"description":"What a gate step's `uses:` may be: one or more patterns in which * matches any text. Default: acme/gonogo/action-gate@*, acme/gonogo@*, ./action-gate, ./ (a local reusable workflow that runs the gate counts too).","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"required_jobs":{"type":"array","description":"Jobs that must be required status checks and so must still exist: each matches a job id or a check name the workflows produce (a job's name, matrix names expanded). Default: none.","items":{"type":"string","minLength":1}},"git_timeout_seconds":{"type":"integer","minimum":1,"maximum":600,"description":"Time limit for one git command. Default 30."}}};
const schema40 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/replay-determinism.schema.json","title":"checks.replay-determinism settings","description":"Runs a build command several times, each in a fresh copy of the workspace with SOURCE_DATE_EPOCH, TZ=UTC and LC_ALL=C pinned, and compares the SHA-256 of every declared output between the runs.","type":"object","additionalProperties":false,"properties":{"command":{"type":"string","minLength":1,"maxLength":4000,"description":"The build command, run with /bin/sh -c in the working directory of each copy (for example \"npm run build\"). Required: without it the check fails and says what to configure."},"runs":{"type":"integer","minimum":2,"maximum":10,"description":"How many times the command runs, each in its own fresh copy. Default 2."},"timeout_seconds":{"type":"integer","minimum":1,"maximum":21600,"description":"Time limit of one run; on expiry the whole process group is killed and the run counts as failed. Default 600."},"working_directory":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$","description":"Folder inside the workspace in which the command runs (in each copy). Output globs are relative to it. Default \".\" (the repository root)."},"outputs":{"type":"array","minItems":1,"maxItems":100,"items":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$"},"description":"Globs (picomatch, dot files included) of the files the command produces, relative to working_directory, for example [\"dist/**\"]. Required: without it the check fails. Every matching file is hashed with SHA-256 after each run."},"source_date_epoch":{"type":"integer","minimum":0,"description":"Value of SOURCE_DATE_EPOCH for every run, in seconds. Default: the commit time of HEAD (git), else the gate's effective time."},"copy_git":{"type":"boolean","description":"Whether the .git folder is copied with the workspace (commands that read git describe or the commit need it). Default true."},"env":{"type":"object","maxProperties":100,"propertyNames":{"pattern":"^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","maxLength":4000},"description":"Extra environment variables for the command, over the runner's environment (they may override TZ and LC_ALL; SOURCE_DATE_EPOCH is set with source_date_epoch). Default none."}}};
const schema41 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json","title":"checks.provenance-coverage settings","description":"The share of release artifacts whose actual SHA-256 is recorded by a gonogo bundle manifest or by an in-toto / SLSA provenance statement (DSSE envelopes, Sigstore bundles), against a threshold.","type":"object","additionalProperties":false,"properties":{"artifacts":{"type":"array","minItems":1,"maxItems":100,"items":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$"},"description":"Globs, relative to the repository root, of the release artifacts that must be covered, for example [\"dist/**/*.tgz\"]. Required: without it the check fails and says what to configure."},"manifests":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$"},"description":"Globs of gonogo.bundle/v1 manifest files (files: [{ path, size, sha256 }]). An entry covers an artifact when its path (relative to the manifest's folder, or to the repository root) names the artifact and its size and sha256 match the file. Default none."},"provenance":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$"},"description":"Globs of provenance files: *.jsonl (one DSSE envelope or Sigstore bundle per line) or JSON files holding one DSSE envelope, Sigstore bundle or in-toto statement. A subject covers an artifact when its sha256 digest equals the file's. Default [\"**/*.intoto.jsonl\", \"**/*.sigstore.json\"]."},"threshold":{"type":"number","minimum":0,"maximum":100,"description":"Minimum percentage of artifacts that must be covered. Default 100."}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A;
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
const pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$", "u");
const pattern3 = new RegExp("^[^\\u0000]+$", "u");
const pattern13 = new RegExp("^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$", "u");
const schema14 = {"type":"object","additionalProperties":false,"required":["profile"],"properties":{"event":{"type":"string","minLength":1,"description":"GitHub event name (push, pull_request, workflow_dispatch, …) or 'local' for the CLI."},"branch":{"type":"string","minLength":1,"description":"Branch name or glob; for pull requests, the base branch."},"profile":{"$ref":"#/definitions/name"}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.profile === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "profile"},message:"must have required property '"+"profile"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "event") || (key0 === "branch")) || (key0 === "profile"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.event !== undefined){
let data0 = data.event;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.event,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.event.type,parentSchema:schema14.properties.event,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.branch !== undefined){
let data1 = data.branch;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/branch",schemaPath:"#/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.branch,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/branch",schemaPath:"#/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.branch.type,parentSchema:schema14.properties.branch,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.profile !== undefined){
let data2 = data.profile;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err6 = {instancePath:instancePath+"/profile",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/profile",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema16 = {"type":"object","additionalProperties":false,"required":["id","severity"],"properties":{"id":{"$ref":"#/definitions/name"},"description":{"type":"string","maxLength":500},"source":{"$ref":"#/definitions/source"},"severity":{"enum":["high","medium"]},"owner":{"type":"string","minLength":1,"maxLength":200},"runbook":{"type":"string","minLength":1,"maxLength":1024},"allow_unverified":{"type":"object","additionalProperties":false,"required":["evidence"],"properties":{"evidence":{"$ref":"#/definitions/path","description":"A file in the repository that documents the manual verification."}}}}};
const schema19 = {"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$","description":"A path or glob relative to the repository root."};
const schema18 = {"type":"object","description":"Exactly one of report, junit, sarif or builtin.","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"report":{"$ref":"#/definitions/path","description":"A gonogo.report/v1 JSON report or an older governance-script report (path or glob)."},"junit":{"$ref":"#/definitions/path","description":"JUnit XML files (path or glob)."},"sarif":{"$ref":"#/definitions/path","description":"SARIF 2.1.0 files (path or glob)."},"builtin":{"enum":["policy-bundle","policy-freshness","workflow-lint","replay-determinism","provenance-coverage","ci-trend"],"description":"A check gonogo computes itself; its settings live under checks.<name>."}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "report") || (key0 === "junit")) || (key0 === "sarif")) || (key0 === "builtin"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.report !== undefined){
let data0 = data.report;
if(typeof data0 === "string"){
if(func3(data0) > 1024){
const err3 = {instancePath:instancePath+"/report",schemaPath:"#/definitions/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func3(data0) < 1){
const err4 = {instancePath:instancePath+"/report",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern3.test(data0)){
const err5 = {instancePath:instancePath+"/report",schemaPath:"#/definitions/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/report",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.junit !== undefined){
let data1 = data.junit;
if(typeof data1 === "string"){
if(func3(data1) > 1024){
const err7 = {instancePath:instancePath+"/junit",schemaPath:"#/definitions/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/junit",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern3.test(data1)){
const err9 = {instancePath:instancePath+"/junit",schemaPath:"#/definitions/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/junit",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sarif !== undefined){
let data2 = data.sarif;
if(typeof data2 === "string"){
if(func3(data2) > 1024){
const err11 = {instancePath:instancePath+"/sarif",schemaPath:"#/definitions/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema19,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data2) < 1){
const err12 = {instancePath:instancePath+"/sarif",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern3.test(data2)){
const err13 = {instancePath:instancePath+"/sarif",schemaPath:"#/definitions/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema19,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/sarif",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.builtin !== undefined){
let data3 = data.builtin;
if(!((((((data3 === "policy-bundle") || (data3 === "policy-freshness")) || (data3 === "workflow-lint")) || (data3 === "replay-determinism")) || (data3 === "provenance-coverage")) || (data3 === "ci-trend"))){
const err15 = {instancePath:instancePath+"/builtin",schemaPath:"#/properties/builtin/enum",keyword:"enum",params:{allowedValues: schema18.properties.builtin.enum},message:"must be equal to one of the allowed values",schema:schema18.properties.builtin.enum,parentSchema:schema18.properties.builtin,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.severity === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "description")) || (key0 === "source")) || (key0 === "severity")) || (key0 === "owner")) || (key0 === "runbook")) || (key0 === "allow_unverified"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema16.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.description.type,parentSchema:schema16.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate14(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.severity !== undefined){
let data3 = data.severity;
if(!((data3 === "high") || (data3 === "medium"))){
const err7 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema16.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.severity.enum,parentSchema:schema16.properties.severity,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.owner !== undefined){
let data4 = data.owner;
if(typeof data4 === "string"){
if(func3(data4) > 200){
const err8 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema16.properties.owner,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data4) < 1){
const err9 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.owner,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.owner.type,parentSchema:schema16.properties.owner,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.runbook !== undefined){
let data5 = data.runbook;
if(typeof data5 === "string"){
if(func3(data5) > 1024){
const err11 = {instancePath:instancePath+"/runbook",schemaPath:"#/properties/runbook/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema16.properties.runbook,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data5) < 1){
const err12 = {instancePath:instancePath+"/runbook",schemaPath:"#/properties/runbook/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.runbook,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/runbook",schemaPath:"#/properties/runbook/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.runbook.type,parentSchema:schema16.properties.runbook,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.allow_unverified !== undefined){
let data6 = data.allow_unverified;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.evidence === undefined){
const err14 = {instancePath:instancePath+"/allow_unverified",schemaPath:"#/properties/allow_unverified/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema16.properties.allow_unverified.required,parentSchema:schema16.properties.allow_unverified,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data6){
if(!(key1 === "evidence")){
const err15 = {instancePath:instancePath+"/allow_unverified",schemaPath:"#/properties/allow_unverified/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema16.properties.allow_unverified,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.evidence !== undefined){
let data7 = data6.evidence;
if(typeof data7 === "string"){
if(func3(data7) > 1024){
const err16 = {instancePath:instancePath+"/allow_unverified/evidence",schemaPath:"#/definitions/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func3(data7) < 1){
const err17 = {instancePath:instancePath+"/allow_unverified/evidence",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern3.test(data7)){
const err18 = {instancePath:instancePath+"/allow_unverified/evidence",schemaPath:"#/definitions/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/allow_unverified/evidence",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/allow_unverified",schemaPath:"#/properties/allow_unverified/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.allow_unverified.type,parentSchema:schema16.properties.allow_unverified,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema23 = {"type":"object","additionalProperties":false,"required":["control","owner","reason","expires"],"properties":{"control":{"$ref":"#/definitions/name"},"owner":{"type":"string","minLength":1,"maxLength":200},"reason":{"type":"string","minLength":1,"maxLength":1000},"mitigation":{"type":"string","minLength":1,"maxLength":1000},"link":{"type":"string","minLength":1,"maxLength":1024},"expires":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$","description":"A date (valid through the end of that day, UTC) or an RFC 3339 date-time."}}};
const pattern8 = new RegExp("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$", "u");

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.control === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "control"},message:"must have required property '"+"control"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.owner === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reason === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.expires === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "control") || (key0 === "owner")) || (key0 === "reason")) || (key0 === "mitigation")) || (key0 === "link")) || (key0 === "expires"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.control !== undefined){
let data0 = data.control;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/control",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/control",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.owner !== undefined){
let data1 = data.owner;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err7 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema23.properties.owner,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.owner,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.owner.type,parentSchema:schema23.properties.owner,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.reason !== undefined){
let data2 = data.reason;
if(typeof data2 === "string"){
if(func3(data2) > 1000){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema23.properties.reason,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data2) < 1){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.reason,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.reason.type,parentSchema:schema23.properties.reason,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.mitigation !== undefined){
let data3 = data.mitigation;
if(typeof data3 === "string"){
if(func3(data3) > 1000){
const err13 = {instancePath:instancePath+"/mitigation",schemaPath:"#/properties/mitigation/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema23.properties.mitigation,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func3(data3) < 1){
const err14 = {instancePath:instancePath+"/mitigation",schemaPath:"#/properties/mitigation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.mitigation,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/mitigation",schemaPath:"#/properties/mitigation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.mitigation.type,parentSchema:schema23.properties.mitigation,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.link !== undefined){
let data4 = data.link;
if(typeof data4 === "string"){
if(func3(data4) > 1024){
const err16 = {instancePath:instancePath+"/link",schemaPath:"#/properties/link/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema23.properties.link,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func3(data4) < 1){
const err17 = {instancePath:instancePath+"/link",schemaPath:"#/properties/link/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.link,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/link",schemaPath:"#/properties/link/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.link.type,parentSchema:schema23.properties.link,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.expires !== undefined){
let data5 = data.expires;
if(typeof data5 === "string"){
if(!pattern8.test(data5)){
const err19 = {instancePath:instancePath+"/expires",schemaPath:"#/properties/expires/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$",parentSchema:schema23.properties.expires,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/expires",schemaPath:"#/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.expires.type,parentSchema:schema23.properties.expires,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":"object","additionalProperties":false,"properties":{"required_checks":{"type":"array","description":"Status checks that must be required on the branch.","items":{"$ref":"#/definitions/requiredCheck"}},"strict":{"type":"boolean","description":"Branches must be up to date before merging."},"min_approvals":{"type":"integer","minimum":0,"maximum":10},"dismiss_stale_reviews":{"type":"boolean"},"require_code_owner_review":{"type":"boolean"},"require_last_push_approval":{"type":"boolean"},"require_conversation_resolution":{"type":"boolean"},"require_linear_history":{"type":"boolean"},"block_force_pushes":{"type":"boolean"},"block_deletions":{"type":"boolean"},"require_signed_commits":{"type":"boolean"},"bypass_allowed":{"type":"array","description":"Who may bypass the rules; anyone else able to bypass is a finding.","items":{"$ref":"#/definitions/bypassActor"}}}};
const schema26 = {"oneOf":[{"type":"string","minLength":1,"maxLength":255},{"type":"object","additionalProperties":false,"required":["context"],"properties":{"context":{"type":"string","minLength":1,"maxLength":255},"app_id":{"type":"integer","minimum":1,"description":"The app that must report it (GitHub Actions is 15368)."}}}]};
const schema27 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["OrganizationAdmin","RepositoryRole","Team","Integration","DeployKey","User","RepositoryAdmin"],"description":"RepositoryAdmin: repository administrators when classic protection does not include administrators."},"id":{"type":"integer","minimum":0,"description":"actor_id (team, app, user or role id); omitted: any actor of this type."},"name":{"type":"string","maxLength":200,"description":"For people reading the policy."}}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema25.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.required_checks !== undefined){
let data0 = data.required_checks;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs6 = errors;
let valid4 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 === "string"){
if(func3(data1) > 255){
const err1 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema26.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func3(data1) < 1){
const err2 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.oneOf[0].type,parentSchema:schema26.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs9 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.context === undefined){
const err4 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/required",keyword:"required",params:{missingProperty: "context"},message:"must have required property '"+"context"+"'",schema:schema26.oneOf[1].required,parentSchema:schema26.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "context") || (key1 === "app_id"))){
const err5 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema26.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.context !== undefined){
let data2 = data1.context;
if(typeof data2 === "string"){
if(func3(data2) > 255){
const err6 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema26.oneOf[1].properties.context,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data2) < 1){
const err7 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.oneOf[1].properties.context,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.oneOf[1].properties.context.type,parentSchema:schema26.oneOf[1].properties.context,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.app_id !== undefined){
let data3 = data1.app_id;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/required_checks/" + i0+"/app_id",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/app_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema26.oneOf[1].properties.app_id.type,parentSchema:schema26.oneOf[1].properties.app_id,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/required_checks/" + i0+"/app_id",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/app_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema26.oneOf[1].properties.app_id,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.oneOf[1].type,parentSchema:schema26.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err12 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema26.oneOf,parentSchema:schema26,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/required_checks",schemaPath:"#/properties/required_checks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.required_checks.type,parentSchema:schema25.properties.required_checks,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.strict !== undefined){
let data4 = data.strict;
if(typeof data4 !== "boolean"){
const err14 = {instancePath:instancePath+"/strict",schemaPath:"#/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.strict.type,parentSchema:schema25.properties.strict,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.min_approvals !== undefined){
let data5 = data.min_approvals;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.properties.min_approvals.type,parentSchema:schema25.properties.min_approvals,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 10 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema25.properties.min_approvals,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.properties.min_approvals,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.dismiss_stale_reviews !== undefined){
let data6 = data.dismiss_stale_reviews;
if(typeof data6 !== "boolean"){
const err18 = {instancePath:instancePath+"/dismiss_stale_reviews",schemaPath:"#/properties/dismiss_stale_reviews/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.dismiss_stale_reviews.type,parentSchema:schema25.properties.dismiss_stale_reviews,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.require_code_owner_review !== undefined){
let data7 = data.require_code_owner_review;
if(typeof data7 !== "boolean"){
const err19 = {instancePath:instancePath+"/require_code_owner_review",schemaPath:"#/properties/require_code_owner_review/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.require_code_owner_review.type,parentSchema:schema25.properties.require_code_owner_review,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.require_last_push_approval !== undefined){
let data8 = data.require_last_push_approval;
if(typeof data8 !== "boolean"){
const err20 = {instancePath:instancePath+"/require_last_push_approval",schemaPath:"#/properties/require_last_push_approval/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.require_last_push_approval.type,parentSchema:schema25.properties.require_last_push_approval,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.require_conversation_resolution !== undefined){
let data9 = data.require_conversation_resolution;
if(typeof data9 !== "boolean"){
const err21 = {instancePath:instancePath+"/require_conversation_resolution",schemaPath:"#/properties/require_conversation_resolution/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.require_conversation_resolution.type,parentSchema:schema25.properties.require_conversation_resolution,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.require_linear_history !== undefined){
let data10 = data.require_linear_history;
if(typeof data10 !== "boolean"){
const err22 = {instancePath:instancePath+"/require_linear_history",schemaPath:"#/properties/require_linear_history/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.require_linear_history.type,parentSchema:schema25.properties.require_linear_history,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.block_force_pushes !== undefined){
let data11 = data.block_force_pushes;
if(typeof data11 !== "boolean"){
const err23 = {instancePath:instancePath+"/block_force_pushes",schemaPath:"#/properties/block_force_pushes/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.block_force_pushes.type,parentSchema:schema25.properties.block_force_pushes,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.block_deletions !== undefined){
let data12 = data.block_deletions;
if(typeof data12 !== "boolean"){
const err24 = {instancePath:instancePath+"/block_deletions",schemaPath:"#/properties/block_deletions/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.block_deletions.type,parentSchema:schema25.properties.block_deletions,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.require_signed_commits !== undefined){
let data13 = data.require_signed_commits;
if(typeof data13 !== "boolean"){
const err25 = {instancePath:instancePath+"/require_signed_commits",schemaPath:"#/properties/require_signed_commits/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.require_signed_commits.type,parentSchema:schema25.properties.require_signed_commits,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.bypass_allowed !== undefined){
let data14 = data.bypass_allowed;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.type === undefined){
const err26 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema27.required,parentSchema:schema27,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data15){
if(!(((key2 === "type") || (key2 === "id")) || (key2 === "name"))){
const err27 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data15.type !== undefined){
let data16 = data15.type;
if(!(((((((data16 === "OrganizationAdmin") || (data16 === "RepositoryRole")) || (data16 === "Team")) || (data16 === "Integration")) || (data16 === "DeployKey")) || (data16 === "User")) || (data16 === "RepositoryAdmin"))){
const err28 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/type",schemaPath:"#/definitions/bypassActor/properties/type/enum",keyword:"enum",params:{allowedValues: schema27.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.type.enum,parentSchema:schema27.properties.type,data:data16};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data15.id !== undefined){
let data17 = data15.id;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err29 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/id",schemaPath:"#/definitions/bypassActor/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.properties.id.type,parentSchema:schema27.properties.id,data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err30 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/id",schemaPath:"#/definitions/bypassActor/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema27.properties.id,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data15.name !== undefined){
let data18 = data15.name;
if(typeof data18 === "string"){
if(func3(data18) > 200){
const err31 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/name",schemaPath:"#/definitions/bypassActor/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema27.properties.name,data:data18};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/name",schemaPath:"#/definitions/bypassActor/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.name.type,parentSchema:schema27.properties.name,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/bypass_allowed",schemaPath:"#/properties/bypass_allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.bypass_allowed.type,parentSchema:schema25.properties.bypass_allowed,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

const schema29 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/policy-bundle.schema.json","title":"checks.policy-bundle settings","description":"OPA policy bundles to verify: manifest, roots, packages, tests, annotations, data files, revision bump against the base ref, and `opa test --coverage` when opa is on PATH.","type":"object","additionalProperties":false,"properties":{"bundles":{"type":"array","description":"The bundle root folders to verify (workspace-relative). With none declared the report is unverified.","minItems":1,"items":{"$ref":"#/definitions/bundle"}},"base_ref":{"type":"string","minLength":1,"description":"Git ref the revision bump is judged against when the gate passes none (the gate's base ref, a pull request's base branch, wins). Tried as given, then as origin/<ref>. Default: origin/main, else main."},"opa_timeout_seconds":{"type":"integer","minimum":1,"maximum":3600,"description":"Time limit for one `opa test --coverage` run. Default 300."},"max_files":{"type":"integer","minimum":1,"maximum":1000000,"description":"Most .rego and data files read per bundle; a bigger bundle fails. Default 20000."},"max_file_bytes":{"type":"integer","minimum":1,"maximum":104857600,"description":"Largest .rego, data or .manifest file read; a bigger one is a finding. Default 1048576 (1 MiB)."}},"definitions":{"changeKind":{"type":"string","enum":["package-removed","rule-removed","package-added","rule-added","policy-changed","data-changed","tests-changed"],"description":"A kind of change to the bundle since the base ref: a (non-test) package or rule that disappeared or appeared, any other .rego change (policy-changed), a data file change, a change to test modules only."},"bundle":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"The bundle root folder (holds .manifest), relative to the repository root."},"require_annotations":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},"description":"Dotted keys every (non-test) package's METADATA must set, for example custom.owner. Package-scoped blocks (before `package`, or `scope: package`) and `scope: subpackages` blocks of enclosing packages count. Default: none."},"require_tests":{"type":"boolean","description":"Every package needs a test module (`*_test.rego`, a `<package>_test` package, or `test_` rules in the package). Default true."},"test_coverage":{"type":"number","minimum":0,"maximum":100,"description":"Minimum line coverage (percent) from `opa test --coverage`. Default: none (the tests must pass, any coverage)."},"bump":{"type":"object","additionalProperties":false,"description":"For a semver revision: which kinds of change need a major or minor bump; every other change needs at least a patch bump. Default: none (any revision change will do).","properties":{"major":{"type":"array","items":{"$ref":"#/definitions/changeKind"},"description":"Change kinds that need a major bump, for example [package-removed, rule-removed]."},"minor":{"type":"array","items":{"$ref":"#/definitions/changeKind"},"description":"Change kinds that need at least a minor bump, for example [package-added, rule-added]."}}}}}}};
const schema30 = {"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"The bundle root folder (holds .manifest), relative to the repository root."},"require_annotations":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},"description":"Dotted keys every (non-test) package's METADATA must set, for example custom.owner. Package-scoped blocks (before `package`, or `scope: package`) and `scope: subpackages` blocks of enclosing packages count. Default: none."},"require_tests":{"type":"boolean","description":"Every package needs a test module (`*_test.rego`, a `<package>_test` package, or `test_` rules in the package). Default true."},"test_coverage":{"type":"number","minimum":0,"maximum":100,"description":"Minimum line coverage (percent) from `opa test --coverage`. Default: none (the tests must pass, any coverage)."},"bump":{"type":"object","additionalProperties":false,"description":"For a semver revision: which kinds of change need a major or minor bump; every other change needs at least a patch bump. Default: none (any revision change will do).","properties":{"major":{"type":"array","items":{"$ref":"#/definitions/changeKind"},"description":"Change kinds that need a major bump, for example [package-removed, rule-removed]."},"minor":{"type":"array","items":{"$ref":"#/definitions/changeKind"},"description":"Change kinds that need at least a minor bump, for example [package-added, rule-added]."}}}}};
const schema31 = {"type":"string","enum":["package-removed","rule-removed","package-added","rule-added","policy-changed","data-changed","tests-changed"],"description":"A kind of change to the bundle since the base ref: a (non-test) package or rule that disappeared or appeared, any other .rego change (policy-changed), a data file change, a change to test modules only."};
const pattern10 = new RegExp("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "path") || (key0 === "require_annotations")) || (key0 === "require_tests")) || (key0 === "test_coverage")) || (key0 === "bump"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.path,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.path.type,parentSchema:schema30.properties.path,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.require_annotations !== undefined){
let data1 = data.require_annotations;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern10.test(data2)){
const err4 = {instancePath:instancePath+"/require_annotations/" + i0,schemaPath:"#/properties/require_annotations/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"+"\"",schema:"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$",parentSchema:schema30.properties.require_annotations.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/require_annotations/" + i0,schemaPath:"#/properties/require_annotations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.require_annotations.items.type,parentSchema:schema30.properties.require_annotations.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/require_annotations",schemaPath:"#/properties/require_annotations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.require_annotations.type,parentSchema:schema30.properties.require_annotations,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.require_tests !== undefined){
let data3 = data.require_tests;
if(typeof data3 !== "boolean"){
const err7 = {instancePath:instancePath+"/require_tests",schemaPath:"#/properties/require_tests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.require_tests.type,parentSchema:schema30.properties.require_tests,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.test_coverage !== undefined){
let data4 = data.test_coverage;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/test_coverage",schemaPath:"#/properties/test_coverage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema30.properties.test_coverage,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/test_coverage",schemaPath:"#/properties/test_coverage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30.properties.test_coverage,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/test_coverage",schemaPath:"#/properties/test_coverage/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema30.properties.test_coverage.type,parentSchema:schema30.properties.test_coverage,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.bump !== undefined){
let data5 = data.bump;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!((key1 === "major") || (key1 === "minor"))){
const err11 = {instancePath:instancePath+"/bump",schemaPath:"#/properties/bump/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.bump,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.major !== undefined){
let data6 = data5.major;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/bump/major/" + i1,schemaPath:"#/definitions/changeKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((((((data7 === "package-removed") || (data7 === "rule-removed")) || (data7 === "package-added")) || (data7 === "rule-added")) || (data7 === "policy-changed")) || (data7 === "data-changed")) || (data7 === "tests-changed"))){
const err13 = {instancePath:instancePath+"/bump/major/" + i1,schemaPath:"#/definitions/changeKind/enum",keyword:"enum",params:{allowedValues: schema31.enum},message:"must be equal to one of the allowed values",schema:schema31.enum,parentSchema:schema31,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/bump/major",schemaPath:"#/properties/bump/properties/major/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.bump.properties.major.type,parentSchema:schema30.properties.bump.properties.major,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.minor !== undefined){
let data8 = data5.minor;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 !== "string"){
const err15 = {instancePath:instancePath+"/bump/minor/" + i2,schemaPath:"#/definitions/changeKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((((((data9 === "package-removed") || (data9 === "rule-removed")) || (data9 === "package-added")) || (data9 === "rule-added")) || (data9 === "policy-changed")) || (data9 === "data-changed")) || (data9 === "tests-changed"))){
const err16 = {instancePath:instancePath+"/bump/minor/" + i2,schemaPath:"#/definitions/changeKind/enum",keyword:"enum",params:{allowedValues: schema31.enum},message:"must be equal to one of the allowed values",schema:schema31.enum,parentSchema:schema31,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/bump/minor",schemaPath:"#/properties/bump/properties/minor/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.bump.properties.minor.type,parentSchema:schema30.properties.bump.properties.minor,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/bump",schemaPath:"#/properties/bump/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.bump.type,parentSchema:schema30.properties.bump,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/checks/policy-bundle.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "bundles") || (key0 === "base_ref")) || (key0 === "opa_timeout_seconds")) || (key0 === "max_files")) || (key0 === "max_file_bytes"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.bundles !== undefined){
let data0 = data.bundles;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/bundles",schemaPath:"#/properties/bundles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema29.properties.bundles,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data0[i0], {instancePath:instancePath+"/bundles/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/bundles",schemaPath:"#/properties/bundles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.bundles.type,parentSchema:schema29.properties.bundles,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.base_ref !== undefined){
let data2 = data.base_ref;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err3 = {instancePath:instancePath+"/base_ref",schemaPath:"#/properties/base_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.base_ref,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/base_ref",schemaPath:"#/properties/base_ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.base_ref.type,parentSchema:schema29.properties.base_ref,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.opa_timeout_seconds !== undefined){
let data3 = data.opa_timeout_seconds;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/opa_timeout_seconds",schemaPath:"#/properties/opa_timeout_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.properties.opa_timeout_seconds.type,parentSchema:schema29.properties.opa_timeout_seconds,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 3600 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/opa_timeout_seconds",schemaPath:"#/properties/opa_timeout_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema29.properties.opa_timeout_seconds,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/opa_timeout_seconds",schemaPath:"#/properties/opa_timeout_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29.properties.opa_timeout_seconds,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.max_files !== undefined){
let data4 = data.max_files;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/max_files",schemaPath:"#/properties/max_files/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.properties.max_files.type,parentSchema:schema29.properties.max_files,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/max_files",schemaPath:"#/properties/max_files/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema29.properties.max_files,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/max_files",schemaPath:"#/properties/max_files/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29.properties.max_files,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.max_file_bytes !== undefined){
let data5 = data.max_file_bytes;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/max_file_bytes",schemaPath:"#/properties/max_file_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.properties.max_file_bytes.type,parentSchema:schema29.properties.max_file_bytes,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 104857600 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/max_file_bytes",schemaPath:"#/properties/max_file_bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 104857600},message:"must be <= 104857600",schema:104857600,parentSchema:schema29.properties.max_file_bytes,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/max_file_bytes",schemaPath:"#/properties/max_file_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29.properties.max_file_bytes,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

const schema34 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/workflow-lint.schema.json","title":"checks.workflow-lint settings","description":"Lints .github/workflows/*.yml|yaml: embedded script syntax (bash -n, python3, node --check), actions not pinned to a commit SHA, missing top-level permissions, untrusted contexts expanded into run: scripts, and pull_request_target/workflow_run workflows that check out pull-request code.","type":"object","additionalProperties":false,"properties":{"severity":{"type":"object","description":"Severity per finding kind. 'error' (the default for every kind) fails the check; 'warning' lists the finding (and writes it to SARIF as a warning) but the check still passes; 'off' turns the rule off. Unreadable or invalid workflow files always fail.","additionalProperties":false,"properties":{"script-syntax":{"$ref":"#/definitions/severity","description":"Embedded scripts that do not parse (default error). A missing interpreter makes the check unverified unless this is off."},"unpinned-action":{"$ref":"#/definitions/severity","description":"uses: of another repository's action or reusable workflow not pinned to a full 40-hex commit SHA, or a docker:// image without an @sha256: digest (default error)."},"missing-permissions":{"$ref":"#/definitions/severity","description":"A workflow without top-level permissions: in which some job declares none either (default error)."},"script-injection":{"$ref":"#/definitions/severity","description":"${{ github.event.* }} (other than numbers, ids, SHAs, booleans and timestamps) or ${{ github.head_ref }} inside a run: script or an actions/github-script script (default error)."},"untrusted-checkout":{"$ref":"#/definitions/severity","description":"A pull_request_target or workflow_run workflow whose actions/checkout ref or repository names the pull request's head (default error)."}}},"allow_unpinned":{"type":"array","description":"owner/repo globs exempt from the pinning rule, for example \"actions/*\" or \"my-org/*\". Default: none; gonogo recommends pinning every action, GitHub's own included.","items":{"type":"string","minLength":1},"uniqueItems":true},"sarif":{"type":"string","description":"Also write the findings as a SARIF 2.1.0 log to this workspace-relative path (for github/codeql-action/upload-sarif). Default: not written. A path outside the workspace fails the check.","minLength":1},"timeout_seconds":{"type":"number","description":"Time limit for each interpreter run (the one python3 run checks every Python snippet). Default 30.","exclusiveMinimum":0,"maximum":600},"interpreters":{"type":"object","description":"Commands (names on PATH or absolute paths) used to syntax-check scripts. Defaults: python3, bash, sh, node.","additionalProperties":false,"properties":{"python":{"type":"string","minLength":1,"description":"Python 3 interpreter. Default python3."},"bash":{"type":"string","minLength":1,"description":"bash, for bash -n. Default bash."},"sh":{"type":"string","minLength":1,"description":"POSIX sh, for sh -n on shell: sh steps. Default sh."},"node":{"type":"string","minLength":1,"description":"Node.js, for node --check. Default node."}}}},"definitions":{"severity":{"type":"string","enum":["error","warning","off"]}}};
const schema35 = {"type":"string","enum":["error","warning","off"]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/checks/workflow-lint.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "severity") || (key0 === "allow_unpinned")) || (key0 === "sarif")) || (key0 === "timeout_seconds")) || (key0 === "interpreters"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.severity !== undefined){
let data0 = data.severity;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!(((((key1 === "script-syntax") || (key1 === "unpinned-action")) || (key1 === "missing-permissions")) || (key1 === "script-injection")) || (key1 === "untrusted-checkout"))){
const err1 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.severity,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0["script-syntax"] !== undefined){
let data1 = data0["script-syntax"];
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/severity/script-syntax",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data1 === "error") || (data1 === "warning")) || (data1 === "off"))){
const err3 = {instancePath:instancePath+"/severity/script-syntax",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0["unpinned-action"] !== undefined){
let data2 = data0["unpinned-action"];
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/severity/unpinned-action",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((data2 === "error") || (data2 === "warning")) || (data2 === "off"))){
const err5 = {instancePath:instancePath+"/severity/unpinned-action",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0["missing-permissions"] !== undefined){
let data3 = data0["missing-permissions"];
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/severity/missing-permissions",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data3 === "error") || (data3 === "warning")) || (data3 === "off"))){
const err7 = {instancePath:instancePath+"/severity/missing-permissions",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0["script-injection"] !== undefined){
let data4 = data0["script-injection"];
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/severity/script-injection",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((data4 === "error") || (data4 === "warning")) || (data4 === "off"))){
const err9 = {instancePath:instancePath+"/severity/script-injection",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0["untrusted-checkout"] !== undefined){
let data5 = data0["untrusted-checkout"];
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/severity/untrusted-checkout",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((data5 === "error") || (data5 === "warning")) || (data5 === "off"))){
const err11 = {instancePath:instancePath+"/severity/untrusted-checkout",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.severity.type,parentSchema:schema34.properties.severity,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.allow_unpinned !== undefined){
let data6 = data.allow_unpinned;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err13 = {instancePath:instancePath+"/allow_unpinned/" + i0,schemaPath:"#/properties/allow_unpinned/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.allow_unpinned.items,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/allow_unpinned/" + i0,schemaPath:"#/properties/allow_unpinned/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.allow_unpinned.items.type,parentSchema:schema34.properties.allow_unpinned.items,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err15 = {instancePath:instancePath+"/allow_unpinned",schemaPath:"#/properties/allow_unpinned/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema34.properties.allow_unpinned,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err16 = {instancePath:instancePath+"/allow_unpinned",schemaPath:"#/properties/allow_unpinned/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.allow_unpinned.type,parentSchema:schema34.properties.allow_unpinned,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.sarif !== undefined){
let data8 = data.sarif;
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err17 = {instancePath:instancePath+"/sarif",schemaPath:"#/properties/sarif/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.sarif,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/sarif",schemaPath:"#/properties/sarif/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.sarif.type,parentSchema:schema34.properties.sarif,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.timeout_seconds !== undefined){
let data9 = data.timeout_seconds;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 600 || isNaN(data9)){
const err19 = {instancePath:instancePath+"/timeout_seconds",schemaPath:"#/properties/timeout_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600",schema:600,parentSchema:schema34.properties.timeout_seconds,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data9 <= 0 || isNaN(data9)){
const err20 = {instancePath:instancePath+"/timeout_seconds",schemaPath:"#/properties/timeout_seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.properties.timeout_seconds,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/timeout_seconds",schemaPath:"#/properties/timeout_seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.properties.timeout_seconds.type,parentSchema:schema34.properties.timeout_seconds,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.interpreters !== undefined){
let data10 = data.interpreters;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
if(!((((key2 === "python") || (key2 === "bash")) || (key2 === "sh")) || (key2 === "node"))){
const err22 = {instancePath:instancePath+"/interpreters",schemaPath:"#/properties/interpreters/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.interpreters,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data10.python !== undefined){
let data11 = data10.python;
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err23 = {instancePath:instancePath+"/interpreters/python",schemaPath:"#/properties/interpreters/properties/python/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.interpreters.properties.python,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/interpreters/python",schemaPath:"#/properties/interpreters/properties/python/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.interpreters.properties.python.type,parentSchema:schema34.properties.interpreters.properties.python,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.bash !== undefined){
let data12 = data10.bash;
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err25 = {instancePath:instancePath+"/interpreters/bash",schemaPath:"#/properties/interpreters/properties/bash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.interpreters.properties.bash,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/interpreters/bash",schemaPath:"#/properties/interpreters/properties/bash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.interpreters.properties.bash.type,parentSchema:schema34.properties.interpreters.properties.bash,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data10.sh !== undefined){
let data13 = data10.sh;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err27 = {instancePath:instancePath+"/interpreters/sh",schemaPath:"#/properties/interpreters/properties/sh/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.interpreters.properties.sh,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/interpreters/sh",schemaPath:"#/properties/interpreters/properties/sh/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.interpreters.properties.sh.type,parentSchema:schema34.properties.interpreters.properties.sh,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10.node !== undefined){
let data14 = data10.node;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err29 = {instancePath:instancePath+"/interpreters/node",schemaPath:"#/properties/interpreters/properties/node/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.interpreters.properties.node,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/interpreters/node",schemaPath:"#/properties/interpreters/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.interpreters.properties.node.type,parentSchema:schema34.properties.interpreters.properties.node,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/interpreters",schemaPath:"#/properties/interpreters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.interpreters.type,parentSchema:schema34.properties.interpreters,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

const schema42 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/ci-trend.schema.json","title":"checks.ci-trend settings","description":"CI stability of the jobs that guard releases, from Actions history, against SLOs.","type":"object","additionalProperties":false,"required":["jobs"],"properties":{"branch":{"type":"string","minLength":1,"description":"Branch whose runs count. Default: the default branch."},"event":{"type":"string","minLength":1,"description":"Only runs of this event (push, schedule, …). Default: any."},"window":{"type":"integer","minimum":1,"maximum":1000,"description":"The last N completed runs per workflow. Default 20."},"max_requests":{"type":"integer","minimum":1,"maximum":100000,"description":"Stop (unverified) after this many API requests. Default 1000."},"jobs":{"type":"array","minItems":1,"description":"Critical jobs: workflow file name and job name (as checks show it) or a glob such as 'test (*)'.","items":{"type":"object","additionalProperties":false,"required":["workflow","job"],"properties":{"workflow":{"type":"string","pattern":"^[^/]+\\.ya?ml$","description":"File name under .github/workflows, e.g. ci.yml."},"job":{"type":"string","minLength":1},"slo":{"$ref":"#/definitions/slo"}}}},"slo":{"$ref":"#/definitions/slo"}},"definitions":{"slo":{"type":"object","additionalProperties":false,"properties":{"min_pass_rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of completed runs that passed. Default 90."},"min_samples":{"type":"integer","minimum":0,"description":"Fewer completed runs than this is unverified, not a pass. Default 10."},"max_flaky_rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of runs that failed then passed on re-run. Default 10."},"error_budget":{"type":"integer","minimum":0,"description":"Failures allowed in the window. Default 2."}}}}};
const schema43 = {"type":"object","additionalProperties":false,"properties":{"min_pass_rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of completed runs that passed. Default 90."},"min_samples":{"type":"integer","minimum":0,"description":"Fewer completed runs than this is unverified, not a pass. Default 10."},"max_flaky_rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of runs that failed then passed on re-run. Default 10."},"error_budget":{"type":"integer","minimum":0,"description":"Failures allowed in the window. Default 2."}}};
const pattern17 = new RegExp("^[^/]+\\.ya?ml$", "u");

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/checks/ci-trend.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.jobs === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "jobs"},message:"must have required property '"+"jobs"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "branch") || (key0 === "event")) || (key0 === "window")) || (key0 === "max_requests")) || (key0 === "jobs")) || (key0 === "slo"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.branch !== undefined){
let data0 = data.branch;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/branch",schemaPath:"#/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.branch,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/branch",schemaPath:"#/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.branch.type,parentSchema:schema42.properties.branch,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.event !== undefined){
let data1 = data.event;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.event,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.event.type,parentSchema:schema42.properties.event,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.window !== undefined){
let data2 = data.window;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.window.type,parentSchema:schema42.properties.window,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema42.properties.window,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema42.properties.window,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.max_requests !== undefined){
let data3 = data.max_requests;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/max_requests",schemaPath:"#/properties/max_requests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.max_requests.type,parentSchema:schema42.properties.max_requests,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100000 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/max_requests",schemaPath:"#/properties/max_requests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema42.properties.max_requests,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/max_requests",schemaPath:"#/properties/max_requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema42.properties.max_requests,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.jobs !== undefined){
let data4 = data.jobs;
if(Array.isArray(data4)){
if(data4.length < 1){
const err12 = {instancePath:instancePath+"/jobs",schemaPath:"#/properties/jobs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42.properties.jobs,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.workflow === undefined){
const err13 = {instancePath:instancePath+"/jobs/" + i0,schemaPath:"#/properties/jobs/items/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema42.properties.jobs.items.required,parentSchema:schema42.properties.jobs.items,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.job === undefined){
const err14 = {instancePath:instancePath+"/jobs/" + i0,schemaPath:"#/properties/jobs/items/required",keyword:"required",params:{missingProperty: "job"},message:"must have required property '"+"job"+"'",schema:schema42.properties.jobs.items.required,parentSchema:schema42.properties.jobs.items,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "workflow") || (key1 === "job")) || (key1 === "slo"))){
const err15 = {instancePath:instancePath+"/jobs/" + i0,schemaPath:"#/properties/jobs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.jobs.items,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.workflow !== undefined){
let data6 = data5.workflow;
if(typeof data6 === "string"){
if(!pattern17.test(data6)){
const err16 = {instancePath:instancePath+"/jobs/" + i0+"/workflow",schemaPath:"#/properties/jobs/items/properties/workflow/pattern",keyword:"pattern",params:{pattern: "^[^/]+\\.ya?ml$"},message:"must match pattern \""+"^[^/]+\\.ya?ml$"+"\"",schema:"^[^/]+\\.ya?ml$",parentSchema:schema42.properties.jobs.items.properties.workflow,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/jobs/" + i0+"/workflow",schemaPath:"#/properties/jobs/items/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.jobs.items.properties.workflow.type,parentSchema:schema42.properties.jobs.items.properties.workflow,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.job !== undefined){
let data7 = data5.job;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err18 = {instancePath:instancePath+"/jobs/" + i0+"/job",schemaPath:"#/properties/jobs/items/properties/job/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.jobs.items.properties.job,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/jobs/" + i0+"/job",schemaPath:"#/properties/jobs/items/properties/job/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.jobs.items.properties.job.type,parentSchema:schema42.properties.jobs.items.properties.job,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.slo !== undefined){
let data8 = data5.slo;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(!((((key2 === "min_pass_rate") || (key2 === "min_samples")) || (key2 === "max_flaky_rate")) || (key2 === "error_budget"))){
const err20 = {instancePath:instancePath+"/jobs/" + i0+"/slo",schemaPath:"#/definitions/slo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data8.min_pass_rate !== undefined){
let data9 = data8.min_pass_rate;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 100 || isNaN(data9)){
const err21 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema43.properties.min_pass_rate,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err22 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.min_pass_rate,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.min_pass_rate.type,parentSchema:schema43.properties.min_pass_rate,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.min_samples !== undefined){
let data10 = data8.min_samples;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err24 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_samples",schemaPath:"#/definitions/slo/properties/min_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.min_samples.type,parentSchema:schema43.properties.min_samples,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err25 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_samples",schemaPath:"#/definitions/slo/properties/min_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.min_samples,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data8.max_flaky_rate !== undefined){
let data11 = data8.max_flaky_rate;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 100 || isNaN(data11)){
const err26 = {instancePath:instancePath+"/jobs/" + i0+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema43.properties.max_flaky_rate,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/jobs/" + i0+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.max_flaky_rate,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/jobs/" + i0+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.max_flaky_rate.type,parentSchema:schema43.properties.max_flaky_rate,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.error_budget !== undefined){
let data12 = data8.error_budget;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err29 = {instancePath:instancePath+"/jobs/" + i0+"/slo/error_budget",schemaPath:"#/definitions/slo/properties/error_budget/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.error_budget.type,parentSchema:schema43.properties.error_budget,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err30 = {instancePath:instancePath+"/jobs/" + i0+"/slo/error_budget",schemaPath:"#/definitions/slo/properties/error_budget/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.error_budget,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/jobs/" + i0+"/slo",schemaPath:"#/definitions/slo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/jobs/" + i0,schemaPath:"#/properties/jobs/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.jobs.items.type,parentSchema:schema42.properties.jobs.items,data:data5};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/jobs",schemaPath:"#/properties/jobs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.jobs.type,parentSchema:schema42.properties.jobs,data:data4};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.slo !== undefined){
let data13 = data.slo;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
if(!((((key3 === "min_pass_rate") || (key3 === "min_samples")) || (key3 === "max_flaky_rate")) || (key3 === "error_budget"))){
const err34 = {instancePath:instancePath+"/slo",schemaPath:"#/definitions/slo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.min_pass_rate !== undefined){
let data14 = data13.min_pass_rate;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 100 || isNaN(data14)){
const err35 = {instancePath:instancePath+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema43.properties.min_pass_rate,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err36 = {instancePath:instancePath+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.min_pass_rate,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.min_pass_rate.type,parentSchema:schema43.properties.min_pass_rate,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data13.min_samples !== undefined){
let data15 = data13.min_samples;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err38 = {instancePath:instancePath+"/slo/min_samples",schemaPath:"#/definitions/slo/properties/min_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.min_samples.type,parentSchema:schema43.properties.min_samples,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err39 = {instancePath:instancePath+"/slo/min_samples",schemaPath:"#/definitions/slo/properties/min_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.min_samples,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data13.max_flaky_rate !== undefined){
let data16 = data13.max_flaky_rate;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 100 || isNaN(data16)){
const err40 = {instancePath:instancePath+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema43.properties.max_flaky_rate,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err41 = {instancePath:instancePath+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.max_flaky_rate,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.max_flaky_rate.type,parentSchema:schema43.properties.max_flaky_rate,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data13.error_budget !== undefined){
let data17 = data13.error_budget;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err43 = {instancePath:instancePath+"/slo/error_budget",schemaPath:"#/definitions/slo/properties/error_budget/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.error_budget.type,parentSchema:schema43.properties.error_budget,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err44 = {instancePath:instancePath+"/slo/error_budget",schemaPath:"#/definitions/slo/properties/error_budget/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.error_budget,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
}
else {
const err45 = {instancePath:instancePath+"/slo",schemaPath:"#/definitions/slo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/gonogo.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.controls === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "controls"},message:"must have required property '"+"controls"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.profiles !== undefined){
let data1 = data.profiles;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err4 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.profiles,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
const _errs5 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err5 = {instancePath:instancePath+"/profiles",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/profiles",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid1 = _errs5 === errors;
if(!valid1){
const err7 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.profiles.propertyNames,parentSchema:schema11.properties.profiles,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.max_high === undefined){
const err8 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/profile/required",keyword:"required",params:{missingProperty: "max_high"},message:"must have required property '"+"max_high"+"'",schema:schema13.required,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.max_medium === undefined){
const err9 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/profile/required",keyword:"required",params:{missingProperty: "max_medium"},message:"must have required property '"+"max_medium"+"'",schema:schema13.required,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key3 in data2){
if(!(((key3 === "max_high") || (key3 === "max_medium")) || (key3 === "description"))){
const err10 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/profile/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.max_high !== undefined){
let data3 = data2.max_high;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_high",schemaPath:"#/definitions/profile/properties/max_high/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.max_high.type,parentSchema:schema13.properties.max_high,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_high",schemaPath:"#/definitions/profile/properties/max_high/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.max_high,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data2.max_medium !== undefined){
let data4 = data2.max_medium;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err13 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_medium",schemaPath:"#/definitions/profile/properties/max_medium/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.max_medium.type,parentSchema:schema13.properties.max_medium,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max_medium",schemaPath:"#/definitions/profile/properties/max_medium/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.max_medium,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data2.description !== undefined){
let data5 = data2.description;
if(typeof data5 === "string"){
if(func3(data5) > 500){
const err15 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/profile/properties/description/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema13.properties.description,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/profile/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.description.type,parentSchema:schema13.properties.description,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/profiles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/profile/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.profiles.type,parentSchema:schema11.properties.profiles,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.select_profile !== undefined){
let data6 = data.select_profile;
if(Array.isArray(data6)){
if(data6.length < 1){
const err19 = {instancePath:instancePath+"/select_profile",schemaPath:"#/properties/select_profile/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.select_profile,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data6[i0], {instancePath:instancePath+"/select_profile/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/select_profile",schemaPath:"#/properties/select_profile/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.select_profile.type,parentSchema:schema11.properties.select_profile,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.controls !== undefined){
let data8 = data.controls;
if(Array.isArray(data8)){
if(data8.length < 1){
const err21 = {instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.controls,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate13(data8[i1], {instancePath:instancePath+"/controls/" + i1,parentData:data8,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.controls.type,parentSchema:schema11.properties.controls,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.waivers !== undefined){
let data10 = data.waivers;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(!(validate17(data10[i2], {instancePath:instancePath+"/waivers/" + i2,parentData:data10,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.waivers.type,parentSchema:schema11.properties.waivers,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.comment !== undefined){
let data12 = data.comment;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key4 in data12){
if(!(key4 === "max_rows")){
const err24 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.comment,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data12.max_rows !== undefined){
let data13 = data12.max_rows;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err25 = {instancePath:instancePath+"/comment/max_rows",schemaPath:"#/properties/comment/properties/max_rows/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.comment.properties.max_rows.type,parentSchema:schema11.properties.comment.properties.max_rows,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 1000 || isNaN(data13)){
const err26 = {instancePath:instancePath+"/comment/max_rows",schemaPath:"#/properties/comment/properties/max_rows/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema11.properties.comment.properties.max_rows,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err27 = {instancePath:instancePath+"/comment/max_rows",schemaPath:"#/properties/comment/properties/max_rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.comment.properties.max_rows,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.comment.type,parentSchema:schema11.properties.comment,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.limits !== undefined){
let data14 = data.limits;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key5 in data14){
if(!((key5 === "max_report_bytes") || (key5 === "max_files_per_source"))){
const err29 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.limits,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data14.max_report_bytes !== undefined){
let data15 = data14.max_report_bytes;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err30 = {instancePath:instancePath+"/limits/max_report_bytes",schemaPath:"#/properties/limits/properties/max_report_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.limits.properties.max_report_bytes.type,parentSchema:schema11.properties.limits.properties.max_report_bytes,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 1073741824 || isNaN(data15)){
const err31 = {instancePath:instancePath+"/limits/max_report_bytes",schemaPath:"#/properties/limits/properties/max_report_bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1073741824},message:"must be <= 1073741824",schema:1073741824,parentSchema:schema11.properties.limits.properties.max_report_bytes,data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data15 < 1024 || isNaN(data15)){
const err32 = {instancePath:instancePath+"/limits/max_report_bytes",schemaPath:"#/properties/limits/properties/max_report_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024",schema:1024,parentSchema:schema11.properties.limits.properties.max_report_bytes,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data14.max_files_per_source !== undefined){
let data16 = data14.max_files_per_source;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err33 = {instancePath:instancePath+"/limits/max_files_per_source",schemaPath:"#/properties/limits/properties/max_files_per_source/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.limits.properties.max_files_per_source.type,parentSchema:schema11.properties.limits.properties.max_files_per_source,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 1000000 || isNaN(data16)){
const err34 = {instancePath:instancePath+"/limits/max_files_per_source",schemaPath:"#/properties/limits/properties/max_files_per_source/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema11.properties.limits.properties.max_files_per_source,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err35 = {instancePath:instancePath+"/limits/max_files_per_source",schemaPath:"#/properties/limits/properties/max_files_per_source/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.limits.properties.max_files_per_source,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.limits.type,parentSchema:schema11.properties.limits,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.branches !== undefined){
let data17 = data.branches;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(Object.keys(data17).length < 1){
const err37 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.branches,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key6 in data17){
if(!(validate19(data17[key6], {instancePath:instancePath+"/branches/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data17,parentDataProperty:key6,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err38 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.branches.type,parentSchema:schema11.properties.branches,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.environments !== undefined){
let data19 = data.environments;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(Object.keys(data19).length < 1){
const err39 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.environments,data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key7 in data19){
const _errs46 = errors;
if(typeof key7 === "string"){
if(!pattern9.test(key7)){
const err40 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$",parentSchema:schema11.properties.environments.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
var valid15 = _errs46 === errors;
if(!valid15){
const err41 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema11.properties.environments.propertyNames,parentSchema:schema11.properties.environments,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
for(const key8 in data19){
let data20 = data19[key8];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.requires === undefined){
const err42 = {instancePath:instancePath+"/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/environmentPolicy/required",keyword:"required",params:{missingProperty: "requires"},message:"must have required property '"+"requires"+"'",schema:schema28.required,parentSchema:schema28,data:data20};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key9 in data20){
if(!(((((key9 === "from") || (key9 === "fresh")) || (key9 === "requires")) || (key9 === "reviewers")) || (key9 === "prevent_self_review"))){
const err43 = {instancePath:instancePath+"/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/environmentPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data20.from !== undefined){
let data21 = data20.from;
if(typeof data21 === "string"){
if(func3(data21) < 1){
const err44 = {instancePath:instancePath+"/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/from",schemaPath:"#/definitions/environmentPolicy/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.from,data:data21};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/from",schemaPath:"#/definitions/environmentPolicy/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.from.type,parentSchema:schema28.properties.from,data:data21};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data20.fresh !== undefined){
let data22 = data20.fresh;
if(typeof data22 !== "boolean"){
const err46 = {instancePath:instancePath+"/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/fresh",schemaPath:"#/definitions/environmentPolicy/properties/fresh/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.fresh.type,parentSchema:schema28.properties.fresh,data:data22};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data20.requires !== undefined){
let data23 = data20.requires;
if(!((data23 === "go") || (data23 === "conditional-go"))){
const err47 = {instancePath:instancePath+"/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/requires",schemaPath:"#/definitions/environmentPolicy/properties/requires/enum",keyword:"enum",params:{allowedValues: schema28.properties.requires.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.requires.enum,parentSchema:schema28.properties.requires,data:data23};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data20.reviewers !== undefined){
let data24 = data20.reviewers;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err48 = {instancePath:instancePath+"/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/reviewers",schemaPath:"#/definitions/environmentPolicy/properties/reviewers/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.properties.reviewers.type,parentSchema:schema28.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 6 || isNaN(data24)){
const err49 = {instancePath:instancePath+"/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/reviewers",schemaPath:"#/definitions/environmentPolicy/properties/reviewers/maximum",keyword:"maximum",params:{comparison: "<=", limit: 6},message:"must be <= 6",schema:6,parentSchema:schema28.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err50 = {instancePath:instancePath+"/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/reviewers",schemaPath:"#/definitions/environmentPolicy/properties/reviewers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema28.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data20.prevent_self_review !== undefined){
let data25 = data20.prevent_self_review;
if(typeof data25 !== "boolean"){
const err51 = {instancePath:instancePath+"/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/prevent_self_review",schemaPath:"#/definitions/environmentPolicy/properties/prevent_self_review/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.prevent_self_review.type,parentSchema:schema28.properties.prevent_self_review,data:data25};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/environmentPolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.type,parentSchema:schema11.properties.environments,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.checks !== undefined){
let data26 = data.checks;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key10 in data26){
if(!((((((key10 === "policy-bundle") || (key10 === "policy-freshness")) || (key10 === "workflow-lint")) || (key10 === "replay-determinism")) || (key10 === "provenance-coverage")) || (key10 === "ci-trend"))){
const err54 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.checks,data:data26};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data26["policy-bundle"] !== undefined){
if(!(validate21(data26["policy-bundle"], {instancePath:instancePath+"/checks/policy-bundle",parentData:data26,parentDataProperty:"policy-bundle",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data26["policy-freshness"] !== undefined){
let data28 = data26["policy-freshness"];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key11 in data28){
if(!((((((key11 === "policies") || (key11 === "max_age_days")) || (key11 === "workflows")) || (key11 === "gate_action")) || (key11 === "required_jobs")) || (key11 === "git_timeout_seconds"))){
const err55 = {instancePath:instancePath+"/checks/policy-freshness",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data:data28};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data28.policies !== undefined){
let data29 = data28.policies;
if(Array.isArray(data29)){
const len3 = data29.length;
for(let i3=0; i3<len3; i3++){
let data30 = data29[i3];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.path === undefined){
const err56 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i3,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema33.properties.policies.items.required,parentSchema:schema33.properties.policies.items,data:data30};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key12 in data30){
if(!((key12 === "path") || (key12 === "max_age_days"))){
const err57 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i3,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.policies.items,data:data30};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data30.path !== undefined){
let data31 = data30.path;
if(typeof data31 === "string"){
if(func3(data31) < 1){
const err58 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i3+"/path",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.policies.items.properties.path,data:data31};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i3+"/path",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.policies.items.properties.path.type,parentSchema:schema33.properties.policies.items.properties.path,data:data31};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data30.max_age_days !== undefined){
let data32 = data30.max_age_days;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err60 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i3+"/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/max_age_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.policies.items.properties.max_age_days.type,parentSchema:schema33.properties.policies.items.properties.max_age_days,data:data32};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 36500 || isNaN(data32)){
const err61 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i3+"/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/max_age_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 36500},message:"must be <= 36500",schema:36500,parentSchema:schema33.properties.policies.items.properties.max_age_days,data:data32};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data32 < 1 || isNaN(data32)){
const err62 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i3+"/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/max_age_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33.properties.policies.items.properties.max_age_days,data:data32};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
}
else {
const err63 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i3,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.policies.items.type,parentSchema:schema33.properties.policies.items,data:data30};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/checks/policy-freshness/policies",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.policies.type,parentSchema:schema33.properties.policies,data:data29};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data28.max_age_days !== undefined){
let data33 = data28.max_age_days;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err65 = {instancePath:instancePath+"/checks/policy-freshness/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/max_age_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.max_age_days.type,parentSchema:schema33.properties.max_age_days,data:data33};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 36500 || isNaN(data33)){
const err66 = {instancePath:instancePath+"/checks/policy-freshness/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/max_age_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 36500},message:"must be <= 36500",schema:36500,parentSchema:schema33.properties.max_age_days,data:data33};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data33 < 1 || isNaN(data33)){
const err67 = {instancePath:instancePath+"/checks/policy-freshness/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/max_age_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33.properties.max_age_days,data:data33};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
if(data28.workflows !== undefined){
let data34 = data28.workflows;
if(Array.isArray(data34)){
const len4 = data34.length;
for(let i4=0; i4<len4; i4++){
let data35 = data34[i4];
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.file === undefined){
const err68 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i4,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema33.properties.workflows.items.required,parentSchema:schema33.properties.workflows.items,data:data35};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
for(const key13 in data35){
if(!((key13 === "file") || (key13 === "gate_job"))){
const err69 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i4,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.workflows.items,data:data35};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data35.file !== undefined){
let data36 = data35.file;
if(typeof data36 === "string"){
if(func3(data36) < 1){
const err70 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i4+"/file",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.workflows.items.properties.file,data:data36};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i4+"/file",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.workflows.items.properties.file.type,parentSchema:schema33.properties.workflows.items.properties.file,data:data36};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data35.gate_job !== undefined){
let data37 = data35.gate_job;
if(typeof data37 === "string"){
if(func3(data37) < 1){
const err72 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i4+"/gate_job",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/properties/gate_job/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.workflows.items.properties.gate_job,data:data37};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i4+"/gate_job",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/properties/gate_job/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.workflows.items.properties.gate_job.type,parentSchema:schema33.properties.workflows.items.properties.gate_job,data:data37};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i4,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.workflows.items.type,parentSchema:schema33.properties.workflows.items,data:data35};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/checks/policy-freshness/workflows",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.workflows.type,parentSchema:schema33.properties.workflows,data:data34};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data28.gate_action !== undefined){
let data38 = data28.gate_action;
const _errs90 = errors;
let valid28 = false;
let passing0 = null;
const _errs91 = errors;
if(typeof data38 === "string"){
if(func3(data38) < 1){
const err76 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.gate_action.oneOf[0],data:data38};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.gate_action.oneOf[0].type,parentSchema:schema33.properties.gate_action.oneOf[0],data:data38};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var _valid0 = _errs91 === errors;
if(_valid0){
valid28 = true;
passing0 = 0;
}
const _errs93 = errors;
if(Array.isArray(data38)){
if(data38.length < 1){
const err78 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.gate_action.oneOf[1],data:data38};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const len5 = data38.length;
for(let i5=0; i5<len5; i5++){
let data39 = data38[i5];
if(typeof data39 === "string"){
if(func3(data39) < 1){
const err79 = {instancePath:instancePath+"/checks/policy-freshness/gate_action/" + i5,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.gate_action.oneOf[1].items,data:data39};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/checks/policy-freshness/gate_action/" + i5,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.gate_action.oneOf[1].items.type,parentSchema:schema33.properties.gate_action.oneOf[1].items,data:data39};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.gate_action.oneOf[1].type,parentSchema:schema33.properties.gate_action.oneOf[1],data:data38};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var _valid0 = _errs93 === errors;
if(_valid0 && valid28){
valid28 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid28 = true;
passing0 = 1;
}
}
if(!valid28){
const err82 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema33.properties.gate_action.oneOf,parentSchema:schema33.properties.gate_action,data:data38};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
else {
errors = _errs90;
if(vErrors !== null){
if(_errs90){
vErrors.length = _errs90;
}
else {
vErrors = null;
}
}
}
}
if(data28.required_jobs !== undefined){
let data40 = data28.required_jobs;
if(Array.isArray(data40)){
const len6 = data40.length;
for(let i6=0; i6<len6; i6++){
let data41 = data40[i6];
if(typeof data41 === "string"){
if(func3(data41) < 1){
const err83 = {instancePath:instancePath+"/checks/policy-freshness/required_jobs/" + i6,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/required_jobs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.required_jobs.items,data:data41};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/checks/policy-freshness/required_jobs/" + i6,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/required_jobs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.required_jobs.items.type,parentSchema:schema33.properties.required_jobs.items,data:data41};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/checks/policy-freshness/required_jobs",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/required_jobs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.required_jobs.type,parentSchema:schema33.properties.required_jobs,data:data40};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data28.git_timeout_seconds !== undefined){
let data42 = data28.git_timeout_seconds;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
const err86 = {instancePath:instancePath+"/checks/policy-freshness/git_timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/git_timeout_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.git_timeout_seconds.type,parentSchema:schema33.properties.git_timeout_seconds,data:data42};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 > 600 || isNaN(data42)){
const err87 = {instancePath:instancePath+"/checks/policy-freshness/git_timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/git_timeout_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600",schema:600,parentSchema:schema33.properties.git_timeout_seconds,data:data42};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data42 < 1 || isNaN(data42)){
const err88 = {instancePath:instancePath+"/checks/policy-freshness/git_timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/git_timeout_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33.properties.git_timeout_seconds,data:data42};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
}
else {
const err89 = {instancePath:instancePath+"/checks/policy-freshness",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data28};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data26["workflow-lint"] !== undefined){
if(!(validate25(data26["workflow-lint"], {instancePath:instancePath+"/checks/workflow-lint",parentData:data26,parentDataProperty:"workflow-lint",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data26["replay-determinism"] !== undefined){
let data44 = data26["replay-determinism"];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key14 in data44){
if(!((((((((key14 === "command") || (key14 === "runs")) || (key14 === "timeout_seconds")) || (key14 === "working_directory")) || (key14 === "outputs")) || (key14 === "source_date_epoch")) || (key14 === "copy_git")) || (key14 === "env"))){
const err90 = {instancePath:instancePath+"/checks/replay-determinism",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data:data44};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data44.command !== undefined){
let data45 = data44.command;
if(typeof data45 === "string"){
if(func3(data45) > 4000){
const err91 = {instancePath:instancePath+"/checks/replay-determinism/command",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema40.properties.command,data:data45};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(func3(data45) < 1){
const err92 = {instancePath:instancePath+"/checks/replay-determinism/command",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.command,data:data45};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/checks/replay-determinism/command",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.command.type,parentSchema:schema40.properties.command,data:data45};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data44.runs !== undefined){
let data46 = data44.runs;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
const err94 = {instancePath:instancePath+"/checks/replay-determinism/runs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/runs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties.runs.type,parentSchema:schema40.properties.runs,data:data46};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 > 10 || isNaN(data46)){
const err95 = {instancePath:instancePath+"/checks/replay-determinism/runs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/runs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema40.properties.runs,data:data46};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data46 < 2 || isNaN(data46)){
const err96 = {instancePath:instancePath+"/checks/replay-determinism/runs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema40.properties.runs,data:data46};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
if(data44.timeout_seconds !== undefined){
let data47 = data44.timeout_seconds;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err97 = {instancePath:instancePath+"/checks/replay-determinism/timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/timeout_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties.timeout_seconds.type,parentSchema:schema40.properties.timeout_seconds,data:data47};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 > 21600 || isNaN(data47)){
const err98 = {instancePath:instancePath+"/checks/replay-determinism/timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/timeout_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 21600},message:"must be <= 21600",schema:21600,parentSchema:schema40.properties.timeout_seconds,data:data47};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data47 < 1 || isNaN(data47)){
const err99 = {instancePath:instancePath+"/checks/replay-determinism/timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/timeout_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema40.properties.timeout_seconds,data:data47};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
if(data44.working_directory !== undefined){
let data48 = data44.working_directory;
if(typeof data48 === "string"){
if(func3(data48) > 1024){
const err100 = {instancePath:instancePath+"/checks/replay-determinism/working_directory",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/working_directory/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema40.properties.working_directory,data:data48};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(func3(data48) < 1){
const err101 = {instancePath:instancePath+"/checks/replay-determinism/working_directory",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/working_directory/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.working_directory,data:data48};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(!pattern3.test(data48)){
const err102 = {instancePath:instancePath+"/checks/replay-determinism/working_directory",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/working_directory/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema40.properties.working_directory,data:data48};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/checks/replay-determinism/working_directory",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/working_directory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.working_directory.type,parentSchema:schema40.properties.working_directory,data:data48};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data44.outputs !== undefined){
let data49 = data44.outputs;
if(Array.isArray(data49)){
if(data49.length > 100){
const err104 = {instancePath:instancePath+"/checks/replay-determinism/outputs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema40.properties.outputs,data:data49};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data49.length < 1){
const err105 = {instancePath:instancePath+"/checks/replay-determinism/outputs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.properties.outputs,data:data49};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
const len7 = data49.length;
for(let i7=0; i7<len7; i7++){
let data50 = data49[i7];
if(typeof data50 === "string"){
if(func3(data50) > 1024){
const err106 = {instancePath:instancePath+"/checks/replay-determinism/outputs/" + i7,schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema40.properties.outputs.items,data:data50};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(func3(data50) < 1){
const err107 = {instancePath:instancePath+"/checks/replay-determinism/outputs/" + i7,schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.outputs.items,data:data50};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(!pattern3.test(data50)){
const err108 = {instancePath:instancePath+"/checks/replay-determinism/outputs/" + i7,schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema40.properties.outputs.items,data:data50};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/checks/replay-determinism/outputs/" + i7,schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.outputs.items.type,parentSchema:schema40.properties.outputs.items,data:data50};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/checks/replay-determinism/outputs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.outputs.type,parentSchema:schema40.properties.outputs,data:data49};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data44.source_date_epoch !== undefined){
let data51 = data44.source_date_epoch;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err111 = {instancePath:instancePath+"/checks/replay-determinism/source_date_epoch",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/source_date_epoch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties.source_date_epoch.type,parentSchema:schema40.properties.source_date_epoch,data:data51};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 0 || isNaN(data51)){
const err112 = {instancePath:instancePath+"/checks/replay-determinism/source_date_epoch",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/source_date_epoch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema40.properties.source_date_epoch,data:data51};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
if(data44.copy_git !== undefined){
let data52 = data44.copy_git;
if(typeof data52 !== "boolean"){
const err113 = {instancePath:instancePath+"/checks/replay-determinism/copy_git",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/copy_git/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.copy_git.type,parentSchema:schema40.properties.copy_git,data:data52};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data44.env !== undefined){
let data53 = data44.env;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(Object.keys(data53).length > 100){
const err114 = {instancePath:instancePath+"/checks/replay-determinism/env",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties",schema:100,parentSchema:schema40.properties.env,data:data53};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
for(const key15 in data53){
const _errs126 = errors;
if(typeof key15 === "string"){
if(!pattern13.test(key15)){
const err115 = {instancePath:instancePath+"/checks/replay-determinism/env",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema40.properties.env.propertyNames,data:key15,propertyName:key15};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
var valid37 = _errs126 === errors;
if(!valid37){
const err116 = {instancePath:instancePath+"/checks/replay-determinism/env",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/propertyNames",keyword:"propertyNames",params:{propertyName: key15},message:"property name must be valid",schema:schema40.properties.env.propertyNames,parentSchema:schema40.properties.env,data:data53};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
for(const key16 in data53){
let data54 = data53[key16];
if(typeof data54 === "string"){
if(func3(data54) > 4000){
const err117 = {instancePath:instancePath+"/checks/replay-determinism/env/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema40.properties.env.additionalProperties,data:data54};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/checks/replay-determinism/env/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.env.additionalProperties.type,parentSchema:schema40.properties.env.additionalProperties,data:data54};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/checks/replay-determinism/env",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.properties.env.type,parentSchema:schema40.properties.env,data:data53};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/checks/replay-determinism",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data:data44};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data26["provenance-coverage"] !== undefined){
let data55 = data26["provenance-coverage"];
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
for(const key17 in data55){
if(!((((key17 === "artifacts") || (key17 === "manifests")) || (key17 === "provenance")) || (key17 === "threshold"))){
const err121 = {instancePath:instancePath+"/checks/provenance-coverage",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data:data55};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data55.artifacts !== undefined){
let data56 = data55.artifacts;
if(Array.isArray(data56)){
if(data56.length > 100){
const err122 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema41.properties.artifacts,data:data56};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data56.length < 1){
const err123 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema41.properties.artifacts,data:data56};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
const len8 = data56.length;
for(let i8=0; i8<len8; i8++){
let data57 = data56[i8];
if(typeof data57 === "string"){
if(func3(data57) > 1024){
const err124 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts/" + i8,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema41.properties.artifacts.items,data:data57};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(func3(data57) < 1){
const err125 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts/" + i8,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.artifacts.items,data:data57};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(!pattern3.test(data57)){
const err126 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts/" + i8,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema41.properties.artifacts.items,data:data57};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts/" + i8,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.artifacts.items.type,parentSchema:schema41.properties.artifacts.items,data:data57};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.artifacts.type,parentSchema:schema41.properties.artifacts,data:data56};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data55.manifests !== undefined){
let data58 = data55.manifests;
if(Array.isArray(data58)){
if(data58.length > 100){
const err129 = {instancePath:instancePath+"/checks/provenance-coverage/manifests",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema41.properties.manifests,data:data58};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
const len9 = data58.length;
for(let i9=0; i9<len9; i9++){
let data59 = data58[i9];
if(typeof data59 === "string"){
if(func3(data59) > 1024){
const err130 = {instancePath:instancePath+"/checks/provenance-coverage/manifests/" + i9,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema41.properties.manifests.items,data:data59};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(func3(data59) < 1){
const err131 = {instancePath:instancePath+"/checks/provenance-coverage/manifests/" + i9,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.manifests.items,data:data59};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(!pattern3.test(data59)){
const err132 = {instancePath:instancePath+"/checks/provenance-coverage/manifests/" + i9,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema41.properties.manifests.items,data:data59};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/checks/provenance-coverage/manifests/" + i9,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.manifests.items.type,parentSchema:schema41.properties.manifests.items,data:data59};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/checks/provenance-coverage/manifests",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.manifests.type,parentSchema:schema41.properties.manifests,data:data58};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data55.provenance !== undefined){
let data60 = data55.provenance;
if(Array.isArray(data60)){
if(data60.length > 100){
const err135 = {instancePath:instancePath+"/checks/provenance-coverage/provenance",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema41.properties.provenance,data:data60};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
const len10 = data60.length;
for(let i10=0; i10<len10; i10++){
let data61 = data60[i10];
if(typeof data61 === "string"){
if(func3(data61) > 1024){
const err136 = {instancePath:instancePath+"/checks/provenance-coverage/provenance/" + i10,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema41.properties.provenance.items,data:data61};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(func3(data61) < 1){
const err137 = {instancePath:instancePath+"/checks/provenance-coverage/provenance/" + i10,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.provenance.items,data:data61};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(!pattern3.test(data61)){
const err138 = {instancePath:instancePath+"/checks/provenance-coverage/provenance/" + i10,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema41.properties.provenance.items,data:data61};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/checks/provenance-coverage/provenance/" + i10,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.provenance.items.type,parentSchema:schema41.properties.provenance.items,data:data61};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/checks/provenance-coverage/provenance",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.provenance.type,parentSchema:schema41.properties.provenance,data:data60};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data55.threshold !== undefined){
let data62 = data55.threshold;
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 > 100 || isNaN(data62)){
const err141 = {instancePath:instancePath+"/checks/provenance-coverage/threshold",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/threshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema41.properties.threshold,data:data62};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(data62 < 0 || isNaN(data62)){
const err142 = {instancePath:instancePath+"/checks/provenance-coverage/threshold",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.threshold,data:data62};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/checks/provenance-coverage/threshold",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.threshold.type,parentSchema:schema41.properties.threshold,data:data62};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/checks/provenance-coverage",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data:data55};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data26["ci-trend"] !== undefined){
if(!(validate27(data26["ci-trend"], {instancePath:instancePath+"/checks/ci-trend",parentData:data26,parentDataProperty:"ci-trend",rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err145 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.checks.type,parentSchema:schema11.properties.checks,data:data26};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
else {
const err146 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

const validateReport = (/* unused pure expression or super */ null && (validate29));
const schema45 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/report.v1.schema.json","title":"gonogo report contract (gonogo.report/v1)","type":"object","required":["contract","control","status","subject","generated_at","generator","checks"],"additionalProperties":false,"properties":{"contract":{"const":"gonogo.report/v1"},"control":{"type":"string","minLength":1,"maxLength":128},"status":{"$ref":"#/definitions/status"},"subject":{"type":"object","required":["repository","sha"],"additionalProperties":false,"properties":{"repository":{"type":"string","maxLength":256},"sha":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"ref":{"type":"string","maxLength":1024}}},"generated_at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"},"generator":{"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":128},"version":{"type":"string","maxLength":64},"url":{"type":"string","maxLength":1024}}},"summary":{"type":"object","description":"Counts (non-negative integers) by whatever the producer counts.","additionalProperties":{"type":"integer","minimum":0}},"checks":{"type":"array","items":{"type":"object","required":["id","status","message"],"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":256},"status":{"$ref":"#/definitions/status"},"message":{"type":"string","maxLength":4096},"location":{"type":"object","required":["file"],"additionalProperties":false,"properties":{"file":{"type":"string","minLength":1,"maxLength":1024},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1}}},"remediation":{"type":"string","maxLength":4096},"unlock":{"type":"string","maxLength":1024,"description":"For unverified checks: the permission or tool that would let the check see."},"wanted":{},"observed":{}}}},"facts":{"description":"What was observed, free-form."}},"definitions":{"status":{"enum":["passed","failed","unverified"]}}};
const schema46 = {"enum":["passed","failed","unverified"]};
const pattern18 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const pattern19 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", "u");

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/report.v1.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contract === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contract"},message:"must have required property '"+"contract"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.control === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "control"},message:"must have required property '"+"control"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.subject === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.generated_at === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.generator === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generator"},message:"must have required property '"+"generator"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.checks === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checks"},message:"must have required property '"+"checks"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema45.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.contract !== undefined){
let data0 = data.contract;
if("gonogo.report/v1" !== data0){
const err8 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/const",keyword:"const",params:{allowedValue: "gonogo.report/v1"},message:"must be equal to constant",schema:"gonogo.report/v1",parentSchema:schema45.properties.contract,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.control !== undefined){
let data1 = data.control;
if(typeof data1 === "string"){
if(func3(data1) > 128){
const err9 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema45.properties.control,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.control,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.control.type,parentSchema:schema45.properties.control,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!(((data2 === "passed") || (data2 === "failed")) || (data2 === "unverified"))){
const err12 = {instancePath:instancePath+"/status",schemaPath:"#/definitions/status/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values",schema:schema46.enum,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.subject !== undefined){
let data3 = data.subject;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.repository === undefined){
const err13 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema45.properties.subject.required,parentSchema:schema45.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.sha === undefined){
const err14 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'",schema:schema45.properties.subject.required,parentSchema:schema45.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "repository") || (key1 === "sha")) || (key1 === "ref"))){
const err15 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema45.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.repository !== undefined){
let data4 = data3.repository;
if(typeof data4 === "string"){
if(func3(data4) > 256){
const err16 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema45.properties.subject.properties.repository,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.subject.properties.repository.type,parentSchema:schema45.properties.subject.properties.repository,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.sha !== undefined){
let data5 = data3.sha;
if(typeof data5 === "string"){
if(!pattern18.test(data5)){
const err18 = {instancePath:instancePath+"/subject/sha",schemaPath:"#/properties/subject/properties/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema45.properties.subject.properties.sha,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/subject/sha",schemaPath:"#/properties/subject/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.subject.properties.sha.type,parentSchema:schema45.properties.subject.properties.sha,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.ref !== undefined){
let data6 = data3.ref;
if(typeof data6 === "string"){
if(func3(data6) > 1024){
const err20 = {instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema45.properties.subject.properties.ref,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.subject.properties.ref.type,parentSchema:schema45.properties.subject.properties.ref,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.subject.type,parentSchema:schema45.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.generated_at !== undefined){
let data7 = data.generated_at;
if(typeof data7 === "string"){
if(!pattern19.test(data7)){
const err23 = {instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema45.properties.generated_at,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.generated_at.type,parentSchema:schema45.properties.generated_at,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.generator !== undefined){
let data8 = data.generator;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.name === undefined){
const err25 = {instancePath:instancePath+"/generator",schemaPath:"#/properties/generator/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema45.properties.generator.required,parentSchema:schema45.properties.generator,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data8){
if(!(((key2 === "name") || (key2 === "version")) || (key2 === "url"))){
const err26 = {instancePath:instancePath+"/generator",schemaPath:"#/properties/generator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema45.properties.generator,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.name !== undefined){
let data9 = data8.name;
if(typeof data9 === "string"){
if(func3(data9) > 128){
const err27 = {instancePath:instancePath+"/generator/name",schemaPath:"#/properties/generator/properties/name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema45.properties.generator.properties.name,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func3(data9) < 1){
const err28 = {instancePath:instancePath+"/generator/name",schemaPath:"#/properties/generator/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.generator.properties.name,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/generator/name",schemaPath:"#/properties/generator/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.generator.properties.name.type,parentSchema:schema45.properties.generator.properties.name,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.version !== undefined){
let data10 = data8.version;
if(typeof data10 === "string"){
if(func3(data10) > 64){
const err30 = {instancePath:instancePath+"/generator/version",schemaPath:"#/properties/generator/properties/version/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema45.properties.generator.properties.version,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/generator/version",schemaPath:"#/properties/generator/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.generator.properties.version.type,parentSchema:schema45.properties.generator.properties.version,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.url !== undefined){
let data11 = data8.url;
if(typeof data11 === "string"){
if(func3(data11) > 1024){
const err32 = {instancePath:instancePath+"/generator/url",schemaPath:"#/properties/generator/properties/url/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema45.properties.generator.properties.url,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/generator/url",schemaPath:"#/properties/generator/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.generator.properties.url.type,parentSchema:schema45.properties.generator.properties.url,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/generator",schemaPath:"#/properties/generator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.generator.type,parentSchema:schema45.properties.generator,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.summary !== undefined){
let data12 = data.summary;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
let data13 = data12[key3];
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err35 = {instancePath:instancePath+"/summary/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/summary/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.summary.additionalProperties.type,parentSchema:schema45.properties.summary.additionalProperties,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err36 = {instancePath:instancePath+"/summary/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/summary/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema45.properties.summary.additionalProperties,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.summary.type,parentSchema:schema45.properties.summary,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.checks !== undefined){
let data14 = data.checks;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.id === undefined){
const err38 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema45.properties.checks.items.required,parentSchema:schema45.properties.checks.items,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data15.status === undefined){
const err39 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema45.properties.checks.items.required,parentSchema:schema45.properties.checks.items,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data15.message === undefined){
const err40 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema45.properties.checks.items.required,parentSchema:schema45.properties.checks.items,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key4 in data15){
if(!((((((((key4 === "id") || (key4 === "status")) || (key4 === "message")) || (key4 === "location")) || (key4 === "remediation")) || (key4 === "unlock")) || (key4 === "wanted")) || (key4 === "observed"))){
const err41 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema45.properties.checks.items,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data15.id !== undefined){
let data16 = data15.id;
if(typeof data16 === "string"){
if(func3(data16) > 256){
const err42 = {instancePath:instancePath+"/checks/" + i0+"/id",schemaPath:"#/properties/checks/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema45.properties.checks.items.properties.id,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func3(data16) < 1){
const err43 = {instancePath:instancePath+"/checks/" + i0+"/id",schemaPath:"#/properties/checks/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.checks.items.properties.id,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/checks/" + i0+"/id",schemaPath:"#/properties/checks/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.checks.items.properties.id.type,parentSchema:schema45.properties.checks.items.properties.id,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data15.status !== undefined){
let data17 = data15.status;
if(!(((data17 === "passed") || (data17 === "failed")) || (data17 === "unverified"))){
const err45 = {instancePath:instancePath+"/checks/" + i0+"/status",schemaPath:"#/definitions/status/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values",schema:schema46.enum,parentSchema:schema46,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data15.message !== undefined){
let data18 = data15.message;
if(typeof data18 === "string"){
if(func3(data18) > 4096){
const err46 = {instancePath:instancePath+"/checks/" + i0+"/message",schemaPath:"#/properties/checks/items/properties/message/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema45.properties.checks.items.properties.message,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/checks/" + i0+"/message",schemaPath:"#/properties/checks/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.checks.items.properties.message.type,parentSchema:schema45.properties.checks.items.properties.message,data:data18};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data15.location !== undefined){
let data19 = data15.location;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.file === undefined){
const err48 = {instancePath:instancePath+"/checks/" + i0+"/location",schemaPath:"#/properties/checks/items/properties/location/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema45.properties.checks.items.properties.location.required,parentSchema:schema45.properties.checks.items.properties.location,data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key5 in data19){
if(!(((key5 === "file") || (key5 === "line")) || (key5 === "column"))){
const err49 = {instancePath:instancePath+"/checks/" + i0+"/location",schemaPath:"#/properties/checks/items/properties/location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema45.properties.checks.items.properties.location,data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data19.file !== undefined){
let data20 = data19.file;
if(typeof data20 === "string"){
if(func3(data20) > 1024){
const err50 = {instancePath:instancePath+"/checks/" + i0+"/location/file",schemaPath:"#/properties/checks/items/properties/location/properties/file/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema45.properties.checks.items.properties.location.properties.file,data:data20};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(func3(data20) < 1){
const err51 = {instancePath:instancePath+"/checks/" + i0+"/location/file",schemaPath:"#/properties/checks/items/properties/location/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.checks.items.properties.location.properties.file,data:data20};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/checks/" + i0+"/location/file",schemaPath:"#/properties/checks/items/properties/location/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.checks.items.properties.location.properties.file.type,parentSchema:schema45.properties.checks.items.properties.location.properties.file,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data19.line !== undefined){
let data21 = data19.line;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err53 = {instancePath:instancePath+"/checks/" + i0+"/location/line",schemaPath:"#/properties/checks/items/properties/location/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.checks.items.properties.location.properties.line.type,parentSchema:schema45.properties.checks.items.properties.location.properties.line,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 1 || isNaN(data21)){
const err54 = {instancePath:instancePath+"/checks/" + i0+"/location/line",schemaPath:"#/properties/checks/items/properties/location/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema45.properties.checks.items.properties.location.properties.line,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data19.column !== undefined){
let data22 = data19.column;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err55 = {instancePath:instancePath+"/checks/" + i0+"/location/column",schemaPath:"#/properties/checks/items/properties/location/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.checks.items.properties.location.properties.column.type,parentSchema:schema45.properties.checks.items.properties.location.properties.column,data:data22};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 1 || isNaN(data22)){
const err56 = {instancePath:instancePath+"/checks/" + i0+"/location/column",schemaPath:"#/properties/checks/items/properties/location/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema45.properties.checks.items.properties.location.properties.column,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
else {
const err57 = {instancePath:instancePath+"/checks/" + i0+"/location",schemaPath:"#/properties/checks/items/properties/location/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.checks.items.properties.location.type,parentSchema:schema45.properties.checks.items.properties.location,data:data19};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data15.remediation !== undefined){
let data23 = data15.remediation;
if(typeof data23 === "string"){
if(func3(data23) > 4096){
const err58 = {instancePath:instancePath+"/checks/" + i0+"/remediation",schemaPath:"#/properties/checks/items/properties/remediation/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema45.properties.checks.items.properties.remediation,data:data23};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/checks/" + i0+"/remediation",schemaPath:"#/properties/checks/items/properties/remediation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.checks.items.properties.remediation.type,parentSchema:schema45.properties.checks.items.properties.remediation,data:data23};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data15.unlock !== undefined){
let data24 = data15.unlock;
if(typeof data24 === "string"){
if(func3(data24) > 1024){
const err60 = {instancePath:instancePath+"/checks/" + i0+"/unlock",schemaPath:"#/properties/checks/items/properties/unlock/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema45.properties.checks.items.properties.unlock,data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/checks/" + i0+"/unlock",schemaPath:"#/properties/checks/items/properties/unlock/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.checks.items.properties.unlock.type,parentSchema:schema45.properties.checks.items.properties.unlock,data:data24};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.checks.items.type,parentSchema:schema45.properties.checks.items,data:data15};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.checks.type,parentSchema:schema45.properties.checks,data:data14};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}

const validateBundleManifest = validate30;
const schema48 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/bundle-manifest.schema.json","title":"gonogo evidence bundle manifest (gonogo.bundle/v1)","description":"manifest.json at the root of an evidence bundle: what the bundle is about, the run that made it, and every file in it with its size and SHA-256. `digest` is the SHA-256 of the RFC 8785 canonical JSON of this document without `digest`. manifest.json and signature.json are not listed in `files`.","type":"object","required":["contract","bundle_id","created_at","subject","run","files","digest"],"additionalProperties":false,"properties":{"contract":{"const":"gonogo.bundle/v1"},"bundle_id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[A-Za-z0-9._-]+$","description":"<repository name>-<first 12 of the commit SHA>-<first 12 of the SHA-256 of the canonical file list>."},"created_at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$","description":"UTC time from SOURCE_DATE_EPOCH or the effective time, never the wall clock of the machine unless neither is given."},"subject":{"type":"object","required":["repository","sha","ref"],"additionalProperties":false,"properties":{"repository":{"type":"string","maxLength":256,"pattern":"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$","description":"OWNER/NAME, or empty for a bundle made outside GitHub Actions."},"sha":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"ref":{"type":"string","maxLength":1024},"tag":{"type":"string","minLength":1,"maxLength":1024}}},"run":{"type":"object","description":"The workflow run that made the bundle; every field is null for a bundle made locally.","required":["url","workflow","actor","event","id","attempt"],"additionalProperties":false,"properties":{"url":{"type":["string","null"],"maxLength":2048,"description":"{server}/{repository}/actions/runs/{id}/attempts/{attempt}"},"workflow":{"type":["string","null"],"maxLength":1024},"actor":{"type":["string","null"],"maxLength":256},"event":{"type":["string","null"],"maxLength":128},"id":{"type":["string","null"],"pattern":"^[0-9]{1,20}$"},"attempt":{"type":["integer","null"],"minimum":1}}},"files":{"type":"array","description":"Every file of the bundle but manifest.json and signature.json, sorted by path, each path once.","items":{"type":"object","required":["path","size","sha256"],"additionalProperties":false,"properties":{"path":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$","description":"POSIX path relative to the bundle root: no leading '/', no drive letter, no backslash, no NUL, no empty, '.' or '..' segment."},"size":{"type":"integer","minimum":0},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}}},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}}};
const pattern20 = new RegExp("^[A-Za-z0-9._-]+$", "u");
const pattern21 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$", "u");
const pattern22 = new RegExp("^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$", "u");
const pattern24 = new RegExp("^[0-9]{1,20}$", "u");
const pattern25 = new RegExp("^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$", "u");
const pattern26 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern27 = new RegExp("^sha256:[0-9a-f]{64}$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/bundle-manifest.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contract === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contract"},message:"must have required property '"+"contract"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.bundle_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bundle_id"},message:"must have required property '"+"bundle_id"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.created_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.subject === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.run === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.files === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.digest === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "contract") || (key0 === "bundle_id")) || (key0 === "created_at")) || (key0 === "subject")) || (key0 === "run")) || (key0 === "files")) || (key0 === "digest"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.contract !== undefined){
let data0 = data.contract;
if("gonogo.bundle/v1" !== data0){
const err8 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/const",keyword:"const",params:{allowedValue: "gonogo.bundle/v1"},message:"must be equal to constant",schema:"gonogo.bundle/v1",parentSchema:schema48.properties.contract,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.bundle_id !== undefined){
let data1 = data.bundle_id;
if(typeof data1 === "string"){
if(func3(data1) > 256){
const err9 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema48.properties.bundle_id,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.bundle_id,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern20.test(data1)){
const err11 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9._-]+$",parentSchema:schema48.properties.bundle_id,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.bundle_id.type,parentSchema:schema48.properties.bundle_id,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.created_at !== undefined){
let data2 = data.created_at;
if(typeof data2 === "string"){
if(!pattern21.test(data2)){
const err13 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$",parentSchema:schema48.properties.created_at,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.created_at.type,parentSchema:schema48.properties.created_at,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.subject !== undefined){
let data3 = data.subject;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.repository === undefined){
const err15 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema48.properties.subject.required,parentSchema:schema48.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3.sha === undefined){
const err16 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'",schema:schema48.properties.subject.required,parentSchema:schema48.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3.ref === undefined){
const err17 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'",schema:schema48.properties.subject.required,parentSchema:schema48.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data3){
if(!((((key1 === "repository") || (key1 === "sha")) || (key1 === "ref")) || (key1 === "tag"))){
const err18 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.repository !== undefined){
let data4 = data3.repository;
if(typeof data4 === "string"){
if(func3(data4) > 256){
const err19 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema48.properties.subject.properties.repository,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern22.test(data4)){
const err20 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$"},message:"must match pattern \""+"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$"+"\"",schema:"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$",parentSchema:schema48.properties.subject.properties.repository,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.subject.properties.repository.type,parentSchema:schema48.properties.subject.properties.repository,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.sha !== undefined){
let data5 = data3.sha;
if(typeof data5 === "string"){
if(!pattern18.test(data5)){
const err22 = {instancePath:instancePath+"/subject/sha",schemaPath:"#/properties/subject/properties/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema48.properties.subject.properties.sha,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/subject/sha",schemaPath:"#/properties/subject/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.subject.properties.sha.type,parentSchema:schema48.properties.subject.properties.sha,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3.ref !== undefined){
let data6 = data3.ref;
if(typeof data6 === "string"){
if(func3(data6) > 1024){
const err24 = {instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema48.properties.subject.properties.ref,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.subject.properties.ref.type,parentSchema:schema48.properties.subject.properties.ref,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data3.tag !== undefined){
let data7 = data3.tag;
if(typeof data7 === "string"){
if(func3(data7) > 1024){
const err26 = {instancePath:instancePath+"/subject/tag",schemaPath:"#/properties/subject/properties/tag/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema48.properties.subject.properties.tag,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func3(data7) < 1){
const err27 = {instancePath:instancePath+"/subject/tag",schemaPath:"#/properties/subject/properties/tag/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.subject.properties.tag,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/subject/tag",schemaPath:"#/properties/subject/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.subject.properties.tag.type,parentSchema:schema48.properties.subject.properties.tag,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.subject.type,parentSchema:schema48.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.run !== undefined){
let data8 = data.run;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.url === undefined){
const err30 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema48.properties.run.required,parentSchema:schema48.properties.run,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data8.workflow === undefined){
const err31 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema48.properties.run.required,parentSchema:schema48.properties.run,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data8.actor === undefined){
const err32 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema48.properties.run.required,parentSchema:schema48.properties.run,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data8.event === undefined){
const err33 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema48.properties.run.required,parentSchema:schema48.properties.run,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data8.id === undefined){
const err34 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema48.properties.run.required,parentSchema:schema48.properties.run,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data8.attempt === undefined){
const err35 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "attempt"},message:"must have required property '"+"attempt"+"'",schema:schema48.properties.run.required,parentSchema:schema48.properties.run,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key2 in data8){
if(!((((((key2 === "url") || (key2 === "workflow")) || (key2 === "actor")) || (key2 === "event")) || (key2 === "id")) || (key2 === "attempt"))){
const err36 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.run,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data8.url !== undefined){
let data9 = data8.url;
if((typeof data9 !== "string") && (data9 !== null)){
const err37 = {instancePath:instancePath+"/run/url",schemaPath:"#/properties/run/properties/url/type",keyword:"type",params:{type: schema48.properties.run.properties.url.type},message:"must be string,null",schema:schema48.properties.run.properties.url.type,parentSchema:schema48.properties.run.properties.url,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(typeof data9 === "string"){
if(func3(data9) > 2048){
const err38 = {instancePath:instancePath+"/run/url",schemaPath:"#/properties/run/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema48.properties.run.properties.url,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data8.workflow !== undefined){
let data10 = data8.workflow;
if((typeof data10 !== "string") && (data10 !== null)){
const err39 = {instancePath:instancePath+"/run/workflow",schemaPath:"#/properties/run/properties/workflow/type",keyword:"type",params:{type: schema48.properties.run.properties.workflow.type},message:"must be string,null",schema:schema48.properties.run.properties.workflow.type,parentSchema:schema48.properties.run.properties.workflow,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data10 === "string"){
if(func3(data10) > 1024){
const err40 = {instancePath:instancePath+"/run/workflow",schemaPath:"#/properties/run/properties/workflow/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema48.properties.run.properties.workflow,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data8.actor !== undefined){
let data11 = data8.actor;
if((typeof data11 !== "string") && (data11 !== null)){
const err41 = {instancePath:instancePath+"/run/actor",schemaPath:"#/properties/run/properties/actor/type",keyword:"type",params:{type: schema48.properties.run.properties.actor.type},message:"must be string,null",schema:schema48.properties.run.properties.actor.type,parentSchema:schema48.properties.run.properties.actor,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data11 === "string"){
if(func3(data11) > 256){
const err42 = {instancePath:instancePath+"/run/actor",schemaPath:"#/properties/run/properties/actor/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema48.properties.run.properties.actor,data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data8.event !== undefined){
let data12 = data8.event;
if((typeof data12 !== "string") && (data12 !== null)){
const err43 = {instancePath:instancePath+"/run/event",schemaPath:"#/properties/run/properties/event/type",keyword:"type",params:{type: schema48.properties.run.properties.event.type},message:"must be string,null",schema:schema48.properties.run.properties.event.type,parentSchema:schema48.properties.run.properties.event,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(typeof data12 === "string"){
if(func3(data12) > 128){
const err44 = {instancePath:instancePath+"/run/event",schemaPath:"#/properties/run/properties/event/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema48.properties.run.properties.event,data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data8.id !== undefined){
let data13 = data8.id;
if((typeof data13 !== "string") && (data13 !== null)){
const err45 = {instancePath:instancePath+"/run/id",schemaPath:"#/properties/run/properties/id/type",keyword:"type",params:{type: schema48.properties.run.properties.id.type},message:"must be string,null",schema:schema48.properties.run.properties.id.type,parentSchema:schema48.properties.run.properties.id,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(typeof data13 === "string"){
if(!pattern24.test(data13)){
const err46 = {instancePath:instancePath+"/run/id",schemaPath:"#/properties/run/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,20}$"},message:"must match pattern \""+"^[0-9]{1,20}$"+"\"",schema:"^[0-9]{1,20}$",parentSchema:schema48.properties.run.properties.id,data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data8.attempt !== undefined){
let data14 = data8.attempt;
if((!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) && (data14 !== null)){
const err47 = {instancePath:instancePath+"/run/attempt",schemaPath:"#/properties/run/properties/attempt/type",keyword:"type",params:{type: schema48.properties.run.properties.attempt.type},message:"must be integer,null",schema:schema48.properties.run.properties.attempt.type,parentSchema:schema48.properties.run.properties.attempt,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err48 = {instancePath:instancePath+"/run/attempt",schemaPath:"#/properties/run/properties/attempt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48.properties.run.properties.attempt,data:data14};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
}
else {
const err49 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.run.type,parentSchema:schema48.properties.run,data:data8};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.files !== undefined){
let data15 = data.files;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.path === undefined){
const err50 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema48.properties.files.items.required,parentSchema:schema48.properties.files.items,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data16.size === undefined){
const err51 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema48.properties.files.items.required,parentSchema:schema48.properties.files.items,data:data16};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data16.sha256 === undefined){
const err52 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema48.properties.files.items.required,parentSchema:schema48.properties.files.items,data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key3 in data16){
if(!(((key3 === "path") || (key3 === "size")) || (key3 === "sha256"))){
const err53 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.files.items,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data16.path !== undefined){
let data17 = data16.path;
if(typeof data17 === "string"){
if(func3(data17) > 1024){
const err54 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema48.properties.files.items.properties.path,data:data17};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(func3(data17) < 1){
const err55 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.files.items.properties.path,data:data17};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!pattern25.test(data17)){
const err56 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/pattern",keyword:"pattern",params:{pattern: "^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$"},message:"must match pattern \""+"^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$"+"\"",schema:"^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$",parentSchema:schema48.properties.files.items.properties.path,data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.files.items.properties.path.type,parentSchema:schema48.properties.files.items.properties.path,data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data16.size !== undefined){
let data18 = data16.size;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err58 = {instancePath:instancePath+"/files/" + i0+"/size",schemaPath:"#/properties/files/items/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.files.items.properties.size.type,parentSchema:schema48.properties.files.items.properties.size,data:data18};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err59 = {instancePath:instancePath+"/files/" + i0+"/size",schemaPath:"#/properties/files/items/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.files.items.properties.size,data:data18};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
if(data16.sha256 !== undefined){
let data19 = data16.sha256;
if(typeof data19 === "string"){
if(!pattern26.test(data19)){
const err60 = {instancePath:instancePath+"/files/" + i0+"/sha256",schemaPath:"#/properties/files/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema48.properties.files.items.properties.sha256,data:data19};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/files/" + i0+"/sha256",schemaPath:"#/properties/files/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.files.items.properties.sha256.type,parentSchema:schema48.properties.files.items.properties.sha256,data:data19};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.files.items.type,parentSchema:schema48.properties.files.items,data:data16};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.files.type,parentSchema:schema48.properties.files,data:data15};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.digest !== undefined){
let data20 = data.digest;
if(typeof data20 === "string"){
if(!pattern27.test(data20)){
const err64 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema48.properties.digest,data:data20};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.digest.type,parentSchema:schema48.properties.digest,data:data20};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const validatePromotionRecord = validate31;
const schema49 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/promotion-record.schema.json","title":"gonogo promotion record (gonogo.promotion/v1)","description":"One promotion (or rollback) of an evidence bundle into an environment: the payload of a GitHub deployment, or a file of the CLI's state folder. `previous` is the digest of the environment's record before it (null for the first): a hash chain. `digest` is the SHA-256 of the RFC 8785 canonical JSON of this document without `digest` and `signature`.","type":"object","required":["contract","environment","sequence","kind","bundle","source","reviewers","approvals","run","promoted_at","previous","digest"],"additionalProperties":false,"definitions":{"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}},"properties":{"contract":{"const":"gonogo.promotion/v1"},"environment":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"},"sequence":{"type":"integer","minimum":1},"kind":{"enum":["promotion","rollback"]},"reason":{"type":"string","maxLength":1024},"rollback_of":{"$ref":"#/definitions/digest"},"bundle":{"type":"object","required":["id","digest","subject","created_at","decision","artifact","location"],"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":256},"digest":{"$ref":"#/definitions/digest"},"subject":{"type":"object","required":["repository","sha","ref"],"additionalProperties":false,"properties":{"repository":{"type":"string"},"sha":{"type":"string"},"ref":{"type":"string"},"tag":{"type":"string"}}},"created_at":{"type":"string"},"decision":{"enum":["go","conditional-go","no-go"]},"artifact":{"oneOf":[{"type":"null"},{"type":"object","required":["name","id"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"id":{"type":"integer","minimum":1}}}]},"location":{"type":["string","null"],"maxLength":4096}}},"source":{"oneOf":[{"type":"null"},{"type":"object","required":["environment","record"],"additionalProperties":false,"properties":{"environment":{"type":"string"},"record":{"$ref":"#/definitions/digest"}}}]},"reviewers":{"type":"object","required":["required","verified","named","prevent_self_review"],"additionalProperties":false,"properties":{"required":{"type":"integer","minimum":0},"verified":{"type":"boolean"},"named":{"type":"array","items":{"type":"string"}},"prevent_self_review":{"type":["boolean","null"]}}},"approvals":{"type":"array","items":{"type":"object","required":["user","state","comment","observed_at"],"additionalProperties":false,"properties":{"user":{"type":"string"},"state":{"type":"string"},"comment":{"type":"string","maxLength":4096},"observed_at":{"type":"string"}}}},"run":{"type":"object","required":["url","workflow","actor","event","id","attempt"],"additionalProperties":false,"properties":{"url":{"type":["string","null"]},"workflow":{"type":["string","null"]},"actor":{"type":["string","null"]},"event":{"type":["string","null"]},"id":{"type":["string","null"]},"attempt":{"type":["integer","null"]}}},"promoted_at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"},"previous":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/digest"}]},"digest":{"$ref":"#/definitions/digest"},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"With a signing key: hex HMAC-SHA256 of `digest` (as bundles sign theirs). Not part of the digest."}}};
const schema50 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/promotion-record.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contract === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contract"},message:"must have required property '"+"contract"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.environment === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.sequence === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequence"},message:"must have required property '"+"sequence"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.kind === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.bundle === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bundle"},message:"must have required property '"+"bundle"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.source === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.reviewers === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reviewers"},message:"must have required property '"+"reviewers"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.approvals === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvals"},message:"must have required property '"+"approvals"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.run === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.promoted_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "promoted_at"},message:"must have required property '"+"promoted_at"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.previous === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previous"},message:"must have required property '"+"previous"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.digest === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema49.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.contract !== undefined){
let data0 = data.contract;
if("gonogo.promotion/v1" !== data0){
const err13 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/const",keyword:"const",params:{allowedValue: "gonogo.promotion/v1"},message:"must be equal to constant",schema:"gonogo.promotion/v1",parentSchema:schema49.properties.contract,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.environment !== undefined){
let data1 = data.environment;
if(typeof data1 === "string"){
if(!pattern9.test(data1)){
const err14 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$",parentSchema:schema49.properties.environment,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.environment.type,parentSchema:schema49.properties.environment,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.sequence !== undefined){
let data2 = data.sequence;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err16 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.sequence.type,parentSchema:schema49.properties.sequence,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err17 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema49.properties.sequence,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(!((data3 === "promotion") || (data3 === "rollback"))){
const err18 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema49.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema49.properties.kind.enum,parentSchema:schema49.properties.kind,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.reason !== undefined){
let data4 = data.reason;
if(typeof data4 === "string"){
if(func3(data4) > 1024){
const err19 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema49.properties.reason,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.reason.type,parentSchema:schema49.properties.reason,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.rollback_of !== undefined){
let data5 = data.rollback_of;
if(typeof data5 === "string"){
if(!pattern27.test(data5)){
const err21 = {instancePath:instancePath+"/rollback_of",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema50,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/rollback_of",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.bundle !== undefined){
let data6 = data.bundle;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.id === undefined){
const err23 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema49.properties.bundle.required,parentSchema:schema49.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6.digest === undefined){
const err24 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema49.properties.bundle.required,parentSchema:schema49.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data6.subject === undefined){
const err25 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema49.properties.bundle.required,parentSchema:schema49.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data6.created_at === undefined){
const err26 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'",schema:schema49.properties.bundle.required,parentSchema:schema49.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data6.decision === undefined){
const err27 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'",schema:schema49.properties.bundle.required,parentSchema:schema49.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data6.artifact === undefined){
const err28 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "artifact"},message:"must have required property '"+"artifact"+"'",schema:schema49.properties.bundle.required,parentSchema:schema49.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data6.location === undefined){
const err29 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'",schema:schema49.properties.bundle.required,parentSchema:schema49.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key1 in data6){
if(!(((((((key1 === "id") || (key1 === "digest")) || (key1 === "subject")) || (key1 === "created_at")) || (key1 === "decision")) || (key1 === "artifact")) || (key1 === "location"))){
const err30 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.id !== undefined){
let data7 = data6.id;
if(typeof data7 === "string"){
if(func3(data7) > 256){
const err31 = {instancePath:instancePath+"/bundle/id",schemaPath:"#/properties/bundle/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema49.properties.bundle.properties.id,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func3(data7) < 1){
const err32 = {instancePath:instancePath+"/bundle/id",schemaPath:"#/properties/bundle/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.bundle.properties.id,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/bundle/id",schemaPath:"#/properties/bundle/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.bundle.properties.id.type,parentSchema:schema49.properties.bundle.properties.id,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data6.digest !== undefined){
let data8 = data6.digest;
if(typeof data8 === "string"){
if(!pattern27.test(data8)){
const err34 = {instancePath:instancePath+"/bundle/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema50,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/bundle/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data6.subject !== undefined){
let data9 = data6.subject;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.repository === undefined){
const err36 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema49.properties.bundle.properties.subject.required,parentSchema:schema49.properties.bundle.properties.subject,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data9.sha === undefined){
const err37 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'",schema:schema49.properties.bundle.properties.subject.required,parentSchema:schema49.properties.bundle.properties.subject,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data9.ref === undefined){
const err38 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'",schema:schema49.properties.bundle.properties.subject.required,parentSchema:schema49.properties.bundle.properties.subject,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key2 in data9){
if(!((((key2 === "repository") || (key2 === "sha")) || (key2 === "ref")) || (key2 === "tag"))){
const err39 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.bundle.properties.subject,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data9.repository !== undefined){
let data10 = data9.repository;
if(typeof data10 !== "string"){
const err40 = {instancePath:instancePath+"/bundle/subject/repository",schemaPath:"#/properties/bundle/properties/subject/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.bundle.properties.subject.properties.repository.type,parentSchema:schema49.properties.bundle.properties.subject.properties.repository,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data9.sha !== undefined){
let data11 = data9.sha;
if(typeof data11 !== "string"){
const err41 = {instancePath:instancePath+"/bundle/subject/sha",schemaPath:"#/properties/bundle/properties/subject/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.bundle.properties.subject.properties.sha.type,parentSchema:schema49.properties.bundle.properties.subject.properties.sha,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data9.ref !== undefined){
let data12 = data9.ref;
if(typeof data12 !== "string"){
const err42 = {instancePath:instancePath+"/bundle/subject/ref",schemaPath:"#/properties/bundle/properties/subject/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.bundle.properties.subject.properties.ref.type,parentSchema:schema49.properties.bundle.properties.subject.properties.ref,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data9.tag !== undefined){
let data13 = data9.tag;
if(typeof data13 !== "string"){
const err43 = {instancePath:instancePath+"/bundle/subject/tag",schemaPath:"#/properties/bundle/properties/subject/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.bundle.properties.subject.properties.tag.type,parentSchema:schema49.properties.bundle.properties.subject.properties.tag,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.bundle.properties.subject.type,parentSchema:schema49.properties.bundle.properties.subject,data:data9};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data6.created_at !== undefined){
let data14 = data6.created_at;
if(typeof data14 !== "string"){
const err45 = {instancePath:instancePath+"/bundle/created_at",schemaPath:"#/properties/bundle/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.bundle.properties.created_at.type,parentSchema:schema49.properties.bundle.properties.created_at,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data6.decision !== undefined){
let data15 = data6.decision;
if(!(((data15 === "go") || (data15 === "conditional-go")) || (data15 === "no-go"))){
const err46 = {instancePath:instancePath+"/bundle/decision",schemaPath:"#/properties/bundle/properties/decision/enum",keyword:"enum",params:{allowedValues: schema49.properties.bundle.properties.decision.enum},message:"must be equal to one of the allowed values",schema:schema49.properties.bundle.properties.decision.enum,parentSchema:schema49.properties.bundle.properties.decision,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data6.artifact !== undefined){
let data16 = data6.artifact;
const _errs36 = errors;
let valid5 = false;
let passing0 = null;
const _errs37 = errors;
if(data16 !== null){
const err47 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema49.properties.bundle.properties.artifact.oneOf[0].type,parentSchema:schema49.properties.bundle.properties.artifact.oneOf[0],data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid0 = _errs37 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs39 = errors;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.name === undefined){
const err48 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema49.properties.bundle.properties.artifact.oneOf[1].required,parentSchema:schema49.properties.bundle.properties.artifact.oneOf[1],data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data16.id === undefined){
const err49 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema49.properties.bundle.properties.artifact.oneOf[1].required,parentSchema:schema49.properties.bundle.properties.artifact.oneOf[1],data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key3 in data16){
if(!((key3 === "name") || (key3 === "id"))){
const err50 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.bundle.properties.artifact.oneOf[1],data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data16.name !== undefined){
let data17 = data16.name;
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err51 = {instancePath:instancePath+"/bundle/artifact/name",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.bundle.properties.artifact.oneOf[1].properties.name,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/bundle/artifact/name",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.bundle.properties.artifact.oneOf[1].properties.name.type,parentSchema:schema49.properties.bundle.properties.artifact.oneOf[1].properties.name,data:data17};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data16.id !== undefined){
let data18 = data16.id;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err53 = {instancePath:instancePath+"/bundle/artifact/id",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.bundle.properties.artifact.oneOf[1].properties.id.type,parentSchema:schema49.properties.bundle.properties.artifact.oneOf[1].properties.id,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 1 || isNaN(data18)){
const err54 = {instancePath:instancePath+"/bundle/artifact/id",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema49.properties.bundle.properties.artifact.oneOf[1].properties.id,data:data18};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
}
else {
const err55 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.bundle.properties.artifact.oneOf[1].type,parentSchema:schema49.properties.bundle.properties.artifact.oneOf[1],data:data16};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid0 = _errs39 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err56 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema49.properties.bundle.properties.artifact.oneOf,parentSchema:schema49.properties.bundle.properties.artifact,data:data16};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
}
if(data6.location !== undefined){
let data19 = data6.location;
if((typeof data19 !== "string") && (data19 !== null)){
const err57 = {instancePath:instancePath+"/bundle/location",schemaPath:"#/properties/bundle/properties/location/type",keyword:"type",params:{type: schema49.properties.bundle.properties.location.type},message:"must be string,null",schema:schema49.properties.bundle.properties.location.type,parentSchema:schema49.properties.bundle.properties.location,data:data19};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(typeof data19 === "string"){
if(func3(data19) > 4096){
const err58 = {instancePath:instancePath+"/bundle/location",schemaPath:"#/properties/bundle/properties/location/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema49.properties.bundle.properties.location,data:data19};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
}
else {
const err59 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.bundle.type,parentSchema:schema49.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.source !== undefined){
let data20 = data.source;
const _errs49 = errors;
let valid7 = false;
let passing1 = null;
const _errs50 = errors;
if(data20 !== null){
const err60 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema49.properties.source.oneOf[0].type,parentSchema:schema49.properties.source.oneOf[0],data:data20};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid1 = _errs50 === errors;
if(_valid1){
valid7 = true;
passing1 = 0;
}
const _errs52 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.environment === undefined){
const err61 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'",schema:schema49.properties.source.oneOf[1].required,parentSchema:schema49.properties.source.oneOf[1],data:data20};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data20.record === undefined){
const err62 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema49.properties.source.oneOf[1].required,parentSchema:schema49.properties.source.oneOf[1],data:data20};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key4 in data20){
if(!((key4 === "environment") || (key4 === "record"))){
const err63 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.source.oneOf[1],data:data20};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data20.environment !== undefined){
let data21 = data20.environment;
if(typeof data21 !== "string"){
const err64 = {instancePath:instancePath+"/source/environment",schemaPath:"#/properties/source/oneOf/1/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.source.oneOf[1].properties.environment.type,parentSchema:schema49.properties.source.oneOf[1].properties.environment,data:data21};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data20.record !== undefined){
let data22 = data20.record;
if(typeof data22 === "string"){
if(!pattern27.test(data22)){
const err65 = {instancePath:instancePath+"/source/record",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema50,data:data22};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/source/record",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data22};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.source.oneOf[1].type,parentSchema:schema49.properties.source.oneOf[1],data:data20};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid1 = _errs52 === errors;
if(_valid1 && valid7){
valid7 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid7 = true;
passing1 = 1;
}
}
if(!valid7){
const err68 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema49.properties.source.oneOf,parentSchema:schema49.properties.source,data:data20};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
}
if(data.reviewers !== undefined){
let data23 = data.reviewers;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.required === undefined){
const err69 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/required",keyword:"required",params:{missingProperty: "required"},message:"must have required property '"+"required"+"'",schema:schema49.properties.reviewers.required,parentSchema:schema49.properties.reviewers,data:data23};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data23.verified === undefined){
const err70 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/required",keyword:"required",params:{missingProperty: "verified"},message:"must have required property '"+"verified"+"'",schema:schema49.properties.reviewers.required,parentSchema:schema49.properties.reviewers,data:data23};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data23.named === undefined){
const err71 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/required",keyword:"required",params:{missingProperty: "named"},message:"must have required property '"+"named"+"'",schema:schema49.properties.reviewers.required,parentSchema:schema49.properties.reviewers,data:data23};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data23.prevent_self_review === undefined){
const err72 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/required",keyword:"required",params:{missingProperty: "prevent_self_review"},message:"must have required property '"+"prevent_self_review"+"'",schema:schema49.properties.reviewers.required,parentSchema:schema49.properties.reviewers,data:data23};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key5 in data23){
if(!((((key5 === "required") || (key5 === "verified")) || (key5 === "named")) || (key5 === "prevent_self_review"))){
const err73 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.reviewers,data:data23};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data23.required !== undefined){
let data24 = data23.required;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err74 = {instancePath:instancePath+"/reviewers/required",schemaPath:"#/properties/reviewers/properties/required/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.reviewers.properties.required.type,parentSchema:schema49.properties.reviewers.properties.required,data:data24};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err75 = {instancePath:instancePath+"/reviewers/required",schemaPath:"#/properties/reviewers/properties/required/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema49.properties.reviewers.properties.required,data:data24};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
if(data23.verified !== undefined){
let data25 = data23.verified;
if(typeof data25 !== "boolean"){
const err76 = {instancePath:instancePath+"/reviewers/verified",schemaPath:"#/properties/reviewers/properties/verified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.properties.reviewers.properties.verified.type,parentSchema:schema49.properties.reviewers.properties.verified,data:data25};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data23.named !== undefined){
let data26 = data23.named;
if(Array.isArray(data26)){
const len0 = data26.length;
for(let i0=0; i0<len0; i0++){
let data27 = data26[i0];
if(typeof data27 !== "string"){
const err77 = {instancePath:instancePath+"/reviewers/named/" + i0,schemaPath:"#/properties/reviewers/properties/named/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.reviewers.properties.named.items.type,parentSchema:schema49.properties.reviewers.properties.named.items,data:data27};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/reviewers/named",schemaPath:"#/properties/reviewers/properties/named/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.reviewers.properties.named.type,parentSchema:schema49.properties.reviewers.properties.named,data:data26};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data23.prevent_self_review !== undefined){
let data28 = data23.prevent_self_review;
if((typeof data28 !== "boolean") && (data28 !== null)){
const err79 = {instancePath:instancePath+"/reviewers/prevent_self_review",schemaPath:"#/properties/reviewers/properties/prevent_self_review/type",keyword:"type",params:{type: schema49.properties.reviewers.properties.prevent_self_review.type},message:"must be boolean,null",schema:schema49.properties.reviewers.properties.prevent_self_review.type,parentSchema:schema49.properties.reviewers.properties.prevent_self_review,data:data28};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.reviewers.type,parentSchema:schema49.properties.reviewers,data:data23};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.approvals !== undefined){
let data29 = data.approvals;
if(Array.isArray(data29)){
const len1 = data29.length;
for(let i1=0; i1<len1; i1++){
let data30 = data29[i1];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.user === undefined){
const err81 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema49.properties.approvals.items.required,parentSchema:schema49.properties.approvals.items,data:data30};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data30.state === undefined){
const err82 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'",schema:schema49.properties.approvals.items.required,parentSchema:schema49.properties.approvals.items,data:data30};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data30.comment === undefined){
const err83 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "comment"},message:"must have required property '"+"comment"+"'",schema:schema49.properties.approvals.items.required,parentSchema:schema49.properties.approvals.items,data:data30};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data30.observed_at === undefined){
const err84 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "observed_at"},message:"must have required property '"+"observed_at"+"'",schema:schema49.properties.approvals.items.required,parentSchema:schema49.properties.approvals.items,data:data30};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
for(const key6 in data30){
if(!((((key6 === "user") || (key6 === "state")) || (key6 === "comment")) || (key6 === "observed_at"))){
const err85 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.approvals.items,data:data30};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data30.user !== undefined){
let data31 = data30.user;
if(typeof data31 !== "string"){
const err86 = {instancePath:instancePath+"/approvals/" + i1+"/user",schemaPath:"#/properties/approvals/items/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.approvals.items.properties.user.type,parentSchema:schema49.properties.approvals.items.properties.user,data:data31};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data30.state !== undefined){
let data32 = data30.state;
if(typeof data32 !== "string"){
const err87 = {instancePath:instancePath+"/approvals/" + i1+"/state",schemaPath:"#/properties/approvals/items/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.approvals.items.properties.state.type,parentSchema:schema49.properties.approvals.items.properties.state,data:data32};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data30.comment !== undefined){
let data33 = data30.comment;
if(typeof data33 === "string"){
if(func3(data33) > 4096){
const err88 = {instancePath:instancePath+"/approvals/" + i1+"/comment",schemaPath:"#/properties/approvals/items/properties/comment/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema49.properties.approvals.items.properties.comment,data:data33};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/approvals/" + i1+"/comment",schemaPath:"#/properties/approvals/items/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.approvals.items.properties.comment.type,parentSchema:schema49.properties.approvals.items.properties.comment,data:data33};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data30.observed_at !== undefined){
let data34 = data30.observed_at;
if(typeof data34 !== "string"){
const err90 = {instancePath:instancePath+"/approvals/" + i1+"/observed_at",schemaPath:"#/properties/approvals/items/properties/observed_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.approvals.items.properties.observed_at.type,parentSchema:schema49.properties.approvals.items.properties.observed_at,data:data34};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.approvals.items.type,parentSchema:schema49.properties.approvals.items,data:data30};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.approvals.type,parentSchema:schema49.properties.approvals,data:data29};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.run !== undefined){
let data35 = data.run;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.url === undefined){
const err93 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema49.properties.run.required,parentSchema:schema49.properties.run,data:data35};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data35.workflow === undefined){
const err94 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema49.properties.run.required,parentSchema:schema49.properties.run,data:data35};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data35.actor === undefined){
const err95 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema49.properties.run.required,parentSchema:schema49.properties.run,data:data35};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data35.event === undefined){
const err96 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema49.properties.run.required,parentSchema:schema49.properties.run,data:data35};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data35.id === undefined){
const err97 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema49.properties.run.required,parentSchema:schema49.properties.run,data:data35};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data35.attempt === undefined){
const err98 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "attempt"},message:"must have required property '"+"attempt"+"'",schema:schema49.properties.run.required,parentSchema:schema49.properties.run,data:data35};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
for(const key7 in data35){
if(!((((((key7 === "url") || (key7 === "workflow")) || (key7 === "actor")) || (key7 === "event")) || (key7 === "id")) || (key7 === "attempt"))){
const err99 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.run,data:data35};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data35.url !== undefined){
let data36 = data35.url;
if((typeof data36 !== "string") && (data36 !== null)){
const err100 = {instancePath:instancePath+"/run/url",schemaPath:"#/properties/run/properties/url/type",keyword:"type",params:{type: schema49.properties.run.properties.url.type},message:"must be string,null",schema:schema49.properties.run.properties.url.type,parentSchema:schema49.properties.run.properties.url,data:data36};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data35.workflow !== undefined){
let data37 = data35.workflow;
if((typeof data37 !== "string") && (data37 !== null)){
const err101 = {instancePath:instancePath+"/run/workflow",schemaPath:"#/properties/run/properties/workflow/type",keyword:"type",params:{type: schema49.properties.run.properties.workflow.type},message:"must be string,null",schema:schema49.properties.run.properties.workflow.type,parentSchema:schema49.properties.run.properties.workflow,data:data37};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data35.actor !== undefined){
let data38 = data35.actor;
if((typeof data38 !== "string") && (data38 !== null)){
const err102 = {instancePath:instancePath+"/run/actor",schemaPath:"#/properties/run/properties/actor/type",keyword:"type",params:{type: schema49.properties.run.properties.actor.type},message:"must be string,null",schema:schema49.properties.run.properties.actor.type,parentSchema:schema49.properties.run.properties.actor,data:data38};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data35.event !== undefined){
let data39 = data35.event;
if((typeof data39 !== "string") && (data39 !== null)){
const err103 = {instancePath:instancePath+"/run/event",schemaPath:"#/properties/run/properties/event/type",keyword:"type",params:{type: schema49.properties.run.properties.event.type},message:"must be string,null",schema:schema49.properties.run.properties.event.type,parentSchema:schema49.properties.run.properties.event,data:data39};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data35.id !== undefined){
let data40 = data35.id;
if((typeof data40 !== "string") && (data40 !== null)){
const err104 = {instancePath:instancePath+"/run/id",schemaPath:"#/properties/run/properties/id/type",keyword:"type",params:{type: schema49.properties.run.properties.id.type},message:"must be string,null",schema:schema49.properties.run.properties.id.type,parentSchema:schema49.properties.run.properties.id,data:data40};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data35.attempt !== undefined){
let data41 = data35.attempt;
if((!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))) && (data41 !== null)){
const err105 = {instancePath:instancePath+"/run/attempt",schemaPath:"#/properties/run/properties/attempt/type",keyword:"type",params:{type: schema49.properties.run.properties.attempt.type},message:"must be integer,null",schema:schema49.properties.run.properties.attempt.type,parentSchema:schema49.properties.run.properties.attempt,data:data41};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.run.type,parentSchema:schema49.properties.run,data:data35};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data.promoted_at !== undefined){
let data42 = data.promoted_at;
if(typeof data42 === "string"){
if(!pattern21.test(data42)){
const err107 = {instancePath:instancePath+"/promoted_at",schemaPath:"#/properties/promoted_at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$",parentSchema:schema49.properties.promoted_at,data:data42};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/promoted_at",schemaPath:"#/properties/promoted_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.promoted_at.type,parentSchema:schema49.properties.promoted_at,data:data42};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data.previous !== undefined){
let data43 = data.previous;
const _errs104 = errors;
let valid17 = false;
let passing2 = null;
const _errs105 = errors;
if(data43 !== null){
const err109 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema49.properties.previous.oneOf[0].type,parentSchema:schema49.properties.previous.oneOf[0],data:data43};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
var _valid2 = _errs105 === errors;
if(_valid2){
valid17 = true;
passing2 = 0;
}
const _errs107 = errors;
if(typeof data43 === "string"){
if(!pattern27.test(data43)){
const err110 = {instancePath:instancePath+"/previous",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema50,data:data43};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/previous",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data43};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
var _valid2 = _errs107 === errors;
if(_valid2 && valid17){
valid17 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid17 = true;
passing2 = 1;
}
}
if(!valid17){
const err112 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema49.properties.previous.oneOf,parentSchema:schema49.properties.previous,data:data43};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
else {
errors = _errs104;
if(vErrors !== null){
if(_errs104){
vErrors.length = _errs104;
}
else {
vErrors = null;
}
}
}
}
if(data.digest !== undefined){
let data44 = data.digest;
if(typeof data44 === "string"){
if(!pattern27.test(data44)){
const err113 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema50,data:data44};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data44};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.signature !== undefined){
let data45 = data.signature;
if(typeof data45 === "string"){
if(!pattern26.test(data45)){
const err115 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema49.properties.signature,data:data45};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.signature.type,parentSchema:schema49.properties.signature,data:data45};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}


/***/ })

};
