export const id = 9389;
export const ids = [9389];
export const modules = {

/***/ 9389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ DEPLOYMENTS_READ_UNLOCK),
/* harmony export */   Eo: () => (/* binding */ MAX_SKIPPED_LISTED),
/* harmony export */   M6: () => (/* binding */ ACTIONS_READ_UNLOCK),
/* harmony export */   MV: () => (/* binding */ MAX_OUTPUTS),
/* harmony export */   Ps: () => (/* binding */ ISSUES_READ_UNLOCK),
/* harmony export */   _f: () => (/* binding */ DEPLOYMENTS_READ_PERMISSION),
/* harmony export */   g1: () => (/* binding */ STDERR_TAIL_BYTES),
/* harmony export */   ol: () => (/* binding */ ISSUES_READ_PERMISSION),
/* harmony export */   w2: () => (/* binding */ TOOL_MAX_OUTPUT_BYTES)
/* harmony export */ });
/**
 * Child processes and the Actions API, as built-in checks use them (see core/facts.ts).
 *
 * Implemented over the real machine by io/processes.ts (with io/replay-sandbox.ts) and over the
 * REST API by github/actions-history.ts; scripted in memory by __tests__/support/facts-runtime.ts.
 * No operation here throws for a failure of the outside world: a missing interpreter, a time-out,
 * an unreadable copy or an API error is a value the check judges. Times are milliseconds unless a
 * name says seconds; paths handed back are opaque strings the check only passes on or scrubs.
 *
 * Where the line is: the facts run things and read what they left (exit status, bounded output,
 * file digests, API records); the checks decide what to run, with which pinned environment, and
 * what the observations mean.
 */
/** Bytes of stdout (and, separately, stderr) a tool may write before it is killed: 4 MiB. */
const TOOL_MAX_OUTPUT_BYTES = 4 * 1024 * 1024;
/** Skipped entries listed one by one in {@link CopyFacts.skipped}. */
const MAX_SKIPPED_LISTED = 100;
/** Bytes of standard error kept in {@link CommandOutcome.stderrTail}. */
const STDERR_TAIL_BYTES = 4096;
/** Output files hashed per run, at most. */
const MAX_OUTPUTS = 100_000;
// ------------------------------------------------------------------------------------------------
// The Actions API (ci-trend)
/** The unlock for Actions API answers a token may not read. */
const ACTIONS_READ_UNLOCK = 'a token with "actions: read" (add `permissions: { actions: read }` to the job)';
// ------------------------------------------------------------------------------------------------
// Promotion history (rollback-drill)
/** The permission that reads GitHub deployments, as messages name it. */
const DEPLOYMENTS_READ_PERMISSION = 'deployments: read';
/** The unlock for a deployment history a token may not read. */
const DEPLOYMENTS_READ_UNLOCK = `a token with "${DEPLOYMENTS_READ_PERMISSION}" (add \`permissions: { deployments: read }\` to the job)`;
// ------------------------------------------------------------------------------------------------
// Incident history (the incidents built-in, issue 18)
/** The permission that reads the incident issues, as messages name it. */
const ISSUES_READ_PERMISSION = 'issues: read';
/** The unlock for incident issues a token may not read. */
const ISSUES_READ_UNLOCK = `a token with "${ISSUES_READ_PERMISSION}" (add \`permissions: { issues: read }\` to the job)`;


/***/ })

};
