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
/* harmony import */ var _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(484);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_map_limit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3075);
/* harmony import */ var _core_org_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1405);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4321);








const ORG_USAGE = `Options for org plan|verify|merge (token from $GITHUB_TOKEN, API from $GITHUB_API_URL):
  --org NAME                the organisation (plan, verify)
  --shards N                how many shards (1-256, default 10)
  --topic T, --visibility public|private|internal, --include GLOB, --exclude GLOB
                            which repositories (repeatable; archived ones only with
                            --include-archived)
  --config FILE             verify: the policy with branches: (default .github/gonogo.yml)
  --plan FILE               merge: the plan (default org-plan.json); plan: where it goes
  --costs FILE              plan, verify: a previous org-report.json; the requests each
                            repository took balance the shards
  --input DIR               merge: the shard-<n>/ folders (default gonogo-org)
  --output DIR              verify, merge: org-report.json, .sarif and .md (default gonogo-org)
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
    help: { type: 'boolean', short: 'h', default: false }
};
/**
 * `gonogo org plan|verify|merge` (issue 19): plan lists and shards the organisation's
 * repositories; verify plans and runs every shard in this process (two at a time) then merges;
 * merge reads `shard-<n>/` folders (the shard jobs' artifacts) into one organisation report.
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
    const time = (0,_main_js__WEBPACK_IMPORTED_MODULE_5__/* .effectiveTimeOption */ .c)(values['effective-time']);
    const { readShards, writeOrgReport, planOrg, verifyShard } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(343), __webpack_require__.e(621), __webpack_require__.e(629), __webpack_require__.e(190)]).then(__webpack_require__.bind(__webpack_require__, 1190));
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
    if (!(0,_core_org_js__WEBPACK_IMPORTED_MODULE_4__/* .isOrganisationName */ .Qt)(org))
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
    const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(572)]).then(__webpack_require__.bind(__webpack_require__, 572));
    const gh = createClient(token, { baseUrl: apiUrl, onRequest: () => requests++ });
    const costs = values.costs ? await readCosts(at(values.costs)) : undefined;
    const plan = await planOrg({ gh, org, filters, shards, ...(costs ? { costs } : {}) });
    if (sub === 'plan') {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(at(values.plan), `${(0,_core_canonical_json_js__WEBPACK_IMPORTED_MODULE_6__/* .stableStringify */ .J)(plan)}\n`);
        const n = plan.shards.reduce((k, s) => k + s.repositories.length, 0);
        io.out(`plan: ${n} repositories of ${org} in ${plan.shards.length} shards (${requests} requests)\n  ${at(values.plan)}\n`);
        if (n === 0) {
            io.err(`gonogo org plan: no repository of ${org} is selected (check the token's access and the filters): nothing would be verified\n`);
            return 1;
        }
        return 0;
    }
    const { loadPolicy } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9707));
    const { Workspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2645));
    const policy = await loadPolicy(await Workspace.open(io.cwd), values.config);
    const out = at(values.output);
    const results = await (0,_core_map_limit_js__WEBPACK_IMPORTED_MODULE_7__/* .mapLimit */ .s)(plan.shards, 2, async (shard) => {
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
        return { index: shard.index, reports: r.reports, requests: new Map(Object.entries(r.requests)) };
    });
    const written = await writeOrgReport({
        plan,
        results,
        generatedAt: new Date(time).toISOString(),
        output: out,
        policyPath: values.config
    });
    const repos = written.report.totals.repositories;
    io.out(`  API requests: ${requests} (${repos > 0 ? (requests / repos).toFixed(1) : '0'} per repository)\n`);
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
/** Measured costs from a previous org-report.json (see costsFromReport). */
async function readCosts(file) {
    try {
        return (0,_core_org_js__WEBPACK_IMPORTED_MODULE_4__/* .costsFromReport */ .Jl)(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8')));
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
    const checked = (0,_core_org_js__WEBPACK_IMPORTED_MODULE_4__/* .checkPlan */ .Gy)(doc);
    if ('error' in checked)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file}: not a gonogo.org-plan/v1 plan (${checked.error}); run gonogo org plan`);
    return checked.plan;
}


/***/ }),

/***/ 1405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ checkPlan),
/* harmony export */   Jl: () => (/* binding */ costsFromReport),
/* harmony export */   Ok: () => (/* binding */ ORG_CONTROLS),
/* harmony export */   Qt: () => (/* binding */ isOrganisationName),
/* harmony export */   Sg: () => (/* binding */ renderOrgMarkdown),
/* harmony export */   Ue: () => (/* binding */ DEFAULT_REPO_REQUESTS),
/* harmony export */   _b: () => (/* binding */ orgSarif),
/* harmony export */   bO: () => (/* binding */ mergeOrg),
/* harmony export */   en: () => (/* binding */ isRepositoryName),
/* harmony export */   i9: () => (/* binding */ selectRepos),
/* harmony export */   tF: () => (/* binding */ planShards)
/* harmony export */ });
/* unused harmony exports settingOf, SARIF_MAX_RESULTS */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Organisation scale (issue 19), the pure half: which repositories a plan covers, how they are
 * split into shards of balanced expected request cost, and how the shards' verify-rules reports
 * merge into one organisation report (table repository × setting, totals, worst first), its
 * Markdown and a SARIF log for code scanning. No I/O: the listing, the per-shard verification and
 * the artifacts live in io/ and github/.
 */

/**
 * An organisation login as GitHub allows it: letters, digits and single hyphens, not at either
 * end, at most 39 characters.
 */
function isOrganisationName(s) {
    return /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(s);
}
/**
 * OWNER/NAME as GitHub allows it (letters, digits, `-`, `_`, `.`; the name at most 100
 * characters and neither `.` nor `..`): a name that is safe as a folder name under a shard's
 * output (no path can climb out of it) and as Markdown code.
 */
function isRepositoryName(full) {
    const m = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9_.-]{1,100})$/.exec(full);
    return m !== null && m[2] !== '.' && m[2] !== '..';
}
/**
 * The requests one repository's verify-rules is expected to cost when no earlier run measured it:
 * the repository, the default branch's classic protection and its rules
 * (GET /repos/{o}/{r}/rules/branches/{branch}), the rulesets list, the workflows listing and a few
 * workflow files (for the check names). A measured figure from the previous organisation report
 * (`requests` of its row) replaces it in {@link planShards}.
 */
const DEFAULT_REPO_REQUESTS = 9;
/**
 * The repositories a plan covers, sorted by full name (case-insensitive, then exact): archived
 * ones left out unless `includeArchived`, then topics, visibility, include and exclude globs.
 */
function selectRepos(repos, f = {}) {
    const include = f.include?.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...f.include], { nocase: true, dot: true }) : null;
    const exclude = f.exclude?.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...f.exclude], { nocase: true, dot: true }) : null;
    const topics = f.topics?.length ? new Set(f.topics.map((t) => t.toLowerCase())) : null;
    const visibility = f.visibility?.length ? new Set(f.visibility) : null;
    const seen = new Set();
    const out = [];
    for (const r of repos) {
        const key = r.full_name.toLowerCase();
        if (seen.has(key))
            continue;
        seen.add(key);
        const name = r.full_name.split('/')[1] ?? r.full_name;
        if (r.archived && !f.includeArchived)
            continue;
        if (topics && !r.topics.some((t) => topics.has(t.toLowerCase())))
            continue;
        if (visibility && !visibility.has(r.visibility))
            continue;
        if (include && !include(name))
            continue;
        if (exclude && exclude(name))
            continue;
        out.push(r);
    }
    return out.sort((a, b) => byName(a.full_name, b.full_name));
}
/**
 * Splits repositories into `count` shards of balanced expected cost, deterministically: the same
 * list gives the same shards whatever its order. Longest-processing-time-first (Graham 1969):
 * repositories by cost, highest first (ties by name), each to the shard with the least cost so
 * far (ties: the lowest index); no shard is more than one repository's cost above the lightest.
 * Fewer repositories than shards gives fewer shards (no empty matrix job).
 *
 * @param count shards wanted, 1–256 (GitHub's matrix limit is 256 jobs)
 * @param costs requests each repository took in an earlier run (OWNER/NAME → requests); others
 *   cost {@link DEFAULT_REPO_REQUESTS}
 * @throws RangeError for a count outside 1–256
 */
function planShards(repos, count, costs = new Map()) {
    if (!Number.isInteger(count) || count < 1 || count > 256)
        throw new RangeError(`shards must be a whole number from 1 to 256, got ${count}`);
    const costOf = (name) => {
        const c = costs.get(name);
        return c !== undefined && Number.isFinite(c) && c > 0 ? Math.ceil(c) : DEFAULT_REPO_REQUESTS;
    };
    const items = repos
        .map((r) => ({ name: r.full_name, cost: costOf(r.full_name) }))
        .sort((a, b) => b.cost - a.cost || byName(a.name, b.name));
    const n = Math.min(count, items.length);
    const shards = Array.from({ length: n }, (_, index) => ({
        index,
        repositories: [],
        cost: 0
    }));
    for (const it of items) {
        let best = shards[0];
        for (const s of shards)
            if (s.cost < best.cost)
                best = s;
        best.repositories.push(it.name);
        best.cost += it.cost;
    }
    for (const s of shards)
        s.repositories.sort(byName);
    return shards;
}
/**
 * A plan read back (a file, an action input): the contract, a valid organisation name, at most
 * 256 shards with distinct whole indexes 0–255, and repositories that are valid OWNER/NAMEs of
 * that organisation, each in one shard only. Returns the plan (shards by index, their
 * repositories sorted) or what is wrong with it, naming the field; never throws.
 */
function checkPlan(doc) {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return { error: 'not a JSON object' };
    const p = doc;
    if (p.contract !== 'gonogo.org-plan/v1')
        return { error: `contract is ${JSON.stringify(p.contract)}, not "gonogo.org-plan/v1"` };
    if (typeof p.organisation !== 'string' || !isOrganisationName(p.organisation))
        return { error: 'organisation is not an organisation name' };
    const org = p.organisation.toLowerCase();
    if (!Array.isArray(p.shards) || p.shards.length > 256)
        return { error: 'shards is not a list of at most 256 shards' };
    const indexes = new Set();
    const seen = new Set();
    const shards = [];
    for (const [i, raw] of p.shards.entries()) {
        const s = raw;
        if (typeof s !== 'object' || s === null)
            return { error: `shards[${i}] is not an object` };
        if (!Number.isInteger(s.index) || s.index < 0 || s.index > 255)
            return { error: `shards[${i}].index is not a whole number from 0 to 255` };
        const index = s.index;
        if (indexes.has(index))
            return { error: `shards[${i}].index ${index} appears twice` };
        indexes.add(index);
        if (!Array.isArray(s.repositories))
            return { error: `shards[${i}].repositories is not a list` };
        for (const r of s.repositories) {
            if (typeof r !== 'string' || !isRepositoryName(r))
                return { error: `shards[${i}].repositories holds ${JSON.stringify(r)}, not OWNER/NAME` };
            if (r.split('/')[0]?.toLowerCase() !== org)
                return {
                    error: `shards[${i}].repositories holds ${r}, not a repository of ${p.organisation}`
                };
            if (seen.has(r.toLowerCase()))
                return { error: `${r} is in more than one shard` };
            seen.add(r.toLowerCase());
        }
        const cost = typeof s.cost === 'number' && Number.isFinite(s.cost) && s.cost >= 0 ? s.cost : 0;
        shards.push({ index, repositories: [...s.repositories].sort(byName), cost });
    }
    return {
        plan: {
            contract: 'gonogo.org-plan/v1',
            organisation: p.organisation,
            shards: shards.sort((a, b) => a.index - b.index)
        }
    };
}
/**
 * Measured costs for {@link planShards} from a previous org-report.json: OWNER/NAME → the
 * requests its verification took (`requests` of its row). Anything else in the document, or a
 * document that is not a report, gives no cost (the default is used).
 */
function costsFromReport(doc) {
    const out = new Map();
    const rows = doc?.repositories;
    if (!Array.isArray(rows))
        return out;
    for (const row of rows) {
        const r = row;
        if (typeof r?.repository === 'string' &&
            typeof r.requests === 'number' &&
            Number.isInteger(r.requests) &&
            r.requests > 0)
            out.set(r.repository, r.requests);
    }
    return out;
}
/**
 * The reports verify-rules writes for every repository: a repository missing one of them is not
 * fully verified (an artifact with a file removed or replaced must not pass).
 */
const ORG_CONTROLS = ['branch-protection', 'required-checks'];
/**
 * The setting a check is about: its id without the branch prefix and detail (`main/min-approvals`
 * → `min-approvals`, `main/required-check:ci/test` → `required-check`,
 * `release/v2/min-approvals` → `min-approvals`), prefixed by the report's control
 * (`branch-protection`, `required-checks`) so the two reports never mix. Check ids are
 * `<branch>/<setting>[:<detail>]`; a branch name may hold `/` but never `:` (git-check-ref-format),
 * and setting names hold neither, so the setting is what lies between the last `/` before the
 * first `:` and that `:`.
 */
function settingOf(control, check) {
    const colon = check.id.indexOf(':');
    const head = colon >= 0 ? check.id.slice(0, colon) : check.id;
    return `${control}:${head.slice(head.lastIndexOf('/') + 1)}`;
}
/**
 * One organisation report from the plan and what each shard left: a repository whose shard is
 * missing, or that its shard did not report, is `unverified` with the reason — never passed.
 * Deterministic for the same inputs (`generatedAt` is the only time in it).
 */
function mergeOrg(o) {
    const byIndex = new Map(o.results.map((r) => [r.index, r]));
    const rows = [];
    const settings = new Set();
    const shards = [];
    for (const shard of o.plan) {
        const result = byIndex.get(shard.index);
        const missing = result?.reports === undefined;
        shards.push({
            index: shard.index,
            repositories: shard.repositories.length,
            status: missing ? 'missing' : 'reported',
            why: missing ? (result?.why ?? 'the shard left no artifact (it failed or never ran)') : null
        });
        for (const repo of shard.repositories) {
            const reports = result?.reports?.get(repo);
            const measured = result?.requests?.get(repo);
            const requests = measured !== undefined && Number.isInteger(measured) && measured >= 0 ? measured : null;
            if (missing || reports === undefined || reports.length === 0) {
                rows.push({
                    repository: repo,
                    status: 'unverified',
                    settings: {},
                    failed: 0,
                    unverified: 1,
                    reason: missing
                        ? `shard ${shard.index}: ${result?.why ?? 'the shard left no artifact (it failed or never ran)'}`
                        : `shard ${shard.index} did not report this repository`,
                    requests
                });
                continue;
            }
            const per = new Map();
            // A report of another repository, or a control missing, proves nothing for this one.
            for (const control of ORG_CONTROLS)
                if (!reports.some((r) => r.control === control && r.subject.repository === repo))
                    per.set(`${control}:(not reported)`, ['unverified']);
            for (const r of reports) {
                if (r.subject.repository !== repo)
                    continue;
                if (r.checks.length === 0)
                    per.set(`${r.control}:(no checks)`, ['unverified']);
                for (const c of r.checks) {
                    const s = settingOf(r.control, c);
                    per.set(s, [...(per.get(s) ?? []), c.status]);
                }
            }
            const cells = {};
            for (const s of [...per.keys()].sort(byName)) {
                cells[s] = worstOf(per.get(s) ?? []);
                settings.add(s);
            }
            const values = Object.values(cells);
            rows.push({
                repository: repo,
                status: worstOf([
                    ...values,
                    ...reports.filter((r) => r.subject.repository === repo).map((r) => r.status)
                ]),
                settings: cells,
                failed: values.filter((v) => v === 'failed').length,
                unverified: values.filter((v) => v === 'unverified').length,
                reason: null,
                requests
            });
        }
    }
    const rank = { failed: 0, unverified: 1, passed: 2 };
    rows.sort((a, b) => rank[a.status] - rank[b.status] ||
        b.failed - a.failed ||
        b.unverified - a.unverified ||
        byName(a.repository, b.repository));
    return {
        contract: 'gonogo.org-report/v1',
        organisation: o.organisation,
        generated_at: o.generatedAt,
        settings: [...settings].sort(byName),
        repositories: rows,
        totals: {
            repositories: rows.length,
            passed: rows.filter((r) => r.status === 'passed').length,
            failed: rows.filter((r) => r.status === 'failed').length,
            unverified: rows.filter((r) => r.status === 'unverified').length
        },
        shards: shards.sort((a, b) => a.index - b.index)
    };
}
const MARK = { passed: '✅', failed: '❌', unverified: '🟡' };
const ZWSP = '\u200b';
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g;
/** Inline code that nothing can break out of: no backtick, pipe or line break; capped. */
function mdCode(s, max = 120) {
    return `\`${cap(s.replace(CONTROL, ' '), max).replace(/[`|]/g, ' ')}\``;
}
/**
 * Plain Markdown text from untrusted input (a shard's artifact, an API error): control
 * characters and line breaks flattened, Markdown and HTML syntax escaped, @mentions, #references
 * and URLs broken with a zero-width space so nothing links, notifies or renders; capped.
 */
function mdText(s, max = 300) {
    return cap(s.replace(CONTROL, ' '), max)
        .replace(/[\\`*_{}[\]<>#!|~&]/g, (c) => c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`)
        .replace(/@/g, `@${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/www\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`);
}
function cap(s, max) {
    const chars = [...s];
    return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
/**
 * The organisation report as a job summary: totals, shards that did not report, and the table
 * repository × setting, worst repositories first, at most `maxRows` rows (the JSON has them all).
 * Names are shown as code (no backtick, pipe or line break can leave the cell); reasons from
 * artifacts and API errors as escaped text (no link, mention, HTML or table syntax survives).
 */
function renderOrgMarkdown(r, maxRows = 200) {
    const t = r.totals;
    const out = [
        `## gonogo: branch rules across ${mdCode(r.organisation)}`,
        '',
        `${t.repositories} repositories: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified.`,
        ''
    ];
    if (t.repositories === 0)
        out.push('No repository was verified: the plan is empty (check the filters).', '');
    const missing = r.shards.filter((s) => s.status === 'missing');
    if (missing.length > 0) {
        out.push(`Shards that did not report (their ${missing.reduce((n, s) => n + s.repositories, 0)} repositories are unverified): ${missing.map((s) => `${s.index} (${mdText(s.why ?? '')})`).join(', ')}`, '');
    }
    const header = ['Repository', 'Status', ...r.settings.map((s) => mdCode(s))];
    out.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---|').join('')}`);
    for (const row of r.repositories.slice(0, maxRows)) {
        const cells = r.settings.map((s) => {
            const v = row.settings[s];
            return v ? MARK[v] : '—';
        });
        out.push(`| ${[mdCode(row.repository), `${MARK[row.status]} ${row.status}`, ...cells].join(' | ')} |`);
    }
    if (r.repositories.length > maxRows)
        out.push('', `_… and ${r.repositories.length - maxRows} more repositories (see the JSON report)._`);
    out.push('');
    return out.join('\n');
}
/** Code scanning rejects a run of more results than this (docs: "SARIF results exceed limit"). */
const SARIF_MAX_RESULTS = 25_000;
/**
 * The org policy's path as code scanning wants an artifact location: relative to the root of the
 * repository the log is uploaded to, `/`-separated, no `./` (docs: "SARIF support for code
 * scanning", physicalLocation.artifactLocation.uri).
 */
function repoRelative(p) {
    const s = p
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/{2,}/g, '/');
    return s === '' || s.startsWith('/') || s.split('/').includes('..') ? '.github/gonogo.yml' : s;
}
/**
 * The organisation report as SARIF 2.1.0 for code scanning in the repository that holds the org
 * policy (docs: "SARIF support for code scanning"): one result per repository and setting that is
 * not passed (`error` for failed, `warning` for unverified), each with the required `ruleId`,
 * `message.text` and one location — the policy file, relative to the repository root with
 * `uriBaseId: %SRCROOT%`, line 1 (code scanning needs a file of the repository the log is
 * uploaded to) — the repository as a logical location and in `partialFingerprints`, so the alert
 * follows the repository and setting across runs. Results are the worst repositories first and at
 * most {@link SARIF_MAX_RESULTS} (code scanning rejects more); when some are left out, the run's
 * `invocations[0].toolExecutionNotifications` says how many.
 *
 * @param policyPath the org policy's path in the uploading repository, e.g. `.github/gonogo-org.yml`
 */
function orgSarif(r, policyPath, version) {
    const uri = repoRelative(policyPath);
    const rules = new Map();
    const results = [];
    let omitted = 0;
    for (const row of r.repositories) {
        const entries = row.reason !== null
            ? [['repository:unverified', 'unverified', row.reason]]
            : Object.entries(row.settings)
                .filter(([, v]) => v !== 'passed')
                .map(([s, v]) => [s, v, `${s} is ${v}`]);
        for (const [setting, status, why] of entries) {
            if (results.length >= SARIF_MAX_RESULTS) {
                omitted++;
                continue;
            }
            if (!rules.has(setting))
                rules.set(setting, {
                    id: setting,
                    shortDescription: { text: `branch rule setting ${setting}` }
                });
            results.push({
                ruleId: setting,
                level: status === 'failed' ? 'error' : 'warning',
                message: { text: `${row.repository}: ${why}` },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                            region: { startLine: 1 }
                        },
                        logicalLocations: [{ name: row.repository, kind: 'module' }]
                    }
                ],
                partialFingerprints: { 'gonogo/repository-setting': `${row.repository}#${setting}` }
            });
        }
    }
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'gonogo',
                        version,
                        informationUri: 'https://github.com/acme/gonogo',
                        rules: [...rules.values()].sort((a, b) => byName(a.id, b.id))
                    }
                },
                originalUriBaseIds: {
                    '%SRCROOT%': { description: { text: 'The root of the repository holding the policy.' } }
                },
                ...(omitted > 0
                    ? {
                        invocations: [
                            {
                                executionSuccessful: true,
                                toolExecutionNotifications: [
                                    {
                                        level: 'warning',
                                        message: {
                                            text: `${omitted} results left out: code scanning accepts at most ${SARIF_MAX_RESULTS} per run; org-report.json has them all`
                                        }
                                    }
                                ]
                            }
                        ]
                    }
                    : {}),
                results
            }
        ]
    };
}
/** failed before unverified before passed; none is unverified (nothing proves it passed). */
function worstOf(statuses) {
    if (statuses.length === 0)
        return 'unverified';
    if (statuses.includes('failed'))
        return 'failed';
    return statuses.includes('unverified') ? 'unverified' : 'passed';
}
function byName(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
