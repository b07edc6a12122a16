export const id = 343;
export const ids = [343,572,957];
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

/***/ 572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AnswerTooLargeError: () => (/* binding */ AnswerTooLargeError),
  ApiDeadlineError: () => (/* binding */ ApiDeadlineError),
  ApiTimeoutError: () => (/* binding */ ApiTimeoutError),
  DEFAULT_API_LIMITS: () => (/* reexport */ DEFAULT_API_LIMITS),
  Deadline: () => (/* reexport */ Deadline),
  createClient: () => (/* binding */ createClient),
  statusOf: () => (/* reexport */ github_status.statusOf)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 20 modules
var utils = __webpack_require__(8665);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/github/api-limits.ts

const DEFAULT_API_TIMEOUT_S = 20;
const DEFAULT_API_DEADLINE_S = 300;
const DEFAULT_API_LIMITS = {
    timeoutMs: DEFAULT_API_TIMEOUT_S * 1000,
    deadlineMs: DEFAULT_API_DEADLINE_S * 1000,
    retries: 3,
    retryBaseMs: 1000,
    maxWaitMs: 60_000,
    maxBodyBytes: 32 * 1024 * 1024
};
/** Largest accepted setting: one day. */
const MAX_SECONDS = 86_400;
const SOURCES = {
    timeout: ['INPUT_API-TIMEOUT', 'GONOGO_API_TIMEOUT'],
    deadline: ['INPUT_API-DEADLINE', 'GONOGO_API_DEADLINE']
};
function seconds(env, names) {
    for (const name of names) {
        const raw = env[name]?.trim();
        if (!raw)
            continue;
        const label = name.startsWith('INPUT_')
            ? `Input '${name.slice('INPUT_'.length).toLowerCase()}'`
            : `Environment variable ${name}`;
        if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) <= 0 || Number(raw) > MAX_SECONDS)
            throw new errors/* ConfigurationError */.j1(`${label} must be a number of seconds between 0 and ${MAX_SECONDS}, got '${raw.slice(0, 40)}'.`);
        return Number(raw);
    }
    return undefined;
}
/**
 * The limits the environment asks for (action inputs first, then GONOGO_API_* variables), over
 * the defaults. Throws a ConfigurationError naming the input when a value is not a positive
 * number of seconds.
 */
function apiLimitsFromEnv(env = process.env) {
    const timeout = seconds(env, SOURCES.timeout);
    const deadline = seconds(env, SOURCES.deadline);
    return {
        ...DEFAULT_API_LIMITS,
        ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
        ...(deadline !== undefined ? { deadlineMs: deadline * 1000 } : {})
    };
}
/**
 * A point in time after which no request is sent. One Deadline may be shared by several clients
 * so that a whole run (the gate's history, comment and check run) has one budget.
 */
class Deadline {
    ms;
    now;
    at;
    constructor(
    /** Length of the budget, in ms (for messages). */
    ms, now = Date.now) {
        this.ms = ms;
        this.now = now;
        this.at = now() + ms;
    }
    /** ms left; 0 or less once passed. */
    remaining() {
        return this.at - this.now();
    }
    /** The budget in seconds, as messages and inputs state it. */
    get seconds() {
        return Math.round(this.ms / 100) / 10;
    }
}

// EXTERNAL MODULE: ./src/github/status.ts
var github_status = __webpack_require__(957);
;// CONCATENATED MODULE: ./src/github/client.ts







/** The deadline passed: no request is sent any more. */
class ApiDeadlineError extends Error {
    name = 'ApiDeadlineError';
}
/** An attempt got no complete answer in time. */
class ApiTimeoutError extends Error {
    name = 'ApiTimeoutError';
}
/** An answer larger than the client reads. */
class AnswerTooLargeError extends Error {
    name = 'AnswerTooLargeError';
}
/** Rate-limit waits per request. */
const MAX_RATE_LIMIT_WAITS = 2;
/** A timed-out request is tried again once at most: a server silent twice is down. */
const MAX_TIMEOUT_RETRIES = 1;
/** Binary answers (artifact zips) are read up to this size. */
const MAX_BINARY_BYTES = 2 * 1024 * 1024 * 1024;
/** GitHub's advice when a secondary rate limit gives no retry-after: wait a minute. */
const SECONDARY_WAIT_MS = 60_000;
/** Thrown inside fetch; the retry loop turns them into messages naming the endpoint. */
class AttemptTimeout extends Error {
    ms;
    byDeadline;
    constructor(ms, byDeadline) {
        super(`no answer within ${ms} ms`);
        this.ms = ms;
        this.byDeadline = byDeadline;
    }
}
class BodyTooLarge extends Error {
    limit;
    constructor(limit) {
        super(`answer larger than ${limit} bytes`);
        this.limit = limit;
    }
}
class DeadlineBeforeSend extends Error {
}
/**
 * An Octokit whose every request is bounded: a per-attempt timeout covering headers and body, a
 * whole-client deadline after which requests fail at once, bounded retries with exponential
 * backoff (a fresh count per request) honouring `retry-after` and `x-ratelimit-reset`, answers
 * read whole and capped in size, and the token scrubbed from what is sent and from error
 * messages. Limits and defaults: {@link ApiLimits}. Honours the runner's proxy settings.
 *
 * Retries are done here, not by @octokit/plugin-retry: that plugin keeps its retry count on
 * `options.request`, which @octokit/endpoint's mergeDeep shares by reference with the client's
 * defaults whenever a call passes no `request` option, so one request's count carried over to
 * the next and its first retry waited (count + 1)² s (25 s after one exhausted request).
 */
function createClient(token, o) {
    (0,secrets/* registerSecret */.cl)(token);
    const env = apiLimitsFromEnv();
    const limits = {
        timeoutMs: o.timeoutMs ?? env.timeoutMs,
        deadlineMs: o.deadlineMs ?? env.deadlineMs,
        retries: o.retries ?? env.retries,
        retryBaseMs: o.retryBaseMs ?? env.retryBaseMs,
        maxWaitMs: o.maxWaitMs ?? env.maxWaitMs,
        maxBodyBytes: o.maxBodyBytes ?? env.maxBodyBytes
    };
    const deadline = o.deadline ?? new Deadline(limits.deadlineMs);
    const base = utils/* defaults */.NT.request?.fetch ?? globalThis.fetch;
    const gh = (0,github/* getOctokit */.Q)(token, {
        baseUrl: o.baseUrl.replace(/\/+$/, ''),
        request: { fetch: boundedFetch(base, limits, deadline) }
    });
    gh.hook.wrap('request', async (request, options) => {
        const endpoint = `${String(options.method)} ${String(options.url)}`;
        const verb = options.method === 'GET' || options.method === 'HEAD' ? 'read' : 'sent';
        // Inner hooks are bound to this very options object (before-after-hook): scrub it in place.
        scrubRequest(options);
        const req = options.request;
        const maxRetries = typeof req?.retries === 'number' ? req.retries : limits.retries;
        let retries = 0;
        let timeouts = 0;
        let rateWaits = 0;
        const deadlineError = () => new ApiDeadlineError(`GitHub API deadline of ${deadline.seconds} s passed before ${endpoint} was ${verb}`);
        for (;;) {
            if (deadline.remaining() <= 0)
                throw deadlineError();
            o.onRequest?.();
            let e;
            try {
                return await request(options);
            }
            catch (caught) {
                e = caught;
            }
            const cause = e.cause;
            if (cause instanceof DeadlineBeforeSend)
                throw deadlineError();
            if (cause instanceof BodyTooLarge)
                throw new AnswerTooLargeError(`${endpoint} answered with more than ${Math.round(cause.limit / 1024 / 1024)} MiB; gonogo does not read answers that large`);
            let waitMs;
            if (cause instanceof AttemptTimeout) {
                if (cause.byDeadline)
                    throw deadlineError();
                if (timeouts >= MAX_TIMEOUT_RETRIES || retries >= maxRetries)
                    throw new ApiTimeoutError(`${endpoint} did not answer within ${cause.ms / 1000} s (${timeouts + 1} attempts)`);
                timeouts++;
                waitMs = backoff(limits.retryBaseMs, ++retries);
            }
            else {
                const kind = classify(e);
                if (kind === 'final' || (kind === 'retry' && retries >= maxRetries))
                    throw scrubError(e);
                if (kind === 'rate') {
                    waitMs = rateLimitWait(e);
                    const giveUp = rateWaits >= MAX_RATE_LIMIT_WAITS ||
                        waitMs > limits.maxWaitMs ||
                        waitMs >= deadline.remaining();
                    o.log?.(`GitHub rate limit on ${endpoint}: ${giveUp ? 'giving up' : `retrying after ${Math.ceil(waitMs / 1000)} s`}`);
                    if (giveUp)
                        throw scrubError(e);
                    rateWaits++;
                }
                else {
                    waitMs = Math.max(backoff(limits.retryBaseMs, ++retries), retryAfterMs(e) ?? 0);
                }
            }
            // A wait that would outlast the budget ends the request now, with what went wrong.
            if (waitMs > limits.maxWaitMs || waitMs >= deadline.remaining())
                throw scrubError(e);
            o.onRetry?.({
                endpoint,
                retry: retries + rateWaits,
                waitMs,
                reason: cause instanceof AttemptTimeout ? 'timeout' : `HTTP ${(0,github_status.statusOf)(e) ?? 'error'}`
            });
            await sleep(waitMs);
        }
    });
    return gh;
}
function backoff(baseMs, retry) {
    return baseMs * 2 ** (retry - 1);
}
function headersOf(e) {
    return (e.response?.headers ?? {});
}
function messageOf(e) {
    const data = e.response?.data;
    const m = data?.message;
    return typeof m === 'string' ? m : e instanceof Error ? e.message : '';
}
/** retry: 5xx and dropped connections; rate: a rate limit; final: anything else. */
function classify(e) {
    const status = (0,github_status.statusOf)(e);
    if (status === undefined)
        return 'final';
    const h = headersOf(e);
    if (status === 429)
        return 'rate';
    if (status === 403 &&
        (h['x-ratelimit-remaining'] === '0' ||
            h['retry-after'] !== undefined ||
            /rate limit/i.test(messageOf(e))))
        return 'rate';
    return status >= 500 ? 'retry' : 'final';
}
function retryAfterMs(e) {
    const v = headersOf(e)['retry-after']?.trim();
    if (!v)
        return undefined;
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    const at = Date.parse(v);
    return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}
/** How long GitHub asks us to wait (docs: "Rate limits for the REST API", "Handle rate limit errors appropriately"). */
function rateLimitWait(e) {
    const after = retryAfterMs(e);
    if (after !== undefined)
        return after;
    const h = headersOf(e);
    const reset = Number(h['x-ratelimit-reset']);
    if (h['x-ratelimit-remaining'] === '0' && Number.isFinite(reset) && reset > 0)
        return Math.max(0, reset * 1000 - Date.now()) + 1000;
    return SECONDARY_WAIT_MS;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** Option keys that are Octokit's own, not data sent to GitHub. */
const STRUCTURAL = new Set(['method', 'url', 'baseUrl', 'headers', 'request', 'mediaType']);
/**
 * Removes every registered secret from the data a request sends (bodies, parameters), replacing
 * the top-level values of this per-request options object; nested values are copied, so the
 * caller's objects are left as they were.
 */
function scrubRequest(options) {
    const o = options;
    for (const [k, v] of Object.entries(o))
        if (!STRUCTURAL.has(k))
            o[k] = scrubDeep(v);
}
function scrubDeep(v, depth = 0) {
    if (typeof v === 'string')
        return (0,secrets/* scrubSecrets */.Zg)(v);
    if (depth > 32 || typeof v !== 'object' || v === null || v instanceof ArrayBuffer)
        return v;
    if (Array.isArray(v))
        return v.map((x) => scrubDeep(x, depth + 1));
    if (Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null)
        return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrubDeep(x, depth + 1)]));
}
/** The error with registered secrets removed from its message and the answer it carries. */
function scrubError(e) {
    if (!(e instanceof Error))
        return e;
    try {
        e.message = (0,secrets/* scrubSecrets */.Zg)(e.message);
        const res = e.response;
        if (res && res.data !== undefined)
            res.data = scrubDeep(res.data);
    }
    catch {
        // a frozen error stays as it is; messages are scrubbed again where they are written
    }
    return e;
}
const TEXTUAL = /^(application\/([\w.+-]*\+)?json|text\/)/i;
/**
 * fetch with the per-attempt timeout (bounded by the deadline) over headers and body, the body
 * read whole here so that a reset or truncation mid-body is an error (Octokit would read it as
 * an empty answer), and its size capped.
 */
function boundedFetch(base, limits, deadline) {
    return async (input, init) => {
        const left = deadline.remaining();
        if (left <= 0)
            throw new DeadlineBeforeSend();
        const ms = Math.min(limits.timeoutMs, left);
        const byDeadline = ms < limits.timeoutMs;
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new AttemptTimeout(ms, byDeadline)), ms);
        const signal = init?.signal
            ? AbortSignal.any([init.signal, controller.signal])
            : controller.signal;
        const timedOut = () => controller.signal.aborted ? controller.signal.reason : undefined;
        try {
            let res;
            try {
                res = await base(input, { ...init, signal });
            }
            catch (e) {
                throw timedOut() ?? e;
            }
            const type = res.headers.get('content-type') ?? '';
            const limit = TEXTUAL.test(type) || type === '' ? limits.maxBodyBytes : MAX_BINARY_BYTES;
            const declared = Number(res.headers.get('content-length'));
            if (Number.isFinite(declared) && declared > limit) {
                await res.body?.cancel().catch(() => undefined);
                throw new BodyTooLarge(limit);
            }
            const chunks = [];
            let size = 0;
            if (res.body) {
                const reader = res.body.getReader();
                try {
                    for (;;) {
                        const { done, value } = await reader.read();
                        if (done)
                            break;
                        size += value.byteLength;
                        if (size > limit) {
                            await reader.cancel().catch(() => undefined);
                            throw new BodyTooLarge(limit);
                        }
                        chunks.push(value);
                    }
                }
                catch (e) {
                    if (e instanceof BodyTooLarge)
                        throw e;
                    throw (timedOut() ??
                        new Error(`the connection broke after ${size} bytes of the answer (${e instanceof Error ? e.message : String(e)})`));
                }
            }
            const nullBody = res.status === 204 || res.status === 205 || res.status === 304;
            const whole = new Response(nullBody ? null : Buffer.concat(chunks), {
                status: res.status,
                statusText: res.statusText,
                headers: res.headers
            });
            // Where a redirect led (artifact downloads end on a storage URL).
            Object.defineProperty(whole, 'url', { value: res.url });
            return whole;
        }
        finally {
            clearTimeout(timer);
        }
    };
}


/***/ }),

/***/ 9293:
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

/***/ 957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiErrorText: () => (/* binding */ apiErrorText),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _core_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8198);

/** The HTTP status of an Octokit error, if it has one (no Octokit import: cheap to load). */
function statusOf(e) {
    if (typeof e === 'object' && e !== null && 'status' in e) {
        const s = e.status;
        return typeof s === 'number' ? s : undefined;
    }
    return undefined;
}
/** Longest API error text quoted in a message. */
const MAX_ERROR_TEXT = 300;
/**
 * What an API error says, fit to quote in a report, summary, comment or check run: GitHub's
 * `message` (else the error's own), with registered secrets removed (an error body may echo the
 * request, Authorization header included), an HTML page named as such rather than quoted, on one
 * line and at most 300 characters.
 */
function apiErrorText(e) {
    const data = e?.response?.data;
    const m = data?.message;
    let text = typeof m === 'string'
        ? m
        : typeof data === 'string' && data.trim() !== ''
            ? data
            : e instanceof Error
                ? e.message
                : String(e);
    if (/^\s*<(!doctype|html|\?xml|head|body)/i.test(text)) {
        const title = /<title[^>]*>([^<]{0,120})<\/title>/i.exec(text)?.[1]?.trim();
        text = `an HTML page${title ? ` titled '${title}'` : ''} instead of JSON`;
    }
    text = (0,_core_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(text).replace(/\s+/g, ' ').trim();
    return text.length > MAX_ERROR_TEXT ? `${text.slice(0, MAX_ERROR_TEXT - 1)}…` : text;
}


/***/ })

};
