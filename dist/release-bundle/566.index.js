export const id = 566;
export const ids = [566];
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

/***/ 18566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ copyDecisionInputs),
/* harmony export */   SE: () => (/* binding */ bundledBuiltinReport),
/* harmony export */   ej: () => (/* binding */ bundledEvidence),
/* harmony export */   mH: () => (/* binding */ summaryInputs)
/* harmony export */ });
/* unused harmony export builtinReportName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67985);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _parsers_json_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11639);
/* harmony import */ var _parsers_verdict_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29281);
/* harmony import */ var _bundle_copy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(426);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12145);








/** The gate writes a built-in's report next to its summary under this name. */
function builtinReportName(name) {
    return `report-${name}.json`;
}
/** Where a built-in's report goes in a bundle. */
function bundledBuiltinReport(name) {
    return `${_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILTINS_DIR */ .jl}/${builtinReportName(name)}`;
}
/** Where a file the gate read (workspace-relative) goes in a bundle. */
function bundledEvidence(rel) {
    return `${_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .EVIDENCE_DIR */ .cn}/${rel}`;
}
/**
 * The `inputs` of an executive summary, or why it has none: undefined for a summary written
 * before gonogo recorded its reads (such a bundle cannot be replayed), a message naming the first
 * malformed field (`inputs.files[3].path: path contains '..' …`) for one that is not what
 * `gonogo gate` writes. Every path must be one a bundle can hold ({@link bundlePathProblem}:
 * relative, `/`-separated, no `..`), each file listed once, the policy and each built-in's files
 * among `files`, each built-in named once. Never throws.
 */
function summaryInputs(summary) {
    if (typeof summary !== 'object' || summary === null || Array.isArray(summary))
        return { problem: 'not a JSON object' };
    const inputs = summary.inputs;
    if (inputs === undefined)
        return undefined;
    const problem = inputsProblem(inputs);
    return problem === undefined
        ? inputs
        : { problem: `${problem}; this is not what gonogo gate writes (was the summary edited?)` };
}
const HEX64 = /^[0-9a-f]{64}$/;
/** The first malformed field of a summary's `inputs`, named by its JSON path; undefined when well formed. */
function inputsProblem(inputs) {
    if (!(0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(inputs))
        return '`inputs` is not an object';
    const fileProblem = (f, at) => {
        if (!(0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(f))
            return `\`${at}\` is not an object with path, size and sha256`;
        if (typeof f.path !== 'string')
            return `\`${at}.path\` is not a string`;
        const p = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .bundlePathProblem */ .fR)(f.path);
        if (p !== undefined)
            return `\`${at}.path\` ${JSON.stringify(f.path)}: ${p}`;
        if (!Number.isSafeInteger(f.size) || f.size < 0)
            return `\`${at}.size\` is not a whole number of bytes`;
        if (typeof f.sha256 !== 'string' || !HEX64.test(f.sha256))
            return `\`${at}.sha256\` is not a SHA-256 (64 lower-case hex digits)`;
        return undefined;
    };
    const policy = fileProblem(inputs.policy, 'inputs.policy');
    if (policy !== undefined)
        return policy;
    if (typeof inputs.reports !== 'string')
        return '`inputs.reports` is not a string';
    if (inputs.reports !== '.' && (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .bundlePathProblem */ .fR)(inputs.reports) !== undefined)
        return `\`inputs.reports\` ${JSON.stringify(inputs.reports)}: ${(0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .bundlePathProblem */ .fR)(inputs.reports)}`;
    if (typeof inputs.branch !== 'string')
        return '`inputs.branch` is not a string';
    if (inputs.profile_override !== null && typeof inputs.profile_override !== 'string')
        return '`inputs.profile_override` is neither null nor a string';
    if (!Array.isArray(inputs.files))
        return '`inputs.files` is not an array';
    const files = new Map();
    for (const [i, f] of inputs.files.entries()) {
        const p = fileProblem(f, `inputs.files[${i}]`);
        if (p !== undefined)
            return p;
        const rec = f;
        if (files.has(rec.path))
            return `\`inputs.files[${i}].path\` ${JSON.stringify(rec.path)} is listed more than once`;
        files.set(rec.path, rec);
    }
    const pol = inputs.policy;
    const listed = files.get(pol.path);
    if (listed === undefined || listed.sha256 !== pol.sha256 || listed.size !== pol.size)
        return '`inputs.policy` is not among `inputs.files` with the same size and SHA-256';
    if (inputs.unread !== undefined) {
        if (!Array.isArray(inputs.unread))
            return '`inputs.unread` is not an array';
        for (const [i, u] of inputs.unread.entries()) {
            const at = `inputs.unread[${i}]`;
            if (!(0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(u) || typeof u.path !== 'string' || typeof u.message !== 'string')
                return `\`${at}\` is not an object with path, reason and message`;
            const p = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .bundlePathProblem */ .fR)(u.path);
            if (p !== undefined)
                return `\`${at}.path\` ${JSON.stringify(u.path)}: ${p}`;
            if (!['escapes', 'too-large', 'not-a-file', 'unreadable'].includes(String(u.reason)))
                return `\`${at}.reason\` is not one of escapes, too-large, not-a-file, unreadable`;
            if (files.has(u.path))
                return `\`${at}.path\` is also among \`inputs.files\``;
        }
    }
    if (!Array.isArray(inputs.builtins))
        return '`inputs.builtins` is not an array';
    const names = new Set();
    for (const [i, b] of inputs.builtins.entries()) {
        const at = `inputs.builtins[${i}]`;
        if (!(0,_parsers_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(b))
            return `\`${at}\` is not an object`;
        if (typeof b.name !== 'string' || !/^[a-z][a-z0-9-]{0,63}$/.test(b.name))
            return `\`${at}.name\` is not a built-in check's name`;
        if (names.has(b.name))
            return `\`${at}.name\` '${b.name}' is listed more than once`;
        names.add(b.name);
        if (b.replay !== 'files' && b.replay !== 'report')
            return `\`${at}.replay\` is neither 'files' nor 'report'`;
        if (typeof b.sha !== 'string')
            return `\`${at}.sha\` is not a string`;
        if (typeof b.report_sha256 !== 'string' || !HEX64.test(b.report_sha256))
            return `\`${at}.report_sha256\` is not a SHA-256 (64 lower-case hex digits)`;
        if (!Array.isArray(b.files))
            return `\`${at}.files\` is not an array`;
        for (const [j, f] of b.files.entries())
            if (typeof f !== 'string' || !files.has(f))
                return `\`${at}.files[${j}]\` is not one of \`inputs.files\``;
        if (!Array.isArray(b.other_facts) || !b.other_facts.every((f) => typeof f === 'string'))
            return `\`${at}.other_facts\` is not an array of strings`;
    }
    return undefined;
}
/**
 * Copies into the stage every file the gate's decision rested on, as `evidence/<path>` (paths
 * relative to the repository root, as the summary's `inputs.files` names them), and each built-in
 * check's report from the summary's folder as `builtins/report-<name>.json`; each is copied byte
 * for byte and its size and SHA-256 must equal what the gate recorded.
 *
 * @param summaryCopy the staged executive-summary.json (the one the bundle holds)
 * @param summaryDir the folder the gate wrote its summary and built-in reports to
 * @returns how many files were copied, or undefined when the summary records no inputs (made by a
 *   gonogo before replayable bundles: nothing is copied)
 * @throws ConfigurationError naming the file: missing, changed since the gate (digest differs), a
 *   link out of the workspace, not a regular file, holding a secret, an unsafe path
 */
async function copyDecisionInputs(o) {
    const parsed = (0,_parsers_json_error_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBoundedJson */ .Rj)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(o.summaryCopy, 'utf8'));
    if (!parsed.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`executive-summary.json: ${parsed.message}; run gonogo gate again`);
    const inputs = summaryInputs(parsed.value);
    if (inputs === undefined)
        return undefined;
    if ('problem' in inputs)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`executive-summary.json: ${inputs.problem}; run gonogo gate again`);
    const realDirs = new Map();
    const made = new Set();
    const place = (inBundle) => {
        const dest = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(o.stage, ...inBundle.split('/'));
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dest);
        if (!made.has(dir)) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
            made.add(dir);
        }
        return dest;
    };
    const same = (rel, got, want) => {
        if (got.size !== want.size || got.sha256 !== want.sha256)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${rel}: changed since the gate read it (${got.size} bytes, SHA-256 ${got.sha256}; the summary records ${want.size} bytes, ${want.sha256}); run the gate again, then bundle`);
    };
    for (const f of inputs.files) {
        const inBundle = bundledEvidence(f.path);
        const problem = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .bundlePathProblem */ .fR)(f.path);
        if (problem !== undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${f.path}: ${problem}`);
        let source;
        try {
            source = (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_6__/* .openSource */ .oD)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(o.root, ...f.path.split('/')), f.path, o.realRoot, realDirs);
        }
        catch (e) {
            if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1 && /cannot be read \(a broken/.test(e.message))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${f.path}: read by the gate but no longer in the workspace; run the gate again, then bundle`);
            throw e;
        }
        try {
            const got = await (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_6__/* .copyExact */ .lV)(source, place(inBundle), f.path);
            same(f.path, got, f);
            o.written.set(inBundle, got);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(source.fd);
        }
    }
    for (const b of inputs.builtins) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(o.summaryDir, builtinReportName(b.name));
        let source;
        try {
            source = (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_7__/* .openRegularFile */ .ZU)(file);
        }
        catch (e) {
            const why = e instanceof _hash_file_js__WEBPACK_IMPORTED_MODULE_7__/* .NotRegularFileError */ .iZ
                ? 'not a regular file'
                : e.code === 'ENOENT'
                    ? 'not found'
                    : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file}: the built-in report the gate wrote next to its summary is ${why}; bundle the folder gonogo gate --output wrote`);
        }
        try {
            const inBundle = bundledBuiltinReport(b.name);
            const got = await (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_6__/* .copyExact */ .lV)(source, place(inBundle), file);
            if (got.sha256 !== b.report_sha256)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file}: changed since the gate wrote it (SHA-256 ${got.sha256}, the summary records ${b.report_sha256}); run the gate again, then bundle`);
            o.written.set(inBundle, got);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(source.fd);
        }
    }
    return inputs.files.length + inputs.builtins.length;
}


/***/ }),

/***/ 29281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ invalid),
/* harmony export */   Kd: () => (/* binding */ sameCommit),
/* harmony export */   ez: () => (/* binding */ stale),
/* harmony export */   jg: () => (/* binding */ REPORT_SHA_PATTERN),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   rv: () => (/* reexport safe */ _json_error_js__WEBPACK_IMPORTED_MODULE_0__.rv),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _json_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11639);
/* harmony import */ var _core_visible_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59505);



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
    const parsed = (0,_json_error_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoundedJson */ .Rj)(text, maxDepth);
    if (!parsed.ok)
        return { ok: false, verdict: invalid(file, parsed.message) };
    const dup = (0,_json_error_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonDuplicateKey */ .DY)(text, parsed.value);
    if (dup)
        return {
            ok: false,
            verdict: invalid(file, `key ${JSON.stringify((0,_core_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .nameInvisibles */ .wi)(dup.key).slice(0, 60))} is written twice in one object (line ${dup.line}, column ${dup.column}); JSON readers disagree on which one counts, so the report is refused: write each key once`)
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


/***/ })

};
