export const id = 6720;
export const ids = [6720,957];
export const modules = {

/***/ 6720:
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
  EtagCache: () => (/* reexport */ EtagCache),
  REVALIDATED_HEADER: () => (/* reexport */ REVALIDATED_HEADER),
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/io/bundle-copy.ts
var bundle_copy = __webpack_require__(426);
;// CONCATENATED MODULE: ./src/github/etag-cache.ts





/** Largest answer kept (a workflow file's content object is at most ~1.4 MiB of base64). */
const DEFAULT_MAX_ENTRY_BYTES = 2 * 1024 * 1024;
/** Largest folder kept; the oldest entries go first beyond it. */
const DEFAULT_MAX_CACHE_BYTES = 256 * 1024 * 1024;
const ENTRY = /^[0-9a-f]{64}\.json$/;
/**
 * Set on an answer served from the cache after a 304 (its value: the ETag), so that budget
 * keeping can tell it cost no rate limit.
 */
const REVALIDATED_HEADER = 'x-gonogo-not-modified';
/** Headers of the answer kept with its body; everything else comes from the live 304. */
const KEPT_HEADERS = ['content-type', 'link'];
/**
 * Conditional requests with ETags (docs: "Best practices for using the REST API", use
 * conditional requests if appropriate; "Rate limits for the REST API": a 304 answer to an
 * authorised request does not count against the primary rate limit). A folder holding, per GET
 * URL and Accept header, the last 200 answer's ETag and body. A GET whose entry is there is sent
 * with `If-None-Match`; only a 304 from the server makes its body the answer (as a 200), so an
 * entry is never trusted on its own (and one whose body no longer matches its
 * SHA-256 is not used at all). The key is a SHA-256 of the method, URL and Accept header;
 * no request header (the token) is stored, and an answer holding a registered secret is not
 * kept. Entries are written atomically (temporary name, then rename), bounded per entry and in
 * total (oldest by modification time evicted first), and any entry that cannot be read, is not an
 * entry, or is for another URL is ignored and the request sent plainly. Safe to share between
 * processes (a rename replaces a whole entry); never throws into a request.
 *
 * Trust: the folder is trusted input, like the policy file. The SHA-256 only catches damage, not
 * an edit: whoever can write an entry (body replaced, SHA-256 recomputed, ETag kept) decides what
 * a 304 answers, and so a verdict. In Actions keep it only through actions/cache keyed from the
 * scheduled (default-branch) workflow of the repository holding the policy: a cache written
 * there can be written only by code that runs on that branch, which could change the policy
 * anyway, and caches written from pull-request refs are not visible to default-branch runs
 * (GitHub docs, "Caching dependencies to speed up workflows", restrictions for accessing a
 * cache). Never point it at a folder an untrusted step or artifact fills.
 */
class EtagCache {
    dir;
    maxBytes;
    maxEntryBytes;
    stats = { conditional: 0, notModified: 0, stored: 0, ignored: 0 };
    index;
    total = 0;
    /** Writes one at a time, so that the bound holds for this process's own writes. */
    writing = Promise.resolve();
    /** Writes not yet done, by file: a lookup of the same request waits for its own write only. */
    pending = new Map();
    /**
     * @param dir the folder (created on first write)
     * @param maxBytes bound of the folder's entries together, bytes
     * @param maxEntryBytes largest answer body kept, bytes
     */
    constructor(dir, maxBytes = DEFAULT_MAX_CACHE_BYTES, maxEntryBytes = DEFAULT_MAX_ENTRY_BYTES) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxEntryBytes;
    }
    /** The file an answer to this request is kept in. */
    fileFor(url, accept) {
        const h = (0,bundle_copy/* sha256Hex */.fg)(`GET\n${url}\n${accept}`);
        return external_node_path_default().join(this.dir, `${h}.json`);
    }
    /** The entry for the request, or undefined (none, unreadable, or not for this request). */
    async lookup(url, accept) {
        const file = this.fileFor(url, accept);
        await this.pending.get(file);
        let text;
        try {
            const st = await (0,promises_.stat)(file);
            if (!st.isFile() || st.size > this.maxEntryBytes * 2 + 64 * 1024) {
                this.stats.ignored++;
                return undefined;
            }
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                this.stats.ignored++;
            return undefined;
        }
        const entry = parseEntry(text);
        if (!entry || entry.url !== url || entry.accept !== accept) {
            this.stats.ignored++;
            return undefined;
        }
        return entry;
    }
    /**
     * Keeps a 200 answer that came with an ETag. Too large, holding a secret, or a write that
     * fails: not kept (the next run asks plainly). The write is queued, not waited for: an answer
     * is not held up by the disk (a first run wrote 4,697 entries one at a time while every request
     * waited); a later lookup of the same request waits for it, and {@link flush} for all of them.
     */
    store(url, accept, etag, headers, body) {
        const file = this.fileFor(url, accept);
        const next = this.writing
            .then(() => this.write(url, accept, etag, headers, body))
            .catch(() => undefined);
        this.writing = next;
        this.pending.set(file, next);
        void next.then(() => {
            if (this.pending.get(file) === next)
                this.pending.delete(file);
        });
    }
    /** Resolves when every queued write is done (call before the process ends or reads `stats`). */
    flush() {
        return this.writing;
    }
    async write(url, accept, etag, headers, body) {
        if (Buffer.byteLength(body) > this.maxEntryBytes || (0,secrets/* scrubSecrets */.Zg)(body) !== body)
            return;
        const entry = {
            v: 1,
            url,
            accept,
            etag,
            headers: Object.fromEntries(KEPT_HEADERS.flatMap((k) => {
                const v = headers.get(k);
                return v === null ? [] : [[k, v]];
            })),
            sha256: (0,bundle_copy/* sha256Hex */.fg)(body),
            body
        };
        const text = JSON.stringify(entry);
        const size = Buffer.byteLength(text);
        if (size > this.maxBytes)
            return;
        const file = this.fileFor(url, accept);
        const tmp = external_node_path_default().join(this.dir, `.${external_node_path_default().basename(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
        try {
            await (0,promises_.mkdir)(this.dir, { recursive: true });
            const index = await this.loadIndex();
            const name = external_node_path_default().basename(file);
            const before = index.get(name);
            if (before) {
                this.total -= before.size;
                index.delete(name);
            }
            await this.evict(index, size);
            await (0,promises_.writeFile)(tmp, text, { encoding: 'utf8', mode: 0o600 });
            await (0,promises_.rename)(tmp, file);
            index.set(name, { size, mtimeMs: Date.now() });
            this.total += size;
            this.stats.stored++;
        }
        catch {
            await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
        }
    }
    /** Sizes of the entries already in the folder (read once). */
    loadIndex() {
        this.index ??= (async () => {
            const out = new Map();
            let names = [];
            try {
                names = await (0,promises_.readdir)(this.dir);
            }
            catch {
                return out;
            }
            for (const n of names.filter((x) => ENTRY.test(x))) {
                try {
                    const st = await (0,promises_.stat)(external_node_path_default().join(this.dir, n));
                    if (st.isFile()) {
                        out.set(n, { size: st.size, mtimeMs: st.mtimeMs });
                        this.total += st.size;
                    }
                }
                catch {
                    /* gone meanwhile */
                }
            }
            return out;
        })();
        return this.index;
    }
    /** Removes the oldest entries until `incoming` more bytes fit in the bound. */
    async evict(index, incoming) {
        if (this.total + incoming <= this.maxBytes)
            return;
        const oldest = [...index].sort(([a, x], [b, y]) => x.mtimeMs - y.mtimeMs || (a < b ? -1 : a > b ? 1 : 0));
        for (const [name, { size }] of oldest) {
            if (this.total + incoming <= this.maxBytes)
                break;
            await (0,promises_.rm)(external_node_path_default().join(this.dir, name), { force: true }).catch(() => undefined);
            index.delete(name);
            this.total -= size;
        }
    }
}
function parseEntry(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const e = v;
    if (typeof e !== 'object' ||
        e === null ||
        e.v !== 1 ||
        typeof e.url !== 'string' ||
        typeof e.accept !== 'string' ||
        typeof e.etag !== 'string' ||
        e.etag === '' ||
        /[\r\n]/.test(e.etag) ||
        typeof e.body !== 'string' ||
        typeof e.sha256 !== 'string' ||
        e.sha256 !== (0,bundle_copy/* sha256Hex */.fg)(e.body) ||
        typeof e.headers !== 'object' ||
        e.headers === null)
        return undefined;
    const headers = {};
    for (const k of KEPT_HEADERS) {
        const h = e.headers[k];
        if (typeof h === 'string' && !/[\r\n]/.test(h))
            headers[k] = h;
    }
    return {
        v: 1,
        url: e.url,
        accept: e.accept,
        etag: e.etag,
        headers,
        sha256: e.sha256,
        body: e.body
    };
}
/** The request's headers as a plain lower-cased record. */
function headerRecord(init) {
    const out = {};
    const h = init?.headers;
    if (!h)
        return out;
    new Headers(h).forEach((v, k) => {
        out[k] = v;
    });
    return out;
}
const TEXTUAL = /^(application\/([\w.+-]*\+)?json|text\/)/i;
/**
 * fetch through the cache: a GET with an entry is sent with If-None-Match and a 304 is answered
 * with the entry's body as a 200 (the live answer's headers, rate-limit ones included, win over
 * the kept ones); a 200 with an ETag and a textual body is kept. Other methods, and requests
 * that already carry a conditional header, pass through unchanged.
 */
function etagFetch(base, cache) {
    return async (input, init) => {
        const method = (init?.method ?? 'GET').toUpperCase();
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const headers = headerRecord(init);
        if (method !== 'GET' ||
            (typeof input === 'object' && !(input instanceof URL)) ||
            headers['if-none-match'] !== undefined ||
            headers['if-modified-since'] !== undefined)
            return base(input, init);
        const accept = headers.accept ?? '';
        const entry = await cache.lookup(url, accept);
        let res;
        if (entry) {
            cache.stats.conditional++;
            res = await base(input, { ...init, headers: { ...headers, 'if-none-match': entry.etag } });
            if (res.status === 304) {
                cache.stats.notModified++;
                const merged = new Headers(res.headers);
                for (const [k, v] of Object.entries(entry.headers))
                    if (!merged.has(k))
                        merged.set(k, v);
                if (!merged.has('etag'))
                    merged.set('etag', entry.etag);
                merged.set(REVALIDATED_HEADER, entry.etag);
                merged.delete('content-length');
                const whole = new Response(entry.body, { status: 200, statusText: 'OK', headers: merged });
                Object.defineProperty(whole, 'url', { value: res.url || url });
                return whole;
            }
        }
        else
            res = await base(input, init);
        const etag = res.headers.get('etag');
        if (res.status === 200 && etag && !/[\r\n]/.test(etag)) {
            const type = res.headers.get('content-type') ?? '';
            if (TEXTUAL.test(type)) {
                const body = await res.clone().text();
                cache.store(url, accept, etag, res.headers, body);
            }
        }
        return res;
    };
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
 * messages. Limits and defaults: {@link ApiLimits}. Honours the runner's proxy settings. With an
 * ETag cache (`etagCache`) every GET is conditional and a
 * 304 Not Modified is answered from the cache as a 200 (src/github/etag-cache.ts); `onRequest`
 * still counts it, as it was sent.
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
    const bounded = boundedFetch(base, limits, deadline);
    const cache = o.etagCache;
    const gh = (0,github/* getOctokit */.Q)(token, {
        baseUrl: o.baseUrl.replace(/\/+$/, ''),
        request: { fetch: cache ? etagFetch(bounded, cache) : bounded }
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
const client_TEXTUAL = /^(application\/([\w.+-]*\+)?json|text\/)/i;
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
            const limit = client_TEXTUAL.test(type) || type === '' ? limits.maxBodyBytes : MAX_BINARY_BYTES;
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
