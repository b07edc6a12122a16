export const id = 156;
export const ids = [156];
export const modules = {

/***/ 4156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ORG_USAGE: () => (/* binding */ ORG_USAGE),
/* harmony export */   orgCommand: () => (/* binding */ orgCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_map_limit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3075);
/* harmony import */ var _io_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7869);
/* harmony import */ var _core_org_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1405);
/* harmony import */ var _core_org_policy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2604);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4321);









const ORG_USAGE = `Options for org plan|verify|merge (token from $GITHUB_TOKEN, API from $GITHUB_API_URL):
  --org NAME                the organisation (plan, verify)
  --shards N                how many shards (1-256, default 10)
  --topic T, --visibility public|private|internal, --include GLOB, --exclude GLOB
                            which repositories (repeatable; archived ones only with
                            --include-archived)
  --config FILE             verify: the policy with branches: and org.overrides (default
                            .github/gonogo.yml); plan: checked against the plan when present
  --plan FILE               merge: the plan (default org-plan.json); plan: where it goes
  --costs FILE              plan, verify: a previous org-report.json; the requests each
                            repository took balance the shards
  --input DIR               merge: the shard-<n>/ folders (default gonogo-org)
  --output DIR              verify, merge: org-report.json, .sarif and .md (default gonogo-org)
  --etag-cache DIR          plan, verify: conditional requests (ETags) through this folder;
                            keep it between runs (answers 304 Not Modified do not count
                            against the rate limit)
  --effective-time TIME     the time in the reports (default: now)
`;
const OPTIONS = {
    org: { type: 'string' },
    shards: { type: 'string', default: '10' },
    topic: { type: 'string', multiple: true },
    visibility: { type: 'string', multiple: true },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    'include-archived': { type: 'boolean', default: false },
    config: { type: 'string', default: '.github/gonogo.yml' },
    plan: { type: 'string', default: 'org-plan.json' },
    costs: { type: 'string' },
    input: { type: 'string', default: 'gonogo-org' },
    output: { type: 'string', default: 'gonogo-org' },
    'effective-time': { type: 'string' },
    'etag-cache': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false }
};
/**
 * `gonogo org plan|verify|merge` (issue 19): plan lists and shards the organisation's
 * repositories; verify plans and runs every shard in this process (two at a time) then merges;
 * merge reads `shard-<n>/` folders (the shard jobs' artifacts) into one organisation report.
 * `--etag-cache DIR` makes plan's and verify's GET requests conditional through that folder
 * (github/etag-cache.ts); nothing is cached without it.
 * Exit: plan 0; verify and merge 0 when every repository passed, 1 otherwise; 2 usage.
 */
async function orgCommand(args, io) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
        args,
        options: OPTIONS,
        allowPositionals: true,
        strict: true
    });
    const [sub, ...extra] = positionals;
    if (values.help) {
        io.out(ORG_USAGE);
        return 0;
    }
    if (!sub || extra.length > 0 || !['plan', 'verify', 'merge'].includes(sub))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('usage: gonogo org plan|verify|merge [options]; run gonogo org --help');
    const at = (p) => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, p);
    const time = (0,_main_js__WEBPACK_IMPORTED_MODULE_7__/* .effectiveTimeOption */ .c)(values['effective-time']);
    const { readShards, writeOrgReport, planOrg, verifyShard } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(720), __webpack_require__.e(621), __webpack_require__.e(629), __webpack_require__.e(270)]).then(__webpack_require__.bind(__webpack_require__, 4270));
    if (sub === 'merge') {
        const plan = await readPlan(at(values.plan));
        const results = await readShards(at(values.input), plan);
        return report(io, await writeOrgReport({
            plan,
            results,
            generatedAt: new Date(time).toISOString(),
            output: at(values.output),
            policyPath: values.config
        }));
    }
    const org = values.org ?? '';
    if (!(0,_core_org_js__WEBPACK_IMPORTED_MODULE_5__/* .isOrganisationName */ .Qt)(org))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--org must be an organisation name, got ${JSON.stringify(org)}`);
    const shards = /^\d{1,3}$/.test(values.shards) ? Number(values.shards) : NaN;
    if (!Number.isInteger(shards) || shards < 1 || shards > 256)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--shards must be a whole number from 1 to 256, got ${JSON.stringify(values.shards)}`);
    const visibility = (values.visibility ?? []).map((v) => {
        if (v !== 'public' && v !== 'private' && v !== 'internal')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--visibility must be public, private or internal, got ${v}`);
        return v;
    });
    const filters = {
        ...(values.topic ? { topics: values.topic } : {}),
        ...(visibility.length ? { visibility } : {}),
        ...(values.include ? { include: values.include } : {}),
        ...(values.exclude ? { exclude: values.exclude } : {}),
        includeArchived: values['include-archived']
    };
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
    if (!token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("set GITHUB_TOKEN to a token that can read the organisation's repositories (a GitHub App installation token: metadata, contents and administration read)");
    const apiUrl = io.env.GITHUB_API_URL ?? 'https://api.github.com';
    let requests = 0;
    const { createClient, EtagCache } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(720)]).then(__webpack_require__.bind(__webpack_require__, 6720));
    const cacheDir = values['etag-cache'];
    if (cacheDir !== undefined && cacheDir.trim() === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('--etag-cache needs a folder (it is created when missing)');
    const etagCache = cacheDir !== undefined ? new EtagCache(at(cacheDir)) : undefined;
    const gh = createClient(token, {
        baseUrl: apiUrl,
        onRequest: () => requests++,
        ...(etagCache ? { etagCache } : {})
    });
    // The 304s among the requests: sent, answered from the cache, not counted by GitHub.
    const notModified = () => etagCache
        ? `, ${etagCache.stats.notModified} answered 304 Not Modified (not counted against the rate limit)`
        : '';
    const costs = values.costs ? await readCosts(at(values.costs)) : undefined;
    // verify: a missing or unreadable policy fails before the organisation is listed; plan reads
    // it when it is there, to warn of overrides that match nothing.
    const policy = sub === 'verify' || (await exists(at(values.config)))
        ? await readPolicy(io.cwd, values.config)
        : undefined;
    const plan = await planOrg({ gh, org, filters, shards, ...(costs ? { costs } : {}) });
    const planned = plan.shards.flatMap((s) => s.repositories);
    for (const u of policy ? (0,_core_org_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .unmatchedOverrides */ .b8)(policy, planned) : [])
        io.err(`warning: ${values.config}: ${u.message}\n`);
    if (sub === 'plan' || policy === undefined) {
        const file = at(values.plan);
        await (0,_io_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeAllOrNothing */ .P)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), [
            { name: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file), content: (0,_core_org_js__WEBPACK_IMPORTED_MODULE_5__/* .planText */ .Pt)(plan) }
        ]);
        const n = planned.length;
        io.out(`plan: ${n} repositories of ${org} in ${plan.shards.length} shards (${requests} requests${notModified()})\n  ${at(values.plan)} (${(0,_core_org_js__WEBPACK_IMPORTED_MODULE_5__/* .planDigest */ .Gb)(plan)})\n`);
        if (n === 0) {
            io.err(`gonogo org plan: no repository of ${org} is selected (check the token's access and the filters): nothing would be verified\n`);
            return 1;
        }
        return 0;
    }
    const out = at(values.output);
    const results = await (0,_core_map_limit_js__WEBPACK_IMPORTED_MODULE_8__/* .mapLimit */ .s)(plan.shards, 2, async (shard) => {
        const r = await verifyShard({
            gh,
            apiUrl,
            shard,
            policy,
            config: values.config,
            effectiveTime: time,
            output: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(out, `shard-${shard.index}`),
            requestCount: () => requests
        });
        return {
            index: shard.index,
            reports: r.reports,
            requests: new Map(Object.entries(r.requests)),
            overrides: new Map(Object.entries(r.overrides))
        };
    });
    const written = await writeOrgReport({
        plan,
        results,
        generatedAt: new Date(time).toISOString(),
        output: out,
        policyPath: values.config
    });
    const repos = written.report.totals.repositories;
    io.out(`  API requests: ${requests} (${repos > 0 ? (requests / repos).toFixed(1) : '0'} per repository)${notModified()}\n`);
    return report(io, written);
}
function report(io, w) {
    const t = w.report.totals;
    io.out(`org: ${t.repositories} repositories: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified\n`);
    for (const r of w.report.repositories.filter((x) => x.status !== 'passed').slice(0, 20))
        io.out(`  [${r.status}] ${r.repository}\n`);
    io.out(`  reports: ${w.paths.join(', ')}\n`);
    if (t.repositories === 0) {
        io.out('  no repository in the plan: nothing was verified\n');
        return 1;
    }
    return t.failed === 0 && t.unverified === 0 ? 0 : 1;
}
/** The policy verify checks every repository against (loaded on demand, as the gate loads it). */
async function readPolicy(cwd, config) {
    const { loadPolicy } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9707));
    const { Workspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2645));
    return loadPolicy(await Workspace.open(cwd), config);
}
/** Whether a file (or anything) is at the path; a plan reads the policy only when it is. */
async function exists(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        return true;
    }
    catch {
        return false;
    }
}
/** Measured costs from a previous org-report.json (see costsFromReport). */
async function readCosts(file) {
    try {
        return (0,_core_org_js__WEBPACK_IMPORTED_MODULE_5__/* .costsFromReport */ .Jl)(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8')));
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file}: not a readable org-report.json (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e)}); drop --costs or run gonogo org verify`);
    }
}
/** The plan file, checked (core/org.ts checkPlan); a usage error naming the file otherwise. */
async function readPlan(file) {
    let doc;
    try {
        doc = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file}: not a readable plan (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e)}); run gonogo org plan`);
    }
    const checked = (0,_core_org_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPlan */ .Gy)(doc);
    if ('error' in checked)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file}: not a gonogo.org-plan/v1 plan (${checked.error}); run gonogo org plan`);
    return checked.plan;
}


/***/ })

};
