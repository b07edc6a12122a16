export const id = 957;
export const ids = [957];
export const modules = {

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
