export const id = 972;
export const ids = [972];
export const modules = {

/***/ 972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploymentClient: () => (/* binding */ deploymentClient),
  readDeploymentHistory: () => (/* binding */ readDeploymentHistory)
});

// EXTERNAL MODULE: ./src/core/facts-runtime.ts
var facts_runtime = __webpack_require__(9389);
// EXTERNAL MODULE: ./src/core/map-limit.ts
var map_limit = __webpack_require__(3075);
// EXTERNAL MODULE: ./src/core/promotion.ts
var promotion = __webpack_require__(9918);
// EXTERNAL MODULE: ./src/github/answer.ts
var answer = __webpack_require__(1893);
// EXTERNAL MODULE: ./src/github/branch-rules.ts
var branch_rules = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/paginate.ts
var paginate = __webpack_require__(9293);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/github/deployment-store.ts






const DEPLOYMENTS_PERMISSION = 'deployments: write';
const UNLOCK = (/* unused pure expression or super */ null && (`a token with "${DEPLOYMENTS_PERMISSION}" (add \`permissions: deployments: write\` to the job)`));
/** GitHub keeps deployment and status descriptions to 140 characters. */
const MAX_DESCRIPTION = 140;
/** Status lookups in flight at once while reading a history. */
const CONCURRENCY = 6;
// Shapes read (OpenAPI `deployment`, `deployment-status`), restricted to the fields used.
const DEPLOYMENT_SHAPE = (0,answer/* obj */.WL)({ id: answer/* num */.bu, payload: answer/* any */.bz });
const STATUS_SHAPE = (0,answer/* obj */.WL)({ state: answer/* str */.gx });
const CREATED_SHAPE = (0,answer/* obj */.WL)({ id: answer/* num */.bu });
const STATUS_CREATED_SHAPE = (0,answer/* obj */.WL)({ id: answer/* num */.bu, state: answer/* str */.gx });
/** A state that ends a deployment without it having happened. */
const FAILED_STATES = new Set(['failure', 'error']);
function deployment_store_short(text) {
    return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}
/** A deployment's payload as a value: GitHub may hand it back as the JSON text it was given. */
function payloadOf(d) {
    if (typeof d.payload !== 'string')
        return d.payload;
    try {
        return JSON.parse(d.payload);
    }
    catch {
        return { unreadable: 'payload is not JSON' };
    }
}
function sequenceOf(d) {
    const p = payloadOf(d);
    if (p === null || typeof p !== 'object')
        return undefined;
    const n = p.sequence;
    return typeof n === 'number' ? n : undefined;
}
/**
 * Promotion records as GitHub deployments: one deployment per promotion (task `deploy:gonogo`,
 * the record as its payload) with statuses in_progress, then success or failure. The history of
 * an environment is its deployments that reached success, oldest first.
 *
 * Races: after creating its deployment (in_progress), a promotion lists the environment's
 * deployments again; if an earlier deployment claims the same record number and has not failed,
 * the earlier one wins and this one is marked failure, naming the winner. Deployment ids only
 * grow, so exactly one of racing promotions sees no earlier claimant.
 */
class DeploymentStore {
    gh;
    r;
    opts;
    describe;
    constructor(gh, r, opts = {}) {
        this.gh = gh;
        this.r = r;
        this.opts = opts;
        this.describe = `deployments of ${r.owner}/${r.repo}`;
    }
    async list(environment) {
        try {
            const all = await listAll(this.gh, 'GET /repos/{owner}/{repo}/deployments', {
                owner: this.r.owner,
                repo: this.r.repo,
                task: PROMOTION_TASK,
                environment
            }, { item: DEPLOYMENT_SHAPE, what: 'a list of deployments' });
            return all.sort((a, b) => a.id - b.id);
        }
        catch (e) {
            throw this.failure(`cannot list the deployments of ${environment}`, e);
        }
    }
    async statuses(id) {
        try {
            const all = await listAll(this.gh, 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { owner: this.r.owner, repo: this.r.repo, deployment_id: id }, { maxPages: 10, item: STATUS_SHAPE, what: 'a list of deployment statuses' });
            return all.map((s) => s.state);
        }
        catch (e) {
            throw this.failure(`cannot read the statuses of deployment ${id}`, e);
        }
    }
    failure(what, e) {
        const d = describeFailure(e, UNLOCK);
        return new ConfigurationError(`${what} in ${this.r.owner}/${this.r.repo}: ${d.reason}; ${d.unlock}`);
    }
    async history(environment) {
        const deployments = await this.list(environment);
        const states = await mapLimit(deployments, CONCURRENCY, (d) => this.statuses(d.id));
        return deployments
            .filter((_, i) => (states[i] ?? []).includes('success'))
            .map((d) => ({ where: `deployment ${d.id}`, record: payloadOf(d) }));
    }
    async create(record, description) {
        try {
            const res = await this.gh.request('POST /repos/{owner}/{repo}/deployments', {
                owner: this.r.owner,
                repo: this.r.repo,
                ref: record.bundle.subject.sha,
                task: PROMOTION_TASK,
                environment: record.environment,
                payload: record,
                description: deployment_store_short(description),
                auto_merge: false,
                // The gate already judged the commit; GitHub's commit-status check would only repeat it.
                required_contexts: [],
                transient_environment: false
            });
            if (res.status !== 201)
                throw new Error(`GitHub did not create the deployment (HTTP ${res.status})`);
            return expectShape(res.data, CREATED_SHAPE, 'POST /repos/{owner}/{repo}/deployments', 'a deployment').id;
        }
        catch (e) {
            throw this.failure(`cannot create a deployment for ${record.environment}`, e);
        }
    }
    async setStatus(id, state, description) {
        const route = 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
        try {
            const res = await this.gh.request(route, {
                owner: this.r.owner,
                repo: this.r.repo,
                deployment_id: id,
                state,
                description: deployment_store_short(description),
                ...(this.opts.logUrl ? { log_url: this.opts.logUrl } : {})
            });
            // Only an answer that is the new status confirms it (a redirect or an empty 200 does not).
            const created = expectShape(res.data, STATUS_CREATED_SHAPE, route, 'a deployment status');
            if (res.status !== 201 || created.state !== state)
                throw new Error(`GitHub did not record the ${state} status (HTTP ${res.status})`);
        }
        catch (e) {
            throw this.failure(`cannot set deployment ${id} to ${state}`, e);
        }
    }
    async append(record) {
        const label = `gonogo ${record.kind} #${record.sequence}: ${record.bundle.id}`;
        const id = await this.create(record, label);
        try {
            await this.setStatus(id, 'in_progress', `${label}: checking for a concurrent promotion`);
            const winner = await this.earlierClaimant(record, id);
            if (winner !== undefined) {
                const still = winner.finished
                    ? ''
                    : ` and is still in progress (if its run has died, set its status to failure: POST /repos/${this.r.owner}/${this.r.repo}/deployments/${winner.id}/statuses with state=failure)`;
                const message = `deployment ${winner.id} claimed ${record.environment} #${record.sequence} first${still}; this promotion (deployment ${id}) is not recorded: run it again to promote on top of it`;
                await this.setStatus(id, 'failure', `lost the race to deployment ${winner.id}`);
                return { ok: false, message };
            }
            await this.setStatus(id, 'success', label);
        }
        catch (e) {
            // Never leave a claim behind that would block every later promotion.
            await this.setStatus(id, 'failure', 'gonogo could not finish recording this promotion').catch(() => undefined);
            throw e;
        }
        return { ok: true, where: `deployment ${id}` };
    }
    /** An earlier deployment claiming the same record number (or a later one), not failed. */
    async earlierClaimant(record, mine) {
        for (const d of await this.list(record.environment)) {
            if (d.id >= mine)
                break;
            const n = sequenceOf(d);
            if (n === undefined || n < record.sequence)
                continue;
            const states = await this.statuses(d.id);
            if (!states.some((s) => FAILED_STATES.has(s)))
                return { id: d.id, finished: states.includes('success') };
        }
        return undefined;
    }
    async refuse(record, why) {
        const id = await this.create(record, `gonogo ${record.kind} refused: ${record.bundle.id}`);
        // Retried once: a refused deployment without a failure status would read as a claimant.
        await this.setStatus(id, 'failure', why).catch(() => this.setStatus(id, 'failure', why));
    }
}

;// CONCATENATED MODULE: ./src/io/deployment-history.ts
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
const deployment_history_CONCURRENCY = 6;
// Shapes read (OpenAPI `deployment`, `deployment-status`), restricted to the fields used.
const deployment_history_DEPLOYMENT_SHAPE = (0,answer/* obj */.WL)({ id: answer/* num */.bu, payload: answer/* any */.bz, created_at: answer/* str */.gx });
const deployment_history_STATUS_SHAPE = (0,answer/* obj */.WL)({ state: answer/* str */.gx, created_at: answer/* str */.gx });
/** Milliseconds of an ISO 8601 time, or undefined when it is not one. */
function timeOf(text) {
    const t = Date.parse(text);
    return Number.isFinite(t) ? t : undefined;
}
/** One client per history reader, made on first use. */
function deploymentClient(a) {
    return (0,client.createClient)(a.token, {
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
        const deployments = (await (0,paginate/* listAll */._)(gh, LIST_ROUTE, { owner: a.owner, repo: a.repo, task: promotion/* PROMOTION_TASK */.uv, environment }, { item: deployment_history_DEPLOYMENT_SHAPE, what: 'a list of deployments' })).sort((x, y) => x.id - y.id);
        const statuses = await (0,map_limit/* mapLimit */.s)(deployments, deployment_history_CONCURRENCY, (d) => (0,paginate/* listAll */._)(gh, STATUS_ROUTE, { owner: a.owner, repo: a.repo, deployment_id: d.id }, { maxPages: 10, item: deployment_history_STATUS_SHAPE, what: 'a list of deployment statuses' }));
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
                record: payloadOf(d),
                ...(startedAt !== undefined ? { startedAt } : {}),
                ...(known.length === successes.length ? { completedAt: Math.min(...known) } : {})
            });
        });
        return { ok: true, source: 'deployments', describe, entries };
    }
    catch (e) {
        const f = (0,branch_rules/* describeFailure */.Ic)(e, facts_runtime/* DEPLOYMENTS_READ_UNLOCK */.$5);
        const status = (0,client.statusOf)(e);
        return {
            ok: false,
            source: 'deployments',
            describe,
            reason: f.reason,
            unlock: f.unlock,
            ...((status === 401 || status === 403 || status === 404) && !/^rate limited/.test(f.reason)
                ? { permission: facts_runtime/* DEPLOYMENTS_READ_PERMISSION */._f }
                : {})
        };
    }
}


/***/ })

};
