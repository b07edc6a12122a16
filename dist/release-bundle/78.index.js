export const id = 78;
export const ids = [78,426];
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

/***/ 426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ copyEvidence),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   lV: () => (/* binding */ copyExact),
/* harmony export */   oD: () => (/* binding */ openSource)
/* harmony export */ });
/* unused harmony exports sourceError, MAX_SCRUB_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58198);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12145);







// Copying files into a bundle's stage: shared by the reports, summaries and evidence copies.
/**
 * Opens a report for copying: its folder's real path (cached per folder) must lie inside the
 * workspace; the file itself is opened without following a link (O_NOFOLLOW) and must be a regular
 * file by fstat. A link in the last component is followed only to a target inside the workspace,
 * which is then opened without following another link.
 *
 * @throws ConfigurationError naming `rel`: broken link, link out of the workspace, not a regular
 *   file, unreadable
 */
function openSource(abs, rel, realRoot, realDirs) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(abs);
    let realDir = realDirs.get(dir);
    if (realDir === undefined) {
        try {
            realDir = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(dir);
        }
        catch {
            realDir = null;
        }
        realDirs.set(dir, realDir);
    }
    if (realDir === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    if (!isWithin(realRoot, realDir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that leads outside the workspace`);
    try {
        return (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .openRegularFile */ .ZU)(abs);
    }
    catch (e) {
        if (e.code !== 'ELOOP')
            throw sourceError(rel, e);
    }
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(abs);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    }
    if (!isWithin(realRoot, real))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that leads outside the workspace`);
    try {
        return (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .openRegularFile */ .ZU)(real);
    }
    catch (e) {
        throw sourceError(rel, e);
    }
}
function sourceError(rel, e) {
    if (e instanceof _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .NotRegularFileError */ .iZ)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: not a regular file`);
    const code = e.code;
    if (code === 'ELOOP')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that changed while it was read`);
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (${code ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)})`);
}
/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8 encoding. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Files larger than this are copied as they are, like binary evidence (see copyEvidence). */
const MAX_SCRUB_BYTES = 256 * 1024 * 1024;
/**
 * Copies a report or summary into the stage. When a secret is registered, a UTF-8 text file
 * (every report format the bundle carries: JSON, SARIF, JUnit XML, Markdown) is copied with the
 * secret masked, so an error text that echoed the token does not travel in the bundle. Binary
 * files, text in another encoding (UTF-16) and files over {@link MAX_SCRUB_BYTES} are evidence
 * whose bytes gonogo does not rewrite: they are copied unchanged. Without a secret the copy is
 * byte-exact.
 *
 * The source is read once, from the descriptor that was checked (see openSource); the bytes are
 * hashed as they are written to a new file in the stage (O_EXCL), so the size and SHA-256 returned
 * for the manifest are exactly those of the staged copy. Files up to 1 MiB are copied with
 * synchronous calls, larger ones streamed in 1 MiB chunks (the next read overlapping the write).
 *
 * @returns size (bytes) and SHA-256 (hex) of what was written to `dest`
 */
async function copyEvidence(source, dest) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    if ((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .hasSecrets */ .kH)() && source.size <= MAX_SCRUB_BYTES) {
        const chunks = [];
        await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, (chunk) => void chunks.push(Buffer.from(chunk)));
        const data = Buffer.concat(chunks);
        const scrubbed = (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .scrubBytes */ .Jv)(data);
        if (scrubbed.length <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(dest, scrubbed, { flag: 'wx' });
        else
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(dest, scrubbed, { flag: 'wx' });
        return { size: scrubbed.length, sha256: hash.update(scrubbed).digest('hex') };
    }
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(dest, 'wx');
    try {
        // A small file is read, hashed and written with synchronous calls; a large one streamed.
        const size = source.size <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9
            ? (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFdSync */ .oo)(source.fd, (chunk) => {
                hash.update(chunk);
                writeAllSync(out, chunk);
            })
            : await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, async (chunk) => {
                hash.update(chunk);
                await writeAll(out, chunk);
            });
        return { size, sha256: hash.digest('hex') };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(out);
    }
}
function writeAllSync(fd, data) {
    for (let at = 0; at < data.length;)
        at += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, data, at, data.length - at);
}
async function writeAll(fd, data) {
    for (let at = 0; at < data.length;)
        at += await new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.write)(fd, data, at, data.length - at, null, (e, n) => (e ? reject(e) : resolve(n))));
}
/** Whether `inner` is `outer` or lies inside it (path text only). */
function isWithin(outer, inner) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(outer, inner);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel));
}
/**
 * Copies evidence byte for byte (what the gate's digests describe): unlike {@link copyEvidence},
 * nothing is masked. So that a secret never travels in a bundle, a file of at most
 * {@link MAX_SCRUB_BYTES} that holds a registered secret is refused instead.
 *
 * @param rel the file as named in messages
 * @returns size (bytes) and SHA-256 (hex) of what was written to `dest`
 * @throws ConfigurationError naming `rel` when it holds a secret
 */
async function copyExact(source, dest, rel) {
    if (!(0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .hasSecrets */ .kH)() || source.size > MAX_SCRUB_BYTES)
        return copyEvidence(source, dest);
    const chunks = [];
    await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, (chunk) => void chunks.push(Buffer.from(chunk)));
    const data = Buffer.concat(chunks);
    if (!(0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .scrubBytes */ .Jv)(data).equals(data))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: holds a secret (the token or signing key); evidence is bundled byte for byte, so remove the secret from the file and run the gate again`);
    if (data.length <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(dest, data, { flag: 'wx' });
    else
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(dest, data, { flag: 'wx' });
    return { size: data.length, sha256: sha256Hex(data) };
}


/***/ }),

/***/ 11639:
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
/* harmony export */   RE: () => (/* binding */ validateReport),
/* harmony export */   cS: () => (/* binding */ validateBundleManifest),
/* harmony export */   tE: () => (/* binding */ validatePolicy)
/* harmony export */ });
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24951);
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36214);
// Generated by scripts/gen-validators.mjs from schemas/*.json. Do not edit.
/* eslint-disable */
// @ts-nocheck


const HIGH_SURROGATE = /[\uD800-\uDBFF]/
const ucs2length = {
  default: (s) => (HIGH_SURROGATE.test(s) ? ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__["default"](s) : s.length)
}

const validatePolicy = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/gonogo.schema.json","title":"gonogo policy file (.github/gonogo.yml)","type":"object","additionalProperties":false,"required":["version","controls"],"properties":{"version":{"const":1,"description":"Policy file format version. Only 1 exists."},"profiles":{"type":"object","description":"Named decision limits: how many counted failures of each severity a decision tolerates before it is no-go.","minProperties":1,"propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/profile"}},"select_profile":{"type":"array","description":"Rules tried in order; the first whose event and branch match selects the profile.","minItems":1,"items":{"$ref":"#/definitions/profileRule"}},"controls":{"type":"array","description":"What the gate requires.","minItems":1,"items":{"$ref":"#/definitions/control"}},"claims":{"type":"array","description":"Promises the controls back together, each graded from their results (proven, partial, not proven) with a maturity level. A Tier 0 claim must be proven for a release; Tier 1 and 2 claims are graded and listed. Absent: no claim matrix.","items":{"$ref":"#/definitions/claim"}},"waivers":{"type":"array","description":"Time-boxed acceptance of a failing control.","items":{"$ref":"#/definitions/waiver"}},"comment":{"type":"object","additionalProperties":false,"description":"How the PR comment is rendered.","properties":{"max_rows":{"type":"integer","minimum":1,"maximum":1000}}},"limits":{"type":"object","additionalProperties":false,"description":"Safety limits for reading reports.","properties":{"max_report_bytes":{"type":"integer","minimum":1024,"maximum":1073741824},"max_files_per_source":{"type":"integer","minimum":1,"maximum":1000000}}},"branches":{"type":"object","description":"Per branch name or glob: the protection wanted. The first exact name wins, else the first matching glob (in file order).","minProperties":1,"additionalProperties":{"$ref":"#/definitions/branchPolicy"}},"org":{"type":"object","additionalProperties":false,"description":"Organisation scale (gonogo org, action-ruleset-verify mode: shard): settings for the organisation's repositories. Needs branches:, which every repository starts from. A single repository's verify-rules applies the overrides that match its own name too.","properties":{"overrides":{"type":"array","description":"Per-repository overrides of branches:, applied in file order to every repository they match: a later override wins over an earlier one.","minItems":1,"maxItems":1000,"items":{"$ref":"#/definitions/orgOverride"}}}},"environments":{"type":"object","description":"The promotion corridor: per environment name (as in GitHub's environments), where its bundles come from, the gate decision it needs and the reviewers its protection rules must require. Read by action-release-bundle (mode: promote/rollback) and `gonogo promote`.","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"},"additionalProperties":{"$ref":"#/definitions/environmentPolicy"}},"incidents":{"type":"object","additionalProperties":false,"description":"Incident response on the default branch (issue 18): on a push that meets `on`, the gate opens one tracking issue (found again by a hidden marker), comments later failing pushes on it, and on recovery closes it when cause and corrective action are written (else labels it needs-postmortem). While one is open, pull requests into the default branch gain a high blocker unless they carry `fix_label`. Needs a token with `issues: write` on push. Absent: no incident handling.","properties":{"on":{"type":"array","uniqueItems":true,"items":{"enum":["no-go","trigger"]},"description":"What opens an incident on a push to the default branch: a no-go decision, a failing control listed in `triggers`. Default [no-go, trigger]."},"triggers":{"type":"array","uniqueItems":true,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":200},"description":"Control ids whose failure alone is an incident, whatever the decision. Default: none."},"ci_trend_breaches":{"type":"integer","minimum":1,"maximum":100,"description":"Consecutive breaching windows of the ci-trend built-in (counted back from the newest run) that count as an incident. Default: ci-trend opens none on its own."},"freeze":{"type":"boolean","description":"While an incident is open, pull requests into the default branch gain the high blocker 'merges frozen by incident #N'. Default true."},"fix_label":{"type":"string","minLength":1,"maxLength":50,"pattern":"^[^,\\u0000-\\u001f]+$","description":"The pull-request label that exempts a fix from the freeze. Default incident-fix."},"labels":{"type":"array","minItems":1,"maxItems":10,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":50,"pattern":"^[^,\\u0000-\\u001f]+$","description":"a label name (at most 50 characters, no comma)"},"description":"Labels of the tracking issue; the gate finds open incidents by the first one. Default [gonogo-incident]."}}},"checks":{"type":"object","additionalProperties":false,"description":"Settings of the built-in checks.","properties":{"policy-bundle":{"$ref":"https://gonogo.dev/schemas/checks/policy-bundle.schema.json"},"policy-freshness":{"$ref":"https://gonogo.dev/schemas/checks/policy-freshness.schema.json"},"workflow-lint":{"$ref":"https://gonogo.dev/schemas/checks/workflow-lint.schema.json"},"replay-determinism":{"$ref":"https://gonogo.dev/schemas/checks/replay-determinism.schema.json"},"provenance-coverage":{"$ref":"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json"},"ci-trend":{"$ref":"https://gonogo.dev/schemas/checks/ci-trend.schema.json"},"rollback-drill":{"$ref":"https://gonogo.dev/schemas/checks/rollback-drill.schema.json"},"incidents":{"$ref":"https://gonogo.dev/schemas/checks/incidents.schema.json"}}}},"definitions":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},"path":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$","description":"A path or glob relative to the repository root."},"profile":{"type":"object","additionalProperties":false,"required":["max_high","max_medium"],"properties":{"max_high":{"type":"integer","minimum":0},"max_medium":{"type":"integer","minimum":0},"description":{"type":"string","maxLength":500}}},"profileRule":{"type":"object","additionalProperties":false,"required":["profile"],"properties":{"event":{"type":"string","minLength":1,"description":"GitHub event name (push, pull_request, workflow_dispatch, …) or 'local' for the CLI."},"branch":{"type":"string","minLength":1,"description":"Branch name or glob; for pull requests, the base branch."},"profile":{"$ref":"#/definitions/name"}}},"source":{"type":"object","description":"Exactly one of report, junit, sarif or builtin.","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"report":{"$ref":"#/definitions/path","description":"A gonogo.report/v1 JSON report or an older governance-script report (path or glob)."},"junit":{"$ref":"#/definitions/path","description":"JUnit XML files (path or glob)."},"sarif":{"$ref":"#/definitions/path","description":"SARIF 2.1.0 files (path or glob)."},"builtin":{"enum":["policy-bundle","policy-freshness","workflow-lint","replay-determinism","provenance-coverage","ci-trend","rollback-drill","incidents"],"description":"A check gonogo computes itself; its settings live under checks.<name>."}}},"control":{"type":"object","additionalProperties":false,"required":["id","severity"],"properties":{"id":{"$ref":"#/definitions/name"},"description":{"type":"string","maxLength":500},"source":{"$ref":"#/definitions/source"},"severity":{"enum":["high","medium"]},"owner":{"type":"string","minLength":1,"maxLength":200},"runbook":{"type":"string","minLength":1,"maxLength":1024},"allow_unverified":{"type":"object","additionalProperties":false,"required":["evidence"],"properties":{"evidence":{"$ref":"#/definitions/path","description":"A file in the repository that documents the manual verification."}}}}},"claim":{"type":"object","additionalProperties":false,"required":["id","title","tier","controls"],"properties":{"id":{"$ref":"#/definitions/name","description":"Unique among the claims, for example T0.1."},"title":{"type":"string","minLength":1,"maxLength":200,"description":"The promise, in words: Governed release corridor with fast rollback."},"tier":{"enum":[0,1,2],"description":"0: must be proven and blocker-free for a release; 1 and 2: graded and listed, never blocking by themselves."},"controls":{"type":"array","minItems":1,"description":"Ids of declared controls whose results prove the claim, each once (a control named twice is refused naming it).","items":{"$ref":"#/definitions/name"}},"require_ownership":{"type":"boolean","description":"Controls without an owner or a runbook make the claim at most partial (observability and runbook claims). Default false."},"class":{"enum":["release-corridor","rollback","provenance","runbook-ownership","determinism","unresolved-tier-0"],"description":"The blocker class named when the claim blocks. Default: derived from its failing controls (see README)."}}},"waiver":{"type":"object","additionalProperties":false,"required":["control","owner","reason","expires"],"properties":{"control":{"$ref":"#/definitions/name"},"owner":{"type":"string","minLength":1,"maxLength":200},"reason":{"type":"string","minLength":1,"maxLength":1000},"mitigation":{"type":"string","minLength":1,"maxLength":1000},"link":{"type":"string","minLength":1,"maxLength":1024},"expires":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$","description":"A date (valid through the end of that day, UTC) or an RFC 3339 date-time."}}},"branchPolicy":{"type":"object","additionalProperties":false,"properties":{"required_checks":{"type":"array","description":"Status checks that must be required on the branch.","items":{"$ref":"#/definitions/requiredCheck"}},"strict":{"type":"boolean","description":"Branches must be up to date before merging."},"min_approvals":{"type":"integer","minimum":0,"maximum":10},"dismiss_stale_reviews":{"type":"boolean"},"require_code_owner_review":{"type":"boolean"},"require_last_push_approval":{"type":"boolean"},"require_conversation_resolution":{"type":"boolean"},"require_linear_history":{"type":"boolean"},"block_force_pushes":{"type":"boolean"},"block_deletions":{"type":"boolean"},"require_signed_commits":{"type":"boolean"},"bypass_allowed":{"type":"array","description":"Who may bypass the rules; anyone else able to bypass is a finding.","items":{"$ref":"#/definitions/bypassActor"}}}},"orgOverride":{"type":"object","additionalProperties":false,"required":["id","repositories","branches"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$","description":"a name of letters, digits, '.', '_' and '-' (at most 64), unique among the overrides; the org report names it for every repository it applies to"},"description":{"type":"string","maxLength":500,"description":"For people reading the policy."},"repositories":{"type":"array","minItems":1,"maxItems":1000,"description":"Repository name globs (the name without the owner, compared without case): the override applies to a repository that matches any of them.","items":{"$ref":"#/definitions/repositoryGlob"}},"branches":{"type":"object","minProperties":1,"description":"Per branch name or glob, as in branches:. For a key already in effect the settings given replace those in effect one by one (null removes a setting, so it is no longer verified); a new key is tried before the keys in effect.","additionalProperties":{"$ref":"#/definitions/branchOverride"}}}},"repositoryGlob":{"type":"string","pattern":"^[A-Za-z0-9_.*?\\[\\]{},-]{1,100}$","description":"a repository name glob without the owner: letters, digits, '.', '_', '-' and the glob characters * ? [ ] { } , (at most 100)"},"branchOverride":{"type":"object","additionalProperties":false,"description":"Settings of a branches: entry; null removes the setting in effect.","properties":{"required_checks":{"type":["array","null"],"description":"Status checks that must be required on the branch.","items":{"$ref":"#/definitions/requiredCheck"}},"strict":{"type":["boolean","null"],"description":"Branches must be up to date before merging."},"min_approvals":{"type":["integer","null"],"minimum":0,"maximum":10},"dismiss_stale_reviews":{"type":["boolean","null"]},"require_code_owner_review":{"type":["boolean","null"]},"require_last_push_approval":{"type":["boolean","null"]},"require_conversation_resolution":{"type":["boolean","null"]},"require_linear_history":{"type":["boolean","null"]},"block_force_pushes":{"type":["boolean","null"]},"block_deletions":{"type":["boolean","null"]},"require_signed_commits":{"type":["boolean","null"]},"bypass_allowed":{"type":["array","null"],"description":"Who may bypass the rules; anyone else able to bypass is a finding.","items":{"$ref":"#/definitions/bypassActor"}}}},"requiredCheck":{"oneOf":[{"type":"string","minLength":1,"maxLength":255},{"type":"object","additionalProperties":false,"required":["context"],"properties":{"context":{"type":"string","minLength":1,"maxLength":255},"app_id":{"type":"integer","minimum":1,"description":"The app that must report it (GitHub Actions is 15368)."}}}]},"bypassActor":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["OrganizationAdmin","RepositoryRole","Team","Integration","DeployKey","User","RepositoryAdmin"],"description":"RepositoryAdmin: repository administrators when classic protection does not include administrators."},"id":{"type":"integer","minimum":0,"description":"actor_id (team, app, user or role id); omitted: any actor of this type."},"name":{"type":"string","maxLength":200,"description":"For people reading the policy."}}},"environmentPolicy":{"type":"object","additionalProperties":false,"required":["requires"],"properties":{"from":{"type":"string","minLength":1,"description":"The environment a bundle must currently run in before it may come here (e.g. prod: from staging)."},"fresh":{"type":"boolean","description":"Whether a bundle that runs nowhere yet may come here. Default: true when 'from' is not set, false when it is."},"requires":{"enum":["go","conditional-go"],"description":"The weakest gate decision in the bundle this environment takes: 'go', or 'conditional-go' (which also takes go)."},"reviewers":{"type":"integer","minimum":0,"maximum":6,"description":"How many reviewers (users or teams) the environment's required-reviewers protection rule must name; 1 or more also needs an approval of this environment in the promoting run. GitHub lists at most six."},"prevent_self_review":{"type":"boolean","description":"Require the environment's 'prevent self-review' setting."}}}}};
const schema12 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"};
const schema13 = {"type":"object","additionalProperties":false,"required":["max_high","max_medium"],"properties":{"max_high":{"type":"integer","minimum":0},"max_medium":{"type":"integer","minimum":0},"description":{"type":"string","maxLength":500}}};
const schema36 = {"type":"object","additionalProperties":false,"required":["requires"],"properties":{"from":{"type":"string","minLength":1,"description":"The environment a bundle must currently run in before it may come here (e.g. prod: from staging)."},"fresh":{"type":"boolean","description":"Whether a bundle that runs nowhere yet may come here. Default: true when 'from' is not set, false when it is."},"requires":{"enum":["go","conditional-go"],"description":"The weakest gate decision in the bundle this environment takes: 'go', or 'conditional-go' (which also takes go)."},"reviewers":{"type":"integer","minimum":0,"maximum":6,"description":"How many reviewers (users or teams) the environment's required-reviewers protection rule must name; 1 or more also needs an approval of this environment in the promoting run. GitHub lists at most six."},"prevent_self_review":{"type":"boolean","description":"Require the environment's 'prevent self-review' setting."}}};
const schema41 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/policy-freshness.schema.json","title":"checks.policy-freshness settings","description":"Policies reviewed within their maximum age, and the governance wiring (the gate step, the required jobs) still in the workflows.","type":"object","additionalProperties":false,"properties":{"policies":{"type":"array","description":"Policy files or bundle folders whose review age is judged: by a METADATA `custom.reviewed: YYYY-MM-DD` (a .rego file), a `reviewed` key in .manifest metadata (a bundle folder), else the last commit that touched the path.","items":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"A policy file or bundle folder, relative to the repository root."},"max_age_days":{"type":"integer","minimum":1,"maximum":36500,"description":"Days since the last review allowed for this policy. Default: the top-level max_age_days."}}}},"max_age_days":{"type":"integer","minimum":1,"maximum":36500,"description":"Default maximum age (days since the last review) for every policy. Default 90."},"workflows":{"type":"array","description":"Workflows that must still run the gonogo gate.","items":{"type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string","minLength":1,"description":"The workflow file, for example .github/workflows/ci.yml."},"gate_job":{"type":"string","minLength":1,"description":"The job id that must run the gate. Default: any job of the workflow."}}}},"gate_action":{"description":"What a gate step's `uses:` may be: one or more patterns in which * matches any text. Default: acme/gonogo/action-gate@*, acme/gonogo@*, ./action-gate, ./ (a local reusable workflow that runs the gate counts too).","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"required_jobs":{"type":"array","description":"Jobs that must be required status checks and so must still exist: each matches a job id or a check name the workflows produce (a job's name, matrix names expanded). Default: none.","items":{"type":"string","minLength":1}},"git_timeout_seconds":{"type":"integer","minimum":1,"maximum":600,"description":"Time limit for one git command. Default 30."}}};
const schema48 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/replay-determinism.schema.json","title":"checks.replay-determinism settings","description":"Runs a build command several times, each in a fresh copy of the workspace with SOURCE_DATE_EPOCH, TZ=UTC and LC_ALL=C pinned, and compares the SHA-256 of every declared output between the runs.","type":"object","additionalProperties":false,"properties":{"command":{"type":"string","minLength":1,"maxLength":4000,"description":"The build command, run with /bin/sh -c in the working directory of each copy (for example \"npm run build\"). Required: without it the check fails and says what to configure."},"runs":{"type":"integer","minimum":2,"maximum":10,"description":"How many times the command runs, each in its own fresh copy. Default 2."},"timeout_seconds":{"type":"integer","minimum":1,"maximum":21600,"description":"Time limit of one run; on expiry the whole process group is killed and the run counts as failed. Default 600."},"working_directory":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$","description":"Folder inside the workspace in which the command runs (in each copy). Output globs are relative to it. Default \".\" (the repository root)."},"outputs":{"type":"array","minItems":1,"maxItems":100,"items":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$"},"description":"Globs (picomatch, dot files included) of the files the command produces, relative to working_directory, for example [\"dist/**\"]. Required: without it the check fails. Every matching file is hashed with SHA-256 after each run."},"source_date_epoch":{"type":"integer","minimum":0,"description":"Value of SOURCE_DATE_EPOCH for every run, in seconds. Default: the commit time of HEAD (git), else the gate's effective time."},"copy_git":{"type":"boolean","description":"Whether the .git folder is copied with the workspace (commands that read git describe or the commit need it). Default true."},"env":{"type":"object","maxProperties":100,"propertyNames":{"pattern":"^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","maxLength":4000},"description":"Extra environment variables for the command, over the runner's environment (they may override TZ and LC_ALL; SOURCE_DATE_EPOCH is set with source_date_epoch). Default none."}}};
const schema49 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json","title":"checks.provenance-coverage settings","description":"The share of release artifacts whose actual SHA-256 is recorded by a gonogo bundle manifest or by an in-toto / SLSA provenance statement (DSSE envelopes, Sigstore bundles), against a threshold.","type":"object","additionalProperties":false,"properties":{"artifacts":{"type":"array","minItems":1,"maxItems":100,"items":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$"},"description":"Globs, relative to the repository root, of the release artifacts that must be covered, for example [\"dist/**/*.tgz\"]. Required: without it the check fails and says what to configure."},"manifests":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$"},"description":"Globs of gonogo.bundle/v1 manifest files (files: [{ path, size, sha256 }]). An entry covers an artifact when its path (relative to the manifest's folder, or to the repository root) names the artifact and its size and sha256 match the file. Default none."},"provenance":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$"},"description":"Globs of provenance files: *.jsonl (one DSSE envelope or Sigstore bundle per line) or JSON files holding one DSSE envelope, Sigstore bundle or in-toto statement. A subject covers an artifact when its sha256 digest equals the file's. Default [\"**/*.intoto.jsonl\", \"**/*.sigstore.json\"]."},"threshold":{"type":"number","minimum":0,"maximum":100,"description":"Minimum percentage of artifacts that must be covered. Default 100."}}};
const schema53 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/rollback-drill.schema.json","title":"checks.rollback-drill settings","description":"Rollback drills from the promotion history: in each environment the last rollback must be recent, must have recovered within the objective (from its start to its success) and must have been followed by a successful promotion.","type":"object","additionalProperties":false,"properties":{"environments":{"type":"array","description":"Environments whose last rollback is judged, as GitHub names them. Default: every environment declared under `environments:` in the policy file.","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$","description":"an environment name (letters, digits, '.', '_' and '-')"}},"max_age_days":{"type":"integer","minimum":1,"maximum":3650,"description":"Days since the last rollback completed that a drill stays valid. Default 90."},"recovery_objective_minutes":{"type":"integer","minimum":1,"maximum":10080,"description":"Minutes a rollback may take from its start (the deployment's creation; in the state folder, the record's promoted_at) to its success (its first success status; in the state folder, when its record file was written). Default 60."},"store":{"enum":["auto","deployments","local"],"description":"Where the promotion history is read: GitHub deployments (needs a token with deployments: read), the CLI's state folder, or auto: the deployments when the gate has a token, else the state folder. Default auto."},"state":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^[^\\u0000]+$","description":"The CLI's state folder (`gonogo promote --state`), relative to the repository root. Default .gonogo/state."}}};
const schema54 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/incidents.schema.json","title":"checks.incidents settings","description":"Incidents as a release control: every incident tracking issue opened since the previous release (and any still open) must be closed with its cause and corrective action written in its postmortem checklist. Reads issues and releases through the API (needs a token with issues: read).","type":"object","additionalProperties":false,"properties":{"label":{"type":"string","minLength":1,"maxLength":50,"pattern":"^[^,\\u0000-\\u001f]+$","description":"The label of the incident tracking issues. Default: the first of incidents.labels, else gonogo-incident."},"include_prereleases":{"type":"boolean","description":"Whether a prerelease counts as the previous release. Default false."}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ucs2length.default;
const func0 = ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A;
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
const pattern13 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$", "u");
const pattern14 = new RegExp("^[^,\\u0000-\\u001f]+$", "u");
const pattern3 = new RegExp("^[^\\u0000]+$", "u");
const pattern21 = new RegExp("^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$", "u");
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
if((data0.length < 2 && func3(data0) < 1)){
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
if((data1.length < 2 && func3(data1) < 1)){
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
const schema18 = {"type":"object","description":"Exactly one of report, junit, sarif or builtin.","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"report":{"$ref":"#/definitions/path","description":"A gonogo.report/v1 JSON report or an older governance-script report (path or glob)."},"junit":{"$ref":"#/definitions/path","description":"JUnit XML files (path or glob)."},"sarif":{"$ref":"#/definitions/path","description":"SARIF 2.1.0 files (path or glob)."},"builtin":{"enum":["policy-bundle","policy-freshness","workflow-lint","replay-determinism","provenance-coverage","ci-trend","rollback-drill","incidents"],"description":"A check gonogo computes itself; its settings live under checks.<name>."}}};

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
if((data0.length > 1024 && func3(data0) > 1024)){
const err3 = {instancePath:instancePath+"/report",schemaPath:"#/definitions/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data0.length < 2 && func3(data0) < 1)){
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
if((data1.length > 1024 && func3(data1) > 1024)){
const err7 = {instancePath:instancePath+"/junit",schemaPath:"#/definitions/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data1.length < 2 && func3(data1) < 1)){
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
if((data2.length > 1024 && func3(data2) > 1024)){
const err11 = {instancePath:instancePath+"/sarif",schemaPath:"#/definitions/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema19,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((data2.length < 2 && func3(data2) < 1)){
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
if(!((((((((data3 === "policy-bundle") || (data3 === "policy-freshness")) || (data3 === "workflow-lint")) || (data3 === "replay-determinism")) || (data3 === "provenance-coverage")) || (data3 === "ci-trend")) || (data3 === "rollback-drill")) || (data3 === "incidents"))){
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
if((data1.length > 500 && func3(data1) > 500)){
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
if((data4.length > 200 && func3(data4) > 200)){
const err8 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema16.properties.owner,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data4.length < 2 && func3(data4) < 1)){
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
if((data5.length > 1024 && func3(data5) > 1024)){
const err11 = {instancePath:instancePath+"/runbook",schemaPath:"#/properties/runbook/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema16.properties.runbook,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((data5.length < 2 && func3(data5) < 1)){
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
if((data7.length > 1024 && func3(data7) > 1024)){
const err16 = {instancePath:instancePath+"/allow_unverified/evidence",schemaPath:"#/definitions/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((data7.length < 2 && func3(data7) < 1)){
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

const schema23 = {"type":"object","additionalProperties":false,"required":["id","title","tier","controls"],"properties":{"id":{"$ref":"#/definitions/name","description":"Unique among the claims, for example T0.1."},"title":{"type":"string","minLength":1,"maxLength":200,"description":"The promise, in words: Governed release corridor with fast rollback."},"tier":{"enum":[0,1,2],"description":"0: must be proven and blocker-free for a release; 1 and 2: graded and listed, never blocking by themselves."},"controls":{"type":"array","minItems":1,"description":"Ids of declared controls whose results prove the claim, each once (a control named twice is refused naming it).","items":{"$ref":"#/definitions/name"}},"require_ownership":{"type":"boolean","description":"Controls without an owner or a runbook make the claim at most partial (observability and runbook claims). Default false."},"class":{"enum":["release-corridor","rollback","provenance","runbook-ownership","determinism","unresolved-tier-0"],"description":"The blocker class named when the claim blocks. Default: derived from its failing controls (see README)."}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tier === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tier"},message:"must have required property '"+"tier"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.controls === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "controls"},message:"must have required property '"+"controls"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "title")) || (key0 === "tier")) || (key0 === "controls")) || (key0 === "require_ownership")) || (key0 === "class"))){
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
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema12,data:data0};
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
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if((data1.length > 200 && func3(data1) > 200)){
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema23.properties.title,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data1.length < 2 && func3(data1) < 1)){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.title,data:data1};
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
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.title.type,parentSchema:schema23.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tier !== undefined){
let data2 = data.tier;
if(!(((data2 === 0) || (data2 === 1)) || (data2 === 2))){
const err10 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/enum",keyword:"enum",params:{allowedValues: schema23.properties.tier.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.tier.enum,parentSchema:schema23.properties.tier,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.controls !== undefined){
let data3 = data.controls;
if(Array.isArray(data3)){
if(data3.length < 1){
const err11 = {instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema23.properties.controls,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err12 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema12,data:data4};
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
const err13 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data4};
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
const err14 = {instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.controls.type,parentSchema:schema23.properties.controls,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.require_ownership !== undefined){
let data5 = data.require_ownership;
if(typeof data5 !== "boolean"){
const err15 = {instancePath:instancePath+"/require_ownership",schemaPath:"#/properties/require_ownership/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.require_ownership.type,parentSchema:schema23.properties.require_ownership,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.class !== undefined){
let data6 = data.class;
if(!((((((data6 === "release-corridor") || (data6 === "rollback")) || (data6 === "provenance")) || (data6 === "runbook-ownership")) || (data6 === "determinism")) || (data6 === "unresolved-tier-0"))){
const err16 = {instancePath:instancePath+"/class",schemaPath:"#/properties/class/enum",keyword:"enum",params:{allowedValues: schema23.properties.class.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.class.enum,parentSchema:schema23.properties.class,data:data6};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const schema26 = {"type":"object","additionalProperties":false,"required":["control","owner","reason","expires"],"properties":{"control":{"$ref":"#/definitions/name"},"owner":{"type":"string","minLength":1,"maxLength":200},"reason":{"type":"string","minLength":1,"maxLength":1000},"mitigation":{"type":"string","minLength":1,"maxLength":1000},"link":{"type":"string","minLength":1,"maxLength":1024},"expires":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$","description":"A date (valid through the end of that day, UTC) or an RFC 3339 date-time."}}};
const pattern10 = new RegExp("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$", "u");

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.control === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "control"},message:"must have required property '"+"control"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.owner === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reason === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.expires === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'",schema:schema26.required,parentSchema:schema26,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
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
if((data1.length > 200 && func3(data1) > 200)){
const err7 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema26.properties.owner,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data1.length < 2 && func3(data1) < 1)){
const err8 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.owner,data:data1};
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
const err9 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.owner.type,parentSchema:schema26.properties.owner,data:data1};
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
if((data2.length > 1000 && func3(data2) > 1000)){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema26.properties.reason,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((data2.length < 2 && func3(data2) < 1)){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.reason,data:data2};
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
const err12 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.reason.type,parentSchema:schema26.properties.reason,data:data2};
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
if((data3.length > 1000 && func3(data3) > 1000)){
const err13 = {instancePath:instancePath+"/mitigation",schemaPath:"#/properties/mitigation/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema26.properties.mitigation,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((data3.length < 2 && func3(data3) < 1)){
const err14 = {instancePath:instancePath+"/mitigation",schemaPath:"#/properties/mitigation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.mitigation,data:data3};
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
const err15 = {instancePath:instancePath+"/mitigation",schemaPath:"#/properties/mitigation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.mitigation.type,parentSchema:schema26.properties.mitigation,data:data3};
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
if((data4.length > 1024 && func3(data4) > 1024)){
const err16 = {instancePath:instancePath+"/link",schemaPath:"#/properties/link/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema26.properties.link,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((data4.length < 2 && func3(data4) < 1)){
const err17 = {instancePath:instancePath+"/link",schemaPath:"#/properties/link/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.link,data:data4};
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
const err18 = {instancePath:instancePath+"/link",schemaPath:"#/properties/link/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.link.type,parentSchema:schema26.properties.link,data:data4};
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
if(!pattern10.test(data5)){
const err19 = {instancePath:instancePath+"/expires",schemaPath:"#/properties/expires/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$",parentSchema:schema26.properties.expires,data:data5};
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
const err20 = {instancePath:instancePath+"/expires",schemaPath:"#/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.expires.type,parentSchema:schema26.properties.expires,data:data5};
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
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

const schema28 = {"type":"object","additionalProperties":false,"properties":{"required_checks":{"type":"array","description":"Status checks that must be required on the branch.","items":{"$ref":"#/definitions/requiredCheck"}},"strict":{"type":"boolean","description":"Branches must be up to date before merging."},"min_approvals":{"type":"integer","minimum":0,"maximum":10},"dismiss_stale_reviews":{"type":"boolean"},"require_code_owner_review":{"type":"boolean"},"require_last_push_approval":{"type":"boolean"},"require_conversation_resolution":{"type":"boolean"},"require_linear_history":{"type":"boolean"},"block_force_pushes":{"type":"boolean"},"block_deletions":{"type":"boolean"},"require_signed_commits":{"type":"boolean"},"bypass_allowed":{"type":"array","description":"Who may bypass the rules; anyone else able to bypass is a finding.","items":{"$ref":"#/definitions/bypassActor"}}}};
const schema29 = {"oneOf":[{"type":"string","minLength":1,"maxLength":255},{"type":"object","additionalProperties":false,"required":["context"],"properties":{"context":{"type":"string","minLength":1,"maxLength":255},"app_id":{"type":"integer","minimum":1,"description":"The app that must report it (GitHub Actions is 15368)."}}}]};
const schema30 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["OrganizationAdmin","RepositoryRole","Team","Integration","DeployKey","User","RepositoryAdmin"],"description":"RepositoryAdmin: repository administrators when classic protection does not include administrators."},"id":{"type":"integer","minimum":0,"description":"actor_id (team, app, user or role id); omitted: any actor of this type."},"name":{"type":"string","maxLength":200,"description":"For people reading the policy."}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema28.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
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
if((data1.length > 255 && func3(data1) > 255)){
const err1 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema29.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data1.length < 2 && func3(data1) < 1)){
const err2 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.oneOf[0],data:data1};
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
const err3 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.oneOf[0].type,parentSchema:schema29.oneOf[0],data:data1};
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
const err4 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/required",keyword:"required",params:{missingProperty: "context"},message:"must have required property '"+"context"+"'",schema:schema29.oneOf[1].required,parentSchema:schema29.oneOf[1],data:data1};
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
const err5 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema29.oneOf[1],data:data1};
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
if((data2.length > 255 && func3(data2) > 255)){
const err6 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema29.oneOf[1].properties.context,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data2.length < 2 && func3(data2) < 1)){
const err7 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.oneOf[1].properties.context,data:data2};
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
const err8 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.oneOf[1].properties.context.type,parentSchema:schema29.oneOf[1].properties.context,data:data2};
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
const err9 = {instancePath:instancePath+"/required_checks/" + i0+"/app_id",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/app_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.oneOf[1].properties.app_id.type,parentSchema:schema29.oneOf[1].properties.app_id,data:data3};
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
const err10 = {instancePath:instancePath+"/required_checks/" + i0+"/app_id",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/app_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29.oneOf[1].properties.app_id,data:data3};
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
const err11 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.oneOf[1].type,parentSchema:schema29.oneOf[1],data:data1};
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
const err12 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema29.oneOf,parentSchema:schema29,data:data1};
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
const err13 = {instancePath:instancePath+"/required_checks",schemaPath:"#/properties/required_checks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.required_checks.type,parentSchema:schema28.properties.required_checks,data:data0};
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
const err14 = {instancePath:instancePath+"/strict",schemaPath:"#/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.strict.type,parentSchema:schema28.properties.strict,data:data4};
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
const err15 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.properties.min_approvals.type,parentSchema:schema28.properties.min_approvals,data:data5};
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
const err16 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema28.properties.min_approvals,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema28.properties.min_approvals,data:data5};
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
const err18 = {instancePath:instancePath+"/dismiss_stale_reviews",schemaPath:"#/properties/dismiss_stale_reviews/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.dismiss_stale_reviews.type,parentSchema:schema28.properties.dismiss_stale_reviews,data:data6};
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
const err19 = {instancePath:instancePath+"/require_code_owner_review",schemaPath:"#/properties/require_code_owner_review/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.require_code_owner_review.type,parentSchema:schema28.properties.require_code_owner_review,data:data7};
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
const err20 = {instancePath:instancePath+"/require_last_push_approval",schemaPath:"#/properties/require_last_push_approval/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.require_last_push_approval.type,parentSchema:schema28.properties.require_last_push_approval,data:data8};
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
const err21 = {instancePath:instancePath+"/require_conversation_resolution",schemaPath:"#/properties/require_conversation_resolution/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.require_conversation_resolution.type,parentSchema:schema28.properties.require_conversation_resolution,data:data9};
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
const err22 = {instancePath:instancePath+"/require_linear_history",schemaPath:"#/properties/require_linear_history/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.require_linear_history.type,parentSchema:schema28.properties.require_linear_history,data:data10};
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
const err23 = {instancePath:instancePath+"/block_force_pushes",schemaPath:"#/properties/block_force_pushes/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.block_force_pushes.type,parentSchema:schema28.properties.block_force_pushes,data:data11};
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
const err24 = {instancePath:instancePath+"/block_deletions",schemaPath:"#/properties/block_deletions/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.block_deletions.type,parentSchema:schema28.properties.block_deletions,data:data12};
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
const err25 = {instancePath:instancePath+"/require_signed_commits",schemaPath:"#/properties/require_signed_commits/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.require_signed_commits.type,parentSchema:schema28.properties.require_signed_commits,data:data13};
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
const err26 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema30.required,parentSchema:schema30,data:data15};
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
const err27 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data:data15};
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
const err28 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/type",schemaPath:"#/definitions/bypassActor/properties/type/enum",keyword:"enum",params:{allowedValues: schema30.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.type.enum,parentSchema:schema30.properties.type,data:data16};
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
const err29 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/id",schemaPath:"#/definitions/bypassActor/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.id.type,parentSchema:schema30.properties.id,data:data17};
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
const err30 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/id",schemaPath:"#/definitions/bypassActor/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30.properties.id,data:data17};
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
if((data18.length > 200 && func3(data18) > 200)){
const err31 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/name",schemaPath:"#/definitions/bypassActor/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema30.properties.name,data:data18};
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
const err32 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/name",schemaPath:"#/definitions/bypassActor/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.name.type,parentSchema:schema30.properties.name,data:data18};
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
const err33 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data:data15};
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
const err34 = {instancePath:instancePath+"/bypass_allowed",schemaPath:"#/properties/bypass_allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.bypass_allowed.type,parentSchema:schema28.properties.bypass_allowed,data:data14};
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
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

const schema31 = {"type":"object","additionalProperties":false,"required":["id","repositories","branches"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$","description":"a name of letters, digits, '.', '_' and '-' (at most 64), unique among the overrides; the org report names it for every repository it applies to"},"description":{"type":"string","maxLength":500,"description":"For people reading the policy."},"repositories":{"type":"array","minItems":1,"maxItems":1000,"description":"Repository name globs (the name without the owner, compared without case): the override applies to a repository that matches any of them.","items":{"$ref":"#/definitions/repositoryGlob"}},"branches":{"type":"object","minProperties":1,"description":"Per branch name or glob, as in branches:. For a key already in effect the settings given replace those in effect one by one (null removes a setting, so it is no longer verified); a new key is tried before the keys in effect.","additionalProperties":{"$ref":"#/definitions/branchOverride"}}}};
const schema32 = {"type":"string","pattern":"^[A-Za-z0-9_.*?\\[\\]{},-]{1,100}$","description":"a repository name glob without the owner: letters, digits, '.', '_', '-' and the glob characters * ? [ ] { } , (at most 100)"};
const pattern12 = new RegExp("^[A-Za-z0-9_.*?\\[\\]{},-]{1,100}$", "u");
const schema33 = {"type":"object","additionalProperties":false,"description":"Settings of a branches: entry; null removes the setting in effect.","properties":{"required_checks":{"type":["array","null"],"description":"Status checks that must be required on the branch.","items":{"$ref":"#/definitions/requiredCheck"}},"strict":{"type":["boolean","null"],"description":"Branches must be up to date before merging."},"min_approvals":{"type":["integer","null"],"minimum":0,"maximum":10},"dismiss_stale_reviews":{"type":["boolean","null"]},"require_code_owner_review":{"type":["boolean","null"]},"require_last_push_approval":{"type":["boolean","null"]},"require_conversation_resolution":{"type":["boolean","null"]},"require_linear_history":{"type":["boolean","null"]},"block_force_pushes":{"type":["boolean","null"]},"block_deletions":{"type":["boolean","null"]},"require_signed_commits":{"type":["boolean","null"]},"bypass_allowed":{"type":["array","null"],"description":"Who may bypass the rules; anyone else able to bypass is a finding.","items":{"$ref":"#/definitions/bypassActor"}}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema33.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
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
if((!(Array.isArray(data0))) && (data0 !== null)){
const err1 = {instancePath:instancePath+"/required_checks",schemaPath:"#/properties/required_checks/type",keyword:"type",params:{type: schema33.properties.required_checks.type},message:"must be array,null",schema:schema33.properties.required_checks.type,parentSchema:schema33.properties.required_checks,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs6 = errors;
let valid4 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 === "string"){
if((data1.length > 255 && func3(data1) > 255)){
const err2 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema29.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data1.length < 2 && func3(data1) < 1)){
const err3 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.oneOf[0],data:data1};
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
const err4 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.oneOf[0].type,parentSchema:schema29.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
const err5 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/required",keyword:"required",params:{missingProperty: "context"},message:"must have required property '"+"context"+"'",schema:schema29.oneOf[1].required,parentSchema:schema29.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "context") || (key1 === "app_id"))){
const err6 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema29.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.context !== undefined){
let data2 = data1.context;
if(typeof data2 === "string"){
if((data2.length > 255 && func3(data2) > 255)){
const err7 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema29.oneOf[1].properties.context,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data2.length < 2 && func3(data2) < 1)){
const err8 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.oneOf[1].properties.context,data:data2};
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
const err9 = {instancePath:instancePath+"/required_checks/" + i0+"/context",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.oneOf[1].properties.context.type,parentSchema:schema29.oneOf[1].properties.context,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.app_id !== undefined){
let data3 = data1.app_id;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/required_checks/" + i0+"/app_id",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/app_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.oneOf[1].properties.app_id.type,parentSchema:schema29.oneOf[1].properties.app_id,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/required_checks/" + i0+"/app_id",schemaPath:"#/definitions/requiredCheck/oneOf/1/properties/app_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29.oneOf[1].properties.app_id,data:data3};
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
}
else {
const err12 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.oneOf[1].type,parentSchema:schema29.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
const err13 = {instancePath:instancePath+"/required_checks/" + i0,schemaPath:"#/definitions/requiredCheck/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema29.oneOf,parentSchema:schema29,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
}
if(data.strict !== undefined){
let data4 = data.strict;
if((typeof data4 !== "boolean") && (data4 !== null)){
const err14 = {instancePath:instancePath+"/strict",schemaPath:"#/properties/strict/type",keyword:"type",params:{type: schema33.properties.strict.type},message:"must be boolean,null",schema:schema33.properties.strict.type,parentSchema:schema33.properties.strict,data:data4};
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
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (data5 !== null)){
const err15 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/type",keyword:"type",params:{type: schema33.properties.min_approvals.type},message:"must be integer,null",schema:schema33.properties.min_approvals.type,parentSchema:schema33.properties.min_approvals,data:data5};
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
const err16 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema33.properties.min_approvals,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/min_approvals",schemaPath:"#/properties/min_approvals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33.properties.min_approvals,data:data5};
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
if((typeof data6 !== "boolean") && (data6 !== null)){
const err18 = {instancePath:instancePath+"/dismiss_stale_reviews",schemaPath:"#/properties/dismiss_stale_reviews/type",keyword:"type",params:{type: schema33.properties.dismiss_stale_reviews.type},message:"must be boolean,null",schema:schema33.properties.dismiss_stale_reviews.type,parentSchema:schema33.properties.dismiss_stale_reviews,data:data6};
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
if((typeof data7 !== "boolean") && (data7 !== null)){
const err19 = {instancePath:instancePath+"/require_code_owner_review",schemaPath:"#/properties/require_code_owner_review/type",keyword:"type",params:{type: schema33.properties.require_code_owner_review.type},message:"must be boolean,null",schema:schema33.properties.require_code_owner_review.type,parentSchema:schema33.properties.require_code_owner_review,data:data7};
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
if((typeof data8 !== "boolean") && (data8 !== null)){
const err20 = {instancePath:instancePath+"/require_last_push_approval",schemaPath:"#/properties/require_last_push_approval/type",keyword:"type",params:{type: schema33.properties.require_last_push_approval.type},message:"must be boolean,null",schema:schema33.properties.require_last_push_approval.type,parentSchema:schema33.properties.require_last_push_approval,data:data8};
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
if((typeof data9 !== "boolean") && (data9 !== null)){
const err21 = {instancePath:instancePath+"/require_conversation_resolution",schemaPath:"#/properties/require_conversation_resolution/type",keyword:"type",params:{type: schema33.properties.require_conversation_resolution.type},message:"must be boolean,null",schema:schema33.properties.require_conversation_resolution.type,parentSchema:schema33.properties.require_conversation_resolution,data:data9};
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
if((typeof data10 !== "boolean") && (data10 !== null)){
const err22 = {instancePath:instancePath+"/require_linear_history",schemaPath:"#/properties/require_linear_history/type",keyword:"type",params:{type: schema33.properties.require_linear_history.type},message:"must be boolean,null",schema:schema33.properties.require_linear_history.type,parentSchema:schema33.properties.require_linear_history,data:data10};
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
if((typeof data11 !== "boolean") && (data11 !== null)){
const err23 = {instancePath:instancePath+"/block_force_pushes",schemaPath:"#/properties/block_force_pushes/type",keyword:"type",params:{type: schema33.properties.block_force_pushes.type},message:"must be boolean,null",schema:schema33.properties.block_force_pushes.type,parentSchema:schema33.properties.block_force_pushes,data:data11};
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
if((typeof data12 !== "boolean") && (data12 !== null)){
const err24 = {instancePath:instancePath+"/block_deletions",schemaPath:"#/properties/block_deletions/type",keyword:"type",params:{type: schema33.properties.block_deletions.type},message:"must be boolean,null",schema:schema33.properties.block_deletions.type,parentSchema:schema33.properties.block_deletions,data:data12};
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
if((typeof data13 !== "boolean") && (data13 !== null)){
const err25 = {instancePath:instancePath+"/require_signed_commits",schemaPath:"#/properties/require_signed_commits/type",keyword:"type",params:{type: schema33.properties.require_signed_commits.type},message:"must be boolean,null",schema:schema33.properties.require_signed_commits.type,parentSchema:schema33.properties.require_signed_commits,data:data13};
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
if((!(Array.isArray(data14))) && (data14 !== null)){
const err26 = {instancePath:instancePath+"/bypass_allowed",schemaPath:"#/properties/bypass_allowed/type",keyword:"type",params:{type: schema33.properties.bypass_allowed.type},message:"must be array,null",schema:schema33.properties.bypass_allowed.type,parentSchema:schema33.properties.bypass_allowed,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.type === undefined){
const err27 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema30.required,parentSchema:schema30,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key2 in data15){
if(!(((key2 === "type") || (key2 === "id")) || (key2 === "name"))){
const err28 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data15.type !== undefined){
let data16 = data15.type;
if(!(((((((data16 === "OrganizationAdmin") || (data16 === "RepositoryRole")) || (data16 === "Team")) || (data16 === "Integration")) || (data16 === "DeployKey")) || (data16 === "User")) || (data16 === "RepositoryAdmin"))){
const err29 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/type",schemaPath:"#/definitions/bypassActor/properties/type/enum",keyword:"enum",params:{allowedValues: schema30.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.type.enum,parentSchema:schema30.properties.type,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data15.id !== undefined){
let data17 = data15.id;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err30 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/id",schemaPath:"#/definitions/bypassActor/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.id.type,parentSchema:schema30.properties.id,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err31 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/id",schemaPath:"#/definitions/bypassActor/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30.properties.id,data:data17};
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
if(data15.name !== undefined){
let data18 = data15.name;
if(typeof data18 === "string"){
if((data18.length > 200 && func3(data18) > 200)){
const err32 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/name",schemaPath:"#/definitions/bypassActor/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema30.properties.name,data:data18};
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
const err33 = {instancePath:instancePath+"/bypass_allowed/" + i1+"/name",schemaPath:"#/definitions/bypassActor/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.name.type,parentSchema:schema30.properties.name,data:data18};
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
const err34 = {instancePath:instancePath+"/bypass_allowed/" + i1,schemaPath:"#/definitions/bypassActor/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data:data15};
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
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.repositories === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repositories"},message:"must have required property '"+"repositories"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.branches === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "branches"},message:"must have required property '"+"branches"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "description")) || (key0 === "repositories")) || (key0 === "branches"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",parentSchema:schema31.properties.id,data:data0};
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
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.id.type,parentSchema:schema31.properties.id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if((data1.length > 500 && func3(data1) > 500)){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema31.properties.description,data:data1};
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
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.repositories !== undefined){
let data2 = data.repositories;
if(Array.isArray(data2)){
if(data2.length > 1000){
const err8 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema31.properties.repositories,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.length < 1){
const err9 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.repositories,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern12.test(data3)){
const err10 = {instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/definitions/repositoryGlob/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.*?\\[\\]{},-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9_.*?\\[\\]{},-]{1,100}$"+"\"",schema:"^[A-Za-z0-9_.*?\\[\\]{},-]{1,100}$",parentSchema:schema32,data:data3};
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
const err11 = {instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/definitions/repositoryGlob/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data3};
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
const err12 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.repositories.type,parentSchema:schema31.properties.repositories,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.branches !== undefined){
let data4 = data.branches;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err13 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.branches,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data4){
if(!(validate24(data4[key1], {instancePath:instancePath+"/branches/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.branches.type,parentSchema:schema31.properties.branches,data:data4};
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
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

const schema37 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/policy-bundle.schema.json","title":"checks.policy-bundle settings","description":"OPA policy bundles to verify: manifest, roots, packages, tests, annotations, data files, revision bump against the base ref, and `opa test --coverage` when opa is on PATH.","type":"object","additionalProperties":false,"properties":{"bundles":{"type":"array","description":"The bundle root folders to verify (workspace-relative). With none declared the report is unverified.","minItems":1,"items":{"$ref":"#/definitions/bundle"}},"base_ref":{"type":"string","minLength":1,"description":"Git ref the revision bump is judged against when the gate passes none (the gate's base ref, a pull request's base branch, wins). Tried as given, then as origin/<ref>. Default: origin/main, else main."},"opa_timeout_seconds":{"type":"integer","minimum":1,"maximum":3600,"description":"Time limit for one `opa test --coverage` run. Default 300."},"max_files":{"type":"integer","minimum":1,"maximum":1000000,"description":"Most .rego and data files read per bundle; a bigger bundle fails. Default 20000."},"max_file_bytes":{"type":"integer","minimum":1,"maximum":104857600,"description":"Largest .rego, data or .manifest file read; a bigger one is a finding. Default 1048576 (1 MiB)."}},"definitions":{"changeKind":{"type":"string","enum":["package-removed","rule-removed","package-added","rule-added","policy-changed","data-changed","tests-changed"],"description":"A kind of change to the bundle since the base ref: a (non-test) package or rule that disappeared or appeared, any other .rego change (policy-changed), a data file change, a change to test modules only."},"bundle":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"The bundle root folder (holds .manifest), relative to the repository root."},"require_annotations":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},"description":"Dotted keys every (non-test) package's METADATA must set, for example custom.owner. Package-scoped blocks (before `package`, or `scope: package`) and `scope: subpackages` blocks of enclosing packages count. Default: none."},"require_tests":{"type":"boolean","description":"Every package needs a test module (`*_test.rego`, a `<package>_test` package, or `test_` rules in the package). Default true."},"test_coverage":{"type":"number","minimum":0,"maximum":100,"description":"Minimum line coverage (percent) from `opa test --coverage`. Default: none (the tests must pass, any coverage)."},"bump":{"type":"object","additionalProperties":false,"description":"For a semver revision: which kinds of change need a major or minor bump; every other change needs at least a patch bump. Default: none (any revision change will do).","properties":{"major":{"type":"array","items":{"$ref":"#/definitions/changeKind"},"description":"Change kinds that need a major bump, for example [package-removed, rule-removed]."},"minor":{"type":"array","items":{"$ref":"#/definitions/changeKind"},"description":"Change kinds that need at least a minor bump, for example [package-added, rule-added]."}}}}}}};
const schema38 = {"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"description":"The bundle root folder (holds .manifest), relative to the repository root."},"require_annotations":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},"description":"Dotted keys every (non-test) package's METADATA must set, for example custom.owner. Package-scoped blocks (before `package`, or `scope: package`) and `scope: subpackages` blocks of enclosing packages count. Default: none."},"require_tests":{"type":"boolean","description":"Every package needs a test module (`*_test.rego`, a `<package>_test` package, or `test_` rules in the package). Default true."},"test_coverage":{"type":"number","minimum":0,"maximum":100,"description":"Minimum line coverage (percent) from `opa test --coverage`. Default: none (the tests must pass, any coverage)."},"bump":{"type":"object","additionalProperties":false,"description":"For a semver revision: which kinds of change need a major or minor bump; every other change needs at least a patch bump. Default: none (any revision change will do).","properties":{"major":{"type":"array","items":{"$ref":"#/definitions/changeKind"},"description":"Change kinds that need a major bump, for example [package-removed, rule-removed]."},"minor":{"type":"array","items":{"$ref":"#/definitions/changeKind"},"description":"Change kinds that need at least a minor bump, for example [package-added, rule-added]."}}}}};
const schema39 = {"type":"string","enum":["package-removed","rule-removed","package-added","rule-added","policy-changed","data-changed","tests-changed"],"description":"A kind of change to the bundle since the base ref: a (non-test) package or rule that disappeared or appeared, any other .rego change (policy-changed), a data file change, a change to test modules only."};
const pattern16 = new RegExp("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema38.required,parentSchema:schema38,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
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
if((data0.length < 2 && func3(data0) < 1)){
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.path,data:data0};
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
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.path.type,parentSchema:schema38.properties.path,data:data0};
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
if(!pattern16.test(data2)){
const err4 = {instancePath:instancePath+"/require_annotations/" + i0,schemaPath:"#/properties/require_annotations/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"+"\"",schema:"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$",parentSchema:schema38.properties.require_annotations.items,data:data2};
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
const err5 = {instancePath:instancePath+"/require_annotations/" + i0,schemaPath:"#/properties/require_annotations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.require_annotations.items.type,parentSchema:schema38.properties.require_annotations.items,data:data2};
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
const err6 = {instancePath:instancePath+"/require_annotations",schemaPath:"#/properties/require_annotations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.require_annotations.type,parentSchema:schema38.properties.require_annotations,data:data1};
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
const err7 = {instancePath:instancePath+"/require_tests",schemaPath:"#/properties/require_tests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.require_tests.type,parentSchema:schema38.properties.require_tests,data:data3};
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
const err8 = {instancePath:instancePath+"/test_coverage",schemaPath:"#/properties/test_coverage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema38.properties.test_coverage,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/test_coverage",schemaPath:"#/properties/test_coverage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.test_coverage,data:data4};
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
const err10 = {instancePath:instancePath+"/test_coverage",schemaPath:"#/properties/test_coverage/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.test_coverage.type,parentSchema:schema38.properties.test_coverage,data:data4};
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
const err11 = {instancePath:instancePath+"/bump",schemaPath:"#/properties/bump/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.bump,data:data5};
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
const err12 = {instancePath:instancePath+"/bump/major/" + i1,schemaPath:"#/definitions/changeKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((((((data7 === "package-removed") || (data7 === "rule-removed")) || (data7 === "package-added")) || (data7 === "rule-added")) || (data7 === "policy-changed")) || (data7 === "data-changed")) || (data7 === "tests-changed"))){
const err13 = {instancePath:instancePath+"/bump/major/" + i1,schemaPath:"#/definitions/changeKind/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values",schema:schema39.enum,parentSchema:schema39,data:data7};
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
const err14 = {instancePath:instancePath+"/bump/major",schemaPath:"#/properties/bump/properties/major/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.bump.properties.major.type,parentSchema:schema38.properties.bump.properties.major,data:data6};
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
const err15 = {instancePath:instancePath+"/bump/minor/" + i2,schemaPath:"#/definitions/changeKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((((((data9 === "package-removed") || (data9 === "rule-removed")) || (data9 === "package-added")) || (data9 === "rule-added")) || (data9 === "policy-changed")) || (data9 === "data-changed")) || (data9 === "tests-changed"))){
const err16 = {instancePath:instancePath+"/bump/minor/" + i2,schemaPath:"#/definitions/changeKind/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values",schema:schema39.enum,parentSchema:schema39,data:data9};
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
const err17 = {instancePath:instancePath+"/bump/minor",schemaPath:"#/properties/bump/properties/minor/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.bump.properties.minor.type,parentSchema:schema38.properties.bump.properties.minor,data:data8};
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
const err18 = {instancePath:instancePath+"/bump",schemaPath:"#/properties/bump/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.bump.type,parentSchema:schema38.properties.bump,data:data5};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/checks/policy-bundle.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "bundles") || (key0 === "base_ref")) || (key0 === "opa_timeout_seconds")) || (key0 === "max_files")) || (key0 === "max_file_bytes"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
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
const err1 = {instancePath:instancePath+"/bundles",schemaPath:"#/properties/bundles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema37.properties.bundles,data:data0};
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
if(!(validate28(data0[i0], {instancePath:instancePath+"/bundles/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/bundles",schemaPath:"#/properties/bundles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.bundles.type,parentSchema:schema37.properties.bundles,data:data0};
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
if((data2.length < 2 && func3(data2) < 1)){
const err3 = {instancePath:instancePath+"/base_ref",schemaPath:"#/properties/base_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.base_ref,data:data2};
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
const err4 = {instancePath:instancePath+"/base_ref",schemaPath:"#/properties/base_ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.base_ref.type,parentSchema:schema37.properties.base_ref,data:data2};
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
const err5 = {instancePath:instancePath+"/opa_timeout_seconds",schemaPath:"#/properties/opa_timeout_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.opa_timeout_seconds.type,parentSchema:schema37.properties.opa_timeout_seconds,data:data3};
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
const err6 = {instancePath:instancePath+"/opa_timeout_seconds",schemaPath:"#/properties/opa_timeout_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema37.properties.opa_timeout_seconds,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/opa_timeout_seconds",schemaPath:"#/properties/opa_timeout_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37.properties.opa_timeout_seconds,data:data3};
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
const err8 = {instancePath:instancePath+"/max_files",schemaPath:"#/properties/max_files/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.max_files.type,parentSchema:schema37.properties.max_files,data:data4};
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
const err9 = {instancePath:instancePath+"/max_files",schemaPath:"#/properties/max_files/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema37.properties.max_files,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/max_files",schemaPath:"#/properties/max_files/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37.properties.max_files,data:data4};
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
const err11 = {instancePath:instancePath+"/max_file_bytes",schemaPath:"#/properties/max_file_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.max_file_bytes.type,parentSchema:schema37.properties.max_file_bytes,data:data5};
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
const err12 = {instancePath:instancePath+"/max_file_bytes",schemaPath:"#/properties/max_file_bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 104857600},message:"must be <= 104857600",schema:104857600,parentSchema:schema37.properties.max_file_bytes,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/max_file_bytes",schemaPath:"#/properties/max_file_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37.properties.max_file_bytes,data:data5};
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
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

const schema42 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/workflow-lint.schema.json","title":"checks.workflow-lint settings","description":"Lints .github/workflows/*.yml|yaml: embedded script syntax (bash -n, python3, node --check), actions not pinned as the pinning policy asks (by default to a commit SHA), missing top-level permissions, untrusted contexts expanded into run: scripts, and pull_request_target/workflow_run workflows that check out pull-request code.","type":"object","additionalProperties":false,"properties":{"severity":{"type":"object","description":"Severity per finding kind. 'error' (the default for every kind) fails the check; 'warning' lists the finding (and writes it to SARIF as a warning) but the check still passes; 'off' turns the rule off. Unreadable or invalid workflow files always fail.","additionalProperties":false,"properties":{"script-syntax":{"$ref":"#/definitions/severity","description":"Embedded scripts that do not parse (default error). A missing interpreter makes the check unverified unless this is off."},"unpinned-action":{"$ref":"#/definitions/severity","description":"uses: of another repository's action or reusable workflow not pinned as pinning asks (by default a full 40-hex commit SHA), or a docker:// image without an @sha256: digest (default error)."},"missing-permissions":{"$ref":"#/definitions/severity","description":"A workflow without top-level permissions: in which some job declares none either (default error)."},"script-injection":{"$ref":"#/definitions/severity","description":"${{ github.event.* }} (other than numbers, ids, SHAs, booleans and timestamps) or ${{ github.head_ref }} inside a run: script or an actions/github-script script (default error)."},"untrusted-checkout":{"$ref":"#/definitions/severity","description":"A pull_request_target or workflow_run workflow whose actions/checkout ref or repository names the pull request's head (default error)."}}},"pinning":{"type":"object","description":"How uses: of other repositories' actions and reusable workflows must be pinned, by owner/name pattern: { \"actions/*\": ref, \"my-org/*\": ref, \"*\": sha }. The patterns are tried in the order written and the first that matches decides; a uses: no pattern matches needs a full commit SHA (the default, as OpenSSF Scorecard's Pinned-Dependencies and zizmor's unpinned-uses ask). sha: a full 40-hex commit SHA; ref: any tag, branch or SHA; any: nothing. Local ./ actions need nothing and docker:// images an @sha256: digest, whatever the patterns say.","propertyNames":{"pattern":"^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$","description":"a pinning pattern: * (every repository) or owner/name, where * and ? match within one part (actions/*, my-org/setup-*, actions/checkout)"},"additionalProperties":{"type":"string","enum":["sha","ref","any"],"description":"sha: a full 40-hex commit SHA; ref: any tag, branch or SHA; any: nothing."},"maxProperties":200},"allow_unpinned":{"type":"array","description":"owner/repo globs exempt from the pinning rule, for example \"my-org/*\": the same as pinning entries with the policy any, tried before them. Prefer pinning (which can also allow refs only). Default: none; gonogo recommends pinning every action, GitHub's own included.","items":{"type":"string","minLength":1,"pattern":"^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$","description":"a pattern like the pinning ones: * or owner/name (no @ref)"},"uniqueItems":true},"sarif":{"type":"string","description":"Also write the findings as a SARIF 2.1.0 log to this workspace-relative path (for github/codeql-action/upload-sarif). Default: not written. A path outside the workspace fails the check.","minLength":1},"timeout_seconds":{"type":"number","description":"Time limit for each interpreter run (the one python3 run checks every Python snippet). Default 30.","exclusiveMinimum":0,"maximum":600},"interpreters":{"type":"object","description":"Commands (names on PATH or absolute paths) used to syntax-check scripts. Defaults: python3, bash, sh, node.","additionalProperties":false,"properties":{"python":{"type":"string","minLength":1,"description":"Python 3 interpreter. Default python3."},"bash":{"type":"string","minLength":1,"description":"bash, for bash -n. Default bash."},"sh":{"type":"string","minLength":1,"description":"POSIX sh, for sh -n on shell: sh steps. Default sh."},"node":{"type":"string","minLength":1,"description":"Node.js, for node --check. Default node."}}}},"definitions":{"severity":{"type":"string","enum":["error","warning","off"]}}};
const schema43 = {"type":"string","enum":["error","warning","off"]};
const pattern17 = new RegExp("^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$", "u");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/checks/workflow-lint.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "severity") || (key0 === "pinning")) || (key0 === "allow_unpinned")) || (key0 === "sarif")) || (key0 === "timeout_seconds")) || (key0 === "interpreters"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
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
const err1 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.severity,data:data0};
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
const err2 = {instancePath:instancePath+"/severity/script-syntax",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data1 === "error") || (data1 === "warning")) || (data1 === "off"))){
const err3 = {instancePath:instancePath+"/severity/script-syntax",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data1};
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
const err4 = {instancePath:instancePath+"/severity/unpinned-action",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((data2 === "error") || (data2 === "warning")) || (data2 === "off"))){
const err5 = {instancePath:instancePath+"/severity/unpinned-action",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data2};
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
const err6 = {instancePath:instancePath+"/severity/missing-permissions",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data3 === "error") || (data3 === "warning")) || (data3 === "off"))){
const err7 = {instancePath:instancePath+"/severity/missing-permissions",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data3};
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
const err8 = {instancePath:instancePath+"/severity/script-injection",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((data4 === "error") || (data4 === "warning")) || (data4 === "off"))){
const err9 = {instancePath:instancePath+"/severity/script-injection",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data4};
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
const err10 = {instancePath:instancePath+"/severity/untrusted-checkout",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((data5 === "error") || (data5 === "warning")) || (data5 === "off"))){
const err11 = {instancePath:instancePath+"/severity/untrusted-checkout",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data5};
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
const err12 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.severity.type,parentSchema:schema42.properties.severity,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.pinning !== undefined){
let data6 = data.pinning;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length > 200){
const err13 = {instancePath:instancePath+"/pinning",schemaPath:"#/properties/pinning/maxProperties",keyword:"maxProperties",params:{limit: 200},message:"must NOT have more than 200 properties",schema:200,parentSchema:schema42.properties.pinning,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key2 in data6){
const _errs22 = errors;
if(typeof key2 === "string"){
if(!pattern17.test(key2)){
const err14 = {instancePath:instancePath+"/pinning",schemaPath:"#/properties/pinning/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$"},message:"must match pattern \""+"^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$"+"\"",schema:"^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$",parentSchema:schema42.properties.pinning.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var valid7 = _errs22 === errors;
if(!valid7){
const err15 = {instancePath:instancePath+"/pinning",schemaPath:"#/properties/pinning/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema42.properties.pinning.propertyNames,parentSchema:schema42.properties.pinning,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key3 in data6){
let data7 = data6[key3];
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/pinning/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pinning/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.pinning.additionalProperties.type,parentSchema:schema42.properties.pinning.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((data7 === "sha") || (data7 === "ref")) || (data7 === "any"))){
const err17 = {instancePath:instancePath+"/pinning/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pinning/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema42.properties.pinning.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.pinning.additionalProperties.enum,parentSchema:schema42.properties.pinning.additionalProperties,data:data7};
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
const err18 = {instancePath:instancePath+"/pinning",schemaPath:"#/properties/pinning/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.pinning.type,parentSchema:schema42.properties.pinning,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.allow_unpinned !== undefined){
let data8 = data.allow_unpinned;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 === "string"){
if((data9.length < 2 && func3(data9) < 1)){
const err19 = {instancePath:instancePath+"/allow_unpinned/" + i0,schemaPath:"#/properties/allow_unpinned/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.allow_unpinned.items,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern17.test(data9)){
const err20 = {instancePath:instancePath+"/allow_unpinned/" + i0,schemaPath:"#/properties/allow_unpinned/items/pattern",keyword:"pattern",params:{pattern: "^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$"},message:"must match pattern \""+"^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$"+"\"",schema:"^(\\*|[A-Za-z0-9*?-]+/[A-Za-z0-9._*?-]+)$",parentSchema:schema42.properties.allow_unpinned.items,data:data9};
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
const err21 = {instancePath:instancePath+"/allow_unpinned/" + i0,schemaPath:"#/properties/allow_unpinned/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.allow_unpinned.items.type,parentSchema:schema42.properties.allow_unpinned.items,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i1 = data8.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data8[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err22 = {instancePath:instancePath+"/allow_unpinned",schemaPath:"#/properties/allow_unpinned/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema42.properties.allow_unpinned,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err23 = {instancePath:instancePath+"/allow_unpinned",schemaPath:"#/properties/allow_unpinned/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.allow_unpinned.type,parentSchema:schema42.properties.allow_unpinned,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.sarif !== undefined){
let data10 = data.sarif;
if(typeof data10 === "string"){
if((data10.length < 2 && func3(data10) < 1)){
const err24 = {instancePath:instancePath+"/sarif",schemaPath:"#/properties/sarif/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.sarif,data:data10};
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
const err25 = {instancePath:instancePath+"/sarif",schemaPath:"#/properties/sarif/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.sarif.type,parentSchema:schema42.properties.sarif,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.timeout_seconds !== undefined){
let data11 = data.timeout_seconds;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 600 || isNaN(data11)){
const err26 = {instancePath:instancePath+"/timeout_seconds",schemaPath:"#/properties/timeout_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600",schema:600,parentSchema:schema42.properties.timeout_seconds,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data11 <= 0 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/timeout_seconds",schemaPath:"#/properties/timeout_seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema42.properties.timeout_seconds,data:data11};
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
const err28 = {instancePath:instancePath+"/timeout_seconds",schemaPath:"#/properties/timeout_seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.timeout_seconds.type,parentSchema:schema42.properties.timeout_seconds,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.interpreters !== undefined){
let data12 = data.interpreters;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key4 in data12){
if(!((((key4 === "python") || (key4 === "bash")) || (key4 === "sh")) || (key4 === "node"))){
const err29 = {instancePath:instancePath+"/interpreters",schemaPath:"#/properties/interpreters/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.interpreters,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data12.python !== undefined){
let data13 = data12.python;
if(typeof data13 === "string"){
if((data13.length < 2 && func3(data13) < 1)){
const err30 = {instancePath:instancePath+"/interpreters/python",schemaPath:"#/properties/interpreters/properties/python/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.interpreters.properties.python,data:data13};
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
const err31 = {instancePath:instancePath+"/interpreters/python",schemaPath:"#/properties/interpreters/properties/python/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.interpreters.properties.python.type,parentSchema:schema42.properties.interpreters.properties.python,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data12.bash !== undefined){
let data14 = data12.bash;
if(typeof data14 === "string"){
if((data14.length < 2 && func3(data14) < 1)){
const err32 = {instancePath:instancePath+"/interpreters/bash",schemaPath:"#/properties/interpreters/properties/bash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.interpreters.properties.bash,data:data14};
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
const err33 = {instancePath:instancePath+"/interpreters/bash",schemaPath:"#/properties/interpreters/properties/bash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.interpreters.properties.bash.type,parentSchema:schema42.properties.interpreters.properties.bash,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data12.sh !== undefined){
let data15 = data12.sh;
if(typeof data15 === "string"){
if((data15.length < 2 && func3(data15) < 1)){
const err34 = {instancePath:instancePath+"/interpreters/sh",schemaPath:"#/properties/interpreters/properties/sh/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.interpreters.properties.sh,data:data15};
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
const err35 = {instancePath:instancePath+"/interpreters/sh",schemaPath:"#/properties/interpreters/properties/sh/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.interpreters.properties.sh.type,parentSchema:schema42.properties.interpreters.properties.sh,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data12.node !== undefined){
let data16 = data12.node;
if(typeof data16 === "string"){
if((data16.length < 2 && func3(data16) < 1)){
const err36 = {instancePath:instancePath+"/interpreters/node",schemaPath:"#/properties/interpreters/properties/node/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.interpreters.properties.node,data:data16};
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
const err37 = {instancePath:instancePath+"/interpreters/node",schemaPath:"#/properties/interpreters/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.interpreters.properties.node.type,parentSchema:schema42.properties.interpreters.properties.node,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/interpreters",schemaPath:"#/properties/interpreters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.interpreters.type,parentSchema:schema42.properties.interpreters,data:data12};
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
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

const schema50 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/checks/ci-trend.schema.json","title":"checks.ci-trend settings","description":"CI stability of the jobs that guard releases, from Actions history, against SLOs.","type":"object","additionalProperties":false,"required":["jobs"],"properties":{"branch":{"type":"string","minLength":1,"description":"Branch whose runs count. Default: the default branch."},"event":{"type":"string","minLength":1,"description":"Only runs of this event (push, schedule, …). Default: any."},"window":{"type":"integer","minimum":1,"maximum":1000,"description":"The last N completed runs per workflow. Default 20."},"max_requests":{"type":"integer","minimum":1,"maximum":100000,"description":"Stop (unverified) after this many API requests. Default 1000."},"jobs":{"type":"array","minItems":1,"description":"Critical jobs: workflow file name and job name (as checks show it) or a glob such as 'test (*)'.","items":{"type":"object","additionalProperties":false,"required":["workflow","job"],"properties":{"workflow":{"type":"string","pattern":"^[^/]+\\.ya?ml$","description":"File name under .github/workflows, e.g. ci.yml."},"job":{"type":"string","minLength":1},"slo":{"$ref":"#/definitions/slo"}}}},"slo":{"$ref":"#/definitions/slo"}},"definitions":{"slo":{"type":"object","additionalProperties":false,"properties":{"min_pass_rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of completed runs that passed. Default 90."},"min_samples":{"type":"integer","minimum":0,"description":"Fewer completed runs than this is unverified, not a pass. Default 10."},"max_flaky_rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of runs that failed then passed on re-run. Default 10."},"error_budget":{"type":"integer","minimum":0,"description":"Failures allowed in the window. Default 2."}}}}};
const schema51 = {"type":"object","additionalProperties":false,"properties":{"min_pass_rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of completed runs that passed. Default 90."},"min_samples":{"type":"integer","minimum":0,"description":"Fewer completed runs than this is unverified, not a pass. Default 10."},"max_flaky_rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of runs that failed then passed on re-run. Default 10."},"error_budget":{"type":"integer","minimum":0,"description":"Failures allowed in the window. Default 2."}}};
const pattern25 = new RegExp("^[^/]+\\.ya?ml$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/checks/ci-trend.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.jobs === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "jobs"},message:"must have required property '"+"jobs"+"'",schema:schema50.required,parentSchema:schema50,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
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
if((data0.length < 2 && func3(data0) < 1)){
const err2 = {instancePath:instancePath+"/branch",schemaPath:"#/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.branch,data:data0};
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
const err3 = {instancePath:instancePath+"/branch",schemaPath:"#/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.branch.type,parentSchema:schema50.properties.branch,data:data0};
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
if((data1.length < 2 && func3(data1) < 1)){
const err4 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.event,data:data1};
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
const err5 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.event.type,parentSchema:schema50.properties.event,data:data1};
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
const err6 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.window.type,parentSchema:schema50.properties.window,data:data2};
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
const err7 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema50.properties.window,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.window,data:data2};
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
const err9 = {instancePath:instancePath+"/max_requests",schemaPath:"#/properties/max_requests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.max_requests.type,parentSchema:schema50.properties.max_requests,data:data3};
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
const err10 = {instancePath:instancePath+"/max_requests",schemaPath:"#/properties/max_requests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema50.properties.max_requests,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/max_requests",schemaPath:"#/properties/max_requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.max_requests,data:data3};
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
const err12 = {instancePath:instancePath+"/jobs",schemaPath:"#/properties/jobs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema50.properties.jobs,data:data4};
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
const err13 = {instancePath:instancePath+"/jobs/" + i0,schemaPath:"#/properties/jobs/items/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema50.properties.jobs.items.required,parentSchema:schema50.properties.jobs.items,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.job === undefined){
const err14 = {instancePath:instancePath+"/jobs/" + i0,schemaPath:"#/properties/jobs/items/required",keyword:"required",params:{missingProperty: "job"},message:"must have required property '"+"job"+"'",schema:schema50.properties.jobs.items.required,parentSchema:schema50.properties.jobs.items,data:data5};
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
const err15 = {instancePath:instancePath+"/jobs/" + i0,schemaPath:"#/properties/jobs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.jobs.items,data:data5};
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
if(!pattern25.test(data6)){
const err16 = {instancePath:instancePath+"/jobs/" + i0+"/workflow",schemaPath:"#/properties/jobs/items/properties/workflow/pattern",keyword:"pattern",params:{pattern: "^[^/]+\\.ya?ml$"},message:"must match pattern \""+"^[^/]+\\.ya?ml$"+"\"",schema:"^[^/]+\\.ya?ml$",parentSchema:schema50.properties.jobs.items.properties.workflow,data:data6};
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
const err17 = {instancePath:instancePath+"/jobs/" + i0+"/workflow",schemaPath:"#/properties/jobs/items/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.jobs.items.properties.workflow.type,parentSchema:schema50.properties.jobs.items.properties.workflow,data:data6};
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
if((data7.length < 2 && func3(data7) < 1)){
const err18 = {instancePath:instancePath+"/jobs/" + i0+"/job",schemaPath:"#/properties/jobs/items/properties/job/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.jobs.items.properties.job,data:data7};
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
const err19 = {instancePath:instancePath+"/jobs/" + i0+"/job",schemaPath:"#/properties/jobs/items/properties/job/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.jobs.items.properties.job.type,parentSchema:schema50.properties.jobs.items.properties.job,data:data7};
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
const err20 = {instancePath:instancePath+"/jobs/" + i0+"/slo",schemaPath:"#/definitions/slo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data8};
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
const err21 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.min_pass_rate,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err22 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.min_pass_rate,data:data9};
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
const err23 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.min_pass_rate.type,parentSchema:schema51.properties.min_pass_rate,data:data9};
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
const err24 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_samples",schemaPath:"#/definitions/slo/properties/min_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.min_samples.type,parentSchema:schema51.properties.min_samples,data:data10};
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
const err25 = {instancePath:instancePath+"/jobs/" + i0+"/slo/min_samples",schemaPath:"#/definitions/slo/properties/min_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.min_samples,data:data10};
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
const err26 = {instancePath:instancePath+"/jobs/" + i0+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.max_flaky_rate,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/jobs/" + i0+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.max_flaky_rate,data:data11};
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
const err28 = {instancePath:instancePath+"/jobs/" + i0+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.max_flaky_rate.type,parentSchema:schema51.properties.max_flaky_rate,data:data11};
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
const err29 = {instancePath:instancePath+"/jobs/" + i0+"/slo/error_budget",schemaPath:"#/definitions/slo/properties/error_budget/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.error_budget.type,parentSchema:schema51.properties.error_budget,data:data12};
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
const err30 = {instancePath:instancePath+"/jobs/" + i0+"/slo/error_budget",schemaPath:"#/definitions/slo/properties/error_budget/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.error_budget,data:data12};
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
const err31 = {instancePath:instancePath+"/jobs/" + i0+"/slo",schemaPath:"#/definitions/slo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data8};
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
const err32 = {instancePath:instancePath+"/jobs/" + i0,schemaPath:"#/properties/jobs/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.jobs.items.type,parentSchema:schema50.properties.jobs.items,data:data5};
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
const err33 = {instancePath:instancePath+"/jobs",schemaPath:"#/properties/jobs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.jobs.type,parentSchema:schema50.properties.jobs,data:data4};
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
const err34 = {instancePath:instancePath+"/slo",schemaPath:"#/definitions/slo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data13};
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
const err35 = {instancePath:instancePath+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.min_pass_rate,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err36 = {instancePath:instancePath+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.min_pass_rate,data:data14};
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
const err37 = {instancePath:instancePath+"/slo/min_pass_rate",schemaPath:"#/definitions/slo/properties/min_pass_rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.min_pass_rate.type,parentSchema:schema51.properties.min_pass_rate,data:data14};
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
const err38 = {instancePath:instancePath+"/slo/min_samples",schemaPath:"#/definitions/slo/properties/min_samples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.min_samples.type,parentSchema:schema51.properties.min_samples,data:data15};
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
const err39 = {instancePath:instancePath+"/slo/min_samples",schemaPath:"#/definitions/slo/properties/min_samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.min_samples,data:data15};
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
const err40 = {instancePath:instancePath+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.max_flaky_rate,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err41 = {instancePath:instancePath+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.max_flaky_rate,data:data16};
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
const err42 = {instancePath:instancePath+"/slo/max_flaky_rate",schemaPath:"#/definitions/slo/properties/max_flaky_rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.max_flaky_rate.type,parentSchema:schema51.properties.max_flaky_rate,data:data16};
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
const err43 = {instancePath:instancePath+"/slo/error_budget",schemaPath:"#/definitions/slo/properties/error_budget/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.error_budget.type,parentSchema:schema51.properties.error_budget,data:data17};
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
const err44 = {instancePath:instancePath+"/slo/error_budget",schemaPath:"#/definitions/slo/properties/error_budget/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.error_budget,data:data17};
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
const err45 = {instancePath:instancePath+"/slo",schemaPath:"#/definitions/slo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data13};
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
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate33.errors = vErrors;
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
if((data5.length > 500 && func3(data5) > 500)){
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
if(data.claims !== undefined){
let data10 = data.claims;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(!(validate17(data10[i2], {instancePath:instancePath+"/claims/" + i2,parentData:data10,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/claims",schemaPath:"#/properties/claims/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.claims.type,parentSchema:schema11.properties.claims,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.waivers !== undefined){
let data12 = data.waivers;
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
if(!(validate19(data12[i3], {instancePath:instancePath+"/waivers/" + i3,parentData:data12,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.waivers.type,parentSchema:schema11.properties.waivers,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.comment !== undefined){
let data14 = data.comment;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key4 in data14){
if(!(key4 === "max_rows")){
const err25 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.comment,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data14.max_rows !== undefined){
let data15 = data14.max_rows;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err26 = {instancePath:instancePath+"/comment/max_rows",schemaPath:"#/properties/comment/properties/max_rows/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.comment.properties.max_rows.type,parentSchema:schema11.properties.comment.properties.max_rows,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 1000 || isNaN(data15)){
const err27 = {instancePath:instancePath+"/comment/max_rows",schemaPath:"#/properties/comment/properties/max_rows/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema11.properties.comment.properties.max_rows,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err28 = {instancePath:instancePath+"/comment/max_rows",schemaPath:"#/properties/comment/properties/max_rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.comment.properties.max_rows,data:data15};
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
}
else {
const err29 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.comment.type,parentSchema:schema11.properties.comment,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.limits !== undefined){
let data16 = data.limits;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key5 in data16){
if(!((key5 === "max_report_bytes") || (key5 === "max_files_per_source"))){
const err30 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.limits,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data16.max_report_bytes !== undefined){
let data17 = data16.max_report_bytes;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err31 = {instancePath:instancePath+"/limits/max_report_bytes",schemaPath:"#/properties/limits/properties/max_report_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.limits.properties.max_report_bytes.type,parentSchema:schema11.properties.limits.properties.max_report_bytes,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 1073741824 || isNaN(data17)){
const err32 = {instancePath:instancePath+"/limits/max_report_bytes",schemaPath:"#/properties/limits/properties/max_report_bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1073741824},message:"must be <= 1073741824",schema:1073741824,parentSchema:schema11.properties.limits.properties.max_report_bytes,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data17 < 1024 || isNaN(data17)){
const err33 = {instancePath:instancePath+"/limits/max_report_bytes",schemaPath:"#/properties/limits/properties/max_report_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024",schema:1024,parentSchema:schema11.properties.limits.properties.max_report_bytes,data:data17};
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
if(data16.max_files_per_source !== undefined){
let data18 = data16.max_files_per_source;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err34 = {instancePath:instancePath+"/limits/max_files_per_source",schemaPath:"#/properties/limits/properties/max_files_per_source/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.limits.properties.max_files_per_source.type,parentSchema:schema11.properties.limits.properties.max_files_per_source,data:data18};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 1000000 || isNaN(data18)){
const err35 = {instancePath:instancePath+"/limits/max_files_per_source",schemaPath:"#/properties/limits/properties/max_files_per_source/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema11.properties.limits.properties.max_files_per_source,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data18 < 1 || isNaN(data18)){
const err36 = {instancePath:instancePath+"/limits/max_files_per_source",schemaPath:"#/properties/limits/properties/max_files_per_source/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.limits.properties.max_files_per_source,data:data18};
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
const err37 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.limits.type,parentSchema:schema11.properties.limits,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.branches !== undefined){
let data19 = data.branches;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(Object.keys(data19).length < 1){
const err38 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.branches,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key6 in data19){
if(!(validate21(data19[key6], {instancePath:instancePath+"/branches/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data19,parentDataProperty:key6,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err39 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.branches.type,parentSchema:schema11.properties.branches,data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.org !== undefined){
let data21 = data.org;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key7 in data21){
if(!(key7 === "overrides")){
const err40 = {instancePath:instancePath+"/org",schemaPath:"#/properties/org/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.org,data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data21.overrides !== undefined){
let data22 = data21.overrides;
if(Array.isArray(data22)){
if(data22.length > 1000){
const err41 = {instancePath:instancePath+"/org/overrides",schemaPath:"#/properties/org/properties/overrides/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema11.properties.org.properties.overrides,data:data22};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data22.length < 1){
const err42 = {instancePath:instancePath+"/org/overrides",schemaPath:"#/properties/org/properties/overrides/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.org.properties.overrides,data:data22};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len4 = data22.length;
for(let i4=0; i4<len4; i4++){
if(!(validate23(data22[i4], {instancePath:instancePath+"/org/overrides/" + i4,parentData:data22,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err43 = {instancePath:instancePath+"/org/overrides",schemaPath:"#/properties/org/properties/overrides/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.org.properties.overrides.type,parentSchema:schema11.properties.org.properties.overrides,data:data22};
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
const err44 = {instancePath:instancePath+"/org",schemaPath:"#/properties/org/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.org.type,parentSchema:schema11.properties.org,data:data21};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.environments !== undefined){
let data24 = data.environments;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(Object.keys(data24).length < 1){
const err45 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.environments,data:data24};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key8 in data24){
const _errs55 = errors;
if(typeof key8 === "string"){
if(!pattern13.test(key8)){
const err46 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$",parentSchema:schema11.properties.environments.propertyNames,data:key8,propertyName:key8};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
var valid20 = _errs55 === errors;
if(!valid20){
const err47 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid",schema:schema11.properties.environments.propertyNames,parentSchema:schema11.properties.environments,data:data24};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
for(const key9 in data24){
let data25 = data24[key9];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.requires === undefined){
const err48 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/environmentPolicy/required",keyword:"required",params:{missingProperty: "requires"},message:"must have required property '"+"requires"+"'",schema:schema36.required,parentSchema:schema36,data:data25};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key10 in data25){
if(!(((((key10 === "from") || (key10 === "fresh")) || (key10 === "requires")) || (key10 === "reviewers")) || (key10 === "prevent_self_review"))){
const err49 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/environmentPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data25};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data25.from !== undefined){
let data26 = data25.from;
if(typeof data26 === "string"){
if((data26.length < 2 && func3(data26) < 1)){
const err50 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/from",schemaPath:"#/definitions/environmentPolicy/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.from,data:data26};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/from",schemaPath:"#/definitions/environmentPolicy/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.from.type,parentSchema:schema36.properties.from,data:data26};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data25.fresh !== undefined){
let data27 = data25.fresh;
if(typeof data27 !== "boolean"){
const err52 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/fresh",schemaPath:"#/definitions/environmentPolicy/properties/fresh/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.fresh.type,parentSchema:schema36.properties.fresh,data:data27};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data25.requires !== undefined){
let data28 = data25.requires;
if(!((data28 === "go") || (data28 === "conditional-go"))){
const err53 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/requires",schemaPath:"#/definitions/environmentPolicy/properties/requires/enum",keyword:"enum",params:{allowedValues: schema36.properties.requires.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.requires.enum,parentSchema:schema36.properties.requires,data:data28};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data25.reviewers !== undefined){
let data29 = data25.reviewers;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err54 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/reviewers",schemaPath:"#/definitions/environmentPolicy/properties/reviewers/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.reviewers.type,parentSchema:schema36.properties.reviewers,data:data29};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 6 || isNaN(data29)){
const err55 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/reviewers",schemaPath:"#/definitions/environmentPolicy/properties/reviewers/maximum",keyword:"maximum",params:{comparison: "<=", limit: 6},message:"must be <= 6",schema:6,parentSchema:schema36.properties.reviewers,data:data29};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data29 < 0 || isNaN(data29)){
const err56 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/reviewers",schemaPath:"#/definitions/environmentPolicy/properties/reviewers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.reviewers,data:data29};
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
if(data25.prevent_self_review !== undefined){
let data30 = data25.prevent_self_review;
if(typeof data30 !== "boolean"){
const err57 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/prevent_self_review",schemaPath:"#/definitions/environmentPolicy/properties/prevent_self_review/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.prevent_self_review.type,parentSchema:schema36.properties.prevent_self_review,data:data30};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/environmentPolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data25};
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
else {
const err59 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.type,parentSchema:schema11.properties.environments,data:data24};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.incidents !== undefined){
let data31 = data.incidents;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key11 in data31){
if(!((((((key11 === "on") || (key11 === "triggers")) || (key11 === "ci_trend_breaches")) || (key11 === "freeze")) || (key11 === "fix_label")) || (key11 === "labels"))){
const err60 = {instancePath:instancePath+"/incidents",schemaPath:"#/properties/incidents/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.incidents,data:data31};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data31.on !== undefined){
let data32 = data31.on;
if(Array.isArray(data32)){
const len5 = data32.length;
for(let i5=0; i5<len5; i5++){
let data33 = data32[i5];
if(!((data33 === "no-go") || (data33 === "trigger"))){
const err61 = {instancePath:instancePath+"/incidents/on/" + i5,schemaPath:"#/properties/incidents/properties/on/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.incidents.properties.on.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.incidents.properties.on.items.enum,parentSchema:schema11.properties.incidents.properties.on.items,data:data33};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
let i6 = data32.length;
let j0;
if(i6 > 1){
outer0:
for(;i6--;){
for(j0 = i6; j0--;){
if(func0(data32[i6], data32[j0])){
const err62 = {instancePath:instancePath+"/incidents/on",schemaPath:"#/properties/incidents/properties/on/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i6+" are identical)",schema:true,parentSchema:schema11.properties.incidents.properties.on,data:data32};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err63 = {instancePath:instancePath+"/incidents/on",schemaPath:"#/properties/incidents/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.incidents.properties.on.type,parentSchema:schema11.properties.incidents.properties.on,data:data32};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data31.triggers !== undefined){
let data34 = data31.triggers;
if(Array.isArray(data34)){
if(data34.length > 1000){
const err64 = {instancePath:instancePath+"/incidents/triggers",schemaPath:"#/properties/incidents/properties/triggers/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema11.properties.incidents.properties.triggers,data:data34};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const len6 = data34.length;
for(let i7=0; i7<len6; i7++){
let data35 = data34[i7];
if(typeof data35 === "string"){
if((data35.length > 200 && func3(data35) > 200)){
const err65 = {instancePath:instancePath+"/incidents/triggers/" + i7,schemaPath:"#/properties/incidents/properties/triggers/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema11.properties.incidents.properties.triggers.items,data:data35};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if((data35.length < 2 && func3(data35) < 1)){
const err66 = {instancePath:instancePath+"/incidents/triggers/" + i7,schemaPath:"#/properties/incidents/properties/triggers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.incidents.properties.triggers.items,data:data35};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/incidents/triggers/" + i7,schemaPath:"#/properties/incidents/properties/triggers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.incidents.properties.triggers.items.type,parentSchema:schema11.properties.incidents.properties.triggers.items,data:data35};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
let i8 = data34.length;
let j1;
if(i8 > 1){
const indices0 = {};
for(;i8--;){
let item0 = data34[i8];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err68 = {instancePath:instancePath+"/incidents/triggers",schemaPath:"#/properties/incidents/properties/triggers/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i8+" are identical)",schema:true,parentSchema:schema11.properties.incidents.properties.triggers,data:data34};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
break;
}
indices0[item0] = i8;
}
}
}
else {
const err69 = {instancePath:instancePath+"/incidents/triggers",schemaPath:"#/properties/incidents/properties/triggers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.incidents.properties.triggers.type,parentSchema:schema11.properties.incidents.properties.triggers,data:data34};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data31.ci_trend_breaches !== undefined){
let data36 = data31.ci_trend_breaches;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err70 = {instancePath:instancePath+"/incidents/ci_trend_breaches",schemaPath:"#/properties/incidents/properties/ci_trend_breaches/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.incidents.properties.ci_trend_breaches.type,parentSchema:schema11.properties.incidents.properties.ci_trend_breaches,data:data36};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 > 100 || isNaN(data36)){
const err71 = {instancePath:instancePath+"/incidents/ci_trend_breaches",schemaPath:"#/properties/incidents/properties/ci_trend_breaches/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema11.properties.incidents.properties.ci_trend_breaches,data:data36};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data36 < 1 || isNaN(data36)){
const err72 = {instancePath:instancePath+"/incidents/ci_trend_breaches",schemaPath:"#/properties/incidents/properties/ci_trend_breaches/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.incidents.properties.ci_trend_breaches,data:data36};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
if(data31.freeze !== undefined){
let data37 = data31.freeze;
if(typeof data37 !== "boolean"){
const err73 = {instancePath:instancePath+"/incidents/freeze",schemaPath:"#/properties/incidents/properties/freeze/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.incidents.properties.freeze.type,parentSchema:schema11.properties.incidents.properties.freeze,data:data37};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data31.fix_label !== undefined){
let data38 = data31.fix_label;
if(typeof data38 === "string"){
if((data38.length > 50 && func3(data38) > 50)){
const err74 = {instancePath:instancePath+"/incidents/fix_label",schemaPath:"#/properties/incidents/properties/fix_label/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema11.properties.incidents.properties.fix_label,data:data38};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((data38.length < 2 && func3(data38) < 1)){
const err75 = {instancePath:instancePath+"/incidents/fix_label",schemaPath:"#/properties/incidents/properties/fix_label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.incidents.properties.fix_label,data:data38};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!pattern14.test(data38)){
const err76 = {instancePath:instancePath+"/incidents/fix_label",schemaPath:"#/properties/incidents/properties/fix_label/pattern",keyword:"pattern",params:{pattern: "^[^,\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^,\\u0000-\\u001f]+$"+"\"",schema:"^[^,\\u0000-\\u001f]+$",parentSchema:schema11.properties.incidents.properties.fix_label,data:data38};
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
const err77 = {instancePath:instancePath+"/incidents/fix_label",schemaPath:"#/properties/incidents/properties/fix_label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.incidents.properties.fix_label.type,parentSchema:schema11.properties.incidents.properties.fix_label,data:data38};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data31.labels !== undefined){
let data39 = data31.labels;
if(Array.isArray(data39)){
if(data39.length > 10){
const err78 = {instancePath:instancePath+"/incidents/labels",schemaPath:"#/properties/incidents/properties/labels/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema11.properties.incidents.properties.labels,data:data39};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data39.length < 1){
const err79 = {instancePath:instancePath+"/incidents/labels",schemaPath:"#/properties/incidents/properties/labels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.incidents.properties.labels,data:data39};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
const len7 = data39.length;
for(let i9=0; i9<len7; i9++){
let data40 = data39[i9];
if(typeof data40 === "string"){
if((data40.length > 50 && func3(data40) > 50)){
const err80 = {instancePath:instancePath+"/incidents/labels/" + i9,schemaPath:"#/properties/incidents/properties/labels/items/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema11.properties.incidents.properties.labels.items,data:data40};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((data40.length < 2 && func3(data40) < 1)){
const err81 = {instancePath:instancePath+"/incidents/labels/" + i9,schemaPath:"#/properties/incidents/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.incidents.properties.labels.items,data:data40};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(!pattern14.test(data40)){
const err82 = {instancePath:instancePath+"/incidents/labels/" + i9,schemaPath:"#/properties/incidents/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^,\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^,\\u0000-\\u001f]+$"+"\"",schema:"^[^,\\u0000-\\u001f]+$",parentSchema:schema11.properties.incidents.properties.labels.items,data:data40};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/incidents/labels/" + i9,schemaPath:"#/properties/incidents/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.incidents.properties.labels.items.type,parentSchema:schema11.properties.incidents.properties.labels.items,data:data40};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
let i10 = data39.length;
let j2;
if(i10 > 1){
const indices1 = {};
for(;i10--;){
let item1 = data39[i10];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err84 = {instancePath:instancePath+"/incidents/labels",schemaPath:"#/properties/incidents/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i10+" are identical)",schema:true,parentSchema:schema11.properties.incidents.properties.labels,data:data39};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
break;
}
indices1[item1] = i10;
}
}
}
else {
const err85 = {instancePath:instancePath+"/incidents/labels",schemaPath:"#/properties/incidents/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.incidents.properties.labels.type,parentSchema:schema11.properties.incidents.properties.labels,data:data39};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/incidents",schemaPath:"#/properties/incidents/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.incidents.type,parentSchema:schema11.properties.incidents,data:data31};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.checks !== undefined){
let data41 = data.checks;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key12 in data41){
if(!((((((((key12 === "policy-bundle") || (key12 === "policy-freshness")) || (key12 === "workflow-lint")) || (key12 === "replay-determinism")) || (key12 === "provenance-coverage")) || (key12 === "ci-trend")) || (key12 === "rollback-drill")) || (key12 === "incidents"))){
const err87 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.checks,data:data41};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data41["policy-bundle"] !== undefined){
if(!(validate27(data41["policy-bundle"], {instancePath:instancePath+"/checks/policy-bundle",parentData:data41,parentDataProperty:"policy-bundle",rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data41["policy-freshness"] !== undefined){
let data43 = data41["policy-freshness"];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
for(const key13 in data43){
if(!((((((key13 === "policies") || (key13 === "max_age_days")) || (key13 === "workflows")) || (key13 === "gate_action")) || (key13 === "required_jobs")) || (key13 === "git_timeout_seconds"))){
const err88 = {instancePath:instancePath+"/checks/policy-freshness",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data:data43};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data43.policies !== undefined){
let data44 = data43.policies;
if(Array.isArray(data44)){
const len8 = data44.length;
for(let i11=0; i11<len8; i11++){
let data45 = data44[i11];
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.path === undefined){
const err89 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema41.properties.policies.items.required,parentSchema:schema41.properties.policies.items,data:data45};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key14 in data45){
if(!((key14 === "path") || (key14 === "max_age_days"))){
const err90 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.policies.items,data:data45};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data45.path !== undefined){
let data46 = data45.path;
if(typeof data46 === "string"){
if((data46.length < 2 && func3(data46) < 1)){
const err91 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11+"/path",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.policies.items.properties.path,data:data46};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11+"/path",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.policies.items.properties.path.type,parentSchema:schema41.properties.policies.items.properties.path,data:data46};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data45.max_age_days !== undefined){
let data47 = data45.max_age_days;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err93 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11+"/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/max_age_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.policies.items.properties.max_age_days.type,parentSchema:schema41.properties.policies.items.properties.max_age_days,data:data47};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 > 36500 || isNaN(data47)){
const err94 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11+"/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/max_age_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 36500},message:"must be <= 36500",schema:36500,parentSchema:schema41.properties.policies.items.properties.max_age_days,data:data47};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data47 < 1 || isNaN(data47)){
const err95 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11+"/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/properties/max_age_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.policies.items.properties.max_age_days,data:data47};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
}
else {
const err96 = {instancePath:instancePath+"/checks/policy-freshness/policies/" + i11,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.policies.items.type,parentSchema:schema41.properties.policies.items,data:data45};
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
else {
const err97 = {instancePath:instancePath+"/checks/policy-freshness/policies",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.policies.type,parentSchema:schema41.properties.policies,data:data44};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data43.max_age_days !== undefined){
let data48 = data43.max_age_days;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err98 = {instancePath:instancePath+"/checks/policy-freshness/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/max_age_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.max_age_days.type,parentSchema:schema41.properties.max_age_days,data:data48};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 > 36500 || isNaN(data48)){
const err99 = {instancePath:instancePath+"/checks/policy-freshness/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/max_age_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 36500},message:"must be <= 36500",schema:36500,parentSchema:schema41.properties.max_age_days,data:data48};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data48 < 1 || isNaN(data48)){
const err100 = {instancePath:instancePath+"/checks/policy-freshness/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/max_age_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.max_age_days,data:data48};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
if(data43.workflows !== undefined){
let data49 = data43.workflows;
if(Array.isArray(data49)){
const len9 = data49.length;
for(let i12=0; i12<len9; i12++){
let data50 = data49[i12];
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.file === undefined){
const err101 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i12,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema41.properties.workflows.items.required,parentSchema:schema41.properties.workflows.items,data:data50};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
for(const key15 in data50){
if(!((key15 === "file") || (key15 === "gate_job"))){
const err102 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i12,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.workflows.items,data:data50};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data50.file !== undefined){
let data51 = data50.file;
if(typeof data51 === "string"){
if((data51.length < 2 && func3(data51) < 1)){
const err103 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i12+"/file",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.workflows.items.properties.file,data:data51};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i12+"/file",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.workflows.items.properties.file.type,parentSchema:schema41.properties.workflows.items.properties.file,data:data51};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data50.gate_job !== undefined){
let data52 = data50.gate_job;
if(typeof data52 === "string"){
if((data52.length < 2 && func3(data52) < 1)){
const err105 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i12+"/gate_job",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/properties/gate_job/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.workflows.items.properties.gate_job,data:data52};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i12+"/gate_job",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/properties/gate_job/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.workflows.items.properties.gate_job.type,parentSchema:schema41.properties.workflows.items.properties.gate_job,data:data52};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/checks/policy-freshness/workflows/" + i12,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.workflows.items.type,parentSchema:schema41.properties.workflows.items,data:data50};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/checks/policy-freshness/workflows",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/workflows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.workflows.type,parentSchema:schema41.properties.workflows,data:data49};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data43.gate_action !== undefined){
let data53 = data43.gate_action;
const _errs119 = errors;
let valid43 = false;
let passing0 = null;
const _errs120 = errors;
if(typeof data53 === "string"){
if((data53.length < 2 && func3(data53) < 1)){
const err109 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.gate_action.oneOf[0],data:data53};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.gate_action.oneOf[0].type,parentSchema:schema41.properties.gate_action.oneOf[0],data:data53};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid0 = _errs120 === errors;
if(_valid0){
valid43 = true;
passing0 = 0;
}
const _errs122 = errors;
if(Array.isArray(data53)){
if(data53.length < 1){
const err111 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema41.properties.gate_action.oneOf[1],data:data53};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
const len10 = data53.length;
for(let i13=0; i13<len10; i13++){
let data54 = data53[i13];
if(typeof data54 === "string"){
if((data54.length < 2 && func3(data54) < 1)){
const err112 = {instancePath:instancePath+"/checks/policy-freshness/gate_action/" + i13,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.gate_action.oneOf[1].items,data:data54};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/checks/policy-freshness/gate_action/" + i13,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.gate_action.oneOf[1].items.type,parentSchema:schema41.properties.gate_action.oneOf[1].items,data:data54};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.gate_action.oneOf[1].type,parentSchema:schema41.properties.gate_action.oneOf[1],data:data53};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
var _valid0 = _errs122 === errors;
if(_valid0 && valid43){
valid43 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid43 = true;
passing0 = 1;
}
}
if(!valid43){
const err115 = {instancePath:instancePath+"/checks/policy-freshness/gate_action",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/gate_action/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema41.properties.gate_action.oneOf,parentSchema:schema41.properties.gate_action,data:data53};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
else {
errors = _errs119;
if(vErrors !== null){
if(_errs119){
vErrors.length = _errs119;
}
else {
vErrors = null;
}
}
}
}
if(data43.required_jobs !== undefined){
let data55 = data43.required_jobs;
if(Array.isArray(data55)){
const len11 = data55.length;
for(let i14=0; i14<len11; i14++){
let data56 = data55[i14];
if(typeof data56 === "string"){
if((data56.length < 2 && func3(data56) < 1)){
const err116 = {instancePath:instancePath+"/checks/policy-freshness/required_jobs/" + i14,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/required_jobs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.required_jobs.items,data:data56};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/checks/policy-freshness/required_jobs/" + i14,schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/required_jobs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.required_jobs.items.type,parentSchema:schema41.properties.required_jobs.items,data:data56};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/checks/policy-freshness/required_jobs",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/required_jobs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.required_jobs.type,parentSchema:schema41.properties.required_jobs,data:data55};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data43.git_timeout_seconds !== undefined){
let data57 = data43.git_timeout_seconds;
if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){
const err119 = {instancePath:instancePath+"/checks/policy-freshness/git_timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/git_timeout_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.git_timeout_seconds.type,parentSchema:schema41.properties.git_timeout_seconds,data:data57};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 > 600 || isNaN(data57)){
const err120 = {instancePath:instancePath+"/checks/policy-freshness/git_timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/git_timeout_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600",schema:600,parentSchema:schema41.properties.git_timeout_seconds,data:data57};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data57 < 1 || isNaN(data57)){
const err121 = {instancePath:instancePath+"/checks/policy-freshness/git_timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/properties/git_timeout_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.git_timeout_seconds,data:data57};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
}
else {
const err122 = {instancePath:instancePath+"/checks/policy-freshness",schemaPath:"https://gonogo.dev/schemas/checks/policy-freshness.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data:data43};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data41["workflow-lint"] !== undefined){
if(!(validate31(data41["workflow-lint"], {instancePath:instancePath+"/checks/workflow-lint",parentData:data41,parentDataProperty:"workflow-lint",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data41["replay-determinism"] !== undefined){
let data59 = data41["replay-determinism"];
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
for(const key16 in data59){
if(!((((((((key16 === "command") || (key16 === "runs")) || (key16 === "timeout_seconds")) || (key16 === "working_directory")) || (key16 === "outputs")) || (key16 === "source_date_epoch")) || (key16 === "copy_git")) || (key16 === "env"))){
const err123 = {instancePath:instancePath+"/checks/replay-determinism",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data:data59};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data59.command !== undefined){
let data60 = data59.command;
if(typeof data60 === "string"){
if((data60.length > 4000 && func3(data60) > 4000)){
const err124 = {instancePath:instancePath+"/checks/replay-determinism/command",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema48.properties.command,data:data60};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if((data60.length < 2 && func3(data60) < 1)){
const err125 = {instancePath:instancePath+"/checks/replay-determinism/command",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.command,data:data60};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/checks/replay-determinism/command",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.command.type,parentSchema:schema48.properties.command,data:data60};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data59.runs !== undefined){
let data61 = data59.runs;
if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){
const err127 = {instancePath:instancePath+"/checks/replay-determinism/runs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/runs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.runs.type,parentSchema:schema48.properties.runs,data:data61};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 > 10 || isNaN(data61)){
const err128 = {instancePath:instancePath+"/checks/replay-determinism/runs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/runs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema48.properties.runs,data:data61};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(data61 < 2 || isNaN(data61)){
const err129 = {instancePath:instancePath+"/checks/replay-determinism/runs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema48.properties.runs,data:data61};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
if(data59.timeout_seconds !== undefined){
let data62 = data59.timeout_seconds;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err130 = {instancePath:instancePath+"/checks/replay-determinism/timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/timeout_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.timeout_seconds.type,parentSchema:schema48.properties.timeout_seconds,data:data62};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 > 21600 || isNaN(data62)){
const err131 = {instancePath:instancePath+"/checks/replay-determinism/timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/timeout_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 21600},message:"must be <= 21600",schema:21600,parentSchema:schema48.properties.timeout_seconds,data:data62};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(data62 < 1 || isNaN(data62)){
const err132 = {instancePath:instancePath+"/checks/replay-determinism/timeout_seconds",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/timeout_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48.properties.timeout_seconds,data:data62};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
if(data59.working_directory !== undefined){
let data63 = data59.working_directory;
if(typeof data63 === "string"){
if((data63.length > 1024 && func3(data63) > 1024)){
const err133 = {instancePath:instancePath+"/checks/replay-determinism/working_directory",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/working_directory/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema48.properties.working_directory,data:data63};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if((data63.length < 2 && func3(data63) < 1)){
const err134 = {instancePath:instancePath+"/checks/replay-determinism/working_directory",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/working_directory/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.working_directory,data:data63};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(!pattern3.test(data63)){
const err135 = {instancePath:instancePath+"/checks/replay-determinism/working_directory",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/working_directory/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema48.properties.working_directory,data:data63};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/checks/replay-determinism/working_directory",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/working_directory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.working_directory.type,parentSchema:schema48.properties.working_directory,data:data63};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data59.outputs !== undefined){
let data64 = data59.outputs;
if(Array.isArray(data64)){
if(data64.length > 100){
const err137 = {instancePath:instancePath+"/checks/replay-determinism/outputs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema48.properties.outputs,data:data64};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(data64.length < 1){
const err138 = {instancePath:instancePath+"/checks/replay-determinism/outputs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.outputs,data:data64};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
const len12 = data64.length;
for(let i15=0; i15<len12; i15++){
let data65 = data64[i15];
if(typeof data65 === "string"){
if((data65.length > 1024 && func3(data65) > 1024)){
const err139 = {instancePath:instancePath+"/checks/replay-determinism/outputs/" + i15,schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema48.properties.outputs.items,data:data65};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if((data65.length < 2 && func3(data65) < 1)){
const err140 = {instancePath:instancePath+"/checks/replay-determinism/outputs/" + i15,schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.outputs.items,data:data65};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(!pattern3.test(data65)){
const err141 = {instancePath:instancePath+"/checks/replay-determinism/outputs/" + i15,schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema48.properties.outputs.items,data:data65};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/checks/replay-determinism/outputs/" + i15,schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.outputs.items.type,parentSchema:schema48.properties.outputs.items,data:data65};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/checks/replay-determinism/outputs",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.outputs.type,parentSchema:schema48.properties.outputs,data:data64};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data59.source_date_epoch !== undefined){
let data66 = data59.source_date_epoch;
if(!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))){
const err144 = {instancePath:instancePath+"/checks/replay-determinism/source_date_epoch",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/source_date_epoch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.source_date_epoch.type,parentSchema:schema48.properties.source_date_epoch,data:data66};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if((typeof data66 == "number") && (isFinite(data66))){
if(data66 < 0 || isNaN(data66)){
const err145 = {instancePath:instancePath+"/checks/replay-determinism/source_date_epoch",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/source_date_epoch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.source_date_epoch,data:data66};
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
if(data59.copy_git !== undefined){
let data67 = data59.copy_git;
if(typeof data67 !== "boolean"){
const err146 = {instancePath:instancePath+"/checks/replay-determinism/copy_git",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/copy_git/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties.copy_git.type,parentSchema:schema48.properties.copy_git,data:data67};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data59.env !== undefined){
let data68 = data59.env;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
if(Object.keys(data68).length > 100){
const err147 = {instancePath:instancePath+"/checks/replay-determinism/env",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties",schema:100,parentSchema:schema48.properties.env,data:data68};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
for(const key17 in data68){
const _errs155 = errors;
if(typeof key17 === "string"){
if(!pattern21.test(key17)){
const err148 = {instancePath:instancePath+"/checks/replay-determinism/env",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^(?!SOURCE_DATE_EPOCH$)[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema48.properties.env.propertyNames,data:key17,propertyName:key17};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
var valid52 = _errs155 === errors;
if(!valid52){
const err149 = {instancePath:instancePath+"/checks/replay-determinism/env",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/propertyNames",keyword:"propertyNames",params:{propertyName: key17},message:"property name must be valid",schema:schema48.properties.env.propertyNames,parentSchema:schema48.properties.env,data:data68};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
for(const key18 in data68){
let data69 = data68[key18];
if(typeof data69 === "string"){
if((data69.length > 4000 && func3(data69) > 4000)){
const err150 = {instancePath:instancePath+"/checks/replay-determinism/env/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema48.properties.env.additionalProperties,data:data69};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/checks/replay-determinism/env/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.env.additionalProperties.type,parentSchema:schema48.properties.env.additionalProperties,data:data69};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/checks/replay-determinism/env",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.env.type,parentSchema:schema48.properties.env,data:data68};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
else {
const err153 = {instancePath:instancePath+"/checks/replay-determinism",schemaPath:"https://gonogo.dev/schemas/checks/replay-determinism.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data:data59};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data41["provenance-coverage"] !== undefined){
let data70 = data41["provenance-coverage"];
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
for(const key19 in data70){
if(!((((key19 === "artifacts") || (key19 === "manifests")) || (key19 === "provenance")) || (key19 === "threshold"))){
const err154 = {instancePath:instancePath+"/checks/provenance-coverage",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data:data70};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data70.artifacts !== undefined){
let data71 = data70.artifacts;
if(Array.isArray(data71)){
if(data71.length > 100){
const err155 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema49.properties.artifacts,data:data71};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(data71.length < 1){
const err156 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49.properties.artifacts,data:data71};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
const len13 = data71.length;
for(let i16=0; i16<len13; i16++){
let data72 = data71[i16];
if(typeof data72 === "string"){
if((data72.length > 1024 && func3(data72) > 1024)){
const err157 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts/" + i16,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema49.properties.artifacts.items,data:data72};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if((data72.length < 2 && func3(data72) < 1)){
const err158 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts/" + i16,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.artifacts.items,data:data72};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(!pattern3.test(data72)){
const err159 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts/" + i16,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema49.properties.artifacts.items,data:data72};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts/" + i16,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.artifacts.items.type,parentSchema:schema49.properties.artifacts.items,data:data72};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/checks/provenance-coverage/artifacts",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.artifacts.type,parentSchema:schema49.properties.artifacts,data:data71};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data70.manifests !== undefined){
let data73 = data70.manifests;
if(Array.isArray(data73)){
if(data73.length > 100){
const err162 = {instancePath:instancePath+"/checks/provenance-coverage/manifests",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema49.properties.manifests,data:data73};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
const len14 = data73.length;
for(let i17=0; i17<len14; i17++){
let data74 = data73[i17];
if(typeof data74 === "string"){
if((data74.length > 1024 && func3(data74) > 1024)){
const err163 = {instancePath:instancePath+"/checks/provenance-coverage/manifests/" + i17,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema49.properties.manifests.items,data:data74};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if((data74.length < 2 && func3(data74) < 1)){
const err164 = {instancePath:instancePath+"/checks/provenance-coverage/manifests/" + i17,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.manifests.items,data:data74};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(!pattern3.test(data74)){
const err165 = {instancePath:instancePath+"/checks/provenance-coverage/manifests/" + i17,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema49.properties.manifests.items,data:data74};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/checks/provenance-coverage/manifests/" + i17,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.manifests.items.type,parentSchema:schema49.properties.manifests.items,data:data74};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath:instancePath+"/checks/provenance-coverage/manifests",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/manifests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.manifests.type,parentSchema:schema49.properties.manifests,data:data73};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data70.provenance !== undefined){
let data75 = data70.provenance;
if(Array.isArray(data75)){
if(data75.length > 100){
const err168 = {instancePath:instancePath+"/checks/provenance-coverage/provenance",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema49.properties.provenance,data:data75};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
const len15 = data75.length;
for(let i18=0; i18<len15; i18++){
let data76 = data75[i18];
if(typeof data76 === "string"){
if((data76.length > 1024 && func3(data76) > 1024)){
const err169 = {instancePath:instancePath+"/checks/provenance-coverage/provenance/" + i18,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema49.properties.provenance.items,data:data76};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if((data76.length < 2 && func3(data76) < 1)){
const err170 = {instancePath:instancePath+"/checks/provenance-coverage/provenance/" + i18,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.provenance.items,data:data76};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(!pattern3.test(data76)){
const err171 = {instancePath:instancePath+"/checks/provenance-coverage/provenance/" + i18,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema49.properties.provenance.items,data:data76};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
else {
const err172 = {instancePath:instancePath+"/checks/provenance-coverage/provenance/" + i18,schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.provenance.items.type,parentSchema:schema49.properties.provenance.items,data:data76};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
else {
const err173 = {instancePath:instancePath+"/checks/provenance-coverage/provenance",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/provenance/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.provenance.type,parentSchema:schema49.properties.provenance,data:data75};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data70.threshold !== undefined){
let data77 = data70.threshold;
if((typeof data77 == "number") && (isFinite(data77))){
if(data77 > 100 || isNaN(data77)){
const err174 = {instancePath:instancePath+"/checks/provenance-coverage/threshold",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/threshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema49.properties.threshold,data:data77};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(data77 < 0 || isNaN(data77)){
const err175 = {instancePath:instancePath+"/checks/provenance-coverage/threshold",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema49.properties.threshold,data:data77};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
else {
const err176 = {instancePath:instancePath+"/checks/provenance-coverage/threshold",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema49.properties.threshold.type,parentSchema:schema49.properties.threshold,data:data77};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
else {
const err177 = {instancePath:instancePath+"/checks/provenance-coverage",schemaPath:"https://gonogo.dev/schemas/checks/provenance-coverage.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data70};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data41["ci-trend"] !== undefined){
if(!(validate33(data41["ci-trend"], {instancePath:instancePath+"/checks/ci-trend",parentData:data41,parentDataProperty:"ci-trend",rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data41["rollback-drill"] !== undefined){
let data79 = data41["rollback-drill"];
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
for(const key20 in data79){
if(!(((((key20 === "environments") || (key20 === "max_age_days")) || (key20 === "recovery_objective_minutes")) || (key20 === "store")) || (key20 === "state"))){
const err178 = {instancePath:instancePath+"/checks/rollback-drill",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data:data79};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data79.environments !== undefined){
let data80 = data79.environments;
if(Array.isArray(data80)){
if(data80.length < 1){
const err179 = {instancePath:instancePath+"/checks/rollback-drill/environments",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/environments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema53.properties.environments,data:data80};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
const len16 = data80.length;
for(let i19=0; i19<len16; i19++){
let data81 = data80[i19];
if(typeof data81 === "string"){
if(!pattern13.test(data81)){
const err180 = {instancePath:instancePath+"/checks/rollback-drill/environments/" + i19,schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/environments/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$",parentSchema:schema53.properties.environments.items,data:data81};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
else {
const err181 = {instancePath:instancePath+"/checks/rollback-drill/environments/" + i19,schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/environments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.environments.items.type,parentSchema:schema53.properties.environments.items,data:data81};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/checks/rollback-drill/environments",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.environments.type,parentSchema:schema53.properties.environments,data:data80};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data79.max_age_days !== undefined){
let data82 = data79.max_age_days;
if(!(((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82))) && (isFinite(data82)))){
const err183 = {instancePath:instancePath+"/checks/rollback-drill/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/max_age_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.max_age_days.type,parentSchema:schema53.properties.max_age_days,data:data82};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if((typeof data82 == "number") && (isFinite(data82))){
if(data82 > 3650 || isNaN(data82)){
const err184 = {instancePath:instancePath+"/checks/rollback-drill/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/max_age_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema53.properties.max_age_days,data:data82};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(data82 < 1 || isNaN(data82)){
const err185 = {instancePath:instancePath+"/checks/rollback-drill/max_age_days",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/max_age_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema53.properties.max_age_days,data:data82};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
if(data79.recovery_objective_minutes !== undefined){
let data83 = data79.recovery_objective_minutes;
if(!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))){
const err186 = {instancePath:instancePath+"/checks/rollback-drill/recovery_objective_minutes",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/recovery_objective_minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.recovery_objective_minutes.type,parentSchema:schema53.properties.recovery_objective_minutes,data:data83};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 > 10080 || isNaN(data83)){
const err187 = {instancePath:instancePath+"/checks/rollback-drill/recovery_objective_minutes",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/recovery_objective_minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10080},message:"must be <= 10080",schema:10080,parentSchema:schema53.properties.recovery_objective_minutes,data:data83};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if(data83 < 1 || isNaN(data83)){
const err188 = {instancePath:instancePath+"/checks/rollback-drill/recovery_objective_minutes",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/recovery_objective_minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema53.properties.recovery_objective_minutes,data:data83};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
if(data79.store !== undefined){
let data84 = data79.store;
if(!(((data84 === "auto") || (data84 === "deployments")) || (data84 === "local"))){
const err189 = {instancePath:instancePath+"/checks/rollback-drill/store",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/store/enum",keyword:"enum",params:{allowedValues: schema53.properties.store.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.store.enum,parentSchema:schema53.properties.store,data:data84};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data79.state !== undefined){
let data85 = data79.state;
if(typeof data85 === "string"){
if((data85.length > 1024 && func3(data85) > 1024)){
const err190 = {instancePath:instancePath+"/checks/rollback-drill/state",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/state/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema53.properties.state,data:data85};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if((data85.length < 2 && func3(data85) < 1)){
const err191 = {instancePath:instancePath+"/checks/rollback-drill/state",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/state/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.state,data:data85};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(!pattern3.test(data85)){
const err192 = {instancePath:instancePath+"/checks/rollback-drill/state",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/state/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]+$"},message:"must match pattern \""+"^[^\\u0000]+$"+"\"",schema:"^[^\\u0000]+$",parentSchema:schema53.properties.state,data:data85};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
else {
const err193 = {instancePath:instancePath+"/checks/rollback-drill/state",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.state.type,parentSchema:schema53.properties.state,data:data85};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
}
else {
const err194 = {instancePath:instancePath+"/checks/rollback-drill",schemaPath:"https://gonogo.dev/schemas/checks/rollback-drill.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data:data79};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data41.incidents !== undefined){
let data86 = data41.incidents;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
for(const key21 in data86){
if(!((key21 === "label") || (key21 === "include_prereleases"))){
const err195 = {instancePath:instancePath+"/checks/incidents",schemaPath:"https://gonogo.dev/schemas/checks/incidents.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data:data86};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data86.label !== undefined){
let data87 = data86.label;
if(typeof data87 === "string"){
if((data87.length > 50 && func3(data87) > 50)){
const err196 = {instancePath:instancePath+"/checks/incidents/label",schemaPath:"https://gonogo.dev/schemas/checks/incidents.schema.json/properties/label/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema54.properties.label,data:data87};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if((data87.length < 2 && func3(data87) < 1)){
const err197 = {instancePath:instancePath+"/checks/incidents/label",schemaPath:"https://gonogo.dev/schemas/checks/incidents.schema.json/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.label,data:data87};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if(!pattern14.test(data87)){
const err198 = {instancePath:instancePath+"/checks/incidents/label",schemaPath:"https://gonogo.dev/schemas/checks/incidents.schema.json/properties/label/pattern",keyword:"pattern",params:{pattern: "^[^,\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^,\\u0000-\\u001f]+$"+"\"",schema:"^[^,\\u0000-\\u001f]+$",parentSchema:schema54.properties.label,data:data87};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/checks/incidents/label",schemaPath:"https://gonogo.dev/schemas/checks/incidents.schema.json/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.label.type,parentSchema:schema54.properties.label,data:data87};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data86.include_prereleases !== undefined){
let data88 = data86.include_prereleases;
if(typeof data88 !== "boolean"){
const err200 = {instancePath:instancePath+"/checks/incidents/include_prereleases",schemaPath:"https://gonogo.dev/schemas/checks/incidents.schema.json/properties/include_prereleases/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema54.properties.include_prereleases.type,parentSchema:schema54.properties.include_prereleases,data:data88};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
}
else {
const err201 = {instancePath:instancePath+"/checks/incidents",schemaPath:"https://gonogo.dev/schemas/checks/incidents.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data:data86};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
else {
const err202 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.checks.type,parentSchema:schema11.properties.checks,data:data41};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

const validateReport = validate35;
const schema55 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/report.v1.schema.json","title":"gonogo report contract (gonogo.report/v1)","type":"object","required":["contract","control","status","subject","generated_at","generator","checks"],"additionalProperties":false,"properties":{"contract":{"const":"gonogo.report/v1"},"control":{"type":"string","minLength":1,"maxLength":128},"status":{"$ref":"#/definitions/status"},"subject":{"type":"object","required":["repository","sha"],"additionalProperties":false,"properties":{"repository":{"type":"string","maxLength":256},"sha":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"ref":{"type":"string","maxLength":1024}}},"generated_at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"},"generator":{"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":128},"version":{"type":"string","maxLength":64},"url":{"type":"string","maxLength":1024}}},"summary":{"type":"object","description":"Counts (non-negative integers) by whatever the producer counts.","additionalProperties":{"type":"integer","minimum":0}},"checks":{"type":"array","items":{"type":"object","required":["id","status","message"],"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":256},"status":{"$ref":"#/definitions/status"},"message":{"type":"string","maxLength":4096},"location":{"type":"object","required":["file"],"additionalProperties":false,"properties":{"file":{"type":"string","minLength":1,"maxLength":1024},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1}}},"remediation":{"type":"string","maxLength":4096},"unlock":{"type":"string","maxLength":1024,"description":"For unverified checks: the permission or tool that would let the check see."},"wanted":{},"observed":{}}}},"facts":{"description":"What was observed, free-form."}},"definitions":{"status":{"enum":["passed","failed","unverified"]}}};
const schema56 = {"enum":["passed","failed","unverified"]};
const pattern29 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const pattern30 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", "u");

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/report.v1.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contract === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contract"},message:"must have required property '"+"contract"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.control === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "control"},message:"must have required property '"+"control"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.subject === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.generated_at === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.generator === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generator"},message:"must have required property '"+"generator"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.checks === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checks"},message:"must have required property '"+"checks"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema55.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
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
const err8 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/const",keyword:"const",params:{allowedValue: "gonogo.report/v1"},message:"must be equal to constant",schema:"gonogo.report/v1",parentSchema:schema55.properties.contract,data:data0};
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
if((data1.length > 128 && func3(data1) > 128)){
const err9 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema55.properties.control,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data1.length < 2 && func3(data1) < 1)){
const err10 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.control,data:data1};
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
const err11 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.control.type,parentSchema:schema55.properties.control,data:data1};
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
const err12 = {instancePath:instancePath+"/status",schemaPath:"#/definitions/status/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",schema:schema56.enum,parentSchema:schema56,data:data2};
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
const err13 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema55.properties.subject.required,parentSchema:schema55.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.sha === undefined){
const err14 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'",schema:schema55.properties.subject.required,parentSchema:schema55.properties.subject,data:data3};
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
const err15 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.subject,data:data3};
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
if((data4.length > 256 && func3(data4) > 256)){
const err16 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema55.properties.subject.properties.repository,data:data4};
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
const err17 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.subject.properties.repository.type,parentSchema:schema55.properties.subject.properties.repository,data:data4};
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
if(!pattern29.test(data5)){
const err18 = {instancePath:instancePath+"/subject/sha",schemaPath:"#/properties/subject/properties/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema55.properties.subject.properties.sha,data:data5};
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
const err19 = {instancePath:instancePath+"/subject/sha",schemaPath:"#/properties/subject/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.subject.properties.sha.type,parentSchema:schema55.properties.subject.properties.sha,data:data5};
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
if((data6.length > 1024 && func3(data6) > 1024)){
const err20 = {instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema55.properties.subject.properties.ref,data:data6};
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
const err21 = {instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.subject.properties.ref.type,parentSchema:schema55.properties.subject.properties.ref,data:data6};
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
const err22 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.subject.type,parentSchema:schema55.properties.subject,data:data3};
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
if(!pattern30.test(data7)){
const err23 = {instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema55.properties.generated_at,data:data7};
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
const err24 = {instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.generated_at.type,parentSchema:schema55.properties.generated_at,data:data7};
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
const err25 = {instancePath:instancePath+"/generator",schemaPath:"#/properties/generator/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema55.properties.generator.required,parentSchema:schema55.properties.generator,data:data8};
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
const err26 = {instancePath:instancePath+"/generator",schemaPath:"#/properties/generator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.generator,data:data8};
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
if((data9.length > 128 && func3(data9) > 128)){
const err27 = {instancePath:instancePath+"/generator/name",schemaPath:"#/properties/generator/properties/name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema55.properties.generator.properties.name,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((data9.length < 2 && func3(data9) < 1)){
const err28 = {instancePath:instancePath+"/generator/name",schemaPath:"#/properties/generator/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.generator.properties.name,data:data9};
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
const err29 = {instancePath:instancePath+"/generator/name",schemaPath:"#/properties/generator/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.generator.properties.name.type,parentSchema:schema55.properties.generator.properties.name,data:data9};
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
if((data10.length > 64 && func3(data10) > 64)){
const err30 = {instancePath:instancePath+"/generator/version",schemaPath:"#/properties/generator/properties/version/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema55.properties.generator.properties.version,data:data10};
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
const err31 = {instancePath:instancePath+"/generator/version",schemaPath:"#/properties/generator/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.generator.properties.version.type,parentSchema:schema55.properties.generator.properties.version,data:data10};
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
if((data11.length > 1024 && func3(data11) > 1024)){
const err32 = {instancePath:instancePath+"/generator/url",schemaPath:"#/properties/generator/properties/url/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema55.properties.generator.properties.url,data:data11};
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
const err33 = {instancePath:instancePath+"/generator/url",schemaPath:"#/properties/generator/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.generator.properties.url.type,parentSchema:schema55.properties.generator.properties.url,data:data11};
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
const err34 = {instancePath:instancePath+"/generator",schemaPath:"#/properties/generator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.generator.type,parentSchema:schema55.properties.generator,data:data8};
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
const err35 = {instancePath:instancePath+"/summary/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/summary/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.summary.additionalProperties.type,parentSchema:schema55.properties.summary.additionalProperties,data:data13};
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
const err36 = {instancePath:instancePath+"/summary/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/summary/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema55.properties.summary.additionalProperties,data:data13};
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
const err37 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.summary.type,parentSchema:schema55.properties.summary,data:data12};
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
const err38 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema55.properties.checks.items.required,parentSchema:schema55.properties.checks.items,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data15.status === undefined){
const err39 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema55.properties.checks.items.required,parentSchema:schema55.properties.checks.items,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data15.message === undefined){
const err40 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema55.properties.checks.items.required,parentSchema:schema55.properties.checks.items,data:data15};
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
const err41 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.checks.items,data:data15};
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
if((data16.length > 256 && func3(data16) > 256)){
const err42 = {instancePath:instancePath+"/checks/" + i0+"/id",schemaPath:"#/properties/checks/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema55.properties.checks.items.properties.id,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((data16.length < 2 && func3(data16) < 1)){
const err43 = {instancePath:instancePath+"/checks/" + i0+"/id",schemaPath:"#/properties/checks/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.checks.items.properties.id,data:data16};
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
const err44 = {instancePath:instancePath+"/checks/" + i0+"/id",schemaPath:"#/properties/checks/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.checks.items.properties.id.type,parentSchema:schema55.properties.checks.items.properties.id,data:data16};
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
const err45 = {instancePath:instancePath+"/checks/" + i0+"/status",schemaPath:"#/definitions/status/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",schema:schema56.enum,parentSchema:schema56,data:data17};
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
if((data18.length > 4096 && func3(data18) > 4096)){
const err46 = {instancePath:instancePath+"/checks/" + i0+"/message",schemaPath:"#/properties/checks/items/properties/message/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema55.properties.checks.items.properties.message,data:data18};
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
const err47 = {instancePath:instancePath+"/checks/" + i0+"/message",schemaPath:"#/properties/checks/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.checks.items.properties.message.type,parentSchema:schema55.properties.checks.items.properties.message,data:data18};
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
const err48 = {instancePath:instancePath+"/checks/" + i0+"/location",schemaPath:"#/properties/checks/items/properties/location/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema55.properties.checks.items.properties.location.required,parentSchema:schema55.properties.checks.items.properties.location,data:data19};
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
const err49 = {instancePath:instancePath+"/checks/" + i0+"/location",schemaPath:"#/properties/checks/items/properties/location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.checks.items.properties.location,data:data19};
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
if((data20.length > 1024 && func3(data20) > 1024)){
const err50 = {instancePath:instancePath+"/checks/" + i0+"/location/file",schemaPath:"#/properties/checks/items/properties/location/properties/file/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema55.properties.checks.items.properties.location.properties.file,data:data20};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((data20.length < 2 && func3(data20) < 1)){
const err51 = {instancePath:instancePath+"/checks/" + i0+"/location/file",schemaPath:"#/properties/checks/items/properties/location/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.checks.items.properties.location.properties.file,data:data20};
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
const err52 = {instancePath:instancePath+"/checks/" + i0+"/location/file",schemaPath:"#/properties/checks/items/properties/location/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.checks.items.properties.location.properties.file.type,parentSchema:schema55.properties.checks.items.properties.location.properties.file,data:data20};
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
const err53 = {instancePath:instancePath+"/checks/" + i0+"/location/line",schemaPath:"#/properties/checks/items/properties/location/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.checks.items.properties.location.properties.line.type,parentSchema:schema55.properties.checks.items.properties.location.properties.line,data:data21};
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
const err54 = {instancePath:instancePath+"/checks/" + i0+"/location/line",schemaPath:"#/properties/checks/items/properties/location/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.properties.checks.items.properties.location.properties.line,data:data21};
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
const err55 = {instancePath:instancePath+"/checks/" + i0+"/location/column",schemaPath:"#/properties/checks/items/properties/location/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.checks.items.properties.location.properties.column.type,parentSchema:schema55.properties.checks.items.properties.location.properties.column,data:data22};
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
const err56 = {instancePath:instancePath+"/checks/" + i0+"/location/column",schemaPath:"#/properties/checks/items/properties/location/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.properties.checks.items.properties.location.properties.column,data:data22};
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
const err57 = {instancePath:instancePath+"/checks/" + i0+"/location",schemaPath:"#/properties/checks/items/properties/location/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.checks.items.properties.location.type,parentSchema:schema55.properties.checks.items.properties.location,data:data19};
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
if((data23.length > 4096 && func3(data23) > 4096)){
const err58 = {instancePath:instancePath+"/checks/" + i0+"/remediation",schemaPath:"#/properties/checks/items/properties/remediation/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema55.properties.checks.items.properties.remediation,data:data23};
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
const err59 = {instancePath:instancePath+"/checks/" + i0+"/remediation",schemaPath:"#/properties/checks/items/properties/remediation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.checks.items.properties.remediation.type,parentSchema:schema55.properties.checks.items.properties.remediation,data:data23};
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
if((data24.length > 1024 && func3(data24) > 1024)){
const err60 = {instancePath:instancePath+"/checks/" + i0+"/unlock",schemaPath:"#/properties/checks/items/properties/unlock/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema55.properties.checks.items.properties.unlock,data:data24};
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
const err61 = {instancePath:instancePath+"/checks/" + i0+"/unlock",schemaPath:"#/properties/checks/items/properties/unlock/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.checks.items.properties.unlock.type,parentSchema:schema55.properties.checks.items.properties.unlock,data:data24};
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
const err62 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.checks.items.type,parentSchema:schema55.properties.checks.items,data:data15};
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
const err63 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.checks.type,parentSchema:schema55.properties.checks,data:data14};
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
const err64 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

const validateBundleManifest = validate36;
const schema58 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/bundle-manifest.schema.json","title":"gonogo evidence bundle manifest (gonogo.bundle/v1)","description":"manifest.json at the root of an evidence bundle: what the bundle is about, the run that made it, and every file in it with its size and SHA-256. `digest` is the SHA-256 of the RFC 8785 canonical JSON of this document without `digest`. manifest.json and signature.json are not listed in `files`.","type":"object","required":["contract","bundle_id","created_at","subject","run","files","digest"],"additionalProperties":false,"properties":{"contract":{"const":"gonogo.bundle/v1"},"bundle_id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[A-Za-z0-9._-]+$","description":"<repository name>-<first 12 of the commit SHA>-<first 12 of the SHA-256 of the canonical file list>."},"created_at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$","description":"UTC time from SOURCE_DATE_EPOCH or the effective time, never the wall clock of the machine unless neither is given."},"subject":{"type":"object","required":["repository","sha","ref"],"additionalProperties":false,"properties":{"repository":{"type":"string","maxLength":256,"pattern":"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$","description":"OWNER/NAME, or empty for a bundle made outside GitHub Actions."},"sha":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"ref":{"type":"string","maxLength":1024},"tag":{"type":"string","minLength":1,"maxLength":1024}}},"run":{"type":"object","description":"The workflow run that made the bundle; every field is null for a bundle made locally.","required":["url","workflow","actor","event","id","attempt"],"additionalProperties":false,"properties":{"url":{"type":["string","null"],"maxLength":2048,"description":"{server}/{repository}/actions/runs/{id}/attempts/{attempt}"},"workflow":{"type":["string","null"],"maxLength":1024},"actor":{"type":["string","null"],"maxLength":256},"event":{"type":["string","null"],"maxLength":128},"id":{"type":["string","null"],"pattern":"^[0-9]{1,20}$"},"attempt":{"type":["integer","null"],"minimum":1}}},"files":{"type":"array","description":"Every file of the bundle but manifest.json and signature.json, sorted by path, each path once.","items":{"type":"object","required":["path","size","sha256"],"additionalProperties":false,"properties":{"path":{"type":"string","minLength":1,"maxLength":1024,"pattern":"^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$","description":"POSIX path relative to the bundle root: no leading '/', no drive letter, no backslash, no NUL, no empty, '.' or '..' segment."},"size":{"type":"integer","minimum":0},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}}},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}}};
const pattern31 = new RegExp("^[A-Za-z0-9._-]+$", "u");
const pattern32 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$", "u");
const pattern33 = new RegExp("^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$", "u");
const pattern35 = new RegExp("^[0-9]{1,20}$", "u");
const pattern36 = new RegExp("^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$", "u");
const pattern37 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern38 = new RegExp("^sha256:[0-9a-f]{64}$", "u");

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/bundle-manifest.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contract === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contract"},message:"must have required property '"+"contract"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.bundle_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bundle_id"},message:"must have required property '"+"bundle_id"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.created_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.subject === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.run === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.files === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.digest === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema58.required,parentSchema:schema58,data};
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
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
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
const err8 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/const",keyword:"const",params:{allowedValue: "gonogo.bundle/v1"},message:"must be equal to constant",schema:"gonogo.bundle/v1",parentSchema:schema58.properties.contract,data:data0};
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
if((data1.length > 256 && func3(data1) > 256)){
const err9 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema58.properties.bundle_id,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data1.length < 2 && func3(data1) < 1)){
const err10 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.bundle_id,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern31.test(data1)){
const err11 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9._-]+$",parentSchema:schema58.properties.bundle_id,data:data1};
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
const err12 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.bundle_id.type,parentSchema:schema58.properties.bundle_id,data:data1};
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
if(!pattern32.test(data2)){
const err13 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$",parentSchema:schema58.properties.created_at,data:data2};
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
const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.created_at.type,parentSchema:schema58.properties.created_at,data:data2};
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
const err15 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema58.properties.subject.required,parentSchema:schema58.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3.sha === undefined){
const err16 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'",schema:schema58.properties.subject.required,parentSchema:schema58.properties.subject,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3.ref === undefined){
const err17 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'",schema:schema58.properties.subject.required,parentSchema:schema58.properties.subject,data:data3};
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
const err18 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema58.properties.subject,data:data3};
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
if((data4.length > 256 && func3(data4) > 256)){
const err19 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema58.properties.subject.properties.repository,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern33.test(data4)){
const err20 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$"},message:"must match pattern \""+"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$"+"\"",schema:"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?$",parentSchema:schema58.properties.subject.properties.repository,data:data4};
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
const err21 = {instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.subject.properties.repository.type,parentSchema:schema58.properties.subject.properties.repository,data:data4};
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
if(!pattern29.test(data5)){
const err22 = {instancePath:instancePath+"/subject/sha",schemaPath:"#/properties/subject/properties/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema58.properties.subject.properties.sha,data:data5};
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
const err23 = {instancePath:instancePath+"/subject/sha",schemaPath:"#/properties/subject/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.subject.properties.sha.type,parentSchema:schema58.properties.subject.properties.sha,data:data5};
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
if((data6.length > 1024 && func3(data6) > 1024)){
const err24 = {instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema58.properties.subject.properties.ref,data:data6};
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
const err25 = {instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.subject.properties.ref.type,parentSchema:schema58.properties.subject.properties.ref,data:data6};
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
if((data7.length > 1024 && func3(data7) > 1024)){
const err26 = {instancePath:instancePath+"/subject/tag",schemaPath:"#/properties/subject/properties/tag/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema58.properties.subject.properties.tag,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((data7.length < 2 && func3(data7) < 1)){
const err27 = {instancePath:instancePath+"/subject/tag",schemaPath:"#/properties/subject/properties/tag/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.subject.properties.tag,data:data7};
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
const err28 = {instancePath:instancePath+"/subject/tag",schemaPath:"#/properties/subject/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.subject.properties.tag.type,parentSchema:schema58.properties.subject.properties.tag,data:data7};
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
const err29 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.subject.type,parentSchema:schema58.properties.subject,data:data3};
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
const err30 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema58.properties.run.required,parentSchema:schema58.properties.run,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data8.workflow === undefined){
const err31 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema58.properties.run.required,parentSchema:schema58.properties.run,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data8.actor === undefined){
const err32 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema58.properties.run.required,parentSchema:schema58.properties.run,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data8.event === undefined){
const err33 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema58.properties.run.required,parentSchema:schema58.properties.run,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data8.id === undefined){
const err34 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema58.properties.run.required,parentSchema:schema58.properties.run,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data8.attempt === undefined){
const err35 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "attempt"},message:"must have required property '"+"attempt"+"'",schema:schema58.properties.run.required,parentSchema:schema58.properties.run,data:data8};
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
const err36 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema58.properties.run,data:data8};
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
const err37 = {instancePath:instancePath+"/run/url",schemaPath:"#/properties/run/properties/url/type",keyword:"type",params:{type: schema58.properties.run.properties.url.type},message:"must be string,null",schema:schema58.properties.run.properties.url.type,parentSchema:schema58.properties.run.properties.url,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(typeof data9 === "string"){
if((data9.length > 2048 && func3(data9) > 2048)){
const err38 = {instancePath:instancePath+"/run/url",schemaPath:"#/properties/run/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema58.properties.run.properties.url,data:data9};
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
const err39 = {instancePath:instancePath+"/run/workflow",schemaPath:"#/properties/run/properties/workflow/type",keyword:"type",params:{type: schema58.properties.run.properties.workflow.type},message:"must be string,null",schema:schema58.properties.run.properties.workflow.type,parentSchema:schema58.properties.run.properties.workflow,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data10 === "string"){
if((data10.length > 1024 && func3(data10) > 1024)){
const err40 = {instancePath:instancePath+"/run/workflow",schemaPath:"#/properties/run/properties/workflow/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema58.properties.run.properties.workflow,data:data10};
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
const err41 = {instancePath:instancePath+"/run/actor",schemaPath:"#/properties/run/properties/actor/type",keyword:"type",params:{type: schema58.properties.run.properties.actor.type},message:"must be string,null",schema:schema58.properties.run.properties.actor.type,parentSchema:schema58.properties.run.properties.actor,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data11 === "string"){
if((data11.length > 256 && func3(data11) > 256)){
const err42 = {instancePath:instancePath+"/run/actor",schemaPath:"#/properties/run/properties/actor/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema58.properties.run.properties.actor,data:data11};
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
const err43 = {instancePath:instancePath+"/run/event",schemaPath:"#/properties/run/properties/event/type",keyword:"type",params:{type: schema58.properties.run.properties.event.type},message:"must be string,null",schema:schema58.properties.run.properties.event.type,parentSchema:schema58.properties.run.properties.event,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(typeof data12 === "string"){
if((data12.length > 128 && func3(data12) > 128)){
const err44 = {instancePath:instancePath+"/run/event",schemaPath:"#/properties/run/properties/event/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema58.properties.run.properties.event,data:data12};
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
const err45 = {instancePath:instancePath+"/run/id",schemaPath:"#/properties/run/properties/id/type",keyword:"type",params:{type: schema58.properties.run.properties.id.type},message:"must be string,null",schema:schema58.properties.run.properties.id.type,parentSchema:schema58.properties.run.properties.id,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(typeof data13 === "string"){
if(!pattern35.test(data13)){
const err46 = {instancePath:instancePath+"/run/id",schemaPath:"#/properties/run/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,20}$"},message:"must match pattern \""+"^[0-9]{1,20}$"+"\"",schema:"^[0-9]{1,20}$",parentSchema:schema58.properties.run.properties.id,data:data13};
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
const err47 = {instancePath:instancePath+"/run/attempt",schemaPath:"#/properties/run/properties/attempt/type",keyword:"type",params:{type: schema58.properties.run.properties.attempt.type},message:"must be integer,null",schema:schema58.properties.run.properties.attempt.type,parentSchema:schema58.properties.run.properties.attempt,data:data14};
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
const err48 = {instancePath:instancePath+"/run/attempt",schemaPath:"#/properties/run/properties/attempt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema58.properties.run.properties.attempt,data:data14};
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
const err49 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.run.type,parentSchema:schema58.properties.run,data:data8};
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
const err50 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema58.properties.files.items.required,parentSchema:schema58.properties.files.items,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data16.size === undefined){
const err51 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema58.properties.files.items.required,parentSchema:schema58.properties.files.items,data:data16};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data16.sha256 === undefined){
const err52 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema58.properties.files.items.required,parentSchema:schema58.properties.files.items,data:data16};
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
const err53 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema58.properties.files.items,data:data16};
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
if((data17.length > 1024 && func3(data17) > 1024)){
const err54 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema58.properties.files.items.properties.path,data:data17};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((data17.length < 2 && func3(data17) < 1)){
const err55 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.files.items.properties.path,data:data17};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!pattern36.test(data17)){
const err56 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/pattern",keyword:"pattern",params:{pattern: "^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$"},message:"must match pattern \""+"^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$"+"\"",schema:"^(?![A-Za-z]:)(?!(?:.*/)?\\.\\.?(?:/|$))[^/\\\\\\u0000]+(?:/[^/\\\\\\u0000]+)*$",parentSchema:schema58.properties.files.items.properties.path,data:data17};
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
const err57 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.files.items.properties.path.type,parentSchema:schema58.properties.files.items.properties.path,data:data17};
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
const err58 = {instancePath:instancePath+"/files/" + i0+"/size",schemaPath:"#/properties/files/items/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.files.items.properties.size.type,parentSchema:schema58.properties.files.items.properties.size,data:data18};
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
const err59 = {instancePath:instancePath+"/files/" + i0+"/size",schemaPath:"#/properties/files/items/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.files.items.properties.size,data:data18};
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
if(!pattern37.test(data19)){
const err60 = {instancePath:instancePath+"/files/" + i0+"/sha256",schemaPath:"#/properties/files/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema58.properties.files.items.properties.sha256,data:data19};
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
const err61 = {instancePath:instancePath+"/files/" + i0+"/sha256",schemaPath:"#/properties/files/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.files.items.properties.sha256.type,parentSchema:schema58.properties.files.items.properties.sha256,data:data19};
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
const err62 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.files.items.type,parentSchema:schema58.properties.files.items,data:data16};
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
const err63 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.files.type,parentSchema:schema58.properties.files,data:data15};
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
if(!pattern38.test(data20)){
const err64 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema58.properties.digest,data:data20};
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
const err65 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.digest.type,parentSchema:schema58.properties.digest,data:data20};
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
const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const validatePromotionRecord = validate37;
const schema59 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gonogo.dev/schemas/promotion-record.schema.json","title":"gonogo promotion record (gonogo.promotion/v1)","description":"One promotion (or rollback) of an evidence bundle into an environment: the payload of a GitHub deployment, or a file of the CLI's state folder. `previous` is the digest of the environment's record before it (null for the first): a hash chain. `digest` is the SHA-256 of the RFC 8785 canonical JSON of this document without `digest` and `signature`.","type":"object","required":["contract","environment","sequence","kind","bundle","source","reviewers","approvals","run","promoted_at","previous","digest"],"additionalProperties":false,"definitions":{"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}},"properties":{"contract":{"const":"gonogo.promotion/v1"},"environment":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"},"sequence":{"type":"integer","minimum":1},"kind":{"enum":["promotion","rollback"]},"reason":{"type":"string","maxLength":1024},"rollback_of":{"$ref":"#/definitions/digest"},"bundle":{"type":"object","required":["id","digest","subject","created_at","decision","artifact","location"],"additionalProperties":false,"properties":{"replayed":{"type":"boolean","description":"true: the promotion checks decided again from the bundle alone (bundle verify --replay) and got its summary byte for byte; false: the bundle records no inputs (made before replayable bundles) and was accepted with allow-unreplayable (or is a rollback to such a bundle). Absent in records written before replay existed."},"id":{"type":"string","minLength":1,"maxLength":256},"digest":{"$ref":"#/definitions/digest"},"subject":{"type":"object","required":["repository","sha","ref"],"additionalProperties":false,"properties":{"repository":{"type":"string"},"sha":{"type":"string"},"ref":{"type":"string"},"tag":{"type":"string"}}},"created_at":{"type":"string"},"decision":{"enum":["go","conditional-go","no-go"]},"artifact":{"oneOf":[{"type":"null"},{"type":"object","required":["name","id"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"id":{"type":"integer","minimum":1}}}]},"location":{"type":["string","null"],"maxLength":4096}}},"source":{"oneOf":[{"type":"null"},{"type":"object","required":["environment","record"],"additionalProperties":false,"properties":{"environment":{"type":"string"},"record":{"$ref":"#/definitions/digest"}}}]},"reviewers":{"type":"object","required":["required","verified","named","prevent_self_review"],"additionalProperties":false,"properties":{"required":{"type":"integer","minimum":0},"verified":{"type":"boolean"},"named":{"type":"array","items":{"type":"string"}},"prevent_self_review":{"type":["boolean","null"]}}},"approvals":{"type":"array","items":{"type":"object","required":["user","state","comment","observed_at"],"additionalProperties":false,"properties":{"user":{"type":"string"},"state":{"type":"string"},"comment":{"type":"string","maxLength":4096},"observed_at":{"type":"string"}}}},"run":{"type":"object","required":["url","workflow","actor","event","id","attempt"],"additionalProperties":false,"properties":{"url":{"type":["string","null"]},"workflow":{"type":["string","null"]},"actor":{"type":["string","null"]},"event":{"type":["string","null"]},"id":{"type":["string","null"]},"attempt":{"type":["integer","null"]}}},"promoted_at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"},"previous":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/digest"}]},"digest":{"$ref":"#/definitions/digest"},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"With a signing key: hex HMAC-SHA256 of `digest` (as bundles sign theirs). Not part of the digest."}}};
const schema60 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gonogo.dev/schemas/promotion-record.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contract === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contract"},message:"must have required property '"+"contract"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.environment === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.sequence === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequence"},message:"must have required property '"+"sequence"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.kind === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.bundle === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bundle"},message:"must have required property '"+"bundle"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.source === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.reviewers === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reviewers"},message:"must have required property '"+"reviewers"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.approvals === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvals"},message:"must have required property '"+"approvals"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.run === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.promoted_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "promoted_at"},message:"must have required property '"+"promoted_at"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.previous === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previous"},message:"must have required property '"+"previous"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.digest === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema59.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};
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
const err13 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/const",keyword:"const",params:{allowedValue: "gonogo.promotion/v1"},message:"must be equal to constant",schema:"gonogo.promotion/v1",parentSchema:schema59.properties.contract,data:data0};
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
if(!pattern13.test(data1)){
const err14 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$",parentSchema:schema59.properties.environment,data:data1};
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
const err15 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.environment.type,parentSchema:schema59.properties.environment,data:data1};
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
const err16 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.sequence.type,parentSchema:schema59.properties.sequence,data:data2};
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
const err17 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema59.properties.sequence,data:data2};
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
const err18 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema59.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema59.properties.kind.enum,parentSchema:schema59.properties.kind,data:data3};
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
if((data4.length > 1024 && func3(data4) > 1024)){
const err19 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema59.properties.reason,data:data4};
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
const err20 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.reason.type,parentSchema:schema59.properties.reason,data:data4};
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
if(!pattern38.test(data5)){
const err21 = {instancePath:instancePath+"/rollback_of",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema60,data:data5};
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
const err22 = {instancePath:instancePath+"/rollback_of",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data5};
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
const err23 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema59.properties.bundle.required,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6.digest === undefined){
const err24 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'",schema:schema59.properties.bundle.required,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data6.subject === undefined){
const err25 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema59.properties.bundle.required,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data6.created_at === undefined){
const err26 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'",schema:schema59.properties.bundle.required,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data6.decision === undefined){
const err27 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'",schema:schema59.properties.bundle.required,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data6.artifact === undefined){
const err28 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "artifact"},message:"must have required property '"+"artifact"+"'",schema:schema59.properties.bundle.required,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data6.location === undefined){
const err29 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'",schema:schema59.properties.bundle.required,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key1 in data6){
if(!((((((((key1 === "replayed") || (key1 === "id")) || (key1 === "digest")) || (key1 === "subject")) || (key1 === "created_at")) || (key1 === "decision")) || (key1 === "artifact")) || (key1 === "location"))){
const err30 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.replayed !== undefined){
let data7 = data6.replayed;
if(typeof data7 !== "boolean"){
const err31 = {instancePath:instancePath+"/bundle/replayed",schemaPath:"#/properties/bundle/properties/replayed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.bundle.properties.replayed.type,parentSchema:schema59.properties.bundle.properties.replayed,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data6.id !== undefined){
let data8 = data6.id;
if(typeof data8 === "string"){
if((data8.length > 256 && func3(data8) > 256)){
const err32 = {instancePath:instancePath+"/bundle/id",schemaPath:"#/properties/bundle/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema59.properties.bundle.properties.id,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((data8.length < 2 && func3(data8) < 1)){
const err33 = {instancePath:instancePath+"/bundle/id",schemaPath:"#/properties/bundle/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.bundle.properties.id,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/bundle/id",schemaPath:"#/properties/bundle/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.bundle.properties.id.type,parentSchema:schema59.properties.bundle.properties.id,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.digest !== undefined){
let data9 = data6.digest;
if(typeof data9 === "string"){
if(!pattern38.test(data9)){
const err35 = {instancePath:instancePath+"/bundle/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema60,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/bundle/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data6.subject !== undefined){
let data10 = data6.subject;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.repository === undefined){
const err37 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema59.properties.bundle.properties.subject.required,parentSchema:schema59.properties.bundle.properties.subject,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data10.sha === undefined){
const err38 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'",schema:schema59.properties.bundle.properties.subject.required,parentSchema:schema59.properties.bundle.properties.subject,data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data10.ref === undefined){
const err39 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'",schema:schema59.properties.bundle.properties.subject.required,parentSchema:schema59.properties.bundle.properties.subject,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key2 in data10){
if(!((((key2 === "repository") || (key2 === "sha")) || (key2 === "ref")) || (key2 === "tag"))){
const err40 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.bundle.properties.subject,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data10.repository !== undefined){
let data11 = data10.repository;
if(typeof data11 !== "string"){
const err41 = {instancePath:instancePath+"/bundle/subject/repository",schemaPath:"#/properties/bundle/properties/subject/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.bundle.properties.subject.properties.repository.type,parentSchema:schema59.properties.bundle.properties.subject.properties.repository,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data10.sha !== undefined){
let data12 = data10.sha;
if(typeof data12 !== "string"){
const err42 = {instancePath:instancePath+"/bundle/subject/sha",schemaPath:"#/properties/bundle/properties/subject/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.bundle.properties.subject.properties.sha.type,parentSchema:schema59.properties.bundle.properties.subject.properties.sha,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data10.ref !== undefined){
let data13 = data10.ref;
if(typeof data13 !== "string"){
const err43 = {instancePath:instancePath+"/bundle/subject/ref",schemaPath:"#/properties/bundle/properties/subject/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.bundle.properties.subject.properties.ref.type,parentSchema:schema59.properties.bundle.properties.subject.properties.ref,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data10.tag !== undefined){
let data14 = data10.tag;
if(typeof data14 !== "string"){
const err44 = {instancePath:instancePath+"/bundle/subject/tag",schemaPath:"#/properties/bundle/properties/subject/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.bundle.properties.subject.properties.tag.type,parentSchema:schema59.properties.bundle.properties.subject.properties.tag,data:data14};
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
else {
const err45 = {instancePath:instancePath+"/bundle/subject",schemaPath:"#/properties/bundle/properties/subject/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.bundle.properties.subject.type,parentSchema:schema59.properties.bundle.properties.subject,data:data10};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data6.created_at !== undefined){
let data15 = data6.created_at;
if(typeof data15 !== "string"){
const err46 = {instancePath:instancePath+"/bundle/created_at",schemaPath:"#/properties/bundle/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.bundle.properties.created_at.type,parentSchema:schema59.properties.bundle.properties.created_at,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data6.decision !== undefined){
let data16 = data6.decision;
if(!(((data16 === "go") || (data16 === "conditional-go")) || (data16 === "no-go"))){
const err47 = {instancePath:instancePath+"/bundle/decision",schemaPath:"#/properties/bundle/properties/decision/enum",keyword:"enum",params:{allowedValues: schema59.properties.bundle.properties.decision.enum},message:"must be equal to one of the allowed values",schema:schema59.properties.bundle.properties.decision.enum,parentSchema:schema59.properties.bundle.properties.decision,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data6.artifact !== undefined){
let data17 = data6.artifact;
const _errs38 = errors;
let valid5 = false;
let passing0 = null;
const _errs39 = errors;
if(data17 !== null){
const err48 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema59.properties.bundle.properties.artifact.oneOf[0].type,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[0],data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid0 = _errs39 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs41 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.name === undefined){
const err49 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema59.properties.bundle.properties.artifact.oneOf[1].required,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data17.id === undefined){
const err50 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema59.properties.bundle.properties.artifact.oneOf[1].required,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key3 in data17){
if(!((key3 === "name") || (key3 === "id"))){
const err51 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data17.name !== undefined){
let data18 = data17.name;
if(typeof data18 === "string"){
if((data18.length < 2 && func3(data18) < 1)){
const err52 = {instancePath:instancePath+"/bundle/artifact/name",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1].properties.name,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/bundle/artifact/name",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.bundle.properties.artifact.oneOf[1].properties.name.type,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1].properties.name,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data17.id !== undefined){
let data19 = data17.id;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err54 = {instancePath:instancePath+"/bundle/artifact/id",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.bundle.properties.artifact.oneOf[1].properties.id.type,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1].properties.id,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 1 || isNaN(data19)){
const err55 = {instancePath:instancePath+"/bundle/artifact/id",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1].properties.id,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
}
else {
const err56 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.bundle.properties.artifact.oneOf[1].type,parentSchema:schema59.properties.bundle.properties.artifact.oneOf[1],data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid0 = _errs41 === errors;
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
const err57 = {instancePath:instancePath+"/bundle/artifact",schemaPath:"#/properties/bundle/properties/artifact/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema59.properties.bundle.properties.artifact.oneOf,parentSchema:schema59.properties.bundle.properties.artifact,data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
if(data6.location !== undefined){
let data20 = data6.location;
if((typeof data20 !== "string") && (data20 !== null)){
const err58 = {instancePath:instancePath+"/bundle/location",schemaPath:"#/properties/bundle/properties/location/type",keyword:"type",params:{type: schema59.properties.bundle.properties.location.type},message:"must be string,null",schema:schema59.properties.bundle.properties.location.type,parentSchema:schema59.properties.bundle.properties.location,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(typeof data20 === "string"){
if((data20.length > 4096 && func3(data20) > 4096)){
const err59 = {instancePath:instancePath+"/bundle/location",schemaPath:"#/properties/bundle/properties/location/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema59.properties.bundle.properties.location,data:data20};
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
}
else {
const err60 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.bundle.type,parentSchema:schema59.properties.bundle,data:data6};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.source !== undefined){
let data21 = data.source;
const _errs51 = errors;
let valid7 = false;
let passing1 = null;
const _errs52 = errors;
if(data21 !== null){
const err61 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema59.properties.source.oneOf[0].type,parentSchema:schema59.properties.source.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid1 = _errs52 === errors;
if(_valid1){
valid7 = true;
passing1 = 0;
}
const _errs54 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.environment === undefined){
const err62 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'",schema:schema59.properties.source.oneOf[1].required,parentSchema:schema59.properties.source.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data21.record === undefined){
const err63 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema59.properties.source.oneOf[1].required,parentSchema:schema59.properties.source.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key4 in data21){
if(!((key4 === "environment") || (key4 === "record"))){
const err64 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.source.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data21.environment !== undefined){
let data22 = data21.environment;
if(typeof data22 !== "string"){
const err65 = {instancePath:instancePath+"/source/environment",schemaPath:"#/properties/source/oneOf/1/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.source.oneOf[1].properties.environment.type,parentSchema:schema59.properties.source.oneOf[1].properties.environment,data:data22};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data21.record !== undefined){
let data23 = data21.record;
if(typeof data23 === "string"){
if(!pattern38.test(data23)){
const err66 = {instancePath:instancePath+"/source/record",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema60,data:data23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/source/record",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data23};
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
else {
const err68 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.source.oneOf[1].type,parentSchema:schema59.properties.source.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid1 = _errs54 === errors;
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
const err69 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema59.properties.source.oneOf,parentSchema:schema59.properties.source,data:data21};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
}
if(data.reviewers !== undefined){
let data24 = data.reviewers;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.required === undefined){
const err70 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/required",keyword:"required",params:{missingProperty: "required"},message:"must have required property '"+"required"+"'",schema:schema59.properties.reviewers.required,parentSchema:schema59.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data24.verified === undefined){
const err71 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/required",keyword:"required",params:{missingProperty: "verified"},message:"must have required property '"+"verified"+"'",schema:schema59.properties.reviewers.required,parentSchema:schema59.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data24.named === undefined){
const err72 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/required",keyword:"required",params:{missingProperty: "named"},message:"must have required property '"+"named"+"'",schema:schema59.properties.reviewers.required,parentSchema:schema59.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data24.prevent_self_review === undefined){
const err73 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/required",keyword:"required",params:{missingProperty: "prevent_self_review"},message:"must have required property '"+"prevent_self_review"+"'",schema:schema59.properties.reviewers.required,parentSchema:schema59.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key5 in data24){
if(!((((key5 === "required") || (key5 === "verified")) || (key5 === "named")) || (key5 === "prevent_self_review"))){
const err74 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data24.required !== undefined){
let data25 = data24.required;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err75 = {instancePath:instancePath+"/reviewers/required",schemaPath:"#/properties/reviewers/properties/required/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.reviewers.properties.required.type,parentSchema:schema59.properties.reviewers.properties.required,data:data25};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err76 = {instancePath:instancePath+"/reviewers/required",schemaPath:"#/properties/reviewers/properties/required/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.reviewers.properties.required,data:data25};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data24.verified !== undefined){
let data26 = data24.verified;
if(typeof data26 !== "boolean"){
const err77 = {instancePath:instancePath+"/reviewers/verified",schemaPath:"#/properties/reviewers/properties/verified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.reviewers.properties.verified.type,parentSchema:schema59.properties.reviewers.properties.verified,data:data26};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data24.named !== undefined){
let data27 = data24.named;
if(Array.isArray(data27)){
const len0 = data27.length;
for(let i0=0; i0<len0; i0++){
let data28 = data27[i0];
if(typeof data28 !== "string"){
const err78 = {instancePath:instancePath+"/reviewers/named/" + i0,schemaPath:"#/properties/reviewers/properties/named/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.reviewers.properties.named.items.type,parentSchema:schema59.properties.reviewers.properties.named.items,data:data28};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/reviewers/named",schemaPath:"#/properties/reviewers/properties/named/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.reviewers.properties.named.type,parentSchema:schema59.properties.reviewers.properties.named,data:data27};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data24.prevent_self_review !== undefined){
let data29 = data24.prevent_self_review;
if((typeof data29 !== "boolean") && (data29 !== null)){
const err80 = {instancePath:instancePath+"/reviewers/prevent_self_review",schemaPath:"#/properties/reviewers/properties/prevent_self_review/type",keyword:"type",params:{type: schema59.properties.reviewers.properties.prevent_self_review.type},message:"must be boolean,null",schema:schema59.properties.reviewers.properties.prevent_self_review.type,parentSchema:schema59.properties.reviewers.properties.prevent_self_review,data:data29};
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
const err81 = {instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.reviewers.type,parentSchema:schema59.properties.reviewers,data:data24};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.approvals !== undefined){
let data30 = data.approvals;
if(Array.isArray(data30)){
const len1 = data30.length;
for(let i1=0; i1<len1; i1++){
let data31 = data30[i1];
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.user === undefined){
const err82 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema59.properties.approvals.items.required,parentSchema:schema59.properties.approvals.items,data:data31};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data31.state === undefined){
const err83 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'",schema:schema59.properties.approvals.items.required,parentSchema:schema59.properties.approvals.items,data:data31};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data31.comment === undefined){
const err84 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "comment"},message:"must have required property '"+"comment"+"'",schema:schema59.properties.approvals.items.required,parentSchema:schema59.properties.approvals.items,data:data31};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data31.observed_at === undefined){
const err85 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "observed_at"},message:"must have required property '"+"observed_at"+"'",schema:schema59.properties.approvals.items.required,parentSchema:schema59.properties.approvals.items,data:data31};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
for(const key6 in data31){
if(!((((key6 === "user") || (key6 === "state")) || (key6 === "comment")) || (key6 === "observed_at"))){
const err86 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.approvals.items,data:data31};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data31.user !== undefined){
let data32 = data31.user;
if(typeof data32 !== "string"){
const err87 = {instancePath:instancePath+"/approvals/" + i1+"/user",schemaPath:"#/properties/approvals/items/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.approvals.items.properties.user.type,parentSchema:schema59.properties.approvals.items.properties.user,data:data32};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data31.state !== undefined){
let data33 = data31.state;
if(typeof data33 !== "string"){
const err88 = {instancePath:instancePath+"/approvals/" + i1+"/state",schemaPath:"#/properties/approvals/items/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.approvals.items.properties.state.type,parentSchema:schema59.properties.approvals.items.properties.state,data:data33};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data31.comment !== undefined){
let data34 = data31.comment;
if(typeof data34 === "string"){
if((data34.length > 4096 && func3(data34) > 4096)){
const err89 = {instancePath:instancePath+"/approvals/" + i1+"/comment",schemaPath:"#/properties/approvals/items/properties/comment/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema59.properties.approvals.items.properties.comment,data:data34};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/approvals/" + i1+"/comment",schemaPath:"#/properties/approvals/items/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.approvals.items.properties.comment.type,parentSchema:schema59.properties.approvals.items.properties.comment,data:data34};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data31.observed_at !== undefined){
let data35 = data31.observed_at;
if(typeof data35 !== "string"){
const err91 = {instancePath:instancePath+"/approvals/" + i1+"/observed_at",schemaPath:"#/properties/approvals/items/properties/observed_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.approvals.items.properties.observed_at.type,parentSchema:schema59.properties.approvals.items.properties.observed_at,data:data35};
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
const err92 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.approvals.items.type,parentSchema:schema59.properties.approvals.items,data:data31};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.approvals.type,parentSchema:schema59.properties.approvals,data:data30};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.run !== undefined){
let data36 = data.run;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.url === undefined){
const err94 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema59.properties.run.required,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data36.workflow === undefined){
const err95 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema59.properties.run.required,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data36.actor === undefined){
const err96 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema59.properties.run.required,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data36.event === undefined){
const err97 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema59.properties.run.required,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data36.id === undefined){
const err98 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema59.properties.run.required,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data36.attempt === undefined){
const err99 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "attempt"},message:"must have required property '"+"attempt"+"'",schema:schema59.properties.run.required,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key7 in data36){
if(!((((((key7 === "url") || (key7 === "workflow")) || (key7 === "actor")) || (key7 === "event")) || (key7 === "id")) || (key7 === "attempt"))){
const err100 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data36.url !== undefined){
let data37 = data36.url;
if((typeof data37 !== "string") && (data37 !== null)){
const err101 = {instancePath:instancePath+"/run/url",schemaPath:"#/properties/run/properties/url/type",keyword:"type",params:{type: schema59.properties.run.properties.url.type},message:"must be string,null",schema:schema59.properties.run.properties.url.type,parentSchema:schema59.properties.run.properties.url,data:data37};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data36.workflow !== undefined){
let data38 = data36.workflow;
if((typeof data38 !== "string") && (data38 !== null)){
const err102 = {instancePath:instancePath+"/run/workflow",schemaPath:"#/properties/run/properties/workflow/type",keyword:"type",params:{type: schema59.properties.run.properties.workflow.type},message:"must be string,null",schema:schema59.properties.run.properties.workflow.type,parentSchema:schema59.properties.run.properties.workflow,data:data38};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data36.actor !== undefined){
let data39 = data36.actor;
if((typeof data39 !== "string") && (data39 !== null)){
const err103 = {instancePath:instancePath+"/run/actor",schemaPath:"#/properties/run/properties/actor/type",keyword:"type",params:{type: schema59.properties.run.properties.actor.type},message:"must be string,null",schema:schema59.properties.run.properties.actor.type,parentSchema:schema59.properties.run.properties.actor,data:data39};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data36.event !== undefined){
let data40 = data36.event;
if((typeof data40 !== "string") && (data40 !== null)){
const err104 = {instancePath:instancePath+"/run/event",schemaPath:"#/properties/run/properties/event/type",keyword:"type",params:{type: schema59.properties.run.properties.event.type},message:"must be string,null",schema:schema59.properties.run.properties.event.type,parentSchema:schema59.properties.run.properties.event,data:data40};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data36.id !== undefined){
let data41 = data36.id;
if((typeof data41 !== "string") && (data41 !== null)){
const err105 = {instancePath:instancePath+"/run/id",schemaPath:"#/properties/run/properties/id/type",keyword:"type",params:{type: schema59.properties.run.properties.id.type},message:"must be string,null",schema:schema59.properties.run.properties.id.type,parentSchema:schema59.properties.run.properties.id,data:data41};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data36.attempt !== undefined){
let data42 = data36.attempt;
if((!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))) && (data42 !== null)){
const err106 = {instancePath:instancePath+"/run/attempt",schemaPath:"#/properties/run/properties/attempt/type",keyword:"type",params:{type: schema59.properties.run.properties.attempt.type},message:"must be integer,null",schema:schema59.properties.run.properties.attempt.type,parentSchema:schema59.properties.run.properties.attempt,data:data42};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.run.type,parentSchema:schema59.properties.run,data:data36};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data.promoted_at !== undefined){
let data43 = data.promoted_at;
if(typeof data43 === "string"){
if(!pattern32.test(data43)){
const err108 = {instancePath:instancePath+"/promoted_at",schemaPath:"#/properties/promoted_at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$",parentSchema:schema59.properties.promoted_at,data:data43};
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
const err109 = {instancePath:instancePath+"/promoted_at",schemaPath:"#/properties/promoted_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.promoted_at.type,parentSchema:schema59.properties.promoted_at,data:data43};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.previous !== undefined){
let data44 = data.previous;
const _errs106 = errors;
let valid17 = false;
let passing2 = null;
const _errs107 = errors;
if(data44 !== null){
const err110 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema59.properties.previous.oneOf[0].type,parentSchema:schema59.properties.previous.oneOf[0],data:data44};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid2 = _errs107 === errors;
if(_valid2){
valid17 = true;
passing2 = 0;
}
const _errs109 = errors;
if(typeof data44 === "string"){
if(!pattern38.test(data44)){
const err111 = {instancePath:instancePath+"/previous",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema60,data:data44};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/previous",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data44};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
var _valid2 = _errs109 === errors;
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
const err113 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema59.properties.previous.oneOf,parentSchema:schema59.properties.previous,data:data44};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
else {
errors = _errs106;
if(vErrors !== null){
if(_errs106){
vErrors.length = _errs106;
}
else {
vErrors = null;
}
}
}
}
if(data.digest !== undefined){
let data45 = data.digest;
if(typeof data45 === "string"){
if(!pattern38.test(data45)){
const err114 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema60,data:data45};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data45};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data.signature !== undefined){
let data46 = data.signature;
if(typeof data46 === "string"){
if(!pattern37.test(data46)){
const err116 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema59.properties.signature,data:data46};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.signature.type,parentSchema:schema59.properties.signature,data:data46};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}


/***/ })

};
