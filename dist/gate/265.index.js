export const id = 265;
export const ids = [265,584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* reexport safe */ _status_js__WEBPACK_IMPORTED_MODULE_2__.c),
/* harmony export */   createClient: () => (/* binding */ createClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(957);





/** Rate limits: wait when GitHub says how long (up to a minute), at most twice per request. */
const MAX_RATE_LIMIT_WAIT_S = 60;
const MAX_RATE_LIMIT_RETRIES = 2;
/** An Octokit with retries on 5xx and timeouts, honouring the runner's proxy settings. */
function createClient(token, o) {
    const timeoutMs = o.timeoutMs ?? 30_000;
    const base = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? globalThis.fetch;
    const fetchWithTimeout = (input, init) => {
        o.onRequest?.();
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return base(input, { ...init, signal });
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: o.baseUrl.replace(/\/+$/, ''),
        request: { fetch: fetchWithTimeout },
        retry: { retries: o.retries ?? 3, retryAfterBaseValue: o.retryBaseMs ?? 1000 },
        throttle: {
            onRateLimit: (after, options, _o, count) => onLimit('rate limit', after, options, count, o.log),
            onSecondaryRateLimit: (after, options, _o, count) => onLimit('secondary rate limit', after, options, count, o.log)
        }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
}
function onLimit(kind, retryAfter, options, retryCount, log) {
    const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    log?.(`GitHub ${kind} on ${options.method} ${options.url}: ${retrying ? `retrying after ${retryAfter} s` : 'giving up'}`);
    return retrying;
}


/***/ }),

/***/ 6265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  upsertStickyComment: () => (/* binding */ upsertStickyComment)
});

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/paginate.ts
class UnreadablePageError extends Error {
    name = 'UnreadablePageError';
}
/**
 * Every item of a paginated list, following the Link header's rel="next". Octokit's own
 * paginator turns a truncated or empty body into an empty page; here a page that is not a JSON
 * array is an error, so a broken answer can never read as "nothing there".
 */
async function listAll(gh, route, params, maxPages = 100) {
    const out = [];
    for (let page = 1; page <= maxPages; page++) {
        const res = await gh.request(route, { ...params, per_page: 100, page });
        const data = res.data;
        if (!Array.isArray(data))
            throw new UnreadablePageError(`page ${page} of ${route} is not a JSON list (truncated or malformed answer)`);
        out.push(...data);
        const link = res.headers.link ?? '';
        if (!/rel="next"/.test(link))
            return out;
    }
    throw new UnreadablePageError(`${route} has more than ${maxPages} pages`);
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts


/**
 * One comment per pull request, found by its hidden marker (which we always write first) and
 * updated in place. Reads every page, so a busy thread still finds it.
 */
async function upsertStickyComment(gh, t, body) {
    const existing = await findSticky(gh, t);
    if (existing) {
        const updated = await updateOrGiveWay(gh, t, existing, body);
        if (updated)
            return updated;
    }
    return createOnce(gh, t, body);
}
/** Updates our comment; undefined when it is gone or not ours to edit (a new one is written). */
async function updateOrGiveWay(gh, t, c, body) {
    if (c.body === body)
        return { action: 'unchanged', id: c.id, url: c.html_url };
    try {
        const { data } = await gh.rest.issues.updateComment({
            owner: t.owner,
            repo: t.repo,
            comment_id: c.id,
            body
        });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    catch (e) {
        if ((0,client/* statusOf */.c)(e) !== 403 && (0,client/* statusOf */.c)(e) !== 404)
            throw e;
        return undefined;
    }
}
/**
 * Creating is not idempotent: a POST that timed out or got a 5xx may still have written the
 * comment. So it is never retried blindly; we look for the marker again before writing again.
 */
async function createOnce(gh, t, body) {
    const create = async (retries) => {
        const { data } = await gh.rest.issues.createComment({
            owner: t.owner,
            repo: t.repo,
            issue_number: t.issueNumber,
            body,
            request: { retries }
        });
        return { action: 'created', id: data.id, url: data.html_url };
    };
    try {
        return await create(0);
    }
    catch (e) {
        const status = (0,client/* statusOf */.c)(e);
        if (status !== undefined && status < 500)
            throw e;
        const written = await findSticky(gh, t);
        if (written)
            return (await updateOrGiveWay(gh, t, written, body)) ?? create(0);
        return create(0);
    }
}
/** The Actions token writes as this bot; other authors' comments are never ours. */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * Our comment: one that starts with the marker and was written by us. Preferred: the Actions
 * bot, then another bot (a GitHub App token). A person's comment counts only when it is the
 * token's own user (a personal access token), so nobody can plant a marker to hijack the verdict.
 */
async function findSticky(gh, t) {
    const bots = [];
    const people = [];
    const comments = await listAll(gh, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: t.owner,
        repo: t.repo,
        issue_number: t.issueNumber
    });
    for (const c of comments) {
        if (!c.body?.startsWith(t.marker))
            continue;
        const found = { id: c.id, body: c.body, html_url: c.html_url };
        if (c.user?.login === ACTIONS_BOT)
            return found;
        if (c.user?.type === 'Bot')
            bots.push(found);
        else if (c.user)
            people.push({ ...found, login: c.user.login });
    }
    if (bots[0])
        return bots[0];
    if (people.length === 0)
        return undefined;
    const me = await authenticatedLogin(gh);
    return people.find((p) => p.login === me);
}
async function authenticatedLogin(gh) {
    try {
        // The Actions token cannot call this (403); a personal access token can.
        return (await gh.rest.users.getAuthenticated()).data.login;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
