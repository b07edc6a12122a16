export const id = 5511;
export const ids = [5511];
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

/***/ 5511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullsForCommits: () => (/* binding */ pullsForCommits)
/* harmony export */ });
/* unused harmony exports PULLS_PERMISSION, UNLOCK_PULLS, DEFAULT_MAX_PULL_LOOKUPS */
/* harmony import */ var _core_lineage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(654);
/* harmony import */ var _branch_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6689);
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6436);



const PULLS_PERMISSION = 'pull-requests: read';
const UNLOCK_PULLS = `a token with "${PULLS_PERMISSION}" (add \`permissions: pull-requests: read\` to the job)`;
/** Commits looked up through the API at most; the rest fall back to their subjects. */
const DEFAULT_MAX_PULL_LOOKUPS = 250;
const CONCURRENCY = 6;
/**
 * The merged pull requests of each commit (`GET /repos/{o}/{r}/commits/{sha}/pulls`), for at most
 * `maxCommits` commits (in the order given: newest first from git log); commits past the cap are
 * matched by their merge or squash subjects, with a gap. Any failure makes the whole lookup
 * `unavailable`, naming the permission, so that the lineage falls back to subjects for every
 * commit rather than mixing a partial answer in. Open pull requests that merely contain a
 * commit are not part of a release and are left out.
 */
async function pullsForCommits(gh, r, commits, options = {}) {
    const max = options.maxCommits ?? DEFAULT_MAX_PULL_LOOKUPS;
    const looked = commits.slice(0, max);
    const rest = commits.slice(max);
    const gaps = [];
    const found = [];
    for (let i = 0; i < looked.length; i += CONCURRENCY) {
        const batch = looked.slice(i, i + CONCURRENCY);
        const answers = await Promise.allSettled(batch.map((c) => (0,_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .listAll */ ._)(gh, 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner: r.owner, repo: r.repo, commit_sha: c.sha }, 10)));
        for (const [k, a] of answers.entries()) {
            const sha = batch[k]?.sha ?? '';
            if (a.status === 'rejected')
                return { pulls: { unavailable: unavailable(a.reason, sha) }, gaps };
            for (const p of a.value) {
                if (typeof p?.number !== 'number' || p.merged_at === null || p.merged_at === undefined)
                    continue;
                const pull = { number: p.number, commits: [sha], source: 'api' };
                if (typeof p.title === 'string')
                    pull.title = p.title;
                if (typeof p.user?.login === 'string')
                    pull.author = p.user.login;
                pull.mergedAt = p.merged_at;
                if (typeof p.base?.ref === 'string')
                    pull.base = p.base.ref;
                if (typeof p.head?.ref === 'string')
                    pull.head = p.head.ref;
                found.push(pull);
            }
        }
    }
    if (rest.length > 0) {
        found.push(...(0,_core_lineage_js__WEBPACK_IMPORTED_MODULE_0__/* .pullsFromSubjects */ .Uc)(rest));
        gaps.push({
            what: 'pull requests',
            reason: `only the newest ${max} of ${commits.length} commits were looked up through the API; the other ${rest.length} are linked by merge and squash commit subjects only`
        });
    }
    return { pulls: (0,_core_lineage_js__WEBPACK_IMPORTED_MODULE_0__/* .mergePulls */ .$D)(found), gaps };
}
function unavailable(e, sha) {
    const at = `GET commits/${sha.slice(0, 7)}/pulls`;
    if (e instanceof _paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .UnreadablePageError */ .j)
        return `could not list pull requests through the API (${at}: ${e.message}); reading them needs a token with ${PULLS_PERMISSION}`;
    const f = (0,_branch_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .Ic)(e, UNLOCK_PULLS);
    const fix = f.unlock === UNLOCK_PULLS ? f.unlock : `${f.unlock}, with a token with ${PULLS_PERMISSION}`;
    return `could not list pull requests through the API (${at}: ${f.reason}); needs ${fix}`;
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
