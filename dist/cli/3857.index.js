export const id = 3857;
export const ids = [3857,1826];
export const modules = {

/***/ 3857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ORG_USAGE: () => (/* binding */ ORG_USAGE),
  orgCommand: () => (/* binding */ orgCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/map-limit.ts
var map_limit = __webpack_require__(3075);
// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
// EXTERNAL MODULE: ./src/core/org.ts
var core_org = __webpack_require__(1405);
// EXTERNAL MODULE: ./src/core/org-policy.ts
var org_policy = __webpack_require__(2604);
// EXTERNAL MODULE: ./src/parsers/verdict.ts
var verdict = __webpack_require__(9281);
;// CONCATENATED MODULE: ./src/ruleset-verify/shard-folders.ts


/** The artifact a shard job uploads: `gonogo-org-shard-<index>` (index 0–255). */
const SHARD_ARTIFACT_PREFIX = 'gonogo-org-shard-';
const DOWNLOADED = /^gonogo-org-shard-(\d{1,3})$/;
const READ = /^shard-(\d{1,3})$/;
/** The names in a folder, sorted; none when it is missing or unreadable. */
async function namesIn(dir) {
    try {
        return (await (0,promises_.readdir)(dir)).sort();
    }
    catch {
        return [];
    }
}
/**
 * Renames the shard artifacts downloaded into `dir` to the names the merge reads: actions/
 * download-artifact with `pattern: gonogo-org-shard-*` (and `gh run download` without `--name`)
 * put each artifact in a folder named after it, so `gonogo-org-shard-<n>/` becomes `shard-<n>/`
 * (ruleset-verify/org.ts readShards). The download is the fresh copy: a `shard-<n>` already there
 * (left by an earlier merge in a kept workspace, or copied by hand) is removed first and the
 * returned line says so, so the merge never reads a leftover instead of what was downloaded. A
 * missing or unreadable `dir` is left to readShards, which reports every shard as missing. Used
 * by the action's merge mode and `gonogo org merge`.
 *
 * @param dir absolute path of the folder the artifacts were downloaded to
 * @returns the folders renamed, as `from → to` names (for a log line), in name order
 */
async function shardFolders(dir) {
    const names = await namesIn(dir);
    const renamed = [];
    for (const n of names) {
        const m = DOWNLOADED.exec(n);
        if (!m)
            continue;
        const to = `shard-${m[1]}`;
        const old = names.includes(to);
        // rm does not follow a symbolic link: a link named shard-<n> is removed, not its target.
        if (old)
            await (0,promises_.rm)(external_node_path_default().join(dir, to), { recursive: true, force: true });
        await (0,promises_.rename)(external_node_path_default().join(dir, n), external_node_path_default().join(dir, to));
        renamed.push(`${n} → ${to}${old ? ` (replacing the ${to} that was there)` : ''}`);
    }
    return renamed;
}
/**
 * Where the shard artifacts are when they are not one folder each in `dir` (the layout
 * {@link shardFolders} and readShards need), so the merge can name the fix instead of reporting
 * every shard as missing:
 * - `merged`: no shard folder in `dir` but a `shard.json` directly in it — the artifacts were
 *   downloaded into one folder (actions/download-artifact `merge-multiple: true`, or one artifact
 *   downloaded by name, which extracts into the path itself);
 * - `elsewhere`: no shard folder and no `shard.json` in `dir`, but `gonogo-org-shard-<n>` folders
 *   in `root` (download-artifact without `path:` downloads into the workspace);
 * - undefined: a shard folder is in `dir`, or the shards are nowhere to be seen (readShards then
 *   reports each missing one).
 *
 * @param dir absolute path of the merge's input folder
 * @param root absolute path of the folder a download without a path lands in (the workspace)
 */
async function misplacedShards(dir, root) {
    const names = await namesIn(dir);
    if (names.some((n) => DOWNLOADED.test(n) || READ.test(n)))
        return undefined;
    if (names.includes('shard.json')) {
        try {
            if ((await (0,promises_.stat)(external_node_path_default().join(dir, 'shard.json'))).isFile())
                return 'merged';
        }
        catch {
            // unreadable: left to readShards
        }
    }
    if (external_node_path_default().resolve(root) === external_node_path_default().resolve(dir))
        return undefined;
    return (await namesIn(root)).some((n) => DOWNLOADED.test(n)) ? 'elsewhere' : undefined;
}

;// CONCATENATED MODULE: ./src/ruleset-verify/org-text.ts
/**
 * Counts and statuses as the organisation modes word them in logs and job summaries (the action's
 * org-step.ts and `gonogo org`, cli/org.ts): pure, so both say the same.
 */
/** `1 repository`, `2 repositories`. */
function repositories(n) {
    return `${n} ${n === 1 ? 'repository' : 'repositories'}`;
}
/** `1 shard`, `2 shards`. */
function shardCount(n) {
    return `${n} ${n === 1 ? 'shard' : 'shards'}`;
}
/** `1 API request`, `2 API requests`. */
function requestCount(n) {
    return `${n} API ${n === 1 ? 'request' : 'requests'}`;
}
/** The worst status: failed, then unverified, then passed; nothing at all is unverified. */
function orgStatus(statuses) {
    let seen = false;
    let worst = 'passed';
    for (const s of statuses) {
        seen = true;
        if (s === 'failed')
            return 'failed';
        if (s !== 'passed')
            worst = 'unverified';
    }
    return seen ? worst : 'unverified';
}

;// CONCATENATED MODULE: ./src/ruleset-verify/plan-file.ts




/**
 * A local file's text (the CLI's `--plan`, `--costs`: a path given by the user, read as it is),
 * refused before reading when it is not a regular file or is over `maxBytes` bytes.
 *
 * @throws Error `not a file`, `larger than N bytes`, or the file system's error
 */
async function readFileAtMost(file, maxBytes) {
    const st = await (0,promises_.stat)(file);
    if (!st.isFile())
        throw new Error('not a file');
    if (st.size > maxBytes)
        throw new Error(`larger than ${maxBytes} bytes`);
    return (0,promises_.readFile)(file, 'utf8');
}
/**
 * The org plan file of mode shard/merge and `gonogo org merge`: at most {@link MAX_PLAN_BYTES},
 * parsed by the reports' JSON reader (a key written twice is refused: readers disagree on which
 * one counts), checked (core/org.ts checkPlan) and, when `expected` is given, its digest
 * compared.
 *
 * @throws ConfigurationError naming the file and the problem, ending with `hint` (the digest
 *   mismatch: `expected.mismatch`)
 */
async function readPlanFile(file, options) {
    const { workspace, hint, expected } = options;
    let text;
    if (workspace !== undefined) {
        const { Workspace } = await __webpack_require__.e(/* import() */ 2645).then(__webpack_require__.bind(__webpack_require__, 2645));
        const read = await (await Workspace.open(workspace)).readText(file, core_org/* MAX_PLAN_BYTES */.di, 'for a plan file');
        if (!read.ok)
            throw new errors/* ConfigurationError */.j1(`plan file ${read.message}; ${hint}`);
        text = read.text;
    }
    else {
        try {
            text = await readFileAtMost(file, core_org/* MAX_PLAN_BYTES */.di);
        }
        catch (e) {
            throw new errors/* ConfigurationError */.j1(`${file}: not a readable plan (${(0,errors/* errorMessage */.gJ)(e)}); ${hint}`);
        }
    }
    const parsed = (0,verdict/* parseJson */.qF)(text, file, undefined, 'plan');
    if (!parsed.ok)
        throw new errors/* ConfigurationError */.j1(`${parsed.verdict.message}; ${hint}`);
    const checked = (0,core_org/* checkPlan */.Gy)(parsed.value);
    if ('error' in checked)
        throw new errors/* ConfigurationError */.j1(`${file}: not a gonogo.org-plan/v1 plan (${checked.error}); ${hint}`);
    if (expected) {
        const digest = (0,core_org/* planDigest */.Gb)(checked.plan);
        if (digest !== expected.digest)
            throw new errors/* ConfigurationError */.j1(expected.mismatch(digest));
    }
    return checked.plan;
}

// EXTERNAL MODULE: ./src/cli/main.ts + 1 modules
var main = __webpack_require__(4321);
;// CONCATENATED MODULE: ./src/cli/org.ts













const ORG_USAGE = `Options for org plan|verify|merge (token from $GITHUB_TOKEN, API from $GITHUB_API_URL):
  --org NAME                the organisation (plan, verify)
  --shards N                how many shards (1-256, default 10)
  --topic T, --visibility public|private|internal, --include GLOB, --exclude GLOB
                            which repositories (repeatable, or comma-separated as the
                            action's inputs: --include 'svc-*,api-*'; archived ones only
                            with --include-archived)
  --config FILE             verify: the policy with branches: and org.overrides (default
                            .github/gonogo.yml); plan: checked against the plan when present
  --plan FILE               merge: the plan (default org-plan.json); plan: where it goes
  --costs FILE              plan, verify: a previous org-report.json; the requests each
                            repository took balance the shards
  --plan-digest DIGEST      merge: refuse a plan whose digest (sha256:…, printed by plan)
                            is not this one
  --input DIR               merge: the shard-<n>/ folders, or the gonogo-org-shard-<n>/
                            folders of gh run download --dir DIR (default gonogo-org;
                            a downloaded gonogo-org-shard-<n>/ replaces a shard-<n>/)
  --output DIR              verify, merge: org-report.json, .sarif and .md (default gonogo-org)
  --etag-cache DIR          plan, verify: conditional requests (ETags) through this folder;
                            keep it between runs (answers 304 Not Modified do not count
                            against the rate limit)
  --effective-time TIME     the time in the reports (default: now)

Exit codes:
  0  plan: the plan is written; verify, merge: every repository passed
  1  verify, merge: a repository failed or is unverified, or the plan is empty; plan: the plan
     is empty (written, nothing to verify); plan, verify: the organisation's repositories could
     not be listed (an API failure: the message names the answer and what to do; no plan is
     written, nothing is verified)
  2  usage or configuration error (an option, a file, GITHUB_TOKEN, GITHUB_API_URL)
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
    'plan-digest': { type: 'string' },
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
 * merge reads `shard-<n>/` folders (the shard jobs' artifacts; `gonogo-org-shard-<n>/` as
 * `gh run download` names them is renamed first, ruleset-verify/shard-folders.ts) into one
 * organisation report, refusing a plan whose digest is not `--plan-digest` when given.
 * `--etag-cache DIR` makes plan's and verify's GET requests conditional through that folder
 * (github/etag-cache.ts); nothing is cached without it.
 * Exit (also in {@link ORG_USAGE}): plan 0 when written; verify and merge 0 when every repository
 * passed, 1 otherwise; 1 for an empty plan and for a listing the API failed (github/org-repos.ts
 * OrgListingError: nothing planned nor verified, the message on stderr); 2 usage or configuration.
 */
async function orgCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
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
        throw new errors/* ConfigurationError */.j1('usage: gonogo org plan|verify|merge [options]; run gonogo org --help');
    const at = (p) => external_node_path_default().resolve(io.cwd, p);
    const time = (0,main/* effectiveTimeOption */.c)(values['effective-time']);
    const { readShards, writeOrgReport, planOrg, verifyShard } = await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(8815), __webpack_require__.e(2657), __webpack_require__.e(6161), __webpack_require__.e(2645), __webpack_require__.e(6720), __webpack_require__.e(2088), __webpack_require__.e(897), __webpack_require__.e(2040), __webpack_require__.e(99), __webpack_require__.e(8324), __webpack_require__.e(1861)]).then(__webpack_require__.bind(__webpack_require__, 1861));
    if (values['plan-digest'] !== undefined && sub !== 'merge')
        throw new errors/* ConfigurationError */.j1('--plan-digest is for gonogo org merge only');
    if (sub === 'merge') {
        const wanted = values['plan-digest']?.trim();
        const plan = await readPlanFile(at(values.plan), {
            hint: 'run gonogo org plan',
            expected: wanted === undefined
                ? undefined
                : {
                    digest: wanted,
                    mismatch: (digest) => `${at(values.plan)} has the digest ${digest}, not ${JSON.stringify(wanted.slice(0, 80))} (--plan-digest); merge with the plan the shards were verified against`
                }
        });
        const input = at(values.input);
        const misplaced = await misplacedShards(input, io.cwd);
        if (misplaced) {
            const fix = `download the shards with gh run download RUN_ID --pattern '${SHARD_ARTIFACT_PREFIX}*' --dir ${values.input} (one folder per artifact)`;
            throw new errors/* ConfigurationError */.j1(misplaced === 'merged'
                ? `${input} holds a shard.json but no ${SHARD_ARTIFACT_PREFIX}<n> or shard-<n> folder: a shard artifact was downloaded into the folder itself (gh run download --name extracts there); ${fix}`
                : `${input} holds no ${SHARD_ARTIFACT_PREFIX}<n> folder, but ${io.cwd} does (gh run download without --dir downloads there); ${fix}, or pass --input .`);
        }
        const renamed = await shardFolders(input);
        if (renamed.length > 0)
            io.err(`gonogo org merge: read ${renamed.join(', ')}\n`);
        const results = await readShards(input, plan);
        return report(io, await writeOrgReport({
            plan,
            results,
            generatedAt: new Date(time).toISOString(),
            output: at(values.output),
            policyPath: values.config
        }));
    }
    const org = values.org ?? '';
    if (!(0,core_org/* isOrganisationName */.Qt)(org))
        throw new errors/* ConfigurationError */.j1(`--org must be an organisation name, got ${JSON.stringify(org)}`);
    const shards = /^\d{1,3}$/.test(values.shards) ? Number(values.shards) : NaN;
    if (!Number.isInteger(shards) || shards < 1 || shards > core_org/* MAX_SHARDS */.hH)
        throw new errors/* ConfigurationError */.j1(`--shards must be a whole number from 1 to ${core_org/* MAX_SHARDS */.hH}, got ${JSON.stringify(values.shards)}`);
    const visibility = commaList(values.visibility).map((v) => {
        if (v !== 'public' && v !== 'private' && v !== 'internal')
            throw new errors/* ConfigurationError */.j1(`--visibility must be public, private or internal, got ${v}`);
        return v;
    });
    const topics = commaList(values.topic);
    const include = commaList(values.include);
    const exclude = commaList(values.exclude);
    const filters = {
        ...(topics.length ? { topics } : {}),
        ...(visibility.length ? { visibility } : {}),
        ...(include.length ? { include } : {}),
        ...(exclude.length ? { exclude } : {}),
        includeArchived: values['include-archived']
    };
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
    if (!token)
        throw new errors/* ConfigurationError */.j1("set GITHUB_TOKEN to a token that can read the organisation's repositories (a GitHub App installation token: metadata, contents and administration read)");
    const apiUrl = io.env.GITHUB_API_URL ?? 'https://api.github.com';
    if (!/^https?:$/.test(urlProtocol(apiUrl)))
        throw new errors/* ConfigurationError */.j1(`GITHUB_API_URL is not an http(s) URL (${JSON.stringify(apiUrl.slice(0, 120))}); set it to the REST API's root: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server`);
    let requests = 0;
    const { createClient, EtagCache } = await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(6720), __webpack_require__.e(8045)]).then(__webpack_require__.bind(__webpack_require__, 6720));
    const cacheDir = values['etag-cache'];
    if (cacheDir !== undefined && cacheDir.trim() === '')
        throw new errors/* ConfigurationError */.j1('--etag-cache needs a folder (it is created when missing)');
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
    let plan;
    try {
        plan = await planOrg({
            gh,
            org,
            filters,
            shards,
            ...(costs ? { costs } : {}),
            warn: (m) => io.err(`warning: ${m}\n`)
        });
    }
    catch (e) {
        // The API failed the listing: nothing is planned or verified (exit 1, as an empty plan), and
        // the message says what it answered and what to do; not a usage error.
        const { OrgListingError } = await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(6720), __webpack_require__.e(6462)]).then(__webpack_require__.bind(__webpack_require__, 5661));
        if (!(e instanceof OrgListingError))
            throw e;
        io.err(`gonogo org ${sub}: ${e.message}\n`);
        return 1;
    }
    await etagCache?.flush();
    const planned = plan.shards.flatMap((s) => s.repositories);
    for (const u of policy ? (0,org_policy/* unmatchedOverrides */.b8)(policy, planned) : [])
        io.err(`warning: ${values.config}: ${u.message}\n`);
    if (sub === 'plan' || policy === undefined) {
        const file = at(values.plan);
        await (0,atomic_write/* writeAllOrNothing */.P)(external_node_path_default().dirname(file), [
            { name: external_node_path_default().basename(file), content: (0,core_org/* planText */.Pt)(plan) }
        ]);
        const n = planned.length;
        io.out(`plan: ${repositories(n)} of ${org} in ${shardCount(plan.shards.length)} (${requestCount(requests)}${notModified()})\n  ${at(values.plan)} (${(0,core_org/* planDigest */.Gb)(plan)})\n`);
        if (n === 0) {
            io.err(`gonogo org plan: no repository of ${org} is selected (check the token's access and the filters): nothing would be verified\n`);
            return 1;
        }
        return 0;
    }
    const out = at(values.output);
    const digest = (0,core_org/* planDigest */.Gb)(plan);
    const results = await (0,map_limit/* mapLimit */.s)(plan.shards, 2, async (shard) => {
        const r = await verifyShard({
            gh,
            apiUrl,
            shard,
            policy,
            config: values.config,
            effectiveTime: time,
            output: external_node_path_default().join(out, `shard-${shard.index}`),
            planDigest: digest,
            requestCount: () => requests
        });
        return {
            index: shard.index,
            reports: r.reports,
            requests: new Map(Object.entries(r.requests)),
            overrides: new Map(Object.entries(r.overrides))
        };
    });
    // The cache's writes are queued behind the answers: all on disk before the command ends.
    await etagCache?.flush();
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
    io.out(`org: ${repositories(t.repositories ?? 0)}: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified\n`);
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
    const { loadPolicy } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6161), __webpack_require__.e(2088), __webpack_require__.e(4456)]).then(__webpack_require__.bind(__webpack_require__, 9707));
    const { Workspace } = await __webpack_require__.e(/* import() */ 2645).then(__webpack_require__.bind(__webpack_require__, 2645));
    return loadPolicy(await Workspace.open(cwd), config);
}
/** Whether a file (or anything) is at the path; a plan reads the policy only when it is. */
async function exists(file) {
    try {
        await (0,promises_.stat)(file);
        return true;
    }
    catch {
        return false;
    }
}
/** Largest org report read for --costs (about 300 bytes a repository: 100,000 are under 64 MiB). */
const MAX_COSTS_BYTES = 128 * 1024 * 1024;
/**
 * Measured costs from a previous org-report.json (see costsFromReport), read as reports are: at
 * most {@link MAX_COSTS_BYTES}, a key written twice refused (parsers/verdict.ts parseJson), and
 * only a `gonogo.org-report/v1` document with a `repositories` list — anything else (the plan,
 * another report) would silently plan with the default costs.
 *
 * @throws ConfigurationError naming the file, the problem and what to give instead
 */
async function readCosts(file) {
    const hint = 'give --costs the org-report.json of an earlier gonogo org verify or merge, or drop --costs';
    let text;
    try {
        text = await readFileAtMost(file, MAX_COSTS_BYTES);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`${file}: not a readable org report (${(0,errors/* errorMessage */.gJ)(e)}); ${hint}`);
    }
    const parsed = (0,verdict/* parseJson */.qF)(text, file);
    if (!parsed.ok)
        throw new errors/* ConfigurationError */.j1(`${parsed.verdict.message}; ${hint}`);
    const doc = parsed.value;
    const contract = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc.contract : undefined;
    if (contract !== 'gonogo.org-report/v1' || !Array.isArray(doc?.repositories))
        throw new errors/* ConfigurationError */.j1(`${file}: not a gonogo.org-report/v1 org report (${typeof contract === 'string' ? `its contract is ${JSON.stringify(contract.slice(0, 60))}` : 'no contract'}${contract === 'gonogo.org-report/v1' ? ', no repositories list' : ''}); ${hint}`);
    return (0,core_org/* costsFromReport */.Jl)(doc);
}
/** The protocol of a URL (`https:`), or '' when it is not one. */
function urlProtocol(u) {
    try {
        return new URL(u).protocol;
    }
    catch {
        return '';
    }
}
/**
 * An option given once or more, each value split on commas (as the action splits its inputs),
 * trimmed, empty parts dropped: `--include 'a,b' --include c` is [a, b, c].
 */
function commaList(values) {
    return (values ?? [])
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
}


/***/ }),

/***/ 4318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ branchEntryFor)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Which `branches:` entry of a policy applies to a branch, the one rule verify-rules uses
 * (ruleset-verify/run-verify.ts) and the org policy's overrides build on
 * (core/org-policy.ts): the entry whose key is the branch's exact name, else the first key, in
 * the order of the object (file order), that matches it as a picomatch glob with `{ dot: true }`
 * (with case: git branch names are case-sensitive). Pure.
 */

/**
 * The entry for `branch`: exact key first, else the first glob key that matches; undefined when
 * none does.
 */
function branchEntryFor(branches, branch) {
    if (Object.hasOwn(branches, branch))
        return { key: branch, policy: branches[branch] };
    for (const [key, policy] of Object.entries(branches)) {
        if (picomatch__WEBPACK_IMPORTED_MODULE_0___default().isMatch(branch, key, { dot: true }))
            return { key, policy };
    }
    return undefined;
}


/***/ }),

/***/ 3075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** `fn` over `items` with at most `limit` calls in flight; results in the order of `items`. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}


/***/ }),

/***/ 2604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ effectivePolicy),
/* harmony export */   Wz: () => (/* binding */ appliedFromShard),
/* harmony export */   b8: () => (/* binding */ unmatchedOverrides),
/* harmony export */   go: () => (/* binding */ checkOrgSection)
/* harmony export */ });
/* harmony import */ var _branch_entry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4318);
/* harmony import */ var _name_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1875);
/**
 * Per-repository overrides of the organisation policy (issue 19: "the org policy lives in one
 * file … with per-repository overrides; `branches:` as today"). Pure: the policy file's `org:`
 * section is read by io/policy-file.ts (schema `org`, `orgOverride`, `branchOverride`,
 * `repositoryGlob` in schemas/gonogo.schema.json) and checked here beyond the schema.
 *
 * ```yaml
 * branches:
 *   main: { required_checks: [test], min_approvals: 2, block_force_pushes: true }
 * org:
 *   overrides:
 *     - id: legacy
 *       repositories: ['legacy-*', 'old-api']
 *       branches:
 *         main: { min_approvals: 1, required_checks: null }
 *     - id: trunk
 *       repositories: ['mono']
 *       branches:
 *         trunk: { min_approvals: 2 }
 * ```
 *
 * The precedence rule, for one repository OWNER/NAME:
 * 1. `branches:` of the policy applies to every repository.
 * 2. Every override with a `repositories` glob matching NAME (the name without the owner,
 *    compared without case, as GitHub compares repository names) applies, in file order, so a
 *    later override wins over an earlier one for what both set.
 * 3. Within an override, a `branches` key already in effect keeps its place and gets the
 *    override's settings one by one: a setting given replaces the one in effect (lists are
 *    replaced whole, not appended to), `null` removes it (that setting is no longer verified), a
 *    setting not given stays.
 * 4. A key K not yet in effect starts from the settings of the entry that verify-rules would
 *    pick, among the keys in effect, for a branch named K (core/branch-entry.ts branchEntryFor:
 *    the exact key, else the first key in order whose glob matches; for a glob K its text is
 *    matched as the name, so `'*'` or `'**'` in effect covers `release-*`), and gets the
 *    override's settings on a copy of them as in rule 3; when no key in effect matches, it starts
 *    from nothing. So with `branches: { '*': {required_checks: [test], min_approvals: 2} }` an
 *    override `main: { min_approvals: 1 }` verifies `main` for `required_checks: [test]` and
 *    `min_approvals: 1`: only what the override gives changes. K is added before the keys in
 *    effect, so it is tried before the organisation's globs (an exact branch name is always tried
 *    first).
 *
 * Repository globs are matched by core/name-glob.ts in linear time (a name chosen by whoever may
 * create a repository cannot make a plan or shard hang); a glob outside its language is refused
 * when the policy is loaded, at its line and column.
 */


/** Compiled matchers per policy object: a shard asks once per repository. */
const matchers = new WeakMap();
function matchersOf(policy) {
    const known = matchers.get(policy);
    if (known)
        return known;
    // A glob checkOrgSection refused never gets here (the policy is not loaded); one that does
    // anyway (a policy built in code) matches nothing rather than throwing.
    const made = (policy.org?.overrides ?? []).map((o) => {
        try {
            return (0,_name_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileNameGlobs */ .iq)(o.repositories);
        }
        catch {
            return () => false;
        }
    });
    matchers.set(policy, made);
    return made;
}
/** NAME of OWNER/NAME (the whole text when there is no `/`). */
function nameOf(repository) {
    const slash = repository.indexOf('/');
    return slash >= 0 ? repository.slice(slash + 1) : repository;
}
/**
 * The policy one repository is verified against: `branches:` with every matching override
 * applied in file order (see the precedence rule at the top of this module). Every other part of
 * the policy is unchanged. Deterministic; never throws for a policy the schema accepted.
 *
 * @param repository OWNER/NAME as the plan or GITHUB_REPOSITORY gives it
 */
function effectivePolicy(policy, repository) {
    const all = policy.org?.overrides ?? [];
    if (all.length === 0 || !policy.branches)
        return { policy, applied: [] };
    const name = nameOf(repository);
    const m = matchersOf(policy);
    let branches = policy.branches;
    const applied = [];
    all.forEach((o, i) => {
        if (m[i]?.(name) !== true)
            return;
        branches = applyOverride(branches, o.branches);
        applied.push(o.id);
    });
    return applied.length === 0 ? { policy, applied } : { policy: { ...policy, branches }, applied };
}
/** `branches` with one override's entries applied (rules 3 and 4); new objects, inputs untouched. */
function applyOverride(branches, override) {
    const merge = (base, o) => {
        const out = new Map(Object.entries(base ?? {}));
        for (const [k, v] of Object.entries(o)) {
            if (v === null)
                out.delete(k);
            else if (v !== undefined)
                out.set(k, v);
        }
        return Object.fromEntries(out);
    };
    const added = [];
    const kept = Object.entries(branches).map(([k, v]) => [
        k,
        Object.hasOwn(override, k) ? merge(v, override[k]) : v
    ]);
    for (const [k, v] of Object.entries(override))
        if (!Object.hasOwn(branches, k))
            added.push([k, merge((0,_branch_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .branchEntryFor */ .M)(branches, k)?.policy, v)]);
    // Object.fromEntries defines own data properties: a key `__proto__` stays a key.
    return Object.fromEntries([...added, ...kept]);
}
/**
 * What the schema cannot say about `org:` (called by checkPolicyReferences, so each problem is
 * reported at its line and column): the section needs `branches:` (every repository starts from
 * it), override ids are unique, and every repository glob is in the language of
 * core/name-glob.ts (brackets and braces balanced — an unbalanced `[` or `{` would be read
 * literally and silently match nothing —, no range in braces, no `{…}` without `,`).
 */
function checkOrgSection(policy) {
    const org = policy.org;
    if (org === undefined)
        return [];
    const problems = [];
    if (!policy.branches)
        problems.push({
            path: ['org'],
            message: 'its overrides change branches:, which this policy does not declare; add branches: (the protection every repository starts from)'
        });
    const seen = new Map();
    (org.overrides ?? []).forEach((o, i) => {
        const first = seen.get(o.id);
        if (first !== undefined)
            problems.push({
                path: ['org', 'overrides', i, 'id'],
                message: `duplicate override id '${o.id}' (first declared at org.overrides[${first}]); ids must be unique`
            });
        else
            seen.set(o.id, i);
        o.repositories.forEach((glob, j) => {
            const why = (0,_name_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .nameGlobProblem */ .zm)(glob);
            if (why !== undefined)
                problems.push({
                    path: ['org', 'overrides', i, 'repositories', j],
                    message: `'${glob}' is not a usable repository name glob: ${why}`
                });
        });
    });
    return problems;
}
/**
 * The overrides that match none of `repositories` (a plan's), in file order, each with a warning
 * naming it and its globs: a misspelt glob would otherwise leave the repositories it meant under
 * the organisation's rules without a word.
 *
 * @param repositories OWNER/NAME of every repository the plan covers
 */
function unmatchedOverrides(policy, repositories) {
    const all = policy.org?.overrides ?? [];
    const m = matchersOf(policy);
    const names = repositories.map(nameOf);
    const out = [];
    all.forEach((o, index) => {
        const match = m[index];
        if (match && names.some((n) => match(n)))
            return;
        out.push({
            index,
            id: o.id,
            message: `org.overrides[${index}] '${o.id}' matches no repository of the plan (repositories: ${o.repositories.join(', ')}); check the globs, or remove the override`
        });
    });
    return out;
}
/** Largest number of override ids read back per repository (the schema's maxItems). */
const MAX_APPLIED = 1000;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/**
 * The overrides a shard applied (`overrides` of its shard.json: OWNER/NAME → ids), read back
 * for the repositories of the plan's shard only; anything that is not a list of override ids is
 * left out (the row then names no override). Never throws.
 */
function appliedFromShard(doc, repositories) {
    const out = new Map();
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return out;
    const rec = doc;
    for (const full of repositories) {
        if (!Object.hasOwn(rec, full))
            continue;
        const ids = rec[full];
        if (Array.isArray(ids) &&
            ids.length > 0 &&
            ids.length <= MAX_APPLIED &&
            ids.every((x) => typeof x === 'string' && ID.test(x)))
            out.set(full, [...new Set(ids)]);
    }
    return out;
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

/***/ 7869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ writeAllOrNothing)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8198);



/**
 * Writes a set of files all or nothing: each goes to a temporary name first and is renamed into
 * place only when every one was written, so a failure never leaves half an output behind.
 *
 * Every registered secret (the token, a signing key: src/core/secrets.ts) is replaced by `***`
 * in the content before it is written (content given as bytes is UTF-8 text, scrubbed alike). Without a secret in the text the bytes are exactly the
 * content given, so outputs stay deterministic, and anything hashing a written file (the bundle
 * manifest) hashes what is on disk.
 */
async function writeAllOrNothing(dir, files) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const staged = [];
    try {
        for (const f of files) {
            const final = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f.name);
            const tmp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `.${f.name}.${process.pid}.tmp`);
            staged.push({ tmp, final });
            const content = typeof f.content === 'string' ? (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubSecrets */ .Zg)(f.content) : (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubBytes */ .Jv)(f.content);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, content, { encoding: 'utf8', mode: 0o644 });
        }
        for (const s of staged)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(s.tmp, s.final);
    }
    catch (e) {
        await Promise.all(staged.map((s) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(s.tmp, { force: true })));
        throw e;
    }
    return staged.map((s) => s.final);
}


/***/ }),

/***/ 1639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DY: () => (/* binding */ jsonDuplicateKey),
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   Rj: () => (/* binding */ parseBoundedJson),
/* harmony export */   bq: () => (/* binding */ parseJsonAt),
/* harmony export */   rv: () => (/* binding */ lineColumn)
/* harmony export */ });
/* unused harmony exports firstErrorOffset, jsonTooDeep */
/**
 * Parses JSON; on failure says where, as "line L, column C". The engine's message does not
 * always carry a position (V8: `Unexpected token '}', ..."x": } is not valid JSON`), so the
 * offset of the first error is found by a small scanner that follows the JSON grammar. Pure.
 */
function parseJsonAt(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (e) {
        const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
        const pos = /position (\d+)/.exec(msg);
        const offset = pos ? Number(pos[1]) : firstErrorOffset(text);
        if (offset === undefined)
            return { ok: false, message: `not valid JSON (${msg.slice(0, 160)})` };
        const where = lineColumn(text, offset);
        const short = /^(.*?)(,\s*"\.\.\.|\s*"|$)/.exec(msg)?.[1] ?? msg;
        return {
            ok: false,
            message: `not valid JSON at line ${where.line}, column ${where.column} (${short.slice(0, 160)})`,
            line: where.line
        };
    }
}
class Stop extends Error {
    at;
    constructor(at) {
        super(`JSON error at ${at}`);
        this.at = at;
    }
}
/** Offset of the first character that breaks the JSON grammar, or undefined if none does. */
function firstErrorOffset(text) {
    let i = 0;
    const ws = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const fail = () => {
        throw new Stop(Math.min(i, text.length));
    };
    const lit = (word) => {
        if (text.startsWith(word, i))
            i += word.length;
        else
            fail();
    };
    const str = () => {
        if (text[i] !== '"')
            fail();
        i++;
        while (i < text.length && text[i] !== '"') {
            const c = text.charCodeAt(i);
            if (c < 0x20)
                fail();
            if (text[i] === '\\') {
                i++;
                if (text[i] === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)))
                        fail();
                    i += 4;
                }
                else if (!'"\\/bfnrt'.includes(text[i] ?? 'x'))
                    fail();
            }
            i++;
        }
        if (i >= text.length)
            fail();
        i++;
    };
    const num = () => {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m || m[0] === '' || m[0] === '-')
            fail();
        i += m[0].length;
    };
    const value = (depth) => {
        if (depth > 2000)
            fail();
        ws();
        const c = text[i];
        if (c === '{') {
            i++;
            ws();
            if (text[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                str();
                ws();
                if (text[i] !== ':')
                    fail();
                i++;
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return;
                }
                fail();
            }
        }
        else if (c === '[') {
            i++;
            ws();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return;
                }
                fail();
            }
        }
        else if (c === '"')
            str();
        else if (c === 't')
            lit('true');
        else if (c === 'f')
            lit('false');
        else if (c === 'n')
            lit('null');
        else
            num();
    };
    try {
        value(0);
        ws();
        if (i < text.length)
            fail();
        return undefined;
    }
    catch (e) {
        if (e instanceof Stop)
            return e.at;
        return undefined;
    }
}
/** Line and column of a character offset, 1-based. */
function lineColumn(text, offset) {
    let line = 1;
    let last = -1;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            last = i;
        }
    }
    return { line, column: offset - last };
}
/**
 * The deepest nesting of arrays and objects a JSON file gonogo reads may have (the outermost value
 * is depth 1). SARIF 2.1.0 logs nest about 12 levels, gonogo's and the older scripts' reports
 * fewer than 10, bundle manifests and promotion records 4; property bags may add a few.
 */
const MAX_JSON_DEPTH = 256;
/**
 * Where JSON text nests arrays and objects deeper than `max`, before anything parses it: a linear
 * scan that skips strings (escapes included) and counts brackets, so a hostile nesting costs one
 * pass and no stack. Brackets that do not balance are left to the parser to report.
 *
 * @returns the offset of the first bracket too deep and its line/column, or undefined
 */
function jsonTooDeep(text, max = MAX_JSON_DEPTH) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++; // backslash: skip the escaped character
            else if (c === 0x22)
                inString = false;
            continue;
        }
        if (c === 0x22)
            inString = true;
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > max)
                return { offset: i, ...lineColumn(text, i) };
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return undefined;
}
/**
 * Parses JSON text of bounded depth ({@link jsonTooDeep}) into a value, or says why not in words
 * for a message ("nested deeper than 256 levels at line 3, column 9", "not valid JSON at …").
 * Never throws.
 */
function parseBoundedJson(text, max = MAX_JSON_DEPTH) {
    const deep = Number.isFinite(max) ? jsonTooDeep(text, max) : undefined;
    if (deep) {
        return {
            ok: false,
            message: `arrays and objects nested deeper than ${max} levels at line ${deep.line}, column ${deep.column}; no report nests that deep, check the tool that wrote it`
        };
    }
    const parsed = parseJsonAt(text);
    return parsed.ok ? parsed : { ok: false, message: parsed.message };
}
/**
 * The first key written twice in one object of valid JSON text, with its position. RFC 8259 §4
 * says names "SHOULD be unique" and leaves duplicates to the reader: JavaScript keeps the last,
 * other readers the first or refuse, so `{"status":"failed","status":"passed"}` would mean
 * different things to different tools; a report must not. Keys are compared decoded (`"a"` and
 * `"\u0061"` are one key). One linear pass with an explicit stack (no recursion).
 *
 * @param text JSON text that already parsed
 * @param value what `JSON.parse(text)` returned, when the caller has it: then text whose key count
 *   equals the value's property count is answered without the keyed pass (duplicates collapse, so
 *   equal counts mean none); any difference falls through to the pass that finds the position
 * @returns the key and its line/column, or undefined when every key is unique in its object
 */
function jsonDuplicateKey(text, value) {
    // Fast path: a parsed object keeps one property per distinct key, so when the text holds as
    // many keys as the parsed value has properties, no key repeats and no position is needed.
    if (value !== undefined && keyTokens(text) === ownKeys(value))
        return undefined;
    // One frame per open object or array: the keys seen (objects), whether a key comes next.
    const stack = [];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            const start = i;
            let escaped = false;
            for (i++; i < text.length; i++) {
                const d = text.charCodeAt(i);
                if (d === 0x5c) {
                    escaped = true;
                    i++;
                }
                else if (d === 0x22)
                    break;
            }
            const top = stack[stack.length - 1];
            if (top?.keys && top.expectKey) {
                top.expectKey = false;
                // Only a key with an escape needs decoding to compare (`"\u0061"` is `"a"`).
                const key = escaped
                    ? JSON.parse(text.slice(start, i + 1))
                    : text.slice(start + 1, i);
                if (top.keys.has(key))
                    return { key, ...lineColumn(text, start) };
                top.keys.add(key);
            }
        }
        else if (c === 0x7b)
            stack.push({ keys: new Set(), expectKey: true });
        else if (c === 0x5b)
            stack.push({ keys: undefined, expectKey: false });
        else if (c === 0x7d || c === 0x5d)
            stack.pop();
        else if (c === 0x2c) {
            const top = stack[stack.length - 1];
            if (top?.keys)
                top.expectKey = true;
        }
    }
    return undefined;
}
/** How many strings in valid JSON text are keys (a string followed by `:`); natively searched. */
function keyTokens(text) {
    let n = 0;
    let i = text.indexOf('"');
    while (i !== -1) {
        let j = text.indexOf('"', i + 1);
        while (j !== -1 && escapedAt(text, j))
            j = text.indexOf('"', j + 1);
        if (j === -1)
            return n;
        let k = j + 1;
        for (let c = text.charCodeAt(k); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;) {
            c = text.charCodeAt(++k);
        }
        if (text.charCodeAt(k) === 0x3a)
            n++;
        i = text.indexOf('"', k);
    }
    return n;
}
/** Whether the character at `at` follows an odd number of backslashes. */
function escapedAt(text, at) {
    let back = 0;
    while (text.charCodeAt(at - 1 - back) === 0x5c)
        back++;
    return back % 2 === 1;
}
/** Properties of every object in a parsed JSON value; iterative, any depth. */
function ownKeys(value) {
    let n = 0;
    const stack = [value];
    while (stack.length > 0) {
        const v = stack.pop();
        if (typeof v !== 'object' || v === null)
            continue;
        if (Array.isArray(v)) {
            for (const x of v)
                if (typeof x === 'object' && x !== null)
                    stack.push(x);
        }
        else {
            for (const k in v) {
                n++;
                const x = v[k];
                if (typeof x === 'object' && x !== null)
                    stack.push(x);
            }
        }
    }
    return n;
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
