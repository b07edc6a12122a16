export const id = 1861;
export const ids = [1861];
export const modules = {

/***/ 5661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nm: () => (/* binding */ shareOrganisationRulesets),
/* harmony export */   OrgListingError: () => (/* binding */ OrgListingError),
/* harmony export */   Pj: () => (/* binding */ readWorkflowsViaApi),
/* harmony export */   Sp: () => (/* binding */ listOrgRepos),
/* harmony export */   Xz: () => (/* binding */ remainingRequests)
/* harmony export */ });
/* unused harmony export listingError */
/* harmony import */ var _core_org_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1405);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _io_workflows_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2886);
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1893);
/* harmony import */ var _branch_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6689);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6720);
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6436);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(957);








/**
 * The organisation's repositories could not be listed (GET /orgs/{org}/repos): the message names
 * the endpoint, what the API answered (status and GitHub's message, a rate limit with its reset
 * time, a timeout, a dropped connection, a malformed page) and what to do. Nothing is planned.
 * Not a {@link ConfigurationError}: the CLI exits 1 (nothing verified, as for an empty plan),
 * the action fails the step with the message (no "failed unexpectedly").
 */
class OrgListingError extends Error {
    unlock;
    name = 'OrgListingError';
    constructor(message, 
    /** What to do, also at the end of the message. */
    unlock) {
        super(message);
        this.unlock = unlock;
    }
}
/** Errors of a request that reached no server: refused, no such host, unreachable, not a URL. */
const NOT_REACHED = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|Invalid URL|Failed to parse URL|unknown scheme|bad port/i;
/** The messages and codes of an error and its causes (fetch nests the socket's error twice). */
function causeText(e) {
    const parts = [];
    let at = e;
    for (let i = 0; i < 4 && at !== undefined && at !== null; i++) {
        const code = at.code;
        parts.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(at), typeof code === 'string' ? code : '');
        at = at.cause;
    }
    return parts.join(' ');
}
/** The innermost cause of an error (the socket's own error under fetch's "fetch failed"). */
function innermost(e) {
    let at = e;
    for (let i = 0; i < 4; i++) {
        const next = at?.cause;
        if (next === undefined || next === null)
            break;
        at = next;
    }
    return at;
}
/** Who may list an organisation's repositories (REST "List organization repositories"). */
const LISTING_ACCESS = 'give GITHUB_TOKEN (the action\'s token input) access to the organisation\'s repositories: a GitHub App installed on the organisation for all its repositories, with the "Metadata" repository permission (read), or a token of an organisation member (a fine-grained token with "Metadata: read" on the organisation\'s repositories)';
/**
 * What the API's failure of GET /orgs/{org}/repos means and what to do, as an
 * {@link OrgListingError}: 401/403/404 → the token's access; a rate limit → wait for its reset
 * (the time from `x-ratelimit-reset` when the answer gave one; describeFailure in
 * branch-rules.ts); 5xx, a timeout, a reset connection or a malformed page → re-run; a request
 * that reached no server (connection refused, no such host, a GITHUB_API_URL that is not a URL)
 * → check GITHUB_API_URL.
 */
function listingError(e, org) {
    const endpoint = `GET /orgs/${org}/repos`;
    const status = (0,_status_js__WEBPACK_IMPORTED_MODULE_6__.statusOf)(e);
    const answered = e?.response !== undefined;
    // Octokit reports a fetch that reached no server (ECONNREFUSED, ENOTFOUND, an invalid URL) as
    // a status 500 without a response; a connection that broke mid-answer is a re-run's matter.
    if (!(e instanceof _answer_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedAnswerError */ .Sz) &&
        !(e instanceof _client_js__WEBPACK_IMPORTED_MODULE_4__.ApiTimeoutError) &&
        !(e instanceof _client_js__WEBPACK_IMPORTED_MODULE_4__.ApiDeadlineError) &&
        !answered &&
        (status === undefined || status === 500) &&
        NOT_REACHED.test(causeText(e))) {
        const unlock = "check that GITHUB_API_URL is the REST API's root URL (https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server) and that the runner can reach it, then plan again";
        return new OrgListingError(`${endpoint} could not be sent or got no answer (${(0,_status_js__WEBPACK_IMPORTED_MODULE_6__.apiErrorText)(innermost(e))}); ${unlock}`, unlock);
    }
    const d = (0,_branch_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFailure */ .Ic)(e, LISTING_ACCESS);
    const unlock = status === 404 ? `check the organisation name (${org}) and ${LISTING_ACCESS}` : d.unlock;
    // describeFailure names the answer; the endpoint is said once, first.
    const reason = d.reason.replace(/, answered by GET \S+$/, '');
    return new OrgListingError(`the repositories of ${org} could not be listed: ${endpoint} failed: ${reason}; ${unlock}; nothing was planned`, unlock);
}
/**
 * Every repository of an organisation (GET /orgs/{org}/repos, type all, 100 a page), as the plan
 * needs them. Needs `metadata: read` on the organisation's repositories (a GitHub App
 * installation or a token of a member); private repositories are listed only to such a token.
 *
 * What GitHub never lists is not planned: an entry whose `full_name` is not OWNER/NAME (it could
 * climb out of a folder) is dropped, and `warn` is told how many; an entry of another owner than
 * `org` (compared without case, as GitHub does) refuses the listing, naming it, because every
 * shard would refuse a plan that holds it. An entry without `default_branch` (optional in the
 * "minimal repository" schema) gets `''`, an unknown default branch: the plan leaves it out of
 * `default_branches` (core/org.ts isPlanBranchName) and the shard reads the repository instead
 * of assuming a name.
 *
 * @param warn told of entries dropped (one message per listing)
 * @throws ConfigurationError for an entry of another owner or an answer larger than the client
 *   reads (naming what to check); {@link OrgListingError} for every other failure of the listing
 *   (an HTTP error, a rate limit, a timeout, a dropped connection, a malformed page), naming the
 *   endpoint, the answer and what to do
 */
async function listOrgRepos(gh, org, warn = () => { }) {
    let raw;
    try {
        raw = await (0,_paginate_js__WEBPACK_IMPORTED_MODULE_5__/* .listAll */ ._)(gh, 'GET /orgs/{org}/repos', { org, type: 'all', sort: 'full_name' }, { maxPages: 1000, what: `the repositories of ${org}` });
    }
    catch (e) {
        if (e instanceof _client_js__WEBPACK_IMPORTED_MODULE_4__.AnswerTooLargeError)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the repositories of ${org} could not be listed: ${e.message} (a page of 100 repositories from GitHub is well under 1 MiB); check that the API URL (GITHUB_API_URL) is GitHub's REST API and that no proxy in between changes its answers, then plan again`);
        throw listingError(e, org);
    }
    const out = [];
    const owner = `${org.toLowerCase()}/`;
    let badNames = 0;
    for (const r of raw) {
        // GitHub never lists another name; one that is not OWNER/NAME could climb out of a folder.
        if (typeof r.full_name !== 'string' || !(0,_core_org_js__WEBPACK_IMPORTED_MODULE_0__/* .isRepositoryName */ .en)(r.full_name)) {
            badNames++;
            continue;
        }
        if (!r.full_name.toLowerCase().startsWith(owner))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GET /orgs/${org}/repos listed ${JSON.stringify(r.full_name.slice(0, 200))}, a repository of another owner; GitHub lists only the organisation's own, so check that the API URL (GITHUB_API_URL) is GitHub's REST API and that no proxy in between changes its answers, then plan again`);
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
            // '' is unknown: left out of the plan's default_branches, so the shard reads it.
            default_branch: typeof r.default_branch === 'string' ? r.default_branch : ''
        });
    }
    if (badNames > 0)
        warn(`GET /orgs/${org}/repos listed ${badNames} ${badNames === 1 ? 'entry' : 'entries'} without an OWNER/NAME full_name; ${badNames === 1 ? 'it is' : 'they are'} not planned`);
    return out;
}
/**
 * A repository's `.github/workflows/*.yml|yaml` through the contents API (no checkout): the
 * folder listing (GET /repos/{owner}/{repo}/contents/{path}), then each file's content, decoded
 * from base64. No folder (404) is no workflow. A file over 1 MiB, one the API will not give, or a
 * listing that cannot be read gives a WorkflowFile with `readError`, so what it might produce is
 * unknown rather than silently missing; so does a listing with an entry that is not an object
 * with `name`, `path` and `type` strings (the folder is then unreadable as a whole, the message
 * naming the endpoint). Needs `contents: read`.
 *
 * @param ref the branch or commit to read (default: the repository's default branch)
 */
async function readWorkflowsViaApi(gh, owner, repo, ref) {
    let listing;
    try {
        const res = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
            owner,
            repo,
            path: _io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .WORKFLOWS_DIR */ .xs,
            ...(ref ? { ref } : {})
        });
        listing = res.data;
    }
    catch (e) {
        if ((0,_status_js__WEBPACK_IMPORTED_MODULE_6__.statusOf)(e) === 404)
            return [];
        return [
            {
                path: _io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .WORKFLOWS_DIR */ .xs,
                text: '',
                readError: `the workflows folder could not be listed (${(0,_status_js__WEBPACK_IMPORTED_MODULE_6__.statusOf)(e) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}); grant contents: read`
            }
        ];
    }
    const endpoint = `GET /repos/${owner}/${repo}/contents/${_io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .WORKFLOWS_DIR */ .xs}`;
    if (!Array.isArray(listing))
        return [{ path: _io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .WORKFLOWS_DIR */ .xs, text: '', readError: `${_io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .WORKFLOWS_DIR */ .xs} is not a folder` }];
    // An entry GitHub would never list (not an object, without the name, path and type strings of
    // the "content-directory" schema, or a name that is not one path segment) makes the whole
    // listing untrustworthy: a dropped entry could be a workflow whose checks go unseen, so the
    // folder is unreadable, never partly read.
    const bad = listing.findIndex((e) => {
        if (typeof e !== 'object' || e === null || Array.isArray(e))
            return true;
        const x = e;
        return (typeof x.name !== 'string' ||
            typeof x.path !== 'string' ||
            typeof x.type !== 'string' ||
            // A name is one path segment: `../x.yml` would read a file outside the folder.
            /[/\\]|^\.\.?$/.test(x.name));
    });
    if (bad >= 0)
        return [
            {
                path: _io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .WORKFLOWS_DIR */ .xs,
                text: '',
                readError: `${endpoint} listed an entry that is not a file entry (entry ${bad}: ${JSON.stringify(listing[bad])?.slice(0, 80) ?? 'undefined'}; GitHub lists objects with name, path and type), so the workflows folder could not be read; check that the API URL (GITHUB_API_URL) is GitHub's REST API and that no proxy in between changes its answers`
            }
        ];
    const entries = listing
        .filter((e) => e.type === 'file' && /\.ya?ml$/.test(e.name))
        .map((e) => ({ path: `${_io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .WORKFLOWS_DIR */ .xs}/${e.name}`, size: e.size }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const out = [];
    if (entries.length > _io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_WORKFLOW_FILES */ .z)
        out.push({
            path: _io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .WORKFLOWS_DIR */ .xs,
            text: '',
            readError: `more than ${_io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_WORKFLOW_FILES */ .z} workflow files; only the first ${_io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_WORKFLOW_FILES */ .z} were read`
        });
    for (const { path, size } of entries.slice(0, _io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_WORKFLOW_FILES */ .z)) {
        // The listing gives the size: a file over the limit is not fetched (the API would answer an
        // empty content with encoding "none" for 1–100 MB anyway).
        if (typeof size === 'number' && size > _io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_WORKFLOW_BYTES */ .lp) {
            out.push({ path, text: '', readError: `larger than ${_io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_WORKFLOW_BYTES */ .lp} bytes` });
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
            if (typeof d.size === 'number' && d.size > _io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_WORKFLOW_BYTES */ .lp) {
                out.push({ path, text: '', readError: `larger than ${_io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_WORKFLOW_BYTES */ .lp} bytes` });
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
                readError: `could not be read through the API (${(0,_status_js__WEBPACK_IMPORTED_MODULE_6__.statusOf)(e) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)})`
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
const RULESET_DETAIL = '/repos/{owner}/{repo}/rulesets/{ruleset_id}';
/** Clients whose ruleset details are shared already. */
const sharing = new WeakSet();
/**
 * Makes the client read each organisation (or enterprise) ruleset's details once: GET
 * /repos/{owner}/{repo}/rulesets/{ruleset_id} for a ruleset whose answer has `source_type`
 * Organization or Enterprise is answered from the first such answer for every other repository
 * (a ruleset id names one ruleset across GitHub, and what gonogo reads of it — rules, conditions,
 * enforcement, bypass actors — does not depend on the repository it is read through). Repository
 * rulesets, failed requests and requests with other parameters are sent as usual; a shared answer
 * is never counted as a request. Idempotent.
 *
 * Docs: "Get a repository ruleset" (REST, repos/rules), `source_type`.
 */
function shareOrganisationRulesets(gh) {
    if (sharing.has(gh))
        return;
    sharing.add(gh);
    const known = new Map();
    gh.hook.wrap('request', async (request, options) => {
        if (options.method !== 'GET' || options.url !== RULESET_DETAIL)
            return request(options);
        const o = options;
        const key = JSON.stringify([o.baseUrl, o.ruleset_id, o.includes_parents ?? null]);
        const prior = known.get(key);
        if (prior) {
            const shared = await prior;
            if (shared)
                return { ...shared, data: structuredClone(shared.data) };
        }
        const answer = Promise.resolve(request(options));
        const entry = answer.then((r) => {
            const t = r.data?.source_type;
            return t === 'Organization' || t === 'Enterprise' ? r : undefined;
        }, () => undefined);
        if (known.get(key) === prior)
            known.set(key, entry);
        return answer;
    });
}


/***/ }),

/***/ 1861:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
// EXTERNAL MODULE: ./src/core/name-glob.ts
var name_glob = __webpack_require__(1875);
// EXTERNAL MODULE: ./src/core/org-policy.ts
var org_policy = __webpack_require__(2604);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(6161);
// EXTERNAL MODULE: ./src/parsers/verdict.ts
var verdict = __webpack_require__(9281);
// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var client = __webpack_require__(6720);
// EXTERNAL MODULE: ./src/github/org-repos.ts
var org_repos = __webpack_require__(5661);
// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
// EXTERNAL MODULE: ./src/io/hash-file.ts
var hash_file = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/org-markdown.ts
/**
 * The organisation report (core/org.ts mergeOrg, issue 19) as Markdown: the merge job's summary
 * and org-report.md. Everything taken from the plan, the shards' artifacts or API errors goes
 * through render/escape.ts like every other renderer: registered secrets scrubbed, Markdown and
 * HTML escaped, @mentions and #references neutralised, line breaks flattened, lengths capped.
 */


const MARK = { passed: '✅', failed: '❌', unverified: '🟡' };
/**
 * The most a job summary may hold: GitHub refuses a step's summary over 1 MiB (docs: "Workflow
 * commands for GitHub Actions", adding a job summary: "the maximum size of a step's summary is
 * 1 MiB"). The same 1,000,000 as gate/run-gate.ts JOB_SUMMARY_MAX_CHARS (not imported: that module
 * brings the whole gate into the ruleset-verify bundle), counted here in UTF-8 bytes, as GitHub
 * counts the file — a status mark is 3 or 4 bytes for one or two UTF-16 units.
 */
const ORG_SUMMARY_MAX_BYTES = 1000 * 1000;
/** Setting columns shown by default: the most failing ones (org-report.json has all). */
const ORG_MARKDOWN_MAX_SETTINGS = 30;
/** Shards that did not report, named one by one at most (the rest are counted). */
const MAX_MISSING_SHARDS_LISTED = 20;
/** Overrides named in one row at most (the rest are counted). */
const MAX_OVERRIDES_LISTED = 5;
/**
 * The settings shown as columns: at most `max`, those with most failed repositories, then most
 * unverified, then by name; shown in name order (the report's order).
 */
function shownSettings(r, max) {
    const count = new Map(r.settings.map((s) => [s, { failed: 0, unverified: 0 }]));
    for (const row of r.repositories)
        for (const [s, v] of Object.entries(row.settings)) {
            const c = count.get(s);
            if (c && v !== 'passed')
                c[v]++;
        }
    const chosen = (0,core_org/* mostFailing */.Qy)(count, max);
    return r.settings.filter((s) => chosen.has(s));
}
const utf8 = (s) => Buffer.byteLength(s, 'utf8');
/**
 * The organisation report as a job summary: totals, shards that did not report, and the table
 * repository × setting, worst repositories first, at most `maxRows` rows and `maxSettings`
 * setting columns (the most failing settings; a line says how many were left out); the JSON
 * (org-report.json) has them all. When some repository was verified against an override of the
 * org policy (`org.overrides`, core/org-policy.ts), an `Overrides` column names the overrides
 * that applied to each (at most 5 per row, the rest counted). The whole text stays within
 * `maxBytes` UTF-8 bytes (GitHub's job summary limit, {@link ORG_SUMMARY_MAX_BYTES}): rows that
 * would pass it are left out, whole, and a last line says how many and where they are. Names are
 * inline code (escape.ts `code`: no backtick, line break or unescaped `|` can leave the cell);
 * reasons from artifacts and API errors escaped text (escape.ts `escapeText`: no link, mention,
 * reference, HTML or table syntax survives, secrets scrubbed). Deterministic.
 *
 * @param maxRows table rows shown (default 200)
 */
function renderOrgMarkdown(r, maxRows = 200, opts = {}) {
    const maxBytes = opts.maxBytes ?? ORG_SUMMARY_MAX_BYTES;
    const t = r.totals;
    const head = [
        `## gonogo: branch rules across ${(0,render_escape/* code */.aY)(r.organisation)}`,
        '',
        `${t.repositories} repositories: ${t.passed} passed, ${t.failed} failed, ${t.unverified} unverified.`,
        ''
    ];
    if (t.repositories === 0)
        head.push('No repository was verified: the plan is empty (check the filters).', '');
    const missing = r.shards.filter((s) => s.status === 'missing');
    if (missing.length > 0) {
        const listed = missing.slice(0, MAX_MISSING_SHARDS_LISTED);
        const more = missing.length - listed.length;
        head.push(`Shards that did not report (${unverifiedRepos(missing.reduce((n, s) => n + s.repositories, 0))}): ${listed.map((s) => `${s.index} (${(0,render_escape/* escapeText */.X1)(s.why ?? '')})`).join(', ')}${more > 0 ? ` and ${more} more (see \`shards\` in org-report.json)` : ''}`, '');
    }
    const settings = shownSettings(r, opts.maxSettings ?? ORG_MARKDOWN_MAX_SETTINGS);
    const hidden = r.settings.length - settings.length;
    if (hidden > 0)
        head.push(`_${settings.length} of ${r.settings.length} settings shown (those with most failed, then unverified repositories); the other ${hidden} are in org-report.json (\`settings\`, and each repository's \`settings\`)._`, '');
    const withOverrides = r.repositories.some((row) => row.overrides.length > 0);
    const header = [
        'Repository',
        'Status',
        ...(withOverrides ? ['Overrides'] : []),
        ...settings.map((s) => (0,render_escape/* code */.aY)(s))
    ];
    head.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---|').join('')}`);
    const rows = [];
    for (const row of r.repositories.slice(0, maxRows)) {
        const cells = settings.map((s) => {
            const v = row.settings[s];
            return v ? MARK[v] : '—';
        });
        const applied = row.overrides.slice(0, MAX_OVERRIDES_LISTED).map((id) => (0,render_escape/* code */.aY)(id, 64));
        const moreOverrides = row.overrides.length - applied.length;
        rows.push(`| ${[
            (0,render_escape/* code */.aY)(row.repository),
            `${MARK[row.status]} ${row.status}`,
            ...(withOverrides
                ? [
                    applied.length > 0
                        ? `${applied.join(', ')}${moreOverrides > 0 ? ` +${moreOverrides}` : ''}`
                        : '—'
                ]
                : []),
            ...cells
        ].join(' | ')} |`);
    }
    // Within the byte budget: whole rows only, then one line saying what was left out.
    const tail = (left) => left > 0
        ? ['', `_… and ${left} more repositories (see org-report.json, which has them all)._`]
        : [];
    const budget = (lines) => utf8(lines.join('\n')) + 1;
    let used = budget(head);
    const reserve = budget(tail(r.repositories.length));
    let shown = 0;
    for (const line of rows) {
        const size = utf8(line) + 1;
        if (used + size + reserve > maxBytes)
            break;
        used += size;
        shown++;
    }
    const out = [...head, ...rows.slice(0, shown), ...tail(r.repositories.length - shown), ''];
    const text = out.join('\n');
    if (utf8(text) <= maxBytes)
        return text;
    // Only the heading lines left (a budget smaller than them): cut to the budget, whole characters.
    const note = '\n\n_… the rest of this summary is left out (see org-report.json)._\n';
    const chars = [...text];
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (utf8(chars.slice(0, mid).join('')) + utf8(note) <= maxBytes)
            lo = mid;
        else
            hi = mid - 1;
    }
    return utf8(note) <= maxBytes ? `${chars.slice(0, lo).join('')}${note}` : '';
}
/** "their 1 repository is unverified" / "their 3 repositories are unverified". */
function unverifiedRepos(n) {
    return n === 1 ? 'their 1 repository is unverified' : `their ${n} repositories are unverified`;
}

// EXTERNAL MODULE: ./src/ruleset-verify/run-verify.ts + 4 modules
var run_verify = __webpack_require__(4629);
;// CONCATENATED MODULE: ./src/ruleset-verify/org.ts




















/**
 * Lists the organisation's repositories, selects and splits them (core/org.ts), and reads the
 * plan back as its file will be read before anyone writes it (core/org.ts sealPlan): the plan
 * returned is the one read back, so `planText(plan)` is exactly the text checked and
 * `planDigest(plan)` the digest of those bytes — the digest printed and given to the shards is
 * the written file's.
 *
 * @throws ConfigurationError (nothing written, fail closed) when an include or exclude glob is
 *   outside core/name-glob.ts's language (before any request, naming it and why), when the
 *   listing holds a repository of another owner or a name that is not OWNER/NAME (naming it), or
 *   when the plan would not read back as written (naming the field, e.g. a cost the file cannot
 *   hold)
 */
async function planOrg(o) {
    for (const which of ['include', 'exclude'])
        for (const glob of o.filters[which] ?? []) {
            const why = (0,name_glob/* nameGlobProblem */.zm)(glob);
            if (why !== undefined)
                throw new errors/* ConfigurationError */.j1(`the ${which} glob ${JSON.stringify(glob.slice(0, 120))} is not a usable repository name glob: ${why}`);
        }
    const listing = await (0,org_repos/* listOrgRepos */.Sp)(o.gh, o.org, o.warn);
    rememberDefaultBranches(o.gh, listing);
    const repos = (0,core_org/* selectRepos */.i9)(listing, o.filters);
    const org = o.org.toLowerCase();
    const foreign = repos.find((r) => !(0,core_org/* isRepositoryName */.en)(r.full_name) || r.full_name.split('/')[0]?.toLowerCase() !== org);
    if (foreign !== undefined)
        throw new errors/* ConfigurationError */.j1(`GET /orgs/${o.org}/repos listed ${JSON.stringify(foreign.full_name.slice(0, 200))}, not an OWNER/NAME repository of ${o.org}: no plan is written (every shard would refuse it); check the API URL and the token's organisation`);
    const sealed = (0,core_org/* sealPlan */.tP)({
        contract: 'gonogo.org-plan/v1',
        organisation: o.org,
        shards: (0,core_org/* planShards */.tF)(repos, o.shards, o.costs, o.org)
    });
    if ('error' in sealed)
        throw new errors/* ConfigurationError */.j1(`the plan for ${o.org} is not written: ${sealed.error}`);
    return sealed.plan;
}
/** OWNER/NAME → default branch, as the organisation's listing gave them to this client. */
const listedDefaults = new WeakMap();
/**
 * Keeps the default branches the listing gave (GET /orgs/{org}/repos), so that a shard verified
 * with the same client (`gonogo org verify`, one process) reads neither GET /repos/{owner}/{repo}
 * nor the branch list for them.
 */
function rememberDefaultBranches(gh, listing) {
    const m = listedDefaults.get(gh) ?? new Map();
    for (const r of listing)
        m.set(r.full_name.toLowerCase(), r.default_branch);
    listedDefaults.set(gh, m);
}
/** The requests kept back from a shard's budget (other steps of the job, retries). */
const BUDGET_MARGIN = 2 * core_org/* DEFAULT_REPO_REQUESTS */.Ue;
/** Which repository the requests made in this async context are for (per-repository counts). */
const current = new external_node_async_hooks_.AsyncLocalStorage();
/**
 * The repository-level list that answers (an empty list at least) for every repository the
 * token can see: a 404 from it means the repository is gone or hidden, not that it has no rules.
 */
const REPOSITORY_PROBE = '/repos/{owner}/{repo}/rulesets';
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
    const live = { notModified: 0 };
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
    gh.hook.after('request', (res) => {
        const headers = res.headers;
        if (headers[client.REVALIDATED_HEADER] !== undefined)
            live.notModified++;
        note(headers);
    });
    gh.hook.error('request', (e, options) => {
        note(e.response?.headers);
        if ((0,client.statusOf)(e) === 404)
            current.getStore()?.notFound.add(String(options.url));
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
 * read through the contents API; the default branch comes from the listing when known (see
 * `defaultBranches`), an organisation ruleset's details are read once per client
 * (github/org-repos.ts shareOrganisationRulesets), and answers served after a 304 (ETag cache)
 * are not taken from the budget. A repository whose ruleset list answers 404 (gone since the
 * listing, or hidden) is `unverified`, never failed for the workflows it seems not to have.
 * Each repository is verified against its effective policy:
 * `branches:` with the org policy's matching overrides applied (core/org-policy.ts). Writes
 * `shard.json` (index, the plan's digest, repositories, requests each took, overrides applied to
 * each) and each repository's two reports under `<output>/<owner>/<name>/`.
 *
 * @param requestCount the client's running request count (its onRequest hook)
 * @throws Error for a repository name that is not OWNER/NAME (it would be a path out of `output`),
 *   or a `planDigest` that is not `sha256:<64 hex digits>`; ConfigurationError for a policy
 *   without `branches:`
 */
async function verifyShard(o) {
    if (o.planDigest !== undefined && !(0,core_org/* isPlanDigest */.ed)(o.planDigest))
        throw new Error(`shard ${o.shard.index}: the plan digest ${JSON.stringify(o.planDigest.slice(0, 80))} is not sha256:<64 hex digits>`);
    const bad = o.shard.repositories.find((r) => !(0,core_org/* isRepositoryName */.en)(r));
    if (bad !== undefined)
        throw new Error(`shard ${o.shard.index}: ${JSON.stringify(bad)} is not an OWNER/NAME repository`);
    // Checked once here, not per repository after its workflows were read through the API.
    if (!o.policy.branches)
        throw new errors/* ConfigurationError */.j1(`${o.config}: no 'branches:' section; declare the protection wanted per branch (see action-ruleset-verify/README.md)`);
    const live = watch(o.gh);
    // Registered after watch(): a ruleset detail answered from another repository's is not counted.
    (0,org_repos/* shareOrganisationRulesets */.Nm)(o.gh);
    const fromShard = o.shard.default_branches;
    const listed = listedDefaults.get(o.gh);
    const own = (m, full) => m !== undefined && Object.hasOwn(m, full) ? m[full] : undefined;
    const defaultOf = (full) => {
        const b = own(o.defaultBranches, full) ?? own(fromShard, full) ?? listed?.get(full.toLowerCase());
        return (0,core_org/* isPlanBranchName */.j$)(b) ? b : undefined;
    };
    const remaining = await (0,org_repos/* remainingRequests */.Xz)(o.gh);
    const start = o.requestCount();
    const freeAtStart = live.notModified;
    const reports = new Map();
    const requests = {};
    // The org policy's overrides that match each repository (core/org-policy.ts).
    const overrides = {};
    const generatedAt = new Date(o.effectiveTime).toISOString();
    let inFlight = 0;
    await (0,map_limit/* mapLimit */.s)(o.shard.repositories, o.concurrency ?? 4, async (full) => {
        const [owner = '', repo = ''] = full.split('/');
        const subject = { repository: full, sha: '0'.repeat(40) };
        const effective = (0,org_policy/* effectivePolicy */.Ci)(o.policy, full);
        if (effective.applied.length > 0)
            overrides[full] = effective.applied;
        const used = o.requestCount() - start - (live.notModified - freeAtStart);
        const left = Math.min(remaining === undefined ? Infinity : remaining - used, live.remaining ?? Infinity);
        if (left < core_org/* DEFAULT_REPO_REQUESTS */.Ue * (1 + inFlight) + BUDGET_MARGIN) {
            reports.set(full, unverifiedReports(full, generatedAt, 'api-budget', `not verified: the API budget ran out (${Math.max(0, left)} ${Math.max(0, left) === 1 ? 'request' : 'requests'} left of the rate limit when this repository's turn came); run the shard again after the rate limit resets (GET /rate_limit), or run fewer shards at once`));
            return;
        }
        inFlight++;
        const count = { requests: 0, notFound: new Set() };
        try {
            await current.run(count, async () => {
                const workflows = await (0,org_repos/* readWorkflowsViaApi */.Pj)(o.gh, owner, repo);
                const defaultBranch = defaultOf(full);
                const r = await (0,run_verify/* verifyRepository */.sX)({
                    ...(defaultBranch ? { defaultBranch, defaultBranchListed: true } : {}),
                    gh: o.gh,
                    apiUrl: o.apiUrl,
                    owner,
                    repo,
                    policy: effective.policy,
                    config: o.config,
                    branches: [],
                    workflows,
                    sha: subject.sha,
                    ref: '',
                    effectiveTime: o.effectiveTime
                });
                // Listed, then gone (or hidden from this token): its missing workflows folder says
                // nothing about what it would produce, so nothing in it is failed or passed.
                reports.set(full, count.notFound.has(REPOSITORY_PROBE)
                    ? unverifiedReports(full, generatedAt, 'verify', `could not be verified: GET /repos/${full}/rulesets answered 404 (the repository is gone since the listing, or hidden from this token); grant the token access to it, or drop it from the plan`)
                    : [r.branchProtection, r.requiredChecks]);
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
            content: `${(0,canonical_json/* stableStringify */.J)({
                index: o.shard.index,
                ...(o.planDigest !== undefined ? { plan: o.planDigest } : {}),
                repositories: o.shard.repositories,
                requests,
                overrides
            })}\n`
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
    return { reports, requests, overrides };
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
 * (`"status":"failed", … "status":"passed"`), NUL bytes or malformed JSON are refused. Opened
 * without following a symbolic link (io/hash-file.ts openRegularFile: an artifact holds none, and
 * one could point anywhere on the runner) and checked on the descriptor to be a regular file.
 *
 * @throws the open error (ENOENT, EACCES, ELOOP for a link…) or an Error naming what is wrong
 */
function readJson(file) {
    const { fd, size } = (0,hash_file/* openRegularFile */.ZU)(file);
    let text;
    try {
        if (size > MAX_ARTIFACT_FILE_BYTES)
            throw new Error(`larger than ${MAX_ARTIFACT_FILE_BYTES} bytes`);
        text = (0,external_node_fs_.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    const parsed = (0,verdict/* parseJson */.qF)(text, external_node_path_default().basename(file));
    if (!parsed.ok)
        throw new Error(parsed.verdict.message);
    return parsed.value;
}
/** Error codes the read of a file or folder of the input can end in, and what they mean. */
function codeOf(e) {
    const c = e?.code;
    return typeof c === 'string' ? c : undefined;
}
/**
 * Why `rel` (a path inside the merge's input, for messages) could not be read: a symbolic link
 * (ELOOP from an O_NOFOLLOW open) named as such, a file-system error as its reason and code
 * (`permission denied (EACCES)`), anything else by its message.
 */
function readProblem(rel, e) {
    const code = codeOf(e);
    if (code === 'ELOOP')
        return `${rel} is a symbolic link; artifacts hold none`;
    if (e instanceof hash_file/* NotRegularFileError */.iZ)
        return `${rel} is not a regular file`;
    const reason = fsReason(e);
    if (reason !== undefined)
        return `${rel} could not be read: ${reason}`;
    return `${rel} unreadable (${(0,errors/* errorMessage */.gJ)(e)})`;
}
/**
 * core/errors.ts fileSystemProblem without the path it starts with (`permission denied
 * (EACCES)`), for a message that names the path its own way; undefined when `e` is not one.
 * The reasons hold no `: `, so the last one ends the path (which may hold one).
 */
function fsReason(e) {
    const fs = (0,errors/* fileSystemProblem */.Xp)(e);
    return fs === undefined ? undefined : fs.slice(fs.lastIndexOf(': ') + 2);
}
/**
 * What is at `abs` (named `rel` in messages) when it is not a plain folder: a symbolic link, a
 * file, or the lstat error; undefined for a folder, null when nothing is there (ENOENT). Never
 * follows a link.
 */
async function folderProblem(abs, rel) {
    try {
        const st = await (0,promises_.lstat)(abs);
        if (st.isSymbolicLink())
            return `${rel} is a symbolic link; artifacts hold none`;
        if (!st.isDirectory())
            return `${rel} is not a folder`;
        return undefined;
    }
    catch (e) {
        return codeOf(e) === 'ENOENT' ? null : readProblem(rel, e);
    }
}
/**
 * What each shard left in `dir` (`shard-<index>/` folders, as the shard jobs' artifacts are
 * downloaded): its reports by repository, read and checked against gonogo.report/v1, and the
 * requests each repository took. A shard without a readable `shard.json`, whose `shard.json` is
 * for another index, lists other repositories than the plan's shard, or does not name this plan's
 * digest ({@link planDigest}; `plan` of shard.json, written by {@link verifyShard} — a folder left
 * from an earlier run, or written by an earlier version, names another digest or none) is not
 * reported: its repositories become unverified in the merge, never passed. When `dir` itself
 * holds a shard.json (the shards' artifacts downloaded into one folder, download-artifact's
 * `merge-multiple: true`, each overwriting the last one's), every missing shard's reason says so.
 * A report that is absent, not valid, about another repository, or whose control is not its
 * file's, is left out (the merge marks that control `(not reported)`, unverified). Reports of
 * repositories outside the plan's shard are not read. Nothing is read through a symbolic link
 * (folders by lstat, files opened O_NOFOLLOW): a shard folder, repository folder or report that
 * is a link, or that cannot be read for another reason than being absent (EACCES…), makes the
 * whole shard not reported, its reason naming the path and the error (a downloaded artifact
 * holds neither). A `dir` that is missing or unreadable makes every shard not reported, the
 * reason naming the folder and saying to download the artifacts into it. Never throws for what
 * is in `dir`.
 */
async function readShards(dir, plan) {
    const out = [];
    const digest = (0,core_org/* planDigest */.Gb)(plan);
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch (e) {
        // No shard can be read: say why the folder could not be, not that every shard job failed.
        const code = codeOf(e);
        const problem = code === 'ENOENT'
            ? 'does not exist'
            : code === 'ENOTDIR'
                ? 'is not a folder'
                : `cannot be read (${fsReason(e) ?? (0,errors/* errorMessage */.gJ)(e)})`;
        const why = `the input folder ${dir} ${problem}: download the shard artifacts into it (path: ${dir}, one folder per artifact); nothing of this shard was read`;
        return plan.shards.map((shard) => ({ index: shard.index, why }));
    }
    const merged = names.includes('shard.json')
        ? `; the input folder itself holds a shard.json: the shards' artifacts were downloaded into one folder (download-artifact merge-multiple: true), where each overwrites the last; download them without merge-multiple, so each lands in its own folder`
        : '';
    for (const shard of plan.shards) {
        const label = `shard-${shard.index}`;
        const folder = external_node_path_default().join(dir, label);
        if (!names.includes(label)) {
            out.push({
                index: shard.index,
                why: `no artifact ${label} (the job failed or never ran)${merged}`
            });
            continue;
        }
        const notFolder = await folderProblem(folder, label);
        if (notFolder !== undefined) {
            out.push({
                index: shard.index,
                why: `${notFolder ?? `${label} is gone since the folder was listed`}; the shard is not read`
            });
            continue;
        }
        let meta;
        try {
            const doc = readJson(external_node_path_default().join(folder, 'shard.json'));
            if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
                throw new Error('not a JSON object');
            meta = doc;
        }
        catch (e) {
            const rel = `${label}/shard.json`;
            out.push({
                index: shard.index,
                why: codeOf(e) === 'ENOENT'
                    ? `${rel} is missing; the shard job did not finish`
                    : codeOf(e) !== undefined || e instanceof hash_file/* NotRegularFileError */.iZ
                        ? `${readProblem(rel, e)}; the shard is not read`
                        : `${rel} unreadable (${(0,errors/* errorMessage */.gJ)(e)}); the shard job did not finish`
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
        if (meta.plan !== digest) {
            const named = (0,core_org/* isPlanDigest */.ed)(meta.plan)
                ? `is from another plan (${String(meta.plan)})`
                : 'names no plan digest (left by an earlier version, or not by a shard of this run)';
            out.push({
                index: shard.index,
                why: `${label} ${named}, not this run's (${digest}); delete the folder or download this run's artifacts`
            });
            continue;
        }
        const requests = new Map();
        const measured = meta.requests;
        const reports = new Map();
        // A link, or a file or folder that cannot be read (anything but absent), is not what the
        // shard uploaded (a download makes neither): the shard is not read, its reason naming it.
        let broken;
        for (const full of shard.repositories) {
            if (!(0,core_org/* isRepositoryName */.en)(full))
                continue;
            const n = measured?.[full];
            if (typeof n === 'number' && Number.isInteger(n) && n >= 0)
                requests.set(full, n);
            const [owner = '', name = ''] = full.split('/');
            const ownerDir = external_node_path_default().join(folder, owner);
            const repoDir = external_node_path_default().join(ownerDir, name);
            const folders = [
                [ownerDir, `${label}/${owner}`],
                [repoDir, `${label}/${full}`]
            ];
            let absent = false;
            for (const [abs, rel] of folders) {
                const problem = await folderProblem(abs, rel);
                if (problem === null)
                    absent = true;
                else if (problem !== undefined)
                    broken = problem;
                if (problem !== undefined)
                    break;
            }
            if (broken !== undefined)
                break;
            if (absent)
                continue;
            const rs = [];
            for (const [control, f] of [
                ['branch-protection', run_verify/* BRANCH_PROTECTION_REPORT */.Un],
                ['required-checks', run_verify/* REQUIRED_CHECKS_REPORT */.bY]
            ]) {
                let doc;
                try {
                    doc = readJson(external_node_path_default().join(repoDir, f));
                }
                catch (e) {
                    const code = codeOf(e);
                    // Absent, or not a report: the merge marks this control not reported.
                    if (code === 'ENOENT' || (code === undefined && !(e instanceof hash_file/* NotRegularFileError */.iZ)))
                        continue;
                    broken = readProblem(`${label}/${full}/${f}`, e);
                    break;
                }
                if ((0,validators/* validateReport */.RE)(doc) &&
                    doc.contract === contracts/* REPORT_CONTRACT */._j &&
                    doc.control === control &&
                    doc.subject.repository === full)
                    rs.push(doc);
            }
            if (broken !== undefined)
                break;
            if (rs.length > 0)
                reports.set(full, rs);
        }
        if (broken !== undefined) {
            out.push({ index: shard.index, why: `${broken}; the shard is not read` });
            continue;
        }
        out.push({
            index: shard.index,
            reports,
            requests,
            overrides: (0,org_policy/* appliedFromShard */.Wz)(meta.overrides, shard.repositories)
        });
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
    const markdown = renderOrgMarkdown(report);
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
