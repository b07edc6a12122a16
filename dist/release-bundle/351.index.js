export const id = 351;
export const ids = [351,505];
export const modules = {

/***/ 24951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(23430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports.A = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 23430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 60484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ stableStringify),
/* harmony export */   e: () => (/* binding */ stableStringifyBytes)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * JSON with object keys sorted at every depth, so output never depends on insertion order.
 * `indent` 0 gives the compact form; undefined values are dropped as JSON.stringify does.
 */
function stableStringify(value, indent = 2) {
    return JSON.stringify(sortKeys(value), null, indent);
}
/** Arrays with at least this many items are written apart by {@link stableStringifyBytes}. */
const PART_ITEMS = 256;
/**
 * `stableStringify(value, indent) + suffix` as UTF-8 bytes, byte for byte, written in parts: each
 * array of at least PART_ITEMS items (an executive summary's file lists) is serialized on its
 * own and spliced in at its indentation. V8 builds a whole JSON text as two-byte characters once
 * one character outside Latin-1 appears in it (the `…` of a message), which doubles the text's
 * memory and slows writing and UTF-8 encoding; apart, the large ASCII lists stay one-byte. Each
 * part is marked in the skeleton by a random token; if the skeleton's own text held the token
 * (it never does in practice), the text is written whole instead. Pure apart from the token.
 */
function stableStringifyBytes(value, indent = 2, suffix = '', 
/** The part marker (a test passes one that occurs in `value`). */
token = `gonogo-part-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}-`) {
    const sorted = sortKeys(value);
    const parts = [];
    const skeleton = `${JSON.stringify(markParts(sorted, parts, token), null, indent)}${suffix}`;
    if (parts.length === 0)
        return Buffer.from(skeleton);
    const out = [];
    let last = 0;
    let next = 0;
    for (const m of skeleton.matchAll(new RegExp(`"${token}(\\d+)"`, 'g'))) {
        if (next === parts.length || Number(m[1]) !== next)
            break;
        out.push(Buffer.from(skeleton.slice(last, m.index)));
        // The part's lines take the indentation of the line it stands on.
        const lineStart = skeleton.lastIndexOf('\n', m.index) + 1;
        let i = lineStart;
        while (skeleton.charCodeAt(i) === 0x20)
            i++;
        const body = JSON.stringify(parts[next], null, indent);
        out.push(Buffer.from(i > lineStart ? body.replaceAll('\n', `\n${' '.repeat(i - lineStart)}`) : body));
        last = m.index + m[0].length;
        next++;
    }
    if (next !== parts.length || skeleton.includes(token, last))
        return Buffer.from(`${JSON.stringify(sorted, null, indent)}${suffix}`);
    out.push(Buffer.from(skeleton.slice(last)));
    return Buffer.concat(out);
}
/**
 * A copy of `sorted` (sortKeys' output: plain objects without a `__proto__` key, arrays,
 * primitives) in which every array of at least PART_ITEMS items is `token` and its index in
 * `parts`, where it is pushed. The copy is the small rest of the value; the parts are shared.
 */
function markParts(sorted, parts, token) {
    if (Array.isArray(sorted)) {
        if (sorted.length < PART_ITEMS)
            return sorted.map((v) => markParts(v, parts, token));
        parts.push(sorted);
        return `${token}${parts.length - 1}`;
    }
    if (sorted === null || typeof sorted !== 'object')
        return sorted;
    const out = {};
    for (const [k, v] of Object.entries(sorted))
        out[k] = markParts(v, parts, token);
    return out;
}
/**
 * `value` with the keys of every object in sorted order (UTF-16 code unit order, as
 * `Array.prototype.sort` compares), undefined members dropped. What needs no change is returned
 * as it is, not copied: a plain object whose own keys are already in that order and whose values
 * need no change, an array whose items need none (an executive summary's 10,000-entry file lists
 * are mostly such). JSON.stringify writes both exactly as it writes a sorted copy.
 */
function sortKeys(value) {
    if (Array.isArray(value)) {
        let out;
        for (let i = 0; i < value.length; i++) {
            const v = value[i];
            const s = sortKeys(v);
            if (out === undefined && s !== v)
                out = value.slice(0, i);
            if (out !== undefined)
                out.push(s);
        }
        return out ?? value;
    }
    if (value === null || typeof value !== 'object')
        return value;
    const o = value;
    const keys = Object.keys(o);
    if (!inOrder(o, keys)) {
        const out = {};
        for (const k of keys.sort()) {
            const v = o[k];
            if (v !== undefined)
                out[k] = sortKeys(v);
        }
        return out;
    }
    for (let i = 0; i < keys.length; i++) {
        const v = o[keys[i]];
        const s = v === undefined ? undefined : sortKeys(v);
        if (v !== undefined && s === v)
            continue;
        // The first member that changes (or is dropped): copy, keeping what was already checked.
        const out = {};
        for (let j = 0; j < i; j++)
            out[keys[j]] = o[keys[j]];
        if (s !== undefined)
            out[keys[i]] = s;
        for (let j = i + 1; j < keys.length; j++) {
            const w = o[keys[j]];
            if (w !== undefined)
                out[keys[j]] = sortKeys(w);
        }
        return out;
    }
    return o;
}
/**
 * Whether `o` may be written as it is: a plain object (prototype Object.prototype or null: a
 * Date or another class keeps its own JSON form only through the copy, as before) whose own keys
 * are already sorted, none of them `__proto__` (a copy cannot hold that key as its own).
 */
function inOrder(o, keys) {
    const proto = Object.getPrototypeOf(o);
    if (proto !== Object.prototype && proto !== null)
        return false;
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k === '__proto__' || (i > 0 && keys[i - 1] > k))
            return false;
    }
    return true;
}


/***/ }),

/***/ 63348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ SUMMARY_MD),
/* harmony export */   RO: () => (/* binding */ GENERATOR_VERSION),
/* harmony export */   _j: () => (/* binding */ REPORT_CONTRACT),
/* harmony export */   qJ: () => (/* binding */ SUMMARY_JSON),
/* harmony export */   qt: () => (/* binding */ SUMMARY_CONTRACT),
/* harmony export */   yM: () => (/* binding */ GENERATOR_NAME),
/* harmony export */   yw: () => (/* binding */ SHA_PATTERN)
/* harmony export */ });
/* unused harmony exports COMMENT_MARKER_PREFIX, commentMarker */
/** Contract identifiers written into every document gonogo produces. */
const REPORT_CONTRACT = 'gonogo.report/v1';
const SUMMARY_CONTRACT = 'gonogo.executive-summary/v1';
/** A full commit id: SHA-1 (40 hex) or SHA-256 (64 hex), lower case as git prints it. */
const SHA_PATTERN = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** The gate's executive summary files (also at the root of a bundle). */
const SUMMARY_JSON = 'executive-summary.json';
const SUMMARY_MD = 'executive-summary.md';
const GENERATOR_NAME = 'gonogo';
const GENERATOR_VERSION = '1.0.0';
/** Hidden marker that identifies gonogo's sticky PR comment. */
const COMMENT_MARKER_PREFIX = '<!-- gonogo:gate';
function commentMarker(key) {
    return `${COMMENT_MARKER_PREFIX}:${key} -->`;
}


/***/ }),

/***/ 60654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ mergePulls),
/* harmony export */   Ki: () => (/* binding */ checkLineage),
/* harmony export */   Uc: () => (/* binding */ pullsFromSubjects),
/* harmony export */   _2: () => (/* binding */ buildLineage),
/* harmony export */   jJ: () => (/* binding */ parseNeeds)
/* harmony export */ });
/* unused harmony exports LINEAGE_CONTRACT, compareText, nodeIds, pullFromSubject, sortNodes, sortEdges */
/**
 * Release lineage (pure): previous release tag → commits since → pull requests → this workflow
 * run → jobs from `needs` with their results → reports → decision, as a graph with the gaps it
 * could not see and completeness checks.
 *
 * Edges follow the flow: tag -precedes-> commit, commit -precedes-> commit (parent to child),
 * commit -part_of-> pull_request, pull_request -included_in-> run, commit -built_by-> run (the
 * head commit), run -ran-> job, job|run -produced-> report, report -informs-> decision,
 * job -required_for-> decision (required jobs).
 */
const LINEAGE_CONTRACT = 'gonogo.lineage/v1';
const KIND_ORDER = {
    tag: 0,
    commit: 1,
    pull_request: 2,
    run: 3,
    job: 4,
    report: 5,
    decision: 6
};
/** Code-point order: the same in every locale and every Node version. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const nodeIds = {
    tag: (name) => `tag:${name}`,
    commit: (sha) => `commit:${sha}`,
    pull: (n) => `pull_request:${n}`,
    run: (id, attempt) => `run:${id}/attempt/${attempt}`,
    job: (name) => `job:${name}`,
    report: (path) => `report:${path}`,
    decision: 'decision'
};
const MERGE_SUBJECT = /^Merge pull request #(\d+) from (\S+)/;
const SQUASH_SUBJECT = /\(#(\d+)\)\s*$/;
/** The pull request a commit subject names: `Merge pull request #12 from o/b`, or `… (#12)`. */
function pullFromSubject(subject) {
    const merge = MERGE_SUBJECT.exec(subject);
    if (merge?.[1] && merge[2]) {
        const head = merge[2].includes(':') ? merge[2] : merge[2].replace(/^[^/]+\//, '');
        return { number: Number(merge[1]), head };
    }
    const squash = SQUASH_SUBJECT.exec(subject);
    if (squash?.[1])
        return { number: Number(squash[1]) };
    return undefined;
}
/** Pull requests named by merge-commit and squash subjects (what git alone can tell). */
function pullsFromSubjects(commits) {
    const byNumber = new Map();
    for (const c of commits) {
        const found = pullFromSubject(c.subject);
        if (!found || !Number.isSafeInteger(found.number) || found.number <= 0)
            continue;
        const pull = byNumber.get(found.number) ?? {
            number: found.number,
            commits: [],
            source: 'subject'
        };
        if (!pull.commits.includes(c.sha))
            pull.commits.push(c.sha);
        if (found.head !== undefined && pull.head === undefined)
            pull.head = found.head;
        byNumber.set(found.number, pull);
    }
    return mergePulls([...byNumber.values()]);
}
/** One entry per number (commits unioned, API facts preferred), sorted by number. */
function mergePulls(pulls) {
    const byNumber = new Map();
    for (const p of pulls) {
        const seen = byNumber.get(p.number);
        if (!seen) {
            byNumber.set(p.number, { ...p, commits: [...p.commits] });
            continue;
        }
        const preferred = p.source === 'api' && seen.source !== 'api' ? p : seen;
        byNumber.set(p.number, { ...preferred, commits: [...seen.commits, ...p.commits] });
    }
    return [...byNumber.values()]
        .map((p) => ({ ...p, commits: [...new Set(p.commits)].sort(compareText) }))
        .sort((a, b) => a.number - b.number);
}
function isUnavailable(p) {
    return !Array.isArray(p);
}
function shortSha(sha) {
    return sha.slice(0, 7);
}
function sortedRecord(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const out = {};
    for (const k of Object.keys(value).sort(compareText))
        out[k] = value[k];
    return out;
}
/** Builds the lineage graph; nodes, edges and gaps are sorted, so equal facts give equal JSON. */
function buildLineage(facts) {
    const nodes = new Map();
    const edges = new Map();
    const gaps = [...(facts.gaps ?? [])];
    const addNode = (n) => {
        if (!nodes.has(n.id))
            nodes.set(n.id, n);
    };
    const addEdge = (from, to, kind) => {
        edges.set(`${from}\u0000${to}\u0000${kind}`, { from, to, kind });
    };
    // Tag and commits.
    const commitShas = new Set(facts.commits.map((c) => c.sha));
    const tag = facts.previousTag;
    if (tag) {
        addNode({
            id: nodeIds.tag(tag.name),
            kind: 'tag',
            label: tag.name,
            data: { name: tag.name, sha: tag.sha }
        });
    }
    for (const c of facts.commits) {
        addNode({
            id: nodeIds.commit(c.sha),
            kind: 'commit',
            label: `${shortSha(c.sha)} ${c.subject}`,
            data: { sha: c.sha, subject: c.subject, parents: [...c.parents] }
        });
        for (const parent of c.parents) {
            if (commitShas.has(parent))
                addEdge(nodeIds.commit(parent), nodeIds.commit(c.sha), 'precedes');
            else if (tag && parent === tag.sha)
                addEdge(nodeIds.tag(tag.name), nodeIds.commit(c.sha), 'precedes');
        }
    }
    // Pull requests.
    let pulls;
    if (isUnavailable(facts.pulls)) {
        pulls = pullsFromSubjects(facts.commits);
        gaps.push({
            what: 'pull requests',
            reason: `${facts.pulls.unavailable}; pull request numbers were taken from merge and squash commit subjects, so titles are unknown and commits without such a subject are not linked to a pull request`
        });
    }
    else {
        pulls = mergePulls(facts.pulls);
    }
    for (const p of pulls) {
        const data = { number: p.number, source: p.source };
        if (p.title !== undefined)
            data.title = p.title;
        if (p.author !== undefined)
            data.author = p.author;
        if (p.mergedAt !== undefined)
            data.mergedAt = p.mergedAt;
        if (p.base !== undefined)
            data.base = p.base;
        if (p.head !== undefined)
            data.head = p.head;
        data.commits = [...p.commits];
        addNode({
            id: nodeIds.pull(p.number),
            kind: 'pull_request',
            label: p.title !== undefined ? `#${p.number} ${p.title}` : `#${p.number}`,
            data
        });
        for (const sha of p.commits)
            addEdge(nodeIds.commit(sha), nodeIds.pull(p.number), 'part_of');
    }
    // The run.
    const run = facts.run ?? null;
    const runId = run ? nodeIds.run(run.id, run.attempt) : undefined;
    if (run && runId) {
        addNode({
            id: runId,
            kind: 'run',
            label: `${run.workflow} run ${run.id} attempt ${run.attempt}`,
            data: { id: run.id, attempt: run.attempt, url: run.url, workflow: run.workflow }
        });
        for (const p of pulls)
            addEdge(nodeIds.pull(p.number), runId, 'included_in');
        const head = facts.headSha ?? headOf(facts.commits);
        if (head !== undefined && commitShas.has(head))
            addEdge(nodeIds.commit(head), runId, 'built_by');
    }
    else {
        gaps.push({
            what: 'workflow run',
            reason: 'no workflow run: not running in GitHub Actions, so the run and its jobs are unknown'
        });
    }
    // Jobs.
    const required = new Set(facts.requiredJobs ?? []);
    const needs = facts.needs ?? null;
    if (needs === null) {
        gaps.push({
            what: 'jobs',
            reason: 'no `needs` context given (pass `needs: ${{ toJSON(needs) }}`), so job results are unknown'
        });
    }
    for (const name of Object.keys(needs ?? {}).sort(compareText)) {
        const entry = needs?.[name];
        const result = typeof entry?.result === 'string' ? entry.result : 'unknown';
        const data = { name, result, required: required.has(name) };
        const outputs = sortedRecord(entry?.outputs);
        if (outputs && Object.keys(outputs).length > 0)
            data.outputs = outputs;
        addNode({ id: nodeIds.job(name), kind: 'job', label: `${name}: ${result}`, data });
        if (runId)
            addEdge(runId, nodeIds.job(name), 'ran');
    }
    for (const name of [...required].sort(compareText)) {
        if (needs && Object.hasOwn(needs, name))
            continue;
        // Stated as a requirement, not as a job that ran: checkLineage reports it missing.
        addNode({
            id: nodeIds.job(name),
            kind: 'job',
            label: `${name}: not in needs`,
            data: { name, result: 'missing', required: true, inNeeds: false }
        });
    }
    // Reports.
    for (const r of facts.reports ?? []) {
        addNode({
            id: nodeIds.report(r.path),
            kind: 'report',
            label: `${r.control}: ${r.status}`,
            data: r.job !== undefined
                ? { path: r.path, control: r.control, status: r.status, job: r.job }
                : { path: r.path, control: r.control, status: r.status }
        });
        const job = r.job !== undefined ? nodes.get(nodeIds.job(r.job)) : undefined;
        const producer = job && job.data?.inNeeds !== false ? job.id : runId;
        if (producer)
            addEdge(producer, nodeIds.report(r.path), 'produced');
    }
    if ((facts.reports ?? []).length === 0)
        gaps.push({ what: 'reports', reason: 'no reports were given' });
    // Decision.
    const decision = facts.decision ?? null;
    if (decision) {
        addNode({
            id: nodeIds.decision,
            kind: 'decision',
            label: `decision: ${decision.decision}`,
            data: { decision: decision.decision, status: decision.status }
        });
        for (const r of facts.reports ?? [])
            addEdge(nodeIds.report(r.path), nodeIds.decision, 'informs');
        for (const name of required) {
            if (needs && Object.hasOwn(needs, name))
                addEdge(nodeIds.job(name), nodeIds.decision, 'required_for');
        }
    }
    else {
        gaps.push({ what: 'decision', reason: 'no gate decision was given' });
    }
    return {
        contract: LINEAGE_CONTRACT,
        nodes: sortNodes([...nodes.values()]),
        edges: sortEdges([...edges.values()]),
        gaps: sortGaps(gaps)
    };
}
/** The commit no other commit of the list names as a parent (git log's first line). */
function headOf(commits) {
    const parents = new Set(commits.flatMap((c) => c.parents));
    const heads = commits.filter((c) => !parents.has(c.sha));
    return heads.length === 1 ? heads[0]?.sha : commits[0]?.sha;
}
function pullNumberKey(id) {
    return Number(id.slice('pull_request:'.length));
}
function sortNodes(nodes) {
    return [...nodes].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (a.kind === 'pull_request' && b.kind === 'pull_request'
            ? pullNumberKey(a.id) - pullNumberKey(b.id)
            : 0) ||
        compareText(a.id, b.id));
}
function sortEdges(edges) {
    return [...edges].sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || compareText(a.kind, b.kind));
}
function sortGaps(gaps) {
    const seen = new Set();
    return gaps
        .filter((g) => {
        const k = `${g.what}\u0000${g.reason}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    })
        .sort((a, b) => compareText(a.what, b.what) || compareText(a.reason, b.reason));
}
/**
 * Completeness: every node an edge references exists, node ids are unique, every required job
 * is in `needs` with result success, and the decision is present. Sorted; empty = complete.
 */
function checkLineage(graph) {
    const problems = [];
    const ids = new Set();
    for (const n of graph.nodes) {
        if (ids.has(n.id))
            problems.push({ code: 'duplicate-node', message: `node ${n.id} appears twice`, ref: n.id });
        ids.add(n.id);
    }
    for (const e of graph.edges) {
        for (const end of [e.from, e.to]) {
            if (!ids.has(end))
                problems.push({
                    code: 'dangling-edge',
                    message: `edge ${e.from} -${e.kind}-> ${e.to} references ${end}, which is not a node`,
                    ref: end
                });
        }
    }
    for (const n of graph.nodes) {
        if (n.kind !== 'job' || n.data?.required !== true)
            continue;
        const name = typeof n.data.name === 'string' ? n.data.name : n.id.replace(/^job:/, '');
        if (n.data.inNeeds === false) {
            problems.push({
                code: 'required-job-missing',
                message: `required job ${name} is not in needs (add it to this job's needs)`,
                ref: n.id
            });
        }
        else if (n.data.result !== 'success') {
            problems.push({
                code: 'required-job-failed',
                message: `required job ${name} has result ${String(n.data.result)}, not success`,
                ref: n.id
            });
        }
    }
    if (!graph.nodes.some((n) => n.kind === 'decision'))
        problems.push({ code: 'decision-missing', message: 'the lineage has no gate decision' });
    return problems.sort((a, b) => compareText(a.code, b.code) ||
        compareText(a.ref ?? '', b.ref ?? '') ||
        compareText(a.message, b.message));
}
/** Parses the `needs` input (`${{ toJSON(needs) }}`); '' means not given. */
function parseNeeds(text) {
    if (text.trim() === '')
        return { ok: true, value: null };
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (e) {
        return { ok: false, reason: `needs is not JSON: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return { ok: false, reason: 'needs must be a JSON object: pass ${{ toJSON(needs) }}' };
    for (const [name, entry] of Object.entries(parsed)) {
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            return { ok: false, reason: `needs.${name} must be an object with result and outputs` };
    }
    return { ok: true, value: parsed };
}


/***/ }),

/***/ 59505:
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


/***/ }),

/***/ 82516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bundleStep: () => (/* binding */ bundleStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./src/io/action-output.ts
var action_output = __webpack_require__(46652);
// EXTERNAL MODULE: ./src/core/bundle-manifest.ts
var bundle_manifest = __webpack_require__(67985);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/github/runner-context.ts
var runner_context = __webpack_require__(72579);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
// EXTERNAL MODULE: ./src/release-bundle/inputs.ts
var inputs = __webpack_require__(42171);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(63348);
// EXTERNAL MODULE: ./src/core/lineage.ts
var lineage = __webpack_require__(60654);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(58198);
// EXTERNAL MODULE: ./src/parsers/schema-errors.ts
var schema_errors = __webpack_require__(73525);
// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(46161);
// EXTERNAL MODULE: ./src/io/hash-file.ts
var hash_file = __webpack_require__(12145);
// EXTERNAL MODULE: ./src/io/bundle-copy.ts
var bundle_copy = __webpack_require__(426);
// EXTERNAL MODULE: ./src/io/bundle-evidence.ts
var bundle_evidence = __webpack_require__(18566);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(22645);
;// CONCATENATED MODULE: ./src/io/bundle-create.ts















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
        throw new errors/* ConfigurationError */.j1('the bundle creation time is not a valid time');
    if (o.signingKey !== undefined && o.signingKey === '')
        throw new errors/* ConfigurationError */.j1('the signing key is empty');
    const ws = await workspace/* Workspace */.aR.open(o.workspace);
    const realRoot = await (0,promises_.realpath)(ws.root);
    const reportsRel = ws.relative(o.reportsDir);
    if (reportsRel === undefined)
        throw new errors/* ConfigurationError */.j1(`reports folder ${o.reportsDir} is outside the workspace; use a path inside the repository`);
    if ((await ws.confine(reportsRel)) === undefined)
        throw new errors/* ConfigurationError */.j1(`reports folder ${reportsRel} leads outside the workspace through a symbolic link; use a folder inside the repository`);
    const reportsAbs = external_node_path_default().join(ws.root, reportsRel);
    // Like the gate, a reports folder not there yet is an empty one (the evidence still travels);
    // something else in its place is a mistake.
    let reportsExist = true;
    try {
        if (!(await (0,promises_.stat)(reportsAbs)).isDirectory())
            throw new errors/* ConfigurationError */.j1(`reports folder ${reportsRel || '.'} is not a folder`);
    }
    catch (e) {
        if (e instanceof errors/* ConfigurationError */.j1)
            throw e;
        if (e.code !== 'ENOENT')
            throw new errors/* ConfigurationError */.j1(`reports folder ${reportsRel || '.'} cannot be read (${e.code ?? 'error'})`);
        const isLink = await (0,promises_.lstat)(reportsAbs).then((st) => st.isSymbolicLink(), () => false);
        if (isLink)
            throw new errors/* ConfigurationError */.j1(`reports folder ${reportsRel} is a symbolic link to nothing; use a folder inside the repository`);
        reportsExist = false;
    }
    const output = external_node_path_default().resolve(o.output);
    for (const [inner, outer, what] of [
        [output, reportsAbs, 'inside the reports folder'],
        [reportsAbs, output, 'around the reports folder'],
        [ws.root, output, 'around the workspace']
    ]) {
        if ((0,bundle_copy/* isWithin */.UO)(outer, inner))
            throw new errors/* ConfigurationError */.j1(`bundle output ${output} is ${what}; choose a folder of its own`);
    }
    await checkReplaceable(output);
    const stage = `${output}.partial-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    await (0,promises_.mkdir)(external_node_path_default().dirname(output), { recursive: true });
    await (0,promises_.mkdir)(stage);
    try {
        // Each file is hashed as it is written to the stage: the manifest describes exactly the
        // bytes in the bundle (after any secret was masked), read once.
        const written = new Map();
        if (reportsExist)
            await copyReports(ws, realRoot, reportsRel, stage, written);
        await copySummaries(o.summaryFiles ?? [], stage, written);
        // The files the decision read and the built-in reports, checked against the summary's digests.
        const summaryJson = (o.summaryFiles ?? []).find((f) => external_node_path_default().basename(f) === contracts/* SUMMARY_JSON */.qJ);
        const evidence = summaryJson === undefined
            ? undefined
            : await (0,bundle_evidence/* copyDecisionInputs */.Bp)({
                root: ws.root,
                realRoot,
                summaryCopy: external_node_path_default().join(stage, contracts/* SUMMARY_JSON */.qJ),
                summaryDir: external_node_path_default().dirname(summaryJson),
                stage,
                written
            });
        if (o.lineage !== undefined) {
            const text = Buffer.from((0,secrets/* scrubSecrets */.Zg)(`${(0,canonical_json/* stableStringify */.J)(o.lineage)}\n`), 'utf8');
            await (0,promises_.writeFile)(external_node_path_default().join(stage, bundle_manifest/* LINEAGE_FILE */.tE), text);
            written.set(bundle_manifest/* LINEAGE_FILE */.tE, { size: text.length, sha256: (0,bundle_copy/* sha256Hex */.fg)(text) });
        }
        const files = [];
        const listed = await listFiles(stage);
        for (const rel of listed) {
            const h = written.get(rel);
            // The stage holds only what this module wrote; anything else is a bug or interference.
            if (h === undefined)
                throw new errors/* ConfigurationError */.j1(`${rel}: appeared in the bundle stage while it was written`);
            files.push({ path: rel, size: h.size, sha256: h.sha256 });
        }
        if (listed.length !== written.size)
            throw new errors/* ConfigurationError */.j1('a file vanished from the bundle stage while it was written');
        const manifest = (0,bundle_manifest/* buildManifest */.u1)({
            subject: o.subject,
            run: o.run,
            createdAt: o.createdAt,
            files
        });
        if (!(0,validators/* validateBundleManifest */.cS)(manifest)) {
            const why = (validators/* validateBundleManifest */.cS.errors ?? []).slice(0, 3).map(schema_errors/* formatSchemaError */.t);
            throw new errors/* ConfigurationError */.j1(`the bundle manifest would be invalid: ${why.join('; ')}`);
        }
        const manifestText = `${(0,canonical_json/* stableStringify */.J)(manifest)}\n`;
        // The manifest's digest is over its own fields: a secret there cannot be masked without
        // breaking it, so the bundle is refused instead of written with the secret in it.
        if ((0,secrets/* scrubSecrets */.Zg)(manifestText) !== manifestText)
            throw new errors/* ConfigurationError */.j1('the bundle manifest would contain a secret (the token or signing key appears in the subject or run fields); nothing was written');
        await (0,promises_.writeFile)(external_node_path_default().join(stage, bundle_manifest/* MANIFEST_FILE */.h1), manifestText);
        if (o.signingKey !== undefined) {
            const signature = {
                algorithm: bundle_manifest/* SIGNATURE_ALGORITHM */.fM,
                digest: manifest.digest,
                signature: (0,bundle_manifest/* signDigest */._i)(o.signingKey, manifest.digest)
            };
            await (0,promises_.writeFile)(external_node_path_default().join(stage, bundle_manifest/* SIGNATURE_FILE */.I9), `${(0,canonical_json/* stableStringify */.J)(signature)}\n`);
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
        await (0,promises_.rm)(stage, { recursive: true, force: true });
        throw e;
    }
}
async function copyReports(ws, realRoot, reportsRel, stage, written) {
    const prefix = reportsRel === '' ? '' : `${reportsRel}/`;
    const { files, truncated } = await ws.glob(`${prefix}**/*.{${REPORT_EXTENSIONS.join(',')}}`, MAX_REPORT_FILES);
    if (truncated)
        throw new errors/* ConfigurationError */.j1(`more than ${MAX_REPORT_FILES} report files under ${reportsRel || '.'}`);
    // Each source folder is resolved once (links on the way included) and must lie in the
    // workspace; each file is opened without following a link in its last component and checked
    // by fstat on the descriptor that is then read (see openSource).
    const realDirs = new Map();
    const madeDirs = new Set([stage]);
    for (const rel of files) {
        const inBundle = `${bundle_manifest/* REPORTS_DIR */.m4}/${rel.slice(prefix.length)}`;
        const problem = (0,bundle_manifest/* bundlePathProblem */.fR)(inBundle);
        if (problem !== undefined)
            throw new errors/* ConfigurationError */.j1(`${rel}: ${problem}`);
        const source = (0,bundle_copy/* openSource */.oD)(external_node_path_default().join(ws.root, ...rel.split('/')), rel, realRoot, realDirs);
        const dest = external_node_path_default().join(stage, ...inBundle.split('/'));
        const destDir = external_node_path_default().dirname(dest);
        try {
            if (!madeDirs.has(destDir)) {
                (0,external_node_fs_.mkdirSync)(destDir, { recursive: true });
                madeDirs.add(destDir);
            }
            written.set(inBundle, await (0,bundle_copy/* copyEvidence */.JC)(source, dest));
        }
        finally {
            (0,external_node_fs_.closeSync)(source.fd);
        }
    }
}
async function copySummaries(summaryFiles, stage, written) {
    const reserved = new Set([
        bundle_manifest/* MANIFEST_FILE */.h1,
        bundle_manifest/* SIGNATURE_FILE */.I9,
        bundle_manifest/* LINEAGE_FILE */.tE,
        bundle_manifest/* REPORTS_DIR */.m4,
        bundle_manifest/* EVIDENCE_DIR */.cn,
        bundle_manifest/* BUILTINS_DIR */.jl
    ]);
    for (const file of summaryFiles) {
        const name = external_node_path_default().basename(file);
        if (reserved.has(name))
            throw new errors/* ConfigurationError */.j1(`${file}: the name ${name} is reserved in a bundle`);
        reserved.add(name);
        let st;
        try {
            st = await (0,promises_.lstat)(file);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`${file}: summary file not found`);
        }
        if (!st.isFile())
            throw new errors/* ConfigurationError */.j1(`${file}: not a regular file (symbolic links are not bundled)`);
        let source;
        try {
            // No link followed and fstat on the descriptor read: a link swapped in meanwhile fails.
            source = (0,hash_file/* openRegularFile */.ZU)(file);
        }
        catch (e) {
            if (e instanceof hash_file/* NotRegularFileError */.iZ || e.code === 'ELOOP')
                throw new errors/* ConfigurationError */.j1(`${file}: not a regular file (symbolic links are not bundled)`);
            throw new errors/* ConfigurationError */.j1(`${file}: summary file cannot be read (${(0,errors/* errorMessage */.gJ)(e)})`);
        }
        try {
            written.set(name, await (0,bundle_copy/* copyEvidence */.JC)(source, external_node_path_default().join(stage, name)));
        }
        finally {
            (0,external_node_fs_.closeSync)(source.fd);
        }
    }
}
/** Every file under `dir` as sorted POSIX paths (the stage holds only what this module wrote). */
async function listFiles(dir, prefix = '') {
    const out = [];
    const entries = await (0,promises_.readdir)(external_node_path_default().join(dir, ...prefix.split('/').filter(Boolean)), {
        withFileTypes: true
    });
    for (const e of entries) {
        const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
        if (e.isDirectory())
            out.push(...(await listFiles(dir, rel)));
        else if (e.isFile())
            out.push(rel);
    }
    return out.sort(bundle_manifest/* comparePaths */.cD);
}
/** An existing output may be replaced only when it is empty or an earlier bundle. */
async function checkReplaceable(output) {
    let st;
    try {
        st = await (0,promises_.lstat)(output);
    }
    catch {
        return;
    }
    if (!st.isDirectory())
        throw new errors/* ConfigurationError */.j1(`bundle output ${output} exists and is not a folder`);
    const names = await (0,promises_.readdir)(output);
    if (names.length > 0 && !names.includes(bundle_manifest/* MANIFEST_FILE */.h1))
        throw new errors/* ConfigurationError */.j1(`bundle output ${output} is not empty and holds no bundle; choose an empty or new folder`);
}
async function moveIntoPlace(stage, output) {
    const old = `${output}.old-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    let moved = false;
    try {
        await (0,promises_.rename)(output, old);
        moved = true;
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    try {
        await (0,promises_.rename)(stage, output);
    }
    catch (e) {
        if (moved)
            await (0,promises_.rename)(old, output);
        throw e;
    }
    // Synchronous: one call removes an earlier bundle of thousands of files far faster.
    if (moved)
        (0,external_node_fs_.rmSync)(old, { recursive: true, force: true });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/io/git-lineage.ts





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const FETCH_ALL_HINT = 'use fetch-depth: 0 (actions/checkout) to fetch the full history';
const NUM = '(0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const SEMVER = new RegExp(`^v?${NUM}\\.${NUM}\\.${NUM}(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);
/** `v1.2.3`, `1.2.3`, `1.2.3-rc.1+build.5` → its parts; anything else → undefined. */
function parseSemver(tag) {
    const m = SEMVER.exec(tag);
    if (!m)
        return undefined;
    const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (![major, minor, patch].every(Number.isSafeInteger))
        return undefined;
    return { major, minor, patch, prerelease: m[4] ? m[4].split('.') : [] };
}
function compareIdentifiers(a, b) {
    const an = /^\d+$/.test(a);
    const bn = /^\d+$/.test(b);
    if (an && bn)
        return Number(a) - Number(b);
    if (an)
        return -1;
    if (bn)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Semver precedence (build metadata ignored): negative, zero or positive. */
function compareSemver(a, b) {
    const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (core !== 0)
        return Math.sign(core);
    // A version without prerelease ranks above the same version with one.
    if (a.prerelease.length === 0 || b.prerelease.length === 0)
        return (a.prerelease.length === 0 ? 1 : 0) - (b.prerelease.length === 0 ? 1 : 0);
    for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
        const x = a.prerelease[i];
        const y = b.prerelease[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const c = compareIdentifiers(x, y);
        if (c !== 0)
            return Math.sign(c);
    }
    return 0;
}
/**
 * Release tags, highest version first; equal versions (`v1.2.3` and `1.2.3`) by name.
 * Names that are not semver are dropped.
 */
function sortReleaseTags(tags, options = {}) {
    return tags
        .map((t) => ({ t, v: parseSemver(t.name) }))
        .filter((x) => x.v !== undefined && (options.prereleases === true || x.v.prerelease.length === 0))
        .sort((a, b) => compareSemver(b.v, a.v) || (a.t.name < b.t.name ? -1 : a.t.name > b.t.name ? 1 : 0))
        .map((x) => x.t);
}
// --- git ------------------------------------------------------------------------------------
async function git(cwd, args, timeoutMs) {
    const { stdout } = await run('git', args, {
        cwd,
        timeout: timeoutMs,
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }
    });
    return stdout;
}
function firstLine(e) {
    const stderr = e.stderr;
    const text = typeof stderr === 'string' && stderr.trim() !== '' ? stderr : String(e);
    return text.trim().split('\n')[0] ?? '';
}
/** The shallow boundary commits (`.git/shallow`), empty when the clone is complete. */
async function shallowBoundary(cwd, timeoutMs) {
    const file = (await git(cwd, ['rev-parse', '--git-path', 'shallow'], timeoutMs)).trim();
    try {
        const text = await (0,promises_.readFile)(external_node_path_default().resolve(cwd, file), 'utf8');
        return text
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => contracts/* SHA_PATTERN */.yw.test(l))
            .sort();
    }
    catch {
        return [];
    }
}
function parseLog(stdout) {
    const commits = [];
    for (const line of stdout.split('\n')) {
        if (line === '')
            continue;
        const [sha = '', parents = '', ...subject] = line.split('\u0000');
        if (!contracts/* SHA_PATTERN */.yw.test(sha))
            continue;
        commits.push({
            sha,
            subject: subject.join(' '),
            parents: parents.split(' ').filter((p) => p !== '')
        });
    }
    return commits;
}
/**
 * The previous release tag (semver-ordered tags reachable from HEAD) and the commits since,
 * read with git in `cwd`. Never throws: what git could not show is a gap, never a guess.
 */
async function readGitLineage(cwd, options = {}) {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const maxCommits = options.maxCommits ?? 10_000;
    const gaps = [];
    let head;
    try {
        head = (await git(cwd, ['rev-parse', '--verify', 'HEAD^{commit}'], timeoutMs)).trim();
    }
    catch (e) {
        return {
            head: '',
            previousTag: null,
            commits: [],
            shallow: false,
            gaps: [
                {
                    what: 'git history',
                    reason: `git could not read HEAD in the workspace (${firstLine(e)}): no tag or commits are known`
                }
            ]
        };
    }
    let shallow = false;
    let boundary = [];
    try {
        shallow =
            (await git(cwd, ['rev-parse', '--is-shallow-repository'], timeoutMs)).trim() === 'true';
        if (shallow)
            boundary = await shallowBoundary(cwd, timeoutMs);
    }
    catch (e) {
        gaps.push({
            what: 'git history',
            reason: `could not tell whether the clone is shallow (${firstLine(e)})`
        });
    }
    // Tags reachable from HEAD, with the commit each points at (annotated tags peeled).
    let tags = [];
    try {
        const out = await git(cwd, ['tag', '--merged', 'HEAD', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)'], timeoutMs);
        tags = out
            .split('\n')
            .filter((l) => l !== '')
            .map((l) => {
            const [name = '', object = '', peeled = ''] = l.split('\u0000');
            return { name, sha: peeled !== '' ? peeled : object };
        });
    }
    catch (e) {
        gaps.push({ what: 'previous release tag', reason: `git tag failed (${firstLine(e)})` });
    }
    if (options.releaseTag !== undefined) {
        const releasing = options.releaseTag;
        tags = tags.filter((t) => t.name !== releasing && t.sha !== head);
    }
    const previousTag = sortReleaseTags(tags, { prereleases: options.prereleases === true })[0];
    let commits = [];
    try {
        const range = previousTag ? [`${previousTag.sha}..${head}`] : [head];
        const out = await git(cwd, ['log', `--max-count=${maxCommits + 1}`, '--format=%H%x00%P%x00%s', ...range, '--'], timeoutMs);
        commits = parseLog(out);
    }
    catch (e) {
        gaps.push({ what: 'commits', reason: `git log failed (${firstLine(e)})` });
    }
    if (commits.length > maxCommits) {
        commits = commits.slice(0, maxCommits);
        gaps.push({
            what: 'commits',
            reason: `more than ${maxCommits} commits since ${previousTag?.name ?? 'the first commit'}: only the newest ${maxCommits} are listed`
        });
    }
    const cut = boundary.filter((sha) => commits.some((c) => c.sha === sha));
    if (shallow && (cut.length > 0 || !previousTag)) {
        const where = (cut.length > 0 ? cut : boundary).join(', ') || head;
        gaps.push({
            what: 'commits',
            reason: `shallow clone: history before ${where} not fetched; ${FETCH_ALL_HINT}`
        });
    }
    if (!previousTag) {
        gaps.push({
            what: 'previous release tag',
            reason: shallow
                ? `no previous release tag visible: in a shallow clone, tags before the fetched history are not seen; ${FETCH_ALL_HINT} (and its tags)`
                : 'no previous release tag: no semver tag (v1.2.3 or 1.2.3) is reachable from HEAD, so the lineage lists every commit'
        });
    }
    else if (shallow && cut.length === 0) {
        gaps.push({
            what: 'previous release tag',
            reason: `shallow clone: the commits since ${previousTag.name} are all here, but a shallow fetch may leave out tags, so a later release tag could be missing; ${FETCH_ALL_HINT} and its tags`
        });
    }
    return { head, previousTag: previousTag ?? null, commits, shallow, gaps };
}

// EXTERNAL MODULE: ./src/parsers/json-error.ts
var json_error = __webpack_require__(11639);
// EXTERNAL MODULE: ./src/parsers/verdict.ts
var verdict = __webpack_require__(29281);
;// CONCATENATED MODULE: ./src/release-bundle/run-bundle.ts











/** Lineage (git, API, needs, reports, decision) → bundle folder with manifest and signature. */
async function runBundle(o) {
    const needs = (0,lineage/* parseNeeds */.jJ)(o.needs);
    if (!needs.ok)
        throw new errors/* ConfigurationError */.j1(`Input 'needs': ${needs.reason}`);
    const ws = await workspace/* Workspace */.aR.open(o.workspace);
    const git = await readGitLineage(ws.root, o.releaseTag ? { releaseTag: o.releaseTag } : {});
    let pulls;
    if (o.github) {
        const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(572)]).then(__webpack_require__.bind(__webpack_require__, 54572));
        const { pullsForCommits } = await Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(572), __webpack_require__.e(511)]).then(__webpack_require__.bind(__webpack_require__, 5511));
        pulls = await pullsForCommits(createClient(o.github.token, { baseUrl: o.github.apiUrl }), { owner: o.github.owner, repo: o.github.repo }, git.commits);
    }
    const run = (0,bundle_manifest/* runFromEnv */.xc)(o.env);
    const summaryFiles = o.summaryDir
        ? await existing([
            external_node_path_default().join(o.summaryDir, contracts/* SUMMARY_JSON */.qJ),
            external_node_path_default().join(o.summaryDir, contracts/* SUMMARY_MD */.Hr),
            // The incident records the gate wrote next to its summary travel with it (issue 18).
            ...(await incidentRecords(o.summaryDir))
        ])
        : [];
    const decision = await readDecision(summaryFiles.find((f) => f.endsWith('.json')));
    const graph = (0,lineage/* buildLineage */._2)({
        previousTag: git.previousTag,
        commits: git.commits,
        pulls: pulls
            ? pulls.pulls
            : { unavailable: 'no token: pull requests taken from merge-commit subjects' },
        ...(git.head ? { headSha: git.head } : {}),
        run: run.id && run.attempt && run.url
            ? { id: Number(run.id), attempt: run.attempt, url: run.url, workflow: run.workflow ?? '' }
            : null,
        needs: needs.value,
        requiredJobs: o.requiredJobs,
        reports: (await reportFactsFromSummary(summaryFiles.find((f) => f.endsWith('.json')))) ??
            (await reportFacts(ws, o.reports)),
        decision,
        gaps: [...git.gaps, ...(pulls?.gaps ?? [])]
    });
    const problems = (0,lineage/* checkLineage */.Ki)(graph);
    const created = await createBundle({
        workspace: ws.root,
        reportsDir: o.reports,
        summaryFiles,
        lineage: { ...graph, problems },
        subject: o.subject,
        run,
        createdAt: o.createdAt,
        output: o.output,
        ...(o.signingKey ? { signingKey: o.signingKey } : {})
    });
    return {
        path: created.path,
        bundleId: created.bundleId,
        digest: created.digest,
        signed: created.signed,
        lineageProblems: problems,
        files: created.manifest.files.length,
        evidence: created.evidence
    };
}
/** `incident-<number>.json` files in the gate's output folder, sorted by number. */
async function incidentRecords(dir) {
    try {
        return (await (0,promises_.readdir)(dir))
            .filter((n) => /^incident-[1-9][0-9]{0,9}\.json$/.test(n))
            .sort((a, b) => Number(a.slice(9, -5)) - Number(b.slice(9, -5)))
            .map((n) => external_node_path_default().join(dir, n));
    }
    catch {
        return [];
    }
}
async function existing(files) {
    const out = [];
    for (const f of files) {
        try {
            await (0,promises_.access)(f);
            out.push(f);
        }
        catch {
            /* not there: the bundle says so through the lineage's missing decision */
        }
    }
    return out;
}
async function readDecision(file) {
    if (!file)
        return null;
    try {
        const s = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        return typeof s.decision === 'string' && typeof s.status === 'string'
            ? { decision: s.decision, status: s.status }
            : null;
    }
    catch {
        return null;
    }
}
/**
 * The reports of the lineage as the gate judged them: each report-kind source file of each control
 * with the control's status, and the unclaimed reports; read from the summary, so no report is
 * read and parsed again (10,000 reports or 1 GiB of them cost nothing here). Undefined when there
 * is no summary, it is not what gonogo gate writes, or it records no inputs (then the reports
 * folder is read as before).
 */
async function reportFactsFromSummary(file) {
    if (!file)
        return undefined;
    let parsed;
    try {
        parsed = (0,json_error/* parseBoundedJson */.Rj)(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
    if (!parsed.ok || !(0,verdict/* isRecord */.u4)(parsed.value))
        return undefined;
    const s = parsed.value;
    if (s.inputs === undefined || !Array.isArray(s.controls))
        return undefined;
    const out = [];
    for (const c of s.controls) {
        // An edited summary: an entry not shaped as the gate writes it is not a report fact.
        if (!(0,verdict/* isRecord */.u4)(c) || typeof c.id !== 'string' || typeof c.status !== 'string')
            continue;
        const ev = c.evidence;
        if (!(0,verdict/* isRecord */.u4)(ev) || ev.kind !== 'report' || !Array.isArray(ev.files))
            continue;
        for (const f of ev.files)
            if (typeof f === 'string')
                out.push({ path: f, control: c.id, status: c.status });
    }
    for (const f of Array.isArray(s.unclaimed_reports) ? s.unclaimed_reports : [])
        if (typeof f === 'string')
            out.push({ path: f, control: external_node_path_default().basename(f, '.json'), status: 'unclaimed' });
    return out.sort((a, b) => (0,bundle_manifest/* comparePaths */.cD)(a.path, b.path));
}
/** Reports larger than this (1 MiB; a status report is a few KiB, larger JSON is data such as SARIF) are listed in the lineage without their status, not parsed. */
const LINEAGE_REPORT_BYTES = 1024 * 1024;
/** The gonogo reports in the reports folder (control and status), for the lineage. */
async function reportFacts(ws, reports) {
    const out = [];
    const { files } = await ws
        .glob(`${reports.replace(/\/+$/, '')}/**/*.json`, 10_000)
        .catch(() => ({ files: [] }));
    for (const f of files) {
        // Only a report's control and status go into the lineage: a large one (a SARIF-sized JSON)
        // is listed without being parsed again; the gate's summary, when bundled, has its status.
        const r = await ws.readText(f, LINEAGE_REPORT_BYTES);
        if (!r.ok) {
            if (r.reason === 'too-large')
                out.push({ path: f, control: external_node_path_default().basename(f, '.json'), status: 'unknown' });
            continue;
        }
        try {
            const d = JSON.parse(r.text);
            const status = typeof d.status === 'string'
                ? d.status
                : typeof d.slo_status === 'string'
                    ? d.slo_status
                    : 'unknown';
            out.push({
                path: f,
                control: typeof d.control === 'string' ? d.control : external_node_path_default().basename(f, '.json'),
                status
            });
        }
        catch {
            out.push({ path: f, control: external_node_path_default().basename(f, '.json'), status: 'invalid' });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/release-bundle/bundle-step.ts









/** mode: bundle — lineage + reports + summary → signed bundle → workflow artifact. */
async function bundleStep() {
    const ctx = (0,runner_context/* readRunnerContext */.g)();
    const signingKey = core/* getInput */.V4('signing-key');
    (0,action_output/* addSecret */.Ck)(signingKey);
    const token = core/* getInput */.V4('token');
    (0,action_output/* addSecret */.Ck)(token);
    const tmp = process.env.RUNNER_TEMP ?? ctx.workspace;
    const createdAt = (0,bundle_manifest/* bundleCreationTime */.Jc)(process.env.SOURCE_DATE_EPOCH, core/* getInput */.V4('effective-time'), Date.now);
    const sha = core/* getInput */.V4('sha') || ctx.sha;
    const releaseTag = core/* getInput */.V4('release-tag');
    const r = await runBundle({
        workspace: ctx.workspace,
        reports: core/* getInput */.V4('reports') || 'gonogo-reports',
        summaryDir: core/* getInput */.V4('summary') || external_node_path_default().join(tmp, 'gonogo'),
        output: core/* getInput */.V4('output') || external_node_path_default().join(tmp, 'gonogo-bundle'),
        subject: {
            repository: ctx.repository,
            sha,
            ref: ctx.ref,
            ...(releaseTag ? { tag: releaseTag } : {})
        },
        env: process.env,
        needs: core/* getInput */.V4('needs'),
        requiredJobs: core/* getInput */.V4('required-jobs')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ...(releaseTag ? { releaseTag } : {}),
        ...(signingKey ? { signingKey } : {}),
        createdAt,
        ...(token && ctx.owner
            ? { github: { token, apiUrl: ctx.apiUrl, owner: ctx.owner, repo: ctx.repo } }
            : {})
    });
    (0,action_output/* setOutput */.uH)('bundle-id', r.bundleId);
    (0,action_output/* setOutput */.uH)('digest', r.digest);
    (0,action_output/* setOutput */.uH)('path', r.path);
    // Written before the upload: an upload that fails must not lose what the bundle says.
    await (0,action_output/* writeSummary */.Sy)(`## gonogo release bundle\n\nBundle \`${r.bundleId}\` · digest \`${r.digest}\`${r.signed ? ' · signed (HMAC-SHA256)' : ''}\n\n${r.lineageProblems.length ? `Lineage is incomplete:\n\n${r.lineageProblems.map((p) => `- ${(0,render_escape/* escapeText */.X1)(p.message, 2000)}`).join('\n')}\n` : 'Lineage is complete.\n'}`);
    if ((0,inputs/* bool */.lc)('upload')) {
        const { uploadFolder } = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 32779));
        let up;
        try {
            if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
                throw new errors/* ConfigurationError */.j1('no ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL: run inside GitHub Actions, or set upload: false');
            }
            up = await uploadFolder(core/* getInput */.V4('name') || `gonogo-bundle-${r.bundleId}`, r.path, {
                renameHint: "the action's `name:` input"
            });
        }
        catch (e) {
            // As the org shard does: the summary says so, then the step fails with the message.
            await (0,action_output/* writeSummary */.Sy)(`\n**Not uploaded:** ${(0,render_escape/* escapeText */.X1)((0,errors/* errorMessage */.gJ)(e), 2000)}\n`);
            throw e;
        }
        (0,action_output/* setOutput */.uH)('artifact-id', String(up.id));
        (0,action_output/* info */.pq)(`uploaded bundle ${r.bundleId} as artifact ${up.id} (${up.size} bytes)`);
    }
    // An incomplete lineage is uploaded as evidence of the failure, but never attested.
    if ((0,inputs/* bool */.lc)('attest') && r.lineageProblems.length === 0) {
        if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
            throw new errors/* ConfigurationError */.j1("attest: true needs 'id-token: write' (and 'attestations: write') in the job's permissions");
        }
        const { attest } = await Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(551), __webpack_require__.e(842)]).then(__webpack_require__.bind(__webpack_require__, 49842));
        const a = await attest({
            subjects: [
                {
                    name: `${r.bundleId}/manifest.json`,
                    digest: { sha256: r.digest.replace(/^sha256:/, '') }
                }
            ],
            predicateType: 'https://gonogo.dev/attestation/bundle/v1',
            predicate: { bundle_id: r.bundleId, digest: r.digest },
            token
        });
        (0,action_output/* setOutput */.uH)('attestation-id', a.attestationID ?? '');
    }
    if (r.lineageProblems.length > 0) {
        (0,action_output/* setFailed */.C1)(`gonogo release-bundle: lineage incomplete: ${r.lineageProblems.map((p) => p.message).join('; ')}`);
    }
}


/***/ }),

/***/ 98799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ canonicalize)
/* harmony export */ });
function serializeString (value) {
  if (!value.isWellFormed()) {
    throw new Error('Lone surrogate is not allowed');
  }
  return JSON.stringify(value);
}

function serializePrimitive (value) {
  switch (typeof value) {
    case 'number':
      if (isNaN(value)) {
        throw new Error('NaN is not allowed');
      }
      if (!isFinite(value)) {
        throw new Error('Infinity is not allowed');
      }
      // For finite numbers String(value) would give identical output, but
      // JSON.stringify benchmarks faster on V8.
      return JSON.stringify(value);
    case 'string':
      return serializeString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      // null, or values JSON.stringify maps to undefined (undefined,
      // functions, symbols).
      return JSON.stringify(value);
  }
}

// Resolves a value to either its serialized primitive form (a string — or
// undefined, for values JSON.stringify drops) or a frame describing the
// container to descend into. Callers distinguish the two cases with
// `typeof result !== 'object'`.
//
// toJSON results are unwrapped here, and the wrapper objects stay in `seen`
// until the resolved subtree is fully serialized, so cycles introduced via
// toJSON are still detected.
function enterValue (value, seen) {
  let wrappers = null;
  while (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
    if (seen.has(value)) {
      throw new Error('Circular reference detected');
    }
    seen.add(value);
    (wrappers ??= []).push(value);
    value = value.toJSON();
  }

  // Boxed Number/String/Boolean objects serialize as their primitive values,
  // mirroring how JSON.stringify treats them.
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    value = value.valueOf();
  }

  if (value === null || typeof value !== 'object') {
    if (wrappers !== null) {
      for (const wrapper of wrappers) seen.delete(wrapper);
    }
    return serializePrimitive(value);
  }

  if (seen.has(value)) {
    throw new Error('Circular reference detected');
  }
  seen.add(value);

  return {
    container: value,
    // null marks an array frame; object frames carry their sorted keys.
    // `sort()`'s default comparator orders by UTF-16 code unit, which is the
    // order JCS requires.
    keys: Array.isArray(value) ? null : Object.keys(value).sort(),
    // Next child to serialize; the frame resumes here after a nested
    // container's subtree completes.
    index: 0,
    // Whether no member has been emitted yet (controls comma placement).
    first: true,
    // toJSON wrappers to release from `seen` when this frame completes.
    wrappers
  };
}

function canonicalize (object) {
  if (object === null || typeof object !== 'object') {
    return serializePrimitive(object);
  }

  const seen = new Set();
  const root = enterValue(object, seen);
  if (typeof root !== 'object') {
    // A toJSON chain resolved the input to a primitive.
    return root;
  }

  let result = root.keys === null ? '[' : '{';
  const stack = [root];

  // Depth-first serialization with an explicit stack instead of recursion, so
  // nesting depth is bounded by heap size rather than call-stack size. The top
  // frame is the container currently being serialized: primitive children are
  // appended inline, while a nested container pushes a new frame and jumps
  // back to the outer loop. Because frame.index was already advanced, the
  // parent resumes at its next child once the subtree is done. Opening
  // brackets are emitted when a frame is pushed, closing brackets when it
  // completes.
  outer:
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const container = frame.container;

    // keys === null marks an array frame; otherwise keys holds the object's
    // sorted property names. Either way the iteration counter lives on the
    // frame itself (frame.index), so when a frame is resumed after a nested
    // container completes, the while condition continues at the first
    // unserialized child instead of restarting from the beginning.
    if (frame.keys === null) {
      while (frame.index < container.length) {
        const i = frame.index++;
        if (i > 0) {
          result += ',';
        }
        const element = container[i];
        // Inside arrays, JSON.stringify serializes values with no JSON
        // representation (undefined, symbols, functions) as null.
        const value = element === undefined || typeof element === 'symbol' || typeof element === 'function' ? null : element;
        if (value === null || typeof value !== 'object') {
          result += serializePrimitive(value);
          continue;
        }
        const child = enterValue(value, seen);
        if (typeof child !== 'object') {
          // A toJSON chain resolved the child to an already-serialized
          // primitive — or, when child is undefined, to a value with no JSON
          // representation, which becomes null inside arrays.
          result += child === undefined ? 'null' : child;
          continue;
        }
        result += child.keys === null ? '[' : '{';
        stack.push(child);
        continue outer;
      }
      result += ']';
    } else {
      const keys = frame.keys;
      while (frame.index < keys.length) {
        const key = keys[frame.index++];
        const value = container[key];
        // Inside objects, JSON.stringify omits properties whose value has no
        // JSON representation (undefined, symbols, functions).
        if (value === undefined || typeof value === 'symbol' || typeof value === 'function') {
          continue;
        }
        if (value === null || typeof value !== 'object') {
          // Commas are tracked with a flag rather than the key index: a
          // skipped key must not leave a stray comma behind.
          if (frame.first) {
            frame.first = false;
          } else {
            result += ',';
          }
          result += serializeString(key) + ':' + serializePrimitive(value);
          continue;
        }
        // The child must be resolved before the key is emitted: a toJSON
        // returning a value with no JSON representation drops the whole
        // property.
        const child = enterValue(value, seen);
        if (child === undefined) {
          continue;
        }
        if (frame.first) {
          frame.first = false;
        } else {
          result += ',';
        }
        result += serializeString(key) + ':';
        if (typeof child !== 'object') {
          result += child;
          continue;
        }
        result += child.keys === null ? '[' : '{';
        stack.push(child);
        continue outer;
      }
      result += '}';
    }

    // Frame complete. The container leaves `seen` so that a later, sibling
    // reference to the same object is not mistaken for a cycle.
    seen.delete(container);
    if (frame.wrappers !== null) {
      for (const wrapper of frame.wrappers) seen.delete(wrapper);
    }
    stack.pop();
  }

  return result;
}


/***/ })

};
