export const id = 862;
export const ids = [862];
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
/* harmony export */   fM: () => (/* binding */ SIGNATURE_ALGORITHM),
/* harmony export */   fR: () => (/* binding */ bundlePathProblem),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   m4: () => (/* binding */ REPORTS_DIR),
/* harmony export */   runFromEnv: () => (/* binding */ runFromEnv),
/* harmony export */   tE: () => (/* binding */ LINEAGE_FILE),
/* harmony export */   u1: () => (/* binding */ buildManifest)
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

/***/ 5862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyBundle: () => (/* binding */ verifyBundle)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(663);
/* harmony import */ var _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7985);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _parsers_json_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1639);
/* harmony import */ var _parsers_schema_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3525);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6161);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2145);










/** Largest file `keep` holds in memory. */
const MAX_KEPT_BYTES = 16 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const MAX_SIGNATURE_BYTES = 64 * 1024;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/**
 * Verifies a bundle folder or its zip (the downloaded artifact): the manifest against its schema,
 * every file's size and SHA-256, the digest, no file added or missing, no path that could escape
 * the bundle, no symbolic link (never followed), and the signature when a key is given.
 */
async function verifyBundle(target, opts = {}) {
    let isDir;
    try {
        isDir = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target)).isDirectory();
    }
    catch {
        return { ok: false, problems: [{ message: `${target}: not found` }], kept: new Map() };
    }
    let listing;
    try {
        listing = isDir ? await listFolder(target) : await listZip(target);
    }
    catch (e) {
        return {
            ok: false,
            problems: [
                { message: `${target}: not a bundle folder or a readable zip (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e)})` }
            ],
            kept: new Map()
        };
    }
    try {
        return await judge(listing, opts.signingKey, new Set(opts.keep ?? []));
    }
    finally {
        listing.close();
    }
}
async function judge(listing, signingKey, keep) {
    const problems = [...listing.problems];
    const named = new Set(problems.map((p) => p.file).filter((f) => f !== undefined));
    const kept = new Map();
    const done = (digest, manifest) => ({
        ok: problems.length === 0,
        ...(digest !== undefined ? { digest } : {}),
        problems,
        ...(manifest !== undefined && problems.length === 0 ? { manifest } : {}),
        kept
    });
    const manifestText = await readSmall(listing, _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_FILE */ .h1, MAX_MANIFEST_BYTES, problems);
    if (manifestText === undefined)
        return done();
    // Depth bounded before parsing (json-error.ts): a manifest nests 3 levels.
    const parsed = (0,_parsers_json_error_js__WEBPACK_IMPORTED_MODULE_6__/* .parseBoundedJson */ .Rj)(manifestText);
    if (!parsed.ok) {
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_FILE */ .h1, message: parsed.message });
        return done();
    }
    const doc = parsed.value;
    if (!(0,_generated_validators_js__WEBPACK_IMPORTED_MODULE_7__/* .validateBundleManifest */ .cS)(doc)) {
        for (const e of (_generated_validators_js__WEBPACK_IMPORTED_MODULE_7__/* .validateBundleManifest */ .cS.errors ?? []).slice(0, 20)) {
            // Bad file paths are reported below, each naming its file.
            if (e.keyword === 'pattern' && /^\/files\/\d+\/path$/.test(e.instancePath))
                continue;
            problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_FILE */ .h1, message: `schema: ${(0,_parsers_schema_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .formatSchemaError */ .t)(e)}` });
        }
    }
    if (!isRecord(doc))
        return done();
    // Every listed file: a safe path, once, present, with the bytes the manifest says.
    const listed = new Set();
    const entries = Array.isArray(doc.files) ? doc.files : [];
    let previous;
    let sorted = true;
    for (const entry of entries) {
        if (!isRecord(entry) || typeof entry.path !== 'string')
            continue;
        const p = entry.path;
        if (previous !== undefined && (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .comparePaths */ .cD)(previous, p) > 0)
            sorted = false;
        previous = p;
        const pathProblem = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .bundlePathProblem */ .fR)(p);
        if (pathProblem !== undefined) {
            problems.push({
                file: p,
                message: `listed in the manifest with an unsafe path: ${pathProblem}`
            });
            continue;
        }
        if (_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .UNLISTED_FILES */ .VP.includes(p)) {
            problems.push({ file: p, message: 'listed in the manifest, but describes the bundle itself' });
            continue;
        }
        if (listed.has(p)) {
            problems.push({ file: p, message: 'duplicate path: listed more than once in the manifest' });
            continue;
        }
        listed.add(p);
        const reader = listing.files.get(p);
        if (reader === undefined) {
            if (!named.has(p))
                problems.push({ file: p, message: 'missing: listed in the manifest but not in the bundle' });
            continue;
        }
        let got;
        try {
            // A small file of a folder is hashed synchronously (no promise to wait for).
            const hashed = reader.hash(keep.has(p) ? MAX_KEPT_BYTES : undefined);
            got = hashed instanceof Promise ? await hashed : hashed;
        }
        catch (e) {
            problems.push({ file: p, message: `cannot be read (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e)})` });
            continue;
        }
        if (got.size !== entry.size || got.sha256 !== entry.sha256) {
            problems.push({
                file: p,
                message: `content changed: ${got.size} bytes with SHA-256 ${got.sha256}, the manifest says ${String(entry.size)} bytes with ${String(entry.sha256)}`
            });
        }
        else if (got.data !== undefined) {
            kept.set(p, got.data);
        }
    }
    if (!sorted)
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_FILE */ .h1, message: 'files are not sorted by path' });
    for (const p of [...listing.files.keys()].sort(_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .comparePaths */ .cD)) {
        if (!listed.has(p) && !_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .UNLISTED_FILES */ .VP.includes(p))
            problems.push({ file: p, message: 'added: present in the bundle but not in the manifest' });
    }
    let digest;
    try {
        digest = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestDigest */ .It)(doc);
    }
    catch (e) {
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_FILE */ .h1, message: `cannot be canonicalized (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e)})` });
        return done();
    }
    if (doc.digest !== digest) {
        problems.push({
            file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_FILE */ .h1,
            message: `digest ${String(doc.digest)} does not match the manifest's content (${digest}): the manifest or its digest was edited`
        });
    }
    if (signingKey !== undefined)
        await checkSignature(listing, signingKey, digest, problems);
    return done(digest, doc);
}
async function checkSignature(listing, key, digest, problems) {
    if (!listing.files.has(_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_FILE */ .I9)) {
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_FILE */ .I9, message: 'missing, but a signing key was given' });
        return;
    }
    const text = await readSmall(listing, _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_FILE */ .I9, MAX_SIGNATURE_BYTES, problems);
    if (text === undefined)
        return;
    let sig;
    try {
        sig = JSON.parse(text);
    }
    catch (e) {
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_FILE */ .I9, message: `not valid JSON (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e)})` });
        return;
    }
    if (!isRecord(sig) ||
        sig.algorithm !== _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_ALGORITHM */ .fM ||
        typeof sig.signature !== 'string' ||
        !/^[0-9a-f]{64}$/.test(sig.signature)) {
        problems.push({
            file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_FILE */ .I9,
            message: `not a ${_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_ALGORITHM */ .fM} signature ({"algorithm", "digest", "signature": 64 hex})`
        });
        return;
    }
    if (sig.digest !== digest)
        problems.push({
            file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_FILE */ .I9,
            message: `signs digest ${String(sig.digest)}, not this manifest's ${digest}`
        });
    const want = Buffer.from((0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .signDigest */ ._i)(key, digest), 'hex');
    const got = Buffer.from(sig.signature, 'hex');
    if (got.length !== want.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(got, want))
        problems.push({
            file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_FILE */ .I9,
            message: 'signature does not match: wrong key, or the bundle was changed after signing'
        });
}
/** Size and SHA-256 of a zip entry's stream; its bytes too when at most `keepUpTo`. */
async function hashZipEntry(stream, keepUpTo) {
    if (keepUpTo === undefined)
        return (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_8__/* .hashStream */ .LH)(stream);
    const chunks = [];
    const got = await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_8__/* .hashStream */ .LH)(collect(stream, chunks, keepUpTo));
    return got.size <= keepUpTo ? { ...got, data: Buffer.concat(chunks) } : got;
}
/** Passes a stream through, keeping its chunks while they total at most `max` bytes. */
async function* collect(stream, chunks, max) {
    let size = 0;
    for await (const chunk of stream) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
        size += buf.length;
        if (size <= max)
            chunks.push(buf);
        else
            chunks.length = 0;
        yield buf;
    }
}
/** A small file of the bundle as text; a problem (naming it) when absent or too large. */
async function readSmall(listing, file, max, problems) {
    const reader = listing.files.get(file);
    if (reader === undefined) {
        if (!problems.some((p) => p.file === file))
            problems.push({ file, message: 'missing: this is not a bundle' });
        return undefined;
    }
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of await reader.stream()) {
            const buf = Buffer.from(chunk);
            size += buf.length;
            if (size > max) {
                problems.push({ file, message: `larger than ${max} bytes` });
                return undefined;
            }
            chunks.push(buf);
        }
    }
    catch (e) {
        problems.push({ file, message: `cannot be read (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e)})` });
        return undefined;
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** Lists a folder without following any symbolic link: a link is a problem, never a file. */
async function listFolder(root) {
    const files = new Map();
    const problems = [];
    const base = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root);
    const walk = async (rel) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, ...rel.split('/').filter(Boolean)), {
            withFileTypes: true
        });
        entries.sort((a, b) => (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .comparePaths */ .cD)(a.name, b.name));
        for (const e of entries) {
            const p = rel === '' ? e.name : `${rel}/${e.name}`;
            const pathProblem = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .bundlePathProblem */ .fR)(p);
            if (pathProblem !== undefined) {
                problems.push({ file: p, message: `unsafe file name: ${pathProblem}` });
            }
            else if (e.isSymbolicLink()) {
                problems.push({
                    file: p,
                    message: 'symbolic link: a bundle holds only regular files (links are never followed)'
                });
            }
            else if (e.isDirectory()) {
                await walk(p);
            }
            else if (e.isFile()) {
                const abs = (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep) === '/' ? `${base}/${p}` : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(base, ...p.split('/'));
                // Opened without following a link and checked by fstat on the descriptor it reads
                // (hash-file.ts): a link or FIFO swapped in after this listing is refused, not read.
                files.set(p, {
                    stream: async () => (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(abs, _hash_file_js__WEBPACK_IMPORTED_MODULE_8__/* .READ_NOFOLLOW */ .sb)).createReadStream({ highWaterMark: 1024 * 1024 }),
                    hash: (keepUpTo) => (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_8__/* .hashRegularFile */ .vF)(abs, keepUpTo)
                });
            }
            else {
                problems.push({ file: p, message: 'not a regular file' });
            }
        }
    };
    await walk('');
    return { files, problems, close: () => undefined };
}
/**
 * Lists a zip from its central directory. Every entry name is checked before anything else is done
 * with it (absolute, drive letter, backslash, `..`: zip-slip), link entries are refused, and files
 * are hashed from the archive's streams: nothing is extracted.
 */
async function listZip(file) {
    const zip = await yauzl__WEBPACK_IMPORTED_MODULE_3__.openPromise(file, {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: false,
        validateEntrySizes: true
    });
    const files = new Map();
    const problems = [];
    const seen = new Set();
    try {
        await new Promise((resolve, reject) => {
            zip.on('error', reject);
            zip.on('end', () => resolve());
            zip.on('entry', (entry) => {
                const name = yauzl__WEBPACK_IMPORTED_MODULE_3__.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
                const isDir = name.endsWith('/');
                const p = isDir ? name.slice(0, -1) : name;
                const pathProblem = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .bundlePathProblem */ .fR)(p);
                const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
                if (pathProblem !== undefined) {
                    problems.push({ file: name, message: `unsafe zip entry name (zip-slip): ${pathProblem}` });
                }
                else if (mode === S_IFLNK) {
                    problems.push({
                        file: p,
                        message: 'symbolic link entry: a bundle holds only regular files'
                    });
                }
                else if (seen.has(p)) {
                    problems.push({
                        file: p,
                        message: 'duplicate path: the zip holds this entry more than once'
                    });
                    files.delete(p);
                }
                else if (!isDir) {
                    seen.add(p);
                    if (entry.isEncrypted())
                        problems.push({ file: p, message: 'encrypted zip entry' });
                    else {
                        const stream = () => zip.openReadStreamPromise(entry);
                        files.set(p, {
                            stream,
                            hash: async (keepUpTo) => hashZipEntry(await stream(), keepUpTo)
                        });
                    }
                }
                else {
                    seen.add(p);
                }
                zip.readEntry();
            });
            zip.readEntry();
        });
    }
    catch (e) {
        zip.close();
        throw e;
    }
    return { files, problems, close: () => zip.close() };
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}


/***/ }),

/***/ 2145:
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
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


/***/ })

};
