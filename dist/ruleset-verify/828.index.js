export const id = 828;
export const ids = [828];
export const modules = {

/***/ 5828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planOrg: () => (/* binding */ planOrg),
  readShards: () => (/* binding */ readShards),
  verifyShard: () => (/* binding */ verifyShard),
  writeOrgReport: () => (/* binding */ writeOrgReport)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
// EXTERNAL MODULE: ./src/core/contracts.ts
var contracts = __webpack_require__(63348);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/map-limit.ts
var map_limit = __webpack_require__(43075);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/core/org.ts
/**
 * Organisation scale (issue 19), the pure half: which repositories a plan covers, how they are
 * split into shards of balanced expected request cost, and how the shards' verify-rules reports
 * merge into one organisation report (table repository × setting, totals, worst first), its
 * Markdown and a SARIF log for code scanning. No I/O: the listing, the per-shard verification and
 * the artifacts live in io/ and github/.
 */

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
    const include = f.include?.length ? picomatch_default()([...f.include], { nocase: true, dot: true }) : null;
    const exclude = f.exclude?.length ? picomatch_default()([...f.exclude], { nocase: true, dot: true }) : null;
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
 * The setting a check is about: its id without the branch prefix and detail (`main/min-approvals`
 * → `min-approvals`, `main/required-check:ci/test` → `required-check`), prefixed by the report's
 * control (`branch-protection`, `required-checks`) so the two reports never mix.
 */
function settingOf(control, check) {
    const slash = check.id.indexOf('/');
    const rest = slash >= 0 ? check.id.slice(slash + 1) : check.id;
    const colon = rest.indexOf(':');
    return `${control}:${colon >= 0 ? rest.slice(0, colon) : rest}`;
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
            if (missing || reports === undefined || reports.length === 0) {
                rows.push({
                    repository: repo,
                    status: 'unverified',
                    settings: {},
                    failed: 0,
                    unverified: 1,
                    reason: missing
                        ? `shard ${shard.index}: ${result?.why ?? 'the shard left no artifact (it failed or never ran)'}`
                        : `shard ${shard.index} did not report this repository`
                });
                continue;
            }
            const per = new Map();
            for (const r of reports) {
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
                status: worstOf([...values, ...reports.map((r) => r.status)]),
                settings: cells,
                failed: values.filter((v) => v === 'failed').length,
                unverified: values.filter((v) => v === 'unverified').length,
                reason: null
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
/**
 * The organisation report as a job summary: totals, shards that did not report, and the table
 * repository × setting, worst repositories first, at most `maxRows` rows (the JSON has them all).
 * Every name is shown as code, with backticks and pipes escaped.
 */
function renderOrgMarkdown(r, maxRows = 200) {
    const code = (s) => `\`${s.replace(/[`|\r\n]/g, ' ')}\``;
    const t = r.totals;
    const out = [
        `## gonogo: branch rules across ${code(r.organisation)}`,
        '',
        `${t.repositories} repositories: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified.`,
        ''
    ];
    const missing = r.shards.filter((s) => s.status === 'missing');
    if (missing.length > 0) {
        out.push(`Shards that did not report (their ${missing.reduce((n, s) => n + s.repositories, 0)} repositories are unverified): ${missing.map((s) => `${s.index} (${(s.why ?? '').replace(/[|\r\n]/g, ' ')})`).join(', ')}`, '');
    }
    const header = ['Repository', 'Status', ...r.settings.map(code)];
    out.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---|').join('')}`);
    for (const row of r.repositories.slice(0, maxRows)) {
        const cells = r.settings.map((s) => {
            const v = row.settings[s];
            return v ? MARK[v] : '—';
        });
        out.push(`| ${[code(row.repository), `${MARK[row.status]} ${row.status}`, ...cells].join(' | ')} |`);
    }
    if (r.repositories.length > maxRows)
        out.push('', `_… and ${r.repositories.length - maxRows} more repositories (see the JSON report)._`);
    out.push('');
    return out.join('\n');
}
/**
 * The organisation report as SARIF 2.1.0 for code scanning in the repository that holds the org
 * policy: one result per repository and setting that is not passed (`error` for failed, `warning`
 * for unverified), located at the policy file (code scanning needs a file of the repository the
 * log is uploaded to), the repository named in the message and in `partialFingerprints` so the
 * alert follows the repository and setting across runs.
 *
 * @param policyPath the org policy's path in the uploading repository, e.g. `.github/gonogo-org.yml`
 */
function orgSarif(r, policyPath, version) {
    const rules = new Map();
    const results = [];
    for (const row of r.repositories) {
        const entries = row.reason !== null
            ? [['repository:unverified', 'unverified', row.reason]]
            : Object.entries(row.settings)
                .filter(([, v]) => v !== 'passed')
                .map(([s, v]) => [s, v, `${s} is ${v}`]);
        for (const [setting, status, why] of entries) {
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
                            artifactLocation: { uri: policyPath },
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

// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(88557);
// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(46161);
// EXTERNAL MODULE: ./src/io/workflows.ts
var workflows = __webpack_require__(22886);
// EXTERNAL MODULE: ./src/github/paginate.ts
var paginate = __webpack_require__(71674);
// EXTERNAL MODULE: ./src/github/status.ts
var github_status = __webpack_require__(50957);
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
        if (typeof r.full_name !== 'string' || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(r.full_name))
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
        if ((0,github_status/* statusOf */.c)(e) === 404)
            return [];
        return [
            {
                path: workflows/* WORKFLOWS_DIR */.xs,
                text: '',
                readError: `the workflows folder could not be listed (${(0,github_status/* statusOf */.c)(e) ?? (0,errors/* errorMessage */.gJ)(e)}); grant contents: read`
            }
        ];
    }
    if (!Array.isArray(listing))
        return [{ path: workflows/* WORKFLOWS_DIR */.xs, text: '', readError: `${workflows/* WORKFLOWS_DIR */.xs} is not a folder` }];
    const files = listing
        .filter((e) => typeof e === 'object' &&
        e !== null &&
        e.type === 'file' &&
        typeof e.name === 'string' &&
        /\.ya?ml$/.test(e.name))
        .map((e) => `${workflows/* WORKFLOWS_DIR */.xs}/${e.name}`)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .slice(0, workflows/* MAX_WORKFLOW_FILES */.z);
    const out = [];
    for (const path of files) {
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
                readError: `could not be read through the API (${(0,github_status/* statusOf */.c)(e) ?? (0,errors/* errorMessage */.gJ)(e)})`
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
var atomic_write = __webpack_require__(67869);
// EXTERNAL MODULE: ./src/ruleset-verify/run-verify.ts + 111 modules
var run_verify = __webpack_require__(24807);
;// CONCATENATED MODULE: ./src/ruleset-verify/org.ts













/** Lists the organisation's repositories, selects and splits them (core/org.ts). */
async function planOrg(o) {
    const repos = selectRepos(await listOrgRepos(o.gh, o.org), o.filters);
    return {
        contract: 'gonogo.org-plan/v1',
        organisation: o.org,
        shards: planShards(repos, o.shards, o.costs)
    };
}
/** The requests kept back from a shard's budget (other steps of the job, retries). */
const BUDGET_MARGIN = 2 * DEFAULT_REPO_REQUESTS;
/**
 * Verify-rules for every repository of one shard, a few at once, within the rate-limit budget:
 * the remaining core requests are read first (GET /rate_limit); a repository that would start
 * with less than its expected cost (plus a margin) left is not started and is `unverified` naming
 * the budget, as is one whose verification failed (naming why). Workflows are read through the
 * contents API. Writes `shard.json` (index, repositories, requests each took) and each
 * repository's two reports under `<output>/<owner>/<name>/`.
 *
 * @param requestCount the client's running request count (its onRequest hook)
 */
async function verifyShard(o) {
    const remaining = await remainingRequests(o.gh);
    const start = o.requestCount();
    const reports = new Map();
    const requests = {};
    const generatedAt = new Date(o.effectiveTime).toISOString();
    await (0,map_limit/* mapLimit */.s)(o.shard.repositories, o.concurrency ?? 4, async (full) => {
        const [owner = '', repo = ''] = full.split('/');
        const subject = { repository: full, sha: '0'.repeat(40) };
        const used = o.requestCount() - start;
        if (remaining !== undefined && remaining - used < DEFAULT_REPO_REQUESTS + BUDGET_MARGIN) {
            reports.set(full, [
                unverifiedReport(full, generatedAt, 'api-budget', `not verified: the API budget ran out (${Math.max(0, remaining - used)} requests left of the rate limit when this repository's turn came); run the shard again after the reset, or plan more shards`)
            ]);
            return;
        }
        const before = o.requestCount();
        try {
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
        }
        catch (e) {
            reports.set(full, [
                unverifiedReport(full, generatedAt, 'verify', `could not be verified: ${(0,errors/* errorMessage */.gJ)(e)}`)
            ]);
        }
        requests[full] = o.requestCount() - before;
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
function unverifiedReport(full, generatedAt, id, message) {
    return (0,report/* makeReport */.d)({
        control: 'branch-protection',
        subject: { repository: full, sha: '0'.repeat(40) },
        generatedAt,
        generator: 'ruleset-verify',
        checks: [{ id, status: 'unverified', message }]
    });
}
/**
 * What each shard left in `dir` (`shard-<index>/` folders, as the shard jobs' artifacts are
 * downloaded): its reports by repository, read and checked against gonogo.report/v1. A shard
 * without `shard.json`, or whose `shard.json` does not list the plan's repositories, is missing
 * (its repositories become unverified in the merge); a report that is not valid is left out (its
 * repository becomes unverified).
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
        const folder = external_node_path_default().join(dir, `shard-${shard.index}`);
        if (!names.includes(`shard-${shard.index}`)) {
            out.push({
                index: shard.index,
                why: `no artifact shard-${shard.index} (the job failed or never ran)`
            });
            continue;
        }
        let meta;
        try {
            meta = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(folder, 'shard.json'), 'utf8'));
        }
        catch (e) {
            out.push({
                index: shard.index,
                why: `shard-${shard.index}/shard.json unreadable (${(0,errors/* errorMessage */.gJ)(e)})`
            });
            continue;
        }
        if (meta.index !== shard.index) {
            out.push({
                index: shard.index,
                why: `shard-${shard.index}/shard.json is for shard ${String(meta.index)}`
            });
            continue;
        }
        const reports = new Map();
        for (const full of shard.repositories) {
            const rs = [];
            for (const f of [run_verify/* BRANCH_PROTECTION_REPORT */.Un, run_verify/* REQUIRED_CHECKS_REPORT */.bY]) {
                try {
                    const doc = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(folder, ...full.split('/'), f), 'utf8'));
                    if ((0,validators/* validateReport */.RE)(doc) &&
                        doc.contract === contracts/* REPORT_CONTRACT */._j &&
                        doc.subject.repository === full)
                        rs.push(doc);
                }
                catch {
                    /* absent or unreadable: the repository shows as not (fully) reported */
                }
            }
            if (rs.length > 0)
                reports.set(full, rs);
        }
        out.push({ index: shard.index, reports });
    }
    return out;
}
/** Writes org-report.json, org-report.sarif and org-report.md; returns the report. */
async function writeOrgReport(o) {
    const report = mergeOrg({
        organisation: o.plan.organisation,
        generatedAt: o.generatedAt,
        plan: o.plan.shards,
        results: o.results
    });
    const markdown = renderOrgMarkdown(report);
    const paths = await (0,atomic_write/* writeAllOrNothing */.P)(o.output, [
        { name: 'org-report.json', content: `${(0,canonical_json/* stableStringify */.J)(report)}\n` },
        {
            name: 'org-report.sarif',
            content: `${JSON.stringify(orgSarif(report, o.policyPath, contracts/* GENERATOR_VERSION */.RO), null, 2)}\n`
        },
        { name: 'org-report.md', content: markdown }
    ]);
    return { report, markdown, paths };
}


/***/ })

};
