export const id = 6922;
export const ids = [6922];
export const modules = {

/***/ 7172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ annotationValue),
/* harmony export */   SO: () => (/* binding */ testedPackage),
/* harmony export */   X_: () => (/* binding */ scanRego),
/* harmony export */   fZ: () => (/* binding */ isTestModule),
/* harmony export */   oZ: () => (/* binding */ packageName),
/* harmony export */   vM: () => (/* binding */ isSet)
/* harmony export */ });
/* unused harmony export parseRef */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

const KEYWORDS = new Set(['package', 'import', 'else', 'not', 'some', 'every', 'with', 'as', 'in']);
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;
const DATA_REF = /(?<![A-Za-z0-9_.])data((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g;
/** Reads a Rego module as far as governance needs it. */
function scanRego(text) {
    const lines = text.split(/\r?\n/);
    const mod = { metadata: [], rules: [], dataRefs: [] };
    const refs = new Set();
    let depth = 0;
    let inRaw = false;
    let pending;
    let openBlock;
    const closeBlock = (nextStatement) => {
        if (!openBlock)
            return;
        mod.metadata.push(readMetadata(openBlock.start, openBlock.body, nextStatement));
        openBlock = undefined;
    };
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i] ?? '';
        const lineNo = i + 1;
        const atTop = depth === 0 && !inRaw;
        if (atTop) {
            const trimmed = raw.trim();
            if (pending) {
                if (trimmed.startsWith('#')) {
                    pending.body.push(trimmed.replace(/^#\s?/, ''));
                    continue;
                }
                openBlock = pending;
                pending = undefined;
            }
            if (/^#\s*METADATA\s*$/.test(trimmed)) {
                closeBlock(undefined);
                pending = { start: lineNo, body: [] };
                continue;
            }
            // Blank lines and other comments between a block and its statement keep the block open.
            if (trimmed === '' || trimmed.startsWith('#'))
                continue;
            const head = /^package\b/.test(trimmed) ? 'package' : 'rule';
            closeBlock(head);
            if (head === 'package')
                readPackage(trimmed, lineNo, mod);
            else if (raw === raw.trimStart())
                readRuleHead(raw, lineNo, mod);
        }
        // Track nesting over the rest of the line (strings and comments skipped).
        const r = scanLine(raw, depth, inRaw);
        depth = r.depth;
        inRaw = r.inRaw;
        if (r.code.includes('data.'))
            for (const m of r.code.matchAll(DATA_REF))
                refs.add(m[1]?.slice(1) ?? '');
    }
    if (pending)
        openBlock = pending;
    closeBlock(undefined);
    mod.dataRefs = [...refs]
        .filter((r) => r !== '')
        .sort()
        .map((r) => r.split('.'));
    return mod;
}
function scanLine(line, depth, inRaw) {
    let d = depth;
    let raw = inRaw;
    let code = '';
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (raw) {
            if (c === '`')
                raw = false;
            continue;
        }
        if (c === '#')
            break;
        if (c === '`') {
            raw = true;
            code += ' ';
        }
        else if (c === '"') {
            for (i++; i < line.length && line[i] !== '"'; i++)
                if (line[i] === '\\')
                    i++;
            code += ' ';
        }
        else {
            if (c === '{' || c === '[' || c === '(')
                d++;
            else if (c === '}' || c === ']' || c === ')')
                d = Math.max(0, d - 1);
            code += c;
        }
    }
    return { depth: d, inRaw: raw, code };
}
function readPackage(statement, line, mod) {
    if (mod.package !== undefined || mod.packageError !== undefined) {
        mod.packageError = { line, message: 'a second package statement' };
        return;
    }
    const ref = statement
        .replace(/^package\s*/, '')
        .replace(/#.*$/, '')
        .trim();
    const segs = parseRef(ref);
    if (!segs) {
        mod.packageError = { line, message: `cannot read the package name '${ref.slice(0, 80)}'` };
        return;
    }
    mod.package = segs;
    mod.packageLine = line;
}
/** `a.b["c-d"].e` → [a, b, c-d, e]; undefined for anything else. */
function parseRef(ref) {
    const segs = [];
    let rest = ref;
    const first = IDENT.exec(rest);
    if (!first)
        return undefined;
    segs.push(first[0]);
    rest = rest.slice(first[0].length);
    while (rest.length > 0) {
        if (rest.startsWith('.')) {
            const m = IDENT.exec(rest.slice(1));
            if (!m)
                return undefined;
            segs.push(m[0]);
            rest = rest.slice(1 + m[0].length);
        }
        else {
            const m = /^\[\s*"((?:[^"\\]|\\.)*)"\s*\]/.exec(rest);
            if (!m)
                return undefined;
            segs.push(JSON.parse(`"${m[1] ?? ''}"`));
            rest = rest.slice(m[0].length);
        }
    }
    return segs;
}
function readRuleHead(line, lineNo, mod) {
    let s = line;
    const def = /^default\s+/.exec(s);
    if (def)
        s = s.slice(def[0].length);
    const m = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(s);
    if (!m)
        return;
    const name = m[0];
    if (KEYWORDS.has(name.split('.')[0] ?? ''))
        return;
    const after = s.slice(name.length).trimStart();
    // A rule head continues with a body, an assignment, `if`, `contains`, arguments or a key.
    if (!/^($|\{|:=|=|\(|\[|if\b|contains\b)/.test(after))
        return;
    mod.rules.push({ name, line: lineNo });
}
function readMetadata(start, body, next) {
    const text = body.join('\n');
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: counter, prettyErrors: false });
    const keyLines = {};
    const error = doc.errors[0];
    if (error) {
        const pos = counter.linePos(error.pos[0]);
        return {
            line: start,
            scope: next === 'package' ? 'package' : 'rule',
            error: {
                line: start + pos.line,
                message: error.message.split('\n')[0] ?? 'invalid YAML'
            },
            keyLines
        };
    }
    const value = doc.toJS();
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents)) {
        for (const item of doc.contents.items) {
            const k = item.key;
            if (k && typeof k.value === 'string' && k.range)
                keyLines[k.value] = start + counter.linePos(k.range[0]).line;
        }
    }
    if (value !== null &&
        value !== undefined &&
        (typeof value !== 'object' || Array.isArray(value))) {
        return {
            line: start,
            scope: next === 'package' ? 'package' : 'rule',
            error: { line: start + 1, message: 'the METADATA block is not a YAML mapping' },
            keyLines
        };
    }
    const obj = (value ?? {});
    const declared = obj.scope;
    const scope = declared === 'package' ||
        declared === 'subpackages' ||
        declared === 'rule' ||
        declared === 'document'
        ? declared
        : next === 'package'
            ? 'package'
            : 'rule';
    return { line: start, scope, value: obj, keyLines };
}
/** The value at a dotted key (`custom.owner`) of a METADATA block, or undefined. */
function annotationValue(block, dotted) {
    let v = block.value;
    for (const k of dotted.split('.')) {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            return undefined;
        v = Object.hasOwn(v, k) ? v[k] : undefined;
    }
    return v;
}
/** A value counts as set when it is not empty: no null, '', [] or {}. */
function isSet(v) {
    if (v === undefined || v === null)
        return false;
    if (typeof v === 'string')
        return v.trim() !== '';
    if (Array.isArray(v))
        return v.length > 0;
    if (typeof v === 'object')
        return Object.keys(v).length > 0;
    return true;
}
/** True for a test module: `*_test.rego`, a package ending in `_test`, or `test_` rules. */
function isTestModule(file, mod) {
    if (file.endsWith('_test.rego'))
        return true;
    const last = mod.package?.at(-1);
    if (last?.endsWith('_test'))
        return true;
    return mod.rules.some((r) => r.name.startsWith('test_'));
}
/** The package a test module tests by its name: its own, without a `_test` suffix or `.test` segment. */
function testedPackage(pkg) {
    const last = pkg.at(-1) ?? '';
    if ((last === 'test' || last === 'tests') && pkg.length > 1)
        return [...pkg.slice(0, -1)];
    if (last.endsWith('_test') && last.length > '_test'.length)
        return [...pkg.slice(0, -1), last.slice(0, -'_test'.length)];
    return [...pkg];
}
/** `a.b["c-d"]` for messages. */
function packageName(segs) {
    return segs
        .map((s, i) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? (i === 0 ? s : `.${s}`) : `["${s}"]`))
        .join('');
}


/***/ }),

/***/ 6922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONTROL: () => (/* binding */ CONTROL),
  policyBundleCheck: () => (/* binding */ policyBundleCheck),
  runPolicyBundle: () => (/* binding */ runPolicyBundle)
});

// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/core/map-limit.ts
var map_limit = __webpack_require__(3075);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/parsers/verdict.ts
var verdict = __webpack_require__(9281);
;// CONCATENATED MODULE: ./src/checks/policy-bundle/facts.ts
/** What the gatherer observed about the declared bundles: plain data, no I/O handles. */
/** Data files OPA loads from a bundle. */
const DATA_FILE = /(^|\/)data\.(json|ya?ml)$/;
/** Files whose change makes a new bundle revision: modules, data, compiled Wasm. */
function isPolicyFile(file) {
    return file.endsWith('.rego') || DATA_FILE.test(file) || file.endsWith('.wasm');
}

// EXTERNAL MODULE: ./src/parsers/json-error.ts
var json_error = __webpack_require__(1639);
// EXTERNAL MODULE: ./src/checks/policy-bundle/rego.ts
var rego = __webpack_require__(7172);
;// CONCATENATED MODULE: ./src/checks/policy-bundle/gather.ts






const FETCH_DEPTH_UNLOCK = 'the base branch and its history in the checkout: actions/checkout with fetch-depth: 0';
const READ_CONCURRENCY = 32;
/**
 * Reads each bundle through the facts: its files (`facts.files`), the base branch's version of
 * what changed (`facts.git`) and `opa test` (`facts.files.opaTest`). Never throws; what cannot be
 * read is a fact the judge reports.
 */
async function gatherPolicyBundle(facts, settings, opts = {}) {
    const bundles = [];
    for (const b of settings.bundles)
        bundles.push(await gatherBundle(facts, b, settings, opts));
    return { bundles };
}
async function dirProblem(files, p) {
    const k = await files.kind(p);
    switch (k.kind) {
        case 'outside':
            return {
                message: `${p}: path is outside the workspace`,
                remediation: 'declare the bundle folder relative to the repository root'
            };
        case 'link-out':
            return {
                message: `${k.rel}: symbolic link that leads outside the workspace`,
                remediation: 'keep the bundle inside the repository; do not link to folders outside it'
            };
        case 'missing':
            return {
                message: `${k.rel}: bundle folder not found`,
                remediation: `create the bundle at ${k.rel} or fix checks.policy-bundle.bundles[].path`
            };
        case 'dir':
            return undefined;
        default:
            return {
                message: `${k.rel}: not a folder`,
                remediation: 'declare the bundle root folder (the one that holds .manifest)'
            };
    }
}
async function gatherBundle({ files: repo, git }, b, settings, opts) {
    const empty = {
        path: b.path,
        manifest: { ok: false, missing: true, message: `${b.path}/.manifest: not read` },
        modules: [],
        dataFiles: [],
        unreadable: [],
        truncated: false,
        base: { kind: 'unavailable', message: 'the bundle folder could not be read', unlock: '' },
        opa: { kind: 'skipped', message: 'the bundle folder could not be read', remediation: '' }
    };
    const problem = await dirProblem(repo, b.path);
    if (problem)
        return { ...empty, dirProblem: problem };
    const root = b.path === '.' ? '' : `${b.path}/`;
    const manifestPath = `${root}.manifest`;
    const m = await repo.readText(manifestPath, settings.maxFileBytes, '(checks.policy-bundle.max_file_bytes)');
    const manifest = m.ok
        ? { ok: true, text: m.text }
        : { ok: false, missing: m.reason === 'missing', message: m.message };
    const g = await repo.glob(`${root}**/{*.rego,data.json,data.yaml,data.yml}`, settings.maxFiles);
    if (!g.ok)
        return {
            ...empty,
            dirProblem: { message: g.message, remediation: 'keep the bundle inside the repository' }
        };
    const { files, truncated } = g;
    const modules = [];
    const dataFiles = [];
    const unreadable = [];
    const read = await (0,map_limit/* mapLimit */.s)(files, READ_CONCURRENCY, async (file) => ({
        file,
        r: await repo.readText(file, settings.maxFileBytes, '(checks.policy-bundle.max_file_bytes)')
    }));
    for (const { file, r } of read) {
        if (!r.ok) {
            unreadable.push({ file, message: r.message });
            continue;
        }
        if (r.text.includes('\u0000')) {
            unreadable.push({
                file,
                message: `${file}: binary data, not ${file.endsWith('.rego') ? 'Rego' : 'a data file'}`
            });
            continue;
        }
        if (file.endsWith('.rego'))
            modules.push({ file, mod: (0,rego/* scanRego */.X_)(r.text) });
        else
            dataFiles.push(parseData(file, r.text));
    }
    const base = await gatherBase(git, b, opts.baseRef ?? settings.baseRef);
    const opa = await runOpa(repo, b, settings, opts.opa ?? 'opa', { modules, unreadable, truncated });
    return { path: b.path, manifest, modules, dataFiles, unreadable, truncated, base, opa };
}
/** Parses a data file; JSON and YAML errors come back with their line. */
function parseData(file, text) {
    if (file.endsWith('.json')) {
        const r = (0,json_error/* parseJsonAt */.bq)(text);
        if (r.ok)
            return { file };
        return { file, error: { message: r.message, ...(r.line ? { line: r.line } : {}) } };
    }
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    const err = doc.errors[0];
    if (err) {
        const line = lc.linePos(err.pos[0]).line;
        return {
            file,
            error: {
                message: `not valid YAML${line ? ` at line ${line}` : ''} (${err.message.split('\n')[0]?.slice(0, 160) ?? ''})`,
                ...(line ? { line } : {})
            }
        };
    }
    const v = doc.toJS({ maxAliasCount: 1000 });
    if (v !== null && v !== undefined && !(0,verdict/* isRecord */.u4)(v))
        return { file, error: { message: 'a data file must hold an object at the top', line: 1 } };
    return { file };
}
function baseCandidates(ref) {
    if (!ref)
        return ['origin/main', 'main'];
    const r = ref.replace(/^refs\/heads\//, '');
    if (r.startsWith('origin/') || r.startsWith('refs/'))
        return [r];
    return [r, `origin/${r}`];
}
async function gatherBase(git, b, ref) {
    const state = await git.state();
    if (!state.ok)
        return {
            kind: 'unavailable',
            message: state.message,
            unlock: state.reason === 'no-git'
                ? 'git on PATH'
                : state.reason === 'timeout'
                    ? 'a faster checkout (git timed out)'
                    : `a git checkout of the repository (${FETCH_DEPTH_UNLOCK})`
        };
    const candidates = baseCandidates(ref);
    const base = await git.resolveCommit(candidates);
    if (!base)
        return {
            kind: 'unavailable',
            message: `the base ref ${candidates.map((c) => `'${c}'`).join(' or ')} is not in the checkout${state.shallow ? ' (the clone is shallow)' : ''}`,
            unlock: FETCH_DEPTH_UNLOCK
        };
    const mb = await git.mergeBase(base.sha, 'HEAD');
    if (!mb.ok)
        return {
            kind: 'unavailable',
            message: `no common history between HEAD and '${base.ref}'${state.shallow ? ' (the clone is shallow)' : ''}`,
            unlock: FETCH_DEPTH_UNLOCK
        };
    const mergeBase = mb.sha;
    const diff = await git.changedFiles(mergeBase, 'HEAD', b.path);
    if (!diff.ok)
        return { kind: 'unavailable', message: diff.message, unlock: FETCH_DEPTH_UNLOCK };
    const changed = diff.changes.filter((c) => isPolicyFile(c.file));
    changed.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
    const root = b.path === '.' ? '' : `${b.path}/`;
    const wanted = [
        `${root}.manifest`,
        ...changed.filter((c) => c.status !== 'added' && c.file.endsWith('.rego')).map((c) => c.file)
    ];
    const atBase = await git.readAt(mergeBase, wanted.map((f) => `${state.prefix}${f}`));
    if (!atBase.ok)
        return { kind: 'unavailable', message: atBase.message, unlock: 'git on PATH' };
    const baseModules = [];
    for (const f of wanted.slice(1)) {
        const buf = atBase.files.get(`${state.prefix}${f}`);
        if (buf && !buf.includes(0))
            baseModules.push({ file: f, mod: (0,rego/* scanRego */.X_)(utf8(buf)) });
    }
    const manifestBuf = atBase.files.get(`${state.prefix}${wanted[0] ?? ''}`);
    return {
        kind: 'compared',
        ref: base.ref,
        sha: base.sha,
        changed,
        ...(manifestBuf ? { baseManifest: utf8(manifestBuf) } : {}),
        baseModules
    };
}
async function runOpa(files, b, settings, opa, seen) {
    if (seen.unreadable.length > 0 || seen.truncated)
        return {
            kind: 'skipped',
            message: `not run: ${seen.truncated ? 'the bundle has more files than checks.policy-bundle.max_files' : `${seen.unreadable.length} file(s) could not be read safely (see the files finding)`}`,
            remediation: 'fix the files finding first; opa must not read files from outside the workspace'
        };
    if (seen.modules.length === 0)
        return {
            kind: 'skipped',
            message: 'not run: the bundle has no .rego modules',
            remediation: 'add the policy modules and their tests to the bundle'
        };
    const r = await files.opaTest(b.path, { opa, timeoutMs: settings.opaTimeoutMs });
    if (r.kind !== 'ran')
        return r;
    const parsed = parseCoverage(r.stdout, files);
    return {
        kind: 'ran',
        exitCode: r.exitCode,
        ...(parsed.coverage !== undefined ? { coverage: parsed.coverage } : {}),
        lowest: parsed.lowest,
        stderr: r.stderr.split('\n').slice(0, 20).join('\n').trim().slice(0, 4000)
    };
}
/** Bytes as UTF-8 text. */
function utf8(b) {
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
}
/** Reads `opa test --coverage --format=json` output: overall and per-file coverage. */
function parseCoverage(stdout, files) {
    let doc;
    try {
        doc = JSON.parse(stdout);
    }
    catch {
        return { lowest: [] };
    }
    if (!(0,verdict/* isRecord */.u4)(doc))
        return { lowest: [] };
    const coverage = typeof doc.coverage === 'number' && Number.isFinite(doc.coverage) ? doc.coverage : undefined;
    const lowest = [];
    if ((0,verdict/* isRecord */.u4)(doc.files)) {
        for (const [f, v] of Object.entries(doc.files)) {
            if (!(0,verdict/* isRecord */.u4)(v) || typeof v.coverage !== 'number')
                continue;
            const rel = files.relative(f) ?? f;
            lowest.push({ file: rel, coverage: v.coverage });
        }
    }
    lowest.sort((a, b) => a.coverage - b.coverage || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { ...(coverage !== undefined ? { coverage } : {}), lowest: lowest.slice(0, 5) };
}

;// CONCATENATED MODULE: ./src/checks/policy-bundle/manifest.ts


const KNOWN_KEYS = new Set([
    'revision',
    'roots',
    'metadata',
    'rego_version',
    'file_rego_versions',
    'wasm'
]);
/** Line of a top-level key's first mention (`"revision":`), for locations. */
function keyLines(text) {
    const out = {};
    const re = /"([A-Za-z_]+)"\s*:/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const k = m[1] ?? '';
        if (KNOWN_KEYS.has(k) && out[k] === undefined)
            out[k] = (0,verdict/* lineColumn */.rv)(text, m.index).line;
    }
    return out;
}
function readManifest(text) {
    const lines = keyLines(text);
    if (text.includes('\u0000'))
        return { ok: false, problems: [{ message: 'binary data, not a JSON manifest' }], lines };
    const parsed = (0,json_error/* parseJsonAt */.bq)(text);
    if (!parsed.ok)
        return {
            ok: false,
            problems: [{ message: parsed.message, ...(parsed.line ? { line: parsed.line } : {}) }],
            lines
        };
    const value = parsed.value;
    if (!(0,verdict/* isRecord */.u4)(value))
        return {
            ok: false,
            problems: [{ message: 'the manifest is not a JSON object', line: 1 }],
            lines
        };
    const problems = [];
    const at = (k) => (lines[k] !== undefined ? { line: lines[k] } : {});
    for (const k of Object.keys(value).sort()) {
        if (!KNOWN_KEYS.has(k))
            problems.push({
                message: `unknown key '${k}' (OPA ignores it; the manifest keys are ${[...KNOWN_KEYS].join(', ')})`
            });
    }
    const revision = value.revision;
    if (revision === undefined)
        problems.push({ message: "missing 'revision'", line: 1 });
    else if (typeof revision !== 'string')
        problems.push({ message: "'revision' must be a string", ...at('revision') });
    else if (revision.trim() === '')
        problems.push({ message: "'revision' is empty", ...at('revision') });
    let roots = [''];
    const rootsDeclared = value.roots !== undefined;
    if (rootsDeclared) {
        if (!Array.isArray(value.roots) || value.roots.some((r) => typeof r !== 'string'))
            problems.push({ message: "'roots' must be an array of strings", ...at('roots') });
        else
            roots = value.roots.map(normaliseRoot);
    }
    if (value.metadata !== undefined && !(0,verdict/* isRecord */.u4)(value.metadata))
        problems.push({ message: "'metadata' must be an object", ...at('metadata') });
    const rv = value.rego_version;
    if (rv !== undefined && rv !== 0 && rv !== 1)
        problems.push({ message: "'rego_version' must be 0 or 1", ...at('rego_version') });
    const frv = value.file_rego_versions;
    if (frv !== undefined) {
        if (!(0,verdict/* isRecord */.u4)(frv) || Object.values(frv).some((v) => v !== 0 && v !== 1))
            problems.push({
                message: "'file_rego_versions' must map file globs to 0 or 1",
                ...at('file_rego_versions')
            });
    }
    if (value.wasm !== undefined) {
        if (!Array.isArray(value.wasm))
            problems.push({ message: "'wasm' must be an array", ...at('wasm') });
        else
            value.wasm.forEach((w, i) => {
                if (!(0,verdict/* isRecord */.u4)(w) ||
                    typeof w.entrypoint !== 'string' ||
                    typeof w.module !== 'string' ||
                    (w.annotations !== undefined &&
                        (!Array.isArray(w.annotations) || !w.annotations.every(verdict/* isRecord */.u4))))
                    problems.push({
                        message: `'wasm[${i}]' must be an object with string 'entrypoint' and 'module' (and optional 'annotations' objects)`,
                        ...at('wasm')
                    });
            });
    }
    if (problems.length > 0)
        return {
            ok: false,
            problems,
            lines,
            ...(typeof revision === 'string' ? { revision } : {})
        };
    return {
        ok: true,
        manifest: {
            revision: revision,
            roots,
            rootsDeclared,
            metadata: (0,verdict/* isRecord */.u4)(value.metadata) ? value.metadata : {},
            ...(typeof rv === 'number' ? { regoVersion: rv } : {})
        },
        lines
    };
}
function normaliseRoot(r) {
    return r.replace(/^\/+|\/+$/g, '');
}
/** OPA's rule: two roots overlap when one's path segments start the other's ('' is everything). */
function rootsOverlap(a, b) {
    if (a === '' || b === '')
        return true;
    const sa = a.split('/');
    const sb = b.split('/');
    const n = Math.min(sa.length, sb.length);
    for (let i = 0; i < n; i++)
        if (sa[i] !== sb[i])
            return false;
    return true;
}
function overlappingPairs(roots) {
    const out = [];
    for (let i = 0; i < roots.length; i++)
        for (let j = i + 1; j < roots.length; j++) {
            const a = roots[i];
            const b = roots[j];
            if (rootsOverlap(a, b))
                out.push([a, b]);
        }
    return out;
}
/** Whether a data path (`a/b/c`) lies inside one of the roots. */
function insideRoots(pathSegs, roots) {
    const p = pathSegs.join('/');
    return roots.some((r) => r === '' || p === r || p.startsWith(`${r}/`));
}

;// CONCATENATED MODULE: ./src/checks/policy-bundle/semver.ts
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
function parseSemver(s) {
    const m = SEMVER.exec(s.trim());
    if (!m)
        return undefined;
    return {
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3]),
        prerelease: m[4] ? m[4].split('.') : []
    };
}
/** Semver precedence: negative when a < b, 0 when equal (build metadata ignored). */
function compareSemver(a, b) {
    const d = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (d !== 0)
        return d;
    if (a.prerelease.length === 0 || b.prerelease.length === 0)
        return b.prerelease.length - a.prerelease.length;
    for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
        const x = a.prerelease[i];
        const y = b.prerelease[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const nx = /^\d+$/.test(x);
        const ny = /^\d+$/.test(y);
        if (nx && ny) {
            const c = Number(x) - Number(y);
            if (c !== 0)
                return c;
        }
        else if (nx !== ny)
            return nx ? -1 : 1;
        else if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** The level of an increase from `a` to `b`: the first of major, minor, patch that differs. */
function bumpLevel(a, b) {
    if (a.major !== b.major)
        return 'major';
    if (a.minor !== b.minor)
        return 'minor';
    return 'patch';
}

;// CONCATENATED MODULE: ./src/checks/policy-bundle/judge.ts




/** Findings listed one by one per bundle and kind; the rest are counted in one more check. */
const MAX_FINDINGS_PER_KIND = 50;
const SETUP_OPA = 'opa on PATH: add `uses: open-policy-agent/setup-opa@v2` before this step';
/** Collects the findings of one kind for one bundle and turns them into checks. */
class Kind {
    bundle;
    name;
    findings = [];
    constructor(bundle, name) {
        this.bundle = bundle;
        this.name = name;
    }
    add(f) {
        this.findings.push(f);
    }
    checks(passMessage, passFile) {
        const id = `${this.bundle}:${this.name}`;
        if (this.findings.length === 0)
            return [
                {
                    id,
                    status: 'passed',
                    message: passMessage,
                    ...(passFile ? { location: { file: passFile } } : {})
                }
            ];
        const seen = new Map();
        const sorted = [...this.findings].sort((a, b) => (a.status === 'failed' ? 0 : 1) - (b.status === 'failed' ? 0 : 1) ||
            cmp(a.file ?? '', b.file ?? '') ||
            (a.line ?? 0) - (b.line ?? 0) ||
            cmp(a.key, b.key));
        const out = sorted.slice(0, MAX_FINDINGS_PER_KIND).map((f) => {
            let fid = `${id}:${f.key}`;
            const n = (seen.get(fid) ?? 0) + 1;
            seen.set(fid, n);
            if (n > 1)
                fid = `${fid}#${n}`;
            return {
                id: fid,
                status: f.status,
                message: f.message,
                ...(f.file ? { location: f.line ? { file: f.file, line: f.line } : { file: f.file } } : {}),
                remediation: f.remediation,
                ...(f.unlock ? { unlock: f.unlock } : {})
            };
        });
        const rest = sorted.slice(MAX_FINDINGS_PER_KIND);
        if (rest.length > 0) {
            const failed = rest.some((f) => f.status === 'failed');
            out.push({
                id: `${id}:more`,
                status: failed ? 'failed' : 'unverified',
                message: `${rest.length} more ${this.name} finding(s) in ${this.bundle} not listed (first: ${rest[0]?.message ?? ''})`,
                location: { file: this.bundle },
                remediation: 'fix the findings listed above and run the check again to see the rest',
                ...(failed ? {} : { unlock: rest[0]?.unlock ?? 'see the findings listed above' })
            });
        }
        return out;
    }
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const pkgKey = (segs) => (0,rego/* packageName */.oZ)(segs);
/** Turns the gathered facts into report checks. Pure. */
function judgePolicyBundle(facts, settings) {
    if (settings.bundles.length === 0)
        return [
            {
                id: 'settings',
                status: 'unverified',
                message: 'no OPA bundles declared: checks.policy-bundle.bundles is empty or missing',
                location: { file: '.github/gonogo.yml' },
                remediation: 'declare the bundle folders under checks.policy-bundle.bundles, e.g. `bundles: [{ path: policies/authz }]`',
                unlock: 'checks.policy-bundle.bundles in the policy file'
            }
        ];
    const manifests = new Map();
    for (const b of facts.bundles) {
        if (b.dirProblem || !b.manifest.ok)
            continue;
        const r = readManifest(b.manifest.text);
        if (r.ok)
            manifests.set(b.path, r.manifest);
    }
    const out = [];
    for (const b of facts.bundles) {
        const s = settings.bundles.find((x) => x.path === b.path);
        if (s)
            out.push(...judgeBundle(b, s, manifests));
    }
    return out;
}
function judgeBundle(b, s, manifests) {
    const root = b.path === '.' ? '' : `${b.path}/`;
    const manifestFile = `${root}.manifest`;
    if (b.dirProblem)
        return [
            {
                id: `${b.path}:folder`,
                status: 'failed',
                message: b.dirProblem.message,
                location: { file: b.path },
                remediation: b.dirProblem.remediation
            }
        ];
    const out = [];
    // manifest
    const mk = new Kind(b.path, 'manifest');
    let manifest;
    let revisionLine;
    let rootsLine;
    if (!b.manifest.ok) {
        mk.add({
            key: '.manifest',
            status: 'failed',
            message: b.manifest.missing ? `${manifestFile}: no bundle manifest` : `${b.manifest.message}`,
            file: manifestFile,
            remediation: `add ${manifestFile}: a JSON object with "revision" (required) and "roots", e.g. {"revision": "1.0.0", "roots": ["${b.path.split('/').at(-1) ?? 'policy'}"]}`
        });
    }
    else {
        const r = readManifest(b.manifest.text);
        revisionLine = r.lines.revision;
        rootsLine = r.lines.roots;
        if (r.ok)
            manifest = r.manifest;
        else
            for (const p of r.problems)
                mk.add({
                    key: p.line ? `line ${p.line}` : '.manifest',
                    status: 'failed',
                    message: `${manifestFile}: ${p.message}`,
                    file: manifestFile,
                    ...(p.line ? { line: p.line } : {}),
                    remediation: 'make .manifest match OPA\'s bundle manifest: "revision" (string, required), "roots" (array of strings), "metadata" (object), "rego_version" (0 or 1), "wasm" ([{"entrypoint", "module"}])'
                });
    }
    out.push(...mk.checks(manifest
        ? `${manifestFile}: revision '${manifest.revision}', roots ${fmtRoots(manifest.roots)}`
        : '', manifestFile));
    // files that could not be read
    const fk = new Kind(b.path, 'files');
    for (const u of b.unreadable)
        fk.add({
            key: u.file,
            status: 'failed',
            message: u.message,
            file: u.file,
            remediation: u.message.includes('outside the workspace')
                ? 'replace the link with the file itself; bundle files must live inside the repository'
                : u.message.includes('binary')
                    ? 'remove the binary file or give it another extension; .rego and data files are text'
                    : u.message.includes('limit')
                        ? 'split the file or raise checks.policy-bundle.max_file_bytes'
                        : 'make the file readable (permissions) or remove it'
        });
    if (b.truncated)
        fk.add({
            key: 'limit',
            status: 'failed',
            message: `${b.path}: more .rego and data files than checks.policy-bundle.max_files; the rest were not checked`,
            file: b.path,
            remediation: 'split the bundle or raise checks.policy-bundle.max_files'
        });
    out.push(...fk.checks(`${b.modules.length} module(s) and ${b.dataFiles.length} data file(s) read`, b.path));
    // roots
    const rk = new Kind(b.path, 'roots');
    if (manifest) {
        for (const [x, y] of overlappingPairs(manifest.roots))
            rk.add({
                key: `${x}|${y}`,
                status: 'failed',
                message: `${manifestFile}: roots '${x}' and '${y}' overlap (one contains the other); OPA refuses the bundle`,
                file: manifestFile,
                ...(rootsLine ? { line: rootsLine } : {}),
                remediation: 'keep only the outer root, or make the roots disjoint paths'
            });
        for (const [other, om] of [...manifests].sort((p, q) => cmp(p[0], q[0]))) {
            if (other === b.path)
                continue;
            for (const x of manifest.roots)
                for (const y of om.roots)
                    if (rootsOverlap(x, y))
                        rk.add({
                            key: `${other}:${x}|${y}`,
                            status: 'failed',
                            message: `${manifestFile}: root ${x === '' ? "'' (the whole data tree, as no roots are declared)" : `'${x}'`} overlaps root ${y === '' ? "'' (the whole data tree)" : `'${y}'`} of bundle ${other}; OPA cannot activate both`,
                            file: manifestFile,
                            ...(rootsLine ? { line: rootsLine } : {}),
                            remediation: `give each bundle its own disjoint roots in .manifest${manifest.rootsDeclared ? '' : ' (declare "roots": a bundle without them owns the whole data tree)'}`
                        });
        }
        out.push(...rk.checks(`roots ${fmtRoots(manifest.roots)} do not overlap`, manifestFile));
    }
    else
        out.push(notJudged(b.path, 'roots', manifestFile));
    // packages inside the roots
    const pk = new Kind(b.path, 'packages');
    for (const m of b.modules) {
        if (m.mod.packageError)
            pk.add({
                key: m.file,
                status: 'failed',
                message: `${m.file}:${m.mod.packageError.line}: ${m.mod.packageError.message}`,
                file: m.file,
                line: m.mod.packageError.line,
                remediation: 'give the module exactly one `package a.b.c` statement'
            });
        else if (!m.mod.package)
            pk.add({
                key: m.file,
                status: 'failed',
                message: `${m.file}: no package statement`,
                file: m.file,
                line: 1,
                remediation: 'start the module with `package <name>` inside one of the bundle roots'
            });
        else if (manifest && !insideRoots(m.mod.package, manifest.roots))
            pk.add({
                key: m.file,
                status: 'failed',
                message: `${m.file}:${m.mod.packageLine ?? 1}: package ${(0,rego/* packageName */.oZ)(m.mod.package)} (data path ${m.mod.package.join('/')}) is outside the bundle roots ${fmtRoots(manifest.roots)}`,
                file: m.file,
                ...(m.mod.packageLine ? { line: m.mod.packageLine } : {}),
                remediation: `rename the package to lie under a root, or add '${m.mod.package.slice(0, -1).join('/') || m.mod.package.join('/')}' to "roots" in ${manifestFile}`
            });
    }
    if (b.modules.length === 0 && b.dataFiles.length === 0 && b.unreadable.length === 0)
        pk.add({
            key: 'empty',
            status: 'failed',
            message: `${b.path}: the bundle holds no .rego modules or data files`,
            file: b.path,
            remediation: 'add the policy modules to the bundle folder, or fix the declared path'
        });
    const packages = new Set(b.modules.filter((m) => m.mod.package).map((m) => pkgKey(m.mod.package ?? [])));
    if (manifest || pk.findings.length > 0)
        out.push(...pk.checks(`${b.modules.length} module(s) in ${packages.size} package(s), all inside roots ${fmtRoots(manifest?.roots ?? [])}`, b.path));
    else
        out.push(notJudged(b.path, 'packages', manifestFile));
    // tests
    if (s.requireTests)
        out.push(...judgeTests(b));
    // annotations
    out.push(...judgeAnnotations(b, s));
    // data files
    const dk = new Kind(b.path, 'data');
    for (const d of b.dataFiles) {
        if (d.error) {
            dk.add({
                key: d.file,
                status: 'failed',
                message: `${d.file}${d.error.line ? `:${d.error.line}` : ''}: ${d.error.message}`,
                file: d.file,
                ...(d.error.line ? { line: d.error.line } : {}),
                remediation: 'fix the syntax; OPA refuses a bundle whose data does not parse'
            });
            continue;
        }
        const dataPath = d.file
            .slice(root.length)
            .replace(DATA_FILE, '')
            .split('/')
            .filter((x) => x !== '');
        if (manifest && !insideRoots(dataPath, manifest.roots))
            dk.add({
                key: d.file,
                status: 'failed',
                message: `${d.file}: data path '${dataPath.join('/')}' is outside the bundle roots ${fmtRoots(manifest.roots)}`,
                file: d.file,
                remediation: `move the data file under a root folder, or add the root to "roots" in ${manifestFile}`
            });
    }
    out.push(...dk.checks(b.dataFiles.length === 0
        ? 'no data files'
        : `${b.dataFiles.length} data file(s) parse${manifest ? ' and lie inside the roots' : ''}`, b.path));
    out.push(...judgeRevision(b, s, manifest, revisionLine));
    out.push(judgeOpa(b, s, b.opa));
    return out;
}
function notJudged(bundle, kind, manifestFile) {
    return {
        id: `${bundle}:${kind}`,
        status: 'unverified',
        message: `${kind} not judged: ${manifestFile} is missing or invalid, so the roots are unknown`,
        location: { file: manifestFile },
        remediation: `fix ${manifestFile} (see the manifest finding)`,
        unlock: `a valid ${manifestFile}`
    };
}
function fmtRoots(roots) {
    return `[${roots.map((r) => `'${r}'`).join(', ')}]`;
}
function packageInfos(modules) {
    const pkgs = new Map();
    const testedKeys = new Set();
    for (const m of modules) {
        if (!m.mod.package)
            continue;
        const key = pkgKey(m.mod.package);
        const info = pkgs.get(key) ?? {
            key,
            segs: m.mod.package,
            modules: [],
            tested: false,
            hasPolicy: false
        };
        info.modules.push(m);
        if ((0,rego/* isTestModule */.fZ)(m.file, m.mod))
            testedKeys.add(pkgKey((0,rego/* testedPackage */.SO)(m.mod.package)));
        else
            info.hasPolicy = true;
        pkgs.set(key, info);
    }
    // A test module also tests the packages it refers to (`import data.authz`, `data.authz.allow`).
    for (const m of modules) {
        if (!m.mod.package || !(0,rego/* isTestModule */.fZ)(m.file, m.mod))
            continue;
        for (const ref of m.mod.dataRefs)
            for (let n = ref.length; n > 0; n--) {
                const k = pkgKey(ref.slice(0, n));
                if (pkgs.has(k)) {
                    testedKeys.add(k);
                    break;
                }
            }
    }
    for (const k of testedKeys) {
        const i = pkgs.get(k);
        if (i)
            i.tested = true;
    }
    return pkgs;
}
function judgeTests(b) {
    const tk = new Kind(b.path, 'tests');
    const pkgs = packageInfos(b.modules);
    let policyPkgs = 0;
    for (const p of [...pkgs.values()].sort((x, y) => cmp(x.key, y.key))) {
        if (!p.hasPolicy)
            continue;
        policyPkgs++;
        if (p.tested)
            continue;
        const first = p.modules.find((m) => !(0,rego/* isTestModule */.fZ)(m.file, m.mod)) ?? p.modules[0];
        const file = first?.file ?? b.path;
        const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
        const base = (file.split('/').at(-1) ?? 'policy.rego').replace(/\.rego$/, '');
        tk.add({
            key: p.key,
            status: 'failed',
            message: `package ${p.key} has no tests (no test_ rules in it, in a ${p.key}_test package, or in a test module that refers to data.${p.key})`,
            file,
            ...(first?.mod.packageLine ? { line: first.mod.packageLine } : {}),
            remediation: `add ${dir}/${base}_test.rego with \`package ${p.key}\` (inside the bundle roots) and test_ rules for it`
        });
    }
    const testModules = b.modules.filter((m) => (0,rego/* isTestModule */.fZ)(m.file, m.mod)).length;
    return tk.checks(`all ${policyPkgs} package(s) have tests (${testModules} test module(s))`, b.path);
}
function judgeAnnotations(b, s) {
    const ak = new Kind(b.path, 'annotations');
    let blocks = 0;
    for (const m of b.modules)
        for (const blk of m.mod.metadata) {
            blocks++;
            if (blk.error)
                ak.add({
                    key: `${m.file}:${blk.error.line}`,
                    status: 'failed',
                    message: `${m.file}:${blk.error.line}: the METADATA block does not parse: ${blk.error.message}`,
                    file: m.file,
                    line: blk.error.line,
                    remediation: 'write the block as YAML inside `# ` comments, one key per line, indented consistently'
                });
        }
    const pkgs = packageInfos(b.modules);
    const sorted = [...pkgs.values()].sort((x, y) => cmp(x.key, y.key));
    if (s.requireAnnotations.length > 0) {
        for (const p of sorted) {
            if (!p.hasPolicy)
                continue;
            const candidates = [];
            for (const m of p.modules)
                for (const blk of m.mod.metadata)
                    if (blk.scope === 'package')
                        candidates.push(blk);
            for (const q of sorted)
                if (q.segs.length <= p.segs.length && q.segs.every((x, i) => p.segs[i] === x))
                    for (const m of q.modules)
                        for (const blk of m.mod.metadata)
                            if (blk.scope === 'subpackages')
                                candidates.push(blk);
            const first = p.modules.find((m) => !(0,rego/* isTestModule */.fZ)(m.file, m.mod)) ?? p.modules[0];
            for (const key of s.requireAnnotations) {
                if (candidates.some((blk) => (0,rego/* isSet */.vM)((0,rego/* annotationValue */.Df)(blk, key))))
                    continue;
                ak.add({
                    key: `${p.key}:${key}`,
                    status: 'failed',
                    message: `package ${p.key} has no '${key}' annotation in a package METADATA block`,
                    ...(first ? { file: first.file } : {}),
                    ...(first?.mod.packageLine ? { line: first.mod.packageLine } : {}),
                    remediation: `put a METADATA block right above \`package ${p.key}\`${first ? ` in ${first.file}` : ''}:\n# METADATA\n${yamlHint(key)}`
                });
            }
        }
    }
    return ak.checks(s.requireAnnotations.length > 0
        ? `every package sets ${s.requireAnnotations.join(', ')} (${blocks} METADATA block(s))`
        : `${blocks} METADATA block(s) parse`, b.path);
}
function yamlHint(key) {
    const parts = key.split('.');
    return parts
        .map((p, i) => `# ${'  '.repeat(i)}${p}:${i === parts.length - 1 ? ' <value>' : ''}`)
        .join('\n');
}
const LEVEL_RANK = { patch: 0, minor: 1, major: 2 };
/** What changed between the base and HEAD, by kind, with examples. Pure. */
function changeKinds(b, base) {
    const kinds = new Map();
    const add = (k, what) => {
        kinds.set(k, [...(kinds.get(k) ?? []), what]);
    };
    const changedFiles = new Set(base.changed.map((c) => c.file));
    const surface = (mods) => {
        const out = new Map();
        for (const m of mods) {
            if (!m.mod.package || (0,rego/* isTestModule */.fZ)(m.file, m.mod))
                continue;
            const key = pkgKey(m.mod.package);
            const rules = out.get(key) ?? new Set();
            for (const r of m.mod.rules)
                if (!r.name.startsWith('test_'))
                    rules.add(r.name);
            out.set(key, rules);
        }
        return out;
    };
    const head = surface(b.modules);
    const before = surface([
        ...b.modules.filter((m) => !changedFiles.has(m.file)),
        ...base.baseModules
    ]);
    for (const [p, rules] of before) {
        const now = head.get(p);
        if (!now) {
            add('package-removed', p);
            continue;
        }
        for (const r of rules)
            if (!now.has(r))
                add('rule-removed', `${p}.${r}`);
    }
    for (const [p, rules] of head) {
        const was = before.get(p);
        if (!was) {
            add('package-added', p);
            continue;
        }
        for (const r of rules)
            if (!was.has(r))
                add('rule-added', `${p}.${r}`);
    }
    const headByFile = new Map(b.modules.map((m) => [m.file, m]));
    const baseByFile = new Map(base.baseModules.map((m) => [m.file, m]));
    for (const c of base.changed) {
        if (DATA_FILE.test(c.file))
            add('data-changed', c.file);
        else if (c.file.endsWith('.rego')) {
            const m = headByFile.get(c.file) ?? baseByFile.get(c.file);
            if (m && (0,rego/* isTestModule */.fZ)(m.file, m.mod))
                add('tests-changed', c.file);
            else
                add('policy-changed', c.file);
        }
        else
            add('policy-changed', c.file);
    }
    return kinds;
}
function judgeRevision(b, s, manifest, revisionLine) {
    const root = b.path === '.' ? '' : `${b.path}/`;
    const manifestFile = `${root}.manifest`;
    const id = `${b.path}:revision`;
    const loc = { file: manifestFile, ...(revisionLine ? { line: revisionLine } : {}) };
    const base = b.base;
    if (base.kind === 'unavailable')
        return [
            {
                id,
                status: 'unverified',
                message: `revision bump not verified: ${base.message}`,
                location: loc,
                remediation: 'check the repository out with its history (actions/checkout with `fetch-depth: 0`) so the base ref is present',
                unlock: base.unlock || FETCH_DEPTH
            }
        ];
    const against = `${base.ref} (${base.sha.slice(0, 12)})`;
    if (base.changed.length === 0)
        return [
            { id, status: 'passed', message: `no policy files changed since ${against}`, location: loc }
        ];
    const list = fmtList(base.changed.map((c) => c.file));
    if (!manifest)
        return [
            {
                id,
                status: 'unverified',
                message: `${base.changed.length} policy file(s) changed since ${against} (${list}), and ${manifestFile} has no valid revision to compare`,
                location: loc,
                remediation: `fix ${manifestFile} (see the manifest finding)`,
                unlock: `a valid ${manifestFile}`
            }
        ];
    if (base.baseManifest === undefined)
        return [
            {
                id,
                status: 'passed',
                message: `new bundle since ${against}: revision '${manifest.revision}'`,
                location: loc
            }
        ];
    const was = readManifest(base.baseManifest);
    const baseRevision = was.ok ? was.manifest.revision : was.revision;
    if (baseRevision === manifest.revision)
        return [
            {
                id,
                status: 'failed',
                message: `${base.changed.length} policy file(s) changed since ${against} (${list}) but revision is still '${manifest.revision}'`,
                location: loc,
                remediation: `bump "revision" in ${manifestFile}${parseSemver(manifest.revision) ? ` (e.g. to ${suggest(manifest.revision, 'patch')})` : ''} so the bundle declares its change`
            }
        ];
    const from = baseRevision === undefined ? 'none' : `'${baseRevision}'`;
    if (!s.bump)
        return [
            {
                id,
                status: 'passed',
                message: `revision changed from ${from} to '${manifest.revision}' with ${base.changed.length} policy file(s) changed since ${against}`,
                location: loc
            }
        ];
    const kinds = changeKinds(b, base);
    let required = 'patch';
    const reasons = [];
    for (const [k, items] of [...kinds].sort((x, y) => cmp(x[0], y[0]))) {
        const level = s.bump[k] ?? 'patch';
        if (LEVEL_RANK[level] > LEVEL_RANK[required])
            required = level;
        if (level !== 'patch')
            reasons.push(`${k}: ${fmtList(items)}`);
    }
    const kindsText = [...kinds.keys()].sort().join(', ');
    const head = parseSemver(manifest.revision);
    if (!head)
        return [
            {
                id,
                status: 'failed',
                message: `bump rules are declared for ${b.path}, but revision '${manifest.revision}' is not semver (MAJOR.MINOR.PATCH)`,
                location: loc,
                remediation: `set "revision" in ${manifestFile} to a semver version`
            }
        ];
    const prev = baseRevision === undefined ? undefined : parseSemver(baseRevision);
    if (!prev)
        return [
            {
                id,
                status: 'passed',
                message: `revision changed from ${from} (not semver) to '${manifest.revision}'; changes: ${kindsText}`,
                location: loc
            }
        ];
    if (compareSemver(head, prev) <= 0)
        return [
            {
                id,
                status: 'failed',
                message: `revision went from '${baseRevision ?? ''}' to '${manifest.revision}': not an increase`,
                location: loc,
                remediation: `set "revision" in ${manifestFile} to at least ${suggest(baseRevision ?? '', required)}`
            }
        ];
    const actual = bumpLevel(prev, head);
    if (LEVEL_RANK[actual] < LEVEL_RANK[required])
        return [
            {
                id,
                status: 'failed',
                message: `the changes since ${against} need a ${required} bump (${reasons.join('; ')}), but revision went from '${baseRevision ?? ''}' to '${manifest.revision}' (${actual})`,
                location: loc,
                remediation: `set "revision" in ${manifestFile} to ${suggest(baseRevision ?? '', required)}, or undo the ${required}-level change`,
                wanted: required,
                observed: actual
            }
        ];
    return [
        {
            id,
            status: 'passed',
            message: `revision went from '${baseRevision ?? ''}' to '${manifest.revision}' (${actual}); the changes need ${required} (${kindsText})`,
            location: loc
        }
    ];
}
const FETCH_DEPTH = 'the base branch in the checkout: actions/checkout with fetch-depth: 0';
function suggest(revision, level) {
    const v = parseSemver(revision);
    if (!v)
        return 'a higher version';
    const prefix = revision.startsWith('v') ? 'v' : '';
    if (level === 'major')
        return `${prefix}${v.major + 1}.0.0`;
    if (level === 'minor')
        return `${prefix}${v.major}.${v.minor + 1}.0`;
    return `${prefix}${v.major}.${v.minor}.${v.patch + 1}`;
}
function fmtList(items, n = 3) {
    const shown = items.slice(0, n).join(', ');
    return items.length > n ? `${shown} and ${items.length - n} more` : shown;
}
function judgeOpa(b, s, opa) {
    const id = `${b.path}:opa-test`;
    const location = { file: b.path };
    const cmd = `opa test --coverage --format=json ${b.path}`;
    switch (opa.kind) {
        case 'skipped':
            return b.modules.length === 0 && b.unreadable.length === 0 && !b.truncated
                ? { id, status: 'passed', message: `${cmd}: ${opa.message}`, location }
                : {
                    id,
                    status: 'unverified',
                    message: `${cmd}: ${opa.message}`,
                    location,
                    remediation: opa.remediation,
                    unlock: 'bundle files that can be read safely inside the workspace'
                };
        case 'missing':
            return {
                id,
                status: 'unverified',
                message: `opa is not on PATH, so the bundle's tests${s.testCoverage !== undefined ? ` and ${s.testCoverage}% coverage` : ''} were not run`,
                location,
                remediation: 'install opa in the job before gonogo runs: `- uses: open-policy-agent/setup-opa@v2`',
                unlock: SETUP_OPA
            };
        case 'timeout':
            return {
                id,
                status: 'unverified',
                message: `${cmd} did not finish within ${opa.seconds} s`,
                location,
                remediation: 'speed the tests up or raise checks.policy-bundle.opa_timeout_seconds',
                unlock: 'more time: checks.policy-bundle.opa_timeout_seconds'
            };
        case 'ran':
            break;
    }
    const where = /(\S+\.rego):(\d+)/.exec(opa.stderr);
    const errLoc = where ? { file: where[1] ?? b.path, line: Number(where[2]) } : location;
    if (opa.exitCode === 2)
        return {
            id,
            status: 'failed',
            message: `${cmd}: tests failed${opa.coverage !== undefined ? ` (coverage ${fmtPct(opa.coverage)})` : ''}${opa.stderr ? `: ${firstLine(opa.stderr)}` : ''}`,
            location: errLoc,
            remediation: `run \`opa test -v ${b.path}\` to see the failing tests, and fix them`
        };
    if (opa.exitCode !== 0)
        return {
            id,
            status: 'failed',
            message: `${cmd} exited with ${opa.exitCode}${opa.stderr ? `: ${firstLine(opa.stderr)}` : ''}`,
            location: errLoc,
            remediation: `run \`opa test ${b.path}\` and fix the errors it prints (parse or compile errors)`
        };
    if (opa.coverage === undefined)
        return {
            id,
            status: 'unverified',
            message: `${cmd} printed no coverage report`,
            location,
            remediation: 'use an opa release that supports `opa test --coverage`',
            unlock: SETUP_OPA
        };
    const lowest = opa.lowest.length
        ? `; least covered: ${opa.lowest.map((f) => `${f.file} ${fmtPct(f.coverage)}`).join(', ')}`
        : '';
    if (s.testCoverage !== undefined && opa.coverage < s.testCoverage) {
        const worst = opa.lowest[0];
        return {
            id,
            status: 'failed',
            message: `tests pass, but coverage ${fmtPct(opa.coverage)} is below the ${s.testCoverage}% threshold${lowest}`,
            location: worst ? { file: worst.file } : location,
            remediation: `add tests for the uncovered rules (\`opa test --coverage ${b.path}\` lists the lines), or lower test_coverage`,
            wanted: s.testCoverage,
            observed: opa.coverage
        };
    }
    return {
        id,
        status: 'passed',
        message: `tests pass, coverage ${fmtPct(opa.coverage)}${s.testCoverage !== undefined ? ` (threshold ${s.testCoverage}%)` : ''}`,
        location
    };
}
function fmtPct(n) {
    return `${Math.round(n * 100) / 100}%`;
}
function firstLine(s) {
    return (s.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 300);
}

;// CONCATENATED MODULE: ./src/checks/policy-bundle/settings.ts
/** `checks.policy-bundle` in the policy file (schemas/checks/policy-bundle.schema.json). */
const CHANGE_KINDS = (/* unused pure expression or super */ null && ([
    'package-removed',
    'rule-removed',
    'package-added',
    'rule-added',
    'policy-changed',
    'data-changed',
    'tests-changed'
]));
const DEFAULT_OPA_TIMEOUT_SECONDS = 300;
const DEFAULT_MAX_FILES = 20_000;
const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** Settings with defaults applied. The input was validated against the schema by the caller. */
function bundleSettings(input) {
    const s = (input ?? {});
    return {
        bundles: (s.bundles ?? []).map((b) => {
            let bump;
            if (b.bump && ((b.bump.major?.length ?? 0) > 0 || (b.bump.minor?.length ?? 0) > 0)) {
                bump = {};
                for (const k of b.bump.minor ?? [])
                    bump[k] = 'minor';
                for (const k of b.bump.major ?? [])
                    bump[k] = 'major';
            }
            return {
                path: b.path.replace(/\/+$/, '').replace(/^\.\//, '') || '.',
                requireAnnotations: [...(b.require_annotations ?? [])],
                requireTests: b.require_tests ?? true,
                ...(b.test_coverage !== undefined ? { testCoverage: b.test_coverage } : {}),
                ...(bump ? { bump } : {})
            };
        }),
        ...(s.base_ref ? { baseRef: s.base_ref } : {}),
        opaTimeoutMs: (s.opa_timeout_seconds ?? DEFAULT_OPA_TIMEOUT_SECONDS) * 1000,
        maxFiles: s.max_files ?? DEFAULT_MAX_FILES,
        maxFileBytes: s.max_file_bytes ?? DEFAULT_MAX_FILE_BYTES
    };
}

;// CONCATENATED MODULE: ./src/checks/policy-bundle/run.ts




const CONTROL = 'policy-bundle';
/** The check with its gatherer's options fixed (tests point `opa` at a stand-in). */
function policyBundleCheck(opts = {}) {
    return async (ctx) => {
        const settings = bundleSettings(ctx.settings);
        const facts = await gatherPolicyBundle(ctx.facts, settings, {
            ...opts,
            ...(ctx.baseRef ? { baseRef: ctx.baseRef } : {})
        });
        const checks = judgePolicyBundle(facts, settings);
        return (0,report/* makeReport */.d)({
            control: CONTROL,
            subject: ctx.subject,
            generatedAt: new Date(ctx.effectiveTime).toISOString(),
            generator: CONTROL,
            checks,
            facts: summariseFacts(facts)
        });
    };
}
/** OPA bundle layout, tests, annotations, revision bump and `opa test --coverage`. */
const runPolicyBundle = policyBundleCheck();
/** What the report records as observed: counts and refs, not every module. */
function summariseFacts(f) {
    return {
        bundles: f.bundles.map((b) => ({
            path: b.path,
            modules: b.modules.length,
            packages: new Set(b.modules.flatMap((m) => (m.mod.package ? [m.mod.package.join('.')] : [])))
                .size,
            data_files: b.dataFiles.length,
            unreadable: b.unreadable.length,
            ...(b.base.kind === 'compared'
                ? { base: { ref: b.base.ref, sha: b.base.sha, changed: b.base.changed.length } }
                : {}),
            opa: b.opa.kind === 'ran'
                ? {
                    exit_code: b.opa.exitCode,
                    ...(b.opa.coverage !== undefined ? { coverage: b.opa.coverage } : {})
                }
                : b.opa.kind
        }))
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
