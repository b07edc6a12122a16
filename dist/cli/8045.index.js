export const id = 8045;
export const ids = [8045,2145,426];
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
