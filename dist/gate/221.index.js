export const id = 221;
export const ids = [221,584];
export const modules = {

/***/ 8221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCiTrend: () => (/* binding */ runCiTrend)
});

// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var node_modules_picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(node_modules_picomatch);
;// CONCATENATED MODULE: ./src/checks/ci-trend/model.ts
/** Facts read from Actions history and the ci-trend settings. */
/** GitHub job conclusions, as ci-trend counts them. */
function outcomeOf(conclusion) {
    switch (conclusion) {
        case 'success':
            return 'passed';
        case 'failure':
        case 'timed_out':
        case 'startup_failure':
            return 'failed';
        case 'cancelled':
            return 'cancelled';
        case 'skipped':
            return 'skipped';
        default:
            return 'other';
    }
}
const DEFAULT_SLO = {
    min_pass_rate: 90,
    min_samples: 10,
    max_flaky_rate: 10,
    error_budget: 2
};
const DEFAULT_WINDOW = 20;

;// CONCATENATED MODULE: ./src/checks/ci-trend/compute.ts


const pct = (n, d) => d === 0 ? null : Math.round((n / d) * 10000) / 100;
/** Nearest-rank percentile of sorted values. */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return null;
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1] ?? null;
}
function median(sorted) {
    if (sorted.length === 0)
        return null;
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2
        ? (sorted[mid] ?? null)
        : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
/**
 * Figures for one job over the window. A run counts once, by its final attempt (a re-run is the
 * same commit's history, not extra samples); a run whose job failed and then passed on a re-run
 * is flaky.
 */
function jobFigures(workflow, job, runs, budget) {
    const ordered = [...runs].sort((a, b) => a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id);
    let passed = 0;
    let failed = 0;
    let cancelled = 0;
    let skipped = 0;
    let flaky = 0;
    const durations = [];
    const series = [];
    const recent = [];
    for (const run of ordered) {
        const attempts = [...(run.jobs[job] ?? [])].sort((a, b) => a.attempt - b.attempt);
        const last = attempts[attempts.length - 1];
        if (!last)
            continue;
        const outcome = outcomeOf(last.conclusion);
        const wasFlaky = outcome === 'passed' &&
            attempts.slice(0, -1).some((a) => outcomeOf(a.conclusion) === 'failed');
        if (outcome === 'passed')
            passed++;
        else if (outcome === 'failed')
            failed++;
        else if (outcome === 'cancelled')
            cancelled++;
        else if (outcome === 'skipped')
            skipped++;
        if (wasFlaky)
            flaky++;
        if ((outcome === 'passed' || outcome === 'failed') && last.duration !== undefined)
            durations.push(last.duration);
        series.push({ run: run.number, outcome, duration: last.duration ?? null });
        recent.unshift(`${{ passed: 'P', failed: 'F', cancelled: 'C', skipped: 'S', other: '?' }[outcome]}${wasFlaky ? '*' : ''}`);
    }
    const samples = passed + failed;
    durations.sort((a, b) => a - b);
    return {
        workflow,
        job,
        samples,
        passed,
        failed,
        cancelled,
        skipped,
        pass_rate: pct(passed, samples),
        flaky,
        flaky_rate: pct(flaky, samples),
        duration_median: median(durations),
        duration_p95: percentile(durations, 95),
        recent: recent.slice(0, 10).join(' '),
        budget: { allowed: budget, spent: failed },
        series
    };
}
/** Job names observed in the runs that a spec's name or glob selects, sorted. */
function selectJobs(spec, runs) {
    const names = new Set(runs.flatMap((r) => Object.keys(r.jobs)));
    const isGlob = picomatch_default().scan(spec).isGlob;
    return [...names]
        .filter((n) => (isGlob ? picomatch_default().isMatch(n, spec, { dot: true }) : n === spec))
        .sort();
}
function judge(id, f, slo, label) {
    const out = [];
    // No completed pass or fail in the window proves nothing, whatever min_samples says.
    if (f.samples === 0 || f.samples < slo.min_samples) {
        out.push({
            id: `${id}/samples`,
            status: 'unverified',
            message: `${label}: ${f.samples} completed runs in the window, fewer than the ${slo.min_samples} the SLO needs to judge`,
            wanted: slo.min_samples,
            observed: f.samples,
            unlock: 'more history: widen checks.ci-trend.window or wait for more runs'
        });
    }
    else {
        out.push({
            id: `${id}/samples`,
            status: 'passed',
            message: `${label}: ${f.samples} samples`,
            wanted: slo.min_samples,
            observed: f.samples
        });
    }
    if (f.pass_rate !== null) {
        const ok = f.pass_rate >= slo.min_pass_rate;
        out.push({
            id: `${id}/pass-rate`,
            status: ok ? 'passed' : 'failed',
            message: `${label}: pass rate ${f.pass_rate}% ${ok ? '≥' : '<'} ${slo.min_pass_rate}%`,
            wanted: slo.min_pass_rate,
            observed: f.pass_rate,
            ...(ok
                ? {}
                : { remediation: 'fix the failures behind the failing runs (see the recent outcomes)' })
        });
    }
    if (f.flaky_rate !== null) {
        const ok = f.flaky_rate <= slo.max_flaky_rate;
        out.push({
            id: `${id}/flaky-rate`,
            status: ok ? 'passed' : 'failed',
            message: `${label}: flaky rate ${f.flaky_rate}% ${ok ? '≤' : '>'} ${slo.max_flaky_rate}% (runs that failed and passed on re-run)`,
            wanted: slo.max_flaky_rate,
            observed: f.flaky_rate,
            ...(ok ? {} : { remediation: 'find and fix the flaky tests: re-runs hide real failures' })
        });
    }
    const spent = f.budget.spent;
    const okBudget = spent <= slo.error_budget;
    out.push({
        id: `${id}/error-budget`,
        status: okBudget ? 'passed' : 'failed',
        message: `${label}: ${spent} of ${slo.error_budget} allowed failures spent${okBudget ? '' : ' (budget exhausted)'}`,
        wanted: slo.error_budget,
        observed: spent
    });
    return out;
}
/** SLOs per declared job and over all of them, from the gathered history. */
function computeCiTrend(settings, history) {
    const checks = [];
    const jobs = [];
    const byWorkflow = new Map(history.map((w) => [w.workflow, w]));
    for (const w of history) {
        if (w.problem) {
            checks.push({
                id: `${w.workflow}/history`,
                status: w.problem.status,
                message: `${w.workflow}: ${w.problem.message}`,
                ...(w.problem.unlock ? { unlock: w.problem.unlock } : {}),
                ...(w.problem.remediation ? { remediation: w.problem.remediation } : {}),
                location: { file: `.github/workflows/${w.workflow}` }
            });
        }
    }
    for (const spec of settings.jobs) {
        const w = byWorkflow.get(spec.workflow);
        if (!w || w.problem)
            continue;
        const slo = { ...settings.slo, ...spec.slo };
        const names = selectJobs(spec.job, w.runs);
        if (names.length === 0) {
            checks.push({
                id: `${spec.workflow}/${spec.job}/present`,
                status: 'failed',
                message: `${spec.workflow}: no job named '${spec.job}' ran in the last ${w.runs.length} runs; was it renamed or removed?`,
                remediation: `update checks.ci-trend.jobs to the job's current name (see the workflow's recent runs)`,
                location: { file: `.github/workflows/${spec.workflow}` }
            });
            continue;
        }
        for (const name of names) {
            const f = jobFigures(spec.workflow, name, w.runs, slo.error_budget);
            jobs.push(f);
            checks.push(...judge(`${spec.workflow}/${name}`, f, slo, `${spec.workflow} › ${name}`));
        }
    }
    const passed = jobs.reduce((n, j) => n + j.passed, 0);
    const failed = jobs.reduce((n, j) => n + j.failed, 0);
    const flaky = jobs.reduce((n, j) => n + j.flaky, 0);
    const overall = {
        samples: passed + failed,
        passed,
        failed,
        pass_rate: pct(passed, passed + failed),
        flaky_rate: pct(flaky, passed + failed)
    };
    if (jobs.length > 0) {
        const slo = settings.slo;
        checks.push(...judge('overall', {
            samples: overall.samples,
            pass_rate: overall.pass_rate,
            flaky_rate: overall.flaky_rate,
            budget: { allowed: slo.error_budget * jobs.length, spent: failed }
        }, { ...slo, min_samples: slo.min_samples, error_budget: slo.error_budget * jobs.length }, 'all critical jobs'));
    }
    return { checks, jobs, overall };
}


// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/branch-rules.ts



const UNLOCK_CLASSIC = 'a token that can read branch protection: a fine-grained token with "Administration: read", or a classic token with repo scope held by a repository admin (the default GITHUB_TOKEN cannot)';
const UNLOCK_RULES = 'a token that can read the repository ("Metadata: read"; the default GITHUB_TOKEN can)';
const UNLOCK_RETRY = 're-run the job; the GitHub API did not answer after retries';
/** Why a request failed, in words, with what would let it succeed. */
function describeFailure(e, unlock) {
    const status = (0,client/* statusOf */.c)(e);
    const headers = e.response?.headers ?? {};
    const message = String(e.response?.data?.message ??
        (e instanceof Error ? e.message : e));
    if ((status === 403 || status === 429) &&
        (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message))) {
        const reset = Number(headers['x-ratelimit-reset']);
        return {
            ok: false,
            reason: `rate limited (HTTP ${status}: ${message})`,
            unlock: `wait for the rate limit to reset${Number.isFinite(reset) && reset > 0 ? ` at ${new Date(reset * 1000).toISOString()}` : ''} and re-run`
        };
    }
    if (status === 403 || status === 401)
        return { ok: false, reason: `HTTP ${status}: ${message}`, unlock };
    if (status === 404)
        return {
            ok: false,
            reason: `HTTP 404 (${message}): not found, or hidden from this token`,
            unlock
        };
    if (status !== undefined && status >= 500)
        return { ok: false, reason: `HTTP ${status} after retries (${message})`, unlock: UNLOCK_RETRY };
    return { ok: false, reason: `request failed: ${message}`, unlock: UNLOCK_RETRY };
}
function unreadable(what) {
    return {
        ok: false,
        reason: `the answer for ${what} could not be read (truncated or malformed JSON)`,
        unlock: UNLOCK_RETRY
    };
}
async function list(gh, route, params, what, unlock) {
    try {
        return { ok: true, value: await listAll(gh, route, params) };
    }
    catch (e) {
        if (e instanceof UnreadablePageError)
            return unreadable(what);
        return describeFailure(e, unlock);
    }
}
/** The repository's default branch (the `~DEFAULT_BRANCH` of ruleset conditions). */
async function defaultBranch(gh, r) {
    try {
        const { data } = await gh.rest.repos.get({ owner: r.owner, repo: r.repo });
        return typeof data?.default_branch === 'string'
            ? { ok: true, value: data.default_branch }
            : unreadable('the repository');
    }
    catch (e) {
        return describeFailure(e, UNLOCK_RULES);
    }
}
/** For each name or glob (`main`, `release/*`), the existing branches it selects. */
async function matchingBranches(gh, r, patterns) {
    // One list answers both "does main exist" and "what does release/* match": the
    // effective-rules endpoint happily answers for a branch that does not exist.
    const all = await list(gh, 'GET /repos/{owner}/{repo}/branches', { owner: r.owner, repo: r.repo }, 'the branch list', UNLOCK_RULES);
    if (!all.ok)
        return all;
    const names = all.value.map((b) => b.name).sort();
    return {
        ok: true,
        value: [...new Set(patterns)].map((pattern) => ({
            pattern,
            branches: picomatch.scan(pattern).isGlob
                ? names.filter((n) => picomatch.isMatch(n, pattern))
                : names.filter((n) => n === pattern)
        }))
    };
}
/** Every branch ruleset of the repository and its parents, with details (one request each). */
async function fetchRulesets(gh, r) {
    const summaries = await list(gh, 'GET /repos/{owner}/{repo}/rulesets', { owner: r.owner, repo: r.repo, includes_parents: true, targets: 'branch' }, 'the ruleset list', UNLOCK_RULES);
    if (!summaries.ok)
        return summaries;
    const details = [];
    // Disabled rulesets enforce nothing and are not reported: no need to read their details.
    for (const s of summaries.value.filter((x) => (x.target === undefined || x.target === 'branch') && x.enforcement !== 'disabled')) {
        try {
            const { data } = await gh.request('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', {
                owner: r.owner,
                repo: r.repo,
                ruleset_id: s.id,
                includes_parents: true
            });
            const d = data;
            if (typeof d !== 'object' || d === null || typeof d.id !== 'number')
                return unreadable(`ruleset #${s.id}`);
            details.push(d);
        }
        catch (e) {
            return describeFailure(e, UNLOCK_RULES);
        }
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
        return picomatch.isMatch(branch, pat, { dot: true });
    };
    return (ref.include ?? []).some(matches) && !(ref.exclude ?? []).some(matches);
}
async function fetchEffectiveRules(gh, r, branch) {
    return list(gh, 'GET /repos/{owner}/{repo}/rules/branches/{branch}', { owner: r.owner, repo: r.repo, branch }, `the rules of ${branch}`, UNLOCK_RULES);
}
/** Classic protection; a 404 "Branch not protected" is the fact "none", not a permission problem. */
async function fetchClassic(gh, r, branch) {
    try {
        const { data } = await gh.rest.repos.getBranchProtection({
            owner: r.owner,
            repo: r.repo,
            branch
        });
        if (typeof data !== 'object' || data === null)
            return unreadable(`the protection of ${branch}`);
        return { ok: true, value: data };
    }
    catch (e) {
        const message = e.response?.data?.message;
        if (statusOf(e) === 404 && message === 'Branch not protected')
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

// EXTERNAL MODULE: ./src/github/status.ts
var github_status = __webpack_require__(957);
;// CONCATENATED MODULE: ./src/checks/ci-trend/fetch.ts



const UNLOCK_ACTIONS = 'a token with "actions: read" (add `permissions: { actions: read }` to the job)';
class BudgetExhausted extends Error {
}
/** Items of a `{ total_count, <key>: [...] }` list, page by page, until `max` items or the end. */
async function listItems(gh, route, params, key, max, perPage) {
    const out = [];
    for (let page = 1; out.length < max && page <= 100; page++) {
        const res = await gh.request(route, { ...params, per_page: perPage, page });
        const data = res.data;
        const items = data && typeof data === 'object' ? data[key] : undefined;
        if (!Array.isArray(items))
            throw new Error(`page ${page} of ${route} has no '${key}' list (truncated or malformed answer)`);
        out.push(...items);
        const link = res.headers.link ?? '';
        if (!/rel="next"/.test(link) || items.length === 0)
            break;
    }
    return out.slice(0, max);
}
/** Reads the last `window` completed runs of each workflow and their jobs (all attempts). */
async function fetchHistory(o) {
    let requests = 0;
    const gh = (0,client.createClient)(o.token, {
        baseUrl: o.apiUrl,
        log: o.log,
        onRequest: () => {
            requests++;
            if (requests > o.maxRequests)
                throw new BudgetExhausted(`stopped after ${o.maxRequests} requests (checks.ci-trend.max_requests)`);
        }
    });
    const history = [];
    let branch = o.branch ?? '';
    if (!branch) {
        try {
            const { data } = await gh.rest.repos.get({ owner: o.owner, repo: o.repo });
            branch = data.default_branch;
        }
        catch (e) {
            const f = describeFailure(e, UNLOCK_ACTIONS);
            return {
                history: o.workflows.map((w) => ({
                    workflow: w,
                    runs: [],
                    problem: {
                        status: 'unverified',
                        message: `the default branch could not be read: ${f.reason}`,
                        unlock: f.unlock
                    }
                })),
                requests,
                branch
            };
        }
    }
    let stopped;
    for (const workflow of o.workflows) {
        if (stopped) {
            history.push({
                workflow,
                runs: [],
                problem: {
                    status: 'unverified',
                    message: `not read: ${stopped}`,
                    unlock: 'wait for the rate limit to reset, or raise checks.ci-trend.max_requests'
                }
            });
            continue;
        }
        try {
            history.push(await fetchWorkflow(gh, o, workflow, branch));
        }
        catch (e) {
            // The budget check throws inside fetch, which Octokit wraps: judge by the count itself.
            if (e instanceof BudgetExhausted || requests > o.maxRequests) {
                stopped = `stopped after ${o.maxRequests} requests (checks.ci-trend.max_requests)`;
                history.push({
                    workflow,
                    runs: [],
                    problem: {
                        status: 'unverified',
                        message: `history incomplete: ${stopped}`,
                        unlock: 'raise checks.ci-trend.max_requests or shorten the window'
                    }
                });
                continue;
            }
            const status = (0,github_status/* statusOf */.c)(e);
            if (status === 404) {
                history.push({
                    workflow,
                    runs: [],
                    problem: {
                        status: 'failed',
                        message: `workflow ${workflow} was not found (deleted or renamed)`,
                        remediation: 'point checks.ci-trend.jobs at the workflow file that runs these jobs now'
                    }
                });
                continue;
            }
            const f = describeFailure(e, UNLOCK_ACTIONS);
            if (/rate limit/.test(f.reason))
                stopped = f.reason;
            history.push({
                workflow,
                runs: [],
                problem: {
                    status: 'unverified',
                    message: `history could not be read: ${f.reason}`,
                    unlock: f.unlock
                }
            });
        }
    }
    return { history, requests, branch };
}
async function fetchWorkflow(gh, o, workflow, branch) {
    const runs = await listItems(gh, 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        owner: o.owner,
        repo: o.repo,
        workflow_id: workflow,
        branch,
        status: 'completed',
        created: `<=${new Date(o.effectiveTime).toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
        ...(o.event ? { event: o.event } : {})
    }, 'workflow_runs', o.window, Math.min(100, o.window)).then((rs) => rs.filter((r) => Date.parse(r.created_at) <= o.effectiveTime));
    const facts = [];
    for (const r of runs) {
        const jobs = await listItems(gh, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { owner: o.owner, repo: o.repo, run_id: r.id, filter: 'all' }, 'jobs', 10_000, 100);
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
        for (const list of Object.values(byName))
            list.sort((a, b) => a.attempt - b.attempt);
        facts.push({
            workflow,
            id: r.id,
            number: r.run_number,
            head_sha: r.head_sha,
            created_at: r.created_at,
            attempts: r.run_attempt ?? 1,
            jobs: sortKeys(byName)
        });
    }
    return { workflow, runs: facts };
}
function sortKeys(o) {
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

;// CONCATENATED MODULE: ./src/checks/ci-trend/run.ts




/** ci-trend: are the jobs that guard our releases healthy enough to trust? */
const runCiTrend = async (ctx) => {
    const raw = (ctx.settings ?? {});
    const settings = {
        ...(raw.branch ? { branch: raw.branch } : {}),
        ...(raw.event ? { event: raw.event } : {}),
        window: raw.window ?? DEFAULT_WINDOW,
        jobs: raw.jobs ?? [],
        slo: { ...DEFAULT_SLO, ...raw.slo }
    };
    const report = (checks, facts) => (0,core_report/* makeReport */.d)({
        control: 'ci-trend',
        subject: ctx.subject,
        generatedAt: new Date(ctx.effectiveTime).toISOString(),
        generator: 'ci-trend',
        checks,
        ...(facts !== undefined ? { facts } : {})
    });
    if (settings.jobs.length === 0) {
        return report([
            {
                id: 'settings',
                status: 'failed',
                message: 'no critical jobs declared',
                remediation: 'declare checks.ci-trend.jobs: [{ workflow: ci.yml, job: test }] in the policy file',
                location: { file: '.github/gonogo.yml' }
            }
        ]);
    }
    if (!ctx.github) {
        return report([
            {
                id: 'history',
                status: 'unverified',
                message: 'no GitHub token, so the Actions history could not be read',
                unlock: `${UNLOCK_ACTIONS}; locally, set GITHUB_TOKEN and GITHUB_REPOSITORY`
            }
        ]);
    }
    const workflows = [...new Set(settings.jobs.map((j) => j.workflow))].sort();
    const { history, requests, branch } = await fetchHistory({
        ...ctx.github,
        workflows,
        ...(settings.branch ? { branch: settings.branch } : {}),
        ...(settings.event ? { event: settings.event } : {}),
        window: settings.window,
        maxRequests: raw.max_requests ?? 1000,
        effectiveTime: ctx.effectiveTime,
        log: ctx.log
    });
    // GitHub also answers 404 when the token may not read Actions: a workflow whose file is still
    // in the repository was not deleted, so that is unverified, not failed.
    for (const w of history) {
        if (w.problem?.status === 'failed' &&
            (await ctx.ws.hasFile(`.github/workflows/${w.workflow}`))) {
            w.problem = {
                status: 'unverified',
                message: `the API did not find ${w.workflow} although the file exists`,
                unlock: UNLOCK_ACTIONS
            };
        }
    }
    const result = computeCiTrend(settings, history);
    return report(result.checks, {
        branch,
        window: settings.window,
        requests,
        slo: settings.slo,
        overall: result.overall,
        jobs: result.jobs,
        runs: history.map((w) => ({
            workflow: w.workflow,
            ...(w.problem ? { problem: w.problem.message } : {}),
            runs: w.runs
        }))
    });
};


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ makeReport)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3348);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5009);


/**
 * A `gonogo.report/v1` report whose status is the worst of its checks. A report with no checks
 * proves nothing, so it is `unverified`.
 */
function makeReport(o) {
    const checks = [...o.checks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const s = (0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .worstStatus */ .A4)(checks.map((c) => c.status));
    const status = checks.length === 0
        ? 'unverified'
        : s === 'passed' || s === 'failed' || s === 'unverified'
            ? s
            : 'failed';
    const count = (st) => checks.filter((c) => c.status === st).length;
    return {
        contract: _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_CONTRACT */ ._j,
        control: o.control,
        status,
        subject: o.subject,
        generated_at: o.generatedAt,
        generator: { name: `${_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_NAME */ .yM}/${o.generator}`, version: _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_VERSION */ .RO },
        summary: {
            checks: checks.length,
            passed: count('passed'),
            failed: count('failed'),
            unverified: count('unverified')
        },
        checks,
        ...(o.facts !== undefined ? { facts: o.facts } : {})
    };
}


/***/ }),

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
