export const id = 661;
export const ids = [661];
export const modules = {

/***/ 25661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nm: () => (/* binding */ shareOrganisationRulesets),
/* harmony export */   OrgListingError: () => (/* binding */ OrgListingError),
/* harmony export */   Pj: () => (/* binding */ readWorkflowsViaApi),
/* harmony export */   Sp: () => (/* binding */ listOrgRepos),
/* harmony export */   Xz: () => (/* binding */ remainingRequests)
/* harmony export */ });
/* unused harmony export listingError */
/* harmony import */ var _core_org_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31405);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _io_workflows_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(22886);
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1893);
/* harmony import */ var _branch_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56689);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54572);
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71674);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(50957);








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
    const status = (0,_status_js__WEBPACK_IMPORTED_MODULE_6__/* .statusOf */ .c)(e);
    const answered = e?.response !== undefined;
    // Octokit reports a fetch that reached no server (ECONNREFUSED, ENOTFOUND, an invalid URL) as
    // a status 500 without a response; a connection that broke mid-answer is a re-run's matter.
    if (!(e instanceof _answer_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedAnswerError */ .Sz) &&
        !(e instanceof _client_js__WEBPACK_IMPORTED_MODULE_4__/* .ApiTimeoutError */ .CC) &&
        !(e instanceof _client_js__WEBPACK_IMPORTED_MODULE_4__/* .ApiDeadlineError */ .XC) &&
        !answered &&
        (status === undefined || status === 500) &&
        NOT_REACHED.test(causeText(e))) {
        const unlock = "check that GITHUB_API_URL is the REST API's root URL (https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server) and that the runner can reach it, then plan again";
        return new OrgListingError(`${endpoint} could not be sent or got no answer (${(0,_status_js__WEBPACK_IMPORTED_MODULE_6__/* .apiErrorText */ .I)(innermost(e))}); ${unlock}`, unlock);
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
        if (e instanceof _client_js__WEBPACK_IMPORTED_MODULE_4__/* .AnswerTooLargeError */ .Oc)
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
        if ((0,_status_js__WEBPACK_IMPORTED_MODULE_6__/* .statusOf */ .c)(e) === 404)
            return [];
        return [
            {
                path: _io_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .WORKFLOWS_DIR */ .xs,
                text: '',
                readError: `the workflows folder could not be listed (${(0,_status_js__WEBPACK_IMPORTED_MODULE_6__/* .statusOf */ .c)(e) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}); grant contents: read`
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
                readError: `could not be read through the API (${(0,_status_js__WEBPACK_IMPORTED_MODULE_6__/* .statusOf */ .c)(e) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)})`
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


/***/ })

};
