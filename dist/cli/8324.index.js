export const id = 8324;
export const ids = [8324,426,4058];
export const modules = {

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ makeReport)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3348);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5009);


/**
 * A `gonogo.report/v1` report whose status is the worst of its checks. A report with no checks
 * proves nothing, so it is `unverified`.
 */
function makeReport(o) {
    const checks = [...o.checks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const s = (0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .worstStatus */ .A4)(checks.map((c) => c.status));
    const status = checks.length === 0
        ? 'unverified'
        : s === 'passed' || s === 'failed' || s === 'unverified'
            ? s
            : 'failed';
    const count = (st) => checks.filter((c) => c.status === st).length;
    return {
        contract: _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_CONTRACT */ ._j,
        control: o.control,
        status,
        subject: o.subject,
        generated_at: o.generatedAt,
        generator: { name: `${_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_NAME */ .yM}/${o.generator}`, version: _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_VERSION */ .RO },
        summary: {
            checks: checks.length,
            passed: count('passed'),
            failed: count('failed'),
            unverified: count('unverified')
        },
        checks,
        ...(o.facts !== undefined ? { facts: o.facts } : {})
    };
}


/***/ }),

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

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   o3: () => (/* binding */ safeLink)
/* harmony export */ });
/* unused harmony export capLength */
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8198);
/**
 * Text from reports and policy files is untrusted (a pull request can change both). Everything
 * rendered into Markdown goes through here: HTML and Markdown syntax escaped, @mentions and
 * #references neutralised, line breaks flattened, lengths capped. Registered secrets
 * (core/secrets.ts) are replaced before anything else, so no escaped or cut form survives.
 */

const MD_SPECIAL = /[\\`*_{}[\]<>#!|~&]/g;
const ZWSP = '\u200b';
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
function escapeText(text, max = 300) {
    // Secrets first: escaping (`ghp_…` → `ghp\_…`) or capping would hide them from a later scrub.
    let s = capLength((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(text).replace(CONTROL, ''), max);
    s = s.replace(/\r?\n|\r/g, ' ');
    // "@user" and "#123" would notify or cross-link: each is broken with a zero-width space.
    s = s.replace(MD_SPECIAL, (c) => c === '&'
        ? '&amp;'
        : c === '<'
            ? '&lt;'
            : c === '>'
                ? '&gt;'
                : c === '#'
                    ? `\\#${ZWSP}`
                    : `\\${c}`);
    s = s.replace(/@/g, `@${ZWSP}`);
    // Bare URLs and www. autolinks would render as links.
    s = s.replace(/:\/\//g, `:${ZWSP}//`).replace(/www\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`);
    return s;
}
/**
 * Inline code: backticks cannot break out, and `|` is escaped because GitHub splits table cells
 * on it even inside a code span. Length capped.
 */
function code(text, max = 120) {
    const s = capLength((0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(text).replace(/[\r\n]+/g, ' '), max).replace(/`/g, "'");
    return `\`${s.replace(/@/g, `@${ZWSP}`).replace(/\|/g, '\\|')}\``;
}
function capLength(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/**
 * A link only when the target is a relative repository path or an https URL; anything else
 * (javascript:, data:, http:) is shown as text.
 */
function safeLink(label, target, blobBase) {
    const t = target.trim();
    if (/^https:\/\/[^\s<>()\\`"']+$/.test(t)) {
        const href = safeHref(t);
        if (href)
            return `[${escapeText(label, 80)}](${href})`;
    }
    if (blobBase &&
        /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[\w./-]+$/i.test(t) &&
        !t.split('/').includes('..')) {
        return `[${escapeText(label, 80)}](${blobBase}/${t
            .replace(/^\.?\//, '')
            .split('/')
            .map(encodeURIComponent)
            .join('/')})`;
    }
    return code(t, 120);
}
/** The URL as the WHATWG parser normalises it, with parentheses percent-encoded; never decoded. */
function safeHref(t) {
    try {
        const u = new URL(t);
        if (u.protocol !== 'https:' || u.username || u.password)
            return undefined;
        return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Un: () => (/* binding */ BRANCH_PROTECTION_REPORT),
  bY: () => (/* binding */ REQUIRED_CHECKS_REPORT),
  runVerify: () => (/* binding */ runVerify),
  sX: () => (/* binding */ verifyRepository)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/checks/branch-protection.ts
var branch_protection = __webpack_require__(1621);
// EXTERNAL MODULE: ./src/core/branch-entry.ts
var branch_entry = __webpack_require__(4318);
// EXTERNAL MODULE: ./src/checks/check-names.ts
var check_names = __webpack_require__(2040);
// EXTERNAL MODULE: ./src/core/protection.ts
var protection = __webpack_require__(5524);
;// CONCATENATED MODULE: ./src/workflow/triggers.ts
/**
 * Compiles one filter pattern by GitHub's cheat sheet: `*` matches any characters but `/`, `**`
 * any characters (and `**` before a `/` also matches nothing, so the pattern for README.md in
 * any folder matches README.md at the root), `?` makes the preceding character optional, `+`
 * repeats it, `[…]` is one character of a set or range, `\` escapes, and a leading `!` negates.
 *
 * @returns the pattern, or why GitHub would refuse it
 */
function compileFilterPattern(raw) {
    const negated = raw.startsWith('!');
    const source = negated ? raw.slice(1) : raw;
    /** Regex atoms; `open` while a `?`/`+` may still apply to the atom. */
    const atoms = [];
    let i = 0;
    while (i < source.length) {
        const c = source[i];
        if (c === '*') {
            if (source[i + 1] === '*') {
                if (source[i + 2] === '/') {
                    atoms.push({ re: '(?:.*/)?', open: false });
                    i += 3;
                }
                else {
                    atoms.push({ re: '.*', open: false });
                    i += 2;
                }
            }
            else {
                atoms.push({ re: '[^/]*', open: false });
                i += 1;
            }
            continue;
        }
        if (c === '?' || c === '+') {
            const last = atoms[atoms.length - 1];
            if (last?.open) {
                last.re += c;
                last.open = false;
            }
            else
                atoms.push({ re: escapeRegex(c), open: true });
            i += 1;
            continue;
        }
        if (c === '[') {
            const end = source.indexOf(']', i + 1);
            if (end < 0)
                return { error: `pattern '${raw}' has a '[' without its ']'` };
            const set = source.slice(i + 1, end);
            if (set === '')
                return { error: `pattern '${raw}' has empty brackets '[]'` };
            if (!/^(?:[A-Za-z0-9](?:-[A-Za-z0-9])?)+$/.test(set))
                return {
                    error: `pattern '${raw}': brackets may only hold letters, digits and ranges of them`
                };
            atoms.push({ re: `[${set}]`, open: true });
            i = end + 1;
            continue;
        }
        if (c === '\\') {
            const next = source[i + 1];
            if (next === undefined)
                return { error: `pattern '${raw}' ends with a lone '\\'` };
            atoms.push({ re: escapeRegex(next), open: true });
            i += 2;
            continue;
        }
        atoms.push({ re: escapeRegex(c), open: true });
        i += 1;
    }
    try {
        return { source, negated, regex: new RegExp(`^${atoms.map((a) => a.re).join('')}$`, 'u') };
    }
    catch (e) {
        return {
            error: `pattern '${raw}' cannot be read (${e instanceof Error ? e.message : String(e)})`
        };
    }
}
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Whether a list of patterns matches a name: the last pattern that matches decides (a `!`
 * pattern excludes what earlier ones included; a later positive one includes it again).
 *
 * @returns true or false, or why a pattern cannot be read
 */
function patternsMatch(patterns, name) {
    let matched = false;
    for (const raw of patterns) {
        const p = compileFilterPattern(raw);
        if ('error' in p)
            return p;
        if (p.regex.test(name))
            matched = !p.negated;
    }
    return matched;
}
/** True when a pattern has no special character, so it matches only itself. */
function isLiteralPattern(raw) {
    return !/[*?+[\]\\!]/.test(raw);
}
/** Events whose runs report checks on a pull request's head commit. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** The branch a merge queue builds for a base branch (one sample; GitHub adds the PR and SHA). */
function mergeQueueBranch(base) {
    return `gh-readonly-queue/${base}/pr-1-${'0'.repeat(40)}`;
}
/**
 * Whether the checks of a workflow with trigger `t` reach the head commit of every pull request
 * into `base`: through `pull_request`/`pull_request_target` (filtered on `base`), through `push`
 * to the head branch (only for head branches in this repository), or through a review event (only
 * once someone reviews). Any other event never runs for a pull request's commits.
 */
function firesForPullRequestInto(t, base) {
    const at = `\`${t.event}\` (line ${t.line})`;
    if (PULL_REQUEST_EVENTS.includes(t.event)) {
        const branch = baseBranchFilter(t, base, at);
        if (branch)
            return branch;
        const types = activityTypes(t, at);
        if (types.fires !== 'always')
            return types;
        return pathFilter(t, at);
    }
    if (t.event === 'push')
        return pushToHeadBranch(t, base, at);
    if (t.event === 'pull_request_review' || t.event === 'pull_request_review_comment')
        return {
            fires: 'sometimes',
            why: `${at} runs only when someone reviews the pull request (or comments on its diff), not when it is opened or pushed to`
        };
    return {
        fires: 'never',
        why: `${at} never runs for a pull request's commits`
    };
}
/**
 * Whether the checks of a workflow with trigger `t` reach the merge group a merge queue builds for
 * `base`: through `merge_group` (filtered on `base`), or through `push` to the queue's
 * `gh-readonly-queue/<base>/…` branch.
 */
function firesForMergeGroupInto(t, base) {
    const at = `\`${t.event}\` (line ${t.line})`;
    if (t.event === 'merge_group') {
        const branch = baseBranchFilter(t, base, at);
        if (branch)
            return branch;
        if (t.types !== undefined && !t.types.includes('checks_requested'))
            return {
                fires: 'never',
                why: `${at} has \`types: [${t.types.join(', ')}]\` without checks_requested, the only activity a merge group has`
            };
        return pathFilter(t, at);
    }
    if (t.event === 'push') {
        const queue = mergeQueueBranch(base);
        const refs = refFilter(t, queue, at, `the merge queue's branch gh-readonly-queue/${base}/…`);
        if (refs)
            return refs;
        return pathFilter(t, at);
    }
    return { fires: 'never', why: `${at} never runs for a merge group` };
}
/** `branches`/`branches-ignore` of a pull request or merge group event, on the base branch. */
function baseBranchFilter(t, base, at) {
    if (t.branches !== undefined) {
        const m = patternsMatch(t.branches, base);
        if (typeof m !== 'boolean')
            return { fires: 'sometimes', why: `${at}: ${m.error}` };
        if (!m)
            return {
                fires: 'never',
                why: `${at} has \`branches: [${t.branches.join(', ')}]\`, which does not match ${base}`
            };
    }
    if (t.branchesIgnore !== undefined) {
        const m = patternsMatch(t.branchesIgnore, base);
        if (typeof m !== 'boolean')
            return { fires: 'sometimes', why: `${at}: ${m.error}` };
        if (m)
            return {
                fires: 'never',
                why: `${at} has \`branches-ignore: [${t.branchesIgnore.join(', ')}]\`, which matches ${base}`
            };
    }
    return undefined;
}
/**
 * `types` of a pull request event. Without `types` GitHub runs it when a pull request is opened,
 * reopened or its head branch is updated (`synchronize`); the newest head commit gets the check
 * only if `opened` and `synchronize` are both kept (docs: "Events that trigger workflows").
 */
function activityTypes(t, at) {
    if (t.types === undefined)
        return { fires: 'always' };
    const types = t.types;
    const shown = `\`types: [${types.join(', ')}]\``;
    if (types.includes('opened') && types.includes('synchronize'))
        return { fires: 'always' };
    if (types.every((x) => x === 'closed'))
        return { fires: 'never', why: `${at} has ${shown}: it runs only once a pull request is closed` };
    const missing = ['opened', 'synchronize'].filter((x) => !types.includes(x));
    return {
        fires: 'sometimes',
        why: `${at} has ${shown} without ${missing.join(' and ')}: ${types.includes('synchronize') ? 'a pull request gets the check only after one of those activities' : 'a commit pushed to the pull request does not run it, so the newest head commit lacks the check until one of those activities happens'}`
    };
}
/** `paths`/`paths-ignore`: the whole workflow is skipped when no changed file passes them. */
function pathFilter(t, at) {
    const filters = pathFilters(t);
    if (filters.length === 0)
        return { fires: 'always' };
    return {
        fires: 'sometimes',
        why: `${at} has ${filters.join(' and ')}: a pull request whose changes do not pass it skips the whole workflow, and its checks stay Pending`,
        paths: true
    };
}
function pathFilters(t) {
    return [
        ...(t.paths !== undefined ? [`\`paths: [${t.paths.join(', ')}]\``] : []),
        ...(t.pathsIgnore !== undefined ? [`\`paths-ignore: [${t.pathsIgnore.join(', ')}]\``] : [])
    ];
}
/** `push` for a pull request's head commit: the head branch is not known, and never `base`. */
function pushToHeadBranch(t, base, at) {
    if (onlyTags(t))
        return { fires: 'never', why: `${at} filters only tags, so it runs for no branch push` };
    if (t.branches !== undefined) {
        const positive = t.branches.filter((b) => !b.startsWith('!'));
        if (positive.every(isLiteralPattern) && positive.every((b) => b === base))
            return {
                fires: 'never',
                why: `${at} has \`branches: [${t.branches.join(', ')}]\`: it runs on pushes to ${base} itself, never on a pull request into ${base}`
            };
    }
    const filters = [
        ...(t.branches !== undefined ? [`\`branches: [${t.branches.join(', ')}]\``] : []),
        ...(t.branchesIgnore !== undefined
            ? [`\`branches-ignore: [${t.branchesIgnore.join(', ')}]\``]
            : [])
    ];
    const paths = pathFilters(t);
    return {
        fires: 'sometimes',
        why: `${at} runs on pushes to the pull request's head branch${filters.length ? ` when it passes ${filters.join(' and ')}` : ''}, and only for a head branch in this repository: a pull request from a fork never gets the check${paths.length ? `; its ${paths.join(' and ')} also skip the workflow for changes that do not pass them` : ''}`,
        ...(paths.length ? { paths: true } : {})
    };
}
/** A `push` with tag filters and no branch filter runs for no branch (docs: on.push.<branches|tags>). */
function onlyTags(t) {
    return (t.branches === undefined &&
        t.branchesIgnore === undefined &&
        (t.tags !== undefined || t.tagsIgnore !== undefined));
}
/** `branches`/`branches-ignore` of a `push` against one known branch name. */
function refFilter(t, branch, at, what) {
    if (onlyTags(t))
        return { fires: 'never', why: `${at} filters only tags, so it runs for no branch push` };
    if (t.branches !== undefined) {
        const m = patternsMatch(t.branches, branch);
        if (typeof m !== 'boolean')
            return { fires: 'sometimes', why: `${at}: ${m.error}` };
        if (!m)
            return {
                fires: 'never',
                why: `${at} has \`branches: [${t.branches.join(', ')}]\`, which does not match ${what}`
            };
    }
    if (t.branchesIgnore !== undefined) {
        const m = patternsMatch(t.branchesIgnore, branch);
        if (typeof m !== 'boolean')
            return { fires: 'sometimes', why: `${at}: ${m.error}` };
        if (m)
            return {
                fires: 'never',
                why: `${at} has \`branches-ignore: [${t.branchesIgnore.join(', ')}]\`, which matches ${what}`
            };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/checks/job-condition.ts
var job_condition = __webpack_require__(8098);
// EXTERNAL MODULE: ./src/checks/name-pattern.ts
var name_pattern = __webpack_require__(8757);
;// CONCATENATED MODULE: ./src/checks/producibility.ts
/**
 * Whether a workflow job's check reaches what a merge into a branch waits for: the head commit of
 * every pull request into it and, when the branch merges through a merge queue, the merge group.
 *
 * GitHub's docs decide each part:
 * - "Troubleshooting required status checks" → "Handling skipped but required checks": a
 *   workflow skipped by a branch or path filter leaves its checks Pending and the pull request
 *   cannot merge; a job skipped by its `if:` reports Success.
 * - "Events that trigger workflows" (pull_request, pull_request_target, push, merge_group) and
 *   "Workflow syntax" (their filters): see workflow/triggers.ts.
 * - "Reusing workflows": a called workflow runs in its caller's event, so the triggers of the
 *   top-level caller count (carried on each ProducedCheck by check-names).
 * - "Managing a merge queue": with a merge queue, required checks must also be reported for the
 *   `merge_group` event, or the merge fails.
 *
 * Pure.
 */



const RANK = { always: 2, sometimes: 1, never: 0 };
/** The best of several ways to reach a need, with the reasons of the best kind. */
function bestReach(reaches) {
    let best;
    for (const r of reaches) {
        if (best === undefined || RANK[r.reach] > RANK[best.reach])
            best = r.reach === 'always' ? r : { ...r, why: [...r.why] };
        else if (r.reach === best.reach && r.reach !== 'always' && best.reach !== 'always') {
            best.why.push(...r.why);
            if (r.reach === 'sometimes' && r.paths && best.reach === 'sometimes')
                best.paths = true;
            if (r.reach === 'never' && best.reach === 'never' && !r.skipped)
                delete best.skipped;
        }
    }
    return best ?? { reach: 'never', why: [] };
}
/**
 * How one produced check reaches `need`: through any trigger of its top-level workflow that
 * fires for it, and only when its job-level conditions let it run for that event.
 */
function reachOf(check, need, o) {
    const where = describeProducer(check);
    if (check.on.events.length === 0)
        return { reach: 'never', why: [`${where}: its \`on:\` (line ${check.on.line}) names no event`] };
    const ways = [];
    const notFired = [];
    for (const t of check.on.events) {
        const fires = need === 'pull_request'
            ? firesForPullRequestInto(t, o.base)
            : firesForMergeGroupInto(t, o.base);
        if (fires.fires === 'never') {
            notFired.push(fires.why);
            continue;
        }
        const facts = {
            event: t.event,
            ...(PULL_REQUEST_EVENTS.includes(t.event) ? { baseRef: o.base } : {}),
            ...(o.repository !== undefined ? { repository: o.repository } : {})
        };
        ways.push(combine(where, t.event, fires, runs(check, facts), check.whenSkipped === true));
    }
    if (ways.length === 0) {
        const what = need === 'pull_request' ? `a pull request into ${o.base}` : `a merge group of ${o.base}`;
        return {
            reach: 'never',
            why: [
                `${where}: its \`on:\` (line ${check.on.line}) never runs for ${what}: ${notFired.join('; ')}`
            ]
        };
    }
    return bestReach(ways);
}
/** Whether the job runs for one event, from all its conditions (every one must hold). */
function runs(check, facts) {
    let unknown;
    for (const c of check.conditions ?? []) {
        const t = (0,job_condition/* evaluateJobCondition */.S)(c, facts);
        if (t.truth === false)
            return { truth: false, who: whose(c) };
        if (t.truth === 'unknown')
            unknown ??= { truth: 'unknown', why: `${whose(c)} ${t.why}` };
    }
    return unknown ?? { truth: true };
}
/** The condition as the subject of a sentence: "its `if: …` (ci.yml line 12)", … */
function whose(c) {
    const cond = `\`if: ${c.text}\``;
    const at = `${c.workflow} line ${c.line}`;
    switch (c.role) {
        case 'own':
            return `its ${cond} (${at})`;
        case 'needs':
            return `the ${cond} of job ${c.job}, which it needs (${at}),`;
        case 'calling':
            return `the ${cond} of the calling job ${c.job} (${at})`;
        case 'calling-needs':
            return `the ${cond} of job ${c.job}, which the calling job needs (${at}),`;
    }
}
/** One trigger's firing and the job's conditions for its event, together. */
function combine(where, event, fires, run, whenSkipped) {
    const viaEvent = fires.fires === 'sometimes' ? [`${where}: ${fires.why}`] : [];
    const paths = fires.fires === 'sometimes' && fires.paths ? { paths: true } : {};
    // A matrix job's unexpanded name is reported only when the job is skipped.
    if (whenSkipped) {
        if (run.truth === true)
            return {
                reach: 'never',
                why: [
                    `${where}: this name is reported only when the job is skipped, and on \`${event}\` it runs (its checks then carry the matrix values)`
                ]
            };
        if (run.truth === false)
            return fires.fires === 'always'
                ? { reach: 'always' }
                : { reach: 'sometimes', why: viaEvent, ...paths };
        return {
            reach: 'sometimes',
            why: [...viaEvent, `${where}: reported under this name only when skipped; ${run.why}`],
            ...paths
        };
    }
    if (run.truth === false)
        return {
            reach: 'never',
            skipped: true,
            why: [`${where}: ${run.who} is false on \`${event}\`, so the job is always skipped there`]
        };
    if (run.truth === 'unknown')
        return {
            reach: 'sometimes',
            why: [
                ...viaEvent,
                `${where}: on \`${event}\` it may be skipped, and GitHub reports a skipped job as Success without running it: ${run.why}`
            ],
            ...paths
        };
    return fires.fires === 'always'
        ? { reach: 'always' }
        : { reach: 'sometimes', why: viaEvent, ...paths };
}
/** "ci.yml job test (line 4)", or "release.yml job build (line 7) (calling reusable-tests.yml job e2e)". */
function describeProducer(c) {
    const via = c.via?.length
        ? ` (calling ${c.via.map((v) => `${v.workflow} job ${v.job}`).join(' → ')})`
        : '';
    return `${c.workflow} job ${c.job}${c.line !== undefined ? ` (line ${c.line})` : ''}${via}`;
}
/**
 * Whether an unresolved job could make `name` for `need`: its names could spell it, and its
 * workflow's triggers could fire for it (unknown triggers could).
 */
function couldMake(u, name, need, base) {
    if (u.names && !(0,name_pattern/* couldBeNamed */.u8)(u.names, name))
        return false;
    if (!u.on)
        return true;
    return firesAtAll(u.on, need, base);
}
function firesAtAll(on, need, base) {
    return on.events.some((t) => (need === 'pull_request' ? firesForPullRequestInto(t, base) : firesForMergeGroupInto(t, base))
        .fires !== 'never');
}

;// CONCATENATED MODULE: ./src/checks/required-checks.ts




/** The GitHub Actions app: checks it reports come from workflow jobs. */
const GITHUB_ACTIONS_APP_ID = 15368;
/** GitHub's page on required checks that never report, cited in messages. */
const SKIPPED_DOCS = 'docs.github.com "Troubleshooting required status checks" → "Handling skipped but required checks"';
const MERGE_QUEUE_DOCS = 'docs.github.com "Managing a merge queue"';
/**
 * Every check required on a branch must be reported on what a merge waits for, or every merge
 * waits forever: the head commit of each pull request into the branch and, when the branch merges
 * through a merge queue, the merge group (producibility.ts says which workflow job reaches which,
 * from its triggers, filters and `if:`). A check pinned to an app other than GitHub Actions can
 * only come from that app. Checks the policy declares are judged too.
 *
 * - `passed`: some job reports it on every pull request into the branch (and merge group).
 * - `failed`: no job ever does (no job makes the name; or only on other events, filtered-out
 *   branches, or under an `if:` that is false then), or only another app may report it while the
 *   policy or the workflows say Actions does.
 * - `unverified`: only under a path filter, an activity-type filter, a push from a head branch of
 *   this repository, an `if:` known only at run time, or by a job whose name could not be worked
 *   out but could spell it.
 */
function checkProducible(branch, policy, facts, names, 
/** GitHub Actions' app id on this server (15368 on github.com; GHES differs). */
actionsAppId = GITHUB_ACTIONS_APP_ID, 
/** `owner/name`, so that `if: github.repository == '…'` can be decided. */
repository) {
    const v = (0,branch_protection/* views */.l8)(facts);
    const known = [v.rules, v.classic].filter((p) => p !== undefined);
    const seen = (0,protection/* combine */.kg)((0,protection/* noProtection */.RG)(), ...known);
    const declared = new Map((policy?.required_checks ?? []).map((c) => typeof c === 'string' ? [c, undefined] : [c.context, c.app_id]));
    const out = [];
    // One entry per context and app: two apps pinned to one context must both report it.
    const entries = new Map();
    for (const c of seen.requiredChecks) {
        entries.set(`${c.context}\u0000${c.integrationId ?? ''}`, {
            ctx: c.context,
            ...(c.integrationId !== undefined ? { integrationId: c.integrationId } : {}),
            where: `required by ${[...new Set(c.origins.map(protection/* describeOrigin */.uN))].join(', ')}`
        });
    }
    for (const [ctx, appId] of declared) {
        if (![...entries.values()].some((e) => e.ctx === ctx))
            entries.set(`${ctx}\u0000${appId ?? ''}`, {
                ctx,
                ...(appId !== undefined ? { integrationId: appId } : {}),
                where: 'declared in the policy'
            });
    }
    const queue = {
        required: seen.mergeQueue.value,
        where: [...new Set(seen.mergeQueue.origins.map(protection/* describeOrigin */.uN))].join(', '),
        unknown: v.rules === undefined
    };
    const ctx = { branch, declared, names, actionsAppId, queue, repository };
    for (const [, info] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        out.push(judgeContext(info, ctx));
    if (known.length === 0) {
        out.push({
            id: `${branch}/required-checks-visible`,
            status: 'unverified',
            message: `which checks are required on ${branch} could not be read: ${v.unknown.map((u) => `${u.source}: ${u.reason}`).join('; ')}`,
            unlock: v.unknown.map((u) => u.unlock).join('; ')
        });
    }
    else if (v.unknown.length > 0) {
        out.push({
            id: `${branch}/required-checks-visible`,
            status: 'unverified',
            message: `${v.unknown.map((u) => u.source).join(' and ')} could not be read, so ${branch} may require checks not listed here (${v.unknown.map((u) => u.reason).join('; ')})`,
            unlock: v.unknown.map((u) => u.unlock).join('; ')
        });
    }
    return out;
}
function judgeContext(info, c) {
    const { branch, actionsAppId } = c;
    const otherApp = info.integrationId !== undefined && info.integrationId !== actionsAppId;
    const id = `${branch}/producible:${info.ctx}${otherApp ? `@${info.integrationId}` : ''}`;
    if (otherApp)
        return judgeOtherApp(id, info, c);
    const wanted = c.declared.get(info.ctx);
    if (info.integrationId === undefined && wanted !== undefined && wanted !== actionsAppId) {
        return {
            id,
            status: 'passed',
            message: `'${info.ctx}' may come from any app, and the policy declares app ${wanted} reports it (${info.where})`,
            observed: { app_id: wanted }
        };
    }
    return judgeWorkflows(id, info, c);
}
/**
 * A check pinned to another app than GitHub Actions: only that app's report counts (REST API
 * "Repository rulesets": `required_status_checks[].integration_id`; docs "About protected
 * branches": a status check from another app is not accepted), so no workflow job can satisfy it.
 */
function judgeOtherApp(id, info, c) {
    const app = info.integrationId;
    const wanted = c.declared.get(info.ctx);
    const makers = c.names.checks.filter((p) => p.name === info.ctx);
    if (wanted === app) {
        return {
            id,
            status: 'passed',
            message: `'${info.ctx}' is reported by app ${app}, not by a workflow, as the policy declares (${info.where})`,
            observed: { app_id: app }
        };
    }
    if (wanted !== undefined) {
        return {
            id,
            status: 'failed',
            message: `'${info.ctx}' is accepted only from app ${app} (${info.where}), but the policy declares it from ${appName(wanted, c.actionsAppId)}: that app's report will never satisfy it`,
            observed: { app_id: app },
            remediation: `pin '${info.ctx}' to ${appName(wanted, c.actionsAppId)} in the rule, or declare it in the policy as { context: '${info.ctx}', app_id: ${app} }`
        };
    }
    if (makers.length > 0) {
        return {
            id,
            status: 'failed',
            message: `'${info.ctx}' is accepted only from app ${app} (${info.where}), but it is made by ${makers.map(describeProducer).join(', ')}, which reports as GitHub Actions (app ${c.actionsAppId}): that report never satisfies the rule`,
            observed: { app_id: app },
            location: {
                file: makers[0]?.workflow ?? '',
                ...(makers[0]?.line ? { line: makers[0].line } : {})
            },
            remediation: `pin '${info.ctx}' to GitHub Actions (${c.actionsAppId}) or to any app in the rule; if app ${app} reports it too, declare it in the policy as { context: '${info.ctx}', app_id: ${app} }`
        };
    }
    return {
        id,
        status: 'unverified',
        message: `'${info.ctx}' must come from app ${app}, not from a workflow; gonogo cannot see whether that app reports it (${info.where})`,
        unlock: `declare it in the policy as { context: '${info.ctx}', app_id: ${app} } to accept that app as its producer`
    };
}
function appName(appId, actionsAppId) {
    return appId === actionsAppId ? `GitHub Actions (app ${appId})` : `app ${appId}`;
}
/** A check GitHub Actions may report: which jobs reach each thing a merge waits for. */
function judgeWorkflows(id, info, c) {
    const { branch } = c;
    const makers = c.names.checks.filter((p) => p.name === info.ctx);
    const needs = c.queue.required ? ['pull_request', 'merge_group'] : ['pull_request'];
    const verdicts = needs.map((need) => verdictFor(need, info.ctx, makers, c));
    const pr = verdicts[0];
    if (makers.length === 0 && pr.unknown.length === 0)
        return noMaker(id, info, c);
    const location = makers[0] !== undefined
        ? {
            location: {
                file: makers[0].workflow,
                ...(makers[0].line ? { line: makers[0].line } : {})
            }
        }
        : {};
    const failed = verdicts.filter((v) => v.reach.reach === 'never' && v.unknown.length === 0);
    if (failed.length > 0) {
        const f = failed[0];
        const why = f.reach.reach === 'never' && f.reach.why.length > 0
            ? f.reach.why
            : pr.unknown.map((u) => `${u.workflow} job ${u.job}, whose name could be '${info.ctx}', does not run for \`${f.need}\`${u.on ? ` (its \`on:\` is at line ${u.on.line})` : ''}`);
        const onPr = f.need === 'pull_request';
        const skipped = f.reach.reach === 'never' && f.reach.skipped === true;
        return {
            id,
            status: 'failed',
            message: skipped
                ? `'${info.ctx}' (${info.where}) never runs ${onPr ? `on a pull request into ${branch}` : `on the merge group of ${branch}'s merge queue (${c.queue.where})`}: ${why.join('; ')}. GitHub reports a job skipped by its if: as Success, and a skipped matrix job only under its unexpanded name (${SKIPPED_DOCS}), so the requirement either passes without anything running or waits forever`
                : onPr
                    ? `'${info.ctx}' (${info.where}) is never reported on a pull request into ${branch}, so every merge would wait for it forever: ${why.join('; ')}`
                    : `'${info.ctx}' (${info.where}) is never reported on the merge group of ${branch}'s merge queue (${c.queue.where}), so every merge through the queue fails waiting for it (${MERGE_QUEUE_DOCS}): ${why.join('; ')}`,
            ...location,
            remediation: skipped
                ? `let the job run ${onPr ? 'on pull requests' : 'on merge groups'} (its if: is false there), or stop requiring '${info.ctx}'`
                : onPr
                    ? `make a job that reports '${info.ctx}' run on pull requests into ${branch} (\`on: pull_request\` with filters that let ${branch} through), or stop requiring '${info.ctx}'`
                    : `add \`merge_group\` to the \`on:\` of the workflow that reports '${info.ctx}' (${[
                        ...makers.map((m) => m.workflow),
                        ...pr.unknown.map((u) => u.workflow)
                    ]
                        .filter(uniq)
                        .join(', ')})`
        };
    }
    const doubts = verdicts.filter((v) => v.reach.reach !== 'always');
    const queueUnknown = c.queue.unknown &&
        bestReach(makers.map((m) => reachOf(m, 'merge_group', opts(c)))).reach !== 'always';
    if (doubts.length === 0 && !queueUnknown) {
        return {
            id,
            status: 'passed',
            message: `'${info.ctx}' is reported on every pull request into ${branch}${c.queue.required ? ' and on its merge queue' : ''} by ${reachingMakers(makers, needs, c).join(', ')} (${info.where})`,
            ...location
        };
    }
    const reasons = [];
    let paths = false;
    let other = queueUnknown;
    let unnamed = false;
    for (const d of doubts) {
        const on = d.need === 'pull_request' ? 'on pull requests' : "on the merge queue's merge groups";
        if (d.reach.reach === 'sometimes') {
            reasons.push(`${on}, not always: ${d.reach.why.join('; ')}`);
            if (d.reach.paths)
                paths = true;
            else
                other = true;
        }
        else if (d.reach.reach === 'never' && makers.length > 0)
            reasons.push(`${on} never by the jobs known to make it: ${d.reach.why.join('; ')}`);
        if (d.unknown.length > 0)
            unnamed = true;
        if (d.unknown.length > 0)
            reasons.push(`${on} possibly by ${d.unknown.length} job(s) whose names cannot be worked out before the run and could be '${info.ctx}': ${d.unknown
                .slice(0, 3)
                .map((u) => `${u.workflow}${u.job ? ` job ${u.job}` : ''}${u.names ? ` named "${u.names.shown}"` : ''} (${u.reason})`)
                .join('; ')}`);
    }
    if (queueUnknown)
        reasons.push(`the rulesets of ${branch} could not be read, so whether it merges through a merge queue (where the check must also be reported on \`merge_group\`) is not known`);
    return {
        id,
        status: 'unverified',
        message: `'${info.ctx}' (${info.where}) is not certain to be reported wherever a merge into ${branch} waits for it: ${reasons.join('; ')}`,
        ...location,
        unlock: [
            ...(paths
                ? [
                    `${SKIPPED_DOCS}: a workflow skipped by a path filter leaves its checks Pending and blocks the merge, while a job skipped by its if: reports Success. Either run the workflow on every pull request and skip the job with a job-level if: (on the files a preceding job finds changed), or keep the filter and add a workflow that runs when it skips, with a job reporting '${info.ctx}'`
                ]
                : []),
            ...(other
                ? [
                    `make sure '${info.ctx}' is reported in the cases named above (${SKIPPED_DOCS}: a workflow that does not run leaves its checks Pending)`
                ]
                : []),
            ...(unnamed
                ? [
                    `the names of the jobs named above are only known when their workflow runs: check on a recent pull request that one of them reports '${info.ctx}'`
                ]
                : [])
        ].join('; ')
    };
}
function verdictFor(need, name, makers, c) {
    const reach = bestReach(makers.map((m) => reachOf(m, need, opts(c))));
    const unknown = reach.reach === 'always'
        ? []
        : c.names.unresolved.filter((u) => couldMake(u, name, need, c.branch));
    return { need, reach, unknown };
}
function opts(c) {
    return { base: c.branch, ...(c.repository !== undefined ? { repository: c.repository } : {}) };
}
/** The makers that reach every need, described (all makers when none alone does). */
function reachingMakers(makers, needs, c) {
    const all = makers.filter((m) => needs.every((n) => reachOf(m, n, opts(c)).reach === 'always'));
    return (all.length > 0 ? all : makers).map(describeProducer);
}
/** No job makes the name, and no job with an unknown name could. */
function noMaker(id, info, c) {
    const producible = [...new Set(c.names.checks.map((p) => p.name))];
    const close = (0,check_names/* closestNames */.g9)(info.ctx, producible);
    const refused = c.names.unresolved.filter((u) => u.names?.alternatives.length === 0 && u.job === '');
    return {
        id,
        status: 'failed',
        message: `no workflow job produces '${info.ctx}' (${info.where}): every merge into ${c.branch} would wait for it forever${close.length ? `; closest producible names: ${close.map((n) => `'${n}'`).join(', ')}` : ''}${refused.length ? `; GitHub would run none of ${refused.map((u) => u.workflow).join(', ')} (${refused.map((u) => u.reason).join('; ')})` : ''}`,
        remediation: `rename the required check to what a job reports (see \`npx gonogo check-names\`), or add a job that reports '${info.ctx}'`
    };
}
function uniq(x, i, all) {
    return all.indexOf(x) === i;
}

// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(484);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var client = __webpack_require__(6720);
// EXTERNAL MODULE: ./src/github/branch-rules.ts
var branch_rules = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
// EXTERNAL MODULE: ./src/io/policy-file.ts
var policy_file = __webpack_require__(9707);
// EXTERNAL MODULE: ./src/io/workflows.ts
var io_workflows = __webpack_require__(2886);
// EXTERNAL MODULE: ./src/workflow/local-uses.ts
var local_uses = __webpack_require__(7903);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
// EXTERNAL MODULE: ./src/core/org-policy.ts
var org_policy = __webpack_require__(2604);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/verify-markdown.ts

const ICON = { passed: '✅', failed: '❌', unverified: '🟡' };
function fmt(v) {
    if (v === undefined)
        return '—';
    if (Array.isArray(v))
        return v.length
            ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ')
            : 'none';
    if (typeof v === 'object' && v !== null)
        return JSON.stringify(v);
    if (typeof v === 'boolean')
        return v ? 'on' : 'off';
    return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
}
/** Splits `release/1.0/min-approvals` at the branch it names (branch names may contain `/`). */
function split(id, branches) {
    const b = [...branches].sort((x, y) => y.length - x.length).find((x) => id.startsWith(`${x}/`));
    if (b)
        return [b, id.slice(b.length + 1)];
    const cut = id.lastIndexOf('/');
    return cut > 0 ? [id.slice(0, cut), id.slice(cut + 1)] : ['—', id];
}
function rows(checks, branches) {
    return checks.map((c) => {
        const [branch, setting] = split(c.id, branches);
        return `| ${(0,render_escape/* code */.aY)(branch, 60)} | ${(0,render_escape/* code */.aY)(setting, 80)} | ${(0,render_escape/* escapeText */.X1)(fmt(c.wanted), 120)} | ${(0,render_escape/* escapeText */.X1)(fmt(c.observed), 120)} | ${ICON[c.status] ?? ''} ${c.status} | ${(0,render_escape/* escapeText */.X1)(c.message, 300)}${c.unlock ? ` — unlock: ${(0,render_escape/* escapeText */.X1)(c.unlock, 200)}` : ''} |`;
    });
}
/** Job summary: wanted vs observed per branch and setting, then producibility of required checks. */
function renderVerifyMarkdown(o) {
    const out = [];
    out.push(`## gonogo: branch rules ${ICON[o.branchProtection.status] ?? ''} ${o.branchProtection.status}, required checks ${ICON[o.requiredChecks.status] ?? ''} ${o.requiredChecks.status}`, '');
    out.push(`Branches: ${o.branches.length ? o.branches.map((b) => (0,render_escape/* code */.aY)(b, 60)).join(', ') : 'none'} · API requests: ${o.requests}`, '');
    out.push('### Wanted vs observed', '', '| Branch | Setting | Wanted | Observed | Status | Detail |', '|---|---|---|---|---|---|');
    out.push(...rows(o.branchProtection.checks, o.branches));
    out.push('', '### Required checks a workflow can produce', '', '| Branch | Check | Wanted | Observed | Status | Detail |', '|---|---|---|---|---|---|');
    out.push(...rows(o.requiredChecks.checks, o.branches), '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/ruleset-verify/run-verify.ts


















const BRANCH_PROTECTION_REPORT = 'branch-protection.json';
const REQUIRED_CHECKS_REPORT = 'required-checks.json';
/** Reads branch rules and workflows, compares them with the policy, writes the two reports. */
async function runVerify(o) {
    const outDir = external_node_path_default().resolve(o.output);
    await Promise.all([BRANCH_PROTECTION_REPORT, REQUIRED_CHECKS_REPORT].map((f) => (0,promises_.rm)(external_node_path_default().join(outDir, f), { force: true })));
    const ws = await workspace.Workspace.open(o.workspace);
    // The org policy's overrides that match this repository apply here too (core/org-policy.ts).
    const policy = (0,org_policy/* effectivePolicy */.Ci)(await (0,policy_file.loadPolicy)(ws, o.config), `${o.owner}/${o.repo}`).policy;
    if (!policy.branches) {
        throw new errors/* ConfigurationError */.j1(`${o.config}: no 'branches:' section; declare the protection wanted per branch (see action-ruleset-verify/README.md)`);
    }
    if (!/^[A-Za-z0-9_.-]+$/.test(o.owner) || !/^[A-Za-z0-9_.-]+$/.test(o.repo)) {
        throw new errors/* ConfigurationError */.j1(`repository '${o.owner}/${o.repo}' is not of the form owner/name`);
    }
    let requests = 0;
    const gh = (0,client.createClient)(o.token, {
        baseUrl: o.apiUrl,
        onRequest: () => requests++,
        ...(o.log ? { log: o.log } : {}),
        ...(o.retryBaseMs !== undefined ? { retryBaseMs: o.retryBaseMs } : {}),
        ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
        ...(o.deadlineMs !== undefined ? { deadlineMs: o.deadlineMs } : {}),
        ...(o.deadline ? { deadline: o.deadline } : {})
    });
    const workflows = await (0,io_workflows.readWorkflows)(ws);
    const { branchProtection, requiredChecks, branches } = await verifyRepository({
        gh,
        apiUrl: o.apiUrl,
        owner: o.owner,
        repo: o.repo,
        policy,
        config: o.config,
        branches: o.branches,
        ...(o.defaultBranch ? { defaultBranch: o.defaultBranch } : {}),
        workflows,
        sha: o.sha,
        ref: o.ref,
        effectiveTime: o.effectiveTime
    });
    const paths = await (0,atomic_write/* writeAllOrNothing */.P)(outDir, [
        { name: BRANCH_PROTECTION_REPORT, content: `${(0,canonical_json/* stableStringify */.J)(branchProtection)}\n` },
        { name: REQUIRED_CHECKS_REPORT, content: `${(0,canonical_json/* stableStringify */.J)(requiredChecks)}\n` }
    ]);
    const markdown = renderVerifyMarkdown({ branchProtection, requiredChecks, requests, branches });
    return { branchProtection, requiredChecks, paths, markdown, requests, branches };
}
/**
 * Branch rules of one repository against the policy's `branches:`, and whether every required
 * check is produced by one of its workflows: the two reports, not written. Shared by the
 * single-repository verify-rules (a checkout's workflows) and the organisation shards (workflows
 * through the contents API).
 */
async function verifyRepository(o) {
    const gh = o.gh;
    const policy = o.policy;
    if (!policy.branches) {
        throw new errors/* ConfigurationError */.j1(`${o.config}: no 'branches:' section; declare the protection wanted per branch (see action-ruleset-verify/README.md)`);
    }
    const repo = { owner: o.owner, repo: o.repo };
    let defaultName = o.defaultBranch;
    const generic = [];
    if (!defaultName) {
        const d = await (0,branch_rules.defaultBranch)(gh, repo);
        if (d.ok)
            defaultName = d.value;
        else if (o.branches.length === 0) {
            generic.push({
                id: 'default-branch',
                status: 'unverified',
                message: `the default branch could not be read: ${d.reason}`,
                unlock: d.unlock
            });
        }
    }
    const patterns = o.branches.length > 0 ? [...o.branches] : defaultName ? [defaultName] : [];
    const matched = o.branches.length === 0 && defaultName && o.defaultBranchListed && o.defaultBranch
        ? { ok: true, value: [{ pattern: defaultName, branches: [defaultName] }] }
        : patterns.length > 0
            ? await (0,branch_rules/* matchingBranches */.KB)(gh, repo, patterns)
            : { ok: true, value: [] };
    if (!matched.ok) {
        generic.push({
            id: 'branches',
            status: 'unverified',
            message: `the branches matching ${patterns.join(', ')} could not be listed: ${matched.reason}`,
            unlock: matched.unlock
        });
    }
    for (const m of matched.ok ? matched.value : []) {
        if (m.branches.length > 0)
            continue;
        generic.push({
            id: `${m.pattern}/exists`,
            status: 'failed',
            message: picomatch_default().scan(m.pattern).isGlob
                ? `no branch matches '${m.pattern}'`
                : `branch '${m.pattern}' does not exist in ${o.owner}/${o.repo}`,
            remediation: 'check the branches input (names and globs of existing branches)'
        });
    }
    const branches = matched.ok ? [...new Set(matched.value.flatMap((m) => m.branches))].sort() : [];
    const facts = await (0,branch_rules.fetchBranchFacts)(gh, repo, branches, defaultName);
    // Only a check pinned to some app other than github.com's Actions needs the server's Actions app id.
    const pinnedApps = facts.flatMap((f) => [
        ...(f.effectiveRules.ok ? f.effectiveRules.value.flatMap((r) => appIds(r.parameters)) : []),
        ...(f.classic.ok && f.classic.value
            ? (f.classic.value.required_status_checks?.checks ?? []).map((c) => c.app_id ?? 0)
            : [])
    ]);
    const actionsAppId = pinnedApps.some((id) => id > 0 && id !== GITHUB_ACTIONS_APP_ID)
        ? await actionsApp(gh, o.apiUrl)
        : GITHUB_ACTIONS_APP_ID;
    const names = (0,check_names.deriveCheckNames)([...o.workflows], {
        resolveLocal: (0,local_uses/* localResolver */.yT)([...o.workflows])
    });
    const bp = [...generic];
    const rc = [...generic];
    for (const f of facts) {
        const entry = (0,branch_entry/* branchEntryFor */.M)(policy.branches, f.branch);
        if (!entry) {
            bp.push({
                id: `${f.branch}/policy`,
                status: 'failed',
                message: `no entry under branches: in ${o.config} matches ${f.branch}`,
                remediation: `add branches.${f.branch} (or a glob that matches it) to ${o.config}`
            });
        }
        else
            bp.push(...(0,branch_protection/* checkBranch */.DC)(f.branch, entry.policy, f));
        rc.push(...checkProducible(f.branch, entry?.policy, f, names, actionsAppId, `${o.owner}/${o.repo}`));
    }
    const subject = {
        repository: `${o.owner}/${o.repo}`,
        sha: o.sha,
        ...(o.ref ? { ref: o.ref } : {})
    };
    const generatedAt = new Date(o.effectiveTime).toISOString();
    const branchProtection = (0,report/* makeReport */.d)({
        control: 'branch-protection',
        subject,
        generatedAt,
        generator: 'ruleset-verify',
        checks: bp,
        facts: factsSummary(facts)
    });
    const requiredChecks = (0,report/* makeReport */.d)({
        control: 'required-checks',
        subject,
        generatedAt,
        generator: 'ruleset-verify',
        checks: rc,
        facts: {
            producible: [...new Set(names.checks.map((c) => c.name))].sort(),
            unresolved: names.unresolved.map((u) => ({
                workflow: u.workflow,
                job: u.job,
                reason: u.reason,
                ...(u.line !== undefined ? { line: u.line } : {})
            }))
        }
    });
    return { branchProtection, requiredChecks, branches };
}
function factsSummary(facts) {
    return facts.map((f) => ({
        branch: f.branch,
        effective_rules: f.effectiveRules.ok
            ? {
                rules: f.effectiveRules.value.length,
                rulesets: [...new Set(f.effectiveRules.value.map((r) => r.ruleset_id))].sort((a, b) => a - b)
            }
            : { unreadable: f.effectiveRules.reason },
        rulesets: f.rulesets.ok
            ? f.rulesets.value
                .map((r) => ({
                id: r.id,
                name: r.name,
                enforcement: r.enforcement,
                source: r.source,
                bypass_visible: r.bypassActors !== undefined
            }))
                .sort((a, b) => a.id - b.id)
            : { unreadable: f.rulesets.reason },
        classic: f.classic.ok
            ? f.classic.value
                ? 'protected'
                : 'not protected'
            : { unreadable: f.classic.reason }
    }));
}
/** The Actions app id looked up once per client (it is the server's, the same for every repository). */
const actionsAppIds = new WeakMap();
/**
 * GitHub Actions' app id: 15368 on github.com; on GitHub Enterprise Server it is looked up
 * (`GET /apps/github-actions`), once per client (an organisation's shard asks for it once, not
 * per repository; a failed lookup is not kept). If the lookup fails the github.com id is used, so checks pinned to the
 * server's Actions app read as "another app" and end unverified, never passed.
 */
function actionsApp(gh, apiUrl) {
    if (apiUrl.replace(/\/+$/, '') === 'https://api.github.com')
        return Promise.resolve(GITHUB_ACTIONS_APP_ID);
    let known = actionsAppIds.get(gh);
    if (!known) {
        const asked = gh
            .request('GET /apps/{app_slug}', { app_slug: 'github-actions' })
            .then(({ data }) => (typeof data?.id === 'number' ? data.id : GITHUB_ACTIONS_APP_ID), () => {
            // Not kept: the next repository asks again.
            if (actionsAppIds.get(gh) === asked)
                actionsAppIds.delete(gh);
            return GITHUB_ACTIONS_APP_ID;
        });
        actionsAppIds.set(gh, (known = asked));
    }
    return known;
}
function appIds(params) {
    const checks = Array.isArray(params?.required_status_checks)
        ? params.required_status_checks
        : [];
    return checks.map((c) => (typeof c.integration_id === 'number' ? c.integration_id : 0));
}


/***/ })

};
