export const id = 7919;
export const ids = [7919,9707];
export const modules = {

/***/ 7919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   replayCommand: () => (/* binding */ replayCommand)
/* harmony export */ });
/* harmony import */ var _core_visible_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9505);
/* harmony import */ var _gate_replay_bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2088);


/**
 * `gonogo bundle verify PATH --replay`: verifies the bundle, decides again from it alone and prints
 * `replayed: same decision …` (exit 0) or what differs, control by control (exit 1). Every name
 * and message is printed on its own line with invisible characters named (core/visible-text.ts):
 * a file name holding a line feed cannot print a line of its own.
 */
async function replayCommand(abs, shown, signingKey, io) {
    const r = await (0,_gate_replay_bundle_js__WEBPACK_IMPORTED_MODULE_1__.replayBundle)(abs, signingKey !== undefined ? { signingKey } : {});
    if (r.problems.length > 0) {
        io.out(`invalid: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}\n`);
        for (const p of r.problems)
            io.out(`  ${(0,_core_visible_text_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleLine */ .P8)(`${p.file !== undefined ? `${p.file}: ` : ''}${p.message}`)}\n`);
        io.out(`  bundle: ${(0,_core_visible_text_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleLine */ .P8)(shown)}\n`);
        return 1;
    }
    const how = [
        r.rerun.length > 0 ? `run again on the bundled files: ${r.rerun.join(', ')}` : '',
        r.fromReports.length > 0
            ? `replayed from their reports (their facts are git history, commands or the API, not files): ${r.fromReports.join(', ')}`
            : ''
    ].filter(Boolean);
    if (r.ok) {
        io.out(`replayed: same decision (${(0,_core_visible_text_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleLine */ .P8)(r.decision ?? '?')}, ${r.controls} controls) ${r.bundleId ?? ''} ${r.digest ?? ''}\n`);
    }
    else {
        io.out(`replayed: different decision: ${r.differences.length} difference${r.differences.length === 1 ? '' : 's'} from the bundled executive-summary.json\n`);
        for (const d of r.differences)
            io.out(`  ${(0,_core_visible_text_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleLine */ .P8)(`${d.control !== undefined ? `${d.control}: ` : ''}${d.message}`)}\n`);
        io.out(`  bundle: ${(0,_core_visible_text_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleLine */ .P8)(shown)}\n`);
    }
    for (const line of how)
        io.out(`  built-ins ${line}\n`);
    if (r.linkServer !== undefined)
        io.out(`  executive-summary.md links files to ${(0,_core_visible_text_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleLine */ .P8)(r.linkServer)} (the gate's GITHUB_SERVER_URL)\n`);
    return r.ok ? 0 : 1;
}


/***/ }),

/***/ 2088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  replayBundle: () => (/* binding */ replayBundle)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/bundle-manifest.ts
var bundle_manifest = __webpack_require__(7985);
// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(3348);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/replay-diff.ts

/** At most this many differences are named (the first, in the order they are found). */
const MAX_DIFFERENCES = 50;
const EVIDENCE = bundle_manifest/* EVIDENCE_DIR */.cn;
const BUILTINS = bundle_manifest/* BUILTINS_DIR */.jl;
const REPORTS = bundle_manifest/* REPORTS_DIR */.m4;
/**
 * What differs between the executive summary a bundle holds and the one a replay wrote, named the
 * way an auditor reads it: the decision, each control whose status, outcome, severity or counted
 * severity differs (with both messages, which say why), controls present in one only, evidence
 * files whose digest differs or that only one read, the policy file; and, when none of those
 * differ but the bytes do, the first JSON path whose value differs. Pure; at most 50 entries.
 *
 * @param bundled the summary in the bundle (parsed)
 * @param replayed the summary the replay wrote (parsed)
 */
function replayDifferences(bundled, replayed) {
    const out = [];
    const object = (v) => typeof v === 'object' && v !== null ? v : {};
    const a = object(bundled);
    const b = object(replayed);
    if (a.decision !== b.decision)
        out.push({
            message: `decision: the bundle says ${String(a.decision)}, the replay decides ${String(b.decision)}`
        });
    const byId = (s) => new Map(records(s.controls, 'id').map((c) => [c.id, c]));
    const ca = byId(a);
    const cb = byId(b);
    for (const [id, x] of ca) {
        const y = cb.get(id);
        if (y === undefined) {
            out.push({
                control: id,
                message: 'in the bundled summary, but the replayed policy has no such control'
            });
            continue;
        }
        const fields = ['status', 'outcome', 'severity', 'counted_severity'].filter((f) => x[f] !== y[f]);
        if (fields.length > 0) {
            out.push({
                control: id,
                message: `${fields.map((f) => `${f} ${String(x[f])} → ${String(y[f])}`).join(', ')} (bundle: ${x.message}; replay: ${y.message})`
            });
        }
        else if (x.message !== y.message) {
            out.push({
                control: id,
                message: `message differs (bundle: ${x.message}; replay: ${y.message})`
            });
        }
    }
    for (const id of cb.keys())
        if (!ca.has(id))
            out.push({
                control: id,
                message: 'decided by the replayed policy, but not in the bundled summary'
            });
    const files = (s) => new Map(records(s.inputs?.files, 'path').map((f) => [f.path, f]));
    const fa = files(a);
    const fb = files(b);
    const readers = fileReaders(a);
    const readFor = (p) => {
        const ids = readers.get(p);
        return ids === undefined ? '' : ` (read for ${ids.join(', ')})`;
    };
    for (const [p, f] of fa) {
        const g = fb.get(p);
        if (g === undefined)
            out.push({ message: `${p}: read by the gate, but not by the replay${readFor(p)}` });
        else if (g.sha256 !== f.sha256 || g.size !== f.size)
            out.push({
                message: `${p}: the bundled copy (${g.size} bytes, SHA-256 ${g.sha256}) is not what the gate read (${f.size} bytes, ${f.sha256})${readFor(p)}`
            });
    }
    for (const p of fb.keys())
        if (!fa.has(p))
            out.push({ message: `${p}: read by the replay, but not by the gate` });
    const builtins = (s) => new Map(records(s.inputs?.builtins, 'name').map((x) => [x.name, x]));
    const ba = builtins(a);
    const bb = builtins(b);
    for (const [name, x] of ba) {
        const y = bb.get(name);
        if (y === undefined)
            out.push({
                message: `built-in ${name}: the gate wrote its report, the replay has none (it could not run on the bundled files)`
            });
        else if (y.report_sha256 !== x.report_sha256)
            out.push({
                message: `built-in ${name}: the report the replay ${y.replay === 'files' ? 'computed from the bundled files' : 'read'} (SHA-256 ${y.report_sha256}) is not the one the gate wrote (${x.report_sha256})`
            });
    }
    for (const name of bb.keys())
        if (!ba.has(name))
            out.push({ message: `built-in ${name}: run by the replay, but not by the gate` });
    if (out.length === 0) {
        const at = firstDifference(bundled, replayed, '$');
        out.push({
            message: at === undefined
                ? 'the summaries differ only in how they are written (whitespace, key order or number form): the bundled one was not written by gonogo gate'
                : `the summaries differ at ${at}`
        });
    }
    return out.slice(0, MAX_DIFFERENCES);
}
/** The entries of `list` that are objects with a string `key` (a summary may have been edited). */
function records(list, key) {
    if (!Array.isArray(list))
        return [];
    return list.filter((x) => typeof x === 'object' && x !== null && typeof x[key] === 'string');
}
/** Workspace path → the controls (sorted) whose evidence records reading it, from a summary. */
function fileReaders(s) {
    const out = new Map();
    for (const c of records(s.controls, 'id')) {
        const inputs = c.evidence?.inputs;
        for (const i of records(inputs, 'path')) {
            const ids = out.get(i.path) ?? [];
            if (!ids.includes(c.id))
                ids.push(c.id);
            out.set(i.path, ids);
        }
    }
    for (const ids of out.values())
        ids.sort();
    return out;
}
/**
 * What a bundle's verified manifest says against what its executive summary records, before
 * anything is decided again (issue 16): each file the decision read must be in `evidence/` with
 * the size and SHA-256 the gate recorded; each built-in's report in `builtins/` with the SHA-256
 * the gate recorded for `report-<name>.json`; nothing else may be in `evidence/` or `builtins/`
 * (a file there claims to be a decision input); and a report in `reports/` that the gate read
 * must be the same bytes as its copy in `evidence/`. A manifest rewritten over edited files passes
 * the manifest check, not this one. Pure; at most 50 entries, sorted by bundle path.
 *
 * @param summary the bundled executive summary (parsed), for naming the controls that read a file
 * @param inputs its `inputs` (checked by summaryInputs)
 * @param listed the manifest's files (verified against the bundle's bytes)
 */
function bundleContentDifferences(summary, inputs, listed) {
    const out = [];
    const byPath = new Map(listed.map((f) => [f.path, f]));
    const readers = fileReaders(summary);
    const expected = new Map();
    for (const f of inputs.files) {
        const ids = readers.get(f.path);
        expected.set(`${EVIDENCE}/${f.path}`, {
            size: f.size,
            sha256: f.sha256,
            what: `the file the gate read${ids === undefined ? '' : ` for ${ids.join(', ')}`}`
        });
    }
    for (const b of inputs.builtins)
        expected.set(`${BUILTINS}/report-${b.name}.json`, {
            sha256: b.report_sha256,
            what: `the report built-in ${b.name} wrote`
        });
    for (const [p, want] of expected) {
        const got = byPath.get(p);
        if (got === undefined)
            continue; // named by the caller (not in the bundle)
        if (got.sha256 !== want.sha256 || (want.size !== undefined && got.size !== want.size))
            out.push({
                at: p,
                d: {
                    message: `${p}: is not ${want.what}: the bundle holds ${got.size} bytes with SHA-256 ${got.sha256}, the summary records ${want.size !== undefined ? `${want.size} bytes with ` : ''}${want.sha256}`
                }
            });
    }
    const reportsPrefix = inputs.reports === '.' ? '' : `${inputs.reports}/`;
    for (const f of listed) {
        const top = f.path.split('/')[0];
        if ((top === EVIDENCE || top === BUILTINS) && !expected.has(f.path))
            out.push({
                at: f.path,
                d: {
                    message: `${f.path}: not a file the decision read: the summary's inputs do not list it, so it was added after the gate (remove it, or rebuild the bundle from the gate's output)`
                }
            });
        if (top === REPORTS) {
            const copy = byPath.get(`${EVIDENCE}/${reportsPrefix}${f.path.slice(REPORTS.length + 1)}`);
            if (copy !== undefined && expected.has(copy.path) && copy.sha256 !== f.sha256)
                out.push({
                    at: f.path,
                    d: {
                        message: `${f.path}: is not the report the gate read: ${copy.path} holds ${copy.size} bytes with SHA-256 ${copy.sha256}, this copy ${f.size} bytes with ${f.sha256}`
                    }
                });
        }
    }
    return out
        .sort((x, y) => (0,bundle_manifest/* comparePaths */.cD)(x.at, y.at))
        .map((x) => x.d)
        .slice(0, MAX_DIFFERENCES);
}
/** The JSON path of the first value that differs (object keys in sorted order), or undefined. */
function firstDifference(x, y, at) {
    if (x === y)
        return undefined;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null)
        return at;
    if (Array.isArray(x) !== Array.isArray(y))
        return at;
    if (Array.isArray(x) && Array.isArray(y)) {
        for (let i = 0; i < Math.max(x.length, y.length); i++) {
            const d = firstDifference(x[i], y[i], `${at}[${i}]`);
            if (d !== undefined)
                return d;
        }
        return undefined;
    }
    const ox = x;
    const oy = y;
    const keys = [...new Set([...Object.keys(ox), ...Object.keys(oy)])].sort();
    for (const k of keys) {
        const d = firstDifference(ox[k], oy[k], `${at}.${k}`);
        if (d !== undefined)
            return d;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/gate/run-gate.ts + 21 modules
var run_gate = __webpack_require__(8124);
// EXTERNAL MODULE: ./src/parsers/json-error.ts
var json_error = __webpack_require__(1639);
// EXTERNAL MODULE: ./src/parsers/verdict.ts
var verdict = __webpack_require__(9281);
// EXTERNAL MODULE: ./src/io/bundle-copy.ts
var bundle_copy = __webpack_require__(426);
// EXTERNAL MODULE: ./src/io/bundle-evidence.ts
var bundle_evidence = __webpack_require__(8566);
// EXTERNAL MODULE: ./src/io/bundle-verify.ts
var bundle_verify = __webpack_require__(5862);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
;// CONCATENATED MODULE: ./src/gate/replay-bundle.ts















/** Largest evidence file replayed from a zip (held in memory while it is extracted). */
const MAX_ZIP_FILE_BYTES = 16 * 1024 * 1024;
/** Largest executive summary replayed (a gate over 100,000 reports writes about 40 MB). */
const MAX_SUMMARY_BYTES = 256 * 1024 * 1024;
/**
 * Verifies a bundle (folder or zip) and decides again from it alone (issue 16): the gate runs on
 * the bundle's own policy and `evidence/` files, at the effective time, subject, branch and
 * profile override its executive summary records, with no network, no clock and no command; a
 * built-in check that read only files is run again on the bundled copies, one that read git,
 * ran commands or called the API is judged from the report it wrote (`builtins/`). The summary
 * the replay writes must equal the bundled `executive-summary.json` byte for byte, and the
 * Markdown it writes the bundled `executive-summary.md`.
 *
 * Before deciding, the verified manifest is held against the summary's `inputs`
 * (core/replay-diff.ts bundleContentDifferences): an evidence file or built-in report whose
 * digest is not the one the gate recorded, a file in `evidence/` or `builtins/` the gate did not
 * read, or a `reports/` copy unlike the evidence copy is a difference even when the manifest was
 * rewritten to match.
 *
 * Never throws for a bad bundle: a manifest problem, a missing or malformed summary, a bundle made
 * before gonogo recorded its inputs, or a policy the replay cannot load is a problem or a
 * difference naming the file and what to do.
 */
async function replayBundle(target, opts = {}) {
    const base = { differences: [], fromReports: [], rerun: [], controls: 0 };
    // A zip is read once: the pass that verifies it keeps the summary and every evidence file and
    // built-in report (what the replay extracts); a folder's files are read where they are.
    let isZip = false;
    try {
        isZip = !(await (0,promises_.stat)(target)).isDirectory();
    }
    catch {
        // verifyBundle says what is wrong with the path.
    }
    const first = await (0,bundle_verify.verifyBundle)(target, {
        ...(opts.signingKey !== undefined ? { signingKey: opts.signingKey } : {}),
        ...(opts.keepTotal !== undefined ? { keepTotal: opts.keepTotal } : {}),
        keep: isZip
            ? (p) => p === contracts/* SUMMARY_JSON */.qJ ||
                p === contracts/* SUMMARY_MD */.Hr ||
                p.startsWith(`${bundle_manifest/* EVIDENCE_DIR */.cn}/`) ||
                p.startsWith(`${bundle_manifest/* BUILTINS_DIR */.jl}/`)
            : [contracts/* SUMMARY_JSON */.qJ, contracts/* SUMMARY_MD */.Hr]
    });
    if (!first.ok || first.manifest === undefined)
        return { ok: false, problems: first.problems, ...base };
    const manifest = first.manifest;
    const ids = {
        bundleId: manifest.bundle_id,
        ...(first.digest ? { digest: first.digest } : {})
    };
    const fail = (message, file = contracts/* SUMMARY_JSON */.qJ) => ({
        ok: false,
        problems: [{ file, message }],
        ...base,
        ...ids
    });
    // Past its budget, the pass may have kept evidence and not the summaries (manifest order): only
    // then does one more pass keep just those two.
    let summaries = first.kept;
    const listed = new Set(manifest.files.map((f) => f.path));
    if (first.keptPartly &&
        [contracts/* SUMMARY_JSON */.qJ, contracts/* SUMMARY_MD */.Hr].some((p) => listed.has(p) && !first.kept.has(p))) {
        const small = await (0,bundle_verify.verifyBundle)(target, {
            ...(opts.signingKey !== undefined ? { signingKey: opts.signingKey } : {}),
            keep: [contracts/* SUMMARY_JSON */.qJ, contracts/* SUMMARY_MD */.Hr]
        });
        if (!small.ok)
            return { ok: false, problems: small.problems, ...base, ...ids };
        summaries = small.kept;
    }
    const read = await keptOrRead(target, isZip, manifest, summaries, contracts/* SUMMARY_JSON */.qJ);
    if (typeof read === 'string')
        return fail(read);
    const bundledBytes = read;
    const parsed = (0,json_error/* parseBoundedJson */.Rj)(bundledBytes.toString('utf8'));
    if (!parsed.ok)
        return fail(parsed.message);
    const summary = parsed.value;
    const inputs = (0,bundle_evidence/* summaryInputs */.mH)(summary);
    if (inputs === undefined)
        return {
            ...fail('records no inputs: the bundle was made by a gonogo before bundles could be replayed; rebuild it (gonogo gate, then gonogo bundle create --summary)'),
            unreplayable: true
        };
    if ('problem' in inputs)
        return fail(inputs.problem);
    const effectiveTime = typeof summary.effective_time === 'string' ? Date.parse(summary.effective_time) : NaN;
    if (!Number.isFinite(effectiveTime))
        return fail('`effective_time` is not an RFC 3339 time; this is not what gonogo gate writes (was the summary edited?)');
    const needed = [
        ...inputs.files.map((f) => (0,bundle_evidence/* bundledEvidence */.ej)(f.path)),
        ...inputs.builtins.map((b) => (0,bundle_evidence/* bundledBuiltinReport */.SE)(b.name))
    ];
    const absent = needed.filter((p) => !listed.has(p));
    if (absent.length > 0)
        return fail(`${absent.length} file${absent.length === 1 ? '' : 's'} the summary records ${absent.length === 1 ? 'is' : 'are'} not in the bundle (${absent.slice(0, 3).join(', ')}${absent.length > 3 ? ', …' : ''}); rebuild the bundle from the gate's output`, absent[0]);
    // The manifest was verified against the bytes: what it lists must be what the gate read.
    const content = bundleContentDifferences(summary, inputs, manifest.files);
    const markdown = listed.has(contracts/* SUMMARY_MD */.Hr)
        ? await keptOrRead(target, isZip, manifest, summaries, contracts/* SUMMARY_MD */.Hr)
        : undefined;
    if (typeof markdown === 'string')
        return fail(markdown, contracts/* SUMMARY_MD */.Hr);
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'gonogo-replay-'));
    try {
        let root = target;
        if (isZip) {
            // A zip: its evidence, verified and kept by the pass above, is written to the scratch folder.
            // When what it kept ran past its budget (files the summary does not name count too), a
            // second pass keeps only what the summary names, within the same budget.
            root = external_node_path_default().join(scratch, 'bundle');
            let kept = first.kept;
            if (first.keptPartly) {
                first.kept.clear(); // what the first pass kept goes before the second keeps its share
                const again = await (0,bundle_verify.verifyBundle)(target, {
                    ...(opts.signingKey !== undefined ? { signingKey: opts.signingKey } : {}),
                    ...(opts.keepTotal !== undefined ? { keepTotal: opts.keepTotal } : {}),
                    keep: needed
                });
                if (!again.ok)
                    return { ok: false, problems: again.problems, ...base, ...ids };
                if (again.keptPartly)
                    return fail(`the evidence the summary names is more than ${(0,workspace/* formatBytes */.z3)(opts.keepTotal ?? bundle_verify/* MAX_KEPT_TOTAL_BYTES */.b)} in all: unzip the bundle and replay the folder`);
                kept = again.kept;
            }
            // Written with synchronous calls (each file is in memory already), each folder made once.
            const made = new Set();
            for (const p of needed) {
                const data = kept.get(p);
                if (data === undefined)
                    return fail(`larger than ${MAX_ZIP_FILE_BYTES / 1024 / 1024} MiB: unzip the bundle and replay the folder`, p);
                const dest = external_node_path_default().join(root, ...p.split('/'));
                const dir = external_node_path_default().dirname(dest);
                if (!made.has(dir)) {
                    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
                    made.add(dir);
                }
                (0,external_node_fs_.writeFileSync)(dest, data, { flag: 'wx' });
            }
        }
        const reports = new Map();
        for (const b of inputs.builtins) {
            if (b.replay !== 'report')
                continue;
            const file = external_node_path_default().join(root, bundle_manifest/* BUILTINS_DIR */.jl, `report-${b.name}.json`);
            const r = (0,json_error/* parseBoundedJson */.Rj)(await (0,promises_.readFile)(file, 'utf8'));
            if (!r.ok)
                return fail(r.message, (0,bundle_evidence/* bundledBuiltinReport */.SE)(b.name));
            if (!(0,verdict/* isRecord */.u4)(r.value))
                return fail('is not a JSON object (a gonogo.report/v1 report)', (0,bundle_evidence/* bundledBuiltinReport */.SE)(b.name));
            reports.set(b.name, {
                report: r.value,
                sha: b.sha,
                files: b.files,
                other: b.other_facts
            });
        }
        const replayed = await decideAgain({
            root,
            scratch,
            summary,
            inputs,
            effectiveTime,
            reports,
            bundledBytes,
            markdown,
            ids
        });
        return withContent(replayed, content);
    }
    catch (e) {
        return fail(`the replay could not run (${(0,errors/* errorMessage */.gJ)(e)})`);
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/**
 * A summary file's verified bytes: kept by verifyBundle, or (larger than it keeps, in a folder)
 * read again and held against the manifest's digest. A message when it cannot be had.
 */
async function keptOrRead(target, isZip, manifest, kept, name) {
    const bytes = kept.get(name);
    if (bytes !== undefined)
        return bytes;
    const entry = manifest.files.find((f) => f.path === name);
    if (entry === undefined)
        return name === contracts/* SUMMARY_JSON */.qJ
            ? "not in the bundle: bundle the gate's output folder (gonogo bundle create --summary DIR) to make it replayable"
            : 'not in the bundle';
    if (entry.size > MAX_SUMMARY_BYTES)
        return `${entry.size} bytes: larger than the ${MAX_SUMMARY_BYTES / 1024 / 1024} MiB a replay reads`;
    if (isZip)
        return `${entry.size} bytes: larger than the ${MAX_ZIP_FILE_BYTES / 1024 / 1024} MiB a replay reads from a zip; unzip the bundle and replay the folder`;
    let data;
    try {
        data = await (0,promises_.readFile)(external_node_path_default().join(target, name));
    }
    catch (e) {
        return `cannot be read (${(0,errors/* errorMessage */.gJ)(e)})`;
    }
    const sha = (0,bundle_copy/* sha256Hex */.fg)(data);
    if (data.length !== entry.size || sha !== entry.sha256)
        return `changed while the bundle was replayed (${data.length} bytes with SHA-256 ${sha}, the manifest says ${entry.size} bytes with ${entry.sha256})`;
    return data;
}
/**
 * The replay's result with the bundle's content differences first; a replay difference about a
 * file or built-in report already named there is left out (one fault, one line).
 */
function withContent(r, content) {
    if (content.length === 0)
        return r;
    const named = content.map((d) => d.message.slice(0, d.message.indexOf(': ')));
    const covered = (d) => d.control === undefined &&
        named.some((p) => {
            const evidence = `${bundle_manifest/* EVIDENCE_DIR */.cn}/`;
            if (p.startsWith(evidence))
                return d.message.startsWith(`${p.slice(evidence.length)}: `);
            const m = /^builtins\/report-(.+)\.json$/.exec(p);
            return m !== null && d.message.startsWith(`built-in ${m[1]}: `);
        });
    return {
        ...r,
        ok: false,
        differences: [...content, ...r.differences.filter((d) => !covered(d))].slice(0, MAX_DIFFERENCES)
    };
}
/**
 * The first `](https://…/<repository>/blob/<sha>` link prefix of the bundled Markdown: the
 * `blobBase` the gate rendered file links with (the action passes one; the CLI none).
 */
function linkBase(markdown, subject) {
    if (markdown === undefined)
        return undefined;
    const repo = typeof subject.repository === 'string' ? subject.repository : '';
    const sha = typeof subject.sha === 'string' ? subject.sha : '';
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^[0-9a-f]{40,64}$/.test(sha))
        return undefined;
    const text = markdown.toString('utf8');
    const marker = `/${repo}/blob/${sha}/`;
    const at = text.indexOf(marker);
    if (at < 0)
        return undefined;
    const open = text.lastIndexOf('](', at);
    if (open < 0)
        return undefined;
    const server = text.slice(open + 2, at);
    return /^https:\/\/[A-Za-z0-9.-]+(:[0-9]+)?(\/[\w.~-]+)*$/.test(server)
        ? `${server}${marker.slice(0, -1)}`
        : undefined;
}
async function decideAgain(o) {
    const { summary, inputs } = o;
    const subject = typeof summary.subject === 'object' && summary.subject !== null
        ? summary.subject
        : {};
    const text = (v) => (typeof v === 'string' ? v : '');
    const out = external_node_path_default().join(o.scratch, 'out');
    const decision = text(summary.decision);
    const fromReports = [...o.reports.keys()].sort();
    const rerun = inputs.builtins
        .filter((b) => b.replay === 'files')
        .map((b) => b.name)
        .sort();
    const blobBase = linkBase(o.markdown, subject);
    const server = blobBase?.slice(0, blobBase.indexOf(`/${text(subject.repository)}/blob/`));
    const common = {
        problems: [],
        fromReports,
        rerun,
        decision,
        ...o.ids,
        ...(server !== undefined && server !== 'https://github.com' ? { linkServer: server } : {})
    };
    try {
        await (0,run_gate.runGate)({
            workspace: external_node_path_default().join(o.root, bundle_manifest/* EVIDENCE_DIR */.cn),
            config: inputs.policy.path,
            reports: inputs.reports,
            output: out,
            effectiveTime: o.effectiveTime,
            sha: text(subject.sha),
            repository: text(subject.repository),
            ref: text(subject.ref),
            event: text(subject.event),
            branch: inputs.branch,
            ...(inputs.profile_override !== null ? { profile: inputs.profile_override } : {}),
            ...(blobBase !== undefined ? { blobBase } : {}),
            replay: {
                reports: o.reports,
                shas: new Map(inputs.builtins.map((b) => [b.name, b.sha])),
                refusals: new Map((inputs.unread ?? []).map((u) => [
                    u.path,
                    { path: u.path, reason: u.reason, message: u.message }
                ]))
            },
            log: () => undefined
        });
    }
    catch (e) {
        return {
            ok: false,
            // One difference a line: a policy with several errors names each on a line of its own.
            differences: (0,errors/* errorMessage */.gJ)(e)
                .split('\n')
                .filter((line) => line.trim() !== '')
                .map((line) => ({ message: `the gate refused to decide again: ${line}` })),
            controls: 0,
            ...common
        };
    }
    const replayed = await (0,promises_.readFile)(external_node_path_default().join(out, contracts/* SUMMARY_JSON */.qJ));
    const controls = Array.isArray(summary.controls) ? summary.controls.length : 0;
    const differences = [];
    if (!replayed.equals(o.bundledBytes)) {
        const again = (0,json_error/* parseBoundedJson */.Rj)(replayed.toString('utf8'));
        differences.push(...replayDifferences(summary, again.ok ? again.value : undefined));
    }
    // The Markdown renders the summary: when the summaries differ, so does it (said once, above).
    if (o.markdown !== undefined && differences.length === 0) {
        const md = await (0,promises_.readFile)(external_node_path_default().join(out, contracts/* SUMMARY_MD */.Hr));
        if (!md.equals(o.markdown))
            differences.push({ message: markdownDifference(o.markdown, md) });
    }
    return { ok: differences.length === 0, differences, controls, ...common };
}
/** Where the bundled Markdown first departs from what the gate writes for the decision. */
function markdownDifference(bundled, replayed) {
    const a = bundled.toString('utf8').split('\n');
    const b = replayed.toString('utf8').split('\n');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    const show = (line) => line === undefined ? 'the end of the file' : JSON.stringify(line.slice(0, 120));
    return `${contracts/* SUMMARY_MD */.Hr}: is not what gonogo gate writes for this decision (line ${i + 1}: the bundle has ${show(a[i])}, the replay writes ${show(b[i])}); a person reading it would not read the decision the bundle records`;
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
/* harmony import */ var _parsers_verdict_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9281);
/* harmony import */ var _bundle_copy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(426);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2145);








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


/***/ })

};
