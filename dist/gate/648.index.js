export const id = 648;
export const ids = [648];
export const modules = {

/***/ 1893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sz: () => (/* binding */ MalformedAnswerError),
/* harmony export */   WL: () => (/* binding */ obj),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   bz: () => (/* binding */ any),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   hG: () => (/* binding */ expectShape),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   me: () => (/* binding */ nullable),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony exports kindOf, problemOf */
/** An answer that does not have the shape gonogo needs; its message names the endpoint. */
class MalformedAnswerError extends Error {
    endpoint;
    what;
    problem;
    name = 'MalformedAnswerError';
    constructor(endpoint, what, problem) {
        super(`${endpoint} answered with a body that is not ${what} (${problem})`);
        this.endpoint = endpoint;
        this.what = what;
        this.problem = problem;
    }
}
/** `null`, `a list`, `a string`… for messages. */
function kindOf(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (v instanceof ArrayBuffer)
        return 'binary data';
    if (typeof v === 'string') {
        if (v.trim() === '')
            return 'empty';
        return /^\s*</.test(v) ? 'an HTML or XML page' : 'text that is not JSON (truncated?)';
    }
    if (typeof v === 'object')
        return 'an object';
    return `a ${typeof v}`;
}
const where = (at) => (at === '' ? 'the body' : `\`${at}\``);
const wrong = (at, v, wanted) => `${where(at)} is ${kindOf(v)}, expected ${wanted}`;
const str = (v, at) => (typeof v === 'string' ? undefined : wrong(at, v, 'a string'));
const num = (v, at) => typeof v === 'number' && Number.isFinite(v) ? undefined : wrong(at, v, 'a number');
const bool = (v, at) => typeof v === 'boolean' ? undefined : wrong(at, v, 'true or false');
/** Any JSON value (a field that must be present, whatever it holds). */
const any = () => undefined;
function optional(s) {
    const o = (v, at) => (v === undefined ? undefined : s(v, at));
    OPTIONAL.add(o);
    return o;
}
/** `null` or undefined allowed. */
function nullable(s) {
    const o = (v, at) => (v === undefined || v === null ? undefined : s(v, at));
    OPTIONAL.add(o);
    return o;
}
const OPTIONAL = new WeakSet();
function oneOf(values) {
    return (v, at) => typeof v === 'string' && values.includes(v)
        ? undefined
        : typeof v === 'string'
            ? `${where(at)} is not one of ${values.join(', ')}`
            : wrong(at, v, `one of ${values.join(', ')}`);
}
function list(item) {
    return (v, at) => {
        if (!Array.isArray(v))
            return wrong(at, v, 'a list');
        for (let i = 0; i < v.length; i++) {
            const p = item(v[i], `${at}[${i}]`);
            if (p)
                return p;
        }
        return undefined;
    };
}
/** An object with these fields; a field whose shape is not optional()/nullable() is required. */
function obj(fields, check) {
    return (v, at) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof ArrayBuffer)
            return wrong(at, v, 'an object');
        const o = v;
        for (const [k, s] of Object.entries(fields)) {
            const value = Object.hasOwn(o, k) ? o[k] : undefined;
            if (value === undefined && !OPTIONAL.has(s))
                return `${where(`${at}.${k}`)} is missing`;
            const p = s(value, `${at}.${k}`);
            if (p)
                return p;
        }
        return check?.(o, at);
    };
}
/** The first problem of `value` against `shape`, or undefined. */
function problemOf(value, shape) {
    return shape(value, '');
}
/**
 * `data` as T when it has the shape; otherwise a {@link MalformedAnswerError} such as
 * "GET /repos/{owner}/{repo}/branches/{branch}/protection answered with a body that is not
 * branch protection (`.required_status_checks.contexts` is an object, expected a list)".
 */
function expectShape(data, shape, endpoint, what) {
    const problem = shape(data, '');
    if (problem)
        throw new MalformedAnswerError(endpoint, what, problem);
    return data;
}


/***/ }),

/***/ 9293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ listAll)
/* harmony export */ });
/* unused harmony export UnreadablePageError */
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1893);

/** A list answer that cannot be read whole (a malformed page, too many pages). */
class UnreadablePageError extends _answer_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedAnswerError */ .Sz {
    name = 'UnreadablePageError';
}
const notNull = (v, at) => (v === null ? `\`${at}\` is null` : (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .any */ .bz)(v, at));
/**
 * Every item of a paginated list, following the Link header's rel="next". Octokit's own
 * paginator turns a truncated or empty body into an empty page; here a page that is not a JSON
 * list, or holds an item without the expected shape (`null` included), is an
 * {@link UnreadablePageError} naming the endpoint, so a broken answer can never read as
 * "nothing there" nor crash a reader.
 */
async function listAll(gh, route, params, options = {}) {
    const o = typeof options === 'number' ? { maxPages: options } : options;
    const maxPages = o.maxPages ?? 100;
    const shape = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(o.item ?? notNull);
    const what = o.what ?? 'a list';
    const out = [];
    for (let page = 1; page <= maxPages; page++) {
        const res = await gh.request(route, { ...params, per_page: 100, page });
        try {
            out.push(...(0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .expectShape */ .hG)(res.data, shape, route, what));
        }
        catch (e) {
            if (!(e instanceof _answer_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedAnswerError */ .Sz))
                throw e;
            throw new UnreadablePageError(route, what, page > 1 ? `page ${page}: ${e.problem}` : e.problem);
        }
        const link = res.headers.link ?? '';
        if (!/rel="next"/.test(link))
            return out;
    }
    throw new UnreadablePageError(route, what, `more than ${maxPages} pages`);
}


/***/ }),

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4572);
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1893);
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9293);



// Shapes read (OpenAPI `issue-comment`), restricted to the fields used.
const WRITTEN_SHAPE = (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ id: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu, html_url: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx });
const COMMENT_SHAPE = (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({
    id: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu,
    body: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx),
    html_url: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
    user: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ login: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx, type: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx) }))
});
const written = (data, endpoint) => (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .expectShape */ .hG)(data, WRITTEN_SHAPE, endpoint, 'a comment');
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
        const res = await gh.rest.issues.updateComment({
            owner: t.owner,
            repo: t.repo,
            comment_id: c.id,
            body
        });
        const data = written(res.data, 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}');
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    catch (e) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(e) !== 403 && (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(e) !== 404)
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
        const res = await gh.rest.issues.createComment({
            owner: t.owner,
            repo: t.repo,
            issue_number: t.issueNumber,
            body,
            request: { retries }
        });
        const data = written(res.data, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments');
        return { action: 'created', id: data.id, url: data.html_url };
    };
    try {
        return await create(0);
    }
    catch (e) {
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(e);
        if (status !== undefined && status < 500)
            throw e;
        const written = await findSticky(gh, t);
        if (written)
            return (await updateOrGiveWay(gh, t, written, body)) ?? create(0);
        return create(0);
    }
}
/** The Actions token writes as this bot; other authors' comments are never ours. */
/** The login GITHUB_TOKEN writes as (comments, issues). */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * Our comment: one that starts with the marker and was written by us. Preferred: the Actions
 * bot, then another bot (a GitHub App token). A person's comment counts only when it is the
 * token's own user (a personal access token), so nobody can plant a marker to hijack the verdict.
 */
async function findSticky(gh, t) {
    const bots = [];
    const people = [];
    const comments = await (0,_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .listAll */ ._)(gh, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: t.owner, repo: t.repo, issue_number: t.issueNumber }, { item: COMMENT_SHAPE, what: 'a list of comments' });
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
        const login = (await gh.rest.users.getAuthenticated()).data?.login;
        return typeof login === 'string' ? login : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
