export const id = 857;
export const ids = [857];
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
        const { Workspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2645));
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
    const { readShards, writeOrgReport, planOrg, verifyShard } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(720), __webpack_require__.e(621), __webpack_require__.e(629), __webpack_require__.e(861)]).then(__webpack_require__.bind(__webpack_require__, 1861));
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
    const { createClient, EtagCache } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(720)]).then(__webpack_require__.bind(__webpack_require__, 6720));
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
        const { OrgListingError } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(720), __webpack_require__.e(661)]).then(__webpack_require__.bind(__webpack_require__, 5661));
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
    const { loadPolicy } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9707));
    const { Workspace } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2645));
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


/***/ })

};
