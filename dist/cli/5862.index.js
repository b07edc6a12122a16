export const id = 5862;
export const ids = [5862,426];
export const modules = {

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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8198);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2145);







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

/***/ 5862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ MAX_KEPT_TOTAL_BYTES),
/* harmony export */   verifyBundle: () => (/* binding */ verifyBundle)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(663);
/* harmony import */ var _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7985);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4296);
/* harmony import */ var _parsers_json_error_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1639);
/* harmony import */ var _parsers_schema_errors_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3525);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6161);
/* harmony import */ var _bundle_copy_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(426);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2145);













/** Largest file `keep` holds in memory. */
const MAX_KEPT_BYTES = 16 * 1024 * 1024;
/**
 * Most bytes `keep` holds in all: a small zip of many highly compressible entries (16 MiB of
 * zeros deflates to 16 KiB) must not make a verify hold gigabytes.
 */
const MAX_KEPT_TOTAL_BYTES = 256 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const MAX_SIGNATURE_BYTES = 64 * 1024;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/**
 * Verifies a bundle folder or its zip (the downloaded artifact): the manifest against its schema,
 * every file's size and SHA-256, the digest, no file added or missing, no path that could escape
 * the bundle, no symbolic link (never followed), and the signature when a key is given.
 *
 * @param opts.keep the paths (or a test on the path) whose verified bytes are returned in `kept`,
 *   each up to 16 MiB: what a caller reads next without opening the bundle again (a zip's
 *   evidence for a replay, the summary)
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
        listing = isDir
            ? await listFolder(target)
            : await listZip(target, opts.zipInMemoryUpTo ?? ZIP_IN_MEMORY_BYTES);
    }
    catch (e) {
        return {
            ok: false,
            problems: [
                { message: `${target}: not a bundle folder or a readable zip (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(e)})` }
            ],
            kept: new Map()
        };
    }
    try {
        const keep = opts.keep;
        const asked = typeof keep === 'function' ? undefined : new Set(keep ?? []);
        const keeps = typeof keep === 'function' ? keep : (p) => asked?.has(p) === true;
        return await judge(listing, opts.signingKey, keeps, opts.keepTotal ?? MAX_KEPT_TOTAL_BYTES);
    }
    finally {
        listing.close();
    }
}
async function judge(listing, signingKey, keep, keepTotal) {
    const problems = [...listing.problems];
    const named = new Set(problems.map((p) => p.file).filter((f) => f !== undefined));
    const kept = new Map();
    let keptBytes = 0;
    let keptPartly = false;
    const done = (digest, manifest) => ({
        ok: problems.length === 0,
        ...(digest !== undefined ? { digest } : {}),
        problems,
        ...(manifest !== undefined && problems.length === 0 ? { manifest } : {}),
        kept,
        ...(keptPartly ? { keptPartly: true } : {})
    });
    const manifestText = await readSmall(listing, _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1, MAX_MANIFEST_BYTES, problems);
    if (manifestText === undefined)
        return done();
    // Depth bounded before parsing (json-error.ts): a manifest nests 3 levels.
    const parsed = (0,_parsers_json_error_js__WEBPACK_IMPORTED_MODULE_8__/* .parseBoundedJson */ .Rj)(manifestText);
    if (!parsed.ok) {
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1, message: parsed.message });
        return done();
    }
    const doc = parsed.value;
    if (!(0,_generated_validators_js__WEBPACK_IMPORTED_MODULE_9__/* .validateBundleManifest */ .cS)(doc)) {
        for (const e of (_generated_validators_js__WEBPACK_IMPORTED_MODULE_9__/* .validateBundleManifest */ .cS.errors ?? []).slice(0, 20)) {
            // Bad file paths are reported below, each naming its file.
            if (e.keyword === 'pattern' && /^\/files\/\d+\/path$/.test(e.instancePath))
                continue;
            problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1, message: `schema: ${(0,_parsers_schema_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .formatSchemaError */ .t)(e)}` });
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
        if (previous !== undefined && (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .comparePaths */ .cD)(previous, p) > 0)
            sorted = false;
        previous = p;
        const pathProblem = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .bundlePathProblem */ .fR)(p);
        if (pathProblem !== undefined) {
            problems.push({
                file: p,
                message: `listed in the manifest with an unsafe path: ${pathProblem}`
            });
            continue;
        }
        if (_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .UNLISTED_FILES */ .VP.includes(p)) {
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
            const hashed = reader.hash(keep(p) ? MAX_KEPT_BYTES : undefined);
            got = hashed instanceof Promise ? await hashed : hashed;
        }
        catch (e) {
            problems.push({ file: p, message: `cannot be read (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(e)})` });
            continue;
        }
        if (got.size !== entry.size || got.sha256 !== entry.sha256) {
            problems.push({
                file: p,
                message: `content changed: ${got.size} bytes with SHA-256 ${got.sha256}, the manifest says ${String(entry.size)} bytes with ${String(entry.sha256)}`
            });
        }
        else if (got.data !== undefined) {
            if (keptBytes + got.data.length <= keepTotal) {
                kept.set(p, got.data);
                keptBytes += got.data.length;
            }
            else
                keptPartly = true;
        }
    }
    if (!sorted)
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1, message: 'files are not sorted by path' });
    for (const p of [...listing.files.keys()].sort(_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .comparePaths */ .cD)) {
        if (!listed.has(p) && !_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .UNLISTED_FILES */ .VP.includes(p))
            problems.push({ file: p, message: 'added: present in the bundle but not in the manifest' });
    }
    let digest;
    try {
        digest = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .manifestDigest */ .It)(doc);
    }
    catch (e) {
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1, message: `cannot be canonicalized (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(e)})` });
        return done();
    }
    if (doc.digest !== digest) {
        problems.push({
            file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1,
            message: `digest ${String(doc.digest)} does not match the manifest's content (${digest}): the manifest or its digest was edited`
        });
    }
    if (signingKey !== undefined)
        await checkSignature(listing, signingKey, digest, problems);
    return done(digest, doc);
}
async function checkSignature(listing, key, digest, problems) {
    if (!listing.files.has(_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_FILE */ .I9)) {
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_FILE */ .I9, message: 'missing, but a signing key was given' });
        return;
    }
    const text = await readSmall(listing, _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_FILE */ .I9, MAX_SIGNATURE_BYTES, problems);
    if (text === undefined)
        return;
    let sig;
    try {
        sig = JSON.parse(text);
    }
    catch (e) {
        problems.push({ file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_FILE */ .I9, message: `not valid JSON (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(e)})` });
        return;
    }
    if (!isRecord(sig) ||
        sig.algorithm !== _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_ALGORITHM */ .fM ||
        typeof sig.signature !== 'string' ||
        !/^[0-9a-f]{64}$/.test(sig.signature)) {
        problems.push({
            file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_FILE */ .I9,
            message: `not a ${_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_ALGORITHM */ .fM} signature ({"algorithm", "digest", "signature": 64 hex})`
        });
        return;
    }
    if (sig.digest !== digest)
        problems.push({
            file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_FILE */ .I9,
            message: `signs digest ${String(sig.digest)}, not this manifest's ${digest}`
        });
    const want = Buffer.from((0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .signDigest */ ._i)(key, digest), 'hex');
    const got = Buffer.from(sig.signature, 'hex');
    if (got.length !== want.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(got, want))
        problems.push({
            file: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNATURE_FILE */ .I9,
            message: 'signature does not match: wrong key, or the bundle was changed after signing'
        });
}
/** Size and SHA-256 of a zip entry's stream; its bytes too when at most `keepUpTo`. */
async function hashZipEntry(stream, keepUpTo) {
    if (keepUpTo === undefined)
        return (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_11__/* .hashStream */ .LH)(stream);
    const chunks = [];
    const got = await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_11__/* .hashStream */ .LH)(collect(stream, chunks, keepUpTo));
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
        problems.push({ file, message: `cannot be read (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(e)})` });
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
        entries.sort((a, b) => (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .comparePaths */ .cD)(a.name, b.name));
        for (const e of entries) {
            const p = rel === '' ? e.name : `${rel}/${e.name}`;
            const pathProblem = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .bundlePathProblem */ .fR)(p);
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
                    stream: async () => (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(abs, _hash_file_js__WEBPACK_IMPORTED_MODULE_11__/* .READ_NOFOLLOW */ .sb)).createReadStream({ highWaterMark: 1024 * 1024 }),
                    hash: (keepUpTo) => (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_11__/* .hashRegularFile */ .vF)(abs, keepUpTo)
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
/**
 * A zip up to this size is read into memory in one call and its entries inflated from there; a
 * larger one is read entry by entry from the file. A bundle of 10,000 small files then costs one
 * read instead of several positioned reads per entry on the thread pool.
 */
const ZIP_IN_MEMORY_BYTES = 256 * 1024 * 1024;
async function listZip(file, inMemoryUpTo) {
    const options = {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: false,
        validateEntrySizes: true
    };
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
    if (!st.isFile())
        throw new Error('not a regular file');
    const whole = st.size <= inMemoryUpTo ? await readWhole(file, st.size) : undefined;
    const zip = whole
        ? await yauzl__WEBPACK_IMPORTED_MODULE_5__.fromBufferPromise(whole, options)
        : await yauzl__WEBPACK_IMPORTED_MODULE_5__.openPromise(file, options);
    const files = new Map();
    const problems = [];
    const seen = new Set();
    try {
        await new Promise((resolve, reject) => {
            zip.on('error', reject);
            zip.on('end', () => resolve());
            zip.on('entry', (entry) => {
                const name = entryName(entry);
                const isDir = name.endsWith('/');
                const p = isDir ? name.slice(0, -1) : name;
                const pathProblem = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .bundlePathProblem */ .fR)(p);
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
                            hash: async (keepUpTo) => whole && entry.uncompressedSize <= INFLATE_AT_ONCE_BYTES
                                ? hashHeldEntry(zip, whole, entry, keepUpTo)
                                : hashZipEntry(await stream(), keepUpTo)
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
/** Largest entry of an in-memory zip inflated in one call; a larger one is streamed. */
const INFLATE_AT_ONCE_BYTES = 16 * 1024 * 1024;
/**
 * Size and SHA-256 of an entry of a zip held in memory (`whole`), its bytes too when at most
 * `keepUpTo`: the entry's data is found through its local header (yauzl checks it lies inside
 * the file), then stored (method 0) or inflated (method 8, raw DEFLATE, APPNOTE 4.4.5) in one
 * call, bounded by the size the central directory declares. Throws, as yauzl's stream does, for
 * another method or data whose size is not the declared one.
 */
async function hashHeldEntry(zip, whole, entry, keepUpTo) {
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    const raw = whole.subarray(fileDataStart, fileDataStart + entry.compressedSize);
    let data;
    if (entry.compressionMethod === 0)
        data = raw;
    else if (entry.compressionMethod === 8) {
        try {
            data = (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.inflateRawSync)(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
        }
        catch (e) {
            // Inflating stops at the declared size: more data is a header that lies (a zip bomb's way).
            if (e.code === 'ERR_BUFFER_TOO_LARGE')
                throw new Error(`more bytes than the zip's header declares (${entry.uncompressedSize})`);
            throw e;
        }
    }
    else
        throw new Error(`unsupported compression method: ${entry.compressionMethod}`);
    if (data.length !== entry.uncompressedSize)
        throw new Error(`${data.length > entry.uncompressedSize ? 'more' : 'fewer'} bytes than the zip's header declares (${entry.uncompressedSize})`);
    const sha256 = (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_10__/* .sha256Hex */ .fg)(data);
    return keepUpTo !== undefined && data.length <= keepUpTo
        ? // A stored entry is a view into the whole zip: copied, so keeping it does not keep the zip.
            { size: data.length, sha256, data: raw === data ? Buffer.from(data) : data }
        : { size: data.length, sha256 };
}
/** The first `size` bytes of `file` (fewer if it shrank since it was measured). */
async function readWhole(file, size) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const buf = Buffer.allocUnsafe(size);
        let at = 0;
        while (at < size) {
            const { bytesRead } = await handle.read(buf, at, size - at, at);
            if (bytesRead === 0)
                break;
            at += bytesRead;
        }
        return buf.subarray(0, at);
    }
    finally {
        await handle.close();
    }
}
/**
 * A zip entry's name. The zip format (APPNOTE 4.4.4, bit 11) says names without the UTF-8 flag
 * are CP437, but Info-ZIP's `zip` on Linux writes UTF-8 names without setting it: a name that is
 * valid UTF-8 and not plain ASCII is read as UTF-8 (CP437 text is almost never valid UTF-8), so
 * `ü.xml` zipped by hand is not "missing" plus an added `├╝.xml`.
 */
function entryName(entry) {
    const flagged = (entry.generalPurposeBitFlag & 0x800) !== 0;
    const raw = entry.fileNameRaw;
    if (!flagged && raw.some((b) => b >= 0x80) && (0,node_buffer__WEBPACK_IMPORTED_MODULE_3__.isUtf8)(raw))
        return raw.toString('utf8');
    return yauzl__WEBPACK_IMPORTED_MODULE_5__.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}


/***/ })

};
