export const id = 2228;
export const ids = [2228];
export const modules = {

/***/ 2228:
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


// EXTERNAL MODULE: ./src/core/facts-runtime.ts
var facts_runtime = __webpack_require__(9389);
;// CONCATENATED MODULE: ./src/checks/ci-trend/gather.ts

/** What lets ci-trend read the Actions history. */
const UNLOCK_ACTIONS = facts_runtime/* ACTIONS_READ_UNLOCK */.M6;
/** The setting that bounds the requests, as messages name it. */
const BUDGET_NAME = 'checks.ci-trend.max_requests';
/**
 * Reads the last `window` completed runs of each workflow and their jobs (all attempts) through
 * `actions`. A workflow whose history cannot be read gets a `problem` instead of runs: `failed`
 * when the API does not know it (404), else `unverified` naming why; once the request budget or
 * the rate limit is spent, the workflows after it are not read. Never throws.
 */
async function gatherHistory(actions, o) {
    const reader = actions.open({ maxRequests: o.maxRequests, budgetName: BUDGET_NAME, log: o.log });
    const history = [];
    let branch = o.branch ?? '';
    if (!branch) {
        const b = await reader.defaultBranch();
        if (!b.ok) {
            return {
                history: o.workflows.map((w) => ({
                    workflow: w,
                    runs: [],
                    problem: {
                        status: 'unverified',
                        message: `the default branch could not be read: ${b.failure.reason}`,
                        unlock: b.failure.unlock
                    }
                })),
                requests: reader.requests,
                branch
            };
        }
        branch = b.value;
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
        const a = await reader.workflowRuns({
            workflow,
            branch,
            ...(o.event ? { event: o.event } : {}),
            window: o.window,
            createdAtOrBefore: o.effectiveTime
        });
        if (a.ok) {
            history.push({ workflow, runs: a.value.map((r) => ({ workflow, ...r })) });
            continue;
        }
        const f = a.failure;
        if (f.kind === 'budget') {
            stopped = `stopped after ${o.maxRequests} requests (${BUDGET_NAME})`;
            history.push({
                workflow,
                runs: [],
                problem: {
                    status: 'unverified',
                    message: `history incomplete: ${stopped}`,
                    unlock: 'raise checks.ci-trend.max_requests or shorten the window'
                }
            });
        }
        else if (f.kind === 'not-found') {
            history.push({
                workflow,
                runs: [],
                problem: {
                    status: 'failed',
                    message: `workflow ${workflow} was not found (deleted or renamed)`,
                    remediation: 'point checks.ci-trend.jobs at the workflow file that runs these jobs now'
                }
            });
        }
        else {
            if (f.rateLimited)
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
    return { history, requests: reader.requests, branch };
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
    const actions = ctx.facts.actions;
    if (!actions) {
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
    const { history, requests, branch } = await gatherHistory(actions, {
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
            (await ctx.facts.files.hasFile(`.github/workflows/${w.workflow}`))) {
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


/***/ })

};
