export const id = 2145;
export const ids = [2145];
export const modules = {

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
