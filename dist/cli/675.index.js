export const id = 675;
export const ids = [675];
export const modules = {

/***/ 675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONTROL: () => (/* binding */ CONTROL),
  reportFacts: () => (/* binding */ reportFacts),
  runProvenanceCoverage: () => (/* binding */ runProvenanceCoverage)
});

// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/parsers/json-error.ts
var json_error = __webpack_require__(1639);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/parsers/verdict.ts
var verdict = __webpack_require__(9281);
;// CONCATENATED MODULE: ./src/checks/provenance-coverage/parse-sources.ts



const BUNDLE_CONTRACT = 'gonogo.bundle/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPE_PREFIX = 'https://in-toto.io/Statement/';
const SHA256 = /^[0-9a-f]{64}$/;
/** Binary data (NUL bytes, or bytes that are not UTF-8) is not JSON. */
function looksBinary(text) {
    return text.includes('\u0000') || text.includes('\uFFFD');
}
/** Reads a `gonogo.bundle/v1` manifest; every entry that cannot be used is a problem. */
function parseManifest(text, file) {
    const problems = [];
    if (looksBinary(text))
        return { entries: [], problems: [{ file, message: 'binary data, not a JSON manifest' }] };
    const parsed = (0,json_error/* parseJsonAt */.bq)(text);
    if (!parsed.ok) {
        return {
            entries: [],
            problems: [{ file, ...(parsed.line ? { line: parsed.line } : {}), message: parsed.message }]
        };
    }
    const m = parsed.value;
    if (!(0,verdict/* isRecord */.u4)(m) || m.contract !== BUNDLE_CONTRACT) {
        const got = (0,verdict/* isRecord */.u4)(m) && typeof m.contract === 'string' ? m.contract : 'missing';
        return {
            entries: [],
            problems: [
                { file, message: `not a ${BUNDLE_CONTRACT} manifest (contract: ${got.slice(0, 80)})` }
            ]
        };
    }
    if (!Array.isArray(m.files)) {
        return {
            entries: [],
            problems: [
                { file, message: 'the manifest has no files list (files: [{ path, size, sha256 }])' }
            ]
        };
    }
    const dir = external_node_path_default().posix.dirname(file);
    const entries = [];
    let cursor = 0;
    m.files.forEach((raw, i) => {
        let line;
        if ((0,verdict/* isRecord */.u4)(raw) && typeof raw.path === 'string') {
            const at = text.indexOf(JSON.stringify(raw.path), cursor);
            if (at >= 0) {
                cursor = at + 1;
                line = (0,verdict/* lineColumn */.rv)(text, at).line;
            }
        }
        const where = line ? { line } : {};
        if (!(0,verdict/* isRecord */.u4)(raw) ||
            typeof raw.path !== 'string' ||
            typeof raw.sha256 !== 'string' ||
            typeof raw.size !== 'number') {
            problems.push({ file, ...where, message: `files[${i}] needs path, size and sha256` });
            return;
        }
        const sha = raw.sha256.toLowerCase();
        if (!SHA256.test(sha)) {
            problems.push({
                file,
                ...where,
                message: `files[${i}] (${raw.path}): sha256 is not 64 hexadecimal digits`
            });
            return;
        }
        const p = raw.path.replace(/\\/g, '/');
        const underDir = external_node_path_default().posix.normalize(dir === '.' ? p : `${dir}/${p}`);
        const asWritten = external_node_path_default().posix.normalize(p);
        if (p.startsWith('/') || underDir.startsWith('../') || underDir === '..') {
            problems.push({
                file,
                ...where,
                message: `files[${i}] (${raw.path}): path leaves the bundle`
            });
            return;
        }
        const candidates = [underDir];
        if (!asWritten.startsWith('../') && asWritten !== underDir)
            candidates.push(asWritten);
        entries.push({ file, ...where, path: raw.path, candidates, size: raw.size, sha256: sha });
    });
    return { entries, problems };
}
/**
 * Reads a provenance file: `.jsonl` holds one document per line; any other file holds one.
 * A document is a DSSE envelope of an in-toto statement, a Sigstore bundle (a DSSE envelope or a
 * message signature over a SHA-256 digest), or a bare in-toto statement. Signatures are not
 * verified here: coverage is about which content the provenance names.
 */
function parseProvenance(text, file) {
    const out = { subjects: [], problems: [], documents: 0 };
    if (looksBinary(text)) {
        out.problems.push({
            file,
            message: `binary data, not ${file.endsWith('.jsonl') ? 'JSON Lines' : 'JSON'} provenance`
        });
        return out;
    }
    if (file.endsWith('.jsonl')) {
        const lines = text.split('\n');
        lines.forEach((l, i) => {
            if (l.trim() === '')
                return;
            const parsed = (0,json_error/* parseJsonAt */.bq)(l);
            if (!parsed.ok)
                out.problems.push({ file, line: i + 1, message: parsed.message });
            else
                readDocument(parsed.value, file, i + 1, out);
        });
    }
    else {
        const parsed = (0,json_error/* parseJsonAt */.bq)(text);
        if (!parsed.ok)
            out.problems.push({
                file,
                ...(parsed.line ? { line: parsed.line } : {}),
                message: parsed.message
            });
        else
            readDocument(parsed.value, file, undefined, out);
    }
    if (out.documents === 0 && out.problems.length === 0)
        out.problems.push({ file, message: 'empty: no envelope, bundle or statement in it' });
    return out;
}
function readDocument(doc, file, line, out) {
    const where = line !== undefined ? { line } : {};
    const problem = (message) => {
        out.problems.push({ file, ...where, message });
    };
    if (!(0,verdict/* isRecord */.u4)(doc)) {
        problem('not a JSON object (expected a DSSE envelope, a Sigstore bundle or an in-toto statement)');
        return;
    }
    if ((0,verdict/* isRecord */.u4)(doc.dsseEnvelope)) {
        readEnvelope(doc.dsseEnvelope, file, line, out);
        return;
    }
    if ((0,verdict/* isRecord */.u4)(doc.messageSignature)) {
        const md = doc.messageSignature.messageDigest;
        if (!(0,verdict/* isRecord */.u4)(md) || md.algorithm !== 'SHA2_256' || typeof md.digest !== 'string') {
            problem('Sigstore message signature without a SHA2_256 message digest');
            return;
        }
        const hex = decodeBase64(md.digest)?.toString('hex');
        if (hex === undefined || !SHA256.test(hex)) {
            problem('Sigstore message digest is not a base64 SHA-256 value');
            return;
        }
        out.documents++;
        out.subjects.push({ file, ...where, sha256: hex });
        return;
    }
    if ('payloadType' in doc || 'payload' in doc) {
        readEnvelope(doc, file, line, out);
        return;
    }
    if (typeof doc._type === 'string') {
        readStatement(doc, file, line, out);
        return;
    }
    problem('neither a DSSE envelope, a Sigstore bundle nor an in-toto statement');
}
function readEnvelope(env, file, line, out) {
    const where = line !== undefined ? { line } : {};
    const problem = (message) => {
        out.problems.push({ file, ...where, message });
    };
    if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        problem(`DSSE payloadType is ${typeof env.payloadType === 'string' ? env.payloadType.slice(0, 80) : 'missing'}, not ${IN_TOTO_PAYLOAD_TYPE}`);
        return;
    }
    const bytes = typeof env.payload === 'string' ? decodeBase64(env.payload) : undefined;
    if (bytes === undefined) {
        problem('DSSE payload is not base64');
        return;
    }
    const text = bytes.toString('utf8');
    const parsed = looksBinary(text) ? undefined : (0,json_error/* parseJsonAt */.bq)(text);
    if (parsed === undefined || !parsed.ok || !(0,verdict/* isRecord */.u4)(parsed.value)) {
        problem('DSSE payload does not decode to an in-toto statement (JSON object)');
        return;
    }
    readStatement(parsed.value, file, line, out);
}
function readStatement(st, file, line, out) {
    const where = line !== undefined ? { line } : {};
    const problem = (message) => {
        out.problems.push({ file, ...where, message });
    };
    if (typeof st._type !== 'string' || !st._type.startsWith(STATEMENT_TYPE_PREFIX)) {
        problem(`statement _type is not ${STATEMENT_TYPE_PREFIX}…`);
        return;
    }
    if (!Array.isArray(st.subject) || st.subject.length === 0) {
        problem('in-toto statement without subjects');
        return;
    }
    out.documents++;
    st.subject.forEach((s, i) => {
        if (!(0,verdict/* isRecord */.u4)(s) || !(0,verdict/* isRecord */.u4)(s.digest)) {
            problem(`subject[${i}] has no digest`);
            return;
        }
        const name = typeof s.name === 'string' ? s.name : undefined;
        const sha = s.digest.sha256;
        if (sha === undefined)
            return; // Other algorithms only: nothing to match a SHA-256 against.
        if (typeof sha !== 'string' || !SHA256.test(sha.toLowerCase())) {
            problem(`subject[${i}]${name ? ` (${name})` : ''}: digest.sha256 is not 64 hexadecimal digits`);
            return;
        }
        out.subjects.push({
            file,
            ...where,
            ...(name !== undefined ? { name } : {}),
            sha256: sha.toLowerCase()
        });
    });
}
/** Standard or URL-safe base64, strictly: anything else is undefined. */
function decodeBase64(s) {
    const t = s.replace(/\s+/g, '');
    if (t === '' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(t) || (/[+/]/.test(t) && /[-_]/.test(t)))
        return undefined;
    return Buffer.from(t, /[-_]/.test(t) ? 'base64url' : 'base64');
}

;// CONCATENATED MODULE: ./src/checks/provenance-coverage/settings.ts

const DEFAULT_PROVENANCE_GLOBS = ['**/*.intoto.jsonl', '**/*.sigstore.json'];
const DEFAULT_THRESHOLD = 100;
const SETTINGS_HINT = '.github/gonogo.yml (checks.provenance-coverage)';
const strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'string' && x !== '') : [];
function resolveSettings(raw) {
    const s = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
    const artifacts = strings(s.artifacts);
    const manifests = strings(s.manifests);
    const provenance = s.provenance === undefined ? DEFAULT_PROVENANCE_GLOBS : strings(s.provenance);
    const problems = [];
    if (artifacts.length === 0) {
        problems.push({
            id: 'provenance/configuration/artifacts',
            message: 'no release artifacts are declared, so there is nothing to cover',
            remediation: `set checks.provenance-coverage.artifacts in ${SETTINGS_HINT}, for example \`artifacts: ["dist/**/*.tgz"]\``
        });
    }
    for (const [key, globs] of [
        ['artifacts', artifacts],
        ['manifests', manifests],
        ['provenance', provenance]
    ]) {
        for (const g of globs) {
            if (escapes(g)) {
                problems.push({
                    id: `provenance/configuration/${key}/${g}`,
                    message: `${key} glob ${g} leaves the workspace`,
                    remediation: 'write globs relative to the repository root, without a leading / or ..'
                });
            }
        }
    }
    if (problems.length > 0)
        return { ok: false, problems };
    const uniq = (a) => [...new Set(a)].sort();
    return {
        ok: true,
        config: {
            artifacts: uniq(artifacts),
            manifests: uniq(manifests),
            provenance: uniq(provenance),
            threshold: typeof s.threshold === 'number' && s.threshold >= 0 && s.threshold <= 100
                ? s.threshold
                : DEFAULT_THRESHOLD
        }
    };
}
/** True for an absolute path or one whose `..` segments climb out of the workspace. */
function escapes(p) {
    if (p.includes('\0') || p.startsWith('/') || /^[A-Za-z]:/.test(p))
        return true;
    const n = external_node_path_default().posix.normalize(p.replace(/\\/g, '/'));
    return n === '..' || n.startsWith('../');
}

;// CONCATENATED MODULE: ./src/checks/provenance-coverage/gather.ts


const MAX_ARTIFACTS = 10_000;
const MAX_SOURCE_FILES = 10_000;
/** Largest manifest or provenance file read. */
const MAX_SOURCE_BYTES = 64 * 1024 * 1024;
/**
 * Expands the artifact, manifest and provenance globs, hashes the artifacts and parses the
 * sources, all through `files`. Never throws: problems are facts.
 */
async function gatherCoverage({ files: ws }, settings) {
    const facts = {
        problems: [],
        artifacts: [],
        artifactsTruncated: false,
        manifestFiles: [],
        provenanceFiles: [],
        sourcesTruncated: false,
        unmatchedSourceGlobs: [],
        entries: [],
        subjects: [],
        sourceProblems: []
    };
    const resolved = resolveSettings(settings);
    if (!resolved.ok) {
        facts.problems = resolved.problems;
        return facts;
    }
    const config = resolved.config;
    facts.config = config;
    const expand = async (key, globs, limit) => {
        const files = new Set();
        let truncated = false;
        for (const g of globs) {
            const r = await ws.glob(g, limit);
            if (!r.ok) {
                facts.problems.push({
                    id: `provenance/configuration/${key}/${g}`,
                    message: `${key} glob ${g} leads outside the workspace`,
                    remediation: 'write globs relative to the repository root, outside symbolic links'
                });
                continue;
            }
            if (r.files.length === 0 && key !== 'artifacts')
                facts.unmatchedSourceGlobs.push(g);
            for (const f of r.files)
                files.add(f);
            truncated ||= r.truncated || files.size > limit;
        }
        return { files: [...files].sort().slice(0, limit), truncated };
    };
    const artifacts = await expand('artifacts', config.artifacts, MAX_ARTIFACTS);
    const manifests = await expand('manifests', config.manifests, MAX_SOURCE_FILES);
    const provenance = await expand('provenance', config.provenance, MAX_SOURCE_FILES);
    if (facts.problems.length > 0)
        return facts;
    facts.unmatchedSourceGlobs.sort();
    facts.artifactsTruncated = artifacts.truncated;
    facts.sourcesTruncated = manifests.truncated || provenance.truncated;
    for (const a of artifacts.files) {
        const h = await ws.hash(a);
        facts.artifacts.push(h.ok ? { path: a, sha256: h.sha256, size: h.size } : { path: a, error: h.error });
    }
    facts.manifestFiles = manifests.files;
    facts.provenanceFiles = provenance.files;
    for (const f of manifests.files) {
        const r = await ws.readText(f, MAX_SOURCE_BYTES, 'for a manifest');
        if (!r.ok) {
            facts.sourceProblems.push({ file: f, message: r.message.replace(`${f}: `, '') });
            continue;
        }
        const m = parseManifest(r.text, f);
        facts.entries.push(...m.entries);
        facts.sourceProblems.push(...m.problems);
    }
    for (const f of provenance.files) {
        const r = await ws.readText(f, MAX_SOURCE_BYTES, 'for a provenance file');
        if (!r.ok) {
            facts.sourceProblems.push({ file: f, message: r.message.replace(`${f}: `, '') });
            continue;
        }
        const p = parseProvenance(r.text, f);
        facts.subjects.push(...p.subjects);
        facts.sourceProblems.push(...p.problems);
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/checks/provenance-coverage/judge.ts



const where = (file, line) => (line ? `${file}:${line}` : file);
/** A subject names an artifact by its path, or by its file name alone. */
function subjectNames(name, artifact) {
    const n = name.replace(/^\.\//, '');
    return (n === artifact ||
        artifact.endsWith(`/${n}`) ||
        (!n.includes('/') && n === external_node_path_default().posix.basename(artifact)));
}
/** Pure: which manifest entries and subjects cover which artifact, and which contradict it. */
function coverage(artifacts, entries, subjects) {
    const digestsHere = new Set(artifacts.flatMap((a) => (a.sha256 ? [a.sha256] : [])));
    const bySha = new Map();
    for (const s of subjects) {
        const list = bySha.get(s.sha256);
        if (list)
            list.push(s);
        else
            bySha.set(s.sha256, [s]);
    }
    // A named subject whose digest matches no artifact here is stale or forged; only these can
    // contradict an artifact.
    const stale = subjects.filter((s) => s.name !== undefined && !digestsHere.has(s.sha256));
    return artifacts.map((a) => {
        const out = { path: a.path, coveredBy: [], mismatches: [] };
        if (a.sha256 === undefined)
            return out;
        out.sha256 = a.sha256;
        for (const e of entries) {
            if (!e.candidates.includes(a.path))
                continue;
            if (e.sha256 === a.sha256 && e.size === a.size)
                out.coveredBy.push(where(e.file, e.line));
            else
                out.mismatches.push({
                    source: 'manifest',
                    file: e.file,
                    ...(e.line ? { line: e.line } : {}),
                    claimed: e.sha256,
                    what: e.sha256 === a.sha256
                        ? `size ${e.size}, the file has ${a.size ?? '?'} bytes`
                        : `sha256 ${e.sha256}, the file has ${a.sha256}`
                });
        }
        for (const s of bySha.get(a.sha256) ?? [])
            out.coveredBy.push(where(s.file, s.line));
        for (const s of stale) {
            if (s.name === undefined || !subjectNames(s.name, a.path))
                continue;
            out.mismatches.push({
                source: 'provenance',
                file: s.file,
                ...(s.line ? { line: s.line } : {}),
                claimed: s.sha256,
                what: `subject ${s.name} has sha256 ${s.sha256}, the file has ${a.sha256}`
            });
        }
        out.coveredBy = [...new Set(out.coveredBy)].sort();
        return out;
    });
}
/** Turns what was read into checks. Pure: same facts, same checks. */
function judgeCoverage(f) {
    const checks = f.problems.map((p) => ({
        id: p.id,
        status: 'failed',
        message: p.message,
        remediation: p.remediation
    }));
    const c = f.config;
    if (f.problems.length > 0 || c === undefined)
        return checks;
    const seen = new Map();
    for (const p of f.sourceProblems) {
        const base = `provenance/source/${where(p.file, p.line)}`;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        checks.push({
            id: n === 1 ? base : `${base}#${n}`,
            status: 'failed',
            message: `${where(p.file, p.line)}: ${p.message}`,
            location: { file: p.file, ...(p.line ? { line: p.line } : {}) },
            remediation: p.file.endsWith('.jsonl')
                ? 'regenerate the provenance: each line must be a DSSE envelope (payloadType application/vnd.in-toto+json) or a Sigstore bundle, or remove the file from checks.provenance-coverage.provenance'
                : 'regenerate the file (gonogo bundle create, or the attestation step), or remove it from the globs in checks.provenance-coverage'
        });
    }
    if (f.sourcesTruncated) {
        checks.push({
            id: 'provenance/sources',
            status: 'failed',
            message: 'the manifests or provenance globs matched too many files; the rest were not read',
            remediation: `narrow checks.provenance-coverage.manifests and .provenance in ${SETTINGS_HINT}`
        });
    }
    if (f.artifacts.length === 0) {
        checks.push({
            id: 'provenance/artifacts',
            status: 'failed',
            message: `the artifacts globs matched nothing (${c.artifacts.join(', ')}); coverage of no artifacts proves nothing`,
            remediation: `build the release artifacts before this check runs, or fix checks.provenance-coverage.artifacts in ${SETTINGS_HINT}`
        });
        return checks;
    }
    if (f.artifactsTruncated) {
        checks.push({
            id: 'provenance/artifacts',
            status: 'failed',
            message: `the artifacts globs matched more than ${MAX_ARTIFACTS} files; the rest were not checked`,
            remediation: `narrow checks.provenance-coverage.artifacts in ${SETTINGS_HINT}`
        });
    }
    for (const a of f.artifacts) {
        if (a.error === undefined)
            continue;
        checks.push({
            id: `provenance/artifact/${a.path}`,
            status: 'failed',
            message: `${a.path} ${a.error}, so its digest cannot be checked`,
            location: { file: a.path },
            remediation: 'make the artifact a regular, readable file inside the workspace'
        });
    }
    const cov = coverage(f.artifacts, f.entries, f.subjects);
    const total = cov.length;
    const covered = cov.filter((x) => x.coveredBy.length > 0).length;
    const meets = covered * 100 >= c.threshold * total;
    for (const x of cov) {
        for (const m of x.mismatches) {
            checks.push({
                id: `provenance/mismatch/${x.path}@${where(m.file, m.line)}`,
                status: 'failed',
                message: `digest mismatch: ${where(m.file, m.line)} records ${x.path} with ${m.what}`,
                location: { file: m.file, ...(m.line ? { line: m.line } : {}) },
                remediation: m.source === 'manifest'
                    ? `the artifact changed after the bundle was made: rebuild the bundle from the released ${x.path}, or restore the artifact`
                    : `the artifact changed after it was attested: attest the released ${x.path} again, or restore the artifact`,
                observed: { claimed: m.claimed, actual: x.sha256 ?? null }
            });
        }
        if (x.coveredBy.length > 0)
            continue;
        checks.push({
            id: `provenance/uncovered/${x.path}`,
            status: meets ? 'passed' : 'failed',
            message: `${x.path}${x.sha256 ? ` (sha256 ${x.sha256})` : ''} is covered by no manifest entry and no provenance subject${meets ? `, allowed by the ${c.threshold}% threshold` : ''}`,
            location: { file: x.path },
            ...(meets
                ? {}
                : {
                    remediation: `attest it (actions/attest-build-provenance with subject-path: ${x.path}) or list it in the release bundle's manifest`
                })
        });
    }
    const pct = ((covered * 100) / total).toFixed(1);
    const noSources = f.manifestFiles.length === 0 && f.provenanceFiles.length === 0;
    const unmatched = !meets && !noSources && f.unmatchedSourceGlobs.length > 0
        ? `; matched no file: ${f.unmatchedSourceGlobs.join(', ')}`
        : '';
    checks.push({
        id: 'provenance/coverage',
        status: meets ? 'passed' : 'failed',
        message: `${covered} of ${total} artifacts covered (${pct}%), threshold ${c.threshold}%${noSources
            ? `; no manifest or provenance file matched (${[...c.manifests, ...c.provenance].join(', ') || 'no globs'})`
            : ` (${f.manifestFiles.length} manifests, ${f.provenanceFiles.length} provenance files read${unmatched})`}`,
        ...(meets
            ? {}
            : {
                remediation: noSources
                    ? `produce provenance for the artifacts (actions/attest-build-provenance) or a release bundle, and point checks.provenance-coverage.provenance / .manifests at the files in ${SETTINGS_HINT}`
                    : 'cover the artifacts listed as uncovered, or lower checks.provenance-coverage.threshold'
            }),
        wanted: c.threshold,
        observed: Number(pct)
    });
    return checks;
}

;// CONCATENATED MODULE: ./src/checks/provenance-coverage/run.ts



const CONTROL = 'provenance-coverage';
/** Share of release artifacts whose content a bundle manifest or an attestation records. */
const runProvenanceCoverage = async (ctx) => {
    const facts = await gatherCoverage(ctx.facts, ctx.settings);
    return (0,report/* makeReport */.d)({
        control: CONTROL,
        subject: ctx.subject,
        generatedAt: new Date(ctx.effectiveTime).toISOString(),
        generator: CONTROL,
        checks: judgeCoverage(facts),
        facts: reportFacts(facts)
    });
};
/** The artifacts with their digests and what covers each; the files read. */
function reportFacts(f) {
    if (f.config === undefined)
        return undefined;
    const cov = coverage(f.artifacts, f.entries, f.subjects);
    return {
        threshold: f.config.threshold,
        artifacts: cov.map((x) => ({
            path: x.path,
            sha256: x.sha256 ?? null,
            covered_by: x.coveredBy
        })),
        manifests: f.manifestFiles,
        provenance: f.provenanceFiles,
        manifest_entries: f.entries.length,
        subjects: f.subjects.length
    };
}


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ makeReport)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3348);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5009);


/**
 * A `gonogo.report/v1` report whose status is the worst of its checks. A report with no checks
 * proves nothing, so it is `unverified`.
 */
function makeReport(o) {
    const checks = [...o.checks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const s = (0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .worstStatus */ .A4)(checks.map((c) => c.status));
    const status = checks.length === 0
        ? 'unverified'
        : s === 'passed' || s === 'failed' || s === 'unverified'
            ? s
            : 'failed';
    const count = (st) => checks.filter((c) => c.status === st).length;
    return {
        contract: _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_CONTRACT */ ._j,
        control: o.control,
        status,
        subject: o.subject,
        generated_at: o.generatedAt,
        generator: { name: `${_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_NAME */ .yM}/${o.generator}`, version: _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_VERSION */ .RO },
        summary: {
            checks: checks.length,
            passed: count('passed'),
            failed: count('failed'),
            unverified: count('unverified')
        },
        checks,
        ...(o.facts !== undefined ? { facts: o.facts } : {})
    };
}


/***/ }),

/***/ 9505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ip: () => (/* binding */ describeChar),
/* harmony export */   P8: () => (/* binding */ visibleLine),
/* harmony export */   wi: () => (/* binding */ nameInvisibles)
/* harmony export */ });
/**
 * Text as messages show it: characters a reader cannot see (controls, format characters such as
 * U+200B, separators, a byte-order mark) are named instead of printed. Pure.
 */
const CHAR_NAMES = {
    0x00: 'NUL',
    0x09: 'tab',
    0x0a: 'line feed',
    0x0d: 'carriage return',
    0x20: 'space',
    0x1b: 'escape',
    0x7f: 'delete',
    0xa0: 'no-break space',
    0xad: 'soft hyphen',
    0x034f: 'combining grapheme joiner',
    0x061c: 'Arabic letter mark',
    0x180e: 'Mongolian vowel separator',
    0x200b: 'zero width space',
    0x200c: 'zero width non-joiner',
    0x200d: 'zero width joiner',
    0x200e: 'left-to-right mark',
    0x200f: 'right-to-left mark',
    0x2028: 'line separator',
    0x2029: 'paragraph separator',
    0x202a: 'left-to-right embedding',
    0x202b: 'right-to-left embedding',
    0x202c: 'pop directional formatting',
    0x202d: 'left-to-right override',
    0x202e: 'right-to-left override',
    0x202f: 'narrow no-break space',
    0x2060: 'word joiner',
    0x2066: 'left-to-right isolate',
    0x2067: 'right-to-left isolate',
    0x2068: 'first strong isolate',
    0x2069: 'pop directional isolate',
    0x3000: 'ideographic space',
    0xfeff: 'byte-order mark',
    0xfffd: 'replacement character (bytes that were not valid text)',
    0xfffe: 'noncharacter (a byte-swapped byte-order mark?)',
    0xffff: 'noncharacter'
};
/**
 * A character as messages show it: `U+FEFF byte-order mark`, `U+0000 NUL`, `U+001F control
 * character`, `"x"` for a visible one.
 *
 * @param cp a Unicode code point (or a lone UTF-16 surrogate)
 */
function describeChar(cp) {
    const u = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    const name = CHAR_NAMES[cp];
    if (name)
        return `${u} ${name}`;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
        return `${u} control character`;
    if (cp >= 0xd800 && cp <= 0xdfff)
        return `${u} unpaired surrogate`;
    if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000)
        return `${u} private-use character`;
    if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe)
        return `${u} noncharacter`;
    const ch = String.fromCodePoint(cp);
    if (INVISIBLE.test(ch))
        return `${u} invisible character`;
    return `"${ch}" (${u})`;
}
/** Characters a reader cannot see: controls (but tab and line breaks), format, separators, … */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex -- naming control characters is the point
/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u00A0\u00AD\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Zs}\uFFFD\uFFFE\uFFFF]/u;
const INVISIBLES = new RegExp(INVISIBLE.source, 'gu');
/**
 * `text` with every invisible character (other than space, tab and line breaks) replaced by its
 * name in brackets, e.g. `a[U+200B zero width space]b`. Idempotent.
 */
function nameInvisibles(text) {
    return text.replace(INVISIBLES, (ch) => ch === ' ' ? ch : `[${describeChar(ch.codePointAt(0) ?? 0)}]`);
}
/**
 * `text` on one line, with every invisible character named and line breaks and tabs named too
 * (`@team[U+000A line feed]x`): for values a policy or report supplies (owners, reasons, paths)
 * shown inside a one-line message.
 */
function visibleLine(text) {
    return nameInvisibles(text).replace(/[\t\n\r]/g, (ch) => `[${describeChar(ch.codePointAt(0) ?? 0)}]`);
}


/***/ }),

/***/ 9281:
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
/* harmony import */ var _json_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1639);
/* harmony import */ var _core_visible_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9505);



function invalid(file, why) {
    return { status: 'invalid', message: `${file}: ${why}`, findings: [], summary: {} };
}
function stale(file, reportSha, sha) {
    // Ids that share their first 12 digits (a SHA-256 id and a SHA-1 one) are shown whole.
    const same = reportSha.slice(0, 12).toLowerCase() === sha.slice(0, 12).toLowerCase();
    const [a, b] = same ? [reportSha, sha] : [reportSha.slice(0, 12), sha.slice(0, 12)];
    return {
        status: 'stale',
        message: `${file}: report is about commit ${a}, but the gate checks ${b}; regenerate it for this commit`,
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
 * @param what what the file is, for the messages ('report'; 'plan' for an org plan)
 */
function parseJson(text, file, maxDepth = Number.POSITIVE_INFINITY, what = 'report') {
    if (text.includes('\u0000'))
        return { ok: false, verdict: invalid(file, 'binary data, not JSON') };
    const parsed = (0,_json_error_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoundedJson */ .Rj)(text, maxDepth);
    if (!parsed.ok)
        return { ok: false, verdict: invalid(file, parsed.message) };
    const dup = (0,_json_error_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonDuplicateKey */ .DY)(text, parsed.value);
    if (dup)
        return {
            ok: false,
            verdict: invalid(file, `key ${JSON.stringify((0,_core_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .nameInvisibles */ .wi)(dup.key).slice(0, 60))} is written twice in one object (line ${dup.line}, column ${dup.column}); JSON readers disagree on which one counts, so the ${what} is refused: write each key once`)
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
