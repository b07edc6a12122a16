export const id = 8992;
export const ids = [8992,4456];
export const modules = {

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports.A = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 5009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   DI: () => (/* binding */ isFailing),
/* harmony export */   Yv: () => (/* binding */ DECISIONS),
/* harmony export */   f: () => (/* binding */ normaliseStatusWord),
/* harmony export */   h$: () => (/* binding */ LEGACY_STATUS_WORDS)
/* harmony export */ });
/* unused harmony exports REPORT_STATUSES, CONTROL_STATUSES, SEVERITIES */
/** Status words: one place for each of them. */
/** What a report says about itself (the report contract). */
const REPORT_STATUSES = (/* unused pure expression or super */ null && (['passed', 'failed', 'unverified']));
/**
 * What the gate concluded about one control's evidence. `missing`, `invalid` and `stale` are
 * evidence problems; they count as failed.
 */
const CONTROL_STATUSES = (/* unused pure expression or super */ null && ([
    'passed',
    'failed',
    'unverified',
    'missing',
    'invalid',
    'stale'
]));
const DECISIONS = ['go', 'conditional-go', 'no-go'];
const SEVERITIES = (/* unused pure expression or super */ null && (['high', 'medium']));
/** Older governance scripts wrote free-form status words; this is how each one reads. */
const LEGACY_WORDS = {
    passed: 'passed',
    pass: 'passed',
    ok: 'passed',
    healthy: 'passed',
    success: 'passed',
    failed: 'failed',
    fail: 'failed',
    error: 'failed',
    breach: 'failed',
    // GitHub's check conclusions, as reports copy them.
    failure: 'failed',
    timed_out: 'failed',
    cancelled: 'failed',
    canceled: 'failed',
    // The older consolidated summaries' words for an input that is absent or unreadable.
    missing: 'failed',
    invalid: 'failed',
    unverified: 'unverified',
    unknown: 'unverified',
    pending: 'unverified',
    partial: 'unverified',
    warning: 'unverified'
};
const LEGACY_STATUS_WORDS = Object.keys(LEGACY_WORDS).sort();
/** Normalises a status word; `undefined` for a word nobody defined (the caller fails closed). */
function normaliseStatusWord(word) {
    const key = word.trim().toLowerCase();
    return Object.hasOwn(LEGACY_WORDS, key) ? LEGACY_WORDS[key] : undefined;
}
/** Statuses that count as a failed control before waivers. */
function isFailing(status) {
    return status !== 'passed' && status !== 'unverified';
}
/** Worst first: the status a control gets when several files feed it. */
const PRECEDENCE = [
    'invalid',
    'stale',
    'missing',
    'failed',
    'unverified',
    'passed'
];
function worstStatus(statuses) {
    if (statuses.length === 0)
        return 'missing';
    let worst = PRECEDENCE.length - 1;
    for (const s of statuses)
        worst = Math.min(worst, PRECEDENCE.indexOf(s));
    return PRECEDENCE[worst];
}


/***/ })

};
