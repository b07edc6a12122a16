export const id = 584;
export const ids = [584];
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


/***/ })

};
