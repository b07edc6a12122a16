export const id = 661;
export const ids = [661,689];
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


/***/ })

};
