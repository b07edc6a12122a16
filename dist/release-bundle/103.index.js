export const id = 103;
export const ids = [103];
export const modules = {

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
/* harmony export */   ZU: () => (/* binding */ PathEscapeError),
/* harmony export */   aR: () => (/* binding */ Workspace),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export isPlainRelative */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12145);







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
    /** When set, every file read (and every {@link fingerprint}) is noted with its digest. */
    log;
    /**
     * Replaying a bundle: files the original run was refused (workspace-relative path → refusal).
     * Each reads as refused again, and globs list it where it matches, as the original tree did.
     */
    replayRefusals;
    constructor(root, realRoot) {
        this.root = root;
        this.realRoot = realRoot;
    }
    static async open(root) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(root);
        let real;
        try {
            real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.realpath)(abs);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`workspace ${abs} does not exist; run from the repository root or pass --workspace`);
        }
        let isDir = false;
        try {
            isDir = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.stat)(real)).isDirectory();
        }
        catch {
            isDir = false;
        }
        if (!isDir)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`workspace ${abs} is not a folder; run from the repository root or pass --workspace`);
        return new Workspace(abs, real);
    }
    /** Workspace-relative POSIX path of `p` if it stays inside, else undefined. */
    relative(p) {
        // Already a plain relative POSIX path (what globs and policies give): it is its own answer.
        if (POSIX && isPlainRelative(p))
            return p;
        if (p.includes('\0'))
            return undefined;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(this.root, p);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(this.root, abs);
        if (!isInside(rel))
            return undefined;
        return rel.split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/');
    }
    /**
     * The absolute path of a workspace-relative `p` (which may not exist yet) when neither its text
     * nor any symbolic link on the way out of it leaves the workspace; undefined otherwise.
     */
    async confine(p) {
        const rel = this.relative(p);
        if (rel === undefined)
            return undefined;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.root, ...rel.split('/'));
        let probe = abs;
        for (;;) {
            try {
                return (await this.insideReal(probe)) ? abs : undefined;
            }
            catch {
                const up = node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(probe);
                if (up === probe)
                    return undefined;
                probe = up;
            }
        }
    }
    async insideReal(abs) {
        return isInside(node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(this.realRoot, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.realpath)(abs)));
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
        const at = this.openToRead(p);
        if ('ok' in at)
            return at;
        const { rel, abs, fd } = at;
        if (fd === undefined)
            return this.noted(rel, await this.readThroughLink(abs, rel, maxBytes, limitName, reserve));
        return this.noted(rel, await readOpened(fd, rel, maxBytes, limitName, reserve));
    }
    /**
     * {@link readBytes} without waiting, for what most report files are: a regular file of at most
     * SYNC_READ_BYTES, not a symbolic link, whose bytes `hold` lets the caller keep at once. The
     * same checks, refusals and messages, noted in the log alike; `undefined` when it would have to
     * wait or read asynchronously (a larger file, a link, `hold` returned false): then call
     * readBytes, which reads it again from the start.
     *
     * @param hold called with the file's size before it is read; false: leave it to readBytes
     */
    readBytesNow(p, maxBytes, hold, limitName = 'for a report (limits.max_report_bytes)') {
        const at = this.openToRead(p);
        if ('ok' in at)
            return at;
        const { rel, fd } = at;
        if (fd === undefined)
            return undefined;
        const read = readOpenedNow(fd, rel, maxBytes, limitName, hold);
        return read === undefined ? undefined : this.noted(rel, read);
    }
    /**
     * Opens `p` for reading once the path stays inside and its folder's real path does too:
     * its workspace-relative and absolute paths and the descriptor, opened without following a
     * link in the last component (`fd` undefined: that component is a link, for readThroughLink);
     * else the refusal (a replay's recorded refusal, a path out of the workspace, a missing folder,
     * a link out, an open that failed).
     */
    openToRead(p) {
        const rel = this.relative(p);
        if (rel === undefined || node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(p)) {
            return {
                ok: false,
                reason: 'escapes',
                message: `${p}: path is outside the workspace; use a path relative to the repository root`
            };
        }
        const refusedBefore = this.replayRefusals?.get(rel);
        if (refusedBefore)
            return this.noted(rel, {
                ok: false,
                reason: refusedBefore.reason,
                message: refusedBefore.message
            });
        const abs = rel === '' ? this.root : POSIX ? joinPlain(this.root, rel) : node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.root, rel);
        // The folder the file is in: resolved once per folder (symbolic links on the way included)
        // and confined to the workspace; the last component is never followed by open().
        const dir = rel === '' ? 'inside' : this.realDir(POSIX ? posixDirname(abs) : node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(abs));
        if (dir === 'missing')
            return { ok: false, reason: 'missing', message: `${rel}: file not found` };
        if (dir === 'escapes')
            return escapes(rel);
        try {
            return { rel, abs, fd: (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(abs, _hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .READ_NOFOLLOW */ .sb) };
        }
        catch (e) {
            const code = e.code;
            return code === 'ELOOP' ? { rel, abs, fd: undefined } : openFailure(rel, code);
        }
    }
    /** `r` as it is, after noting a successful read in the log (when there is one). */
    noted(rel, r) {
        if (this.log && r.ok) {
            this.log.record({
                path: rel,
                size: r.data.length,
                // One-shot hash (Node 21.7+): no Hash object per file of a 10,000-report gate.
                sha256: oneShotSha256(r.data)
            });
        }
        else if (this.log && !r.ok && r.reason !== 'missing' && rel !== '') {
            this.log.recordRefusal({ path: rel, reason: r.reason, message: r.message });
        }
        return r;
    }
    /**
     * Size and SHA-256 of a regular file inside the workspace (confined like {@link readBytes}: no
     * link out, no FIFO waited on, fstat on the descriptor hashed), noted in the log; undefined when
     * there is no such file. Streams: any size. For files the gate relies on without parsing them
     * (`allow_unverified` evidence, unclaimed reports).
     */
    async fingerprint(p) {
        const rel = this.relative(p);
        if (rel === undefined || rel === '' || node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(p))
            return undefined;
        const refuse = (reason, why) => {
            this.log?.recordRefusal({ path: rel, reason, message: `${rel}: ${why}` });
            return undefined;
        };
        const before = this.replayRefusals?.get(rel);
        if (before)
            return refuse(before.reason, before.message.slice(rel.length + 2));
        const abs = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.root, ...rel.split('/'));
        const dir = this.realDir(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(abs));
        if (dir === 'escapes')
            return refuse('escapes', 'symbolic link that leads outside the workspace');
        if (dir === 'missing')
            return undefined;
        let h;
        try {
            h = await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .hashRegularFile */ .vF)(abs);
        }
        catch (e) {
            const code = e.code;
            if (e instanceof _hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .NotRegularFileError */ .iZ)
                return refuse('not-a-file', 'not a regular file');
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return undefined;
            if (code !== 'ELOOP')
                return refuse('unreadable', `cannot be read (${code ?? 'error'})`);
            let real;
            try {
                real = node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync.native(abs);
            }
            catch {
                return undefined; // a dangling link: nothing there
            }
            if (!isInside(node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(this.realRoot, real)))
                return refuse('escapes', 'symbolic link that leads outside the workspace');
            try {
                h = await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .hashRegularFile */ .vF)(real);
            }
            catch (e2) {
                if (e2 instanceof _hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .NotRegularFileError */ .iZ)
                    return refuse('not-a-file', 'not a regular file');
                return refuse('unreadable', `cannot be read (${e2.code ?? 'error'})`);
            }
        }
        this.log?.record({ path: rel, size: h.size, sha256: h.sha256 });
        return { size: h.size, sha256: h.sha256 };
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
                const real = node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync.native(absDir);
                verdict = isInside(node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(this.realRoot, real)) ? 'inside' : 'escapes';
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
            real = node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync.native(abs);
        }
        catch (e) {
            // A chain of links that never ends is no file to read, not an absent one.
            if (e.code === 'ELOOP')
                return {
                    ok: false,
                    reason: 'unreadable',
                    message: `${rel}: symbolic links that lead back to themselves (a loop); point the link at the report`
                };
            return { ok: false, reason: 'missing', message: `${rel}: file not found` };
        }
        if (!isInside(node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(this.realRoot, real)))
            return escapes(rel);
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(real, _hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .READ_NOFOLLOW */ .sb);
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
        if (rel === undefined || node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(p))
            return false;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.root, rel);
        try {
            if (!(await this.insideReal(abs)))
                return false;
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.stat)(abs);
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
     * Names starting with `.` match `*` only with `dot` (picomatch's option; off for policy globs).
     */
    async glob(pattern, limit, listings, { dot = false } = {}) {
        const scan = picomatch__WEBPACK_IMPORTED_MODULE_6___default().scan(pattern);
        if (!scan.isGlob) {
            const rel = this.relative(pattern);
            if (rel === undefined || node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(pattern))
                throw new PathEscapeError(pattern);
            // Replaying: a file the original run was refused is not in the bundle, but was there.
            if (this.replayRefusals?.has(rel))
                return { files: [rel], truncated: false };
            try {
                // Anything there (a directory, a link out) is read and refused with its own reason.
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.root, rel));
                return { files: [rel], truncated: false };
            }
            catch {
                return { files: [], truncated: false };
            }
        }
        const base = scan.base === '' ? '.' : scan.base;
        const relBase = this.relative(base);
        if (relBase === undefined || node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(pattern))
            throw new PathEscapeError(pattern);
        try {
            // A base folder that is (or lies behind) a link out of the workspace is not entered.
            if (!(await this.insideReal(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.root, relBase))))
                throw new PathEscapeError(pattern);
        }
        catch (e) {
            if (e instanceof PathEscapeError)
                throw e;
            return { files: [], truncated: false };
        }
        const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_6___default()(pattern.replace(/^\.\//, ''), { dot });
        const files = [];
        let truncated = false;
        const walk = async (dirRel) => {
            let entries = listings?.get(dirRel);
            if (entries === undefined) {
                try {
                    entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.root, dirRel), { withFileTypes: true });
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
        // A replay lists the files the original run matched but could not read (not in the bundle).
        for (const rel of this.replayRefusals?.keys() ?? []) {
            const under = relBase === '' || rel.startsWith(`${relBase}/`);
            if (under && isMatch(rel) && !files.includes(rel) && files.length < limit)
                files.push(rel);
        }
        files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        return { files, truncated };
    }
}
/**
 * Reads an open descriptor (closed before this returns): it must be a regular file of at most
 * `maxBytes` by fstat, and no more than `maxBytes` are read even when it grows meanwhile.
 */
async function readOpened(fd, rel, maxBytes, limitName, reserve) {
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.fstatSync)(fd);
        const refusal = statRefusal(st, rel, maxBytes, limitName);
        if (refusal)
            return refusal;
        const wait = reserve?.(st.size);
        if (wait)
            await wait;
        const buf = st.size <= _hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .SYNC_READ_BYTES */ .N9
            ? readAtMostSync(fd, maxBytes + 1, st.size)
            : await readAtMost(fd, maxBytes + 1, st.size);
        return grownPast(rel, maxBytes, buf);
    }
    catch (e) {
        return unreadable(rel, e);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync)(fd);
    }
}
/**
 * {@link readOpened} without waiting (the descriptor closed alike): undefined for a file over
 * SYNC_READ_BYTES or one `hold` does not take.
 */
function readOpenedNow(fd, rel, maxBytes, limitName, hold) {
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.fstatSync)(fd);
        const refusal = statRefusal(st, rel, maxBytes, limitName);
        if (refusal)
            return refusal;
        if (st.size > _hash_file_js__WEBPACK_IMPORTED_MODULE_5__/* .SYNC_READ_BYTES */ .N9 || !hold(st.size))
            return undefined;
        return grownPast(rel, maxBytes, readAtMostSync(fd, maxBytes + 1, st.size));
    }
    catch (e) {
        return unreadable(rel, e);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync)(fd);
    }
}
/** What fstat alone refuses: not a regular file, or over the limit. */
function statRefusal(st, rel, maxBytes, limitName) {
    if (!st.isFile())
        return { ok: false, reason: 'not-a-file', message: `${rel}: not a regular file` };
    if (st.size > maxBytes)
        return tooLarge(rel, st.size, maxBytes, limitName);
    return undefined;
}
/** The bytes read, unless the file grew past the limit while being read. */
function grownPast(rel, maxBytes, buf) {
    if (buf.length > maxBytes) {
        return {
            ok: false,
            reason: 'too-large',
            message: `${rel}: grew past the ${formatBytes(maxBytes)} limit while being read`
        };
    }
    return { ok: true, data: buf };
}
function unreadable(rel, e) {
    return {
        ok: false,
        reason: 'unreadable',
        message: `${rel}: cannot be read (${e.code ?? 'error'})`
    };
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
        const bytesRead = node_fs__WEBPACK_IMPORTED_MODULE_2___default().readSync(fd, buf, filled, want, null);
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
        const bytesRead = await new Promise((resolve, reject) => node_fs__WEBPACK_IMPORTED_MODULE_2___default().read(fd, chunk, 0, chunk.length, null, (e, n) => (e ? reject(e) : resolve(n))));
        if (bytesRead === 0)
            break;
        chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
        total += bytesRead;
        want = 1024 * 1024;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
function tooLarge(rel, size, maxBytes, limitName) {
    // A size that rounds like the limit ("2.0 KiB is over the 2.0 KiB limit") is given in bytes.
    const limit = formatBytes(maxBytes);
    const shown = formatBytes(size) === limit ? `${size} bytes` : formatBytes(size);
    return {
        ok: false,
        reason: 'too-large',
        message: `${rel}: ${shown} is over the ${limit} limit ${limitName}`
    };
}
const POSIX = (node_path__WEBPACK_IMPORTED_MODULE_4___default().sep) === '/';
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
    return rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(rel);
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
/** Hex SHA-256 of `data`: crypto.hash where Node has it (21.7+), else a Hash object. */
function oneShotSha256(data) {
    const hash = (node_crypto__WEBPACK_IMPORTED_MODULE_0___default().hash);
    return hash ? hash('sha256', data, 'hex') : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}


/***/ }),

/***/ 57789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   o3: () => (/* binding */ safeLink)
/* harmony export */ });
/* unused harmony export capLength */
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58198);
/**
 * Text from reports and policy files is untrusted (a pull request can change both). Everything
 * rendered into Markdown goes through here: HTML and Markdown syntax escaped, @mentions and
 * #references neutralised, line breaks flattened, lengths capped. Registered secrets
 * (core/secrets.ts) are replaced before anything else, so no escaped or cut form survives.
 */

const MD_SPECIAL = /[\\`*_{}[\]<>#!|~&]/g;
const ZWSP = '\u200b';
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
function escapeText(text, max = 300) {
    // Secrets first: escaping (`ghp_…` → `ghp\_…`) or capping would hide them from a later scrub.
    let s = capLength((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(text).replace(CONTROL, ''), max);
    s = s.replace(/\r?\n|\r/g, ' ');
    // "@user" and "#123" would notify or cross-link: each is broken with a zero-width space.
    s = s.replace(MD_SPECIAL, (c) => c === '&'
        ? '&amp;'
        : c === '<'
            ? '&lt;'
            : c === '>'
                ? '&gt;'
                : c === '#'
                    ? `\\#${ZWSP}`
                    : `\\${c}`);
    s = s.replace(/@/g, `@${ZWSP}`);
    // Bare URLs and www. autolinks would render as links.
    s = s.replace(/:\/\//g, `:${ZWSP}//`).replace(/www\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`);
    return s;
}
/**
 * Inline code: backticks cannot break out, and `|` is escaped because GitHub splits table cells
 * on it even inside a code span. Length capped.
 */
function code(text, max = 120) {
    const s = capLength((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(text).replace(/[\r\n]+/g, ' '), max).replace(/`/g, "'");
    return `\`${s.replace(/@/g, `@${ZWSP}`).replace(/\|/g, '\\|')}\``;
}
function capLength(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/**
 * A link only when the target is a relative repository path or an https URL; anything else
 * (javascript:, data:, http:) is shown as text.
 */
function safeLink(label, target, blobBase) {
    const t = target.trim();
    if (/^https:\/\/[^\s<>()\\`"']+$/.test(t)) {
        const href = safeHref(t);
        if (href)
            return `[${escapeText(label, 80)}](${href})`;
    }
    if (blobBase &&
        /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[\w./-]+$/i.test(t) &&
        !t.split('/').includes('..')) {
        return `[${escapeText(label, 80)}](${blobBase}/${t
            .replace(/^\.?\//, '')
            .split('/')
            .map(encodeURIComponent)
            .join('/')})`;
    }
    return code(t, 120);
}
/** The URL as the WHATWG parser normalises it, with parentheses percent-encoded; never decoded. */
function safeHref(t) {
    try {
        const u = new URL(t);
        if (u.protocol !== 'https:' || u.username || u.password)
            return undefined;
        return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
    }
    catch {
        return undefined;
    }
}


/***/ })

};
