export const id = 516;
export const ids = [516];
export const modules = {

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
    try {
        if (!(await (0,promises_.stat)(reportsAbs)).isDirectory())
            throw new Error('not a folder');
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`reports folder ${reportsRel || '.'} not found in the workspace`);
    }
    const output = external_node_path_default().resolve(o.output);
    for (const [inner, outer, what] of [
        [output, reportsAbs, 'inside the reports folder'],
        [reportsAbs, output, 'around the reports folder'],
        [ws.root, output, 'around the workspace']
    ]) {
        if (isWithin(outer, inner))
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
        await copyReports(ws, realRoot, reportsRel, stage, written);
        await copySummaries(o.summaryFiles ?? [], stage, written);
        if (o.lineage !== undefined) {
            const text = Buffer.from((0,secrets/* scrubSecrets */.Zg)(`${(0,canonical_json/* stableStringify */.J)(o.lineage)}\n`), 'utf8');
            await (0,promises_.writeFile)(external_node_path_default().join(stage, bundle_manifest/* LINEAGE_FILE */.tE), text);
            written.set(bundle_manifest/* LINEAGE_FILE */.tE, { size: text.length, sha256: sha256Hex(text) });
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
            signed: o.signingKey !== undefined
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
        const source = openSource(external_node_path_default().join(ws.root, ...rel.split('/')), rel, realRoot, realDirs);
        const dest = external_node_path_default().join(stage, ...inBundle.split('/'));
        const destDir = external_node_path_default().dirname(dest);
        try {
            if (!madeDirs.has(destDir)) {
                (0,external_node_fs_.mkdirSync)(destDir, { recursive: true });
                madeDirs.add(destDir);
            }
            written.set(inBundle, await copyEvidence(source, dest));
        }
        finally {
            (0,external_node_fs_.closeSync)(source.fd);
        }
    }
}
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
    const dir = external_node_path_default().dirname(abs);
    let realDir = realDirs.get(dir);
    if (realDir === undefined) {
        try {
            realDir = external_node_fs_.realpathSync.native(dir);
        }
        catch {
            realDir = null;
        }
        realDirs.set(dir, realDir);
    }
    if (realDir === null)
        throw new errors/* ConfigurationError */.j1(`${rel}: cannot be read (a broken symbolic link?)`);
    if (!isWithin(realRoot, realDir))
        throw new errors/* ConfigurationError */.j1(`${rel}: symbolic link that leads outside the workspace`);
    try {
        return (0,hash_file/* openRegularFile */.ZU)(abs);
    }
    catch (e) {
        if (e.code !== 'ELOOP')
            throw sourceError(rel, e);
    }
    let real;
    try {
        real = external_node_fs_.realpathSync.native(abs);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${rel}: cannot be read (a broken symbolic link?)`);
    }
    if (!isWithin(realRoot, real))
        throw new errors/* ConfigurationError */.j1(`${rel}: symbolic link that leads outside the workspace`);
    try {
        return (0,hash_file/* openRegularFile */.ZU)(real);
    }
    catch (e) {
        throw sourceError(rel, e);
    }
}
function sourceError(rel, e) {
    if (e instanceof hash_file/* NotRegularFileError */.iZ)
        return new errors/* ConfigurationError */.j1(`${rel}: not a regular file`);
    const code = e.code;
    if (code === 'ELOOP')
        return new errors/* ConfigurationError */.j1(`${rel}: symbolic link that changed while it was read`);
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return new errors/* ConfigurationError */.j1(`${rel}: cannot be read (a broken symbolic link?)`);
    return new errors/* ConfigurationError */.j1(`${rel}: cannot be read (${code ?? errorText(e)})`);
}
function errorText(e) {
    return e instanceof Error ? e.message : String(e);
}
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
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
    const hash = (0,external_node_crypto_.createHash)('sha256');
    if ((0,secrets/* hasSecrets */.kH)() && source.size <= MAX_SCRUB_BYTES) {
        const chunks = [];
        await (0,hash_file/* pumpFd */.rV)(source.fd, source.size, (chunk) => void chunks.push(Buffer.from(chunk)));
        const data = Buffer.concat(chunks);
        const scrubbed = (0,secrets/* scrubBytes */.Jv)(data);
        if (scrubbed.length <= hash_file/* SYNC_READ_BYTES */.N9)
            (0,external_node_fs_.writeFileSync)(dest, scrubbed, { flag: 'wx' });
        else
            await (0,promises_.writeFile)(dest, scrubbed, { flag: 'wx' });
        return { size: scrubbed.length, sha256: hash.update(scrubbed).digest('hex') };
    }
    const out = (0,external_node_fs_.openSync)(dest, 'wx');
    try {
        // A small file is read, hashed and written with synchronous calls; a large one streamed.
        const size = source.size <= hash_file/* SYNC_READ_BYTES */.N9
            ? (0,hash_file/* pumpFdSync */.oo)(source.fd, (chunk) => {
                hash.update(chunk);
                writeAllSync(out, chunk);
            })
            : await (0,hash_file/* pumpFd */.rV)(source.fd, source.size, async (chunk) => {
                hash.update(chunk);
                await writeAll(out, chunk);
            });
        return { size, sha256: hash.digest('hex') };
    }
    finally {
        (0,external_node_fs_.closeSync)(out);
    }
}
function writeAllSync(fd, data) {
    for (let at = 0; at < data.length;)
        at += (0,external_node_fs_.writeSync)(fd, data, at, data.length - at);
}
async function writeAll(fd, data) {
    for (let at = 0; at < data.length;)
        at += await new Promise((resolve, reject) => (0,external_node_fs_.write)(fd, data, at, data.length - at, null, (e, n) => (e ? reject(e) : resolve(n))));
}
async function copySummaries(summaryFiles, stage, written) {
    const reserved = new Set([bundle_manifest/* MANIFEST_FILE */.h1, bundle_manifest/* SIGNATURE_FILE */.I9, bundle_manifest/* LINEAGE_FILE */.tE, bundle_manifest/* REPORTS_DIR */.m4]);
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
            throw new errors/* ConfigurationError */.j1(`${file}: summary file cannot be read (${errorText(e)})`);
        }
        try {
            written.set(name, await copyEvidence(source, external_node_path_default().join(stage, name)));
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
function isWithin(outer, inner) {
    const rel = external_node_path_default().relative(outer, inner);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(rel));
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
        const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 96584));
        const { pullsForCommits } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(689), __webpack_require__.e(511)]).then(__webpack_require__.bind(__webpack_require__, 5511));
        pulls = await pullsForCommits(createClient(o.github.token, { baseUrl: o.github.apiUrl }), { owner: o.github.owner, repo: o.github.repo }, git.commits);
    }
    const run = (0,bundle_manifest/* runFromEnv */.xc)(o.env);
    const summaryFiles = o.summaryDir
        ? await existing([external_node_path_default().join(o.summaryDir, contracts/* SUMMARY_JSON */.qJ), external_node_path_default().join(o.summaryDir, contracts/* SUMMARY_MD */.Hr)])
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
        reports: await reportFacts(ws, o.reports),
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
        lineageProblems: problems
    };
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
/** The gonogo reports in the reports folder (control and status), for the lineage. */
async function reportFacts(ws, reports) {
    const out = [];
    const { files } = await ws
        .glob(`${reports.replace(/\/+$/, '')}/**/*.json`, 10_000)
        .catch(() => ({ files: [] }));
    for (const f of files) {
        const r = await ws.readText(f, 50 * 1024 * 1024);
        if (!r.ok)
            continue;
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
    if ((0,inputs/* bool */.lc)('upload')) {
        if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
            throw new errors/* ConfigurationError */.j1('no ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL: run inside GitHub Actions, or set upload: false');
        }
        const { uploadFolder } = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 32779));
        const up = await uploadFolder(core/* getInput */.V4('name') || `gonogo-bundle-${r.bundleId}`, r.path);
        (0,action_output/* setOutput */.uH)('artifact-id', String(up.id));
        (0,action_output/* info */.pq)(`uploaded bundle ${r.bundleId} as artifact ${up.id} (${up.size} bytes)`);
    }
    // An incomplete lineage is uploaded as evidence of the failure, but never attested.
    if ((0,inputs/* bool */.lc)('attest') && r.lineageProblems.length === 0) {
        if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
            throw new errors/* ConfigurationError */.j1("attest: true needs 'id-token: write' (and 'attestations: write') in the job's permissions");
        }
        const { attest } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(551), __webpack_require__.e(842)]).then(__webpack_require__.bind(__webpack_require__, 49842));
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
    await (0,action_output/* writeSummary */.Sy)(`## gonogo release bundle\n\nBundle \`${r.bundleId}\` · digest \`${r.digest}\`${r.signed ? ' · signed (HMAC-SHA256)' : ''}\n\n${r.lineageProblems.length ? `Lineage is incomplete:\n\n${r.lineageProblems.map((p) => `- ${p.message.replace(/[<>`|@]/g, ' ')}`).join('\n')}\n` : 'Lineage is complete.\n'}`);
    if (r.lineageProblems.length > 0) {
        (0,action_output/* setFailed */.C1)(`gonogo release-bundle: lineage incomplete: ${r.lineageProblems.map((p) => p.message).join('; ')}`);
    }
}


/***/ })

};
