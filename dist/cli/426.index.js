export const id = 426;
export const ids = [426];
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


/***/ })

};
