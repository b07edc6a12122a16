export const id = 579;
export const ids = [579];
export const modules = {

/***/ 426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ copyEvidence),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   kc: () => (/* binding */ errorText),
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
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (${code ?? errorText(e)})`);
}
function errorText(e) {
    return e instanceof Error ? e.message : String(e);
}
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

/***/ 579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createBundle: () => (/* binding */ createBundle)
/* harmony export */ });
/* unused harmony export REPORT_EXTENSIONS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7985);
/* harmony import */ var _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(484);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8198);
/* harmony import */ var _parsers_schema_errors_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(3525);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6161);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2145);
/* harmony import */ var _bundle_copy_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(426);
/* harmony import */ var _bundle_evidence_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8566);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2645);
/* harmony import */ var _core_contracts_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3348);















/** Report files a bundle carries from the reports folder. */
const REPORT_EXTENSIONS = ['json', 'xml', 'sarif', 'md'];
const MAX_REPORT_FILES = 100_000;
/**
 * Assembles an evidence bundle all or nothing: everything is written to a temporary sibling of
 * `output`, hashed there, and renamed into place only when complete. The same inputs and
 * `createdAt` give the same manifest digest.
 */
async function createBundle(o) {
    if (!Number.isFinite(o.createdAt))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('the bundle creation time is not a valid time');
    if (o.signingKey !== undefined && o.signingKey === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('the signing key is empty');
    const ws = await _workspace_js__WEBPACK_IMPORTED_MODULE_11__/* .Workspace */ .aR.open(o.workspace);
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(ws.root);
    const reportsRel = ws.relative(o.reportsDir);
    if (reportsRel === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`reports folder ${o.reportsDir} is outside the workspace; use a path inside the repository`);
    if ((await ws.confine(reportsRel)) === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`reports folder ${reportsRel} leads outside the workspace through a symbolic link; use a folder inside the repository`);
    const reportsAbs = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(ws.root, reportsRel);
    try {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(reportsAbs)).isDirectory())
            throw new Error('not a folder');
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`reports folder ${reportsRel || '.'} not found in the workspace`);
    }
    const output = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(o.output);
    for (const [inner, outer, what] of [
        [output, reportsAbs, 'inside the reports folder'],
        [reportsAbs, output, 'around the reports folder'],
        [ws.root, output, 'around the workspace']
    ]) {
        if ((0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_9__/* .isWithin */ .UO)(outer, inner))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`bundle output ${output} is ${what}; choose a folder of its own`);
    }
    await checkReplaceable(output);
    const stage = `${output}.partial-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(output), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(stage);
    try {
        // Each file is hashed as it is written to the stage: the manifest describes exactly the
        // bytes in the bundle (after any secret was masked), read once.
        const written = new Map();
        await copyReports(ws, realRoot, reportsRel, stage, written);
        await copySummaries(o.summaryFiles ?? [], stage, written);
        // The files the decision read and the built-in reports, checked against the summary's digests.
        const summaryJson = (o.summaryFiles ?? []).find((f) => node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(f) === _core_contracts_js__WEBPACK_IMPORTED_MODULE_12__/* .SUMMARY_JSON */ .qJ);
        const evidence = summaryJson === undefined
            ? undefined
            : await (0,_bundle_evidence_js__WEBPACK_IMPORTED_MODULE_10__/* .copyDecisionInputs */ .Bp)({
                root: ws.root,
                realRoot,
                summaryCopy: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(stage, _core_contracts_js__WEBPACK_IMPORTED_MODULE_12__/* .SUMMARY_JSON */ .qJ),
                summaryDir: node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(summaryJson),
                stage,
                written
            });
        if (o.lineage !== undefined) {
            const text = Buffer.from((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .scrubSecrets */ .Zg)(`${(0,_core_canonical_json_js__WEBPACK_IMPORTED_MODULE_13__/* .stableStringify */ .J)(o.lineage)}\n`), 'utf8');
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(stage, _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .LINEAGE_FILE */ .tE), text);
            written.set(_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .LINEAGE_FILE */ .tE, { size: text.length, sha256: (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_9__/* .sha256Hex */ .fg)(text) });
        }
        const files = [];
        const listed = await listFiles(stage);
        for (const rel of listed) {
            const h = written.get(rel);
            // The stage holds only what this module wrote; anything else is a bug or interference.
            if (h === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${rel}: appeared in the bundle stage while it was written`);
            files.push({ path: rel, size: h.size, sha256: h.sha256 });
        }
        if (listed.length !== written.size)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('a file vanished from the bundle stage while it was written');
        const manifest = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .buildManifest */ .u1)({
            subject: o.subject,
            run: o.run,
            createdAt: o.createdAt,
            files
        });
        if (!(0,_generated_validators_js__WEBPACK_IMPORTED_MODULE_7__/* .validateBundleManifest */ .cS)(manifest)) {
            const why = (_generated_validators_js__WEBPACK_IMPORTED_MODULE_7__/* .validateBundleManifest */ .cS.errors ?? []).slice(0, 3).map(_parsers_schema_errors_js__WEBPACK_IMPORTED_MODULE_14__/* .formatSchemaError */ .t);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`the bundle manifest would be invalid: ${why.join('; ')}`);
        }
        const manifestText = `${(0,_core_canonical_json_js__WEBPACK_IMPORTED_MODULE_13__/* .stableStringify */ .J)(manifest)}\n`;
        // The manifest's digest is over its own fields: a secret there cannot be masked without
        // breaking it, so the bundle is refused instead of written with the secret in it.
        if ((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .scrubSecrets */ .Zg)(manifestText) !== manifestText)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('the bundle manifest would contain a secret (the token or signing key appears in the subject or run fields); nothing was written');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(stage, _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_FILE */ .h1), manifestText);
        if (o.signingKey !== undefined) {
            const signature = {
                algorithm: _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_ALGORITHM */ .fM,
                digest: manifest.digest,
                signature: (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .signDigest */ ._i)(o.signingKey, manifest.digest)
            };
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(stage, _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_FILE */ .I9), `${(0,_core_canonical_json_js__WEBPACK_IMPORTED_MODULE_13__/* .stableStringify */ .J)(signature)}\n`);
        }
        await moveIntoPlace(stage, output);
        return {
            path: output,
            manifest,
            bundleId: manifest.bundle_id,
            digest: manifest.digest,
            signed: o.signingKey !== undefined,
            evidence: evidence ?? null
        };
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(stage, { recursive: true, force: true });
        throw e;
    }
}
async function copyReports(ws, realRoot, reportsRel, stage, written) {
    const prefix = reportsRel === '' ? '' : `${reportsRel}/`;
    const { files, truncated } = await ws.glob(`${prefix}**/*.{${REPORT_EXTENSIONS.join(',')}}`, MAX_REPORT_FILES);
    if (truncated)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`more than ${MAX_REPORT_FILES} report files under ${reportsRel || '.'}`);
    // Each source folder is resolved once (links on the way included) and must lie in the
    // workspace; each file is opened without following a link in its last component and checked
    // by fstat on the descriptor that is then read (see openSource).
    const realDirs = new Map();
    const madeDirs = new Set([stage]);
    for (const rel of files) {
        const inBundle = `${_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORTS_DIR */ .m4}/${rel.slice(prefix.length)}`;
        const problem = (0,_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .bundlePathProblem */ .fR)(inBundle);
        if (problem !== undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${rel}: ${problem}`);
        const source = (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_9__/* .openSource */ .oD)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(ws.root, ...rel.split('/')), rel, realRoot, realDirs);
        const dest = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(stage, ...inBundle.split('/'));
        const destDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dest);
        try {
            if (!madeDirs.has(destDir)) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(destDir, { recursive: true });
                madeDirs.add(destDir);
            }
            written.set(inBundle, await (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_9__/* .copyEvidence */ .JC)(source, dest));
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(source.fd);
        }
    }
}
async function copySummaries(summaryFiles, stage, written) {
    const reserved = new Set([
        _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_FILE */ .h1,
        _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_FILE */ .I9,
        _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .LINEAGE_FILE */ .tE,
        _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORTS_DIR */ .m4,
        _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .EVIDENCE_DIR */ .cn,
        _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILTINS_DIR */ .jl
    ]);
    for (const file of summaryFiles) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file);
        if (reserved.has(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${file}: the name ${name} is reserved in a bundle`);
        reserved.add(name);
        let st;
        try {
            st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${file}: summary file not found`);
        }
        if (!st.isFile())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${file}: not a regular file (symbolic links are not bundled)`);
        let source;
        try {
            // No link followed and fstat on the descriptor read: a link swapped in meanwhile fails.
            source = (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_8__/* .openRegularFile */ .ZU)(file);
        }
        catch (e) {
            if (e instanceof _hash_file_js__WEBPACK_IMPORTED_MODULE_8__/* .NotRegularFileError */ .iZ || e.code === 'ELOOP')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${file}: not a regular file (symbolic links are not bundled)`);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${file}: summary file cannot be read (${(0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_9__/* .errorText */ .kc)(e)})`);
        }
        try {
            written.set(name, await (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_9__/* .copyEvidence */ .JC)(source, node_path__WEBPACK_IMPORTED_MODULE_3___default().join(stage, name)));
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(source.fd);
        }
    }
}
/** Every file under `dir` as sorted POSIX paths (the stage holds only what this module wrote). */
async function listFiles(dir, prefix = '') {
    const out = [];
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, ...prefix.split('/').filter(Boolean)), {
        withFileTypes: true
    });
    for (const e of entries) {
        const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
        if (e.isDirectory())
            out.push(...(await listFiles(dir, rel)));
        else if (e.isFile())
            out.push(rel);
    }
    return out.sort(_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .comparePaths */ .cD);
}
/** An existing output may be replaced only when it is empty or an earlier bundle. */
async function checkReplaceable(output) {
    let st;
    try {
        st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(output);
    }
    catch {
        return;
    }
    if (!st.isDirectory())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`bundle output ${output} exists and is not a folder`);
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(output);
    if (names.length > 0 && !names.includes(_core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_FILE */ .h1))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`bundle output ${output} is not empty and holds no bundle; choose an empty or new folder`);
}
async function moveIntoPlace(stage, output) {
    const old = `${output}.old-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    let moved = false;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(output, old);
        moved = true;
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(stage, output);
    }
    catch (e) {
        if (moved)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(old, output);
        throw e;
    }
    // Synchronous: one call removes an earlier bundle of thousands of files far faster.
    if (moved)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(old, { recursive: true, force: true });
}


/***/ }),

/***/ 8566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ copyDecisionInputs),
/* harmony export */   SE: () => (/* binding */ bundledBuiltinReport),
/* harmony export */   ej: () => (/* binding */ bundledEvidence),
/* harmony export */   mH: () => (/* binding */ summaryInputs)
/* harmony export */ });
/* unused harmony export builtinReportName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7985);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _parsers_json_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1639);
/* harmony import */ var _bundle_copy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(426);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2145);







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
 * before gonogo recorded its reads (such a bundle cannot be replayed), a message for one whose
 * `inputs` is malformed. Checks shapes only (paths are checked where they are used).
 */
function summaryInputs(summary) {
    if (typeof summary !== 'object' || summary === null || Array.isArray(summary))
        return { problem: 'executive-summary.json is not a JSON object' };
    const inputs = summary.inputs;
    if (inputs === undefined)
        return undefined;
    const i = inputs;
    const isFile = (f) => typeof f === 'object' &&
        f !== null &&
        typeof f.path === 'string' &&
        Number.isSafeInteger(f.size) &&
        /^[0-9a-f]{64}$/.test(String(f.sha256));
    const ok = typeof inputs === 'object' &&
        inputs !== null &&
        isFile(i.policy) &&
        typeof i.reports === 'string' &&
        typeof i.branch === 'string' &&
        (i.profile_override === null || typeof i.profile_override === 'string') &&
        Array.isArray(i.files) &&
        i.files.every(isFile) &&
        Array.isArray(i.builtins) &&
        i.builtins.every((b) => typeof b === 'object' &&
            b !== null &&
            typeof b.name === 'string' &&
            /^[a-z][a-z0-9-]*$/.test(b.name) &&
            (b.replay === 'files' || b.replay === 'report') &&
            typeof b.sha === 'string' &&
            /^[0-9a-f]{64}$/.test(String(b.report_sha256)) &&
            Array.isArray(b.files) &&
            b.files.every((f) => typeof f === 'string') &&
            Array.isArray(b.other_facts) &&
            b.other_facts.every((f) => typeof f === 'string'));
    return ok
        ? inputs
        : {
            problem: 'executive-summary.json: `inputs` is malformed (policy, reports, branch, profile_override, builtins, files)'
        };
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${inputs.problem}; run gonogo gate again`);
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
            source = (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_5__/* .openSource */ .oD)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(o.root, ...f.path.split('/')), f.path, o.realRoot, realDirs);
        }
        catch (e) {
            if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1 && /cannot be read \(a broken/.test(e.message))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${f.path}: read by the gate but no longer in the workspace; run the gate again, then bundle`);
            throw e;
        }
        try {
            const got = await (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_5__/* .copyExact */ .lV)(source, place(inBundle), f.path);
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
            source = (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .openRegularFile */ .ZU)(file);
        }
        catch (e) {
            const why = e instanceof _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .NotRegularFileError */ .iZ
                ? 'not a regular file'
                : e.code === 'ENOENT'
                    ? 'not found'
                    : (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_5__/* .errorText */ .kc)(e);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file}: the built-in report the gate wrote next to its summary is ${why}; bundle the folder gonogo gate --output wrote`);
        }
        try {
            const inBundle = bundledBuiltinReport(b.name);
            const got = await (0,_bundle_copy_js__WEBPACK_IMPORTED_MODULE_5__/* .copyExact */ .lV)(source, place(inBundle), file);
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


/***/ })

};
