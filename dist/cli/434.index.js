export const id = 434;
export const ids = [434];
export const modules = {

/***/ 6434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: builtinName

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/registry.ts
var registry = __webpack_require__(6538);
// EXTERNAL MODULE: ./src/core/builtin-names.ts
var builtin_names = __webpack_require__(5293);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(484);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/io/atomic-write.ts
var atomic_write = __webpack_require__(7869);
// EXTERNAL MODULE: ./src/io/check-facts.ts + 8 modules
var check_facts = __webpack_require__(3476);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/ci-trend-markdown.ts

/** Mermaid labels: keep it to safe characters. */
function label(s) {
    return s.replace(/[^\w .()\-/:›,]/g, '').slice(0, 80);
}
/**
 * Per critical job: a Mermaid chart (GitHub renders it) of the rolling pass rate and each run's
 * duration, then a table of SLOs with the budget spent.
 */
function renderCiTrendMarkdown(r) {
    const f = (r.facts ?? {});
    const out = [`### CI stability (${r.status})`, ''];
    out.push(`Branch ${(0,render_escape/* code */.aY)(f.branch ?? '?', 60)} · last ${f.window ?? '?'} completed runs per workflow · ${f.requests ?? '?'} API requests`, '');
    const jobs = f.jobs ?? [];
    if (jobs.length > 0) {
        out.push('| Workflow | Job | Samples | Pass rate | Flaky rate | Duration median / p95 (s) | Budget spent | Recent (newest first) |', '|---|---|---:|---:|---:|---:|---:|---|');
        for (const j of jobs) {
            out.push(`| ${(0,render_escape/* code */.aY)(j.workflow, 60)} | ${(0,render_escape/* code */.aY)(j.job, 80)} | ${j.samples} | ${j.pass_rate ?? '—'}% | ${j.flaky_rate ?? '—'}% | ${j.duration_median ?? '—'} / ${j.duration_p95 ?? '—'} | ${j.budget.spent} of ${j.budget.allowed} | ${(0,render_escape/* code */.aY)(j.recent, 40)} |`);
        }
        out.push('');
    }
    for (const j of jobs.slice(0, 10)) {
        const pts = j.series.filter((s) => s.outcome === 'passed' || s.outcome === 'failed');
        if (pts.length === 0)
            continue;
        let passed = 0;
        const rolling = pts.map((s, i) => {
            if (s.outcome === 'passed')
                passed++;
            return Math.round((passed / (i + 1)) * 100);
        });
        const durations = pts.map((s) => s.duration ?? 0);
        const max = Math.max(1, ...durations);
        out.push('```mermaid', 'xychart-beta', `  title "${label(`${j.workflow} › ${j.job}`)}: pass rate % (line) and duration s (bars, scaled to 100 = ${max}s)"`);
        out.push(`  x-axis [${pts.map((s) => `"#${s.run}"`).join(', ')}]`, '  y-axis "percent" 0 --> 100');
        out.push(`  bar [${durations.map((d) => Math.round((d / max) * 100)).join(', ')}]`, `  line [${rolling.join(', ')}]`, '```', '');
    }
    const bad = r.checks.filter((c) => c.status !== 'passed');
    if (bad.length > 0) {
        out.push('| Check | Status | Detail |', '|---|---|---|');
        for (const c of bad.slice(0, 50))
            out.push(`| ${(0,render_escape/* code */.aY)(c.id, 100)} | ${c.status} | ${(0,render_escape/* escapeText */.X1)(c.message, 300)}${c.unlock ? ` — unlock: ${(0,render_escape/* escapeText */.X1)(c.unlock, 160)}` : ''} |`);
        out.push('');
    }
    return out.join('\n');
}
/** Extra job-summary sections for built-in reports that have one. */
function renderBuiltinMarkdown(r) {
    if (r.control === 'ci-trend')
        return renderCiTrendMarkdown(r);
    return undefined;
}

// EXTERNAL MODULE: ./src/io/policy-file.ts
var policy_file = __webpack_require__(9707);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
;// CONCATENATED MODULE: ./src/gate/run-check.ts










function builtinName(name) {
    if (!(0,builtin_names/* isBuiltinName */.n)(name)) {
        throw new errors/* ConfigurationError */.j1(`unknown check '${name}'; built-in checks: ${builtin_names/* BUILTIN_NAMES */.V.join(', ')}`);
    }
    return name;
}
/** One built-in check on its own (`gonogo check <name>`): writes `<output>/<name>.json`. */
async function runCheck(o) {
    const name = builtinName(o.name);
    const ws = await workspace.Workspace.open(o.workspace);
    const policy = await (0,policy_file.loadPolicy)(ws, o.config);
    const check = await (0,registry/* loadBuiltin */.Y)(name);
    const report = await check({
        facts: (0,check_facts/* createCheckFacts */.S)(ws, o.github),
        policy,
        settings: policy.checks?.[name],
        subject: o.subject,
        effectiveTime: o.effectiveTime,
        ...(o.baseRef ? { baseRef: o.baseRef } : {}),
        log: o.log
    });
    const md = renderBuiltinMarkdown(report);
    const [file] = (await (0,atomic_write/* writeAllOrNothing */.P)(external_node_path_default().resolve(o.output), [
        { name: `${name}.json`, content: `${(0,canonical_json/* stableStringify */.J)(report)}\n` },
        ...(md ? [{ name: `${name}.md`, content: md }] : [])
    ]));
    return { report, path: file };
}


/***/ })

};
