export const id = 893;
export const ids = [893];
export const modules = {

/***/ 97893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isOrgMode: () => (/* binding */ isOrgMode),
/* harmony export */   orgStep: () => (/* binding */ orgStep)
/* harmony export */ });
/* unused harmony export ORG_MODES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77094);
/* harmony import */ var _io_action_output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46652);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22334);
/* harmony import */ var _github_runner_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72579);







/** The organisation modes of action-ruleset-verify (issue 19). */
const ORG_MODES = ['plan', 'shard', 'merge'];
const list = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4(name)
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
/**
 * mode: plan — list and shard the organisation's repositories; outputs `shards` (a JSON array for
 * `strategy.matrix.shard`) and `plan` (for the merge job).
 * mode: shard — verify one shard (input `shard`: `${{ toJSON(matrix.shard) }}`) within the
 * rate-limit budget and upload its reports as the artifact `gonogo-org-shard-<index>`.
 * mode: merge — the shards' artifacts downloaded into `input` (actions/download-artifact with
 * `pattern: gonogo-org-shard-*`) → org-report.json, .sarif, .md and the job summary; a shard that
 * left nothing makes its repositories unverified.
 */
async function orgStep(mode) {
    const ctx = (0,_github_runner_context_js__WEBPACK_IMPORTED_MODULE_6__/* .readRunnerContext */ .g)();
    const token = _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('token');
    (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(token);
    const effective = _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('effective-time');
    const time = effective ? (0,_core_time_js__WEBPACK_IMPORTED_MODULE_5__/* .parseEffectiveTime */ .cD)(effective) : Date.now();
    const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workspace, _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('output') || 'gonogo-reports');
    const org = await __webpack_require__.e(/* import() */ 828).then(__webpack_require__.bind(__webpack_require__, 5828));
    if (mode === 'merge') {
        const plan = parsePlan(_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('plan'));
        const input = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workspace, _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('input') || 'gonogo-org');
        await shardFolders(input);
        const results = await org.readShards(input, plan);
        const w = await org.writeOrgReport({
            plan,
            results,
            generatedAt: new Date(time).toISOString(),
            output: out,
            policyPath: _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('config') || '.github/gonogo.yml'
        });
        const t = w.report.totals;
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('status', t.failed > 0 ? 'failed' : t.unverified > 0 ? 'unverified' : 'passed');
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('report-paths', JSON.stringify(w.paths));
        await (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)(w.markdown);
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`gonogo org: ${t.repositories} repositories: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified`);
        return;
    }
    if (!token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1("Input 'token' is empty: the organisation is read through the API");
    let requests = 0;
    const { createClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 96584));
    const gh = createClient(token, { baseUrl: ctx.apiUrl, onRequest: () => requests++ });
    if (mode === 'plan') {
        const name = _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('org') || ctx.owner;
        if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input 'org' must be an organisation name, got '${name}'`);
        const count = Number(_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('shards') || '10');
        if (!Number.isInteger(count) || count < 1 || count > 256)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input 'shards' must be a whole number from 1 to 256`);
        const visibility = list('visibility').map((v) => {
            if (v !== 'public' && v !== 'private' && v !== 'internal')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input 'visibility': ${v} is not public, private or internal`);
            return v;
        });
        const filters = {
            topics: list('topics'),
            visibility,
            include: list('include'),
            exclude: list('exclude'),
            includeArchived: _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('include-archived') === 'true'
        };
        const plan = await org.planOrg({ gh, org: name, filters, shards: count });
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('shards', JSON.stringify(plan.shards));
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('plan', JSON.stringify(plan));
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('requests', String(requests));
        const n = plan.shards.reduce((k, s) => k + s.repositories.length, 0);
        await (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)(`## gonogo org plan\n\n${n} repositories of \`${name}\` in ${plan.shards.length} shards (${requests} API requests).\n`);
        (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`gonogo org plan: ${n} repositories in ${plan.shards.length} shards`);
        return;
    }
    const shard = parseShard(_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('shard'));
    const { loadPolicy } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 45041));
    const { Workspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2403));
    const config = _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('config') || '.github/gonogo.yml';
    const policy = await loadPolicy(await Workspace.open(ctx.workspace), config);
    const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(out, `shard-${shard.index}`);
    const r = await org.verifyShard({
        gh,
        apiUrl: ctx.apiUrl,
        shard,
        policy,
        config,
        effectiveTime: time,
        output: folder,
        requestCount: () => requests
    });
    (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('requests', String(requests));
    (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('report-paths', JSON.stringify([folder]));
    const budget = [...r.reports.values()].filter((rs) => rs.some((x) => x.checks.some((c) => c.id === 'api-budget'))).length;
    if (_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('upload') !== 'false') {
        if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('no ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL: run inside GitHub Actions, or set upload: false');
        const { uploadFolder } = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 32779));
        await uploadFolder(`gonogo-org-shard-${shard.index}`, folder);
    }
    (0,_io_action_output_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`gonogo org shard ${shard.index}: ${shard.repositories.length} repositories, ${requests} API requests${budget > 0 ? `, ${budget} left unverified: the API budget ran out` : ''}`);
}
function parseShard(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1("Input 'shard' must be ${{ toJSON(matrix.shard) }} of the plan job's shards");
    }
    const s = v;
    if (!Number.isInteger(s.index) ||
        !Array.isArray(s.repositories) ||
        !s.repositories.every((r) => typeof r === 'string' && /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(r)))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1("Input 'shard' is not a shard of the plan (index, repositories)");
    return { index: s.index, repositories: s.repositories, cost: Number(s.cost) || 0 };
}
function parsePlan(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1("Input 'plan' must be the plan job's plan output (JSON)");
    }
    const p = v;
    if (p.contract !== 'gonogo.org-plan/v1' ||
        typeof p.organisation !== 'string' ||
        !Array.isArray(p.shards))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1("Input 'plan' is not a gonogo.org-plan/v1 plan");
    return {
        contract: 'gonogo.org-plan/v1',
        organisation: p.organisation,
        shards: p.shards.map((s) => parseShard(JSON.stringify(s)))
    };
}
/**
 * actions/download-artifact (pattern gonogo-org-shard-*) puts each artifact in a folder named
 * after it: `gonogo-org-shard-<n>/` becomes `shard-<n>/`, the name readShards reads.
 */
async function shardFolders(dir) {
    let names = [];
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    }
    catch {
        return;
    }
    for (const n of names) {
        const m = /^gonogo-org-shard-(\d{1,3})$/.exec(n);
        if (m && !names.includes(`shard-${m[1]}`))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, n), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `shard-${m[1]}`));
    }
}
function isOrgMode(m) {
    return ORG_MODES.includes(m);
}


/***/ })

};
