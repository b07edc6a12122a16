export const id = 992;
export const ids = [992];
export const modules = {

/***/ 5992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deploymentClient: () => (/* binding */ deploymentClient),
/* harmony export */   readDeploymentHistory: () => (/* binding */ readDeploymentHistory)
/* harmony export */ });
/* harmony import */ var _core_facts_runtime_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39389);
/* harmony import */ var _core_map_limit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43075);
/* harmony import */ var _core_promotion_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19918);
/* harmony import */ var _github_answer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1893);
/* harmony import */ var _github_branch_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56689);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54572);
/* harmony import */ var _github_paginate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71674);
/* harmony import */ var _github_deployment_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2020);
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
const CONCURRENCY = 6;
// Shapes read (OpenAPI `deployment`, `deployment-status`), restricted to the fields used.
const DEPLOYMENT_SHAPE = (0,_github_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ id: _github_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu, payload: _github_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .any */ .bz, created_at: _github_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx });
const STATUS_SHAPE = (0,_github_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)({ state: _github_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx, created_at: _github_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx });
/** Milliseconds of an ISO 8601 time, or undefined when it is not one. */
function timeOf(text) {
    const t = Date.parse(text);
    return Number.isFinite(t) ? t : undefined;
}
/** One client per history reader, made on first use. */
function deploymentClient(a) {
    return (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__.createClient)(a.token, {
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
        const deployments = (await (0,_github_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .listAll */ ._)(gh, LIST_ROUTE, { owner: a.owner, repo: a.repo, task: _core_promotion_js__WEBPACK_IMPORTED_MODULE_0__/* .PROMOTION_TASK */ .uv, environment }, { item: DEPLOYMENT_SHAPE, what: 'a list of deployments' })).sort((x, y) => x.id - y.id);
        const statuses = await (0,_core_map_limit_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(deployments, CONCURRENCY, (d) => (0,_github_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .listAll */ ._)(gh, STATUS_ROUTE, { owner: a.owner, repo: a.repo, deployment_id: d.id }, { maxPages: 10, item: STATUS_SHAPE, what: 'a list of deployment statuses' }));
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
                record: (0,_github_deployment_store_js__WEBPACK_IMPORTED_MODULE_5__/* .payloadOf */ .Md)(d),
                ...(startedAt !== undefined ? { startedAt } : {}),
                ...(known.length === successes.length ? { completedAt: Math.min(...known) } : {})
            });
        });
        return { ok: true, source: 'deployments', describe, entries };
    }
    catch (e) {
        const f = (0,_github_branch_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(e, _core_facts_runtime_js__WEBPACK_IMPORTED_MODULE_7__/* .DEPLOYMENTS_READ_UNLOCK */ .$5);
        const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__.statusOf)(e);
        return {
            ok: false,
            source: 'deployments',
            describe,
            reason: f.reason,
            unlock: f.unlock,
            ...((status === 401 || status === 403 || status === 404) && !/^rate limited/.test(f.reason)
                ? { permission: _core_facts_runtime_js__WEBPACK_IMPORTED_MODULE_7__/* .DEPLOYMENTS_READ_PERMISSION */ ._f }
                : {})
        };
    }
}


/***/ })

};
