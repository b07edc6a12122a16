export const id = 733;
export const ids = [733];
export const modules = {

/***/ 8733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createActionsHistory: () => (/* binding */ createActionsHistory)
/* harmony export */ });
/* harmony import */ var _core_facts_runtime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9389);
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1893);
/* harmony import */ var _branch_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6689);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(572);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(957);
/**
 * Workflow runs and their jobs from the Actions REST API, within a request budget (moved from
 * checks/ci-trend/fetch.ts). Implements `ActionsHistory` of core/facts-runtime.ts over
 * `createClient` (its per-request timeout, run deadline, retries and answer-size limits).
 *
 * Sources: GitHub REST "List workflow runs for a workflow"
 * (https://docs.github.com/en/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow),
 * "List jobs for a workflow run" (https://docs.github.com/en/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run),
 * "Get a repository" (https://docs.github.com/en/rest/repos/repos#get-a-repository).
 */





class BudgetExhausted extends Error {
}
const REPO_ROUTE = 'GET /repos/{owner}/{repo}';
const RUNS_ROUTE = 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs';
const JOBS_ROUTE = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs';
// Shapes read (OpenAPI `workflow-run`, `job`, `full-repository`), restricted to the fields used.
const RUN_SHAPE = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    id: _answer_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu,
    run_number: _answer_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu,
    run_attempt: (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu),
    head_sha: _answer_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
    created_at: _answer_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx
});
const JOB_SHAPE = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    name: _answer_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
    run_attempt: (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu),
    conclusion: (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .me)(_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx),
    started_at: (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .me)(_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx),
    completed_at: (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .me)(_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)
});
const REPO_SHAPE = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({ default_branch: _answer_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx });
/**
 * Items of a `{ total_count, <key>: [...] }` list, page by page, until `max` items or the end.
 * A page without the list, or with an item of the wrong shape (`null` included), is a
 * MalformedAnswerError naming the endpoint.
 */
async function listItems(gh, route, params, key, item, max, perPage) {
    const out = [];
    const shape = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({ [key]: (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(item) });
    for (let page = 1; out.length < max && page <= 100; page++) {
        const res = await gh.request(route, { ...params, per_page: perPage, page });
        const items = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .expectShape */ .hG)(res.data, shape, route, `a list of ${key.replace(/_/g, ' ')}`)[key];
        out.push(...items);
        const link = res.headers.link ?? '';
        if (!/rel="next"/.test(link) || items.length === 0)
            break;
    }
    return out.slice(0, max);
}
/**
 * The Actions history of one repository. Each `open` makes its own client (so `deadlineMs`
 * counts from then) whose every request, retries and pages included, counts against the reader's
 * `maxRequests`; past it, requests are refused and the answer is a `budget` failure.
 */
function createActionsHistory(a) {
    return {
        open: (o) => openReader(a, o)
    };
}
function openReader(a, o) {
    let requests = 0;
    const gh = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__.createClient)(a.token, {
        baseUrl: a.apiUrl,
        log: o.log,
        ...(a.timeoutMs !== undefined ? { timeoutMs: a.timeoutMs } : {}),
        ...(a.deadlineMs !== undefined ? { deadlineMs: a.deadlineMs } : {}),
        ...(a.deadline ? { deadline: a.deadline } : {}),
        onRequest: () => {
            requests++;
            if (requests > o.maxRequests)
                throw new BudgetExhausted(`stopped after ${o.maxRequests} requests (${o.budgetName})`);
        }
    });
    // The budget check throws inside fetch, which Octokit wraps: judge by the count itself.
    const failure = (e, endpoint) => {
        const f = (0,_branch_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .Ic)(e, _core_facts_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .ACTIONS_READ_UNLOCK */ .M6);
        return {
            kind: e instanceof BudgetExhausted || requests > o.maxRequests
                ? 'budget'
                : (0,_status_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c)(e) === 404
                    ? 'not-found'
                    : 'unavailable',
            endpoint,
            reason: f.reason,
            unlock: f.unlock,
            maxRequests: o.maxRequests,
            rateLimited: /rate limit/.test(f.reason)
        };
    };
    return {
        get requests() {
            return requests;
        },
        defaultBranch: async () => {
            try {
                const { data } = await gh.request(REPO_ROUTE, { owner: a.owner, repo: a.repo });
                const repo = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .expectShape */ .hG)(data, REPO_SHAPE, REPO_ROUTE, 'a repository');
                return { ok: true, value: repo.default_branch };
            }
            catch (e) {
                return { ok: false, failure: failure(e, REPO_ROUTE) };
            }
        },
        workflowRuns: async (q) => {
            const at = { endpoint: RUNS_ROUTE };
            try {
                return { ok: true, value: await readRuns(gh, a, q, at) };
            }
            catch (e) {
                return { ok: false, failure: failure(e, at.endpoint) };
            }
        }
    };
}
/** The last `window` completed runs of a workflow and their jobs (all attempts). */
async function readRuns(gh, a, q, at) {
    const runs = await listItems(gh, RUNS_ROUTE, {
        owner: a.owner,
        repo: a.repo,
        workflow_id: q.workflow,
        branch: q.branch,
        status: 'completed',
        created: `<=${new Date(q.createdAtOrBefore).toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
        ...(q.event ? { event: q.event } : {})
    }, 'workflow_runs', RUN_SHAPE, q.window, Math.min(100, q.window)).then((rs) => rs.filter((r) => Date.parse(r.created_at) <= q.createdAtOrBefore));
    at.endpoint = JOBS_ROUTE;
    const out = [];
    for (const r of runs) {
        const jobs = await listItems(gh, JOBS_ROUTE, { owner: a.owner, repo: a.repo, run_id: r.id, filter: 'all' }, 'jobs', JOB_SHAPE, 10_000, 100);
        const byName = {};
        for (const j of jobs) {
            const start = j.started_at ? Date.parse(j.started_at) : NaN;
            const end = j.completed_at ? Date.parse(j.completed_at) : NaN;
            const attempt = {
                attempt: j.run_attempt ?? 1,
                conclusion: j.conclusion,
                ...(Number.isFinite(start) && Number.isFinite(end) && end >= start
                    ? { duration: Math.round((end - start) / 1000) }
                    : {})
            };
            (byName[j.name] ??= []).push(attempt);
        }
        for (const attempts of Object.values(byName))
            attempts.sort((x, y) => x.attempt - y.attempt);
        out.push({
            id: r.id,
            number: r.run_number,
            head_sha: r.head_sha,
            created_at: r.created_at,
            attempts: r.run_attempt ?? 1,
            jobs: sortKeys(byName)
        });
    }
    return out;
}
function sortKeys(o) {
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}


/***/ })

};
