export const id = 574;
export const ids = [574];
export const modules = {

/***/ 4574:
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
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
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


// EXTERNAL MODULE: ./src/github/answer.ts
var answer = __webpack_require__(1893);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(572);
// EXTERNAL MODULE: ./src/github/branch-rules.ts + 1 modules
var branch_rules = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/github/status.ts
var github_status = __webpack_require__(957);
;// CONCATENATED MODULE: ./src/checks/ci-trend/fetch.ts




const UNLOCK_ACTIONS = 'a token with "actions: read" (add `permissions: { actions: read }` to the job)';
class BudgetExhausted extends Error {
}
// Shapes read (OpenAPI `workflow-run`, `job`, `full-repository`), restricted to the fields used.
const RUN_SHAPE = (0,answer/* obj */.WL)({
    id: answer/* num */.bu,
    run_number: answer/* num */.bu,
    run_attempt: (0,answer/* optional */.lq)(answer/* num */.bu),
    head_sha: answer/* str */.gx,
    created_at: answer/* str */.gx
});
const JOB_SHAPE = (0,answer/* obj */.WL)({
    name: answer/* str */.gx,
    run_attempt: (0,answer/* optional */.lq)(answer/* num */.bu),
    conclusion: (0,answer/* nullable */.me)(answer/* str */.gx),
    started_at: (0,answer/* nullable */.me)(answer/* str */.gx),
    completed_at: (0,answer/* nullable */.me)(answer/* str */.gx)
});
const REPO_SHAPE = (0,answer/* obj */.WL)({ default_branch: answer/* str */.gx });
/**
 * Items of a `{ total_count, <key>: [...] }` list, page by page, until `max` items or the end.
 * A page without the list, or with an item of the wrong shape (`null` included), is a
 * MalformedAnswerError naming the endpoint.
 */
async function listItems(gh, route, params, key, item, max, perPage) {
    const out = [];
    const shape = (0,answer/* obj */.WL)({ [key]: (0,answer/* list */.p_)(item) });
    for (let page = 1; out.length < max && page <= 100; page++) {
        const res = await gh.request(route, { ...params, per_page: perPage, page });
        const items = (0,answer/* expectShape */.hG)(res.data, shape, route, `a list of ${key.replace(/_/g, ' ')}`)[key];
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
    const gh = (0,client/* createClient */.UU)(o.token, {
        baseUrl: o.apiUrl,
        log: o.log,
        ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
        ...(o.deadlineMs !== undefined ? { deadlineMs: o.deadlineMs } : {}),
        ...(o.deadline ? { deadline: o.deadline } : {}),
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
            const route = 'GET /repos/{owner}/{repo}';
            const { data } = await gh.request(route, { owner: o.owner, repo: o.repo });
            branch = (0,answer/* expectShape */.hG)(data, REPO_SHAPE, route, 'a repository').default_branch;
        }
        catch (e) {
            const f = (0,branch_rules/* describeFailure */.Ic)(e, UNLOCK_ACTIONS);
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
            const f = (0,branch_rules/* describeFailure */.Ic)(e, UNLOCK_ACTIONS);
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
    }, 'workflow_runs', RUN_SHAPE, o.window, Math.min(100, o.window)).then((rs) => rs.filter((r) => Date.parse(r.created_at) <= o.effectiveTime));
    const facts = [];
    for (const r of runs) {
        const jobs = await listItems(gh, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { owner: o.owner, repo: o.repo, run_id: r.id, filter: 'all' }, 'jobs', JOB_SHAPE, 10_000, 100);
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


/***/ })

};
