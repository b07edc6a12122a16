export const id = 190;
export const ids = [190];
export const modules = {

/***/ 1190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planOrg: () => (/* binding */ planOrg),
  readShards: () => (/* binding */ readShards),
  verifyShard: () => (/* binding */ verifyShard),
  writeOrgReport: () => (/* binding */ writeOrgReport)
});

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(484);
// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(3348);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/map-limit.ts
var map_limit = __webpack_require__(3075);
// EXTERNAL MODULE: ./src/core/org.ts
var core_org = __webpack_require__(1405);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(6161);
// EXTERNAL MODULE: ./src/parsers/verdict.ts
var verdict = __webpack_require__(9281);
// EXTERNAL MODULE: ./src/io/workflows.ts
var workflows = __webpack_require__(2886);
// EXTERNAL MODULE: ./src/github/paginate.ts
var paginate = __webpack_require__(9293);
// EXTERNAL MODULE: ./src/github/status.ts
var github_status = __webpack_require__(957);
;// CONCATENATED MODULE: ./src/github/org-repos.ts





/**
 * Every repository of an organisation (GET /orgs/{org}/repos, type all, 100 a page), as the plan
 * needs them. Needs `metadata: read` on the organisation's repositories (a GitHub App
 * installation or a token of a member); private repositories are listed only to such a token.
 *
 * @throws the API error (the caller names the permission) or a malformed page
 */
async function listOrgRepos(gh, org) {
    const raw = await (0,paginate/* listAll */._)(gh, 'GET /orgs/{org}/repos', { org, type: 'all', sort: 'full_name' }, { maxPages: 1000, what: `the repositories of ${org}` });
    const out = [];
    for (const r of raw) {
        // GitHub never lists another name; one that is not OWNER/NAME could climb out of a folder.
        if (typeof r.full_name !== 'string' || !(0,core_org/* isRepositoryName */.en)(r.full_name))
            continue;
        const visibility = r.visibility === 'public' || r.visibility === 'internal' || r.visibility === 'private'
            ? r.visibility
            : r.private === true
                ? 'private'
                : 'public';
        out.push({
            full_name: r.full_name,
            archived: r.archived === true,
            visibility,
            topics: Array.isArray(r.topics)
                ? r.topics.filter((t) => typeof t === 'string')
                : [],
            default_branch: typeof r.default_branch === 'string' ? r.default_branch : 'main'
        });
    }
    return out;
}
/**
 * A repository's `.github/workflows/*.yml|yaml` through the contents API (no checkout): the
 * folder listing (GET /repos/{owner}/{repo}/contents/{path}), then each file's content, decoded
 * from base64. No folder (404) is no workflow. A file over 1 MiB, one the API will not give, or a
 * listing that cannot be read gives a WorkflowFile with `readError`, so what it might produce is
 * unknown rather than silently missing. Needs `contents: read`.
 *
 * @param ref the branch or commit to read (default: the repository's default branch)
 */
async function readWorkflowsViaApi(gh, owner, repo, ref) {
    let listing;
    try {
        const res = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
            owner,
            repo,
            path: workflows/* WORKFLOWS_DIR */.xs,
            ...(ref ? { ref } : {})
        });
        listing = res.data;
    }
    catch (e) {
        if ((0,github_status.statusOf)(e) === 404)
            return [];
        return [
            {
                path: workflows/* WORKFLOWS_DIR */.xs,
                text: '',
                readError: `the workflows folder could not be listed (${(0,github_status.statusOf)(e) ?? (0,errors/* errorMessage */.gJ)(e)}); grant contents: read`
            }
        ];
    }
    if (!Array.isArray(listing))
        return [{ path: workflows/* WORKFLOWS_DIR */.xs, text: '', readError: `${workflows/* WORKFLOWS_DIR */.xs} is not a folder` }];
    const entries = listing
        .filter((e) => typeof e === 'object' &&
        e !== null &&
        e.type === 'file' &&
        typeof e.name === 'string' &&
        /\.ya?ml$/.test(e.name))
        .map((e) => ({ path: `${workflows/* WORKFLOWS_DIR */.xs}/${e.name}`, size: e.size }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const out = [];
    if (entries.length > workflows/* MAX_WORKFLOW_FILES */.z)
        out.push({
            path: workflows/* WORKFLOWS_DIR */.xs,
            text: '',
            readError: `more than ${workflows/* MAX_WORKFLOW_FILES */.z} workflow files; only the first ${workflows/* MAX_WORKFLOW_FILES */.z} were read`
        });
    for (const { path, size } of entries.slice(0, workflows/* MAX_WORKFLOW_FILES */.z)) {
        // The listing gives the size: a file over the limit is not fetched (the API would answer an
        // empty content with encoding "none" for 1–100 MB anyway).
        if (typeof size === 'number' && size > workflows/* MAX_WORKFLOW_BYTES */.lp) {
            out.push({ path, text: '', readError: `larger than ${workflows/* MAX_WORKFLOW_BYTES */.lp} bytes` });
            continue;
        }
        try {
            const res = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
                owner,
                repo,
                path,
                ...(ref ? { ref } : {})
            });
            const d = res.data;
            if (typeof d.size === 'number' && d.size > workflows/* MAX_WORKFLOW_BYTES */.lp) {
                out.push({ path, text: '', readError: `larger than ${workflows/* MAX_WORKFLOW_BYTES */.lp} bytes` });
                continue;
            }
            if (d.encoding !== 'base64' || typeof d.content !== 'string') {
                out.push({ path, text: '', readError: 'the API gave no base64 content for it' });
                continue;
            }
            out.push({ path, text: Buffer.from(d.content, 'base64').toString('utf8') });
        }
        catch (e) {
            out.push({
                path,
                text: '',
                readError: `could not be read through the API (${(0,github_status.statusOf)(e) ?? (0,errors/* errorMessage */.gJ)(e)})`
            });
        }
    }
    return out;
}
/**
 * Requests left in the core rate limit (GET /rate_limit, which itself does not count), or
 * undefined when it cannot be read (then the shard goes on and relies on the client's own
 * retry-after handling).
 */
async function remainingRequests(gh) {
    try {
        const res = await gh.request('GET /rate_limit');
        const core = res.data.resources?.core;
        return typeof core?.remaining === 'number' ? core.remaining : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
// EXTERNAL MODULE: ./src/ruleset-verify/run-verify.ts + 4 modules
var run_verify = __webpack_require__(4629);
;// CONCATENATED MODULE: ./src/ruleset-verify/org.ts














/** Lists the organisation's repositories, selects and splits them (core/org.ts). */
async function planOrg(o) {
    const repos = (0,core_org/* selectRepos */.i9)(await listOrgRepos(o.gh, o.org), o.filters);
    return {
        contract: 'gonogo.org-plan/v1',
        organisation: o.org,
        shards: (0,core_org/* planShards */.tF)(repos, o.shards, o.costs)
    };
}
/** The requests kept back from a shard's budget (other steps of the job, retries). */
const BUDGET_MARGIN = 2 * core_org/* DEFAULT_REPO_REQUESTS */.Ue;
/** Which repository the requests made in this async context are for (per-repository counts). */
const current = new external_node_async_hooks_.AsyncLocalStorage();
const budgets = new WeakMap();
/**
 * Hooks a client once: every request counts for the repository whose verification made it, and
 * every answer's (or error's) `x-ratelimit-remaining` updates the live budget, so a budget spent
 * by someone else with the same installation (another shard, another workflow) is seen at once
 * (docs: "Rate limits for the REST API", checking the status of your rate limit).
 */
function watch(gh) {
    const known = budgets.get(gh);
    if (known)
        return known;
    const live = {};
    budgets.set(gh, live);
    const note = (headers) => {
        const rem = Number(headers?.['x-ratelimit-remaining']);
        const resource = headers?.['x-ratelimit-resource'];
        if (!Number.isFinite(rem) || (resource !== undefined && resource !== 'core'))
            return;
        live.remaining = rem;
    };
    gh.hook.before('request', () => {
        const c = current.getStore();
        if (c)
            c.requests++;
    });
    gh.hook.after('request', (res) => note(res.headers));
    gh.hook.error('request', (e) => {
        note(e.response?.headers);
        throw e;
    });
    return live;
}
/**
 * Verify-rules for every repository of one shard, a few at once, within the rate-limit budget:
 * the remaining core requests are read first (GET /rate_limit) and then followed through every
 * answer's x-ratelimit-remaining; a repository that would start with less than its expected cost
 * for itself and for each repository still in flight (plus a margin) left is not started and is
 * `unverified` naming the budget, as is one whose verification failed (naming why). Workflows are
 * read through the contents API. Writes `shard.json` (index, repositories, requests each took) and
 * each repository's two reports under `<output>/<owner>/<name>/`.
 *
 * @param requestCount the client's running request count (its onRequest hook)
 * @throws Error for a repository name that is not OWNER/NAME (it would be a path out of `output`);
 *   ConfigurationError for a policy without `branches:`
 */
async function verifyShard(o) {
    const bad = o.shard.repositories.find((r) => !(0,core_org/* isRepositoryName */.en)(r));
    if (bad !== undefined)
        throw new Error(`shard ${o.shard.index}: ${JSON.stringify(bad)} is not an OWNER/NAME repository`);
    // Checked once here, not per repository after its workflows were read through the API.
    if (!o.policy.branches)
        throw new errors/* ConfigurationError */.j1(`${o.config}: no 'branches:' section; declare the protection wanted per branch (see action-ruleset-verify/README.md)`);
    const live = watch(o.gh);
    const remaining = await remainingRequests(o.gh);
    const start = o.requestCount();
    const reports = new Map();
    const requests = {};
    const generatedAt = new Date(o.effectiveTime).toISOString();
    let inFlight = 0;
    await (0,map_limit/* mapLimit */.s)(o.shard.repositories, o.concurrency ?? 4, async (full) => {
        const [owner = '', repo = ''] = full.split('/');
        const subject = { repository: full, sha: '0'.repeat(40) };
        const used = o.requestCount() - start;
        const left = Math.min(remaining === undefined ? Infinity : remaining - used, live.remaining ?? Infinity);
        if (left < core_org/* DEFAULT_REPO_REQUESTS */.Ue * (1 + inFlight) + BUDGET_MARGIN) {
            reports.set(full, unverifiedReports(full, generatedAt, 'api-budget', `not verified: the API budget ran out (${Math.max(0, left)} requests left of the rate limit when this repository's turn came); run the shard again after the reset, or plan more shards`));
            return;
        }
        inFlight++;
        const count = { requests: 0 };
        try {
            await current.run(count, async () => {
                const workflows = await readWorkflowsViaApi(o.gh, owner, repo);
                const r = await (0,run_verify/* verifyRepository */.sX)({
                    gh: o.gh,
                    apiUrl: o.apiUrl,
                    owner,
                    repo,
                    policy: o.policy,
                    config: o.config,
                    branches: [],
                    workflows,
                    sha: subject.sha,
                    ref: '',
                    effectiveTime: o.effectiveTime
                });
                reports.set(full, [r.branchProtection, r.requiredChecks]);
            });
        }
        catch (e) {
            reports.set(full, unverifiedReports(full, generatedAt, 'verify', `could not be verified: ${(0,errors/* errorMessage */.gJ)(e)}`));
        }
        finally {
            inFlight--;
        }
        requests[full] = count.requests;
    });
    const files = [
        {
            name: 'shard.json',
            content: `${(0,canonical_json/* stableStringify */.J)({ index: o.shard.index, repositories: o.shard.repositories, requests })}\n`
        }
    ];
    await (0,promises_.mkdir)(o.output, { recursive: true });
    for (const [full, rs] of [...reports].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const dir = external_node_path_default().join(o.output, ...full.split('/'));
        await (0,atomic_write/* writeAllOrNothing */.P)(dir, rs.map((r) => ({
            name: r.control === 'required-checks' ? run_verify/* REQUIRED_CHECKS_REPORT */.bY : run_verify/* BRANCH_PROTECTION_REPORT */.Un,
            content: `${(0,canonical_json/* stableStringify */.J)(r)}\n`
        })));
    }
    await (0,atomic_write/* writeAllOrNothing */.P)(o.output, files);
    return { reports, requests };
}
/** Both reports of a repository that was not verified, with the same unverified check. */
function unverifiedReports(full, generatedAt, id, message) {
    return core_org/* ORG_CONTROLS */.Ok.map((control) => (0,report/* makeReport */.d)({
        control,
        subject: { repository: full, sha: '0'.repeat(40) },
        generatedAt,
        generator: 'ruleset-verify',
        checks: [{ id, status: 'unverified', message }]
    }));
}
/** Largest shard.json or report read back (a report of one repository is a few KiB). */
const MAX_ARTIFACT_FILE_BYTES = 8 * 1024 * 1024;
/**
 * A shard's JSON file read as every report is (parsers/verdict.ts parseJson): a key written twice
 * (`"status":"failed", … "status":"passed"`), NUL bytes or malformed JSON are refused.
 *
 * @throws Error naming what is wrong (the caller marks the file unreadable)
 */
async function readJson(file) {
    const st = await (0,promises_.stat)(file);
    if (!st.isFile())
        throw new Error('not a file');
    if (st.size > MAX_ARTIFACT_FILE_BYTES)
        throw new Error(`larger than ${MAX_ARTIFACT_FILE_BYTES} bytes`);
    const parsed = (0,verdict/* parseJson */.qF)(await (0,promises_.readFile)(file, 'utf8'), external_node_path_default().basename(file));
    if (!parsed.ok)
        throw new Error(parsed.verdict.message);
    return parsed.value;
}
/**
 * What each shard left in `dir` (`shard-<index>/` folders, as the shard jobs' artifacts are
 * downloaded): its reports by repository, read and checked against gonogo.report/v1, and the
 * requests each repository took. A shard without a readable `shard.json`, whose `shard.json` is
 * for another index, or lists other repositories than the plan's shard (an artifact of another
 * plan), is missing: its repositories become unverified in the merge. A report that is absent,
 * not valid, about another repository, or whose control is not its file's, is left out (the merge
 * marks that control `(not reported)`, unverified). Reports of repositories outside the plan's
 * shard are not read. Never throws for what is in `dir`.
 */
async function readShards(dir, plan) {
    const out = [];
    let names = [];
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        names = [];
    }
    for (const shard of plan.shards) {
        const label = `shard-${shard.index}`;
        const folder = external_node_path_default().join(dir, label);
        if (!names.includes(label)) {
            out.push({ index: shard.index, why: `no artifact ${label} (the job failed or never ran)` });
            continue;
        }
        let meta;
        try {
            const doc = await readJson(external_node_path_default().join(folder, 'shard.json'));
            if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
                throw new Error('not a JSON object');
            meta = doc;
        }
        catch (e) {
            out.push({
                index: shard.index,
                why: `${label}/shard.json unreadable (${(0,errors/* errorMessage */.gJ)(e)}); the shard job did not finish`
            });
            continue;
        }
        if (meta.index !== shard.index) {
            out.push({
                index: shard.index,
                why: `${label}/shard.json is for shard ${JSON.stringify(meta.index)}, not ${shard.index}`
            });
            continue;
        }
        const listed = Array.isArray(meta.repositories) ? meta.repositories.map(String).sort() : [];
        const wanted = [...shard.repositories].sort();
        if (listed.length !== wanted.length || listed.some((r, i) => r !== wanted[i])) {
            out.push({
                index: shard.index,
                why: `${label}/shard.json lists other repositories than shard ${shard.index} of the plan (an artifact of another plan?)`
            });
            continue;
        }
        const requests = new Map();
        const measured = meta.requests;
        const reports = new Map();
        for (const full of shard.repositories) {
            if (!(0,core_org/* isRepositoryName */.en)(full))
                continue;
            const n = measured?.[full];
            if (typeof n === 'number' && Number.isInteger(n) && n >= 0)
                requests.set(full, n);
            const rs = [];
            for (const [control, f] of [
                ['branch-protection', run_verify/* BRANCH_PROTECTION_REPORT */.Un],
                ['required-checks', run_verify/* REQUIRED_CHECKS_REPORT */.bY]
            ]) {
                try {
                    const doc = await readJson(external_node_path_default().join(folder, ...full.split('/'), f));
                    if ((0,validators/* validateReport */.RE)(doc) &&
                        doc.contract === contracts/* REPORT_CONTRACT */._j &&
                        doc.control === control &&
                        doc.subject.repository === full)
                        rs.push(doc);
                }
                catch {
                    /* absent or unreadable: the merge marks this control not reported */
                }
            }
            if (rs.length > 0)
                reports.set(full, rs);
        }
        out.push({ index: shard.index, reports, requests });
    }
    return out;
}
/** Writes org-report.json, org-report.sarif and org-report.md; returns the report. */
async function writeOrgReport(o) {
    const report = (0,core_org/* mergeOrg */.bO)({
        organisation: o.plan.organisation,
        generatedAt: o.generatedAt,
        plan: o.plan.shards,
        results: o.results
    });
    const markdown = (0,core_org/* renderOrgMarkdown */.Sg)(report);
    const paths = await (0,atomic_write/* writeAllOrNothing */.P)(o.output, [
        { name: 'org-report.json', content: `${(0,canonical_json/* stableStringify */.J)(report)}\n` },
        {
            name: 'org-report.sarif',
            content: `${JSON.stringify((0,core_org/* orgSarif */._b)(report, o.policyPath, contracts/* GENERATOR_VERSION */.RO), null, 2)}\n`
        },
        { name: 'org-report.md', content: markdown }
    ]);
    return { report, markdown, paths };
}


/***/ })

};
