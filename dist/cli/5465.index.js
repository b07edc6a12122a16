export const id = 5465;
export const ids = [5465,426,4058];
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

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   KB: () => (/* binding */ matchingBranches),
/* harmony export */   defaultBranch: () => (/* binding */ defaultBranch),
/* harmony export */   fetchBranchFacts: () => (/* binding */ fetchBranchFacts)
/* harmony export */ });
/* unused harmony exports UNLOCK_CLASSIC, UNLOCK_RULES, fetchRulesets, appliesTo, fetchEffectiveRules, fetchClassic */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8198);
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1893);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6720);
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6436);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(957);






const UNLOCK_CLASSIC = 'a token that can read branch protection: a fine-grained token with "Administration: read", or a classic token with repo scope held by a repository admin (the default GITHUB_TOKEN cannot)';
const UNLOCK_RULES = 'a token that can read the repository ("Metadata: read"; the default GITHUB_TOKEN can)';
const UNLOCK_RETRY = 're-run the job; the GitHub API did not answer after retries';
const UNLOCK_DEADLINE = 're-run the job when the GitHub API answers again, or raise the api-deadline / api-timeout inputs (GONOGO_API_DEADLINE / GONOGO_API_TIMEOUT for the CLI)';
const UNLOCK_MALFORMED = 're-run the job; if it persists, the API at GITHUB_API_URL does not answer as GitHub documents (a proxy or an outage page in between?)';
/** `, answered by GET /repos/acme/shop/branches` for a failed Octokit request (no query, no host), or ''. */
function endpointOf(e) {
    const r = e?.request;
    if (typeof r?.method !== 'string' || typeof r.url !== 'string')
        return '';
    try {
        return `, answered by ${r.method} ${decodeURIComponent(new URL(r.url).pathname)}`;
    }
    catch {
        return '';
    }
}
/**
 * Why a request failed, in words (scrubbed of secrets, bounded, naming the endpoint), with what
 * would let it succeed: an HTTP status, a rate limit with its reset time, the run's API deadline,
 * a timeout, or an answer without the documented shape.
 */
function describeFailure(e, unlock) {
    if (e instanceof _client_js__WEBPACK_IMPORTED_MODULE_2__.ApiDeadlineError || e instanceof _client_js__WEBPACK_IMPORTED_MODULE_2__.ApiTimeoutError)
        return { ok: false, reason: (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(e.message), unlock: UNLOCK_DEADLINE };
    if (e instanceof _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedAnswerError */ .Sz || e instanceof _client_js__WEBPACK_IMPORTED_MODULE_2__.AnswerTooLargeError)
        return { ok: false, reason: (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(e.message), unlock: UNLOCK_MALFORMED };
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(e);
    const headers = e?.response
        ?.headers ?? {};
    const message = (0,_status_js__WEBPACK_IMPORTED_MODULE_4__.apiErrorText)(e);
    const at = endpointOf(e);
    if ((status === 403 || status === 429) &&
        (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message))) {
        const reset = Number(headers['x-ratelimit-reset']);
        return {
            ok: false,
            reason: `rate limited (HTTP ${status}: ${message})${at}`,
            unlock: `wait for the rate limit to reset${Number.isFinite(reset) && reset > 0 ? ` at ${new Date(reset * 1000).toISOString()}` : ''} and re-run`
        };
    }
    if (status === 429)
        return { ok: false, reason: `HTTP 429: ${message}${at}`, unlock: UNLOCK_RETRY };
    if (status === 403 || status === 401)
        return { ok: false, reason: `HTTP ${status}: ${message}${at}`, unlock };
    if (status === 404)
        return {
            ok: false,
            reason: `HTTP 404 (${message}): not found, or hidden from this token${at}`,
            unlock
        };
    if (status !== undefined && status >= 500)
        return {
            ok: false,
            reason: `HTTP ${status} after retries (${message})${at}`,
            unlock: UNLOCK_RETRY
        };
    if (status !== undefined)
        return { ok: false, reason: `HTTP ${status}: ${message}${at}`, unlock: UNLOCK_RETRY };
    return { ok: false, reason: `request failed: ${message}${at}`, unlock: UNLOCK_RETRY };
}
async function list(gh, route, params, what, item, unlock) {
    try {
        return { ok: true, value: await (0,_paginate_js__WEBPACK_IMPORTED_MODULE_3__/* .listAll */ ._)(gh, route, params, { item, what }) };
    }
    catch (e) {
        return describeFailure(e, unlock);
    }
}
/** One JSON object of the shape, or why not (never throws). */
async function getOne(gh, route, params, shape, what, unlock) {
    try {
        const res = await gh.request(route, params);
        return { ok: true, value: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .expectShape */ .hG)(res.data, shape, route, what) };
    }
    catch (e) {
        return describeFailure(e, unlock);
    }
}
// Shapes of the answers read here (OpenAPI: full-repository, short-branch, repository-ruleset,
// repository-rule-detailed, branch-protection), restricted to the fields gonogo uses.
const REPO_SHAPE = (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ default_branch: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx });
const BRANCH_SHAPE = (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ name: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx });
const RULESET_SUMMARY_SHAPE = (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ id: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu, target: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx), enforcement: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx) });
const STATUS_CHECK_SHAPE = (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ context: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx, integration_id: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu) });
const RULE_PARAMETERS = {
    pull_request: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({
        required_approving_review_count: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu,
        dismiss_stale_reviews_on_push: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc),
        require_code_owner_review: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc),
        require_last_push_approval: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc),
        required_review_thread_resolution: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)
    }),
    required_status_checks: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({
        required_status_checks: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(STATUS_CHECK_SHAPE),
        strict_required_status_checks_policy: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc),
        do_not_enforce_on_create: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)
    })
};
const RULE_FIELDS = { type: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx, parameters: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({})) };
/** A rule's parameters are checked for the rule types gonogo reads. */
function ruleCheck(o, at) {
    const shape = typeof o.type === 'string' ? RULE_PARAMETERS[o.type] : undefined;
    return shape ? shape(o.parameters, `${at}.parameters`) : undefined;
}
const RULE_SHAPE = (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(RULE_FIELDS, ruleCheck);
const EFFECTIVE_RULE_SHAPE = (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({
    ...RULE_FIELDS,
    ruleset_id: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu,
    ruleset_source_type: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx),
    ruleset_source: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)
}, ruleCheck);
const REF_LIST = (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx));
const RULESET_DETAIL_SHAPE = (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({
    id: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu,
    name: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
    target: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx),
    enforcement: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(['active', 'evaluate', 'disabled']),
    source_type: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx),
    source: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
    conditions: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ ref_name: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ include: REF_LIST, exclude: REF_LIST })) })),
    rules: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(RULE_SHAPE)),
    bypass_actors: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ actor_id: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu), actor_type: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx, bypass_mode: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx) })))
});
const ENABLED = (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ enabled: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc) }));
const CLASSIC_KEYS = [
    'url',
    'required_status_checks',
    'required_pull_request_reviews',
    'enforce_admins',
    'required_linear_history',
    'allow_force_pushes',
    'allow_deletions',
    'required_conversation_resolution',
    'required_signatures'
];
const CLASSIC_SHAPE = (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({
    url: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx),
    required_status_checks: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({
        strict: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc),
        contexts: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)),
        checks: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ context: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx, app_id: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu) })))
    })),
    required_pull_request_reviews: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({
        dismiss_stale_reviews: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc),
        require_code_owner_reviews: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc),
        required_approving_review_count: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu),
        require_last_push_approval: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc),
        bypass_pull_request_allowances: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({
            users: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ login: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx, id: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu }))),
            teams: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ slug: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx, id: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu }))),
            apps: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ slug: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)(_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx), id: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu }))))
        }))
    })),
    enforce_admins: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .me)((0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ enabled: _answer_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc })),
    required_linear_history: ENABLED,
    allow_force_pushes: ENABLED,
    allow_deletions: ENABLED,
    required_conversation_resolution: ENABLED,
    required_signatures: ENABLED
}, (o) => CLASSIC_KEYS.some((k) => Object.hasOwn(o, k))
    ? undefined
    : 'none of the branch-protection fields is there');
/** The repository's default branch (the `~DEFAULT_BRANCH` of ruleset conditions). */
async function defaultBranch(gh, r) {
    const repo = await getOne(gh, 'GET /repos/{owner}/{repo}', { owner: r.owner, repo: r.repo }, REPO_SHAPE, 'a repository', UNLOCK_RULES);
    return repo.ok ? { ok: true, value: repo.value.default_branch } : repo;
}
/** For each name or glob (`main`, `release/*`), the existing branches it selects. */
async function matchingBranches(gh, r, patterns) {
    // One list answers both "does main exist" and "what does release/* match": the
    // effective-rules endpoint happily answers for a branch that does not exist.
    const all = await list(gh, 'GET /repos/{owner}/{repo}/branches', { owner: r.owner, repo: r.repo }, 'the branch list', BRANCH_SHAPE, UNLOCK_RULES);
    if (!all.ok)
        return all;
    const names = all.value.map((b) => b.name).sort();
    return {
        ok: true,
        value: [...new Set(patterns)].map((pattern) => ({
            pattern,
            branches: picomatch__WEBPACK_IMPORTED_MODULE_5___default().scan(pattern).isGlob
                ? names.filter((n) => picomatch__WEBPACK_IMPORTED_MODULE_5___default().isMatch(n, pattern))
                : names.filter((n) => n === pattern)
        }))
    };
}
/** Every branch ruleset of the repository and its parents, with details (one request each). */
async function fetchRulesets(gh, r) {
    const summaries = await list(gh, 'GET /repos/{owner}/{repo}/rulesets', { owner: r.owner, repo: r.repo, includes_parents: true, targets: 'branch' }, 'the ruleset list', RULESET_SUMMARY_SHAPE, UNLOCK_RULES);
    if (!summaries.ok)
        return summaries;
    const details = [];
    // Disabled rulesets enforce nothing and are not reported: no need to read their details.
    for (const s of summaries.value.filter((x) => (x.target === undefined || x.target === 'branch') && x.enforcement !== 'disabled')) {
        const d = await getOne(gh, 'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', { owner: r.owner, repo: r.repo, ruleset_id: s.id, includes_parents: true }, RULESET_DETAIL_SHAPE, `ruleset #${s.id}`, UNLOCK_RULES);
        if (!d.ok)
            return d;
        details.push(d.value);
    }
    return { ok: true, value: details };
}
/** Whether a ruleset's ref_name condition selects the branch (GitHub's fnmatch: `*` stops at `/`). */
function appliesTo(d, branch, defaultBranchName) {
    const ref = d.conditions?.ref_name;
    if (!ref)
        return true;
    const matches = (p) => {
        if (p === '~ALL')
            return true;
        if (p === '~DEFAULT_BRANCH')
            return defaultBranchName !== undefined && branch === defaultBranchName;
        const pat = p.replace(/^refs\/heads\//, '');
        return picomatch__WEBPACK_IMPORTED_MODULE_5___default().isMatch(branch, pat, { dot: true });
    };
    return (ref.include ?? []).some(matches) && !(ref.exclude ?? []).some(matches);
}
async function fetchEffectiveRules(gh, r, branch) {
    return list(gh, 'GET /repos/{owner}/{repo}/rules/branches/{branch}', { owner: r.owner, repo: r.repo, branch }, `the rules of ${branch}`, EFFECTIVE_RULE_SHAPE, UNLOCK_RULES);
}
/** Classic protection; a 404 "Branch not protected" is the fact "none", not a permission problem. */
async function fetchClassic(gh, r, branch) {
    const route = 'GET /repos/{owner}/{repo}/branches/{branch}/protection';
    try {
        const { data } = await gh.request(route, { owner: r.owner, repo: r.repo, branch });
        return {
            ok: true,
            value: (0,_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .expectShape */ .hG)(data, CLASSIC_SHAPE, route, 'branch protection')
        };
    }
    catch (e) {
        const message = e.response?.data?.message;
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(e) === 404 && message === 'Branch not protected')
            return { ok: true, value: null };
        return describeFailure(e, UNLOCK_CLASSIC);
    }
}
/** Everything about each branch: effective rules, applicable rulesets, classic protection. */
async function fetchBranchFacts(gh, r, branches, defaultBranchName) {
    const rulesets = await fetchRulesets(gh, r);
    const facts = [];
    for (const branch of branches) {
        const effectiveRules = await fetchEffectiveRules(gh, r, branch);
        const activeIds = new Set(effectiveRules.ok ? effectiveRules.value.map((x) => x.ruleset_id) : []);
        const applicable = rulesets.ok
            ? {
                ok: true,
                value: rulesets.value
                    .filter((d) => activeIds.has(d.id) || appliesTo(d, branch, defaultBranchName))
                    .map((d) => ({
                    id: d.id,
                    name: d.name,
                    enforcement: d.enforcement,
                    sourceType: d.source_type ?? 'Repository',
                    source: d.source,
                    rules: d.rules ?? [],
                    ...(Array.isArray(d.bypass_actors) ? { bypassActors: d.bypass_actors } : {})
                }))
            }
            : rulesets;
        facts.push({
            branch,
            effectiveRules,
            rulesets: applicable,
            classic: await fetchClassic(gh, r, branch)
        });
    }
    return facts;
}


/***/ }),

/***/ 6436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ listAll),
/* harmony export */   j: () => (/* binding */ UnreadablePageError)
/* harmony export */ });
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

/***/ 426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ copyEvidence),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   lV: () => (/* binding */ copyExact),
/* harmony export */   oD: () => (/* binding */ openSource)
/* harmony export */ });
/* unused harmony exports sourceError, MAX_SCRUB_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8198);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2145);







// Copying files into a bundle's stage: shared by the reports, summaries and evidence copies.
/**
 * Opens a report for copying: its folder's real path (cached per folder) must lie inside the
 * workspace; the file itself is opened without following a link (O_NOFOLLOW) and must be a regular
 * file by fstat. A link in the last component is followed only to a target inside the workspace,
 * which is then opened without following another link.
 *
 * @throws ConfigurationError naming `rel`: broken link, link out of the workspace, not a regular
 *   file, unreadable
 */
function openSource(abs, rel, realRoot, realDirs) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(abs);
    let realDir = realDirs.get(dir);
    if (realDir === undefined) {
        try {
            realDir = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(dir);
        }
        catch {
            realDir = null;
        }
        realDirs.set(dir, realDir);
    }
    if (realDir === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    if (!isWithin(realRoot, realDir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that leads outside the workspace`);
    try {
        return (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .openRegularFile */ .ZU)(abs);
    }
    catch (e) {
        if (e.code !== 'ELOOP')
            throw sourceError(rel, e);
    }
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(abs);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    }
    if (!isWithin(realRoot, real))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that leads outside the workspace`);
    try {
        return (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .openRegularFile */ .ZU)(real);
    }
    catch (e) {
        throw sourceError(rel, e);
    }
}
function sourceError(rel, e) {
    if (e instanceof _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .NotRegularFileError */ .iZ)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: not a regular file`);
    const code = e.code;
    if (code === 'ELOOP')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: symbolic link that changed while it was read`);
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (a broken symbolic link?)`);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: cannot be read (${code ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)})`);
}
/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8 encoding. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Files larger than this are copied as they are, like binary evidence (see copyEvidence). */
const MAX_SCRUB_BYTES = 256 * 1024 * 1024;
/**
 * Copies a report or summary into the stage. When a secret is registered, a UTF-8 text file
 * (every report format the bundle carries: JSON, SARIF, JUnit XML, Markdown) is copied with the
 * secret masked, so an error text that echoed the token does not travel in the bundle. Binary
 * files, text in another encoding (UTF-16) and files over {@link MAX_SCRUB_BYTES} are evidence
 * whose bytes gonogo does not rewrite: they are copied unchanged. Without a secret the copy is
 * byte-exact.
 *
 * The source is read once, from the descriptor that was checked (see openSource); the bytes are
 * hashed as they are written to a new file in the stage (O_EXCL), so the size and SHA-256 returned
 * for the manifest are exactly those of the staged copy. Files up to 1 MiB are copied with
 * synchronous calls, larger ones streamed in 1 MiB chunks (the next read overlapping the write).
 *
 * @returns size (bytes) and SHA-256 (hex) of what was written to `dest`
 */
async function copyEvidence(source, dest) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    if ((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .hasSecrets */ .kH)() && source.size <= MAX_SCRUB_BYTES) {
        const chunks = [];
        await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, (chunk) => void chunks.push(Buffer.from(chunk)));
        const data = Buffer.concat(chunks);
        const scrubbed = (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .scrubBytes */ .Jv)(data);
        if (scrubbed.length <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(dest, scrubbed, { flag: 'wx' });
        else
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(dest, scrubbed, { flag: 'wx' });
        return { size: scrubbed.length, sha256: hash.update(scrubbed).digest('hex') };
    }
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(dest, 'wx');
    try {
        // A small file is read, hashed and written with synchronous calls; a large one streamed.
        const size = source.size <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9
            ? (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFdSync */ .oo)(source.fd, (chunk) => {
                hash.update(chunk);
                writeAllSync(out, chunk);
            })
            : await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, async (chunk) => {
                hash.update(chunk);
                await writeAll(out, chunk);
            });
        return { size, sha256: hash.digest('hex') };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(out);
    }
}
function writeAllSync(fd, data) {
    for (let at = 0; at < data.length;)
        at += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, data, at, data.length - at);
}
async function writeAll(fd, data) {
    for (let at = 0; at < data.length;)
        at += await new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.write)(fd, data, at, data.length - at, null, (e, n) => (e ? reject(e) : resolve(n))));
}
/** Whether `inner` is `outer` or lies inside it (path text only). */
function isWithin(outer, inner) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(outer, inner);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel));
}
/**
 * Copies evidence byte for byte (what the gate's digests describe): unlike {@link copyEvidence},
 * nothing is masked. So that a secret never travels in a bundle, a file of at most
 * {@link MAX_SCRUB_BYTES} that holds a registered secret is refused instead.
 *
 * @param rel the file as named in messages
 * @returns size (bytes) and SHA-256 (hex) of what was written to `dest`
 * @throws ConfigurationError naming `rel` when it holds a secret
 */
async function copyExact(source, dest, rel) {
    if (!(0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .hasSecrets */ .kH)() || source.size > MAX_SCRUB_BYTES)
        return copyEvidence(source, dest);
    const chunks = [];
    await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pumpFd */ .rV)(source.fd, source.size, (chunk) => void chunks.push(Buffer.from(chunk)));
    const data = Buffer.concat(chunks);
    if (!(0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .scrubBytes */ .Jv)(data).equals(data))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${rel}: holds a secret (the token or signing key); evidence is bundled byte for byte, so remove the secret from the file and run the gate again`);
    if (data.length <= _hash_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SYNC_READ_BYTES */ .N9)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(dest, data, { flag: 'wx' });
    else
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(dest, data, { flag: 'wx' });
    return { size: data.length, sha256: sha256Hex(data) };
}


/***/ }),

/***/ 972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploymentClient: () => (/* binding */ deploymentClient),
  readDeploymentHistory: () => (/* binding */ readDeploymentHistory)
});

// EXTERNAL MODULE: ./src/core/facts-runtime.ts
var facts_runtime = __webpack_require__(9389);
// EXTERNAL MODULE: ./src/core/map-limit.ts
var map_limit = __webpack_require__(3075);
// EXTERNAL MODULE: ./src/core/promotion.ts
var promotion = __webpack_require__(9918);
// EXTERNAL MODULE: ./src/github/answer.ts
var answer = __webpack_require__(1893);
// EXTERNAL MODULE: ./src/github/branch-rules.ts
var branch_rules = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var client = __webpack_require__(6720);
// EXTERNAL MODULE: ./src/github/paginate.ts
var paginate = __webpack_require__(6436);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/github/deployment-store.ts






const DEPLOYMENTS_PERMISSION = 'deployments: write';
const UNLOCK = (/* unused pure expression or super */ null && (`a token with "${DEPLOYMENTS_PERMISSION}" (add \`permissions: deployments: write\` to the job)`));
/** GitHub keeps deployment and status descriptions to 140 characters. */
const MAX_DESCRIPTION = 140;
/** Status lookups in flight at once while reading a history. */
const CONCURRENCY = 6;
// Shapes read (OpenAPI `deployment`, `deployment-status`), restricted to the fields used.
const DEPLOYMENT_SHAPE = (0,answer/* obj */.WL)({ id: answer/* num */.bu, payload: answer/* any */.bz });
const STATUS_SHAPE = (0,answer/* obj */.WL)({ state: answer/* str */.gx });
const CREATED_SHAPE = (0,answer/* obj */.WL)({ id: answer/* num */.bu });
const STATUS_CREATED_SHAPE = (0,answer/* obj */.WL)({ id: answer/* num */.bu, state: answer/* str */.gx });
/** A state that ends a deployment without it having happened. */
const FAILED_STATES = new Set(['failure', 'error']);
function deployment_store_short(text) {
    return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}
/** A deployment's payload as a value: GitHub may hand it back as the JSON text it was given. */
function payloadOf(d) {
    if (typeof d.payload !== 'string')
        return d.payload;
    try {
        return JSON.parse(d.payload);
    }
    catch {
        return { unreadable: 'payload is not JSON' };
    }
}
function sequenceOf(d) {
    const p = payloadOf(d);
    if (p === null || typeof p !== 'object')
        return undefined;
    const n = p.sequence;
    return typeof n === 'number' ? n : undefined;
}
/**
 * Promotion records as GitHub deployments: one deployment per promotion (task `deploy:gonogo`,
 * the record as its payload) with statuses in_progress, then success or failure. The history of
 * an environment is its deployments that reached success, oldest first.
 *
 * Races: after creating its deployment (in_progress), a promotion lists the environment's
 * deployments again; if an earlier deployment claims the same record number and has not failed,
 * the earlier one wins and this one is marked failure, naming the winner. Deployment ids only
 * grow, so exactly one of racing promotions sees no earlier claimant.
 */
class DeploymentStore {
    gh;
    r;
    opts;
    describe;
    constructor(gh, r, opts = {}) {
        this.gh = gh;
        this.r = r;
        this.opts = opts;
        this.describe = `deployments of ${r.owner}/${r.repo}`;
    }
    async list(environment) {
        try {
            const all = await listAll(this.gh, 'GET /repos/{owner}/{repo}/deployments', {
                owner: this.r.owner,
                repo: this.r.repo,
                task: PROMOTION_TASK,
                environment
            }, { item: DEPLOYMENT_SHAPE, what: 'a list of deployments' });
            return all.sort((a, b) => a.id - b.id);
        }
        catch (e) {
            throw this.failure(`cannot list the deployments of ${environment}`, e);
        }
    }
    async statuses(id) {
        try {
            const all = await listAll(this.gh, 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { owner: this.r.owner, repo: this.r.repo, deployment_id: id }, { maxPages: 10, item: STATUS_SHAPE, what: 'a list of deployment statuses' });
            return all.map((s) => s.state);
        }
        catch (e) {
            throw this.failure(`cannot read the statuses of deployment ${id}`, e);
        }
    }
    failure(what, e) {
        const d = describeFailure(e, UNLOCK);
        return new ConfigurationError(`${what} in ${this.r.owner}/${this.r.repo}: ${d.reason}; ${d.unlock}`);
    }
    async history(environment) {
        const deployments = await this.list(environment);
        const states = await mapLimit(deployments, CONCURRENCY, (d) => this.statuses(d.id));
        return deployments
            .filter((_, i) => (states[i] ?? []).includes('success'))
            .map((d) => ({ where: `deployment ${d.id}`, record: payloadOf(d) }));
    }
    async create(record, description) {
        try {
            const res = await this.gh.request('POST /repos/{owner}/{repo}/deployments', {
                owner: this.r.owner,
                repo: this.r.repo,
                ref: record.bundle.subject.sha,
                task: PROMOTION_TASK,
                environment: record.environment,
                payload: record,
                description: deployment_store_short(description),
                auto_merge: false,
                // The gate already judged the commit; GitHub's commit-status check would only repeat it.
                required_contexts: [],
                transient_environment: false
            });
            if (res.status !== 201)
                throw new Error(`GitHub did not create the deployment (HTTP ${res.status})`);
            return expectShape(res.data, CREATED_SHAPE, 'POST /repos/{owner}/{repo}/deployments', 'a deployment').id;
        }
        catch (e) {
            throw this.failure(`cannot create a deployment for ${record.environment}`, e);
        }
    }
    async setStatus(id, state, description) {
        const route = 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
        try {
            const res = await this.gh.request(route, {
                owner: this.r.owner,
                repo: this.r.repo,
                deployment_id: id,
                state,
                description: deployment_store_short(description),
                ...(this.opts.logUrl ? { log_url: this.opts.logUrl } : {})
            });
            // Only an answer that is the new status confirms it (a redirect or an empty 200 does not).
            const created = expectShape(res.data, STATUS_CREATED_SHAPE, route, 'a deployment status');
            if (res.status !== 201 || created.state !== state)
                throw new Error(`GitHub did not record the ${state} status (HTTP ${res.status})`);
        }
        catch (e) {
            throw this.failure(`cannot set deployment ${id} to ${state}`, e);
        }
    }
    async append(record) {
        const label = `gonogo ${record.kind} #${record.sequence}: ${record.bundle.id}`;
        const id = await this.create(record, label);
        try {
            await this.setStatus(id, 'in_progress', `${label}: checking for a concurrent promotion`);
            const winner = await this.earlierClaimant(record, id);
            if (winner !== undefined) {
                const still = winner.finished
                    ? ''
                    : ` and is still in progress (if its run has died, set its status to failure: POST /repos/${this.r.owner}/${this.r.repo}/deployments/${winner.id}/statuses with state=failure)`;
                const message = `deployment ${winner.id} claimed ${record.environment} #${record.sequence} first${still}; this promotion (deployment ${id}) is not recorded: run it again to promote on top of it`;
                await this.setStatus(id, 'failure', `lost the race to deployment ${winner.id}`);
                return { ok: false, message };
            }
            await this.setStatus(id, 'success', label);
        }
        catch (e) {
            // Never leave a claim behind that would block every later promotion.
            await this.setStatus(id, 'failure', 'gonogo could not finish recording this promotion').catch(() => undefined);
            throw e;
        }
        return { ok: true, where: `deployment ${id}` };
    }
    /** An earlier deployment claiming the same record number (or a later one), not failed. */
    async earlierClaimant(record, mine) {
        for (const d of await this.list(record.environment)) {
            if (d.id >= mine)
                break;
            const n = sequenceOf(d);
            if (n === undefined || n < record.sequence)
                continue;
            const states = await this.statuses(d.id);
            if (!states.some((s) => FAILED_STATES.has(s)))
                return { id: d.id, finished: states.includes('success') };
        }
        return undefined;
    }
    async refuse(record, why) {
        const id = await this.create(record, `gonogo ${record.kind} refused: ${record.bundle.id}`);
        // Retried once: a refused deployment without a failure status would read as a claimant.
        await this.setStatus(id, 'failure', why).catch(() => this.setStatus(id, 'failure', why));
    }
}

;// CONCATENATED MODULE: ./src/io/deployment-history.ts
/**
 * An environment's promotion records from GitHub deployments, with the times GitHub gave them:
 * the same records the promotion store (github/deployment-store.ts) reads as a history (task
 * `deploy:gonogo`, the record as payload, only deployments that reached `success`, by ascending
 * id), plus each deployment's `created_at` and the `created_at` of its first `success` status.
 * Loaded lazily by io/promotion-history.ts, so a gate that runs no rollback-drill never loads
 * Octokit.
 *
 * Sources: GitHub REST "List deployments"
 * (https://docs.github.com/en/rest/deployments/deployments#list-deployments) and "List deployment
 * statuses" (https://docs.github.com/en/rest/deployments/statuses#list-deployment-statuses); both
 * need `deployments: read`.
 */








const LIST_ROUTE = 'GET /repos/{owner}/{repo}/deployments';
const STATUS_ROUTE = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
/** Status lookups in flight at once (as the promotion store reads a history). */
const deployment_history_CONCURRENCY = 6;
// Shapes read (OpenAPI `deployment`, `deployment-status`), restricted to the fields used.
const deployment_history_DEPLOYMENT_SHAPE = (0,answer/* obj */.WL)({ id: answer/* num */.bu, payload: answer/* any */.bz, created_at: answer/* str */.gx });
const deployment_history_STATUS_SHAPE = (0,answer/* obj */.WL)({ state: answer/* str */.gx, created_at: answer/* str */.gx });
/** Milliseconds of an ISO 8601 time, or undefined when it is not one. */
function timeOf(text) {
    const t = Date.parse(text);
    return Number.isFinite(t) ? t : undefined;
}
/** One client per history reader, made on first use. */
function deploymentClient(a) {
    return (0,client.createClient)(a.token, {
        baseUrl: a.apiUrl,
        ...(a.timeoutMs !== undefined ? { timeoutMs: a.timeoutMs } : {}),
        ...(a.deadlineMs !== undefined ? { deadlineMs: a.deadlineMs } : {}),
        ...(a.deadline ? { deadline: a.deadline } : {})
    });
}
/**
 * The promotion records of `environment` in `a.owner/a.repo`, oldest first. Never throws: an API
 * error, a time-out or a malformed answer is `ok: false` with the reason (naming the endpoint),
 * the unlock and, for 401/403/404, the permission `deployments: read`.
 */
async function readDeploymentHistory(gh, a, environment) {
    const describe = `deployments of ${a.owner}/${a.repo}`;
    try {
        const deployments = (await (0,paginate/* listAll */._)(gh, LIST_ROUTE, { owner: a.owner, repo: a.repo, task: promotion/* PROMOTION_TASK */.uv, environment }, { item: deployment_history_DEPLOYMENT_SHAPE, what: 'a list of deployments' })).sort((x, y) => x.id - y.id);
        const statuses = await (0,map_limit/* mapLimit */.s)(deployments, deployment_history_CONCURRENCY, (d) => (0,paginate/* listAll */._)(gh, STATUS_ROUTE, { owner: a.owner, repo: a.repo, deployment_id: d.id }, { maxPages: 10, item: deployment_history_STATUS_SHAPE, what: 'a list of deployment statuses' }));
        const entries = [];
        deployments.forEach((d, i) => {
            const successes = (statuses[i] ?? [])
                .filter((s) => s.state === 'success')
                .map((s) => timeOf(s.created_at));
            if (successes.length === 0)
                return;
            const known = successes.filter((t) => t !== undefined);
            const startedAt = timeOf(d.created_at);
            entries.push({
                where: `deployment ${d.id}`,
                record: payloadOf(d),
                ...(startedAt !== undefined ? { startedAt } : {}),
                ...(known.length === successes.length ? { completedAt: Math.min(...known) } : {})
            });
        });
        return { ok: true, source: 'deployments', describe, entries };
    }
    catch (e) {
        const f = (0,branch_rules/* describeFailure */.Ic)(e, facts_runtime/* DEPLOYMENTS_READ_UNLOCK */.$5);
        const status = (0,client.statusOf)(e);
        return {
            ok: false,
            source: 'deployments',
            describe,
            reason: f.reason,
            unlock: f.unlock,
            ...((status === 401 || status === 403 || status === 404) && !/^rate limited/.test(f.reason)
                ? { permission: facts_runtime/* DEPLOYMENTS_READ_PERMISSION */._f }
                : {})
        };
    }
}


/***/ })

};
